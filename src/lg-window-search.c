/* lg-window-search.c: search in the sidebar, and matches in the page
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ctrl+F, or typing anywhere in the window, opens the search entry. While
 * there is a query, ranked results replace the topic list; activating one
 * opens its section and highlights every match there, which Ctrl+G,
 * Shift+Ctrl+G and F3 step through. A new query takes the old one's
 * highlights away. When nothing matches, the sidebar says so and offers
 * what to do if unwell, where to start and the closest topics. Escape, in
 * the entry or anywhere in the sidebar, goes back to the topics.
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-search.h"
#include "lg-window-private.h"

#define MAX_RESULTS 50

/* Topics offered when nothing matches. */
#define N_CLOSEST 3

#define OFFERS_KEY "lg-search-offers"

static void
setup_result (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (where), 0.0);
  gtk_label_set_wrap (GTK_LABEL (where), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (where), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (where, "lg-result-where");

  gtk_label_set_xalign (GTK_LABEL (snippet), 0.0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (snippet, "lg-result-snippet");

  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_item_set_child (item, box);
}

/* The snippet as markup: escaped text, matched words in bold. */
static char *
snippet_markup (LgSearchResult *result)
{
  const char *text = lg_search_result_get_snippet (result);
  const LgSearchRange *ranges;
  guint n_ranges, at = 0;
  GString *out = g_string_new (NULL);

  ranges = lg_search_result_get_ranges (result, &n_ranges);
  for (guint i = 0; i < n_ranges; i++)
    {
      g_autofree char *before = g_markup_escape_text (text + at, ranges[i].start - at);
      g_autofree char *match = g_markup_escape_text (text + ranges[i].start,
                                                     ranges[i].end - ranges[i].start);

      g_string_append_printf (out, "%s<b>%s</b>", before, match);
      at = ranges[i].end;
    }
  {
    g_autofree char *rest = g_markup_escape_text (text + at, -1);
    g_string_append (out, rest);
  }
  return g_string_free (out, FALSE);
}

static void
bind_result (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  LgSearchResult *result = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *where = gtk_widget_get_first_child (box);
  GtkWidget *snippet = gtk_widget_get_next_sibling (where);
  g_autofree char *path = NULL;
  g_autofree char *markup = snippet_markup (result);
  const char *section = lg_search_result_get_section_title (result);

  if (section != NULL)
    /* Translators: where a search result is: topic › section */
    path = g_strdup_printf (_("%s › %s"), lg_search_result_get_topic_title (result), section);
  else
    path = g_strdup (lg_search_result_get_topic_title (result));
  gtk_label_set_text (GTK_LABEL (where), path);
  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, path, -1);
}

static void
update_find_label (LgWindow *self)
{
  guint n = lg_content_view_get_n_matches (self->content_view);
  int current = lg_content_view_get_current_match (self->content_view);
  g_autofree char *text = NULL;

  if (n == 0)
    {
      gtk_revealer_set_reveal_child (self->find_revealer, FALSE);
      return;
    }
  if (current < 0)
    /* Translators: how many times the search words are on this page */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match on this page",
                                         "%u matches on this page", n), n);
  else
    /* Translators: which match is selected, as in “3 of 7” */
    text = g_strdup_printf (_("%d of %u"), current + 1, n);
  gtk_label_set_text (self->find_label, text);
  gtk_revealer_set_reveal_child (self->find_revealer, TRUE);
}

/* The index is made when it is first needed, not at start-up. */
static LgSearch *
get_index (LgWindow *self)
{
  if (self->index == NULL)
    self->index = lg_search_new (self->corpus);
  return self->index;
}

static GArray *
find_in_text (const char *text,
              gpointer    user_data)
{
  LgWindow *self = user_data;

  return lg_search_find_matches (get_index (self), self->highlight_query, text);
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

  g_free (self->highlight_query);
  self->highlight_query = g_strdup (query);
  n = lg_content_view_highlight (self->content_view, find_in_text, self);
  update_find_label (self);
  lg_window_actions_update (self);

  if (self->narrow)
    gtk_toggle_button_set_active (self->sidebar_button, FALSE);
  return n;
}

