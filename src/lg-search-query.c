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
 * “relapsed”; stop words are left out). In the second try, made when the
 * query as typed found fewer than three sections, each word of five
 * letters or more that matches (next to) nothing as it is also matches the
 * words one typo away (two from nine letters: a letter inserted, deleted
 * or changed, or two letters swapped; see lg_matcher_typo() for what a
 * short word may not become).
 *
 * Before synonyms, the longest run of words that is one of the corpus's
 * ways of asking about a concept (stop words skipped on both sides)
 * becomes one core concept (see find_trigger()).
 */

#define G_LOG_DOMAIN "lg-search"

#include "config.h"

#include <string.h>

#include "lg-search-private.h"

/* Longer queries are cut: nobody types more, and each word costs. */
#define MAX_PARTS 24

#define WEIGHT_TYPED      1.0f
#define WEIGHT_CONCEPT    0.9f
#define WEIGHT_COMPLETION 0.75f
#define WEIGHT_SYNONYM    0.8f
#define WEIGHT_TYPO       0.5f

typedef struct
{
  guint    start;
  guint    end;
  guint    unit;
  gboolean stop;
  char     surface[LG_NORMALIZE_BUFSIZE];
  char     stem[LG_NORMALIZE_BUFSIZE];
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
  gboolean    urgent;
  guint       n_core;
  GPtrArray  *concept_keys;  /* GStrv: each concept's alternatives */
  GArray     *concepts;  /* LgConcept */
  GArray     *alts;      /* LgAlt, of the concept being built */
  GPtrArray  *alt_keys;  /* to drop an alternative seen before */
  GArray     *tokens;    /* LgMatcher, of the alternative being built */
  gboolean    short_prefix;  /* the alternative being built completes one or two letters */
} Parser;

static void
alt_clear (LgAlt *alt)
{
  for (guint i = 0; i < alt->n_tokens; i++)
    lg_matcher_clear (&alt->tokens[i]);
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
  g_strfreev (query->single_keys);
  g_free (query->masks);
  g_free (query);
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
          lg_matcher_clear (&g_array_index (p->tokens, LgMatcher, t));
        g_array_set_size (p->tokens, 0);
        p->short_prefix = FALSE;
        return;
      }
  g_ptr_array_add (p->alt_keys, g_strdup (key));

  alt.n_tokens = p->tokens->len;
  alt.tokens = g_memdup2 (p->tokens->data, sizeof (LgMatcher) * p->tokens->len);
  alt.weight = weight;
  alt.phrase = phrase && alt.n_tokens > 1;
  alt.fuzzy = fuzzy;
  alt.short_prefix = p->short_prefix;
  alt.idf_cap = G_MAXFLOAT;
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
  g_ptr_array_add (p->alt_keys, NULL);
  g_ptr_array_add (p->concept_keys, g_strdupv ((char **) p->alt_keys->pdata));
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
    return lg_matcher_prefix (p->self, p->text + part->start, part->end - part->start, part->stem);
  return lg_matcher_exact (p->self, part->stem);
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
  return g_utf8_strlen (part->surface, -1) >= 5 && !part->stop;
}

/* The alternative made of parts @first… as typed; if the last is being
 * typed, a second one with its completions, weighed less.
 */
static void
parts_alts (Parser     *p,
            guint       first,
            guint       n,
            const char *key,
            gboolean    phrase)
{
  guint last = first + n - 1;
  g_autofree char *completed = NULL;

  for (guint i = first; i <= last; i++)
    push_token (p, lg_matcher_exact (p->self, get_part (p, i)->stem));
  end_alt (p, key, WEIGHT_TYPED, phrase, FALSE);

  if (!completing (p, last))
    return;
  for (guint i = first; i < last; i++)
    push_token (p, lg_matcher_exact (p->self, get_part (p, i)->stem));
  push_token (p, part_matcher (p, last));
  completed = g_strconcat ("*", key, NULL);
  p->short_prefix = n == 1 && strlen (get_part (p, last)->surface) <= 2;
  end_alt (p, completed, WEIGHT_COMPLETION, phrase, FALSE);
  p->short_prefix = FALSE;
}

