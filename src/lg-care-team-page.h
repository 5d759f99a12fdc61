/* lg-care-team-page.h: My care team
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_CARE_TEAM_PAGE (lg_care_team_page_get_type ())

G_DECLARE_FINAL_TYPE (LgCareTeamPage, lg_care_team_page, LG, CARE_TEAM_PAGE, GtkWidget)

GtkWidget *lg_care_team_page_new       (void);
void       lg_care_team_page_set_store (LgCareTeamPage     *self,
                                    LgPersonalStore *store);

G_END_DECLS
