/* lg-sidebar.c: the window's sidebar: the topics, and search
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The topics are listed under their groups. Ctrl+F, or typing anywhere
 * in the window, opens the search entry; while there is a query, ranked
 * results replace the topic list. When nothing matches, the sidebar says
 * so and offers what to do if unwell, where to start and the closest
 * topics. Escape, in the entry or anywhere in the sidebar, goes back to
 * the topics.
 *
 * The sidebar shows and chooses; the window opens what is chosen, through
 * ::topic-selected and ::open-result.
 *
 * GTK 4.8's list view moves the keyboard focus row by row and cannot skip
 * a row: on a group heading the focus had nowhere to go and was lost. So
 * the arrow keys, Home, End and Page Up/Down are handled here, from topic
 * to topic; Enter and Space open the focused topic, as one click or tap
 * does (::topic-activated, after ::topic-selected).
 */

#define G_LOG_DOMAIN "lg-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-search-results.h"
#include "lg-sidebar-item.h"
#include "lg-sidebar.h"

#define MAX_RESULTS 50

/* How many rows Page Up and Page Down move by. */
#define PAGE_ROWS 8

/* Topics offered when nothing matches. */
#define N_CLOSEST 3

struct _LgSidebar
{
  GtkBox              parent_instance;

  /* template children */
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *topic_list;
  LgSearchResults    *results;
  GtkLabel           *empty_label;
  GtkBox             *offers;

  LgCorpus           *corpus;
  LgSearch           *index;       /* made on first search */
  GListStore         *items;       /* LgSidebarItem */
  GtkSingleSelection *selection;
  guint               search_generation;
  gboolean            selecting;   /* the window chose the topic, not the reader */
};

G_DEFINE_FINAL_TYPE (LgSidebar, lg_sidebar, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOPIC_SELECTED,
  TOPIC_ACTIVATED,
  OPEN_RESULT,
  QUERY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The topic list */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_list_item_set_child (item, label);
  /* For row_position(): the row is GTK's, the label ours. */
  g_object_set_data (G_OBJECT (label), "lg-list-item", item);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  LgSidebarItem *sidebar_item = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gboolean heading = lg_sidebar_item_is_heading (sidebar_item);

  gtk_label_set_text (GTK_LABEL (label), lg_sidebar_item_get_title (sidebar_item));
  gtk_list_item_set_selectable (item, !heading);
  gtk_list_item_set_activatable (item, !heading);
  if (heading)
    gtk_widget_add_css_class (label, "lg-sidebar-heading");
  else
    gtk_widget_remove_css_class (label, "lg-sidebar-heading");
}

static guint
find_item (LgSidebar  *self,
           const char *topic_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      const LgTopic *topic = lg_sidebar_item_get_topic (item);

      if (topic != NULL && g_str_equal (topic->id, topic_id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      LgSidebar          *self)
{
  LgSidebarItem *item = gtk_single_selection_get_selected_item (selection);

  if (self->selecting || item == NULL || lg_sidebar_item_is_heading (item))
    return;
  g_signal_emit (self, signals[TOPIC_SELECTED], 0, lg_sidebar_item_get_topic (item)->id);
}

/* Opens the topic at @position, as a click, a tap, Enter or Space does. */
static void
open_row (LgSidebar *self,
          guint      position)
{
  g_autoptr(LgSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item == NULL || lg_sidebar_item_is_heading (item))
    return;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[TOPIC_ACTIVATED], 0);
}

static void
on_topic_activate (GtkListView *list,
                   guint        position,
                   LgSidebar   *self)
{
  open_row (self, position);
}

static gboolean
is_topic (LgSidebar *self,
          guint      position)
{
  g_autoptr(LgSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  return item != NULL && !lg_sidebar_item_is_heading (item);
}

/* The row of the topic list that holds @widget, or %NULL. */
static GtkWidget *
row_of (LgSidebar *self,
        GtkWidget *widget)
{
  GtkWidget *list = GTK_WIDGET (self->topic_list);

  for (; widget != NULL && widget != list; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_get_parent (widget) == list)
      return widget;
  return NULL;
}

/* The position in the model of the item @row shows (setup_row() leaves
 * the list item on the row's label). */
static guint
row_position (GtkWidget *row)
{
  GtkWidget *label = row != NULL ? gtk_widget_get_first_child (row) : NULL;
  GtkListItem *item = label != NULL ? g_object_get_data (G_OBJECT (label), "lg-list-item") : NULL;

  return item != NULL ? gtk_list_item_get_position (item) : GTK_INVALID_LIST_POSITION;
}

/* The topic nearest @position going in @step's direction, then the other
 * way, so that the ends of the list are topics too. */
static guint
nearest_topic (LgSidebar *self,
               int        position,
               int        step)
{
  int n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  position = CLAMP (position, 0, n - 1);
  for (int i = position; i >= 0 && i < n; i += step)
    if (is_topic (self, i))
      return i;
  for (int i = position; i >= 0 && i < n; i -= step)
    if (is_topic (self, i))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static gboolean
scroll_to_top (gpointer data)
{
  LgSidebar *self = data;

  if (self->topic_list != NULL)
    gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->topic_list)), 0);
  return G_SOURCE_REMOVE;
}

