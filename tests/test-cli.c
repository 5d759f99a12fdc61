/* test-cli.c: the command-line modes, run as a user would run them
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "lg-corpus.h"
#include "lg-document.h"
#include "lg-text.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
run (Result     *r,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("LG_BINARY"));
  va_start (args, first);
  for (arg = first; arg; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &r->out, &r->err, &wait_status, &error);
  g_assert_no_error (error);
  r->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static char *
fold_space (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
test_version (void)
{
  g_auto(Result) r = { 0 };

  run (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "leukemia-guide " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(Result) r = { 0 };

  run (&r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "--list-topics"));
  g_assert_nonnull (strstr (r.out, "--show=TOPIC[#SECTION]"));
  g_assert_nonnull (strstr (r.out, "--corpus=PATH"));
}

static void
test_list_topics (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(Result) r = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n;

  g_assert_nonnull (corpus);
  run (&r, "--list-topics", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");

  g_assert_true (g_str_has_suffix (r.out, "\n"));
  lines = g_strsplit (r.out, "\n", -1);
  n = g_strv_length (lines) - 1;  /* the output ends with a line break */
  g_assert_cmpstr (lines[n], ==, "");
  g_assert_cmpuint (n, ==, lg_corpus_get_n_topics (corpus));
  g_assert_cmpuint (n, >=, 8);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_cmpstr (fields[0], ==, topic->id);
      g_assert_cmpstr (fields[1], ==, topic->group->id);
      g_assert_cmpstr (fields[2], ==, topic->title->plain);
      g_assert_true (g_hash_table_add (seen, g_strdup (fields[0])));
    }
}

/* The text --show prints, made in this process with the same calls. */
static char *
render (LgCorpus      *corpus,
        const LgTopic *topic,
        const char    *section)
{
  g_autoptr(LgDocument) doc = lg_document_new (corpus, topic, section);

  return lg_text_render (doc, 76);
}

/* Every topic and every section, checked in this process; --show itself
 * is run for the first, a middle and the last topic and for one section
 * of each, and must print exactly that text. Starting the app once a
 * section would make this test grow with the guide.
 */
static void
test_show_every_topic_and_section (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *disclaimer = NULL;
  guint n_topics;

  g_assert_nonnull (corpus);
  n_topics = lg_corpus_get_n_topics (corpus);
  disclaimer = fold_space (lg_corpus_get_disclaimer (corpus)->plain);

  for (guint i = 0; i < n_topics; i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      gboolean run_cli = i == 0 || i == n_topics / 2 || i == n_topics - 1;
      g_autofree char *text = render (corpus, topic, NULL);
      g_autofree char *folded = fold_space (text);

      g_assert_true (g_str_has_prefix (text, topic->title->plain));
      /* Text is wrapped: compare with white space folded. */
      g_assert_nonnull (strstr (folded, disclaimer));

      if (run_cli)
        {
          g_auto(Result) r = { 0 };

          run (&r, "--show", topic->id, NULL);
          g_assert_cmpint (r.status, ==, 0);
          g_assert_cmpstr (r.err, ==, "");
          g_assert_cmpstr (r.out, ==, text);
        }

      for (guint s = 0; s < topic->n_sections; s++)
        {
          const char *id = topic->sections[s]->id;
          g_autofree char *heading = g_strdup_printf ("\n%s\n", topic->sections[s]->title->plain);
          g_autofree char *part = render (corpus, topic, id);

          g_assert_nonnull (strstr (text, heading));
          g_assert_nonnull (strstr (part, heading));
          /* Only that section: the others' headings are absent. */
          for (guint o = 0; o < topic->n_sections; o++)
            if (o != s)
              {
                g_autofree char *other = g_strdup_printf ("\n%s\n-", topic->sections[o]->title->plain);
                g_assert_null (strstr (part, other));
              }

          if (run_cli && s == topic->n_sections - 1)
            {
              g_autofree char *what = g_strdup_printf ("%s#%s", topic->id, id);
              g_auto(Result) rs = { 0 };

              run (&rs, "--show", what, NULL);
              g_assert_cmpint (rs.status, ==, 0);
              g_assert_cmpstr (rs.out, ==, part);
            }
        }
    }
}

static void
test_show_unknown (void)
{
  g_auto(Result) r = { 0 };
  g_auto(Result) rs = { 0 };

  run (&r, "--show", "no-such-topic", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "no-such-topic"));
  g_assert_cmpstr (r.out, ==, "");

  run (&rs, "--show", "glossary#no-such-section", NULL);
  g_assert_cmpint (rs.status, ==, 1);
  g_assert_nonnull (strstr (rs.err, "no-such-section"));
}

static void
test_show_literal_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_auto(Result) r = { 0 };

  run (&r, "--corpus", path, "--show", "first", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "First <b>topic</b> & more\n"));
  g_assert_nonnull (strstr (r.out, "Literal <i>tags</i> & chemo"));
}

static void
test_bad_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "invalid", NULL);
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (gdir);
  while ((name = g_dir_read_name (gdir)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_auto(Result) r = { 0 };

      run (&r, "--corpus", path, "--list-topics", NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_true (g_str_has_prefix (r.err, "leukemia-guide: the guide could not be loaded: "));
      /* Every error names the file, except those about the corpus as a whole. */
      if (!g_str_equal (name, "no-groups.json"))
        g_assert_nonnull (strstr (r.err, name));
      n++;
    }
  g_assert_cmpuint (n, >=, 15);
}

static void
test_missing_corpus (void)
{
  g_auto(Result) r = { 0 };

  run (&r, "--corpus", "/nonexistent/folder", "--show", "anything", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "/nonexistent/folder"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/list-topics", test_list_topics);
  g_test_add_func ("/cli/show/every-topic-and-section", test_show_every_topic_and_section);
  g_test_add_func ("/cli/show/unknown", test_show_unknown);
  g_test_add_func ("/cli/show/literal-text", test_show_literal_text);
  g_test_add_func ("/cli/corpus/invalid", test_bad_corpus);
  g_test_add_func ("/cli/corpus/missing", test_missing_corpus);

  return g_test_run ();
}
