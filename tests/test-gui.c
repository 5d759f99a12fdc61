/* test-gui.c: real windows under Xvfb: every topic reaches the widgets
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <gmodule.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "lg-application.h"
#include "lg-bullet-item.h"
#include "lg-page-box.h"
#include "lg-print-layout.h"
#include "lg-search.h"
#include "lg-test-gui.h"
#include "lg-document-text.h"
#include "lg-window.h"

#ifdef GDK_WINDOWING_X11
#include <dlfcn.h>
#include <gdk/x11/gdkx.h>
#endif


static LgWindow *
new_window (LgCorpus *corpus)
{
  LgWindow *window = lg_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  if (corpus != NULL)
    lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  lg_test_iterate (300);
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
      /* A term and its meaning share a label: “Term: meaning”. */
      if (block->kind == LG_DOC_DEFINITION)
        {
          g_autofree char *both = g_strdup_printf ("%s: %s\n", block->title->plain,
                                                   block->text->plain);

          if (strstr (shown, both) == NULL)
            g_error ("Definition not shown as one line: “%s”", both);
          continue;
        }
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
      lg_test_iterate (20);
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

/* Past its next check date a topic opens with a notice, under the line
 * that says when it was checked.
 */
static void
test_overdue_notice (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (path, NULL);
  const char *notice = "This page may be out of date";
  const char *meta = "Checked against its sources on 20 November 2026 · next check due 20 May 2027";
  LgWindow *window;
  g_autofree char *shown = NULL;
  g_autofree char *later = NULL;

  g_setenv ("LG_TODAY", "2027-05-20", TRUE);
  window = new_window (corpus);
  shown = lg_content_view_get_text (lg_window_get_content_view (window));
  g_assert_nonnull (strstr (shown, meta));
  g_assert_null (strstr (shown, notice));
  gtk_window_destroy (GTK_WINDOW (window));

  g_setenv ("LG_TODAY", "2027-05-21", TRUE);
  window = new_window (corpus);
  later = lg_content_view_get_text (lg_window_get_content_view (window));
  g_assert_nonnull (strstr (later, notice));
  g_assert_true (strstr (later, meta) < strstr (later, notice));
  g_assert_true (strstr (later, notice) < strstr (later, "Part one"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_setenv ("LG_TODAY", "2026-12-07", TRUE);
}

/* Key points come first, under their heading, before the sections. */
static void
test_key_points (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (path, NULL);
  LgWindow *window = new_window (corpus);
  g_autofree char *shown = NULL;

  g_assert_true (lg_window_show_topic (window, "second", NULL));
  lg_test_iterate (50);
  shown = lg_content_view_get_text (lg_window_get_content_view (window));
  g_assert_nonnull (strstr (shown, "Key points"));
  g_assert_true (strstr (shown, "Key points") < strstr (shown, "The first point, about remission."));
  g_assert_true (strstr (shown, "The first point, about remission.") < strstr (shown, "The third point."));
  g_assert_true (strstr (shown, "The third point.") < strstr (shown, "Part two"));
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
  lg_test_iterate (50);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "second");

  g_signal_emit_by_name (view, "navigate", "glossary:remission");
  lg_test_iterate (50);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "glossary");

  g_signal_emit_by_name (view, "navigate", "medicine:testumab");
  lg_test_iterate (50);
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
  lg_test_iterate (50);

  stack = gtk_window_get_child (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "error");
  g_assert_null (lg_window_get_topic (window));

  /* The page offers the bundled guide. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.use-bundled", NULL));
  lg_test_iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "browse");
  g_assert_nonnull (lg_window_get_topic (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_screenshot (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);

  lg_window_show_topic (window, lg_corpus_get_topic (corpus, 0)->id, NULL);
  lg_test_iterate (500);
  lg_test_save_screenshot (GTK_WIDGET (window), "screenshot-window.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static int
natural_width (GtkWidget *widget)
{
  int natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static gboolean
is_label_with_class (GtkWidget     *widget,
                     gconstpointer  css_class)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class);
}

static GtkWidget *
find_label_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  return lg_test_find_widget (widget, is_label_with_class, css_class);
}

static void
test_zoom (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  LgWindow *window;
  GtkWidget *title;
  int before, after;

  g_settings_set_double (settings, "text-scale", 1.0);
  window = new_window (corpus);
  title = find_label_with_class (GTK_WIDGET (lg_window_get_content_view (window)), "lg-title");
  g_assert_nonnull (title);
  before = natural_width (title);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  lg_test_iterate (100);
  after = natural_width (title);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.3, 0.001);
  /* The text really grows: about 1.3 times as wide. */
  g_assert_cmpint (after, >, before * 1.2);

  /* It stops at 250% and at 75%. */
  for (guint i = 0; i < 12; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 2.5, 0.001);
  for (guint i = 0; i < 12; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 0.75, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  lg_test_iterate (100);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.0, 0.001);
  g_assert_cmpint (natural_width (title), ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Saved settings are data anyone can edit. A text size of NaN passes the
 * schema's range check: it must show as 100% and zoom from there, and a
 * NaN or negative scroll position must not reach the view. */
static void
test_text_scale_nan (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  LgWindow *window;
  GtkWidget *title;
  int normal;

  g_settings_set_double (settings, "text-scale", 1.0);
  window = new_window (corpus);
  title = find_label_with_class (GTK_WIDGET (lg_window_get_content_view (window)), "lg-title");
  normal = natural_width (title);
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_set_double (settings, "text-scale", NAN);
  g_settings_set_double (settings, "last-scroll", NAN);
  window = new_window (corpus);
  title = find_label_with_class (GTK_WIDGET (lg_window_get_content_view (window)), "lg-title");
  g_assert_cmpint (natural_width (title), ==, normal);
  g_assert_cmpfloat (lg_content_view_get_scroll (lg_window_get_content_view (window)), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.15, 0.001);
  g_settings_set_double (settings, "text-scale", NAN);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 0.85, 0.001);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "text-scale");
  g_settings_reset (settings, "last-scroll");
}

