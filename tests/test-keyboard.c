/* test-keyboard.c: the guide by keyboard, with real key presses
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every key here is pressed through the X server's XTEST extension, so it
 * reaches the window as a keyboard's would, through GDK and GTK's event
 * controllers: no handler is called by hand. The tests run with criticals
 * fatal (G_DEBUG=fatal-criticals).
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>
#ifdef GDK_WINDOWING_X11
#include <dlfcn.h>
#include <gdk/x11/gdkx.h>
#endif

#include "lg-application.h"
#include "lg-page-box.h"
#include "lg-term-popover.h"
#include "lg-test-gui.h"
#include "lg-window.h"

/* ---- real keys ------------------------------------------------------------ */

#ifdef GDK_WINDOWING_X11
typedef int (*FakeKeyFunc) (Display *, unsigned int, int, unsigned long);
typedef int (*SetFocusFunc) (Display *, Window, int, Time);
typedef int (*SyncFunc) (Display *, int);

static FakeKeyFunc fake_key;
static SetFocusFunc set_focus;
static SyncFunc sync_display;
#endif

/* Whether keys can be pressed on this display (an X server with XTEST). */
static gboolean
keys_available (void)
{
#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return FALSE;
  if (fake_key == NULL)
    {
      void *xtst = dlopen ("libXtst.so.6", RTLD_NOW | RTLD_GLOBAL);
      void *x11 = dlopen ("libX11.so.6", RTLD_NOW | RTLD_GLOBAL);

      if (xtst == NULL || x11 == NULL)
        return FALSE;
      fake_key = (FakeKeyFunc) dlsym (xtst, "XTestFakeKeyEvent");
      set_focus = (SetFocusFunc) dlsym (x11, "XSetInputFocus");
      sync_display = (SyncFunc) dlsym (x11, "XSync");
    }
  return fake_key != NULL && set_focus != NULL && sync_display != NULL;
#else
  return FALSE;
#endif
}

/* Presses @keyvals together (a modifier first), then lets them go, with
 * the keyboard focus on @window's X window. */
static void
press_keys (GtkWidget   *window,
            const guint *keyvals,
            guint        n)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gtk_widget_get_display (window);
  Display *xdisplay = gdk_x11_display_get_xdisplay (display);
  guint keycodes[4];

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (keycodes));
  for (guint i = 0; i < n; i++)
    {
      g_autofree GdkKeymapKey *keys = NULL;
      int n_keys;

      g_assert_true (gdk_display_map_keyval (display, keyvals[i], &keys, &n_keys));
      keycodes[i] = keys[0].keycode;
    }
  set_focus (xdisplay, gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))),
             RevertToParent, CurrentTime);
  for (guint i = 0; i < n; i++)
    fake_key (xdisplay, keycodes[i], True, CurrentTime);
  for (guint i = n; i > 0; i--)
    fake_key (xdisplay, keycodes[i - 1], False, CurrentTime);
  sync_display (xdisplay, False);
#endif
  /* Long enough for the X server to send the events back. */
  lg_test_iterate (30);
}

static void
press (GtkWidget *window,
       guint      keyval)
{
  press_keys (window, &keyval, 1);
}

static void
press_with (GtkWidget *window,
            guint      modifier,
            guint      keyval)
{
  const guint keys[] = { modifier, keyval };

  press_keys (window, keys, 2);
}

/* Runs the main loop until @condition holds for @data, for at most 3 s. */
#define WAIT_FOR(condition)                                          \
  G_STMT_START {                                                     \
    for (guint wait_ = 0; wait_ < 150 && !(condition); wait_++)      \
      lg_test_iterate (20);                                          \
    g_assert_true (condition);                                       \
  } G_STMT_END

/* ---- windows -------------------------------------------------------------- */

static LgWindow *
new_window (LgCorpus *corpus)
{
  LgWindow *window = lg_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)) &&
            gtk_widget_get_width (GTK_WIDGET (lg_window_get_content_view (window))) > 0);
  return window;
}

