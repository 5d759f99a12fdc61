/* lg-normalize.c: words as search keys (the tokeniser is lg-tokenizer.c)
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here works on bytes and stack buffers: the index calls it for
 * every word of the corpus, and the search for every keystroke.
 */

#define G_LOG_DOMAIN "lg-search"

#include "config.h"

#include <string.h>

#include "lg-normalize.h"
#include "lg-normalize-private.h"

/* Folding */

static inline void
append_bytes (char       *out,
              gsize      *n,
              const char *bytes,
              gsize       len)
{
  if (*n + len > LG_NORMALIZE_MAX_KEY)
    return;
  memcpy (out + *n, bytes, len);
  *n += len;
}

static void
fold_unichar (gunichar  c,
              char     *out,
              gsize    *n)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n_parts;

  /* Letters that do not decompose but have a usual Latin spelling. */
  switch (c)
    {
    case 0x00DF: append_bytes (out, n, "ss", 2); return;             /* ß */
    case 0x00C6: case 0x00E6: append_bytes (out, n, "ae", 2); return; /* æ */
    case 0x0152: case 0x0153: append_bytes (out, n, "oe", 2); return; /* œ */
    case 0x00D8: case 0x00F8: append_bytes (out, n, "o", 1); return;  /* ø */
    case 0x0110: case 0x0111: append_bytes (out, n, "d", 1); return;  /* đ */
    case 0x0141: case 0x0142: append_bytes (out, n, "l", 1); return;  /* ł */
    case 0x00DE: case 0x00FE: append_bytes (out, n, "th", 2); return; /* þ */
    case 0x0131: append_bytes (out, n, "i", 1); return;               /* dotless i */
    default: break;
    }

  n_parts = g_unichar_fully_decompose (c, TRUE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 0; i < n_parts; i++)
    {
      gunichar d = g_unichar_tolower (parts[i]);
      char buf[6];

      if (g_unichar_ismark (d))
        continue;
      if (d < 0x80)
        {
          if (g_ascii_isalnum (d))
            {
              buf[0] = g_ascii_tolower (d);
              append_bytes (out, n, buf, 1);
            }
        }
      else if (g_unichar_isalnum (d))
        append_bytes (out, n, buf, g_unichar_to_utf8 (d, buf));
    }
}

/**
 * lg_normalize_fold:
 * @word: the word, as written
 * @length: its length in bytes
 * @out: a buffer of %LG_NORMALIZE_BUFSIZE bytes
 *
 * Writes @word in lower case, without accents and without the hyphens,
 * apostrophes and other punctuation inside it; a point between digits
 * stays (“1.5”). At most %LG_NORMALIZE_MAX_KEY bytes are written, then
 * a NUL.
 *
 * Returns: the length of the key written to @out
 */
gsize
lg_normalize_fold (const char *word,
                   gsize       length,
                   char       *out)
{
  const char *p, *end = word + length, *next;
  gunichar prev = 0;
  gsize n = 0;

  g_return_val_if_fail (word != NULL || length == 0, 0);
  g_return_val_if_fail (out != NULL, 0);

  for (p = word; p < end; p = next)
    {
      gunichar c = read_char (p, end, &next);

      if (c < 0x80)
        {
          if (g_ascii_isalnum (c))
            {
              char lower = g_ascii_tolower (c);
              append_bytes (out, &n, &lower, 1);
            }
          else if (c == '.' && is_digit (prev) && next < end && g_ascii_isdigit (*next))
            append_bytes (out, &n, ".", 1);
        }
      else
        fold_unichar (c, out, &n);
      prev = c;
    }

  out[n] = '\0';
  return n;
}

/* Spelling */

static inline gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static inline gboolean
is_consonant (char c)
{
  return g_ascii_islower (c) && !is_vowel (c);
}

static gboolean
has_digit (const char *k,
           gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_isdigit (k[i]))
      return TRUE;
  return FALSE;
}

