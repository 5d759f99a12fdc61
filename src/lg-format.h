/* lg-format.h: locale-aware formatting of dates and names
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *lg_format_date        (const char *date);
char *lg_format_capitalize  (const char *text);

G_END_DECLS