static void
on_result_activated (GtkListView *list,
                     guint        position,
                     LgWindow    *self)
{
  g_autoptr(LgSearchResult) result =
    g_list_model_get_item (G_LIST_MODEL (self->results), position);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (result == NULL)
    return;
  lg_window_open_result (self, lg_search_result_get_topic_id (result),
                         lg_search_result_get_section_id (result), query);
}

/* Moving through the results with the arrow keys (or choosing one with a
 * screen reader) shows it at once, as the topic list does. */
static void
on_result_selected (GtkSingleSelection *selection,
                    GParamSpec         *pspec,
                    LgWindow           *self)
{
  guint position = gtk_single_selection_get_selected (selection);

  if (position != GTK_INVALID_LIST_POSITION && !self->filling_results)
    on_result_activated (self->results_list, position, self);
}

static void
on_offer_clicked (GtkButton *button,
                  LgWindow  *self)
{
  const char *topic_id = g_object_get_data (G_OBJECT (button), "lg-topic");
  const char *section_id = g_object_get_data (G_OBJECT (button), "lg-section");

  lg_window_open_result (self, topic_id, section_id, "");
}

static void
add_offer_caption (GtkBox     *box,
                   const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (box, label);
}

static void
add_offer (LgWindow        *self,
           GtkBox          *box,
           const LgTopic   *topic,
           const LgSection *section,
           gboolean         urgent)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (section ? section->title->plain : topic->title->plain);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  if (urgent)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      /* Translators: read out before the page to open when unwell */
                                      _("Urgent"), -1);
      gtk_box_append (GTK_BOX (content), icon);
      gtk_widget_add_css_class (button, "destructive-action");
    }
  gtk_box_append (GTK_BOX (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "lg-search-offer");
  g_object_set_data_full (G_OBJECT (button), "lg-topic", g_strdup (topic->id), g_free);
  g_object_set_data_full (G_OBJECT (button), "lg-section", section ? g_strdup (section->id) : NULL, g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_offer_clicked), self);
  gtk_box_append (box, button);
}

/* Never an empty pane: what to do if unwell, where to start, and the
 * topics closest to what was typed, as far as the guide has them. */
static void
fill_offers (LgWindow   *self,
             const char *query)
{
  GtkBox *box = g_object_get_data (G_OBJECT (self), OFFERS_KEY);
  LgSearch *search = get_index (self);
  const LgTopic *urgent = NULL, *start = NULL;
  const LgSection *urgent_section = NULL;
  g_autoptr(GPtrArray) closest = NULL;
  const char *exclude[3] = { NULL };
  guint n_exclude = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  if (lg_search_get_page (search, LG_SEARCH_PAGES_URGENT, &urgent, &urgent_section))
    {
      add_offer_caption (box, _("If you feel unwell, do not wait:"));
      add_offer (self, box, urgent, urgent_section, TRUE);
      exclude[n_exclude++] = urgent->id;
    }
  if (lg_search_get_page (search, LG_SEARCH_PAGES_START, &start, NULL) && start != urgent)
    {
      add_offer_caption (box, _("New to this guide? Start here:"));
      add_offer (self, box, start, NULL, FALSE);
      exclude[n_exclude++] = start->id;
    }
  closest = lg_search_suggest_topics (search, query, N_CLOSEST, exclude);
  if (closest->len > 0)
    add_offer_caption (box, _("Topics that may be close:"));
  for (guint i = 0; i < closest->len; i++)
    add_offer (self, box, g_ptr_array_index (closest, i), NULL, FALSE);
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
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (query ? query : ""));
  guint generation;

  /* The index sees the query as typed: a trailing space says the last
   * word is finished. */

  g_return_val_if_fail (LG_IS_WINDOW (self), 0);

  /* A newer query always wins over an older one still being answered. */
  generation = ++self->search_generation;

  if (stripped[0] == '\0' || self->corpus == NULL)
    {
      g_list_store_remove_all (self->results);
      gtk_stack_set_visible_child_name (self->sidebar_stack, "topics");
      return 0;
    }

  results = lg_search_query (get_index (self), query, MAX_RESULTS);
  if (generation != self->search_generation)
    return 0;

  self->filling_results = TRUE;
  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       results->pdata, results->len);
  gtk_single_selection_set_selected (self->results_selection, GTK_INVALID_LIST_POSITION);
  self->filling_results = FALSE;
  if (results->len == 0)
    {
      g_autofree char *text =
        /* Translators: shown when a search finds nothing; %s is what was typed */
        g_strdup_printf (_("No page of this guide matches “%s” yet"), stripped);

      gtk_label_set_text (self->empty_label, text);
      fill_offers (self, stripped);
      gtk_stack_set_visible_child_name (self->sidebar_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->sidebar_stack, "results");

  return results->len;
}

