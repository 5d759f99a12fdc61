/* lg-bullet-item.c: a bulleted or numbered item of the content pane, its marker drawn
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An item's text is a label; its bullet or number is not a widget but is
 * drawn beside the label's first line, in the label's font, in the room
 * the label's start margin leaves (data/style.css). A long page has
 * hundreds of items, and a widget of its own for each marker (with its
 * style, accessible object and layout) cost more than the text.
 *
 * The marker is decoration: screen readers hear the item's text, as they
 * did when the marker was a hidden label.
 */

#define G_LOG_DOMAIN "lg-bullet-item"

#include "config.h"

#include "lg-bullet-item.h"

/* The gap between a marker and its text, as the style sheet leaves it. */
#define MARKER_GAP 6

struct _LgBulletItem
{
  GtkWidget    parent_instance;

  char        *marker;
  PangoLayout *layout;   /* the marker, made when first drawn */
};

G_DEFINE_FINAL_TYPE (LgBulletItem, lg_bullet_item, GTK_TYPE_WIDGET)

static GtkLabel *
get_text (LgBulletItem *self)
{
  return GTK_LABEL (gtk_widget_get_first_child (GTK_WIDGET (self)));
}

static void
lg_bullet_item_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  LgBulletItem *self = LG_BULLET_ITEM (widget);
  GtkWidget *text = GTK_WIDGET (get_text (self));
  PangoRectangle logical;
  GdkRGBA color;
  double origin_x, origin_y;
  int text_x, text_y, x, y;

  gtk_widget_snapshot_child (widget, text, snapshot);

  if (!gtk_widget_translate_coordinates (text, widget, 0, 0, &origin_x, &origin_y))
    return;

  /* The marker takes the text's font and colour, and sits on the
   * baseline of its first line, whatever the text size. */
  if (self->layout == NULL)
    self->layout = gtk_widget_create_pango_layout (text, self->marker);
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  gtk_label_get_layout_offsets (GTK_LABEL (text), &text_x, &text_y);

  y = origin_y + text_y +
      PANGO_PIXELS (pango_layout_get_baseline (gtk_label_get_layout (GTK_LABEL (text)))) -
      PANGO_PIXELS (pango_layout_get_baseline (self->layout));
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = origin_x + gtk_widget_get_width (text) + MARKER_GAP;
  else
    x = origin_x - MARKER_GAP - logical.width;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (text), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
lg_bullet_item_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  LgBulletItem *self = LG_BULLET_ITEM (widget);

  GTK_WIDGET_CLASS (lg_bullet_item_parent_class)->css_changed (widget, change);
  /* A new font or text size: lay the marker out again when drawn. */
  g_clear_object (&self->layout);
}

static void
lg_bullet_item_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lg_bullet_item_parent_class)->dispose (object);
}

static void
lg_bullet_item_finalize (GObject *object)
{
  LgBulletItem *self = LG_BULLET_ITEM (object);

  g_clear_object (&self->layout);
  g_free (self->marker);

  G_OBJECT_CLASS (lg_bullet_item_parent_class)->finalize (object);
}

static void
lg_bullet_item_class_init (LgBulletItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_bullet_item_dispose;
  object_class->finalize = lg_bullet_item_finalize;
  widget_class->snapshot = lg_bullet_item_snapshot;
  widget_class->css_changed = lg_bullet_item_css_changed;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lgbulletitem");
}

static void
lg_bullet_item_init (LgBulletItem *self)
{
}

/**
 * lg_bullet_item_new:
 * @marker: the bullet or number, such as "•" or "3."
 * @text: (transfer floating): a #GtkLabel with the item's text
 *
 * Returns: (transfer floating): a new list item
 */
GtkWidget *
lg_bullet_item_new (const char *marker,
                    GtkWidget  *text)
{
  LgBulletItem *self;

  g_return_val_if_fail (marker != NULL, NULL);
  g_return_val_if_fail (GTK_IS_LABEL (text), NULL);

  self = g_object_new (LG_TYPE_BULLET_ITEM, NULL);
  self->marker = g_strdup (marker);
  gtk_widget_set_parent (text, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

/**
 * lg_bullet_item_get_marker:
 * @self: a #LgBulletItem
 *
 * Returns: the item's bullet or number
 */
const char *
lg_bullet_item_get_marker (LgBulletItem *self)
{
  g_return_val_if_fail (LG_IS_BULLET_ITEM (self), NULL);
  return self->marker;
}
