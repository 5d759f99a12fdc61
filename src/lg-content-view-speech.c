/* lg-content-view-speech.c: the sentence being read aloud, on the page
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sentence read aloud is shown as the text selection of the label
 * that holds it: sighted readers follow it on the page, and a screen
 * reader or magnifier sees the same selection through the label's
 * accessible text. It is kept in view, a third of the way down, as
 * finding words does.
 */

#define G_LOG_DOMAIN "lg-content-view"

#include "config.h"

#include "lg-content-view-private.h"
#include "lg-content-view-speech.h"

static GtkLabel *
find_label (LgContentView  *self,
            const LgInline *inl)
{
  for (guint i = 0; i < self->labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->labels, i);

      if (g_object_get_data (G_OBJECT (label), "lg-inline") == inl)
        return label;
    }
  return NULL;
}

/* Scrolls so that character @offset of @label is in view. */
static void
keep_in_view (LgContentView *self,
              GtkLabel      *label,
              int            offset)
{
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  PangoRectangle pos;
  double x, y, top, page, line_y;
  int layout_x, layout_y;

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (label), self->box, 0, 0, &x, &y))
    return;
  offset = MIN (offset, (int) g_utf8_strlen (text, -1));
  pango_layout_index_to_pos (layout, g_utf8_offset_to_pointer (text, offset) - text, &pos);
  gtk_label_get_layout_offsets (label, &layout_x, &layout_y);
  line_y = y + layout_y + (double) pos.y / PANGO_SCALE;
  top = gtk_adjustment_get_value (vadj);
  page = gtk_adjustment_get_page_size (vadj);
  if (line_y < top || line_y + (double) pos.height / PANGO_SCALE > top + page * 0.8)
    gtk_adjustment_set_value (vadj, MAX (0, line_y - page / 3));
}

/**
 * lg_content_view_show_spoken:
 * @self: a #LgContentView
 * @sentence: a sentence of a script made from the view's document
 *
 * Selects @sentence in the label that shows it and scrolls it into view.
 *
 * Returns: (transfer none) (nullable): that label
 */
GtkLabel *
lg_content_view_show_spoken (LgContentView          *self,
                             const LgSpeechSentence *sentence)
{
  GtkLabel *label;
  glong shown, label_chars, lead;
  int start, end;

  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), NULL);
  g_return_val_if_fail (sentence != NULL, NULL);

  lg_content_view_ensure_complete (self);
  if (!(label = find_label (self, sentence->shown)))
    return NULL;

  /* A definition's label shows its term before the text: the lead. */
  shown = 0;
  for (guint r = 0; r < sentence->shown->n_runs; r++)
    shown += g_utf8_strlen (sentence->shown->runs[r].text, -1);
  label_chars = g_utf8_strlen (gtk_label_get_text (label), -1);
  lead = MAX (label_chars - shown, 0);
  if (sentence->in_lead)
    {
      start = 0;
      end = lead;
    }
  else
    {
      start = lead + sentence->start;
      end = MIN (lead + sentence->end, label_chars);
    }

  gtk_label_set_selectable (label, TRUE);
  gtk_label_select_region (label, start, end);
  gtk_widget_add_css_class (GTK_WIDGET (label), "lg-spoken");
  keep_in_view (self, label, start);
  return label;
}
