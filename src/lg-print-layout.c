/* lg-print-layout.c: documents laid out on printed pages with Pango
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two passes. lg_print_layout_paginate() turns every block of every
 * document into elements (a PangoLayout each, or a row of them for
 * tables: lg-print-layout-blocks.c) and flows them onto pages (here):
 * headings stay with what follows, list items and callouts stay whole,
 * and a paragraph split across pages leaves at least ORPHANS lines at the
 * bottom and WIDOWS at the top. Then lg_print_layout_draw_page() draws
 * any page, with its running header and "Page N of M" footer, onto any
 * cairo_t whose unit is the point (lg-print-layout-draw.c).
 *
 * All lengths are kept in Pango units until they reach cairo.
 */

#define G_LOG_DOMAIN "lg-print-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>
#include <string.h>

#include "lg-format.h"
#include "lg-print-layout-private.h"

#define POINTS_PER_INCH  72.0
#define MM_PER_INCH      25.4

static double
mm_to_points (double mm)
{
  return mm * POINTS_PER_INCH / MM_PER_INCH;
}

/* Paper {{{ */

/**
 * lg_print_paper_for_locale:
 *
 * The paper people use where the reader lives: US Letter in the Americas
 * countries that use it, A4 elsewhere. `LG_PAPER=a4` or `LG_PAPER=letter`
 * overrides it (for tests). Otherwise the locale's `LC_PAPER` decides when
 * it is installed, and the locale's name when it is not.
 *
 * Returns: the paper
 */
LgPaper
lg_print_paper_for_locale (void)
{
  static const char * const letter_countries[] = {
    "US", "CA", "MX", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "PH", "PR", "SV", "VE", NULL
  };
  const char *override = g_getenv ("LG_PAPER");
  const char *name = NULL;
  const char *country;

  if (override != NULL && g_ascii_strcasecmp (override, "letter") == 0)
    return LG_PAPER_LETTER;
  if (override != NULL && g_ascii_strcasecmp (override, "a4") == 0)
    return LG_PAPER_A4;

#if defined (__GLIBC__) && defined (LC_PAPER)
  name = setlocale (LC_PAPER, NULL);
  if (name != NULL && !g_str_equal (name, "C") && !g_str_equal (name, "POSIX") &&
      !g_str_has_prefix (name, "C."))
    {
      /* glibc hands the width in millimetres back in the pointer */
      union { unsigned int word; char *string; } width;

      width.string = nl_langinfo (_NL_PAPER_WIDTH);
      return width.word == 216 ? LG_PAPER_LETTER : LG_PAPER_A4;
    }
#endif

  /* The locale is not installed, or there is no LC_PAPER: go by its name. */
  name = NULL;
  for (guint i = 0; i < 3 && (name == NULL || *name == '\0'); i++)
    name = g_getenv (i == 0 ? "LC_ALL" : i == 1 ? "LC_PAPER" : "LANG");
  if (name == NULL || (country = strchr (name, '_')) == NULL)
    return LG_PAPER_A4;

  for (guint i = 0; letter_countries[i]; i++)
    if (strncmp (country + 1, letter_countries[i], 2) == 0 &&
        !g_ascii_isalpha (country[3]))
      return LG_PAPER_LETTER;

  return LG_PAPER_A4;
}

/**
 * lg_print_paper_get_name:
 * @paper: a paper
 *
 * Returns: the paper's PWG 5101.1 name, for gtk_paper_size_new()
 */
const char *
lg_print_paper_get_name (LgPaper paper)
{
  return paper == LG_PAPER_LETTER ? "na_letter" : "iso_a4";
}

/**
 * lg_print_paper_size_is_usable:
 * @width: a paper's width, in points
 * @height: its height, in points
 *
 * Whether pages of that size can hold the margins and a readable column
 * of text: both sides finite and between %LG_PRINT_PAPER_MIN_MM and
 * %LG_PRINT_PAPER_MAX_MM. Sizes from saved settings or a print dialog are
 * checked with this before use.
 *
 * Returns: whether the size is usable
 */
