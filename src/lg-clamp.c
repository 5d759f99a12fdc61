/* lg-clamp.c: keeps its child to a readable width, centred
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lines of about 70 characters are the easiest to read; GTK 4.8 has no
 * clamp of its own, so this one gives its child at most maximum-size
 * pixels of width and centres it in the rest.
 */

#define G_LOG_DOMAIN "lg-clamp"

#include "config.h"

#include "lg-clamp.h"

struct _LgClamp
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        maximum_size;
};

G_DEFINE_FINAL_TYPE (LgClamp, lg_clamp, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lg_clamp_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  LgClamp *self = LG_CLAMP (widget);

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Height for width only: a width for a given height would make
       * every wrapping label search for its narrowest fit, layout after
       * layout. */
      gtk_widget_measure (self->child, orientation, -1,
                          minimum, natural, NULL, NULL);
      *natural = MAX (*minimum, MIN (*natural, self->maximum_size));
    }
  else
    {
      int width = for_size < 0 ? for_size : MIN (for_size, self->maximum_size);

      gtk_widget_measure (self->child, orientation, width,
                          minimum, natural, NULL, NULL);
    }
}

static void
lg_clamp_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  LgClamp *self = LG_CLAMP (widget);
  GtkAllocation alloc;
  int child_min;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1,
                      &child_min, NULL, NULL, NULL);
  alloc.width = MAX (child_min, MIN (width, self->maximum_size));
  alloc.height = height;
  alloc.x = (width - alloc.width) / 2;
  alloc.y = 0;
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    alloc.x = width - alloc.width - alloc.x;

  gtk_widget_size_allocate (self->child, &alloc, baseline);
}

static GtkSizeRequestMode
lg_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lg_clamp_dispose (GObject *object)
{
  LgClamp *self = (LgClamp *)object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (lg_clamp_parent_class)->dispose (object);
}

static void
lg_clamp_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LgClamp *self = LG_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    case PROP_MAXIMUM_SIZE:
      g_value_set_int (value, self->maximum_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_clamp_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LgClamp *self = LG_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      lg_clamp_set_child (self, g_value_get_object (value));
      break;

    case PROP_MAXIMUM_SIZE:
      lg_clamp_set_maximum_size (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_clamp_class_init (LgClampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_clamp_dispose;
  object_class->get_property = lg_clamp_get_property;
  object_class->set_property = lg_clamp_set_property;

  widget_class->measure = lg_clamp_measure;
  widget_class->size_allocate = lg_clamp_size_allocate;
  widget_class->get_request_mode = lg_clamp_get_request_mode;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAXIMUM_SIZE] =
    g_param_spec_int ("maximum-size", NULL, NULL, 0, G_MAXINT, 720,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "lgclamp");
}

static void
lg_clamp_init (LgClamp *self)
{
  self->maximum_size = 720;
}

GtkWidget *
lg_clamp_new (void)
{
  return g_object_new (LG_TYPE_CLAMP, NULL);
}

void
lg_clamp_set_child (LgClamp   *self,
                    GtkWidget *child)
{
  g_return_if_fail (LG_IS_CLAMP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

GtkWidget *
lg_clamp_get_child (LgClamp *self)
{
  g_return_val_if_fail (LG_IS_CLAMP (self), NULL);
  return self->child;
}

void
lg_clamp_set_maximum_size (LgClamp *self,
                           int      maximum_size)
{
  g_return_if_fail (LG_IS_CLAMP (self));

  if (self->maximum_size == maximum_size)
    return;
  self->maximum_size = maximum_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_SIZE]);
}

int
lg_clamp_get_maximum_size (LgClamp *self)
{
  g_return_val_if_fail (LG_IS_CLAMP (self), 0);
  return self->maximum_size;
}
