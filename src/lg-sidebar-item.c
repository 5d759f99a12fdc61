/* lg-sidebar-item.c: one row of the sidebar, a group heading or a topic
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no section headers in list views, so the sidebar's model
 * holds headings and topics side by side; headings are neither selectable
 * nor activatable.
 */

#define G_LOG_DOMAIN "lg-sidebar-item"

#include "config.h"

#include "lg-sidebar-item.h"

struct _LgSidebarItem
{
  GObject        parent_instance;

  const LgGroup *group;
  const LgTopic *topic;
};

G_DEFINE_FINAL_TYPE (LgSidebarItem, lg_sidebar_item, G_TYPE_OBJECT)

static void
lg_sidebar_item_class_init (LgSidebarItemClass *klass)
{
}

static void
lg_sidebar_item_init (LgSidebarItem *self)
{
}

LgSidebarItem *
lg_sidebar_item_new_heading (const LgGroup *group)
{
  LgSidebarItem *self = g_object_new (LG_TYPE_SIDEBAR_ITEM, NULL);

  self->group = group;
  return self;
}

LgSidebarItem *
lg_sidebar_item_new_topic (const LgTopic *topic)
{
  LgSidebarItem *self = g_object_new (LG_TYPE_SIDEBAR_ITEM, NULL);

  self->topic = topic;
  self->group = topic->group;
  return self;
}

gboolean
lg_sidebar_item_is_heading (LgSidebarItem *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), FALSE);
  return self->topic == NULL;
}

const LgTopic *
lg_sidebar_item_get_topic (LgSidebarItem *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), NULL);
  return self->topic;
}

const char *
lg_sidebar_item_get_title (LgSidebarItem *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR_ITEM (self), NULL);
  return self->topic ? self->topic->title->plain : self->group->title;
}
