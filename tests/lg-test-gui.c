/* lg-test-gui.c: what the GUI tests share
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lg-test-gui.h"

#ifdef GDK_WINDOWING_X11
#include <dlfcn.h>
#include <gdk/x11/gdkx.h>
#endif

static gboolean
set_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds. It sleeps between events
 * rather than polling, so a waiting test leaves the processor to the
 * tests running beside it. */
void
lg_test_iterate (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* The first widget in @widget's tree, @widget included, that @match
 * accepts. */
GtkWidget *
lg_test_find_widget (GtkWidget     *widget,
                     LgTestMatchFunc match,
                     gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lg_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* The first widget of @type in @widget's tree, @widget included. */
GtkWidget *
lg_test_find_child (GtkWidget *widget,
                    GType      type)
{
  return lg_test_find_widget (widget, is_of_type, GSIZE_TO_POINTER (type));
}

/* Saves what @widget shows as a PNG in the tests' build folder. */
void
lg_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  /* The window must have drawn itself once since its last change. */
  for (guint tries = 0; node == NULL && tries < 20; tries++)
    {
      g_autoptr(GtkSnapshot) attempt = gtk_snapshot_new ();

      lg_test_iterate (100);
      gdk_paintable_snapshot (paintable, attempt, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&attempt));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* GTK reports a widget finalized with children still in it as a warning,
 * which newer GTKs emit for their own reasons too often to make every
 * warning fatal; this one means a widget is about to be used after it is
 * freed, so it fails the test. */
static GLogWriterOutput
fail_on_leftover_children (GLogLevelFlags   level,
                           const GLogField *fields,
                           gsize            n_fields,
                           gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        strstr (fields[i].value, "but it still has children left") != NULL)
      {
        g_test_message ("%s", (const char *) fields[i].value);
        g_test_fail ();
      }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* What every GUI test program does before its tests: GTK in test mode,
 * with criticals fatal, the warning above watched, and the app's style
 * sheet. The caller then chooses its locale. */
void
lg_test_gui_init (int    *argc,
                  char ***argv)
{
  /* The widgets' accessible roles and properties are checked in-process;
   * the AT-SPI bus is test-a11y's business, and newer GTKs report a
   * critical when its socket is not up yet. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (argc, argv, NULL);
  /* Criticals fail a test; warnings do not, because newer GTKs warn about
   * their own bookkeeping under Xvfb (gdk_frame_timings_submitted() in
   * GTK 4.24 when a popover opens). */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_log_set_writer_func (fail_on_leftover_children, NULL, NULL);

  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}

/* Real input, as a person gives it: keys go to the X server through XTest
 * and come back to GTK as ordinary events. libXtst and libX11 are opened
 * at run time, so the tests link no X library. */
#ifdef GDK_WINDOWING_X11
typedef struct
{
  int (*fake_key) (gpointer display, unsigned keycode, int is_press, unsigned long delay);
  int (*fake_button) (gpointer display, unsigned button, int is_press, unsigned long delay);
  int (*fake_motion) (gpointer display, int screen, int x, int y, unsigned long delay);
  int (*set_input_focus) (gpointer display, unsigned long window, int revert_to,
                          unsigned long time);
  int (*translate) (gpointer display, unsigned long src, unsigned long dest, int x, int y,
                    int *dest_x, int *dest_y, unsigned long *child);
  unsigned long (*default_root) (gpointer display);
  int (*sync) (gpointer display, int discard);
} LgTestX;

static LgTestX *
test_x (void)
{
  static LgTestX x;
  static gsize done;
  static gboolean usable;

  if (g_once_init_enter (&done))
    {
      GdkDisplay *display = gdk_display_get_default ();
      void *xtst = dlopen ("libXtst.so.6", RTLD_NOW | RTLD_GLOBAL);
      void *x11 = dlopen ("libX11.so.6", RTLD_NOW | RTLD_GLOBAL);

      usable = GDK_IS_X11_DISPLAY (display) && xtst != NULL && x11 != NULL &&
               (*(void **) &x.fake_key = dlsym (xtst, "XTestFakeKeyEvent")) != NULL &&
               (*(void **) &x.fake_button = dlsym (xtst, "XTestFakeButtonEvent")) != NULL &&
               (*(void **) &x.fake_motion = dlsym (xtst, "XTestFakeMotionEvent")) != NULL &&
               (*(void **) &x.set_input_focus = dlsym (x11, "XSetInputFocus")) != NULL &&
               (*(void **) &x.translate = dlsym (x11, "XTranslateCoordinates")) != NULL &&
               (*(void **) &x.default_root = dlsym (x11, "XDefaultRootWindow")) != NULL &&
               (*(void **) &x.sync = dlsym (x11, "XSync")) != NULL;
      /* Kept open for the rest of the test program. */
      g_once_init_leave (&done, 1);
    }
  return usable ? &x : NULL;
}

static guint
keycode_of (guint keyval)
{
  g_autofree GdkKeymapKey *keys = NULL;
  int n_keys;

  if (!gdk_display_map_keyval (gdk_display_get_default (), keyval, &keys, &n_keys) || n_keys == 0)
    g_error ("No key gives keyval %u", keyval);
  return keys[0].keycode;
}
#endif

/* Whether lg_test_press_keys() and lg_test_click() can run here. */
gboolean
lg_test_has_real_input (void)
{
#ifdef GDK_WINDOWING_X11
  return test_x () != NULL;
#else
  return FALSE;
#endif
}

#ifdef GDK_WINDOWING_X11
/* Sends presses and releases to @window: each of @groups keys pressed
 * together (modifiers first), one group after another, then waits for
 * GTK to have seen them all. */
static void
send_keys (GtkWidget   *window,
           const guint *keyvals,
           const guint *group_sizes,
           guint        n_groups)
{
  LgTestX *x = test_x ();
  gpointer xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());

  g_assert_nonnull (x);
  x->set_input_focus (xdisplay,
                      gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))),
                      2 /* RevertToParent */, 0);
  for (guint g = 0; g < n_groups; keyvals += group_sizes[g], g++)
    {
      for (guint i = 0; i < group_sizes[g]; i++)
        x->fake_key (xdisplay, keycode_of (keyvals[i]), TRUE, 0);
      for (guint i = group_sizes[g]; i > 0; i--)
        x->fake_key (xdisplay, keycode_of (keyvals[i - 1]), FALSE, 0);
    }
  x->sync (xdisplay, FALSE);
  lg_test_iterate (80);
}
#endif

