/* lg-application.c: the application: one instance, its actions and options
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lg-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "lg-application.h"
#include "lg-cli.h"
#include "lg-markup.h"
#include "lg-window.h"
#include "lg-startup-probe.h"

struct _LgApplication
{
  GtkApplication  parent_instance;

  char           *corpus_path;
  LgCorpus       *corpus;
  GError         *corpus_error;
  GThread        *corpus_loader;
  gint            corpus_loaded;   /* atomic: the loader thread is done */
  GWeakRef       *loader_ref;      /* handed to the thread, then its idle */
  LgWindow       *waiting_window;  /* weak: shown before the corpus came */
  gboolean        options_parsed;

  GSettings      *settings;
  GDBusProxy     *portal;
  LgPersonalStore *personal_store; /* my questions, notes, care team */
  gboolean        desktop_prefers_dark;
};

G_DEFINE_FINAL_TYPE (LgApplication, lg_application, GTK_TYPE_APPLICATION)

/* How long to wait for a running copy of the app to answer before
 * opening a window of our own instead. */
#define REGISTER_TIMEOUT_SECONDS 3

typedef struct
{
  GMutex        lock;
  GCond         cond;
  gboolean      done;
  GCancellable *cancellable;
} RegisterWatch;

static gpointer
register_watchdog (gpointer data)
{
  RegisterWatch *watch = data;
  gint64 end = g_get_monotonic_time () + REGISTER_TIMEOUT_SECONDS * G_USEC_PER_SEC;

  g_mutex_lock (&watch->lock);
  while (!watch->done)
    if (!g_cond_wait_until (&watch->cond, &watch->lock, end))
      {
        g_cancellable_cancel (watch->cancellable);
        break;
      }
  g_mutex_unlock (&watch->lock);
  return NULL;
}

/* Registers on the session bus as GApplication would, but gives up on a
 * running copy that does not answer (stopped, or stuck): GLib would wait
 * 25 s for it and then fail. This copy then runs on its own. */
static void
register_or_run_alone (GApplication *app)
{
  RegisterWatch watch = { .done = FALSE };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  GThread *thread;
  gboolean ok;

  g_mutex_init (&watch.lock);
  g_cond_init (&watch.cond);
  watch.cancellable = cancellable;
  thread = g_thread_new ("lg-register", register_watchdog, &watch);

  ok = g_application_register (app, cancellable, &error);

  g_mutex_lock (&watch.lock);
  watch.done = TRUE;
  g_cond_signal (&watch.cond);
  g_mutex_unlock (&watch.lock);
  g_thread_join (thread);
  g_mutex_clear (&watch.lock);
  g_cond_clear (&watch.cond);

  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_message ("The running copy of the app does not answer; this one opens its own window");
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  /* Otherwise GApplication reports any other failure as it always has. */
}

/* GApplication ends with status 1 when the options do not parse; the
 * command line's promise (lg-cli.c) is 2 for wrong options. */
static gboolean
lg_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  LgApplication *self = LG_APPLICATION (app);
  gboolean handled = G_APPLICATION_CLASS (lg_application_parent_class)->local_command_line (
    app, arguments, exit_status);

  if (handled && !self->options_parsed && *exit_status == EXIT_FAILURE)
    *exit_status = 2;
  return handled;
}

