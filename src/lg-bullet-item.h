/* lg-bullet-item.h: a bulleted or numbered item of the content pane, its marker drawn
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_BULLET_ITEM (lg_bullet_item_get_type ())

G_DECLARE_FINAL_TYPE (LgBulletItem, lg_bullet_item, LG, BULLET_ITEM, GtkWidget)

GtkWidget  *lg_bullet_item_new        (const char   *marker,
                                       GtkWidget    *text);
const char *lg_bullet_item_get_marker (LgBulletItem *self);

G_END_DECLS
