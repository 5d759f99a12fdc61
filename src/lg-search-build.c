/* lg-search-build.c: reading the corpus into the search index
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two passes. The first tokenises every piece of every section, giving
 * each word (as written) its surface key and stem once, and keeps each
 * section's text as a stream of stem ids. Then the vocabulary is sorted,
 * so that the stems a prefix begins are one range of ids, and the
 * second pass weighs each section's stems (BM25F, see lg-search.c) and
 * fills the postings, best first. The synonym sets come last.
 */

#define G_LOG_DOMAIN "lg-search"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lg-search-private.h"

/* BM25F, per field: title, heading, name, keywords, body (see lg-search.c). */
static const float field_weight[LG_N_FIELDS] = { 5.0f, 4.0f, 3.0f, 2.0f, 1.0f };
static const float field_b[LG_N_FIELDS] = { 0.5f, 0.5f, 0.5f, 0.5f, 0.75f };

/* What an entry of a GHashTable costs, roughly: the key, value and hash
 * arrays at a load of about a half.
 */
#define HASH_ENTRY_BYTES 40

void
lg_synonym_free (gpointer data)
{
  LgSynonym *syn = data;

  g_strfreev (syn->parts);
  g_strfreev (syn->compound);
  g_free (syn);
}

/* Building */

typedef struct
{
  LgSearch   *self;
  GHashTable *surface_ids;    /* surface → temporary id + 1 */
  GHashTable *stem_ids;       /* stem → temporary id + 1 */
  GPtrArray  *surfaces;
  GArray     *surface_stem;   /* guint32, temporary stem ids */
  GPtrArray  *stems;
  GArray     *stream;         /* guint32 */
  GArray     *compounds;      /* guint32 pairs: stem, field */
  gsize      *doc_compounds;  /* per document: start in compounds, and end */
  guint32    *lengths;        /* per document and field: words */
} Builder;

static char *
chunk_insert (LgSearch   *self,
              const char *str,
              gsize       len)
{
  self->string_bytes += len + 1;
  return g_string_chunk_insert_len (self->strings, str, len);
}

static guint32
builder_stem (Builder    *b,
              const char *stem,
              gsize       len)
{
  gpointer value = g_hash_table_lookup (b->stem_ids, stem);
  char *key;

  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;

  key = chunk_insert (b->self, stem, len);
  g_ptr_array_add (b->stems, key);
  g_hash_table_insert (b->stem_ids, key, GUINT_TO_POINTER (b->stems->len));
  return b->stems->len - 1;
}

/* The temporary stem id of a word as written. */
static guint32
builder_word (Builder    *b,
              const char *word,
              gsize       length)
{
  char raw[LG_NORMALIZE_BUFSIZE];
  char key[LG_NORMALIZE_BUFSIZE];
  gboolean cache = length < sizeof raw;
  gpointer value;
  guint32 surface;
  gsize n;

  if (cache)
    {
      memcpy (raw, word, length);
      raw[length] = '\0';
      value = g_hash_table_lookup (b->self->word_cache, raw);
      if (value != NULL)
        return g_array_index (b->surface_stem, guint32, GPOINTER_TO_UINT (value) - 1);
    }

  n = lg_normalize_fold (word, length, key);
  n = lg_normalize_spelling (key, n);
  value = g_hash_table_lookup (b->surface_ids, key);
  if (value != NULL)
    surface = GPOINTER_TO_UINT (value) - 1;
  else
    {
      char *stored = chunk_insert (b->self, key, n);
      guint32 stem;

      n = lg_normalize_stem (key, n);
      stem = builder_stem (b, key, n);
      g_ptr_array_add (b->surfaces, stored);
      g_array_append_val (b->surface_stem, stem);
      surface = b->surfaces->len - 1;
      g_hash_table_insert (b->surface_ids, stored, GUINT_TO_POINTER (surface + 1));
    }

  if (cache)
    g_hash_table_insert (b->self->word_cache, chunk_insert (b->self, raw, length),
                         GUINT_TO_POINTER (surface + 1));
  return g_array_index (b->surface_stem, guint32, surface);
}

