/* lg-page-box.c: the content pane's column of blocks, drawn near the view only
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vertical GtkBox inside a scrolled window that draws only the children
 * near what the scrolled window shows. A box draws every child, and GTK
 * keeps what each one drew: for a long page that is the glyphs of every
 * line, most of them never on screen. The children all stay built, laid
 * out and mapped, so the page's height, finding words and screen readers
 * see the whole page; scrolling draws the box again (each child keeps
 * what it drew).
 */

#define G_LOG_DOMAIN "lg-page-box"

#include "config.h"

#include "lg-page-box.h"

/* How far above and below the view children are still drawn, so that a
 * frame drawn as scrolling starts is never short of text. */
#define MARGIN 600

struct _LgPageBox
{
  GtkBox         parent_instance;

  GtkAdjustment *vadjustment;   /* the scrolled window's, while mapped */
};

G_DEFINE_FINAL_TYPE (LgPageBox, lg_page_box, GTK_TYPE_BOX)

static void
lg_page_box_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  double top = -G_MAXDOUBLE, bottom = G_MAXDOUBLE, x, y;

  if (scroller != NULL && gtk_widget_translate_coordinates (scroller, widget, 0, 0, &x, &y))
    {
      top = y - MARGIN;
      bottom = y + gtk_widget_get_height (scroller) + MARGIN;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_compute_bounds (child, widget, &bounds))
        continue;
      /* Children run down the page: none after this one is nearer. */
      if (bounds.origin.y > bottom)
        break;
      if (bounds.origin.y + bounds.size.height >= top)
        gtk_widget_snapshot_child (widget, child, snapshot);
    }
}

static void
lg_page_box_map (GtkWidget *widget)
{
  LgPageBox *self = LG_PAGE_BOX (widget);
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  GTK_WIDGET_CLASS (lg_page_box_parent_class)->map (widget);

  /* The viewport moves what the box drew: draw again for what comes into
   * view, when it scrolls ("value-changed") or grows taller ("changed"). */
  if (scroller != NULL)
    {
      self->vadjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)));
      g_signal_connect_object (self->vadjustment, "value-changed",
                               G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->vadjustment, "changed",
                               G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
    }
}

static void
lg_page_box_unmap (GtkWidget *widget)
{
  LgPageBox *self = LG_PAGE_BOX (widget);

  if (self->vadjustment != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->vadjustment, self);
      g_clear_object (&self->vadjustment);
    }

  GTK_WIDGET_CLASS (lg_page_box_parent_class)->unmap (widget);
}

static void
lg_page_box_class_init (LgPageBoxClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = lg_page_box_snapshot;
  widget_class->map = lg_page_box_map;
  widget_class->unmap = lg_page_box_unmap;
}

static void
lg_page_box_init (LgPageBox *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
}

/**
 * lg_page_box_new:
 *
 * Returns: (transfer floating): a new vertical box for the content pane
 */
GtkWidget *
lg_page_box_new (void)
{
  return g_object_new (LG_TYPE_PAGE_BOX, NULL);
}
