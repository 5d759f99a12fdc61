/* lg-clamp.h: keeps its child to a readable width, centred
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_CLAMP (lg_clamp_get_type ())

G_DECLARE_FINAL_TYPE (LgClamp, lg_clamp, LG, CLAMP, GtkWidget)

GtkWidget *lg_clamp_new                 (void);
void       lg_clamp_set_child           (LgClamp   *self,
                                         GtkWidget *child);
GtkWidget *lg_clamp_get_child           (LgClamp   *self);
void       lg_clamp_set_maximum_size    (LgClamp   *self,
                                         int        maximum_size);
int        lg_clamp_get_maximum_size    (LgClamp   *self);

G_END_DECLS
