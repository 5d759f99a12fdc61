/* test-print-layout.c: pagination of printed pages, and the paper chosen
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture corpus is laid out on many small page sizes, so that every
 * block lands at a page bottom somewhere, and each page is checked:
 * nothing overflows, headings are never the last thing on a page, pieces
 * of split paragraphs keep two lines on each side, every line is printed
 * once and in order.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "lg-corpus.h"
#include "lg-document.h"
#include "lg-print-layout.h"

static LgCorpus *
load_valid (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(GError) error = NULL;
  LgCorpus *corpus = lg_corpus_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (corpus);
  return corpus;
}

static LgPrintLayout *
layout_all (LgCorpus *corpus,
            double    width,
            double    height,
            gboolean  large_print,
            gboolean  contents)
{
  LgPrintLayout *layout = lg_print_layout_new (width, height);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 23, 12, 0, 0);

  lg_print_layout_set_margins (layout, 20, 20, 20, 20);
  lg_print_layout_set_large_print (layout, large_print);
  lg_print_layout_set_contents (layout, contents);
  lg_print_layout_set_date (layout, date);
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    lg_print_layout_add_document (layout,
                                  lg_document_new (corpus, lg_corpus_get_topic (corpus, i), NULL));
  return layout;
}

static gboolean
is_heading (const LgDocBlock *block)
{
  return block != NULL &&
         (block->kind == LG_DOC_TITLE || block->kind == LG_DOC_HEADING ||
          block->kind == LG_DOC_SUBHEADING);
}

static void
check_pages (LgPrintLayout *layout,
             gboolean       roomy)
{
  guint n_pages = lg_print_layout_paginate (layout);
  double body = lg_print_layout_get_body_height (layout);
  LgPrintSlice prev = { 0 };
  gboolean have_prev = FALSE;

  g_assert_cmpuint (n_pages, >, 0);

  for (guint p = 0; p < n_pages; p++)
    {
      guint n = lg_print_layout_get_n_slices (layout, p);
      LgPrintSlice last = { 0 };

      g_assert_cmpuint (n, >, 0);

      for (guint s = 0; s < n; s++)
        {
          LgPrintSlice slice;

          lg_print_layout_get_slice (layout, p, s, &slice);

          /* Inside the page, below what came before. */
          g_assert_cmpfloat (slice.y, >=, 0);
          g_assert_cmpfloat (slice.y + slice.height, <=, body + 0.01);
          if (s > 0)
            g_assert_cmpfloat (slice.y, >=, last.y + last.height - 0.01);

          /* Every line once, in order: a piece of a block goes on where
           * the last one stopped, and a block is finished before the next
           * one starts. */
          if (have_prev && slice.block == prev.block && slice.first_line > 0)
            g_assert_cmpuint (slice.first_line, ==, prev.first_line + prev.n_lines);
          else if (have_prev && slice.block != prev.block)
            g_assert_cmpuint (prev.first_line + prev.n_lines, ==, prev.block_lines);
          prev = slice;
          have_prev = TRUE;

          /* Split paragraphs leave no line alone on either page. */
          if (slice.n_lines < slice.block_lines && slice.block_lines >= 4 &&
              slice.block != NULL && slice.block->kind == LG_DOC_PARAGRAPH)
            g_assert_cmpuint (slice.n_lines, >=, 2);

          last = slice;
        }

      /* No heading alone at the bottom, unless the next page starts the
       * next document (when the heading's own document is over). */
      if (p + 1 < n_pages)
        {
          LgPrintSlice next;

          lg_print_layout_get_slice (layout, p + 1, 0, &next);
          if (next.block == NULL || next.block->kind != LG_DOC_TITLE)
            {
              /* …unless even an empty page cannot hold it with the whole
               * block that follows. */
              if (next.n_lines < next.block_lines ||
                  last.height + next.space_before + next.height <= body)
                g_assert_false (is_heading (last.block));
              /* Pages tall enough for any chain of kept blocks break none. */
              if (roomy)
                g_assert_false (last.keep_with_next);
            }
        }
    }
}

static void
test_headings_kept (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  static const double widths[] = { 220, 300, 420 };
  guint n_layouts = 0;
  guint max_pages = 0;
  /* The sweep looks for pagination mistakes, which the plain pass finds;
   * under Valgrind (time factor 50), which looks for memory errors, every
   * fourth height reaches the same code at a quarter of the cost. */
  const char *factor = g_getenv ("LG_TEST_TIME_FACTOR");
  double step = factor != NULL && g_ascii_strtod (factor, NULL) >= 50 ? 24 : 6;

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (double height = 260; height <= 640; height += step)
      for (int large = 0; large <= 1; large++)
        {
          g_autoptr(LgPrintLayout) layout = layout_all (corpus, widths[w], height, large, TRUE);

          check_pages (layout, widths[w] >= 420 && height >= 520 && !large);
          max_pages = MAX (max_pages, lg_print_layout_get_n_pages (layout));
          n_layouts++;
        }

  g_test_message ("%u layouts checked, up to %u pages", n_layouts, max_pages);
  g_assert_cmpuint (max_pages, >, 10);
}

