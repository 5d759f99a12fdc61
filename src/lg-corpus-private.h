/* lg-corpus-private.h: the corpus's insides, shared by its own files
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lg-corpus.h"

G_BEGIN_DECLS

struct _LgCorpus
{
  GObject     parent_instance;

  GPtrArray  *groups;       /* LgGroup */
  GPtrArray  *topics;       /* LgTopic, sidebar order */
  GPtrArray  *sources;      /* LgSource */
  GPtrArray  *terms;        /* LgTerm, sorted by term */
  GPtrArray  *medicines;    /* LgMedicine, sorted by name */
  GPtrArray  *synonyms;     /* GStrv */
  GPtrArray  *stop_words;   /* char *, NULL-terminated */
  GPtrArray  *search_concepts;  /* LgSearchConcept */
  char      **search_pages[LG_SEARCH_N_PAGES];
  LgInline   *disclaimer;

  GHashTable *topic_by_id;
  GHashTable *source_by_id;
  GHashTable *term_by_id;
  GHashTable *medicine_by_id;

  /* everything else the model allocates, freed together */
  GPtrArray  *inlines;
  GPtrArray  *allocs;
  GStringChunk *strings;

  /* Whether a translation replaced any text: the glossary then leaves out
   * the other names of its terms, which stay English. */
  gboolean    translated;
};

/* The state of one load: made by lg-corpus.c, which resolves links and
 * translates (lg-corpus-translate.c) once every file is read; each file is
 * read by lg-corpus-parse.c (its members), lg-corpus-topics.c (topics)
 * and lg-corpus-loader.c (checked access to the JSON). */
typedef struct
{
  LgCorpus   *corpus;
  const char *file;
  GString    *path;
  GError    **error;
  /* which file defined the one-per-corpus members */
  char       *groups_file;
  char       *disclaimer_file;
  char       *search_file;
  gboolean    translate;
  GArray     *pending;     /* LgPendingTopic: the topics read so far */
} LgCorpusLoader;

/* A topic read but not yet placed under its group. */
typedef struct
{
  LgTopic *topic;
  char    *group_id;
  guint    order;
} LgPendingTopic;

/* The corpus nests about ten deep; json-glib's parser recurses once a
 * level and runs out of stack some ten thousand levels down. */
#define LG_CORPUS_MAX_DEPTH 64
/* The most a corpus file, and a whole corpus, may hold, in bytes: the
 * bundled one is under 1 MiB. */
#define LG_CORPUS_MAX_FILE_SIZE (16 * 1024 * 1024)
#define LG_CORPUS_MAX_SIZE      (64 * 1024 * 1024)
/* The longest text one string may hold, in characters: a paragraph of
 * some 2500 words. Pango lays out a paragraph wider than 2^31 of its
 * units (about 300 000 characters) as one line, and drops what does not
 * fit on the page; the longest text of the bundled guide is about 430. */
#define LG_CORPUS_MAX_TEXT_CHARS 16384

/* lg-corpus-loader.c: typed, checked access to JSON members, errors that
 * name the file and the JSON path, the raw text read and checked, arrays
 * and names read one way. */
G_GNUC_PRINTF (3, 4)
gboolean lg_corpus_loader_fail (LgCorpusLoader *l,
                                int code,
                                const char *format,
                                ...);
G_GNUC_PRINTF (4, 5)
gboolean lg_corpus_loader_fail_member (LgCorpusLoader *l,
                                       const char *member,
                                       int code,
                                       const char *format,
                                       ...);
gsize lg_corpus_loader_path_push_member (LgCorpusLoader *l,
                                         const char *member);
gsize lg_corpus_loader_path_push_index (LgCorpusLoader *l,
                                        guint index);
void lg_corpus_loader_path_pop (LgCorpusLoader *l,
                                gsize len);
const char *lg_corpus_loader_node_type_name (JsonNode *node);
gboolean lg_corpus_loader_check_keys (LgCorpusLoader *l,
                                      JsonObject *object,
                                      const char * const *allowed);
