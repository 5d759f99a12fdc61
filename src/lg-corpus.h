/* lg-corpus.h: the immutable model of the leukaemia corpus and its loader
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON format is documented in data/corpus/README.md.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LG_CORPUS_ERROR (lg_corpus_error_quark ())

typedef enum
{
  LG_CORPUS_ERROR_IO,
  LG_CORPUS_ERROR_SYNTAX,
  LG_CORPUS_ERROR_UNKNOWN_KEY,
  LG_CORPUS_ERROR_MISSING,
  LG_CORPUS_ERROR_TYPE,
  LG_CORPUS_ERROR_DUPLICATE,
  LG_CORPUS_ERROR_BLOCK_TYPE,
  LG_CORPUS_ERROR_DATE,
  LG_CORPUS_ERROR_LINK,
  LG_CORPUS_ERROR_SOURCE,
  LG_CORPUS_ERROR_SCHEME,
  LG_CORPUS_ERROR_EMPTY,
  LG_CORPUS_ERROR_VALUE,
  LG_CORPUS_ERROR_MARKUP,
} LgCorpusError;

GQuark lg_corpus_error_quark (void);

typedef enum
{
  LG_RUN_PLAIN    = 0,
  LG_RUN_STRONG   = 1 << 0,
  LG_RUN_EMPHASIS = 1 << 1,
} LgRunFlags;

typedef enum
{
  LG_LINK_NONE,
  LG_LINK_TOPIC,     /* target "ID" or "ID#SECTION" */
  LG_LINK_GLOSSARY,  /* target: glossary id */
  LG_LINK_MEDICINE,  /* target: medicine id */
  LG_LINK_EXTERNAL,  /* target: https:, mailto: or tel: URI */
  LG_LINK_NAME,      /* bare [words]: resolved by the loader */
} LgLinkKind;

typedef struct
{
  char       *text;
  char       *target;
  LgRunFlags  flags;
  LgLinkKind  link;
} LgRun;

/* A piece of inline text: the source string as written, its location in
 * the corpus (used as translation context) and the parsed runs.
 */
typedef struct
{
  char   *source;
  char   *path;
  char   *plain;
  LgRun  *runs;
  guint   n_runs;
  guint   is_plain : 1;      /* shown as written, without markup */
  guint   translatable : 1;  /* corpus text, looked up in the content domain */
} LgInline;

typedef enum
{
  LG_BLOCK_PARAGRAPH,
  LG_BLOCK_BULLETS,
  LG_BLOCK_NUMBERED,
  LG_BLOCK_CALLOUT,
  LG_BLOCK_DEFINITIONS,
  LG_BLOCK_TABLE,
} LgBlockType;

typedef enum
{
  LG_CALLOUT_INFO,
  LG_CALLOUT_WARNING,
  LG_CALLOUT_CONTACT,
} LgCalloutKind;

/* paragraph: items[0]; bullets/numbered: items; callout: items[0] is the
 * text and title may be NULL; definitions: items are term, definition
 * pairs; table: n_columns cells a row, the first row is the header.
 */
typedef struct
{
  LgBlockType     type;
  LgCalloutKind   kind;
  LgInline       *title;
  LgInline      **items;
  guint           n_items;
  guint           n_columns;
} LgBlock;

typedef struct
{
  char      *id;
  LgInline  *title;
  LgBlock  **blocks;
  guint      n_blocks;
  /* The ids of the sources this section alone cites (a glossary term's,
   * a medicine's), or NULL when it relies on its topic's list. */
  char     **sources;
} LgSection;

typedef struct
{
  char   *id;
  char   *title;
  char   *path;
} LgGroup;

typedef struct
{
  char   *id;
  char   *publisher;
  char   *title;
  char   *url;
  char   *date;
  char   *date_label;
} LgSource;

typedef struct _LgTopic LgTopic;

typedef struct
{
  char      *id;
  LgInline  *term;
  char     **aliases;
  LgInline  *definition;
  char     **sources;
} LgTerm;

typedef struct
{
  char  *body;
  char  *date;
  LgInline *text;
  char  *source;
} LgApproval;

typedef struct
{
  char         *id;
  LgInline     *name;
  char        **brands;
  LgInline     *class_;
  LgInline     *target;
  LgInline     *route;
  char        **leukaemias;
  LgInline     *use;
  LgApproval  **approvals;
  guint         n_approvals;
  char        **sources;
  /* topic ids whose text links to or names this medicine */
  char        **mentioned_in;
} LgMedicine;