/* The page's highlights and count belong to the query that made them. */
static void
forget_highlights (LgWindow *self)
{
  g_clear_pointer (&self->highlight_query, g_free);
  lg_content_view_clear_highlight (self->content_view);
  update_find_label (self);
  lg_window_actions_update (self);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   LgWindow       *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  /* Enter may open a result before the entry's delayed signal comes. */
  if (g_strcmp0 (text, self->highlight_query) != 0)
    forget_highlights (self);
  lg_window_search (self, text);
}

static void
on_search_activate (GtkSearchEntry *entry,
                    LgWindow       *self)
{
  guint position = gtk_single_selection_get_selected (self->results_selection);

  /* Enter opens the chosen result, or the best one. */
  lg_window_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) == 0)
    return;
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  on_result_activated (self->results_list, position, self);
}

static void
on_stop_search (GtkSearchEntry *entry,
                LgWindow       *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  lg_window_search (self, "");
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_list));
}

/* Escape anywhere in the sidebar (the results, the page offered when
 * nothing matches) closes search, as it does in the entry. */
static gboolean
on_sidebar_key (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LgWindow              *self)
{
  if (keyval != GDK_KEY_Escape || !gtk_search_bar_get_search_mode (self->search_bar))
    return FALSE;
  on_stop_search (self->search_entry, self);
  return TRUE;
}

static gboolean
on_entry_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              LgWindow              *self)
{
  /* Down moves from the entry into the results. */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    {
      gtk_single_selection_set_selected (self->results_selection, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->results_list));
      return TRUE;
    }
  return FALSE;
}

static void
on_search_mode (GtkSearchBar *bar,
                GParamSpec   *pspec,
                LgWindow     *self)
{
  gboolean on = gtk_search_bar_get_search_mode (bar);

  gtk_toggle_button_set_active (self->search_button, on);
  if (on && !gtk_widget_get_visible (self->sidebar))
    gtk_toggle_button_set_active (self->sidebar_button, TRUE);
  if (!on)
    lg_window_search (self, "");
}

static void
on_search_button (GtkToggleButton *button,
                  LgWindow        *self)
{
  gboolean on = gtk_toggle_button_get_active (button);

  if (on != gtk_search_bar_get_search_mode (self->search_bar))
    gtk_search_bar_set_search_mode (self->search_bar, on);
  if (on)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
start_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
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
  update_find_label (self);
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
  update_find_label (self);
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
  update_find_label (self);
}

/* The window has a new corpus: the index is made again on first use. */
void
lg_window_search_reset (LgWindow *self)
{
  g_clear_object (&self->index);
  lg_window_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
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
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *offers;

  self->results = g_list_store_new (LG_TYPE_SEARCH_RESULT);
  self->results_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  gtk_single_selection_set_autoselect (self->results_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->results_selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_result), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_result), NULL);
  gtk_list_view_set_factory (self->results_list, factory);
  gtk_list_view_set_model (self->results_list, GTK_SELECTION_MODEL (self->results_selection));
  g_signal_connect (self->results_list, "activate", G_CALLBACK (on_result_activated), self);
  g_signal_connect (self->results_selection, "notify::selected",
                    G_CALLBACK (on_result_selected), self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (on_stop_search), self);
  g_signal_connect (self->search_bar, "notify::search-mode-enabled",
                    G_CALLBACK (on_search_mode), self);
  g_signal_connect (self->search_button, "toggled", G_CALLBACK (on_search_button), self);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_sidebar_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar_stack), keys);

  offers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->empty_label))),
                              offers, GTK_WIDGET (self->empty_label));
  g_object_set_data (G_OBJECT (self), OFFERS_KEY, offers);
}

void
lg_window_search_dispose (LgWindow *self)
{
  g_clear_object (&self->results_selection);
  g_clear_object (&self->results);
  g_clear_object (&self->index);
  g_clear_pointer (&self->highlight_query, g_free);
}
