/* lg-pack-draw.c: the appointment pack's cover and the alert card, drawn
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two pages of the pack that are not laid out like a topic: drawn
 * whole with cairo and Pango, under the layout's footer.
 *
 * The alert card is a bank card's size (ISO/IEC 7810 ID-1, 85.6 × 54 mm),
 * front and back side by side so that, cut out and folded along the line
 * between them, it makes one card with two sides. Its words follow the
 * guide's “Feeling unwell? Act now” topic (data/corpus/05-start.json).
 */

#define G_LOG_DOMAIN "lg-pack"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "lg-pack-private.h"

#define POINTS_PER_MM (72.0 / 25.4)

/* The card's outline and fold, a colour used for nothing else on its
 * page (tests find the card by it). */
#define CARD_EDGE_COLOR   0x3584e4
#define CARD_BAND_COLOR   0xc01c28
#define CARD_TEXT_COLOR   0x241f31
#define CARD_LINE_COLOR   0x77767b
#define CUT_MARK_COLOR    0x000000
#define COVER_GREY        0x5e5c64
#define CONTACT_TINT      0x2ec27e
#define CONTACT_BAR       0x26a269

static void
set_color (cairo_t *cr,
           guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static PangoLayout *
text_layout (cairo_t    *cr,
             const char *markup,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  cairo_font_options_t *options = cairo_font_options_create ();

  /* As the print layout does: metrics that do not depend on the device. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* Draws (if @draw) a layout at @x, @y and returns its height. */
static double
show (cairo_t    *cr,
      gboolean    draw,
      const char *markup,
      double      size,
      gboolean    bold,
      double      x,
      double      y,
      double      width,
      guint32     color)
{
  PangoLayout *layout = text_layout (cr, markup, size, bold, width);
  int h;

  pango_layout_get_size (layout, NULL, &h);
  if (draw)
    {
      set_color (cr, color);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  g_object_unref (layout);
  return pango_units_to_double (h);
}

static void
line (cairo_t *cr,
      double   x0,
      double   y0,
      double   x1,
      double   y1,
      double   width,
      guint32  color)
{
  cairo_save (cr);
  set_color (cr, color);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* "Label: value", or the label and a ruled line to write the value on
 * by hand. Returns the height used. */
static double
field (cairo_t    *cr,
       gboolean    draw,
       const char *label,
       const char *value,
       double      size,
       gboolean    big_value,
       double      x,
       double      y,
       double      width)
{
  g_autofree char *label_markup = g_markup_printf_escaped ("<b>%s</b>", label);
  PangoLayout *layout;
  PangoRectangle ink, logical;
  gboolean own_line;
  double h;

  if (value != NULL && *value != '\0')
    {
      g_autofree char *markup = big_value
        ? g_markup_printf_escaped ("<b>%s</b>\n<span size='larger' weight='bold'>%s</span>",
                                   label, value)
        : g_markup_printf_escaped ("<b>%s</b> %s", label, value);

      return show (cr, draw, markup, size, FALSE, x, y, width, CARD_TEXT_COLOR);
    }

  /* Room to write: a line from after the label to the right edge, one
   * and a half lines tall; or a line of its own, the card's width, for a
   * phone number (@big_value) or after a long label. */
  layout = text_layout (cr, label_markup, size, FALSE, width);
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  own_line = big_value || logical.width + size > width - 6 * size;
  h = logical.height * (own_line ? 3.2 : 1.6);
  if (draw)
    {
      double baseline = y + pango_units_to_double (pango_layout_get_baseline (layout));
      double start = x + logical.width + size;

      set_color (cr, CARD_TEXT_COLOR);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      if (own_line)
        {
          baseline += logical.height * 1.7;
          start = x;
        }
      line (cr, start, baseline + 1, x + width, baseline + 1, 0.6, CARD_LINE_COLOR);
    }
  g_object_unref (layout);
  return h;
}


/* The alert card {{{ */

void
lg_pack_card_free (gpointer data)
{
  LgPackCard *card = data;

  g_free (card->name);
  g_free (card->treatment);
  g_free (card->phone);
  g_free (card->phone_name);
  g_free (card);
}

/* The headings of the two sides, whose bands are as tall as each other.
 * Translators: the heading on the front of the wallet alert card */
#define FRONT_HEADING N_("Medical alert: acute leukaemia")
/* Translators: the heading on the back of the alert card */
#define BACK_HEADING  N_("If I have a temperature or feel unwell")

/* The band across the top of a side, with its heading in white. */
static double
band (cairo_t    *cr,
      gboolean    draw,
      const char *text,
      double      size,
      double      x,
      double      y,
      double      w,
      double      pad)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  PangoLayout *layout = text_layout (cr, markup, size * 1.15, TRUE, w - 2 * pad);
  int h = 0;
  double height;

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *side = g_markup_escape_text (_(i == 0 ? FRONT_HEADING : BACK_HEADING), -1);
      PangoLayout *measure = text_layout (cr, side, size * 1.15, TRUE, w - 2 * pad);
      int side_h;

      pango_layout_get_size (measure, NULL, &side_h);
      h = MAX (h, side_h);
      g_object_unref (measure);
    }
  height = pango_units_to_double (h) + 1.2 * pad;
  if (draw)
    {
      set_color (cr, CARD_BAND_COLOR);
      cairo_rectangle (cr, x, y, w, height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_move_to (cr, x + pad, y + 0.6 * pad);
      pango_cairo_show_layout (cr, layout);
    }
  g_object_unref (layout);
  return height;
}

/* The front: who I am and why it matters. Returns the height needed. */
static double
card_front (cairo_t    *cr,
            gboolean    draw,
            const LgPackCard *card,
            double      size,
            double      x,
            double      y,
            double      w)
{
  double pad = 3.2 * POINTS_PER_MM;
  double inner = w - 2 * pad;
  double top = y;
  g_autofree char *statement = NULL;

  y += band (cr, draw, _(FRONT_HEADING), size, x, y, w, pad);
  y += 0.55 * pad;

  /* Translators: on the front of the alert card, in the person's own
   * voice. Plain words: it is read by the person, by family and by staff
   * at a hospital's front door. */
  statement = g_markup_printf_escaped ("<b>%s</b> %s",
                                       _("I am having treatment for acute leukaemia."),
                                       _("I may be at risk of neutropenic sepsis, a serious "
                                         "infection that must be treated fast."));
  y += show (cr, draw, statement, size, FALSE, x + pad, y, inner, CARD_TEXT_COLOR);
  y += 0.4 * pad;
  /* Translators: on the alert card, before the person's name */
  y += field (cr, draw, _("Name:"), card->name, size, FALSE, x + pad, y, inner);
  y += 0.15 * pad;
  /* Translators: on the alert card, before the person's treatment */
  y += field (cr, draw, _("Treatment:"), card->treatment, size, FALSE, x + pad, y, inner);
  return y - top + 0.6 * pad;
}

/* The back: what to do, and the number to call. */
static double
card_back (cairo_t    *cr,
           gboolean    draw,
           const LgPackCard *card,
           double      size,
           double      x,
           double      y,
           double      w)
{
  double pad = 3.2 * POINTS_PER_MM;
  double inner = w - 2 * pad;
  double top = y;
  g_autofree char *what = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *fallback = NULL;

  y += band (cr, draw, _(BACK_HEADING), size, x, y, w, pad);
  y += 0.55 * pad;

  what = g_markup_printf_escaped ("<b>%s</b> %s",
                                  /* Translators: on the back of the alert card */
                                  _("Call my 24-hour number straight away, day or night."),
                                  _("Do not wait until the morning. Do not take paracetamol "
                                    "or ibuprofen first."));
  y += show (cr, draw, what, size, FALSE, x + pad, y, inner, CARD_TEXT_COLOR);
  y += 0.4 * pad;

  if (card->phone != NULL && card->phone_name != NULL && *card->phone_name != '\0')
    /* Translators: the 24-hour number on the alert card: the number,
     * then who answers it, as in “0123 456 7890 (Ward 7)” */
    phone = g_strdup_printf (_("%s (%s)"), card->phone, card->phone_name);
  else
    phone = g_strdup (card->phone);
  /* Translators: on the alert card, before the 24-hour number */
  y += field (cr, draw, _("My 24-hour number:"), phone, size, TRUE, x + pad, y, inner);
  y += 0.3 * pad;

  /* Translators: on the back of the alert card; as in the guide's
   * “Feeling unwell? Act now” page */
  fallback = g_markup_printf_escaped ("%s", _("If you cannot get through, call 999 in the "
                                              "UK (or your local emergency number), or go "
                                              "to A&E."));
  y += show (cr, draw, fallback, size * 0.92, FALSE, x + pad, y, inner, CARD_TEXT_COLOR);
  return y - top + 0.6 * pad;
}

static void
cut_mark (cairo_t *cr,
          double   x,
          double   y,
          double   dx,
          double   dy)
{
  double gap = 2 * POINTS_PER_MM;
  double len = 5 * POINTS_PER_MM;

  /* Two short lines outside the corner, along its edges. */
  line (cr, x + dx * gap, y, x + dx * (gap + len), y, 0.4, CUT_MARK_COLOR);
  line (cr, x, y + dy * gap, x, y + dy * (gap + len), 0.4, CUT_MARK_COLOR);
}

void
lg_pack_draw_card (cairo_t  *cr,
                   double    width,
                   double    height G_GNUC_UNUSED,
                   gboolean  large_print,
                   gpointer  user_data)
{
  const LgPackCard *card = user_data;
  double card_w = LG_CARD_WIDTH_MM * POINTS_PER_MM;
  double card_h = LG_CARD_HEIGHT_MM * POINTS_PER_MM;
  double left = (width - 2 * card_w) / 2;
  double margin = 20 * POINTS_PER_MM;
  double title_size = large_print ? 22 : 17;
  double body_size = large_print ? 15 : 11;
  double top, size, y;
  g_autofree char *title = NULL;
  g_autofree char *how = NULL;

  /* The words, then the card below them. */
  title = g_markup_escape_text (_("Alert card"), -1);
  y = 18 * POINTS_PER_MM;
  y += show (cr, TRUE, title, title_size, TRUE, margin, y, width - 2 * margin, CARD_TEXT_COLOR);
  y += body_size;
  /* Translators: how to make the alert card from the printed page */
  how = g_markup_escape_text (_("Print this page at full size (100%, not “fit to page”). Cut "
                                "along the outer edge of the card, fold it along the middle "
                                "line so that the words face out, and glue or tape it. Keep "
                                "it in your wallet or phone case, and show it if you go to "
                                "hospital."), -1);
  y += show (cr, TRUE, how, body_size, FALSE, margin, y, width - 2 * margin, CARD_TEXT_COLOR);
  top = MAX (y + 14 * POINTS_PER_MM, 70 * POINTS_PER_MM);

  /* The largest type that fits both sides, from 10 points (12 in large
   * print) down: long names and translations still fit. */
  for (size = large_print ? 12 : 10; size > 4.5; size -= 0.25)
    if (card_front (cr, FALSE, card, size, left, top, card_w) <= card_h &&
        card_back (cr, FALSE, card, size, left + card_w, top, card_w) <= card_h)
      break;

  cairo_save (cr);
  cairo_rectangle (cr, left, top, 2 * card_w, card_h);
  cairo_clip (cr);
  card_front (cr, TRUE, card, size, left, top, card_w);
  card_back (cr, TRUE, card, size, left + card_w, top, card_w);
  cairo_restore (cr);

  /* The edges, and the fold between front and back. */
  cairo_save (cr);
  set_color (cr, CARD_EDGE_COLOR);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, left, top, card_w, card_h);
  cairo_rectangle (cr, left + card_w, top, card_w, card_h);
  cairo_stroke (cr);
  cairo_restore (cr);

  cut_mark (cr, left, top, -1, -1);
  cut_mark (cr, left + 2 * card_w, top, 1, -1);
  cut_mark (cr, left, top + card_h, -1, 1);
  cut_mark (cr, left + 2 * card_w, top + card_h, 1, 1);
  /* The fold, marked above and below the card. */
  line (cr, left + card_w, top - 2 * POINTS_PER_MM, left + card_w, top - 7 * POINTS_PER_MM,
        0.4, CUT_MARK_COLOR);
  line (cr, left + card_w, top + card_h + 2 * POINTS_PER_MM,
        left + card_w, top + card_h + 7 * POINTS_PER_MM, 0.4, CUT_MARK_COLOR);

  {
    g_autofree char *fold = g_markup_escape_text (_("Fold here"), -1);
    /* Translators: above the two sides of the alert card, before it is
     * cut out and folded */
    g_autofree char *front = g_markup_escape_text (C_("alert card", "Front"), -1);
    g_autofree char *back = g_markup_escape_text (C_("alert card", "Back"), -1);
    double below = top + card_h + 8 * POINTS_PER_MM;
    PangoLayout *layout = text_layout (cr, fold, 8, FALSE, -1);
    int w;

    pango_layout_get_size (layout, &w, NULL);
    set_color (cr, COVER_GREY);
    cairo_move_to (cr, left + card_w - pango_units_to_double (w) / 2, below);
    pango_cairo_show_layout (cr, layout);
    g_object_unref (layout);
    /* Clear of the cut marks at the corners. */
    show (cr, TRUE, front, 8, FALSE, left + 10 * POINTS_PER_MM, top - 6 * POINTS_PER_MM, -1,
          COVER_GREY);
    layout = text_layout (cr, back, 8, FALSE, -1);
    pango_layout_get_size (layout, &w, NULL);
    cairo_move_to (cr, left + 2 * card_w - 10 * POINTS_PER_MM - pango_units_to_double (w),
                   top - 6 * POINTS_PER_MM);
    pango_cairo_show_layout (cr, layout);
    g_object_unref (layout);
  }
}

/* }}} */
/* The cover {{{ */

void
lg_pack_cover_free (gpointer data)
{
  LgPackCover *cover = data;

  g_free (cover->date);
  g_free (cover->name);
  g_free (cover->phone);
  g_free (cover->phone_name);
  g_free (cover);
}

void
lg_pack_draw_cover (cairo_t  *cr,
                    double    width,
                    double    height,
                    gboolean  large_print,
                    gpointer  user_data)
{
  const LgPackCover *cover = user_data;
  double scale = large_print ? 1.35 : 1.0;
  double margin = 25 * POINTS_PER_MM;
  double w = width - 2 * margin;
  double y = 0.22 * height;
  g_autofree char *app = g_markup_escape_text (_("Leukemia Guide"), -1);
  /* Translators: the title on the cover of the appointment pack */
  g_autofree char *title = g_markup_escape_text (_("My appointment pack"), -1);
  g_autofree char *date = g_markup_escape_text (cover->date, -1);
  g_autofree char *inside = NULL;

  y += show (cr, TRUE, app, 14 * scale, FALSE, margin, y, w, COVER_GREY);
  y += 4 * scale;
  y += show (cr, TRUE, title, 30 * scale, TRUE, margin, y, w, CARD_TEXT_COLOR);
  y += 10 * scale;
  line (cr, margin, y, margin + w, y, 1.5, CARD_TEXT_COLOR);
  y += 14 * scale;
  y += show (cr, TRUE, date, 15 * scale, FALSE, margin, y, w, CARD_TEXT_COLOR);
  if (cover->name != NULL)
    {
      /* Translators: on the pack's cover, whose pack it is */
      g_autofree char *who = g_markup_printf_escaped (_("For %s"), cover->name);

      y += 6 * scale;
      y += show (cr, TRUE, who, 15 * scale, FALSE, margin, y, w, CARD_TEXT_COLOR);
    }

  y += 24 * scale;
  /* Translators: on the pack's cover, what it holds */
  inside = g_markup_escape_text (_("Inside: the pages I chose, my questions with room for the "
                                   "answers, my notes, my care team, and an alert card to cut "
                                   "out and keep."), -1);
  y += show (cr, TRUE, inside, 12 * scale, FALSE, margin, y, w, CARD_TEXT_COLOR);

  /* The 24-hour number, in a box like the guide's contact callouts. */
  {
    double pad = 12 * scale;
    double top = y + 24 * scale;
    g_autofree char *heading = g_markup_escape_text (_("My 24-hour number"), -1);
    g_autofree char *number = NULL;
    g_autofree char *advice = g_markup_escape_text (_("If you feel unwell, call it straight "
                                                      "away, day or night. Do not wait until "
                                                      "the morning."), -1);
    double h = 0;
    int pass;

    if (cover->phone != NULL)
      number = cover->phone_name != NULL && *cover->phone_name != '\0'
        ? g_markup_printf_escaped ("<b>%s</b>  %s", cover->phone, cover->phone_name)
        : g_markup_printf_escaped ("<b>%s</b>", cover->phone);

    /* Measured, then drawn over its box. */
    for (pass = 0; pass < 2; pass++)
      {
        gboolean draw = pass == 1;
        double x = margin + pad + 4;
        double inner = w - 2 * pad - 4;
        double yy = top + pad;

        if (draw)
          {
            cairo_save (cr);
            set_color (cr, CONTACT_TINT);
            cairo_rectangle (cr, margin, top, w, h);
            cairo_clip (cr);
            cairo_paint_with_alpha (cr, 0.14);
            cairo_restore (cr);
            cairo_save (cr);
            set_color (cr, CONTACT_BAR);
            cairo_rectangle (cr, margin, top, 4, h);
            cairo_fill (cr);
            cairo_restore (cr);
          }
        yy += show (cr, draw, heading, 13 * scale, TRUE, x, yy, inner, CARD_TEXT_COLOR);
        yy += 4 * scale;
        if (number != NULL)
          yy += show (cr, draw, number, 18 * scale, FALSE, x, yy, inner, CARD_TEXT_COLOR);
        else
          {
            if (draw)
              line (cr, x, yy + 24 * scale, x + inner, yy + 24 * scale, 0.6, CARD_LINE_COLOR);
            yy += 30 * scale;
          }
        yy += 6 * scale;
        yy += show (cr, draw, advice, 11 * scale, FALSE, x, yy, inner, CARD_TEXT_COLOR);
        h = yy + pad - top;
      }
  }
}

/* }}} */