gboolean
lg_print_paper_size_is_usable (double width,
                               double height)
{
  double min = mm_to_points (LG_PRINT_PAPER_MIN_MM);
  double max = mm_to_points (LG_PRINT_PAPER_MAX_MM);

  /* Written so that NaN fails every comparison and so the test. */
  return width >= min && width <= max && height >= min && height <= max;
}

/**
 * lg_print_paper_get_size:
 * @paper: a paper
 * @width: (out): its width in points
 * @height: (out): its height in points
 */
void
lg_print_paper_get_size (LgPaper  paper,
                         double  *width,
                         double  *height)
{
  if (paper == LG_PAPER_LETTER)
    {
      *width = 8.5 * POINTS_PER_INCH;
      *height = 11 * POINTS_PER_INCH;
    }
  else
    {
      *width = mm_to_points (210);
      *height = mm_to_points (297);
    }
}

/* }}} */
/* Pagination {{{ */

static LgPrintPage *
current_page (LgPrintLayout *self)
{
  return &g_array_index (self->pages, LgPrintPage, self->pages->len - 1);
}

static void
start_page (LgPrintLayout *self)
{
  LgPrintPage page = { self->slices->len, 0, 0, -1 };

  g_array_append_val (self->pages, page);
}

static void
add_slice (LgPrintLayout *self,
           guint          element,
           int            first,
           int            end,
           int            y)
{
  LgPrintElementSlice slice = { element, first, end, y };

  g_array_append_val (self->slices, slice);
  current_page (self)->n_slices++;
}

static int
first_chunk (const LgPrintElement *el,
             int                   orphans)
{
  if (el->breakable && el->n_lines >= orphans + WIDOWS)
    return slice_height (el, 0, orphans);
  return full_height (el);
}

/* Whether the current page holds nothing but a chain of elements kept
 * together, from its top: moving the next one would leave them alone. */
static gboolean
page_is_one_chain (LgPrintLayout *self)
{
  const LgPrintPage *page = current_page (self);

  for (guint s = 0; s < page->n_slices; s++)
    {
      const LgPrintElementSlice *slice = &g_array_index (self->slices, LgPrintElementSlice, page->first_slice + s);

      if (!element_at (self, slice->element)->keep_with_next)
        return FALSE;
    }
  return page->n_slices > 0;
}

/* The height element @i needs below @y: itself and everything it must
 * stay with, down to the first lines of the element that ends the chain.
 * A chain too long for any page is shortened to @i and the start of the
 * next element, so that a heading at least keeps its first lines, and if
 * that is still too long, to the start of @i alone.
 */
static int
needed (LgPrintLayout *self,
        guint          i,
        int            y)
{
  guint max_links = G_MAXUINT;

  for (;;)
    {
      int total = 0;
      guint links = 0;

      for (guint j = i; j < self->elements->len; j++, links++)
        {
          const LgPrintElement *el = element_at (self, j);

          if (j > i && el->new_page)
            break;
          if (j > i || y > 0)
            total += el->space_before;
          if (!el->keep_with_next || j + 1 == self->elements->len || links == max_links)
            {
              total += first_chunk (el, ORPHANS);
              break;
            }
          total += full_height (el);
        }

      if (total - (y > 0 ? element_at (self, i)->space_before : 0) <= self->body_height ||
          max_links == 0)
        return total;
      max_links = max_links == G_MAXUINT ? 1 : 0;
    }
}

/* The last line (exclusive) of @el, from @first, that fits in @room. */
static int
lines_fitting (const LgPrintElement *el,
               int            first,
               int            room)
{
  int end = first;

  while (end < el->n_lines && slice_height (el, first, end + 1) <= room)
    end++;
  return end;
}

