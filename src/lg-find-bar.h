/* lg-find-bar.h: how many times the search words are on the page
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_FIND_BAR (lg_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (LgFindBar, lg_find_bar, LG, FIND_BAR, GtkWidget)

GtkWidget *lg_find_bar_new         (void);
void       lg_find_bar_set_matches (LgFindBar *self,
                                    guint      n_matches,
                                    int        current);

G_END_DECLS
