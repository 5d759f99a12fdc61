/* lg-notes-page.c: My notes
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * My dated appointment notes, newest added last, each with the parts the
 * charities' records suggest: what I was told, what happens next, who to
 * call. A new note is dated today; deleting one asks first.
 */

#define G_LOG_DOMAIN "lg-notes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-clamp.h"
#include "lg-confirm.h"
#include "lg-note-row.h"
#include "lg-notes-page.h"

struct _LgNotesPage
{
  GtkWidget        parent_instance;

  GtkWidget       *scroller;
  GtkWidget       *add_button;
  GtkListBox      *list;
  GtkWidget       *empty_label;

  LgPersonalStore *store;
  gulong           items_changed_id;
};

G_DEFINE_FINAL_TYPE (LgNotesPage, lg_notes_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_rows (LgNotesPage *self)
{
  guint n = self->store ? g_list_model_get_n_items (lg_personal_store_get_notes (self->store)) : 0;

  gtk_widget_set_visible (self->empty_label, n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
}

typedef struct
{
  LgNotesPage *page;
  char        *id;
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_object_unref (deletion->page);
  g_free (deletion->id);
  g_free (deletion);
}

static void
delete_confirmed (gpointer user_data)
{
  Deletion *deletion = user_data;
  LgNotesPage *self = deletion->page;

  if (self->store != NULL)
    lg_personal_store_remove_note (self->store, deletion->id);
  gtk_widget_grab_focus (self->add_button);
}

static void
on_row_delete (LgNoteRow   *row,
               LgNotesPage *self)
{
  Deletion *deletion = g_new0 (Deletion, 1);

  deletion->page = g_object_ref (self);
  deletion->id = g_strdup (lg_personal_note_get_id (lg_note_row_get_note (row)));
  lg_confirm (GTK_WIDGET (self), _("Delete this note?"),
              _("What you wrote in it will be gone for good."),
              _("_Delete"), delete_confirmed, deletion, deletion_free);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  LgNotesPage *self = user_data;
  GtkWidget *row = lg_note_row_new (self->store, item);

  g_signal_connect (row, "delete", G_CALLBACK (on_row_delete), self);
  return row;
}

static void
on_add (GtkButton   *button,
        LgNotesPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkListBoxRow *row;

  if (self->store == NULL)
    return;
  lg_personal_store_add_note (self->store, today, NULL, NULL, NULL);
  row = gtk_list_box_get_row_at_index (self->list,
                                       g_list_model_get_n_items (lg_personal_store_get_notes (self->store)) - 1);
  if (row != NULL)
    lg_note_row_focus (LG_NOTE_ROW (row));
}

static void
on_items_changed (LgNotesPage *self)
{
  update_rows (self);
}

void
lg_notes_page_set_store (LgNotesPage     *self,
                         LgPersonalStore *store)
{
  g_return_if_fail (LG_IS_NOTES_PAGE (self));
  g_return_if_fail (store == NULL || LG_IS_PERSONAL_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->items_changed_id, lg_personal_store_get_notes (self->store));
  g_set_object (&self->store, store);
  gtk_list_box_bind_model (self->list, store ? lg_personal_store_get_notes (store) : NULL,
                           create_row, self, NULL);
  if (store != NULL)
    self->items_changed_id = g_signal_connect_swapped (lg_personal_store_get_notes (store),
                                                       "items-changed",
                                                       G_CALLBACK (on_items_changed), self);
  update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
lg_notes_page_dispose (GObject *object)
{
  LgNotesPage *self = LG_NOTES_PAGE (object);

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->items_changed_id, lg_personal_store_get_notes (self->store));
      gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
    }
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_NOTES_PAGE);

  G_OBJECT_CLASS (lg_notes_page_parent_class)->dispose (object);
}

static void
lg_notes_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LgNotesPage *self = LG_NOTES_PAGE (object);

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
lg_notes_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LgNotesPage *self = LG_NOTES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      lg_notes_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_notes_page_class_init (LgNotesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_notes_page_dispose;
  object_class->get_property = lg_notes_page_get_property;
  object_class->set_property = lg_notes_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_PERSONAL_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LG_TYPE_CLAMP);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-notes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LgNotesPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, LgNotesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, LgNotesPage, list);
  gtk_widget_class_bind_template_child (widget_class, LgNotesPage, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add);
}

static void
lg_notes_page_init (LgNotesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_rows (self);
}

GtkWidget *
lg_notes_page_new (void)
{
  return g_object_new (LG_TYPE_NOTES_PAGE, NULL);
}
