/* lg-list-item.h: a list item of the content pane, its marker drawn
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_LIST_ITEM (lg_list_item_get_type ())

G_DECLARE_FINAL_TYPE (LgListItem, lg_list_item, LG, LIST_ITEM, GtkWidget)

GtkWidget  *lg_list_item_new        (const char *marker,
                                     GtkWidget  *text);
const char *lg_list_item_get_marker (LgListItem *self);

G_END_DECLS
