/* lg-document.c: a topic laid out as a flat list of styled blocks
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lg-document"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lg-document.h"
#include "lg-format.h"
#include "lg-markup.h"
#include "lg-markup-private.h"

struct _LgDocument
{
  LgCorpus      *corpus;   /* which owns topic */
  const LgTopic *topic;    /* NULL for a part of a pack */
  char          *title;
  GArray        *blocks;   /* LgDocBlock */
  GPtrArray     *owned;    /* LgInline made here */
};

static const LgInline *
own (LgDocument *doc,
     LgInline   *inl)
{
  g_ptr_array_add (doc->owned, inl);
  return inl;
}

static LgDocBlock *
append (LgDocument     *doc,
        LgDocKind       kind,
        const char     *section_id,
        const LgInline *text)
{
  LgDocBlock block = { 0 };

  block.kind = kind;
  block.section_id = section_id;
  block.text = text;
  g_array_append_val (doc->blocks, block);
  return &g_array_index (doc->blocks, LgDocBlock, doc->blocks->len - 1);
}

static void
append_list (LgDocument    *doc,
             LgDocKind      kind,
             const char    *section_id,
             LgInline     **items,
             guint          n_items)
{
  for (guint i = 0; i < n_items; i++)
    {
      LgDocBlock *block = append (doc, kind, section_id, items[i]);

      block->number = i + 1;
      block->first_in_list = i == 0;
      block->last_in_list = i + 1 == n_items;
    }
}

/* The topic every warning points to: what to do if you feel unwell. */
#define ACT_NOW_TOPIC "act-now"

/* A copy of @text with a link to @topic_id, labelled @label, at its end. */
static LgInline *
inline_with_topic_link (const LgInline *text,
                        const char     *label,
                        const char     *topic_id)
{
  LgInline *inl = g_new0 (LgInline, 1);
  guint n = text->n_runs;
  g_autofree char *uri = lg_link_to_uri (LG_LINK_TOPIC, topic_id);

  inl->source = g_strdup_printf ("%s [%s](%s)", text->source, label, uri);
  inl->path = g_strdup (text->path);
  inl->plain = g_strconcat (text->plain, " ", label, NULL);
  inl->n_runs = n + 2;
  inl->runs = g_new0 (LgRun, inl->n_runs);
  for (guint i = 0; i < n; i++)
    {
      inl->runs[i].text = g_strdup (text->runs[i].text);
      inl->runs[i].target = g_strdup (text->runs[i].target);
      inl->runs[i].flags = text->runs[i].flags;
      inl->runs[i].link = text->runs[i].link;
    }
  inl->runs[n].text = g_strdup (" ");
  inl->runs[n + 1].text = g_strdup (label);
  inl->runs[n + 1].target = g_strdup (topic_id);
  inl->runs[n + 1].link = LG_LINK_TOPIC;
  return inl;
}