/* Presses the @n keys in @keyvals together (modifiers first), then lets
 * them go, in @window. */
void
lg_test_press_keys (GtkWidget   *window,
                    const guint *keyvals,
                    guint        n)
{
#ifdef GDK_WINDOWING_X11
  send_keys (window, keyvals, &n, 1);
#else
  g_assert_not_reached ();
#endif
}

/* Types @text (lower-case letters, digits, spaces and Return as "\n")
 * in @window, one key after another. */
void
lg_test_type (GtkWidget  *window,
              const char *text)
{
#ifdef GDK_WINDOWING_X11
  guint n = strlen (text);
  g_autofree guint *keyvals = g_new (guint, n);
  g_autofree guint *sizes = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    {
      keyvals[i] = text[i] == '\n' ? GDK_KEY_Return : text[i] == ' ' ? GDK_KEY_space
                                                                      : gdk_unicode_to_keyval (text[i]);
      sizes[i] = 1;
    }
  send_keys (window, keyvals, sizes, n);
#else
  g_assert_not_reached ();
#endif
}

#ifdef GDK_WINDOWING_X11
static void
count_click (guint *clicks)
{
  (*clicks)++;
}

/* Where the middle of @widget is in its native, once laid out. */
static graphene_point_t
middle_in_native (GtkWidget *widget)
{
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0f,
                                                 gtk_widget_get_height (widget) / 2.0f);
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (gtk_widget_get_native (widget)),
                                           &middle, &point));
  return point;
}
#endif

/* A click of the first button in the middle of @widget, which must reach
 * it if it is a button. */
void
lg_test_click (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  LgTestX *x = test_x ();
  gpointer xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  unsigned long xid = gdk_x11_surface_get_xid (gtk_native_get_surface (native));
  unsigned long child;
  double dx, dy;
  int root_x, root_y;

  g_assert_nonnull (x);
  /* A widget made a moment ago must be laid out first. */
  for (guint i = 0; i < 20 && (gtk_widget_get_width (widget) == 0 ||
                               gtk_widget_get_height (widget) == 0); i++)
    lg_test_iterate (50);
  lg_test_iterate (50);
  g_assert_true (gtk_widget_get_mapped (widget));
  /* A widget below the fold is brought into view, as a person scrolls
   * to what they click: focus makes its scrolled window show it. Newer
   * GTK scrolls there smoothly, so wait until the widget stops moving. */
  if (gtk_widget_get_focusable (widget))
    {
      gtk_widget_grab_focus (widget);
      point = middle_in_native (widget);
      for (guint i = 0; i < 40; i++)
        {
          graphene_point_t before = point;

          lg_test_iterate (50);
          point = middle_in_native (widget);
          if (graphene_point_equal (&before, &point))
            break;
        }
    }
  point = middle_in_native (widget);
  g_assert_cmpfloat (point.x, >=, 0);
  g_assert_cmpfloat (point.y, >=, 0);
  g_assert_cmpfloat (point.x, <, gtk_widget_get_width (GTK_WIDGET (native)));
  g_assert_cmpfloat (point.y, <, gtk_widget_get_height (GTK_WIDGET (native)));
  gtk_native_get_surface_transform (native, &dx, &dy);
  x->translate (xdisplay, xid, x->default_root (xdisplay),
                (int) (point.x + dx), (int) (point.y + dy), &root_x, &root_y, &child);
  x->fake_motion (xdisplay, -1, root_x, root_y, 0);
  x->sync (xdisplay, FALSE);
  lg_test_iterate (60);
  {
    guint clicks = 0;
    /* Held: a click may destroy its button (Remove). */
    g_autoptr(GtkWidget) held = g_object_ref (widget);
    gulong handler = GTK_IS_BUTTON (widget) ?
      g_signal_connect_swapped (widget, "clicked", G_CALLBACK (count_click), &clicks) : 0;

    x->fake_button (xdisplay, 1, TRUE, 0);
    x->fake_button (xdisplay, 1, FALSE, 0);
    x->sync (xdisplay, FALSE);
    lg_test_iterate (100);
    if (handler != 0)
      {
        g_signal_handler_disconnect (widget, handler);
        /* The pointer must have reached the button. */
        g_assert_cmpuint (clicks, ==, 1);
      }
  }
#else
  g_assert_not_reached ();
#endif
}
