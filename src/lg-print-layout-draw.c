/* lg-print-layout-draw.c: printed pages drawn with cairo, and PDFs
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a page that lg-print-layout.c has paginated, with its running
 * header and footer, onto any cairo_t whose unit is the point; and writes
 * all pages as a PDF, with bookmarks and linked contents.
 */

#define G_LOG_DOMAIN "lg-print-layout"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "lg-output.h"
#include "lg-print-layout-private.h"
#include "lg-document-text.h"

/* As on screen (data/style.css): a tint over the paper and a bar. */
static const struct
{
  guint32 tint;
  double  alpha;
  guint32 bar;
} callout_colors[] = {
  [LG_CALLOUT_INFO]    = { 0x3584e4, 0.12, 0x1c71d8 },
  [LG_CALLOUT_WARNING] = { 0xe5a50a, 0.16, 0xc64600 },
  [LG_CALLOUT_CONTACT] = { 0x2ec27e, 0.14, 0x26a269 },
};

static void
set_source (cairo_t *cr,
            guint32  rgb)
{
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static void
hline (cairo_t *cr,
       double   x0,
       double   x1,
       double   y,
       double   width,
       guint32  color)
{
  cairo_save (cr);
  set_source (cr, color);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_box (LgPrintLayout *self,
          cairo_t       *cr,
          int            kind,
          double         y,
          double         height)
{
  double x = self->margin_left;
  double w = pango_units_to_double (self->body_width);
  double r = pango_units_to_double (em (self, 0.35));
  double bar = pango_units_to_double (em (self, 0.3));
  double a = callout_colors[kind].alpha;
  guint32 tint = callout_colors[kind].tint;

  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + height - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + height - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  /* The tint flattened onto white paper: no transparency in the PDF. */
  cairo_set_source_rgb (cr,
                        1 - a * (1 - ((tint >> 16) & 0xff) / 255.0),
                        1 - a * (1 - ((tint >> 8) & 0xff) / 255.0),
                        1 - a * (1 - (tint & 0xff) / 255.0));
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  set_source (cr, callout_colors[kind].bar);
  cairo_rectangle (cr, x, y, bar, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_toc_number (LgPrintLayout        *self,
                 cairo_t              *cr,
                 const LgPrintElement *el,
                 double                x,
                 double                top)
{
  g_autofree char *text = NULL;
  PangoLayout *number;
  PangoRectangle last;
  double right = self->margin_left + pango_units_to_double (self->body_width);
  double baseline = top + pango_units_to_double (el->baselines[el->n_lines - 1]);
  double width, text_end;
  int w;

  text = g_strdup_printf ("%u", self->doc_pages[el->toc_doc] + 1);
  number = lg_print_layout_plain (self, el->style, -1, text);
  pango_layout_get_size (number, &w, NULL);
  width = pango_units_to_double (w);

  pango_layout_line_get_extents (pango_layout_get_line_readonly (el->layout, el->n_lines - 1),
                                 NULL, &last);
  text_end = x + pango_units_to_double (el->line_x[el->n_lines - 1] + last.width);

  /* Dot leaders from the title to its page number. */
  if (right - width - text_end > 2 * self->body_size)
    {
      double dashes[] = { 0, self->body_size / 3 };

      cairo_save (cr);
      set_source (cr, ANSWER_COLOR);
      cairo_set_line_width (cr, self->body_size / 10);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, text_end + self->body_size / 2, baseline);
      cairo_line_to (cr, right - width - self->body_size / 2, baseline);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  cairo_move_to (cr, right - width,
                 baseline - pango_units_to_double (pango_layout_get_baseline (number)));
  pango_cairo_show_layout (cr, number);
  g_object_unref (number);
}

static void
draw_slice (LgPrintLayout             *self,
            cairo_t                   *cr,
            const LgPrintElementSlice *slice,
            const LgPrintElementSlice *previous)
{
  const LgPrintElement *el = element_at (self, slice->element);
  double left = self->margin_left;
  double right = left + pango_units_to_double (self->body_width);
  double y = pango_units_to_double (self->body_top + slice->y);
  double height = pango_units_to_double (slice_height (el, slice->first_line, slice->end_line));
  double x = left + pango_units_to_double (el->x);
  double top = y;
  int offset = el->tops[slice->first_line];

  if (slice->first_line == 0 || el->box != NO_BOX)
    top += pango_units_to_double (el->pad_top);

  if (el->box != NO_BOX)
    draw_box (self, cr, el->box, y, height);

  if (el->rule_above && slice->first_line == 0)
    hline (cr, left, right, y, 0.5, RULE_COLOR);

  if (el->row_rule && previous != NULL && !element_at (self, previous->element)->rule_below)
    hline (cr, x, right, y - pango_units_to_double (el->space_before) / 2, 0.4, RULE_COLOR);

  if (self->pdf_links && el->is_toc_entry)
    {
      g_autofree char *attrs = g_strdup_printf ("page=%u", self->doc_pages[el->toc_doc] + 1);

      cairo_tag_begin (cr, CAIRO_TAG_LINK, attrs);
    }

  set_source (cr, lg_print_styles[el->style].color);

  if (el->cells != NULL)
    for (guint c = 0; c < el->n_cells; c++)
      {
        cairo_move_to (cr, x + pango_units_to_double (el->cell_x[c]), top);
        pango_cairo_show_layout (cr, el->cells[c]);
      }
  else
    for (int i = slice->first_line; i < slice->end_line; i++)
      {
        cairo_move_to (cr, x + pango_units_to_double (el->line_x[i]),
                       top + pango_units_to_double (el->baselines[i] - offset));
        pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (el->layout, i));
      }

  if (el->marker != NULL && slice->first_line == 0)
    {
      int w;

      pango_layout_get_size (el->marker, &w, NULL);
      cairo_move_to (cr, x - pango_units_to_double (w + em (self, 0.5)),
                     top + pango_units_to_double (el->baselines[0] -
                                                  pango_layout_get_baseline (el->marker)));
      pango_cairo_show_layout (cr, el->marker);
    }

  if (el->is_toc_entry)
    {
      draw_toc_number (self, cr, el, x, top - pango_units_to_double (offset));
      if (self->pdf_links)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
    }

  if (slice->end_line == el->n_lines)
    {
      double bottom = top + pango_units_to_double (el->tops[el->n_lines] - offset);

      if (el->rule_below)
        hline (cr, left, right, bottom + pango_units_to_double (el->pad_bottom) / 2,
               el->style == LG_PRINT_STYLE_META || el->doc == CONTENTS ? 1.5 : 0.6,
               el->style == LG_PRINT_STYLE_META || el->doc == CONTENTS ? lg_print_styles[LG_PRINT_STYLE_TITLE].color
                                                              : RULE_COLOR);

      for (guint k = 1; el->answer_pitch > 0 && k <= ANSWER_LINES; k++)
        hline (cr, x, right, bottom + k * pango_units_to_double (el->answer_pitch),
               0.5, ANSWER_COLOR);
    }
}

/* The date it was printed (and the footer note) on the left, "Page N of
 * M" on the right.
 */
static void
draw_footer (LgPrintLayout *self,
             cairo_t       *cr,
             guint          page_nr)
{
  double left = self->margin_left;
  double running = pango_units_to_double (self->running_height);
  double footer_top = self->height - self->margin_bottom - running;
  g_autofree char *page_text = NULL;
  g_autofree char *printed = NULL;
  PangoLayout *layout;
  int page_width;

  set_source (cr, lg_print_styles[LG_PRINT_STYLE_RUNNING].color);

  /* Translators: in the footer of every printed page, as in “Page 2 of 5” */
  page_text = g_strdup_printf (_("Page %u of %u"), page_nr + 1, self->pages->len);
  layout = lg_print_layout_plain (self, LG_PRINT_STYLE_RUNNING, -1, page_text);
  pango_layout_get_size (layout, &page_width, NULL);
  cairo_move_to (cr, left + pango_units_to_double (self->body_width - page_width), footer_top);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  if (self->footer_note != NULL)
    /* Translators: the footer of every printed page when the reader chose
     * to print their 24-hour number there: the date it was printed, then
     * that note, as in “Printed 7 December 2026 · 24-hour number: …” */
    printed = g_strdup_printf (_("%s · %s"), self->printed, self->footer_note);
  else
    printed = g_strdup (self->printed);
  layout = lg_print_layout_plain (self, LG_PRINT_STYLE_RUNNING,
                                   self->body_width - page_width - em (self, 1.5), printed);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, left, footer_top);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
draw_running (LgPrintLayout     *self,
              cairo_t           *cr,
              guint              page_nr,
              const LgPrintPage *page)
{
  double left = self->margin_left;
  double width = pango_units_to_double (self->body_width);
  double running = pango_units_to_double (self->running_height);
  double gap = pango_units_to_double (em (self, 1.3));
  const char *title;
  PangoLayout *layout;
  int app_width;

  set_source (cr, lg_print_styles[LG_PRINT_STYLE_RUNNING].color);

  layout = lg_print_layout_plain (self, LG_PRINT_STYLE_RUNNING, -1, _("Leukemia Guide"));
  pango_layout_get_size (layout, &app_width, NULL);
  cairo_move_to (cr, left, self->margin_top);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  if (page->doc == CONTENTS)
    title = _("Contents");
  else if (page->doc < self->titles->len)
    title = g_ptr_array_index (self->titles, page->doc);
  else
    title = "";
  layout = lg_print_layout_plain (self, LG_PRINT_STYLE_RUNNING,
                                  self->body_width - app_width - em (self, 2), title);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  cairo_move_to (cr, left + pango_units_to_double (app_width + em (self, 2)), self->margin_top);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  hline (cr, left, left + width, self->margin_top + running + gap / 2, 0.5, RULE_COLOR);

  draw_footer (self, cr, page_nr);
}

/**
 * lg_print_layout_draw_page:
 * @self: a #LgPrintLayout
 * @cr: a cairo context whose unit is the point, origin at the paper's
 *   top left corner
 * @page: the page, from 0
 *
 * Draws one page, paginating first if needed.
 */
void
lg_print_layout_draw_page (LgPrintLayout *self,
                           cairo_t       *cr,
                           guint          page)
{
  const LgPrintPage *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < lg_print_layout_paginate (self));

  p = &g_array_index (self->pages, LgPrintPage, page);

  if (p->drawn >= 0)
    {
      const LgPrintDrawnPage *drawn = g_ptr_array_index (self->drawn_pages, p->drawn);

      cairo_save (cr);
      drawn->func (cr, self->width, self->height, self->large_print, drawn->data);
      cairo_restore (cr);
      cairo_save (cr);
      draw_footer (self, cr, page);
      cairo_restore (cr);
      return;
    }

  cairo_save (cr);
  draw_running (self, cr, page, p);
  for (guint s = 0; s < p->n_slices; s++)
    draw_slice (self, cr, &g_array_index (self->slices, LgPrintElementSlice, p->first_slice + s),
                s > 0 ? &g_array_index (self->slices, LgPrintElementSlice, p->first_slice + s - 1) : NULL);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Bookmarks: each topic, and its sections under it. */
static void
add_outline (LgPrintLayout   *self,
             cairo_surface_t *surface,
             guint            page_nr,
             int             *topic_id)
{
  const LgPrintPage *page = &g_array_index (self->pages, LgPrintPage, page_nr);

  if (page->drawn >= 0)
    {
      const LgPrintDrawnPage *drawn = g_ptr_array_index (self->drawn_pages, page->drawn);
      g_autofree char *link = g_strdup_printf ("page=%u", page_nr + 1);

      if (drawn->title != NULL)
        cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, drawn->title, link, 0);
      return;
    }

  for (guint s = 0; s < page->n_slices; s++)
    {
      const LgPrintElementSlice *slice = &g_array_index (self->slices, LgPrintElementSlice, page->first_slice + s);
      const LgPrintElement *el = element_at (self, slice->element);
      g_autofree char *text = NULL;
      g_autofree char *link = NULL;

      if (el->block == NULL || slice->first_line != 0 ||
          (el->block->kind != LG_DOC_TITLE && el->block->kind != LG_DOC_HEADING))
        continue;

      text = lg_inline_to_text (el->block->text, FALSE);
      /* Whole points: cairo 1.16 reads the numbers of a link with the
       * locale's decimal mark, and fails on "72.00" where it is a comma
       * (French, Spanish). A point is finer than a bookmark needs. */
      link = g_strdup_printf ("page=%u pos=[%d %d]", page_nr + 1,
                              (int) (self->margin_left + 0.5),
                              (int) (pango_units_to_double (self->body_top + slice->y) + 0.5));
      if (el->block->kind == LG_DOC_TITLE)
        *topic_id = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, text, link, 0);
      else
        cairo_pdf_surface_add_outline (surface, *topic_id, text, link, 0);
    }
}

/**
 * lg_print_layout_to_pdf:
 * @self: a #LgPrintLayout
 * @error: return location for a #GError
 *
 * Makes every page into a PDF, with bookmarks and linked contents.
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
lg_print_layout_to_pdf (LgPrintLayout  *self,
                        GError        **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;
  int topic_id = CAIRO_PDF_OUTLINE_ROOT;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_pages = lg_print_layout_paginate (self);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, self->width, self->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  self->docs->len == 1 ? g_ptr_array_index (self->titles, 0)
                                                       : _("Leukemia Guide"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cr = cairo_create (surface);

  self->pdf_links = TRUE;
  for (guint p = 0; p < n_pages; p++)
    {
      lg_print_layout_draw_page (self, cr, p);
      add_outline (self, surface, p, &topic_id);
      cairo_show_page (cr);
    }
  self->pdf_links = FALSE;

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is cairo's reason */
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * lg_print_layout_write_pdf:
 * @self: a #LgPrintLayout
 * @path: the file to write
 * @error: return location for a #GError
 *
 * Writes every page as a PDF at @path with lg_output_write(): a file
 * there is replaced only by the complete PDF, and keeps its permissions
 * and links; a device or FIFO is written to.
 *
 * Returns: whether @path now holds the whole PDF
 */
gboolean
lg_print_layout_write_pdf (LgPrintLayout  *self,
                           const char     *path,
                           GError        **error)
{
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(pdf = lg_print_layout_to_pdf (self, error)))
    return FALSE;
  return lg_output_write (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error);
}
