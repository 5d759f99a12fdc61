/* lg-search-rank.c: finding and ordering the documents a query matches
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each required concept gives a stream of documents, best first: a heap
 * over the postings (sorted best first at build time) of every stem its
 * alternatives can match, keyed by the most the posting can add to a
 * document's score. The streams are read in turn; each new document is
 * scored in full from its own sorted stems (“random access” in Fagin's
 * threshold algorithm). Reading stops when a stream runs dry (no unseen
 * document can hold that concept) or when the worst of the best documents
 * kept beats the sum of the streams' next keys (no unseen document can do
 * better). Proximity then re-ranks the documents kept, which are twice as
 * many as asked for.
 *
 * On a very large corpus a broad query (“acute myeloid l”) can need tens of
 * thousands of documents scored before the best are certain, each a few
 * cache misses. A budget (lg_search_set_max_scored()) then stops early and
 * keeps the best of those scored, which, read best first, are the ones
 * with the strongest matches: Vespa's match-phase degradation, Lin and
 * Trotman's anytime ranking. The bundled corpus never comes near it.
 */

#define G_LOG_DOMAIN "lg-search"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lg-search-private.h"

/* How many documents proximity may re-rank, at least. */
#define MIN_WINDOW 64

typedef struct
{
  guint32 *stamps;      /* the query that last saw each document */
  guint32  stamp;
  guint    n_docs;
  guint8  *lengths;     /* proximity: match lengths, concepts × stream */
  gsize    n_lengths;
} LgScratch;

typedef struct
{
  const LgPosting *p;
  const LgPosting *end;
  float            idf;
  float            scale;
  float            add;
  float            key;
} Cursor;

typedef struct
{
  Cursor  *heap;
  guint    n;
  gboolean complete;   /* every document with the concept is in it */
  float    floor;      /* what its flat alternatives score */
  guint64  estimate;
} Stream;

static void
scratch_free (LgScratch *s)
{
  if (s == NULL)
    return;
  g_free (s->stamps);
  g_free (s->lengths);
  g_free (s);
}

/* Scratch memory for one query: the spare one if no other thread has it. */
static LgScratch *
scratch_take (LgSearch *self)
{
  LgScratch *s = g_atomic_pointer_exchange (&self->scratch, NULL);

  if (s == NULL)
    {
      s = g_new0 (LgScratch, 1);
      s->n_docs = self->n_docs;
      s->stamps = g_new0 (guint32, MAX (self->n_docs, 1));
    }
  if (++s->stamp == 0)
    {
      memset (s->stamps, 0, sizeof (guint32) * s->n_docs);
      s->stamp = 1;
    }
  return s;
}

static void
scratch_give (LgSearch  *self,
              LgScratch *s)
{
  if (!g_atomic_pointer_compare_and_exchange (&self->scratch, NULL, s))
    scratch_free (s);
}

/**
 * lg_search_free_scratch:
 * @self: the index, being finalized
 */
void
lg_search_free_scratch (LgSearch *self)
{
  scratch_free (g_atomic_pointer_exchange (&self->scratch, NULL));
}