/* Pass one: every document's words as temporary stem ids. */
static void
read_document (Builder *b,
              guint    d,
              GArray  *pieces)
{
  LgSearch *self = b->self;
  LgDoc *doc = &self->docs[d];

  g_array_set_size (pieces, 0);
  lg_search_collect_pieces (self, doc, pieces);

  doc->stream = b->stream->len;
  b->doc_compounds[2 * d] = b->compounds->len;

  for (guint i = 0; i < pieces->len; i++)
    {
      const LgPiece *piece = &g_array_index (pieces, LgPiece, i);
      guint32 mark = LG_STREAM_MARK (piece->field);
      LgTokenizer tokenizer;
      LgToken token;

      g_array_append_val (b->stream, mark);
      lg_tokenizer_init (&tokenizer, piece->text, -1);
      while (lg_tokenizer_next (&tokenizer, &token))
        {
          guint32 stem = builder_word (b, piece->text + token.start, token.end - token.start);

          if (token.flags & LG_TOKEN_COMPOUND)
            {
              guint32 pair[2] = { stem, piece->field };

              g_array_append_vals (b->compounds, pair, 2);
            }
          else
            {
              g_array_append_val (b->stream, stem);
              b->lengths[d * LG_N_FIELDS + piece->field]++;
            }
        }
    }

  doc->n_stream = b->stream->len - doc->stream;
  b->doc_compounds[2 * d + 1] = b->compounds->len;
}

static int
compare_by_string (gconstpointer a,
                   gconstpointer b,
                   gpointer      strings)
{
  char **s = strings;

  return strcmp (s[*(const guint32 *) a], s[*(const guint32 *) b]);
}

/* Sorts @strings; returns the new place of each old index. */
static guint32 *
sort_vocabulary (GPtrArray  *strings,
                 char     ***sorted)
{
  guint n = strings->len;
  guint32 *order = g_new (guint32, MAX (n, 1));
  guint32 *remap = g_new (guint32, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint32), compare_by_string, strings->pdata);

  *sorted = g_new (char *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      remap[order[i]] = i;
      (*sorted)[i] = g_ptr_array_index (strings, order[i]);
    }
  g_free (order);
  return remap;
}

