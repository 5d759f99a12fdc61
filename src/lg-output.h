/* lg-output.h: writing a finished file where the reader asked for it
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean lg_output_write (const char  *path,
                          const void  *data,
                          gsize        len,
                          GError     **error);

G_END_DECLS
