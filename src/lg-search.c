/* lg-search.c: a ranked, forgiving full-text index of the corpus
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is indexed. Every section of every topic is a document, the
 * generated Glossary and Medicines A–Z included (one section per term or
 * medicine). A document has five fields:
 *
 *   title     the topic's title (in every section of the topic)
 *   heading   the section's title
 *   name      a glossary term and its aliases, a medicine and its brands
 *   keywords  the topic's keywords
 *   body      paragraphs, list items and titles, callouts, definitions,
 *             table cells
 *
 * The topic's keywords, summary and questions belong to its first section,
 * which is where the page opens.
 *
 * Words (lg-normalize.h): case, accents and British spellings are folded,
 * a light stemmer makes “relapsed” and “relapses” meet, and hyphenated
 * words are indexed both apart and run together (“FLAG-Ida” is “flag”,
 * “ida” and “flagida”).
 *
 * Ranking is BM25F (Robertson, Zaragoza and Taylor, “Simple BM25 extension
 * to multiple weighted fields”, 2004). For a stem t and a document d:
 *
 *   wtf(t,d) = Σ_f  w_f · tf(t,d,f) / (1 − b_f + b_f · len(d,f) / avglen_f)
 *   idf(t)   = ln (1 + (N − df(t) + 0.5) / (df(t) + 0.5))
 *   s(t,d)   = idf(t) · wtf(t,d) / (k1 + wtf(t,d))            k1 = 1.2
 *
 * where tf counts t in field f of d, len counts the field's words, N is the
 * number of documents and df(t) how many contain t. The field weights w
 * are title 5, heading 4, name 3, keywords 2, body 1; b is 0.75 for the
 * body and 0.5 for the short fields. wtf is computed once, at build time.
 *
 * A query (lg-search-query.c) is a list of concepts, each a word or a run
 * of words with its alternatives: the words as typed, their synonyms from
 * the corpus (“synonyms”, brand and generic medicine names, glossary
 * aliases), prefix completions of the last word, and typo corrections.
 * Every concept is required, except stop words such as “what” (unless the
 * query has nothing else). A document's score is
 *
 *   score(q,d) = proximity(q,d) · Σ_c  max_a  weight(a) · span(c) · mean_{t∈a} s(t,d)
 *
 * over the required concepts c and their alternatives a, with weight 1 for
 * the words as typed, 0.75 for completions of the last word, 0.8 for
 * synonyms and 0.6 for typo corrections, and span(c) the number of query
 * words the concept covers. Stop words add nothing here: they only count
 * in proximity(q,d), which is 1 + 0.5 · (the fraction of neighbouring
 * query words found next to each other in one piece of d) + 0.25 when the
 * whole query is there as a phrase. One exception: after other words, the
 * completions of a last word of one or two letters score a flat 0.25
 * (times weight and span) whatever their s(t,d), since the word meant is
 * not known yet; they filter more than they rank.
 *
 * Questions (the corpus's “search” data, data/corpus/README.md): a run of
 * words that asks about a concept in the reader's own words (“how long
 * will I live”, “j'ai peur”) becomes one core concept, whose alternatives
 * are the words typed and what the guide calls it (weight 0.9); it counts
 * double. Stop words come from the corpus, in every language it lists.
 * A synonym or a concept's word counts no rarer (idf) than the word typed.
 * When the words as typed (and then their typos) find fewer than three
 * sections, a question or a query of three words or more is relaxed: a
 * section needs its core concepts (or, with none, any word), and scores
 * the square of the share of the query's words it holds.
 *
 * Then the kind of page: a glossary line counts half (a section explaining
 * its term comes first; for a query that is just the term, the line comes
 * second), the guide's own pages (licence, about) a tenth and after all
 * health content, and for an urgent concept (fever, bleeding) the urgent
 * pages that speak of it come before anything else.
 *
 * Evaluation (lg-search-rank.c) reads each stem's postings best first, with
 * Fagin's threshold algorithm: it stops as soon as no unseen document can
 * beat the ones found, which keeps “a”, typed as the start of a word, as
 * fast as “xospata”. Proximity re-ranks the best few.
 */

#define G_LOG_DOMAIN "lg-search"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lg-search-private.h"

