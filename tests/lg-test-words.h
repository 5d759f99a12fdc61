/* lg-test-words.h: comparing the words of a text with what shows them
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void lg_test_assert_words_survive (const char *expected,
                                   const char *found,
                                   const char *where);

G_END_DECLS