/* A saved window size of zero, a negative one or a huge one gives a
 * window of a usable size, with no GTK warning. */
static void
test_saved_window_size (void)
{
  static const struct { int width, height; } sizes[] = {
    { 0, 0 }, { -5, -5 }, { G_MININT, 1 }, { 1, 1 }, { G_MAXINT, G_MAXINT },
  };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      LgWindow *window;
      int width, height;

      g_settings_set_int (settings, "window-width", sizes[i].width);
      g_settings_set_int (settings, "window-height", sizes[i].height);
      window = lg_window_new (NULL);
      gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
      g_assert_cmpint (width, >=, 360);
      g_assert_cmpint (height, >=, 360);
      g_assert_cmpint (width, <=, 16384);
      g_assert_cmpint (height, <=, 16384);
      if (sizes[i].width <= 0)
        g_assert_cmpint (width, ==, 1100);
      gtk_window_present (GTK_WINDOW (window));
      lg_test_iterate (50);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_history (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  const char *a = lg_corpus_get_topic (corpus, 0)->id;
  const char *b = lg_corpus_get_topic (corpus, 1)->id;
  const char *c = lg_corpus_get_topic (corpus, 2)->id;

  lg_window_show_topic (window, a, NULL);
  lg_window_show_topic (window, b, NULL);
  lg_window_show_topic (window, c, NULL);
  lg_test_iterate (50);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, b);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, a);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, b);

  /* Going somewhere new drops what was ahead. */
  lg_window_show_topic (window, "glossary", NULL);
  g_assert_false (lg_window_go_history (window, 1));
  g_assert_true (lg_window_go_history (window, -1));
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, b);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_restore_last_topic (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last = NULL;
  LgWindow *window;
  double scroll;

  g_settings_set_string (settings, "last-topic", "glossary");
  g_settings_set_double (settings, "last-scroll", 400.0);
  window = new_window (corpus);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "glossary");
  for (guint i = 0; i < 50; i++)
    {
      scroll = lg_content_view_get_scroll (lg_window_get_content_view (window));
      if (scroll > 399.0)
        break;
      lg_test_iterate (100);
    }
  g_assert_cmpfloat_with_epsilon (scroll, 400.0, 1.0);

  /* Closing saves where the reader is. */
  lg_window_show_topic (window, lg_corpus_get_topic (corpus, 1)->id, NULL);
  lg_test_iterate (50);
  gtk_window_close (GTK_WINDOW (window));
  lg_test_iterate (50);
  last = g_settings_get_string (settings, "last-topic");
  g_assert_cmpstr (last, ==,
                   lg_corpus_get_topic (corpus, 1)->id);
  g_settings_reset (settings, "last-topic");
  g_settings_reset (settings, "last-scroll");
}

/* Real input, as a person gives it: key presses and clicks go to the X
 * server through XTest and come back to GTK as ordinary events. libXtst
 * is opened at run time, so building the tests needs no extra package. */
typedef struct
{
  GModule *xtst;
  GModule *self;
  int    (*fake_key) (gpointer display, unsigned keycode, int is_press, unsigned long delay);
  int    (*fake_button) (gpointer display, unsigned button, int is_press, unsigned long delay);
  int    (*fake_motion) (gpointer display, int screen, int x, int y, unsigned long delay);
  unsigned char (*keysym_to_keycode) (gpointer display, unsigned long keysym);
  int    (*set_input_focus) (gpointer display, unsigned long window, int revert_to, unsigned long time);
  int    (*translate) (gpointer display, unsigned long src, unsigned long dest, int x, int y,
                       int *dest_x, int *dest_y, unsigned long *child);
  unsigned long (*default_root) (gpointer display);
  int    (*flush) (gpointer display);
} XInput;

static gboolean
x_input_open (XInput *x)
{
  memset (x, 0, sizeof *x);
#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return FALSE;
  x->xtst = g_module_open ("libXtst.so.6", G_MODULE_BIND_LAZY);
  x->self = g_module_open (NULL, 0);
  if (x->xtst == NULL || x->self == NULL)
    return FALSE;
  return g_module_symbol (x->xtst, "XTestFakeKeyEvent", (gpointer *) &x->fake_key) &&
         g_module_symbol (x->xtst, "XTestFakeButtonEvent", (gpointer *) &x->fake_button) &&
         g_module_symbol (x->xtst, "XTestFakeMotionEvent", (gpointer *) &x->fake_motion) &&
         g_module_symbol (x->self, "XKeysymToKeycode", (gpointer *) &x->keysym_to_keycode) &&
         g_module_symbol (x->self, "XSetInputFocus", (gpointer *) &x->set_input_focus) &&
         g_module_symbol (x->self, "XTranslateCoordinates", (gpointer *) &x->translate) &&
         g_module_symbol (x->self, "XDefaultRootWindow", (gpointer *) &x->default_root) &&
         g_module_symbol (x->self, "XFlush", (gpointer *) &x->flush);
#else
  return FALSE;
#endif
}

static void
x_input_close (XInput *x)
{
  g_clear_pointer (&x->xtst, g_module_close);
  g_clear_pointer (&x->self, g_module_close);
}

#ifdef GDK_WINDOWING_X11
static gpointer
x_display (void)
{
  return gdk_x11_display_get_xdisplay (gdk_display_get_default ());
}

static unsigned long
x_window (GtkWidget *widget)
{
  return gdk_x11_surface_get_xid (gtk_native_get_surface (gtk_widget_get_native (widget)));
}

/* Presses the keys in @keysyms together, then lets them go. */
static void
x_input_keys (XInput        *x,
              GtkWidget     *window,
              const guint   *keysyms,
              guint          n)
{
  x->set_input_focus (x_display (), x_window (window), 2 /* RevertToParent */, 0);
  x->flush (x_display ());
  lg_test_iterate (100);
  for (guint i = 0; i < n; i++)
    x->fake_key (x_display (), x->keysym_to_keycode (x_display (), keysyms[i]), TRUE, 0);
  for (guint i = n; i > 0; i--)
    x->fake_key (x_display (), x->keysym_to_keycode (x_display (), keysyms[i - 1]), FALSE, 0);
  x->flush (x_display ());
}

