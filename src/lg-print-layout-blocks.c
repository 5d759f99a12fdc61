/* lg-print-layout-blocks.c: document blocks as Pango layouts for print
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each block of a document becomes one element or more: a PangoLayout
 * with the spacing, indent, box and rules it is printed with, and whether
 * it may be split across pages or must stay with what follows. Corpus
 * text reaches Pango as text with attributes, never as markup.
 */

#define G_LOG_DOMAIN "lg-print-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lg-print-layout-private.h"

const LgPrintStyleInfo lg_print_styles[N_STYLES] = {
  [LG_PRINT_STYLE_TITLE]      = { 2.0,  1.05, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, 0x1a5fb4 },
  [LG_PRINT_STYLE_SUMMARY]    = { 1.2,  0,    PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x241f31 },
  [LG_PRINT_STYLE_META]       = { 0.9,  0,    PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x5e5c64 },
  [LG_PRINT_STYLE_HEADING]    = { 1.45, 1.05, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, 0x1a5fb4 },
  [LG_PRINT_STYLE_SUBHEADING] = { 1.15, 1.05, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, 0x241f31 },
  [LG_PRINT_STYLE_BODY]       = { 1.0,  0,    PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x241f31 },
  [LG_PRINT_STYLE_TERM]       = { 1.0,  0,    PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, 0x241f31 },
  [LG_PRINT_STYLE_CELL]       = { 0.95, 0,    PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x241f31 },
  [LG_PRINT_STYLE_HEAD_CELL]  = { 0.95, 0,    PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, 0x241f31 },
  [LG_PRINT_STYLE_SOURCE]     = { 0.85, 0,    PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x3d3846 },
  [LG_PRINT_STYLE_DISCLAIMER] = { 0.9,  0,    PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0x3d3846 },
  [LG_PRINT_STYLE_RUNNING]    = { 0.75, 1.0,  PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x5e5c64 },
};

static PangoAttribute *
color_attr (guint32 rgb)
{
  /* PangoColor channels are 16 bits: 0xff → 0xffff */
  return pango_attr_foreground_new (((rgb >> 16) & 0xff) * 0x101,
                                    ((rgb >> 8) & 0xff) * 0x101,
                                    (rgb & 0xff) * 0x101);
}

static PangoLayout *
new_layout (LgPrintLayout *self,
            LgPrintStyle   style,
            int            width)
{
  const LgPrintStyleInfo *info = &lg_print_styles[style];
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, self->family);
  pango_font_description_set_size (font, pango_units_from_double (self->body_size * info->size));
  pango_font_description_set_weight (font, info->weight);
  pango_font_description_set_style (font, info->slant);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, width);
  pango_layout_set_line_spacing (layout, info->line_spacing > 0 ? info->line_spacing
                                                                  : self->line_spacing);
  return layout;
}

static void
add_attr (PangoAttrList  *attrs,
          PangoAttribute *attr,
          gsize           start,
          gsize           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

/* Appends @inl as lg_inline_to_text (inl, TRUE) would, keeping strong
 * and emphasis and showing web and email targets after their links. The
 * text is never parsed as markup.
 */
static void
append_inline (GString        *text,
               PangoAttrList  *attrs,
               const LgInline *inl)
{
  for (guint i = 0; i < inl->n_runs; i++)
    {
      const LgRun *run = &inl->runs[i];
      gsize start = text->len;

      g_string_append (text, run->text);
      if (run->flags & LG_RUN_STRONG)
        add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, text->len);
      if (run->flags & LG_RUN_EMPHASIS)
        add_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, text->len);

      if (run->link == LG_LINK_EXTERNAL && run->target != NULL)
        {
          const char *shown = run->target;

          add_attr (attrs, color_attr (LINK_COLOR), start, text->len);
          if (g_str_has_prefix (shown, "mailto:"))
            shown += strlen ("mailto:");
          else if (g_str_has_prefix (shown, "tel:"))
            shown = NULL;

          if (shown != NULL && g_str_equal (shown, run->text))
            /* A bare address: break it anywhere, but never add hyphens. */
            add_attr (attrs, pango_attr_insert_hyphens_new (FALSE), start, text->len);
          else if (shown != NULL)
            {
              gsize target_start = text->len;

              g_string_append_printf (text, " <%s>", shown);
              add_attr (attrs, color_attr (TARGET_COLOR), target_start, text->len);
              add_attr (attrs, pango_attr_insert_hyphens_new (FALSE), target_start, text->len);
            }
        }
    }
}

