/* lg-content-view-private.h: what lg-content-view*.c share
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-content-view.h"
#include "lg-personal-store.h"
#include "lg-term-popover.h"

G_BEGIN_DECLS

struct _LgContentView
{
  GtkWidget          parent_instance;

  GtkScrolledWindow *scroller;
  LgTermPopover     *term_popover;  /* made on the first glossary link */
  GtkWidget         *term_label;    /* weak: the label it was opened from */
  guint              term_link;     /* which of the label's links */
  GtkWidget         *box;
  GdkCursor         *text_cursor; /* for text not yet selectable */
  LgDocument        *doc;
  GHashTable        *anchors;   /* section id → heading widget */
  GPtrArray         *labels;    /* every text label, in reading order */
  guint              n_built;   /* blocks of doc made into widgets so far */
  guint              build_idle;
  char              *pending_anchor;
  double             pending_scroll;
  gint64             pending_frame;
  guint              scroll_tick;
  GArray            *matches;   /* LgContentMatch, in reading order */
  int                current_match;
  char              *highlight_query;  /* the words the highlights were found for */
  LgPersonalStore   *store;          /* what the reader keeps, or NULL */
  gulong             store_changed_id;
  GtkWidget         *personal_callout;  /* my 24-hour number, on act-now */
  GtkWidget         *personal_callout_label;
  GtkWidget         *place_block;    /* weak: the block kept in view through a zoom */
  double             place_fraction; /* how far into it the view starts */
  int                place_height;
  guint              place_tries;
  guint              place_timeout;
};

typedef struct
{
  GtkLabel *label;
  guint     start;
  guint     end;
} LgContentMatch;

void       lg_content_view_ensure_complete (LgContentView    *self);
GtkWidget *lg_content_view_decorate_block  (LgContentView    *self,
                                            const LgDocBlock *block,
                                            GtkWidget        *widget);
void       lg_content_view_clear_personal  (LgContentView    *self);
void       lg_content_view_dispose_place   (LgContentView    *self);

G_END_DECLS
