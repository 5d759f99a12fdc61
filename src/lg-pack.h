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

LgPrintLayout *lg_pack_new                (LgCorpus        *corpus,
                                           LgPersonalStore *store,
                                           double           width,
                                           double           height,
                                           gboolean         large_print);
void           lg_pack_add_alert_card     (LgPrintLayout   *layout,
                                           LgPersonalStore *store);
char          *lg_pack_get_footer_note    (LgPersonalStore *store);
GPtrArray     *lg_pack_get_choices        (LgCorpus        *corpus,
                                           LgPersonalStore *store);

G_END_DECLS
