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

static gboolean
parse_item_list (Loader     *l,
                 JsonObject *object,
                 const char *member,
                 LgBlock    *block)
{
  JsonArray *items = lg_corpus_loader_get_array (l, object, member, TRUE);
  guint n;
  gsize len;

  if (items == NULL)
    return FALSE;

  n = json_array_get_length (items);
  len = lg_corpus_loader_path_push_member (l, member);
  if (n == 0)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one item, found none");

  block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * n);
  block->n_items = n;
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = lg_corpus_loader_path_push_index (l, i);

      if (!(block->items[i] = lg_corpus_loader_element_inline (l, items, i)))
        return FALSE;
      lg_corpus_loader_path_pop (l, ilen);
    }
  lg_corpus_loader_path_pop (l, len);

  return TRUE;
}

static LgBlock *
parse_block (Loader     *l,
             JsonObject *object)
{
  LgBlock *block = lg_corpus_alloc (l->corpus, sizeof *block);
  const char *type = lg_corpus_loader_get_string (l, object, "type", TRUE);
  int index;

  if (type == NULL)
    return NULL;

  index = -1;
  for (guint i = 0; block_types[i]; i++)
    if (g_str_equal (type, block_types[i]))
      index = i;
  if (index < 0)
    {
      lg_corpus_loader_fail_member (l, "type", LG_CORPUS_ERROR_BLOCK_TYPE,
                                    "unknown block type “%s” (expected paragraph, bullets, numbered, "
                                    "callout, definitions or table)", type);
      return NULL;
    }
  block->type = index;

  switch (block->type)
    {
    case LG_BLOCK_PARAGRAPH:
      {
        static const char * const keys[] = { "type", "text", NULL };

        if (!lg_corpus_loader_check_keys (l, object, keys))
          return NULL;
        block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *));
        block->n_items = 1;
        if (!(block->items[0] = lg_corpus_loader_get_inline (l, object, "text", TRUE, FALSE)))
          return NULL;
      }
      break;

    case LG_BLOCK_BULLETS:
    case LG_BLOCK_NUMBERED:
      {
        static const char * const keys[] = { "type", "items", NULL };

        if (!lg_corpus_loader_check_keys (l, object, keys) || !parse_item_list (l, object, "items", block))
          return NULL;
      }
      break;

    case LG_BLOCK_CALLOUT:
      {
        static const char * const keys[] = { "type", "kind", "title", "text", NULL };
        static const char * const kinds[] = { "info", "warning", "contact", NULL };
        const char *kind;
        gboolean found = FALSE;

        if (!lg_corpus_loader_check_keys (l, object, keys) || !(kind = lg_corpus_loader_get_string (l, object, "kind", TRUE)))
          return NULL;
        for (guint i = 0; kinds[i]; i++)
          if (g_str_equal (kind, kinds[i]))
            {
              block->kind = i;
              found = TRUE;
            }
        if (!found)
          {
            lg_corpus_loader_fail_member (l, "kind", LG_CORPUS_ERROR_VALUE,
                                          "unknown callout kind “%s” (expected info, warning or contact)", kind);
            return NULL;
          }
        block->title = lg_corpus_loader_get_inline (l, object, "title", FALSE, TRUE);
        if (lg_corpus_loader_has_error (l))
          return NULL;
        block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *));
        block->n_items = 1;
        if (!(block->items[0] = lg_corpus_loader_get_inline (l, object, "text", TRUE, FALSE)))
          return NULL;
      }
      break;

    case LG_BLOCK_DEFINITIONS:
      {
        static const char * const keys[] = { "type", "items", NULL };
        static const char * const item_keys[] = { "term", "definition", NULL };
        JsonArray *items;
        guint n;
        gsize len;

        if (!lg_corpus_loader_check_keys (l, object, keys) || !(items = lg_corpus_loader_get_array (l, object, "items", TRUE)))
          return NULL;
        n = json_array_get_length (items);
        len = lg_corpus_loader_path_push_member (l, "items");
        if (n == 0)
          {
            lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one item, found none");
            return NULL;
          }
        block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * n * 2);
        block->n_items = n * 2;
        for (guint i = 0; i < n; i++)
          {
            gsize ilen = lg_corpus_loader_path_push_index (l, i);
            JsonObject *item = lg_corpus_loader_element_object (l, items, i);

            if (item == NULL || !lg_corpus_loader_check_keys (l, item, item_keys) ||
                !(block->items[2 * i] = lg_corpus_loader_get_inline (l, item, "term", TRUE, TRUE)) ||
                !(block->items[2 * i + 1] = lg_corpus_loader_get_inline (l, item, "definition", TRUE, FALSE)))
              return NULL;
            lg_corpus_loader_path_pop (l, ilen);
          }
        lg_corpus_loader_path_pop (l, len);
      }
      break;

    case LG_BLOCK_TABLE:
      {
        static const char * const keys[] = { "type", "header", "rows", NULL };
        JsonArray *header, *rows;
        guint n_cols, n_rows, cell = 0;
        gsize len;

        if (!lg_corpus_loader_check_keys (l, object, keys) ||
            !(header = lg_corpus_loader_get_array (l, object, "header", TRUE)) ||
            !(rows = lg_corpus_loader_get_array (l, object, "rows", TRUE)))
          return NULL;
        n_cols = json_array_get_length (header);
        n_rows = json_array_get_length (rows);
        if (n_cols == 0 || n_rows == 0)
          {
            lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "a table needs a header and at least one row");
            return NULL;
          }
        block->n_columns = n_cols;
        block->n_items = n_cols * (n_rows + 1);
        block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * block->n_items);

        len = lg_corpus_loader_path_push_member (l, "header");
        for (guint c = 0; c < n_cols; c++)
          {
            gsize clen = lg_corpus_loader_path_push_index (l, c);
            if (!(block->items[cell++] = lg_corpus_loader_element_inline (l, header, c)))
              return NULL;
            lg_corpus_loader_path_pop (l, clen);
          }
        lg_corpus_loader_path_pop (l, len);

        len = lg_corpus_loader_path_push_member (l, "rows");
        for (guint r = 0; r < n_rows; r++)
          {
            gsize rlen = lg_corpus_loader_path_push_index (l, r);
            JsonNode *node = json_array_get_element (rows, r);
            JsonArray *row;

            if (!JSON_NODE_HOLDS_ARRAY (node))
              {
                lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected an array, found %s",
                                       lg_corpus_loader_node_type_name (node));
                return NULL;
              }
            row = json_node_get_array (node);
            if (json_array_get_length (row) != n_cols)
              {
                lg_corpus_loader_fail (l, LG_CORPUS_ERROR_VALUE, "expected %u cells like the header, found %u",
                                       n_cols, json_array_get_length (row));
                return NULL;
              }
            for (guint c = 0; c < n_cols; c++)
              {
                gsize clen = lg_corpus_loader_path_push_index (l, c);
                if (!(block->items[cell++] = lg_corpus_loader_element_inline (l, row, c)))
                  return NULL;
                lg_corpus_loader_path_pop (l, clen);
              }
            lg_corpus_loader_path_pop (l, rlen);
          }
        lg_corpus_loader_path_pop (l, len);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return block;
}

