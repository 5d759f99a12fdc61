/* lg-window.c: the main window: topics in a sidebar, the topic beside them
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window puts its parts together and keeps where the reader is: the
 * corpus, the topic shown and the history (LgHistory). The parts are
 * widgets of their own: the sidebar (LgSidebar: topics and search), the
 * find bar (LgFindBar) and the page (LgContentView, with its glossary
 * popover). What the window does is split over files that share
 * lg-window-private.h: lg-window-actions.c (back and forward, zoom, the
 * sidebar, shortcuts, act now), lg-window-print.c (print, export, page
 * setup) and lg-window-search.c (opening results and their highlights).
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-markup.h"
#include "lg-resources.h"
#include "lg-squeezer.h"
#include "lg-startup-probe.h"
#include "lg-window-private.h"

/* Below this width the sidebar folds away and takes turns with the topic. */
#define NARROW_WIDTH 720

enum {
  PROP_0,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
/* The range of a saved window size, in pixels: the narrow layout fits in
 * the smallest, and no screen is larger than the largest. */
#define LG_WINDOW_MIN_SIZE 360
#define LG_WINDOW_MAX_SIZE 16384

/* The page a first-time reader sees. */
#define START_TOPIC "start-here"

G_DEFINE_FINAL_TYPE (LgWindow, lg_window, GTK_TYPE_APPLICATION_WINDOW)

static void
on_topic_selected (LgSidebar  *sidebar,
                   const char *topic_id,
                   LgWindow   *self)
{
  lg_window_show_topic (self, topic_id, NULL);
}

static void
on_topic_activated (LgSidebar *sidebar,
                    LgWindow  *self)
{
  /* In the narrow layout, choosing a topic goes on to read it, from its
   * title. */
  if (self->narrow)
    {
      gtk_toggle_button_set_active (self->sidebar_button, FALSE);
      gtk_widget_child_focus (GTK_WIDGET (self->content_view), GTK_DIR_TAB_FORWARD);
    }
}

static void
on_navigate (LgContentView *view,
             const char    *uri,
             LgWindow      *self)
{
  g_autofree char *target = NULL;
  g_autofree char *topic_id = NULL;
  g_autofree char *section_id = NULL;
  LgLinkKind kind = lg_link_parse (uri, &target);

  if (lg_link_get_destination (kind, target, &topic_id, &section_id))
    lg_window_show_topic (self, topic_id, section_id);
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

/* Shows the sidebar and the topic side by side when there is room, and
 * one at a time when there is not.
 */
void
lg_window_apply_layout (LgWindow *self)
{
  gboolean sidebar = gtk_toggle_button_get_active (self->sidebar_button);
  /* In the narrow layout a page shows alone, with a way back to the list
   * where the sidebar button was: the one back button there is. */
  gboolean page_alone = self->narrow && !sidebar;
  const char *to_list = page_alone ? _("Back to Topics") : _("Show Topics");
  g_autofree char *tooltip = page_alone ? g_strdup (to_list) : g_strdup (_("Show Topics (F9)"));

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar), sidebar);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->content_view)),
                          !self->narrow || !sidebar);
  gtk_button_set_icon_name (GTK_BUTTON (self->sidebar_button),
                            page_alone ? "go-previous-symbolic" : "sidebar-show-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sidebar_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, to_list, -1);
  /* The header bar's parts for the wide layout only follow the "narrow"
   * property (lg-window.ui). */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

static gboolean
apply_layout_idle (gpointer data)
{
  LgWindow *self = data;

  self->layout_idle = 0;
  if (self->narrow)
    gtk_toggle_button_set_active (self->sidebar_button, FALSE);
  else
    gtk_toggle_button_set_active (self->sidebar_button,
                                  g_settings_get_boolean (self->settings, "sidebar-visible"));
  lg_window_apply_layout (self);
  return G_SOURCE_REMOVE;
}

static void
lg_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  LgWindow *self = LG_WINDOW (widget);
  gboolean narrow = width < NARROW_WIDTH;

  GTK_WIDGET_CLASS (lg_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Changing what is shown must wait until this allocation is over. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->layout_idle == 0)
        self->layout_idle = g_idle_add (apply_layout_idle, self);
    }
}

