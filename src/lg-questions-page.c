/* lg-questions-page.c: My questions
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every question I keep, in my order, under a heading for its group: the
 * appointment I named, else the topic it came from, else “My own
 * questions”. A question moves up and down within its group (the buttons,
 * or Alt+Up and Alt+Down), so each group stays together; suggested
 * questions are added beside the others of their topic for the same
 * reason (LgQuestionCheck).
 */

#define G_LOG_DOMAIN "lg-questions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-clamp.h"
#include "lg-confirm.h"
#include "lg-question-row.h"
#include "lg-questions-page.h"

struct _LgQuestionsPage
{
  GtkWidget        parent_instance;

  GtkWidget       *scroller;
  GtkEntry        *new_entry;
  GtkEntry        *group_entry;
  GtkListBox      *list;
  GtkWidget       *empty_label;

  LgPersonalStore *store;
  LgCorpus        *corpus;
  gulong           items_changed_id;
};

G_DEFINE_FINAL_TYPE (LgQuestionsPage, lg_questions_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CORPUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * lg_questions_page_dup_group_title:
 * @corpus: (nullable): the guide, for topic titles
 * @question: one of my questions
 *
 * Returns: (transfer full): the heading @question is listed under
 */
char *
lg_questions_page_dup_group_title (LgCorpus           *corpus,
                                   LgPersonalQuestion *question)
{
  const char *group = lg_personal_question_get_group (question);
  const char *topic_id = lg_personal_question_get_topic (question);
  const LgTopic *topic;

  if (group != NULL && *group != '\0')
    return g_strdup (group);
  if (topic_id != NULL && *topic_id != '\0')
    {
      if (corpus != NULL && (topic = lg_corpus_find_topic (corpus, topic_id)) != NULL)
        return g_strdup (topic->title->plain);
      return g_strdup (topic_id);
    }
  return g_strdup (_("My own questions"));
}

static char *
row_group (LgQuestionsPage *self,
           GtkListBoxRow   *row)
{
  return lg_questions_page_dup_group_title (self->corpus,
                                            lg_question_row_get_question (LG_QUESTION_ROW (row)));
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  LgQuestionsPage *self = user_data;
  g_autofree char *title = row_group (self, row);
  g_autofree char *previous = before ? row_group (self, before) : NULL;
  GtkWidget *header;

  if (g_strcmp0 (title, previous) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_list_box_row_get_header (row);
  if (header == NULL)
    {
      header = g_object_new (GTK_TYPE_LABEL,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                             "xalign", 0.0f,
                             "wrap", TRUE,
                             "wrap-mode", PANGO_WRAP_WORD_CHAR,
                             "margin-start", 12,
                             "margin-end", 12,
                             "margin-top", 18,
                             "margin-bottom", 6,
                             NULL);
      gtk_widget_add_css_class (header, "heading");
      gtk_list_box_row_set_header (row, header);
    }
  gtk_label_set_text (GTK_LABEL (header), title);
}

/* Which rows can move: only within their group. */
static void
update_rows (LgQuestionsPage *self)
{
  g_autoptr(GHashTable) above = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) below = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *model = self->store ? lg_personal_store_get_questions (self->store) : NULL;
  guint n = model ? g_list_model_get_n_items (model) : 0;
  g_autofree char **groups = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      groups[i] = row ? row_group (self, row) : g_strdup ("");
    }
  for (guint i = n; i > 0; i--)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i - 1);
      gboolean down = g_hash_table_contains (below, groups[i - 1]);

      g_hash_table_add (below, g_strdup (groups[i - 1]));
      if (row != NULL)
        g_object_set_data (G_OBJECT (row), "lg-can-move-down", GINT_TO_POINTER (down));
    }
  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);
      gboolean up = g_hash_table_contains (above, groups[i]);

      g_hash_table_add (above, g_strdup (groups[i]));
      if (row != NULL)
        lg_question_row_set_can_move (LG_QUESTION_ROW (row), up,
                                      GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row),
                                                                          "lg-can-move-down")));
    }
  for (guint i = 0; i < n; i++)
    g_free (groups[i]);

  gtk_widget_set_visible (self->empty_label, n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
  gtk_list_box_invalidate_headers (self->list);
}

static LgQuestionRow *
find_row (LgQuestionsPage *self,
          const char      *id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_str_equal (lg_personal_question_get_id (lg_question_row_get_question (LG_QUESTION_ROW (row))),
                     id))
      return LG_QUESTION_ROW (row);
  return NULL;
}

static void
on_row_move (LgQuestionRow   *row,
             int              delta,
             LgQuestionsPage *self)
{
  LgPersonalQuestion *question = lg_question_row_get_question (row);
  g_autofree char *id = g_strdup (lg_personal_question_get_id (question));
  g_autofree char *group = row_group (self, GTK_LIST_BOX_ROW (row));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  int focus_direction = focus != NULL && GTK_IS_BUTTON (focus) ? delta : 0;
  GtkListBoxRow *other;
  LgQuestionRow *moved;

  /* The nearest question of the same group, above or below. */
  for (int i = index + delta; (other = gtk_list_box_get_row_at_index (self->list, i)) != NULL;
       i += delta)
    {
      g_autofree char *other_group = row_group (self, other);

      if (g_str_equal (other_group, group))
        break;
    }
  if (other == NULL)
    return;

  /* The row is made anew at its new place; this one goes when we return. */
  g_object_ref (row);
  lg_personal_store_move_question (self->store, id, gtk_list_box_row_get_index (other));
  if ((moved = find_row (self, id)) != NULL)
    lg_question_row_focus (moved, focus_direction);
  g_object_unref (row);
}

