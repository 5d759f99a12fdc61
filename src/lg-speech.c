/* lg-speech.c: reading a topic aloud through the system's speech service
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LgSpeech talks to speech-dispatcher through its client library,
 * libspeechd, the layer Orca uses, so the reader's own voice settings
 * apply and nothing leaves the computer. The service's address is
 * libspeechd's choice: SPEECHD_ADDRESS if it is set (tests point it at
 * a fake server), otherwise the user's socket. The library is started
 * on it only when that is not set and not inside Flatpak, where the
 * host's service must already be running.
 *
 * A topic is read a section at a time: each section is one SSML message
 * with a mark before each sentence. The service reports each mark as it
 * reaches it, the end of a message and its cancelling from a thread of
 * libspeechd's; those reports are passed to the main context, where the
 * next section is sent when one ends. Pausing takes effect at the next
 * mark, so a pause falls between sentences. The messages have the
 * priority of text, which a screen reader's messages interrupt: when
 * Orca speaks, reading stops where it was and can be resumed from that
 * sentence, so nobody is read to twice.
 *
 * Built without libspeechd (-Dspeech=disabled), the same API reports
 * that read aloud is not part of this build.
 */

#define G_LOG_DOMAIN "lg-speech"

#include "config.h"

#include <glib/gi18n-lib.h>

#ifdef HAVE_SPEECH
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <libspeechd.h>
#endif

#include "lg-speech.h"

/* How long connecting may take before the service counts as missing;
 * LG_SPEECH_CONNECT_TIMEOUT_MS shortens it for the tests. */
#define CONNECT_TIMEOUT_MS 3000

static guint
connect_timeout_ms (void)
{
  const char *value = g_getenv ("LG_SPEECH_CONNECT_TIMEOUT_MS");
  guint64 ms;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 1, CONNECT_TIMEOUT_MS, &ms, NULL))
    return ms;
  return CONNECT_TIMEOUT_MS;
}

struct _LgSpeech
{
  GObject          parent_instance;

  char            *language;
  LgSpeechRate     rate;
  LgSpeechState    state;
  LgSpeechScript  *script;
  int              section;     /* being read, or -1 */
  int              sentence;    /* being read, or -1 */
  gsize            message;     /* the service's id of the section sent, or 0 */
  gboolean         interrupted; /* cancelled by someone else: resume resends */
  GMainContext    *context;
  gboolean         connecting;
#ifdef HAVE_SPEECH
  SPDConnection   *connection;
  int              client_id;
#endif
};

G_DEFINE_FINAL_TYPE (LgSpeech, lg_speech, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_SENTENCE,
  PROP_RATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (lg-speech-error-quark, lg_speech_error)

/**
 * lg_speech_is_available:
 *
 * Returns: whether this build can read aloud at all
 */
gboolean
lg_speech_is_available (void)
{
#ifdef HAVE_SPEECH
  return TRUE;
#else
  return FALSE;
#endif
}

/**
 * lg_speech_rate_to_voice_rate:
 * @rate: a speed
 *
 * Returns: the speech service's rate for @rate, from -100 to 100
 */
int
lg_speech_rate_to_voice_rate (LgSpeechRate rate)
{
  switch (rate)
    {
    case LG_SPEECH_RATE_SLOWER:
      return -40;
    case LG_SPEECH_RATE_FASTER:
      return 40;
    case LG_SPEECH_RATE_NORMAL:
    default:
      return 0;
    }
}

static void
set_state (LgSpeech      *self,
           LgSpeechState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_sentence (LgSpeech *self,
              int       sentence)
{
  if (self->sentence == sentence)
    return;
  self->sentence = sentence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENTENCE]);
}

static gboolean
not_connected (GError **error)
{
  if (!lg_speech_is_available ())
    g_set_error_literal (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_NOT_BUILT,
                         _("This copy of Leukemia Guide was built without read aloud."));
  else
    g_set_error_literal (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_UNAVAILABLE,
                         _("Read aloud is not connected to the speech service."));
  return FALSE;
}

/* The one sentence that says how to get the speech service. */
static void
set_missing_service_error (GError **error)
{
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    g_set_error_literal (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_UNAVAILABLE,
                         _("Read aloud needs the computer’s speech service: install "
                           "speech-dispatcher on the computer and start it with "
                           "“speech-dispatcher -d”."));
  else
    g_set_error_literal (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_UNAVAILABLE,
                         _("Read aloud needs the speech service: install the "
                           "speech-dispatcher package from your software centre "
                           "and try again."));
}

