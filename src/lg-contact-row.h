/* lg-contact-row.h: one person in my care team, to edit
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_CONTACT_ROW (lg_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (LgContactRow, lg_contact_row, LG, CONTACT_ROW, GtkListBoxRow)

GtkWidget         *lg_contact_row_new         (LgPersonalStore   *store,
                                               LgPersonalContact *contact);
LgPersonalContact *lg_contact_row_get_contact (LgContactRow      *self);
void               lg_contact_row_focus       (LgContactRow      *self);

G_END_DECLS