/* A click of the first button in the middle of @widget. */
static void
x_input_click (XInput    *x,
               GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0f,
                                                 gtk_widget_get_height (widget) / 2.0f);
  graphene_point_t point;
  double dx, dy;
  int root_x, root_y;
  unsigned long child;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &middle, &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  x->translate (x_display (), x_window (widget), x->default_root (x_display ()),
                (int) (point.x + dx), (int) (point.y + dy), &root_x, &root_y, &child);
  x->fake_motion (x_display (), -1, root_x, root_y, 0);
  x->flush (x_display ());
  lg_test_iterate (100);
  x->fake_button (x_display (), 1, TRUE, 0);
  x->fake_button (x_display (), 1, FALSE, 0);
  x->flush (x_display ());
}
#endif

static gboolean
is_act_now_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.act-now") == 0;
}

/* Act now is one step away from any page: a button in the header bar,
 * named for screen readers, and Shift+Ctrl+H. */
static void
test_act_now (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget *button = lg_test_find_widget (titlebar, is_act_now_button, NULL);
  XInput x;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                   "Feeling unwell? Open “Act now” (Shift+Ctrl+H)");

  if (!x_input_open (&x))
    {
      x_input_close (&x);
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("XTest on an X11 display is needed for real input");
      return;
    }
#ifdef GDK_WINDOWING_X11
  /* The shortcut, from a page far from it and with the focus in the page. */
  g_assert_true (lg_window_show_topic (window, "glossary", NULL));
  lg_test_iterate (100);
  gtk_widget_child_focus (GTK_WIDGET (lg_window_get_content_view (window)), GTK_DIR_TAB_FORWARD);
  {
    const guint keys[] = { GDK_KEY_Control_L, GDK_KEY_Shift_L, GDK_KEY_h };

    x_input_keys (&x, GTK_WIDGET (window), keys, G_N_ELEMENTS (keys));
  }
  for (guint i = 0; i < 30 && !g_str_equal (lg_window_get_topic (window)->id, "act-now"); i++)
    lg_test_iterate (100);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "act-now");

  /* Back, then the button, clicked where it is drawn. */
  g_assert_true (lg_window_go_history (window, -1));
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "glossary");
  x_input_click (&x, button);
  for (guint i = 0; i < 30 && !g_str_equal (lg_window_get_topic (window)->id, "act-now"); i++)
    lg_test_iterate (100);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "act-now");
#endif
  x_input_close (&x);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first time, the guide opens on Start here; after that, where the
 * reader left off. */
static void
test_first_run (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last = NULL;
  LgWindow *window;

  g_settings_reset (settings, "last-topic");
  g_settings_reset (settings, "last-scroll");
  window = new_window (corpus);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "start-here");
  assert_document_shown (window);

  g_assert_true (lg_window_show_topic (window, "transfusions", NULL));
  lg_test_iterate (50);
  gtk_window_close (GTK_WINDOW (window));
  lg_test_iterate (50);
  last = g_settings_get_string (settings, "last-topic");
  g_assert_cmpstr (last, ==, "transfusions");

  window = new_window (corpus);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "transfusions");
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-topic");
  g_settings_reset (settings, "last-scroll");
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Waits until @widget has been drawn @n more times. */
static void
wait_for_frames (GtkWidget *widget,
                 guint      n)
{
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);

  for (guint i = 0; i < 100 && frames < n; i++)
    {
      gtk_widget_queue_draw (widget);
      lg_test_iterate (20);
    }
  gtk_widget_remove_tick_callback (widget, id);
  g_assert_cmpuint (frames, >=, n);
}

