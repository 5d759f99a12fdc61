/* lg-search-result.c: one search result, its snippet and its matches
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The snippet is taken from the piece of body text (paragraph, list item,
 * callout…) that holds the most of the query's concepts, found on the
 * document's stream of stems; only that piece is tokenised again, to
 * find where the matched words are.
 */

#define G_LOG_DOMAIN "lg-search"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "lg-search-private.h"

/* About how long a snippet is, in characters, and how much comes before
 * the first match shown.
 */
#define SNIPPET_CHARS 160
#define SNIPPET_LEAD  30
#define ELLIPSIS      "…"

typedef struct
{
  char   *text;
  GArray *ranges;   /* LgSearchRange */
} Snippet;

struct _LgSearchResult
{
  GObject          parent_instance;

  LgSearch        *index;
  LgQuery         *query;
  guint32          doc;
  const LgTopic   *topic;
  const LgSection *section;
  char            *topic_id;
  double           score;
  Snippet         *snippet;   /* made when first asked for */
};

G_DEFINE_FINAL_TYPE (LgSearchResult, lg_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TOPIC_ID,
  PROP_SECTION_ID,
  PROP_TOPIC_TITLE,
  PROP_SECTION_TITLE,
  PROP_SCORE,
  PROP_SNIPPET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lg_search_result_finalize (GObject *object)
{
  LgSearchResult *self = LG_SEARCH_RESULT (object);

  g_clear_object (&self->index);
  g_clear_pointer (&self->query, lg_query_unref);
  g_free (self->topic_id);
  if (self->snippet != NULL)
    {
      g_free (self->snippet->text);
      g_array_unref (self->snippet->ranges);
      g_free (self->snippet);
    }

  G_OBJECT_CLASS (lg_search_result_parent_class)->finalize (object);
}

static void
lg_search_result_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LgSearchResult *self = LG_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_TOPIC_ID:
      g_value_set_string (value, self->topic_id);
      break;

    case PROP_SECTION_ID:
      g_value_set_string (value, self->section->id);
      break;

    case PROP_TOPIC_TITLE:
      g_value_set_string (value, self->topic->title->plain);
      break;

    case PROP_SECTION_TITLE:
      g_value_set_string (value, self->section->title->plain);
      break;

    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;

    case PROP_SNIPPET:
      g_value_set_string (value, lg_search_result_get_snippet (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_search_result_class_init (LgSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lg_search_result_finalize;
  object_class->get_property = lg_search_result_get_property;

  properties[PROP_TOPIC_ID] =
    g_param_spec_string ("topic-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION_ID] =
    g_param_spec_string ("section-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPIC_TITLE] =
    g_param_spec_string ("topic-title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION_TITLE] =
    g_param_spec_string ("section-title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lg_search_result_init (LgSearchResult *self G_GNUC_UNUSED)
{
}

/* Matching in text */

typedef struct
{
  guint start;
  guint end;
  guint concept;
} Match;

typedef struct
{
  LgToken token;
  guint64 mask;
} Word;

static void
add_match (GArray *matches,
           guint   start,
           guint   end,
           guint   concept)
{
  Match m = { start, end, concept };

  g_array_append_val (matches, m);
}

static int
compare_matches (const void *a,
                 const void *b)
{
  const Match *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end;
}

/* The words of @text that the query's required concepts match, in order
 * and merged where they overlap.
 */
static GArray *
match_text (LgSearch   *self,
            LgQuery    *q,
            const char *text,
            gsize       length)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  g_autoptr(GArray) compounds = g_array_new (FALSE, FALSE, sizeof (Word));
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (Match));
  guint64 any = 0;
  LgTokenizer tokenizer;
  Word w;
  guint n = 0;

  lg_tokenizer_init (&tokenizer, text, length);
  while (lg_tokenizer_next (&tokenizer, &w.token))
    {
      w.mask = lg_query_token_mask (self, q, text, &w.token);
      any |= w.mask;
      g_array_append_val ((w.token.flags & LG_TOKEN_COMPOUND) ? compounds : words, w);
    }
  if (any == 0)
    return matches;

  for (guint c = 0; c < q->n_concepts; c++)
    {
      const LgConcept *concept = &q->concepts[c];

      if (!concept->required || !(any & concept->bits))
        continue;

      for (guint a = 0; a < concept->n_alts; a++)
        {
          const LgAlt *alt = &concept->alts[a];

          if (!alt->phrase)
            {
              guint64 bits = 0;

              for (guint t = 0; t < alt->n_tokens; t++)
                bits |= G_GUINT64_CONSTANT (1) << alt->tokens[t].bit;
              for (guint i = 0; i < words->len; i++)
                if (g_array_index (words, Word, i).mask & bits)
                  add_match (matches, g_array_index (words, Word, i).token.start,
                             g_array_index (words, Word, i).token.end, c);
              for (guint i = 0; i < compounds->len; i++)
                if (g_array_index (compounds, Word, i).mask & bits)
                  add_match (matches, g_array_index (compounds, Word, i).token.start,
                             g_array_index (compounds, Word, i).token.end, c);
              continue;
            }

          /* Several words: only where they stand together. */
          for (guint i = 0; i + alt->n_tokens <= words->len; i++)
            {
              guint t;

              for (t = 0; t < alt->n_tokens; t++)
                if (!(g_array_index (words, Word, i + t).mask &
                      (G_GUINT64_CONSTANT (1) << alt->tokens[t].bit)))
                  break;
              if (t < alt->n_tokens)
                continue;
              for (t = 0; t < alt->n_tokens; t++)
                add_match (matches, g_array_index (words, Word, i + t).token.start,
                           g_array_index (words, Word, i + t).token.end, c);
            }
        }
    }

  g_array_sort (matches, compare_matches);
  for (guint i = 0; i < matches->len; i++)
    {
      Match *m = &g_array_index (matches, Match, i);

      if (n > 0 && m->start < g_array_index (matches, Match, n - 1).end)
        {
          Match *last = &g_array_index (matches, Match, n - 1);

          last->end = MAX (last->end, m->end);
          continue;
        }
      g_array_index (matches, Match, n++) = *m;
    }
  g_array_set_size (matches, n);
  return matches;
}

/**
 * lg_search_match_text:
 * @self: the index
 * @query: a query
 * @text: plain text
 * @length: its length in bytes
 *
 * Returns: (transfer full) (element-type LgSearchRange): where the query's
 *   words are in @text
 */
GArray *
lg_search_match_text (LgSearch   *self,
                      LgQuery    *query,
                      const char *text,
                      gsize       length)
{
  g_autoptr(GArray) matches = match_text (self, query, text, length);
  GArray *ranges = g_array_sized_new (FALSE, FALSE, sizeof (LgSearchRange), matches->len);

  for (guint i = 0; i < matches->len; i++)
    {
      const Match *m = &g_array_index (matches, Match, i);
      LgSearchRange range = { m->start, m->end };

      g_array_append_val (ranges, range);
    }
  return ranges;
}

/* Snippets */

/* The piece of body text that holds the most of the query. */
static guint
best_piece (LgSearch      *self,
            const LgQuery *q,
            const LgDoc   *doc,
            GArray        *pieces)
{
  const guint32 *stream = self->stream + doc->stream;
  guint best = G_MAXUINT, first_body = G_MAXUINT;
  guint best_score = 0, score = 0, hits = 0;
  guint64 required = 0, seen = 0, seen_required = 0;
  gint piece = -1;

  for (guint c = 0; c < q->n_concepts; c++)
    if (q->concepts[c].required)
      required |= G_GUINT64_CONSTANT (1) << c;

  for (guint p = 0; p <= doc->n_stream; p++)
    {
      guint64 mask;

      if (p == doc->n_stream || LG_STREAM_IS_MARK (stream[p]))
        {
          if (piece >= 0 && g_array_index (pieces, LgPiece, piece).field == LG_FIELD_BODY)
            {
              score = 1000 * __builtin_popcountll (seen_required) +
                      100 * __builtin_popcountll (seen) + MIN (hits, 99);
              if (first_body == G_MAXUINT)
                first_body = piece;
              if (score > best_score)
                {
                  best_score = score;
                  best = piece;
                }
            }
          piece++;
          seen = seen_required = 0;
          hits = 0;
          continue;
        }
      mask = q->masks[stream[p]];
      if (mask == 0)
        continue;
      hits++;
      while (mask)
        {
          guint bit = __builtin_ctzll (mask);

          mask &= mask - 1;
          seen |= G_GUINT64_CONSTANT (1) << q->bit_concept[bit];
        }
      seen_required = seen & required;
    }

  if (best != G_MAXUINT)
    return best;

  /* No match in the body: its first sentence, if it has one. */
  for (guint i = 0; i < pieces->len; i++)
    {
      const LgPiece *p = &g_array_index (pieces, LgPiece, i);

      if (p->field == LG_FIELD_BODY && strlen (p->text) >= 40 && strchr (p->text, ' '))
        return i;
    }
  if (first_body != G_MAXUINT)
    return first_body;
  return MIN (1u, pieces->len - 1);
}

/* The piece's text, with what it needs to be read on its own: a
 * definition with its term, a table cell with the rest of its row.
 */
static char *
piece_text (const LgPiece *piece)
{
  const LgBlock *block = piece->block;

  if (block != NULL && block->type == LG_BLOCK_DEFINITIONS && block->n_items % 2 == 0)
    {
      guint term = piece->item & ~1u;

      g_autofree char *lead = g_strdup_printf (_("%s: "), block->items[term]->plain);

      return g_strconcat (lead, block->items[term + 1]->plain, NULL);
    }
  if (block != NULL && block->type == LG_BLOCK_TABLE && block->n_columns > 1)
    {
      guint first = piece->item - piece->item % block->n_columns;
      GString *row = g_string_new (NULL);

      for (guint i = first; i < first + block->n_columns && i < block->n_items; i++)
        {
          if (i > first)
            g_string_append (row, " · ");
          g_string_append (row, block->items[i]->plain);
        }
      return g_string_free (row, FALSE);
    }
  return g_strdup (piece->text);
}

static gsize
skip_space (const char *text,
            gsize       at,
            gsize       end)
{
  while (at < end && text[at] == ' ')
    at++;
  return at;
}

static Snippet *
make_snippet (LgSearch    *self,
              LgQuery     *q,
              const LgDoc *doc)
{
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (LgPiece));
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *text = NULL;
  Snippet *snippet = g_new0 (Snippet, 1);
  gsize length, start = 0, end;
  glong n_chars;
  gsize shift;

  lg_search_collect_pieces (self, doc, pieces);
  text = piece_text (&g_array_index (pieces, LgPiece, best_piece (self, q, doc, pieces)));
  length = strlen (text);
  end = length;
  matches = match_text (self, q, text, length);
  n_chars = g_utf8_strlen (text, length);

  if (n_chars > SNIPPET_CHARS + SNIPPET_CHARS / 8)
    {
      guint anchor = 0, anchor_concepts = 0, anchor_count = 0;
      glong from_char, to_char;
      const char *p = text;
      glong at = 0;

      /* Where each match starts and ends, in characters. */
      offsets = g_array_sized_new (FALSE, FALSE, sizeof (glong), 2 * matches->len);
      for (guint i = 0; i < matches->len; i++)
        {
          const Match *m = &g_array_index (matches, Match, i);

          at += g_utf8_pointer_to_offset (p, text + m->start);
          p = text + m->start;
          g_array_append_val (offsets, at);
          at += g_utf8_pointer_to_offset (p, text + m->end);
          p = text + m->end;
          g_array_append_val (offsets, at);
        }

      /* The window that shows the most concepts, then the most matches. */
      for (guint i = 0; i < matches->len; i++)
        {
          glong limit = g_array_index (offsets, glong, 2 * i) + SNIPPET_CHARS - SNIPPET_LEAD;
          guint64 concepts = 0;
          guint count = 0, n_concepts;

          for (guint j = i; j < matches->len && g_array_index (offsets, glong, 2 * j + 1) <= limit; j++)
            {
              concepts |= G_GUINT64_CONSTANT (1) << g_array_index (matches, Match, j).concept;
              count++;
            }
          n_concepts = __builtin_popcountll (concepts);
          if (n_concepts > anchor_concepts || (n_concepts == anchor_concepts && count > anchor_count))
            {
              anchor = i;
              anchor_concepts = n_concepts;
              anchor_count = count;
            }
        }

      from_char = matches->len > 0 ? g_array_index (offsets, glong, 2 * anchor) - SNIPPET_LEAD : 0;
      from_char = MAX (0, from_char);
      to_char = MIN (n_chars, from_char + SNIPPET_CHARS);
      from_char = MAX (0, to_char - SNIPPET_CHARS);
      start = g_utf8_offset_to_pointer (text, from_char) - text;
      end = g_utf8_offset_to_pointer (text + start, to_char - from_char) - text;

      /* Whole words: start after a space and end before one, but never
       * cut the match the window is anchored on.
       */
      if (start > 0 && text[start - 1] != ' ')
        {
          gsize limit = matches->len > 0 ? g_array_index (matches, Match, anchor).start : end;
          const char *space = memchr (text + start, ' ', limit > start ? limit - start : 0);

          if (space != NULL)
            start = space - text + 1;
        }
      if (end < length && text[end] != ' ')
        {
          gsize limit = matches->len > 0 ? g_array_index (matches, Match, anchor).end : start;
          gsize at_end = end;

          while (at_end > limit && text[at_end - 1] != ' ')
            at_end--;
          if (at_end > limit)
            end = at_end;
        }
      start = skip_space (text, start, end);
      while (end > start && text[end - 1] == ' ')
        end--;
    }

  if (start > 0)
    g_string_append (out, ELLIPSIS);
  shift = out->len;
  g_string_append_len (out, text + start, end - start);
  if (end < length)
    g_string_append (out, ELLIPSIS);

  snippet->ranges = g_array_new (FALSE, FALSE, sizeof (LgSearchRange));
  for (guint i = 0; i < matches->len; i++)
    {
      const Match *m = &g_array_index (matches, Match, i);
      LgSearchRange range;

      if (m->end <= start || m->start >= end)
        continue;
      range.start = MAX (m->start, start) - start + shift;
      range.end = MIN (m->end, end) - start + shift;
      g_array_append_val (snippet->ranges, range);
    }
  snippet->text = g_string_free (g_steal_pointer (&out), FALSE);
  return snippet;
}

static const Snippet *
get_snippet (LgSearchResult *self)
{
  if (g_once_init_enter (&self->snippet))
    g_once_init_leave (&self->snippet,
                       make_snippet (self->index, self->query, &self->index->docs[self->doc]));
  return self->snippet;
}

/**
 * lg_search_result_new:
 * @self: the index
 * @query: the query that found it
 * @hit: the document and its score
 *
 * Returns: (transfer full): the result, with its snippet
 */
LgSearchResult *
lg_search_result_new (LgSearch    *self,
                      LgQuery     *query,
                      const LgHit *hit)
{
  const LgDoc *doc = &self->docs[hit->doc];
  LgSearchResult *result = g_object_new (LG_TYPE_SEARCH_RESULT, NULL);

  result->topic = doc->topic;
  result->section = doc->section;
  result->topic_id = doc->copy == 0
    ? g_strdup (doc->topic->id)
    : g_strdup_printf ("%s~%u", doc->topic->id, doc->copy);
  result->score = hit->score;
  result->index = g_object_ref (self);
  result->query = lg_query_ref (query);
  result->doc = hit->doc;
  return result;
}

/**
 * lg_search_result_get_topic_id:
 * @self: a result
 *
 * Returns: the id of the topic the section is in
 */
const char *
lg_search_result_get_topic_id (LgSearchResult *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULT (self), NULL);

  return self->topic_id;
}

/**
 * lg_search_result_get_section_id:
 * @self: a result
 *
 * Returns: the section's id
 */
const char *
lg_search_result_get_section_id (LgSearchResult *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULT (self), NULL);

  return self->section->id;
}

/**
 * lg_search_result_get_topic:
 * @self: a result
 *
 * Returns: (transfer none): the topic, owned by the corpus
 */
const LgTopic *
lg_search_result_get_topic (LgSearchResult *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULT (self), NULL);

  return self->topic;
}

/**
 * lg_search_result_get_section:
 * @self: a result
 *
 * Returns: (transfer none): the section, owned by the corpus
 */
const LgSection *
lg_search_result_get_section (LgSearchResult *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULT (self), NULL);

  return self->section;
}

/**
 * lg_search_result_get_topic_title:
 * @self: a result
 *
 * Returns: the topic's title, as plain text
 */
const char *
lg_search_result_get_topic_title (LgSearchResult *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULT (self), NULL);

  return self->topic->title->plain;
}