/* Puts the keyboard focus on the row at @position, scrolled into sight
 * first so that the row exists; FALSE if there is no such row yet. */
static gboolean
focus_row (LgSidebar *self,
           guint      position)
{
  gboolean first = position == nearest_topic (self, 0, 1);
  gboolean focused = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self->topic_list), "list.scroll-to-item", "u",
                              first ? 0 : position);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list));
       row != NULL && !focused;
       row = gtk_widget_get_next_sibling (row))
    if (row_position (row) == position)
      focused = gtk_widget_grab_focus (row);
  /* The first topic's group heading comes into sight with it, once the
   * list has laid out: newer GTK scrolls a row given the focus to the top
   * of the list then. */
  if (first)
    {
      gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->topic_list)), 0);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, scroll_to_top, g_object_ref (self), g_object_unref);
    }
  return focused;
}

/* The topic to put the keyboard focus on when it comes into the list: the
 * one chosen, or the first. */
static guint
current_topic (LgSidebar *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (selected != GTK_INVALID_LIST_POSITION && is_topic (self, selected))
    return selected;
  return nearest_topic (self, 0, 1);
}

/* The keyboard focus coming into the sidebar from elsewhere (Tab, or the
 * window giving its first focus) lands on the topic chosen, as in a list
 * box, and never on a group heading or the list's scrolled window. */
static gboolean
lg_sidebar_focus (GtkWidget        *widget,
                  GtkDirectionType  direction)
{
  LgSidebar *self = LG_SIDEBAR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  guint position;

  if ((direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD) &&
      (focus == NULL || !gtk_widget_is_ancestor (focus, widget)) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "topics") == 0 &&
      !gtk_search_bar_get_search_mode (self->search_bar) &&
      (position = current_topic (self)) != GTK_INVALID_LIST_POSITION &&
      focus_row (self, position))
    return TRUE;
  return GTK_WIDGET_CLASS (lg_sidebar_parent_class)->focus (widget, direction);
}

