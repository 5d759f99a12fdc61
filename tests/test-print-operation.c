/* test-print-operation.c: the print operation, exporting PDFs through GTK
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (build-aux/test runs it under Xvfb); skips without one.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "lg-document.h"
#include "lg-print-layout.h"
#include "lg-print-operation.h"

static LgCorpus *
load_valid (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(GError) error = NULL;
  LgCorpus *corpus = lg_corpus_new_from_path (path, &error);

  g_assert_no_error (error);
  return corpus;
}

/* The number of pages, as poppler reads it, or 0 without pdfinfo. */
static guint
count_pages (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *out = NULL;
  const char *argv[] = { pdfinfo, path, NULL };
  const char *pages;
  int status;

  if (pdfinfo == NULL)
    return 0;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  return strtoul (pages + strlen ("Pages:"), NULL, 10);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  const LgTopic *topic = lg_corpus_find_topic (corpus, "first");
  g_autoptr(LgPrintOperation) op = lg_print_operation_new (corpus, topic, NULL, FALSE);
  guint notified = 0;

  g_signal_connect (op, "notify", G_CALLBACK (count_notify), &notified);

  g_assert_false (lg_print_operation_get_large_print (op));
  lg_print_operation_set_large_print (op, TRUE);
  lg_print_operation_set_large_print (op, TRUE);
  g_assert_true (lg_print_operation_get_large_print (op));
  g_assert_cmpuint (notified, ==, 1);

  g_assert_null (lg_print_operation_get_section (op));
  lg_print_operation_set_section (op, "part-one");
  lg_print_operation_set_section (op, "part-one");
  g_assert_cmpstr (lg_print_operation_get_section (op), ==, "part-one");
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_page_setup (void)
{
  g_autoptr(GtkPageSetup) setup = lg_print_operation_new_page_setup ();
  GtkPaperSize *paper = gtk_page_setup_get_paper_size (setup);

  /* The suite runs under C.UTF-8: A4. */
  g_assert_cmpstr (gtk_paper_size_get_name (paper), ==, GTK_PAPER_NAME_A4);
  g_assert_cmpstr (gtk_paper_size_get_name (paper), ==,
                   lg_print_paper_get_name (lg_print_paper_for_locale ()));
}

static void
test_export (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  const LgTopic *topic = lg_corpus_find_topic (corpus, "first");
  g_autofree char *dir = g_dir_make_tmp ("lg-print-op-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "First topic.pdf", NULL);
  g_autofree char *large_path = g_build_filename (dir, "large.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "out.pdf", NULL);
  g_autofree char *data = NULL;
  g_autofree char *large_data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(LgPrintOperation) op = NULL;
  g_autoptr(LgPrintOperation) large = NULL;
  g_autoptr(LgPrintOperation) failing = NULL;
  gsize length, large_length;
  guint n_files = 0;

  op = lg_print_operation_new (corpus, topic, NULL, FALSE);
  g_assert_true (lg_print_operation_export_pdf (op, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_nonnull (g_strstr_len (data + length - 64, 64, "%%EOF"));

  large = lg_print_operation_new (corpus, topic, NULL, TRUE);
  g_assert_true (lg_print_operation_export_pdf (large, NULL, large_path, &error));
  g_assert_true (g_file_get_contents (large_path, &large_data, &large_length, NULL));
  g_assert_true (g_str_has_prefix (large_data, "%PDF-"));
  if (count_pages (path) > 0)
    g_assert_cmpuint (count_pages (large_path), >, count_pages (path));
  else
    g_test_message ("pdfinfo is not installed: page counts not compared");

  /* No folder: an error, and nothing left behind. */
  failing = lg_print_operation_new (corpus, topic, NULL, FALSE);
  g_assert_false (lg_print_operation_export_pdf (failing, NULL, bad, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing))
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);

  g_unlink (path);
  g_unlink (large_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv ("LG_PAPER");
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add_func ("/print-operation/properties", test_properties);
  g_test_add_func ("/print-operation/page-setup", test_page_setup);
  g_test_add_func ("/print-operation/export", test_export);

  return g_test_run ();
}