static GtkWidget *
focus_of (LgWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
is_topic (LgWindow   *window,
          const char *topic_id)
{
  return g_str_equal (lg_window_get_topic (window)->id, topic_id);
}

/* ---- the sidebar ---------------------------------------------------------- */

/* The title of the topic whose row has the keyboard focus, or NULL. */
static const char *
focused_row_title (LgWindow *window)
{
  GtkWidget *list = GTK_WIDGET (lg_window_get_topic_list (window));
  GtkWidget *focus = focus_of (window);
  GtkWidget *label;

  if (focus == NULL || gtk_widget_get_parent (focus) != list)
    return NULL;
  label = gtk_widget_get_first_child (focus);
  return GTK_IS_LABEL (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static gboolean
row_is (LgWindow      *window,
        const LgTopic *topic)
{
  return g_strcmp0 (focused_row_title (window), topic->title->plain) == 0;
}

static GtkAdjustment *
list_adjustment (LgWindow *window)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (lg_window_get_topic_list (window)));
}

/* A new window's keyboard focus starts on the row of the topic shown,
 * not on the group heading above it: Down then goes to the next topic. */
static void
test_first_focus (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *w = GTK_WIDGET (window);
  const LgTopic *shown = lg_window_get_topic (window);

  if (!keys_available ())
    {
      g_test_skip ("keys are pressed through XTEST, on an X11 display");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  g_assert_true (shown == lg_corpus_get_topic (corpus, 0));
  WAIT_FOR (row_is (window, shown));
  /* The first group's heading stays in sight above it. */
  lg_test_iterate (300);
  g_assert_cmpfloat (gtk_adjustment_get_value (list_adjustment (window)), <, 1);
  press (w, GDK_KEY_Down);
  WAIT_FOR (row_is (window, lg_corpus_get_topic (corpus, 1)));
  g_assert_true (gtk_widget_has_visible_focus (focus_of (window)));
  /* And comes back with Home, from the end of the list. */
  press (w, GDK_KEY_End);
  WAIT_FOR (gtk_adjustment_get_value (list_adjustment (window)) > 1);
  press (w, GDK_KEY_Home);
  WAIT_FOR (row_is (window, shown));
  lg_test_iterate (300);
  g_assert_cmpfloat (gtk_adjustment_get_value (list_adjustment (window)), <, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_iterate (50);
}

/* Down goes through every topic, over the group headings, with the focus
 * ring in sight; Up, Home, End and Page Down go where they say; Enter and
 * Space open the topic in focus. */
static void
test_sidebar_walk (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *w = GTK_WIDGET (window);
  guint n = lg_corpus_get_n_topics (corpus);
  const LgTopic *first = lg_corpus_get_topic (corpus, 0);
  const LgTopic *last = lg_corpus_get_topic (corpus, n - 1);

  if (!keys_available ())
    {
      g_test_skip ("keys are pressed through XTEST, on an X11 display");
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (lg_window_get_topic_list (window)));
  press (w, GDK_KEY_Home);
  WAIT_FOR (row_is (window, first));

  for (guint i = 1; i < n; i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      press (w, GDK_KEY_Down);
      WAIT_FOR (row_is (window, topic));
      g_assert_true (gtk_widget_has_visible_focus (focus_of (window)));
    }
  /* Moving does not open: Enter and Space do. */
  g_assert_true (is_topic (window, first->id));

  press (w, GDK_KEY_Down);
  lg_test_iterate (50);
  g_assert_true (row_is (window, last));
  press (w, GDK_KEY_Up);
  WAIT_FOR (row_is (window, lg_corpus_get_topic (corpus, n - 2)));
  press (w, GDK_KEY_Home);
  WAIT_FOR (row_is (window, first));
  press (w, GDK_KEY_Page_Down);
  WAIT_FOR (focused_row_title (window) != NULL && !row_is (window, first));
  press (w, GDK_KEY_End);
  WAIT_FOR (row_is (window, last));

  press (w, GDK_KEY_Return);
  WAIT_FOR (is_topic (window, last->id));
  press (w, GDK_KEY_Up);
  WAIT_FOR (row_is (window, lg_corpus_get_topic (corpus, n - 2)));
  press (w, GDK_KEY_space);
  WAIT_FOR (is_topic (window, lg_corpus_get_topic (corpus, n - 2)->id));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- the page ------------------------------------------------------------- */

typedef struct
{
  GtkWidget *label;
  char      *uri;   /* NULL for a heading */
} Stop;

static void
stop_clear (gpointer data)
{
  g_free (((Stop *) data)->uri);
}

static gboolean
is_heading (GtkWidget *label)
{
  return gtk_widget_has_css_class (label, "lg-title") ||
         gtk_widget_has_css_class (label, "lg-heading") ||
         gtk_widget_has_css_class (label, "lg-subheading");
}

/* Where Tab should stop on the page, in reading order: each heading, and
 * each link of each label. */
static void
collect_stops (GtkWidget *widget,
               GArray    *stops)
{
  if (GTK_IS_LABEL (widget) && g_object_get_data (G_OBJECT (widget), "lg-inline") != NULL)
    {
      const char *markup = gtk_label_get_label (GTK_LABEL (widget));
      Stop stop = { widget, NULL };

      if (is_heading (widget))
        g_array_append_val (stops, stop);
      for (const char *p = markup; (p = strstr (p, "<a href=\"")) != NULL; p++)
        {
          const char *start = p + strlen ("<a href=\"");

          stop.uri = g_strndup (start, strchr (start, '"') - start);
          g_array_append_val (stops, stop);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_stops (child, stops);
}

static gboolean
record_uri (GtkLabel   *label,
            const char *uri,
            gpointer    data)
{
  char **found = data;

  g_free (*found);
  *found = g_strdup (uri);
  return TRUE;
}

/* The link of LABEL that has the keyboard focus. GTK 4.8 says which with
 * gtk_label_get_current_uri(); newer GTKs (4.24) name there only a link
 * the pointer is on or has clicked, though Enter still follows the
 * focused one. So the label is asked to follow its focused link, as Enter
 * does, with the page's own handlers held back: the link it names is the
 * one that has the focus, and nothing is followed. */
static char *
focused_link (GtkLabel *label)
{
  const char *uri = gtk_label_get_current_uri (label);
  guint signal_id = g_signal_lookup ("activate-link", GTK_TYPE_LABEL);
  char *found = NULL;
  gulong handler;

  if (uri != NULL)
    return g_strdup (uri);
  g_signal_handlers_block_matched (label, G_SIGNAL_MATCH_ID, signal_id, 0, NULL, NULL, NULL);
  handler = g_signal_connect (label, "activate-link", G_CALLBACK (record_uri), &found);
  g_signal_emit_by_name (label, "activate-current-link");
  g_signal_handler_disconnect (label, handler);
  g_signal_handlers_unblock_matched (label, G_SIGNAL_MATCH_ID, signal_id, 0, NULL, NULL, NULL);
  return found;
}

static gboolean
at_stop (LgWindow   *window,
         const Stop *stop)
{
  GtkWidget *focus = focus_of (window);
  g_autofree char *uri = NULL;

  if (focus != stop->label)
    return FALSE;
  if (stop->uri == NULL)
    return TRUE;
  uri = focused_link (GTK_LABEL (focus));
  return g_strcmp0 (uri, stop->uri) == 0;
}

static gboolean
has_selection (GtkWidget *label)
{
  return GTK_IS_LABEL (label) && gtk_label_get_selection_bounds (GTK_LABEL (label), NULL, NULL);
}

static GtkWidget *
find_title (LgWindow *window)
{
  g_autoptr(GArray) stops = g_array_new (FALSE, FALSE, sizeof (Stop));
  GtkWidget *title;

  g_array_set_clear_func (stops, stop_clear);
  collect_stops (GTK_WIDGET (lg_window_get_content_view (window)), stops);
  g_assert_cmpuint (stops->len, >, 0);
  title = g_array_index (stops, Stop, 0).label;
  g_assert_true (gtk_widget_has_css_class (title, "lg-title"));
  return title;
}

/* Tab goes from the title to each heading and each link in reading order,
 * a link at a time inside a paragraph, and selects nothing on the way. */
static void
test_tab_order (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));
  g_autoptr(GArray) stops = g_array_new (FALSE, FALSE, sizeof (Stop));
  guint n_terms = 0, n_pages = 0, n_headings = 0;

  if (!keys_available ())
    {
      g_test_skip ("keys are pressed through XTEST, on an X11 display");
      return;
    }

  g_array_set_clear_func (stops, stop_clear);
  /* A page with glossary words and links to other pages. */
  g_assert_true (lg_window_show_topic (window, "start-here", NULL));
  g_free (lg_content_view_get_text (LG_CONTENT_VIEW (view)));
  collect_stops (view, stops);
  g_assert_cmpuint (stops->len, >, 10);

  gtk_widget_grab_focus (g_array_index (stops, Stop, 0).label);
  for (guint i = 1; i < MIN (stops->len, 24); i++)
    {
      const Stop *stop = &g_array_index (stops, Stop, i);

      press (GTK_WIDGET (window), GDK_KEY_Tab);
      WAIT_FOR (at_stop (window, stop));
      g_assert_false (has_selection (stop->label));
      if (stop->uri == NULL)
        n_headings++;
      else if (g_str_has_prefix (stop->uri, "glossary:"))
        n_terms++;
      else
        n_pages++;
    }
  g_assert_cmpuint (n_headings, >, 0);
  g_assert_cmpuint (n_terms, >, 0);
  g_assert_cmpuint (n_pages, >, 0);

  /* Shift+Tab goes back the same way. */
  press_with (GTK_WIDGET (window), GDK_KEY_Shift_L, GDK_KEY_Tab);
  WAIT_FOR (at_stop (window, &g_array_index (stops, Stop, MIN (stops->len, 24) - 2)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first stop of @stops that is a link of @kind ("topic:", "glossary:"). */
static const Stop *
first_link (GArray     *stops,
            const char *prefix)
{
  for (guint i = 0; i < stops->len; i++)
    {
      const Stop *stop = &g_array_index (stops, Stop, i);

      if (stop->uri != NULL && g_str_has_prefix (stop->uri, prefix))
        return stop;
    }
  g_assert_not_reached ();
}

/* Moves the keyboard focus to @stop, with Tab from its label's first link. */
static void
focus_stop (LgWindow   *window,
            const Stop *stop)
{
  gtk_widget_grab_focus (stop->label);
  for (guint i = 0; i < 20 && !at_stop (window, stop); i++)
    {
      press (GTK_WIDGET (window), GDK_KEY_Tab);
      lg_test_iterate (20);
    }
  g_assert_true (at_stop (window, stop));
}

static GtkWidget *
term_popover (LgWindow *window)
{
  return lg_test_find_child (GTK_WIDGET (lg_window_get_content_view (window)),
                             LG_TYPE_TERM_POPOVER);
}

static gboolean
popover_open (LgWindow *window)
{
  GtkWidget *popover = term_popover (window);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

static gboolean
any_selection (GtkWidget *widget)
{
  if (has_selection (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (any_selection (child))
      return TRUE;
  return FALSE;
}

/* Enter on a glossary word opens its meaning, with nothing selected, and
 * Escape gives the focus back to the word. Enter on a link to another
 * page opens it, its title in focus and not selected; Alt+Left comes back
 * (once a GTK critical). */
static void
test_links_by_keyboard (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  GtkWidget *w = GTK_WIDGET (window);
  GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));
  g_autoptr(GArray) stops = g_array_new (FALSE, FALSE, sizeof (Stop));
  const Stop *term, *page;
  g_autofree char *topic_id = NULL;
  GtkWidget *title;

  if (!keys_available ())
    {
      g_test_skip ("keys are pressed through XTEST, on an X11 display");
      return;
    }

  g_array_set_clear_func (stops, stop_clear);
  g_assert_true (lg_window_show_topic (window, "start-here", NULL));
  g_free (lg_content_view_get_text (LG_CONTENT_VIEW (view)));
  collect_stops (view, stops);

  /* A glossary word: its meaning, in place. */
  term = first_link (stops, "glossary:");
  focus_stop (window, term);
  press (w, GDK_KEY_Return);
  WAIT_FOR (popover_open (window));
  g_assert_true (is_topic (window, "start-here"));
  lg_test_iterate (50);
  g_assert_false (any_selection (term_popover (window)));
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), term_popover (window)));
  press (w, GDK_KEY_Escape);
  WAIT_FOR (!popover_open (window));
  WAIT_FOR (at_stop (window, term));

  /* A link to another page. */
  page = first_link (stops, "topic:");
  topic_id = g_strdup (page->uri + strlen ("topic:"));
  if (strchr (topic_id, '#') != NULL)
    *strchr (topic_id, '#') = '\0';
  focus_stop (window, page);
  press (w, GDK_KEY_Return);
  WAIT_FOR (is_topic (window, topic_id));
  title = find_title (window);
  WAIT_FOR (focus_of (window) == title);
  g_assert_false (has_selection (title));

  press_with (w, GDK_KEY_Alt_L, GDK_KEY_Left);
  WAIT_FOR (is_topic (window, "start-here"));
  press_with (w, GDK_KEY_Alt_L, GDK_KEY_Right);
  WAIT_FOR (is_topic (window, topic_id));
  press_with (w, GDK_KEY_Alt_L, GDK_KEY_Left);
  WAIT_FOR (is_topic (window, "start-here"));
  g_assert_false (any_selection (view));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* In the narrow layout, the page alone in the window and a heading in
 * focus, Ctrl+F opens search (GTK 4.8's selectable labels keep Ctrl+F for
 * themselves). */
static void
test_search_from_page (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = lg_window_new (NULL);
  GtkWidget *list = GTK_WIDGET (lg_window_get_topic_list (window));
  GtkWidget *title, *focus;

  if (!keys_available ())
    {
      g_test_skip ("keys are pressed through XTEST, on an X11 display");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (lg_window_get_content_view (window))));
  g_assert_false (gtk_widget_get_mapped (list));

  title = find_title (window);
  gtk_widget_grab_focus (title);
  press_with (GTK_WIDGET (window), GDK_KEY_Control_L, GDK_KEY_f);
  WAIT_FOR ((focus = focus_of (window)) != NULL &&
            gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL &&
            gtk_widget_get_mapped (focus));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- zoom ----------------------------------------------------------------- */

/* The block of the page at the top of the view. */
static GtkWidget *
top_block (LgWindow *window)
{
  GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));
  GtkWidget *box = lg_test_find_child (view, LG_TYPE_PAGE_BOX);
  double top = lg_content_view_get_scroll (LG_CONTENT_VIEW (view));

  for (GtkWidget *block = gtk_widget_get_first_child (box); block != NULL;
       block = gtk_widget_get_next_sibling (block))
    {
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (block, box, &bounds) &&
          bounds.origin.y + bounds.size.height > top)
        return block;
    }
  return NULL;
}

/* Each zoom step keeps the paragraph at the top of the view there, from
 * 100% up to 250% and back down to 75%. */
static void
test_zoom_keeps_place (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = new_window (corpus);
  LgContentView *view = lg_window_get_content_view (window);
  GtkWidget *block;
  double scale;

  if (!keys_available ())
    {
      g_test_skip ("keys are pressed through XTEST, on an X11 display");
      return;
    }

  g_assert_true (lg_window_show_topic (window, "aml-transplant", NULL));
  g_free (lg_content_view_get_text (view));
  lg_content_view_restore_scroll (view, 1500);
  WAIT_FOR (lg_content_view_get_scroll (view) == 1500);
  block = top_block (window);
  g_assert_nonnull (block);

  /* Seven steps up from 100% to 250%, nine down to 75%. */
  for (guint i = 0; i < 16; i++)
    {
      gboolean in = i < 7;

      scale = g_settings_get_double (settings, "text-scale");
      press_with (GTK_WIDGET (window), GDK_KEY_Control_L, in ? GDK_KEY_plus : GDK_KEY_minus);
      WAIT_FOR (g_settings_get_double (settings, "text-scale") != scale);
      /* Laid out again at the new size, and scrolled back to the block. */
      WAIT_FOR (top_block (window) == block && lg_content_view_get_scroll (view) > 0);
      lg_test_iterate (50);
      g_assert_true (top_block (window) == block);
    }
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 0.75);

  press_with (GTK_WIDGET (window), GDK_KEY_Control_L, GDK_KEY_0);
  WAIT_FOR (g_settings_get_double (settings, "text-scale") == 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "text-scale");
}

/* ---- quitting ------------------------------------------------------------- */

typedef struct
{
  GApplication *app;
  const char   *topic_id;
  double        scroll;
  gboolean      quit_by_key;
  gboolean      reached;
  guint         drive;
  guint         timeout;
} QuitRun;

static gboolean
drive_app (gpointer data)
{
  QuitRun *run = data;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (run->app));
  LgWindow *window;
  LgContentView *view;

  if (active == NULL || !LG_IS_WINDOW (active) || !gtk_widget_get_mapped (GTK_WIDGET (active)) ||
      lg_window_get_topic (LG_WINDOW (active)) == NULL)
    return G_SOURCE_CONTINUE;
  window = LG_WINDOW (active);
  view = lg_window_get_content_view (window);

  if (run->quit_by_key)
    {
      /* Read a page, part of the way down, then Ctrl+Q. */
      if (!is_topic (window, run->topic_id))
        {
          lg_window_show_topic (window, run->topic_id, NULL);
          lg_content_view_restore_scroll (view, run->scroll);
          return G_SOURCE_CONTINUE;
        }
      if (lg_content_view_get_scroll (view) != run->scroll)
        return G_SOURCE_CONTINUE;
      run->reached = TRUE;
      run->drive = 0;
      press_with (GTK_WIDGET (window), GDK_KEY_Control_L, GDK_KEY_q);
      return G_SOURCE_REMOVE;
    }

  /* Started again: the same page, as far down. */
  if (!is_topic (window, run->topic_id) || lg_content_view_get_scroll (view) != run->scroll)
    return G_SOURCE_CONTINUE;
  run->reached = TRUE;
  run->drive = 0;
  g_application_quit (run->app);
  return G_SOURCE_REMOVE;
}

static gboolean
give_up (gpointer data)
{
  QuitRun *run = data;

  run->timeout = 0;
  g_application_quit (run->app);
  return G_SOURCE_REMOVE;
}

static void
run_app (QuitRun *run,
         guint    n)
{
  g_autoptr(LgApplication) app = lg_application_new ();
  g_autofree char *id = g_strdup_printf ("%s.Keyboard%u", APP_ID, n);
  char *argv[] = { (char *) "leukemia-guide", NULL };

  /* An id of its own: an app of another run may still be on the bus. */
  g_application_set_application_id (G_APPLICATION (app), id);
  run->app = G_APPLICATION (app);
  run->drive = g_timeout_add (20, drive_app, run);
  run->timeout = g_timeout_add_seconds (10, give_up, run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_clear_handle_id (&run->drive, g_source_remove);
  g_clear_handle_id (&run->timeout, g_source_remove);
  g_assert_true (run->reached);
  /* The loader's callback holds the app until it has run. */
  lg_test_iterate (50);
}

/* Ctrl+Q ends the app without closing its window; the page and the place
 * on it are saved all the same, and the app opens there again. */
static void
test_quit_saves_place (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *saved = NULL;
  QuitRun run = { NULL, "transfusions", 400, TRUE, FALSE, 0, 0 };

  if (!keys_available ())
    {
      g_test_skip ("keys are pressed through XTEST, on an X11 display");
      return;
    }

  g_settings_reset (settings, "last-topic");
  g_settings_reset (settings, "last-scroll");
  run_app (&run, 0);
  saved = g_settings_get_string (settings, "last-topic");
  g_assert_cmpstr (saved, ==, "transfusions");
  g_assert_cmpfloat (g_settings_get_double (settings, "last-scroll"), ==, 400);

  run.quit_by_key = FALSE;
  run.reached = FALSE;
  run_app (&run, 1);

  g_settings_reset (settings, "last-topic");
  g_settings_reset (settings, "last-scroll");
}

int
main (int   argc,
      char *argv[])
{
  lg_test_gui_init (&argc, &argv);
  /* gtk_test_init() asks for en_US.UTF-8, which a bare machine lacks. */
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add_func ("/keyboard/first-focus", test_first_focus);
  g_test_add_func ("/keyboard/sidebar-walk", test_sidebar_walk);
  g_test_add_func ("/keyboard/tab-order", test_tab_order);
  g_test_add_func ("/keyboard/links", test_links_by_keyboard);
  g_test_add_func ("/keyboard/search-from-page", test_search_from_page);
  g_test_add_func ("/keyboard/zoom-keeps-place", test_zoom_keeps_place);
  g_test_add_func ("/keyboard/quit-saves-place", test_quit_saves_place);

  return g_test_run ();
}
