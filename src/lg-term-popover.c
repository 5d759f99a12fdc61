/* lg-term-popover.c: a glossary word's meaning, beside the word
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Following a glossary link opens this popover with the definition beside
 * the word, so the reader does not lose their place; a button opens the
 * full entry. Keyboard and screen reader users reach it the same way: the
 * link is activated with Enter, and Escape closes it.
 *
 * The popover follows no link itself: it closes and emits ::follow-link,
 * and whoever shows it decides where the link leads.
 */

#define G_LOG_DOMAIN "lg-term-popover"

#include "config.h"

#include "lg-markup.h"
#include "lg-term-popover.h"

struct _LgTermPopover
{
  GtkPopover    parent_instance;

  GtkLabel     *title;
  GtkLabel     *definition;
  GtkButton    *open_button;

  const LgTerm *term;  /* owned by its corpus */
};

G_DEFINE_FINAL_TYPE (LgTermPopover, lg_term_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_TERM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FOLLOW_LINK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
follow (LgTermPopover *self,
        const char    *uri)
{
  g_autofree char *copy = g_strdup (uri);

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[FOLLOW_LINK], 0, copy);
}

static gboolean
on_definition_link (GtkLabel      *label,
                    const char    *uri,
                    LgTermPopover *self)
{
  follow (self, uri);
  /* Never let GTK open anything by itself. */
  return TRUE;
}

static void
on_open_entry (GtkButton     *button,
               LgTermPopover *self)
{
  g_autofree char *uri = NULL;

  if (self->term == NULL)
    return;
  uri = lg_link_to_uri (LG_LINK_GLOSSARY, self->term->id);
  follow (self, uri);
}

static void
lg_term_popover_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LgTermPopover *self = LG_TERM_POPOVER (object);

  switch (prop_id)
    {
    case PROP_TERM:
      g_value_set_pointer (value, (gpointer) self->term);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_term_popover_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LgTermPopover *self = LG_TERM_POPOVER (object);

  switch (prop_id)
    {
    case PROP_TERM:
      lg_term_popover_set_term (self, g_value_get_pointer (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_term_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_TERM_POPOVER);

  G_OBJECT_CLASS (lg_term_popover_parent_class)->dispose (object);
}

static void
lg_term_popover_class_init (LgTermPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = lg_term_popover_get_property;
  object_class->set_property = lg_term_popover_set_property;
  object_class->dispose = lg_term_popover_dispose;

  /**
   * LgTermPopover:term:
   *
   * The glossary entry shown, an #LgTerm owned by its corpus, which must
   * outlive the popover's showing it.
   */
  properties[PROP_TERM] =
    g_param_spec_pointer ("term", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgTermPopover::follow-link:
   * @self: the popover
   * @uri: a link in the definition, or `glossary:ID` for the button
   *
   * Emitted, after the popover closes, when the reader follows a link in
   * the definition or asks for the whole glossary entry.
   */
  signals[FOLLOW_LINK] =
    g_signal_new ("follow-link", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-term-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, LgTermPopover, title);
  gtk_widget_class_bind_template_child (widget_class, LgTermPopover, definition);
  gtk_widget_class_bind_template_child (widget_class, LgTermPopover, open_button);
  gtk_widget_class_bind_template_callback (widget_class, on_definition_link);
  gtk_widget_class_bind_template_callback (widget_class, on_open_entry);
}

static void
lg_term_popover_init (LgTermPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lg_term_popover_new (void)
{
  return g_object_new (LG_TYPE_TERM_POPOVER, NULL);
}

/**
 * lg_term_popover_set_term:
 * @self: a #LgTermPopover
 * @term: (nullable): the glossary entry to show
 *
 * Shows @term's name and definition; the popover is named after the term
 * for screen readers.
 */
void
lg_term_popover_set_term (LgTermPopover *self,
                          const LgTerm  *term)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (LG_IS_TERM_POPOVER (self));

  if (term == self->term)
    return;
  self->term = term;

  markup = term ? lg_inline_to_markup (term->definition) : NULL;
  gtk_label_set_text (self->title, term ? term->term->plain : "");
  gtk_label_set_markup (self->definition, markup ? markup : "");
  if (term != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    term->term->plain, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM]);
}

/**
 * lg_term_popover_get_term:
 * @self: a #LgTermPopover
 *
 * Returns: (nullable): the glossary entry shown
 */
const LgTerm *
lg_term_popover_get_term (LgTermPopover *self)
{
  g_return_val_if_fail (LG_IS_TERM_POPOVER (self), NULL);
  return self->term;
}
