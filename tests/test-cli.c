/* test-cli.c: the command-line modes, run as a user would run them
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <gio/gio.h>

#include "lg-corpus.h"
#include "lg-document.h"
#include "lg-document-text.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

typedef struct
{
  gboolean  done;
  GBytes   *out;
  GBytes   *err;
  GError   *error;
} Communication;

static void
on_communicated (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Communication *c = user_data;

  g_subprocess_communicate_finish (G_SUBPROCESS (source), result,
                                   &c->out, &c->err, &c->error);
  c->done = TRUE;
}

static gboolean
on_too_long (gpointer user_data)
{
  g_subprocess_force_exit (user_data);
  return G_SOURCE_REMOVE;
}

/* Runs the app with a time limit: a hang is killed and reported as a
 * status of -1, as a crash is, instead of stopping the suite. */
static void
runv (Result      *r,
      const char  *cwd,
      guint        seconds,
      const char **args)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Communication c = { 0 };
  guint timeout;

  g_ptr_array_add (argv, (gpointer) g_getenv ("LG_BINARY"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_set_cwd (launcher, cwd);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  timeout = g_timeout_add_seconds (seconds, on_too_long, process);
  /* Bytes, not UTF-8: a PDF may come out on standard output. */
  g_subprocess_communicate_async (process, NULL, NULL, on_communicated, &c);
  while (!c.done)
    g_main_context_iteration (NULL, TRUE);
  if (g_main_context_find_source_by_id (NULL, timeout) != NULL)
    g_source_remove (timeout);
  g_assert_no_error (c.error);
  g_subprocess_wait (process, NULL, NULL);
  r->out = g_strndup (g_bytes_get_size (c.out) ? g_bytes_get_data (c.out, NULL) : "",
                      g_bytes_get_size (c.out));
  r->err = g_strndup (g_bytes_get_size (c.err) ? g_bytes_get_data (c.err, NULL) : "",
                      g_bytes_get_size (c.err));
  g_bytes_unref (c.out);
  g_bytes_unref (c.err);
  r->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

static void
run (Result     *r,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, first);
  for (arg = first; arg; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  runv (r, NULL, 60, (const char **) args->pdata);
}

static char *
fold_space (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
test_version (void)
{
  g_auto(Result) r = { 0 };

  run (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "leukemia-guide " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(Result) r = { 0 };

  run (&r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "--list-topics"));
  g_assert_nonnull (strstr (r.out, "--show=TOPIC[#SECTION]"));
  g_assert_nonnull (strstr (r.out, "--corpus=PATH"));
}

static void
test_list_topics (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(Result) r = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n;

  g_assert_nonnull (corpus);
  run (&r, "--list-topics", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");

  g_assert_true (g_str_has_suffix (r.out, "\n"));
  lines = g_strsplit (r.out, "\n", -1);
  n = g_strv_length (lines) - 1;  /* the output ends with a line break */
  g_assert_cmpstr (lines[n], ==, "");
  g_assert_cmpuint (n, ==, lg_corpus_get_n_topics (corpus));
  g_assert_cmpuint (n, >=, 8);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_cmpstr (fields[0], ==, topic->id);
      g_assert_cmpstr (fields[1], ==, topic->group->id);
      g_assert_cmpstr (fields[2], ==, topic->title->plain);
      g_assert_true (g_hash_table_add (seen, g_strdup (fields[0])));
    }
}

/* The text --show prints, made in this process with the same calls. */
static char *
render (LgCorpus      *corpus,
        const LgTopic *topic,
        const char    *section)
{
  g_autoptr(LgDocument) doc = lg_document_new (corpus, topic, section);

  return lg_document_to_text (doc, 76);
}

/* Every topic and every section, checked in this process; --show itself
 * is run for the first, a middle and the last topic and for one section
 * of each, and must print exactly that text. Starting the app once a
 * section would make this test grow with the guide.
 */
static void
test_show_every_topic_and_section (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *disclaimer = NULL;
  guint n_topics;

  g_assert_nonnull (corpus);
  n_topics = lg_corpus_get_n_topics (corpus);
  disclaimer = fold_space (lg_corpus_get_disclaimer (corpus)->plain);

  for (guint i = 0; i < n_topics; i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      gboolean run_cli = i == 0 || i == n_topics / 2 || i == n_topics - 1;
      g_autofree char *text = render (corpus, topic, NULL);
      g_autofree char *folded = fold_space (text);

      g_assert_true (g_str_has_prefix (text, topic->title->plain));
      /* Text is wrapped: compare with white space folded. */
      g_assert_nonnull (strstr (folded, disclaimer));

      if (run_cli)
        {
          g_auto(Result) r = { 0 };

          run (&r, "--show", topic->id, NULL);
          g_assert_cmpint (r.status, ==, 0);
          g_assert_cmpstr (r.err, ==, "");
          g_assert_cmpstr (r.out, ==, text);
        }

      for (guint s = 0; s < topic->n_sections; s++)
        {
          const char *id = topic->sections[s]->id;
          g_autofree char *heading = g_strdup_printf ("\n%s\n", topic->sections[s]->title->plain);
          g_autofree char *part = render (corpus, topic, id);

          g_assert_nonnull (strstr (text, heading));
          g_assert_nonnull (strstr (part, heading));
          /* Only that section: the others' headings are absent. */
          for (guint o = 0; o < topic->n_sections; o++)
            if (o != s)
              {
                g_autofree char *other = g_strdup_printf ("\n%s\n-", topic->sections[o]->title->plain);
                g_assert_null (strstr (part, other));
              }

          if (run_cli && s == topic->n_sections - 1)
            {
              g_autofree char *what = g_strdup_printf ("%s#%s", topic->id, id);
              g_auto(Result) rs = { 0 };

              run (&rs, "--show", what, NULL);
              g_assert_cmpint (rs.status, ==, 0);
              g_assert_cmpstr (rs.out, ==, part);
            }
        }
    }
}

static void
test_show_unknown (void)
{
  g_auto(Result) r = { 0 };
  g_auto(Result) rs = { 0 };

  run (&r, "--show", "no-such-topic", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "no-such-topic"));
  g_assert_cmpstr (r.out, ==, "");

  run (&rs, "--show", "glossary#no-such-section", NULL);
  g_assert_cmpint (rs.status, ==, 1);
  g_assert_nonnull (strstr (rs.err, "no-such-section"));
}

/* An empty topic, or an empty part of TOPIC#SECTION, is an unknown name
 * like any other: status 1 and a message, never a crash or a warning. */
static void
test_empty_names (void)
{
  static const char *names[] = { "", "#", "#glossary", "glossary#", "##" };
  /* A small guide: what is asked for, not the guide, is under test. */
  g_autofree char *valid = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autofree char *dir = g_dir_make_tmp ("lg-cli-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(Result) show = { 0 };
      g_auto(Result) export = { 0 };

      g_test_message ("name “%s”", names[i]);
      run (&show, "--corpus", valid, "--show", names[i], NULL);
      g_assert_cmpint (show.status, ==, 1);
      g_assert_cmpstr (show.out, ==, "");
      g_assert_true (g_str_has_prefix (show.err, "leukemia-guide: "));
      g_assert_null (strstr (show.err, "CRITICAL"));
      g_assert_null (strstr (show.err, "(null)"));

      run (&export, "--corpus", valid, "--export-pdf", names[i], pdf, NULL);
      g_assert_cmpint (export.status, ==, 1);
      g_assert_true (g_str_has_prefix (export.err, "leukemia-guide: "));
      g_assert_null (strstr (export.err, "CRITICAL"));
      g_assert_null (strstr (export.err, "(null)"));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
  g_rmdir (dir);
}

static gboolean
can_open (const char *path)
{
  int fd = g_open (path, O_WRONLY, 0);

  if (fd < 0)
    return FALSE;
  close (fd);
  return TRUE;
}

static gboolean
is_pdf_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  return g_file_get_contents (path, &data, &len, NULL) && len > 1000 &&
         g_str_has_prefix (data, "%PDF-");
}

/* Nothing but @expected is left in @dir: no temporary file. */
static void
assert_only_files (const char          *dir,
                   const char * const  *expected)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (gdir);
  while ((name = g_dir_read_name (gdir)))
    if (!g_strv_contains (expected, name))
      g_error ("Left in the folder: “%s”", name);
}

static void
export_to (Result     *r,
           const char *dir,
           const char *output)
{
  const char *args[] = { "--export-pdf", "glossary", output, NULL };

  runv (r, dir, 30, args);
}

/* What is at the output path decides how it is written: a file is
 * replaced whole and keeps its permissions, its symbolic link and its
 * hard links; a read-only file and a folder are refused; a device is
 * written to; "-" is standard output; the longest name works. Messages
 * name the path given, never a temporary file. */
static void
test_export_targets (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lg-cli-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "real.pdf", NULL);
  g_autofree char *symbolic = g_build_filename (dir, "link.pdf", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder", NULL);
  g_autofree char *device = g_build_filename (dir, "null", NULL);
  g_autofree char *long_name = g_strnfill (251, 'n');
  g_autofree char *long_path = g_build_filename (dir, long_name, NULL);
  const char *all[] = { "real.pdf", "link.pdf", "hard.pdf", "folder", "null", long_name, NULL };
  GStatBuf before, after;

  /* A symbolic link to a 0600 file: the file is replaced, the link stays. */
  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0600), ==, 0);
  g_assert_cmpint (symlink ("real.pdf", symbolic), ==, 0);
  {
    g_auto(Result) r = { 0 };

    export_to (&r, dir, "link.pdf");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
    g_assert_true (g_file_test (symbolic, G_FILE_TEST_IS_SYMLINK));
    g_assert_true (is_pdf_file (real));
    g_assert_cmpint (g_lstat (real, &after), ==, 0);
    g_assert_cmpint (after.st_mode & 07777, ==, 0600);
  }

  /* A hard link: both names see the new PDF. */
  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (link (real, hard), ==, 0);
  {
    g_auto(Result) r = { 0 };

    g_assert_cmpint (g_stat (real, &before), ==, 0);
    export_to (&r, dir, "hard.pdf");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (is_pdf_file (real));
    g_assert_cmpint (g_stat (real, &after), ==, 0);
    g_assert_cmpuint (after.st_ino, ==, before.st_ino);
    g_assert_cmpuint (after.st_nlink, ==, 2);
  }
  g_unlink (hard);

  /* A read-only file is refused, even for root, and left as it was. */
  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0444), ==, 0);
  {
    g_auto(Result) r = { 0 };
    g_autofree char *data = NULL;

    export_to (&r, dir, "real.pdf");
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "“real.pdf”"));
    g_assert_null (strstr (r.err, ".lg-"));
    g_assert_true (g_file_get_contents (real, &data, NULL, NULL));
    g_assert_cmpstr (data, ==, "old");
  }
  g_assert_cmpint (g_chmod (real, 0644), ==, 0);

  /* A folder is refused. */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  {
    g_auto(Result) r = { 0 };

    export_to (&r, dir, "folder");
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "“folder”"));
    g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  }

  /* A device is written to, not replaced (making one needs root, and a
   * sandbox may make one that cannot be opened). */
  if (mknod (device, S_IFCHR | 0666, makedev (1, 3)) == 0 && can_open (device))
    {
      g_auto(Result) r = { 0 };

      export_to (&r, dir, "null");
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpint (g_lstat (device, &after), ==, 0);
      g_assert_true (S_ISCHR (after.st_mode));
    }
  else
    g_test_message ("no device node: %s", g_strerror (errno));

  /* "-" is standard output; no file of that name is made. */
  {
    g_auto(Result) r = { 0 };

    export_to (&r, dir, "-");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "%PDF-"));
  }

  /* A name of 251 bytes, near the limit of 255, is not made too long by
   * a temporary suffix. */
  {
    g_auto(Result) r = { 0 };

    export_to (&r, dir, long_name);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (is_pdf_file (long_path));
  }

  assert_only_files (dir, all);
  g_unlink (long_path);
  g_unlink (device);
  g_rmdir (folder);
  g_unlink (symbolic);
  g_unlink (real);
  g_rmdir (dir);
}

