/* lg-care-team-page.c: My care team
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The people who look after me and their numbers, one of which may be my
 * 24-hour number (shown on the act-now page, on the alert card, and in
 * printed footers if I choose). Above them, what the pack and the card
 * may say about me: my name and my treatment, both optional.
 */

#define G_LOG_DOMAIN "lg-care-team-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-clamp.h"
#include "lg-confirm.h"
#include "lg-contact-row.h"
#include "lg-care-team-page.h"

struct _LgCareTeamPage
{
  GtkWidget        parent_instance;

  GtkWidget       *scroller;
  GtkWidget       *add_button;
  GtkListBox      *list;
  GtkWidget       *empty_label;
  GtkEntry        *name_entry;
  GtkEntry        *treatment_entry;
  GtkCheckButton  *footer_check;

  LgPersonalStore *store;
  gulong           items_changed_id;
  gulong           notify_id;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (LgCareTeamPage, lg_care_team_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_rows (LgCareTeamPage *self)
{
  guint n = self->store ? g_list_model_get_n_items (lg_personal_store_get_contacts (self->store)) : 0;

  gtk_widget_set_visible (self->empty_label, n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
}

static void
entry_sync (GtkEntry   *entry,
            const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
sync_preferences (LgCareTeamPage *self)
{
  self->updating = TRUE;
  entry_sync (self->name_entry, self->store ? lg_personal_store_get_name (self->store) : "");
  entry_sync (self->treatment_entry, self->store ? lg_personal_store_get_treatment (self->store) : "");
  gtk_check_button_set_active (self->footer_check,
                               self->store && lg_personal_store_get_footer_24_hour (self->store));
  self->updating = FALSE;
}

static void
on_name_changed (GtkEditable    *entry,
                 LgCareTeamPage *self)
{
  if (!self->updating && self->store != NULL)
    lg_personal_store_set_name (self->store, gtk_editable_get_text (entry));
}

static void
on_treatment_changed (GtkEditable    *entry,
                      LgCareTeamPage *self)
{
  if (!self->updating && self->store != NULL)
    lg_personal_store_set_treatment (self->store, gtk_editable_get_text (entry));
}

static void
on_footer_toggled (GtkCheckButton *check,
                   LgCareTeamPage *self)
{
  if (!self->updating && self->store != NULL)
    lg_personal_store_set_footer_24_hour (self->store, gtk_check_button_get_active (check));
}

typedef struct
{
  LgCareTeamPage *page;
  char           *id;
} Removal;

static void
removal_free (gpointer data)
{
  Removal *removal = data;

  g_object_unref (removal->page);
  g_free (removal->id);
  g_free (removal);
}

static void
remove_confirmed (gpointer user_data)
{
  Removal *removal = user_data;
  LgCareTeamPage *self = removal->page;

  if (self->store != NULL)
    lg_personal_store_remove_contact (self->store, removal->id);
  gtk_widget_grab_focus (self->add_button);
}

static void
on_row_remove (LgContactRow   *row,
               LgCareTeamPage *self)
{
  Removal *removal = g_new0 (Removal, 1);
  LgPersonalContact *contact = lg_contact_row_get_contact (row);
  const char *name = lg_personal_contact_get_name (contact);

  removal->page = g_object_ref (self);
  removal->id = g_strdup (lg_personal_contact_get_id (contact));
  lg_confirm (GTK_WIDGET (self), _("Remove this person from My care team?"),
              name != NULL && *name != '\0' ? name : NULL,
              _("_Remove"), remove_confirmed, removal, removal_free);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  LgCareTeamPage *self = user_data;
  GtkWidget *row = lg_contact_row_new (self->store, item);

  g_signal_connect (row, "remove", G_CALLBACK (on_row_remove), self);
  return row;
}

static void
on_add (GtkButton      *button,
        LgCareTeamPage *self)
{
  GtkListBoxRow *row;

  if (self->store == NULL)
    return;
  lg_personal_store_add_contact (self->store, NULL, NULL, NULL, FALSE);
  row = gtk_list_box_get_row_at_index (self->list,
                                       g_list_model_get_n_items (lg_personal_store_get_contacts (self->store)) - 1);
  if (row != NULL)
    lg_contact_row_focus (LG_CONTACT_ROW (row));
}

static void
on_items_changed (LgCareTeamPage *self)
{
  update_rows (self);
}

void
lg_care_team_page_set_store (LgCareTeamPage  *self,
                             LgPersonalStore *store)
{
  g_return_if_fail (LG_IS_CARE_TEAM_PAGE (self));
  g_return_if_fail (store == NULL || LG_IS_PERSONAL_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->items_changed_id, lg_personal_store_get_contacts (self->store));
      g_clear_signal_handler (&self->notify_id, self->store);
    }
  g_set_object (&self->store, store);
  gtk_list_box_bind_model (self->list, store ? lg_personal_store_get_contacts (store) : NULL,
                           create_row, self, NULL);
  if (store != NULL)
    {
      self->items_changed_id = g_signal_connect_swapped (lg_personal_store_get_contacts (store),
                                                         "items-changed",
                                                         G_CALLBACK (on_items_changed), self);
      self->notify_id = g_signal_connect_swapped (store, "notify",
                                                  G_CALLBACK (sync_preferences), self);
    }
  update_rows (self);
  sync_preferences (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
lg_care_team_page_dispose (GObject *object)
{
  LgCareTeamPage *self = LG_CARE_TEAM_PAGE (object);

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->items_changed_id, lg_personal_store_get_contacts (self->store));
      g_clear_signal_handler (&self->notify_id, self->store);
      gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
    }
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_CARE_TEAM_PAGE);

  G_OBJECT_CLASS (lg_care_team_page_parent_class)->dispose (object);
}

static void
lg_care_team_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LgCareTeamPage *self = LG_CARE_TEAM_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_care_team_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LgCareTeamPage *self = LG_CARE_TEAM_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      lg_care_team_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_care_team_page_class_init (LgCareTeamPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_care_team_page_dispose;
  object_class->get_property = lg_care_team_page_get_property;
  object_class->set_property = lg_care_team_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_PERSONAL_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LG_TYPE_CLAMP);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-care-team-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LgCareTeamPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, LgCareTeamPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, LgCareTeamPage, list);
  gtk_widget_class_bind_template_child (widget_class, LgCareTeamPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, LgCareTeamPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, LgCareTeamPage, treatment_entry);
  gtk_widget_class_bind_template_child (widget_class, LgCareTeamPage, footer_check);
  gtk_widget_class_bind_template_callback (widget_class, on_add);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_treatment_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_footer_toggled);
}

static void
lg_care_team_page_init (LgCareTeamPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_rows (self);
}

GtkWidget *
lg_care_team_page_new (void)
{
  return g_object_new (LG_TYPE_CARE_TEAM_PAGE, NULL);
}
