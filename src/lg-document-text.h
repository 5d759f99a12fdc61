/* lg-document-text.h: a document as plain text, for the command line and tests
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-document.h"

G_BEGIN_DECLS

char *lg_document_to_text (LgDocument     *doc,
                           guint           width);
char *lg_inline_to_text   (const LgInline *inl,
                           gboolean        show_targets);

G_END_DECLS