static void
append_section (LgDocument      *doc,
                const LgSection *section,
                gboolean         link_warnings)
{
  append (doc, LG_DOC_HEADING, section->id, section->title);

  for (guint b = 0; b < section->n_blocks; b++)
    {
      const LgBlock *block = section->blocks[b];
      LgDocBlock *db;

      switch (block->type)
        {
        case LG_BLOCK_PARAGRAPH:
          append (doc, LG_DOC_PARAGRAPH, section->id, block->items[0]);
          break;

        case LG_BLOCK_BULLETS:
        case LG_BLOCK_NUMBERED:
          if (block->title)
            append (doc, LG_DOC_SUBHEADING, section->id, block->title);
          append_list (doc, block->type == LG_BLOCK_BULLETS ? LG_DOC_BULLET : LG_DOC_NUMBERED,
                       section->id, block->items, block->n_items);
          break;

        case LG_BLOCK_CALLOUT:
          /* Every warning says what to do; each also leads to the page on
           * acting fast, so that help is one step away on screen, on paper
           * and in the text output alike. */
          if (link_warnings && block->kind == LG_CALLOUT_WARNING)
            /* Translators: a link at the end of every warning, to the page
             * “Feeling unwell? Act now” */
            db = append (doc, LG_DOC_CALLOUT, section->id,
                         own (doc, inline_with_topic_link (block->items[0], _("What to do now"),
                                                           ACT_NOW_TOPIC)));
          else
            db = append (doc, LG_DOC_CALLOUT, section->id, block->items[0]);
          db->title = block->title;
          db->callout = block->kind;
          break;

        case LG_BLOCK_DEFINITIONS:
          for (guint i = 0; i + 1 < block->n_items; i += 2)
            {
              db = append (doc, LG_DOC_DEFINITION, section->id, block->items[i + 1]);
              db->title = block->items[i];
              db->first_in_list = i == 0;
              db->last_in_list = i + 2 >= block->n_items;
            }
          break;

        case LG_BLOCK_TABLE:
          db = append (doc, LG_DOC_TABLE, section->id, block->items[0]);
          db->table = block;
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static LgInline *
source_inline (const LgSource *source)
{
  g_autofree char *date = lg_format_date (source->date);
  g_autofree char *when = NULL;
  g_autofree char *lead = NULL;
  LgInline *inl = g_new0 (LgInline, 1);

  if (g_str_equal (source->date_label, "reviewed"))
    /* Translators: when a source page was last reviewed, e.g. “reviewed 31 March 2025” */
    when = g_strdup_printf (_("reviewed %s"), date);
  else if (g_str_equal (source->date_label, "revised"))
    when = g_strdup_printf (_("revised %s"), date);
  else if (g_str_equal (source->date_label, "updated"))
    when = g_strdup_printf (_("updated %s"), date);
  else if (g_str_equal (source->date_label, "accessed"))
    when = g_strdup_printf (_("accessed %s"), date);
  else
    when = g_strdup_printf (_("published %s"), date);

  /* Translators: a source in a topic's list of sources: publisher, page
   * title and its date, followed by the web address. */
  lead = g_strdup_printf (_("%s. “%s”, %s. "), source->publisher, source->title, when);

  inl->n_runs = 2;
  inl->runs = g_new0 (LgRun, 2);
  inl->runs[0].text = g_strdup (lead);
  inl->runs[1].text = g_strdup (source->url);
  inl->runs[1].target = g_strdup (source->url);
  inl->runs[1].link = LG_LINK_EXTERNAL;
  inl->plain = g_strconcat (lead, source->url, NULL);
  inl->source = g_strdup (inl->plain);
  return inl;
}

/**
 * lg_document_topic_is_overdue:
 * @topic: a topic
 * @today: (nullable): today as YYYY-MM-DD, or %NULL for the real date (or
 *   the one in the `LG_TODAY` environment variable, for tests)
 *
 * Returns: whether @topic's next check date has passed
 */
gboolean
lg_document_topic_is_overdue (const LgTopic *topic,
                              const char    *today)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (topic != NULL, FALSE);

  if (topic->next_check == NULL)
    return FALSE;
  if (today == NULL)
    today = g_getenv ("LG_TODAY");
  if (today == NULL || strlen (today) != 10)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_now_local ();

      today = now = g_date_time_format (dt, "%Y-%m-%d");
    }
  /* ISO dates compare as strings. */
  return strcmp (today, topic->next_check) > 0;
}

static LgDocument *
document_new (LgCorpus      *corpus,
              const LgTopic *topic,
              const char    *title)
{
  LgDocument *doc = g_new0 (LgDocument, 1);

  doc->corpus = g_object_ref (corpus);
  doc->topic = topic;
  doc->title = g_strdup (title);
  doc->blocks = g_array_new (FALSE, TRUE, sizeof (LgDocBlock));
  doc->owned = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_inline_free);
  return doc;
}

/* The numbered list of @ids, under a "Sources" heading if @heading;
 * nothing if there are none. */
static void
append_sources (LgDocument         *doc,
                LgCorpus           *corpus,
                const char * const *ids,
                gboolean            heading)
{
  if (ids == NULL || ids[0] == NULL)
    return;

  if (heading)
    append (doc, LG_DOC_SUBHEADING, NULL, own (doc, lg_inline_new_plain (_("Sources"), NULL)));
  for (guint i = 0; ids[i]; i++)
    {
      const LgSource *source = lg_corpus_find_source (corpus, ids[i]);
      LgDocBlock *block;

      g_assert (source != NULL);
      block = append (doc, LG_DOC_SOURCE, NULL, own (doc, source_inline (source)));
      block->number = i + 1;
      block->first_in_list = i == 0;
      block->last_in_list = ids[i + 1] == NULL;
    }
}

