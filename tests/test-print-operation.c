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

  return g_test_run ();
}
