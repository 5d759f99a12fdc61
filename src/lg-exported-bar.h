/* lg-exported-bar.h: “Saved”, with Open and Show in Folder
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_EXPORTED_BAR (lg_exported_bar_get_type ())

G_DECLARE_FINAL_TYPE (LgExportedBar, lg_exported_bar, LG, EXPORTED_BAR, GtkWidget)

GtkWidget *lg_exported_bar_new      (void);
void       lg_exported_bar_show     (LgExportedBar *self,
                                     GFile         *file);
GFile     *lg_exported_bar_get_file (LgExportedBar *self);

G_END_DECLS
