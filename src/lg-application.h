/* lg-application.h: the application: one instance, its actions and options
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-corpus.h"

G_BEGIN_DECLS

#define LG_TYPE_APPLICATION (lg_application_get_type ())

G_DECLARE_FINAL_TYPE (LgApplication, lg_application, LG, APPLICATION, GtkApplication)

LgApplication *lg_application_new         (void);
LgCorpus      *lg_application_get_corpus  (LgApplication *self);

G_END_DECLS
