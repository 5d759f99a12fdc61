/* lg-print-layout-private.h: what the parts of LgPrintLayout share
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lg-print-layout.c paginates, lg-print-layout-blocks.c turns document
 * blocks into elements (Pango layouts), lg-print-layout-draw.c draws pages.
 * Every length here is in Pango units unless it says otherwise.
 */

#pragma once

#include <pango/pangocairo.h>

#include "lg-print-layout.h"

G_BEGIN_DECLS

/* Lines of a split paragraph kept at the bottom of a page (orphans) and
 * carried to the top of the next (widows). */
#define ORPHANS 2
#define WIDOWS  2

/* Ruled lines under each question, for the answer. */
#define ANSWER_LINES 3

#define NO_BOX     (-1)
#define CONTENTS   G_MAXUINT

typedef enum
{
  LG_PRINT_STYLE_TITLE,
  LG_PRINT_STYLE_SUMMARY,
  LG_PRINT_STYLE_META,
  LG_PRINT_STYLE_HEADING,
  LG_PRINT_STYLE_SUBHEADING,
  LG_PRINT_STYLE_BODY,
  LG_PRINT_STYLE_TERM,
  LG_PRINT_STYLE_CELL,
  LG_PRINT_STYLE_HEAD_CELL,
  LG_PRINT_STYLE_SOURCE,
  LG_PRINT_STYLE_DISCLAIMER,
  LG_PRINT_STYLE_RUNNING,
  N_STYLES
} LgPrintStyle;

typedef struct
{
  double      size;          /* times the body size */
  double      line_spacing;  /* 0 for the body's */
  PangoWeight weight;
  PangoStyle  slant;
  guint32     color;
} LgPrintStyleInfo;

extern const LgPrintStyleInfo lg_print_styles[N_STYLES];

/* Colours, as 0xRRGGBB */
#define LINK_COLOR    0x1a5fb4
#define TARGET_COLOR  0x5e5c64
#define RULE_COLOR    0xc0bfbc
#define ANSWER_COLOR  0x9a9996

typedef struct
{
  const LgDocBlock *block;
  guint             doc;          /* index in docs, or CONTENTS */
  LgPrintStyle      style;
  PangoLayout      *layout;       /* the text; NULL for a table row */
  PangoLayout      *marker;       /* a list item's bullet or number */
  PangoLayout     **cells;        /* a table row */
  int              *cell_x;
  guint             n_cells;
  int               x;            /* the text's left edge, from the margin */
  int               space_before; /* dropped at the top of a page */
  int               pad_top;
  int               pad_bottom;
  int               n_lines;
  int              *tops;         /* n_lines + 1: each line's top, then the bottom */
  int              *baselines;
  int              *line_x;
  int               answer_pitch; /* questions: the ruled lines' spacing */
  int               box;          /* NO_BOX or the LgCalloutKind of a callout */
  guint             toc_doc;      /* a contents entry: its document */
  guint             keep_with_next : 1;
  guint             heading : 1;      /* never the last thing on a page */
  guint             breakable : 1;
  guint             new_page : 1;
  guint             rule_above : 1;
  guint             rule_below : 1;
  guint             row_rule : 1;
  guint             is_toc_entry : 1;
} LgPrintElement;

typedef struct
{
  guint element;
  int   first_line;
  int   end_line;
  int   y;
} LgPrintElementSlice;

typedef struct
{
  guint first_slice;
  guint n_slices;
  guint doc;
  int   drawn;        /* -1, or the index of a drawn page in drawn_pages */
} LgPrintPage;

/* A page drawn whole by its owner: a pack's cover, an alert card. */
typedef struct
{
  gboolean         first;  /* before everything, or after */
  char            *title;  /* for the contents and bookmarks, or NULL */
  LgPrintPageFunc  func;
  gpointer         data;
  GDestroyNotify   destroy;
} LgPrintDrawnPage;

struct _LgPrintLayout
{
  double        width;        /* points */
  double        height;
  double        margin_top;
  double        margin_right;
  double        margin_bottom;
  double        margin_left;
  gboolean      large_print;
  gboolean      contents;
  char         *family;
  GDateTime    *date;
  GPtrArray    *docs;         /* LgDocument */
  GPtrArray    *titles;       /* the running header of each document */
  GPtrArray    *drawn_pages;  /* LgPrintDrawnPage */
  char         *footer_note;

  /* Made by lg_print_layout_paginate() */
  gboolean      paginated;
  PangoContext *context;
  double        body_size;    /* points */
  double        line_spacing;
  int           body_width;   /* Pango units, as everything below */
  int           body_top;
  int           body_height;
  int           running_height;
  GArray       *elements;
  GArray       *slices;
  GArray       *pages;
  guint        *doc_pages;    /* the page each document starts on, then
                               * each drawn page's */
  char         *printed;

  /* Drawing our own PDF: page numbers are the PDF's, so links can use them */
  gboolean      pdf_links;
};

static inline int
em (LgPrintLayout *self,
    double         factor)
{
  return pango_units_from_double (self->body_size * factor);
}

/* Space between blocks: wider in large print, where the lines are further
 * apart too, so that paragraphs and list items still stand apart. */
static inline int
spacing (LgPrintLayout *self,
         double         factor)
{
  return em (self, self->large_print ? factor * 1.5 : factor);
}

static inline const LgPrintElement *
element_at (LgPrintLayout *self,
            guint          i)
{
  return &g_array_index (self->elements, LgPrintElement, i);
}

static inline int
slice_height (const LgPrintElement *el,
              int                   first,
              int                   end)
{
  int h = el->tops[end] - el->tops[first];

  if (first == 0 || el->box != NO_BOX)
    h += el->pad_top;
  if (end == el->n_lines || el->box != NO_BOX)
    h += el->pad_bottom;
  return h;
}

static inline int
full_height (const LgPrintElement *el)
{
  return slice_height (el, 0, el->n_lines);
}

PangoLayout *lg_print_layout_plain        (LgPrintLayout *self,
                                           LgPrintStyle   style,
                                           int            width,
                                           const char    *text);
void         lg_print_layout_add_blocks   (LgPrintLayout *self,
                                           guint          doc);
void         lg_print_layout_add_contents (LgPrintLayout *self);
void         lg_print_element_clear       (gpointer       data);

G_END_DECLS
