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

/* Paper from the print dialog is checked like saved paper: a 5 mm custom
 * size prints nothing rather than a hundred unreadable pages, and never
 * crashes. A usable size still prints. */
static void
test_unusable_paper (void)
{
  static const double sizes[][2] = { { 5, 5 }, { 210, 3 }, { 148, 210 } };
  g_autoptr(LgCorpus) corpus = load_valid ();
  const LgTopic *topic = lg_corpus_find_topic (corpus, "first");
  g_autofree char *dir = g_dir_make_tmp ("lg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(LgPrintOperation) op = lg_print_operation_new (corpus, topic, NULL, FALSE);
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
      g_autoptr(GtkPaperSize) paper = gtk_paper_size_new_custom ("custom", "custom",
                                                                 sizes[i][0], sizes[i][1],
                                                                 GTK_UNIT_MM);
      gboolean usable = i == G_N_ELEMENTS (sizes) - 1;
      g_autoptr(GError) error = NULL;
      GtkPrintOperationResult result;

      gtk_page_setup_set_paper_size (setup, paper);
      gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (op), setup);
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), path);
      result = gtk_print_operation_run (GTK_PRINT_OPERATION (op),
                                        GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
      if (usable)
        {
          g_assert_no_error (error);
          g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
          g_assert_cmpint (gtk_print_operation_get_n_pages_to_print (GTK_PRINT_OPERATION (op)),
                           >=, 1);
          g_assert_cmpint (gtk_print_operation_get_n_pages_to_print (GTK_PRINT_OPERATION (op)),
                           <, 10);
        }
      else
        g_assert_cmpint (result, !=, GTK_PRINT_OPERATION_RESULT_APPLY);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* The appointment pack prints through GTK as it exports: cover, contents,
 * my questions, notes, care team, sources and the alert card. */
static void
test_pack (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  g_autofree char *dir = g_dir_make_tmp ("lg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *store_path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (store_path);
  g_autoptr(LgPrintOperation) op = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  lg_personal_store_add_suggested_question (store, "A question?", "first", NULL,
                                            "A question?", NULL);
  lg_personal_store_add_contact (store, "Ward 7", "Triage", "0123 456 7890", TRUE);
  lg_personal_store_set_footer_24_hour (store, TRUE);

  op = lg_print_operation_new_for_pack (corpus, store, FALSE, LG_PACK_ALL);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (op),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  /* Cover, contents, the topic "first", questions, notes, care team,
   * sources, card. */
  g_assert_cmpint (gtk_print_operation_get_n_pages_to_print (GTK_PRINT_OPERATION (op)), >=, 8);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_clear_object (&store);
  g_unlink (store_path);
  g_unlink (path);
  g_rmdir (dir);
}

/* The pack's pages with @parts, exported to @path. */
static int
pack_pages (LgCorpus        *corpus,
            LgPersonalStore *store,
            LgPackParts      parts,
            const char      *path)
{
  g_autoptr(LgPrintOperation) op = lg_print_operation_new_for_pack (corpus, store, FALSE, parts);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (op),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  return gtk_print_operation_get_n_pages_to_print (GTK_PRINT_OPERATION (op));
}

/* Each part left out takes its pages with it. */
static void
test_pack_parts (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  g_autofree char *dir = g_dir_make_tmp ("lg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *store_path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (store_path);
  int all, no_card, no_questions, none;

  lg_personal_store_add_suggested_question (store, "A question?", "first", NULL,
                                            "A question?", NULL);
  lg_personal_store_add_contact (store, "Ward 7", "Triage", "0123 456 7890", TRUE);

  all = pack_pages (corpus, store, LG_PACK_ALL, path);
  no_card = pack_pages (corpus, store, LG_PACK_ALL & ~LG_PACK_CARD, path);
  no_questions = pack_pages (corpus, store, LG_PACK_ALL & ~LG_PACK_QUESTIONS, path);
  none = pack_pages (corpus, store, 0, path);
  /* The card is a page of its own; each part starts on a new page. */
  g_assert_cmpint (no_card, ==, all - 1);
  g_assert_cmpint (no_questions, <, all);
  g_assert_cmpint (none, <=, all - 4);
  /* Cover, contents, the topic "first", sources. */
  g_assert_cmpint (none, >=, 4);

  g_clear_object (&store);
  g_unlink (store_path);
  g_unlink (path);
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
  g_test_add_func ("/print-operation/unusable-paper", test_unusable_paper);
  g_test_add_func ("/print-operation/pack", test_pack);
  g_test_add_func ("/print-operation/pack-parts", test_pack_parts);

  return g_test_run ();
}
