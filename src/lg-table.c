/* lg-table.c: a table of the content pane, in columns or, when narrow, stacked
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first row holds the headings. Where each column has room for about
 * MIN_COLUMN_CHARS characters, the cells sit in columns, as in a grid.
 * Where it has not (a phone's width, large text), each row is stacked:
 * every cell on a line of its own under its column's heading, which is
 * repeated there in a caption (a label of its own, outside the page's
 * text, so finding words and the page's text see each cell once).
 */

#define G_LOG_DOMAIN "lg-table"

#include "config.h"

#include "lg-table.h"

#define COLUMN_SPACING 18
#define ROW_SPACING 6
/* Between a caption and its cell, and between stacked rows. */
#define CAPTION_SPACING 2
#define STACKED_ROW_SPACING 14
#define MIN_COLUMN_CHARS 10

struct _LgTable
{
  GtkWidget  parent_instance;

  guint      n_columns;
  GPtrArray *cells;     /* row by row, the headings first */
  GPtrArray *captions;  /* one a cell below the headings */
};

G_DEFINE_FINAL_TYPE (LgTable, lg_table, GTK_TYPE_WIDGET)

static guint
n_rows (LgTable *self)
{
  return (self->cells->len + self->n_columns - 1) / self->n_columns;
}

static GtkWidget *
cell_at (LgTable *self,
         guint    row,
         guint    column)
{
  guint i = row * self->n_columns + column;

  return i < self->cells->len ? g_ptr_array_index (self->cells, i) : NULL;
}

static GtkWidget *
caption_at (LgTable *self,
            guint    row,
            guint    column)
{
  guint i = (row - 1) * self->n_columns + column;

  return row > 0 && i < self->captions->len ? g_ptr_array_index (self->captions, i) : NULL;
}

/* Whether columns fit @width: each about MIN_COLUMN_CHARS characters of
 * the table's text. */
static gboolean
fits_columns (LgTable *self,
              int      width)
{
  GtkWidget *sample = cell_at (self, n_rows (self) > 1 ? 1 : 0, 0);
  PangoFontMetrics *metrics;
  int char_width;

  if (sample == NULL || self->n_columns <= 1)
    return TRUE;
  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (sample), NULL, NULL);
  char_width = PANGO_PIXELS (pango_font_metrics_get_approximate_char_width (metrics));
  pango_font_metrics_unref (metrics);
  return width >= (int) self->n_columns * MIN_COLUMN_CHARS * char_width +
                  (int) (self->n_columns - 1) * COLUMN_SPACING;
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  if (widget != NULL)
    gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int minimum = 0;

  if (widget != NULL)
    gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* The columns' widths in @width: each its minimum, and what is left
 * shared in proportion to what each would like beyond that. */
static void
column_widths (LgTable *self,
               int      width,
               int     *widths)
{
  int total_min = 0, total_extra = 0, left;
  int *extra = g_newa (int, self->n_columns);

  for (guint c = 0; c < self->n_columns; c++)
    {
      int column_min = 0, column_nat = 0;

      for (guint r = 0; r < n_rows (self); r++)
        {
          GtkWidget *cell = cell_at (self, r, c);
          int m = 0, n = 0;

          if (cell != NULL)
            gtk_widget_measure (cell, GTK_ORIENTATION_HORIZONTAL, -1, &m, &n, NULL, NULL);
          column_min = MAX (column_min, m);
          column_nat = MAX (column_nat, n);
        }
      widths[c] = column_min;
      extra[c] = column_nat - column_min;
      total_min += column_min;
      total_extra += extra[c];
    }

  left = MAX (0, width - total_min - (int) (self->n_columns - 1) * COLUMN_SPACING);
  for (guint c = 0; c < self->n_columns; c++)
    {
      int share = total_extra > 0 ? (int) ((gint64) left * extra[c] / total_extra)
                                  : left / (int) self->n_columns;

      widths[c] += total_extra > 0 ? MIN (share, extra[c]) : share;
    }
  /* What no column wants goes to the last. */
  {
    int used = (int) (self->n_columns - 1) * COLUMN_SPACING;

    for (guint c = 0; c < self->n_columns; c++)
      used += widths[c];
    if (used < width)
      widths[self->n_columns - 1] += width - used;
  }
}

/* Lays the table out in @width: sets each child's place when @allocate,
 * and returns the height it takes. */