gboolean lg_corpus_loader_check_text (LgCorpusLoader *l,
                                      const char *text);
const char *lg_corpus_loader_text_problem (const char *text,
                                           gssize      length,
                                           int        *code);
const char *lg_corpus_loader_get_string (LgCorpusLoader *l,
                                         JsonObject *object,
                                         const char *member,
                                         gboolean required);
gboolean lg_corpus_loader_has_error (LgCorpusLoader *l);
JsonArray *lg_corpus_loader_get_array (LgCorpusLoader *l,
                                       JsonObject *object,
                                       const char *member,
                                       gboolean required);
JsonObject *lg_corpus_loader_element_object (LgCorpusLoader *l,
                                             JsonArray *array,
                                             guint index);
const char *lg_corpus_loader_element_string (LgCorpusLoader *l,
                                             JsonArray *array,
                                             guint index);
const char *lg_corpus_loader_get_id (LgCorpusLoader *l,
                                     JsonObject *object);
gboolean lg_corpus_loader_date_is_valid (const char *date);
const char *lg_corpus_loader_get_date (LgCorpusLoader *l,
                                       JsonObject *object,
                                       const char *member,
                                       gboolean required);
char *lg_corpus_loader_where_string (LgCorpusLoader *l);
LgInline *lg_corpus_loader_take_inline (LgCorpusLoader *l,
                                        LgInline *inl);
LgInline *lg_corpus_loader_get_inline (LgCorpusLoader *l,
                                       JsonObject *object,
                                       const char *member,
                                       gboolean required,
                                       gboolean plain);
LgInline *lg_corpus_loader_element_inline (LgCorpusLoader *l,
                                           JsonArray *array,
                                           guint index);
gboolean lg_corpus_loader_get_string_list (LgCorpusLoader *l,
                                           JsonObject *object,
                                           const char *member,
                                           gboolean required,
                                           gboolean ids,
                                           char ***out);
JsonParser *lg_corpus_loader_read_object (LgCorpusLoader *l,
                                          const char *data,
                                          gsize length);

typedef gboolean (*LgCorpusLoaderElementFunc) (LgCorpusLoader *l,
                                               JsonArray *array,
                                               guint index,
                                               gpointer data);
gboolean lg_corpus_loader_parse_elements (LgCorpusLoader *l,
                                          const char *member,
                                          JsonArray *array,
                                          const char *empty,
                                          LgCorpusLoaderElementFunc func,
                                          gpointer data);
LgInline **lg_corpus_loader_parse_inlines (LgCorpusLoader *l,
                                           const char *member,
                                           JsonArray *array,
                                           const char *empty);
int lg_corpus_loader_lookup_name (LgCorpusLoader *l,
                                  const char *value,
                                  const char * const *names,
                                  int code,
                                  const char *what);
int lg_corpus_loader_get_name (LgCorpusLoader *l,
                               JsonObject *object,
                               const char *member,
                               const char * const *names,
                               int code,
                               const char *what);

/* lg-corpus-topics.c: a topic, its sections and their blocks. */
LgTopic *lg_corpus_loader_parse_topic (LgCorpusLoader *l,
                                       JsonObject *object,
                                       char **group_id);

gboolean  lg_corpus_load_file             (LgCorpusLoader *l,
                                           const char     *name,
                                           const char     *data,
                                           gsize           length,
                                           GArray         *pending);
gpointer  lg_corpus_alloc                 (LgCorpus   *self,
                                           gsize       size);
char     *lg_corpus_strdup                (LgCorpus   *self,
                                           const char *str);
void      lg_corpus_add_reference_topics  (LgCorpus   *self);
void      lg_corpus_compute_mentions      (LgCorpus   *self);
gboolean  lg_corpus_resolve_inline        (LgCorpusLoader *l,
                                           GHashTable     *names,
                                           LgInline       *inl);
void      lg_corpus_translate             (LgCorpusLoader *l,
                                           GHashTable     *names);

G_END_DECLS
