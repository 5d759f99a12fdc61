/* lg-history.c: where the reader has been, for Back and Forward
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of the pages opened and a current place in it, as a web
 * browser keeps: going somewhere new drops what lay ahead.
 */

#define G_LOG_DOMAIN "lg-history"

#include "config.h"

#include "lg-history.h"

struct _LgHistory
{
  GArray *entries;   /* LgHistoryEntry */
  guint   current;
};

static void
entry_clear (gpointer data)
{
  LgHistoryEntry *entry = data;

  g_free (entry->topic_id);
  g_free (entry->section_id);
}

LgHistory *
lg_history_new (void)
{
  LgHistory *self = g_new0 (LgHistory, 1);

  self->entries = g_array_new (FALSE, TRUE, sizeof (LgHistoryEntry));
  g_array_set_clear_func (self->entries, entry_clear);
  return self;
}

void
lg_history_free (LgHistory *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->entries);
  g_free (self);
}

void
lg_history_clear (LgHistory *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->entries, 0);
  self->current = 0;
}

/**
 * lg_history_get_current:
 * @self: a history
 *
 * Returns: (nullable): the page the reader is on, or %NULL before the first
 */
LgHistoryEntry *
lg_history_get_current (LgHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->entries->len == 0)
    return NULL;
  return &g_array_index (self->entries, LgHistoryEntry, self->current);
}

/**
 * lg_history_push:
 * @self: a history
 * @topic_id: the page opened
 * @section_id: (nullable): its section
 *
 * Records a page opened after the current one, dropping the pages
 * Forward would have gone to.
 */
void
lg_history_push (LgHistory  *self,
                 const char *topic_id,
                 const char *section_id)
{
  LgHistoryEntry entry = { 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (topic_id != NULL);

  if (self->entries->len > 0)
    g_array_set_size (self->entries, self->current + 1);
  entry.topic_id = g_strdup (topic_id);
  entry.section_id = g_strdup (section_id);
  g_array_append_val (self->entries, entry);
  self->current = self->entries->len - 1;
}

/**
 * lg_history_can_go:
 * @self: a history
 * @delta: -1 for back, 1 for forward
 *
 * Returns: whether there is a page @delta steps away
 */
gboolean
lg_history_can_go (LgHistory *self,
                   int        delta)
{
  int index;

  g_return_val_if_fail (self != NULL, FALSE);

  index = (int) self->current + delta;
  return self->entries->len > 0 && index >= 0 && index < (int) self->entries->len;
}

/**
 * lg_history_go:
 * @self: a history
 * @delta: -1 for back, 1 for forward
 *
 * Moves @delta steps, if there is a page there.
 *
 * Returns: (nullable): the page now current, or %NULL if there was none
 */
LgHistoryEntry *
lg_history_go (LgHistory *self,
               int        delta)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!lg_history_can_go (self, delta))
    return NULL;
  self->current = (int) self->current + delta;
  return lg_history_get_current (self);
}
