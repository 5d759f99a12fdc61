/* test-speech-gui.c: read aloud in a real window, against a fake service
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fake speech-dispatcher's index mark events move the highlight from
 * sentence to sentence; the test checks the selection in the label that
 * shows each sentence, and that it is in view. The shortcut is pressed
 * for real, through XTest, as test-gui does.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "lg-content-view.h"
#include "lg-read-aloud-bar.h"
#include "lg-test-gui.h"
#include "lg-test-speechd.h"
#include "lg-window.h"

static LgWindow *
new_window (void)
{
  g_autoptr(LgCorpus) corpus = lg_corpus_get_default (NULL);
  LgWindow *window = lg_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  /* Keys are sent to a window that is on the screen. */
  for (guint i = 0; i < 100 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    lg_test_iterate (50);
  lg_test_iterate (300);
  return window;
}

static LgReadAloudBar *
get_bar (LgWindow *window)
{
  GtkWidget *bar = lg_test_find_child (GTK_WIDGET (window), LG_TYPE_READ_ALOUD_BAR);

  g_assert_nonnull (bar);
  return LG_READ_ALOUD_BAR (bar);
}

static gboolean
is_read_aloud_button (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "read-aloud.toggle") == 0;
}

static GtkWidget *
get_button (LgWindow *window)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget *button = lg_test_find_widget (titlebar, is_read_aloud_button, NULL);

  g_assert_nonnull (button);
  return button;
}

typedef struct
{
  LgSpeech *speech;
  int       sentence;
  int       state;
} Reached;

static gboolean
has_reached (gpointer data)
{
  Reached *r = data;

  return (r->sentence < 0 || lg_speech_get_sentence (r->speech) >= r->sentence) &&
         (r->state < 0 || (int) lg_speech_get_state (r->speech) == r->state);
}

static gboolean
wait_reached (LgSpeech *speech,
              int       sentence,
              int       state)
{
  Reached r = { speech, sentence, state };

  lg_fake_speechd_wait (has_reached, &r, 5000);
  return has_reached (&r);
}

static GtkLabel *
label_showing (GtkWidget      *widget,
               const LgInline *inl)
{
  if (GTK_IS_LABEL (widget) && g_object_get_data (G_OBJECT (widget), "lg-inline") == inl)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = label_showing (child, inl);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_text (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* The sentence being read is the selection of its label, and on
 * screen. */
static void
assert_highlighted (LgWindow *window,
                    LgSpeech *speech)
{
  LgContentView *view = lg_window_get_content_view (window);
  LgSpeechScript *script = lg_speech_get_script (speech);
  const LgSpeechSentence *s = lg_speech_script_get_sentence (script, lg_speech_get_sentence (speech));
  GtkLabel *label = label_showing (GTK_WIDGET (view), s->shown);
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (lg_test_find_child (GTK_WIDGET (view),
                                                                         GTK_TYPE_SCROLLED_WINDOW));
  GtkWidget *viewport = gtk_scrolled_window_get_child (scroller);
  int start, end;
  graphene_point_t top;
  g_autofree char *selected = NULL;
  const char *text;

  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_selection_bounds (label, &start, &end));
  /* Drawn in the found-word colours (data/style.css). */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "lg-spoken"));
  text = gtk_label_get_text (label);
  selected = g_strndup (g_utf8_offset_to_pointer (text, start),
                        g_utf8_offset_to_pointer (text, end) - g_utf8_offset_to_pointer (text, start));
  if (!s->in_lead)
    {
      /* The words of the sentence, before they were made speakable. */
      g_autofree char *first_word = g_strndup (selected, strcspn (selected, " ,.:;?!"));

      g_assert_cmpuint (strlen (first_word), >, 0);
      g_assert_nonnull (strstr (s->spoken, first_word));
    }
  g_assert_cmpint (end, >, start);

  /* In view: the label's top is within the scrolled window's page. */
  lg_test_iterate (50);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (label), GTK_WIDGET (scroller),
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  g_assert_cmpfloat (top.y + gtk_widget_get_height (GTK_WIDGET (label)), >, 0);
  g_assert_cmpfloat (top.y, <, gtk_widget_get_height (GTK_WIDGET (scroller)));
  (void) viewport;
}

/* The button starts reading at the top of the page; each mark the
 * service reports moves the highlight to the next sentence, in view; the
 * next section button goes on, scrolling down; stopping hides the
 * player and clears the selection. */
