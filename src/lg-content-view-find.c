/* lg-content-view-find.c: finding words on the page shown
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every match is highlighted in place; one is the current match, which
 * Ctrl+G and Shift+Ctrl+G move through and keep in view.
 */

#define G_LOG_DOMAIN "lg-content-view"

#include "config.h"

#include "lg-colors.h"
#include "lg-content-view-private.h"

/* Matches are drawn with Pango attributes over the label's own markup:
 * yellow for every match, orange for the current one, dark text on both
 * so they read in light and dark styles alike (lg-colors.h).
 */
static void
paint_label (LgContentView *self,
             GtkLabel      *label)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  for (guint i = 0; i < self->matches->len; i++)
    {
      const LgContentMatch *m = &g_array_index (self->matches, LgContentMatch, i);
      guint32 rgb = (int) i == self->current_match ? LG_COLOR_CURRENT_MATCH_BACKGROUND
                                                   : LG_COLOR_MATCH_BACKGROUND;
      PangoAttribute *bg, *fg;

      if (m->label != label)
        continue;
      bg = pango_attr_background_new (LG_COLOR_RED16 (rgb), LG_COLOR_GREEN16 (rgb),
                                      LG_COLOR_BLUE16 (rgb));
      fg = pango_attr_foreground_new (LG_COLOR_RED16 (LG_COLOR_MATCH_TEXT),
                                      LG_COLOR_GREEN16 (LG_COLOR_MATCH_TEXT),
                                      LG_COLOR_BLUE16 (LG_COLOR_MATCH_TEXT));
      bg->start_index = fg->start_index = m->start;
      bg->end_index = fg->end_index = m->end;
      pango_attr_list_insert (attrs, bg);
      pango_attr_list_insert (attrs, fg);
    }
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
}

/**
 * lg_content_view_highlight:
 * @self: a #LgContentView
 * @func: (scope call): finds the matches in one label's text
 * @user_data: data for @func
 *
 * Highlights every match in the page; @func returns an array of
 * #LgSearchRange-like (start, end) byte pairs, as lg_search_find_matches()
 * does.
 *
 * Returns: how many matches there are
 */
guint
lg_content_view_highlight (LgContentView        *self,
                           LgContentMatchFunc    func,
                           gpointer              user_data)
{
  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), 0);

  lg_content_view_clear_highlight (self);
  lg_content_view_ensure_complete (self);
  for (guint i = 0; i < self->labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->labels, i);
      g_autoptr(GArray) ranges = func (gtk_label_get_text (label), user_data);

      if (ranges == NULL || ranges->len == 0)
        continue;
      for (guint r = 0; r < ranges->len; r++)
        {
          const guint *pair = &g_array_index (ranges, guint, r * 2);
          LgContentMatch m = { label, pair[0], pair[1] };

          g_array_append_val (self->matches, m);
        }
      paint_label (self, label);
    }
  return self->matches->len;
}

void
lg_content_view_clear_highlight (LgContentView *self)
{
  g_return_if_fail (LG_IS_CONTENT_VIEW (self));

  for (guint i = 0; i < self->matches->len; i++)
    gtk_label_set_attributes (g_array_index (self->matches, LgContentMatch, i).label, NULL);
  g_array_set_size (self->matches, 0);
  self->current_match = -1;
}

/**
 * lg_content_view_set_highlight_query:
 * @self: a #LgContentView
 * @query: (nullable): the words the page's highlights are found for
 *
 * Keeps the words that made the highlights, for whoever finds them again.
 */
void
lg_content_view_set_highlight_query (LgContentView *self,
                                     const char    *query)
{
  g_return_if_fail (LG_IS_CONTENT_VIEW (self));

  if (self->highlight_query != query)
    {
      g_free (self->highlight_query);
      self->highlight_query = g_strdup (query);
    }
}

const char *
lg_content_view_get_highlight_query (LgContentView *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), NULL);
  return self->highlight_query;
}

guint
lg_content_view_get_n_matches (LgContentView *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), 0);
  return self->matches->len;
}

int
lg_content_view_get_current_match (LgContentView *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), -1);
  return self->current_match;
}

/**
 * lg_content_view_select_match:
 * @self: a #LgContentView
 * @index: a match, from 0; wraps around at either end
 *
 * Makes @index the current match and scrolls it into view.
 */
void
lg_content_view_select_match (LgContentView *self,
                              int            index)
{
  GtkLabel *old_label = NULL;
  const LgContentMatch *m;
  double x, y;
  GtkAdjustment *vadj;

  g_return_if_fail (LG_IS_CONTENT_VIEW (self));

  if (self->matches->len == 0)
    return;
  index = ((index % (int) self->matches->len) + self->matches->len) % self->matches->len;
  if (self->current_match >= 0)
    old_label = g_array_index (self->matches, LgContentMatch, self->current_match).label;
  self->current_match = index;
  m = &g_array_index (self->matches, LgContentMatch, index);
  if (old_label != NULL && old_label != m->label)
    paint_label (self, old_label);
  paint_label (self, m->label);

  vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  if (gtk_widget_translate_coordinates (GTK_WIDGET (m->label), self->box, 0, 0, &x, &y))
    {
      double top = gtk_adjustment_get_value (vadj);
      double page = gtk_adjustment_get_page_size (vadj);
      int height = gtk_widget_get_height (GTK_WIDGET (m->label));

      if (y < top || y + MIN (height, page / 2) > top + page)
        gtk_adjustment_set_value (vadj, MAX (0, y - page / 3));
    }
}