static void
test_narrow_layout (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = lg_window_new (NULL);
  GtkWidget *content = gtk_widget_get_parent (GTK_WIDGET (lg_window_get_content_view (window)));
  GtkWidget *sidebar = gtk_widget_get_ancestor (GTK_WIDGET (lg_window_get_topic_list (window)),
                                                GTK_TYPE_BOX);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  /* Folding the header bar lets the window shrink further, as a person
   * dragging its edge would then see. On a busy machine this takes a few
   * frames, so wait for each step rather than for a fixed time. */
  for (guint i = 0; i < 50 && (gtk_widget_get_visible (sidebar) ||
                               !gtk_widget_get_mapped (GTK_WIDGET (window))); i++)
    lg_test_iterate (100);
  for (guint i = 0; i < 50 && gtk_widget_get_width (GTK_WIDGET (window)) > 360; i++)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
      lg_test_iterate (100);
    }

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_false (gtk_widget_get_visible (sidebar));
  g_assert_true (gtk_widget_get_visible (content));
  /* A window that opens narrow is laid out narrow from the start: it has
   * nothing left to change, so wait for it to be drawn. */
  wait_for_frames (GTK_WIDGET (window), 3);
  lg_test_save_screenshot (GTK_WIDGET (window), "screenshot-narrow.png");

  /* F9 shows the topics in place of the page. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  lg_test_iterate (100);
  g_assert_true (gtk_widget_get_visible (sidebar));
  g_assert_false (gtk_widget_get_visible (content));
  lg_test_save_screenshot (GTK_WIDGET (window), "screenshot-narrow-topics.png");

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  lg_test_iterate (400);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  lg_test_iterate (100);
  g_assert_true (gtk_widget_get_visible (sidebar));
  g_assert_true (gtk_widget_get_visible (content));
  lg_test_save_screenshot (GTK_WIDGET (window), "screenshot-wide.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_pdf (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  g_autofree char *dir = g_dir_make_tmp ("lg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "topic.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing-folder", "topic.pdf", NULL);
  g_autofree char *data = NULL;
  GtkWidget *bar;
  gsize len = 0;

  if (!lg_window_export_pdf (window, path))
    {
      GtkWidget *browse = gtk_stack_get_child_by_name (
        GTK_STACK (gtk_window_get_child (GTK_WINDOW (window))), "browse");
      GtkWidget *message = lg_test_find_child (browse, GTK_TYPE_LABEL);

      g_error ("Export failed: %s", gtk_label_get_text (GTK_LABEL (message)));
    }
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_cmpuint (len, >, 1000);

  /* An unwritable place: a message in the window, and no file. */
  g_assert_false (lg_window_export_pdf (window, bad));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  bar = gtk_widget_get_first_child (gtk_stack_get_child_by_name (
          GTK_STACK (gtk_window_get_child (GTK_WINDOW (window))), "browse"));
  g_assert_true (GTK_IS_INFO_BAR (bar));
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  LgContentView *view = lg_window_get_content_view (window);
  GtkWidget *entry;
  guint n_results, n_matches;

  /* Typing in the entry, as a person would. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  lg_test_iterate (50);
  entry = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (GTK_IS_TEXT (entry) || GTK_IS_SEARCH_ENTRY (entry));
  entry = gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Xospata");
  lg_test_iterate (400);

  n_results = lg_window_search (window, "Xospata");
  g_assert_cmpuint (n_results, >, 0);

  /* Enter opens the best result: its topic, scrolled to the section,
   * with the matches highlighted. */
  g_signal_emit_by_name (entry, "activate");
  /* A long page takes a while to lay out before it can scroll. */
  for (guint i = 0; i < 60 && lg_content_view_get_scroll (view) == 0.0; i++)
    lg_test_iterate (100);
  g_assert_nonnull (lg_window_get_topic (window));
  n_matches = lg_content_view_get_n_matches (view);
  g_assert_cmpuint (n_matches, >, 0);
  g_assert_cmpfloat (lg_content_view_get_scroll (view), >, 0.0);

  /* Ctrl+G steps through them, wrapping around. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-match", NULL));
  g_assert_cmpint (lg_content_view_get_current_match (view), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-match", NULL);
  g_assert_cmpint (lg_content_view_get_current_match (view), ==, (int) n_matches - 1);
  lg_test_save_screenshot (GTK_WIDGET (window), "screenshot-search.png");

  /* Nothing found, said kindly; an empty query brings the topics back. */
  g_assert_cmpuint (lg_window_search (window, "zzqqxx"), ==, 0);
  g_assert_cmpuint (lg_window_search (window, ""), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Real key presses: the X server's XTEST extension makes them as a
 * keyboard would, so they reach the window through GDK and GTK's event
 * controllers like any other (no handler is called by hand). The X
 * functions are looked up at run time: the tests need no X headers'
 * libraries at link time. FALSE if this display cannot. */
typedef int (*XTestFakeKeyEventFunc) (Display *, unsigned int, int, unsigned long);
typedef int (*XSetInputFocusFunc) (Display *, Window, int, Time);
typedef int (*XSyncFunc) (Display *, int);

static gboolean
press_key (GtkWidget *window,
           guint      keyval)
{
#ifdef GDK_WINDOWING_X11
  static XTestFakeKeyEventFunc fake_key;
  static XSetInputFocusFunc set_focus;
  static XSyncFunc sync;
  GdkDisplay *display = gtk_widget_get_display (window);
  g_autofree GdkKeymapKey *keys = NULL;
  Display *xdisplay;
  Window xid;
  int n_keys;

  if (!GDK_IS_X11_DISPLAY (display))
    return FALSE;
  if (fake_key == NULL)
    {
      void *xtst = dlopen ("libXtst.so.6", RTLD_NOW | RTLD_GLOBAL);
      void *x11 = dlopen ("libX11.so.6", RTLD_NOW | RTLD_GLOBAL);

      if (xtst == NULL || x11 == NULL)
        return FALSE;
      fake_key = (XTestFakeKeyEventFunc) dlsym (xtst, "XTestFakeKeyEvent");
      set_focus = (XSetInputFocusFunc) dlsym (x11, "XSetInputFocus");
      sync = (XSyncFunc) dlsym (x11, "XSync");
      if (fake_key == NULL || set_focus == NULL || sync == NULL)
        {
          fake_key = NULL;
          return FALSE;
        }
    }
  if (!gdk_display_map_keyval (display, keyval, &keys, &n_keys) || n_keys == 0)
    return FALSE;

  xdisplay = gdk_x11_display_get_xdisplay (display);
  xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));
  set_focus (xdisplay, xid, RevertToParent, CurrentTime);
  fake_key (xdisplay, keys[0].keycode, True, CurrentTime);
  fake_key (xdisplay, keys[0].keycode, False, CurrentTime);
  sync (xdisplay, False);
  lg_test_iterate (150);
  return TRUE;
#else
  return FALSE;
#endif
}

static gboolean
is_sidebar_stack (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "results") != NULL;
}

static void
count_offers (GtkWidget *widget,
              GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "lg-search-offer"))
    g_ptr_array_add (buttons, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    count_offers (child, buttons);
}

/* Typing replaces the text in two steps, and the entry reports the
 * second after a delay: wait for the sidebar to show @name. */
static void
wait_for_page (GtkStack   *stack,
               const char *name)
{
  for (guint i = 0; i < 50 && g_strcmp0 (gtk_stack_get_visible_child_name (stack), name) != 0; i++)
    lg_test_iterate (100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, name);
}

/* The find bar forgets an old query's highlights and count; Escape,
 * pressed in the entry or in the results, closes search; a query that
 * finds nothing offers pages instead of an empty pane. */
