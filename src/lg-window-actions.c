/* lg-window-actions.c: what the window does: history, zoom, the sidebar
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lg-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lg-window-private.h"

static const double zoom_steps[] = {
  0.75, 0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.25, 2.5
};

/* One provider for the display: every window shows the same text size. */
static GtkCssProvider *zoom_provider;

/* The saved text size, within the zoom steps. GSettings checks the
 * schema's range, but NaN passes it (every comparison with NaN is false),
 * and a saved file may hold anything: that becomes 100%. */
static double
clamp_text_scale (double scale)
{
  if (!isfinite (scale))
    return 1.0;
  return CLAMP (scale, zoom_steps[0], zoom_steps[G_N_ELEMENTS (zoom_steps) - 1]);
}

static double
get_text_scale (GSettings *settings)
{
  return clamp_text_scale (g_settings_get_double (settings, "text-scale"));
}

static void
apply_text_scale (GSettings *settings)
{
  double scale = get_text_scale (settings);
  char css[192];

  if (zoom_provider == NULL)
    {
      zoom_provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (zoom_provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }
  /* The page, the sidebar's topics and search results, and the
   * definitions that open over the page, all at the one size. */
  g_snprintf (css, sizeof css,
              "lgcontentview .lg-content, .lg-sidebar, popover.lg-term-popover > contents "
              "{ font-size: %d%%; }",
              (int) (scale * 100 + 0.5));
  gtk_css_provider_load_from_data (zoom_provider, css, -1);
}

/* The text size shown in the menu, from the "text-scale" key. */
static gboolean
zoom_label_from_scale (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data G_GNUC_UNUSED)
{
  double scale = clamp_text_scale (g_variant_get_double (variant));

  /* Translators: the text size shown in the menu, as in “125%” */
  g_value_take_string (value, g_strdup_printf (_("%d%%"), (int) (scale * 100 + 0.5)));
  return TRUE;
}

static void
on_text_scale_changed (GSettings  *settings,
                       const char *key,
                       LgWindow   *self)
{
  apply_text_scale (settings);
  lg_window_actions_update (self);
}

static void
zoom_by (LgWindow *self,
         int       direction)
{
  double scale = get_text_scale (self->settings);
  double next = scale;

  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > scale + 0.001)
          {
            next = zoom_steps[i];
            break;
          }
    }
  else if (direction < 0)
    {
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        if (zoom_steps[i - 1] < scale - 0.001)
          {
            next = zoom_steps[i - 1];
            break;
          }
    }
  else
    next = g_settings_get_boolean (self->settings, "large-print") ? LG_LARGE_PRINT_SCALE : 1.0;

  if (fabs (next - scale) < 0.001)
    return;
  lg_content_view_hold_place (self->content_view);
  g_settings_set_double (self->settings, "text-scale", next);
}

static void
zoom_in (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  zoom_by (LG_WINDOW (widget), 1);
}

static void
zoom_out (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  zoom_by (LG_WINDOW (widget), -1);
}

static void
zoom_reset (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  zoom_by (LG_WINDOW (widget), 0);
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  lg_window_go_history (LG_WINDOW (widget), -1);
}

static void
go_forward (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  lg_window_go_history (LG_WINDOW (widget), 1);
}

static void
toggle_sidebar (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  gtk_toggle_button_set_active (self->sidebar_button,
                                !gtk_toggle_button_get_active (self->sidebar_button));
}

static void
on_mouse_button (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 LgWindow        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  /* The side buttons of a mouse: 8 is back, 9 is forward. */
  if (button == 8 || button == 9)
    {
      lg_window_go_history (self, button == 8 ? -1 : 1);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           LgWindow                 *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (
    GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;
  zoom_by (self, dy < 0 ? 1 : -1);
  return TRUE;
}

/* The zoom row at the top of the main menu: – 100% + */
static GtkWidget *
zoom_row_new (LgWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *out = gtk_button_new_from_icon_name ("zoom-out-symbolic");
  GtkWidget *in = gtk_button_new_from_icon_name ("zoom-in-symbolic");
  GtkWidget *reset = gtk_button_new ();

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_bottom (box, 6);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (out), "win.zoom-out");
  gtk_widget_set_tooltip_text (out, _("Smaller Text"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (out), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Smaller Text"), -1);

  /* Its label is the text size. */
  g_settings_bind_with_mapping (self->settings, "text-scale", reset, "label",
                                G_SETTINGS_BIND_GET | G_SETTINGS_BIND_NO_SENSITIVITY,
                                zoom_label_from_scale, NULL, NULL, NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (reset), "win.zoom-reset");
  gtk_widget_set_tooltip_text (reset, _("Reset Text Size"));
  gtk_widget_set_size_request (reset, 80, -1);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (in), "win.zoom-in");
  gtk_widget_set_tooltip_text (in, _("Larger Text"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (in), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Larger Text"), -1);

  gtk_box_append (GTK_BOX (box), out);
  gtk_box_append (GTK_BOX (box), reset);
  gtk_box_append (GTK_BOX (box), in);
  return box;
}

/* The main menu is made when first opened: its few dozen widgets need not
 * be built, styled and measured before the first frame. */
static void
create_main_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  LgWindow *self = LG_WINDOW (user_data);
  GtkPopover *popover;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
  popover = gtk_menu_button_get_popover (button);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), zoom_row_new (self), "zoom");
}

void
lg_window_actions_update (LgWindow *self)
{
  double scale = get_text_scale (self->settings);
  gboolean browsing = self->topic != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back",
                                 browsing && lg_history_can_go (self->history, -1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward",
                                 browsing && lg_history_can_go (self->history, 1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", browsing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-match",
                                 lg_content_view_get_n_matches (self->content_view) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-match",
                                 lg_content_view_get_n_matches (self->content_view) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-section", browsing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", browsing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in",
                                 scale < zoom_steps[G_N_ELEMENTS (zoom_steps) - 1] - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out",
                                 scale > zoom_steps[0] + 0.001);
}

/* The keyboard shortcuts window is built the first time it is asked for,
 * rather than with every window as GtkApplication would; the
 * GtkApplicationWindow then keeps it, and destroys it with the window. */
static void
show_shortcuts (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
      /* It stays as before: the window behind it can still be used. */
      gtk_window_set_modal (GTK_WINDOW (overlay), FALSE);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (overlay), TRUE);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* One step from anywhere to what to do when feeling unwell. */
static void
act_now (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  LgWindow *self = LG_WINDOW (widget);

  /* In the narrow layout the page, not the list, must show. */
  if (self->narrow)
    gtk_toggle_button_set_active (self->sidebar_button, FALSE);
  lg_window_show_topic (self, "act-now", NULL);
}

void
lg_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, go_forward);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts);
  gtk_widget_class_install_action (widget_class, "win.act-now", NULL, act_now);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  /* Not Ctrl+Shift+U: text entries take that for typing a character by
   * its code. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.act-now", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_H, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.act-now", NULL);
}

void
lg_window_actions_init (LgWindow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *scroll;

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_mouse_button), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self->content_view), scroll);

  gtk_menu_button_set_create_popup_func (self->menu_button, create_main_menu, self, NULL);

  g_signal_connect (self->settings, "changed::text-scale",
                    G_CALLBACK (on_text_scale_changed), self);
  apply_text_scale (self->settings);
  lg_window_actions_update (self);
}