#ifdef HAVE_SPEECH

/* Connections by their client id, for the callbacks, which libspeechd
 * calls with no data of ours. */
static GMutex registry_lock;
static GHashTable *registry;  /* client id → GWeakRef to an LgSpeech */

typedef struct
{
  LgSpeech            *self;
  SPDNotificationType  type;
  gsize                message;
  char                *mark;
} Event;

static void
event_free (gpointer data)
{
  Event *event = data;

  g_object_unref (event->self);
  g_free (event->mark);
  g_free (event);
}

static gboolean speak_section (LgSpeech  *self,
                               guint      section,
                               guint      from,
                               GError   **error);

static gboolean
dispatch_event (gpointer data)
{
  Event *event = data;
  LgSpeech *self = event->self;
  guint sentence;

  /* Reports on a section that was stopped or replaced come late: only
   * the one being read counts. */
  if (self->script == NULL || event->message != self->message)
    return G_SOURCE_REMOVE;

  switch (event->type)
    {
    case SPD_EVENT_INDEX_MARK:
      if (lg_speech_text_parse_mark (event->mark, &sentence) &&
          sentence < lg_speech_script_get_n_sentences (self->script))
        set_sentence (self, sentence);
      break;

    case SPD_EVENT_END:
      if (self->section + 1 < (int) lg_speech_script_get_n_sections (self->script))
        {
          g_autoptr(GError) error = NULL;

          if (!speak_section (self, self->section + 1, 0, &error))
            {
              g_warning ("Could not read on: %s", error->message);
              lg_speech_stop (self);
            }
        }
      else
        {
          /* The end of the topic: nothing is left to cancel. */
          self->message = 0;
          set_state (self, LG_SPEECH_IDLE);
          lg_speech_stop (self);
        }
      break;

    case SPD_EVENT_CANCEL:
      /* Someone else's message, such as a screen reader's, took over:
       * wait where we were. */
      self->message = 0;
      self->interrupted = TRUE;
      set_state (self, LG_SPEECH_PAUSED);
      break;

    case SPD_EVENT_BEGIN:
    case SPD_EVENT_PAUSE:
    case SPD_EVENT_RESUME:
    default:
      break;
    }
  return G_SOURCE_REMOVE;
}

/* Called on libspeechd's thread. */
static void
post_event (size_t               message,
            size_t               client_id,
            SPDNotificationType  type,
            const char          *mark)
{
  GWeakRef *ref;
  LgSpeech *self = NULL;
  int old_state;

  /* spd_close() cancels this thread; not in the middle of GLib. */
  pthread_setcancelstate (PTHREAD_CANCEL_DISABLE, &old_state);
  g_mutex_lock (&registry_lock);
  if (registry != NULL &&
      (ref = g_hash_table_lookup (registry, GSIZE_TO_POINTER (client_id))) != NULL)
    self = g_weak_ref_get (ref);
  g_mutex_unlock (&registry_lock);

  if (self != NULL)
    {
      Event *event = g_new0 (Event, 1);
      /* Always through a source: invoking could run it on this thread
       * when the main context happens to be free. */
      GSource *source = g_idle_source_new ();

      event->self = self;
      event->type = type;
      event->message = message;
      event->mark = g_strdup (mark);
      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, dispatch_event, event, event_free);
      g_source_attach (source, self->context);
      g_source_unref (source);
    }
  pthread_setcancelstate (old_state, NULL);
}

static void
on_event (size_t              message,
          size_t              client_id,
          SPDNotificationType type)
{
  post_event (message, client_id, type, NULL);
}

static void
on_mark (size_t               message,
         size_t               client_id,
         SPDNotificationType  type,
         char                *mark)
{
  post_event (message, client_id, type, mark);
}