static void
finish_vocabulary (Builder *b)
{
  LgSearch *self = b->self;
  g_autofree guint32 *stem_remap = sort_vocabulary (b->stems, &self->stems);
  g_autofree guint32 *surface_remap = sort_vocabulary (b->surfaces, &self->surfaces);
  GHashTableIter iter;
  gpointer key, value;

  self->n_stems = b->stems->len;
  self->n_surfaces = b->surfaces->len;

  self->surface_stem = g_new (guint32, MAX (self->n_surfaces, 1));
  self->surface_letters = g_new (guint32, MAX (self->n_surfaces, 1));
  for (guint i = 0; i < self->n_surfaces; i++)
    {
      guint32 old_stem = g_array_index (b->surface_stem, guint32, i);

      self->surface_stem[surface_remap[i]] = stem_remap[old_stem];
    }
  for (guint i = 0; i < self->n_surfaces; i++)
    self->surface_letters[i] = lg_search_letter_mask (self->surfaces[i]);

  /* The stem table is kept, now with final ids. */
  self->stem_ids = g_steal_pointer (&b->stem_ids);
  g_hash_table_iter_init (&iter, self->stem_ids);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_iter_replace (&iter, GUINT_TO_POINTER (stem_remap[GPOINTER_TO_UINT (value) - 1] + 1));

  g_hash_table_iter_init (&iter, self->word_cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_iter_replace (&iter, GUINT_TO_POINTER (surface_remap[GPOINTER_TO_UINT (value) - 1] + 1));

  for (gsize i = 0; i < b->stream->len; i++)
    {
      guint32 *id = &g_array_index (b->stream, guint32, i);

      if (!LG_STREAM_IS_MARK (*id))
        *id = stem_remap[*id];
    }
  for (gsize i = 0; i < b->compounds->len; i += 2)
    {
      guint32 *id = &g_array_index (b->compounds, guint32, i);

      *id = stem_remap[*id];
    }
}

static int
compare_guint32 (const void *a,
                 const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

static int
compare_postings (const void *a,
                  const void *b)
{
  const LgPosting *x = a, *y = b;

  if (x->wtf != y->wtf)
    return x->wtf > y->wtf ? -1 : 1;
  return x->doc < y->doc ? -1 : x->doc > y->doc;
}

/* Pass two: each document's stems with their BM25F weights, then the
 * postings, best first.
 */
static void
weigh_documents (Builder *b)
{
  LgSearch *self = b->self;
  g_autofree guint16 *tf = g_new0 (guint16, (gsize) MAX (self->n_stems, 1) * LG_N_FIELDS);
  g_autofree guint32 *df = g_new0 (guint32, MAX (self->n_stems, 1));
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) fwd = g_array_new (FALSE, FALSE, sizeof (LgFwdEntry));
  g_autofree guint64 *fill = NULL;
  double avg[LG_N_FIELDS] = { 0 };

  for (guint d = 0; d < self->n_docs; d++)
    for (guint f = 0; f < LG_N_FIELDS; f++)
      avg[f] += b->lengths[d * LG_N_FIELDS + f];
  for (guint f = 0; f < LG_N_FIELDS; f++)
    avg[f] = self->n_docs > 0 && avg[f] > 0 ? avg[f] / self->n_docs : 1;

  for (guint d = 0; d < self->n_docs; d++)
    {
      LgDoc *doc = &self->docs[d];
      const guint32 *stream = &g_array_index (b->stream, guint32, doc->stream);
      const guint32 *compounds = &g_array_index (b->compounds, guint32, 0);
      float norm[LG_N_FIELDS];
      LgField field = LG_FIELD_BODY;

      for (guint f = 0; f < LG_N_FIELDS; f++)
        norm[f] = field_weight[f] /
                  (1.0f - field_b[f] + field_b[f] * b->lengths[d * LG_N_FIELDS + f] / avg[f]);

      g_array_set_size (touched, 0);
      for (guint i = 0; i < doc->n_stream; i++)
        {
          guint32 id = stream[i];
          guint16 *count;

          if (LG_STREAM_IS_MARK (id))
            {
              field = LG_STREAM_FIELD (id);
              continue;
            }
          count = &tf[(gsize) id * LG_N_FIELDS];
          if (count[0] == 0 && count[1] == 0 && count[2] == 0 && count[3] == 0 && count[4] == 0)
            g_array_append_val (touched, id);
          if (count[field] < G_MAXUINT16)
            count[field]++;
        }
      for (gsize i = b->doc_compounds[2 * d]; i < b->doc_compounds[2 * d + 1]; i += 2)
        {
          guint32 id = compounds[i];
          guint16 *count = &tf[(gsize) id * LG_N_FIELDS];

          if (count[0] == 0 && count[1] == 0 && count[2] == 0 && count[3] == 0 && count[4] == 0)
            g_array_append_val (touched, id);
          if (count[compounds[i + 1]] < G_MAXUINT16)
            count[compounds[i + 1]]++;
        }

      qsort (touched->data, touched->len, sizeof (guint32), compare_guint32);
      doc->fwd = fwd->len;
      doc->n_fwd = touched->len;
      for (guint i = 0; i < touched->len; i++)
        {
          guint32 id = g_array_index (touched, guint32, i);
          guint16 *count = &tf[(gsize) id * LG_N_FIELDS];
          LgFwdEntry entry = { id, 0.0f };

          for (guint f = 0; f < LG_N_FIELDS; f++)
            {
              entry.wtf += count[f] * norm[f];
              count[f] = 0;
            }
          g_array_append_val (fwd, entry);
          df[id]++;
        }
    }

  self->n_fwd = fwd->len;
  self->fwd = (LgFwdEntry *) (gpointer) g_array_free (g_steal_pointer (&fwd), FALSE);

  /* Postings, best first within each stem. */
  self->df_cum = g_new (guint64, self->n_stems + 1);
  self->df_cum[0] = 0;
  for (guint s = 0; s < self->n_stems; s++)
    self->df_cum[s + 1] = self->df_cum[s] + df[s];
  fill = g_memdup2 (self->df_cum, sizeof (guint64) * (self->n_stems + 1));
  self->postings = g_new (LgPosting, MAX (self->n_fwd, 1));
  for (guint d = 0; d < self->n_docs; d++)
    {
      const LgDoc *doc = &self->docs[d];

      for (guint i = 0; i < doc->n_fwd; i++)
        {
          const LgFwdEntry *e = &self->fwd[doc->fwd + i];
          LgPosting *p = &self->postings[fill[e->stem]++];

          p->doc = d;
          p->wtf = e->wtf;
        }
    }

  self->idf = g_new (float, MAX (self->n_stems, 1));
  self->top = g_new (float, MAX (self->n_stems, 1));
  for (guint s = 0; s < self->n_stems; s++)
    {
      double n = self->n_docs;

      qsort (self->postings + self->df_cum[s], df[s], sizeof (LgPosting), compare_postings);
      self->idf[s] = log (1.0 + (n - df[s] + 0.5) / (df[s] + 0.5));
      self->top[s] = df[s] > 0
        ? self->idf[s] * lg_search_bm25_saturate (self->postings[self->df_cum[s]].wtf)
        : 0.0f;
    }
}

/* Synonyms */

/* The stems of @text, and again with each run of hyphenated words as one
 * stem (NULL if there is no such run).
 */
void
lg_search_split_phrase (const char   *text,
                        char       ***parts,
                        char       ***compound)
{
  g_autoptr(GPtrArray) p = g_ptr_array_new ();
  g_autoptr(GPtrArray) c = g_ptr_array_new ();
  gboolean joined = FALSE;
  LgTokenizer tokenizer;
  LgToken token;
  guint unit_start = 0;

  lg_tokenizer_init (&tokenizer, text, -1);
  while (lg_tokenizer_next (&tokenizer, &token))
    {
      if (token.flags & LG_TOKEN_COMPOUND)
        continue;
      g_ptr_array_add (p, lg_normalize_term (text + token.start, token.end - token.start));
      if (token.flags & LG_TOKEN_JOINED)
        {
          joined = TRUE;
          g_free (g_ptr_array_index (c, c->len - 1));
          g_ptr_array_index (c, c->len - 1) =
            lg_normalize_term (text + unit_start, token.end - unit_start);
        }
      else
        {
          unit_start = token.start;
          g_ptr_array_add (c, g_strdup (g_ptr_array_index (p, p->len - 1)));
        }
    }

  g_ptr_array_add (p, NULL);
  *parts = (char **) g_ptr_array_free (g_steal_pointer (&p), FALSE);
  if (joined)
    {
      g_ptr_array_add (c, NULL);
      *compound = (char **) g_ptr_array_free (g_steal_pointer (&c), FALSE);
    }
  else
    {
      g_ptr_array_set_free_func (c, g_free);
      *compound = NULL;
    }
}

static void
index_synonym_key (LgSearch  *self,
                   char     **stems,
                   guint      set)
{
  g_autofree char *key = g_strjoinv (" ", stems);
  GArray *sets;

  if (stems[0] == NULL)
    return;
  sets = g_hash_table_lookup (self->synonyms, key);
  if (sets == NULL)
    {
      sets = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->synonyms, g_steal_pointer (&key), sets);
    }
  for (guint i = 0; i < sets->len; i++)
    if (g_array_index (sets, guint, i) == set)
      return;
  g_array_append_val (sets, set);
}

