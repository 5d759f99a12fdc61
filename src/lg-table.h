/* lg-table.h: a table of the content pane, in columns or, when narrow, stacked
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_TABLE (lg_table_get_type ())

G_DECLARE_FINAL_TYPE (LgTable, lg_table, LG, TABLE, GtkWidget)

GtkWidget *lg_table_new         (guint      n_columns);
void       lg_table_append_cell (LgTable   *self,
                                 GtkWidget *cell);
gboolean   lg_table_is_stacked  (LgTable   *self);

G_END_DECLS