static inline gboolean
ends_with (const char *k,
           gsize       n,
           const char *suffix)
{
  gsize len = strlen (suffix);

  return n >= len && memcmp (k + n - len, suffix, len) == 0;
}

/* Replaces @old_len bytes at @pos with @with; keys never outgrow the buffer. */
static gsize
replace_at (char       *k,
            gsize       n,
            gsize       pos,
            gsize       old_len,
            const char *with)
{
  gsize len = strlen (with);

  if (n - old_len + len >= LG_NORMALIZE_BUFSIZE)
    return n;
  memmove (k + pos + len, k + pos + old_len, n - pos - old_len);
  memcpy (k + pos, with, len);
  n = n - old_len + len;
  k[n] = '\0';
  return n;
}

static gsize
replace_all (char       *k,
             gsize       n,
             const char *from,
             const char *to)
{
  gsize from_len = strlen (from);
  gsize to_len = strlen (to);

  for (gsize i = 0; i + from_len <= n;)
    {
      if (memcmp (k + i, from, from_len) == 0)
        {
          n = replace_at (k, n, i, from_len, to);
          i += to_len;
        }
      else
        i++;
    }
  return n;
}

/* Where @stem starts, if the key ends with @stem and one of @tails, with at
 * least @min_before bytes before it; -1 otherwise.
 */
static gssize
find_tail (const char         *k,
           gsize               n,
           const char         *stem,
           const char * const *tails,
           gsize               min_before)
{
  gsize stem_len = strlen (stem);

  for (guint i = 0; tails[i]; i++)
    {
      gsize tail_len = strlen (tails[i]);

      if (n >= min_before + stem_len + tail_len &&
          ends_with (k, n, tails[i]) &&
          memcmp (k + n - tail_len - stem_len, stem, stem_len) == 0)
        return n - tail_len - stem_len;
    }
  return -1;
}

typedef struct
{
  const char *from;
  const char *to;
} Respelling;

/* Anywhere in a word. */
static const Respelling respellings[] = {
  { "oea", "ea" },          /* diarrhoea, dyspnoea, apnoea */
  { "coel", "cel" },        /* coeliac */
  { "foet", "fet" },        /* foetus, foetal */
  { "oeu", "eu" },          /* manoeuvre */
  { "moeb", "meb" },        /* amoeba */
  { "homoeo", "homeo" },    /* homoeopathy */
  { "licenc", "licens" },   /* licence */
  { "defenc", "defens" },   /* defence */
  { "offenc", "offens" },   /* offence */
  { "pretenc", "pretens" }, /* pretence */
  { "practis", "practic" }, /* practise (before -ise → -ize) */
  { "sulph", "sulf" },      /* sulphate */
  { "aluminium", "aluminum" },
  { "pyjama", "pajama" },
  { "sceptic", "skeptic" },
  { "dgement", "dgment" },  /* judgement, acknowledgement */
  { "ageing", "aging" },
  { "grey", "gray" },
  { "olment", "ollment" },  /* enrolment */
  { "ilment", "illment" },  /* fulfilment, instilment */
  { "talment", "tallment" },/* instalment */
};

static const char * const our_tails[] = {
  "", "s", "ed", "ing", "ite", "ites", "able", "ably", "al", "ful", "less", "er", "ers", "ism", NULL
};
static const char * const ise_tails[] = {
  "e", "es", "ed", "ing", "er", "ers", "ation", "ations", NULL
};
static const char * const yse_tails[] = { "e", "es", "ed", "ing", "er", "ers", NULL };
static const char * const tre_tails[] = { "", "s", NULL };
static const char * const logue_tails[] = { "", "s", NULL };
static const char * const ell_tails[] = { "ed", "ing", "er", "ers", "or", "ors", NULL };
static const char * const double_l_words[] = {
  "enrol", "enrols", "fulfil", "fulfils", "instil", "instils", "distil", "distils", NULL
};

