/* lg-search-query.c: what the user typed, as concepts and word matchers
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The query is split into words; words joined by hyphens make one unit
 * (“FLAG-Ida”), and words in double quotes one phrase. Then, from the left,
 * the longest run of units that is an entry of a synonym set becomes one
 * concept, whose alternatives are the words as typed and every entry of the
 * set (several words must then be next to each other). Any other unit is a
 * concept of its own: its word, or for a hyphenated unit its words next to
 * each other or run together (“flagida”). The last word, unless a space
 * follows it, also matches the words it begins (“relap” → “relapse”,
 * “relapsed”; stop words are left out), and in the second try, when the
 * words as typed found little, words of five letters or more also match
 * words one typo away (two from nine letters: insertion, deletion,
 * substitution or two letters swapped).
 */

#define G_LOG_DOMAIN "lg-search"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lg-search-private.h"

/* Longer queries are cut: nobody types more, and each word costs. */
#define MAX_PARTS 24

#define WEIGHT_TYPED      1.0f
#define WEIGHT_COMPLETION 0.75f
#define WEIGHT_SYNONYM    0.8f
#define WEIGHT_TYPO       0.6f

typedef struct
{
  guint start;
  guint end;
  char  surface[LG_NORMALIZE_BUFSIZE];
  char  stem[LG_NORMALIZE_BUFSIZE];
} Part;

typedef struct
{
  guint  first;       /* its first part */
  guint  n_parts;
  guint  start;       /* bytes in the query */
  guint  end;
  char  *compound;    /* the stem of its parts run together, if more than one */
  gint   group;       /* its quoted phrase, or -1 */
} Unit;

typedef struct
{
  LgSearch   *self;
  const char *text;
  GArray     *parts;     /* Part */
  GArray     *units;     /* Unit */
  gboolean    prefix;    /* the last word is still being typed */
  gboolean    fuzzy;
  gboolean    can_fuzz;
  GArray     *concepts;  /* LgConcept */
  GArray     *alts;      /* LgAlt, of the concept being built */
  GPtrArray  *alt_keys;  /* to drop an alternative seen before */
  GArray     *tokens;    /* LgMatcher, of the alternative being built */
} Parser;

static void
matcher_clear (LgMatcher *m)
{
  g_clear_pointer (&m->ranges, g_free);
  g_clear_pointer (&m->ids, g_free);
  g_clear_pointer (&m->prefixes, g_strfreev);
  g_clear_pointer (&m->exact, g_strfreev);
}

static void
alt_clear (LgAlt *alt)
{
  for (guint i = 0; i < alt->n_tokens; i++)
    matcher_clear (&alt->tokens[i]);
  g_clear_pointer (&alt->tokens, g_free);
}

/**
 * lg_query_ref:
 * @query: a query
 *
 * Returns: (transfer full): @query
 */
LgQuery *
lg_query_ref (LgQuery *query)
{
  g_atomic_int_inc (&query->ref_count);
  return query;
}

/**
 * lg_query_unref:
 * @query: a query
 */
