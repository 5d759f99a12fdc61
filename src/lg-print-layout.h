/* lg-print-layout.h: documents laid out on printed pages with Pango
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs no display: the command line writes PDFs with it, and the print
 * operation draws the same pages into whatever GTK hands it.
 */

#pragma once

#include <cairo.h>

#include "lg-document.h"

G_BEGIN_DECLS

/* The default margins, which hold the running header and footer too. */
#define LG_PRINT_MARGIN_TOP_MM     15.0
#define LG_PRINT_MARGIN_BOTTOM_MM  15.0
#define LG_PRINT_MARGIN_SIDE_MM    20.0

typedef enum
{
  LG_PAPER_A4,
  LG_PAPER_LETTER,
} LgPaper;

/* The smallest and largest paper the layout is used on, in millimetres:
 * A7 to A0 and a little more. Saved or chosen sizes outside are refused. */
#define LG_PRINT_PAPER_MIN_MM      74.0
#define LG_PRINT_PAPER_MAX_MM    1500.0

LgPaper      lg_print_paper_for_locale  (void);
gboolean     lg_print_paper_size_is_usable (double  width,
                                            double  height);
const char  *lg_print_paper_get_name    (LgPaper  paper);
void         lg_print_paper_get_size    (LgPaper  paper,
                                         double  *width,
                                         double  *height);

/* Where part of a document block landed, for tests and previews. */
typedef struct
{
  const LgDocBlock *block;        /* NULL for the contents page */
  guint             first_line;
  guint             n_lines;
  guint             block_lines;  /* lines of the whole piece */
  double            y;            /* points from the top of the body */
  double            height;       /* points */
  double            space_before; /* above the block, unless at a page top */
  gboolean          keep_with_next;
} LgPrintSlice;

typedef struct _LgPrintLayout LgPrintLayout;

/**
 * LgPrintPageFunc:
 * @cr: a cairo context whose unit is the point, origin at the paper's top
 *   left corner
 * @width: the paper's width, in points
 * @height: the paper's height, in points
 * @large_print: whether the layout is in large print
 * @user_data: the data given with the function
 *
 * Draws a whole page; the layout adds only the footer.
 */
typedef void (*LgPrintPageFunc) (cairo_t  *cr,
                                 double    width,
                                 double    height,
                                 gboolean  large_print,
                                 gpointer  user_data);

LgPrintLayout *lg_print_layout_new              (double          width,
                                                 double          height);
void           lg_print_layout_free             (LgPrintLayout  *self);
void           lg_print_layout_set_margins      (LgPrintLayout  *self,
                                                 double          top,
                                                 double          right,
                                                 double          bottom,
                                                 double          left);
void           lg_print_layout_get_margins      (LgPrintLayout  *self,
                                                 double         *top,
                                                 double         *right,
                                                 double         *bottom,
                                                 double         *left);
void           lg_print_layout_set_large_print  (LgPrintLayout  *self,
                                                 gboolean        large_print);
void           lg_print_layout_set_font_family  (LgPrintLayout  *self,
                                                 const char     *family);
void           lg_print_layout_set_date         (LgPrintLayout  *self,
                                                 GDateTime      *date);
void           lg_print_layout_set_contents     (LgPrintLayout  *self,
                                                 gboolean        contents);
void           lg_print_layout_add_document     (LgPrintLayout  *self,
                                                 LgDocument     *doc);
void           lg_print_layout_add_drawn_page   (LgPrintLayout  *self,
                                                 gboolean        first,
                                                 const char     *title,
                                                 LgPrintPageFunc func,
                                                 gpointer        user_data,
                                                 GDestroyNotify  destroy);
void           lg_print_layout_set_footer_note  (LgPrintLayout  *self,
                                                 const char     *note);
guint          lg_print_layout_paginate         (LgPrintLayout  *self);
guint          lg_print_layout_get_n_pages      (LgPrintLayout  *self);
double         lg_print_layout_get_body_height  (LgPrintLayout  *self);
guint          lg_print_layout_get_n_slices     (LgPrintLayout  *self,
                                                 guint           page);
void           lg_print_layout_get_slice        (LgPrintLayout  *self,
                                                 guint           page,
                                                 guint           index,
                                                 LgPrintSlice   *slice);
void           lg_print_layout_draw_page        (LgPrintLayout  *self,
                                                 cairo_t        *cr,
                                                 guint           page);
GBytes        *lg_print_layout_to_pdf           (LgPrintLayout  *self,
                                                 GError        **error);
gboolean       lg_print_layout_write_pdf        (LgPrintLayout  *self,
                                                 const char     *path,
                                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgPrintLayout, lg_print_layout_free)

G_END_DECLS
