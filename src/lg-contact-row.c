/* lg-contact-row.c: one person in my care team, to edit
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Name, role and phone number, saved as they are typed, and whether this
 * is the 24-hour number (the store keeps at most one, so ticking one
 * unticks the others). Removing is asked of the page through ::remove.
 */

#define G_LOG_DOMAIN "lg-contact-row"

#include "config.h"

#include "lg-contact-row.h"

struct _LgContactRow
{
  GtkListBoxRow      parent_instance;

  GtkEntry          *name_entry;
  GtkEntry          *role_entry;
  GtkEntry          *phone_entry;
  GtkCheckButton    *day_night_check;

  LgPersonalStore   *store;
  LgPersonalContact *contact;
  gboolean           updating;
};

G_DEFINE_FINAL_TYPE (LgContactRow, lg_contact_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_sync (GtkEntry   *entry,
            const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
sync_from_contact (LgContactRow *self)
{
  self->updating = TRUE;
  entry_sync (self->name_entry, lg_personal_contact_get_name (self->contact));
  entry_sync (self->role_entry, lg_personal_contact_get_role (self->contact));
  entry_sync (self->phone_entry, lg_personal_contact_get_phone (self->contact));
  gtk_check_button_set_active (self->day_night_check,
                               lg_personal_contact_get_is_24_hour (self->contact));
  self->updating = FALSE;
}

static void
on_changed (LgContactRow *self)
{
  if (self->updating)
    return;
  lg_personal_store_edit_contact (self->store, lg_personal_contact_get_id (self->contact),
                                  gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->role_entry)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->phone_entry)));
}

static void
on_day_night_toggled (GtkCheckButton *check,
                      LgContactRow   *self)
{
  if (self->updating)
    return;
  if (gtk_check_button_get_active (check))
    lg_personal_store_set_24_hour_contact (self->store, lg_personal_contact_get_id (self->contact));
  else if (lg_personal_contact_get_is_24_hour (self->contact))
    lg_personal_store_set_24_hour_contact (self->store, NULL);
}

static void
on_remove (GtkButton    *button,
           LgContactRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
lg_contact_row_constructed (GObject *object)
{
  LgContactRow *self = LG_CONTACT_ROW (object);

  G_OBJECT_CLASS (lg_contact_row_parent_class)->constructed (object);

  sync_from_contact (self);
  g_signal_connect_object (self->contact, "notify", G_CALLBACK (sync_from_contact),
                           self, G_CONNECT_SWAPPED);
}

static void
lg_contact_row_dispose (GObject *object)
{
  LgContactRow *self = LG_CONTACT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_CONTACT_ROW);
  g_clear_object (&self->contact);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lg_contact_row_parent_class)->dispose (object);
}

static void
lg_contact_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LgContactRow *self = LG_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_contact_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LgContactRow *self = LG_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CONTACT:
      self->contact = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_contact_row_class_init (LgContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = lg_contact_row_constructed;
  object_class->dispose = lg_contact_row_dispose;
  object_class->get_property = lg_contact_row_get_property;
  object_class->set_property = lg_contact_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_PERSONAL_STORE, construct);
  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, LG_TYPE_PERSONAL_CONTACT, construct);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgContactRow::remove:
   * @self: the row
   *
   * The reader asked to remove this person.
   */
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LgContactRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, LgContactRow, role_entry);
  gtk_widget_class_bind_template_child (widget_class, LgContactRow, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, LgContactRow, day_night_check);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_day_night_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_remove);
}

static void
lg_contact_row_init (LgContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lg_contact_row_new (LgPersonalStore   *store,
                    LgPersonalContact *contact)
{
  return g_object_new (LG_TYPE_CONTACT_ROW, "store", store, "contact", contact, NULL);
}

LgPersonalContact *
lg_contact_row_get_contact (LgContactRow *self)
{
  g_return_val_if_fail (LG_IS_CONTACT_ROW (self), NULL);
  return self->contact;
}

void
lg_contact_row_focus (LgContactRow *self)
{
  g_return_if_fail (LG_IS_CONTACT_ROW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}
