/* bench-minimal-window.c: the floor for build-aux/bench-startup
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The least a GTK 4 application can do to show text: a GtkApplication
 * with one window holding one wrapped label. It reports its first frame
 * with the app's own probe (src/lg-startup-probe.c, compiled in), so the
 * two figures are measured the same way.
 *
 * Built with -DWITH_HEADER_BAR, the window also has a stock GtkHeaderBar,
 * as every GNOME app has: without a window manager (under Xvfb) the plain
 * window has no title bar at all, so this is the floor for a window that
 * draws its own, as the app, Yelp and Devhelp do.
 */

#include <gtk/gtk.h>

#include "lg-startup-probe.h"

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *label = gtk_label_new ("A minimal GTK 4 window: one label of text, "
                                    "shown as soon as the toolkit can.");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);  /* the app's default */
  gtk_window_set_child (GTK_WINDOW (window), label);
#ifdef WITH_HEADER_BAR
  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
#endif
  lg_startup_probe_watch (label);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app =
    gtk_application_new ("io.github.leukemiaguide.BenchMinimalWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
