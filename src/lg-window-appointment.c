/* lg-window-appointment.c: the window's part in My appointment
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * My questions, notes and care team open in the content pane, in place
 * of the topic, from the main menu or Shift+Ctrl+M; choosing a topic (or
 * Back) goes back to the guide. The menu also exports everything the
 * reader wrote as JSON, or deletes it after asking. What goes wrong with
 * the store (a file set aside, a save that failed) shows in the window's
 * message bar, with where the old file was kept; the text stays where it
 * was typed.
 *
 * Nothing the reader wrote goes into the window title, a log line or the
 * search index.
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-confirm.h"
#include "lg-window-private.h"

static void lg_window_appointment_update (LgWindow *self);

/* The store's own message says what happened and where the old file was
 * kept; it names files, never what the reader wrote. */
static void
show_load_error (LgWindow *self)
{
  const GError *error = lg_personal_store_get_load_error (self->personal_store);

  if (error != NULL)
    lg_window_show_message (self, error->message);
}

static void
on_save_failed (LgPersonalStore *store,
                GParamSpec      *pspec,
                LgWindow        *self)
{
  const GError *error = lg_personal_store_get_save_error (store);

  if (error == NULL)
    return;
  /* Translators: %s is what went wrong, as in “Could not save “…”; the
   * last saved copy is unchanged (No space left on device)” */
  lg_window_show_message_printf (self, _("%s. What you wrote is still here in the window, and "
                                         "the guide tries again at your next change."),
                                 error->message);
}

/**
 * lg_window_set_personal_store:
 * @self: a #LgWindow
 * @store: (nullable): what the reader keeps
 *
 * Shows @store's questions, notes and care team, and says in the window
 * if it could not be read.
 */
void
lg_window_set_personal_store (LgWindow        *self,
                              LgPersonalStore *store)
{
  g_return_if_fail (LG_IS_WINDOW (self));
  g_return_if_fail (store == NULL || LG_IS_PERSONAL_STORE (store));

  if (self->personal_store == store)
    return;
  if (self->personal_store != NULL)
    g_signal_handlers_disconnect_by_func (self->personal_store, on_save_failed, self);
  g_set_object (&self->personal_store, store);
  lg_content_view_set_personal_store (self->content_view, store);
  lg_appointment_view_set_store (self->appointment_view, store);
  if (store != NULL)
    {
      /* The handler goes with the window or the store, whichever goes
       * first, so no id is kept. */
      g_signal_connect_object (store, "notify::save-failed",
                               G_CALLBACK (on_save_failed), self, 0);
      show_load_error (self);
      on_save_failed (store, NULL, self);
    }
  else
    lg_window_appointment_hide (self);
  /* The page shown gets its check buttons, or loses them. */
  if (self->topic != NULL)
    {
      double scroll = lg_content_view_get_scroll (self->content_view);

      lg_content_view_set_document (self->content_view,
                                    lg_document_new (self->corpus, self->topic, NULL));
      lg_content_view_restore_scroll (self->content_view, scroll);
    }
  lg_window_appointment_update (self);
}

LgPersonalStore *
lg_window_get_personal_store (LgWindow *self)
{
  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);
  return self->personal_store;
}

static void
update_title (LgWindow *self)
{
  /* Translators: the window title: a page of My appointment, then the app's name */
  g_autofree char *title = g_strdup_printf (_("%s – Leukemia Guide"),
                                            lg_appointment_view_get_title (self->appointment_view));

  gtk_window_set_title (GTK_WINDOW (self), title);
}

/**
 * lg_window_show_appointment:
 * @self: a #LgWindow
 * @page: (nullable): `questions`, `notes` or `care-team`
 *
 * Shows My appointment in the content pane, at @page.
 */
void
lg_window_show_appointment (LgWindow   *self,
                            const char *page)
{
  g_return_if_fail (LG_IS_WINDOW (self));

  lg_appointment_view_set_page (self->appointment_view, page);
  gtk_widget_set_visible (GTK_WIDGET (self->content_view), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->find_bar), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->appointment_view), TRUE);
  if (self->narrow)
    gtk_toggle_button_set_active (self->sidebar_button, FALSE);
  update_title (self);
  gtk_widget_child_focus (GTK_WIDGET (self->appointment_view), GTK_DIR_TAB_FORWARD);
}

