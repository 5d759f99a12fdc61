/* lg-content-view.h: the content pane, a topic's document as GTK widgets
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-document.h"
#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_CONTENT_VIEW (lg_content_view_get_type ())

G_DECLARE_FINAL_TYPE (LgContentView, lg_content_view, LG, CONTENT_VIEW, GtkWidget)

/* Returns (start, end) byte pairs of the matches in @text, or NULL. */
typedef GArray *(*LgContentMatchFunc) (const char *text,
                                       gpointer    user_data);

GtkWidget  *lg_content_view_new                (void);
void        lg_content_view_set_document       (LgContentView *self,
                                                LgDocument    *doc);
LgDocument *lg_content_view_get_document       (LgContentView *self);
void        lg_content_view_scroll_to_section  (LgContentView *self,
                                                const char    *section_id);
double      lg_content_view_get_scroll         (LgContentView *self);
void        lg_content_view_restore_scroll     (LgContentView *self,
                                                double         value);
const char *lg_content_view_get_current_section (LgContentView *self);
guint       lg_content_view_highlight          (LgContentView *self,
                                                LgContentMatchFunc func,
                                                gpointer       user_data);
void        lg_content_view_clear_highlight    (LgContentView *self);
void        lg_content_view_set_highlight_query (LgContentView *self,
                                                const char    *query);
const char *lg_content_view_get_highlight_query (LgContentView *self);
guint       lg_content_view_get_n_matches      (LgContentView *self);
int         lg_content_view_get_current_match  (LgContentView *self);
void        lg_content_view_select_match       (LgContentView *self,
                                                int            index);
char       *lg_content_view_get_text           (LgContentView *self);
void        lg_content_view_set_personal_store (LgContentView   *self,
                                                LgPersonalStore *store);
LgPersonalStore *lg_content_view_get_personal_store (LgContentView *self);
void        lg_content_view_hold_place         (LgContentView *self);

G_END_DECLS