static void
test_documents_start_pages (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  g_autoptr(LgPrintLayout) layout = layout_all (corpus, 420, 595, FALSE, TRUE);
  guint n_pages = lg_print_layout_paginate (layout);
  guint titles = 0;
  LgPrintSlice slice;

  /* The contents come first, then each topic from the top of a page. */
  lg_print_layout_get_slice (layout, 0, 0, &slice);
  g_assert_null (slice.block);

  for (guint p = 0; p < n_pages; p++)
    for (guint s = 0; s < lg_print_layout_get_n_slices (layout, p); s++)
      {
        lg_print_layout_get_slice (layout, p, s, &slice);
        if (slice.block != NULL && slice.block->kind == LG_DOC_TITLE)
          {
            g_assert_cmpuint (s, ==, 0);
            titles++;
          }
      }
  g_assert_cmpuint (titles, ==, lg_corpus_get_n_topics (corpus));
}

static void
test_large_print (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  g_autoptr(LgPrintLayout) normal = layout_all (corpus, 420, 595, FALSE, FALSE);
  g_autoptr(LgPrintLayout) large = layout_all (corpus, 420, 595, TRUE, FALSE);

  g_assert_cmpuint (lg_print_layout_paginate (large), >, lg_print_layout_paginate (normal));
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
test_draw (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  g_autoptr(LgPrintLayout) layout = layout_all (corpus, 595, 842, FALSE, TRUE);
  gsize written = 0;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, &written, 595, 842);
  cairo_t *cr = cairo_create (surface);

  for (guint p = 0; p < lg_print_layout_get_n_pages (layout); p++)
    {
      lg_print_layout_draw_page (layout, cr, p);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (written, >, 1000);
}

static void
test_write_pdf (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  g_autoptr(LgPrintLayout) layout = layout_all (corpus, 595, 842, FALSE, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lg-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "out.pdf", NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (lg_print_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_nonnull (g_strstr_len (data + length - 64, 64, "%%EOF"));

  g_assert_false (lg_print_layout_write_pdf (layout, bad, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  const char *lc_all;
  const char *lc_paper;
  const char *lang;
  const char *override;
  LgPaper     paper;
} PaperCase;

static void
test_paper_subprocess (void)
{
  static const PaperCase cases[] = {
    { "C.UTF-8", NULL, NULL, NULL, LG_PAPER_A4 },
    { "en_US.UTF-8", NULL, NULL, NULL, LG_PAPER_LETTER },
    { "en_CA.UTF-8", NULL, NULL, NULL, LG_PAPER_LETTER },
    { "es_MX.UTF-8", NULL, NULL, NULL, LG_PAPER_LETTER },
    { "fr_CA", NULL, NULL, NULL, LG_PAPER_LETTER },
    { "en_GB.UTF-8", NULL, NULL, NULL, LG_PAPER_A4 },
    { "fr_FR.UTF-8", NULL, NULL, NULL, LG_PAPER_A4 },
    { "en_USX.UTF-8", NULL, NULL, NULL, LG_PAPER_A4 },
    { NULL, "en_US.UTF-8", "de_DE.UTF-8", NULL, LG_PAPER_LETTER },
    { NULL, NULL, "en_PH.UTF-8", NULL, LG_PAPER_LETTER },
    { "C.UTF-8", NULL, NULL, "letter", LG_PAPER_LETTER },
    { "en_US.UTF-8", NULL, NULL, "A4", LG_PAPER_A4 },
  };
  double width, height;

  /* Nothing installed in this process's locale: it goes by the names. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const PaperCase *c = &cases[i];

      g_setenv ("LC_ALL", c->lc_all ? c->lc_all : "", TRUE);
      g_setenv ("LC_PAPER", c->lc_paper ? c->lc_paper : "", TRUE);
      g_setenv ("LANG", c->lang ? c->lang : "", TRUE);
      if (c->override)
        g_setenv ("LG_PAPER", c->override, TRUE);
      else
        g_unsetenv ("LG_PAPER");
      g_assert_cmpint (lg_print_paper_for_locale (), ==, c->paper);
    }
  g_unsetenv ("LG_PAPER");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  lg_print_paper_get_size (LG_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  lg_print_paper_get_size (LG_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
  g_assert_cmpstr (lg_print_paper_get_name (LG_PAPER_A4), ==, "iso_a4");
  g_assert_cmpstr (lg_print_paper_get_name (LG_PAPER_LETTER), ==, "na_letter");
}

/* The environment is changed in a process of its own, before any thread
 * (fontconfig's, GLib's) can read it. */
static void
test_paper (void)
{
  g_test_trap_subprocess ("/print-layout/paper/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print-layout/paginate/headings-kept", test_headings_kept);
  g_test_add_func ("/print-layout/paginate/documents-start-pages", test_documents_start_pages);
  g_test_add_func ("/print-layout/paginate/large-print", test_large_print);
  g_test_add_func ("/print-layout/draw", test_draw);
  g_test_add_func ("/print-layout/write-pdf", test_write_pdf);
  g_test_add_func ("/print-layout/paper", test_paper);
  g_test_add_func ("/print-layout/paper/subprocess", test_paper_subprocess);

  return g_test_run ();
}
