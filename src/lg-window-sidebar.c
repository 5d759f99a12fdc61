/* lg-window-sidebar.c: the list of topics, by keyboard, mouse and touch
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list holds group headings between the topics. GTK 4.8's list view
 * moves the keyboard focus row by row and cannot skip a row: on a heading
 * the focus has nowhere to go and is lost. So the arrow keys, Home, End
 * and Page Up/Down are handled here, from topic to topic; Enter and Space
 * open the focused topic, as one click or tap does. In the narrow layout
 * opening a topic shows it in place of the list.
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include "lg-topic-item.h"
#include "lg-window-private.h"

/* How many rows Page Up and Page Down move by. */
#define PAGE_ROWS 8

static gboolean
is_topic (LgWindow *self,
          guint     position)
{
  g_autoptr(LgTopicItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  return item != NULL && !lg_topic_item_is_heading (item);
}

/* The row of the list that holds @widget, or %NULL. */
static GtkWidget *
row_of (LgWindow  *self,
        GtkWidget *widget)
{
  GtkWidget *list = GTK_WIDGET (self->topic_list);

  for (; widget != NULL && widget != list; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_get_parent (widget) == list)
      return widget;
  return NULL;
}

/* The position of @row in the model (lg_window_setup_topic_row() leaves
 * the list item on the row's label). */
static guint
row_position (GtkWidget *row)
{
  GtkWidget *label = row != NULL ? gtk_widget_get_first_child (row) : NULL;
  GtkListItem *item = label != NULL ? g_object_get_data (G_OBJECT (label), "lg-list-item") : NULL;

  return item != NULL ? gtk_list_item_get_position (item) : GTK_INVALID_LIST_POSITION;
}

static GtkWidget *
find_row (LgWindow *self,
          guint     position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (row_position (row) == position)
      return row;
  return NULL;
}

/* The topic nearest @position going in @step's direction (then the
 * other way, so the ends of the list are topics too). */
static guint
nearest_topic (LgWindow *self,
               int       position,
               int       step)
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

/* Puts the keyboard focus on the row at @position, scrolling it into
 * sight first so that its row exists. */
static void
focus_row (LgWindow *self,
           guint     position)
{
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (self->topic_list), "list.scroll-to-item", "u", position);
  row = find_row (self, position);
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/**
 * lg_window_open_row:
 * @self: a #LgWindow
 * @position: a row of the list of topics
 *
 * Opens the topic at @position, as a click, a tap, Enter or Space does:
 * it is shown, and in the narrow layout it takes the list's place.
 */
void
lg_window_open_row (LgWindow *self,
                    guint     position)
{
  g_autoptr(LgTopicItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  const LgTopic *topic;

  if (item == NULL || lg_topic_item_is_heading (item))
    return;
  topic = lg_topic_item_get_topic (item);
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  if (self->topic != topic)
    lg_window_show_topic (self, topic->id, NULL);

  if (self->narrow)
    {
      gtk_toggle_button_set_active (self->sidebar_button, FALSE);
      gtk_widget_child_focus (GTK_WIDGET (self->content_view), GTK_DIR_TAB_FORWARD);
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LgWindow              *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = focus != NULL ? row_of (self, focus) : NULL;
  guint current = row != NULL ? row_position (row)
                              : gtk_single_selection_get_selected (self->selection);
  int n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint target;

  /* Shortcuts with Ctrl or Alt (Alt+Left is Back) belong to the window. */
  if (n == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
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
      if (current != GTK_INVALID_LIST_POSITION)
        lg_window_open_row (self, current);
      return TRUE;
    default:
      return FALSE;
    }

  if (target != GTK_INVALID_LIST_POSITION)
    focus_row (self, target);
  /* The first topic's group heading comes into sight with it. */
  if (target == nearest_topic (self, 0, 1))
    gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->topic_list)), 0);
  return TRUE;
}

/* One click or tap opens a topic, in the narrow layout too (where the
 * list view alone would only select it), and even if it is the one
 * already selected. */
static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             LgWindow        *self)
{
  GtkWidget *picked;
  guint position;

  if (n_press != 1 ||
      gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) > GDK_BUTTON_PRIMARY)
    return;
  picked = gtk_widget_pick (GTK_WIDGET (self->topic_list), x, y, GTK_PICK_DEFAULT);
  position = row_position (row_of (self, picked));
  if (position != GTK_INVALID_LIST_POSITION)
    lg_window_open_row (self, position);
}

/**
 * lg_window_setup_topic_row:
 * @self: a #LgWindow
 * @item: a list item of the list of topics
 * @label: the label that shows it
 *
 * Lets the sidebar find which topic a row shows.
 */
void
lg_window_setup_topic_row (LgWindow    *self,
                           GtkListItem *item,
                           GtkWidget   *label)
{
  g_object_set_data (G_OBJECT (label), "lg-list-item", item);
}

void
lg_window_init_sidebar (LgWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->topic_list), keys);

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->topic_list), GTK_EVENT_CONTROLLER (click));
}