/* Whether @alt's words are at @p, one after the other, in one piece. */
static inline gboolean
alt_at (const LgQuery *q,
        const LgAlt   *alt,
        const guint32 *stream,
        guint          n,
        guint          p)
{
  if (p + alt->n_tokens > n)
    return FALSE;
  for (guint t = 0; t < alt->n_tokens; t++)
    {
      guint32 id = stream[p + t];

      if (LG_STREAM_IS_MARK (id) ||
          !(q->masks[id] & (G_GUINT64_CONSTANT (1) << alt->tokens[t].bit)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
has_phrase (LgSearch      *self,
            const LgQuery *q,
            const LgDoc   *doc,
            const LgAlt   *alt)
{
  const guint32 *stream = self->stream + doc->stream;

  for (guint p = 0; p < doc->n_stream; p++)
    {
      guint32 id = stream[p];

      if (!LG_STREAM_IS_MARK (id) && (q->masks[id] & alt->first_bit) &&
          alt_at (q, alt, stream, doc->n_stream, p))
        return TRUE;
    }
  return FALSE;
}

static inline guint
fwd_lower_bound (const LgFwdEntry *fwd,
                 guint             n,
                 guint32           stem)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (fwd[mid].stem < stem)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The best BM25 score of the stems @m accepts in the document, 0 if none. */
static float
matcher_score (LgSearch         *self,
               const LgFwdEntry *fwd,
               guint             n,
               const LgMatcher  *m,
               float             cap)
{
  float best = 0.0f;

  for (guint r = 0; r < m->n_ranges; r++)
    for (guint i = fwd_lower_bound (fwd, n, m->ranges[2 * r]);
         i < n && fwd[i].stem < m->ranges[2 * r + 1]; i++)
      best = MAX (best, MIN (self->idf[fwd[i].stem], cap) * lg_search_bm25_saturate (fwd[i].wtf));

  for (guint k = 0; k < m->n_ids; k++)
    {
      guint i = fwd_lower_bound (fwd, n, m->ids[k]);

      if (i < n && fwd[i].stem == m->ids[k])
        best = MAX (best, MIN (self->idf[fwd[i].stem], cap) * lg_search_bm25_saturate (fwd[i].wtf));
    }
  return best;
}

static float
concept_score (LgSearch        *self,
               const LgQuery   *q,
               const LgDoc     *doc,
               const LgConcept *concept)
{
  const LgFwdEntry *fwd = self->fwd + doc->fwd;
  float best = 0.0f;

  for (guint a = 0; a < concept->n_alts; a++)
    {
      const LgAlt *alt = &concept->alts[a];
      float sum = 0.0f, s;
      guint t;

      if (alt->max_score <= best)
        continue;
      for (t = 0; t < alt->n_tokens; t++)
        {
          float v = matcher_score (self, fwd, doc->n_fwd, &alt->tokens[t], alt->idf_cap);

          if (v <= 0.0f)
            break;
          sum += v;
        }
      if (t < alt->n_tokens)
        continue;
      s = alt->weight * concept->span * (alt->flat ? LG_FLAT_SCORE : sum / alt->n_tokens);
      if (s <= best || (alt->phrase && !has_phrase (self, q, doc, alt)))
        continue;
      best = s;
    }
  return best;
}

/* Whether the query is just the glossary line's term, or one of its
 * other names.
 */
static gboolean
is_just_term (LgSearch      *self,
              const LgQuery *q,
              const LgDoc   *doc)
{
  char **names;

  if (q->single_keys == NULL || doc->term == 0 || doc->term > self->n_term_keys)
    return FALSE;
  names = self->term_keys[doc->term - 1];
  for (guint i = 0; q->single_keys[i]; i++)
    if (g_strv_contains ((const char * const *) names, q->single_keys[i]))
      return TRUE;
  return FALSE;
}

/* What the document's kind makes of its score: a glossary line ranks
 * below the sections that explain its term (unless the query is just
 * that term), and the guide's pages about itself below health content.
 * Never more than 1, so the bounds of the streams stay bounds.
 */
static float
prior (LgSearch      *self,
       const LgQuery *q,
       const LgDoc   *doc)
{
  if (doc->flags & LG_DOC_LAST)
    return LG_PRIOR_LAST;
  /* A term's own line is kept, to be placed second. */
  if ((doc->flags & LG_DOC_GLOSSARY) && !is_just_term (self, q, doc))
    return LG_PRIOR_GLOSSARY;
  return 1.0f;
}

/* The document's score before proximity, or -1 if it lacks a required
 * concept; @order lists the required concepts, the rarest first, so most
 * documents are turned away after a binary search or two. Stop words
 * only count through proximity. A relaxed query needs only its core
 * concepts (or any one, if it has none), and a document missing some
 * words scores the square of the share of the query's words it has.
 */
static float
score_doc (LgSearch      *self,
           const LgQuery *q,
           const guint   *order,
           guint          n_order,
           guint32        d)
{
  const LgDoc *doc = &self->docs[d];
  float total = 0.0f;
  guint have = 0, lack = 0;

  for (guint i = 0; i < n_order; i++)
    {
      const LgConcept *concept = &q->concepts[order[i]];
      float s = concept_score (self, q, doc, concept);

      if (s <= 0.0f)
        {
          if (!q->relaxed || concept->core)
            return -1.0f;
          lack += concept->span;
          continue;
        }
      have += concept->span;
      total += s;
    }
  if (have == 0)
    return -1.0f;
  if (lack > 0)
    {
      float share = (float) have / (have + lack);

      total *= share * share;
    }
  return total * prior (self, q, doc);
}

/* Streams */

static inline float
cursor_key (const Cursor *c)
{
  return c->scale * (c->idf * lg_search_bm25_saturate (c->p->wtf) + c->add);
}

static void
sift_down (Cursor *heap,
           guint   n,
           guint   i)
{
  Cursor item = heap[i];

  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= n)
        break;
      if (child + 1 < n && heap[child + 1].key > heap[child].key)
        child++;
      if (heap[child].key <= item.key)
        break;
      heap[i] = heap[child];
      i = child;
    }
  heap[i] = item;
}

static void
add_cursor (LgSearch *self,
            GArray   *cursors,
            guint32   stem,
            float     scale,
            float     add)
{
  Cursor c;

  c.p = self->postings + self->df_cum[stem];
  c.end = self->postings + self->df_cum[stem + 1];
  if (c.p == c.end)
    return;
  c.idf = self->idf[stem];
  c.scale = scale;
  c.add = add;
  c.key = cursor_key (&c);
  g_array_append_val (cursors, c);
}

/* A heap of cursors, one for each stem that the rarest word of each
 * alternative accepts. Flat alternatives get none: they only filter, and
 * the stream is then not complete (that it runs dry proves nothing).
 */
static void
stream_init (LgSearch        *self,
             const LgConcept *concept,
             Stream          *stream)
{
  GArray *cursors = g_array_new (FALSE, FALSE, sizeof (Cursor));
  gsize n;

  stream->complete = TRUE;
  stream->floor = 0.0f;
  stream->estimate = 0;

  for (guint a = 0; a < concept->n_alts; a++)
    {
      const LgAlt *alt = &concept->alts[a];
      const LgMatcher *rarest = &alt->tokens[0];
      float scale = alt->weight * concept->span / alt->n_tokens;
      float add = 0.0f;
      gboolean possible = TRUE;

      for (guint t = 0; t < alt->n_tokens; t++)
        {
          possible &= alt->tokens[t].estimate > 0;
          if (alt->tokens[t].estimate < rarest->estimate)
            rarest = &alt->tokens[t];
        }
      if (!possible)
        continue;
      stream->estimate += rarest->estimate;
      if (alt->flat)
        {
          stream->complete = FALSE;
          stream->floor = MAX (stream->floor, alt->max_score);
          continue;
        }
      for (guint t = 0; t < alt->n_tokens; t++)
        if (&alt->tokens[t] != rarest)
          add += alt->tokens[t].max_score;

      for (guint r = 0; r < rarest->n_ranges; r++)
        for (guint32 s = rarest->ranges[2 * r]; s < rarest->ranges[2 * r + 1]; s++)
          add_cursor (self, cursors, s, scale, add);
      for (guint i = 0; i < rarest->n_ids; i++)
        add_cursor (self, cursors, rarest->ids[i], scale, add);
    }

  stream->heap = (Cursor *) (gpointer) g_array_steal (cursors, &n);
  stream->n = n;
  g_array_unref (cursors);
  for (guint i = stream->n / 2; i-- > 0;)
    sift_down (stream->heap, stream->n, i);
}

/* The most a document not read yet can score for the concept. */
static inline float
stream_bound (const Stream *stream)
{
  return MAX (stream->n > 0 ? stream->heap[0].key : 0.0f, stream->floor);
}

static guint32
stream_pop (Stream *stream)
{
  Cursor *top = &stream->heap[0];
  guint32 doc = top->p->doc;

  if (++top->p == top->end)
    *top = stream->heap[--stream->n];
  else
    top->key = cursor_key (top);
  if (stream->n > 0)
    sift_down (stream->heap, stream->n, 0);
  return doc;
}

/* The best documents */

static inline gboolean
hit_worse (const LgHit *a,
           const LgHit *b)
{
  return a->score < b->score || (a->score == b->score && a->doc > b->doc);
}

static void
hits_sift_up (LgHit *heap,
              guint  i)
{
  LgHit item = heap[i];

  while (i > 0)
    {
      guint parent = (i - 1) / 2;

      if (!hit_worse (&item, &heap[parent]))
        break;
      heap[i] = heap[parent];
      i = parent;
    }
  heap[i] = item;
}

static void
hits_sift_down (LgHit *heap,
                guint  n,
                guint  i)
{
  LgHit item = heap[i];

  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= n)
        break;
      if (child + 1 < n && hit_worse (&heap[child + 1], &heap[child]))
        child++;
      if (!hit_worse (&heap[child], &item))
        break;
      heap[i] = heap[child];
      i = child;
    }
  heap[i] = item;
}

