/* lg-print-operation.h: printing a topic, and saving it as a PDF
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lg-corpus.h"
#include "lg-pack.h"
#include "lg-personal-store.h"

G_BEGIN_DECLS

#define LG_TYPE_PRINT_OPERATION (lg_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (LgPrintOperation, lg_print_operation, LG, PRINT_OPERATION, GtkPrintOperation)

LgPrintOperation *lg_print_operation_new             (LgCorpus          *corpus,
                                                      const LgTopic     *topic,
                                                      const char        *section_id,
                                                      gboolean           large_print);
LgPrintOperation *lg_print_operation_new_for_pack    (LgCorpus          *corpus,
                                                      LgPersonalStore   *store,
                                                      gboolean           large_print,
                                                      LgPackParts        parts);
void              lg_print_operation_set_personal_store (LgPrintOperation *self,
                                                      LgPersonalStore   *store);
const char       *lg_print_operation_get_section     (LgPrintOperation  *self);
void              lg_print_operation_set_section     (LgPrintOperation  *self,
                                                      const char        *section_id);
gboolean          lg_print_operation_get_large_print (LgPrintOperation  *self);
void              lg_print_operation_set_large_print (LgPrintOperation  *self,
                                                      gboolean           large_print);
GtkPageSetup     *lg_print_operation_new_page_setup  (void);
GtkPageSetup     *lg_print_operation_page_setup_from_variant (GVariant *saved);

G_END_DECLS
