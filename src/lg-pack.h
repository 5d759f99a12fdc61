/* lg-pack.h: the appointment pack and the alert card
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-corpus.h"
#include "lg-personal-store.h"
#include "lg-print-layout.h"

G_BEGIN_DECLS

/* The alert card's size, ISO/IEC 7810 ID-1 (a bank card), in millimetres. */
#define LG_CARD_WIDTH_MM   85.6
#define LG_CARD_HEIGHT_MM  54.0

/**
 * LgPackParts:
 * @LG_PACK_QUESTIONS: my questions
 * @LG_PACK_NOTES: my notes
 * @LG_PACK_CARE_TEAM: my care team
 * @LG_PACK_CARD: the alert card
 * @LG_PACK_ALL: all four
 *
 * The reader's own parts of the appointment pack, besides the pages of
 * the guide. The values are those of the pack-parts setting.
 */
typedef enum {
  LG_PACK_QUESTIONS = 1 << 0,
  LG_PACK_NOTES     = 1 << 1,
  LG_PACK_CARE_TEAM = 1 << 2,
  LG_PACK_CARD      = 1 << 3,
  LG_PACK_ALL       = LG_PACK_QUESTIONS | LG_PACK_NOTES | LG_PACK_CARE_TEAM | LG_PACK_CARD
} LgPackParts;

LgPrintLayout *lg_pack_new                (LgCorpus        *corpus,
                                           LgPersonalStore *store,
                                           double           width,
                                           double           height,
                                           gboolean         large_print,
                                           LgPackParts      parts);
void           lg_pack_add_alert_card     (LgPrintLayout   *layout,
                                           LgPersonalStore *store);
char          *lg_pack_get_footer_note    (LgPersonalStore *store);
GPtrArray     *lg_pack_get_choices        (LgCorpus        *corpus,
                                           LgPersonalStore *store);

G_END_DECLS
