/* lg-personal-store-private.h: what the store shares with its items
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-personal-store.h"

G_BEGIN_DECLS

/* Package-private: only the store makes and changes its items. Each
 * setter returns whether the value changed, and notifies only then. */
LgPersonalQuestion *lg_personal_question_new            (const char         *id,
                                                         const char         *text,
                                                         const char         *topic,
                                                         const char         *section,
                                                         const char         *suggested,
                                                         const char         *group,
                                                         gboolean            asked,
                                                         const char         *answer);
gboolean            lg_personal_question_set_text       (LgPersonalQuestion *self,
                                                         const char         *text);
gboolean            lg_personal_question_set_group      (LgPersonalQuestion *self,
                                                         const char         *group);
gboolean            lg_personal_question_set_asked      (LgPersonalQuestion *self,
                                                         gboolean            asked);
gboolean            lg_personal_question_set_answer     (LgPersonalQuestion *self,
                                                         const char         *answer);

LgPersonalNote     *lg_personal_note_new                (const char         *id,
                                                         const char         *date,
                                                         const char         *told,
                                                         const char         *next_steps,
                                                         const char         *who_to_call);
gboolean            lg_personal_note_set                (LgPersonalNote     *self,
                                                         const char         *date,
                                                         const char         *told,
                                                         const char         *next_steps,
                                                         const char         *who_to_call);

LgPersonalContact  *lg_personal_contact_new             (const char         *id,
                                                         const char         *name,
                                                         const char         *role,
                                                         const char         *phone,
                                                         gboolean            is_24_hour);
gboolean            lg_personal_contact_set             (LgPersonalContact  *self,
                                                         const char         *name,
                                                         const char         *role,
                                                         const char         *phone);
gboolean            lg_personal_contact_set_is_24_hour  (LgPersonalContact  *self,
                                                         gboolean            is_24_hour);

/* For the tests: whether @name is a temporary file left beside @base. */
gboolean            lg_personal_store_is_temporary_name (const char     *base,
                                                         const char     *name);

G_END_DECLS
