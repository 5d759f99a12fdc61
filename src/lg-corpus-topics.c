/* lg-corpus-topics.c: read a topic, its sections and their blocks
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of the loader (lg-corpus-parse.c): every member is checked as it
 * is read, and the first problem stops the load with an error naming the
 * file, the JSON path and what was expected.
 */

#define G_LOG_DOMAIN "lg-corpus"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "lg-corpus-private.h"
#include "lg-markup-private.h"

typedef LgCorpusLoader Loader;

/* ---- blocks, sections, topics ------------------------------------------- */

static const char * const block_types[] = {
  "paragraph", "bullets", "numbered", "callout", "definitions", "table", NULL
};

static const char * const callout_kinds[] = { "info", "warning", "contact", NULL };

/* One text, in the member @member. */
static gboolean
parse_single_text (Loader     *l,
                   JsonObject *object,
                   const char *member,
                   LgBlock    *block)
{
  block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *));
  block->n_items = 1;
  return (block->items[0] = lg_corpus_loader_get_inline (l, object, member, TRUE, FALSE)) != NULL;
}

static gboolean
parse_paragraph (Loader     *l,
                 JsonObject *object,
                 LgBlock    *block)
{
  static const char * const keys[] = { "type", "text", NULL };

  return lg_corpus_loader_check_keys (l, object, keys) &&
         parse_single_text (l, object, "text", block);
}

/* Bullets and numbered lists: a non-empty array of texts. */
static gboolean
parse_list (Loader     *l,
            JsonObject *object,
            LgBlock    *block)
{
  static const char * const keys[] = { "type", "items", NULL };
  JsonArray *items;

  if (!lg_corpus_loader_check_keys (l, object, keys) ||
      !(items = lg_corpus_loader_get_array (l, object, "items", TRUE)) ||
      !(block->items = lg_corpus_loader_parse_inlines (l, "items", items,
                                                       "expected at least one item, found none")))
    return FALSE;
  block->n_items = json_array_get_length (items);
  return TRUE;
}

static gboolean
parse_callout (Loader     *l,
               JsonObject *object,
               LgBlock    *block)
{
  static const char * const keys[] = { "type", "kind", "title", "text", NULL };
  int kind;

  if (!lg_corpus_loader_check_keys (l, object, keys) ||
      (kind = lg_corpus_loader_get_name (l, object, "kind", callout_kinds,
                                         LG_CORPUS_ERROR_VALUE, "callout kind")) < 0)
    return FALSE;
  block->kind = kind;
  block->title = lg_corpus_loader_get_inline (l, object, "title", FALSE, TRUE);
  if (lg_corpus_loader_has_error (l))
    return FALSE;
  return parse_single_text (l, object, "text", block);
}

/* A term and its definition, as items 2i and 2i + 1. */
static gboolean
read_definition (Loader    *l,
                 JsonArray *items,
                 guint      index,
                 gpointer   data)
{
  static const char * const keys[] = { "term", "definition", NULL };
  LgBlock *block = data;
  JsonObject *item = lg_corpus_loader_element_object (l, items, index);

  return item != NULL && lg_corpus_loader_check_keys (l, item, keys) &&
         (block->items[2 * index] = lg_corpus_loader_get_inline (l, item, "term", TRUE, TRUE)) &&
         (block->items[2 * index + 1] = lg_corpus_loader_get_inline (l, item, "definition", TRUE, FALSE));
}

static gboolean
parse_definitions (Loader     *l,
                   JsonObject *object,
                   LgBlock    *block)
{
  static const char * const keys[] = { "type", "items", NULL };
  JsonArray *items;
  guint n;

  if (!lg_corpus_loader_check_keys (l, object, keys) ||
      !(items = lg_corpus_loader_get_array (l, object, "items", TRUE)))
    return FALSE;
  n = json_array_get_length (items);
  block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * MAX (n, 1) * 2);
  block->n_items = n * 2;
  return lg_corpus_loader_parse_elements (l, "items", items, "expected at least one item, found none",
                                          read_definition, block);
}

/* A table's rows go into its items after the header, row by row. */
typedef struct
{
  LgBlock *block;
  guint    row;      /* the first row's index in the table: 1 after the header */
} TableCells;

static gboolean
read_table_row (Loader    *l,
                JsonArray *rows,
                guint      index,
                gpointer   data)
{
  TableCells *cells = data;
  LgBlock *block = cells->block;
  JsonNode *node = json_array_get_element (rows, index);
  LgInline **row;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected an array, found %s",
                                  lg_corpus_loader_node_type_name (node));
  array = json_node_get_array (node);
  if (json_array_get_length (array) != block->n_columns)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_VALUE, "expected %u cells like the header, found %u",
                                  block->n_columns, json_array_get_length (array));
  row = block->items + (cells->row + index) * block->n_columns;
  for (guint c = 0; c < block->n_columns; c++)
    {
      gsize len = lg_corpus_loader_path_push_index (l, c);

      if (!(row[c] = lg_corpus_loader_element_inline (l, array, c)))
        return FALSE;
      lg_corpus_loader_path_pop (l, len);
    }
  return TRUE;
}

