/* test-appointment-ui.c: My questions, notes and care team in a real window
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Key presses and clicks go through the X server (XTest), as a person's
 * would. Each test keeps its store in a folder of its own.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "lg-appointment-view.h"
#include "lg-care-team-page.h"
#include "lg-contact-row.h"
#include "lg-exported-bar.h"
#include "lg-notes-page.h"
#include "lg-pack.h"
#include "lg-pack-dialog.h"
#include "lg-question-check.h"
#include "lg-question-row.h"
#include "lg-questions-page.h"
#include "lg-test-gui.h"
#include "lg-window.h"

/* A folder for one test's store, removed afterwards. */
static char *
make_store_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lg-appointment-ui-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static LgWindow *
new_window (LgCorpus        *corpus,
            LgPersonalStore *store,
            int              width)
{
  LgWindow *window = lg_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  lg_window_set_corpus (window, corpus);
  lg_window_set_personal_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  lg_test_iterate (300);
  return window;
}

static GtkWidget *
appointment_view (LgWindow *window)
{
  return lg_test_find_child (GTK_WIDGET (window), LG_TYPE_APPOINTMENT_VIEW);
}

static gboolean
is_entry_with_placeholder (GtkWidget     *widget,
                           gconstpointer  data)
{
  return GTK_IS_ENTRY (widget) &&
         g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), data) == 0;
}