/* A FIFO no program reads is an error at once, not a wait for ever. */
static void
test_export_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lg-cli-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_auto(Result) r = { 0 };
  gint64 start;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  start = g_get_monotonic_time ();
  export_to (&r, dir, "fifo");
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "“fifo”"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
  g_unlink (fifo);
  g_rmdir (dir);
}

/* Killed while it works, the export leaves no file behind but the whole
 * PDF or nothing. */
static void
test_export_killed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lg-cli-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "all.pdf", NULL);
  const char *only[] = { "all.pdf", NULL };

  for (guint i = 0; i < 4; i++)
    {
      const char *argv[] = { g_getenv ("LG_BINARY"), "--export-pdf", "all", pdf, NULL };
      g_autoptr(GSubprocess) process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE,
                                                          NULL);

      g_assert_nonnull (process);
      g_usleep ((100 + 150 * i) * 1000);
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, NULL);
      assert_only_files (dir, only);
      if (g_file_test (pdf, G_FILE_TEST_EXISTS))
        g_assert_true (is_pdf_file (pdf));
    }
  g_unlink (pdf);
  g_rmdir (dir);
}

/* Bad options end with status 2, as the header of lg-cli.c says, and
 * options that only mean something with --export-pdf are refused
 * without it rather than opening the window. */
