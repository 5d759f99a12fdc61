/* lg-search-results.c: the list of search results in the sidebar
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row says where a result is (topic › section) and shows its snippet
 * with the matched words in bold. Activating a row, or moving to it with
 * the arrow keys or a screen reader, emits ::result-activated, as the
 * topic list opens a topic when it is selected.
 */

#define G_LOG_DOMAIN "lg-search-results"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-search-results.h"

struct _LgSearchResults
{
  GtkWidget           parent_instance;

  GtkListView        *list;

  GListStore         *results;    /* LgSearchResult */
  GtkSingleSelection *selection;
  gboolean            filling;    /* no row is chosen while the list fills */
};

G_DEFINE_FINAL_TYPE (LgSearchResults, lg_search_results, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_RESULTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
activate_position (LgSearchResults *self,
                   guint            position)
{
  g_autoptr(LgSearchResult) result =
    g_list_model_get_item (G_LIST_MODEL (self->results), position);

  if (result != NULL)
    g_signal_emit (self, signals[RESULT_ACTIVATED], 0, result);
}

static void
on_list_activate (GtkListView     *list,
                  guint            position,
                  LgSearchResults *self)
{
  activate_position (self, position);
}

/* Moving through the results with the arrow keys (or choosing one with a
 * screen reader) shows it at once, as the topic list does. */
static void
on_selected (GtkSingleSelection *selection,
             GParamSpec         *pspec,
             LgSearchResults    *self)
{
  guint position = gtk_single_selection_get_selected (selection);

  if (position != GTK_INVALID_LIST_POSITION && !self->filling)
    activate_position (self, position);
}

static void
lg_search_results_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LgSearchResults *self = LG_SEARCH_RESULTS (object);

  switch (prop_id)
    {
    case PROP_N_RESULTS:
      g_value_set_uint (value, lg_search_results_get_n_results (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_search_results_dispose (GObject *object)
{
  LgSearchResults *self = LG_SEARCH_RESULTS (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LG_TYPE_SEARCH_RESULTS);
  /* The scrolled window that holds the list. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (lg_search_results_parent_class)->dispose (object);
}

static void
lg_search_results_class_init (LgSearchResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = lg_search_results_get_property;
  object_class->dispose = lg_search_results_dispose;

  /**
   * LgSearchResults:n-results:
   *
   * How many results the list shows.
   */
  properties[PROP_N_RESULTS] =
    g_param_spec_uint ("n-results", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgSearchResults::result-activated:
   * @self: the list
   * @result: the #LgSearchResult chosen
   *
   * Emitted when the reader activates a result or moves to it.
   */
  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LG_TYPE_SEARCH_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-search-results.ui");
  gtk_widget_class_bind_template_child (widget_class, LgSearchResults, list);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lg_search_results_init (LgSearchResults *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = g_list_store_new (LG_TYPE_SEARCH_RESULT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selected), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_result), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_result), NULL);
  gtk_list_view_set_factory (self->list, factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
}

GtkWidget *
lg_search_results_new (void)
{
  return g_object_new (LG_TYPE_SEARCH_RESULTS, NULL);
}

/**
 * lg_search_results_set_results:
 * @self: a #LgSearchResults
 * @results: (element-type LgSearchResult): the results, best first
 *
 * Shows @results, none of them chosen.
 */
void
lg_search_results_set_results (LgSearchResults *self,
                               GPtrArray       *results)
{
  guint before;

  g_return_if_fail (LG_IS_SEARCH_RESULTS (self));

  before = lg_search_results_get_n_results (self);
  self->filling = TRUE;
  g_list_store_splice (self->results, 0, before,
                       results ? results->pdata : NULL, results ? results->len : 0);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
  if (before != lg_search_results_get_n_results (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RESULTS]);
}

guint
lg_search_results_get_n_results (LgSearchResults *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULTS (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->results));
}

/**
 * lg_search_results_get_selected:
 * @self: a #LgSearchResults
 *
 * Returns: the position of the chosen result, or %GTK_INVALID_LIST_POSITION
 */
guint
lg_search_results_get_selected (LgSearchResults *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULTS (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

/**
 * lg_search_results_activate:
 * @self: a #LgSearchResults
 * @position: a result's position, or %GTK_INVALID_LIST_POSITION for the
 *   best one
 *
 * Emits ::result-activated for the result at @position.
 *
 * Returns: %FALSE if there is no result
 */
gboolean
lg_search_results_activate (LgSearchResults *self,
                            guint            position)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULTS (self), FALSE);

  if (lg_search_results_get_n_results (self) == 0)
    return FALSE;
  activate_position (self, position == GTK_INVALID_LIST_POSITION ? 0 : position);
  return TRUE;
}

/**
 * lg_search_results_focus_first:
 * @self: a #LgSearchResults
 *
 * Chooses the best result and moves the keyboard focus to the list.
 *
 * Returns: %FALSE if there is no result
 */
gboolean
lg_search_results_focus_first (LgSearchResults *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULTS (self), FALSE);

  if (lg_search_results_get_n_results (self) == 0)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->list));
  return TRUE;
}
