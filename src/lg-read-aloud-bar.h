/* lg-read-aloud-bar.h: the player shown while a topic is read aloud
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-content-view.h"
#include "lg-speech.h"

G_BEGIN_DECLS

#define LG_TYPE_READ_ALOUD_BAR (lg_read_aloud_bar_get_type ())

G_DECLARE_FINAL_TYPE (LgReadAloudBar, lg_read_aloud_bar, LG, READ_ALOUD_BAR, GtkWidget)

GtkWidget    *lg_read_aloud_bar_new          (void);
void          lg_read_aloud_bar_set_view     (LgReadAloudBar *self,
                                              LgContentView  *view);
GActionGroup *lg_read_aloud_bar_get_actions  (LgReadAloudBar *self);
LgSpeech     *lg_read_aloud_bar_get_speech   (LgReadAloudBar *self);
void          lg_read_aloud_bar_start        (LgReadAloudBar *self);
void          lg_read_aloud_bar_stop         (LgReadAloudBar *self);

G_END_DECLS