static LgDocument *
topic_document_new (LgCorpus      *corpus,
                    const LgTopic *topic,
                    const char    *section_id,
                    gboolean       excerpt)
{
  LgDocument *doc;
  gboolean link_warnings;
  g_autofree char *checked = NULL;
  g_autofree char *next_check = NULL;
  g_autofree char *meta = NULL;
  const LgSection *section = section_id ? lg_topic_find_section (topic, section_id) : NULL;

  if (excerpt && section != NULL)
    {
      /* Translators: a section printed alone in an appointment pack, in
       * its contents and running header: the topic, then the section, as
       * in “Medicines A–Z: Venetoclax” */
      g_autofree char *title = g_strdup_printf (_("%s: %s"), topic->title->plain,
                                                section->title->plain);
      doc = document_new (corpus, topic, title);
    }
  else
    doc = document_new (corpus, topic, topic->title->plain);

  append (doc, LG_DOC_TITLE, NULL, topic->title);
  append (doc, LG_DOC_SUMMARY, NULL, topic->summary);

  checked = lg_format_date (topic->checked);
  if (topic->next_check != NULL)
    {
      next_check = lg_format_date (topic->next_check);
      /* Translators: under a topic's title: when our text was last checked
       * against the sources it lists, and when it is due to be checked again,
       * e.g. “Checked against its sources on 20 November 2026 · next check due
       * 20 May 2027”. Not a review by a clinician: do not say “reviewed”. */
      meta = g_strdup_printf (_("Checked against its sources on %s · next check due %s"),
                              checked, next_check);
    }
  else
    /* Translators: under a topic's title, e.g. “Checked against its sources
     * on 20 November 2026”. Not a review by a clinician: do not say “reviewed”. */
    meta = g_strdup_printf (_("Checked against its sources on %s"), checked);
  append (doc, LG_DOC_META, NULL, own (doc, lg_inline_new_plain (meta, NULL)));

  if (lg_document_topic_is_overdue (topic, NULL))
    {
      g_autofree char *notice = NULL;
      LgDocBlock *block;

      /* Translators: opens a topic whose next check date has passed; %s is that date */
      notice = g_strdup_printf (_("This page was due to be checked again by %s, and that has "
                                  "not happened yet. Treatments change. Before you act on "
                                  "anything here, ask your care team if it is still right "
                                  "for you."), next_check);
      block = append (doc, LG_DOC_CALLOUT, NULL, own (doc, lg_inline_new_plain (notice, NULL)));
      block->callout = LG_CALLOUT_INFO;
      block->title = own (doc, lg_inline_new_plain (_("This page may be out of date"), NULL));
    }

  if (topic->n_key_points > 0 && section_id == NULL)
    {
      append (doc, LG_DOC_SUBHEADING, NULL,
              own (doc, lg_inline_new_plain (_("Key points"), NULL)));
      append_list (doc, LG_DOC_BULLET, NULL, topic->key_points, topic->n_key_points);
    }

  link_warnings = !g_str_equal (topic->id, ACT_NOW_TOPIC) &&
                  lg_corpus_find_topic (corpus, ACT_NOW_TOPIC) != NULL;
  for (guint s = 0; s < topic->n_sections; s++)
    if (section_id == NULL || g_str_equal (section_id, topic->sections[s]->id))
      append_section (doc, topic->sections[s], link_warnings);

  /* A pack has the reader's own questions, and lists the sources once. */
  if (excerpt)
    return doc;

  if (topic->n_questions > 0)
    {
      append (doc, LG_DOC_SUBHEADING, NULL,
              own (doc, lg_inline_new_plain (_("Questions to ask your care team"), NULL)));
      append_list (doc, LG_DOC_QUESTION, NULL, topic->questions, topic->n_questions);
    }

  /* One section alone lists only the sources it cites. */
  append_sources (doc, corpus, lg_topic_get_cited_sources (topic, section), TRUE);
  append (doc, LG_DOC_DISCLAIMER, NULL, lg_corpus_get_disclaimer (corpus));

  return doc;
}

/**
 * lg_document_new:
 * @corpus: the corpus @topic belongs to
 * @topic: the topic to lay out
 * @section_id: (nullable): only this section, or %NULL for the whole topic
 *
 * The topic with its questions, its sources (only the section's, for a
 * section of the glossary or the medicines) and the disclaimer.
 *
 * Returns: (transfer full): the document
 */
