/* lg-test-gui.h: what the GUI tests share
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*LgTestMatchFunc) (GtkWidget     *widget,
                                     gconstpointer  data);

void       lg_test_iterate         (guint           ms);
GtkWidget *lg_test_find_widget     (GtkWidget      *widget,
                                    LgTestMatchFunc match,
                                    gconstpointer   data);
GtkWidget *lg_test_find_child      (GtkWidget      *widget,
                                    GType           type);
void       lg_test_save_screenshot (GtkWidget  *widget,
                                    const char *name);
void       lg_test_gui_init        (int        *argc,
                                    char     ***argv);
gboolean   lg_test_has_real_input  (void);
void       lg_test_press_keys      (GtkWidget   *window,
                                    const guint *keyvals,
                                    guint        n);
void       lg_test_type            (GtkWidget   *window,
                                    const char  *text);
void       lg_test_click           (GtkWidget   *widget);

G_END_DECLS