static void
unregister (LgSpeech *self)
{
  g_mutex_lock (&registry_lock);
  if (registry != NULL)
    g_hash_table_remove (registry, GINT_TO_POINTER (self->client_id));
  g_mutex_unlock (&registry_lock);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

typedef struct
{
  SPDConnection *connection;
  int            client_id;
  char          *error;
} Opened;

static void
opened_free (gpointer data)
{
  Opened *opened = data;

  if (opened->connection != NULL)
    spd_close (opened->connection);
  g_free (opened->error);
  g_free (opened);
}

/* Whether a service's socket named by SPEECHD_ADDRESS (unix_socket:PATH)
 * takes connections. Asked first, because libspeechd keeps two strings of
 * every address it fails to reach. */
static gboolean
named_socket_is_dead (void)
{
  const char *address = g_getenv ("SPEECHD_ADDRESS");
  struct sockaddr_un sa = { .sun_family = AF_UNIX };
  const char *path;
  gboolean dead;
  int fd;

  if (address == NULL || !g_str_has_prefix (address, "unix_socket:"))
    return FALSE;
  path = address + strlen ("unix_socket:");
  if (strlen (path) >= sizeof sa.sun_path)
    return FALSE;
  memcpy (sa.sun_path, path, strlen (path) + 1);
  fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  dead = connect (fd, (struct sockaddr *) &sa, sizeof sa) != 0;
  close (fd);
  return dead;
}

/* On a worker thread: connecting and the first settings wait for the
 * service's answers. */
static void
open_in_thread (GTask        *task,
                gpointer      source_object G_GNUC_UNUSED,
                gpointer      task_data G_GNUC_UNUSED,
                GCancellable *cancellable G_GNUC_UNUSED)
{
  Opened *opened = g_new0 (Opened, 1);
  char *error = NULL;
  /* libspeechd starts the service itself when it is installed, on the
   * user's own socket and outside Flatpak. */
  gboolean autospawn = g_getenv ("SPEECHD_ADDRESS") == NULL &&
                       !g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);

  if (named_socket_is_dead ())
    {
      opened->error = g_strdup ("nothing answers at SPEECHD_ADDRESS");
      g_task_return_pointer (task, opened, opened_free);
      return;
    }
  opened->connection = spd_open2 ("leukemia-guide", "read-aloud", NULL, SPD_MODE_THREADED,
                                  NULL, autospawn, &error);
  if (opened->connection == NULL)
    {
      opened->error = g_strdup (error != NULL ? error : "no connection");
      free (error);
      g_task_return_pointer (task, opened, opened_free);
      return;
    }
  /* spd_get_client_id() reads a reply that a connection closed under it
   * does not have; asked here, a dead service is an error, not a crash. */
  {
    char *reply = NULL;

    if (spd_execute_command_with_reply (opened->connection, "HISTORY GET CLIENT_ID", &reply) != 0 ||
        reply == NULL || strlen (reply) < 5 || reply[3] != '-')
      {
        opened->error = g_strdup ("the service did not give this connection an id");
        free (reply);
        g_task_return_pointer (task, opened, opened_free);
        return;
      }
    opened->client_id = (int) g_ascii_strtoll (reply + 4, NULL, 10);
    free (reply);
  }
  if (spd_set_notification_on (opened->connection, SPD_INDEX_MARKS) != 0 ||
      spd_set_notification_on (opened->connection, SPD_END) != 0 ||
      spd_set_notification_on (opened->connection, SPD_CANCEL) != 0 ||
      spd_set_data_mode (opened->connection, SPD_DATA_SSML) != 0)
    opened->error = g_strdup ("the service refused the settings read aloud needs");
  g_task_return_pointer (task, opened, opened_free);
}

static gboolean
apply_voice (LgSpeech  *self,
             GError   **error)
{
  if (spd_set_language (self->connection, self->language) != 0 ||
      spd_set_voice_rate (self->connection, lg_speech_rate_to_voice_rate (self->rate)) != 0)
    {
      g_set_error (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_FAILED,
                   "The speech service refused the language “%s” or the speed", self->language);
      return FALSE;
    }
  return TRUE;
}

#endif /* HAVE_SPEECH */

/* The outer task of a connection: finished by the worker or by the
 * timeout, whichever comes first. */
typedef struct
{
  GTask *task;
  guint  timeout;
} Connect;

static gboolean
connect_timed_out (gpointer user_data)
{
  GTask *task = user_data;
  LgSpeech *self = g_task_get_source_object (task);
  GError *error = NULL;

  self->connecting = FALSE;
  set_missing_service_error (&error);
  g_debug ("The speech service did not answer within %u ms", connect_timeout_ms ());
  g_task_set_task_data (task, NULL, NULL);
  g_task_return_error (task, error);
  return G_SOURCE_REMOVE;
}