static gboolean
is_button_with_label (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
is_button_with_action (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

static GtkWidget *
find_or_fail (GtkWidget      *root,
              LgTestMatchFunc match,
              gconstpointer   data)
{
  GtkWidget *widget = lg_test_find_widget (root, match, data);

  if (widget == NULL)
    g_error ("No widget for “%s”", (const char *) data);
  return widget;
}

static const char *
question_text (LgPersonalStore *store,
               guint            i)
{
  g_autoptr(LgPersonalQuestion) q = g_list_model_get_item (lg_personal_store_get_questions (store), i);

  g_assert_nonnull (q);
  return lg_personal_question_get_text (q);
}

static guint
n_questions (LgPersonalStore *store)
{
  return g_list_model_get_n_items (lg_personal_store_get_questions (store));
}

static LgQuestionRow *
question_row (LgWindow *window,
              guint     i)
{
  GtkWidget *page = lg_test_find_child (GTK_WIDGET (window), LG_TYPE_QUESTIONS_PAGE);
  GtkListBox *list = GTK_LIST_BOX (lg_test_find_child (page, GTK_TYPE_LIST_BOX));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

  g_assert_nonnull (row);
  return LG_QUESTION_ROW (row);
}

static const LgTopic *
topic_with_questions (LgCorpus *corpus)
{
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    if (lg_corpus_get_topic (corpus, i)->n_questions >= 2)
      return lg_corpus_get_topic (corpus, i);
  g_assert_not_reached ();
}

static void
wait_for_dialog (GtkWindow **out)
{
  for (guint i = 0; i < 30 && *out == NULL; i++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
        {
          g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, j);

          if (GTK_IS_MESSAGE_DIALOG (w) && gtk_widget_get_mapped (GTK_WIDGET (w)))
            *out = w;
        }
      if (*out == NULL)
        lg_test_iterate (50);
    }
  g_assert_nonnull (*out);
}

/* Add, edit, reorder, tick, answer and remove questions through real
 * input; close; open a new window over the same file and find them. */
static void
test_questions (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  LgPersonalStore *store = lg_personal_store_new_for_path (path);
  const LgTopic *topic = topic_with_questions (corpus);
  const guint ctrl_shift_m[] = { GDK_KEY_Control_L, GDK_KEY_Shift_L, GDK_KEY_m };
  const guint alt_up[] = { GDK_KEY_Alt_L, GDK_KEY_Up };
  const guint space = GDK_KEY_space, end = GDK_KEY_End, ret = GDK_KEY_Return;
  GtkWidget *check, *view, *entry, *button;
  GtkWindow *dialog = NULL;
  LgWindow *window;
  g_autofree char *text = NULL;

  if (!lg_test_has_real_input ())
    {
      g_test_skip ("XTest on an X11 display is needed for real input");
      g_object_unref (store);
      remove_dir (dir);
      return;
    }

  window = new_window (corpus, store, 1000);
  g_assert_true (lg_window_show_topic (window, topic->id, NULL));
  text = lg_content_view_get_text (lg_window_get_content_view (window));
  lg_test_iterate (100);

  /* The first suggested question, ticked with the space bar. */
  check = lg_test_find_child (GTK_WIDGET (lg_window_get_content_view (window)),
                              LG_TYPE_QUESTION_CHECK);
  g_assert_nonnull (check);
  g_assert_false (lg_question_check_get_active (LG_QUESTION_CHECK (check)));
  gtk_widget_grab_focus (lg_test_find_child (check, GTK_TYPE_CHECK_BUTTON));
  lg_test_press_keys (GTK_WIDGET (window), &space, 1);
  g_assert_cmpuint (n_questions (store), ==, 1);
  g_assert_cmpstr (question_text (store, 0), ==, topic->questions[0]->plain);
  g_assert_nonnull (lg_personal_store_find_suggested (store, topic->id, topic->questions[0]->source));
  g_assert_true (lg_question_check_get_active (LG_QUESTION_CHECK (check)));

  /* My questions, from anywhere, with Shift+Ctrl+M. */
  lg_test_press_keys (GTK_WIDGET (window), ctrl_shift_m, G_N_ELEMENTS (ctrl_shift_m));
  view = appointment_view (window);
  g_assert_true (gtk_widget_get_mapped (view));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (lg_window_get_content_view (window))));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "My questions – Leukemia Guide");

  /* Two of my own, typed, each added with Enter. */
  entry = find_or_fail (view, is_entry_with_placeholder, "Write a question of your own");
  gtk_widget_grab_focus (entry);
  lg_test_type (GTK_WIDGET (window), "can i work\n");
  lg_test_type (GTK_WIDGET (window), "who do i call\n");
  g_assert_cmpuint (n_questions (store), ==, 3);
  g_assert_cmpstr (question_text (store, 1), ==, "can i work");
  g_assert_cmpstr (question_text (store, 2), ==, "who do i call");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));

  /* Alt+Up in the question's words moves it up within its group, and
   * the words keep the focus. */
  gtk_widget_grab_focus (lg_test_find_child (GTK_WIDGET (question_row (window, 2)), GTK_TYPE_ENTRY));
  lg_test_press_keys (GTK_WIDGET (window), alt_up, G_N_ELEMENTS (alt_up));
  g_assert_cmpstr (question_text (store, 1), ==, "who do i call");
  g_assert_cmpstr (question_text (store, 2), ==, "can i work");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (question_row (window, 1))));
  /* It cannot leave its group: the suggested question's is another. */
  lg_test_press_keys (GTK_WIDGET (window), alt_up, G_N_ELEMENTS (alt_up));
  g_assert_cmpstr (question_text (store, 1), ==, "who do i call");

  /* Move down, clicked with the pointer: the question moves, and the
   * focus goes with it, so that a second click or Space moves it again. */
  button = find_or_fail (GTK_WIDGET (question_row (window, 1)), is_button_with_action,
                         "question.move-down");
  lg_test_click (button);
  g_assert_cmpstr (question_text (store, 1), ==, "can i work");
  g_assert_cmpstr (question_text (store, 2), ==, "who do i call");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (question_row (window, 2))));

  /* Edit the words, tick it as asked, write the answer. */
  gtk_widget_grab_focus (lg_test_find_child (GTK_WIDGET (question_row (window, 1)), GTK_TYPE_ENTRY));
  lg_test_press_keys (GTK_WIDGET (window), &end, 1);
  lg_test_type (GTK_WIDGET (window), " from home");
  g_assert_cmpstr (question_text (store, 1), ==, "can i work from home");
  lg_test_click (lg_test_find_child (GTK_WIDGET (question_row (window, 1)), GTK_TYPE_CHECK_BUTTON));
  {
    g_autoptr(LgPersonalQuestion) q = g_list_model_get_item (lg_personal_store_get_questions (store), 1);

    g_assert_true (lg_personal_question_get_asked (q));
    gtk_widget_grab_focus (lg_test_find_child (GTK_WIDGET (question_row (window, 1)),
                                               GTK_TYPE_TEXT_VIEW));
    lg_test_type (GTK_WIDGET (window), "yes\nsome days");
    g_assert_cmpstr (lg_personal_question_get_answer (q), ==, "yes\nsome days");
  }

  /* Remove (below the window's fold, so from the keyboard) asks first:
   * Enter keeps the question (Cancel is the default), the Remove button
   * removes it. */
  gtk_widget_grab_focus (find_or_fail (GTK_WIDGET (question_row (window, 2)),
                                       is_button_with_action, "question.remove"));
  lg_test_press_keys (GTK_WIDGET (window), &space, 1);
  wait_for_dialog (&dialog);
  lg_test_press_keys (GTK_WIDGET (dialog), &ret, 1);
  lg_test_iterate (100);
  g_assert_cmpuint (n_questions (store), ==, 3);
  dialog = NULL;
  gtk_widget_grab_focus (find_or_fail (GTK_WIDGET (question_row (window, 2)),
                                       is_button_with_action, "question.remove"));
  lg_test_press_keys (GTK_WIDGET (window), &space, 1);
  wait_for_dialog (&dialog);
  gtk_widget_grab_focus (find_or_fail (GTK_WIDGET (dialog), is_button_with_label, "_Remove"));
  lg_test_press_keys (GTK_WIDGET (dialog), &space, 1);
  lg_test_iterate (100);
  g_assert_cmpuint (n_questions (store), ==, 2);

  /* Removed on the page, unticked in the topic. */
  lg_personal_store_remove_question (store, lg_personal_question_get_id (
    lg_personal_store_find_suggested (store, topic->id, topic->questions[0]->source)));
  g_assert_cmpuint (n_questions (store), ==, 1);
  g_assert_false (lg_question_check_get_active (LG_QUESTION_CHECK (check)));
  g_assert_false (gtk_widget_get_mapped (check));
  g_assert_true (gtk_widget_get_mapped (view));

  /* Choosing a topic goes back to the guide, with its own title. */
  g_assert_true (lg_window_show_topic (window, topic->id, NULL));
  g_assert_false (gtk_widget_get_mapped (view));
  g_assert_cmpstr (strstr (gtk_window_get_title (GTK_WINDOW (window)), "My questions"), ==, NULL);
  check = lg_test_find_child (GTK_WIDGET (lg_window_get_content_view (window)),
                              LG_TYPE_QUESTION_CHECK);
  gtk_widget_grab_focus (lg_test_find_child (check, GTK_TYPE_CHECK_BUTTON));
  lg_test_press_keys (GTK_WIDGET (window), &space, 1);
  g_assert_cmpuint (n_questions (store), ==, 2);

  /* Unticking a question with its answer written asks first; Enter
   * (Cancel) keeps it, ticked. */
  lg_personal_store_set_question_answer (store, lg_personal_question_get_id (
    lg_personal_store_find_suggested (store, topic->id, topic->questions[0]->source)), "in a week");
  lg_test_press_keys (GTK_WIDGET (window), &space, 1);
  dialog = NULL;
  wait_for_dialog (&dialog);
  g_assert_true (lg_question_check_get_active (LG_QUESTION_CHECK (check)));
  lg_test_press_keys (GTK_WIDGET (dialog), &ret, 1);
  lg_test_iterate (100);
  g_assert_cmpuint (n_questions (store), ==, 2);
  g_assert_true (lg_question_check_get_active (LG_QUESTION_CHECK (check)));

  /* Closing saves; a new window over the same file shows it all. */
  gtk_window_close (GTK_WINDOW (window));
  lg_test_iterate (50);
  g_object_unref (store);
  store = lg_personal_store_new_for_path (path);
  g_assert_null (lg_personal_store_get_load_error (store));
  window = new_window (corpus, store, 1000);
  lg_window_show_appointment (window, "questions");
  lg_test_iterate (100);
  g_assert_cmpuint (n_questions (store), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lg_test_find_child (
                     GTK_WIDGET (question_row (window, 0)), GTK_TYPE_ENTRY))), ==,
                   "can i work from home");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (lg_test_find_child (
                   GTK_WIDGET (question_row (window, 0)), GTK_TYPE_CHECK_BUTTON))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lg_test_find_child (
                     GTK_WIDGET (question_row (window, 1)), GTK_TYPE_ENTRY))), ==,
                   topic->questions[0]->plain);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (lg_test_find_child (
                              GTK_WIDGET (question_row (window, 1)), GTK_TYPE_TEXT_VIEW)));
    GtkTextIter first, last;
    g_autofree char *answer = NULL;

    gtk_text_buffer_get_bounds (buffer, &first, &last);
    answer = gtk_text_buffer_get_text (buffer, &first, &last, FALSE);
    g_assert_cmpstr (answer, ==, "in a week");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (store);
  remove_dir (dir);
}

