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

gpointer  lg_corpus_alloc                 (LgCorpus   *self,
                                           gsize       size);
char     *lg_corpus_strdup                (LgCorpus   *self,
                                           const char *str);
void      lg_corpus_add_reference_topics  (LgCorpus   *self);

G_END_DECLS
