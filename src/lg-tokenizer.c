/* lg-tokenizer.c: the tokeniser that finds words for the search keys
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It works on bytes, with its state on the stack: the index calls it for
 * every word of the corpus, and the search for every keystroke.
 */

#define G_LOG_DOMAIN "lg-search"

#include "config.h"

#include <string.h>

#include "lg-normalize.h"
#include "lg-normalize-private.h"

/**
 * lg_tokenizer_init:
 * @tokenizer: the state to set up, usually on the stack
 * @text: UTF-8 text (invalid bytes separate words)
 * @length: the length of @text in bytes, or -1 if it ends with a NUL
 */
void
lg_tokenizer_init (LgTokenizer *tokenizer,
                   const char  *text,
                   gssize       length)
{
  g_return_if_fail (tokenizer != NULL);
  g_return_if_fail (text != NULL || length == 0);

  memset (tokenizer, 0, sizeof *tokenizer);
  tokenizer->text = text;
  tokenizer->pos = text;
  tokenizer->end = text + (length < 0 ? strlen (text) : (gsize) length);
}

/* French elision: “l’”, “d’”, “j’”, “qu’” and the like before a word
 * are an article or a pronoun, not part of it (“l’hôpital”, “j’ai”).
 * English words never start so (“I’m” and “o’clock” are not).
 */
static gboolean
is_elision (const char *start,
            const char *apostrophe)
{
  gsize n = apostrophe - start;

  if (n == 1)
    return strchr ("cdjlmnstCDJLMNST", *start) != NULL;
  return n == 2 && g_ascii_strncasecmp (start, "qu", 2) == 0;
}

/**
 * lg_tokenizer_next:
 * @tokenizer: a tokeniser
 * @token: (out caller-allocates): the next token
 *
 * Gives the words of the text in order. A word is a run of letters, digits
 * and combining marks, with an apostrophe between letters (“patient’s”)
 * and a point or comma between digits (“1.5”, “10,000”) kept inside it;
 * a French elided article or pronoun before an apostrophe is left out
 * (“l’hôpital” gives “hôpital”).
 *
 * Words joined by a single hyphen (“FLAG-Ida”, “CAR T-cell”) are given
 * one by one, the later ones flagged %LG_TOKEN_JOINED; after each joined
 * word come the compounds that end with it, longest first (“FLAG-Ida”, of
 * up to %LG_TOKEN_MAX_CHAIN words), flagged %LG_TOKEN_COMPOUND, so that
 * “flagida” can find “FLAG-Ida”.
 *
 * Returns: %FALSE at the end of the text
 */
gboolean
lg_tokenizer_next (LgTokenizer *tokenizer,
                   LgToken     *token)
{
  LgTokenizer *t = tokenizer;
  const char *p, *next, *word_start;
  gunichar c = 0, prev;
  guint hyphens = 0;
  gboolean other = FALSE;
  guint start;

  g_return_val_if_fail (tokenizer != NULL, FALSE);
  g_return_val_if_fail (token != NULL, FALSE);

  if (t->pending > 0)
    {
      guint first = t->chain_len - 1 - t->pending;

      token->start = t->chain[first];
      token->end = t->last_end;
      token->flags = LG_TOKEN_COMPOUND;
      t->pending--;
      return TRUE;
    }

  /* The gap before the word: one hyphen and nothing else joins. */
  for (p = t->pos; p < t->end; p = next)
    {
      c = read_char (p, t->end, &next);
      if (is_word_char (c))
        break;
      if (is_hyphen (c))
        hyphens++;
      else
        other = TRUE;
    }
  if (p >= t->end)
    {
      t->pos = t->end;
      t->chain_len = 0;
      return FALSE;
    }

  word_start = p;
  prev = c;
  for (p = next; p < t->end; p = next)
    {
      c = read_char (p, t->end, &next);
      if (is_word_char (c))
        {
          prev = c;
          continue;
        }
      if (next < t->end && (is_apostrophe (c) || c == '.' || c == ','))
        {
          const char *after;
          gunichar d = read_char (next, t->end, &after);

          if (is_apostrophe (c) ? (is_word_char (prev) && !is_digit (prev) &&
                                   is_word_char (d) && !is_digit (d))
                                : (is_digit (prev) && is_digit (d)))
            {
              if (is_apostrophe (c) && is_elision (word_start, p))
                word_start = next;
              prev = d;
              next = after;
              continue;
            }
        }
      break;
    }

  start = word_start - t->text;
  token->start = start;
  token->end = p - t->text;

  if (t->chain_len > 0 && hyphens == 1 && !other)
    {
      if (t->chain_len == LG_TOKEN_MAX_CHAIN)
        {
          memmove (t->chain, t->chain + 1, sizeof (guint) * (LG_TOKEN_MAX_CHAIN - 1));
          t->chain_len--;
        }
      t->chain[t->chain_len++] = start;
      t->pending = t->chain_len - 1;
      token->flags = LG_TOKEN_JOINED;
    }
  else
    {
      t->chain[0] = start;
      t->chain_len = 1;
      t->pending = 0;
      token->flags = LG_TOKEN_WORD;
    }

  t->last_end = token->end;
  t->pos = p;
  return TRUE;
}

/**
 * lg_tokenize:
 * @text: UTF-8 text
 * @length: the length of @text in bytes, or -1 if it ends with a NUL
 *
 * All the tokens of @text, as lg_tokenizer_next() gives them.
 *
 * Returns: (transfer full) (element-type LgToken): the tokens
 */
GArray *
lg_tokenize (const char *text,
             gssize      length)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (LgToken));
  LgTokenizer tokenizer;
  LgToken token;

  g_return_val_if_fail (text != NULL, tokens);

  lg_tokenizer_init (&tokenizer, text, length);
  while (lg_tokenizer_next (&tokenizer, &token))
    g_array_append_val (tokens, token);
  return tokens;
}
