/* lg-window-private.h: LgWindow's insides, shared by its files
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-appointment-view.h"
#include "lg-exported-bar.h"
#include "lg-find-bar.h"
#include "lg-history.h"
#include "lg-print-layout.h"
#include "lg-print-operation.h"
#include "lg-sidebar.h"
#include "lg-window.h"

G_BEGIN_DECLS

/* The text size, on screen, that large print starts from. */
#define LG_LARGE_PRINT_SCALE 1.5

struct _LgWindow
{
  GtkApplicationWindow  parent_instance;

  /* template children */
  GtkStack             *main_stack;
  GtkPaned             *paned;
  LgSidebar            *sidebar;
  LgContentView        *content_view;
  LgFindBar            *find_bar;
  GtkLabel             *error_label;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;  /* given to menu_button when first opened */
  GtkToggleButton      *sidebar_button;
  GtkInfoBar           *error_bar;
  GtkLabel             *error_bar_label;
  GtkToggleButton      *search_button;
  LgAppointmentView    *appointment_view;
  LgExportedBar        *exported_bar;
  GtkWidget            *read_aloud_bar;

  GSettings            *settings;
  LgCorpus             *corpus;
  const LgTopic        *topic;

  LgHistory            *history;       /* back and forward */

  guint                 narrow : 1;
  guint                 layout_idle;

  LgPersonalStore      *personal_store;  /* what the reader keeps */
};

void  lg_window_actions_class_init  (GtkWidgetClass *widget_class);
void  lg_window_actions_init        (LgWindow       *self);
void  lg_window_actions_update      (LgWindow       *self);
void  lg_window_apply_layout        (LgWindow       *self);
void  lg_window_show_message        (LgWindow       *self,
                                     const char     *message);
void  lg_window_print_class_init    (GtkWidgetClass *widget_class);
void  lg_window_search_class_init   (GtkWidgetClass *widget_class);
void  lg_window_search_init         (LgWindow       *self);
void  lg_window_search_page_changed (LgWindow       *self);
void  lg_window_print_init          (LgWindow       *self);
void  lg_window_appointment_class_init (GtkWidgetClass *widget_class);
void  lg_window_appointment_init    (LgWindow       *self);
void  lg_window_appointment_dispose (LgWindow       *self);
void  lg_window_appointment_hide    (LgWindow       *self);
gboolean lg_window_appointment_close_request (LgWindow *self);
void  lg_window_export_class_init   (GtkWidgetClass *widget_class);
void  lg_window_export_init         (LgWindow       *self);
/* Writes a PDF at the path given, saying how it went: an export. */
typedef gboolean (*LgWindowPdfWriter) (LgWindow   *self,
                                       const char *path);

gboolean lg_window_write_pdf        (LgWindow       *self,
                                     LgPrintLayout  *layout,
                                     const char     *path);
void  lg_window_choose_pdf          (LgWindow       *self,
                                     GtkWindow      *parent,
                                     const char     *title,
                                     const char     *name,
                                     LgWindowPdfWriter write);
void  lg_window_get_paper_size      (LgWindow       *self,
                                     double         *width,
                                     double         *height);
void  lg_window_run_print           (LgWindow       *self,
                                     LgPrintOperation *op);
void  lg_window_set_footer_note     (LgWindow       *self,
                                     LgPrintLayout  *layout);
void  lg_window_pack_class_init     (GtkWidgetClass *widget_class);
void  lg_window_pack_update         (LgWindow       *self);
void  lg_window_speech_class_init   (GtkWidgetClass *widget_class);
void  lg_window_speech_init         (LgWindow       *self);
void  lg_window_speech_page_changed (LgWindow       *self);

#define lg_window_show_message_printf(self, ...)        \
  G_STMT_START {                                        \
    g_autofree char *lg_message_ = g_strdup_printf (__VA_ARGS__); \
    lg_window_show_message ((self), lg_message_);       \
  } G_STMT_END

G_END_DECLS