static gboolean
on_list_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             LgSidebar             *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? row_of (self, focus) : NULL;
  int n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint current, target;

  /* Shortcuts with Ctrl, Alt or Shift (Alt+Left is Back) are the window's. */
  if (n == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  current = row != NULL ? row_position (row) : gtk_single_selection_get_selected (self->selection);
  if (current == GTK_INVALID_LIST_POSITION)
    current = nearest_topic (self, 0, 1);

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      target = nearest_topic (self, (int) current + 1, 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      target = nearest_topic (self, (int) current - 1, -1);
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      target = nearest_topic (self, (int) current + PAGE_ROWS, 1);
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      target = nearest_topic (self, (int) current - PAGE_ROWS, -1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      target = nearest_topic (self, 0, 1);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      target = nearest_topic (self, n - 1, -1);
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      open_row (self, current);
      return TRUE;
    default:
      return FALSE;
    }

  if (target != GTK_INVALID_LIST_POSITION)
    focus_row (self, target);
  return TRUE;
}

/* One click or tap opens a topic, even the one already selected (the
 * list view alone would only select it): in the narrow layout, that is
 * what shows it. */
static void
on_list_released (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  LgSidebar       *self)
{
  GtkWidget *picked;
  guint position;

  if (n_press != 1)
    return;
  picked = gtk_widget_pick (GTK_WIDGET (self->topic_list), x, y, GTK_PICK_DEFAULT);
  position = row_position (row_of (self, picked));
  if (position != GTK_INVALID_LIST_POSITION)
    open_row (self, position);
}

/* Search */

static void
on_result_activated (LgSearchResults *results,
                     LgSearchResult  *result,
                     LgSidebar       *self)
{
  g_signal_emit (self, signals[OPEN_RESULT], 0,
                 lg_search_result_get_topic_id (result),
                 lg_search_result_get_section_id (result),
                 gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_offer_clicked (GtkButton *button,
                  LgSidebar *self)
{
  const char *topic_id = g_object_get_data (G_OBJECT (button), "lg-topic");
  const char *section_id = g_object_get_data (G_OBJECT (button), "lg-section");

  g_signal_emit (self, signals[OPEN_RESULT], 0, topic_id, section_id, "");
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
add_offer (LgSidebar       *self,
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
  gtk_box_append (self->offers, button);
}

/* Never an empty pane: what to do if unwell, where to start, and the
 * topics closest to what was typed, as far as the guide has them. */
static void
fill_offers (LgSidebar  *self,
             const char *query)
{
  LgSearch *search = lg_sidebar_get_index (self);
  const LgTopic *urgent = NULL, *start = NULL;
  const LgSection *urgent_section = NULL;
  g_autoptr(GPtrArray) closest = NULL;
  const char *exclude[3] = { NULL };
  guint n_exclude = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->offers))) != NULL)
    gtk_box_remove (self->offers, child);

  if (lg_search_get_page (search, LG_SEARCH_PAGES_URGENT, &urgent, &urgent_section))
    {
      add_offer_caption (self->offers, _("If you feel unwell, do not wait:"));
      add_offer (self, urgent, urgent_section, TRUE);
      exclude[n_exclude++] = urgent->id;
    }
  if (lg_search_get_page (search, LG_SEARCH_PAGES_START, &start, NULL) && start != urgent)
    {
      add_offer_caption (self->offers, _("New to this guide? Start here:"));
      add_offer (self, start, NULL, FALSE);
      exclude[n_exclude++] = start->id;
    }
  closest = lg_search_suggest_topics (search, query, N_CLOSEST, exclude);
  if (closest->len > 0)
    add_offer_caption (self->offers, _("Topics that may be close:"));
  for (guint i = 0; i < closest->len; i++)
    add_offer (self, g_ptr_array_index (closest, i), NULL, FALSE);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   LgSidebar      *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_signal_emit (self, signals[QUERY_CHANGED], 0, text);
  lg_sidebar_search (self, text);
}

static void
on_search_activate (GtkSearchEntry *entry,
                    LgSidebar      *self)
{
  guint position = lg_search_results_get_selected (self->results);

  /* Enter opens the chosen result, or the best one. */
  lg_sidebar_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
  lg_search_results_activate (self->results, position);
}

static void
on_stop_search (GtkSearchEntry *entry,
                LgSidebar      *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  lg_sidebar_search (self, "");
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_list));
}

/* Escape anywhere in the sidebar (the results, the page offered when
 * nothing matches) closes search, as it does in the entry. */
static gboolean
on_stack_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              LgSidebar             *self)
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
              LgSidebar             *self)
{
  /* Down moves from the entry into the results. */
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    return lg_search_results_focus_first (self->results);
  return FALSE;
}

