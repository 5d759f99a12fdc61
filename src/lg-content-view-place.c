/* lg-content-view-place.c: the paragraph being read stays put when the text size changes
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new text size lays every block out again, taller or shorter, so the
 * same scroll position would show another part of the page. Before the
 * size changes, the view notes the block at the top of the view and how
 * far into it the view starts; once GTK has laid the block out at the new
 * size, it scrolls to the same point of the same block.
 */

#define G_LOG_DOMAIN "lg-content-view"

#include "config.h"

#include "lg-content-view-private.h"

/* How long to wait for the new layout: 60 checks, one a frame. */
#define PLACE_TRIES 60

static void
forget_place (LgContentView *self)
{
  g_clear_handle_id (&self->place_timeout, g_source_remove);
  g_clear_weak_pointer (&self->place_block);
}

static gboolean
restore_place (gpointer user_data)
{
  LgContentView *self = LG_CONTENT_VIEW (user_data);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t bounds;

  if (self->place_block == NULL ||
      !gtk_widget_compute_bounds (self->place_block, self->box, &bounds))
    {
      self->place_timeout = 0;
      forget_place (self);
      return G_SOURCE_REMOVE;
    }

  /* Not laid out at the new size yet. */
  if ((int) bounds.size.height == self->place_height && ++self->place_tries < PLACE_TRIES)
    return G_SOURCE_CONTINUE;

  gtk_adjustment_set_value (vadj, bounds.origin.y + self->place_fraction * bounds.size.height);
  self->place_timeout = 0;
  forget_place (self);
  return G_SOURCE_REMOVE;
}

/**
 * lg_content_view_hold_place:
 * @self: a #LgContentView
 *
 * Keeps the block at the top of the view there through the next change
 * of text size: call it just before the change.
 */
void
lg_content_view_hold_place (LgContentView *self)
{
  GtkAdjustment *vadj;
  double top;

  g_return_if_fail (LG_IS_CONTENT_VIEW (self));

  forget_place (self);
  vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  top = gtk_adjustment_get_value (vadj);
  /* At the top of the page, the page's top stays in view by itself. */
  if (top <= 0)
    return;

  for (GtkWidget *block = gtk_widget_get_first_child (self->box);
       block != NULL;
       block = gtk_widget_get_next_sibling (block))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_compute_bounds (block, self->box, &bounds) ||
          bounds.origin.y + bounds.size.height <= top || bounds.size.height <= 0)
        continue;
      g_set_weak_pointer (&self->place_block, block);
      self->place_fraction = CLAMP ((top - bounds.origin.y) / bounds.size.height, 0.0, 1.0);
      self->place_height = (int) bounds.size.height;
      self->place_tries = 0;
      self->place_timeout = g_timeout_add (16, restore_place, self);
      return;
    }
}

void
lg_content_view_dispose_place (LgContentView *self)
{
  forget_place (self);
}
