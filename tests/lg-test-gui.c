/* lg-test-gui.c: what the GUI tests share
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lg-test-gui.h"

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
