/* test-speech.c: the speech engine against a fake speech-dispatcher
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display and no sound: what the engine sends over SSIP is read back
 * from the fake's log, and the fake's index mark and end events drive
 * the engine as the real service's would.
 */

#include "config.h"

#include <gio/gunixsocketaddress.h>
#include <locale.h>

#include "lg-speech.h"
#include "lg-test-speechd.h"

static LgCorpus *corpus;

static LgCorpus *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "corpus.json", NULL);
  g_autofree char *text = NULL;
  const char *names[] = { "corpus.json" };
  const char *texts[1];
  g_autoptr(GError) error = NULL;
  LgCorpus *loaded;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  texts[0] = text;
  loaded = lg_corpus_new_from_data (names, texts, 1, &error);
  g_assert_no_error (error);
  return loaded;
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Connected;

static void
on_connected (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Connected *c = user_data;

  c->ok = lg_speech_connect_finish (LG_SPEECH (source), result, &c->error);
  c->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Connected *) data)->done;
}

static LgSpeech *
connect_speech (const char *language)
{
  LgSpeech *speech = lg_speech_new (language);
  Connected c = { 0 };

  lg_speech_connect_async (speech, NULL, on_connected, &c);
  lg_fake_speechd_wait (is_done, &c, 10000);
  g_assert_true (c.done);
  g_assert_no_error (c.error);
  g_assert_true (c.ok);
  g_assert_true (lg_speech_is_connected (speech));
  return speech;
}

typedef struct
{
  LgFakeSpeechd *fake;
  const char    *prefix;
  guint          count;
} Logged;

static gboolean
has_logged (gpointer data)
{
  Logged *l = data;

  return lg_fake_speechd_count (l->fake, l->prefix) >= l->count;
}

/* Waits until the fake has logged @count lines starting with @prefix. */
static void
wait_logged (LgFakeSpeechd *fake,
             const char    *prefix,
             guint          count)
{
  Logged l = { fake, prefix, count };

  lg_fake_speechd_wait (has_logged, &l, 5000);
  if (!has_logged (&l))
    {
      g_auto(GStrv) lines = lg_fake_speechd_lines (fake);
      g_autofree char *all = g_strjoinv ("\n", lines);

      g_error ("%u × “%s” not logged; the log:\n%s", count, prefix, all);
    }
}

typedef struct
{
  LgSpeech *speech;
  int       sentence;
  int       state;
} Reached;

static gboolean
has_reached (gpointer data)
{
  Reached *r = data;

  return (r->sentence < 0 || lg_speech_get_sentence (r->speech) >= r->sentence) &&
         (r->state < 0 || (int) lg_speech_get_state (r->speech) == r->state);
}

static void
wait_reached (LgSpeech *speech,
              int       sentence,
              int       state)
{
  Reached r = { speech, sentence, state };

  lg_fake_speechd_wait (has_reached, &r, 5000);
  g_assert_true (has_reached (&r));
}

static LgSpeechScript *
fixture_script (LgDocument **doc)
{
  *doc = lg_document_new (corpus, lg_corpus_find_topic (corpus, "first"), NULL);
  return lg_speech_script_new (*doc, "en");
}

/* The voice speaks the guide's language, which follows the locale; the
 * connection asks for marks, ends and cancels, and SSML. */
static void
test_language (void)
{
  static const struct { const char *language; const char *sent; } cases[] = {
    { "fr_FR.UTF-8", "SET SELF LANGUAGE fr" },
    { "es", "SET SELF LANGUAGE es" },
    { "de:en_GB", "SET SELF LANGUAGE en" },
  };
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.05);
  g_autofree char *old = g_strdup (g_getenv ("LANGUAGE"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LgSpeech) speech = NULL;
      g_autofree char *last = NULL;

      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      speech = connect_speech (NULL);
      last = lg_fake_speechd_last (fake, "SET SELF LANGUAGE");
      g_assert_cmpstr (last, ==, cases[i].sent);
    }
  if (old != NULL)
    g_setenv ("LANGUAGE", old, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  g_assert_cmpuint (lg_fake_speechd_count (fake, "SET SELF CLIENT_NAME"), ==, 3);
  g_assert_cmpuint (lg_fake_speechd_count (fake, "SET SELF NOTIFICATION index_marks on"), ==, 3);
  g_assert_cmpuint (lg_fake_speechd_count (fake, "SET SELF NOTIFICATION end on"), ==, 3);
  g_assert_cmpuint (lg_fake_speechd_count (fake, "SET SELF NOTIFICATION cancel on"), ==, 3);
  g_assert_cmpuint (lg_fake_speechd_count (fake, "SET SELF SSML_MODE on"), ==, 3);
  /* Closing the engine closes its connection. */
  wait_logged (fake, "CLOSED", 3);
  lg_fake_speechd_stop (fake);
}