static void
unit_alts (Parser     *p,
           const Unit *unit,
           gboolean    typos)
{
  guint last = unit->first + unit->n_parts - 1;
  g_autofree char *key = join_stems (p, unit->first, unit->n_parts);
  g_autofree char *completed = NULL;

  if (unit->n_parts == 1)
    {
      Part *part = get_part (p, unit->first);

      parts_alts (p, unit->first, 1, key, FALSE);

      /* Typos, for a word that finds (next to) nothing as it is. */
      if (typos && typo_worthy (part))
        {
          LgMatcher near = part_matcher (p, last);

          if (near.estimate < LG_SEARCH_FEW)
            {
              p->can_fuzz = TRUE;
              if (p->fuzzy)
                {
                  LgMatcher typo = lg_matcher_typo (p->self, part->surface, completing (p, last), &near);

                  if (typo.n_ids > 0)
                    {
                      push_token (p, typo);
                      end_alt (p, "~", WEIGHT_TYPO, FALSE, TRUE);
                    }
                  else
                    lg_matcher_clear (&typo);
                }
            }
          lg_matcher_clear (&near);
        }
      return;
    }

  /* Hyphenated: the words next to each other, or run together. */
  parts_alts (p, unit->first, unit->n_parts, key, TRUE);

  push_token (p, lg_matcher_exact (p->self, unit->compound));
  end_alt (p, unit->compound, WEIGHT_TYPED, FALSE, FALSE);
  if (completing (p, last))
    {
      push_token (p, lg_matcher_prefix (p->self, p->text + unit->start, unit->end - unit->start,
                                     unit->compound));
      completed = g_strconcat ("*", unit->compound, NULL);
      end_alt (p, completed, WEIGHT_COMPLETION, FALSE, FALSE);
    }
}

