/* lg-window.c: the main window: topics in a sidebar, the topic beside them
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-application.h"
#include "lg-topic-item.h"
#include "lg-window.h"

struct _LgWindow
{
  GtkApplicationWindow  parent_instance;

  GtkStack             *main_stack;
  GtkListView          *topic_list;
  LgContentView        *content_view;
  GtkLabel             *error_label;

  LgCorpus             *corpus;
  GListStore           *items;
  GtkSingleSelection   *selection;
  const LgTopic        *topic;
  gboolean              navigating;
};

G_DEFINE_FINAL_TYPE (LgWindow, lg_window, GTK_TYPE_APPLICATION_WINDOW)

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_list_item_set_child (item, label);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  LgTopicItem *topic_item = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gboolean heading = lg_topic_item_is_heading (topic_item);

  gtk_label_set_text (GTK_LABEL (label), lg_topic_item_get_title (topic_item));
  gtk_list_item_set_selectable (item, !heading);
  gtk_list_item_set_activatable (item, !heading);
  if (heading)
    gtk_widget_add_css_class (label, "lg-sidebar-heading");
  else
    gtk_widget_remove_css_class (label, "lg-sidebar-heading");
}

static guint
find_item (LgWindow   *self,
           const char *topic_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgTopicItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      const LgTopic *topic = lg_topic_item_get_topic (item);

      if (topic != NULL && g_str_equal (topic->id, topic_id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      LgWindow           *self)
{
  LgTopicItem *item = gtk_single_selection_get_selected_item (selection);

  if (self->navigating || item == NULL || lg_topic_item_is_heading (item))
    return;
  lg_window_show_topic (self, lg_topic_item_get_topic (item)->id, NULL);
}

static void
on_navigate (LgContentView *view,
             const char    *uri,
             LgWindow      *self)
{
  if (g_str_has_prefix (uri, "topic:"))
    {
      g_auto(GStrv) parts = g_strsplit (uri + strlen ("topic:"), "#", 2);

      lg_window_show_topic (self, parts[0], parts[1]);
    }
  else if (g_str_has_prefix (uri, "glossary:"))
    lg_window_show_topic (self, "glossary", uri + strlen ("glossary:"));
  else if (g_str_has_prefix (uri, "medicine:"))
    lg_window_show_topic (self, "medicines", uri + strlen ("medicine:"));
}

static void
use_bundled (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);
  g_autoptr(LgCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;

  if (!(corpus = lg_corpus_get_default (&error)))
    {
      lg_window_show_error (self, error);
      return;
    }
  lg_window_set_corpus (self, corpus);
}

static void
lg_window_dispose (GObject *object)
{
  LgWindow *self = (LgWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LG_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->corpus);

  G_OBJECT_CLASS (lg_window_parent_class)->dispose (object);
}

static void
lg_window_class_init (LgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_window_dispose;

  g_type_ensure (LG_TYPE_CONTENT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LgWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, topic_list);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, content_view);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, error_label);

  gtk_widget_class_install_action (widget_class, "win.use-bundled", NULL, use_bundled);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
lg_window_init (LgWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (LG_TYPE_TOPIC_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->topic_list, factory);
  gtk_list_view_set_model (self->topic_list, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (self->content_view, "navigate", G_CALLBACK (on_navigate), self);
}

LgWindow *
lg_window_new (GtkApplication *application)
{
  return g_object_new (LG_TYPE_WINDOW, "application", application, NULL);
}

/**
 * lg_window_set_corpus:
 * @self: a #LgWindow
 * @corpus: the corpus to browse
 *
 * Fills the sidebar from @corpus and shows its first topic.
 */
void
lg_window_set_corpus (LgWindow *self,
                      LgCorpus *corpus)
{
  const LgGroup *group = NULL;

  g_return_if_fail (LG_IS_WINDOW (self));
  g_return_if_fail (LG_IS_CORPUS (corpus));

  g_set_object (&self->corpus, corpus);
  self->topic = NULL;
  lg_content_view_set_document (self->content_view, NULL);

  g_list_store_remove_all (self->items);
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_autoptr(LgTopicItem) item = NULL;

      if (topic->group != group)
        {
          g_autoptr(LgTopicItem) heading = lg_topic_item_new_heading (topic->group);

          g_list_store_append (self->items, heading);
          group = topic->group;
        }
      item = lg_topic_item_new_topic (topic);
      g_list_store_append (self->items, item);
    }

  gtk_stack_set_visible_child_name (self->main_stack, "browse");
  if (lg_corpus_get_n_topics (corpus) > 0)
    lg_window_show_topic (self, lg_corpus_get_topic (corpus, 0)->id, NULL);
}

LgCorpus *
lg_window_get_corpus (LgWindow *self)
{
  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);
  return self->corpus;
}

/**
 * lg_window_show_error:
 * @self: a #LgWindow
 * @error: why the corpus could not be loaded
 *
 * Shows a page that explains @error and offers the bundled guide.
 */
void
lg_window_show_error (LgWindow     *self,
                      const GError *error)
{
  g_return_if_fail (LG_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  gtk_label_set_text (self->error_label, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * lg_window_show_topic:
 * @self: a #LgWindow
 * @topic_id: the topic to show
 * @section_id: (nullable): a section to scroll to
 *
 * Returns: %TRUE if the topic exists
 */
gboolean
lg_window_show_topic (LgWindow   *self,
                      const char *topic_id,
                      const char *section_id)
{
  const LgTopic *topic;
  guint position;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);

  if (self->corpus == NULL || !(topic = lg_corpus_find_topic (self->corpus, topic_id)))
    return FALSE;

  if (topic != self->topic)
    {
      g_autofree char *title = NULL;

      self->topic = topic;
      lg_content_view_set_document (self->content_view,
                                    lg_document_new (self->corpus, topic, NULL));
      /* Translators: the window title: a topic's title, then the app's name */
      title = g_strdup_printf (_("%s – Leukemia Guide"), topic->title->plain);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  lg_content_view_scroll_to_section (self->content_view, section_id);

  position = find_item (self, topic_id);
  if (position != GTK_INVALID_LIST_POSITION &&
      gtk_single_selection_get_selected (self->selection) != position)
    {
      self->navigating = TRUE;
      gtk_single_selection_set_selected (self->selection, position);
      self->navigating = FALSE;
    }

  return TRUE;
}

const LgTopic *
lg_window_get_topic (LgWindow *self)
{
  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);
  return self->topic;
}

LgContentView *
lg_window_get_content_view (LgWindow *self)
{
  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);
  return self->content_view;
}

GtkListView *
lg_window_get_topic_list (LgWindow *self)
{
  g_return_val_if_fail (LG_IS_WINDOW (self), NULL);
  return self->topic_list;
}