static void
add_synonym_set (LgSearch           *self,
                 const char * const *entries)
{
  GPtrArray *set = g_ptr_array_new_with_free_func (lg_synonym_free);
  guint index = self->synonym_sets->len;

  for (guint i = 0; entries[i]; i++)
    {
      LgSynonym *syn = g_new0 (LgSynonym, 1);

      lg_search_split_phrase (entries[i], &syn->parts, &syn->compound);
      if (syn->parts[0] == NULL)
        {
          lg_synonym_free (syn);
          continue;
        }
      self->max_synonym_len = MAX (self->max_synonym_len, g_strv_length (syn->parts));
      index_synonym_key (self, syn->parts, index);
      if (syn->compound)
        index_synonym_key (self, syn->compound, index);
      g_ptr_array_add (set, syn);
    }

  if (set->len < 2)
    {
      g_ptr_array_unref (set);
      return;
    }
  g_ptr_array_add (self->synonym_sets, set);
}

static void
read_synonyms (LgSearch *self)
{
  self->synonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_array_unref);
  self->synonym_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < lg_corpus_get_n_synonym_sets (self->corpus); i++)
    add_synonym_set (self, lg_corpus_get_synonym_set (self->corpus, i));

  /* Brand and generic names are the same medicine. */
  for (guint i = 0; i < lg_corpus_get_n_medicines (self->corpus); i++)
    {
      const LgMedicine *med = lg_corpus_get_medicine (self->corpus, i);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      g_ptr_array_add (names, med->name->plain);
      for (guint b = 0; med->brands[b]; b++)
        g_ptr_array_add (names, med->brands[b]);
      g_ptr_array_add (names, NULL);
      add_synonym_set (self, (const char * const *) names->pdata);
    }

  /* And a glossary term's aliases are other names for it. */
  for (guint i = 0; i < lg_corpus_get_n_terms (self->corpus); i++)
    {
      const LgTerm *term = lg_corpus_get_term (self->corpus, i);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      if (term->aliases == NULL || term->aliases[0] == NULL)
        continue;
      g_ptr_array_add (names, term->term->plain);
      for (guint a = 0; term->aliases[a]; a++)
        g_ptr_array_add (names, term->aliases[a]);
      g_ptr_array_add (names, NULL);
      add_synonym_set (self, (const char * const *) names->pdata);
    }
}