G_DEFINE_FINAL_TYPE (LgSearch, lg_search, G_TYPE_OBJECT)

static void
lg_search_finalize (GObject *object)
{
  LgSearch *self = LG_SEARCH (object);

  g_clear_object (&self->corpus);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_free (self->stems);
  g_free (self->idf);
  g_free (self->top);
  g_free (self->df_cum);
  g_free (self->surfaces);
  g_free (self->surface_stem);
  g_free (self->surface_letters);
  g_clear_pointer (&self->stem_ids, g_hash_table_unref);
  g_clear_pointer (&self->word_cache, g_hash_table_unref);
  g_free (self->stop_ids);
  g_clear_pointer (&self->stop_words, g_hash_table_unref);
  g_clear_pointer (&self->triggers, g_hash_table_unref);
  g_clear_pointer (&self->asked, g_ptr_array_unref);
  for (guint i = 0; i < self->n_term_keys; i++)
    g_strfreev (self->term_keys[i]);
  g_free (self->term_keys);
  g_free (self->urgent_docs);
  g_free (self->docs);
  g_free (self->fwd);
  g_free (self->stream);
  g_free (self->postings);
  g_clear_pointer (&self->synonyms, g_hash_table_unref);
  g_clear_pointer (&self->synonym_sets, g_ptr_array_unref);
  lg_search_free_scratch (self);
  g_mutex_clear (&self->cache_lock);
  g_free (self->cached_text);
  g_clear_pointer (&self->cached_query, lg_query_unref);

  G_OBJECT_CLASS (lg_search_parent_class)->finalize (object);
}

static void
lg_search_class_init (LgSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lg_search_finalize;
}

static void
lg_search_init (LgSearch *self)
{
  g_mutex_init (&self->cache_lock);
  self->max_scored = LG_SEARCH_DEFAULT_MAX_SCORED;
}

/* Pieces of text */

static void
add_piece (GArray     *pieces,
           const char *text,
           LgField     field)
{
  LgPiece piece = { text, field, NULL, 0 };

  g_array_append_val (pieces, piece);
}

/**
 * lg_search_collect_pieces:
 * @self: the index
 * @doc: a document
 * @pieces: (element-type LgPiece): where to add the pieces
 *
 * The texts of a document, in the order the index reads them; the stream
 * marks one piece for each.
 */
void
lg_search_collect_pieces (LgSearch    *self,
                          const LgDoc *doc,
                          GArray      *pieces)
{
  const LgTopic *topic = doc->topic;
  const LgSection *section = doc->section;

  add_piece (pieces, topic->title->plain, LG_FIELD_TITLE);
  add_piece (pieces, section->title->plain, LG_FIELD_HEADING);

  if (topic->generated && g_str_equal (topic->id, "glossary"))
    {
      const LgTerm *term = lg_corpus_find_term (self->corpus, section->id);

      if (term != NULL)
        {
          add_piece (pieces, term->term->plain, LG_FIELD_NAME);
          for (guint i = 0; term->aliases && term->aliases[i]; i++)
            add_piece (pieces, term->aliases[i], LG_FIELD_NAME);
        }
    }
  else if (topic->generated && g_str_equal (topic->id, "medicines"))
    {
      const LgMedicine *med = lg_corpus_find_medicine (self->corpus, section->id);

      if (med != NULL)
        {
          add_piece (pieces, med->name->plain, LG_FIELD_NAME);
          for (guint i = 0; med->brands[i]; i++)
            add_piece (pieces, med->brands[i], LG_FIELD_NAME);
        }
    }

  if (doc->index == 0)
    {
      for (guint i = 0; topic->keywords && topic->keywords[i]; i++)
        add_piece (pieces, topic->keywords[i], LG_FIELD_KEYWORDS);
      add_piece (pieces, topic->summary->plain, LG_FIELD_BODY);
      for (guint i = 0; i < topic->n_questions; i++)
        add_piece (pieces, topic->questions[i]->plain, LG_FIELD_BODY);
    }

  for (guint b = 0; b < section->n_blocks; b++)
    {
      const LgBlock *block = section->blocks[b];

      if (block->title != NULL)
        add_piece (pieces, block->title->plain, LG_FIELD_BODY);
      for (guint i = 0; i < block->n_items; i++)
        {
          LgPiece piece = { block->items[i]->plain, LG_FIELD_BODY, block, i };

          g_array_append_val (pieces, piece);
        }
    }
}