/* A window given a narrow size (the saved one, a program's or a
 * window manager's request) changes layout before it is laid out at that
 * size: the wide layout needs more room, and the window would not become
 * narrower than that. */
static void
on_default_width (LgWindow   *self,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  int width, height;

  /* GTK 4.8 wants both. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && width < NARROW_WIDTH && !self->narrow &&
      !gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      self->narrow = TRUE;
      g_clear_handle_id (&self->layout_idle, g_source_remove);
      apply_layout_idle (self);
    }
}

/* The sidebar may be squeezed (lg-window.ui says why), but only while the
 * window has no room for it beside the page, for the moment before the
 * narrow layout takes over: dragged, it keeps its minimum width, as it
 * did before it could shrink. */
static void
on_paned_position (GtkPaned   *paned,
                   GParamSpec *pspec,
                   LgWindow   *self)
{
  GtkWidget *page = gtk_paned_get_end_child (paned);
  int sidebar_min, page_min;

  if (self->narrow || !gtk_widget_get_visible (GTK_WIDGET (self->sidebar)) ||
      !gtk_widget_get_visible (page))
    return;
  gtk_widget_measure (GTK_WIDGET (self->sidebar), GTK_ORIENTATION_HORIZONTAL, -1,
                      &sidebar_min, NULL, NULL, NULL);
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &page_min, NULL, NULL, NULL);
  if (gtk_paned_get_position (paned) < sidebar_min &&
      gtk_widget_get_width (GTK_WIDGET (paned)) > sidebar_min + page_min)
    gtk_paned_set_position (paned, sidebar_min);
}

static void
on_sidebar_toggled (GtkToggleButton *button,
                    LgWindow        *self)
{
  if (!self->narrow)
    g_settings_set_boolean (self->settings, "sidebar-visible",
                            gtk_toggle_button_get_active (button));
  lg_window_apply_layout (self);
}

/* A saved window size, which the schema does not bound: nothing below
 * what the narrow layout needs, nothing beyond what GTK can allocate, and
 * the default for a size that is not positive at all. */
static int
saved_size (GSettings  *settings,
            const char *key)
{
  int value = g_settings_get_int (settings, key);

  if (value <= 0)
    {
      g_autoptr(GVariant) fallback = g_settings_get_default_value (settings, key);

      value = g_variant_get_int32 (fallback);
    }
  return CLAMP (value, LG_WINDOW_MIN_SIZE, LG_WINDOW_MAX_SIZE);
}

/**
 * lg_window_save_state:
 * @self: a #LgWindow
 *
 * Saves the window's size, its sidebar and the page being read, and where
 * on it: on every way out (closing the window, quitting, the session
 * ending), so that the reader comes back to it.
 */
void
lg_window_save_state (LgWindow *self)
{
  int width, height;

  g_return_if_fail (LG_IS_WINDOW (self));

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->sidebar)) && !self->narrow)
    g_settings_set_int (self->settings, "sidebar-width",
                        CLAMP (gtk_paned_get_position (self->paned), 180, 600));
  if (self->topic != NULL)
    {
      g_settings_set_string (self->settings, "last-topic", self->topic->id);
      g_settings_set_double (self->settings, "last-scroll",
                             lg_content_view_get_scroll (self->content_view));
    }
}

static gboolean
lg_window_close_request (GtkWindow *window)
{
  if (lg_window_appointment_close_request (LG_WINDOW (window)))
    return TRUE;
  lg_window_save_state (LG_WINDOW (window));
  return GTK_WINDOW_CLASS (lg_window_parent_class)->close_request (window);
}

static void
lg_window_dispose (GObject *object)
{
  LgWindow *self = (LgWindow *)object;

  g_clear_handle_id (&self->layout_idle, g_source_remove);
  /* GtkWindow unparents its own titlebar and child; the template pointers
   * go with them. */
  g_clear_object (&self->corpus);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->history, lg_history_free);
  lg_window_appointment_dispose (self);

  G_OBJECT_CLASS (lg_window_parent_class)->dispose (object);
}