static gboolean
is_personal_callout (GtkWidget     *widget,
                     gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, "lg-personal-callout");
}

static char *
callout_text (GtkWidget *callout)
{
  GString *out = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (callout); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
  return g_string_free (out, FALSE);
}

/* A person added on My care team, typed, marked as the 24-hour number:
 * the act-now page shows it at the top, and stops when it is unmarked. */
static void
test_act_now_number (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
  const guint tab = GDK_KEY_Tab, space = GDK_KEY_space;
  GtkWidget *page, *callout, *check;
  LgPersonalContact *contact;
  g_autofree char *text = NULL;
  LgWindow *window;

  if (!lg_test_has_real_input ())
    {
      g_test_skip ("XTest on an X11 display is needed for real input");
      remove_dir (dir);
      return;
    }

  window = new_window (corpus, store, 1000);
  lg_window_show_appointment (window, "care-team");
  page = lg_test_find_child (GTK_WIDGET (window), LG_TYPE_CARE_TEAM_PAGE);
  g_assert_true (gtk_widget_get_mapped (page));
  lg_test_click (find_or_fail (page, is_button_with_label, "_Add Person"));
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_contacts (store)), ==, 1);
  /* The new person's name has the focus; Tab goes on to role and phone. */
  lg_test_type (GTK_WIDGET (window), "ward 7");
  lg_test_press_keys (GTK_WIDGET (window), &tab, 1);
  lg_test_type (GTK_WIDGET (window), "triage");
  lg_test_press_keys (GTK_WIDGET (window), &tab, 1);
  lg_test_type (GTK_WIDGET (window), "0123 456");
  lg_test_press_keys (GTK_WIDGET (window), &tab, 1);
  check = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  lg_test_press_keys (GTK_WIDGET (window), &space, 1);
  contact = lg_personal_store_get_24_hour_contact (store);
  g_assert_nonnull (contact);
  g_assert_cmpstr (lg_personal_contact_get_name (contact), ==, "ward 7");
  g_assert_cmpstr (lg_personal_contact_get_role (contact), ==, "triage");
  g_assert_cmpstr (lg_personal_contact_get_phone (contact), ==, "0123 456");

  g_assert_true (lg_window_show_topic (window, "act-now", NULL));
  lg_test_iterate (100);
  callout = lg_test_find_widget (GTK_WIDGET (lg_window_get_content_view (window)),
                                 is_personal_callout, NULL);
  g_assert_nonnull (callout);
  g_assert_true (gtk_widget_get_mapped (callout));
  text = callout_text (callout);
  g_assert_nonnull (strstr (text, "ward 7 (triage): 0123 456"));

  /* Not on other pages; gone once no one is the 24-hour number. */
  lg_personal_store_set_24_hour_contact (store, NULL);
  lg_test_iterate (50);
  g_assert_false (gtk_widget_get_visible (callout));
  g_assert_true (lg_window_show_topic (window, "glossary", NULL));
  g_assert_null (lg_test_find_widget (GTK_WIDGET (lg_window_get_content_view (window)),
                                      is_personal_callout, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dir (dir);
}

/* A damaged file is moved aside untouched, the window says where, and
 * the guide starts with an empty store that saves to the usual name. */
static void
test_damaged_store (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = NULL;
  g_autofree char *kept = NULL;
  const char *aside;
  GtkWidget *bar, *label;
  LgWindow *window;

  g_assert_true (g_file_set_contents (path, "{\"version\": 1, \"questions\": [", -1, NULL));
  store = lg_personal_store_new_for_path (path);
  g_assert_nonnull (lg_personal_store_get_load_error (store));
  aside = lg_personal_store_get_set_aside_path (store);
  g_assert_nonnull (aside);
  g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "{\"version\": 1, \"questions\": [");

  window = new_window (corpus, store, 1000);
  bar = lg_test_find_child (GTK_WIDGET (window), GTK_TYPE_INFO_BAR);
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  label = lg_test_find_child (bar, GTK_TYPE_LABEL);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), aside));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "could not be read"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  remove_dir (dir);
}

