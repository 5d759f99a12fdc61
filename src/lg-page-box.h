/* lg-page-box.h: the content pane's column of blocks, drawn near the view only
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LG_TYPE_PAGE_BOX (lg_page_box_get_type ())

G_DECLARE_FINAL_TYPE (LgPageBox, lg_page_box, LG, PAGE_BOX, GtkBox)

GtkWidget *lg_page_box_new (void);

G_END_DECLS