/* Keeps the @limit best hits (all if 0), the worst first. */
static void
hits_offer (GArray *hits,
            guint   limit,
            LgHit   hit)
{
  LgHit *heap = (LgHit *) (gpointer) hits->data;

  if (limit == 0)
    g_array_append_val (hits, hit);
  else if (hits->len < limit)
    {
      g_array_append_val (hits, hit);
      hits_sift_up ((LgHit *) (gpointer) hits->data, hits->len - 1);
    }
  else if (hit_worse (&heap[0], &hit))
    {
      heap[0] = hit;
      hits_sift_down (heap, hits->len, 0);
    }
}

static int
compare_hits (const void *a,
              const void *b)
{
  const LgHit *x = a, *y = b;

  if (x->tier != y->tier)
    return x->tier < y->tier ? -1 : 1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->doc < y->doc ? -1 : x->doc > y->doc;
}

/* Proximity */

/* 1, plus 0.5 times the share of neighbouring concepts (and of the words
 * inside a concept of several) found next to each other, plus 0.25 if the
 * whole query is there as a phrase.
 */
static float
proximity (LgSearch      *self,
           const LgQuery *q,
           const LgDoc   *doc,
           LgScratch     *scratch)
{
  const guint32 *stream = self->stream + doc->stream;
  guint n = doc->n_stream;
  guint nc = q->n_concepts;
  guint pairs = nc - 1, found = 0;
  gboolean whole = FALSE;
  guint8 *len;

  for (guint c = 0; c < nc; c++)
    pairs += q->concepts[c].span > 1;
  if (pairs == 0 || n == 0)
    return 1.0f;

  if (scratch->n_lengths < (gsize) nc * n)
    {
      scratch->n_lengths = (gsize) nc * n;
      scratch->lengths = g_realloc (scratch->lengths, scratch->n_lengths);
    }
  len = scratch->lengths;
  memset (len, 0, (gsize) nc * n);

  /* The longest alternative of each concept at each place. */
  for (guint p = 0; p < n; p++)
    {
      guint64 mask;

      if (LG_STREAM_IS_MARK (stream[p]) || (mask = q->masks[stream[p]]) == 0)
        continue;
      for (guint c = 0; c < nc; c++)
        {
          const LgConcept *concept = &q->concepts[c];

          if (!(mask & concept->first_bits))
            continue;
          for (guint a = 0; a < concept->n_alts; a++)
            {
              const LgAlt *alt = &concept->alts[a];

              if ((mask & alt->first_bit) && alt->n_tokens > len[c * n + p] &&
                  alt_at (q, alt, stream, n, p))
                len[c * n + p] = alt->n_tokens;
            }
        }
    }

  for (guint c = 0; c < nc; c++)
    {
      if (q->concepts[c].span > 1)
        for (guint p = 0; p < n; p++)
          if (len[c * n + p] >= 2)
            {
              found++;
              break;
            }
      if (c + 1 < nc)
        for (guint p = 0; p < n; p++)
          {
            guint l = len[c * n + p];

            if (l > 0 && p + l < n && len[(c + 1) * n + p + l] > 0)
              {
                found++;
                break;
              }
          }
    }

  for (guint p = 0; p < n && nc > 1 && !whole; p++)
    {
      guint at = p, c;

      for (c = 0; c < nc && at < n && len[c * n + at] > 0; c++)
        at += len[c * n + at];
      whole = c == nc;
    }

  return 1.0f + 0.5f * found / pairs + (whole ? 0.25f : 0.0f);
}