/* The whole guide from the window, then the bar that says where it went;
 * large print makes the text on screen larger too. */
static void
test_export_guide (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "guide.pdf", NULL);
  g_autofree char *store_path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (store_path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *pdf = NULL;
  gsize length = 0;
  GtkWidget *bar;
  LgWindow *window;

  window = new_window (corpus, store, 1000);
  g_assert_true (lg_window_export_guide (window, path));
  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  /* Every topic, far more than one topic's pages. */
  g_assert_cmpuint (length, >, 200000);
  bar = lg_test_find_child (GTK_WIDGET (window), LG_TYPE_EXPORTED_BAR);
  g_assert_nonnull (bar);
  g_assert_true (g_file_equal (lg_exported_bar_get_file (LG_EXPORTED_BAR (bar)), file));
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (lg_test_find_child (bar, GTK_TYPE_INFO_BAR))));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (lg_test_find_child (bar, GTK_TYPE_LABEL))),
                            "guide.pdf"));
  lg_test_save_screenshot (GTK_WIDGET (window), "appointment-exported-1000.png");

  /* Large print: 150% at least, and Ctrl+0 goes back to it. */
  g_settings_set_double (settings, "text-scale", 1.15);
  g_settings_set_boolean (settings, "large-print", TRUE);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.5, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.5, 0.001);
  g_settings_set_double (settings, "text-scale", 2.0);
  g_settings_set_boolean (settings, "large-print", FALSE);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 2.0, 0.001);
  g_settings_set_boolean (settings, "large-print", TRUE);
  g_settings_set_double (settings, "text-scale", 1.5);
  g_settings_set_boolean (settings, "large-print", FALSE);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.0, 0.001);
  g_settings_reset (settings, "text-scale");
  g_settings_reset (settings, "large-print");

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dir (dir);
}

