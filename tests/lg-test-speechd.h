/* lg-test-speechd.h: a fake speech-dispatcher for the read aloud tests
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts tests/fake-speechd.py on a socket of its own, points
 * SPEECHD_ADDRESS at it (libspeechd reads it) and reads back the SSIP
 * commands it was sent.
 */

#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

typedef struct
{
  GSubprocess *process;
  char        *dir;
  char        *socket;
  char        *log;
} LgFakeSpeechd;

/* How many times slower than plain runs this one may be: Valgrind's
 * pass sets LG_TEST_TIME_FACTOR. */
static inline double
lg_test_time_factor (void)
{
  const char *factor = g_getenv ("LG_TEST_TIME_FACTOR");
  double value = factor != NULL ? g_ascii_strtod (factor, NULL) : 1;

  return value >= 1 ? value : 1;
}

static inline void
lg_fake_speechd_wait (gboolean (*done) (gpointer),
                      gpointer  data,
                      guint     timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * lg_test_time_factor () * 1000;

  while (!done (data) && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static inline gboolean
lg_fake_speechd_file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Seconds between two marks: how fast the fake "reads"; a silent fake
 * answers nothing. */
static inline LgFakeSpeechd *
lg_fake_speechd_start_full (double   interval,
                            gboolean silent)
{
  LgFakeSpeechd *fake = g_new0 (LgFakeSpeechd, 1);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "fake-speechd.py", NULL);
  g_autofree char *ready = NULL;
  g_autofree char *address = NULL;
  char interval_text[G_ASCII_DTOSTR_BUF_SIZE];
  g_autoptr(GError) error = NULL;

  fake->dir = g_dir_make_tmp ("lg-speechd-XXXXXX", &error);
  g_assert_no_error (error);
  fake->socket = g_build_filename (fake->dir, "speechd.sock", NULL);
  fake->log = g_build_filename (fake->dir, "commands.log", NULL);
  ready = g_build_filename (fake->dir, "ready", NULL);
  g_ascii_dtostr (interval_text, sizeof interval_text, interval);
  /* Debian's python3 (DESIGN.md): the first on PATH may be a slow shim. */
  fake->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                                    &error,
                                    g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE)
                                      ? "/usr/bin/python3" : "python3", script,
                                    fake->socket, fake->log, "--interval", interval_text,
                                    "--ready", ready, silent ? "--silent" : NULL, NULL);
  g_assert_no_error (error);
  lg_fake_speechd_wait (lg_fake_speechd_file_exists, ready, 10000);
  g_assert_true (g_file_test (ready, G_FILE_TEST_EXISTS));
  g_unlink (ready);

  address = g_strconcat ("unix_socket:", fake->socket, NULL);
  g_setenv ("SPEECHD_ADDRESS", address, TRUE);
  return fake;
}

static inline LgFakeSpeechd *
lg_fake_speechd_start (double interval)
{
  return lg_fake_speechd_start_full (interval, FALSE);
}

static inline void
lg_fake_speechd_stop (LgFakeSpeechd *fake)
{
  g_subprocess_force_exit (fake->process);
  g_subprocess_wait (fake->process, NULL, NULL);
  g_object_unref (fake->process);
  g_unlink (fake->socket);
  g_unlink (fake->log);
  g_rmdir (fake->dir);
  g_free (fake->dir);
  g_free (fake->socket);
  g_free (fake->log);
  g_free (fake);
  g_unsetenv ("SPEECHD_ADDRESS");
}

/* Every line the fake has logged so far. */
static inline GStrv
lg_fake_speechd_lines (LgFakeSpeechd *fake)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents (fake->log, &text, NULL, NULL))
    return g_new0 (char *, 1);
  return g_strsplit (text, "\n", -1);
}

/* How many logged lines start with @prefix. */
static inline guint
lg_fake_speechd_count (LgFakeSpeechd *fake,
                       const char    *prefix)
{
  g_auto(GStrv) lines = lg_fake_speechd_lines (fake);
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    n += g_str_has_prefix (lines[i], prefix);
  return n;
}

/* The last logged line that starts with @prefix, or NULL. */
static inline char *
lg_fake_speechd_last (LgFakeSpeechd *fake,
                      const char    *prefix)
{
  g_auto(GStrv) lines = lg_fake_speechd_lines (fake);
  char *found = NULL;

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], prefix))
      {
        g_free (found);
        found = g_strdup (lines[i]);
      }
  return found;
}