static void
test_bad_options (void)
{
  static const char *cases[][3] = {
    { "--no-such-option", NULL }, { "--show", NULL }, { "--section", "x", NULL },
    { "--large-print", NULL }, { "--list-topics", "extra" }, { "--export-pdf", "glossary" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = { 0 };
      const char *args[3] = { cases[i][0], cases[i][1], NULL };

      g_test_message ("%s %s", args[0], args[1] ? args[1] : "");
      runv (&r, NULL, 20, args);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, !=, "");
    }
}

typedef struct
{
  GMainLoop *loop;
  gboolean   appeared;
  gboolean   answered;
  GString   *err;
} FrozenWatch;

static void
on_name_appeared (GDBusConnection *connection,
                  const char      *name,
                  const char      *owner,
                  gpointer         user_data)
{
  FrozenWatch *w = user_data;

  w->appeared = TRUE;
  g_main_loop_quit (w->loop);
}

static void
on_line (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  FrozenWatch *w = user_data;
  g_autofree char *line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (source),
                                                                result, NULL, NULL);

  if (line == NULL)
    {
      g_main_loop_quit (w->loop);
      return;
    }
  g_string_append_printf (w->err, "%s\n", line);
  if (strstr (line, "does not answer") != NULL)
    {
      w->answered = TRUE;
      g_main_loop_quit (w->loop);
      return;
    }
  g_data_input_stream_read_line_async (G_DATA_INPUT_STREAM (source), G_PRIORITY_DEFAULT, NULL,
                                       on_line, w);
}

