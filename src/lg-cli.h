/* lg-cli.h: the command-line modes, which need no display
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const GOptionEntry *lg_cli_get_options  (void);
int                 lg_cli_run          (GVariantDict *options);

G_END_DECLS
