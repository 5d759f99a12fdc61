/* lg-note-row.c: one of my appointment notes, to edit
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The note's date and its three parts (what I was told, what happens
 * next, who to call), saved to the store as they are typed. Delete is
 * asked of the page through ::delete, which asks the reader first.
 */

#define G_LOG_DOMAIN "lg-note-row"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lg-note-row.h"

struct _LgNoteRow
{
  GtkListBoxRow    parent_instance;

  GtkEntry        *date_entry;
  GtkTextView     *told_view;
  GtkTextView     *next_view;
  GtkTextView     *call_view;

  LgPersonalStore *store;
  LgPersonalNote  *note;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (LgNoteRow, lg_note_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
view_set_text (GtkTextView *view,
               const char  *text)
{
  g_autofree char *old = view_get_text (view);

  if (g_strcmp0 (old, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
sync_from_note (LgNoteRow *self)
{
  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                 lg_personal_note_get_date (self->note)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->date_entry), lg_personal_note_get_date (self->note));
  view_set_text (self->told_view, lg_personal_note_get_told (self->note));
  view_set_text (self->next_view, lg_personal_note_get_next_steps (self->note));
  view_set_text (self->call_view, lg_personal_note_get_who_to_call (self->note));
  self->updating = FALSE;
}

/* The store keeps any text, but a date the pack can read is YYYY-MM-DD:
 * the entry says so while it is not one. */
static void
check_date (LgNoteRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  gboolean valid = TRUE;

  if (*text != '\0')
    {
      guint y, m, d;
      char end;

      valid = sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) == 3 && strlen (text) == 10 &&
              g_date_valid_dmy (d, m, y);
    }
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->date_entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               valid ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
}

static void
on_changed (LgNoteRow *self)
{
  g_autofree char *told = NULL;
  g_autofree char *next = NULL;
  g_autofree char *call = NULL;

  check_date (self);
  if (self->updating)
    return;
  told = view_get_text (self->told_view);
  next = view_get_text (self->next_view);
  call = view_get_text (self->call_view);
  lg_personal_store_edit_note (self->store, lg_personal_note_get_id (self->note),
                               gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                               told, next, call);
}

static void
on_delete (GtkButton *button,
           LgNoteRow *self)
{
  g_signal_emit (self, signals[DELETE], 0);
}

static void
lg_note_row_constructed (GObject *object)
{
  LgNoteRow *self = LG_NOTE_ROW (object);
  GtkTextView *views[] = { self->told_view, self->next_view, self->call_view };

  G_OBJECT_CLASS (lg_note_row_parent_class)->constructed (object);

  sync_from_note (self);
  check_date (self);
  g_signal_connect_object (self->note, "notify", G_CALLBACK (sync_from_note),
                           self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_signal_connect_object (gtk_text_view_get_buffer (views[i]), "changed",
                             G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
}

static void
lg_note_row_dispose (GObject *object)
{
  LgNoteRow *self = LG_NOTE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_NOTE_ROW);
  g_clear_object (&self->note);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lg_note_row_parent_class)->dispose (object);
}

static void
lg_note_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LgNoteRow *self = LG_NOTE_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_NOTE:
      g_value_set_object (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_note_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LgNoteRow *self = LG_NOTE_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_NOTE:
      self->note = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_note_row_class_init (LgNoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = lg_note_row_constructed;
  object_class->dispose = lg_note_row_dispose;
  object_class->get_property = lg_note_row_get_property;
  object_class->set_property = lg_note_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_PERSONAL_STORE, construct);
  properties[PROP_NOTE] =
    g_param_spec_object ("note", NULL, NULL, LG_TYPE_PERSONAL_NOTE, construct);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgNoteRow::delete:
   * @self: the row
   *
   * The reader asked to delete the note.
   */
  signals[DELETE] =
    g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lg-note-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LgNoteRow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, LgNoteRow, told_view);
  gtk_widget_class_bind_template_child (widget_class, LgNoteRow, next_view);
  gtk_widget_class_bind_template_child (widget_class, LgNoteRow, call_view);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_delete);
}

static void
lg_note_row_init (LgNoteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lg_note_row_new (LgPersonalStore *store,
                 LgPersonalNote  *note)
{
  return g_object_new (LG_TYPE_NOTE_ROW, "store", store, "note", note, NULL);
}

LgPersonalNote *
lg_note_row_get_note (LgNoteRow *self)
{
  g_return_val_if_fail (LG_IS_NOTE_ROW (self), NULL);
  return self->note;
}

void
lg_note_row_focus (LgNoteRow *self)
{
  g_return_if_fail (LG_IS_NOTE_ROW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->told_view));
}