/* The stems of stop words, which completions of the last word leave out. */
static void
find_stop_ids (LgSearch *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char * const *words = lg_corpus_get_stop_words (self->corpus);

  self->stop_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; words[i]; i++)
    {
      char *key = lg_normalize_surface (words[i], -1);

      if (key[0] != '\0')
        g_hash_table_add (self->stop_words, key);
      else
        g_free (key);
    }

  for (guint i = 0; i < self->n_surfaces; i++)
    if (lg_search_is_stop (self, self->surfaces[i]))
      g_array_append_val (ids, self->surface_stem[i]);
  g_array_sort (ids, compare_guint32);
  self->n_stop_ids = ids->len;
  self->stop_ids = (guint32 *) (gpointer) g_array_free (g_steal_pointer (&ids), FALSE);
}

/* Questions */

static void
asked_free (gpointer data)
{
  LgAsked *asked = data;

  g_ptr_array_unref (asked->words);
  g_free (asked);
}

/* A way of asking: the stems of its words that are not stop words, or
 * NULL if it has none.
 */
static char *
trigger_key (LgSearch   *self,
             const char *text,
             guint      *n_words)
{
  g_autoptr(GString) key = g_string_new (NULL);
  LgTokenizer tokenizer;
  LgToken token;

  *n_words = 0;
  lg_tokenizer_init (&tokenizer, text, -1);
  while (lg_tokenizer_next (&tokenizer, &token))
    {
      char surface[LG_NORMALIZE_BUFSIZE];
      gsize n;

      if (token.flags & LG_TOKEN_COMPOUND)
        continue;
      n = lg_normalize_fold (text + token.start, token.end - token.start, surface);
      n = lg_normalize_spelling (surface, n);
      if (n == 0 || lg_search_is_stop (self, surface))
        continue;
      lg_normalize_stem (surface, n);
      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, surface);
      (*n_words)++;
    }
  return *n_words > 0 ? g_string_free (g_steal_pointer (&key), FALSE) : NULL;
}

/* The corpus's concepts: what the guide calls each (in the reader's
 * language), and the ways people ask about it (in every language).
 */
