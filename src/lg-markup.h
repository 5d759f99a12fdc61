/* lg-markup.h: links inside the guide, and inline text as Pango markup
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-corpus.h"

G_BEGIN_DECLS

char       *lg_link_to_uri          (LgLinkKind      kind,
                                     const char     *target);
LgLinkKind  lg_link_parse           (const char     *uri,
                                     char          **target);
gboolean    lg_link_get_destination (LgLinkKind      kind,
                                     const char     *target,
                                     char          **topic_id,
                                     char          **section_id);
char       *lg_inline_to_markup     (const LgInline *inl);

G_END_DECLS