static int
lg_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  LgApplication *self = LG_APPLICATION (app);
  int status;

  self->options_parsed = TRUE;
  status = lg_cli_run (options);

  if (status >= 0)
    return status;

  if (g_variant_dict_lookup (options, "corpus", "^&ay", NULL))
    {
      const char *path = NULL;

      g_variant_dict_lookup (options, "corpus", "^&ay", &path);
      self->corpus_path = g_strdup (path);
      /* A window for an edited corpus must not be handed to a running
       * instance that shows the bundled one. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  else if ((g_application_get_flags (app) & G_APPLICATION_NON_UNIQUE) == 0)
    register_or_run_alone (app);

  return G_APPLICATION_CLASS (lg_application_parent_class)->handle_local_options (app, options);
}

static void
fill_window (LgApplication *self,
             LgWindow      *window)
{
  if (self->corpus != NULL)
    lg_window_set_corpus (window, self->corpus);
  else
    lg_window_show_error (window, self->corpus_error);
  lg_startup_probe_mark ("corpus set");
}

/* Back on the main thread once the loader is done: the window shown in
 * the meantime gets the guide, or says why there is none. */
static gboolean
on_corpus_loaded (gpointer data)
{
  g_autoptr(LgApplication) self = g_weak_ref_get (data);

  /* The app may be gone: the callback must not keep it alive (and
   * registered on the bus) until the main loop runs again. */
  if (self == NULL)
    return G_SOURCE_REMOVE;
  if (self->corpus_loader != NULL)
    g_thread_join (g_steal_pointer (&self->corpus_loader));
  if (self->waiting_window != NULL)
    {
      LgWindow *window = self->waiting_window;

      g_clear_weak_pointer (&self->waiting_window);
      fill_window (self, window);
    }
  return G_SOURCE_REMOVE;
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* The app outlives the thread (finalize joins it); the reference to it
 * that the thread hands on is made on the main thread, in startup. */
static gpointer
load_corpus_thread (gpointer data)
{
  LgApplication *self = data;
  GWeakRef *ref = g_steal_pointer (&self->loader_ref);

  if (self->corpus_path != NULL)
    self->corpus = lg_corpus_new_from_path (self->corpus_path, &self->corpus_error);
  else
    self->corpus = lg_corpus_get_default (&self->corpus_error);
  g_atomic_int_set (&self->corpus_loaded, TRUE);
  g_idle_add_full (G_PRIORITY_DEFAULT, on_corpus_loaded, ref, free_weak_ref);
  return NULL;
}

/* The corpus is read on a thread of its own while GTK starts up. This
 * waits for it: only for callers that cannot do without it. */
static void
load_corpus (LgApplication *self)
{
  if (self->corpus_loader != NULL)
    g_thread_join (g_steal_pointer (&self->corpus_loader));
  if (self->corpus == NULL && self->corpus_error == NULL)
    {
      if (self->corpus_path != NULL)
        self->corpus = lg_corpus_new_from_path (self->corpus_path, &self->corpus_error);
      else
        self->corpus = lg_corpus_get_default (&self->corpus_error);
    }
}

static void
lg_application_activate (GApplication *app)
{
  LgApplication *self = LG_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (lg_window_new (GTK_APPLICATION (app)));
      lg_startup_probe_mark ("window built");
      if (self->personal_store == NULL)
        self->personal_store = lg_personal_store_new ();
      lg_window_set_personal_store (LG_WINDOW (window), self->personal_store);
      /* A corpus still loading (a large --corpus, a slow disk) must not
       * keep the window from appearing: it fills in when ready. */
      if (self->corpus_loader != NULL && !g_atomic_int_get (&self->corpus_loaded))
        g_set_weak_pointer (&self->waiting_window, LG_WINDOW (window));
      else
        {
          load_corpus (self);
          lg_startup_probe_mark ("corpus loaded");
          fill_window (self, LG_WINDOW (window));
        }
    }

  gtk_window_present (window);
  lg_startup_probe_mark ("presented");
}

static gboolean
on_about_link (GtkAboutDialog *dialog,
               const char     *uri,
               GtkApplication *app)
{
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autofree char *target = NULL;
  g_autofree char *topic_id = NULL;

  /* The link to the guide's own sources page opens in the window. */
  if (lg_link_parse (uri, &target) == LG_LINK_TOPIC)
    {
      if (LG_IS_WINDOW (window) &&
          lg_link_get_destination (LG_LINK_TOPIC, target, &topic_id, NULL))
        lg_window_show_topic (LG_WINDOW (window), topic_id, NULL);
      gtk_window_destroy (GTK_WINDOW (dialog));
      return TRUE;
    }
  return FALSE;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (app);
  static const char *authors[] = { "The Leukemia Guide authors", NULL };
  static const char *content_licence[] = {
    "CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/", NULL
  };
  GtkWidget *dialog;

  dialog = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                         "transient-for", parent,
                         "modal", TRUE,
                         "program-name", _("Leukemia Guide"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plain-language information for people living with "
                                       "relapsed or refractory acute leukaemia, and for the "
                                       "people who care for them."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         /* Translators: the licences, shown in the About window */
                         "copyright", _("The code is GPL-3.0-or-later. The guide’s text is "
                                        "CC BY-SA 4.0."),
                         NULL);
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (dialog),
                                       _("Licence of the guide’s text"), content_licence);

  if (LG_IS_WINDOW (parent) && lg_window_get_corpus (LG_WINDOW (parent)) != NULL &&
      lg_corpus_find_topic (lg_window_get_corpus (LG_WINDOW (parent)), "about") != NULL)
    {
      g_autofree char *about = lg_link_to_uri (LG_LINK_TOPIC, "about");

      gtk_about_dialog_set_website (GTK_ABOUT_DIALOG (dialog), about);
      gtk_about_dialog_set_website_label (GTK_ABOUT_DIALOG (dialog),
                                          _("Where this information comes from"));
    }
  g_signal_connect (dialog, "activate-link", G_CALLBACK (on_about_link), app);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* Where the reader is, from every window, written to disk now. */
static void
save_windows (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (LG_IS_WINDOW (l->data))
      lg_window_save_state (l->data);
  g_settings_sync ();
}

/* The session is ending: it may not wait for the app to quit. */
static void
on_query_end (GtkApplication *app,
              gpointer        user_data)
{
  save_windows (app);
}

/* Ended by the system (SIGTERM, as at shutdown), the terminal (SIGHUP) or
 * Ctrl+C: quit as the menu does, so the position is saved. */
static gboolean
on_quit_signal (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static void
lg_application_shutdown (GApplication *app)
{
  /* Ctrl+Q and Quit end the app without closing its windows. */
  save_windows (GTK_APPLICATION (app));
  G_APPLICATION_CLASS (lg_application_parent_class)->shutdown (app);
}

/* The desktop's light or dark preference comes from the Settings portal,
 * which works inside and outside Flatpak: 1 is dark, 2 light, 0 none.
 */
static void
apply_color_scheme (LgApplication *self)
{
  int choice = g_settings_get_enum (self->settings, "color-scheme");
  gboolean dark = choice == 2 || (choice == 0 && self->desktop_prefers_dark);

  GtkSettings *settings = gtk_settings_get_default ();
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (settings),
                                                    "gtk-interface-color-scheme");

  /* GTK 4.20 and later have a colour scheme of their own and warn when
   * the older boolean is used; 4.8 has only the boolean. */
  if (pspec != NULL && G_IS_PARAM_SPEC_ENUM (pspec))
    {
      GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      GEnumValue *value = g_enum_get_value_by_nick (enum_class,
                                                    choice == 0 ? "default" :
                                                    dark ? "dark" : "light");

      int current;

      g_object_get (settings, "gtk-interface-color-scheme", &current, NULL);
      if (value != NULL && value->value != current)
        g_object_set (settings, "gtk-interface-color-scheme", value->value, NULL);
    }
  else
    {
      gboolean current;

      /* Setting it, even to what it is, makes GTK load its theme again. */
      g_object_get (settings, "gtk-application-prefer-dark-theme", &current, NULL);
      if (current != dark)
        g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
    }
}

static void
set_portal_value (LgApplication *self,
                  GVariant      *value)
{
  /* Read() wraps the value twice, ReadOne() once. */
  while (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *inner = g_variant_get_variant (value);

      g_variant_unref (value);
      value = inner;
    }
  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    self->desktop_prefers_dark = g_variant_get_uint32 (value) == 1;
  g_clear_pointer (&value, g_variant_unref);
  apply_color_scheme (self);
}

static void
on_portal_signal (GDBusProxy    *proxy,
                  const char    *sender,
                  const char    *signal,
                  GVariant      *parameters,
                  LgApplication *self)
{
  const char *ns, *key;
  GVariant *value;

  if (!g_str_equal (signal, "SettingChanged") ||
      !g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;
  g_variant_get (parameters, "(&s&sv)", &ns, &key, &value);
  if (g_str_equal (ns, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    set_portal_value (self, value);
  else
    g_variant_unref (value);
}

static void
on_portal_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LgApplication) self = user_data;
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (source), result, NULL);
  GVariant *value = NULL;

  if (reply == NULL)
    return;
  g_variant_get (reply, "(v)", &value);
  set_portal_value (self, value);
}

static void
on_portal_ready (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(LgApplication) self = user_data;
  GDBusProxy *portal = g_dbus_proxy_new_for_bus_finish (result, NULL);
  g_autofree char *owner = NULL;

  if (portal == NULL)
    return;
  owner = g_dbus_proxy_get_name_owner (portal);
  if (owner == NULL)
    {
      g_object_unref (portal);
      return;
    }
  self->portal = portal;
  g_signal_connect (portal, "g-signal", G_CALLBACK (on_portal_signal), self);
  g_dbus_proxy_call (portal, "Read",
                     g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                     G_DBUS_CALL_FLAGS_NONE, 2000, NULL, on_portal_read, g_object_ref (self));
}

static void
on_color_scheme_changed (GSettings     *settings,
                         const char    *key,
                         LgApplication *self)
{
  apply_color_scheme (self);
}

static void
lg_application_startup (GApplication *app)
{
  LgApplication *self = LG_APPLICATION (app);
  g_autoptr(GAction) color_scheme = NULL;
  g_autoptr(GAction) large_print = NULL;
  static const GActionEntry entries[] = {
    { .name = "about", .activate = about_action },
    { .name = "quit", .activate = quit_action },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  lg_startup_probe_mark ("startup begins");
  if (self->corpus == NULL && self->corpus_error == NULL && self->corpus_loader == NULL)
    {
      self->loader_ref = g_new0 (GWeakRef, 1);
      g_weak_ref_init (self->loader_ref, self);
      self->corpus_loader = g_thread_new ("lg-corpus", load_corpus_thread, self);
    }
  G_APPLICATION_CLASS (lg_application_parent_class)->startup (app);
  lg_startup_probe_mark ("gtk startup");

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  g_signal_connect (app, "query-end", G_CALLBACK (on_query_end), NULL);
  g_unix_signal_add (SIGTERM, on_quit_signal, app);
  g_unix_signal_add (SIGHUP, on_quit_signal, app);
  g_unix_signal_add (SIGINT, on_quit_signal, app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);

  self->settings = g_settings_new (APP_ID);
  color_scheme = g_settings_create_action (self->settings, "color-scheme");
  large_print = g_settings_create_action (self->settings, "large-print");
  g_action_map_add_action (G_ACTION_MAP (app), color_scheme);
  g_action_map_add_action (G_ACTION_MAP (app), large_print);
  g_signal_connect (self->settings, "changed::color-scheme",
                    G_CALLBACK (on_color_scheme_changed), self);
  apply_color_scheme (self);
  g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION, G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START_AT_CONSTRUCTION,
                            NULL, "org.freedesktop.portal.Desktop",
                            "/org/freedesktop/portal/desktop",
                            "org.freedesktop.portal.Settings",
                            NULL, on_portal_ready, g_object_ref (self));

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  lg_startup_probe_mark ("startup ends");
}

static void
lg_application_finalize (GObject *object)
{
  LgApplication *self = (LgApplication *)object;

  if (self->corpus_loader != NULL)
    g_thread_join (g_steal_pointer (&self->corpus_loader));
  g_clear_weak_pointer (&self->waiting_window);
  g_clear_pointer (&self->corpus_path, g_free);
  g_clear_object (&self->corpus);
  g_clear_error (&self->corpus_error);
  g_clear_object (&self->settings);
  g_clear_object (&self->portal);
  g_clear_object (&self->personal_store);

  G_OBJECT_CLASS (lg_application_parent_class)->finalize (object);
}

static void
lg_application_class_init (LgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lg_application_finalize;
  app_class->local_command_line = lg_application_local_command_line;
  app_class->handle_local_options = lg_application_handle_local_options;
  app_class->activate = lg_application_activate;
  app_class->startup = lg_application_startup;
  app_class->shutdown = lg_application_shutdown;
}

static void
lg_application_init (LgApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), lg_cli_get_options ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plain-language information on relapsed and "
                                              "refractory acute leukaemia."));
}

LgApplication *
lg_application_new (void)
{
  return g_object_new (LG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       /* To hear when the session ends (query-end). */
                       "register-session", TRUE,
                       NULL);
}

LgCorpus *
lg_application_get_corpus (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);
  load_corpus (self);
  return self->corpus;
}