static void
flow (LgPrintLayout *self)
{
  int page_height = self->body_height;
  int y = 0;

  start_page (self);

  for (guint i = 0; i < self->elements->len; i++)
    {
      const LgPrintElement *el = element_at (self, i);
      gboolean after_heading = i > 0 && element_at (self, i - 1)->heading;
      int orphans;
      int first = 0;

      if (el->new_page && current_page (self)->n_slices > 0)
        {
          start_page (self);
          y = 0;
        }

      /* A chain of elements kept together is measured at its head. When
       * it is too long for any page, it breaks before a heading rather
       * than after one: what follows a kept element then only needs room
       * for its first lines, unless it is a heading. And one line under a
       * heading is better than the heading alone, when moving both to the
       * next page would not help. */
      orphans = after_heading && page_is_one_chain (self) ? 1 : ORPHANS;
      if (current_page (self)->n_slices > 0 &&
          (i > 0 && element_at (self, i - 1)->keep_with_next &&
           (after_heading || !el->heading)
           ? y + el->space_before + first_chunk (el, orphans)
           : y + needed (self, i, y)) > page_height)
        {
          start_page (self);
          y = 0;
        }

      for (;;)
        {
          gboolean at_top;
          int space;
          int rest = slice_height (el, first, el->n_lines);
          gboolean forced;
          int min_before = first > 0 ? 1 : el->breakable ? orphans : 1;
          int min_after = el->breakable ? WIDOWS : 1;
          int end;

          /* A table that goes on over the page repeats its header row. */
          if (current_page (self)->n_slices == 0 && el->cells != NULL && !el->rule_below)
            {
              guint header = i;

              while (header > 0 && element_at (self, header - 1)->block == el->block)
                header--;
              add_slice (self, header, 0, 1, 0);
              y = full_height (element_at (self, header));
            }

          at_top = current_page (self)->n_slices == 0;
          space = at_top || first > 0 ? 0 : el->space_before;
          forced = at_top && rest > page_height;

          if (y + space + rest <= page_height)
            {
              add_slice (self, i, first, el->n_lines, y + space);
              y += space + rest;
              break;
            }

          if (el->breakable || forced)
            {
              end = lines_fitting (el, first, page_height - y - space);
              if (el->n_lines - end < min_after)
                end = el->n_lines - min_after;
              if (end - first >= min_before || (forced && end > first))
                {
                  add_slice (self, i, first, end, y + space);
                  start_page (self);
                  y = 0;
                  first = end;
                  continue;
                }
            }

          if (!at_top)
            {
              start_page (self);
              y = 0;
              continue;
            }

          /* Taller than a page and cannot be split: it is cut off. */
          g_warning ("An element is taller than the page");
          add_slice (self, i, first, el->n_lines, 0);
          y = rest;
          break;
        }
    }

  for (guint p = 0; p < self->pages->len; p++)
    {
      LgPrintPage *page = &g_array_index (self->pages, LgPrintPage, p);
      const LgPrintElementSlice *slice = &g_array_index (self->slices, LgPrintElementSlice, page->first_slice);

      page->doc = element_at (self, slice->element)->doc;
      if (page->doc != CONTENTS && self->doc_pages[page->doc] == G_MAXUINT)
        self->doc_pages[page->doc] = p;
    }
}

/* The drawn pages go before and after the flowed ones; the flowed
 * documents' first pages move down by the number put before them.
 */
static void
add_drawn_pages (LgPrintLayout *self)
{
  guint n_first = 0;

  for (guint k = 0; k < self->drawn_pages->len; k++)
    {
      const LgPrintDrawnPage *drawn = g_ptr_array_index (self->drawn_pages, k);
      LgPrintPage page = { self->slices->len, 0, CONTENTS, (int) k };

      if (drawn->first)
        g_array_insert_val (self->pages, n_first++, page);
      else
        g_array_append_val (self->pages, page);
    }

  for (guint d = 0; d < self->docs->len; d++)
    if (self->doc_pages[d] != G_MAXUINT)
      self->doc_pages[d] += n_first;

  for (guint p = 0; p < self->pages->len; p++)
    {
      const LgPrintPage *page = &g_array_index (self->pages, LgPrintPage, p);

      if (page->drawn >= 0)
        self->doc_pages[self->docs->len + page->drawn] = p;
    }
}