static void
on_search_mode (GtkSearchBar *bar,
                GParamSpec   *pspec,
                LgSidebar    *self)
{
  if (!gtk_search_bar_get_search_mode (bar))
    lg_sidebar_search (self, "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
lg_sidebar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LgSidebar *self = LG_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, lg_sidebar_get_search_mode (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_sidebar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LgSidebar *self = LG_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      lg_sidebar_set_corpus (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_MODE:
      lg_sidebar_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_sidebar_dispose (GObject *object)
{
  LgSidebar *self = LG_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LG_TYPE_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->index);
  g_clear_object (&self->corpus);

  G_OBJECT_CLASS (lg_sidebar_parent_class)->dispose (object);
}

static void
lg_sidebar_class_init (LgSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = lg_sidebar_get_property;
  object_class->set_property = lg_sidebar_set_property;
  object_class->dispose = lg_sidebar_dispose;
  widget_class->focus = lg_sidebar_focus;

  /**
   * LgSidebar:corpus:
   *
   * The guide whose topics are listed and searched.
   */
  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, LG_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LgSidebar:search-mode:
   *
   * Whether the search entry is shown.
   */
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgSidebar::topic-selected:
   * @self: the sidebar
   * @topic_id: the topic
   *
   * Emitted when the reader chooses a topic in the list.
   */
  signals[TOPIC_SELECTED] =
    g_signal_new ("topic-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * LgSidebar::topic-activated:
   * @self: the sidebar
   *
   * Emitted when the reader opens a topic in the list (Enter, Space, a
   * click or a tap), after ::topic-selected if it was not selected.
   */
  signals[TOPIC_ACTIVATED] =
    g_signal_new ("topic-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * LgSidebar::open-result:
   * @self: the sidebar
   * @topic_id: the result's topic
   * @section_id: (nullable): its section
   * @query: the words to highlight, empty for a page offered when nothing
   *   matched
   *
   * Emitted when the reader opens a search result or an offered page.
   */
  signals[OPEN_RESULT] =
    g_signal_new ("open-result", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                  G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);

  /**
   * LgSidebar::query-changed:
   * @self: the sidebar
   * @query: what is now in the search entry
   *
   * Emitted when the reader changes the query, before it is searched.
   */
  signals[QUERY_CHANGED] =
    g_signal_new ("query-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (LG_TYPE_SEARCH_RESULTS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/lg-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, LgSidebar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LgSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LgSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, LgSidebar, topic_list);
  gtk_widget_class_bind_template_child (widget_class, LgSidebar, results);
  gtk_widget_class_bind_template_child (widget_class, LgSidebar, empty_label);
  gtk_widget_class_bind_template_child (widget_class, LgSidebar, offers);
  gtk_widget_class_bind_template_callback (widget_class, on_topic_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode);
}

static void
lg_sidebar_init (LgSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (LG_TYPE_SIDEBAR_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->topic_list, factory);
  gtk_list_view_set_model (self->topic_list, GTK_SELECTION_MODEL (self->selection));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_stack_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->stack), keys);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->topic_list), keys);

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (on_list_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->topic_list), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
lg_sidebar_new (void)
{
  return g_object_new (LG_TYPE_SIDEBAR, NULL);
}

/**
 * lg_sidebar_set_corpus:
 * @self: a #LgSidebar
 * @corpus: (nullable): the guide to list and search
 *
 * Lists @corpus's topics under their groups, and searches it again for
 * what is in the entry.
 */
void
lg_sidebar_set_corpus (LgSidebar *self,
                       LgCorpus  *corpus)
{
  const LgGroup *group = NULL;

  g_return_if_fail (LG_IS_SIDEBAR (self));
  g_return_if_fail (corpus == NULL || LG_IS_CORPUS (corpus));

  if (!g_set_object (&self->corpus, corpus))
    return;

  /* The index is made again on first use. */
  g_clear_object (&self->index);
  lg_sidebar_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_list_store_remove_all (self->items);
  for (guint i = 0; corpus != NULL && i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_autoptr(LgSidebarItem) item = NULL;

      if (topic->group != group)
        {
          g_autoptr(LgSidebarItem) heading = lg_sidebar_item_new_heading (topic->group);

          g_list_store_append (self->items, heading);
          group = topic->group;
        }
      item = lg_sidebar_item_new_topic (topic);
      g_list_store_append (self->items, item);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

/**
 * lg_sidebar_get_index:
 * @self: a #LgSidebar
 *
 * The search index of the sidebar's corpus, made when it is first
 * needed, not at start-up.
 *
 * Returns: (transfer none) (nullable): the index, or %NULL without a corpus
 */
LgSearch *
lg_sidebar_get_index (LgSidebar *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR (self), NULL);

  if (self->index == NULL && self->corpus != NULL)
    self->index = lg_search_new (self->corpus);
  return self->index;
}

/**
 * lg_sidebar_select_topic:
 * @self: a #LgSidebar
 * @topic_id: the topic shown
 *
 * Marks the topic shown in the list, without emitting ::topic-selected.
 */
void
lg_sidebar_select_topic (LgSidebar  *self,
                         const char *topic_id)
{
  guint position;

  g_return_if_fail (LG_IS_SIDEBAR (self));
  g_return_if_fail (topic_id != NULL);

  position = find_item (self, topic_id);
  if (position != GTK_INVALID_LIST_POSITION &&
      gtk_single_selection_get_selected (self->selection) != position)
    {
      self->selecting = TRUE;
      gtk_single_selection_set_selected (self->selection, position);
      self->selecting = FALSE;
    }
}

/**
 * lg_sidebar_search:
 * @self: a #LgSidebar
 * @query: what the reader typed
 *
 * Shows the results of @query, or the topics when it is empty.
 *
 * Returns: how many results there are
 */
guint
lg_sidebar_search (LgSidebar  *self,
                   const char *query)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (query ? query : ""));
  guint generation;

  /* The index sees the query as typed: a trailing space says the last
   * word is finished. */

  g_return_val_if_fail (LG_IS_SIDEBAR (self), 0);

  /* A newer query always wins over an older one still being answered. */
  generation = ++self->search_generation;

  if (stripped[0] == '\0' || self->corpus == NULL)
    {
      lg_search_results_set_results (self->results, NULL);
      gtk_stack_set_visible_child_name (self->stack, "topics");
      return 0;
    }

  results = lg_search_query (lg_sidebar_get_index (self), query, MAX_RESULTS);
  if (generation != self->search_generation)
    return 0;

  lg_search_results_set_results (self->results, results);
  if (results->len == 0)
    {
      g_autofree char *text =
        /* Translators: shown when a search finds nothing; %s is what was typed */
        g_strdup_printf (_("No page of this guide matches “%s” yet"), stripped);

      gtk_label_set_text (self->empty_label, text);
      fill_offers (self, stripped);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "results");

  return results->len;
}

/**
 * lg_sidebar_start_search:
 * @self: a #LgSidebar
 *
 * Shows the search entry and moves the keyboard focus there.
 */
void
lg_sidebar_start_search (LgSidebar *self)
{
  g_return_if_fail (LG_IS_SIDEBAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

gboolean
lg_sidebar_get_search_mode (LgSidebar *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR (self), FALSE);
  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * lg_sidebar_set_search_mode:
 * @self: a #LgSidebar
 * @search_mode: whether to show the search entry
 *
 * Shows or hides the search entry; hiding it puts the topics back.
 */
void
lg_sidebar_set_search_mode (LgSidebar *self,
                            gboolean   search_mode)
{
  g_return_if_fail (LG_IS_SIDEBAR (self));

  /* The search bar's notify says when it changed. */
  if (search_mode != gtk_search_bar_get_search_mode (self->search_bar))
    gtk_search_bar_set_search_mode (self->search_bar, search_mode);
}

/**
 * lg_sidebar_set_key_capture_widget:
 * @self: a #LgSidebar
 * @widget: (nullable): where typing starts a search
 */
void
lg_sidebar_set_key_capture_widget (LgSidebar *self,
                                   GtkWidget *widget)
{
  g_return_if_fail (LG_IS_SIDEBAR (self));
  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

GtkListView *
lg_sidebar_get_topic_list (LgSidebar *self)
{
  g_return_val_if_fail (LG_IS_SIDEBAR (self), NULL);
  return self->topic_list;
}
