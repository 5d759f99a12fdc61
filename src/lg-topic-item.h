/* lg-topic-item.h: one row of the sidebar, a group heading or a topic
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lg-corpus.h"

G_BEGIN_DECLS

#define LG_TYPE_TOPIC_ITEM (lg_topic_item_get_type ())

G_DECLARE_FINAL_TYPE (LgTopicItem, lg_topic_item, LG, TOPIC_ITEM, GObject)

LgTopicItem   *lg_topic_item_new_heading  (const LgGroup *group);
LgTopicItem   *lg_topic_item_new_topic    (const LgTopic *topic);
gboolean       lg_topic_item_is_heading   (LgTopicItem   *self);
const LgTopic *lg_topic_item_get_topic    (LgTopicItem   *self);
const char    *lg_topic_item_get_title    (LgTopicItem   *self);

G_END_DECLS