struct _LgTopic
{
  char        *id;
  LgInline    *title;
  const LgGroup *group;
  LgInline    *summary;
  char        *checked;     /* when the text was last checked against its sources */
  char        *next_check;  /* when it is due to be checked again, or NULL */
  LgInline   **key_points;
  guint        n_key_points;
  char       **sources;
  char       **keywords;
  LgSection  **sections;
  guint        n_sections;
  LgInline   **questions;
  guint        n_questions;
  gboolean     generated;
};

/* A thing people ask about in their own words, for search (see
 * data/corpus/README.md, “Search”).
 */
typedef struct
{
  char      *id;
  LgInline  *words;    /* what the guide's text calls it: entries separated by “;” */
  char     **asked;    /* how people ask about it, every language's forms together */
  gboolean   urgent;   /* a sign to act on now: urgent pages come first */
} LgSearchConcept;

typedef enum
{
  LG_SEARCH_PAGES_URGENT,  /* what to do now: first for urgent questions */
  LG_SEARCH_PAGES_START,   /* where a new reader starts */
  LG_SEARCH_PAGES_LAST,    /* about the guide itself: after every health page */
  LG_SEARCH_N_PAGES
} LgSearchPages;

#define LG_TYPE_CORPUS (lg_corpus_get_type ())

G_DECLARE_FINAL_TYPE (LgCorpus, lg_corpus, LG, CORPUS, GObject)

LgCorpus          *lg_corpus_new_from_resource   (const char   *path,
                                                  GError      **error);
LgCorpus          *lg_corpus_new_from_path       (const char   *path,
                                                  GError      **error);
LgCorpus          *lg_corpus_new_from_data       (const char  **names,
                                                  const char  **texts,
                                                  guint         n_files,
                                                  GError      **error);
LgCorpus          *lg_corpus_get_default         (GError      **error);

guint              lg_corpus_get_n_topics        (LgCorpus     *self);
const LgTopic     *lg_corpus_get_topic           (LgCorpus     *self,
                                                  guint         index);
const LgTopic     *lg_corpus_find_topic          (LgCorpus     *self,
                                                  const char   *id);
const LgSection   *lg_topic_find_section         (const LgTopic *topic,
                                                  const char   *id);
const char * const *lg_topic_get_cited_sources (const LgTopic   *topic,
                                                const LgSection *section);
guint              lg_corpus_get_n_groups        (LgCorpus     *self);
const LgGroup     *lg_corpus_get_group           (LgCorpus     *self,
                                                  guint         index);
const LgSource    *lg_corpus_find_source         (LgCorpus     *self,
                                                  const char   *id);
guint              lg_corpus_get_n_terms         (LgCorpus     *self);
const LgTerm      *lg_corpus_get_term            (LgCorpus     *self,
                                                  guint         index);
const LgTerm      *lg_corpus_find_term           (LgCorpus     *self,
                                                  const char   *id);
guint              lg_corpus_get_n_medicines     (LgCorpus     *self);
const LgMedicine  *lg_corpus_get_medicine        (LgCorpus     *self,
                                                  guint         index);
const LgMedicine  *lg_corpus_find_medicine       (LgCorpus     *self,
                                                  const char   *id);
const LgInline    *lg_corpus_get_disclaimer      (LgCorpus     *self);
guint              lg_corpus_get_n_synonym_sets  (LgCorpus     *self);
const char * const *lg_corpus_get_synonym_set    (LgCorpus     *self,
                                                  guint         index);
const char * const *lg_corpus_get_stop_words     (LgCorpus     *self);
guint              lg_corpus_get_n_search_concepts (LgCorpus   *self);
const LgSearchConcept *lg_corpus_get_search_concept (LgCorpus  *self,
                                                  guint         index);
const char * const *lg_corpus_get_search_pages   (LgCorpus     *self,
                                                  LgSearchPages which);

typedef void (*LgTranslatableFunc) (const char *context,
                                    const char *source,
                                    gboolean    has_markup,
                                    gpointer    user_data);

void               lg_corpus_foreach_translatable (LgCorpus          *self,
                                                   LgTranslatableFunc func,
                                                   gpointer           user_data);

/* lg-markup.c */
LgInline          *lg_inline_parse               (const char   *source,
                                                  const char   *path,
                                                  GError      **error);
void               lg_inline_free                (LgInline     *inl);
gboolean           lg_link_scheme_allowed        (const char   *uri);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgInline, lg_inline_free)

G_END_DECLS
