/* bench-map-watch.c: how long a program takes to map its first window
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-map-watch TIMEOUT_S COMMAND [ARG…]
 *
 * Watches the X root window for a top-level window being mapped, starts
 * COMMAND, and prints, once a window appears,
 *
 *   map-ms: 187.2
 *   peak-rss-kb: 52345    (COMMAND's VmHWM then)
 *
 * then ends COMMAND with SIGTERM. Under Xvfb there is no window manager,
 * so an application's windows are the root's children. Exits 1 when no
 * window appears within TIMEOUT_S seconds.
 */

#define _GNU_SOURCE

#include <X11/Xlib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long
peak_rss_kb (pid_t pid)
{
  char path[64], line[256];
  long kb = -1;
  FILE *f;

  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  if (!(f = fopen (path, "r")))
    return -1;
  while (fgets (line, sizeof line, f))
    if (strncmp (line, "VmHWM:", 6) == 0)
      kb = strtol (line + 6, NULL, 10);
  fclose (f);
  return kb;
}

int
main (int   argc,
      char *argv[])
{
  Display *display;
  double start, timeout;
  pid_t pid;
  int fd, status = 1;

  if (argc < 3)
    {
      fprintf (stderr, "usage: %s TIMEOUT_S COMMAND [ARG…]\n", argv[0]);
      return 2;
    }
  timeout = atof (argv[1]) * 1e3;
  if (!(display = XOpenDisplay (NULL)))
    {
      fprintf (stderr, "bench-map-watch: cannot open the display\n");
      return 2;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);
  fd = ConnectionNumber (display);

  start = now_ms ();
  if ((pid = fork ()) == 0)
    {
      execvp (argv[2], argv + 2);
      _exit (127);
    }

  while (now_ms () - start < timeout)
    {
      struct timeval tv = { 0, 20000 };
      fd_set fds;

      while (XPending (display))
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && !event.xmap.override_redirect)
            {
              printf ("map-ms: %.1f\npeak-rss-kb: %ld\n", now_ms () - start, peak_rss_kb (pid));
              status = 0;
              goto done;
            }
        }
      if (waitpid (pid, NULL, WNOHANG) == pid)
        {
          fprintf (stderr, "bench-map-watch: %s ended without a window\n", argv[2]);
          pid = 0;
          goto done;
        }
      FD_ZERO (&fds);
      FD_SET (fd, &fds);
      select (fd + 1, &fds, NULL, NULL, &tv);
    }
  fprintf (stderr, "bench-map-watch: no window within %s s\n", argv[1]);

done:
  fflush (stdout);
  if (pid > 0)
    {
      kill (pid, SIGTERM);
      waitpid (pid, NULL, 0);
    }
  XCloseDisplay (display);
  return status;
}
