/* test-narrow.c: a phone-sized window and the largest text show every page whole
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real windows under Xvfb: the window at 360 pixels wide, then the text
 * at 250%, on the widest topics of the bundled guide (its tables and the
 * Medicines A–Z). Nothing may be laid out past the window's right edge,
 * the window must not need more than 360 pixels, and a table without room
 * for its columns stacks its rows. A wide window must not need more either:
 * a window manager keeps a window no narrower than the minimum the window
 * gives it, so the wide layout's minimum is what a tiling window manager or
 * a phone's shell can make of it.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>

#include "lg-squeezer.h"
#include "lg-table.h"
#include "lg-test-gui.h"
#include "lg-window.h"

#define PHONE_WIDTH 360

/* Whether every label in @widget's tree that is shown has a size. */
static gboolean
laid_out (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return TRUE;
  if (gtk_widget_get_width (widget) == 0 && GTK_IS_LABEL (widget))
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!laid_out (child))
      return FALSE;
  return TRUE;
}

static void
wait_laid_out (GtkWidget *widget)
{
  /* Two frames at least, so that a change is seen by the next layout. */
  lg_test_iterate (40);
  for (guint i = 0; i < 100 && !laid_out (widget); i++)
    lg_test_iterate (20);
  g_assert_true (laid_out (widget));
}

/* The right edge of the widest visible widget in @widget's tree, in the
 * window's coordinates; its name in @widest. */
static double
right_edge (GtkWidget  *window,
            GtkWidget  *widget,
            GtkWidget **widest)
{
  graphene_rect_t bounds;
  double edge = 0;

  if (!gtk_widget_get_mapped (widget) || GTK_IS_NATIVE (widget))
    return 0;
  if (gtk_widget_compute_bounds (widget, window, &bounds))
    {
      edge = bounds.origin.x + bounds.size.width;
      *widest = widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *child_widest = NULL;
      double child_edge = right_edge (window, child, &child_widest);

      if (child_edge > edge)
        {
          edge = child_edge;
          *widest = child_widest;
        }
    }
  return edge;
}

static LgWindow *
phone_window (LgCorpus *corpus)
{
  LgWindow *window = lg_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), PHONE_WIDTH, 700);
  lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  /* The window opens at that size (its frame, when GTK draws one, is
   * inside it), not at the wide layout's. */
  lg_test_iterate (50);
  for (guint i = 0; i < 50 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    lg_test_iterate (50);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, PHONE_WIDTH);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, PHONE_WIDTH - 40);
  return window;
}

/* The widest pages: every one with a table, and the Medicines A–Z (long
 * names, long words). */
static gboolean
is_wide (LgCorpus      *corpus,
         const LgTopic *topic)
{
  g_autoptr(LgDocument) doc = NULL;

  if (g_str_equal (topic->id, "medicines"))
    return TRUE;
  doc = lg_document_new (corpus, topic, NULL);
  for (guint i = 0; i < lg_document_get_n_blocks (doc); i++)
    if (lg_document_get_block (doc, i)->kind == LG_DOC_TABLE)
      return TRUE;
  return FALSE;
}

/* Counts the tables in @widget's tree, in columns and stacked. */
static void
count_tables (GtkWidget *widget,
              guint     *n_columns,
              guint     *n_stacked)
{
  if (LG_IS_TABLE (widget))
    {
      if (lg_table_is_stacked (LG_TABLE (widget)))
        (*n_stacked)++;
      else
        (*n_columns)++;
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_tables (child, n_columns, n_stacked);
}

/* Each of the widest topics, shown whole: its widest widget ends inside
 * the window, and the window asks for no more than a phone's width. */
static void
check_every_topic (LgWindow *window,
                   LgCorpus *corpus,
                   double   *widest_edge,
                   double   *visible_width,
                   guint    *n_columns,
                   guint    *n_stacked)
{
  guint n_checked = 0;

  GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  graphene_rect_t shown;
  double visible, visible_start;

  /* What the window shows, without the frame GTK may draw around it: the
   * header bar's width, and the page no wider. */
  wait_laid_out (GTK_WIDGET (window));
  g_assert_true (gtk_widget_compute_bounds (titlebar, GTK_WIDGET (window), &shown));
  visible_start = shown.origin.x;
  visible = shown.origin.x + shown.size.width;
  g_assert_cmpfloat (visible - visible_start, <=, PHONE_WIDTH);
  {
    GtkWidget *widest = NULL;

    g_assert_cmpfloat (right_edge (GTK_WIDGET (window), titlebar, &widest), <=, visible + 0.5);
  }
  *widest_edge = 0;
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_autofree char *text = NULL;
      GtkWidget *widest = NULL;
      double edge;
      int minimum;

      if (!is_wide (corpus, topic))
        continue;
      n_checked++;
      g_assert_true (lg_window_show_topic (window, topic->id, NULL));
      /* The whole page, not only its first screenful. */
      text = lg_content_view_get_text (LG_CONTENT_VIEW (view));
      wait_laid_out (view);

      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      edge = right_edge (GTK_WIDGET (window), view, &widest);
      if (minimum > PHONE_WIDTH || edge > visible + 0.5)
        g_error ("%s: the window needs %d pixels and its %s ends at %.1f, past %.1f",
                 topic->id, minimum, widest != NULL ? G_OBJECT_TYPE_NAME (widest) : "?",
                 edge, visible);
      *widest_edge = MAX (*widest_edge, edge - visible_start);
      *visible_width = visible - visible_start;
      count_tables (view, n_columns, n_stacked);
    }
  /* Tables in several topics, and the medicines. */
  g_assert_cmpuint (n_checked, >=, 4);
}

