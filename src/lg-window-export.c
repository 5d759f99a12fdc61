/* lg-window-export.c: the whole guide as a PDF, and what follows an export
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every topic in one PDF with a contents page, as --export-pdf all makes
 * it, from the main menu. After any export the window says where the file
 * went, with Open and Show in Folder (LgExportedBar).
 *
 * Large print is for the screen too: turning it on makes the text at
 * least LG_LARGE_PRINT_SCALE, which is then what Ctrl+0 goes back to.
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-print-layout.h"
#include "lg-window-private.h"

/* Says where the file went, with Open and Show in Folder. */
static void
show_exported (LgWindow   *self,
               const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  lg_exported_bar_show (self->exported_bar, file);
}

/**
 * lg_window_write_pdf:
 * @self: a #LgWindow
 * @layout: what to write
 * @path: the file to write
 *
 * Writes @layout as a PDF at @path, for every export the window offers;
 * the window then says where the file went, or why it was not written.
 *
 * Returns: whether the PDF was written
 */
gboolean
lg_window_write_pdf (LgWindow      *self,
                     LgPrintLayout *layout,
                     const char    *path)
{
  g_autoptr(GError) error = NULL;

  if (!lg_print_layout_write_pdf (layout, path, &error))
    {
      /* Translators: %s says why the PDF could not be saved */
      lg_window_show_message_printf (self, _("The PDF could not be saved: %s"), error->message);
      return FALSE;
    }
  show_exported (self, path);
  return TRUE;
}

typedef struct
{
  LgWindow         *window;
  LgWindowPdfWriter write;
} PdfChoice;

static void
on_pdf_chosen (GtkNativeDialog *chooser,
               int              response,
               PdfChoice       *choice)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        choice->write (choice->window, path);
      else
        lg_window_show_message (choice->window, _("The PDF could not be saved: that place "
                                                  "cannot be written to."));
      /* A dialog the chooser came from is done: the window shows how it went. */
      if (parent != NULL && parent != GTK_WINDOW (choice->window))
        gtk_window_destroy (parent);
    }
  g_object_unref (chooser);
  g_free (choice);
}

/**
 * lg_window_choose_pdf:
 * @self: a #LgWindow
 * @parent: the window the chooser is modal to: @self, or a dialog of it,
 *   closed once a file is chosen
 * @title: the chooser's title
 * @name: the file name suggested
 * @write: what writes the PDF once a file is chosen
 *
 * A "save as PDF" chooser, for every export the window offers (a topic,
 * the whole guide, the pack).
 */
void
lg_window_choose_pdf (LgWindow          *self,
                      GtkWindow         *parent,
                      const char        *title,
                      const char        *name,
                      LgWindowPdfWriter  write)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  PdfChoice *choice = g_new (PdfChoice, 1);

  choice->window = self;
  choice->write = write;
  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_pdf_chosen), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * lg_window_export_guide:
 * @self: a #LgWindow
 * @path: the file to write
 *
 * Saves every topic, with a contents page, as a PDF at @path on the
 * reader's paper, in large print if chosen; the window says how it went.
 *
 * Returns: whether the PDF was written
 */
gboolean
lg_window_export_guide (LgWindow   *self,
                        const char *path)
{
  g_autoptr(LgPrintLayout) layout = NULL;
  double width, height;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->corpus == NULL)
    return FALSE;
  lg_window_get_paper_size (self, &width, &height);
  layout = lg_print_layout_new (width, height);
  lg_print_layout_set_large_print (layout, g_settings_get_boolean (self->settings, "large-print"));
  lg_window_set_footer_note (self, layout);
  lg_print_layout_set_contents (layout, TRUE);
  for (guint i = 0; i < lg_corpus_get_n_topics (self->corpus); i++)
    lg_print_layout_add_document (layout, lg_document_new (self->corpus,
                                                           lg_corpus_get_topic (self->corpus, i),
                                                           NULL));
  return lg_window_write_pdf (self, layout, path);
}

static void
export_guide (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  if (self->corpus == NULL)
    return;
  lg_window_choose_pdf (self, GTK_WINDOW (self), _("Export the Whole Guide as PDF"),
                        /* Translators: the suggested file name of the whole guide as a PDF */
                        _("Leukemia Guide.pdf"), lg_window_export_guide);
}

/* Large print on: the text grows to at least the large size; off: text
 * left at that size goes back to normal. */
static void
on_large_print_changed (GSettings  *settings,
                        const char *key,
                        LgWindow   *self)
{
  double scale = g_settings_get_double (settings, "text-scale");

  if (g_settings_get_boolean (settings, "large-print"))
    {
      if (!(scale >= LG_LARGE_PRINT_SCALE))
        g_settings_set_double (settings, "text-scale", LG_LARGE_PRINT_SCALE);
    }
  else if (G_APPROX_VALUE (scale, LG_LARGE_PRINT_SCALE, 0.001))
    g_settings_set_double (settings, "text-scale", 1.0);
}

void
lg_window_export_init (LgWindow *self)
{
  g_signal_connect_object (self->settings, "changed::large-print",
                           G_CALLBACK (on_large_print_changed), self, 0);
}

void
lg_window_export_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (LG_TYPE_EXPORTED_BAR);
  gtk_widget_class_install_action (widget_class, "win.export-guide", NULL, export_guide);
}