#ifdef HAVE_SPEECH
static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  LgSpeech *self = LG_SPEECH (source);
  Opened *opened = g_task_propagate_pointer (G_TASK (result), NULL);
  g_autoptr(GError) error = NULL;
  guint *timeout = g_task_get_task_data (outer);

  /* Too late: the caller has already been told the service is missing. */
  if (timeout == NULL || g_task_get_completed (outer))
    {
      opened_free (opened);
      return;
    }
  g_source_remove (*timeout);
  self->connecting = FALSE;

  if (opened->connection == NULL || opened->error != NULL)
    {
      g_debug ("Could not connect to the speech service: %s", opened->error);
      set_missing_service_error (&error);
      opened_free (opened);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  self->connection = g_steal_pointer (&opened->connection);
  self->client_id = opened->client_id;
  opened_free (opened);

  g_mutex_lock (&registry_lock);
  if (registry == NULL)
    registry = g_hash_table_new_full (NULL, NULL, NULL, weak_ref_free);
  {
    GWeakRef *ref = g_new0 (GWeakRef, 1);

    g_weak_ref_init (ref, self);
    g_hash_table_insert (registry, GINT_TO_POINTER (self->client_id), ref);
  }
  g_mutex_unlock (&registry_lock);
  /* Through void (*) (void): newer libspeechd versions may declare the
   * mark const. */
  self->connection->callback_im = (SPDCallbackIM) (void (*) (void)) on_mark;
  self->connection->callback_end = on_event;
  self->connection->callback_cancel = on_event;

  if (!apply_voice (self, &error))
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (outer, TRUE);
}
#endif

/**
 * lg_speech_connect_async:
 * @self: a #LgSpeech
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when connected, or when it failed
 * @user_data: data for @callback
 *
 * Connects to the speech service without blocking; a service that is
 * missing fails at once, one that does not answer within a few seconds
 * fails then.
 */
void
lg_speech_connect_async (LgSpeech            *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LG_IS_SPEECH (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lg_speech_connect_async);

#ifdef HAVE_SPEECH
  if (self->connection != NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  {
    g_autoptr(GTask) inner = g_task_new (self, NULL, on_opened, g_object_ref (task));
    guint *timeout = g_new (guint, 1);

    self->connecting = TRUE;
    *timeout = g_timeout_add_full (G_PRIORITY_DEFAULT, connect_timeout_ms (), connect_timed_out,
                                   g_object_ref (task), g_object_unref);
    g_task_set_task_data (task, timeout, g_free);
    g_task_run_in_thread (inner, open_in_thread);
  }
#else
  (void) connect_timed_out;
  g_task_return_new_error (task, LG_SPEECH_ERROR, LG_SPEECH_ERROR_NOT_BUILT, "%s",
                           _("This copy of Leukemia Guide was built without read aloud."));
#endif
}

gboolean
lg_speech_connect_finish (LgSpeech      *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
lg_speech_is_connected (LgSpeech *self)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), FALSE);
#ifdef HAVE_SPEECH
  return self->connection != NULL;
#else
  return FALSE;
#endif
}

#ifdef HAVE_SPEECH
/* Sends @section from sentence @from on, in place of whatever was sent. */
static gboolean
speak_section (LgSpeech  *self,
               guint      section,
               guint      from,
               GError   **error)
{
  g_autofree char *ssml = lg_speech_script_section_ssml (self->script, section, from);
  int id;

  self->section = section;
  self->interrupted = FALSE;
  id = spd_say (self->connection, SPD_TEXT, ssml);
  if (id < 0)
    {
      self->message = 0;
      g_set_error_literal (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_FAILED,
                           _("The speech service did not accept the text."));
      return FALSE;
    }
  self->message = id;
  set_sentence (self, MAX (from, lg_speech_script_get_section (self->script, section)->first));
  set_state (self, LG_SPEECH_SPEAKING);
  return TRUE;
}

/* Stops what is being said, and forgets it. */
static void
cancel_message (LgSpeech *self)
{
  self->message = 0;
  spd_cancel (self->connection);
  /* The service keeps a paused client paused: the next section would
   * wait for a resume that never comes. */
  if (self->state == LG_SPEECH_PAUSED && !self->interrupted)
    spd_resume (self->connection);
}
#endif

