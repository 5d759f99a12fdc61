/* lg-search-matcher.c: the stems one word of a query accepts
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A matcher holds ranges of stem ids (the stems are sorted, so the words a
 * prefix begins are one range, with holes where stop words are) and
 * single ids, plus the strings they came from, for text the index has
 * never seen. Typo matchers compare the word with every surface key of
 * the vocabulary: a letter filter first, then an edit distance with early
 * exit.
 */

#define G_LOG_DOMAIN "lg-search"

#include "config.h"

#include <string.h>

#include "lg-search-private.h"

/**
 * lg_matcher_clear:
 * @m: a matcher
 *
 * Frees what the matcher holds.
 */
void
lg_matcher_clear (LgMatcher *m)
{
  g_clear_pointer (&m->ranges, g_free);
  g_clear_pointer (&m->ids, g_free);
  g_clear_pointer (&m->prefixes, g_strfreev);
  g_clear_pointer (&m->exact, g_strfreev);
}

/* The vocabulary */

/* The first of the sorted @strings that is not below @key. */
static guint
lower_bound (char       **strings,
             guint        n,
             const char  *key)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (strings[mid], key) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* From @from, the first of the sorted @strings that does not start with
 * @prefix.
 */
static guint
prefix_end (char       **strings,
            guint        n,
            guint        from,
            const char  *prefix)
{
  gsize len = strlen (prefix);
  guint lo = from, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strncmp (strings[mid], prefix, len) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
is_stop_id (LgSearch *self,
            guint32   id)
{
  guint lo = 0, hi = self->n_stop_ids;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->stop_ids[mid] == id)
        return TRUE;
      if (self->stop_ids[mid] < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

static gboolean
in_ranges (GArray  *ranges,
           guint32  id)
{
  for (guint i = 0; i < ranges->len; i += 2)
    if (id >= g_array_index (ranges, guint32, i) && id < g_array_index (ranges, guint32, i + 1))
      return TRUE;
  return FALSE;
}

static int
compare_guint32 (const void *a,
                 const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Sorts the ids, drops doubles and those the ranges hold, and works out
 * what the matcher can reach.
 */
static void
matcher_finish (LgSearch  *self,
                LgMatcher *m,
                GArray    *ranges,
                GArray    *ids)
{
  guint n = 0;

  g_array_sort (ids, compare_guint32);
  for (guint i = 0; i < ids->len; i++)
    {
      guint32 id = g_array_index (ids, guint32, i);

      if ((n > 0 && g_array_index (ids, guint32, n - 1) == id) || in_ranges (ranges, id))
        continue;
      g_array_index (ids, guint32, n++) = id;
    }
  g_array_set_size (ids, n);

  m->n_ranges = ranges->len / 2;
  m->ranges = (guint32 *) (gpointer) g_array_free (ranges, FALSE);
  m->n_ids = ids->len;
  m->ids = (guint32 *) (gpointer) g_array_free (ids, FALSE);

  m->estimate = 0;
  m->max_score = 0.0f;
  for (guint r = 0; r < m->n_ranges; r++)
    {
      guint32 lo = m->ranges[2 * r], hi = m->ranges[2 * r + 1];

      m->estimate += self->df_cum[hi] - self->df_cum[lo];
      for (guint32 s = lo; s < hi; s++)
        m->max_score = MAX (m->max_score, self->top[s]);
    }
  for (guint i = 0; i < m->n_ids; i++)
    {
      guint32 s = m->ids[i];

      m->estimate += self->df_cum[s + 1] - self->df_cum[s];
      m->max_score = MAX (m->max_score, self->top[s]);
    }
}

/**
 * lg_matcher_exact:
 * @self: the index
 * @stem: a stem
 *
 * Returns: a matcher for the stem alone (which no document may have)
 */
LgMatcher
lg_matcher_exact (LgSearch   *self,
                  const char *stem)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char *exact[] = { stem, NULL };
  LgMatcher m = { 0 };
  gssize id = lg_search_find_stem (self, stem);

  if (id >= 0)
    {
      guint32 v = id;
      g_array_append_val (ids, v);
    }
  m.exact = g_strdupv ((char **) exact);
  matcher_finish (self, &m, ranges, ids);
  return m;
}

/**
 * lg_matcher_prefix:
 * @self: the index
 * @word: the start of a word, as typed
 * @length: its length in bytes
 * @stem: its stem
 *
 * Returns: a matcher for the word itself and every word it begins, but
 *   stop words (see lg_normalize_prefixes())
 */
LgMatcher
lg_matcher_prefix (LgSearch   *self,
                   const char *word,
                   gsize       length,
                   const char *stem)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char *exact[] = { stem, NULL };
  LgMatcher m = { 0 };
  gssize id = lg_search_find_stem (self, stem);

  m.prefixes = lg_normalize_prefixes (word, length);
  for (guint i = 0; m.prefixes[i]; i++)
    {
      const char *prefix = m.prefixes[i];
      guint32 lo = lower_bound (self->stems, self->n_stems, prefix);
      guint32 hi = prefix_end (self->stems, self->n_stems, lo, prefix);
      guint32 from = lo;
      guint s_lo, s_hi;

      /* The stem range, with holes where stop words are. */
      for (guint k = 0; k < self->n_stop_ids; k++)
        {
          guint32 stop = self->stop_ids[k];

          if (stop < from || stop >= hi)
            continue;
          if (stop > from)
            {
              guint32 pair[2] = { from, stop };
              g_array_append_vals (ranges, pair, 2);
            }
          from = stop + 1;
        }
      if (from < hi)
        {
          guint32 pair[2] = { from, hi };
          g_array_append_vals (ranges, pair, 2);
        }

      /* Words that begin so but whose stem does not (“therapi” →
       * “therapies” → “therapy”).
       */
      s_lo = lower_bound (self->surfaces, self->n_surfaces, prefix);
      s_hi = prefix_end (self->surfaces, self->n_surfaces, s_lo, prefix);
      for (guint s = s_lo; s < s_hi; s++)
        {
          guint32 st = self->surface_stem[s];

          if (!is_stop_id (self, st) && !in_ranges (ranges, st))
            g_array_append_val (ids, st);
        }
    }

  if (id >= 0)
    {
      guint32 v = id;
      g_array_append_val (ids, v);
    }
  m.exact = g_strdupv ((char **) exact);
  matcher_finish (self, &m, ranges, ids);
  return m;
}

/* Optimal string alignment distance between @a and @b, or between @a and
 * the closest start of @b if @prefix; anything above @max is @max + 1.
 * A changed letter costs @change (an inserted, deleted or swapped one 1).
 */
static guint
edit_distance (const char *a,
               guint       na,
               const char *b,
               guint       nb,
               guint       max,
               gboolean    prefix,
               guint       change)
{
  guint rows[3][LG_NORMALIZE_BUFSIZE + 8];
  guint *two = rows[0], *one = rows[1], *cur = rows[2];
  guint best;

  if (prefix)
    nb = MIN (nb, na + max);
  for (guint j = 0; j <= nb; j++)
    one[j] = j;

  for (guint i = 1; i <= na; i++)
    {
      guint row_min;
      guint *tmp;

      cur[0] = i;
      row_min = i;
      for (guint j = 1; j <= nb; j++)
        {
          guint cost = a[i - 1] != b[j - 1] ? change : 0;
          guint v = MIN (MIN (one[j] + 1, cur[j - 1] + 1), one[j - 1] + cost);

          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            v = MIN (v, two[j - 2] + 1);
          cur[j] = v;
          row_min = MIN (row_min, v);
        }
      if (row_min > max)
        return max + 1;
      tmp = two;
      two = one;
      one = cur;
      cur = tmp;
    }

  if (!prefix)
    return one[nb];
  best = one[0];
  for (guint j = 1; j <= nb; j++)
    best = MIN (best, one[j]);
  return best;
}

/**
 * lg_matcher_typo:
 * @self: the index
 * @surface: a word's surface key
 * @prefix: whether the word is still being typed
 * @near: what the word matches already
 *
 * Typos keep the first letter, which people rarely get wrong; and in a
 * word of fewer than seven letters a typo is a letter too many, too few
 * or two swapped, never one changed for another, which makes a different
 * common word too often (“scared” is not “shared”, nor “care” “scare”).
 *
 * Returns: a matcher for the words one typo away from @surface (two from
 *   nine letters), or from its start if @prefix, less those @near accepts
 */
LgMatcher
lg_matcher_typo (LgSearch        *self,
                 const char      *surface,
                 gboolean         prefix,
                 const LgMatcher *near)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n = strlen (surface);
  glong n_letters = g_utf8_strlen (surface, -1);
  guint max = n_letters >= 9 ? 2 : 1;
  guint change = n_letters >= 7 ? 1 : 2;
  guint32 letters = lg_search_letter_mask (surface);
  LgMatcher m = { 0 };

  for (guint s = 0; s < self->n_surfaces; s++)
    {
      const char *other = self->surfaces[s];
      guint32 st = self->surface_stem[s];
      guint no;

      /* Each edit brings in or takes away at most one letter. */
      if ((guint) __builtin_popcount (letters & ~self->surface_letters[s]) > max)
        continue;
      if (!prefix && (guint) __builtin_popcount (self->surface_letters[s] & ~letters) > max)
        continue;
      no = strlen (other);
      if (no + max < n || (!prefix && no > n + max) || other[0] != surface[0])
        continue;
      if (edit_distance (surface, n, other, no, max, prefix, change) > max)
        continue;
      if (is_stop_id (self, st))
        continue;
      g_array_append_val (ids, st);
    }

  /* Not what the word already matches. */
  for (guint i = 0; i < ids->len;)
    {
      guint32 id = g_array_index (ids, guint32, i);
      gboolean known = FALSE;

      for (guint r = 0; r < near->n_ranges && !known; r++)
        known = id >= near->ranges[2 * r] && id < near->ranges[2 * r + 1];
      for (guint k = 0; k < near->n_ids && !known; k++)
        known = near->ids[k] == id;
      if (known)
        g_array_remove_index_fast (ids, i);
      else
        i++;
    }

  matcher_finish (self, &m, ranges, ids);
  m.exact = g_new0 (char *, m.n_ids + 1);
  for (guint i = 0; i < m.n_ids; i++)
    m.exact[i] = g_strdup (self->stems[m.ids[i]]);
  return m;
}
