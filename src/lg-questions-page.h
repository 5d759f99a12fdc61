/* lg-questions-page.h: My questions
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-corpus.h"
#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_QUESTIONS_PAGE (lg_questions_page_get_type ())

G_DECLARE_FINAL_TYPE (LgQuestionsPage, lg_questions_page, LG, QUESTIONS_PAGE, GtkWidget)

GtkWidget *lg_questions_page_new        (void);
void       lg_questions_page_set_store  (LgQuestionsPage *self,
                                         LgPersonalStore *store);
void       lg_questions_page_set_corpus (LgQuestionsPage *self,
                                         LgCorpus        *corpus);
char      *lg_questions_page_dup_group_title (LgCorpus           *corpus,
                                              LgPersonalQuestion *question);

G_END_DECLS