/* The speed: normal on connecting, then what the reader chooses. */
static void
test_rate (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.05);
  g_autoptr(LgSpeech) speech = connect_speech ("en");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = lg_fake_speechd_last (fake, "SET SELF RATE");
  g_autofree char *slower = NULL;
  g_autofree char *faster = NULL;

  g_assert_cmpstr (first, ==, "SET SELF RATE 0");
  g_assert_true (lg_speech_set_rate (speech, LG_SPEECH_RATE_SLOWER, &error));
  g_assert_no_error (error);
  slower = lg_fake_speechd_last (fake, "SET SELF RATE");
  g_assert_cmpstr (slower, ==, "SET SELF RATE -40");
  g_assert_true (lg_speech_set_rate (speech, LG_SPEECH_RATE_FASTER, &error));
  faster = lg_fake_speechd_last (fake, "SET SELF RATE");
  g_assert_cmpstr (faster, ==, "SET SELF RATE 40");
  g_assert_cmpint (lg_speech_get_rate (speech), ==, LG_SPEECH_RATE_FASTER);

  g_clear_object (&speech);
  lg_fake_speechd_stop (fake);
}

/* A whole topic: each section is one message of sentences without
 * markup or link targets, with a mark before each; the marks move the
 * sentence on, one by one, and each end sends the next section. */
static void
test_read_through (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.01);
  g_autoptr(LgSpeech) speech = connect_speech ("en");
  g_autoptr(LgDocument) doc = NULL;
  LgSpeechScript *script = fixture_script (&doc);
  guint n_sections = lg_speech_script_get_n_sections (script);
  guint n_sentences = lg_speech_script_get_n_sentences (script);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint data = 0;

  g_assert_true (lg_speech_read (speech, script, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_SPEAKING);
  {
    g_autofree char *priority = lg_fake_speechd_last (fake, "SET SELF PRIORITY");

    g_assert_cmpstr (priority, ==, "SET SELF PRIORITY TEXT");
  }

  wait_reached (speech, -1, LG_SPEECH_IDLE);
  g_assert_cmpint (lg_speech_get_sentence (speech), ==, -1);
  g_assert_null (lg_speech_get_script (speech));
  /* Read to the end: nothing was cancelled. */
  g_assert_cmpuint (lg_fake_speechd_count (fake, "CANCEL"), ==, 0);

  lines = lg_fake_speechd_lines (fake);
  for (guint i = 0; lines[i]; i++)
    {
      if (!g_str_has_prefix (lines[i], "DATA "))
        continue;
      data++;
      g_assert_null (strstr (lines[i], "https"));
      g_assert_null (strstr (lines[i], "example.org"));
      g_assert_null (strstr (lines[i], "tel:"));
      g_assert_null (strstr (lines[i], "**"));
      g_assert_null (strstr (lines[i], "<b>"));
      g_assert_nonnull (strstr (lines[i], "<speak><s><mark name=\"s"));
    }
  g_assert_cmpuint (data, ==, n_sections);
  {
    g_autofree char *first = NULL;

    for (guint i = 0; lines[i] && first == NULL; i++)
      if (g_str_has_prefix (lines[i], "DATA "))
        first = g_strdup (lines[i]);
    g_assert_nonnull (strstr (first, "<s><mark name=\"s0\"/>First &lt;b&gt;topic&lt;/b&gt; and more.</s>"));
    g_assert_nonnull (strstr (first, "A summary with a link and strong text."));
  }
  {
    g_autofree char *last_mark = lg_fake_speechd_last (fake, "EVENT index_marks");
    g_autofree char *expected = g_strdup_printf ("s%u", n_sentences - 1);

    g_assert_true (g_str_has_suffix (last_mark, expected));
  }

  g_clear_object (&speech);
  lg_fake_speechd_stop (fake);
}