/**
 * lg_normalize_spelling:
 * @key: a folded key (see lg_normalize_fold()), in a buffer of
 *   %LG_NORMALIZE_BUFSIZE bytes; changed in place
 * @length: its length
 *
 * Writes British spellings the American way, so that either finds the
 * other: ae and initial oe become e (leukaemia, anaemia, haematology,
 * paediatric, oesophagus, oedema; diarrhoea, foetus, coeliac too), -our
 * becomes -or (tumour, colour, behaviour), -ise and -yse become -ize and
 * -yze (organise, analyse), -tre and -bre become -ter and -ber (centre,
 * fibre), -logue becomes -log, -amme becomes -am (programme), -elled and
 * -elling lose an l (travelled, counselling), and a few single words
 * (licence, grey, ageing, enrol…) are respelled. Keys holding digits are
 * left alone.
 *
 * Both spellings of a word always end up the same; a few unrelated words
 * may meet too (“flour” and “flor”), which search can live with.
 *
 * Returns: the new length
 */
gsize
lg_normalize_spelling (char  *key,
                       gsize  length)
{
  char *k = key;
  gsize n = length;
  gssize pos;

  g_return_val_if_fail (key != NULL, 0);

  if (n < 3 || has_digit (k, n))
    return n;

  n = replace_all (k, n, "ae", "e");
  if (n > 3 && k[0] == 'o' && k[1] == 'e')
    n = replace_at (k, n, 0, 2, "e");
  if (n > 4 && memcmp (k, "leuc", 4) == 0)
    n = replace_at (k, n, 0, 4, "leuk");
  for (guint i = 0; i < G_N_ELEMENTS (respellings); i++)
    if (strstr (k, respellings[i].from) != NULL)
      n = replace_all (k, n, respellings[i].from, respellings[i].to);
  for (guint i = 0; double_l_words[i]; i++)
    if (ends_with (k, n, double_l_words[i]))
      {
        gsize at = n - strlen (double_l_words[i]);
        gsize l = at + (strchr (double_l_words[i], 'l') - double_l_words[i]);

        n = replace_at (k, n, l, 1, "ll");
        break;
      }

  pos = find_tail (k, n, "our", our_tails, 2);
  if (pos >= 0 && (is_consonant (k[pos - 1]) || k[pos - 1] == 'i'))
    n = replace_at (k, n, pos, 3, "or");

  if ((pos = find_tail (k, n, "is", ise_tails, 3)) >= 0)
    n = replace_at (k, n, pos, 2, "iz");
  else if ((pos = find_tail (k, n, "ys", yse_tails, 2)) >= 0)
    n = replace_at (k, n, pos, 2, "yz");

  if (ends_with (k, n, "tred") && n >= 6)
    n = replace_at (k, n, n - 4, 4, "tered");
  else if ((pos = find_tail (k, n, "tre", tre_tails, 2)) >= 0)
    n = replace_at (k, n, pos, 3, "ter");
  else if ((pos = find_tail (k, n, "bre", tre_tails, 2)) >= 0)
    n = replace_at (k, n, pos, 3, "ber");
  else if ((pos = find_tail (k, n, "vre", tre_tails, 2)) >= 0)
    n = replace_at (k, n, pos, 3, "ver");

  if ((pos = find_tail (k, n, "logue", logue_tails, 1)) >= 0)
    n = replace_at (k, n, pos, 5, "log");
  else if ((pos = find_tail (k, n, "amme", tre_tails, 3)) >= 0)
    n = replace_at (k, n, pos, 4, "am");
  else if ((pos = find_tail (k, n, "ell", ell_tails, 2)) >= 0)
    n = replace_at (k, n, pos, 3, "el");

  k[n] = '\0';
  return n;
}

/* Stemming */

static gboolean
has_vowel (const char *k,
           gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (is_vowel (k[i]) || k[i] == 'y')
      return TRUE;
  return FALSE;
}

