/* lg-window-search.c: search, and the matches it highlights in the page
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar (LgSidebar) searches and lists the results; the window
 * opens the one chosen, scrolled to its section, and highlights every
 * match there, which Ctrl+G, Shift+Ctrl+G and F3 step through and the
 * find bar (LgFindBar) counts. A new query takes the old one's highlights
 * away.
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-search.h"
#include "lg-window-private.h"

static void
update_find_bar (LgWindow *self)
{
  lg_find_bar_set_matches (self->find_bar,
                           lg_content_view_get_n_matches (self->content_view),
                           lg_content_view_get_current_match (self->content_view));
}

static GArray *
find_in_text (const char *text,
              gpointer    user_data)
{
  LgWindow *self = user_data;

  return lg_search_find_matches (lg_sidebar_get_index (self->sidebar),
                                 lg_content_view_get_highlight_query (self->content_view),
                                 text);
}

/**
 * lg_window_open_result:
 * @self: a #LgWindow
 * @topic_id: the result's topic
 * @section_id: (nullable): the result's section
 * @query: the words to highlight
 *
 * Opens a search result: the topic, scrolled to the section, with every
 * match of @query highlighted.
 *
 * Returns: how many matches the page has
 */
guint
lg_window_open_result (LgWindow   *self,
                       const char *topic_id,
                       const char *section_id,
                       const char *query)
{
  guint n;

  g_return_val_if_fail (LG_IS_WINDOW (self), 0);

  if (!lg_window_show_topic (self, topic_id, section_id))
    return 0;

  lg_content_view_set_highlight_query (self->content_view, query);
  n = lg_content_view_highlight (self->content_view, find_in_text, self);
  update_find_bar (self);
  lg_window_actions_update (self);

  if (self->narrow)
    gtk_toggle_button_set_active (self->sidebar_button, FALSE);
  return n;
}

static void
on_open_result (LgSidebar  *sidebar,
                const char *topic_id,
                const char *section_id,
                const char *query,
                LgWindow   *self)
{
  lg_window_open_result (self, topic_id, section_id, query);
}

/**
 * lg_window_search:
 * @self: a #LgWindow
 * @query: what the reader typed
 *
 * Fills the sidebar with the results of @query, or puts the topics back
 * when it is empty.
 *
 * Returns: how many results there are
 */
guint
lg_window_search (LgWindow   *self,
                  const char *query)
{
  g_return_val_if_fail (LG_IS_WINDOW (self), 0);
  return lg_sidebar_search (self->sidebar, query);
}

/* The page's highlights and count belong to the query that made them. */
static void
forget_highlights (LgWindow *self)
{
  lg_content_view_set_highlight_query (self->content_view, NULL);
  lg_content_view_clear_highlight (self->content_view);
  update_find_bar (self);
  lg_window_actions_update (self);
}

static void
on_query_changed (LgSidebar  *sidebar,
                  const char *query,
                  LgWindow   *self)
{
  /* Enter may open a result before the entry's delayed signal comes. */
  if (g_strcmp0 (query, lg_content_view_get_highlight_query (self->content_view)) != 0)
    forget_highlights (self);
}

static void
on_search_mode (LgSidebar  *sidebar,
                GParamSpec *pspec,
                LgWindow   *self)
{
  gboolean on = lg_sidebar_get_search_mode (sidebar);

  gtk_toggle_button_set_active (self->search_button, on);
  if (on && !gtk_widget_get_visible (GTK_WIDGET (self->sidebar)))
    gtk_toggle_button_set_active (self->sidebar_button, TRUE);
}

static void
on_search_button (GtkToggleButton *button,
                  LgWindow        *self)
{
  if (gtk_toggle_button_get_active (button))
    lg_sidebar_start_search (self->sidebar);
  else
    lg_sidebar_set_search_mode (self->sidebar, FALSE);
}

static void
start_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  lg_sidebar_start_search (LG_WINDOW (widget)->sidebar);
}

static void
step_match (LgWindow *self,
            int       delta)
{
  int current = lg_content_view_get_current_match (self->content_view);

  if (lg_content_view_get_n_matches (self->content_view) == 0)
    return;
  if (current < 0)
    current = delta > 0 ? -1 : 0;
  lg_content_view_select_match (self->content_view, current + delta);
  update_find_bar (self);
}

static void
next_match (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  step_match (LG_WINDOW (widget), 1);
}

static void
previous_match (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  step_match (LG_WINDOW (widget), -1);
}

static void
clear_matches (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  lg_content_view_clear_highlight (self->content_view);
  update_find_bar (self);
  lg_window_actions_update (self);
}

static void
open_glossary (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  lg_window_show_topic (LG_WINDOW (widget), "glossary", NULL);
}

/* Called when the page changes: old highlights go with the old page. */
void
lg_window_search_page_changed (LgWindow *self)
{
  update_find_bar (self);
}

void
lg_window_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.search", NULL, start_search);
  gtk_widget_class_install_action (widget_class, "win.next-match", NULL, next_match);
  gtk_widget_class_install_action (widget_class, "win.previous-match", NULL, previous_match);
  gtk_widget_class_install_action (widget_class, "win.clear-matches", NULL, clear_matches);
  gtk_widget_class_install_action (widget_class, "win.open-glossary", NULL, open_glossary);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "win.next-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_G,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.previous-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, 0, "win.next-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, GDK_SHIFT_MASK,
                                       "win.previous-match", NULL);
}

void
lg_window_search_init (LgWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  /* A focused selectable label (a heading, or text the mouse has made
   * selectable) keeps Ctrl+F for itself in GTK 4.8, so that search would
   * not open from the page: the window hears it first. */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  lg_sidebar_set_key_capture_widget (self->sidebar, GTK_WIDGET (self));
  g_signal_connect (self->sidebar, "open-result", G_CALLBACK (on_open_result), self);
  g_signal_connect (self->sidebar, "query-changed", G_CALLBACK (on_query_changed), self);
  g_signal_connect (self->sidebar, "notify::search-mode", G_CALLBACK (on_search_mode), self);
  g_signal_connect (self->search_button, "toggled", G_CALLBACK (on_search_button), self);
}
