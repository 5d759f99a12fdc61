/* lg-question-row.c: one of my questions, to edit
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The question's words, a tick once asked, the answer I got, and buttons
 * to move or remove it. Edits go straight to the store, which saves them
 * a moment later. Moving and removing are asked of the page through
 * ::move and ::remove, since the page knows the groups and asks first.
 */

#define G_LOG_DOMAIN "lg-question-row"

#include "config.h"

#include "lg-question-row.h"

struct _LgQuestionRow
{
  GtkListBoxRow       parent_instance;

  GtkCheckButton     *asked_check;
  GtkEntry           *text_entry;
  GtkTextView        *answer_view;
  GtkWidget          *up_button;
  GtkWidget          *down_button;
  GtkWidget          *remove_button;

  LgPersonalStore    *store;
  LgPersonalQuestion *question;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (LgQuestionRow, lg_question_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* From the store to the widgets, when the question changed elsewhere. */
static void
sync_from_question (LgQuestionRow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->answer_view);
  g_autofree char *answer = NULL;
  GtkTextIter start, end;

  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->text_entry)),
                 lg_personal_question_get_text (self->question)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->text_entry),
                           lg_personal_question_get_text (self->question));
  gtk_check_button_set_active (self->asked_check,
                               lg_personal_question_get_asked (self->question));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  answer = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (answer, lg_personal_question_get_answer (self->question)) != 0)
    gtk_text_buffer_set_text (buffer, lg_personal_question_get_answer (self->question), -1);
  if (lg_personal_question_get_asked (self->question))
    gtk_widget_add_css_class (GTK_WIDGET (self), "lg-asked");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "lg-asked");
  self->updating = FALSE;
}

static void
on_asked_toggled (GtkCheckButton *check,
                  LgQuestionRow  *self)
{
  if (!self->updating)
    lg_personal_store_set_question_asked (self->store,
                                          lg_personal_question_get_id (self->question),
                                          gtk_check_button_get_active (check));
}

static void
on_text_changed (GtkEditable   *entry,
                 LgQuestionRow *self)
{
  if (!self->updating)
    lg_personal_store_set_question_text (self->store,
                                         lg_personal_question_get_id (self->question),
                                         gtk_editable_get_text (entry));
}

static void
on_answer_changed (GtkTextBuffer *buffer,
                   LgQuestionRow *self)
{
  g_autofree char *answer = NULL;
  GtkTextIter start, end;

  if (self->updating)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  answer = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lg_personal_store_set_question_answer (self->store,
                                         lg_personal_question_get_id (self->question),
                                         answer);
}

static void
move_up (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE], 0, -1);
}

static void
move_down (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE], 0, 1);
}

static void
remove_question (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
lg_question_row_constructed (GObject *object)
{
  LgQuestionRow *self = LG_QUESTION_ROW (object);

  G_OBJECT_CLASS (lg_question_row_parent_class)->constructed (object);

  sync_from_question (self);
  g_signal_connect_object (self->question, "notify", G_CALLBACK (sync_from_question),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->answer_view), "changed",
                           G_CALLBACK (on_answer_changed), self, 0);
}

static void
lg_question_row_dispose (GObject *object)
{
  LgQuestionRow *self = LG_QUESTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_QUESTION_ROW);
  g_clear_object (&self->question);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lg_question_row_parent_class)->dispose (object);
}

static void
lg_question_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LgQuestionRow *self = LG_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_question_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LgQuestionRow *self = LG_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_QUESTION:
      self->question = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_question_row_class_init (LgQuestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = lg_question_row_constructed;
  object_class->dispose = lg_question_row_dispose;
  object_class->get_property = lg_question_row_get_property;
  object_class->set_property = lg_question_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_PERSONAL_STORE, construct);
  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL, LG_TYPE_PERSONAL_QUESTION, construct);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgQuestionRow::move:
   * @self: the row
   * @delta: -1 to move up, 1 to move down
   */
  signals[MOVE] =
    g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /**
   * LgQuestionRow::remove:
   * @self: the row
   *
   * The reader asked to remove the question.
   */
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "question.move-up", NULL, move_up);
  gtk_widget_class_install_action (widget_class, "question.move-down", NULL, move_down);
  gtk_widget_class_install_action (widget_class, "question.remove", NULL, remove_question);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "question.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "question.move-down", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-question-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LgQuestionRow, asked_check);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionRow, text_entry);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionRow, answer_view);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_asked_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);
}

static void
lg_question_row_init (LgQuestionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lg_question_row_new (LgPersonalStore    *store,
                     LgPersonalQuestion *question)
{
  return g_object_new (LG_TYPE_QUESTION_ROW, "store", store, "question", question, NULL);
}

LgPersonalQuestion *
lg_question_row_get_question (LgQuestionRow *self)
{
  g_return_val_if_fail (LG_IS_QUESTION_ROW (self), NULL);
  return self->question;
}

/* Whether there is a question of the same group above and below. */
void
lg_question_row_set_can_move (LgQuestionRow *self,
                              gboolean       up,
                              gboolean       down)
{
  g_return_if_fail (LG_IS_QUESTION_ROW (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "question.move-up", up);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "question.move-down", down);
}

/* Gives the keyboard focus back after a move: to the button that moved
 * the row if it can still be used, else to the question's words. */
void
lg_question_row_focus (LgQuestionRow *self,
                       int            direction)
{
  GtkWidget *button = direction < 0 ? self->up_button : direction > 0 ? self->down_button : NULL;

  g_return_if_fail (LG_IS_QUESTION_ROW (self));
  if (button != NULL && gtk_widget_is_sensitive (button))
    gtk_widget_grab_focus (button);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}
