/* lg-markup-private.h: helpers shared by the markup parser and the loader
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-corpus.h"

G_BEGIN_DECLS

gboolean  lg_markup_id_is_valid (const char *id);
LgInline *lg_inline_new_plain   (const char *source,
                                 const char *path);

G_END_DECLS