static void
drawn_page_free (gpointer data)
{
  LgPrintDrawnPage *drawn = data;

  if (drawn->destroy != NULL)
    drawn->destroy (drawn->data);
  g_free (drawn->title);
  g_free (drawn);
}

static void
clear_pagination (LgPrintLayout *self)
{
  self->paginated = FALSE;
  g_clear_pointer (&self->elements, g_array_unref);
  g_clear_pointer (&self->slices, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->doc_pages, g_free);
  g_clear_pointer (&self->printed, g_free);
  g_clear_object (&self->context);
}

static void
make_context (LgPrintLayout *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  /* One point is one cairo unit on the page. */
  pango_cairo_context_set_resolution (self->context, POINTS_PER_INCH);
  /* Metrics that do not depend on the device, so that what was measured
   * is what gets drawn, on paper, in a PDF and in the preview alike. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  cairo_font_options_destroy (options);
}

/**
 * lg_print_layout_paginate:
 * @self: a #LgPrintLayout
 *
 * Lays out every document and breaks it into pages. Does nothing if
 * nothing changed since the last call.
 *
 * Returns: the number of pages
 */
guint
lg_print_layout_paginate (LgPrintLayout *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  PangoLayout *probe;
  int gap;

  g_return_val_if_fail (self != NULL, 0);

  if (self->paginated)
    return self->pages->len;

  clear_pagination (self);
  make_context (self);

  self->body_size = self->large_print ? 16 : 11;
  self->line_spacing = self->large_print ? 1.45 : 1.25;

  probe = lg_print_layout_plain (self, LG_PRINT_STYLE_RUNNING, -1, "Ag");
  pango_layout_get_size (probe, NULL, &self->running_height);
  g_object_unref (probe);
  gap = em (self, 1.3);

  self->body_width = pango_units_from_double (self->width - self->margin_left - self->margin_right);
  self->body_top = pango_units_from_double (self->margin_top) + self->running_height + gap;
  self->body_height = pango_units_from_double (self->height - self->margin_top -
                                               self->margin_bottom) -
                      2 * (self->running_height + gap);

  now = self->date ? g_date_time_ref (self->date) : g_date_time_new_now_local ();
  day = g_date_time_format (now, "%Y-%m-%d");
  date = lg_format_date (day);
  /* Translators: in the footer of every printed page: the day it was
   * printed, as in “Printed 23 November 2026” */
  self->printed = g_strdup_printf (_("Printed %s"), date);

  self->elements = g_array_new (FALSE, TRUE, sizeof (LgPrintElement));
  g_array_set_clear_func (self->elements, lg_print_element_clear);
  self->slices = g_array_new (FALSE, TRUE, sizeof (LgPrintElementSlice));
  self->pages = g_array_new (FALSE, TRUE, sizeof (LgPrintPage));
  self->doc_pages = g_new (guint, self->docs->len + self->drawn_pages->len + 1);
  for (guint d = 0; d < self->docs->len + self->drawn_pages->len; d++)
    self->doc_pages[d] = G_MAXUINT;

  if (self->contents && self->docs->len > 0)
    lg_print_layout_add_contents (self);

  for (guint d = 0; d < self->docs->len; d++)
    lg_print_layout_add_blocks (self, d);

  if (self->elements->len > 0)
    flow (self);
  else if (self->drawn_pages->len == 0)
    start_page (self);

  add_drawn_pages (self);

  self->paginated = TRUE;
  return self->pages->len;
}

/* }}} */
/* Object {{{ */

/**
 * lg_print_layout_new:
 * @width: the paper's width, in points
 * @height: the paper's height, in points
 *
 * Returns: (transfer full): a layout with the default margins, for normal
 *   print and the "Sans" font family
 */
LgPrintLayout *
lg_print_layout_new (double width,
                     double height)
{
  LgPrintLayout *self;

  g_return_val_if_fail (width > 0 && width < G_MAXINT16, NULL);
  g_return_val_if_fail (height > 0 && height < G_MAXINT16, NULL);

  self = g_new0 (LgPrintLayout, 1);
  self->width = width;
  self->height = height;
  self->margin_top = mm_to_points (LG_PRINT_MARGIN_TOP_MM);
  self->margin_bottom = mm_to_points (LG_PRINT_MARGIN_BOTTOM_MM);
  self->margin_left = self->margin_right = mm_to_points (LG_PRINT_MARGIN_SIDE_MM);
  self->family = g_strdup ("Sans");
  self->docs = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_document_free);
  self->titles = g_ptr_array_new_with_free_func (g_free);
  self->drawn_pages = g_ptr_array_new_with_free_func (drawn_page_free);
  return self;
}

