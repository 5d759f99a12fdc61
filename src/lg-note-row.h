/* lg-note-row.h: one of my appointment notes, to edit
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_NOTE_ROW (lg_note_row_get_type ())

G_DECLARE_FINAL_TYPE (LgNoteRow, lg_note_row, LG, NOTE_ROW, GtkListBoxRow)

GtkWidget      *lg_note_row_new      (LgPersonalStore *store,
                                      LgPersonalNote  *note);
LgPersonalNote *lg_note_row_get_note (LgNoteRow       *self);
void            lg_note_row_focus    (LgNoteRow       *self);

G_END_DECLS
