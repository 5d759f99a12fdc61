/* lg-question-check.c: “Add to my questions” beside a suggested question
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A check button that says whether one of a topic's suggested questions
 * is in my list, and puts it there or takes it out. It follows the store,
 * so a question removed on the My questions page is unticked here.
 */

#define G_LOG_DOMAIN "lg-question-check"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-confirm.h"
#include "lg-question-check.h"

struct _LgQuestionCheck
{
  GtkWidget        parent_instance;

  GtkCheckButton  *check;

  LgPersonalStore *store;
  char            *topic_id;
  char            *suggested;  /* the guide's English words: which question */
  char            *text;       /* as the reader sees it, translated */
  gulong           changed_id;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (LgQuestionCheck, lg_question_check, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TOPIC_ID,
  PROP_SUGGESTED,
  PROP_TEXT,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (LgQuestionCheck *self)
{
  gboolean active = self->store != NULL &&
                    lg_personal_store_find_suggested (self->store, self->topic_id,
                                                      self->suggested) != NULL;

  if (active == gtk_check_button_get_active (self->check))
    return;
  self->updating = TRUE;
  gtk_check_button_set_active (self->check, active);
  self->updating = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/* A new suggested question goes after the others of its topic, so that
 * My questions keeps each topic's questions together. */
static void
place_with_topic (LgQuestionCheck    *self,
                  LgPersonalQuestion *question)
{
  GListModel *questions = lg_personal_store_get_questions (self->store);
  guint n = g_list_model_get_n_items (questions);
  guint last = G_MAXUINT;

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(LgPersonalQuestion) other = g_list_model_get_item (questions, i);

      if (g_strcmp0 (lg_personal_question_get_topic (other), self->topic_id) == 0 &&
          *lg_personal_question_get_group (other) == '\0')
        last = i;
    }
  if (last != G_MAXUINT)
    lg_personal_store_move_question (self->store, lg_personal_question_get_id (question),
                                     last + 1);
}

static void
remove_confirmed (gpointer user_data)
{
  LgQuestionCheck *self = user_data;
  LgPersonalQuestion *question;

  if (self->store != NULL &&
      (question = lg_personal_store_find_suggested (self->store, self->topic_id,
                                                    self->suggested)) != NULL)
    lg_personal_store_remove_question (self->store, lg_personal_question_get_id (question));
}

static void
on_toggled (GtkCheckButton  *check,
            LgQuestionCheck *self)
{
  LgPersonalQuestion *question;

  if (self->updating || self->store == NULL)
    return;

  question = lg_personal_store_find_suggested (self->store, self->topic_id, self->suggested);
  if (gtk_check_button_get_active (check) && question == NULL)
    {
      question = lg_personal_store_add_suggested_question (self->store, self->text,
                                                           self->topic_id, NULL,
                                                           self->suggested, NULL);
      if (question != NULL)
        place_with_topic (self, question);
    }
  else if (!gtk_check_button_get_active (check) && question != NULL)
    {
      const char *answer = lg_personal_question_get_answer (question);

      /* An answer written down is not lost to a stray click: ask first,
       * and keep the tick until the reader says so. */
      if (lg_personal_question_get_asked (question) || (answer != NULL && *answer != '\0'))
        {
          self->updating = TRUE;
          gtk_check_button_set_active (check, TRUE);
          self->updating = FALSE;
          lg_confirm (GTK_WIDGET (self), _("Remove this question from My questions?"),
                      _("You have written down its answer, or ticked it as asked."),
                      _("_Remove"), remove_confirmed, g_object_ref (self), g_object_unref);
          return;
        }
      lg_personal_store_remove_question (self->store, lg_personal_question_get_id (question));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static void
lg_question_check_constructed (GObject *object)
{
  LgQuestionCheck *self = LG_QUESTION_CHECK (object);

  G_OBJECT_CLASS (lg_question_check_parent_class)->constructed (object);

  if (self->store != NULL)
    self->changed_id = g_signal_connect_swapped (self->store, "changed",
                                                 G_CALLBACK (update), self);
  /* Its words wrap like the page's, so that at the largest text size the
   * check asks for no more width than a phone has. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->check));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      {
        gtk_label_set_wrap (GTK_LABEL (child), TRUE);
        gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
      }
  /* Every check reads the same; screen readers also hear the question. */
  if (self->text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->check),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->text,
                                    -1);
  update (self);
}

static void
lg_question_check_dispose (GObject *object)
{
  LgQuestionCheck *self = LG_QUESTION_CHECK (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_QUESTION_CHECK);

  G_OBJECT_CLASS (lg_question_check_parent_class)->dispose (object);
}

static void
lg_question_check_finalize (GObject *object)
{
  LgQuestionCheck *self = LG_QUESTION_CHECK (object);

  g_free (self->topic_id);
  g_free (self->suggested);
  g_free (self->text);

  G_OBJECT_CLASS (lg_question_check_parent_class)->finalize (object);
}

static void
lg_question_check_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LgQuestionCheck *self = LG_QUESTION_CHECK (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TOPIC_ID:
      g_value_set_string (value, self->topic_id);
      break;
    case PROP_SUGGESTED:
      g_value_set_string (value, self->suggested);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, gtk_check_button_get_active (self->check));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_question_check_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LgQuestionCheck *self = LG_QUESTION_CHECK (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_TOPIC_ID:
      self->topic_id = g_value_dup_string (value);
      break;
    case PROP_SUGGESTED:
      self->suggested = g_value_dup_string (value);
      break;
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_question_check_class_init (LgQuestionCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = lg_question_check_constructed;
  object_class->dispose = lg_question_check_dispose;
  object_class->finalize = lg_question_check_finalize;
  object_class->get_property = lg_question_check_get_property;
  object_class->set_property = lg_question_check_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_PERSONAL_STORE, construct);
  properties[PROP_TOPIC_ID] =
    g_param_spec_string ("topic-id", NULL, NULL, NULL, construct);
  /**
   * LgQuestionCheck:suggested:
   *
   * The guide's own English words of the question, which say which of
   * the topic's questions it is whatever the language shown.
   */
  properties[PROP_SUGGESTED] =
    g_param_spec_string ("suggested", NULL, NULL, NULL, construct);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, construct);
  /**
   * LgQuestionCheck:active:
   *
   * Whether the question is in my list.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-question-check.ui");
  gtk_widget_class_bind_template_child (widget_class, LgQuestionCheck, check);
  gtk_widget_class_bind_template_callback (widget_class, on_toggled);
}

static void
lg_question_check_init (LgQuestionCheck *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lg_question_check_new (LgPersonalStore *store,
                       const char      *topic_id,
                       const char      *suggested,
                       const char      *text)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (store), NULL);

  return g_object_new (LG_TYPE_QUESTION_CHECK,
                       "store", store,
                       "topic-id", topic_id,
                       "suggested", suggested,
                       "text", text,
                       NULL);
}

gboolean
lg_question_check_get_active (LgQuestionCheck *self)
{
  g_return_val_if_fail (LG_IS_QUESTION_CHECK (self), FALSE);
  return gtk_check_button_get_active (self->check);
}