/* A topic is shown again. */
void
lg_window_appointment_hide (LgWindow *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->appointment_view)))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->appointment_view), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->content_view), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->find_bar), TRUE);
  if (self->topic != NULL)
    {
      /* Translators: the window title: a topic's title, then the app's name */
      g_autofree char *title = g_strdup_printf (_("%s – Leukemia Guide"), self->topic->title->plain);

      gtk_window_set_title (GTK_WINDOW (self), title);
    }
}

static void
on_page_notify (LgWindow *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->appointment_view)))
    update_title (self);
}

static void
my_appointment (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  if (self->personal_store != NULL)
    lg_window_show_appointment (self, parameter ? g_variant_get_string (parameter, NULL) : NULL);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    LgWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->personal_store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        lg_window_show_message (self, _("Your data could not be exported: that place cannot be "
                                        "written to."));
      else if (!lg_personal_store_export (self->personal_store, path, &error))
        /* Translators: %s says why the file could not be written */
        lg_window_show_message_printf (self, _("Your data could not be exported: %s"),
                                       error->message);
    }
  g_object_unref (chooser);
}

static void
export_personal (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->personal_store == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export My Data"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the suggested file name for everything the reader wrote */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("my-leukemia-guide.json"));
  gtk_file_filter_set_name (filter, _("JSON files"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
delete_confirmed (gpointer user_data)
{
  LgWindow *self = user_data;

  if (self->personal_store != NULL)
    lg_personal_store_delete_all (self->personal_store);
}

static void
delete_personal (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  if (self->personal_store == NULL)
    return;
  lg_confirm (widget, _("Delete all your questions, notes and care team?"),
              _("Everything you wrote in the guide will be gone from this computer. You can "
                "export it first from the main menu."),
              _("_Delete Everything"), delete_confirmed, g_object_ref (self), g_object_unref);
}

/* Saves now, before the window goes; a failure keeps it open once, so
 * the reader can see why and copy their text. */
gboolean
lg_window_appointment_close_request (LgWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (lg_appointment_view_save_before_close (self->appointment_view, &error))
    return FALSE;
  /* Translators: %s is what went wrong; the window stays open once */
  lg_window_show_message_printf (self, _("%s. Close the window again to close it anyway."),
                                 error->message);
  return TRUE;
}

/* Choosing the topic already chosen in the sidebar goes back to it. */
static void
on_topic_activated (LgWindow *self)
{
  lg_window_appointment_hide (self);
}

void
lg_window_appointment_init (LgWindow *self)
{
  g_signal_connect_swapped (self->sidebar, "topic-activated",
                            G_CALLBACK (on_topic_activated), self);
  g_signal_connect_swapped (self->appointment_view, "notify::page",
                            G_CALLBACK (on_page_notify), self);
  lg_window_appointment_update (self);
}

void
lg_window_appointment_dispose (LgWindow *self)
{
  if (self->personal_store != NULL)
    g_signal_handlers_disconnect_by_func (self->personal_store, on_save_failed, self);
  g_clear_object (&self->personal_store);
}

static void
lg_window_appointment_update (LgWindow *self)
{
  gboolean enabled = self->personal_store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.my-appointment", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-my-data", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-my-data", enabled);
  lg_window_pack_update (self);
}

void
lg_window_appointment_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (LG_TYPE_APPOINTMENT_VIEW);
  gtk_widget_class_install_action (widget_class, "win.my-appointment", "s", my_appointment);
  gtk_widget_class_install_action (widget_class, "win.export-my-data", NULL, export_personal);
  gtk_widget_class_install_action (widget_class, "win.delete-my-data", NULL, delete_personal);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.my-appointment", "s", "questions");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_M, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.my-appointment", "s", "questions");
}