/* Looking words up */

/**
 * lg_search_is_stop:
 * @self: the index
 * @surface: a word's surface key (see lg_normalize_surface())
 *
 * Returns: whether the corpus lists @surface as a word that carries no
 *   meaning of its own in a question (“how”, “will”, “je”, “puedo”)
 */
gboolean
lg_search_is_stop (LgSearch   *self,
                   const char *surface)
{
  return self->stop_words != NULL && g_hash_table_contains (self->stop_words, surface);
}

/**
 * lg_search_find_stem:
 * @self: the index
 * @stem: a stem
 *
 * Returns: the stem's id, or -1 if no document has it
 */
gssize
lg_search_find_stem (LgSearch   *self,
                     const char *stem)
{
  gpointer value = g_hash_table_lookup (self->stem_ids, stem);

  return value ? (gssize) GPOINTER_TO_UINT (value) - 1 : -1;
}

/**
 * lg_search_lookup_word:
 * @self: the index
 * @word: a word as written
 * @length: its length in bytes
 * @surface: (out caller-allocates) (optional): a buffer of
 *   %LG_NORMALIZE_BUFSIZE bytes for the word's surface key
 * @stem: (out caller-allocates) (optional): the same for its stem
 *
 * Returns: the word's stem id, or %G_MAXUINT32 if no document has it
 */
guint32
lg_search_lookup_word (LgSearch   *self,
                       const char *word,
                       gsize       length,
                       char       *surface,
                       char       *stem)
{
  char raw[LG_NORMALIZE_BUFSIZE];
  char key[LG_NORMALIZE_BUFSIZE];
  gssize id;
  gsize n;

  if (length < sizeof raw)
    {
      gpointer value;

      memcpy (raw, word, length);
      raw[length] = '\0';
      value = g_hash_table_lookup (self->word_cache, raw);
      if (value != NULL)
        {
          guint32 s = GPOINTER_TO_UINT (value) - 1;
          guint32 st = self->surface_stem[s];

          if (surface != NULL)
            g_strlcpy (surface, self->surfaces[s], LG_NORMALIZE_BUFSIZE);
          if (stem != NULL)
            g_strlcpy (stem, self->stems[st], LG_NORMALIZE_BUFSIZE);
          return st;
        }
    }

  n = lg_normalize_fold (word, length, key);
  n = lg_normalize_spelling (key, n);
  if (surface != NULL)
    memcpy (surface, key, n + 1);
  n = lg_normalize_stem (key, n);
  if (stem != NULL)
    memcpy (stem, key, n + 1);
  id = lg_search_find_stem (self, key);
  return id >= 0 ? (guint32) id : G_MAXUINT32;
}

/* Public API */

/**
 * lg_search_new:
 * @corpus: a loaded corpus
 *
 * Builds the index of @corpus: a few milliseconds for the bundled one.
 *
 * Returns: (transfer full): the index
 */
LgSearch *
lg_search_new (LgCorpus *corpus)
{
  g_return_val_if_fail (LG_IS_CORPUS (corpus), NULL);

  return lg_search_new_with_copies (corpus, 1);
}

/**
 * lg_search_new_with_copies:
 * @corpus: a loaded corpus
 * @n_copies: how many times to index it, at least 1
 *
 * Builds an index that holds @n_copies copies of every section, for
 * measuring how search scales. Each copy is read, tokenised and counted
 * on its own, exactly as distinct text would be; copy k > 0 of topic ID
 * is reported as “ID~k”. Only the corpus's text is shared.
 *
 * Returns: (transfer full): the index
 */