/**
 * lg_speech_read:
 * @self: a connected #LgSpeech
 * @script: (transfer full): what to read
 * @section: the section to start at
 * @error: return location for a #GError
 *
 * Reads @script from @section to its end, in place of what was being
 * read.
 *
 * Returns: %TRUE if the service took it
 */
gboolean
lg_speech_read (LgSpeech        *self,
                LgSpeechScript  *script,
                guint            section,
                GError         **error)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), FALSE);
  g_return_val_if_fail (script != NULL, FALSE);

  if (!lg_speech_is_connected (self))
    {
      lg_speech_script_free (script);
      return not_connected (error);
    }
#ifdef HAVE_SPEECH
  if (self->state != LG_SPEECH_IDLE)
    cancel_message (self);
  lg_speech_script_free (self->script);
  self->script = script;
  if (lg_speech_script_get_n_sections (script) == 0)
    {
      lg_speech_stop (self);
      return TRUE;
    }
  section = MIN (section, lg_speech_script_get_n_sections (script) - 1);
  if (!speak_section (self, section, 0, error))
    {
      lg_speech_stop (self);
      return FALSE;
    }
#else
  (void) section;
#endif
  return TRUE;
}

/**
 * lg_speech_pause:
 * @self: a #LgSpeech
 * @error: return location for a #GError
 *
 * Pauses at the end of the sentence being read.
 */
gboolean
lg_speech_pause (LgSpeech  *self,
                 GError   **error)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), FALSE);

  if (!lg_speech_is_connected (self))
    return not_connected (error);
#ifdef HAVE_SPEECH
  if (self->state != LG_SPEECH_SPEAKING)
    return TRUE;
  if (spd_pause (self->connection) != 0)
    {
      g_set_error_literal (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_FAILED,
                           _("The speech service could not pause."));
      return FALSE;
    }
  set_state (self, LG_SPEECH_PAUSED);
#endif
  return TRUE;
}

/**
 * lg_speech_resume:
 * @self: a #LgSpeech
 * @error: return location for a #GError
 *
 * Reads on from where it paused, or from the sentence it was reading
 * when something else interrupted it.
 */
gboolean
lg_speech_resume (LgSpeech  *self,
                  GError   **error)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), FALSE);

  if (!lg_speech_is_connected (self))
    return not_connected (error);
#ifdef HAVE_SPEECH
  if (self->state != LG_SPEECH_PAUSED)
    return TRUE;
  if (self->interrupted)
    return speak_section (self, self->section, MAX (self->sentence, 0), error);
  if (spd_resume (self->connection) != 0)
    {
      g_set_error_literal (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_FAILED,
                           _("The speech service could not resume."));
      return FALSE;
    }
  set_state (self, LG_SPEECH_SPEAKING);
#endif
  return TRUE;
}

/**
 * lg_speech_skip:
 * @self: a #LgSpeech
 * @delta: 1 for the next section, -1 for the previous one
 * @error: return location for a #GError
 *
 * Reads from the start of another section; past the last one, reading
 * stops.
 */
gboolean
lg_speech_skip (LgSpeech  *self,
                int        delta,
                GError   **error)
{
  int target;

  g_return_val_if_fail (LG_IS_SPEECH (self), FALSE);

  if (!lg_speech_is_connected (self))
    return not_connected (error);
  if (self->script == NULL || self->state == LG_SPEECH_IDLE)
    return TRUE;
  target = MAX (self->section + delta, 0);
  if (target >= (int) lg_speech_script_get_n_sections (self->script))
    {
      lg_speech_stop (self);
      return TRUE;
    }
#ifdef HAVE_SPEECH
  cancel_message (self);
  if (!speak_section (self, target, 0, error))
    {
      lg_speech_stop (self);
      return FALSE;
    }
#endif
  return TRUE;
}

/**
 * lg_speech_stop:
 * @self: a #LgSpeech
 *
 * Stops reading and forgets the script.
 */
void
lg_speech_stop (LgSpeech *self)
{
  g_return_if_fail (LG_IS_SPEECH (self));

#ifdef HAVE_SPEECH
  if (self->connection != NULL && self->state != LG_SPEECH_IDLE)
    cancel_message (self);
#endif
  self->message = 0;
  self->section = -1;
  self->interrupted = FALSE;
  g_clear_pointer (&self->script, lg_speech_script_free);
  set_sentence (self, -1);
  set_state (self, LG_SPEECH_IDLE);
}

