/* lg-window-glossary.c: a glossary word's meaning, shown where it is read
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Following a glossary link opens a popover with the definition beside
 * the word, so the reader does not lose their place; a button opens the
 * full entry. Keyboard and screen reader users reach it the same way:
 * the link is activated with Enter, and Escape closes it.
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-window-private.h"

static void
on_open_entry (GtkButton *button,
               LgWindow  *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "term-id");
  g_autofree char *term = g_strdup (id);

  if (self->term_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->term_popover));
  lg_window_show_topic (self, "glossary", term);
}

static gboolean
on_definition_link (GtkLabel   *label,
                    const char *uri,
                    LgWindow   *self)
{
  if (self->term_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->term_popover));

  /* Inside the guide, go there; elsewhere only the allowed schemes. */
  if (g_str_has_prefix (uri, "topic:") || g_str_has_prefix (uri, "glossary:") ||
      g_str_has_prefix (uri, "medicine:"))
    g_signal_emit_by_name (self->content_view, "navigate", uri);
  else if (lg_link_scheme_allowed (uri))
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  return TRUE;
}

/* The window's one popover: made the first time a word is followed, then
 * filled again for each word. It stays parented to the content view, so
 * nothing is unparented while GTK may still be closing it. */
static void
ensure_popover (LgWindow *self)
{
  GtkWidget *box;

  if (self->term_popover != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  self->term_title = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   NULL);
  gtk_widget_add_css_class (self->term_title, "heading");

  self->term_definition = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->term_definition), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->term_definition), 40);
  gtk_label_set_xalign (GTK_LABEL (self->term_definition), 0.0);
  gtk_label_set_selectable (GTK_LABEL (self->term_definition), TRUE);
  g_signal_connect (self->term_definition, "activate-link", G_CALLBACK (on_definition_link), self);

  self->term_button = gtk_button_new_with_mnemonic (_("Open in the _Glossary"));
  gtk_widget_set_halign (self->term_button, GTK_ALIGN_START);
  g_signal_connect (self->term_button, "clicked", G_CALLBACK (on_open_entry), self);

  gtk_box_append (GTK_BOX (box), self->term_title);
  gtk_box_append (GTK_BOX (box), self->term_definition);
  gtk_box_append (GTK_BOX (box), self->term_button);

  self->term_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->term_popover), box);
  gtk_popover_set_position (GTK_POPOVER (self->term_popover), GTK_POS_BOTTOM);
  gtk_widget_set_parent (self->term_popover, GTK_WIDGET (self->content_view));
}

static gboolean
on_show_term (LgContentView *view,
              const char    *term_id,
              GtkWidget     *label,
              LgWindow      *self)
{
  const LgTerm *term;
  g_autofree char *markup = NULL;
  graphene_rect_t bounds;

  if (self->corpus == NULL || !(term = lg_corpus_find_term (self->corpus, term_id)))
    return FALSE;

  ensure_popover (self);
  gtk_popover_popdown (GTK_POPOVER (self->term_popover));

  markup = lg_inline_to_markup (term->definition);
  gtk_label_set_text (GTK_LABEL (self->term_title), term->term->plain);
  gtk_label_set_markup (GTK_LABEL (self->term_definition), markup);
  g_object_set_data_full (G_OBJECT (self->term_button), "term-id", g_strdup (term->id), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->term_popover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, term->term->plain, -1);

  /* Point at the label that holds the word. */
  if (gtk_widget_compute_bounds (label, GTK_WIDGET (view), &bounds))
    {
      GdkRectangle rect = {
        .x = bounds.origin.x,
        .y = bounds.origin.y,
        .width = MAX (1, bounds.size.width),
        .height = MAX (1, bounds.size.height),
      };

      gtk_popover_set_pointing_to (GTK_POPOVER (self->term_popover), &rect);
    }

  gtk_popover_popup (GTK_POPOVER (self->term_popover));
  return TRUE;
}

void
lg_window_glossary_init (LgWindow *self)
{
  g_signal_connect (self->content_view, "show-term", G_CALLBACK (on_show_term), self);
}
