/* lg-content-view-personal.c: what the reader keeps, shown with the guide
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With a personal store, each suggested question gets a check button that
 * puts it in My questions, and the act-now page shows my 24-hour number at
 * its top. Neither is part of the corpus: the view adds them, and they
 * follow the store as it changes.
 */

#define G_LOG_DOMAIN "lg-content-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-content-view-private.h"
#include "lg-question-check.h"

/* The page whose top shows my 24-hour number. */
#define ACT_NOW_TOPIC "act-now"

static void
update_callout (LgContentView *self)
{
  LgPersonalContact *contact;
  g_autofree char *text = NULL;
  const char *role;

  if (self->personal_callout == NULL)
    return;

  contact = self->store ? lg_personal_store_get_24_hour_contact (self->store) : NULL;
  gtk_widget_set_visible (self->personal_callout, contact != NULL);
  if (contact == NULL)
    return;

  role = lg_personal_contact_get_role (contact);
  if (role != NULL && *role != '\0')
    /* Translators: my 24-hour contact: name, role, then phone number */
    text = g_strdup_printf (_("%s (%s): %s"), lg_personal_contact_get_name (contact), role,
                            lg_personal_contact_get_phone (contact));
  else
    /* Translators: my 24-hour contact: name, then phone number */
    text = g_strdup_printf (_("%s: %s"), lg_personal_contact_get_name (contact),
                            lg_personal_contact_get_phone (contact));
  gtk_label_set_text (GTK_LABEL (self->personal_callout_label), text);
}

static GtkWidget *
make_callout (LgContentView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (_("My 24-hour number"));
  GtkWidget *hint = gtk_label_new (_("From My care team. Call it straight away if you feel unwell."));
  GtkWidget *body = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "lg-callout");
  gtk_widget_add_css_class (box, "contact");
  gtk_widget_add_css_class (box, "lg-personal-callout");
  /* Apart from the summary under it, as callouts in the page are. */
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_add_css_class (title, "lg-callout-title");
  gtk_widget_add_css_class (body, "lg-body");
  gtk_widget_add_css_class (hint, "lg-body");
  for (GtkWidget *label = title; label != NULL;
       label = label == title ? body : label == body ? hint : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);

  self->personal_callout = box;
  self->personal_callout_label = body;
  update_callout (self);
  return box;
}

/* @widget, the view's widget for @block, with what the store adds to it. */
GtkWidget *
lg_content_view_decorate_block (LgContentView    *self,
                                const LgDocBlock *block,
                                GtkWidget        *widget)
{
  const LgTopic *topic;
  GtkWidget *box, *extra;

  if (self->store == NULL || self->doc == NULL)
    return widget;
  topic = lg_document_get_topic (self->doc);

  if (block->kind == LG_DOC_QUESTION && block->text != NULL)
    {
      extra = lg_question_check_new (self->store, topic->id, block->text->source,
                                     block->text->plain);
      gtk_widget_set_margin_start (extra, 28);
      gtk_widget_set_halign (extra, GTK_ALIGN_START);
    }
  else if (block->kind == LG_DOC_TITLE && g_str_equal (topic->id, ACT_NOW_TOPIC))
    extra = make_callout (self);
  else
    return widget;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), widget);
  gtk_box_append (GTK_BOX (box), extra);
  return box;
}

/* The page's widgets are about to go. */
void
lg_content_view_clear_personal (LgContentView *self)
{
  self->personal_callout = NULL;
  self->personal_callout_label = NULL;
}

/**
 * lg_content_view_set_personal_store:
 * @self: a #LgContentView
 * @store: (nullable): what the reader keeps
 *
 * Adds “Add to my questions” to each suggested question and the 24-hour
 * number to the act-now page, from @store, from the next page shown.
 */
void
lg_content_view_set_personal_store (LgContentView   *self,
                                    LgPersonalStore *store)
{
  g_return_if_fail (LG_IS_CONTENT_VIEW (self));
  g_return_if_fail (store == NULL || LG_IS_PERSONAL_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->store_changed_id = g_signal_connect_swapped (store, "changed",
                                                       G_CALLBACK (update_callout), self);
  update_callout (self);
}

LgPersonalStore *
lg_content_view_get_personal_store (LgContentView *self)
{
  g_return_val_if_fail (LG_IS_CONTENT_VIEW (self), NULL);
  return self->store;
}
