/* lg-read-aloud-bar.c: the player shown while a topic is read aloud
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar owns the reader (LgSpeech) and the "read-aloud" actions the
 * window offers: toggle (the header button and Shift+Ctrl+R), pause
 * (pause or resume), stop, next, previous and speed. Reading starts at
 * the section at the top of the view, or at the top of the page; the
 * sentence being read is selected in the content view. Read aloud only
 * ever starts because the reader asked for it, so a screen reader user
 * is never read to twice. When the speech service is missing, the
 * "message" signal says how to get it, in one sentence.
 */

#define G_LOG_DOMAIN "lg-read-aloud"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-content-view-speech.h"
#include "lg-read-aloud-bar.h"

struct _LgReadAloudBar
{
  GtkWidget           parent_instance;

  /* template children */
  GtkRevealer        *revealer;
  GtkLabel           *status_label;
  GtkButton          *pause_button;
  GtkMenuButton      *speed_button;

  LgSpeech           *speech;
  LgContentView      *view;        /* not owned */
  GtkLabel           *highlighted; /* weak */
  GSettings          *settings;
  GSimpleActionGroup *actions;
  gboolean            connecting;
};

G_DEFINE_FINAL_TYPE (LgReadAloudBar, lg_read_aloud_bar, GTK_TYPE_WIDGET)

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
report (LgReadAloudBar *self,
        const GError   *error)
{
  g_debug ("Read aloud: %s", error->message);
  g_signal_emit (self, signals[MESSAGE], 0, error->message);
}

static void
set_highlighted (LgReadAloudBar *self,
                 GtkLabel       *label)
{
  if (self->highlighted == label)
    return;
  if (self->highlighted != NULL)
    {
      gtk_label_select_region (self->highlighted, 0, 0);
      gtk_widget_remove_css_class (GTK_WIDGET (self->highlighted), "lg-spoken");
      g_object_remove_weak_pointer (G_OBJECT (self->highlighted), (gpointer *) &self->highlighted);
    }
  self->highlighted = label;
  if (label != NULL)
    g_object_add_weak_pointer (G_OBJECT (label), (gpointer *) &self->highlighted);
}

static void
enable (LgReadAloudBar *self,
        const char     *name,
        gboolean        enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Says what is being read: the section's heading, as the reader sees
 * where they are. */
static void
update_status (LgReadAloudBar *self)
{
  LgSpeechScript *script = lg_speech_get_script (self->speech);
  int section = lg_speech_get_section (self->speech);
  gboolean paused = lg_speech_get_state (self->speech) == LG_SPEECH_PAUSED;
  g_autofree char *text = NULL;

  if (script != NULL && section >= 0)
    {
      const LgSpeechSection *s = lg_speech_script_get_section (script, section);
      const char *heading = lg_speech_script_get_sentence (script, s->first)->spoken;

      /* Translators: %s is the heading of the section being read aloud */
      text = g_strdup_printf (paused ? _("Paused: %s") : _("Reading aloud: %s"), heading);
    }
  gtk_label_set_text (self->status_label,
                      text != NULL ? text : paused ? _("Reading aloud, paused") : _("Reading aloud"));
}

static void
on_state_changed (LgReadAloudBar *self)
{
  LgSpeechState state = lg_speech_get_state (self->speech);
  gboolean paused = state == LG_SPEECH_PAUSED;

  gtk_revealer_set_reveal_child (self->revealer, state != LG_SPEECH_IDLE);
  gtk_widget_set_visible (GTK_WIDGET (self), state != LG_SPEECH_IDLE);
  update_status (self);
  gtk_button_set_icon_name (self->pause_button, paused ? "media-playback-start-symbolic"
                                                       : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button), paused ? _("Resume") : _("Pause"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, paused ? _("Resume") : _("Pause"),
                                  -1);
  enable (self, "pause", state != LG_SPEECH_IDLE);
  enable (self, "stop", state != LG_SPEECH_IDLE);
  enable (self, "next", state != LG_SPEECH_IDLE);
  enable (self, "previous", state != LG_SPEECH_IDLE);
  if (state == LG_SPEECH_IDLE)
    set_highlighted (self, NULL);
}

static void
on_sentence_changed (LgReadAloudBar *self)
{
  LgSpeechScript *script = lg_speech_get_script (self->speech);
  int sentence = lg_speech_get_sentence (self->speech);

  update_status (self);
  if (script == NULL || sentence < 0 || self->view == NULL)
    {
      set_highlighted (self, NULL);
      return;
    }
  set_highlighted (self, lg_content_view_show_spoken (self->view,
                                                      lg_speech_script_get_sentence (script, sentence)));
}

/* Where to start: the top of the page, or the section at the top of
 * the view once the reader has scrolled. */
static void
begin (LgReadAloudBar *self)
{
  LgDocument *doc = self->view != NULL ? lg_content_view_get_document (self->view) : NULL;
  LgSpeechScript *script;
  guint section = 0;
  g_autoptr(GError) error = NULL;

  if (doc == NULL)
    return;
  script = lg_speech_script_new (doc, lg_speech_get_language (self->speech));
  if (lg_content_view_get_scroll (self->view) >= 1)
    section = lg_speech_script_find_section (script,
                                             lg_content_view_get_current_section (self->view));
  if (!lg_speech_read (self->speech, script, section, &error))
    report (self, error);
}

static void
on_connected (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LgReadAloudBar) self = user_data;
  g_autoptr(GError) error = NULL;

  self->connecting = FALSE;
  if (!lg_speech_connect_finish (LG_SPEECH (source), result, &error))
    {
      report (self, error);
      return;
    }
  /* The window may have gone while the service answered. */
  if (self->view != NULL)
    begin (self);
}

