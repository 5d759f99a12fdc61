/* lg-sidebar-item.h: one row of the sidebar, a group heading or a topic
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lg-corpus.h"

G_BEGIN_DECLS

#define LG_TYPE_SIDEBAR_ITEM (lg_sidebar_item_get_type ())

G_DECLARE_FINAL_TYPE (LgSidebarItem, lg_sidebar_item, LG, SIDEBAR_ITEM, GObject)

LgSidebarItem *lg_sidebar_item_new_heading (const LgGroup *group);
LgSidebarItem *lg_sidebar_item_new_topic   (const LgTopic *topic);
gboolean       lg_sidebar_item_is_heading  (LgSidebarItem *self);
const LgTopic *lg_sidebar_item_get_topic   (LgSidebarItem *self);
const char    *lg_sidebar_item_get_title   (LgSidebarItem *self);

G_END_DECLS
