/* lg-pack-private.h: what the pack's layout and its drawn pages share
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-pack.h"

G_BEGIN_DECLS

/* What the alert card shows; an empty string leaves a line to write on. */
typedef struct
{
  char *name;
  char *treatment;
  char *phone;       /* NULL: no 24-hour number yet */
  char *phone_name;  /* who answers the 24-hour number */
} LgPackCard;

/* What the cover shows. */
typedef struct
{
  char *date;
  char *name;        /* NULL if the reader gave none */
  char *phone;
  char *phone_name;
} LgPackCover;

void lg_pack_card_free   (gpointer  data);
void lg_pack_cover_free  (gpointer  data);

/* LgPrintPageFunc: the card page, with an LgPackCard, and the cover, with
 * an LgPackCover. */
void lg_pack_draw_card   (cairo_t  *cr,
                          double    width,
                          double    height,
                          gboolean  large_print,
                          gpointer  user_data);
void lg_pack_draw_cover  (cairo_t  *cr,
                          double    width,
                          double    height,
                          gboolean  large_print,
                          gpointer  user_data);

G_END_DECLS
