/* lg-squeezer.c: shows the first of its children that has room
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header bar's wide-only parts (the labels beside icons, Back and
 * Forward) must not make the window wider than a phone: a window manager
 * will not size a window below the minimum it gives. A squeezer asks for
 * no more than its smallest child, or for nothing with allow-none, and of
 * its children, largest first, shows the first whose minimum width fits.
 * The others are hidden (not child-visible), so the keyboard focus and
 * screen readers skip them. GTK 4.8 has nothing like it (libadwaita's
 * AdwSqueezer is the model).
 *
 * Children are added in a .ui file as <child> elements, largest first.
 */

#define G_LOG_DOMAIN "lg-squeezer"

#include "config.h"

#include "lg-squeezer.h"

struct _LgSqueezer
{
  GtkWidget  parent_instance;

  GtkWidget *visible_child;
  gboolean   allow_none;
};

G_DEFINE_FINAL_TYPE (LgSqueezer, lg_squeezer, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ALLOW_NONE,
  PROP_VISIBLE_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lg_squeezer_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  LgSqueezer *self = LG_SQUEEZER (widget);
  int smallest = -1;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_get_visible (child))
        continue;
      /* Every child is measured at its own width: which one shows
       * depends on the width, and the height must not. */
      gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
      *natural = MAX (*natural, child_nat);
      if (orientation == GTK_ORIENTATION_VERTICAL)
        *minimum = MAX (*minimum, child_min);
      else
        smallest = smallest < 0 ? child_min : MIN (smallest, child_min);
    }
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = self->allow_none || smallest < 0 ? 0 : smallest;
}

static void
set_visible_child (LgSqueezer *self,
                   GtkWidget  *visible_child)
{
  if (self->visible_child == visible_child)
    return;
  self->visible_child = visible_child;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_CHILD]);
}

static void
lg_squeezer_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  LgSqueezer *self = LG_SQUEEZER (widget);
  GtkWidget *shown = NULL;
  GtkWidget *last = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min;

      if (!gtk_widget_get_visible (child))
        continue;
      last = child;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
      if (child_min <= width)
        {
          shown = child;
          break;
        }
    }
  /* Without allow-none the smallest child shows, as small as it can be. */
  if (shown == NULL && !self->allow_none)
    shown = last;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_child_visible (child) != (child == shown))
      gtk_widget_set_child_visible (child, child == shown);

  if (shown != NULL)
    {
      int child_min;

      gtk_widget_measure (shown, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
      gtk_widget_size_allocate (shown,
                                &(GtkAllocation) { 0, 0, MAX (width, child_min), height },
                                baseline);
    }
  set_visible_child (self, shown);
}

static void
lg_squeezer_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  LG_SQUEEZER (object)->visible_child = NULL;

  G_OBJECT_CLASS (lg_squeezer_parent_class)->dispose (object);
}

static void
lg_squeezer_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LgSqueezer *self = LG_SQUEEZER (object);

  switch (prop_id)
    {
    case PROP_ALLOW_NONE:
      g_value_set_boolean (value, self->allow_none);
      break;

    case PROP_VISIBLE_CHILD:
      g_value_set_object (value, self->visible_child);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_squeezer_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LgSqueezer *self = LG_SQUEEZER (object);

  switch (prop_id)
    {
    case PROP_ALLOW_NONE:
      lg_squeezer_set_allow_none (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_squeezer_class_init (LgSqueezerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_squeezer_dispose;
  object_class->get_property = lg_squeezer_get_property;
  object_class->set_property = lg_squeezer_set_property;

  widget_class->measure = lg_squeezer_measure;
  widget_class->size_allocate = lg_squeezer_size_allocate;

  /**
   * LgSqueezer:allow-none:
   *
   * Whether the squeezer may show none of its children, and so asks for
   * no width at all.
   */
  properties[PROP_ALLOW_NONE] =
    g_param_spec_boolean ("allow-none", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LgSqueezer:visible-child:
   *
   * The child shown at the last allocation, or %NULL.
   */
  properties[PROP_VISIBLE_CHILD] =
    g_param_spec_object ("visible-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "lgsqueezer");
}

static void
lg_squeezer_init (LgSqueezer *self)
{
}

GtkWidget *
lg_squeezer_new (void)
{
  return g_object_new (LG_TYPE_SQUEEZER, NULL);
}

void
lg_squeezer_set_allow_none (LgSqueezer *self,
                            gboolean    allow_none)
{
  g_return_if_fail (LG_IS_SQUEEZER (self));

  allow_none = !!allow_none;
  if (self->allow_none == allow_none)
    return;
  self->allow_none = allow_none;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_NONE]);
}

gboolean
lg_squeezer_get_allow_none (LgSqueezer *self)
{
  g_return_val_if_fail (LG_IS_SQUEEZER (self), FALSE);
  return self->allow_none;
}

/**
 * lg_squeezer_get_visible_child:
 * @self: a #LgSqueezer
 *
 * Returns: (nullable) (transfer none): the child shown, if any
 */
GtkWidget *
lg_squeezer_get_visible_child (LgSqueezer *self)
{
  g_return_val_if_fail (LG_IS_SQUEEZER (self), NULL);
  return self->visible_child;
}
