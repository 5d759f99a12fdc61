/* lg-speech.h: reading a topic aloud through the system's speech service
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lg-speech-text.h"

G_BEGIN_DECLS

#define LG_SPEECH_ERROR (lg_speech_error_quark ())

typedef enum
{
  LG_SPEECH_ERROR_NOT_BUILT,    /* built without read aloud */
  LG_SPEECH_ERROR_UNAVAILABLE,  /* no speech service, or it does not answer */
  LG_SPEECH_ERROR_FAILED,       /* the service refused a request */
} LgSpeechError;

typedef enum
{
  LG_SPEECH_IDLE,
  LG_SPEECH_SPEAKING,
  LG_SPEECH_PAUSED,
} LgSpeechState;

/* The nicks are the values of the read-aloud-speed setting. */
typedef enum
{
  LG_SPEECH_RATE_SLOWER,
  LG_SPEECH_RATE_NORMAL,
  LG_SPEECH_RATE_FASTER,
} LgSpeechRate;

#define LG_TYPE_SPEECH (lg_speech_get_type ())

G_DECLARE_FINAL_TYPE (LgSpeech, lg_speech, LG, SPEECH, GObject)

GQuark         lg_speech_error_quark      (void);
gboolean       lg_speech_is_available     (void);
LgSpeech      *lg_speech_new              (const char          *language);
void           lg_speech_connect_async    (LgSpeech            *self,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean       lg_speech_connect_finish   (LgSpeech            *self,
                                           GAsyncResult        *result,
                                           GError             **error);
gboolean       lg_speech_is_connected     (LgSpeech            *self);
const char    *lg_speech_get_language     (LgSpeech            *self);
LgSpeechState  lg_speech_get_state        (LgSpeech            *self);
int            lg_speech_get_sentence     (LgSpeech            *self);
int            lg_speech_get_section      (LgSpeech            *self);
LgSpeechScript *lg_speech_get_script      (LgSpeech            *self);
LgSpeechRate   lg_speech_get_rate         (LgSpeech            *self);
gboolean       lg_speech_set_rate         (LgSpeech            *self,
                                           LgSpeechRate         rate,
                                           GError             **error);
int            lg_speech_rate_to_voice_rate (LgSpeechRate       rate);
gboolean       lg_speech_read             (LgSpeech            *self,
                                           LgSpeechScript      *script,
                                           guint                section,
                                           GError             **error);
gboolean       lg_speech_pause            (LgSpeech            *self,
                                           GError             **error);
gboolean       lg_speech_resume           (LgSpeech            *self,
                                           GError             **error);
gboolean       lg_speech_skip             (LgSpeech            *self,
                                           int                  delta,
                                           GError             **error);
void           lg_speech_stop             (LgSpeech            *self);

G_END_DECLS