static gboolean
parse_table (Loader     *l,
             JsonObject *object,
             LgBlock    *block)
{
  static const char * const keys[] = { "type", "header", "rows", NULL };
  JsonArray *header, *rows;
  LgInline **header_cells;
  TableCells cells = { block, 1 };
  guint n_rows;

  if (!lg_corpus_loader_check_keys (l, object, keys) ||
      !(header = lg_corpus_loader_get_array (l, object, "header", TRUE)) ||
      !(rows = lg_corpus_loader_get_array (l, object, "rows", TRUE)))
    return FALSE;
  block->n_columns = json_array_get_length (header);
  n_rows = json_array_get_length (rows);
  if (block->n_columns == 0 || n_rows == 0)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "a table needs a header and at least one row");

  if (!(header_cells = lg_corpus_loader_parse_inlines (l, "header", header, NULL)))
    return FALSE;
  block->n_items = block->n_columns * (n_rows + 1);
  block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * block->n_items);
  memcpy (block->items, header_cells, sizeof (LgInline *) * block->n_columns);
  return lg_corpus_loader_parse_elements (l, "rows", rows, NULL, read_table_row, &cells);
}

/* One function a block type, in the order of LgBlockType. */
static gboolean (* const block_parsers[]) (Loader *, JsonObject *, LgBlock *) = {
  [LG_BLOCK_PARAGRAPH] = parse_paragraph,
  [LG_BLOCK_BULLETS] = parse_list,
  [LG_BLOCK_NUMBERED] = parse_list,
  [LG_BLOCK_CALLOUT] = parse_callout,
  [LG_BLOCK_DEFINITIONS] = parse_definitions,
  [LG_BLOCK_TABLE] = parse_table,
};
G_STATIC_ASSERT (G_N_ELEMENTS (block_parsers) == G_N_ELEMENTS (block_types) - 1);

static gboolean
read_block (Loader    *l,
            JsonArray *blocks,
            guint      index,
            gpointer   data)
{
  LgSection *section = data;
  JsonObject *object = lg_corpus_loader_element_object (l, blocks, index);
  LgBlock *block;
  int type;

  if (object == NULL ||
      (type = lg_corpus_loader_get_name (l, object, "type", block_types,
                                         LG_CORPUS_ERROR_BLOCK_TYPE, "block type")) < 0)
    return FALSE;
  block = lg_corpus_alloc (l->corpus, sizeof *block);
  block->type = type;
  if (!block_parsers[type] (l, object, block))
    return FALSE;
  section->blocks[index] = block;
  return TRUE;
}

static gboolean
read_section (Loader    *l,
              JsonArray *sections,
              guint      index,
              gpointer   data)
{
  static const char * const keys[] = { "id", "title", "blocks", NULL };
  LgTopic *topic = data;
  JsonObject *object = lg_corpus_loader_element_object (l, sections, index);
  LgSection *section;
  JsonArray *blocks;
  const char *id;
  guint n;

  if (object == NULL || !lg_corpus_loader_check_keys (l, object, keys) ||
      !(id = lg_corpus_loader_get_id (l, object)))
    return FALSE;
  section = lg_corpus_alloc (l->corpus, sizeof *section);
  section->id = lg_corpus_strdup (l->corpus, id);
  if (!(section->title = lg_corpus_loader_get_inline (l, object, "title", TRUE, TRUE)) ||
      !(blocks = lg_corpus_loader_get_array (l, object, "blocks", TRUE)))
    return FALSE;
  n = json_array_get_length (blocks);
  section->blocks = lg_corpus_alloc (l->corpus, sizeof (LgBlock *) * MAX (n, 1));
  section->n_blocks = n;
  if (!lg_corpus_loader_parse_elements (l, "blocks", blocks, "a section needs at least one block",
                                        read_block, section))
    return FALSE;

  topic->sections[index] = section;
  for (guint j = 0; j < index; j++)
    if (g_str_equal (topic->sections[j]->id, section->id))
      return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate section id “%s”",
                                    section->id);
  return TRUE;
}

/* A topic's key points: a handful, or they stop being key. */
#define MAX_KEY_POINTS 6

/* The next check must be a whole date after the last one, and at most a
 * year later: an old check date with a far-off next one would hide that
 * the text is out of date.
 */
