/* lg-speech-text.h: a topic's document as sentences to be spoken
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-document.h"

G_BEGIN_DECLS

/* One sentence: what is said, and where it is shown. The text shown is
 * @shown, the inline a label of the content view holds; @start and @end
 * are character offsets in the text of its runs. A definition's term is
 * shown before its meaning in the same label: then @in_lead is set and
 * the offsets are unused. */
typedef struct
{
  char           *spoken;    /* plain text, as it is to be read */
  const LgInline *shown;
  guint           start;
  guint           end;
  gboolean        in_lead;
} LgSpeechSentence;

typedef struct
{
  const char *section_id;    /* NULL for the part above the first section */
  guint       first;         /* its first sentence */
  guint       n_sentences;
} LgSpeechSection;

typedef struct _LgSpeechScript LgSpeechScript;

LgSpeechScript         *lg_speech_script_new             (LgDocument     *doc,
                                                          const char     *language);
void                    lg_speech_script_free            (LgSpeechScript *script);
guint                   lg_speech_script_get_n_sentences (LgSpeechScript *script);
const LgSpeechSentence *lg_speech_script_get_sentence    (LgSpeechScript *script,
                                                          guint           index);
guint                   lg_speech_script_get_n_sections  (LgSpeechScript *script);
const LgSpeechSection  *lg_speech_script_get_section     (LgSpeechScript *script,
                                                          guint           index);
guint                   lg_speech_script_find_section    (LgSpeechScript *script,
                                                          const char     *section_id);
char                   *lg_speech_script_section_ssml    (LgSpeechScript *script,
                                                          guint           index,
                                                          guint           from);
guint                   lg_speech_script_section_of      (LgSpeechScript *script,
                                                          guint           sentence);

char                   *lg_speech_text_spoken            (const LgInline *inl,
                                                          const char     *language);
char                   *lg_speech_text_naturalize        (const char     *text,
                                                          const char     *language);
const char             *lg_speech_text_language          (const char * const *names);
char                   *lg_speech_text_mark_name         (guint           sentence);
gboolean                lg_speech_text_parse_mark        (const char     *mark,
                                                          guint          *sentence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgSpeechScript, lg_speech_script_free)

G_END_DECLS
