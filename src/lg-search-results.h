/* lg-search-results.h: the list of search results in the sidebar
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-search.h"

G_BEGIN_DECLS

#define LG_TYPE_SEARCH_RESULTS (lg_search_results_get_type ())

G_DECLARE_FINAL_TYPE (LgSearchResults, lg_search_results, LG, SEARCH_RESULTS, GtkWidget)

GtkWidget *lg_search_results_new               (void);
void       lg_search_results_set_results       (LgSearchResults *self,
                                                GPtrArray       *results);
guint      lg_search_results_get_n_results     (LgSearchResults *self);
guint      lg_search_results_get_selected      (LgSearchResults *self);
gboolean   lg_search_results_activate          (LgSearchResults *self,
                                                guint            position);
gboolean   lg_search_results_focus_first       (LgSearchResults *self);

G_END_DECLS
