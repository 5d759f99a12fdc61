/* test-gui.c: real windows under Xvfb: every topic reaches the widgets
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>

#include "lg-application.h"
#include "lg-text.h"
#include "lg-window.h"

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static LgWindow *
new_window (LgCorpus *corpus)
{
  LgWindow *window = lg_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  if (corpus != NULL)
    lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  iterate (300);
  return window;
}

/* The labels' text must be the corpus text, unchanged: nothing lost,
 * nothing read as markup.
 */
static void
assert_document_shown (LgWindow *window)
{
  LgContentView *view = lg_window_get_content_view (window);
  LgDocument *doc = lg_content_view_get_document (view);
  g_autofree char *shown = lg_content_view_get_text (view);

  g_assert_nonnull (doc);
  for (guint i = 0; i < lg_document_get_n_blocks (doc); i++)
    {
      const LgDocBlock *block = lg_document_get_block (doc, i);
      g_autofree char *line = g_strconcat (block->text->plain, "\n", NULL);

      if (block->kind == LG_DOC_TABLE)
        continue;
      if (strstr (shown, line) == NULL)
        g_error ("Not shown: “%s”", block->text->plain);
      if (block->title != NULL)
        {
          g_autofree char *title = g_strconcat (block->title->plain, "\n", NULL);
          g_assert_nonnull (strstr (shown, title));
        }
    }
}

static void
test_every_topic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (&error);
  LgWindow *window;
  guint n_headings;

  g_assert_no_error (error);
  window = new_window (corpus);

  /* Headings and topics share the sidebar's model. */
  n_headings = 0;
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    if (i == 0 || lg_corpus_get_topic (corpus, i)->group != lg_corpus_get_topic (corpus, i - 1)->group)
      n_headings++;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      lg_window_get_topic_list (window)))),
                    ==, lg_corpus_get_n_topics (corpus) + n_headings);

  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_autofree char *title = NULL;

      g_assert_true (lg_window_show_topic (window, topic->id, NULL));
      iterate (20);
      g_assert_true (lg_window_get_topic (window) == topic);
      assert_document_shown (window);
      title = g_strdup_printf ("%s – Leukemia Guide", topic->title->plain);
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
    }

  g_assert_false (lg_window_show_topic (window, "no-such-topic", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_literal_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (path, NULL);
  LgWindow *window = new_window (corpus);
  g_autofree char *shown = lg_content_view_get_text (lg_window_get_content_view (window));

  g_assert_nonnull (strstr (shown, "First <b>topic</b> & more\n"));
  g_assert_nonnull (strstr (shown, "Literal <i>tags</i> & chemo and Testex stay text.\n"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_internal_links (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (path, NULL);
  LgWindow *window = new_window (corpus);
  LgContentView *view = lg_window_get_content_view (window);

  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "first");

  g_signal_emit_by_name (view, "navigate", "topic:second#part-two");
  iterate (50);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "second");

  g_signal_emit_by_name (view, "navigate", "glossary:remission");
  iterate (50);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "glossary");

  g_signal_emit_by_name (view, "navigate", "medicine:testumab");
  iterate (50);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "medicines");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_error_page (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "invalid",
                                                 "unknown-block-type.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (path, &error);
  LgWindow *window;
  GtkWidget *stack;

  g_assert_null (corpus);
  window = new_window (NULL);
  lg_window_show_error (window, error);
  iterate (50);

  stack = gtk_window_get_child (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "error");
  g_assert_null (lg_window_get_topic (window));

  /* The page offers the bundled guide. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.use-bundled", NULL));
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "browse");
  g_assert_nonnull (lg_window_get_topic (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
test_screenshot (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);

  lg_window_show_topic (window, lg_corpus_get_topic (corpus, 0)->id, NULL);
  iterate (500);
  save_screenshot (GTK_WIDGET (window), "screenshot-window.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() asks for en_US.UTF-8, which a bare machine lacks. */
  setlocale (LC_ALL, "C.UTF-8");

  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add_func ("/gui/window/every-topic", test_every_topic);
  g_test_add_func ("/gui/window/literal-text", test_literal_text);
  g_test_add_func ("/gui/window/internal-links", test_internal_links);
  g_test_add_func ("/gui/window/error-page", test_error_page);
  g_test_add_func ("/gui/window/screenshot", test_screenshot);

  return g_test_run ();
}