/* Whether the concept's stream brings documents in: every required
 * concept's, but only the core ones' when a relaxed query has some.
 */
static gboolean
driving (const LgQuery   *q,
         const LgConcept *concept,
         gboolean         has_core)
{
  return !q->relaxed || !has_core || concept->core;
}

/* For a question about a sign to act on now, the urgent pages that speak
 * of it come first, whatever else the query asks.
 */
static void
add_urgent (LgSearch  *self,
            LgQuery   *q,
            GArray    *hits,
            LgScratch *scratch)
{
  for (guint i = 0; i < self->n_urgent_docs; i++)
    {
      guint32 d = self->urgent_docs[i];
      const LgDoc *doc = &self->docs[d];
      LgHit hit = { d, 0.0f, 0 };

      for (guint c = 0; c < q->n_concepts; c++)
        if (q->concepts[c].urgent)
          hit.score += concept_score (self, q, doc, &q->concepts[c]);
      if (hit.score <= 0.0f)
        continue;

      if (scratch->stamps[d] == scratch->stamp)
        for (guint h = 0; h < hits->len; h++)
          {
            LgHit *kept = &g_array_index (hits, LgHit, h);

            if (kept->doc == d)
              {
                kept->tier = 0;
                hit.tier = G_MAXUINT32;
                break;
              }
          }
      if (hit.tier == 0)
        g_array_append_val (hits, hit);
    }
}