/**
 * lg_search_result_get_section_title:
 * @self: a result
 *
 * Returns: the section's title, as plain text
 */
const char *
lg_search_result_get_section_title (LgSearchResult *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULT (self), NULL);

  return self->section->title->plain;
}

/**
 * lg_search_result_get_score:
 * @self: a result
 *
 * Returns: how well the section matches: higher is better; comparable
 *   only between results of one query
 */
double
lg_search_result_get_score (LgSearchResult *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULT (self), 0.0);

  return self->score;
}

/**
 * lg_search_result_get_snippet:
 * @self: a result
 *
 * The snippet is made the first time it is asked for (a results list
 * only shows a few at a time); that is safe from any thread.
 *
 * Returns: about 160 characters of plain text from the section around the
 *   best match, with “…” where it was cut
 */
const char *
lg_search_result_get_snippet (LgSearchResult *self)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULT (self), NULL);

  return get_snippet (self)->text;
}

/**
 * lg_search_result_get_ranges:
 * @self: a result
 * @n_ranges: (out): how many there are
 *
 * Returns: (array length=n_ranges) (transfer none): the byte ranges of the
 *   matched words in the snippet, in order, not overlapping
 */
const LgSearchRange *
lg_search_result_get_ranges (LgSearchResult *self,
                             guint          *n_ranges)
{
  g_return_val_if_fail (LG_IS_SEARCH_RESULT (self), NULL);
  g_return_val_if_fail (n_ranges != NULL, NULL);

  *n_ranges = get_snippet (self)->ranges->len;
  return (const LgSearchRange *) (gpointer) get_snippet (self)->ranges->data;
}