static void
count_signal (guint *count)
{
  (*count)++;
}

static guint
topic_index (LgCorpus      *corpus,
             const LgTopic *topic)
{
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    if (lg_corpus_get_topic (corpus, i) == topic)
      return i;
  g_assert_not_reached ();
}

static gboolean
is_check_with_label (GtkWidget     *widget,
                     gconstpointer  data)
{
  GtkWidget *child;

  if (!GTK_IS_CHECK_BUTTON (widget))
    return FALSE;
  child = gtk_check_button_get_child (GTK_CHECK_BUTTON (widget));
  return child != NULL && GTK_IS_LABEL (child) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), data) == 0;
}

static gboolean
is_check_with_mnemonic (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_CHECK_BUTTON (widget) &&
         g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), data) == 0;
}

/* The pack's pages start as the topics of my questions; ticking others
 * (with the keyboard) saves the reader's own choice in the store, in the
 * guide's order; the reset button goes back. */
static void
test_pack_dialog (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
  const LgTopic *topic = topic_with_questions (corpus);
  const LgTopic *other = lg_corpus_find_topic (corpus, "act-now");
  const guint space = GDK_KEY_space;
  GtkWidget *dialog, *check;
  const char *id, *section;
  guint exports = 0;

  if (!lg_test_has_real_input ())
    {
      g_test_skip ("XTest on an X11 display is needed for real input");
      remove_dir (dir);
      return;
    }

  lg_personal_store_add_suggested_question (store, topic->questions[0]->plain, topic->id, NULL,
                                            topic->questions[0]->source, NULL);
  dialog = lg_pack_dialog_new (NULL, corpus, store);
  g_signal_connect_swapped (dialog, "export", G_CALLBACK (count_signal), &exports);
  gtk_window_present (GTK_WINDOW (dialog));
  lg_test_iterate (300);

  check = find_or_fail (dialog, is_check_with_label, topic->title->plain);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpuint (lg_personal_store_get_n_pack_items (store), ==, 0);
  lg_test_save_screenshot (dialog, "appointment-pack-dialog-520.png");

  /* Act now too, ticked from the keyboard: the choice is the reader's. */
  check = find_or_fail (dialog, is_check_with_label, other->title->plain);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_widget_grab_focus (check);
  lg_test_press_keys (dialog, &space, 1);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpuint (lg_personal_store_get_n_pack_items (store), ==, 2);
  /* In the guide's order, whole topics. */
  lg_personal_store_get_pack_item (store, 0, &id, &section);
  g_assert_cmpstr (id, ==, topic_index (corpus, topic) < topic_index (corpus, other) ? topic->id
                                                                                   : other->id);
  g_assert_null (section);
  g_assert_true (lg_personal_store_pack_contains (store, topic->id, NULL));
  g_assert_true (lg_personal_store_pack_contains (store, "act-now", NULL));

  /* Enter in the name goes to Export, the default. */
  gtk_widget_grab_focus (lg_test_find_child (dialog, GTK_TYPE_ENTRY));
  lg_test_type (dialog, "sam\n");
  g_assert_cmpstr (lg_personal_store_get_name (store), ==, "sam");
  /* A button activated from the keyboard is pressed for a moment. */
  for (guint i = 0; i < 10 && exports == 0; i++)
    lg_test_iterate (100);
  g_assert_cmpuint (exports, ==, 1);

  lg_test_click (find_or_fail (dialog, is_button_with_label, "Use the _Topics of My Questions"));
  g_assert_cmpuint (lg_personal_store_get_n_pack_items (store), ==, 0);
  check = find_or_fail (dialog, is_check_with_label, other->title->plain);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* With no page and no part ticked, there is nothing to export; a part
   * ticked from the keyboard is saved and makes it possible again. */
  {
    const char *parts[] = { "My _questions", "My n_otes", "My ca_re team", "_Alert card" };
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    GtkWidget *export_button = find_or_fail (dialog, is_button_with_label, "_Export PDF…");

    g_assert_true (gtk_widget_get_sensitive (export_button));
    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      gtk_check_button_set_active (GTK_CHECK_BUTTON (find_or_fail (dialog, is_check_with_mnemonic,
                                                                   parts[i])), FALSE);
    g_assert_cmpuint (g_settings_get_flags (settings, "pack-parts"), ==, 0);
    g_assert_true (gtk_widget_get_sensitive (export_button));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (find_or_fail (dialog, is_check_with_label,
                                                                 topic->title->plain)), FALSE);
    g_assert_false (gtk_widget_get_sensitive (export_button));
    check = find_or_fail (dialog, is_check_with_mnemonic, "_Alert card");
    gtk_widget_grab_focus (check);
    lg_test_press_keys (dialog, &space, 1);
    g_assert_cmpuint (g_settings_get_flags (settings, "pack-parts"), ==, LG_PACK_CARD);
    g_assert_true (gtk_widget_get_sensitive (export_button));
    g_settings_reset (settings, "pack-parts");
  }

  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  lg_test_iterate (300);
  g_assert_cmpint (gtk_widget_get_width (dialog), <=, 360);
  lg_test_save_screenshot (dialog, "appointment-pack-dialog-360.png");

  gtk_window_destroy (GTK_WINDOW (dialog));
  remove_dir (dir);
}