static void
test_highlight_follows (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.25);
  LgWindow *window = new_window ();
  LgReadAloudBar *bar = get_bar (window);
  LgSpeech *speech = lg_read_aloud_bar_get_speech (bar);
  GtkWidget *button = get_button (window);
  LgContentView *view = lg_window_get_content_view (window);

  g_assert_true (lg_window_show_topic (window, "act-now", NULL));
  lg_test_iterate (200);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Read Aloud (Shift+Ctrl+R)");

  gtk_widget_activate (button);
  g_assert_true (wait_reached (speech, 0, LG_SPEECH_SPEAKING));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  for (int i = 0; i < 4; i++)
    {
      g_assert_true (wait_reached (speech, i, -1));
      assert_highlighted (window, speech);
    }
  lg_test_save_screenshot (GTK_WIDGET (window), "read-aloud.png");

  /* Far down the page: the view follows. */
  for (int i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "read-aloud.next", NULL));
  {
    int first = lg_speech_get_sentence (speech);

    LgSpeechScript *script = lg_speech_get_script (speech);
    const char *heading = lg_speech_script_get_sentence (script,
                                                         lg_speech_script_get_section (script, 4)->first)->spoken;
    g_autofree char *status = g_strconcat ("Reading aloud: ", heading, NULL);

    g_assert_cmpint (lg_speech_get_section (speech), ==, 4);
    g_assert_true (wait_reached (speech, first + 1, -1));
    assert_highlighted (window, speech);
    /* The player says which section it reads. */
    g_assert_nonnull (lg_test_find_widget (GTK_WIDGET (bar), has_text, status));
    g_assert_cmpfloat (lg_content_view_get_scroll (view), >, 100);
  }
  lg_test_save_screenshot (GTK_WIDGET (window), "read-aloud-section.png");

  /* Pause and resume from the player's button. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "read-aloud.pause", NULL));
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_PAUSED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "read-aloud.pause", NULL));
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_SPEAKING);

  /* A button activated from the keyboard clicks when its press has
   * been shown, a moment later. */
  gtk_widget_activate (button);
  lg_test_iterate (400);
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_IDLE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_iterate (100);
  lg_fake_speechd_stop (fake);
}

/* Reading starts at the section at the top of the view. */
static void
test_starts_at_view (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.25);
  LgWindow *window = new_window ();
  LgSpeech *speech = lg_read_aloud_bar_get_speech (get_bar (window));
  LgContentView *view = lg_window_get_content_view (window);
  const char *section;

  g_assert_true (lg_window_show_topic (window, "act-now", NULL));
  lg_test_iterate (200);
  lg_content_view_restore_scroll (view, 1500);
  /* A slower pass (the sanitizers) lays the page out later: wait until
   * the section at the top has stayed the same for a while. */
  section = NULL;
  for (guint i = 0, same = 0; i < 100 && same < 5; i++)
    {
      const char *now;

      lg_test_iterate (100);
      now = lg_content_view_get_current_section (view);
      same = now != NULL && g_strcmp0 (now, section) == 0 ? same + 1 : 0;
      section = now;
    }
  g_assert_nonnull (section);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "read-aloud.toggle", NULL));
  g_assert_true (wait_reached (speech, 0, LG_SPEECH_SPEAKING));
  g_assert_cmpstr (lg_speech_script_get_section (lg_speech_get_script (speech),
                                                 lg_speech_get_section (speech))->section_id,
                   ==, section);

  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_iterate (100);
  /* Closing the window stopped the reading. */
  {
    gint64 end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

    while (lg_fake_speechd_count (fake, "CANCEL SELF") == 0 && g_get_monotonic_time () < end)
      lg_test_iterate (20);
    g_assert_cmpuint (lg_fake_speechd_count (fake, "CANCEL SELF"), >=, 1);
  }
  lg_fake_speechd_stop (fake);
}

/* Another page: reading stops. */
static void
test_topic_change_stops (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.25);
  LgWindow *window = new_window ();
  LgReadAloudBar *bar = get_bar (window);
  LgSpeech *speech = lg_read_aloud_bar_get_speech (bar);

  g_assert_true (lg_window_show_topic (window, "act-now", NULL));
  lg_test_iterate (100);
  lg_read_aloud_bar_start (bar);
  g_assert_true (wait_reached (speech, 1, LG_SPEECH_SPEAKING));
  g_assert_true (lg_window_show_topic (window, "glossary", NULL));
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_IDLE);
  g_assert_null (lg_speech_get_script (speech));
  lg_test_iterate (600);
  g_assert_cmpint (lg_speech_get_sentence (speech), ==, -1);
  g_assert_cmpuint (lg_fake_speechd_count (fake, "CANCEL SELF"), >=, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_iterate (100);
  lg_fake_speechd_stop (fake);
}

