/* lg-startup-probe.h: report how long the app took to show a topic
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lg_startup_probe_watch (GtkWidget  *content_widget);
void lg_startup_probe_mark  (const char *phase);

G_END_DECLS