LgSearch *
lg_search_new_with_copies (LgCorpus *corpus,
                           guint     n_copies)
{
  LgSearch *self;

  g_return_val_if_fail (LG_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (n_copies >= 1, NULL);

  self = g_object_new (LG_TYPE_SEARCH, NULL);
  self->corpus = g_object_ref (corpus);
  lg_search_build (self, n_copies);
  return self;
}

/**
 * lg_search_get_corpus:
 * @self: the index
 *
 * Returns: (transfer none): the corpus it was built from
 */
LgCorpus *
lg_search_get_corpus (LgSearch *self)
{
  g_return_val_if_fail (LG_IS_SEARCH (self), NULL);

  return self->corpus;
}

/**
 * lg_search_get_n_documents:
 * @self: the index
 *
 * Returns: how many sections it holds
 */
guint
lg_search_get_n_documents (LgSearch *self)
{
  g_return_val_if_fail (LG_IS_SEARCH (self), 0);

  return self->n_docs;
}

/**
 * lg_search_get_memory_size:
 * @self: the index
 *
 * Counts the index's own allocations (not the corpus): the vocabulary and
 * its hash tables, the documents, their stems, the postings and the
 * synonyms. Hash tables are estimated, arrays are exact.
 *
 * Returns: the size in bytes
 */
gsize
lg_search_get_memory_size (LgSearch *self)
{
  g_return_val_if_fail (LG_IS_SEARCH (self), 0);

  return self->memory;
}

/**
 * lg_search_set_max_scored:
 * @self: the index
 * @max_scored: how many documents a query may score, or 0 for no limit
 *
 * Bounds the work of one query on a very large index: once @max_scored
 * documents are scored, the best of them are the results. Documents are
 * scored in the order of their strongest single-word match, so these are
 * the likely best, but no longer certainly. The default, 10 000, is far
 * above the sections of the bundled corpus, whose results are always
 * exact; 0 makes every query exact.
 */
void
lg_search_set_max_scored (LgSearch *self,
                          guint     max_scored)
{
  g_return_if_fail (LG_IS_SEARCH (self));

  g_atomic_int_set (&self->max_scored, max_scored);
}

/* The query for @text, with typo alternatives if the words as typed find
 * little; the last one is kept, since the content pane asks for the
 * matches of the same query in many strings.
 */
static LgQuery *
prepare_query (LgSearch   *self,
               const char *text,
               GArray    **hits,
               guint       max_results)
{
  g_autoptr(LgQuery) query = NULL;
  g_autoptr(GArray) found = NULL;
  guint limit = max_results == 0 ? 0 : MAX (max_results, LG_SEARCH_FEW);
  guint want = hits ? limit : LG_SEARCH_FEW;
  LgQueryFlags flags = 0;

  g_mutex_lock (&self->cache_lock);
  if (self->cached_text != NULL && g_str_equal (self->cached_text, text))
    query = lg_query_ref (self->cached_query);
  g_mutex_unlock (&self->cache_lock);

  if (query != NULL)
    {
      if (hits != NULL)
        *hits = lg_search_rank (self, query, limit);
      return g_steal_pointer (&query);
    }

  query = lg_query_new (self, text, 0);
  found = lg_search_rank (self, query, want);
  if (found->len < LG_SEARCH_FEW && query->can_fuzz)
    {
      g_autoptr(LgQuery) fuzzy = lg_query_new (self, text, LG_QUERY_FUZZY);

      if (fuzzy->fuzzy)
        {
          g_clear_pointer (&found, g_array_unref);
          g_clear_pointer (&query, lg_query_unref);
          query = g_steal_pointer (&fuzzy);
          flags = LG_QUERY_FUZZY;
          found = lg_search_rank (self, query, want);
        }
    }
  /* A question or a sentence: the sections that hold its point, even
   * without every other word. */
  if (found->len < LG_SEARCH_FEW && query->can_relax)
    {
      g_autoptr(LgQuery) relaxed = lg_query_new (self, text, flags | LG_QUERY_RELAXED);
      g_autoptr(GArray) more = lg_search_rank (self, relaxed, want);

      if (more->len > found->len)
        {
          g_clear_pointer (&found, g_array_unref);
          g_clear_pointer (&query, lg_query_unref);
          query = g_steal_pointer (&relaxed);
          found = g_steal_pointer (&more);
        }
    }

  g_mutex_lock (&self->cache_lock);
  g_free (self->cached_text);
  g_clear_pointer (&self->cached_query, lg_query_unref);
  self->cached_text = g_strdup (text);
  self->cached_query = lg_query_ref (query);
  g_mutex_unlock (&self->cache_lock);

  if (hits != NULL)
    *hits = g_steal_pointer (&found);
  return g_steal_pointer (&query);
}

/**
 * lg_search_query:
 * @self: the index
 * @query: what the user typed
 * @max_results: the most results to give, or 0 for all
 *
 * Finds the sections that hold every word of @query (or a synonym, a
 * completion of the last word, or, when that finds little, a word one or
 * two typos away), best first. Safe to call from any thread.
 *
 * Returns: (transfer container) (element-type LgSearchResult): the results
 */
GPtrArray *
lg_search_query (LgSearch   *self,
                 const char *query,
                 guint       max_results)
{
  g_autoptr(LgQuery) q = NULL;
  g_autoptr(GArray) hits = NULL;
  GPtrArray *results;

  g_return_val_if_fail (LG_IS_SEARCH (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  q = prepare_query (self, query, &hits, max_results);
  if (max_results > 0 && hits->len > max_results)
    g_array_set_size (hits, max_results);

  results = g_ptr_array_new_full (hits->len, g_object_unref);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (results, lg_search_result_new (self, q, &g_array_index (hits, LgHit, i)));
  return results;
}

/**
 * lg_search_find_matches:
 * @self: the index
 * @query: what the user typed
 * @text: any plain text, such as a label of the content pane
 *
 * Finds the words of @text that @query matches, the way lg_search_query()
 * matches them: spelling variants, synonyms, the last word's completions
 * and, if the query needed them, typo corrections. Synonyms of several
 * words are matched only as a phrase; stop words are not matched.
 *
 * Returns: (transfer full) (element-type LgSearchRange): the byte ranges of
 *   the matched words in @text, in order, not overlapping
 */
GArray *
lg_search_find_matches (LgSearch   *self,
                        const char *query,
                        const char *text)
{
  g_autoptr(LgQuery) q = NULL;

  g_return_val_if_fail (LG_IS_SEARCH (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  q = prepare_query (self, query, NULL, 0);
  return lg_search_match_text (self, q, text, strlen (text));
}

/**
 * lg_search_get_page:
 * @self: the index
 * @which: which kind of page
 * @topic: (out) (optional): its topic
 * @section: (out) (optional): its section, or %NULL for the whole topic
 *
 * Finds the first page of the corpus's list for @which (see
 * lg_corpus_get_search_pages()) that this corpus has: the list may name
 * pages still to be written, and never gives a dead link.
 *
 * Returns: whether there is one
 */
gboolean
lg_search_get_page (LgSearch         *self,
                    LgSearchPages     which,
                    const LgTopic   **topic,
                    const LgSection **section)
{
  const char * const *pages;

  g_return_val_if_fail (LG_IS_SEARCH (self), FALSE);

  pages = lg_corpus_get_search_pages (self->corpus, which);
  for (guint i = 0; pages[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (pages[i], "#", 2);
      const LgTopic *t = lg_corpus_find_topic (self->corpus, parts[0]);
      const LgSection *s = NULL;

      if (t == NULL || (parts[1] && !(s = lg_topic_find_section (t, parts[1]))))
        continue;
      if (topic != NULL)
        *topic = t;
      if (section != NULL)
        *section = s;
      return TRUE;
    }
  return FALSE;
}

/* Three letters in a row, within a word: how like each other two texts look. */
static void
add_trigrams (GHashTable *set,
              const char *text)
{
  LgTokenizer tokenizer;
  LgToken token;

  lg_tokenizer_init (&tokenizer, text, -1);
  while (lg_tokenizer_next (&tokenizer, &token))
    {
      char key[LG_NORMALIZE_BUFSIZE + 2];
      gsize n;

      if (token.flags & LG_TOKEN_COMPOUND)
        continue;
      key[0] = ' ';
      n = lg_normalize_fold (text + token.start, token.end - token.start, key + 1);
      n = lg_normalize_spelling (key + 1, n) + 1;
      key[n++] = ' ';
      key[n] = '\0';
      for (gsize i = 0; i + 3 <= n; i++)
        g_hash_table_add (set, g_strndup (key + i, 3));
    }
}

static gboolean
suggestable (LgSearch           *self,
             const LgTopic      *topic,
             GPtrArray          *chosen,
             const char * const *exclude)
{
  const char * const *last = lg_corpus_get_search_pages (self->corpus, LG_SEARCH_PAGES_LAST);

  if (topic->generated || (exclude && g_strv_contains (exclude, topic->id)) ||
      g_strv_contains (last, topic->id))
    return FALSE;
  for (guint i = 0; i < chosen->len; i++)
    if (g_ptr_array_index (chosen, i) == topic)
      return FALSE;
  return TRUE;
}

typedef struct
{
  const LgTopic *topic;
  double         likeness;
  guint          order;
} Likeness;

static int
compare_likeness (const void *a,
                  const void *b)
{
  const Likeness *x = a, *y = b;

  if (x->likeness != y->likeness)
    return x->likeness > y->likeness ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/**
 * lg_search_suggest_topics:
 * @self: the index
 * @query: what the reader typed, which may find nothing
 * @n: how many topics
 * @exclude: (nullable) (array zero-terminated=1): ids of topics not to give
 *
 * The topics closest to @query, for when it finds nothing: those that
 * hold any of its words or a word one typo away, then those whose title
 * and keywords look most like it, then the first of the guide. Neither
 * the generated Glossary and Medicines A–Z nor the guide's pages about
 * itself are given. Fewer than @n only if the guide has fewer.
 *
 * Returns: (transfer container) (element-type LgTopic): the topics
 */
GPtrArray *
lg_search_suggest_topics (LgSearch           *self,
                          const char         *query,
                          guint               n,
                          const char * const *exclude)
{
  GPtrArray *chosen = g_ptr_array_new ();
  g_autoptr(LgQuery) q = NULL;
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) likeness = g_array_new (FALSE, FALSE, sizeof (Likeness));
  guint n_topics;

  g_return_val_if_fail (LG_IS_SEARCH (self), chosen);
  g_return_val_if_fail (query != NULL, chosen);

  /* Any word of it, or one typo away. */
  q = lg_query_new (self, query, LG_QUERY_FUZZY | LG_QUERY_ANY);
  hits = lg_search_rank (self, q, MAX (4 * n, 16));
  for (guint i = 0; i < hits->len && chosen->len < n; i++)
    {
      const LgDoc *doc = &self->docs[g_array_index (hits, LgHit, i).doc];

      if (doc->copy == 0 && suggestable (self, doc->topic, chosen, exclude))
        g_ptr_array_add (chosen, (gpointer) doc->topic);
    }

  /* Titles and keywords that look like it. */
  n_topics = lg_corpus_get_n_topics (self->corpus);
  add_trigrams (wanted, query);
  for (guint t = 0; t < n_topics && chosen->len < n && g_hash_table_size (wanted) > 0; t++)
    {
      const LgTopic *topic = lg_corpus_get_topic (self->corpus, t);
      g_autoptr(GHashTable) have = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GHashTableIter iter;
      gpointer key;
      guint shared = 0;
      Likeness like = { topic, 0.0, t };

      if (!suggestable (self, topic, chosen, exclude))
        continue;
      add_trigrams (have, topic->title->plain);
      for (guint k = 0; topic->keywords && topic->keywords[k]; k++)
        add_trigrams (have, topic->keywords[k]);
      g_hash_table_iter_init (&iter, wanted);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        shared += g_hash_table_contains (have, key);
      like.likeness = (double) shared / g_hash_table_size (wanted);
      if (like.likeness >= 0.4)
        g_array_append_val (likeness, like);
    }
  g_array_sort (likeness, compare_likeness);
  for (guint i = 0; i < likeness->len && chosen->len < n; i++)
    g_ptr_array_add (chosen, (gpointer) g_array_index (likeness, Likeness, i).topic);

  /* The guide's first topics. */
  for (guint t = 0; t < n_topics && chosen->len < n; t++)
    {
      const LgTopic *topic = lg_corpus_get_topic (self->corpus, t);

      if (suggestable (self, topic, chosen, exclude))
        g_ptr_array_add (chosen, (gpointer) topic);
    }
  return chosen;
}