static void
test_phone_width (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = phone_window (corpus);
  guint n_columns = 0, n_stacked = 0;
  double edge, visible;

  check_every_topic (window, corpus, &edge, &visible, &n_columns, &n_stacked);
  /* Three columns of ten characters fit a phone at 100%. */
  g_assert_cmpuint (n_columns, >, 0);
  g_assert_cmpuint (n_stacked, ==, 0);
  g_test_message ("window %d px wide, %.1f px shown inside its frame; widest allocation ends at %.1f px",
                  PHONE_WIDTH, visible, edge);
  g_assert_true (lg_window_show_topic (window, "medicines", NULL));
  wait_laid_out (GTK_WIDGET (window));
  lg_test_save_screenshot (GTK_WIDGET (window), "screenshot-360-medicines.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_phone_width_large_text (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window;
  guint n_columns = 0, n_stacked = 0;
  double edge, visible;

  g_settings_set_double (settings, "text-scale", 2.5);
  window = phone_window (corpus);
  check_every_topic (window, corpus, &edge, &visible, &n_columns, &n_stacked);
  /* At 250% no table has room for its columns: each row is stacked. */
  g_assert_cmpuint (n_columns, ==, 0);
  g_assert_cmpuint (n_stacked, >, 0);
  g_test_message ("at 250%%: window %d px wide, %.1f px shown; widest allocation ends at %.1f px",
                  PHONE_WIDTH, visible, edge);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "text-scale");
}

/* Whether @widget is drawn: mapped, with a width. */
static gboolean
shown (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* Finds the first widget in @widget's tree that @match accepts. */
static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget *widget))
{
  if (match (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_back_button (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.back") == 0;
}

static gboolean
is_act_now_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && LG_IS_SQUEEZER (gtk_widget_get_parent (gtk_widget_get_parent (widget))) &&
         gtk_widget_get_ancestor (widget, GTK_TYPE_BUTTON) != NULL;
}

/* The wide layout asks for no more than a phone's width, so that a window
 * manager can make it that narrow; at full width its header bar shows
 * every part: Back and Forward, the title, and Act now with its label. */
static void
check_wide_window (double scale)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window;
  GtkWidget *titlebar, *back, *act_now_label, *title;
  int minimum, wide_minimum;

  g_settings_set_double (settings, "text-scale", scale);
  window = lg_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  lg_window_set_corpus (window, corpus);
  g_assert_true (lg_window_show_topic (window, "medicines", NULL));
  gtk_window_present (GTK_WINDOW (window));
  wait_laid_out (GTK_WIDGET (window));
  titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));

  /* The wide layout: the sidebar beside the page. */
  g_assert_true (shown (GTK_WIDGET (lg_window_get_topic_list (window))));
  g_assert_true (shown (GTK_WIDGET (lg_window_get_content_view (window))));
  back = find_widget (titlebar, is_back_button);
  act_now_label = find_widget (titlebar, is_act_now_label);
  title = gtk_widget_get_first_child (gtk_header_bar_get_title_widget (GTK_HEADER_BAR (titlebar)));
  g_assert_nonnull (back);
  g_assert_nonnull (act_now_label);
  g_assert_true (shown (back));
  g_assert_true (shown (act_now_label));
  g_assert_true (shown (title));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==,
                   gtk_window_get_title (GTK_WINDOW (window)));

  /* What GTK gives the window manager as the minimum size. */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &wide_minimum, NULL, NULL, NULL);
  g_test_message ("at %.0f%%: the wide layout needs %d px", scale * 100, wide_minimum);
  g_assert_cmpint (wide_minimum, <=, PHONE_WIDTH);

  /* Narrow, then wide again: the header bar's parts come back. */
  gtk_window_set_default_size (GTK_WINDOW (window), PHONE_WIDTH, 700);
  wait_laid_out (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, PHONE_WIDTH);
  g_assert_false (shown (back));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_test_message ("at %.0f%%: the narrow layout needs %d px", scale * 100, minimum);
  /* The page beside the sidebar needs no more than the page alone, but
   * for the paned's 1-pixel handle. */
  g_assert_cmpint (wide_minimum, <=, minimum + 1);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  wait_laid_out (GTK_WIDGET (window));
  for (guint i = 0; i < 50 && !shown (back); i++)
    lg_test_iterate (20);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, 900);
  g_assert_true (shown (GTK_WIDGET (lg_window_get_topic_list (window))));
  g_assert_true (shown (back));
  g_assert_true (shown (act_now_label));
  g_assert_true (shown (title));
  {
    GtkWidget *widest = NULL;
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (titlebar, GTK_WIDGET (window), &bounds));
    g_assert_cmpfloat (right_edge (GTK_WIDGET (window), titlebar, &widest), <=,
                       bounds.origin.x + bounds.size.width + 0.5);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "text-scale");
}

static void
test_wide_minimum (void)
{
  check_wide_window (1.0);
}

static void
test_wide_minimum_large_text (void)
{
  check_wide_window (2.5);
}

int
main (int   argc,
      char *argv[])
{
  lg_test_gui_init (&argc, &argv);
  /* gtk_test_init() asks for en_US.UTF-8, which a bare machine lacks. */
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add_func ("/narrow/phone-width", test_phone_width);
  g_test_add_func ("/narrow/phone-width-large-text", test_phone_width_large_text);
  g_test_add_func ("/narrow/wide-minimum", test_wide_minimum);
  g_test_add_func ("/narrow/wide-minimum-large-text", test_wide_minimum_large_text);

  return g_test_run ();
}
