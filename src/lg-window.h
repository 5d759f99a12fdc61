/* lg-window.h: the main window: topics in a sidebar, the topic beside them
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-content-view.h"
#include "lg-personal-store.h"
#include "lg-corpus.h"

G_BEGIN_DECLS

#define LG_TYPE_WINDOW (lg_window_get_type ())

G_DECLARE_FINAL_TYPE (LgWindow, lg_window, LG, WINDOW, GtkApplicationWindow)

LgWindow      *lg_window_new               (GtkApplication *application);
void           lg_window_set_corpus        (LgWindow       *self,
                                            LgCorpus       *corpus);
LgCorpus      *lg_window_get_corpus        (LgWindow       *self);
void           lg_window_show_error        (LgWindow       *self,
                                            const GError   *error);
gboolean       lg_window_show_topic        (LgWindow       *self,
                                            const char     *topic_id,
                                            const char     *section_id);
gboolean       lg_window_go_history        (LgWindow       *self,
                                            int             delta);
const LgTopic *lg_window_get_topic         (LgWindow       *self);
gboolean       lg_window_export_pdf        (LgWindow       *self,
                                            const char     *path);
gboolean       lg_window_export_guide      (LgWindow       *self,
                                            const char     *path);
gboolean       lg_window_export_pack       (LgWindow       *self,
                                            const char     *path);
GtkWidget     *lg_window_open_pack_dialog  (LgWindow       *self);
guint          lg_window_search            (LgWindow       *self,
                                            const char     *query);
guint          lg_window_open_result       (LgWindow       *self,
                                            const char     *topic_id,
                                            const char     *section_id,
                                            const char     *query);
LgContentView *lg_window_get_content_view  (LgWindow       *self);
GtkListView   *lg_window_get_topic_list    (LgWindow       *self);
void           lg_window_set_personal_store (LgWindow        *self,
                                             LgPersonalStore *store);
LgPersonalStore *lg_window_get_personal_store (LgWindow      *self);
void           lg_window_show_appointment  (LgWindow       *self,
                                            const char     *page);
void           lg_window_save_state        (LgWindow       *self);

G_END_DECLS
