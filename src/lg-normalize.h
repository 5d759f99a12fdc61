/* lg-normalize.h: words as search keys, and the tokeniser that finds them
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A word becomes a key in three steps, each usable on its own:
 *
 *  1. fold: lower case, accents and punctuation inside the word removed
 *     (“Leukämie” → “leukamie”, “patient’s” → “patients”, “FLAG-Ida” →
 *     “flagida”);
 *  2. spelling: British spellings written the American way (“leukaemia”
 *     → “leukemia”, “tumour” → “tumor”, “oesophagus” → “esophagus”,
 *     “organise” → “organize”, “analyse” → “analyze”, “centre” → “center”);
 *  3. stem: a light stemmer, so that “relapse”, “relapses”, “relapsed” and
 *     “relapsing” all become “relaps”.
 *
 * Steps 1 and 2 give a word's *surface* key, which prefixes are matched
 * against as the user types; all three give its *stem*, which the index
 * counts.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest key, in bytes; longer words are cut (on a character). */
#define LG_NORMALIZE_MAX_KEY 60

/* A buffer that always holds a key, with room for spelling rules that
 * make it longer.
 */
#define LG_NORMALIZE_BUFSIZE 72

/* How many hyphenated parts a compound token may join. */
#define LG_TOKEN_MAX_CHAIN 4

typedef enum
{
  LG_TOKEN_WORD     = 0,
  LG_TOKEN_JOINED   = 1 << 0,  /* joined to the word before by a hyphen: “Ida” in “FLAG-Ida” */
  LG_TOKEN_COMPOUND = 1 << 1,  /* hyphenated words run together: “FLAG-Ida” as one token */
} LgTokenFlags;

typedef struct
{
  guint         start;  /* byte offsets into the text */
  guint         end;
  LgTokenFlags  flags;
} LgToken;

/* The tokeniser's state: on the stack, no allocation. */
typedef struct
{
  const char *text;
  const char *pos;
  const char *end;
  guint       chain[LG_TOKEN_MAX_CHAIN];  /* starts of the parts of the current hyphen chain */
  guint       chain_len;
  guint       last_end;                   /* end of the last word */
  guint       pending;                    /* compounds still to give for the last part */
} LgTokenizer;

void      lg_tokenizer_init          (LgTokenizer  *tokenizer,
                                      const char   *text,
                                      gssize        length);
gboolean  lg_tokenizer_next          (LgTokenizer  *tokenizer,
                                      LgToken      *token);
GArray   *lg_tokenize                (const char   *text,
                                      gssize        length);

gsize     lg_normalize_fold          (const char   *word,
                                      gsize         length,
                                      char         *out);
gsize     lg_normalize_spelling      (char         *key,
                                      gsize         length);
gsize     lg_normalize_stem          (char         *key,
                                      gsize         length);
char     *lg_normalize_surface       (const char   *word,
                                      gssize        length);
char     *lg_normalize_term          (const char   *word,
                                      gssize        length);
char    **lg_normalize_prefixes      (const char   *word,
                                      gssize        length);

G_END_DECLS
