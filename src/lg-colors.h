/* lg-colors.h: the colours the app paints with itself, outside the style sheet
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/test-contrast.py reads this file: every LG_COLOR_*_BACKGROUND is
 * checked against LG_COLOR_MATCH_TEXT at WCAG 2.2 AA (4.5:1), and the test
 * fails if it finds none. Colours are 0xRRGGBB.
 */

#pragma once

/* Words of the search in the page (Adwaita's yellow 3)… */
#define LG_COLOR_MATCH_BACKGROUND          0xf6d32d
/* …and the one selected with Ctrl+G (orange 2). */
#define LG_COLOR_CURRENT_MATCH_BACKGROUND  0xffa348
/* The text on either, whatever the theme. */
#define LG_COLOR_MATCH_TEXT                0x000000

/* A channel of @rgb as Pango's 16-bit value: 0xff becomes 0xffff. */
#define LG_COLOR_RED16(rgb)   ((((rgb) >> 16) & 0xff) * 0x101)
#define LG_COLOR_GREEN16(rgb) ((((rgb) >> 8) & 0xff) * 0x101)
#define LG_COLOR_BLUE16(rgb)  (((rgb) & 0xff) * 0x101)
