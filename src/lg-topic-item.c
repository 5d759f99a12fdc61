/* lg-topic-item.c: one row of the sidebar, a group heading or a topic
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no section headers in list views, so the sidebar's model
 * holds headings and topics side by side; headings are neither selectable
 * nor activatable.
 */

#define G_LOG_DOMAIN "lg-topic-item"

#include "config.h"

#include "lg-topic-item.h"

struct _LgTopicItem
{
  GObject        parent_instance;

  const LgGroup *group;
  const LgTopic *topic;
};

G_DEFINE_FINAL_TYPE (LgTopicItem, lg_topic_item, G_TYPE_OBJECT)

static void
lg_topic_item_class_init (LgTopicItemClass *klass)
{
}

static void
lg_topic_item_init (LgTopicItem *self)
{
}

LgTopicItem *
lg_topic_item_new_heading (const LgGroup *group)
{
  LgTopicItem *self = g_object_new (LG_TYPE_TOPIC_ITEM, NULL);

  self->group = group;
  return self;
}

LgTopicItem *
lg_topic_item_new_topic (const LgTopic *topic)
{
  LgTopicItem *self = g_object_new (LG_TYPE_TOPIC_ITEM, NULL);

  self->topic = topic;
  self->group = topic->group;
  return self;
}

gboolean
lg_topic_item_is_heading (LgTopicItem *self)
{
  g_return_val_if_fail (LG_IS_TOPIC_ITEM (self), FALSE);
  return self->topic == NULL;
}

const LgTopic *
lg_topic_item_get_topic (LgTopicItem *self)
{
  g_return_val_if_fail (LG_IS_TOPIC_ITEM (self), NULL);
  return self->topic;
}

const char *
lg_topic_item_get_title (LgTopicItem *self)
{
  g_return_val_if_fail (LG_IS_TOPIC_ITEM (self), NULL);
  return self->topic ? self->topic->title->plain : self->group->title;
}