void
lg_query_unref (LgQuery *query)
{
  if (!g_atomic_int_dec_and_test (&query->ref_count))
    return;

  for (guint c = 0; c < query->n_concepts; c++)
    {
      for (guint a = 0; a < query->concepts[c].n_alts; a++)
        alt_clear (&query->concepts[c].alts[a]);
      g_free (query->concepts[c].alts);
    }
  g_free (query->concepts);
  g_free (query->masks);
  g_free (query);
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

static LgMatcher
matcher_exact (LgSearch   *self,
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

/* The word itself, and every word it begins but stop words. */
static LgMatcher
matcher_prefix (LgSearch   *self,
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
 */
static guint
edit_distance (const char *a,
               guint       na,
               const char *b,
               guint       nb,
               guint       max,
               gboolean    prefix)
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
          guint cost = a[i - 1] != b[j - 1];
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

static guint32
letters_of (const char *key)
{
  guint32 mask = 0;

  for (const char *p = key; *p; p++)
    {
      if (*p >= 'a' && *p <= 'z')
        mask |= 1u << (*p - 'a');
      else if (g_ascii_isdigit (*p))
        mask |= 1u << 26;
      else
        mask |= 1u << 27;
    }
  return mask;
}

/* Words a typo or two away from @surface (or from its start, if it is
 * still being typed), not counting those @near already accepts.
 */
static LgMatcher
matcher_typo (LgSearch        *self,
              const char      *surface,
              gboolean         prefix,
              const LgMatcher *near)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n = strlen (surface);
  guint max = g_utf8_strlen (surface, -1) >= 9 ? 2 : 1;
  guint32 letters = letters_of (surface);
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
      if (no + max < n || (!prefix && no > n + max))
        continue;
      if (edit_distance (surface, n, other, no, max, prefix) > max)
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

/* Building concepts */

static void
push_token (Parser    *p,
            LgMatcher  m)
{
  g_array_append_val (p->tokens, m);
}

/* Ends the alternative built with push_token(), unless the concept has one
 * with the same @key already.
 */
static void
end_alt (Parser     *p,
         const char *key,
         float       weight,
         gboolean    phrase,
         gboolean    fuzzy)
{
  LgAlt alt = { 0 };

  for (guint i = 0; i < p->alt_keys->len; i++)
    if (g_str_equal (g_ptr_array_index (p->alt_keys, i), key))
      {
        for (guint t = 0; t < p->tokens->len; t++)
          matcher_clear (&g_array_index (p->tokens, LgMatcher, t));
        g_array_set_size (p->tokens, 0);
        return;
      }
  g_ptr_array_add (p->alt_keys, g_strdup (key));

  alt.n_tokens = p->tokens->len;
  alt.tokens = g_memdup2 (p->tokens->data, sizeof (LgMatcher) * p->tokens->len);
  alt.weight = weight;
  alt.phrase = phrase && alt.n_tokens > 1;
  alt.fuzzy = fuzzy;
  g_array_append_val (p->alts, alt);
  g_array_set_size (p->tokens, 0);
}

static void
end_concept (Parser   *p,
             guint     span,
             gboolean  required)
{
  LgConcept concept = { 0 };

  concept.n_alts = p->alts->len;
  concept.alts = g_memdup2 (p->alts->data, sizeof (LgAlt) * p->alts->len);
  concept.span = span;
  concept.required = required;
  g_array_append_val (p->concepts, concept);
  g_array_set_size (p->alts, 0);
  g_ptr_array_set_size (p->alt_keys, 0);
}

static inline Part *
get_part (Parser *p,
          guint   i)
{
  return &g_array_index (p->parts, Part, i);
}

static inline Unit *
get_unit (Parser *p,
          guint   i)
{
  return &g_array_index (p->units, Unit, i);
}

static gboolean
completing (Parser *p,
            guint   part)
{
  return p->prefix && part == p->parts->len - 1;
}

/* The matcher for one word: with its completions if it is being typed. */
static LgMatcher
part_matcher (Parser *p,
              guint   i)
{
  Part *part = get_part (p, i);

  if (completing (p, i))
    return matcher_prefix (p->self, p->text + part->start, part->end - part->start, part->stem);
  return matcher_exact (p->self, part->stem);
}

static char *
join_stems (Parser *p,
            guint   first,
            guint   n)
{
  GString *key = g_string_new (NULL);

  for (guint i = first; i < first + n; i++)
    {
      if (i > first)
        g_string_append_c (key, ' ');
      g_string_append (key, get_part (p, i)->stem);
    }
  return g_string_free (key, FALSE);
}

static gboolean
typo_worthy (Part *part)
{
  return g_utf8_strlen (part->surface, -1) >= 5 && !lg_normalize_is_stopword (part->surface);
}

static void
unit_alts (Parser     *p,
           const Unit *unit,
           gboolean    typos)
{
  guint last = unit->first + unit->n_parts - 1;
  g_autofree char *key = NULL;

  if (unit->n_parts == 1)
    {
      Part *part = get_part (p, unit->first);
      gboolean typing = completing (p, last);
      LgMatcher typo = { 0 };

      if (typos && typo_worthy (part))
        {
          p->can_fuzz = TRUE;
          if (p->fuzzy)
            {
              LgMatcher near = part_matcher (p, last);

              typo = matcher_typo (p->self, part->surface, typing, &near);
              matcher_clear (&near);
            }
        }

      push_token (p, matcher_exact (p->self, part->stem));
      end_alt (p, part->stem, WEIGHT_TYPED, FALSE, FALSE);
      if (typing)
        {
          key = g_strconcat ("*", part->surface, NULL);
          push_token (p, part_matcher (p, last));
          end_alt (p, key, WEIGHT_COMPLETION, FALSE, FALSE);
        }
      if (typo.n_ids > 0)
        {
          push_token (p, typo);
          end_alt (p, "~", WEIGHT_TYPO, FALSE, TRUE);
        }
      else
        matcher_clear (&typo);
      return;
    }

  /* Hyphenated: the words next to each other, or run together. */
  for (guint i = unit->first; i <= last; i++)
    push_token (p, part_matcher (p, i));
  key = join_stems (p, unit->first, unit->n_parts);
  end_alt (p, key, WEIGHT_TYPED, TRUE, FALSE);

  if (completing (p, last))
    push_token (p, matcher_prefix (p->self, p->text + unit->start, unit->end - unit->start,
                                   unit->compound));
  else
    push_token (p, matcher_exact (p->self, unit->compound));
  end_alt (p, unit->compound, WEIGHT_TYPED, FALSE, FALSE);
}

static void
add_entry_alt (Parser  *p,
               char   **stems)
{
  g_autofree char *key = g_strjoinv (" ", stems);

  for (guint i = 0; stems[i]; i++)
    push_token (p, matcher_exact (p->self, stems[i]));
  end_alt (p, key, WEIGHT_SYNONYM, TRUE, FALSE);
}

/* A run of units that a synonym set holds: the words as typed, and every
 * entry of the sets.
 */
static void
synonym_concept (Parser *p,
                 guint   first_unit,
                 guint   n_units,
                 GArray *sets)
{
  const Unit *first = get_unit (p, first_unit);
  const Unit *last = get_unit (p, first_unit + n_units - 1);
  guint n_parts = last->first + last->n_parts - first->first;

  if (n_units == 1)
    unit_alts (p, first, FALSE);
  else
    {
      g_autofree char *key = join_stems (p, first->first, n_parts);

      for (guint i = first->first; i < first->first + n_parts; i++)
        push_token (p, part_matcher (p, i));
      end_alt (p, key, WEIGHT_TYPED, FALSE, FALSE);
    }

  for (guint s = 0; s < sets->len; s++)
    {
      GPtrArray *set = g_ptr_array_index (p->self->synonym_sets, g_array_index (sets, guint, s));

      for (guint e = 0; e < set->len; e++)
        {
          LgSynonym *syn = g_ptr_array_index (set, e);

          add_entry_alt (p, syn->parts);
          if (syn->compound)
            add_entry_alt (p, syn->compound);
        }
    }

  end_concept (p, n_parts, TRUE);
}

/* The synonym sets holding units @first… as one entry, in either form. */
static GArray *
find_synonyms (Parser *p,
               guint   first,
               guint   n_units)
{
  g_autoptr(GString) apart = g_string_new (NULL);
  g_autoptr(GString) together = g_string_new (NULL);
  GArray *sets;

  for (guint u = first; u < first + n_units; u++)
    {
      const Unit *unit = get_unit (p, u);

      if (unit->group >= 0)
        return NULL;
      for (guint i = unit->first; i < unit->first + unit->n_parts; i++)
        {
          if (apart->len > 0)
            g_string_append_c (apart, ' ');
          g_string_append (apart, get_part (p, i)->stem);
        }
      if (together->len > 0)
        g_string_append_c (together, ' ');
      g_string_append (together, unit->n_parts > 1 ? unit->compound : get_part (p, unit->first)->stem);
    }

  sets = g_hash_table_lookup (p->self->synonyms, apart->str);
  if (sets == NULL)
    sets = g_hash_table_lookup (p->self->synonyms, together->str);
  return sets;
}

static void
phrase_concept (Parser *p,
                guint   first_unit,
                guint   n_units)
{
  const Unit *first = get_unit (p, first_unit);
  const Unit *last = get_unit (p, first_unit + n_units - 1);
  guint n_parts = last->first + last->n_parts - first->first;
  g_autofree char *key = join_stems (p, first->first, n_parts);

  for (guint i = first->first; i < first->first + n_parts; i++)
    push_token (p, part_matcher (p, i));
  end_alt (p, key, WEIGHT_TYPED, TRUE, FALSE);
  end_concept (p, n_parts, TRUE);
}

/* Reading the query */

static void
read_segment (Parser *p,
              guint   start,
              guint   end,
              gint    group)
{
  LgTokenizer tokenizer;
  LgToken token;
  gboolean first = TRUE;

  lg_tokenizer_init (&tokenizer, p->text + start, end - start);
  while (lg_tokenizer_next (&tokenizer, &token) && p->parts->len < MAX_PARTS)
    {
      Part part;
      gsize n;

      if (token.flags & LG_TOKEN_COMPOUND)
        continue;

      part.start = start + token.start;
      part.end = start + token.end;
      n = lg_normalize_fold (p->text + part.start, part.end - part.start, part.surface);
      n = lg_normalize_spelling (part.surface, n);
      memcpy (part.stem, part.surface, n + 1);
      lg_normalize_stem (part.stem, n);
      if (n == 0)
        continue;
      g_array_append_val (p->parts, part);

      if ((token.flags & LG_TOKEN_JOINED) && !first)
        {
          Unit *unit = get_unit (p, p->units->len - 1);

          unit->n_parts++;
          unit->end = part.end;
        }
      else
        {
          Unit unit = { p->parts->len - 1, 1, part.start, part.end, NULL, group };

          g_array_append_val (p->units, unit);
        }
      first = FALSE;
    }
}

static gboolean
is_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E;
}

static void
read_query (Parser *p)
{
  const char *s = p->text;
  guint start = 0;
  gint group = -1, n_groups = 0;

  for (const char *c = s; *c; c = g_utf8_next_char (c))
    {
      if (!is_quote (g_utf8_get_char (c)))
        continue;
      read_segment (p, start, c - s, group);
      group = group < 0 ? n_groups++ : -1;
      start = g_utf8_next_char (c) - s;
    }
  read_segment (p, start, strlen (s), group);

  p->prefix = p->parts->len > 0 &&
              get_part (p, p->parts->len - 1)->end == strlen (s);

  for (guint u = 0; u < p->units->len; u++)
    {
      Unit *unit = get_unit (p, u);

      if (unit->n_parts > 1)
        unit->compound = lg_normalize_term (p->text + unit->start, unit->end - unit->start);
    }
}

static void
make_concepts (Parser *p)
{
  guint n_units = p->units->len;
  gboolean any_required = FALSE;

  for (guint u = 0; u < n_units;)
    {
      const Unit *unit = get_unit (p, u);
      guint len;

      if (unit->group >= 0)
        {
          for (len = 1; u + len < n_units && get_unit (p, u + len)->group == unit->group; len++)
            ;
          phrase_concept (p, u, len);
          u += len;
          continue;
        }

      for (len = MIN (p->self->max_synonym_len, n_units - u); len > 0; len--)
        {
          GArray *sets = find_synonyms (p, u, len);

          if (sets != NULL)
            {
              synonym_concept (p, u, len, sets);
              break;
            }
        }
      if (len > 0)
        {
          u += len;
          continue;
        }

      unit_alts (p, unit, TRUE);
      end_concept (p, unit->n_parts,
                   unit->n_parts > 1 || !lg_normalize_is_stopword (get_part (p, unit->first)->surface));
      u++;
    }

  for (guint c = 0; c < p->concepts->len; c++)
    any_required |= g_array_index (p->concepts, LgConcept, c).required;
  if (!any_required)
    for (guint c = 0; c < p->concepts->len; c++)
      g_array_index (p->concepts, LgConcept, c).required = TRUE;
}

/* One bit per matcher, and for each stem the bits of those accepting it. */
static void
assign_bits (LgSearch *self,
             LgQuery  *q)
{
  guint bit = 0;

  q->masks = g_new0 (guint64, MAX (self->n_stems, 1));

  for (guint c = 0; c < q->n_concepts; c++)
    {
      LgConcept *concept = &q->concepts[c];
      guint kept = 0;

      for (guint a = 0; a < concept->n_alts; a++)
        {
          LgAlt *alt = &concept->alts[a];
          float sum = 0.0f;

          if (bit + alt->n_tokens > LG_QUERY_MAX_BITS)
            {
              alt_clear (alt);
              continue;
            }
          for (guint t = 0; t < alt->n_tokens; t++)
            {
              LgMatcher *m = &alt->tokens[t];
              guint64 mask = G_GUINT64_CONSTANT (1) << bit;

              m->bit = bit++;
              concept->bits |= mask;
              sum += m->max_score;
              for (guint r = 0; r < m->n_ranges; r++)
                for (guint32 s = m->ranges[2 * r]; s < m->ranges[2 * r + 1]; s++)
                  q->masks[s] |= mask;
              for (guint i = 0; i < m->n_ids; i++)
                q->masks[m->ids[i]] |= mask;
            }
          alt->first_bit = G_GUINT64_CONSTANT (1) << alt->tokens[0].bit;
          alt->max_score = alt->weight * concept->span * sum / alt->n_tokens;
          concept->first_bits |= alt->first_bit;
          concept->max_score = MAX (concept->max_score, alt->max_score);
          concept->alts[kept++] = *alt;
        }
      concept->n_alts = kept;
    }
  q->n_bits = bit;
}

/**
 * lg_query_new:
 * @self: the index
 * @text: what the user typed
 * @fuzzy: whether to add typo alternatives
 *
 * Returns: (transfer full): the query
 */
LgQuery *
lg_query_new (LgSearch   *self,
              const char *text,
              gboolean    fuzzy)
{
  Parser p = { self, text };
  LgQuery *q = g_new0 (LgQuery, 1);
  gsize n_concepts;

  p.parts = g_array_new (FALSE, FALSE, sizeof (Part));
  p.units = g_array_new (FALSE, FALSE, sizeof (Unit));
  p.concepts = g_array_new (FALSE, FALSE, sizeof (LgConcept));
  p.alts = g_array_new (FALSE, FALSE, sizeof (LgAlt));
  p.alt_keys = g_ptr_array_new_with_free_func (g_free);
  p.tokens = g_array_new (FALSE, FALSE, sizeof (LgMatcher));
  p.fuzzy = fuzzy;

  read_query (&p);
  make_concepts (&p);

  q->ref_count = 1;
  q->concepts = (LgConcept *) (gpointer) g_array_steal (p.concepts, &n_concepts);
  q->n_concepts = n_concepts;
  q->can_fuzz = p.can_fuzz;
  assign_bits (self, q);
  for (guint c = 0; c < q->n_concepts; c++)
    for (guint a = 0; a < q->concepts[c].n_alts; a++)
      q->fuzzy |= q->concepts[c].alts[a].fuzzy;

  for (guint u = 0; u < p.units->len; u++)
    g_free (get_unit (&p, u)->compound);
  g_array_unref (p.parts);
  g_array_unref (p.units);
  g_array_unref (p.concepts);
  g_array_unref (p.alts);
  g_ptr_array_unref (p.alt_keys);
  g_array_unref (p.tokens);
  return q;
}

/**
 * lg_query_token_mask:
 * @self: the index
 * @query: a query
 * @text: the text a token was found in
 * @token: the token
 *
 * Returns: the bits of the query's matchers that accept the token
 */
guint64
lg_query_token_mask (LgSearch      *self,
                     LgQuery       *query,
                     const char    *text,
                     const LgToken *token)
{
  char surface[LG_NORMALIZE_BUFSIZE];
  char stem[LG_NORMALIZE_BUFSIZE];
  guint32 id;
  guint64 mask = 0;

  id = lg_search_lookup_word (self, text + token->start, token->end - token->start,
                              surface, stem);
  if (id != G_MAXUINT32)
    return query->masks[id];

  /* A word the corpus does not have: compare the strings. */
  for (guint c = 0; c < query->n_concepts; c++)
    for (guint a = 0; a < query->concepts[c].n_alts; a++)
      for (guint t = 0; t < query->concepts[c].alts[a].n_tokens; t++)
        {
          const LgMatcher *m = &query->concepts[c].alts[a].tokens[t];
          gboolean ok = FALSE;

          for (guint i = 0; m->prefixes && m->prefixes[i] && !ok; i++)
            ok = g_str_has_prefix (surface, m->prefixes[i]);
          for (guint i = 0; m->exact && m->exact[i] && !ok; i++)
            ok = g_str_equal (stem, m->exact[i]);
          if (ok)
            mask |= G_GUINT64_CONSTANT (1) << m->bit;
        }
  return mask;
}
