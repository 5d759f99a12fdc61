/* lg-content-view-speech.h: the sentence being read aloud, on the page
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-content-view.h"
#include "lg-speech-text.h"

G_BEGIN_DECLS

GtkLabel *lg_content_view_show_spoken (LgContentView          *self,
                                       const LgSpeechSentence *sentence);

G_END_DECLS