static LgSection *
parse_section (Loader     *l,
               JsonObject *object)
{
  static const char * const keys[] = { "id", "title", "blocks", NULL };
  LgSection *section = lg_corpus_alloc (l->corpus, sizeof *section);
  const char *id;
  JsonArray *blocks;
  guint n;
  gsize len;

  if (!lg_corpus_loader_check_keys (l, object, keys) || !(id = lg_corpus_loader_get_id (l, object)))
    return NULL;
  section->id = lg_corpus_strdup (l->corpus, id);
  if (!(section->title = lg_corpus_loader_get_inline (l, object, "title", TRUE, TRUE)))
    return NULL;
  if (!(blocks = lg_corpus_loader_get_array (l, object, "blocks", TRUE)))
    return NULL;

  n = json_array_get_length (blocks);
  len = lg_corpus_loader_path_push_member (l, "blocks");
  if (n == 0)
    {
      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "a section needs at least one block");
      return NULL;
    }
  section->blocks = lg_corpus_alloc (l->corpus, sizeof (LgBlock *) * n);
  section->n_blocks = n;
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = lg_corpus_loader_path_push_index (l, i);
      JsonObject *block = lg_corpus_loader_element_object (l, blocks, i);

      if (block == NULL || !(section->blocks[i] = parse_block (l, block)))
        return NULL;
      lg_corpus_loader_path_pop (l, ilen);
    }
  lg_corpus_loader_path_pop (l, len);

  return section;
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
  gsize len;

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
      len = lg_corpus_loader_path_push_member (l, "key_points");
      if (n < 1 || n > MAX_KEY_POINTS)
        {
          lg_corpus_loader_fail (l, LG_CORPUS_ERROR_VALUE,
                                 "expected 1 to %d key points, found %u", MAX_KEY_POINTS, n);
          return NULL;
        }
      topic->key_points = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * n);
      topic->n_key_points = n;
      for (guint i = 0; i < n; i++)
        {
          gsize ilen = lg_corpus_loader_path_push_index (l, i);

          if (!(topic->key_points[i] = lg_corpus_loader_element_inline (l, key_points, i)))
            return NULL;
          lg_corpus_loader_path_pop (l, ilen);
        }
      lg_corpus_loader_path_pop (l, len);
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
  len = lg_corpus_loader_path_push_member (l, "sections");
  if (n == 0)
    {
      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "a topic needs at least one section");
      return NULL;
    }
  topic->sections = lg_corpus_alloc (l->corpus, sizeof (LgSection *) * n);
  topic->n_sections = n;
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = lg_corpus_loader_path_push_index (l, i);
      JsonObject *section = lg_corpus_loader_element_object (l, sections, i);

      if (section == NULL || !(topic->sections[i] = parse_section (l, section)))
        return NULL;
      for (guint j = 0; j < i; j++)
        if (g_str_equal (topic->sections[j]->id, topic->sections[i]->id))
          {
            lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate section id “%s”",
                                   topic->sections[i]->id);
            return NULL;
          }
      lg_corpus_loader_path_pop (l, ilen);
    }
  lg_corpus_loader_path_pop (l, len);

  questions = lg_corpus_loader_get_array (l, object, "questions", FALSE);
  if (lg_corpus_loader_has_error (l))
    return NULL;
  if (questions != NULL)
    {
      n = json_array_get_length (questions);
      len = lg_corpus_loader_path_push_member (l, "questions");
      if (n == 0)
        {
          lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one question, found none");
          return NULL;
        }
      topic->questions = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * n);
      topic->n_questions = n;
      for (guint i = 0; i < n; i++)
        {
          gsize ilen = lg_corpus_loader_path_push_index (l, i);

          if (!(topic->questions[i] = lg_corpus_loader_element_inline (l, questions, i)))
            return NULL;
          lg_corpus_loader_path_pop (l, ilen);
        }
      lg_corpus_loader_path_pop (l, len);
    }

  return topic;
}

