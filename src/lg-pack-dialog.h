/* lg-pack-dialog.h: what goes in the appointment pack, then print or export
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-corpus.h"
#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_PACK_DIALOG (lg_pack_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LgPackDialog, lg_pack_dialog, LG, PACK_DIALOG, GtkWindow)

GtkWidget *lg_pack_dialog_new (GtkWindow       *parent,
                               LgCorpus        *corpus,
                               LgPersonalStore *store);
GPtrArray *lg_pack_dialog_dup_choices (LgPackDialog *self);

G_END_DECLS