static void
lg_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LgWindow *self = LG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_window_class_init (LgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lg_window_dispose;
  object_class->get_property = lg_window_get_property;
  widget_class->size_allocate = lg_window_size_allocate;
  window_class->close_request = lg_window_close_request;

  /**
   * LgWindow:narrow:
   *
   * Whether the window shows the list of topics and a page one at a
   * time, for want of room. Notified once the layout has changed, so
   * that what binds to it changes after the allocation, not during it.
   */
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the bundle keeps it, and its registration, in the link. */
  (void) lg_get_resource ();
  g_type_ensure (LG_TYPE_CONTENT_VIEW);
  g_type_ensure (LG_TYPE_FIND_BAR);
  g_type_ensure (LG_TYPE_SIDEBAR);
  g_type_ensure (LG_TYPE_SQUEEZER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LgWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, content_view);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, error_bar_label);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, appointment_view);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, exported_bar);
  gtk_widget_class_bind_template_child (widget_class, LgWindow, search_button);
  gtk_widget_class_bind_template_callback (widget_class, on_topic_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_topic_activated);

  gtk_widget_class_install_action (widget_class, "win.use-bundled", NULL, use_bundled);
  lg_window_actions_class_init (widget_class);
  lg_window_print_class_init (widget_class);
  lg_window_search_class_init (widget_class);
  lg_window_appointment_class_init (widget_class);
  lg_window_export_class_init (widget_class);
  lg_window_pack_class_init (widget_class);
  lg_window_speech_class_init (widget_class);
}

static void
lg_window_init (LgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Moving the keyboard focus to a heading, or to text the mouse has made
   * selectable, never selects it: only the reader does. */
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-label-select-on-focus", FALSE, NULL);
  /* Only when LEUKEMIA_GUIDE_REPORT_STARTUP asks (build-aux/bench-startup). */
  lg_startup_probe_watch (GTK_WIDGET (self->content_view));

  self->settings = g_settings_new (APP_ID);
  self->history = lg_history_new ();

  g_signal_connect (self->content_view, "navigate", G_CALLBACK (on_navigate), self);
  g_signal_connect (self->sidebar_button, "toggled", G_CALLBACK (on_sidebar_toggled), self);
  g_signal_connect (self->paned, "notify::position", G_CALLBACK (on_paned_position), self);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               saved_size (self->settings, "window-width"),
                               saved_size (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, g_settings_get_int (self->settings, "sidebar-width"));
  gtk_toggle_button_set_active (self->sidebar_button,
                                g_settings_get_boolean (self->settings, "sidebar-visible"));
  g_signal_connect (self, "notify::default-width", G_CALLBACK (on_default_width), NULL);
  on_default_width (self, NULL, NULL);

  lg_window_actions_init (self);
  lg_window_print_init (self);
  lg_window_search_init (self);
  lg_window_appointment_init (self);
  lg_window_export_init (self);
  lg_window_speech_init (self);
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
 * Fills the sidebar from @corpus and shows the topic last read, or the
 * first one.
 */
void
lg_window_set_corpus (LgWindow *self,
                      LgCorpus *corpus)
{
  g_autofree char *last = NULL;

  g_return_if_fail (LG_IS_WINDOW (self));
  g_return_if_fail (LG_IS_CORPUS (corpus));

  g_set_object (&self->corpus, corpus);
  lg_appointment_view_set_corpus (self->appointment_view, corpus);
  lg_sidebar_set_corpus (self->sidebar, corpus);
  self->topic = NULL;
  lg_history_clear (self->history);
  lg_content_view_set_document (self->content_view, NULL);

  gtk_stack_set_visible_child_name (self->main_stack, "browse");

  /* The reader comes back to the page they last read; the first time, and
   * whenever that page has gone, to Start here. */
  last = g_settings_get_string (self->settings, "last-topic");
  if (lg_corpus_find_topic (corpus, last) != NULL)
    {
      lg_window_show_topic (self, last, NULL);
      lg_content_view_restore_scroll (self->content_view,
                                      g_settings_get_double (self->settings, "last-scroll"));
    }
  else if (lg_corpus_find_topic (corpus, START_TOPIC) != NULL)
    lg_window_show_topic (self, START_TOPIC, NULL);
  else if (lg_corpus_get_n_topics (corpus) > 0)
    lg_window_show_topic (self, lg_corpus_get_topic (corpus, 0)->id, NULL);

  lg_window_actions_update (self);
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
  lg_window_actions_update (self);
}

/* Shows a topic without touching the history. */
static void
display (LgWindow      *self,
         const LgTopic *topic,
         const char    *section_id)
{
  GtkWidget *focus;
  gboolean focus_in_page;

  lg_window_appointment_hide (self);
  if (topic != self->topic)
    {
      g_autofree char *title = NULL;

      self->topic = topic;
      /* The old page's widgets go: a keyboard focus left among them would
       * point at nothing while the key that brought us here is still
       * being handled. */
      focus = gtk_root_get_focus (GTK_ROOT (self));
      focus_in_page = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content_view));
      if (focus_in_page)
        gtk_root_set_focus (GTK_ROOT (self), NULL);
      lg_content_view_set_document (self->content_view,
                                    lg_document_new (self->corpus, topic, NULL));
      /* A reader who followed a link with the keyboard goes on reading
       * from the new page's title. */
      if (focus_in_page)
        gtk_widget_child_focus (GTK_WIDGET (self->content_view), GTK_DIR_TAB_FORWARD);
      lg_window_search_page_changed (self);
      lg_window_speech_page_changed (self);
      /* Translators: the window title: a topic's title, then the app's name */
      title = g_strdup_printf (_("%s – Leukemia Guide"), topic->title->plain);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  lg_content_view_scroll_to_section (self->content_view, section_id);

  lg_sidebar_select_topic (self->sidebar, topic->id);
}

