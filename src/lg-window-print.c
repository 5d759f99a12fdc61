/* lg-window-print.c: the window's printing, page setup and PDF export
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page setup and printer settings are remembered in GSettings, so the
 * reader's paper choice survives a restart. Errors are shown in the window.
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-print-layout.h"
#include "lg-print-operation.h"
#include "lg-window-private.h"

static void
on_error_bar_response (GtkInfoBar *bar,
                       int         response,
                       gpointer    user_data)
{
  gtk_info_bar_set_revealed (bar, FALSE);
}

/**
 * lg_window_show_message:
 * @self: a #LgWindow
 * @message: what went wrong, for the reader
 *
 * Shows @message in a bar at the top of the window until it is closed.
 */
void
lg_window_show_message (LgWindow   *self,
                        const char *message)
{
  gtk_label_set_text (self->error_bar_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

/* A saved page setup is checked before use: a broken or edited one would
 * otherwise crash GTK or lay pages out on paper no text fits on. The
 * reader's locale paper replaces it. */
static GtkPageSetup *
load_page_setup (LgWindow *self)
{
  g_autoptr(GVariant) saved = g_settings_get_value (self->settings, "page-setup");
  GtkPageSetup *setup;

  if (g_variant_n_children (saved) == 0)
    return lg_print_operation_new_page_setup ();
  if ((setup = lg_print_operation_page_setup_from_variant (saved)) != NULL)
    return setup;
  g_message ("The saved page setup is not usable; the paper of the locale is used instead");
  return lg_print_operation_new_page_setup ();
}

static void
save_page_setup (LgWindow     *self,
                 GtkPageSetup *setup)
{
  g_settings_set_value (self->settings, "page-setup", gtk_page_setup_to_gvariant (setup));
}

/* The reader's paper and printer, and their 24-hour number in the footer
 * if they chose so, for any print from the window. */
static void
setup_operation (LgWindow         *self,
                 LgPrintOperation *op)
{
  g_autoptr(GtkPageSetup) setup = load_page_setup (self);
  g_autoptr(GVariant) saved = g_settings_get_value (self->settings, "print-settings");

  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (op), setup);
  if (g_variant_n_children (saved) > 0)
    {
      g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_gvariant (saved);

      gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (op), settings);
    }
  if (self->personal_store != NULL)
    lg_print_operation_set_personal_store (op, self->personal_store);
}

static void
on_print_done (GtkPrintOperation       *op,
               GtkPrintOperationResult  result,
               LgWindow                *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (op, &error);
      /* Translators: %s says why printing failed */
      lg_window_show_message_printf (self, _("The page could not be printed: %s"),
                                     error ? error->message : _("unknown error"));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      GtkPrintSettings *settings = gtk_print_operation_get_print_settings (op);
      GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (op);

      if (settings != NULL)
        g_settings_set_value (self->settings, "print-settings",
                              gtk_print_settings_to_gvariant (settings));
      if (setup != NULL)
        save_page_setup (self, setup);
    }
  g_object_unref (op);
  g_object_unref (self);
}

/**
 * lg_window_run_print:
 * @self: a #LgWindow
 * @op: (transfer full): what to print
 *
 * Opens the print dialog for @op on the reader's paper and printer, and
 * keeps their choices for next time.
 */
void
lg_window_run_print (LgWindow         *self,
                     LgPrintOperation *op)
{
  g_autoptr(GError) error = NULL;

  setup_operation (self, op);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (op), TRUE);
  g_signal_connect (op, "done", G_CALLBACK (on_print_done), g_object_ref (self));
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (op), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR &&
      error != NULL)
    lg_window_show_message_printf (self, _("The page could not be printed: %s"),
                                   error->message);
}

static void
run_print (LgWindow   *self,
           const char *section_id)
{
  if (self->topic == NULL)
    return;
  lg_window_run_print (self, lg_print_operation_new (self->corpus, self->topic, section_id,
                                                     g_settings_get_boolean (self->settings,
                                                                             "large-print")));
}

static void
print_topic (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  run_print (LG_WINDOW (widget), NULL);
}

static void
print_section (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  run_print (self, lg_content_view_get_current_section (self->content_view));
}

static void
on_page_setup_done (GtkPageSetup *setup,
                    gpointer      user_data)
{
  g_autoptr(LgWindow) self = user_data;

  if (setup != NULL)
    save_page_setup (self, setup);
}

static void
page_setup (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);
  g_autoptr(GtkPageSetup) setup = load_page_setup (self);

  gtk_print_run_page_setup_dialog_async (GTK_WINDOW (self), setup, NULL,
                                         on_page_setup_done, g_object_ref (self));
}

/**
 * lg_window_export_pdf:
 * @self: a #LgWindow
 * @path: the file to write
 *
 * Saves the current topic as a PDF at @path, as lg_output_write() puts a
 * file in place (a file there keeps its permissions and links, and is
 * replaced only by the whole PDF); on failure the window says why.
 *
 * Returns: whether the PDF was written
 */
gboolean
lg_window_export_pdf (LgWindow   *self,
                      const char *path)
{
  g_autoptr(LgPrintLayout) layout = NULL;
  double width, height;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->topic == NULL)
    return FALSE;

  /* The same engine as --export-pdf, on the reader's chosen paper, with
   * no printing system involved. */
  lg_window_get_paper_size (self, &width, &height);
  layout = lg_print_layout_new (width, height);
  lg_print_layout_set_large_print (layout, g_settings_get_boolean (self->settings, "large-print"));
  lg_window_set_footer_note (self, layout);
  lg_print_layout_add_document (layout, lg_document_new (self->corpus, self->topic, NULL));
  return lg_window_write_pdf (self, layout, path);
}

/* The reader's paper, in points, for what the window exports. */
void
lg_window_get_paper_size (LgWindow *self,
                          double   *width,
                          double   *height)
{
  g_autoptr(GtkPageSetup) setup = load_page_setup (self);

  *width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  *height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
}

static void
export_pdf (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->topic == NULL)
    return;

  /* A file name may not hold a slash. */
  name = g_strdup_printf ("%s.pdf", self->topic->title->plain);
  g_strdelimit (name, "/\\", '-');
  lg_window_choose_pdf (self, GTK_WINDOW (self), _("Export as PDF"), name, lg_window_export_pdf);
}

void
lg_window_print_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_topic);
  gtk_widget_class_install_action (widget_class, "win.print-section", NULL, print_section);
  gtk_widget_class_install_action (widget_class, "win.page-setup", NULL, page_setup);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-pdf", NULL);
}

void
lg_window_print_init (LgWindow *self)
{
  g_signal_connect (self->error_bar, "response", G_CALLBACK (on_error_bar_response), NULL);
}