static gboolean
is_pack_dialog (GtkWindow **out)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, j);

      if (LG_IS_PACK_DIALOG (w) && gtk_widget_get_mapped (GTK_WIDGET (w)))
        *out = w;
    }
  return *out != NULL;
}

/* Shift+Ctrl+P opens the pack dialog over the window; the pack it makes
 * is a PDF, and the window then offers to open it. */
static void
test_pack_from_window (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "pack.pdf", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
  g_autoptr(GFile) file = g_file_new_for_path (pdf_path);
  const guint keys[] = { GDK_KEY_Control_L, GDK_KEY_Shift_L, GDK_KEY_p };
  const guint escape = GDK_KEY_Escape;
  g_autofree char *pdf = NULL;
  GtkWindow *dialog = NULL;
  GtkWidget *bar;
  LgWindow *window;
  gsize length;

  if (!lg_test_has_real_input ())
    {
      g_test_skip ("XTest on an X11 display is needed for real input");
      remove_dir (dir);
      return;
    }

  lg_personal_store_add_question (store, "How long will I stay in hospital?", NULL);
  window = new_window (corpus, store, 1000);
  lg_test_press_keys (GTK_WIDGET (window), keys, G_N_ELEMENTS (keys));
  for (guint i = 0; i < 20 && !is_pack_dialog (&dialog); i++)
    lg_test_iterate (50);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  /* Escape closes it, as Cancel does. */
  lg_test_press_keys (GTK_WIDGET (dialog), &escape, 1);
  lg_test_iterate (100);
  dialog = NULL;
  g_assert_false (is_pack_dialog (&dialog));

  g_assert_true (lg_window_export_pack (window, pdf_path));
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  bar = lg_test_find_child (GTK_WIDGET (window), LG_TYPE_EXPORTED_BAR);
  g_assert_true (g_file_equal (lg_exported_bar_get_file (LG_EXPORTED_BAR (bar)), file));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dir (dir);
}

/* Folding the header bar and the sidebar lets a window shrink further,
 * as a person dragging its edge would then see; on a busy machine this
 * takes a few frames. */
static void
settle_width (LgWindow *window,
              int       width)
{
  lg_test_iterate (100);
  for (guint i = 0; i < 50 && gtk_widget_get_width (GTK_WIDGET (window)) > width; i++)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
      lg_test_iterate (100);
    }
}

