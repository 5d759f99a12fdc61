/* lg-corpus-private.h: the corpus's insides, shared by its own files
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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
  LgInline   *disclaimer;

  GHashTable *topic_by_id;
  GHashTable *source_by_id;
  GHashTable *term_by_id;
  GHashTable *medicine_by_id;

  /* everything else the model allocates, freed together */
  GPtrArray  *inlines;
  GPtrArray  *allocs;
  GStringChunk *strings;
};

/* The state of one load, shared by lg-corpus-parse.c and lg-corpus.c. */
typedef struct
{
  LgCorpus   *corpus;
  const char *file;
  GString    *path;
  GError    **error;
  /* which file defined the one-per-corpus members */
  char       *groups_file;
  char       *disclaimer_file;
  gboolean    translate;
} LgCorpusLoader;

/* A topic read but not yet placed under its group. */
typedef struct
{
  LgTopic *topic;
  char    *group_id;
  guint    order;
} LgPendingTopic;

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

G_END_DECLS
