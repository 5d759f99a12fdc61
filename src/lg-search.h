/* lg-search.h: a ranked, forgiving full-text index of the corpus
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index is built once from a loaded corpus and never changes, so it
 * can be searched from any thread. Results are sections, best first, each
 * with a snippet and where the query's words are in it. The rules (what is
 * a word, which spellings meet, synonyms, prefixes, typos, ranking) are
 * described at the top of lg-search.c.
 */

#pragma once

#include "lg-corpus.h"

G_BEGIN_DECLS

/* A match: bytes [start, end) of a string. */
typedef struct
{
  guint start;
  guint end;
} LgSearchRange;

#define LG_TYPE_SEARCH (lg_search_get_type ())

G_DECLARE_FINAL_TYPE (LgSearch, lg_search, LG, SEARCH, GObject)

#define LG_TYPE_SEARCH_RESULT (lg_search_result_get_type ())

G_DECLARE_FINAL_TYPE (LgSearchResult, lg_search_result, LG, SEARCH_RESULT, GObject)

LgSearch             *lg_search_new                    (LgCorpus       *corpus);
LgSearch             *lg_search_new_with_copies        (LgCorpus       *corpus,
                                                        guint           n_copies);
LgCorpus             *lg_search_get_corpus             (LgSearch       *self);
guint                 lg_search_get_n_documents        (LgSearch       *self);
gsize                 lg_search_get_memory_size        (LgSearch       *self);
void                  lg_search_set_max_scored         (LgSearch       *self,
                                                        guint           max_scored);

GPtrArray            *lg_search_query                  (LgSearch       *self,
                                                        const char     *query,
                                                        guint           max_results);
GArray               *lg_search_find_matches           (LgSearch       *self,
                                                        const char     *query,
                                                        const char     *text);
gboolean              lg_search_get_page               (LgSearch       *self,
                                                        LgSearchPages   which,
                                                        const LgTopic **topic,
                                                        const LgSection **section);
GPtrArray            *lg_search_suggest_topics         (LgSearch       *self,
                                                        const char     *query,
                                                        guint           n,
                                                        const char * const *exclude);

const char           *lg_search_result_get_topic_id    (LgSearchResult *self);
const char           *lg_search_result_get_section_id  (LgSearchResult *self);
const LgTopic        *lg_search_result_get_topic       (LgSearchResult *self);
const LgSection      *lg_search_result_get_section     (LgSearchResult *self);
const char           *lg_search_result_get_topic_title (LgSearchResult *self);
const char           *lg_search_result_get_section_title (LgSearchResult *self);
double                lg_search_result_get_score       (LgSearchResult *self);
const char           *lg_search_result_get_snippet     (LgSearchResult *self);
const LgSearchRange  *lg_search_result_get_ranges      (LgSearchResult *self,
                                                        guint          *n_ranges);

G_END_DECLS