static void
test_search_keys (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  LgContentView *view = lg_window_get_content_view (window);
  GtkSearchBar *bar = GTK_SEARCH_BAR (lg_test_find_child (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR));
  GtkStack *stack = GTK_STACK (lg_test_find_widget (GTK_WIDGET (window), is_sidebar_stack, NULL));
  g_autoptr(LgSearch) search = lg_search_new (corpus);
  const LgTopic *urgent = NULL;
  GtkWidget *entry, *focus;
  g_autoptr(GPtrArray) offers = g_ptr_array_new ();

  g_assert_nonnull (bar);
  g_assert_nonnull (stack);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  lg_test_iterate (100);
  entry = gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);

  /* Enter opens the best result, its matches highlighted and counted. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Xospata");
  wait_for_page (stack, "results");
  if (!press_key (GTK_WIDGET (window), GDK_KEY_Return))
    {
      g_test_skip ("no X display with XTEST to press keys on");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  for (guint i = 0; i < 20 && lg_content_view_get_n_matches (view) == 0; i++)
    lg_test_iterate (100);
  g_assert_cmpuint (lg_content_view_get_n_matches (view), >, 0);

  /* Another query: the old highlights and their count go. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "transplant");
  wait_for_page (stack, "results");
  lg_test_iterate (100);
  g_assert_cmpuint (lg_content_view_get_n_matches (view), ==, 0);
  g_assert_cmpint (lg_content_view_get_current_match (view), <, 0);

  /* Down moves into the results; Escape there closes search. */
  press_key (GTK_WIDGET (window), GDK_KEY_Down);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW));
  press_key (GTK_WIDGET (window), GDK_KEY_Escape);
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "topics");

  /* Escape in the entry closes it too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  lg_test_iterate (100);
  gtk_editable_set_text (GTK_EDITABLE (entry), "relapse");
  wait_for_page (stack, "results");
  g_assert_true (gtk_search_bar_get_search_mode (bar));
  press_key (GTK_WIDGET (window), GDK_KEY_Escape);
  g_assert_false (gtk_search_bar_get_search_mode (bar));

  /* Nothing found: said so, with what to do if unwell, where to start and
   * the closest topics, each one opening its page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  lg_test_iterate (100);
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzqqxx");
  wait_for_page (stack, "empty");
  count_offers (gtk_stack_get_child_by_name (stack, "empty"), offers);
  g_assert_cmpuint (offers->len, ==, 5);
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (offers, 0), "destructive-action"));
  g_assert_true (lg_search_get_page (search, LG_SEARCH_PAGES_URGENT, &urgent, NULL));
  g_signal_emit_by_name (g_ptr_array_index (offers, 0), "clicked");
  lg_test_iterate (200);
  g_assert_true (lg_window_get_topic (window) == urgent);
  lg_test_save_screenshot (GTK_WIDGET (window), "screenshot-nothing-found.png");

  /* Escape on that page closes search as well. */
  gtk_widget_grab_focus (g_ptr_array_index (offers, 1));
  press_key (GTK_WIDGET (window), GDK_KEY_Escape);
  g_assert_false (gtk_search_bar_get_search_mode (bar));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_glossary_popover (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (path, NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));
  GtkWidget *label = find_label_with_class (view, "lg-body");
  GtkWidget *popover, *button;
  gboolean handled = FALSE;
  g_autofree char *shown = NULL;

  g_signal_emit_by_name (label, "activate-link", "glossary:remission", &handled);
  lg_test_iterate (200);
  g_assert_true (handled);
  /* The reader stays on the page; the meaning opens beside the word. */
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "first");
  popover = lg_test_find_child (view, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (popover));
  label = lg_test_find_child (popover, GTK_TYPE_LABEL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "remission");

  button = lg_test_find_child (popover, GTK_TYPE_BUTTON);
  g_signal_emit_by_name (button, "clicked");
  lg_test_iterate (300);
  g_assert_cmpstr (lg_window_get_topic (window)->id, ==, "glossary");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_accessible_roles (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (lg_window_get_topic_list (window)),
                                   GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (lg_window_get_topic_list (window)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Topics");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (find_label_with_class (view, "lg-title")),
                                   GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_label_with_class (view, "lg-title")),
                                       GTK_ACCESSIBLE_PROPERTY_LEVEL, 1);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (find_label_with_class (view, "lg-heading")),
                                   GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_label_with_class (view, "lg-heading")),
                                       GTK_ACCESSIBLE_PROPERTY_LEVEL, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_list_item (GtkWidget     *widget,
              gconstpointer  marker)
{
  return LG_IS_BULLET_ITEM (widget) &&
         g_str_equal (lg_bullet_item_get_marker (LG_BULLET_ITEM (widget)), marker);
}

static GtkWidget *
find_list_item (GtkWidget  *widget,
                const char *marker)
{
  return lg_test_find_widget (widget, is_list_item, marker);
}

/* The text nodes in @node, outermost first. */
static void
collect_text_nodes (GskRenderNode *node,
                    GPtrArray     *out)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_TEXT_NODE:
      g_ptr_array_add (out, node);
      break;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_text_nodes (gsk_container_node_get_child (node, i), out);
      break;
    case GSK_TRANSFORM_NODE:
      collect_text_nodes (gsk_transform_node_get_child (node), out);
      break;
    case GSK_CLIP_NODE:
      collect_text_nodes (gsk_clip_node_get_child (node), out);
      break;
    case GSK_OPACITY_NODE:
      collect_text_nodes (gsk_opacity_node_get_child (node), out);
      break;
    default:
      break;
    }
}

/* A bullet or number is drawn before its item's text, on the text's
 * first line, and is left out of what a screen reader reads. */