static void
count_sentence (GObject    *object,
                GParamSpec *pspec,
                gpointer    user_data)
{
  GArray *seen = user_data;
  int sentence = lg_speech_get_sentence (LG_SPEECH (object));

  g_array_append_val (seen, sentence);
}

/* The sentence follows the marks one by one, none skipped. */
static void
test_sentence_order (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.01);
  g_autoptr(LgSpeech) speech = connect_speech ("en");
  g_autoptr(LgDocument) doc = NULL;
  LgSpeechScript *script = fixture_script (&doc);
  guint n_sentences = lg_speech_script_get_n_sentences (script);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (int));

  g_signal_connect (speech, "notify::sentence", G_CALLBACK (count_sentence), seen);
  g_assert_true (lg_speech_read (speech, script, 0, NULL));
  wait_reached (speech, -1, LG_SPEECH_IDLE);

  g_assert_cmpuint (seen->len, ==, n_sentences + 1);
  for (guint i = 0; i < n_sentences; i++)
    g_assert_cmpint (g_array_index (seen, int, i), ==, (int) i);
  g_assert_cmpint (g_array_index (seen, int, n_sentences), ==, -1);

  g_clear_object (&speech);
  lg_fake_speechd_stop (fake);
}

/* Pause holds the reading at a sentence; resume goes on from there. */
static void
test_pause_resume (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.2);
  g_autoptr(LgSpeech) speech = connect_speech ("en");
  g_autoptr(LgDocument) doc = NULL;
  LgSpeechScript *script = fixture_script (&doc);
  g_autoptr(GError) error = NULL;
  int held;

  g_assert_true (lg_speech_read (speech, script, 0, NULL));
  wait_reached (speech, 1, -1);
  g_assert_true (lg_speech_pause (speech, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_PAUSED);
  wait_logged (fake, "PAUSE SELF", 1);
  /* A mark already on its way may still come in. */
  {
    Reached settle = { speech, G_MAXINT, -1 };

    lg_fake_speechd_wait (has_reached, &settle, 300);
  }
  held = lg_speech_get_sentence (speech);
  {
    Reached later = { speech, held + 1, -1 };

    lg_fake_speechd_wait (has_reached, &later, 700);
  }
  g_assert_cmpint (lg_speech_get_sentence (speech), ==, held);

  g_assert_true (lg_speech_resume (speech, &error));
  g_assert_no_error (error);
  wait_logged (fake, "RESUME SELF", 1);
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_SPEAKING);
  wait_reached (speech, held + 1, LG_SPEECH_SPEAKING);

  lg_speech_stop (speech);
  g_clear_object (&speech);
  lg_fake_speechd_stop (fake);
}

static char *
first_mark (const char *data)
{
  const char *mark = strstr (data, "<mark name=\"");

  g_assert_nonnull (mark);
  mark += strlen ("<mark name=\"");
  return g_strndup (mark, strchr (mark, '"') - mark);
}

/* Next and previous cancel what is said and send another section from
 * its start; stop cancels and forgets. */