static int
layout (LgTable *self,
        int      width,
        gboolean allocate)
{
  gboolean columns = fits_columns (self, width);
  int y = 0;

  if (allocate)
    {
      for (guint i = 0; i < self->cells->len; i++)
        gtk_widget_set_child_visible (g_ptr_array_index (self->cells, i),
                                      columns || i >= self->n_columns);
      for (guint i = 0; i < self->captions->len; i++)
        gtk_widget_set_child_visible (g_ptr_array_index (self->captions, i), !columns);
    }

  if (columns)
    {
      int *widths = g_newa (int, self->n_columns);

      column_widths (self, width, widths);
      for (guint r = 0; r < n_rows (self); r++)
        {
          int row_height = 0, x = 0;

          for (guint c = 0; c < self->n_columns; c++)
            row_height = MAX (row_height, height_for (cell_at (self, r, c), widths[c]));
          for (guint c = 0; allocate && c < self->n_columns; c++)
            {
              GtkWidget *cell = cell_at (self, r, c);

              if (cell != NULL)
                gtk_widget_size_allocate (cell, &(GtkAllocation) { x, y, widths[c], row_height }, -1);
              x += widths[c] + COLUMN_SPACING;
            }
          y += row_height + (r + 1 < n_rows (self) ? ROW_SPACING : 0);
        }
      return y;
    }

  for (guint r = 1; r < n_rows (self); r++)
    {
      for (guint c = 0; c < self->n_columns; c++)
        {
          GtkWidget *caption = caption_at (self, r, c);
          GtkWidget *cell = cell_at (self, r, c);
          int h;

          if (cell == NULL)
            continue;
          h = height_for (caption, width);
          if (allocate)
            gtk_widget_size_allocate (caption, &(GtkAllocation) { 0, y, width, h }, -1);
          y += h + CAPTION_SPACING;
          h = height_for (cell, width);
          if (allocate)
            gtk_widget_size_allocate (cell, &(GtkAllocation) { 0, y, width, h }, -1);
          y += h + ROW_SPACING;
        }
      y += r + 1 < n_rows (self) ? STACKED_ROW_SPACING - ROW_SPACING : -ROW_SPACING;
    }
  return MAX (y, 0);
}

static void
lg_table_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  LgTable *self = LG_TABLE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int nat = (int) (self->n_columns - 1) * COLUMN_SPACING;

      /* Stacked, the table is as narrow as its narrowest cell allows. */
      *minimum = 0;
      for (guint i = 0; i < self->cells->len; i++)
        *minimum = MAX (*minimum, min_width (g_ptr_array_index (self->cells, i)));
      for (guint i = 0; i < self->captions->len; i++)
        *minimum = MAX (*minimum, min_width (g_ptr_array_index (self->captions, i)));
      for (guint c = 0; c < self->n_columns; c++)
        {
          int column_nat = 0;

          for (guint r = 0; r < n_rows (self); r++)
            {
              GtkWidget *cell = cell_at (self, r, c);
              int n = 0;

              if (cell != NULL)
                gtk_widget_measure (cell, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &n, NULL, NULL);
              column_nat = MAX (column_nat, n);
            }
          nat += column_nat;
        }
      *natural = MAX (*minimum, nat);
    }
  else
    {
      int width = for_size, unused;

      if (width < 0)
        lg_table_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &width, NULL, NULL);
      *minimum = *natural = layout (self, width, FALSE);
    }
}

static void
lg_table_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  layout (LG_TABLE (widget), width, TRUE);
}

static GtkSizeRequestMode
lg_table_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lg_table_dispose (GObject *object)
{
  LgTable *self = LG_TABLE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_ptr_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->captions, 0);

  G_OBJECT_CLASS (lg_table_parent_class)->dispose (object);
}

static void
lg_table_finalize (GObject *object)
{
  LgTable *self = LG_TABLE (object);

  g_ptr_array_unref (self->cells);
  g_ptr_array_unref (self->captions);

  G_OBJECT_CLASS (lg_table_parent_class)->finalize (object);
}

static void
lg_table_class_init (LgTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_table_dispose;
  object_class->finalize = lg_table_finalize;
  widget_class->measure = lg_table_measure;
  widget_class->size_allocate = lg_table_size_allocate;
  widget_class->get_request_mode = lg_table_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "lgtable");
}

static void
lg_table_init (LgTable *self)
{
  self->cells = g_ptr_array_new ();
  self->captions = g_ptr_array_new ();
}

/**
 * lg_table_new:
 * @n_columns: how many columns the table has
 *
 * Returns: (transfer floating): a new, empty table
 */
GtkWidget *
lg_table_new (guint n_columns)
{
  LgTable *self = g_object_new (LG_TYPE_TABLE, NULL);

  self->n_columns = MAX (n_columns, 1);
  return GTK_WIDGET (self);
}

/**
 * lg_table_append_cell:
 * @self: a #LgTable
 * @cell: (transfer floating): the next cell, row by row, the headings
 *   first; a #GtkLabel
 */
void
lg_table_append_cell (LgTable   *self,
                      GtkWidget *cell)
{
  guint column;

  g_return_if_fail (LG_IS_TABLE (self));
  g_return_if_fail (GTK_IS_LABEL (cell));

  column = self->cells->len % self->n_columns;
  gtk_widget_set_parent (cell, GTK_WIDGET (self));
  g_ptr_array_add (self->cells, cell);
  if (self->cells->len > self->n_columns)
    {
      GtkWidget *heading = g_ptr_array_index (self->cells, column);
      GtkWidget *caption = gtk_label_new (gtk_label_get_text (GTK_LABEL (heading)));

      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (caption), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (caption), gtk_label_get_width_chars (GTK_LABEL (cell)));
      gtk_label_set_xalign (GTK_LABEL (caption), 0.0);
      gtk_widget_add_css_class (caption, "lg-table-caption");
      gtk_widget_set_child_visible (caption, FALSE);
      gtk_widget_set_parent (caption, GTK_WIDGET (self));
      g_ptr_array_add (self->captions, caption);
    }
}

/**
 * lg_table_is_stacked:
 * @self: a #LgTable
 *
 * Returns: whether the rows are stacked, the table being too narrow for
 *   its columns
 */
gboolean
lg_table_is_stacked (LgTable *self)
{
  g_return_val_if_fail (LG_IS_TABLE (self), FALSE);
  return !fits_columns (self, gtk_widget_get_width (GTK_WIDGET (self)));
}
