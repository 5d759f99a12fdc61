/* hostile-window.c: a hostile corpus's topic in a window, for test-hostile
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: hostile-window CORPUS TOPIC [CORPUS TOPIC...]
 *
 * Shows each TOPIC of the corpus at CORPUS in a window, one after the
 * other, and checks that every word of its text is on the page, in order,
 * and that no wrapped line of a label is wider than the label. Exits 0
 * when both hold for every pair, 77 without a display, and aborts with a
 * message naming the corpus otherwise. test-hostile runs it once over
 * every case it accepts, so that the test itself needs no GTK.
 */

#include "config.h"

#include <locale.h>

#include "lg-content-view.h"
#include "lg-test-words.h"
#include "lg-window.h"

static gboolean
label_lines_fit (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (!label_lines_fit (child))
      return FALSE;
  /* Labels not yet given a width (below the view) are not laid out. */
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      gtk_widget_get_width (widget) > 0 && gtk_label_get_wrap (GTK_LABEL (widget)))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      PangoRectangle extents;

      pango_layout_get_pixel_extents (layout, NULL, &extents);
      /* A line Pango could not wrap is wider than the label. */
      if (extents.width > gtk_widget_get_width (widget) + 1)
        {
          g_printerr ("a line of %d pixels in a label of %d\n", extents.width,
                      gtk_widget_get_width (widget));
          return FALSE;
        }
    }
  return TRUE;
}

static void
check_case (const char *path,
            const char *topic_id)
{
  g_autoptr(LgCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  const LgTopic *topic;
  LgWindow *window;

  corpus = lg_corpus_new_from_path (path, &error);
  g_assert_no_error (error);
  topic = lg_corpus_find_topic (corpus, topic_id);
  g_assert_nonnull (topic);

  window = lg_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lg_window_show_topic (window, topic->id, NULL));
  for (gint64 end = g_get_monotonic_time () + 300 * 1000; g_get_monotonic_time () < end; )
    g_main_context_iteration (NULL, FALSE);

  shown = lg_content_view_get_text (lg_window_get_content_view (window));
  for (guint s = 0; s < topic->n_sections; s++)
    for (guint b = 0; b < topic->sections[s]->n_blocks; b++)
      for (guint i = 0; i < topic->sections[s]->blocks[b]->n_items; i++)
        lg_test_assert_words_survive (topic->sections[s]->blocks[b]->items[i]->plain, shown,
                                      "the window");
  if (!label_lines_fit (GTK_WIDGET (lg_window_get_content_view (window))))
    g_error ("%s: a line is wider than its label", path);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 3 || argc % 2 != 1)
    {
      g_printerr ("Usage: %s CORPUS TOPIC [CORPUS TOPIC...]\n", argv[0]);
      return 2;
    }

  /* GTK's own warnings under Xvfb are not the cases' business, nor is the
   * AT-SPI bus, which newer GTKs report with a critical when it is not
   * up. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!gtk_init_check ())
    return 77;
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  setlocale (LC_ALL, "C.UTF-8");

  for (int i = 1; i + 1 < argc; i += 2)
    {
      g_printerr ("%s\n", argv[i]);
      check_case (argv[i], argv[i + 1]);
    }
  return 0;
}
