/* lg-search-private.h: the index's insides, shared by the lg-search files
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lg-normalize.h"
#include "lg-search.h"

G_BEGIN_DECLS

/* BM25F: saturation, and the weight and length normalisation of each field
 * (see the comment at the top of lg-search.c).
 */
#define LG_BM25_K1 1.2f

typedef enum
{
  LG_FIELD_TITLE,     /* the topic's title, in every section of it */
  LG_FIELD_HEADING,   /* the section's title */
  LG_FIELD_NAME,      /* glossary term and aliases, medicine and brands */
  LG_FIELD_KEYWORDS,  /* the topic's keywords, in its first section */
  LG_FIELD_BODY,      /* everything else */
  LG_N_FIELDS
} LgField;

/* A document's stream of stems: each piece of text starts with a mark
 * that names its field, so that phrases never run across pieces.
 */
#define LG_MARK_BASE          (G_MAXUINT32 - LG_N_FIELDS + 1)
#define LG_STREAM_MARK(field) (LG_MARK_BASE + (guint32) (field))
#define LG_STREAM_IS_MARK(id) ((id) >= LG_MARK_BASE)
#define LG_STREAM_FIELD(id)   ((LgField) ((id) - LG_MARK_BASE))

/* A query holds at most this many word matchers, one bit each. */
#define LG_QUERY_MAX_BITS 64

/* The documents a query may score before it settles for the best of them. */
#define LG_SEARCH_DEFAULT_MAX_SCORED 10000

/* Fewer results than this and the query is tried again with typos. */
#define LG_SEARCH_FEW 3

/* What a completion of one or two letters is worth, next to other words:
 * it only filters, since which word is meant is not known yet.
 */
#define LG_FLAT_SCORE 0.25f

typedef struct
{
  guint32 stem;
  float   wtf;   /* the BM25F weighted, length-normalised term frequency */
} LgFwdEntry;

typedef struct
{
  guint32 doc;
  float   wtf;
} LgPosting;

/* What a glossary line is worth next to a section that explains the
 * same thing (when the query is just its term, it comes second).
 */
#define LG_PRIOR_GLOSSARY 0.5f
/* And the guide's own pages (licence, about) next to health content. */
#define LG_PRIOR_LAST     0.1f

typedef enum
{
  LG_DOC_URGENT   = 1 << 0,  /* what to do now: first for urgent questions */
  LG_DOC_LAST     = 1 << 1,  /* about the guide itself: after health content */
  LG_DOC_GLOSSARY = 1 << 2,  /* a line of the glossary */
} LgDocFlags;

/* A section (a copy of it, for the benchmark's large corpus). */
typedef struct
{
  const LgTopic   *topic;
  const LgSection *section;
  gsize            fwd;       /* its stems, sorted, in self->fwd */
  gsize            stream;    /* its text as stems, in self->stream */
  guint32          n_fwd;
  guint32          n_stream;
  guint32          copy;      /* 0, or the copy number in a synthetic index */
  guint32          index;     /* the section's index in its topic */
  guint32          flags;     /* LgDocFlags */
  guint32          term;      /* for a glossary line, its term's index + 1 */
} LgDoc;

typedef struct
{
  const char    *text;
  LgField        field;
  const LgBlock *block;   /* the block it is an item of, if any */
  guint          item;
} LgPiece;

/* One word of a query: the stems it accepts. */
typedef struct
{
  guint32  *ranges;      /* pairs [lo, hi) of stem ids (prefix completions) */
  guint     n_ranges;
  guint32  *ids;         /* single stem ids, sorted */
  guint     n_ids;
  char    **prefixes;    /* for text outside the index: surface prefixes… */
  char    **exact;       /* …and stems */
  guint     bit;
  guint64   estimate;    /* how many postings it reaches */
  float     max_score;   /* the best BM25 score it can give a document */
} LgMatcher;

/* One way a concept can be written: one word, or several in a row. */
typedef struct
{
  LgMatcher *tokens;
  guint      n_tokens;
  float      weight;
  gboolean   phrase;     /* the words must be next to each other */
  gboolean   fuzzy;
  gboolean   short_prefix;  /* completions of one or two letters */
  gboolean   flat;       /* scores LG_FLAT_SCORE, whatever the words' weights */
  float      idf_cap;    /* a synonym counts no rarer than the word typed */
  guint64    first_bit;
  float      max_score;
} LgAlt;

/* One thing the query asks for: a word or a phrase, with its synonyms. */
typedef struct
{
  LgAlt    *alts;
  guint     n_alts;
  guint     span;        /* how many words of the query it covers */
  gboolean  required;
  gboolean  core;        /* asked about in the reader's words: the point of the query */
  gboolean  urgent;      /* a sign to act on now */
  guint64   bits;        /* all its matchers */
  guint64   first_bits;  /* the first matcher of each alternative */
  float     max_score;
} LgConcept;

typedef enum
{
  LG_QUERY_FUZZY   = 1 << 0,  /* add typo alternatives */
  LG_QUERY_RELAXED = 1 << 1,  /* a document may lack some words (not the core ones) */
  LG_QUERY_ANY     = 1 << 2,  /* relaxed, even for a few keywords */
} LgQueryFlags;

typedef struct
{
  gint        ref_count;
  LgConcept  *concepts;
  guint       n_concepts;
  guint       n_bits;
  guint64    *masks;        /* for each stem, the bits of the matchers accepting it */
  guint8      bit_concept[LG_QUERY_MAX_BITS];
  gboolean    fuzzy;        /* typo alternatives were added */
  gboolean    can_fuzz;     /* some word could have typo alternatives */
  gboolean    relaxed;      /* documents may lack the words that are not core */
  gboolean    can_relax;    /* a question or a sentence, not a few keywords */
  gboolean    urgent;       /* asks about a sign to act on now */
  char      **single_keys;  /* the only concept's alternatives, if it is alone */
} LgQuery;