static void
assert_marker_drawn (GtkWidget  *view,
                     const char *marker)
{
  GtkWidget *item = find_list_item (view, marker);
  GtkWidget *text;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  graphene_rect_t marker_bounds;
  double text_x, text_y;

  g_assert_nonnull (item);
  text = gtk_widget_get_first_child (item);
  g_assert_true (GTK_IS_LABEL (text));
  g_assert_null (gtk_widget_get_next_sibling (text));
  g_assert_true (strstr (gtk_label_get_text (GTK_LABEL (text)), marker) == NULL);
  g_assert_true (gtk_widget_translate_coordinates (text, item, 0, 0, &text_x, &text_y));

  GTK_WIDGET_GET_CLASS (item)->snapshot (item, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  collect_text_nodes (node, texts);
  /* The label's text, then the marker. */
  g_assert_cmpuint (texts->len, >=, 2);
  gsk_render_node_get_bounds (g_ptr_array_index (texts, texts->len - 1), &marker_bounds);
  g_assert_cmpuint (gsk_text_node_get_num_glyphs (g_ptr_array_index (texts, texts->len - 1)), ==,
                    g_utf8_strlen (marker, -1));
  g_assert_cmpfloat (marker_bounds.size.width, >, 0);
  g_assert_cmpfloat (marker_bounds.origin.x + marker_bounds.size.width, <=, text_x);
  g_assert_cmpfloat (marker_bounds.origin.x, >=, 0);
  g_assert_cmpfloat (marker_bounds.origin.y, >=, text_y - 1);
  g_assert_cmpfloat (marker_bounds.origin.y, <, text_y + gtk_widget_get_height (text) / 2.0);
}

static void
test_list_markers (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));

  gboolean complete = FALSE;

  g_assert_true (lg_window_show_topic (window, "relapse-basics", NULL));
  /* The sources' numbers are at the end of a page built a screenful first. */
  for (guint tries = 0; !complete && tries < 100; tries++)
    {
      lg_test_iterate (50);
      g_object_get (view, "complete", &complete, NULL);
    }
  g_assert_true (complete);
  lg_test_iterate (100);
  assert_marker_drawn (view, "•");
  assert_marker_drawn (view, "1.");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the page box shows now, as GTK has it (a widget keeps what it last
 * drew until it is asked to draw again): the bounds of it all, in its
 * own coordinates, and how many of its children are in it. */
static guint
page_box_drawn (GtkWidget       *box,
                graphene_rect_t *bounds)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (box);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderNode *inner;

  lg_test_iterate (50);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (box),
                          gtk_widget_get_height (box));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, bounds);
  for (inner = node; ; )
    {
      if (gsk_render_node_get_node_type (inner) == GSK_CLIP_NODE)
        inner = gsk_clip_node_get_child (inner);
      else if (gsk_render_node_get_node_type (inner) == GSK_TRANSFORM_NODE)
        inner = gsk_transform_node_get_child (inner);
      else
        break;
    }
  if (gsk_render_node_get_node_type (inner) == GSK_CONTAINER_NODE)
    return gsk_container_node_get_n_children (inner);
  return 1;
}

/* A long page draws only what is near the view, and what comes into view
 * as it scrolls; every block stays built and laid out. */
static void
test_page_drawn_near_view (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));
  GtkWidget *box;
  GtkAdjustment *vadj;
  graphene_rect_t bounds;
  gboolean complete = FALSE;
  guint n_children = 0, drawn;
  int height;

  g_assert_true (lg_window_show_topic (window, "medicines", NULL));
  for (guint tries = 0; !complete && tries < 200; tries++)
    {
      lg_test_iterate (50);
      g_object_get (view, "complete", &complete, NULL);
    }
  g_assert_true (complete);
  lg_test_iterate (100);
  box = lg_test_find_child (view, LG_TYPE_PAGE_BOX);
  g_assert_nonnull (box);
  for (GtkWidget *c = gtk_widget_get_first_child (box); c; c = gtk_widget_get_next_sibling (c))
    n_children++;
  height = gtk_widget_get_height (box);

  /* At the top: the first blocks, not the whole page. */
  drawn = page_box_drawn (box, &bounds);
  g_test_message ("top of the page: %u of %u blocks drawn", drawn, n_children);
  g_assert_cmpuint (drawn, >, 3);
  g_assert_cmpuint (drawn, <, n_children / 4);
  g_assert_cmpfloat (bounds.origin.y, <, 100);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <, height / 4.0);

  /* A taller window shows more: the box draws down to its new bottom. */
  gtk_widget_set_size_request (view, -1, 1600);
  lg_test_iterate (300);
  drawn = page_box_drawn (box, &bounds);
  g_test_message ("top of the page, a taller window: %u of %u blocks drawn", drawn, n_children);
  g_assert_cmpint (gtk_widget_get_height (view), >, 1400);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, >, gtk_widget_get_height (view) + 300);

  /* At the bottom: the last blocks, the disclaimer among them. */
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
    lg_test_find_child (view, GTK_TYPE_SCROLLED_WINDOW)));
  gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj));
  lg_test_iterate (100);
  drawn = page_box_drawn (box, &bounds);
  g_test_message ("end of the page: %u of %u blocks drawn", drawn, n_children);
  g_assert_cmpuint (drawn, <, n_children / 4);
  g_assert_cmpfloat (bounds.origin.y, >, height / 2.0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, >, height - 100);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first content label of a paragraph, with or without links. */
static gboolean
is_paragraph (GtkWidget     *widget,
              gconstpointer  with_links)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "lg-paragraph") &&
         (strstr (gtk_label_get_label (GTK_LABEL (widget)), "<a href=") != NULL) ==
         GPOINTER_TO_INT (with_links);
}

static GtkWidget *
find_paragraph (GtkWidget *widget,
                gboolean   with_links)
{
  return lg_test_find_widget (widget, is_paragraph, GINT_TO_POINTER (with_links));
}

static gboolean
has_label_not_laid_out (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      gtk_widget_get_width (widget) == 0 &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), "") != 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_not_laid_out (child))
      return TRUE;
  return FALSE;
}

/* The Tab key stops at headings and at text with links, not at every
 * paragraph; a paragraph becomes selectable when pressed (test-a11y.py
 * double-clicks one). */