/* A note added with the button, typed into, its date checked; deleting
 * asks first. */
static void
test_notes (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
  const guint tab = GDK_KEY_Tab, space = GDK_KEY_space, backspace = GDK_KEY_BackSpace;
  const guint end = GDK_KEY_End;
  GtkWidget *page, *date;
  GtkWindow *dialog = NULL;
  LgPersonalNote *note;
  LgWindow *window;

  if (!lg_test_has_real_input ())
    {
      g_test_skip ("XTest on an X11 display is needed for real input");
      remove_dir (dir);
      return;
    }

  window = new_window (corpus, store, 1000);
  lg_window_show_appointment (window, "notes");
  page = lg_test_find_child (GTK_WIDGET (window), LG_TYPE_NOTES_PAGE);
  lg_test_click (find_or_fail (page, is_button_with_label, "_New Note"));
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_notes (store)), ==, 1);
  note = g_list_model_get_item (lg_personal_store_get_notes (store), 0);
  g_object_unref (note);
  g_assert_cmpuint (strlen (lg_personal_note_get_date (note)), ==, 10);

  /* What I was told has the focus; Tab goes on to what happens next. */
  lg_test_type (GTK_WIDGET (window), "counts are up");
  lg_test_press_keys (GTK_WIDGET (window), &tab, 1);
  lg_test_type (GTK_WIDGET (window), "test in two weeks");
  g_assert_cmpstr (lg_personal_note_get_told (note), ==, "counts are up");
  g_assert_cmpstr (lg_personal_note_get_next_steps (note), ==, "test in two weeks");

  /* A date that is not one is marked, and kept as typed. */
  date = lg_test_find_child (page, GTK_TYPE_ENTRY);
  g_assert_false (gtk_widget_has_css_class (date, "error"));
  gtk_widget_grab_focus (date);
  lg_test_press_keys (GTK_WIDGET (window), &end, 1);
  lg_test_press_keys (GTK_WIDGET (window), &backspace, 1);
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  lg_test_type (GTK_WIDGET (window), "9");
  g_assert_cmpuint (strlen (lg_personal_note_get_date (note)), ==, 10);
  g_assert_false (gtk_widget_has_css_class (date, "error"));

  gtk_widget_grab_focus (find_or_fail (page, is_button_with_label, "_Delete Note"));
  lg_test_press_keys (GTK_WIDGET (window), &space, 1);
  wait_for_dialog (&dialog);
  gtk_widget_grab_focus (find_or_fail (GTK_WIDGET (dialog), is_button_with_label, "_Delete"));
  lg_test_press_keys (GTK_WIDGET (dialog), &space, 1);
  lg_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_notes (store)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dir (dir);
}

/* Delete My Data asks first: Enter (Cancel) keeps everything, the
 * destructive button empties the store. */
static void
test_delete_all (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
  const guint ret = GDK_KEY_Return, space = GDK_KEY_space;
  GtkWindow *dialog = NULL;
  LgWindow *window;

  if (!lg_test_has_real_input ())
    {
      g_test_skip ("XTest on an X11 display is needed for real input");
      remove_dir (dir);
      return;
    }

  lg_personal_store_add_question (store, "What is my platelet count?", NULL);
  lg_personal_store_add_contact (store, "Ward 7", NULL, "0123 456", TRUE);
  window = new_window (corpus, store, 1000);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-my-data", NULL);
  wait_for_dialog (&dialog);
  lg_test_press_keys (GTK_WIDGET (dialog), &ret, 1);
  lg_test_iterate (100);
  g_assert_cmpuint (n_questions (store), ==, 1);

  dialog = NULL;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-my-data", NULL);
  wait_for_dialog (&dialog);
  gtk_widget_grab_focus (find_or_fail (GTK_WIDGET (dialog), is_button_with_label,
                                       "_Delete Everything"));
  lg_test_press_keys (GTK_WIDGET (dialog), &space, 1);
  lg_test_iterate (100);
  g_assert_cmpuint (n_questions (store), ==, 0);
  g_assert_null (lg_personal_store_get_24_hour_contact (store));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dir (dir);
}

/* A store that cannot be written (its folder is a file): the window says
 * so, keeps the text, and holds the window open once on closing. */
