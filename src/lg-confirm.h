/* lg-confirm.h: asking before something that cannot be undone
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*LgConfirmFunc) (gpointer user_data);

void lg_confirm (GtkWidget      *widget,
                 const char     *message,
                 const char     *detail,
                 const char     *accept_label,
                 LgConfirmFunc   func,
                 gpointer        user_data,
                 GDestroyNotify  destroy);

G_END_DECLS