static LgSpeechRate
saved_rate (LgReadAloudBar *self)
{
  return (LgSpeechRate) CLAMP (g_settings_get_enum (self->settings, "read-aloud-speed"),
                               LG_SPEECH_RATE_SLOWER, LG_SPEECH_RATE_FASTER);
}

/**
 * lg_read_aloud_bar_start:
 * @self: a #LgReadAloudBar
 *
 * Reads the page aloud from the section at the top of the view,
 * connecting to the speech service first if need be.
 */
void
lg_read_aloud_bar_start (LgReadAloudBar *self)
{
  g_return_if_fail (LG_IS_READ_ALOUD_BAR (self));

  if (self->connecting)
    return;
  if (lg_speech_is_connected (self->speech))
    {
      begin (self);
      return;
    }
  self->connecting = TRUE;
  lg_speech_set_rate (self->speech, saved_rate (self), NULL);
  lg_speech_connect_async (self->speech, NULL, on_connected, g_object_ref (self));
}

/**
 * lg_read_aloud_bar_stop:
 * @self: a #LgReadAloudBar
 *
 * Stops reading, if it was.
 */
void
lg_read_aloud_bar_stop (LgReadAloudBar *self)
{
  g_return_if_fail (LG_IS_READ_ALOUD_BAR (self));
  lg_speech_stop (self->speech);
}

static void
toggle_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LgReadAloudBar *self = user_data;

  if (lg_speech_get_state (self->speech) != LG_SPEECH_IDLE)
    lg_read_aloud_bar_stop (self);
  else
    lg_read_aloud_bar_start (self);
}

static void
pause_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  LgReadAloudBar *self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (lg_speech_get_state (self->speech) == LG_SPEECH_PAUSED)
    ok = lg_speech_resume (self->speech, &error);
  else
    ok = lg_speech_pause (self->speech, &error);
  if (!ok)
    report (self, error);
}

static void
stop_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  lg_read_aloud_bar_stop (user_data);
}

static void
skip (LgReadAloudBar *self,
      int             delta)
{
  g_autoptr(GError) error = NULL;

  if (!lg_speech_skip (self->speech, delta, &error))
    report (self, error);
}

static void
next_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  skip (user_data, 1);
}

static void
previous_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  skip (user_data, -1);
}

static void
speed_change_state (GSimpleAction *action,
                    GVariant      *value,
                    gpointer       user_data)
{
  LgReadAloudBar *self = user_data;
  static const char * const speeds[] = { "slower", "normal", "faster", NULL };

  if (!g_strv_contains (speeds, g_variant_get_string (value, NULL)))
    {
      g_debug ("Not a reading speed: %s", g_variant_get_string (value, NULL));
      return;
    }
  g_settings_set_value (self->settings, "read-aloud-speed", value);
}

