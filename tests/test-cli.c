/* test-cli.c: the command-line modes, run as a user would run them
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "lg-corpus.h"

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

static void
test_show_every_topic_and_section (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);

  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_auto(Result) r = { 0 };

      run (&r, "--show", topic->id, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_true (g_str_has_prefix (r.out, topic->title->plain));
      {
        /* Text is wrapped: compare with white space folded. */
        g_autofree char *out = fold_space (r.out);
        g_autofree char *disclaimer = fold_space (lg_corpus_get_disclaimer (corpus)->plain);

        g_assert_nonnull (strstr (out, disclaimer));
      }

      for (guint s = 0; s < topic->n_sections; s++)
        {
          g_autofree char *what = g_strdup_printf ("%s#%s", topic->id, topic->sections[s]->id);
          g_autofree char *heading = g_strdup_printf ("\n%s\n", topic->sections[s]->title->plain);
          g_auto(Result) rs = { 0 };

          g_assert_nonnull (strstr (r.out, heading));
          run (&rs, "--show", what, NULL);
          g_assert_cmpint (rs.status, ==, 0);
          g_assert_nonnull (strstr (rs.out, heading));
          /* Only that section: the others' headings are absent. */
          for (guint o = 0; o < topic->n_sections; o++)
            if (o != s)
              {
                g_autofree char *other = g_strdup_printf ("\n%s\n-", topic->sections[o]->title->plain);
                g_assert_null (strstr (rs.out, other));
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

/* An empty topic, or an empty part of TOPIC#SECTION, is an unknown name
 * like any other: status 1 and a message, never a crash or a warning. */
static void
test_empty_names (void)
{
  static const char *names[] = { "", "#", "#glossary", "glossary#", "##" };
  g_autofree char *dir = g_dir_make_tmp ("lg-cli-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(Result) show = { 0 };
      g_auto(Result) export = { 0 };

      g_test_message ("name “%s”", names[i]);
      run (&show, "--show", names[i], NULL);
      g_assert_cmpint (show.status, ==, 1);
      g_assert_cmpstr (show.out, ==, "");
      g_assert_true (g_str_has_prefix (show.err, "leukemia-guide: "));
      g_assert_null (strstr (show.err, "CRITICAL"));
      g_assert_null (strstr (show.err, "(null)"));

      run (&export, "--export-pdf", names[i], pdf, NULL);
      g_assert_cmpint (export.status, ==, 1);
      g_assert_true (g_str_has_prefix (export.err, "leukemia-guide: "));
      g_assert_null (strstr (export.err, "CRITICAL"));
      g_assert_null (strstr (export.err, "(null)"));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
  g_rmdir (dir);
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
  g_test_add_func ("/cli/empty-names", test_empty_names);
  g_test_add_func ("/cli/corpus/invalid", test_bad_corpus);
  g_test_add_func ("/cli/corpus/missing", test_missing_corpus);

  return g_test_run ();
}