/**
 * lg_speech_set_rate:
 * @self: a #LgSpeech
 * @rate: the speed
 * @error: return location for a #GError
 *
 * Sets the speed; while reading, the sentence being read starts again at
 * the new speed.
 */
gboolean
lg_speech_set_rate (LgSpeech      *self,
                    LgSpeechRate   rate,
                    GError       **error)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), FALSE);
  g_return_val_if_fail (rate <= LG_SPEECH_RATE_FASTER, FALSE);

  if (self->rate != rate)
    {
      self->rate = rate;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
    }
#ifdef HAVE_SPEECH
  if (self->connection == NULL)
    return TRUE;
  if (spd_set_voice_rate (self->connection, lg_speech_rate_to_voice_rate (rate)) != 0)
    {
      g_set_error_literal (error, LG_SPEECH_ERROR, LG_SPEECH_ERROR_FAILED,
                           _("The speech service could not change the speed."));
      return FALSE;
    }
  if (self->state == LG_SPEECH_SPEAKING)
    {
      cancel_message (self);
      return speak_section (self, self->section, MAX (self->sentence, 0), error);
    }
#else
  (void) error;
#endif
  return TRUE;
}

LgSpeechRate
lg_speech_get_rate (LgSpeech *self)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), LG_SPEECH_RATE_NORMAL);
  return self->rate;
}

const char *
lg_speech_get_language (LgSpeech *self)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), NULL);
  return self->language;
}

LgSpeechState
lg_speech_get_state (LgSpeech *self)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), LG_SPEECH_IDLE);
  return self->state;
}

/* The sentence being read, an index into lg_speech_get_script(), or -1. */
int
lg_speech_get_sentence (LgSpeech *self)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), -1);
  return self->sentence;
}

int
lg_speech_get_section (LgSpeech *self)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), -1);
  return self->section;
}

/* Returns: (transfer none) (nullable): what is being read */
LgSpeechScript *
lg_speech_get_script (LgSpeech *self)
{
  g_return_val_if_fail (LG_IS_SPEECH (self), NULL);
  return self->script;
}

static void
lg_speech_dispose (GObject *object)
{
  LgSpeech *self = LG_SPEECH (object);

  lg_speech_stop (self);
#ifdef HAVE_SPEECH
  if (self->connection != NULL)
    {
      unregister (self);
      g_clear_pointer (&self->connection, spd_close);
    }
#endif
  G_OBJECT_CLASS (lg_speech_parent_class)->dispose (object);
}

static void
lg_speech_finalize (GObject *object)
{
  LgSpeech *self = LG_SPEECH (object);

  g_free (self->language);
  g_main_context_unref (self->context);
  G_OBJECT_CLASS (lg_speech_parent_class)->finalize (object);
}

static void
lg_speech_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LgSpeech *self = LG_SPEECH (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_SENTENCE:
      g_value_set_int (value, self->sentence);
      break;
    case PROP_RATE:
      g_value_set_int (value, self->rate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_speech_class_init (LgSpeechClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lg_speech_dispose;
  object_class->finalize = lg_speech_finalize;
  object_class->get_property = lg_speech_get_property;

  /* Plain ints: an enum type would need glib-mkenums for three values. */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, LG_SPEECH_IDLE, LG_SPEECH_PAUSED, LG_SPEECH_IDLE,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENTENCE] =
    g_param_spec_int ("sentence", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATE] =
    g_param_spec_int ("rate", NULL, NULL, LG_SPEECH_RATE_SLOWER, LG_SPEECH_RATE_FASTER,
                      LG_SPEECH_RATE_NORMAL,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lg_speech_init (LgSpeech *self)
{
  self->rate = LG_SPEECH_RATE_NORMAL;
  self->section = -1;
  self->sentence = -1;
  self->context = g_main_context_ref_thread_default ();
}

/**
 * lg_speech_new:
 * @language: (nullable): the voice's language, "en", "es" or "fr"; %NULL
 *   for the guide's, which follows the reader's locale
 *
 * Returns: (transfer full): a reader, not yet connected
 */
LgSpeech *
lg_speech_new (const char *language)
{
  LgSpeech *self = g_object_new (LG_TYPE_SPEECH, NULL);

  self->language = g_strdup (language != NULL ? language
                             : lg_speech_text_language (g_get_language_names ()));
  return self;
}
