/* lg-application.c: the application: one instance, its actions and options
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-application.h"
#include "lg-cli.h"
#include "lg-window.h"

struct _LgApplication
{
  GtkApplication  parent_instance;

  char           *corpus_path;
  LgCorpus       *corpus;
  GError         *corpus_error;
};

G_DEFINE_FINAL_TYPE (LgApplication, lg_application, GTK_TYPE_APPLICATION)

static int
lg_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  LgApplication *self = LG_APPLICATION (app);
  int status = lg_cli_run (options);

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

  return G_APPLICATION_CLASS (lg_application_parent_class)->handle_local_options (app, options);
}

static void
load_corpus (LgApplication *self)
{
  if (self->corpus != NULL || self->corpus_error != NULL)
    return;

  if (self->corpus_path != NULL)
    self->corpus = lg_corpus_new_from_path (self->corpus_path, &self->corpus_error);
  else
    self->corpus = lg_corpus_get_default (&self->corpus_error);
}

static void
lg_application_activate (GApplication *app)
{
  LgApplication *self = LG_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      load_corpus (self);
      window = GTK_WINDOW (lg_window_new (GTK_APPLICATION (app)));
      if (self->corpus != NULL)
        lg_window_set_corpus (LG_WINDOW (window), self->corpus);
      else
        lg_window_show_error (LG_WINDOW (window), self->corpus_error);
    }

  gtk_window_present (window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *authors[] = { "The Leukemia Guide authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Leukemia Guide"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plain-language information for people living with "
                                       "relapsed or refractory acute leukaemia, and for the "
                                       "people who care for them."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         /* Translators: the licence of the guide's text, shown in About */
                         "copyright", _("Code: GPL-3.0-or-later. Content: CC BY-SA 4.0."),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
lg_application_startup (GApplication *app)
{
  static const GActionEntry entries[] = {
    { .name = "about", .activate = about_action },
    { .name = "quit", .activate = quit_action },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (lg_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
lg_application_finalize (GObject *object)
{
  LgApplication *self = (LgApplication *)object;

  g_clear_pointer (&self->corpus_path, g_free);
  g_clear_object (&self->corpus);
  g_clear_error (&self->corpus_error);

  G_OBJECT_CLASS (lg_application_parent_class)->finalize (object);
}

static void
lg_application_class_init (LgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lg_application_finalize;
  app_class->handle_local_options = lg_application_handle_local_options;
  app_class->activate = lg_application_activate;
  app_class->startup = lg_application_startup;
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
                       NULL);
}

LgCorpus *
lg_application_get_corpus (LgApplication *self)
{
  g_return_val_if_fail (LG_IS_APPLICATION (self), NULL);
  load_corpus (self);
  return self->corpus;
}
