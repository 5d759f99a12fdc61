/* lg-exported-bar.c: “Saved”, with Open and Show in Folder
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After a PDF is exported the window says where it went, and offers to
 * open it in the reader's PDF viewer or to show it in their file manager.
 * Show in Folder asks the file manager over D-Bus to select the file
 * (org.freedesktop.FileManager1.ShowItems, which Files, Dolphin, Nemo and
 * others provide, and which the Flatpak sandbox lets through); without
 * one, the folder itself is opened.
 */

#define G_LOG_DOMAIN "lg-exported-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-exported-bar.h"

struct _LgExportedBar
{
  GtkWidget   parent_instance;

  GtkInfoBar *info_bar;
  GtkLabel   *label;
  GtkWidget  *open_button;
  GtkWidget  *folder_button;

  GFile      *file;
};

G_DEFINE_FINAL_TYPE (LgExportedBar, lg_exported_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The buttons' responses, as the template gives them. */
enum {
  RESPONSE_OPEN = 1,
  RESPONSE_FOLDER = 2,
};

static GtkWindow *
get_window (LgExportedBar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
open_folder (LgExportedBar *self)
{
  g_autoptr(GFile) parent = g_file_get_parent (self->file);
  g_autofree char *uri = parent ? g_file_get_uri (parent) : NULL;

  if (uri != NULL)
    gtk_show_uri (get_window (self), uri, GDK_CURRENT_TIME);
}

static void
on_show_items_done (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(LgExportedBar) self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  /* No file manager that selects files: open the folder instead. */
  if (reply == NULL && self->file != NULL)
    open_folder (self);
}

static void
show_in_folder (LgExportedBar *self)
{
  GDBusConnection *bus = g_application_get_dbus_connection (g_application_get_default ());
  g_autofree char *uri = g_file_get_uri (self->file);
  const char *uris[] = { uri, NULL };

  if (bus == NULL)
    {
      open_folder (self);
      return;
    }
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL,
                          G_DBUS_CALL_FLAGS_NONE, 5000, NULL,
                          on_show_items_done, g_object_ref (self));
}

static void
on_response (LgExportedBar *self,
             int            response)
{
  if (self->file != NULL && response == RESPONSE_OPEN)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      gtk_show_uri (get_window (self), uri, GDK_CURRENT_TIME);
    }
  else if (self->file != NULL && response == RESPONSE_FOLDER)
    show_in_folder (self);
  gtk_info_bar_set_revealed (self->info_bar, FALSE);
}

/**
 * lg_exported_bar_show:
 * @self: a #LgExportedBar
 * @file: the file just written
 *
 * Says that @file was saved, by its name, with Open and Show in Folder.
 */
void
lg_exported_bar_show (LgExportedBar *self,
                      GFile         *file)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (LG_IS_EXPORTED_BAR (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  {
    g_autofree char *display = g_filename_display_name (name);

    /* Translators: %s is the name of the PDF just saved */
    text = g_strdup_printf (_("Saved “%s”."), display);
  }
  gtk_label_set_text (self->label, text);
  gtk_info_bar_set_revealed (self->info_bar, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

GFile *
lg_exported_bar_get_file (LgExportedBar *self)
{
  g_return_val_if_fail (LG_IS_EXPORTED_BAR (self), NULL);
  return self->file;
}

static void
lg_exported_bar_dispose (GObject *object)
{
  LgExportedBar *self = LG_EXPORTED_BAR (object);

  g_clear_object (&self->file);
  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_EXPORTED_BAR);

  G_OBJECT_CLASS (lg_exported_bar_parent_class)->dispose (object);
}

static void
lg_exported_bar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LgExportedBar *self = LG_EXPORTED_BAR (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_exported_bar_class_init (LgExportedBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_exported_bar_dispose;
  object_class->get_property = lg_exported_bar_get_property;

  /**
   * LgExportedBar:file:
   *
   * The file last said to be saved.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-exported-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, LgExportedBar, info_bar);
  gtk_widget_class_bind_template_child (widget_class, LgExportedBar, label);
  gtk_widget_class_bind_template_child (widget_class, LgExportedBar, open_button);
  gtk_widget_class_bind_template_child (widget_class, LgExportedBar, folder_button);
  gtk_widget_class_bind_template_callback (widget_class, on_response);
}

static void
lg_exported_bar_init (LgExportedBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lg_exported_bar_new (void)
{
  return g_object_new (LG_TYPE_EXPORTED_BAR, NULL);
}
