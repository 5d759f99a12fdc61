/* lg-window-speech.c: the window's read aloud: button, shortcut, player
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The player (LgReadAloudBar, under the page) owns the reading; the
 * window offers its actions everywhere, binds Shift+Ctrl+R to start or
 * stop, shows its messages in the window's message bar, and stops the
 * reading when the page changes.
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include "lg-read-aloud-bar.h"
#include "lg-window-private.h"

void
lg_window_speech_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (LG_TYPE_READ_ALOUD_BAR);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, read_aloud_bar);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "read-aloud.toggle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_R, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "read-aloud.toggle", NULL);
}

static void
on_message (LgWindow   *self,
            const char *message)
{
  lg_window_show_message (self, message);
}

void
lg_window_speech_init (LgWindow *self)
{
  LgReadAloudBar *bar = LG_READ_ALOUD_BAR (self->read_aloud_bar);

  lg_read_aloud_bar_set_view (bar, self->content_view);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "read-aloud",
                                  lg_read_aloud_bar_get_actions (bar));
  g_signal_connect_swapped (bar, "message", G_CALLBACK (on_message), self);
}

/* A new page: what was being read is gone. */
void
lg_window_speech_page_changed (LgWindow *self)
{
  lg_read_aloud_bar_stop (LG_READ_ALOUD_BAR (self->read_aloud_bar));
}