static void
test_keyboard_focus (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));
  GtkWidget *title, *plain, *linked;

  g_assert_true (lg_window_show_topic (window, "aml-treatment-choices", NULL));
  lg_test_iterate (100);
  title = find_label_with_class (view, "lg-title");
  plain = find_paragraph (view, FALSE);
  linked = find_paragraph (view, TRUE);
  g_assert_nonnull (title);
  g_assert_nonnull (plain);
  g_assert_nonnull (linked);

  g_assert_true (gtk_widget_get_focusable (title));
  g_assert_true (gtk_widget_get_focusable (find_label_with_class (view, "lg-heading")));
  /* A label with links takes the focus link by link, unselected. */
  g_assert_true (gtk_widget_get_focusable (linked));
  g_assert_false (gtk_label_get_selectable (GTK_LABEL (linked)));
  g_assert_false (gtk_widget_get_focusable (plain));
  g_assert_false (gtk_label_get_selectable (GTK_LABEL (plain)));

  /* Tab into the page lands on its title, then goes on to a heading or
   * a link, never to text without either. The window gives itself a first
   * focus when it is mapped, at a time that depends on the machine's load:
   * start from no focus. */
  /* Tab follows the widgets' places on screen: wait until every label the
   * page has built is laid out (the page is built a part at a time). */
  for (guint i = 0; i < 60 && (!gtk_widget_get_mapped (GTK_WIDGET (window)) ||
                               has_label_not_laid_out (view)); i++)
    lg_test_iterate (50);
  gtk_root_set_focus (GTK_ROOT (window), NULL);
  g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == title);
  for (guint i = 0; i < 10 && gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD); i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      g_assert_true (GTK_IS_LABEL (focus));
      g_assert_true (gtk_widget_has_css_class (focus, "lg-heading") ||
                     gtk_widget_has_css_class (focus, "lg-subheading") ||
                     strstr (gtk_label_get_label (GTK_LABEL (focus)), "<a href=") != NULL);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* GTK 4.20 and later carry the scheme in their own property. */
/* The page size of a PDF that cairo wrote, in points: as pdfinfo reads it
 * (newer cairos keep the MediaBox in a compressed object stream), or from
 * its MediaBox where pdfinfo is missing. */
static void
pdf_page_size (const char *path,
               double     *width,
               double     *height)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *data = NULL;
  gsize len = 0;
  const char *box;
  char *end;

  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, path, NULL };
      g_autofree char *out = NULL;
      const char *size;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &out, NULL, &status, NULL));
      g_assert_nonnull (size = strstr (out, "Page size:"));
      size += strlen ("Page size:");
      *width = g_ascii_strtod (size, &end);
      g_assert_true (end != size);
      g_assert_nonnull (strstr (end, " x "));
      *height = g_ascii_strtod (strstr (end, " x ") + 3, NULL);
      return;
    }

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  /* Not g_strstr_len(): it stops at the first NUL byte of the PDF. */
  for (box = data; box + strlen ("/MediaBox [") < data + len; box++)
    if (strncmp (box, "/MediaBox [", strlen ("/MediaBox [")) == 0)
      break;
  g_assert_true (box + strlen ("/MediaBox [") < data + len);
  box += strlen ("/MediaBox [");
  g_assert_cmpfloat (g_ascii_strtod (box, &end), ==, 0);
  g_assert_cmpfloat (g_ascii_strtod (end, &end), ==, 0);
  *width = g_ascii_strtod (end, &end);
  *height = g_ascii_strtod (end, &end);
}

/* A saved page setup is data anyone can edit: a broken one must not crash
 * the export or lay text out on paper nothing fits on. The locale's paper
 * is used instead, and a good saved paper is kept. */