static void
read_questions (LgSearch *self)
{
  self->triggers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_array_unref);
  self->asked = g_ptr_array_new_with_free_func (asked_free);

  for (guint c = 0; c < lg_corpus_get_n_search_concepts (self->corpus); c++)
    {
      const LgSearchConcept *concept = lg_corpus_get_search_concept (self->corpus, c);
      g_auto(GStrv) words = g_strsplit (concept->words->plain, ";", -1);
      LgAsked *asked = g_new0 (LgAsked, 1);
      guint index = self->asked->len;

      asked->urgent = concept->urgent;
      asked->words = g_ptr_array_new_with_free_func (lg_synonym_free);
      for (guint i = 0; words[i]; i++)
        {
          LgSynonym *syn = g_new0 (LgSynonym, 1);

          lg_search_split_phrase (g_strstrip (words[i]), &syn->parts, &syn->compound);
          if (syn->parts[0] == NULL)
            lg_synonym_free (syn);
          else
            g_ptr_array_add (asked->words, syn);
        }
      g_ptr_array_add (self->asked, asked);

      for (guint i = 0; concept->asked[i]; i++)
        {
          guint n_words;
          char *key = trigger_key (self, concept->asked[i], &n_words);
          GArray *list;
          gboolean known = FALSE;

          if (key == NULL)
            continue;
          list = g_hash_table_lookup (self->triggers, key);
          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (self->triggers, key, list);
            }
          else
            g_free (key);
          for (guint k = 0; k < list->len; k++)
            known |= g_array_index (list, guint, k) == index;
          if (!known)
            g_array_append_val (list, index);
          self->max_trigger_len = MAX (self->max_trigger_len, n_words);
        }
    }
}

/* The stems of @text, joined by spaces, as the query names its words. */
static char *
phrase_key (const char *text)
{
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) compound = NULL;

  lg_search_split_phrase (text, &parts, &compound);
  return g_strjoinv (" ", parts);
}

/* Whether @id (“TOPIC” or “TOPIC#SECTION”) names the document's page. */
static gboolean
page_is (const char  *id,
         const LgDoc *doc)
{
  const char *hash = strchr (id, '#');

  if (hash == NULL)
    return g_str_equal (id, doc->topic->id);
  return strncmp (id, doc->topic->id, hash - id) == 0 && doc->topic->id[hash - id] == '\0' &&
         g_str_equal (hash + 1, doc->section->id);
}

static gboolean
page_listed (LgSearch      *self,
             LgSearchPages  which,
             const LgDoc   *doc)
{
  const char * const *pages = lg_corpus_get_search_pages (self->corpus, which);

  for (guint i = 0; pages[i]; i++)
    if (page_is (pages[i], doc))
      return TRUE;
  return FALSE;
}

/* Which documents are urgent, about the guide, or glossary lines (and the
 * names of each glossary term, to tell when a query is just that term).
 */
static void
mark_documents (LgSearch *self)
{
  g_autoptr(GArray) urgent = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GHashTable) term_index = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_terms = lg_corpus_get_n_terms (self->corpus);

  self->n_term_keys = n_terms;
  self->term_keys = g_new0 (char **, MAX (n_terms, 1));
  for (guint t = 0; t < n_terms; t++)
    {
      const LgTerm *term = lg_corpus_get_term (self->corpus, t);
      g_autoptr(GPtrArray) keys = g_ptr_array_new ();

      g_ptr_array_add (keys, phrase_key (term->term->plain));
      for (guint a = 0; term->aliases && term->aliases[a]; a++)
        g_ptr_array_add (keys, phrase_key (term->aliases[a]));
      g_ptr_array_add (keys, NULL);
      self->term_keys[t] = (char **) g_ptr_array_free (g_steal_pointer (&keys), FALSE);
      g_hash_table_insert (term_index, term->id, GUINT_TO_POINTER (t + 1));
    }

  for (guint32 d = 0; d < self->n_docs; d++)
    {
      LgDoc *doc = &self->docs[d];

      if (doc->topic->generated && g_str_equal (doc->topic->id, "glossary"))
        {
          doc->flags |= LG_DOC_GLOSSARY;
          doc->term = GPOINTER_TO_UINT (g_hash_table_lookup (term_index, doc->section->id));
        }
      if (page_listed (self, LG_SEARCH_PAGES_LAST, doc))
        doc->flags |= LG_DOC_LAST;
      if (page_listed (self, LG_SEARCH_PAGES_URGENT, doc))
        {
          doc->flags |= LG_DOC_URGENT;
          g_array_append_val (urgent, d);
        }
    }
  self->n_urgent_docs = urgent->len;
  self->urgent_docs = (guint32 *) (gpointer) g_array_free (g_steal_pointer (&urgent), FALSE);
}

