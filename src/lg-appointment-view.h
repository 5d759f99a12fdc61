/* lg-appointment-view.h: My appointment: my questions, notes and care team
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-corpus.h"
#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_APPOINTMENT_VIEW (lg_appointment_view_get_type ())

G_DECLARE_FINAL_TYPE (LgAppointmentView, lg_appointment_view, LG, APPOINTMENT_VIEW, GtkWidget)

GtkWidget  *lg_appointment_view_new        (void);
void        lg_appointment_view_set_store  (LgAppointmentView *self,
                                            LgPersonalStore   *store);
gboolean    lg_appointment_view_save_before_close (LgAppointmentView  *self,
                                                   GError            **error);
void        lg_appointment_view_set_corpus (LgAppointmentView *self,
                                            LgCorpus          *corpus);
void        lg_appointment_view_set_page   (LgAppointmentView *self,
                                            const char        *page);
const char *lg_appointment_view_get_page   (LgAppointmentView *self);
const char *lg_appointment_view_get_title  (LgAppointmentView *self);

G_END_DECLS