void
lg_print_layout_free (LgPrintLayout *self)
{
  if (self == NULL)
    return;
  clear_pagination (self);
  g_clear_pointer (&self->docs, g_ptr_array_unref);
  g_clear_pointer (&self->titles, g_ptr_array_unref);
  g_clear_pointer (&self->drawn_pages, g_ptr_array_unref);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_free (self->footer_note);
  g_free (self->family);
  g_free (self);
}

/**
 * lg_print_layout_set_margins:
 * @self: a #LgPrintLayout
 * @top: in points, as the others
 * @right:
 * @bottom:
 * @left:
 *
 * Sets the margins around everything printed, header and footer included.
 */
void
lg_print_layout_set_margins (LgPrintLayout *self,
                             double         top,
                             double         right,
                             double         bottom,
                             double         left)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (left + right < self->width && top + bottom < self->height);

  self->margin_top = top;
  self->margin_right = right;
  self->margin_bottom = bottom;
  self->margin_left = left;
  self->paginated = FALSE;
}

/**
 * lg_print_layout_get_margins:
 * @self: a #LgPrintLayout
 * @top: (out): in points, as the others
 * @right: (out):
 * @bottom: (out):
 * @left: (out):
 */
void
lg_print_layout_get_margins (LgPrintLayout *self,
                             double        *top,
                             double        *right,
                             double        *bottom,
                             double        *left)
{
  g_return_if_fail (self != NULL);

  *top = self->margin_top;
  *right = self->margin_right;
  *bottom = self->margin_bottom;
  *left = self->margin_left;
}

/**
 * lg_print_layout_set_large_print:
 * @self: a #LgPrintLayout
 * @large_print: whether to print body text at 16 points, with wider
 *   line spacing, instead of 11
 */
void
lg_print_layout_set_large_print (LgPrintLayout *self,
                                 gboolean       large_print)
{
  g_return_if_fail (self != NULL);

  self->large_print = !!large_print;
  self->paginated = FALSE;
}

/**
 * lg_print_layout_set_font_family:
 * @self: a #LgPrintLayout
 * @family: a font family, or a comma-separated list of them
 */
void
lg_print_layout_set_font_family (LgPrintLayout *self,
                                 const char    *family)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (family != NULL && *family != '\0');

  g_free (self->family);
  self->family = g_strdup (family);
  self->paginated = FALSE;
}

/**
 * lg_print_layout_set_date:
 * @self: a #LgPrintLayout
 * @date: (nullable): the day to print in the footers, or %NULL for today
 */
void
lg_print_layout_set_date (LgPrintLayout *self,
                          GDateTime     *date)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = date ? g_date_time_ref (date) : NULL;
  self->paginated = FALSE;
}

/**
 * lg_print_layout_set_contents:
 * @self: a #LgPrintLayout
 * @contents: whether to start with a contents page listing every
 *   document's title and first page
 */
void
lg_print_layout_set_contents (LgPrintLayout *self,
                              gboolean       contents)
{
  g_return_if_fail (self != NULL);

  self->contents = !!contents;
  self->paginated = FALSE;
}

/**
 * lg_print_layout_add_document:
 * @self: a #LgPrintLayout
 * @doc: (transfer full): a document, which starts on a new page
 */
void
lg_print_layout_add_document (LgPrintLayout *self,
                              LgDocument    *doc)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (doc != NULL);

  g_ptr_array_add (self->docs, doc);
  g_ptr_array_add (self->titles, g_strdup (lg_document_get_title (doc)));
  self->paginated = FALSE;
}