typedef struct
{
  guint32 doc;
  float   score;
  guint32 tier;   /* 0 urgent, 1 the rest, 2 the guide's own pages: before score */
} LgHit;

/* A concept of the corpus's search data, read for the index. */
typedef struct
{
  GPtrArray *words;    /* LgSynonym: what the guide's text calls it */
  gboolean   urgent;
} LgAsked;

struct _LgSearch
{
  GObject       parent_instance;

  LgCorpus     *corpus;
  guint         n_copies;

  /* vocabulary: stems and surface forms, each sorted */
  GStringChunk *strings;
  gsize         string_bytes;
  char        **stems;
  guint         n_stems;
  float        *idf;
  float        *top;          /* each stem's best score in any document */
  guint64      *df_cum;       /* df_cum[s] = postings of the stems before s */
  char        **surfaces;
  guint32      *surface_stem;
  guint32      *surface_letters; /* lg_search_letter_mask () of each */
  guint         n_surfaces;
  GHashTable   *stem_ids;     /* stem → id + 1 */
  GHashTable   *word_cache;   /* word as written → surface id + 1 */
  guint32      *stop_ids;     /* stems of stop words, sorted */
  guint         n_stop_ids;
  GHashTable   *stop_words;   /* surface keys of the corpus's stop words */

  /* questions: content stems of a way of asking → GArray of indices in asked */
  GHashTable   *triggers;
  GPtrArray    *asked;        /* LgAsked */
  guint         max_trigger_len;
  char       ***term_keys;    /* for each glossary term: its names' stems */
  guint         n_term_keys;
  guint32      *urgent_docs;
  guint         n_urgent_docs;

  /* documents */
  LgDoc        *docs;
  guint         n_docs;
  LgFwdEntry   *fwd;
  gsize         n_fwd;
  guint32      *stream;
  gsize         n_stream;
  LgPosting    *postings;     /* by stem, best first */

  /* synonyms: "stem stem…" → GArray of set indices */
  GHashTable   *synonyms;
  GPtrArray    *synonym_sets; /* GPtrArray of LgSynonym */
  guint         max_synonym_len;

  gsize         memory;       /* bytes, counted when built */
  guint         max_scored;   /* the budget of documents scored, or 0 */
  gpointer      scratch;      /* a spare LgScratch, taken atomically */
  GMutex        cache_lock;
  char         *cached_text;
  LgQuery      *cached_query;
};

/* An entry of a synonym set: its stems, and again with hyphenated words
 * run together (NULL when it has none).
 */
typedef struct
{
  char **parts;
  char **compound;
} LgSynonym;

static inline float
lg_search_bm25_saturate (float wtf)
{
  return wtf / (LG_BM25_K1 + wtf);
}

/* Which letters a surface key holds: a bit for each of a to z, one for
 * any digit, one for anything else. The index stores it for every
 * surface and the typo matcher computes it for the query's word; the two
 * must agree or typo search silently stops matching, hence one function.
 */
static inline guint32
lg_search_letter_mask (const char *key)
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

/* lg-search.c */
void         lg_search_collect_pieces   (LgSearch       *self,
                                         const LgDoc    *doc,
                                         GArray         *pieces);
guint32      lg_search_lookup_word      (LgSearch       *self,
                                         const char     *word,
                                         gsize           length,
                                         char           *surface,
                                         char           *stem);
gssize       lg_search_find_stem        (LgSearch       *self,
                                         const char     *stem);

gboolean     lg_search_is_stop          (LgSearch       *self,
                                         const char     *surface);

/* lg-search-build.c */
void         lg_search_build            (LgSearch       *self,
                                         guint           n_copies);
void         lg_synonym_free            (gpointer        data);
void         lg_search_split_phrase     (const char     *text,
                                         char         ***parts,
                                         char         ***compound);

/* lg-search-matcher.c */
void         lg_matcher_clear           (LgMatcher      *m);
LgMatcher    lg_matcher_exact           (LgSearch       *self,
                                         const char     *stem);
LgMatcher    lg_matcher_prefix          (LgSearch       *self,
                                         const char     *word,
                                         gsize           length,
                                         const char     *stem);
LgMatcher    lg_matcher_typo            (LgSearch       *self,
                                         const char     *surface,
                                         gboolean        prefix,
                                         const LgMatcher *near);

/* lg-search-query.c */
LgQuery     *lg_query_new               (LgSearch       *self,
                                         const char     *text,
                                         LgQueryFlags    flags);
LgQuery     *lg_query_ref               (LgQuery        *query);
void         lg_query_unref             (LgQuery        *query);
guint64      lg_query_token_mask        (LgSearch       *self,
                                         LgQuery        *query,
                                         const char     *text,
                                         const LgToken  *token);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgQuery, lg_query_unref)

/* lg-search-rank.c */
GArray      *lg_search_rank             (LgSearch       *self,
                                         LgQuery        *query,
                                         guint           max_results);
void         lg_search_free_scratch     (LgSearch       *self);

/* lg-search-result.c */
LgSearchResult *lg_search_result_new    (LgSearch       *self,
                                         LgQuery        *query,
                                         const LgHit    *hit);
GArray      *lg_search_match_text       (LgSearch       *self,
                                         LgQuery        *query,
                                         const char     *text,
                                         gsize           length);

G_END_DECLS
