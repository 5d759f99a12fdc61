/* lg-confirm.c: asking before something that cannot be undone
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A modal question over the window, with Cancel (the default, so Enter
 * or Escape keeps everything) and a destructive button that goes ahead.
 * GtkMessageDialog is what GTK 4.8 has (GtkAlertDialog came in 4.10).
 */

#define G_LOG_DOMAIN "lg-confirm"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-confirm.h"

typedef struct
{
  LgConfirmFunc  func;
  gpointer       user_data;
  GDestroyNotify destroy;
} Confirm;

static void
on_response (GtkDialog *dialog,
             int        response,
             Confirm   *confirm)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    confirm->func (confirm->user_data);
  if (confirm->destroy != NULL)
    confirm->destroy (confirm->user_data);
  g_free (confirm);
}

/**
 * lg_confirm:
 * @widget: a widget in the window to ask over
 * @message: the question
 * @detail: (nullable): what follows from it
 * @accept_label: the label, with a mnemonic, of the button that goes ahead
 * @func: called if the reader goes ahead
 * @user_data: for @func
 * @destroy: (nullable): frees @user_data once answered
 */
void
lg_confirm (GtkWidget      *widget,
            const char     *message,
            const char     *detail,
            const char     *accept_label,
            LgConfirmFunc   func,
            gpointer        user_data,
            GDestroyNotify  destroy)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  Confirm *confirm = g_new0 (Confirm, 1);
  GtkWidget *dialog, *button;

  confirm->func = func;
  confirm->user_data = user_data;
  confirm->destroy = destroy;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", message);
  if (detail != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), accept_label, GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), confirm);
  gtk_window_present (GTK_WINDOW (dialog));
}