static void
test_skip_and_stop (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.3);
  g_autoptr(LgSpeech) speech = connect_speech ("en");
  g_autoptr(LgDocument) doc = NULL;
  g_autoptr(LgDocument) doc2 = NULL;
  g_autoptr(LgDocument) doc3 = NULL;
  LgSpeechScript *script = fixture_script (&doc);
  guint second = lg_speech_script_get_section (script, 1)->first;
  g_autofree char *expected = g_strdup_printf ("s%u", second);
  g_autoptr(GError) error = NULL;

  g_assert_true (lg_speech_read (speech, script, 0, NULL));
  wait_reached (speech, 0, LG_SPEECH_SPEAKING);
  wait_logged (fake, "DATA", 1);

  g_assert_true (lg_speech_skip (speech, 1, &error));
  g_assert_no_error (error);
  wait_logged (fake, "CANCEL SELF", 1);
  wait_logged (fake, "DATA", 2);
  {
    g_autofree char *data = lg_fake_speechd_last (fake, "DATA");
    g_autofree char *mark = first_mark (data);

    g_assert_cmpstr (mark, ==, expected);
  }
  g_assert_cmpint (lg_speech_get_section (speech), ==, 1);
  g_assert_cmpint (lg_speech_get_sentence (speech), ==, (int) second);
  /* The cancelled message's late events change nothing. */
  wait_logged (fake, "EVENT cancel", 1);
  wait_reached (speech, second + 1, LG_SPEECH_SPEAKING);
  g_assert_cmpint (lg_speech_get_section (speech), ==, 1);

  g_assert_true (lg_speech_skip (speech, -1, &error));
  wait_logged (fake, "CANCEL SELF", 2);
  wait_logged (fake, "DATA", 3);
  {
    g_autofree char *data = lg_fake_speechd_last (fake, "DATA");
    g_autofree char *mark = first_mark (data);

    g_assert_cmpstr (mark, ==, "s0");
  }
  g_assert_cmpint (lg_speech_get_section (speech), ==, 0);

  /* Previous at the first section stays there. */
  g_assert_true (lg_speech_skip (speech, -1, &error));
  wait_logged (fake, "DATA", 4);
  g_assert_cmpint (lg_speech_get_section (speech), ==, 0);

  lg_speech_stop (speech);
  wait_logged (fake, "CANCEL SELF", 4);
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_IDLE);
  g_assert_cmpint (lg_speech_get_sentence (speech), ==, -1);
  {
    Reached never = { speech, 0, -1 };

    lg_fake_speechd_wait (has_reached, &never, 500);
    g_assert_cmpint (lg_speech_get_sentence (speech), ==, -1);
  }
  /* Paused, then stopped: the client is resumed, so that the next
   * reading is not held. */
  g_assert_true (lg_speech_read (speech, fixture_script (&doc2), 0, NULL));
  g_assert_true (lg_speech_pause (speech, NULL));
  lg_speech_stop (speech);
  wait_logged (fake, "RESUME SELF", 1);
  /* Past the last section, reading stops. */
  g_assert_true (lg_speech_read (speech, fixture_script (&doc3), 2, NULL));
  g_assert_true (lg_speech_skip (speech, 1, NULL));
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_IDLE);

  g_clear_object (&speech);
  lg_fake_speechd_stop (fake);
}

/* Another client's message (a screen reader's) cancels ours: reading
 * waits at its sentence, and resume reads that sentence again. */
static void
test_interrupted (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.2);
  g_autoptr(LgSpeech) speech = connect_speech ("en");
  g_autoptr(LgDocument) doc = NULL;
  LgSpeechScript *script = fixture_script (&doc);
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (fake->socket);
  g_autoptr(GSocketConnection) other = NULL;
  g_autoptr(GError) error = NULL;
  int at;

  g_assert_true (lg_speech_read (speech, script, 0, NULL));
  wait_reached (speech, 1, LG_SPEECH_SPEAKING);

  other = g_socket_client_connect (client, G_SOCKET_CONNECTABLE (address), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (other)),
                                            "CANCEL ALL\r\n", 12, NULL, NULL, &error));
  wait_reached (speech, -1, LG_SPEECH_PAUSED);
  at = lg_speech_get_sentence (speech);
  g_assert_cmpint (at, >=, 1);

  g_assert_true (lg_speech_resume (speech, &error));
  g_assert_no_error (error);
  wait_logged (fake, "DATA", 2);
  {
    g_autofree char *data = lg_fake_speechd_last (fake, "DATA");
    g_autofree char *mark = first_mark (data);
    g_autofree char *expected = g_strdup_printf ("s%d", at);

    g_assert_cmpstr (mark, ==, expected);
  }
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_SPEAKING);

  lg_speech_stop (speech);
  g_io_stream_close (G_IO_STREAM (other), NULL, NULL);
  g_clear_object (&speech);
  lg_fake_speechd_stop (fake);
}

/* No service: a socket file nobody listens on, or no socket at all. The
 * reader gets one sentence on how to get the service, at once. */
