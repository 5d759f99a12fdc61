/* lg-question-check.h: “Add to my questions” beside a suggested question
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_QUESTION_CHECK (lg_question_check_get_type ())

G_DECLARE_FINAL_TYPE (LgQuestionCheck, lg_question_check, LG, QUESTION_CHECK, GtkWidget)

GtkWidget *lg_question_check_new        (LgPersonalStore *store,
                                         const char      *topic_id,
                                         const char      *suggested,
                                         const char      *text);
gboolean   lg_question_check_get_active (LgQuestionCheck *self);

G_END_DECLS
