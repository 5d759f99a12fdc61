/* lg-sidebar.h: the window's sidebar: the topics, and search
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-corpus.h"
#include "lg-search.h"

G_BEGIN_DECLS

#define LG_TYPE_SIDEBAR (lg_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (LgSidebar, lg_sidebar, LG, SIDEBAR, GtkBox)

GtkWidget   *lg_sidebar_new                    (void);
void         lg_sidebar_set_corpus             (LgSidebar  *self,
                                                LgCorpus   *corpus);
LgSearch    *lg_sidebar_get_index              (LgSidebar  *self);
void         lg_sidebar_select_topic           (LgSidebar  *self,
                                                const char *topic_id);
guint        lg_sidebar_search                 (LgSidebar  *self,
                                                const char *query);
void         lg_sidebar_start_search           (LgSidebar  *self);
gboolean     lg_sidebar_get_search_mode        (LgSidebar  *self);
void         lg_sidebar_set_search_mode        (LgSidebar  *self,
                                                gboolean    search_mode);
void         lg_sidebar_set_key_capture_widget (LgSidebar  *self,
                                                GtkWidget  *widget);
GtkListView *lg_sidebar_get_topic_list         (LgSidebar  *self);

G_END_DECLS