/* A short syllable: consonant, vowel, consonant (not w, x or y), or vowel,
 * consonant: the stems that lost an e before -ed or -ing (“dos-ing”).
 */
static gboolean
short_syllable (const char *k,
                gsize       n)
{
  if (n == 2)
    return is_vowel (k[0]) && is_consonant (k[1]);
  if (n == 3)
    return is_consonant (k[0]) && is_vowel (k[1]) && is_consonant (k[2]) &&
           k[2] != 'w' && k[2] != 'x' && k[2] != 'y';
  return FALSE;
}

/**
 * lg_normalize_stem:
 * @key: a key after lg_normalize_spelling(), changed in place
 * @length: its length
 *
 * A light stemmer for English: plurals (-s, -es, -ies), -ed and -ing are
 * taken off, a doubled consonant left behind is undoubled (“stopped” →
 * “stop”), an e lost before them is put back on short stems (“dosing” →
 * “dose”, “caring” → “care”), and a final e is dropped from words of five
 * letters or more (“relapse” → “relaps”). Words of three letters or fewer
 * (ALL, AML, CNS) and words with digits are left alone.
 *
 * Returns: the new length
 */
gsize
lg_normalize_stem (char  *key,
                   gsize  length)
{
  char *k = key;
  gsize n = length;
  gboolean stripped = FALSE;

  g_return_val_if_fail (key != NULL, 0);

  if (n <= 3 || has_digit (k, n))
    return n;

  /* Plurals */
  if (ends_with (k, n, "sses"))
    n -= 2;
  else if (ends_with (k, n, "ies"))
    {
      if (n > 4)
        {
          n -= 2;
          k[n - 1] = 'y';
        }
      else
        n -= 1;
    }
  else if (ends_with (k, n, "xes") || ends_with (k, n, "ches") ||
           ends_with (k, n, "shes") || ends_with (k, n, "zzes"))
    n -= 2;
  else if (ends_with (k, n, "s") && !ends_with (k, n, "ss") &&
           !ends_with (k, n, "us") && !ends_with (k, n, "is"))
    n -= 1;

  /* -ed and -ing */
  if (ends_with (k, n, "eed"))
    ;
  else if (ends_with (k, n, "ied"))
    {
      if (n > 4)
        {
          n -= 2;
          k[n - 1] = 'y';
        }
      else
        n -= 1;
    }
  else if (ends_with (k, n, "ed") && n >= 4 && has_vowel (k, n - 2))
    {
      n -= 2;
      stripped = TRUE;
    }
  else if (n == 5 && ends_with (k, n, "ying"))
    {
      /* dying, lying, tying */
      n -= 3;
      k[n - 1] = 'i';
      k[n++] = 'e';
    }
  else if (ends_with (k, n, "ing") && n >= 5 && has_vowel (k, n - 3))
    {
      n -= 3;
      stripped = TRUE;
    }

  if (stripped)
    {
      if (n > 3 && k[n - 1] == k[n - 2] && is_consonant (k[n - 1]) &&
          k[n - 1] != 'l' && k[n - 1] != 's' && k[n - 1] != 'z' && k[n - 1] != 'f')
        n--;
      else if (short_syllable (k, n))
        k[n++] = 'e';
    }

  if (n >= 5 && k[n - 1] == 'e')
    n--;

  k[n] = '\0';
  return n;
}

/**
 * lg_normalize_surface:
 * @word: a word as written
 * @length: its length in bytes, or -1 if it ends with a NUL
 *
 * Returns: (transfer full): the word folded and respelled: the key that
 *   prefixes typed by the user are matched against
 */
char *
lg_normalize_surface (const char *word,
                      gssize      length)
{
  char buf[LG_NORMALIZE_BUFSIZE];
  gsize n;

  g_return_val_if_fail (word != NULL, NULL);

  n = lg_normalize_fold (word, length < 0 ? strlen (word) : (gsize) length, buf);
  n = lg_normalize_spelling (buf, n);
  return g_strndup (buf, n);
}