static void
remove_confirmed (gpointer user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(LgQuestionRow) row = g_weak_ref_get (ref);
  LgQuestionsPage *self;
  GtkListBoxRow *next;
  int index;

  if (row == NULL || !LG_IS_QUESTIONS_PAGE (self = g_object_get_data (G_OBJECT (row), "lg-page")))
    return;
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  lg_personal_store_remove_question (self->store,
                                     lg_personal_question_get_id (lg_question_row_get_question (row)));
  /* The keyboard goes on to the next question, or back to adding one. */
  next = gtk_list_box_get_row_at_index (self->list, index);
  if (next == NULL && index > 0)
    next = gtk_list_box_get_row_at_index (self->list, index - 1);
  if (next != NULL)
    lg_question_row_focus (LG_QUESTION_ROW (next), 0);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
on_row_remove (LgQuestionRow   *row,
               LgQuestionsPage *self)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, row);
  lg_confirm (GTK_WIDGET (self), _("Remove this question?"),
              lg_personal_question_get_text (lg_question_row_get_question (row)),
              _("_Remove"), remove_confirmed, ref, weak_ref_free);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  LgQuestionsPage *self = user_data;
  GtkWidget *row = lg_question_row_new (self->store, item);

  g_object_set_data (G_OBJECT (row), "lg-page", self);
  g_signal_connect (row, "move", G_CALLBACK (on_row_move), self);
  g_signal_connect (row, "remove", G_CALLBACK (on_row_remove), self);
  return row;
}

static void
on_add (GtkWidget       *widget,
        LgQuestionsPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_entry))));
  g_autofree char *group = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->group_entry))));
  LgPersonalQuestion *question;
  GListModel *questions;
  guint n, last = G_MAXUINT;

  if (self->store == NULL || *text == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
      return;
    }

  question = lg_personal_store_add_question (self->store, text, group);
  /* Beside the others of its group. */
  questions = lg_personal_store_get_questions (self->store);
  n = g_list_model_get_n_items (questions);
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(LgPersonalQuestion) other = g_list_model_get_item (questions, i);
      g_autofree char *a = lg_questions_page_dup_group_title (self->corpus, other);
      g_autofree char *b = lg_questions_page_dup_group_title (self->corpus, question);

      if (g_str_equal (a, b))
        last = i;
    }
  if (last != G_MAXUINT)
    lg_personal_store_move_question (self->store, lg_personal_question_get_id (question), last + 1);

  gtk_editable_set_text (GTK_EDITABLE (self->new_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
}

static void
on_items_changed (GListModel      *model,
                  guint            position,
                  guint            removed,
                  guint            added,
                  LgQuestionsPage *self)
{
  update_rows (self);
}

void
lg_questions_page_set_store (LgQuestionsPage *self,
                             LgPersonalStore *store)
{
  g_return_if_fail (LG_IS_QUESTIONS_PAGE (self));
  g_return_if_fail (store == NULL || LG_IS_PERSONAL_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->items_changed_id, lg_personal_store_get_questions (self->store));
  g_set_object (&self->store, store);
  gtk_list_box_bind_model (self->list, store ? lg_personal_store_get_questions (store) : NULL,
                           create_row, self, NULL);
  if (store != NULL)
    self->items_changed_id = g_signal_connect (lg_personal_store_get_questions (store),
                                               "items-changed", G_CALLBACK (on_items_changed), self);
  update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
lg_questions_page_set_corpus (LgQuestionsPage *self,
                              LgCorpus        *corpus)
{
  g_return_if_fail (LG_IS_QUESTIONS_PAGE (self));

  if (g_set_object (&self->corpus, corpus))
    {
      update_rows (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
    }
}

static void
lg_questions_page_dispose (GObject *object)
{
  LgQuestionsPage *self = LG_QUESTIONS_PAGE (object);

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->items_changed_id, lg_personal_store_get_questions (self->store));
      gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->corpus);
  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_QUESTIONS_PAGE);

  G_OBJECT_CLASS (lg_questions_page_parent_class)->dispose (object);
}

static void
lg_questions_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LgQuestionsPage *self = LG_QUESTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_questions_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LgQuestionsPage *self = LG_QUESTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      lg_questions_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_CORPUS:
      lg_questions_page_set_corpus (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_questions_page_class_init (LgQuestionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_questions_page_dispose;
  object_class->get_property = lg_questions_page_get_property;
  object_class->set_property = lg_questions_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_PERSONAL_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, LG_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LG_TYPE_CLAMP);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-questions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsPage, new_entry);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsPage, group_entry);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsPage, list);
  gtk_widget_class_bind_template_child (widget_class, LgQuestionsPage, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add);
}

static void
lg_questions_page_init (LgQuestionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
  update_rows (self);
}

GtkWidget *
lg_questions_page_new (void)
{
  return g_object_new (LG_TYPE_QUESTIONS_PAGE, NULL);
}