LgDocument *
lg_document_new (LgCorpus      *corpus,
                 const LgTopic *topic,
                 const char    *section_id)
{
  g_return_val_if_fail (LG_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (topic != NULL, NULL);

  return topic_document_new (corpus, topic, section_id, FALSE);
}

/**
 * lg_document_new_excerpt:
 * @corpus: the corpus @topic belongs to
 * @topic: the topic to lay out
 * @section_id: (nullable): only this section, or %NULL for the whole topic
 *
 * The topic or section for an appointment pack: without the topic's
 * suggested questions, sources and disclaimer, which the pack gathers
 * once (lg_topic_get_cited_sources() says which sources it cites). A
 * section alone is titled with its topic's title and its own.
 *
 * Returns: (transfer full): the document
 */
LgDocument *
lg_document_new_excerpt (LgCorpus      *corpus,
                         const LgTopic *topic,
                         const char    *section_id)
{
  g_return_val_if_fail (LG_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (topic != NULL, NULL);

  return topic_document_new (corpus, topic, section_id, TRUE);
}

/**
 * lg_document_new_part:
 * @corpus: the guide it is printed with
 * @title: the part's title
 *
 * A document that is not a topic (a part of an appointment pack), for
 * the lg_document_append_*() functions to fill. It starts with its title.
 *
 * Returns: (transfer full): the document
 */
LgDocument *
lg_document_new_part (LgCorpus   *corpus,
                      const char *title)
{
  LgDocument *doc;

  g_return_val_if_fail (LG_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  doc = document_new (corpus, NULL, title);
  append (doc, LG_DOC_TITLE, NULL, own (doc, lg_inline_new_plain (title, NULL)));
  return doc;
}

/**
 * lg_document_append_inline:
 * @doc: a document made with lg_document_new_part()
 * @kind: what the block is
 * @text: (transfer full): its text
 *
 * Returns: (transfer none): the new block, for its other fields
 */
LgDocBlock *
lg_document_append_inline (LgDocument *doc,
                           LgDocKind   kind,
                           LgInline   *text)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return append (doc, kind, NULL, own (doc, text));
}

/**
 * lg_document_own_plain:
 * @doc: a document made with lg_document_new_part()
 * @text: text shown as it is
 *
 * Returns: (transfer none): @text as an inline that lives as long as
 *   @doc, for a block's title
 */
const LgInline *
lg_document_own_plain (LgDocument *doc,
                       const char *text)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return own (doc, lg_inline_new_plain (text, NULL));
}

/**
 * lg_document_append_plain:
 * @doc: a document made with lg_document_new_part()
 * @kind: what the block is
 * @text: its text, shown as it is (never read as markup)
 *
 * Returns: (transfer none): the new block, for its other fields
 */
LgDocBlock *
lg_document_append_plain (LgDocument *doc,
                          LgDocKind   kind,
                          const char *text)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return lg_document_append_inline (doc, kind, lg_inline_new_plain (text, NULL));
}

/**
 * lg_document_append_sources:
 * @doc: a document made with lg_document_new_part()
 * @corpus: the corpus the sources are in
 * @ids: (array zero-terminated=1): source ids
 *
 * Appends the sources as a topic lists them, numbered.
 */
void
lg_document_append_sources (LgDocument         *doc,
                            LgCorpus           *corpus,
                            const char * const *ids)
{
  g_return_if_fail (doc != NULL);
  g_return_if_fail (LG_IS_CORPUS (corpus));

  append_sources (doc, corpus, ids, FALSE);
}

/**
 * lg_document_append_disclaimer:
 * @doc: a document made with lg_document_new_part()
 * @corpus: the corpus
 *
 * Appends the guide's disclaimer, as at the end of every topic.
 */
void
lg_document_append_disclaimer (LgDocument *doc,
                               LgCorpus   *corpus)
{
  g_return_if_fail (doc != NULL);
  g_return_if_fail (LG_IS_CORPUS (corpus));

  append (doc, LG_DOC_DISCLAIMER, NULL, lg_corpus_get_disclaimer (corpus));
}

/**
 * lg_document_get_title:
 * @doc: a document
 *
 * Returns: (transfer none): its title, for contents and running headers
 */
const char *
lg_document_get_title (LgDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->title;
}

void
lg_document_free (LgDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->title);
  g_array_unref (doc->blocks);
  g_ptr_array_unref (doc->owned);
  g_object_unref (doc->corpus);
  g_free (doc);
}

/**
 * lg_document_get_corpus:
 * @doc: a document
 *
 * Returns: (transfer none): the corpus the document's topic belongs to
 */
LgCorpus *
lg_document_get_corpus (LgDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->corpus;
}

guint
lg_document_get_n_blocks (LgDocument *doc)
{
  g_return_val_if_fail (doc != NULL, 0);
  return doc->blocks->len;
}

const LgDocBlock *
lg_document_get_block (LgDocument *doc,
                       guint       index)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (index < doc->blocks->len, NULL);
  return &g_array_index (doc->blocks, LgDocBlock, index);
}

const LgTopic *
lg_document_get_topic (LgDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->topic;
}
