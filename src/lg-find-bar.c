/* lg-find-bar.c: how many times the search words are on the page
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bar above the page, shown while the page has highlighted matches: how
 * many there are, or which one is selected, with buttons for the window's
 * win.previous-match, win.next-match and win.clear-matches actions.
 */

#define G_LOG_DOMAIN "lg-find-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-find-bar.h"

struct _LgFindBar
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;
};

G_DEFINE_FINAL_TYPE (LgFindBar, lg_find_bar, GTK_TYPE_WIDGET)

static void
lg_find_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_FIND_BAR);

  G_OBJECT_CLASS (lg_find_bar_parent_class)->dispose (object);
}

static void
lg_find_bar_class_init (LgFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_find_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lg-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, LgFindBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, LgFindBar, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lg_find_bar_init (LgFindBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lg_find_bar_new (void)
{
  return g_object_new (LG_TYPE_FIND_BAR, NULL);
}

/**
 * lg_find_bar_set_matches:
 * @self: a #LgFindBar
 * @n_matches: how many matches the page has; the bar hides for none
 * @current: the selected match, from 0, or -1 for none
 */
void
lg_find_bar_set_matches (LgFindBar *self,
                         guint      n_matches,
                         int        current)
{
  g_autofree char *text = NULL;

  g_return_if_fail (LG_IS_FIND_BAR (self));

  if (n_matches == 0)
    {
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      return;
    }
  if (current < 0)
    /* Translators: how many times the search words are on this page */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match on this page",
                                         "%u matches on this page", n_matches), n_matches);
  else
    /* Translators: which match is selected, as in “3 of 7” */
    text = g_strdup_printf (_("%d of %u"), current + 1, n_matches);
  gtk_label_set_text (self->label, text);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}
