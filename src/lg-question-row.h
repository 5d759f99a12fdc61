/* lg-question-row.h: one of my questions, to edit
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_QUESTION_ROW (lg_question_row_get_type ())

G_DECLARE_FINAL_TYPE (LgQuestionRow, lg_question_row, LG, QUESTION_ROW, GtkListBoxRow)

GtkWidget          *lg_question_row_new          (LgPersonalStore    *store,
                                                  LgPersonalQuestion *question);
LgPersonalQuestion *lg_question_row_get_question (LgQuestionRow      *self);
void                lg_question_row_set_can_move (LgQuestionRow      *self,
                                                  gboolean            up,
                                                  gboolean            down);
void                lg_question_row_focus        (LgQuestionRow      *self,
                                                  int                 direction);

G_END_DECLS