static gboolean
check_next_check (Loader     *l,
                  const char *checked,
                  const char *next_check)
{
  g_autoptr(GDate) from = g_date_new ();
  g_autoptr(GDate) until = g_date_new ();
  g_autoptr(GDate) limit = NULL;

  g_assert (checked != NULL && next_check != NULL);

  if (strlen (next_check) != 10 || strlen (checked) != 10)
    {
      lg_corpus_loader_fail_member (l, "next_check", LG_CORPUS_ERROR_VALUE,
                                    "“%s” and “%s” must both be whole dates (YYYY-MM-DD)",
                                    checked, next_check);
      return FALSE;
    }
  g_date_set_dmy (from, atoi (checked + 8), atoi (checked + 5), atoi (checked));
  g_date_set_dmy (until, atoi (next_check + 8), atoi (next_check + 5), atoi (next_check));
  limit = g_date_copy (from);
  g_date_add_months (limit, 12);
  if (g_date_compare (until, from) <= 0 || g_date_compare (until, limit) > 0)
    {
      lg_corpus_loader_fail_member (l, "next_check", LG_CORPUS_ERROR_VALUE,
                                    "“%s” must be after the check on “%s” and at most 12 months later",
                                    next_check, checked);
      return FALSE;
    }
  return TRUE;
}

LgTopic *
lg_corpus_loader_parse_topic (Loader     *l,
                              JsonObject *object,
                              char      **group_id)
{
  static const char * const keys[] = {
    "id", "title", "group", "summary", "checked", "next_check", "key_points",
    "sources", "keywords", "sections", "questions", NULL
  };
  LgTopic *topic = lg_corpus_alloc (l->corpus, sizeof *topic);
  const char *id, *group, *checked, *next_check;
  JsonArray *sections, *questions, *key_points;
  guint n;

  if (!lg_corpus_loader_check_keys (l, object, keys) || !(id = lg_corpus_loader_get_id (l, object)))
    return NULL;
  if (g_str_equal (id, "glossary") || g_str_equal (id, "medicines"))
    {
      lg_corpus_loader_fail_member (l, "id", LG_CORPUS_ERROR_VALUE,
                                    "the topic id “%s” is reserved for the topic the app builds itself", id);
      return NULL;
    }
  topic->id = lg_corpus_strdup (l->corpus, id);

  if (!(topic->title = lg_corpus_loader_get_inline (l, object, "title", TRUE, TRUE)) ||
      !(group = lg_corpus_loader_get_string (l, object, "group", TRUE)) ||
      !(topic->summary = lg_corpus_loader_get_inline (l, object, "summary", TRUE, FALSE)) ||
      !(checked = lg_corpus_loader_get_date (l, object, "checked", TRUE)) ||
      !lg_corpus_loader_get_string_list (l, object, "sources", TRUE, TRUE, &topic->sources) ||
      !lg_corpus_loader_get_string_list (l, object, "keywords", FALSE, FALSE, &topic->keywords))
    return NULL;
  *group_id = lg_corpus_strdup (l->corpus, group);
  topic->checked = lg_corpus_strdup (l->corpus, checked);

  next_check = lg_corpus_loader_get_date (l, object, "next_check", FALSE);
  if (lg_corpus_loader_has_error (l))
    return NULL;
  if (next_check != NULL)
    {
      if (!check_next_check (l, checked, next_check))
        return NULL;
      topic->next_check = lg_corpus_strdup (l->corpus, next_check);
    }

  key_points = lg_corpus_loader_get_array (l, object, "key_points", FALSE);
  if (lg_corpus_loader_has_error (l))
    return NULL;
  if (key_points != NULL)
    {
      n = json_array_get_length (key_points);
      if (n < 1 || n > MAX_KEY_POINTS)
        {
          lg_corpus_loader_fail_member (l, "key_points", LG_CORPUS_ERROR_VALUE,
                                        "expected 1 to %d key points, found %u", MAX_KEY_POINTS, n);
          return NULL;
        }
      if (!(topic->key_points = lg_corpus_loader_parse_inlines (l, "key_points", key_points, NULL)))
        return NULL;
      topic->n_key_points = n;
    }

  if (topic->sources[0] == NULL)
    {
      lg_corpus_loader_fail_member (l, "sources", LG_CORPUS_ERROR_EMPTY,
                                    "a topic needs at least one source");
      return NULL;
    }

  if (!(sections = lg_corpus_loader_get_array (l, object, "sections", TRUE)))
    return NULL;
  n = json_array_get_length (sections);
  topic->sections = lg_corpus_alloc (l->corpus, sizeof (LgSection *) * MAX (n, 1));
  topic->n_sections = n;
  if (!lg_corpus_loader_parse_elements (l, "sections", sections, "a topic needs at least one section",
                                        read_section, topic))
    return NULL;

  questions = lg_corpus_loader_get_array (l, object, "questions", FALSE);
  if (lg_corpus_loader_has_error (l))
    return NULL;
  if (questions != NULL)
    {
      if (!(topic->questions = lg_corpus_loader_parse_inlines (l, "questions", questions,
                                                               "expected at least one question, found none")))
        return NULL;
      topic->n_questions = json_array_get_length (questions);
    }

  return topic;
}