static gboolean
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

/* A copy of the app that is stopped (SIGSTOP) once held a second one for
 * 25 s, which then failed with "Failed to register". The second now gives
 * up on it after a few seconds and opens its own window. Needs a display
 * and a session bus. */
static void
test_frozen_instance (void)
{
  const char *argv[] = { g_getenv ("LG_BINARY"), NULL };
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GSubprocess) first = NULL, second = NULL;
  g_autoptr(GDataInputStream) err = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GString) messages = g_string_new (NULL);
  FrozenWatch w = { loop, FALSE, FALSE, messages };
  guint watch, timeout;
  gint64 start;

  if ((g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL) ||
      !(bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL)))
    {
      g_test_skip ("needs a display and a session bus");
      return;
    }

  first = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                             G_SUBPROCESS_FLAGS_STDERR_SILENCE, NULL);
  g_assert_nonnull (first);
  watch = g_bus_watch_name_on_connection (bus, APP_ID, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                          on_name_appeared, NULL, &w, NULL);
  timeout = g_timeout_add_seconds (20, quit_loop, loop);
  g_main_loop_run (loop);
  g_source_remove (timeout);
  g_bus_unwatch_name (watch);
  g_assert_true (w.appeared);
  /* Let it finish starting up, then stop it. */
  g_usleep (G_USEC_PER_SEC / 2);
  kill (atoi (g_subprocess_get_identifier (first)), SIGSTOP);

  start = g_get_monotonic_time ();
  second = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                              G_SUBPROCESS_FLAGS_STDERR_PIPE, NULL);
  g_assert_nonnull (second);
  err = g_data_input_stream_new (g_subprocess_get_stderr_pipe (second));
  g_data_input_stream_read_line_async (err, G_PRIORITY_DEFAULT, NULL, on_line, &w);
  timeout = g_timeout_add_seconds (15, quit_loop, loop);
  g_main_loop_run (loop);
  if (w.answered)
    g_source_remove (timeout);
  g_test_message ("the second copy went on alone after %.1f s",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  /* It is still running: it did not fail to register. */
  g_assert_true (w.answered);
  g_assert_null (strstr (messages->str, "Failed to register"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);

  g_subprocess_force_exit (second);
  g_subprocess_wait (second, NULL, NULL);
  kill (atoi (g_subprocess_get_identifier (first)), SIGCONT);
  g_subprocess_force_exit (first);
  g_subprocess_wait (first, NULL, NULL);
}

static void
test_show_literal_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_auto(Result) r = { 0 };

  run (&r, "--corpus", path, "--show", "first", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "First <b>topic</b> & more\n"));
  g_assert_nonnull (strstr (r.out, "Literal <i>tags</i> & chemo"));
}