static void
test_missing_service (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lg-speechd-XXXXXX", NULL);
  g_autofree char *dead = g_build_filename (dir, "dead.sock", NULL);
  g_autofree char *none = g_build_filename (dir, "none.sock", NULL);
  g_autoptr(GSocket) sock = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                                          G_SOCKET_PROTOCOL_DEFAULT, NULL);
  g_autoptr(GSocketAddress) bound = g_unix_socket_address_new (dead);
  const char *paths[] = { dead, none };

  /* Bound but not listening: connecting is refused. */
  g_assert_true (g_socket_bind (sock, bound, FALSE, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *address = g_strconcat ("unix_socket:", paths[i], NULL);
      g_autoptr(LgSpeech) speech = lg_speech_new ("en");
      Connected c = { 0 };
      gint64 start;

      g_setenv ("SPEECHD_ADDRESS", address, TRUE);
      start = g_get_monotonic_time ();
      lg_speech_connect_async (speech, NULL, on_connected, &c);
      lg_fake_speechd_wait (is_done, &c, 5000);
      g_assert_true (c.done);
      g_test_message ("%s: %" G_GINT64_FORMAT " ms", paths[i], (g_get_monotonic_time () - start) / 1000);
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC * lg_test_time_factor ());
      g_assert_false (c.ok);
      g_assert_error (c.error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_UNAVAILABLE);
      g_assert_nonnull (strstr (c.error->message, "speech-dispatcher"));
      /* One sentence. */
      g_assert_true (g_str_has_suffix (c.error->message, "."));
      g_assert_null (strstr (c.error->message, ". "));
      g_clear_error (&c.error);
      g_assert_false (lg_speech_is_connected (speech));
      {
        g_autoptr(LgDocument) doc = NULL;
        g_autoptr(GError) error = NULL;

        g_assert_false (lg_speech_read (speech, fixture_script (&doc), 0, &error));
        g_assert_error (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_UNAVAILABLE);
      }
    }
  g_unsetenv ("SPEECHD_ADDRESS");
  g_socket_close (sock, NULL);
  g_unlink (dead);
  g_rmdir (dir);
}

/* A service that takes the connection and then answers nothing: the
 * reader is told it is missing when connecting times out, rather than
 * waiting for ever. */
static void
test_service_not_answering (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start_full (0.05, TRUE);
  g_autoptr(LgSpeech) speech = lg_speech_new ("en");
  Connected c = { 0 };
  gint64 start = g_get_monotonic_time ();

  g_setenv ("LG_SPEECH_CONNECT_TIMEOUT_MS", "300", TRUE);
  lg_speech_connect_async (speech, NULL, on_connected, &c);
  lg_fake_speechd_wait (is_done, &c, 5000);
  g_unsetenv ("LG_SPEECH_CONNECT_TIMEOUT_MS");
  g_assert_true (c.done);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC * lg_test_time_factor ());
  g_assert_error (c.error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_UNAVAILABLE);
  g_assert_nonnull (strstr (c.error->message, "speech-dispatcher"));
  g_clear_error (&c.error);
  g_assert_false (lg_speech_is_connected (speech));
  /* The fake saw the connection: it was not answered. */
  wait_logged (fake, "SET SELF CLIENT_NAME", 1);

  g_clear_object (&speech);
  /* Its going ends the connection the worker still waits on. */
  lg_fake_speechd_stop (fake);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  if (!lg_speech_is_available ())
    {
      /* The one thing to check: the button's explanation. */
      g_autoptr(LgSpeech) speech = lg_speech_new ("en");
      Connected c = { 0 };

      lg_speech_connect_async (speech, NULL, on_connected, &c);
      lg_fake_speechd_wait (is_done, &c, 5000);
      g_assert_true (c.done);
      g_assert_error (c.error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_NOT_BUILT);
      g_assert_cmpstr (c.error->message, ==, "This copy of Leukemia Guide was built without read aloud.");
      g_clear_error (&c.error);
      g_print ("Built without read aloud (-Dspeech=disabled): the rest is skipped\n");
      return 77;
    }
  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_EXISTS) &&
      g_find_program_in_path ("python3") == NULL)
    {
      g_print ("python3 is needed for the fake speech service\n");
      return 77;
    }
  corpus = load_fixture ();

  g_test_add_func ("/speech/language", test_language);
  g_test_add_func ("/speech/rate", test_rate);
  g_test_add_func ("/speech/read-through", test_read_through);
  g_test_add_func ("/speech/sentence-order", test_sentence_order);
  g_test_add_func ("/speech/pause-resume", test_pause_resume);
  g_test_add_func ("/speech/skip-and-stop", test_skip_and_stop);
  g_test_add_func ("/speech/interrupted", test_interrupted);
  g_test_add_func ("/speech/missing-service", test_missing_service);
  g_test_add_func ("/speech/service-not-answering", test_service_not_answering);

  status = g_test_run ();
  g_object_unref (corpus);
  return status;
}