static void
on_speed_setting_changed (GSettings      *settings,
                          const char     *key,
                          LgReadAloudBar *self)
{
  g_autoptr(GVariant) value = g_settings_get_value (settings, key);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "speed");
  g_autoptr(GError) error = NULL;

  g_simple_action_set_state (G_SIMPLE_ACTION (action), value);
  if (!lg_speech_set_rate (self->speech, saved_rate (self), &error))
    report (self, error);
}

/**
 * lg_read_aloud_bar_set_view:
 * @self: a #LgReadAloudBar
 * @view: (nullable): the content view whose page is read
 */
void
lg_read_aloud_bar_set_view (LgReadAloudBar *self,
                            LgContentView  *view)
{
  g_return_if_fail (LG_IS_READ_ALOUD_BAR (self));

  lg_speech_stop (self->speech);
  if (self->view != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
  self->view = view;
  if (view != NULL)
    g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
}

/**
 * lg_read_aloud_bar_get_actions:
 * @self: a #LgReadAloudBar
 *
 * Returns: (transfer none): the "read-aloud" actions, for the window to
 *   offer
 */
GActionGroup *
lg_read_aloud_bar_get_actions (LgReadAloudBar *self)
{
  g_return_val_if_fail (LG_IS_READ_ALOUD_BAR (self), NULL);
  return G_ACTION_GROUP (self->actions);
}

/* Returns: (transfer none): the reader */
LgSpeech *
lg_read_aloud_bar_get_speech (LgReadAloudBar *self)
{
  g_return_val_if_fail (LG_IS_READ_ALOUD_BAR (self), NULL);
  return self->speech;
}

static void
lg_read_aloud_bar_dispose (GObject *object)
{
  LgReadAloudBar *self = LG_READ_ALOUD_BAR (object);

  /* Reading stops with the window, whatever still holds the reader. */
  if (self->speech != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->speech, self);
      lg_speech_stop (self->speech);
    }
  set_highlighted (self, NULL);
  lg_read_aloud_bar_set_view (self, NULL);
  g_clear_object (&self->speech);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  /* The window holds the actions too: none may call a bar that is gone. */
  if (self->actions != NULL)
    {
      g_auto(GStrv) names = g_action_group_list_actions (G_ACTION_GROUP (self->actions));

      for (guint i = 0; names[i]; i++)
        g_action_map_remove_action (G_ACTION_MAP (self->actions), names[i]);
    }
  g_clear_object (&self->actions);
  gtk_widget_dispose_template (GTK_WIDGET (self), LG_TYPE_READ_ALOUD_BAR);

  G_OBJECT_CLASS (lg_read_aloud_bar_parent_class)->dispose (object);
}

static void
lg_read_aloud_bar_class_init (LgReadAloudBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_read_aloud_bar_dispose;

  /**
   * LgReadAloudBar::message:
   * @self: the bar
   * @message: one sentence for the reader, such as how to get the speech
   *   service
   */
  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-read-aloud-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, LgReadAloudBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, LgReadAloudBar, status_label);
  gtk_widget_class_bind_template_child (widget_class, LgReadAloudBar, pause_button);
  gtk_widget_class_bind_template_child (widget_class, LgReadAloudBar, speed_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lgreadaloudbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TOOLBAR);
}

static void
lg_read_aloud_bar_init (LgReadAloudBar *self)
{
  static const GActionEntry entries[] = {
    { "toggle", toggle_activated },
    { "pause", pause_activated },
    { "stop", stop_activated },
    { "next", next_activated },
    { "previous", previous_activated },
    { "speed", NULL, "s", "'normal'", speed_change_state },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read aloud"),
                                  -1);

  self->settings = g_settings_new (APP_ID);
  self->speech = lg_speech_new (NULL);
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries,
                                   G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "read-aloud", G_ACTION_GROUP (self->actions));

  g_signal_connect_swapped (self->speech, "notify::state", G_CALLBACK (on_state_changed), self);
  g_signal_connect_swapped (self->speech, "notify::sentence", G_CALLBACK (on_sentence_changed), self);
  g_signal_connect (self->settings, "changed::read-aloud-speed",
                    G_CALLBACK (on_speed_setting_changed), self);
  {
    g_autoptr(GVariant) speed = g_settings_get_value (self->settings, "read-aloud-speed");

    g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions),
                                                                            "speed")),
                               speed);
  }
  on_state_changed (self);
}

GtkWidget *
lg_read_aloud_bar_new (void)
{
  return g_object_new (LG_TYPE_READ_ALOUD_BAR, NULL);
}