/* Every invalid corpus fails to load with an error that names its file,
 * checked in this process; the command line is run on every fifth of them
 * and on no-groups.json, and must print exactly that error and exit 2.
 * Starting the app once a fixture would make this test grow with them.
 */
static void
test_bad_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "invalid", NULL);
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0, n_run = 0;

  g_assert_nonnull (gdir);
  while ((name = g_dir_read_name (gdir)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (path, &error);

      g_assert_null (corpus);
      g_assert_nonnull (error);
      /* Every error names the file, except those about the corpus as a whole. */
      if (!g_str_equal (name, "no-groups.json"))
        g_assert_nonnull (strstr (error->message, name));

      if (n % 5 == 0 || g_str_equal (name, "no-groups.json"))
        {
          g_autofree char *expected = g_strdup_printf ("leukemia-guide: the guide could not be loaded: %s\n",
                                                       error->message);
          g_auto(Result) r = { 0 };

          run (&r, "--corpus", path, "--list-topics", NULL);
          g_assert_cmpint (r.status, ==, 2);
          g_assert_cmpstr (r.out, ==, "");
          g_assert_cmpstr (r.err, ==, expected);
          n_run++;
        }
      n++;
    }
  g_test_message ("%u invalid corpora, %u of them through the command line", n, n_run);
  g_assert_cmpuint (n, >=, 15);
  g_assert_cmpuint (n_run, >=, 4);
}

static void
test_missing_corpus (void)
{
  g_auto(Result) r = { 0 };

  run (&r, "--corpus", "/nonexistent/folder", "--show", "anything", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "/nonexistent/folder"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/list-topics", test_list_topics);
  g_test_add_func ("/cli/show/every-topic-and-section", test_show_every_topic_and_section);
  g_test_add_func ("/cli/show/unknown", test_show_unknown);
  g_test_add_func ("/cli/show/literal-text", test_show_literal_text);
  g_test_add_func ("/cli/empty-names", test_empty_names);
  g_test_add_func ("/cli/bad-options", test_bad_options);
  g_test_add_func ("/cli/frozen-instance", test_frozen_instance);
  g_test_add_func ("/cli/export/targets", test_export_targets);
  g_test_add_func ("/cli/export/fifo", test_export_fifo);
  g_test_add_func ("/cli/export/killed", test_export_killed);
  g_test_add_func ("/cli/corpus/invalid", test_bad_corpus);
  g_test_add_func ("/cli/corpus/missing", test_missing_corpus);

  return g_test_run ();
}
