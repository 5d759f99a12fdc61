/* lg-term-popover.h: a glossary word's meaning, beside the word
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-corpus.h"

G_BEGIN_DECLS

#define LG_TYPE_TERM_POPOVER (lg_term_popover_get_type ())

G_DECLARE_FINAL_TYPE (LgTermPopover, lg_term_popover, LG, TERM_POPOVER, GtkPopover)

GtkWidget    *lg_term_popover_new      (void);
void          lg_term_popover_set_term (LgTermPopover *self,
                                        const LgTerm  *term);
const LgTerm *lg_term_popover_get_term (LgTermPopover *self);

G_END_DECLS
