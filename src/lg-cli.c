/* lg-cli.c: the command-line modes, which need no display
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit status: 0 on success, 1 when the request names something that does
 * not exist, 2 when the corpus cannot be loaded or the options are wrong.
 */

#define G_LOG_DOMAIN "lg-cli"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "lg-cli.h"
#include "lg-corpus.h"
#include "lg-document.h"
#include "lg-pack.h"
#include "lg-personal-store.h"
#include "lg-print-layout.h"
#include "lg-search.h"
#include "lg-document-text.h"

const GOptionEntry *
lg_cli_get_options (void)
{
  static const GOptionEntry entries[] = {
    { "corpus", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Read the guide from a JSON file or a folder of them, instead of the built-in one"),
      N_("PATH") },
    { "list-topics", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print every topic: its id, group and title"), NULL },
    { "show", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Print a topic, or one section of it, as plain text"), N_("TOPIC[#SECTION]") },
    { "search", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Print the sections that match a query, best first: TOPIC#SECTION, score and snippet"),
      N_("QUERY") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { "export-pdf", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Save a topic, or “all” of them, as a PDF for printing, without opening a window"),
      N_("TOPIC OUTPUT.pdf") },
    { "section", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-pdf, save only this section of the topic"), N_("SECTION") },
    { "export-pack", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Save my appointment pack (my questions, notes, care team, the pages I chose and "
         "the alert card) as a PDF, without opening a window"),
      N_("OUTPUT.pdf") },
    { "large-print", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --export-pdf or --export-pack, use large print"), NULL },
    { "page-size", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-pdf or --export-pack, the paper: a4 or letter (by default, the "
         "paper used where you live)"), N_("SIZE") },
    /* The OUTPUT.pdf of --export-pdf */
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
    { NULL }
  };

  return entries;
}

static LgCorpus *
load (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  const char *path = NULL;
  LgCorpus *corpus;

  if (g_variant_dict_lookup (options, "corpus", "^&ay", &path))
    corpus = lg_corpus_new_from_path (path, &error);
  else
    corpus = lg_corpus_get_default (&error);

  if (corpus == NULL)
    /* Translators: the error printed when the guide's content cannot be read */
    g_printerr (_("leukemia-guide: the guide could not be loaded: %s\n"), error->message);

  return corpus;
}

static int
list_topics (LgCorpus *corpus)
{
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      g_print ("%s\t%s\t%s\n", topic->id, topic->group->id, topic->title->plain);
    }
  return 0;
}

/* Splits TOPIC[#SECTION] at its first "#". The topic part is never NULL,
 * even for an empty argument, which g_strsplit() would turn into no parts
 * at all.
 */
static GStrv
split_target (const char *what)
{
  const char *hash = strchr (what, '#');
  GStrv parts = g_new0 (char *, 3);

  if (hash == NULL)
    parts[0] = g_strdup (what);
  else
    {
      parts[0] = g_strndup (what, hash - what);
      parts[1] = g_strdup (hash + 1);
    }
  return parts;
}

static int
show (LgCorpus   *corpus,
      const char *what)
{
  g_auto(GStrv) parts = split_target (what);
  const LgTopic *topic = lg_corpus_find_topic (corpus, parts[0]);
  g_autoptr(LgDocument) doc = NULL;
  g_autofree char *text = NULL;

  if (topic == NULL)
    {
      g_printerr (_("leukemia-guide: there is no topic “%s”; --list-topics lists them\n"),
                  parts[0]);
      return 1;
    }
  if (parts[1] != NULL && lg_topic_find_section (topic, parts[1]) == NULL)
    {
      g_printerr (_("leukemia-guide: the topic “%s” has no section “%s”\n"),
                  parts[0], parts[1]);
      return 1;
    }

  doc = lg_document_new (corpus, topic, parts[1]);
  text = lg_document_to_text (doc, 76);
  fputs (text, stdout);
  return 0;
}

/* "-" for the output file: the PDF goes to standard output. */
static gboolean
write_stdout (LgPrintLayout  *layout,
              GError        **error)
{
  g_autoptr(GBytes) pdf = lg_print_layout_to_pdf (layout, error);
  gsize len;
  const char *data;

  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &len);
  if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static void     set_footer_note (LgPrintLayout *layout);
static gboolean get_paper       (GVariantDict  *options,
                                 double        *width,
                                 double        *height);
static int  write_pdf       (LgPrintLayout *layout,
                             const char    *path);

static int
export_pdf (LgCorpus     *corpus,
            GVariantDict *options)
{
  g_autoptr(LgPrintLayout) layout = NULL;
  g_autofree const char **rest = NULL;
  g_auto(GStrv) parts = NULL;
  const char *what = NULL;
  const char *section = NULL;
  const LgTopic *topic = NULL;
  double width, height;

  g_variant_dict_lookup (options, "export-pdf", "&s", &what);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
  if (rest == NULL || rest[0] == NULL || rest[1] != NULL)
    {
      g_printerr (_("leukemia-guide: --export-pdf needs a topic and the file to write, "
                    "as in --export-pdf TOPIC OUTPUT.pdf\n"));
      return 2;
    }

  parts = split_target (what);
  section = parts[1];
  g_variant_dict_lookup (options, "section", "&s", &section);

  if (g_str_equal (parts[0], "all"))
    {
      if (section != NULL)
        {
          g_printerr (_("leukemia-guide: --section needs a single topic, not “all”\n"));
          return 2;
        }
    }
  else if ((topic = lg_corpus_find_topic (corpus, parts[0])) == NULL)
    {
      g_printerr (_("leukemia-guide: there is no topic “%s”; --list-topics lists them\n"),
                  parts[0]);
      return 1;
    }
  else if (section != NULL && lg_topic_find_section (topic, section) == NULL)
    {
      g_printerr (_("leukemia-guide: the topic “%s” has no section “%s”\n"),
                  parts[0], section);
      return 1;
    }

  if (!get_paper (options, &width, &height))
    return 2;
  layout = lg_print_layout_new (width, height);
  lg_print_layout_set_large_print (layout, g_variant_dict_contains (options, "large-print"));
  set_footer_note (layout);

  if (topic != NULL)
    lg_print_layout_add_document (layout, lg_document_new (corpus, topic, section));
  else
    {
      lg_print_layout_set_contents (layout, TRUE);
      for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
        lg_print_layout_add_document (layout,
                                      lg_document_new (corpus, lg_corpus_get_topic (corpus, i),
                                                       NULL));
    }

  return write_pdf (layout, rest[0]);
}

/* The reader's 24-hour number in every footer, if they chose so. The
 * store is read only if it exists: printing a topic never makes one. */
static void
set_footer_note (LgPrintLayout *layout)
{
  g_autofree char *path = lg_personal_store_default_path ();
  g_autoptr(LgPersonalStore) store = NULL;
  g_autofree char *note = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return;
  store = lg_personal_store_new ();
  /* Said, not fatal: the PDF needs nothing from the store. The message
   * names the files, never what they hold. */
  if (lg_personal_store_get_load_error (store) != NULL)
    g_printerr ("leukemia-guide: %s\n", lg_personal_store_get_load_error (store)->message);
  if ((note = lg_pack_get_footer_note (store)) != NULL)
    lg_print_layout_set_footer_note (layout, note);
}

static int
write_pdf (LgPrintLayout *layout,
           const char    *path)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (path, "-") ? !write_stdout (layout, &error)
                              : !lg_print_layout_write_pdf (layout, path, &error))
    {
      g_autofree char *name = g_filename_display_name (path);

      /* Translators: the first %s is a file name, the second the reason */
      g_printerr (_("leukemia-guide: could not write “%s”: %s\n"), name, error->message);
      return 2;
    }

  return 0;
}

/* The paper asked for with --page-size, or else the locale's. */
static gboolean
get_paper (GVariantDict *options,
           double       *width,
           double       *height)
{
  LgPaper paper = lg_print_paper_for_locale ();
  const char *name = NULL;

  if (g_variant_dict_lookup (options, "page-size", "&s", &name))
    {
      if (g_ascii_strcasecmp (name, "a4") == 0)
        paper = LG_PAPER_A4;
      else if (g_ascii_strcasecmp (name, "letter") == 0)
        paper = LG_PAPER_LETTER;
      else
        {
          g_printerr (_("leukemia-guide: --page-size is a4 or letter, not “%s”\n"), name);
          return FALSE;
        }
    }
  lg_print_paper_get_size (paper, width, height);
  return TRUE;
}

/* The pack from the saved store, on the paper of --page-size or of the
 * locale. */
static int
export_pack (LgCorpus     *corpus,
             GVariantDict *options)
{
  g_autoptr(LgPersonalStore) store = lg_personal_store_new ();
  g_autoptr(LgPrintLayout) layout = NULL;
  const GError *load_error = lg_personal_store_get_load_error (store);
  const char *path = NULL;
  double width, height;

  g_variant_dict_lookup (options, "export-pack", "^&ay", &path);
  if (load_error != NULL)
    {
      /* The message names the files, never what they hold. */
      g_printerr ("leukemia-guide: %s\n", load_error->message);
      return 2;
    }

  if (!get_paper (options, &width, &height))
    return 2;
  layout = lg_pack_new (corpus, store, width, height,
                        g_variant_dict_contains (options, "large-print"), LG_PACK_ALL);
  return write_pdf (layout, path);
}

static int
search (LgCorpus   *corpus,
        const char *query)
{
  g_autoptr(LgSearch) index = lg_search_new (corpus);
  g_autoptr(GPtrArray) results = lg_search_query (index, query, 0);

  for (guint i = 0; i < results->len; i++)
    {
      LgSearchResult *result = g_ptr_array_index (results, i);
      char score[G_ASCII_DTOSTR_BUF_SIZE];

      /* Not %f: the score is for scripts, whatever the locale. */
      g_ascii_formatd (score, sizeof score, "%.3f", lg_search_result_get_score (result));
      g_print ("%s#%s\t%s\t%s\n",
               lg_search_result_get_topic_id (result),
               lg_search_result_get_section_id (result),
               score,
               lg_search_result_get_snippet (result));
    }
  return 0;
}

/**
 * lg_cli_run:
 * @options: the parsed command-line options
 *
 * Returns: an exit status, or -1 when no command-line mode was asked for
 *   and the app should start as usual
 */
int
lg_cli_run (GVariantDict *options)
{
  g_autoptr(LgCorpus) corpus = NULL;
  const char *what = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("leukemia-guide %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (!g_variant_dict_contains (options, "export-pdf") &&
      g_variant_dict_contains (options, G_OPTION_REMAINING))
    {
      g_printerr (_("leukemia-guide: unexpected arguments; --help lists the options\n"));
      return 2;
    }

  /* Options of --export-pdf alone would otherwise open the window as if
   * they had been read. */
  if (!g_variant_dict_contains (options, "export-pdf"))
    {
      if (g_variant_dict_contains (options, "section"))
        {
          g_printerr ("leukemia-guide: --section: %s\n",
                      _("With --export-pdf, save only this section of the topic"));
          return 2;
        }
      if (g_variant_dict_contains (options, "large-print") &&
          !g_variant_dict_contains (options, "export-pack"))
        {
          g_printerr ("leukemia-guide: --large-print: %s\n",
                      _("With --export-pdf or --export-pack, use large print"));
          return 2;
        }
      if (g_variant_dict_contains (options, "page-size") &&
          !g_variant_dict_contains (options, "export-pack"))
        {
          g_printerr ("leukemia-guide: --page-size: %s\n",
                      _("With --export-pdf or --export-pack, the paper: a4 or letter (by "
                        "default, the paper used where you live)"));
          return 2;
        }
    }

  if (!g_variant_dict_contains (options, "list-topics") &&
      !g_variant_dict_contains (options, "show") &&
      !g_variant_dict_contains (options, "search") &&
      !g_variant_dict_contains (options, "export-pdf") &&
      !g_variant_dict_contains (options, "export-pack"))
    return -1;

  if (!(corpus = load (options)))
    return 2;

  if (g_variant_dict_contains (options, "list-topics"))
    return list_topics (corpus);

  if (g_variant_dict_contains (options, "export-pdf"))
    return export_pdf (corpus, options);

  if (g_variant_dict_contains (options, "export-pack"))
    return export_pack (corpus, options);

  if (g_variant_dict_lookup (options, "search", "&s", &what))
    return search (corpus, what);

  g_variant_dict_lookup (options, "show", "&s", &what);
  return show (corpus, what);
}