static void
test_corrupt_page_setup (void)
{
  /* The paper expected, in millimetres: 0 for the locale's. */
  static const struct { const char *saved; double width, height; } cases[] = {
    { "{'PPDName': <'x'>, 'DisplayName': <'x'>, 'Width': <-5.0>, 'Height': <100.0>}", 0, 0 },
    /* GTK 4.8 crashes on a PPD name without a display name. */
    { "{'PPDName': <'x'>, 'Width': <200.0>, 'Height': <300.0>}", 200, 300 },
    { "{'PPDName': <'x'>, 'Width': <1.0>, 'Height': <1.0>}", 0, 0 },
    { "{'Name': <'tiny'>, 'Width': <1.0>, 'Height': <1.0>}", 0, 0 },
    { "{'Name': <'huge'>, 'Width': <1e9>, 'Height': <1e9>}", 0, 0 },
    { "{'Name': <'nan'>, 'Width': <nan>, 'Height': <200.0>}", 0, 0 },
    { "{'Name': <'inf'>, 'Width': <200.0>, 'Height': <inf>}", 0, 0 },
    { "{'Name': <'wide'>, 'Width': <'wide'>, 'Height': <200.0>}", 0, 0 },
    { "{'Name': <''>, 'Width': <210.0>, 'Height': <297.0>}", 0, 0 },
    { "{'Name': <42>, 'Width': <210.0>, 'Height': <297.0>}", 0, 0 },
    { "{'Width': <210.0>, 'Height': <297.0>}", 0, 0 },
    { "{'Name': <'x'>, 'Height': <297.0>}", 0, 0 },
    { "{'Name': <'odd'>, 'Width': <10.0>, 'Height': <5000.0>}", 0, 0 },
    { "{'Name': <'x'>, 'Width': <150.0>, 'Height': <200.0>, 'Orientation': <'sideways'>, "
      "'MarginTop': <-1e300>, 'MarginLeft': <nan>}", 150, 200 },
  };
  /* A small guide: the paper, not the text, is under test. */
  g_autofree char *valid = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (valid, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("lg-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "topic.pdf", NULL);
  g_autoptr(GtkPageSetup) a5 = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a5_paper = gtk_paper_size_new (GTK_PAPER_NAME_A5);
  LgWindow *window = new_window (corpus);
  double locale_width, locale_height, width, height;

  lg_print_paper_get_size (lg_print_paper_for_locale (), &locale_width, &locale_height);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GVariant *value = g_variant_parse (G_VARIANT_TYPE_VARDICT, cases[i].saved,
                                         NULL, NULL, &error);
      double expected_width = cases[i].width * 72 / 25.4;
      double expected_height = cases[i].height * 72 / 25.4;

      g_assert_no_error (error);
      g_test_message ("page setup %s", cases[i].saved);
      if (cases[i].width == 0)
        {
          expected_width = locale_width;
          expected_height = locale_height;
        }
      g_settings_set_value (settings, "page-setup", value);
      g_assert_true (lg_window_export_pdf (window, path));
      pdf_page_size (path, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, expected_width, 0.5);
      g_assert_cmpfloat_with_epsilon (height, expected_height, 0.5);
      g_unlink (path);
    }

  /* A good choice is still used: A5, in points. */
  gtk_page_setup_set_paper_size_and_default_margins (a5, a5_paper);
  g_settings_set_value (settings, "page-setup", gtk_page_setup_to_gvariant (a5));
  g_assert_true (lg_window_export_pdf (window, path));
  pdf_page_size (path, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 148 * 72 / 25.4, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 210 * 72 / 25.4, 0.5);

  g_settings_reset (settings, "page-setup");
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  GApplication *app;
  const char   *expect;   /* the stack page the window must reach */
  gboolean      reached;
  guint         ticks;
} AppWatch;

static gboolean
watch_window (gpointer user_data)
{
  AppWatch *w = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (w->app));

  if (window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window)) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (gtk_window_get_child (window))),
                 w->expect) == 0 &&
      (g_str_equal (w->expect, "error") || lg_window_get_topic (LG_WINDOW (window)) != NULL))
    w->reached = TRUE;
  if (w->reached || ++w->ticks > 200)
    {
      if (window != NULL)
        gtk_window_destroy (window);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* The app with --corpus: the window appears and gets the guide, or the
 * error page for a path that is no corpus file (a FIFO no one writes to,
 * which once kept the window from appearing at all). */
static void
test_app_corpus_option (void)
{
  g_autofree char *valid = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autofree char *dir = g_dir_make_tmp ("lg-test-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "corpus.json", NULL);
  const struct { const char *path, *expect; } cases[] = {
    { valid, "browse" }, { fifo, "error" },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LgApplication) app = lg_application_new ();
      char *argv[] = { (char *) "leukemia-guide", (char *) "--corpus", (char *) cases[i].path,
                       NULL };
      AppWatch w = { G_APPLICATION (app), cases[i].expect, FALSE, 0 };
      g_autofree char *id = g_strdup_printf ("%s.Test%u", APP_ID, i);

      /* An id of its own: an app of another test may still be on the bus
       * under the usual one, in this process. */
      g_application_set_application_id (G_APPLICATION (app), id);

      g_timeout_add (25, watch_window, &w);
      g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
      g_assert_true (w.reached);
      /* The loader's callback holds the app until it has run. */
      lg_test_iterate (50);
    }
  g_unlink (fifo);
  g_rmdir (dir);
}

static gboolean
prefers_dark (GtkSettings *settings)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (settings),
                                                    "gtk-interface-color-scheme");
  gboolean dark = FALSE;

  if (pspec != NULL && G_IS_PARAM_SPEC_ENUM (pspec))
    {
      int value = 0;
      GEnumValue *ev;

      g_object_get (settings, "gtk-interface-color-scheme", &value, NULL);
      ev = g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class, value);
      return ev != NULL && g_str_equal (ev->value_nick, "dark");
    }
  g_object_get (settings, "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

static void
test_color_scheme (void)
{
  g_autoptr(LgApplication) app = lg_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  g_autofree char *scheme = NULL;
  g_autoptr(GError) error = NULL;
  gboolean dark = FALSE;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_settings_set_string (settings, "color-scheme", "dark");
  lg_test_iterate (50);
  g_assert_true (prefers_dark (gtk_settings));

  g_settings_set_string (settings, "color-scheme", "light");
  lg_test_iterate (50);
  g_assert_false (prefers_dark (gtk_settings));

  /* The menu's choice is an action whose state is the setting. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "color-scheme",
                                  g_variant_new_string ("dark"));
  lg_test_iterate (50);
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  dark = prefers_dark (gtk_settings);
  g_assert_true (dark);

  g_settings_reset (settings, "color-scheme");
  lg_test_iterate (50);
}

int
main (int   argc,
      char *argv[])
{
  lg_test_gui_init (&argc, &argv);
  /* gtk_test_init() asks for en_US.UTF-8, which a bare machine lacks. */
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add_func ("/gui/window/every-topic", test_every_topic);
  g_test_add_func ("/gui/window/list-markers", test_list_markers);
  g_test_add_func ("/gui/window/keyboard-focus", test_keyboard_focus);
  g_test_add_func ("/gui/window/page-drawn-near-view", test_page_drawn_near_view);
  g_test_add_func ("/gui/window/literal-text", test_literal_text);
  g_test_add_func ("/gui/window/internal-links", test_internal_links);
  g_test_add_func ("/gui/window/overdue-notice", test_overdue_notice);
  g_test_add_func ("/gui/window/key-points", test_key_points);
  g_test_add_func ("/gui/window/error-page", test_error_page);
  g_test_add_func ("/gui/window/screenshot", test_screenshot);
  g_test_add_func ("/gui/window/zoom", test_zoom);
  g_test_add_func ("/gui/window/text-scale-nan", test_text_scale_nan);
  g_test_add_func ("/gui/window/saved-window-size", test_saved_window_size);
  g_test_add_func ("/gui/window/history", test_history);
  g_test_add_func ("/gui/window/restore-last-topic", test_restore_last_topic);
  g_test_add_func ("/gui/window/narrow-layout", test_narrow_layout);
  g_test_add_func ("/gui/window/act-now", test_act_now);
  g_test_add_func ("/gui/window/first-run", test_first_run);
  g_test_add_func ("/gui/window/export-pdf", test_export_pdf);
  g_test_add_func ("/gui/window/corrupt-page-setup", test_corrupt_page_setup);
  g_test_add_func ("/gui/window/search", test_search);
  g_test_add_func ("/gui/window/search-keys", test_search_keys);
  g_test_add_func ("/gui/window/glossary-popover", test_glossary_popover);
  g_test_add_func ("/gui/window/accessible-roles", test_accessible_roles);
  g_test_add_func ("/gui/app/color-scheme", test_color_scheme);
  g_test_add_func ("/gui/app/corpus-option", test_app_corpus_option);

  return g_test_run ();
}
