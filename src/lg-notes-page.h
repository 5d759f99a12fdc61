/* lg-notes-page.h: My notes
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_NOTES_PAGE (lg_notes_page_get_type ())

G_DECLARE_FINAL_TYPE (LgNotesPage, lg_notes_page, LG, NOTES_PAGE, GtkWidget)

GtkWidget *lg_notes_page_new       (void);
void       lg_notes_page_set_store (LgNotesPage     *self,
                                    LgPersonalStore *store);

G_END_DECLS