static void
count_memory (LgSearch *self)
{
  gsize bytes = sizeof *self;

  bytes += self->string_bytes;
  bytes += (gsize) self->n_stems * (sizeof (char *) + 2 * sizeof (float) + sizeof (guint64));
  bytes += (gsize) self->n_surfaces * (sizeof (char *) + 2 * sizeof (guint32));
  bytes += (gsize) (g_hash_table_size (self->stem_ids) + g_hash_table_size (self->word_cache)) *
           HASH_ENTRY_BYTES;
  bytes += (gsize) self->n_docs * sizeof (LgDoc);
  bytes += self->n_fwd * (sizeof (LgFwdEntry) + sizeof (LgPosting));
  bytes += self->n_stream * sizeof (guint32);
  bytes += (gsize) self->n_stop_ids * sizeof (guint32);
  bytes += (gsize) g_hash_table_size (self->synonyms) * (HASH_ENTRY_BYTES + 48);
  bytes += (gsize) g_hash_table_size (self->triggers) * (HASH_ENTRY_BYTES + 32);
  bytes += (gsize) g_hash_table_size (self->stop_words) * (HASH_ENTRY_BYTES + 8);
  bytes += (gsize) self->n_urgent_docs * sizeof (guint32);
  self->memory = bytes;
}

/**
 * lg_search_build:
 * @self: a new, empty index
 * @n_copies: how many times to index each section
 *
 * Reads the corpus into the index.
 */
void
lg_search_build (LgSearch *self,
                 guint     n_copies)
{
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (LgPiece));
  guint n_sections = 0;
  Builder b = { self };
  guint d = 0;

  self->strings = g_string_chunk_new (16 * 1024);
  self->word_cache = g_hash_table_new (g_str_hash, g_str_equal);
  b.surface_ids = g_hash_table_new (g_str_hash, g_str_equal);
  b.stem_ids = g_hash_table_new (g_str_hash, g_str_equal);
  b.surfaces = g_ptr_array_new ();
  b.surface_stem = g_array_new (FALSE, FALSE, sizeof (guint32));
  b.stems = g_ptr_array_new ();
  b.stream = g_array_new (FALSE, FALSE, sizeof (guint32));
  b.compounds = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint t = 0; t < lg_corpus_get_n_topics (self->corpus); t++)
    n_sections += lg_corpus_get_topic (self->corpus, t)->n_sections;
  self->n_copies = n_copies;
  self->n_docs = n_sections * n_copies;
  self->docs = g_new0 (LgDoc, MAX (self->n_docs, 1));
  b.doc_compounds = g_new0 (gsize, 2 * (gsize) MAX (self->n_docs, 1));
  b.lengths = g_new0 (guint32, (gsize) MAX (self->n_docs, 1) * LG_N_FIELDS);

  for (guint c = 0; c < n_copies; c++)
    for (guint t = 0; t < lg_corpus_get_n_topics (self->corpus); t++)
      {
        const LgTopic *topic = lg_corpus_get_topic (self->corpus, t);

        for (guint s = 0; s < topic->n_sections; s++, d++)
          {
            self->docs[d].topic = topic;
            self->docs[d].section = topic->sections[s];
            self->docs[d].copy = c;
            self->docs[d].index = s;
            read_document (&b, d, pieces);
          }
      }

  finish_vocabulary (&b);
  weigh_documents (&b);

  self->n_stream = b.stream->len;
  self->stream = (guint32 *) (gpointer) g_array_free (b.stream, FALSE);
  g_array_unref (b.compounds);
  g_free (b.doc_compounds);
  g_free (b.lengths);
  g_hash_table_unref (b.surface_ids);
  g_ptr_array_unref (b.surfaces);
  g_array_unref (b.surface_stem);
  g_ptr_array_unref (b.stems);

  find_stop_ids (self);
  read_synonyms (self);
  read_questions (self);
  mark_documents (self);
  count_memory (self);
}
