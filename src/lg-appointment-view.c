/* lg-appointment-view.c: My appointment: my questions, notes and care team
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the reader keeps, in the content pane in place of a topic: three
 * pages and a switcher between them. The window shows it (win.my-
 * appointment) and goes back to the guide when a topic is chosen.
 */

#define G_LOG_DOMAIN "lg-appointment-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-appointment-view.h"
#include "lg-care-team-page.h"
#include "lg-notes-page.h"
#include "lg-questions-page.h"

struct _LgAppointmentView
{
  GtkWidget          parent_instance;

  GtkStack          *stack;
  GtkToggleButton   *questions_button;
  GtkToggleButton   *notes_button;
  GtkToggleButton   *care_team_button;
  LgQuestionsPage   *questions_page;
  LgNotesPage       *notes_page;
  LgCareTeamPage    *care_team_page;

  LgPersonalStore   *store;
  gboolean           close_anyway;  /* a failed save was shown once */
};

G_DEFINE_FINAL_TYPE (LgAppointmentView, lg_appointment_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The switcher: three linked toggle buttons whose words may shorten, so
 * that it fits a narrow window (GtkStackSwitcher's may not). */
static void
on_page_changed (LgAppointmentView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  GtkToggleButton *button = g_strcmp0 (page, "notes") == 0 ? self->notes_button :
                            g_strcmp0 (page, "care-team") == 0 ? self->care_team_button :
                            self->questions_button;

  gtk_toggle_button_set_active (button, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
on_button_toggled (LgAppointmentView *self,
                   GtkToggleButton   *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  gtk_stack_set_visible_child_name (self->stack,
                                    button == self->notes_button ? "notes" :
                                    button == self->care_team_button ? "care-team" : "questions");
}

void
lg_appointment_view_set_store (LgAppointmentView *self,
                               LgPersonalStore   *store)
{
  g_return_if_fail (LG_IS_APPOINTMENT_VIEW (self));
  g_return_if_fail (store == NULL || LG_IS_PERSONAL_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  lg_questions_page_set_store (self->questions_page, store);
  lg_notes_page_set_store (self->notes_page, store);
  lg_care_team_page_set_store (self->care_team_page, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * lg_appointment_view_save_before_close:
 * @self: a #LgAppointmentView
 * @error: where to say why the store could not be saved
 *
 * Saves the store now, before the window goes. A failure holds the
 * window open once, so the reader can see why and copy their text.
 *
 * Returns: %TRUE if the window may close
 */
gboolean
lg_appointment_view_save_before_close (LgAppointmentView  *self,
                                       GError            **error)
{
  g_return_val_if_fail (LG_IS_APPOINTMENT_VIEW (self), TRUE);

  if (self->store == NULL || self->close_anyway)
    return TRUE;
  if (lg_personal_store_flush (self->store, error))
    return TRUE;
  self->close_anyway = TRUE;
  return FALSE;
}

void
lg_appointment_view_set_corpus (LgAppointmentView *self,
                                LgCorpus          *corpus)
{
  g_return_if_fail (LG_IS_APPOINTMENT_VIEW (self));
  lg_questions_page_set_corpus (self->questions_page, corpus);
}

/**
 * lg_appointment_view_set_page:
 * @self: a #LgAppointmentView
 * @page: `questions`, `notes` or `care-team`
 */
void
lg_appointment_view_set_page (LgAppointmentView *self,
                              const char        *page)
{
  g_return_if_fail (LG_IS_APPOINTMENT_VIEW (self));

  if (page != NULL && gtk_stack_get_child_by_name (self->stack, page) != NULL)
    gtk_stack_set_visible_child_name (self->stack, page);
}

const char *
lg_appointment_view_get_page (LgAppointmentView *self)
{
  g_return_val_if_fail (LG_IS_APPOINTMENT_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* The page's name for the window's title: never anything the reader wrote. */
const char *
lg_appointment_view_get_title (LgAppointmentView *self)
{
  const char *page = lg_appointment_view_get_page (self);

  if (g_strcmp0 (page, "notes") == 0)
    return _("My notes");
  if (g_strcmp0 (page, "care-team") == 0)
    return _("My care team");
  return _("My questions");
}

static void
lg_appointment_view_dispose (GObject *object)
{
  LgAppointmentView *self = LG_APPOINTMENT_VIEW (object);
  GtkWidget *child;

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_APPOINTMENT_VIEW);
  /* The box that holds the switcher and the pages. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lg_appointment_view_parent_class)->dispose (object);
}

static void
lg_appointment_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LgAppointmentView *self = LG_APPOINTMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PAGE:
      g_value_set_string (value, lg_appointment_view_get_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_appointment_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LgAppointmentView *self = LG_APPOINTMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      lg_appointment_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_PAGE:
      lg_appointment_view_set_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_appointment_view_class_init (LgAppointmentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_appointment_view_dispose;
  object_class->get_property = lg_appointment_view_get_property;
  object_class->set_property = lg_appointment_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_PERSONAL_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LgAppointmentView:page:
   *
   * The page shown: `questions`, `notes` or `care-team`.
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "questions",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LG_TYPE_QUESTIONS_PAGE);
  g_type_ensure (LG_TYPE_NOTES_PAGE);
  g_type_ensure (LG_TYPE_CARE_TEAM_PAGE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lgappointmentview");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-appointment-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LgAppointmentView, stack);
  gtk_widget_class_bind_template_child (widget_class, LgAppointmentView, questions_page);
  gtk_widget_class_bind_template_child (widget_class, LgAppointmentView, notes_page);
  gtk_widget_class_bind_template_child (widget_class, LgAppointmentView, care_team_page);
  gtk_widget_class_bind_template_child (widget_class, LgAppointmentView, questions_button);
  gtk_widget_class_bind_template_child (widget_class, LgAppointmentView, notes_button);
  gtk_widget_class_bind_template_child (widget_class, LgAppointmentView, care_team_button);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_button_toggled);
}

static void
lg_appointment_view_init (LgAppointmentView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_toggle_button_set_active (self->questions_button, TRUE);
}

GtkWidget *
lg_appointment_view_new (void)
{
  return g_object_new (LG_TYPE_APPOINTMENT_VIEW, NULL);
}