static void
add_entry_alt (Parser  *p,
               char   **stems,
               float    weight)
{
  g_autofree char *key = g_strjoinv (" ", stems);

  for (guint i = 0; stems[i]; i++)
    push_token (p, lg_matcher_exact (p->self, stems[i]));
  end_alt (p, key, weight, TRUE, FALSE);
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

      parts_alts (p, first->first, n_parts, key, FALSE);
    }

  for (guint s = 0; s < sets->len; s++)
    {
      GPtrArray *set = g_ptr_array_index (p->self->synonym_sets, g_array_index (sets, guint, s));

      for (guint e = 0; e < set->len; e++)
        {
          LgSynonym *syn = g_ptr_array_index (set, e);

          add_entry_alt (p, syn->parts, WEIGHT_SYNONYM);
          if (syn->compound)
            add_entry_alt (p, syn->compound, WEIGHT_SYNONYM);
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

/* The longest way of asking, among the corpus's, that starts with unit
 * @u: its concepts (NULL if none), the units it covers and its words
 * that are not stop words. Stop words are skipped on both sides, so
 * “how long do I have left” and “how long have I left” meet.
 */
static GArray *
find_trigger (Parser *p,
              guint   u,
              guint  *n_units,
              guint  *n_words)
{
  guint content[MAX_PARTS];
  guint max = MIN (p->self->max_trigger_len, MAX_PARTS);
  guint n = 0;

  if (p->self->max_trigger_len == 0 || get_unit (p, u)->group >= 0 ||
      get_part (p, get_unit (p, u)->first)->stop)
    return NULL;

  for (guint v = u; v < p->units->len && n < max; v++)
    {
      const Unit *unit = get_unit (p, v);

      if (unit->group >= 0)
        break;
      for (guint i = unit->first; i < unit->first + unit->n_parts && n < max; i++)
        if (!get_part (p, i)->stop)
          content[n++] = i;
    }

  for (guint len = n; len > 0; len--)
    {
      g_autoptr(GString) key = g_string_new (NULL);
      GArray *concepts;

      for (guint i = 0; i < len; i++)
        {
          if (i > 0)
            g_string_append_c (key, ' ');
          g_string_append (key, get_part (p, content[i])->stem);
        }
      concepts = g_hash_table_lookup (p->self->triggers, key->str);
      if (concepts != NULL)
        {
          *n_units = get_part (p, content[len - 1])->unit - u + 1;
          *n_words = len;
          return concepts;
        }
    }
  return NULL;
}

/* A way of asking: its words as typed (next to each other), or what the
 * guide calls each concept it asks about.
 */
static void
trigger_concept (Parser *p,
                 guint   u,
                 guint   n_units,
                 guint   n_words,
                 GArray *concepts)
{
  const Unit *first = get_unit (p, u);
  const Unit *last = get_unit (p, u + n_units - 1);
  g_autoptr(GString) key = g_string_new (NULL);
  guint only = G_MAXUINT;
  gboolean urgent = FALSE;
  LgConcept *concept;

  for (guint i = first->first; i < last->first + last->n_parts; i++)
    if (!get_part (p, i)->stop)
      {
        if (key->len > 0)
          g_string_append_c (key, ' ');
        g_string_append (key, get_part (p, i)->stem);
        push_token (p, lg_matcher_exact (p->self, get_part (p, i)->stem));
        only = i;
      }
  if (n_words == 1)
    {
      /* One word: as typed, with its completions if it is being typed. */
      for (guint t = 0; t < p->tokens->len; t++)
        lg_matcher_clear (&g_array_index (p->tokens, LgMatcher, t));
      g_array_set_size (p->tokens, 0);
      parts_alts (p, only, 1, key->str, FALSE);
    }
  else
    end_alt (p, key->str, WEIGHT_TYPED, TRUE, FALSE);

  for (guint c = 0; c < concepts->len; c++)
    {
      const LgAsked *asked = g_ptr_array_index (p->self->asked, g_array_index (concepts, guint, c));

      urgent |= asked->urgent;
      for (guint w = 0; w < asked->words->len; w++)
        {
          LgSynonym *syn = g_ptr_array_index (asked->words, w);

          add_entry_alt (p, syn->parts, WEIGHT_CONCEPT);
          if (syn->compound)
            add_entry_alt (p, syn->compound, WEIGHT_CONCEPT);
        }
    }

  /* It is the point of the query: it counts twice. */
  end_concept (p, 2 * n_words, TRUE);
  concept = &g_array_index (p->concepts, LgConcept, p->concepts->len - 1);
  concept->core = TRUE;
  concept->urgent = urgent;
  p->urgent |= urgent;
  p->n_core++;
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

  parts_alts (p, first->first, n_parts, key, TRUE);
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
      part.stop = lg_search_is_stop (p->self, part.surface);
      part.unit = (token.flags & LG_TOKEN_JOINED) && !first ? p->units->len - 1 : p->units->len;
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
make_concepts (Parser *p,
               guint  *n_scored)
{
  guint n_units = p->units->len;
  guint n_required = 0;

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

      {
        guint n_words;
        GArray *concepts = find_trigger (p, u, &len, &n_words);

        if (concepts != NULL)
          {
            trigger_concept (p, u, len, n_words, concepts);
            u += len;
            continue;
          }
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
      end_concept (p, unit->n_parts, unit->n_parts > 1 || !get_part (p, unit->first)->stop);
      u++;
    }

  for (guint c = 0; c < p->concepts->len; c++)
    n_required += g_array_index (p->concepts, LgConcept, c).required;
  if (n_required == 0)
    for (guint c = 0; c < p->concepts->len; c++)
      g_array_index (p->concepts, LgConcept, c).required = TRUE;
  *n_scored = n_required ? n_required : p->concepts->len;

  /* After other words, the first letter or two of the last one only
   * filter: the words already typed decide the order.
   */
  if (n_required >= 2)
    for (guint c = 0; c < p->concepts->len; c++)
      {
        LgConcept *concept = &g_array_index (p->concepts, LgConcept, c);

        for (guint a = 0; a < concept->n_alts; a++)
          concept->alts[a].flat = concept->alts[a].short_prefix;
      }
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
      float cap = 0.0f;

      /* A rare synonym of a common word, or a rare word for what was
       * asked, must not outweigh the word typed. */
      if (concept->n_alts > 0 && concept->alts[0].weight == WEIGHT_TYPED)
        for (guint t = 0; t < concept->alts[0].n_tokens; t++)
          for (guint i = 0; i < concept->alts[0].tokens[t].n_ids; i++)
            cap = MAX (cap, self->idf[concept->alts[0].tokens[t].ids[i]]);
      for (guint a = 0; a < concept->n_alts && cap > 0.0f; a++)
        if (concept->alts[a].weight == WEIGHT_SYNONYM || concept->alts[a].weight == WEIGHT_CONCEPT)
          concept->alts[a].idf_cap = cap;

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

              q->bit_concept[bit] = c;
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
          alt->max_score = alt->weight * concept->span *
                           (alt->flat ? LG_FLAT_SCORE : sum / alt->n_tokens);
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
 * @flags: whether to add typo alternatives, and to let documents lack
 *   some words
 *
 * Returns: (transfer full): the query
 */
LgQuery *
lg_query_new (LgSearch     *self,
              const char   *text,
              LgQueryFlags  flags)
{
  g_autofree char *valid = g_utf8_validate (text, -1, NULL) ? NULL : g_utf8_make_valid (text, -1);
  Parser p = { self, valid ? valid : text };
  LgQuery *q = g_new0 (LgQuery, 1);
  gsize n_concepts;
  guint n_scored = 0;

  p.parts = g_array_new (FALSE, FALSE, sizeof (Part));
  p.units = g_array_new (FALSE, FALSE, sizeof (Unit));
  p.concepts = g_array_new (FALSE, FALSE, sizeof (LgConcept));
  p.alts = g_array_new (FALSE, FALSE, sizeof (LgAlt));
  p.alt_keys = g_ptr_array_new_with_free_func (g_free);
  p.tokens = g_array_new (FALSE, FALSE, sizeof (LgMatcher));
  p.concept_keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  p.fuzzy = (flags & LG_QUERY_FUZZY) != 0;

  read_query (&p);
  make_concepts (&p, &n_scored);

  q->ref_count = 1;
  q->urgent = p.urgent;
  /* A question, a feeling or a sentence need not be in the text word for
   * word; two or three keywords must. */
  q->can_relax = p.n_core > 0 || n_scored >= 3;
  q->relaxed = ((flags & LG_QUERY_RELAXED) && q->can_relax) || (flags & LG_QUERY_ANY);
  for (guint c = 0; c < p.concepts->len; c++)
    if (n_scored == 1 && g_array_index (p.concepts, LgConcept, c).required)
      {
        char **keys = g_ptr_array_index (p.concept_keys, c);

        /* What the guide calls a concept asked about is not what was typed. */
        if (g_array_index (p.concepts, LgConcept, c).core && keys[0] != NULL)
          q->single_keys = g_strdupv ((char *[]) { keys[0], NULL });
        else
          q->single_keys = g_strdupv (keys);
      }
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
  g_ptr_array_unref (p.concept_keys);
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

  id = lg_search_lookup_word (self, text + token->start, token->end - token->start, NULL, NULL);
  if (id != G_MAXUINT32)
    return query->masks[id];
  lg_search_lookup_word (self, text + token->start, token->end - token->start, surface, stem);

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
