/* lg-startup-probe.c: report how long the app took to show a topic
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For build-aux/bench-startup. When LEUKEMIA_GUIDE_REPORT_STARTUP is set,
 * the end of the first frame painted while the content pane shows text
 * (the frame clock's after-paint, once layout has given its labels a
 * size) is reported; then, once the content widget's page is whole (its
 * "complete" property, when it has one, is true) and painted, the app
 * ends, after printing to stderr:
 *
 *   first-content-frame-ms: 212.4   (since the process started)
 *   peak-rss-kb: 61234              (VmHWM once the whole page is shown)
 *
 * The start is LEUKEMIA_GUIDE_STARTUP_T0_NS (CLOCK_MONOTONIC nanoseconds,
 * set by a launcher just before it starts the app) when given, or else the
 * process's start time from /proc/self/stat (10 ms steps). Without the
 * variable, nothing here runs.
 */

#define G_LOG_DOMAIN "lg-startup-probe"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lg-startup-probe.h"

static gint64
now_ns (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

/* Milliseconds since the process started, or -1 if that is unknown. */
static double
elapsed_ms (void)
{
  const char *t0 = g_getenv ("LEUKEMIA_GUIDE_STARTUP_T0_NS");
  g_autofree char *stat = NULL;
  const char *fields;
  guint64 start_ticks;
  long hz;

  if (t0 != NULL)
    return (now_ns (CLOCK_MONOTONIC) - g_ascii_strtoll (t0, NULL, 10)) / 1e6;

  /* Field 22, counted after the command name, which may hold spaces. */
  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      !(fields = strrchr (stat, ')')))
    return -1;
  fields += 2;
  for (int i = 3; i < 22 && fields; i++)
    if ((fields = strchr (fields, ' ')))
      fields++;
  if (fields == NULL || (hz = sysconf (_SC_CLK_TCK)) <= 0)
    return -1;
  start_ticks = g_ascii_strtoull (fields, NULL, 10);

  /* The start time counts from boot, suspended time included. */
  return now_ns (CLOCK_BOOTTIME) / 1e6 - start_ticks * 1000.0 / hz;
}

static long
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, "VmHWM:")))
    return -1;
  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

static gboolean
shows_text (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && gtk_widget_get_width (widget) > 0 &&
      *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child))
      return TRUE;
  return FALSE;
}

static gboolean
is_complete (GtkWidget *widget)
{
  gboolean complete = TRUE;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "complete") != NULL)
    g_object_get (widget, "complete", &complete, NULL);
  return complete;
}

/* Runs at the end of each frame, once layout and paint are done. */
static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *widget)
{
  static gboolean first_reported;
  GApplication *app = g_application_get_default ();

  if (!first_reported)
    {
      if (!shows_text (widget))
        return;
      fprintf (stderr, "first-content-frame-ms: %.1f\n", elapsed_ms ());
      fflush (stderr);
      first_reported = TRUE;
    }

  /* The memory a page costs is counted once all of it is on screen. */
  if (!is_complete (widget))
    {
      gtk_widget_queue_draw (widget);
      return;
    }
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, widget);
  fprintf (stderr, "peak-rss-kb: %ld\n", peak_rss_kb ());
  fflush (stderr);

  if (app != NULL)
    g_application_quit (app);
  else
    exit (EXIT_SUCCESS);
}

static void
on_map (GtkWidget *widget,
        gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (widget, on_map, user_data);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_after_paint), widget, 0);
}

/**
 * lg_startup_probe_watch:
 * @content_widget: the widget that shows a topic's text
 *
 * When the environment variable LEUKEMIA_GUIDE_REPORT_STARTUP is set,
 * reports the time to the first frame that shows text in
 * @content_widget, and the peak memory then, on stderr, and quits the
 * application. Does nothing otherwise.
 */
void
lg_startup_probe_watch (GtkWidget *content_widget)
{
  static gboolean watching;

  g_return_if_fail (GTK_IS_WIDGET (content_widget));

  if (watching || g_getenv ("LEUKEMIA_GUIDE_REPORT_STARTUP") == NULL)
    return;
  watching = TRUE;

  if (gtk_widget_get_mapped (content_widget))
    on_map (content_widget, NULL);
  else
    g_signal_connect (content_widget, "map", G_CALLBACK (on_map), NULL);
}

/**
 * lg_startup_probe_mark:
 * @phase: what has just been done
 *
 * When LEUKEMIA_GUIDE_REPORT_STARTUP is set, prints how long after the
 * process started @phase ended, to see where start-up time goes.
 */
void
lg_startup_probe_mark (const char *phase)
{
  static gboolean checked, enabled;

  if (!checked)
    {
      enabled = g_getenv ("LEUKEMIA_GUIDE_REPORT_STARTUP") != NULL;
      checked = TRUE;
    }
  if (!enabled)
    return;
  fprintf (stderr, "phase %s: %.1f ms, peak RSS %ld KiB\n", phase, elapsed_ms (), peak_rss_kb ());
  fflush (stderr);
}
