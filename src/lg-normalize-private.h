/* lg-normalize-private.h: the characters the tokeniser and folding share
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

static inline gunichar
read_char (const char  *p,
           const char  *end,
           const char **next)
{
  gunichar c;

  if ((guchar) *p < 0x80)
    {
      *next = p + 1;
      return (guchar) *p;
    }
  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      /* Not UTF-8: a separator, one byte at a time. */
      *next = p + 1;
      return 0xFFFD;
    }
  *next = g_utf8_next_char (p);
  return c;
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_hyphen (gunichar c)
{
  /* Not the en dash: it joins ranges (“A–Z”, “2–3 weeks”), not words. */
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static inline gboolean
is_digit (gunichar c)
{
  return c < 0x80 && g_ascii_isdigit (c);
}

G_END_DECLS