/* The speed is remembered and sent to the service. */
static void
test_speed (void)
{
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.25);
  LgWindow *window = new_window ();
  LgReadAloudBar *bar = get_bar (window);
  LgSpeech *speech = lg_read_aloud_bar_get_speech (bar);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *rate = NULL;

  lg_read_aloud_bar_start (bar);
  g_assert_true (wait_reached (speech, 0, LG_SPEECH_SPEAKING));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "read-aloud.speed", "s", "slower"));
  g_assert_cmpint (g_settings_get_enum (settings, "read-aloud-speed"), ==, LG_SPEECH_RATE_SLOWER);
  rate = lg_fake_speechd_last (fake, "SET SELF RATE");
  g_assert_cmpstr (rate, ==, "SET SELF RATE -40");
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_SPEAKING);
  /* Not a speed: refused by the setting. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "read-aloud.speed", "s", "warp"));
  g_assert_cmpint (g_settings_get_enum (settings, "read-aloud-speed"), ==, LG_SPEECH_RATE_SLOWER);
  g_settings_reset (settings, "read-aloud-speed");

  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_iterate (100);
  lg_fake_speechd_stop (fake);
}

/* Shift+Ctrl+R, pressed for real, starts and stops reading, with the
 * focus in the page. */
static void
test_shortcut (void)
{
  static const guint keys[] = { GDK_KEY_Control_L, GDK_KEY_Shift_L, GDK_KEY_r };
  LgFakeSpeechd *fake = lg_fake_speechd_start (0.25);
  LgWindow *window = new_window ();
  LgSpeech *speech = lg_read_aloud_bar_get_speech (get_bar (window));

  if (!lg_test_has_real_input ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      lg_fake_speechd_stop (fake);
      g_test_skip ("XTest on an X11 display is needed for real key presses");
      return;
    }
  gtk_widget_child_focus (GTK_WIDGET (lg_window_get_content_view (window)), GTK_DIR_TAB_FORWARD);
  lg_test_press_keys (GTK_WIDGET (window), keys, G_N_ELEMENTS (keys));
  g_assert_true (wait_reached (speech, 0, LG_SPEECH_SPEAKING));
  lg_test_press_keys (GTK_WIDGET (window), keys, G_N_ELEMENTS (keys));
  g_assert_cmpint (lg_speech_get_state (speech), ==, LG_SPEECH_IDLE);

  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_iterate (100);
  lg_fake_speechd_stop (fake);
}

/* No speech service: the button says, in the window's message bar and
 * in one sentence, how to get it, at once. */
static void
test_missing_service (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lg-speechd-XXXXXX", NULL);
  g_autofree char *address = g_strconcat ("unix_socket:", dir, "/none.sock", NULL);
  LgWindow *window;
  GtkWidget *info_bar;
  GtkWidget *message;
  gint64 start;

  g_setenv ("SPEECHD_ADDRESS", address, TRUE);
  window = new_window ();
  info_bar = lg_test_find_child (GTK_WIDGET (window), GTK_TYPE_INFO_BAR);
  g_assert_nonnull (info_bar);
  g_assert_false (gtk_info_bar_get_revealed (GTK_INFO_BAR (info_bar)));

  start = g_get_monotonic_time ();
  gtk_widget_activate (get_button (window));
  while (!gtk_info_bar_get_revealed (GTK_INFO_BAR (info_bar)) &&
         g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    lg_test_iterate (10);
  g_test_message ("message after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (info_bar)));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC * lg_test_time_factor ());
  message = lg_test_find_child (info_bar, GTK_TYPE_LABEL);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "speech-dispatcher"));
  lg_test_save_screenshot (GTK_WIDGET (window), "read-aloud-missing.png");

  gtk_window_destroy (GTK_WINDOW (window));
  lg_test_iterate (100);
  g_unsetenv ("SPEECHD_ADDRESS");
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lg_test_gui_init (&argc, &argv);
  setlocale (LC_ALL, "C.UTF-8");
  if (!lg_speech_is_available ())
    {
      g_print ("Built without read aloud (-Dspeech=disabled): nothing to test\n");
      return 77;
    }

  g_test_add_func ("/speech-gui/highlight-follows", test_highlight_follows);
  g_test_add_func ("/speech-gui/starts-at-view", test_starts_at_view);
  g_test_add_func ("/speech-gui/topic-change-stops", test_topic_change_stops);
  g_test_add_func ("/speech-gui/speed", test_speed);
  g_test_add_func ("/speech-gui/shortcut", test_shortcut);
  g_test_add_func ("/speech-gui/missing-service", test_missing_service);

  return g_test_run ();
}