/**
 * lg_normalize_term:
 * @word: a word as written
 * @length: its length in bytes, or -1 if it ends with a NUL
 *
 * Returns: (transfer full): the word folded, respelled and stemmed: the
 *   key the index counts
 */
char *
lg_normalize_term (const char *word,
                   gssize      length)
{
  char buf[LG_NORMALIZE_BUFSIZE];
  gsize n;

  g_return_val_if_fail (word != NULL, NULL);

  n = lg_normalize_fold (word, length < 0 ? strlen (word) : (gsize) length, buf);
  n = lg_normalize_spelling (buf, n);
  n = lg_normalize_stem (buf, n);
  return g_strndup (buf, n);
}

static void
add_variant (GPtrArray  *variants,
             const char *key,
             gsize       n)
{
  for (guint i = 0; i < variants->len; i++)
    {
      const char *v = g_ptr_array_index (variants, i);

      if (strlen (v) == n && memcmp (v, key, n) == 0)
        return;
    }
  g_ptr_array_add (variants, g_strndup (key, n));
}

/**
 * lg_normalize_prefixes:
 * @word: the start of a word, as typed so far
 * @length: its length in bytes, or -1 if it ends with a NUL
 *
 * The surface keys that words starting with @word begin with. The first is
 * the word's own surface key; the others undo spelling rules that only
 * apply to whole words, so that “tumou” finds “tumour” (“tumo…”),
 * “organis” finds “organise” (“organiz…”) and “centr” finds “centre”
 * (“cent…”).
 *
 * Returns: (transfer full): the prefixes, none empty; empty if @word has
 *   no letters or digits
 */
char **
lg_normalize_prefixes (const char *word,
                       gssize      length)
{
  GPtrArray *variants = g_ptr_array_new ();
  char buf[LG_NORMALIZE_BUFSIZE];
  char v[LG_NORMALIZE_BUFSIZE];
  gsize n;

  g_return_val_if_fail (word != NULL, NULL);

  n = lg_normalize_fold (word, length < 0 ? strlen (word) : (gsize) length, buf);
  n = lg_normalize_spelling (buf, n);
  if (n == 0)
    goto out;
  add_variant (variants, buf, n);
  if (has_digit (buf, n))
    goto out;

  if (n >= 4 && ends_with (buf, n, "ou"))
    add_variant (variants, buf, n - 1);
  if (n >= 4 && (ends_with (buf, n, "tr") || ends_with (buf, n, "br") || ends_with (buf, n, "vr")))
    add_variant (variants, buf, n - 1);
  if (ends_with (buf, n, "logu"))
    add_variant (variants, buf, n - 1);
  if (n >= 5 && ends_with (buf, n, "amm"))
    add_variant (variants, buf, n - 1);

  /* -is… → -iz…, -ys… → -yz…, -ell… → -el… near the end of the word */
  for (gsize i = MAX (n, 6) - 6; i + 1 < n; i++)
    {
      if (buf[i + 1] != 's' || (buf[i] != 'i' && buf[i] != 'y'))
        continue;
      if (i < (buf[i] == 'i' ? 3u : 2u))
        continue;
      memcpy (v, buf, n);
      v[i + 1] = 'z';
      add_variant (variants, v, n);
    }
  for (gsize i = MAX (n, 6) - 6; i + 2 < n; i++)
    if (i >= 2 && memcmp (buf + i, "ell", 3) == 0)
      {
        memcpy (v, buf, i + 2);
        memcpy (v + i + 2, buf + i + 3, n - i - 3);
        add_variant (variants, v, n - 1);
      }

out:
  g_ptr_array_add (variants, NULL);
  return (char **) g_ptr_array_free (variants, FALSE);
}