/**
 * lg_print_layout_add_drawn_page:
 * @self: a #LgPrintLayout
 * @first: %TRUE to put the page before everything else (a cover), %FALSE
 *   after everything added so far
 * @title: (nullable): the page's title in the contents and bookmarks, or
 *   %NULL to leave it out of them
 * @func: draws the page
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data with the layout
 *
 * Adds a page that @func draws whole, under the layout's footer.
 */
void
lg_print_layout_add_drawn_page (LgPrintLayout   *self,
                                gboolean         first,
                                const char      *title,
                                LgPrintPageFunc  func,
                                gpointer         user_data,
                                GDestroyNotify   destroy)
{
  LgPrintDrawnPage *drawn;

  g_return_if_fail (self != NULL);
  g_return_if_fail (func != NULL);

  drawn = g_new0 (LgPrintDrawnPage, 1);
  drawn->first = !!first;
  drawn->title = g_strdup (title);
  drawn->func = func;
  drawn->data = user_data;
  drawn->destroy = destroy;
  g_ptr_array_add (self->drawn_pages, drawn);
  self->paginated = FALSE;
}

/**
 * lg_print_layout_set_footer_note:
 * @self: a #LgPrintLayout
 * @note: (nullable): a line for the footer of every page, after the date
 *   (the reader's 24-hour number), or %NULL
 */
void
lg_print_layout_set_footer_note (LgPrintLayout *self,
                                 const char    *note)
{
  g_return_if_fail (self != NULL);

  g_free (self->footer_note);
  self->footer_note = note != NULL && *note != '\0' ? g_strdup (note) : NULL;
  self->paginated = FALSE;
}

/**
 * lg_print_layout_get_n_pages:
 * @self: a #LgPrintLayout
 *
 * Returns: the number of pages, paginating first if needed
 */
guint
lg_print_layout_get_n_pages (LgPrintLayout *self)
{
  return lg_print_layout_paginate (self);
}

/**
 * lg_print_layout_get_body_height:
 * @self: a #LgPrintLayout
 *
 * Returns: the height left for the text between header and footer, in
 *   points
 */
double
lg_print_layout_get_body_height (LgPrintLayout *self)
{
  lg_print_layout_paginate (self);
  return pango_units_to_double (self->body_height);
}

/**
 * lg_print_layout_get_n_slices:
 * @self: a #LgPrintLayout
 * @page: a page, from 0
 *
 * Returns: how many pieces of blocks are on @page
 */
guint
lg_print_layout_get_n_slices (LgPrintLayout *self,
                              guint          page)
{
  g_return_val_if_fail (page < lg_print_layout_paginate (self), 0);

  return g_array_index (self->pages, LgPrintPage, page).n_slices;
}

/**
 * lg_print_layout_get_slice:
 * @self: a #LgPrintLayout
 * @page: a page, from 0
 * @index: a slice of it, from 0, top to bottom
 * @slice: (out caller-allocates): where the slice landed
 */
void
lg_print_layout_get_slice (LgPrintLayout *self,
                           guint          page,
                           guint          index,
                           LgPrintSlice  *slice)
{
  const LgPrintPage *p;
  const LgPrintElementSlice *s;
  const LgPrintElement *el;

  g_return_if_fail (page < lg_print_layout_paginate (self));
  p = &g_array_index (self->pages, LgPrintPage, page);
  g_return_if_fail (index < p->n_slices);

  s = &g_array_index (self->slices, LgPrintElementSlice, p->first_slice + index);
  el = element_at (self, s->element);
  slice->block = el->block;
  slice->first_line = s->first_line;
  slice->n_lines = s->end_line - s->first_line;
  slice->block_lines = el->n_lines;
  slice->y = pango_units_to_double (s->y);
  slice->height = pango_units_to_double (slice_height (el, s->first_line, s->end_line));
  slice->space_before = pango_units_to_double (el->space_before);
  slice->keep_with_next = el->keep_with_next;
}

/* }}} */
