/* lg-document.h: a topic laid out as a flat list of styled blocks
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one intermediate form that the content pane, the print operation
 * and the plain-text output all render, so they always agree.
 */

#pragma once

#include "lg-corpus.h"

G_BEGIN_DECLS

typedef enum
{
  LG_DOC_TITLE,
  LG_DOC_SUMMARY,
  LG_DOC_META,        /* “Checked against its sources on …” under the title */
  LG_DOC_HEADING,     /* a section title */
  LG_DOC_SUBHEADING,  /* a list's title, or a part of the page (sources…) */
  LG_DOC_PARAGRAPH,
  LG_DOC_BULLET,
  LG_DOC_NUMBERED,
  LG_DOC_CALLOUT,
  LG_DOC_DEFINITION,  /* term in title, definition in text */
  LG_DOC_TABLE,       /* the LgBlock in table */
  LG_DOC_SOURCE,
  LG_DOC_QUESTION,
  LG_DOC_DISCLAIMER,
} LgDocKind;

typedef struct
{
  LgDocKind       kind;
  const char     *section_id;  /* the section it belongs to, or NULL */
  guint           number;      /* numbered items and questions, from 1 */
  LgCalloutKind   callout;
  const LgInline *title;       /* callout title or definition term */
  const LgInline *text;
  const LgBlock  *table;
  gboolean        first_in_list;
  gboolean        last_in_list;
} LgDocBlock;

typedef struct _LgDocument LgDocument;

LgDocument       *lg_document_new            (LgCorpus      *corpus,
                                              const LgTopic *topic,
                                              const char    *section_id);
LgDocument       *lg_document_new_excerpt    (LgCorpus      *corpus,
                                              const LgTopic *topic,
                                              const char    *section_id);
LgDocument       *lg_document_new_part       (LgCorpus      *corpus,
                                              const char    *title);
LgDocBlock       *lg_document_append_inline  (LgDocument    *doc,
                                              LgDocKind      kind,
                                              LgInline      *text);
LgDocBlock       *lg_document_append_plain   (LgDocument    *doc,
                                              LgDocKind      kind,
                                              const char    *text);
const LgInline   *lg_document_own_plain      (LgDocument    *doc,
                                              const char    *text);
void              lg_document_append_sources (LgDocument    *doc,
                                              LgCorpus      *corpus,
                                              const char * const *ids);
void              lg_document_append_disclaimer (LgDocument *doc,
                                              LgCorpus      *corpus);
const char       *lg_document_get_title      (LgDocument    *doc);
void              lg_document_free           (LgDocument    *doc);
guint             lg_document_get_n_blocks   (LgDocument    *doc);
const LgDocBlock *lg_document_get_block      (LgDocument    *doc,
                                              guint          index);
const LgTopic    *lg_document_get_topic      (LgDocument    *doc);
LgCorpus         *lg_document_get_corpus     (LgDocument    *doc);
gboolean          lg_document_topic_is_overdue (const LgTopic *topic,
                                              const char    *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LgDocument, lg_document_free)

G_END_DECLS