/**
 * lg_search_rank:
 * @self: the index
 * @query: a query
 * @max_results: how many results are wanted, or 0 for all
 *
 * Returns: (transfer full) (element-type LgHit): the best documents, best
 *   first: all if @max_results is 0, else at least the @max_results best
 *   if there are so many
 */
GArray *
lg_search_rank (LgSearch *self,
                LgQuery  *query,
                guint     max_results)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (LgHit));
  guint limit = max_results == 0 ? 0 : MAX (2 * max_results, MIN_WINDOW);
  g_autofree Stream *streams = NULL;
  g_autofree guint *required = NULL;
  guint n_required = 0;
  gboolean has_core = FALSE;
  guint budget = g_atomic_int_get (&self->max_scored);
  guint scored = 0;
  LgScratch *scratch;
  gboolean done = FALSE;

  if (query->n_concepts == 0)
    return hits;

  streams = g_new0 (Stream, query->n_concepts);
  required = g_new0 (guint, query->n_concepts);
  for (guint c = 0; c < query->n_concepts; c++)
    has_core |= query->concepts[c].required && query->concepts[c].core;
  for (guint c = 0; c < query->n_concepts; c++)
    {
      if (!query->concepts[c].required)
        continue;
      stream_init (self, &query->concepts[c], &streams[c]);
      required[n_required++] = c;
      if (driving (query, &query->concepts[c], has_core))
        done |= streams[c].complete && streams[c].n == 0;
    }
  if (query->relaxed && !has_core)
    {
      /* Any concept will do: only when every stream is dry is none left. */
      done = TRUE;
      for (guint r = 0; r < n_required; r++)
        done &= streams[required[r]].complete && streams[required[r]].n == 0;
    }

  /* The rarest first: most documents then fail at the first test. */
  for (guint i = 1; i < n_required; i++)
    for (guint j = i; j > 0 && streams[required[j]].estimate < streams[required[j - 1]].estimate; j--)
      {
        guint tmp = required[j];

        required[j] = required[j - 1];
        required[j - 1] = tmp;
      }

  scratch = scratch_take (self);

  while (!done)
    {
      gboolean popped = FALSE;

      for (guint r = 0; r < n_required && !done; r++)
        {
          Stream *stream = &streams[required[r]];
          LgHit hit = { 0, 0.0f, 1 };
          float key;

          if (!driving (query, &query->concepts[required[r]], has_core))
            continue;
          if (stream->n == 0)
            {
              /* No document left holds the concept: none left can match. */
              done = stream->complete && !(query->relaxed && !has_core);
              continue;
            }
          popped = TRUE;
          key = stream->heap[0].key;
          hit.doc = stream_pop (stream);
          if (scratch->stamps[hit.doc] == scratch->stamp)
            continue;

          /* Not worth reading if it cannot beat the worst kept. */
          if (limit > 0 && hits->len == limit)
            {
              float bound = key;

              for (guint o = 0; o < n_required; o++)
                if (o != r)
                  bound += stream_bound (&streams[required[o]]);
              if (bound <= g_array_index (hits, LgHit, 0).score)
                continue;
            }
          scratch->stamps[hit.doc] = scratch->stamp;
          hit.score = score_doc (self, query, required, n_required, hit.doc);
          if (hit.score >= 0.0f)
            hits_offer (hits, limit, hit);
          /* Settle for the best scored once there are a few; rare
           * matches get four times as long to turn up.
           */
          scored++;
          done = budget > 0 && limit > 0 &&
                 ((scored >= budget && hits->len >= MIN (limit, LG_SEARCH_FEW)) ||
                  scored >= 4 * budget);
        }
      done |= !popped;

      if (!done && limit > 0 && hits->len == limit)
        {
          float threshold = 0.0f;

          for (guint r = 0; r < n_required; r++)
            threshold += stream_bound (&streams[required[r]]);
          done = g_array_index (hits, LgHit, 0).score >= threshold;
        }
    }

  if (query->urgent)
    add_urgent (self, query, hits, scratch);

  for (guint i = 0; i < hits->len; i++)
    {
      LgHit *hit = &g_array_index (hits, LgHit, i);

      hit->score *= proximity (self, query, &self->docs[hit->doc], scratch);
      if (hit->tier > 0 && (self->docs[hit->doc].flags & LG_DOC_LAST))
        hit->tier = 2;
    }
  g_array_sort (hits, compare_hits);
  /* The guide's pages about itself only come up when they match better
   * than any health content (“licence”, “sources”), and then last; never
   * for a health question asked in the reader's words. */
  if (hits->len > 0 && g_array_index (hits, LgHit, 0).tier < 2)
    {
      gboolean question = FALSE;

      float best = g_array_index (hits, LgHit, 0).score;
      guint kept = 0;

      for (guint c = 0; c < query->n_concepts; c++)
        question |= query->concepts[c].core;
      for (guint i = 0; i < hits->len; i++)
        if (g_array_index (hits, LgHit, i).tier < 2)
          best = MAX (best, g_array_index (hits, LgHit, i).score);
      for (guint i = 0; i < hits->len; i++)
        {
          LgHit hit = g_array_index (hits, LgHit, i);

          if (hit.tier == 2 && (question || hit.score / LG_PRIOR_LAST < best))
            continue;
          g_array_index (hits, LgHit, kept++) = hit;
        }
      g_array_set_size (hits, kept);
    }

  /* A query that is just a glossary term gets the best section that
   * explains it first, and the term's own line second. */
  if (hits->len >= 2 && g_array_index (hits, LgHit, 0).tier == 1)
    for (guint i = 0; i < hits->len; i++)
      {
        LgHit hit = g_array_index (hits, LgHit, i);

        if (!is_just_term (self, query, &self->docs[hit.doc]))
          continue;
        g_array_remove_index (hits, i);
        g_array_insert_val (hits, 1, hit);
        break;
      }

  /* The score orders the results: a page ahead for its kind scores at
   * least what the one after it does. */
  for (guint i = hits->len; i-- > 1;)
    {
      LgHit *before = &g_array_index (hits, LgHit, i - 1);
      const LgHit *after = &g_array_index (hits, LgHit, i);

      before->score = MAX (before->score, after->score);
    }

  scratch_give (self, scratch);
  for (guint c = 0; c < query->n_concepts; c++)
    g_free (streams[c].heap);
  return hits;
}
