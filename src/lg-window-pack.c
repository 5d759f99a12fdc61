/* lg-window-pack.c: the appointment pack, from the window
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * “Print or Export Pack…” (the main menu, My questions, Shift+Ctrl+P)
 * opens LgPackDialog, where the reader chooses what goes in; its Export
 * asks where to save the PDF and its Print opens the print dialog, both
 * with the pack lg_pack_new() lays out from the store. The 24-hour
 * number goes in the footer of any page printed or exported from the
 * window when the reader chose so.
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-pack.h"
#include "lg-pack-dialog.h"
#include "lg-print-layout.h"
#include "lg-print-operation.h"
#include "lg-window-private.h"

/**
 * lg_window_export_pack:
 * @self: a #LgWindow
 * @path: the file to write
 *
 * Saves the appointment pack, as the store says it is made up, as a PDF
 * at @path on the reader's paper; the window says how it went.
 *
 * Returns: whether the PDF was written
 */
gboolean
lg_window_export_pack (LgWindow   *self,
                       const char *path)
{
  g_autoptr(LgPrintLayout) layout = NULL;
  double width, height;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->corpus == NULL || self->personal_store == NULL)
    return FALSE;
  lg_window_get_paper_size (self, &width, &height);
  layout = lg_pack_new (self->corpus, self->personal_store, width, height,
                        g_settings_get_boolean (self->settings, "large-print"),
                        g_settings_get_flags (self->settings, "pack-parts"));
  return lg_window_write_pdf (self, layout, path);
}

static void
on_pack_export (LgPackDialog *dialog,
                LgWindow     *self)
{
  lg_window_choose_pdf (self, GTK_WINDOW (dialog), _("Export the Appointment Pack"),
                        /* Translators: the suggested file name of the appointment pack */
                        _("My appointment pack.pdf"), lg_window_export_pack);
}

static void
on_pack_print (LgPackDialog *dialog,
               LgWindow     *self)
{
  LgPrintOperation *op;

  op = lg_print_operation_new_for_pack (self->corpus, self->personal_store,
                                        g_settings_get_boolean (self->settings, "large-print"),
                                        g_settings_get_flags (self->settings, "pack-parts"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  lg_window_run_print (self, op);
}

/**
 * lg_window_open_pack_dialog:
 * @self: a #LgWindow
 *
 * Returns: (transfer none) (nullable): the pack dialog, shown
 */
GtkWidget *
lg_window_open_pack_dialog (LgWindow *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);

  if (self->corpus == NULL || self->personal_store == NULL)
    return NULL;
  dialog = lg_pack_dialog_new (GTK_WINDOW (self), self->corpus, self->personal_store);
  g_signal_connect_object (dialog, "export", G_CALLBACK (on_pack_export), self, 0);
  g_signal_connect_object (dialog, "print", G_CALLBACK (on_pack_print), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
appointment_pack (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  lg_window_open_pack_dialog (LG_WINDOW (widget));
}

/* The reader's 24-hour number in the footer of @layout's pages, if they
 * chose so. */
void
lg_window_set_footer_note (LgWindow      *self,
                           LgPrintLayout *layout)
{
  g_autofree char *note = NULL;

  if (self->personal_store != NULL)
    note = lg_pack_get_footer_note (self->personal_store);
  lg_print_layout_set_footer_note (layout, note);
}

void
lg_window_pack_update (LgWindow *self)
{
  /* Without a corpus yet, the dialog does not open. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.appointment-pack",
                                 self->personal_store != NULL);
}

void
lg_window_pack_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.appointment-pack", NULL, appointment_pack);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.appointment-pack", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_P, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.appointment-pack", NULL);
}