static void
test_save_failed (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *bar, *label;
  LgWindow *window;

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  store = lg_personal_store_new_for_path (path);
  window = new_window (corpus, store, 1000);
  lg_window_show_appointment (window, "questions");
  lg_personal_store_add_question (store, "Will I need a transfusion?", NULL);
  g_assert_false (lg_personal_store_flush (store, &error));
  g_assert_nonnull (error);
  lg_test_iterate (50);

  bar = lg_test_find_child (GTK_WIDGET (window), GTK_TYPE_INFO_BAR);
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  label = lg_test_find_child (bar, GTK_TYPE_LABEL);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "still here in the window"));
  /* Nothing the reader wrote is in the message. */
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (label)), "transfusion"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lg_test_find_child (
                     GTK_WIDGET (question_row (window, 0)), GTK_TYPE_ENTRY))), ==,
                   "Will I need a transfusion?");

  /* Closing tries to save: the first time the window stays and says
   * why, the second it closes. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  lg_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "Close the window again"));
  gtk_window_close (GTK_WINDOW (window));
  lg_test_iterate (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);

  g_clear_object (&store);
  remove_dir (dir);
}

/* Each page at a wide and a narrow size, for people to look at; the
 * narrow ones must not be wider than the window. */
static void
test_screenshots (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
  const LgTopic *topic = topic_with_questions (corpus);
  const char *pages[] = { "questions", "notes", "care-team" };
  const int widths[] = { 1000, 360 };

  lg_personal_store_add_suggested_question (store, topic->questions[0]->plain, topic->id, NULL,
                                            topic->questions[0]->source, NULL);
  lg_personal_store_add_question (store, "Can I travel between cycles?", "Clinic on Monday");
  lg_personal_store_add_note (store, "2026-12-01", "The blood counts are coming back up.",
                              "Another bone marrow test in two weeks.", "The day unit");
  lg_personal_store_add_contact (store, "Ward 7", "Haematology triage line", "0123 456 7890", TRUE);
  lg_personal_store_add_contact (store, "Sam", "Clinical nurse specialist", "0123 456 7000", FALSE);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      LgWindow *window = new_window (corpus, store, widths[w]);

      for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
        {
          g_autofree char *name = g_strdup_printf ("appointment-%s-%d.png", pages[p], widths[w]);

          lg_window_show_appointment (window, pages[p]);
          settle_width (window, widths[w]);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, widths[w]);
          lg_test_save_screenshot (GTK_WIDGET (window), name);
        }
      {
        g_autofree char *name = g_strdup_printf ("appointment-act-now-%d.png", widths[w]);

        g_assert_true (lg_window_show_topic (window, "act-now", NULL));
        lg_test_save_screenshot (GTK_WIDGET (window), name);
      }
      {
        g_autofree char *name = g_strdup_printf ("appointment-topic-questions-%d.png", widths[w]);

        GtkWidget *check;

        g_assert_true (lg_window_show_topic (window, topic->id, NULL));
        g_free (lg_content_view_get_text (lg_window_get_content_view (window)));
        lg_test_iterate (100);
        /* The keyboard focus brings the questions into view. */
        check = lg_test_find_child (GTK_WIDGET (lg_window_get_content_view (window)),
                                    LG_TYPE_QUESTION_CHECK);
        gtk_widget_grab_focus (lg_test_find_child (check, GTK_TYPE_CHECK_BUTTON));
        lg_test_iterate (200);
        lg_test_save_screenshot (GTK_WIDGET (window), name);
      }
      gtk_window_destroy (GTK_WINDOW (window));
    }
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lg_test_gui_init (&argc, &argv);
  /* gtk_test_init() asks for en_US.UTF-8, which a bare machine lacks. */
  setlocale (LC_ALL, "C.UTF-8");
  /* No GTK warning either, here. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  g_test_add_func ("/appointment-ui/questions", test_questions);
  g_test_add_func ("/appointment-ui/act-now-number", test_act_now_number);
  g_test_add_func ("/appointment-ui/damaged-store", test_damaged_store);
  g_test_add_func ("/appointment-ui/notes", test_notes);
  g_test_add_func ("/appointment-ui/delete-all", test_delete_all);
  g_test_add_func ("/appointment-ui/save-failed", test_save_failed);
  g_test_add_func ("/appointment-ui/export-guide", test_export_guide);
  g_test_add_func ("/appointment-ui/pack-dialog", test_pack_dialog);
  g_test_add_func ("/appointment-ui/pack-from-window", test_pack_from_window);
  g_test_add_func ("/appointment-ui/screenshots", test_screenshots);

  return g_test_run ();
}