/**
 * lg_window_show_topic:
 * @self: a #LgWindow
 * @topic_id: the topic to show
 * @section_id: (nullable): a section to scroll to
 *
 * Shows a topic and records it in the history for Back and Forward.
 *
 * Returns: %TRUE if the topic exists
 */
gboolean
lg_window_show_topic (LgWindow   *self,
                      const char *topic_id,
                      const char *section_id)
{
  const LgTopic *topic;
  LgHistoryEntry *current;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);

  if (self->corpus == NULL || !(topic = lg_corpus_find_topic (self->corpus, topic_id)))
    return FALSE;

  /* Remember where the reader was; going on drops the forward history. */
  if ((current = lg_history_get_current (self->history)) != NULL)
    {
      if (g_str_equal (current->topic_id, topic_id) &&
          g_strcmp0 (current->section_id, section_id) == 0)
        {
          display (self, topic, section_id);
          return TRUE;
        }
      current->scroll = lg_content_view_get_scroll (self->content_view);
    }
  lg_history_push (self->history, topic_id, section_id);

  display (self, topic, section_id);
  lg_window_actions_update (self);
  return TRUE;
}

/**
 * lg_window_go_history:
 * @self: a #LgWindow
 * @delta: -1 for back, 1 for forward
 *
 * Returns: %TRUE if there was somewhere to go
 */
gboolean
lg_window_go_history (LgWindow *self,
                      int       delta)
{
  LgHistoryEntry *target;

  g_return_val_if_fail (LG_IS_WINDOW (self), FALSE);

  if (!lg_history_can_go (self->history, delta))
    return FALSE;

  lg_history_get_current (self->history)->scroll =
    lg_content_view_get_scroll (self->content_view);
  target = lg_history_go (self->history, delta);
  display (self, lg_corpus_find_topic (self->corpus, target->topic_id), NULL);
  lg_content_view_restore_scroll (self->content_view, target->scroll);
  lg_window_actions_update (self);
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
  return lg_sidebar_get_topic_list (self->sidebar);
}
