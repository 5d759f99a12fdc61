/* lg-squeezer.h: shows the first of its children that has room
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_SQUEEZER (lg_squeezer_get_type ())

G_DECLARE_FINAL_TYPE (LgSqueezer, lg_squeezer, LG, SQUEEZER, GtkWidget)

GtkWidget *lg_squeezer_new                (void);
void       lg_squeezer_set_allow_none     (LgSqueezer *self,
                                           gboolean    allow_none);
gboolean   lg_squeezer_get_allow_none     (LgSqueezer *self);
GtkWidget *lg_squeezer_get_visible_child  (LgSqueezer *self);

G_END_DECLS
