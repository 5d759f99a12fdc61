/* lg-test-words.c: comparing the words of a text with what shows them
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used by test-hostile and its window helper: a PDF reader or a window
 * may break lines, hyphenate and add running headers, but every word of
 * the text must be there, in order.
 */

#include "config.h"

#include "lg-test-words.h"

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* The words of @text: runs of letters and digits, the rest dropped, so
 * that line breaks, hyphens and punctuation a PDF reader sees another
 * way do not count. */
static GPtrArray *
words_in (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;

      if (c != 0 && is_word_char (c))
        {
          if (start == NULL)
            start = p;
        }
      else if (start != NULL)
        {
          g_ptr_array_add (words, g_strndup (start, p - start));
          start = NULL;
        }
      if (c == 0)
        break;
    }
  return words;
}

/* Every word of @expected is in @found, in order; other words (running
 * headers, page numbers) may come between. */
void
lg_test_assert_words_survive (const char *expected,
                              const char *found,
                              const char *where)
{
  g_autoptr(GPtrArray) want = words_in (expected);
  g_autoptr(GPtrArray) have = words_in (found);
  guint w = 0;

  for (guint h = 0; h < have->len && w < want->len; h++)
    if (g_str_equal (g_ptr_array_index (have, h), g_ptr_array_index (want, w)))
      w++;
  if (w < want->len)
    g_error ("%s kept %u of %u words; lost from “%s”", where, w, want->len,
             (const char *) g_ptr_array_index (want, w));
}