static PangoLayout *
inline_layout (LgPrintLayout  *self,
               LgPrintStyle    style,
               int             width,
               const LgInline *title,
               const LgInline *inl)
{
  PangoLayout *layout = new_layout (self, style, width);
  PangoAttrList *attrs = pango_attr_list_new ();
  GString *text = g_string_new (NULL);

  if (title != NULL)
    {
      append_inline (text, attrs, title);
      add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, text->len);
      g_string_append_c (text, '\n');
    }
  if (inl != NULL)
    append_inline (text, attrs, inl);

  pango_layout_set_text (layout, text->str, text->len);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  g_string_free (text, TRUE);
  return layout;
}

/* Plain @text in @style, wrapped at @width, or unwrapped for -1. */
PangoLayout *
lg_print_layout_plain (LgPrintLayout *self,
                       LgPrintStyle   style,
                       int            width,
                       const char    *text)
{
  PangoLayout *layout = new_layout (self, style, width);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Records where each line of the element's layout sits. */
static void
measure (LgPrintElement *el)
{
  PangoLayoutIter *iter = pango_layout_get_iter (el->layout);
  int i = 0;

  el->n_lines = pango_layout_get_line_count (el->layout);
  el->tops = g_new (int, el->n_lines + 1);
  el->baselines = g_new (int, el->n_lines);
  el->line_x = g_new (int, el->n_lines);

  do
    {
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      el->tops[i] = y0;
      el->tops[i + 1] = y1;
      el->baselines[i] = pango_layout_iter_get_baseline (iter);
      el->line_x[i] = logical.x;
      i++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static LgPrintElement *
push (LgPrintLayout    *self,
      const LgDocBlock *block,
      guint             doc,
      LgPrintStyle      style,
      PangoLayout      *layout,
      int               x,
      int               space_before)
{
  LgPrintElement el = { 0 };

  el.block = block;
  el.doc = doc;
  el.style = style;
  el.layout = layout;
  el.x = x;
  el.space_before = space_before;
  el.box = NO_BOX;
  if (layout != NULL)
    measure (&el);
  g_array_append_val (self->elements, el);

  return &g_array_index (self->elements, LgPrintElement, self->elements->len - 1);
}

/* Elements go into a page whole unless they are so tall that moving them
 * would leave a large gap. */
static void
allow_break_if_tall (LgPrintLayout  *self,
                     LgPrintElement *el,
                     int             fraction)
{
  el->breakable = full_height (el) > self->body_height / fraction;
}

static gboolean
ends_with_colon (const LgInline *inl)
{
  return inl->plain != NULL && g_str_has_suffix (inl->plain, ":");
}

static void
add_list_item (LgPrintLayout    *self,
               guint             doc,
               const LgDocBlock *block,
               const LgDocBlock *next)
{
  LgPrintStyle style = block->kind == LG_DOC_SOURCE ? LG_PRINT_STYLE_SOURCE : LG_PRINT_STYLE_BODY;
  int gutter = em (self, 1.9);
  int space = block->first_in_list ? spacing (self, 0.6) : spacing (self, 0.3);
  g_autofree char *number = NULL;
  LgPrintElement *el;

  if (block->kind == LG_DOC_QUESTION)
    space = block->first_in_list ? spacing (self, 0.7) : spacing (self, 0.5);
  else if (block->kind == LG_DOC_SOURCE)
    space = block->first_in_list ? spacing (self, 0.5) : spacing (self, 0.25);

  el = push (self, block, doc, style,
             inline_layout (self, style, self->body_width - gutter, NULL, block->text),
             gutter, space);

  if (block->kind == LG_DOC_BULLET)
    el->marker = lg_print_layout_plain (self, style, -1, "•");
  else
    {
      number = g_strdup_printf ("%u.", block->number);
      el->marker = lg_print_layout_plain (self, style, -1, number);
    }

  if (block->kind == LG_DOC_QUESTION)
    {
      el->answer_pitch = em (self, self->large_print ? 1.7 : 2.1);
      el->pad_bottom = ANSWER_LINES * el->answer_pitch + em (self, 0.3);
    }

  /* No list item alone at the top or the bottom of a page. */
  el->keep_with_next = !block->last_in_list &&
                       (block->first_in_list || (next != NULL && next->last_in_list));
  allow_break_if_tall (self, el, 3);
}

static void
add_table (LgPrintLayout    *self,
           guint             doc,
           const LgDocBlock *block)
{
  const LgBlock *table = block->table;
  guint n_cols = table->n_columns;
  guint n_rows = table->n_items / n_cols;
  int gap = em (self, 1.0);
  int avail = self->body_width - gap * (n_cols - 1);
  g_autofree PangoLayout **cells = g_new0 (PangoLayout *, table->n_items);
  g_autofree int *natural = g_new0 (int, n_cols);
  g_autofree int *col_x = g_new0 (int, n_cols + 1);
  gint64 total = 0;

  for (guint c = 0; c < table->n_items; c++)
    {
      int w;

      cells[c] = inline_layout (self, c < n_cols ? LG_PRINT_STYLE_HEAD_CELL : LG_PRINT_STYLE_CELL, -1,
                                NULL, table->items[c]);
      pango_layout_get_size (cells[c], &w, NULL);
      natural[c % n_cols] = MAX (natural[c % n_cols], w);
    }
  for (guint c = 0; c < n_cols; c++)
    total += MAX (natural[c], 1);

  /* Half the width shared equally, half by how much each column holds. */
  for (guint c = 0; c < n_cols; c++)
    {
      int share = avail / (2 * n_cols) + (int) ((gint64) avail * MAX (natural[c], 1) / (2 * total));

      if (total <= avail)
        share = natural[c] + (avail - (int) total) / n_cols;
      col_x[c + 1] = col_x[c] + share + gap;
    }

  for (guint r = 0; r < n_rows; r++)
    {
      LgPrintElement *el;
      int row_height = 0;

      el = push (self, block, doc, r == 0 ? LG_PRINT_STYLE_HEAD_CELL : LG_PRINT_STYLE_CELL, NULL, 0,
                 r == 0 ? spacing (self, 0.8) : spacing (self, 0.35));
      el->n_cells = n_cols;
      el->cells = g_new0 (PangoLayout *, n_cols);
      el->cell_x = g_new0 (int, n_cols);
      for (guint c = 0; c < n_cols; c++)
        {
          PangoLayout *cell = g_steal_pointer (&cells[r * n_cols + c]);
          int h;

          pango_layout_set_width (cell, col_x[c + 1] - col_x[c] - gap);
          pango_layout_get_size (cell, NULL, &h);
          row_height = MAX (row_height, h);
          el->cells[c] = cell;
          el->cell_x[c] = col_x[c];
        }
      el->n_lines = 1;
      el->tops = g_new0 (int, 2);
      el->tops[1] = row_height;
      el->baselines = g_new0 (int, 1);
      el->line_x = g_new0 (int, 1);
      if (r == 0)
        {
          el->rule_below = TRUE;
          el->pad_bottom = em (self, 0.3);
          el->keep_with_next = el->heading = n_rows > 1;
        }
      else
        el->row_rule = r > 1;
    }
}

static void
add_block (LgPrintLayout    *self,
           guint             doc,
           const LgDocBlock *block,
           const LgDocBlock *next)
{
  int width = self->body_width;
  LgPrintElement *el;
  int pad, bar;

  switch (block->kind)
    {
    case LG_DOC_TITLE:
      el = push (self, block, doc, LG_PRINT_STYLE_TITLE,
                 inline_layout (self, LG_PRINT_STYLE_TITLE, width, NULL, block->text), 0, 0);
      el->keep_with_next = el->heading = TRUE;
      el->new_page = TRUE;
      break;

    case LG_DOC_SUMMARY:
      el = push (self, block, doc, LG_PRINT_STYLE_SUMMARY,
                 inline_layout (self, LG_PRINT_STYLE_SUMMARY, width, NULL, block->text), 0, em (self, 0.6));
      el->keep_with_next = TRUE;
      el->breakable = TRUE;
      break;

    case LG_DOC_META:
      el = push (self, block, doc, LG_PRINT_STYLE_META,
                 inline_layout (self, LG_PRINT_STYLE_META, width, NULL, block->text), 0, em (self, 0.4));
      el->rule_below = TRUE;
      el->pad_bottom = em (self, 0.9);
      el->keep_with_next = TRUE;
      break;

    case LG_DOC_HEADING:
      el = push (self, block, doc, LG_PRINT_STYLE_HEADING,
                 inline_layout (self, LG_PRINT_STYLE_HEADING, width, NULL, block->text), 0, em (self, 1.4));
      el->keep_with_next = el->heading = TRUE;
      break;

    case LG_DOC_SUBHEADING:
      el = push (self, block, doc, LG_PRINT_STYLE_SUBHEADING,
                 inline_layout (self, LG_PRINT_STYLE_SUBHEADING, width, NULL, block->text),
                 0, em (self, 1.1));
      el->keep_with_next = el->heading = TRUE;
      break;

    case LG_DOC_PARAGRAPH:
      el = push (self, block, doc, LG_PRINT_STYLE_BODY,
                 inline_layout (self, LG_PRINT_STYLE_BODY, width, NULL, block->text),
                 0, spacing (self, 0.65));
      el->breakable = TRUE;
      /* "The signs include:" introduces what follows. */
      el->keep_with_next = ends_with_colon (block->text);
      break;

    case LG_DOC_BULLET:
    case LG_DOC_NUMBERED:
    case LG_DOC_QUESTION:
    case LG_DOC_SOURCE:
      add_list_item (self, doc, block, next);
      break;

    case LG_DOC_CALLOUT:
      pad = em (self, 0.8);
      bar = em (self, 0.3);
      el = push (self, block, doc, LG_PRINT_STYLE_BODY,
                 inline_layout (self, LG_PRINT_STYLE_BODY, width - bar - 2 * pad, block->title, block->text),
                 bar + pad, spacing (self, 0.9));
      el->box = block->callout;
      el->pad_top = el->pad_bottom = em (self, 0.65);
      allow_break_if_tall (self, el, 2);
      break;

    case LG_DOC_DEFINITION:
      el = push (self, block, doc, LG_PRINT_STYLE_TERM,
                 inline_layout (self, LG_PRINT_STYLE_TERM, width, NULL, block->title),
                 0, block->first_in_list ? spacing (self, 0.8) : spacing (self, 0.55));
      el->keep_with_next = el->heading = TRUE;
      el = push (self, block, doc, LG_PRINT_STYLE_BODY,
                 inline_layout (self, LG_PRINT_STYLE_BODY, width - em (self, 1.2), NULL, block->text),
                 em (self, 1.2), spacing (self, 0.15));
      el->breakable = TRUE;
      break;

    case LG_DOC_TABLE:
      add_table (self, doc, block);
      break;

    case LG_DOC_DISCLAIMER:
      el = push (self, block, doc, LG_PRINT_STYLE_DISCLAIMER,
                 inline_layout (self, LG_PRINT_STYLE_DISCLAIMER, width, NULL, block->text),
                 0, em (self, 1.6));
      el->rule_above = TRUE;
      el->pad_top = em (self, 0.7);
      el->breakable = TRUE;
      break;

    default:
      g_assert_not_reached ();
    }
}

void
lg_print_layout_add_contents (LgPrintLayout *self)
{
  const LgGroup *group = NULL;
  int number_width = em (self, 3);
  gboolean grouped = TRUE;
  LgPrintElement *el;

  /* The whole guide is listed by group; a pack, which mixes topics with
   * parts of its own, is one list in its order. */
  for (guint d = 0; d < self->docs->len; d++)
    if (lg_document_get_topic (g_ptr_array_index (self->docs, d)) == NULL)
      grouped = FALSE;

  el = push (self, NULL, CONTENTS, LG_PRINT_STYLE_TITLE,
             /* Translators: the title of the first page of a PDF of the
              * whole guide, which lists the topics and their pages */
             lg_print_layout_plain (self, LG_PRINT_STYLE_TITLE, self->body_width, _("Contents")), 0, 0);
  el->rule_below = TRUE;
  el->pad_bottom = em (self, 0.6);
  el->keep_with_next = el->heading = TRUE;

  for (guint d = 0; d < self->docs->len; d++)
    {
      LgDocument *document = g_ptr_array_index (self->docs, d);
      const LgTopic *topic = lg_document_get_topic (document);

      if (grouped && topic->group != NULL && topic->group != group)
        {
          group = topic->group;
          el = push (self, NULL, CONTENTS, LG_PRINT_STYLE_SUBHEADING,
                     lg_print_layout_plain (self, LG_PRINT_STYLE_SUBHEADING, self->body_width,
                                            group->title),
                     0, em (self, 1.1));
          el->keep_with_next = el->heading = TRUE;
        }
      el = push (self, NULL, CONTENTS, LG_PRINT_STYLE_BODY,
                 lg_print_layout_plain (self, LG_PRINT_STYLE_BODY, self->body_width - number_width,
                                        lg_document_get_title (document)),
                 0, em (self, 0.4));
      el->is_toc_entry = TRUE;
      el->toc_doc = d;
    }

  /* Drawn pages at the end, such as an alert card, that have a title. */
  for (guint k = 0; k < self->drawn_pages->len; k++)
    {
      const LgPrintDrawnPage *drawn = g_ptr_array_index (self->drawn_pages, k);

      if (drawn->first || drawn->title == NULL)
        continue;
      el = push (self, NULL, CONTENTS, LG_PRINT_STYLE_BODY,
                 lg_print_layout_plain (self, LG_PRINT_STYLE_BODY, self->body_width - number_width,
                                         drawn->title),
                 0, em (self, 0.4));
      el->is_toc_entry = TRUE;
      el->toc_doc = self->docs->len + k;
    }
}

void
lg_print_element_clear (gpointer data)
{
  LgPrintElement *el = data;

  g_clear_object (&el->layout);
  g_clear_object (&el->marker);
  for (guint c = 0; c < el->n_cells; c++)
    g_object_unref (el->cells[c]);
  g_free (el->cells);
  g_free (el->cell_x);
  g_free (el->tops);
  g_free (el->baselines);
  g_free (el->line_x);
}

/* Every block of document @doc, in order. */
void
lg_print_layout_add_blocks (LgPrintLayout *self,
                            guint          doc)
{
  LgDocument *document = g_ptr_array_index (self->docs, doc);
  guint n = lg_document_get_n_blocks (document);

  for (guint b = 0; b < n; b++)
    add_block (self, doc, lg_document_get_block (document, b),
               b + 1 < n ? lg_document_get_block (document, b + 1) : NULL);
}
