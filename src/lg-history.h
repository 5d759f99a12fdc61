/* lg-history.h: where the reader has been, for Back and Forward
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LgHistory LgHistory;

typedef struct
{
  char   *topic_id;
  char   *section_id;
  double  scroll;      /* where the page was when the reader left it */
} LgHistoryEntry;

LgHistory      *lg_history_new         (void);
void            lg_history_free        (LgHistory  *self);
void            lg_history_clear       (LgHistory  *self);
LgHistoryEntry *lg_history_get_current (LgHistory  *self);
void            lg_history_push        (LgHistory  *self,
                                        const char *topic_id,
                                        const char *section_id);
gboolean        lg_history_can_go      (LgHistory  *self,
                                        int         delta);
LgHistoryEntry *lg_history_go          (LgHistory  *self,
                                        int         delta);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgHistory, lg_history_free)

G_END_DECLS
