/* lg-corpus-parse.c: read one corpus file into the model, strictly
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each member is checked for its type and value as it is read; the first
 * problem stops the load with an error naming the file, the JSON path and
 * what was expected. Links, names and sources across files are checked
 * afterwards, in lg-corpus.c. The format: data/corpus/README.md.
 */

#define G_LOG_DOMAIN "lg-corpus"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "lg-corpus-private.h"
#include "lg-markup-private.h"

typedef LgCorpusLoader Loader;
typedef LgPendingTopic PendingTopic;

/* ---- error reporting ---------------------------------------------------- */

G_GNUC_PRINTF (3, 4)
static gboolean
fail (Loader     *l,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (l->error, LG_CORPUS_ERROR, code, "%s: %s: %s",
               l->file, l->path->str, message);
  return FALSE;
}

static gsize
path_push_member (Loader     *l,
                  const char *member)
{
  gsize len = l->path->len;

  g_string_append_printf (l->path, ".%s", member);
  return len;
}

static gsize
path_push_index (Loader *l,
                 guint   index)
{
  gsize len = l->path->len;

  g_string_append_printf (l->path, "[%u]", index);
  return len;
}

static void
path_pop (Loader *l,
          gsize   len)
{
  g_string_truncate (l->path, len);
}

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return "a string";
        if (type == G_TYPE_BOOLEAN)
          return "a boolean";
        return "a number";
      }
    default:
      return "something else";
    }
}

/* ---- typed member access ------------------------------------------------ */

static gboolean
check_keys (Loader             *l,
            JsonObject         *object,
            const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *iter = members; iter; iter = iter->next)
    {
      const char *name = iter->data;

      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *list = g_strjoinv (", ", (char **) allowed);
          g_autofree char *shown = NULL;
          gboolean ret;
          gsize len;

          /* A key of megabytes would make a message of megabytes. */
          if (g_utf8_strlen (name, -1) > 64)
            {
              g_autofree char *start = g_utf8_substring (name, 0, 64);

              shown = g_strconcat (start, "…", NULL);
            }
          else
            shown = g_strdup (name);
          len = path_push_member (l, shown);
          ret = fail (l, LG_CORPUS_ERROR_UNKNOWN_KEY,
                      "unknown key “%s” (expected one of: %s)", shown, list);
          path_pop (l, len);
          return ret;
        }
    }

  return TRUE;
}

static gboolean
check_text (Loader     *l,
            const char *text)
{
  const char *p;

  if (!g_utf8_validate (text, -1, NULL))
    return fail (l, LG_CORPUS_ERROR_VALUE, "text is not valid UTF-8");
  if (*text == '\0')
    return fail (l, LG_CORPUS_ERROR_EMPTY, "expected text, found an empty string");
  if (g_unichar_isspace (g_utf8_get_char (text)) ||
      g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (text + strlen (text)))))
    return fail (l, LG_CORPUS_ERROR_VALUE, "text starts or ends with white space");
  for (p = text; *p; p++)
    if ((guchar) *p < 0x20)
      return fail (l, LG_CORPUS_ERROR_VALUE,
                   "text holds a control character (line break or tab)");

  return TRUE;
}

/* Returns a string member, or NULL with an error set (required) or without
 * one (optional and absent).
 */
static const char *
get_string (Loader     *l,
            JsonObject *object,
            const char *member,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value = NULL;
  gsize len;

  if (node == NULL)
    {
      if (required)
        fail (l, LG_CORPUS_ERROR_MISSING, "missing required member “%s”", member);
      return NULL;
    }

  len = path_push_member (l, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    fail (l, LG_CORPUS_ERROR_TYPE, "expected a string, found %s", node_type_name (node));
  else if (check_text (l, json_node_get_string (node)))
    value = json_node_get_string (node);
  path_pop (l, len);

  return value;
}

static gboolean
has_error (Loader *l)
{
  return l->error != NULL && *l->error != NULL;
}

static JsonArray *
get_array (Loader     *l,
           JsonObject *object,
           const char *member,
           gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      if (required)
        fail (l, LG_CORPUS_ERROR_MISSING, "missing required member “%s”", member);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      gsize len = path_push_member (l, member);
      fail (l, LG_CORPUS_ERROR_TYPE, "expected an array, found %s", node_type_name (node));
      path_pop (l, len);
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
element_object (Loader    *l,
                JsonArray *array,
                guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (l, LG_CORPUS_ERROR_TYPE, "expected an object, found %s", node_type_name (node));
      return NULL;
    }
  return json_node_get_object (node);
}

static const char *
element_string (Loader    *l,
                JsonArray *array,
                guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fail (l, LG_CORPUS_ERROR_TYPE, "expected a string, found %s", node_type_name (node));
      return NULL;
    }
  if (!check_text (l, json_node_get_string (node)))
    return NULL;
  return json_node_get_string (node);
}

static const char *
get_id (Loader     *l,
        JsonObject *object)
{
  const char *id = get_string (l, object, "id", TRUE);

  if (id != NULL && !lg_id_is_valid (id))
    {
      gsize len = path_push_member (l, "id");
      fail (l, LG_CORPUS_ERROR_VALUE,
            "“%s” is not a valid id (expected lower-case letters, digits and "
            "hyphens, starting with a letter)", id);
      path_pop (l, len);
      return NULL;
    }
  return id;
}

static gboolean
date_is_valid (const char *date)
{
  guint y = 0, m = 1, d = 1;
  gsize len = strlen (date);

  for (gsize i = 0; i < len; i++)
    {
      if (i == 4 || i == 7)
        {
          if (date[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (date[i]))
        return FALSE;
    }

  if (len != 4 && len != 7 && len != 10)
    return FALSE;

  y = atoi (date);
  if (len >= 7)
    m = atoi (date + 5);
  if (len == 10)
    d = atoi (date + 8);

  return y >= 1900 && y <= 2100 && g_date_valid_dmy (d, m, y);
}

static const char *
get_date (Loader     *l,
          JsonObject *object,
          const char *member,
          gboolean    required)
{
  const char *date = get_string (l, object, member, required);

  if (date != NULL && !date_is_valid (date))
    {
      gsize len = path_push_member (l, member);
      fail (l, LG_CORPUS_ERROR_DATE,
            "“%s” is not a valid date (expected YYYY-MM-DD, YYYY-MM or YYYY)", date);
      path_pop (l, len);
      return NULL;
    }
  return date;
}

static char *
where_string (Loader *l)
{
  return g_strdup_printf ("%s: %s", l->file, l->path->str);
}

static LgInline *
take_inline (Loader   *l,
             LgInline *inl)
{
  if (inl != NULL)
    {
      inl->translatable = TRUE;
      g_ptr_array_add (l->corpus->inlines, inl);
    }
  return inl;
}

static LgInline *
get_inline (Loader     *l,
            JsonObject *object,
            const char *member,
            gboolean    required,
            gboolean    plain)
{
  const char *text = get_string (l, object, member, required);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *where = NULL;
  LgInline *inl;
  gsize len;

  if (text == NULL)
    return NULL;

  len = path_push_member (l, member);
  where = where_string (l);
  if (plain)
    inl = lg_inline_new_plain (text, where);
  else if (!(inl = lg_inline_parse (text, where, &local_error)))
    fail (l, local_error->code, "%s", local_error->message);
  path_pop (l, len);

  return take_inline (l, inl);
}

static LgInline *
element_inline (Loader    *l,
                JsonArray *array,
                guint      index)
{
  const char *text = element_string (l, array, index);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *where = NULL;
  LgInline *inl;

  if (text == NULL)
    return NULL;

  where = where_string (l);
  if (!(inl = lg_inline_parse (text, where, &local_error)))
    fail (l, local_error->code, "%s", local_error->message);

  return take_inline (l, inl);
}

/* An optional or required array of strings, copied into a NULL-terminated
 * vector owned by the corpus. Ids are checked when @ids is set.
 */
static gboolean
get_string_list (Loader      *l,
                 JsonObject  *object,
                 const char  *member,
                 gboolean     required,
                 gboolean     ids,
                 char      ***out)
{
  JsonArray *array = get_array (l, object, member, required);
  guint n;
  gsize len;
  char **list;

  *out = NULL;
  if (array == NULL)
    return !has_error (l);

  n = json_array_get_length (array);
  list = lg_corpus_alloc (l->corpus, sizeof (char *) * (n + 1));
  len = path_push_member (l, member);
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = path_push_index (l, i);
      const char *value = element_string (l, array, i);

      if (value == NULL)
        return FALSE;
      if (ids && !lg_id_is_valid (value))
        return fail (l, LG_CORPUS_ERROR_VALUE, "“%s” is not a valid id", value);
      for (guint j = 0; j < i; j++)
        if (g_strcmp0 (list[j], value) == 0)
          return fail (l, LG_CORPUS_ERROR_DUPLICATE, "“%s” is listed twice", value);
      list[i] = lg_corpus_strdup (l->corpus, value);
      path_pop (l, ilen);
    }
  path_pop (l, len);

  *out = list;
  return TRUE;
}

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
  JsonArray *items = get_array (l, object, member, TRUE);
  guint n;
  gsize len;

  if (items == NULL)
    return FALSE;

  n = json_array_get_length (items);
  len = path_push_member (l, member);
  if (n == 0)
    return fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one item, found none");

  block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * n);
  block->n_items = n;
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = path_push_index (l, i);

      if (!(block->items[i] = element_inline (l, items, i)))
        return FALSE;
      path_pop (l, ilen);
    }
  path_pop (l, len);

  return TRUE;
}

static LgBlock *
parse_block (Loader     *l,
             JsonObject *object)
{
  LgBlock *block = lg_corpus_alloc (l->corpus, sizeof *block);
  const char *type = get_string (l, object, "type", TRUE);
  int index;

  if (type == NULL)
    return NULL;

  index = -1;
  for (guint i = 0; block_types[i]; i++)
    if (g_str_equal (type, block_types[i]))
      index = i;
  if (index < 0)
    {
      gsize len = path_push_member (l, "type");
      fail (l, LG_CORPUS_ERROR_BLOCK_TYPE,
            "unknown block type “%s” (expected paragraph, bullets, numbered, "
            "callout, definitions or table)", type);
      path_pop (l, len);
      return NULL;
    }
  block->type = index;

  switch (block->type)
    {
    case LG_BLOCK_PARAGRAPH:
      {
        static const char * const keys[] = { "type", "text", NULL };

        if (!check_keys (l, object, keys))
          return NULL;
        block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *));
        block->n_items = 1;
        if (!(block->items[0] = get_inline (l, object, "text", TRUE, FALSE)))
          return NULL;
      }
      break;

    case LG_BLOCK_BULLETS:
    case LG_BLOCK_NUMBERED:
      {
        static const char * const keys[] = { "type", "items", NULL };

        if (!check_keys (l, object, keys) || !parse_item_list (l, object, "items", block))
          return NULL;
      }
      break;

    case LG_BLOCK_CALLOUT:
      {
        static const char * const keys[] = { "type", "kind", "title", "text", NULL };
        static const char * const kinds[] = { "info", "warning", "contact", NULL };
        const char *kind;
        gboolean found = FALSE;

        if (!check_keys (l, object, keys) || !(kind = get_string (l, object, "kind", TRUE)))
          return NULL;
        for (guint i = 0; kinds[i]; i++)
          if (g_str_equal (kind, kinds[i]))
            {
              block->kind = i;
              found = TRUE;
            }
        if (!found)
          {
            gsize len = path_push_member (l, "kind");
            fail (l, LG_CORPUS_ERROR_VALUE,
                  "unknown callout kind “%s” (expected info, warning or contact)", kind);
            path_pop (l, len);
            return NULL;
          }
        block->title = get_inline (l, object, "title", FALSE, TRUE);
        if (has_error (l))
          return NULL;
        block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *));
        block->n_items = 1;
        if (!(block->items[0] = get_inline (l, object, "text", TRUE, FALSE)))
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

        if (!check_keys (l, object, keys) || !(items = get_array (l, object, "items", TRUE)))
          return NULL;
        n = json_array_get_length (items);
        len = path_push_member (l, "items");
        if (n == 0)
          {
            fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one item, found none");
            return NULL;
          }
        block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * n * 2);
        block->n_items = n * 2;
        for (guint i = 0; i < n; i++)
          {
            gsize ilen = path_push_index (l, i);
            JsonObject *item = element_object (l, items, i);

            if (item == NULL || !check_keys (l, item, item_keys) ||
                !(block->items[2 * i] = get_inline (l, item, "term", TRUE, TRUE)) ||
                !(block->items[2 * i + 1] = get_inline (l, item, "definition", TRUE, FALSE)))
              return NULL;
            path_pop (l, ilen);
          }
        path_pop (l, len);
      }
      break;

    case LG_BLOCK_TABLE:
      {
        static const char * const keys[] = { "type", "header", "rows", NULL };
        JsonArray *header, *rows;
        guint n_cols, n_rows, cell = 0;
        gsize len;

        if (!check_keys (l, object, keys) ||
            !(header = get_array (l, object, "header", TRUE)) ||
            !(rows = get_array (l, object, "rows", TRUE)))
          return NULL;
        n_cols = json_array_get_length (header);
        n_rows = json_array_get_length (rows);
        if (n_cols == 0 || n_rows == 0)
          {
            fail (l, LG_CORPUS_ERROR_EMPTY, "a table needs a header and at least one row");
            return NULL;
          }
        block->n_columns = n_cols;
        block->n_items = n_cols * (n_rows + 1);
        block->items = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * block->n_items);

        len = path_push_member (l, "header");
        for (guint c = 0; c < n_cols; c++)
          {
            gsize clen = path_push_index (l, c);
            if (!(block->items[cell++] = element_inline (l, header, c)))
              return NULL;
            path_pop (l, clen);
          }
        path_pop (l, len);

        len = path_push_member (l, "rows");
        for (guint r = 0; r < n_rows; r++)
          {
            gsize rlen = path_push_index (l, r);
            JsonNode *node = json_array_get_element (rows, r);
            JsonArray *row;

            if (!JSON_NODE_HOLDS_ARRAY (node))
              {
                fail (l, LG_CORPUS_ERROR_TYPE, "expected an array, found %s",
                      node_type_name (node));
                return NULL;
              }
            row = json_node_get_array (node);
            if (json_array_get_length (row) != n_cols)
              {
                fail (l, LG_CORPUS_ERROR_VALUE, "expected %u cells like the header, found %u",
                      n_cols, json_array_get_length (row));
                return NULL;
              }
            for (guint c = 0; c < n_cols; c++)
              {
                gsize clen = path_push_index (l, c);
                if (!(block->items[cell++] = element_inline (l, row, c)))
                  return NULL;
                path_pop (l, clen);
              }
            path_pop (l, rlen);
          }
        path_pop (l, len);
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

  if (!check_keys (l, object, keys) || !(id = get_id (l, object)))
    return NULL;
  section->id = lg_corpus_strdup (l->corpus, id);
  if (!(section->title = get_inline (l, object, "title", TRUE, TRUE)))
    return NULL;
  if (!(blocks = get_array (l, object, "blocks", TRUE)))
    return NULL;

  n = json_array_get_length (blocks);
  len = path_push_member (l, "blocks");
  if (n == 0)
    {
      fail (l, LG_CORPUS_ERROR_EMPTY, "a section needs at least one block");
      return NULL;
    }
  section->blocks = lg_corpus_alloc (l->corpus, sizeof (LgBlock *) * n);
  section->n_blocks = n;
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = path_push_index (l, i);
      JsonObject *block = element_object (l, blocks, i);

      if (block == NULL || !(section->blocks[i] = parse_block (l, block)))
        return NULL;
      path_pop (l, ilen);
    }
  path_pop (l, len);

  return section;
}

static LgTopic *
parse_topic (Loader     *l,
             JsonObject *object,
             char      **group_id)
{
  static const char * const keys[] = {
    "id", "title", "group", "summary", "reviewed", "sources", "keywords",
    "sections", "questions", NULL
  };
  LgTopic *topic = lg_corpus_alloc (l->corpus, sizeof *topic);
  const char *id, *group, *reviewed;
  JsonArray *sections, *questions;
  guint n;
  gsize len;

  if (!check_keys (l, object, keys) || !(id = get_id (l, object)))
    return NULL;
  if (g_str_equal (id, "glossary") || g_str_equal (id, "medicines"))
    {
      len = path_push_member (l, "id");
      fail (l, LG_CORPUS_ERROR_VALUE,
            "the topic id “%s” is reserved for the topic the app builds itself", id);
      path_pop (l, len);
      return NULL;
    }
  topic->id = lg_corpus_strdup (l->corpus, id);

  if (!(topic->title = get_inline (l, object, "title", TRUE, TRUE)) ||
      !(group = get_string (l, object, "group", TRUE)) ||
      !(topic->summary = get_inline (l, object, "summary", TRUE, FALSE)) ||
      !(reviewed = get_date (l, object, "reviewed", TRUE)) ||
      !get_string_list (l, object, "sources", TRUE, TRUE, &topic->sources) ||
      !get_string_list (l, object, "keywords", FALSE, FALSE, &topic->keywords))
    return NULL;
  *group_id = lg_corpus_strdup (l->corpus, group);
  topic->reviewed = lg_corpus_strdup (l->corpus, reviewed);

  if (topic->sources[0] == NULL)
    {
      len = path_push_member (l, "sources");
      fail (l, LG_CORPUS_ERROR_EMPTY, "a topic needs at least one source");
      path_pop (l, len);
      return NULL;
    }

  if (!(sections = get_array (l, object, "sections", TRUE)))
    return NULL;
  n = json_array_get_length (sections);
  len = path_push_member (l, "sections");
  if (n == 0)
    {
      fail (l, LG_CORPUS_ERROR_EMPTY, "a topic needs at least one section");
      return NULL;
    }
  topic->sections = lg_corpus_alloc (l->corpus, sizeof (LgSection *) * n);
  topic->n_sections = n;
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = path_push_index (l, i);
      JsonObject *section = element_object (l, sections, i);

      if (section == NULL || !(topic->sections[i] = parse_section (l, section)))
        return NULL;
      for (guint j = 0; j < i; j++)
        if (g_str_equal (topic->sections[j]->id, topic->sections[i]->id))
          {
            fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate section id “%s”",
                  topic->sections[i]->id);
            return NULL;
          }
      path_pop (l, ilen);
    }
  path_pop (l, len);

  questions = get_array (l, object, "questions", FALSE);
  if (has_error (l))
    return NULL;
  if (questions != NULL)
    {
      n = json_array_get_length (questions);
      len = path_push_member (l, "questions");
      if (n == 0)
        {
          fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one question, found none");
          return NULL;
        }
      topic->questions = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * n);
      topic->n_questions = n;
      for (guint i = 0; i < n; i++)
        {
          gsize ilen = path_push_index (l, i);

          if (!(topic->questions[i] = element_inline (l, questions, i)))
            return NULL;
          path_pop (l, ilen);
        }
      path_pop (l, len);
    }

  return topic;
}

/* ---- corpus-level members ------------------------------------------------ */

static gboolean
parse_groups (Loader    *l,
              JsonArray *array)
{
  static const char * const keys[] = { "id", "title", NULL };
  guint n = json_array_get_length (array);

  if (l->groups_file != NULL)
    return fail (l, LG_CORPUS_ERROR_DUPLICATE, "groups are already defined in %s",
                 l->groups_file);
  l->groups_file = g_strdup (l->file);
  if (n == 0)
    return fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one group, found none");

  for (guint i = 0; i < n; i++)
    {
      gsize len = path_push_index (l, i);
      JsonObject *object = element_object (l, array, i);
      LgGroup *group = lg_corpus_alloc (l->corpus, sizeof *group);
      const char *id, *title;

      if (object == NULL || !check_keys (l, object, keys) ||
          !(id = get_id (l, object)) || !(title = get_string (l, object, "title", TRUE)))
        return FALSE;
      for (guint j = 0; j < l->corpus->groups->len; j++)
        if (g_str_equal (((LgGroup *) g_ptr_array_index (l->corpus->groups, j))->id, id))
          return fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate group id “%s”", id);
      group->id = lg_corpus_strdup (l->corpus, id);
      group->title = lg_corpus_strdup (l->corpus, title);
      {
        gsize tlen = path_push_member (l, "title");
        g_autofree char *where = where_string (l);

        group->path = lg_corpus_strdup (l->corpus, where);
        path_pop (l, tlen);
      }
      g_ptr_array_add (l->corpus->groups, group);
      path_pop (l, len);
    }

  return TRUE;
}

static gboolean
parse_sources (Loader    *l,
               JsonArray *array)
{
  static const char * const keys[] = {
    "id", "publisher", "title", "url", "date", "date_label", NULL
  };
  static const char * const labels[] = {
    "reviewed", "revised", "published", "updated", "accessed", NULL
  };
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      gsize len = path_push_index (l, i);
      JsonObject *object = element_object (l, array, i);
      LgSource *source = lg_corpus_alloc (l->corpus, sizeof *source);
      const char *id, *publisher, *title, *url, *date, *label;

      if (object == NULL || !check_keys (l, object, keys) ||
          !(id = get_id (l, object)) ||
          !(publisher = get_string (l, object, "publisher", TRUE)) ||
          !(title = get_string (l, object, "title", TRUE)) ||
          !(url = get_string (l, object, "url", TRUE)) ||
          !(date = get_date (l, object, "date", TRUE)) ||
          !(label = get_string (l, object, "date_label", TRUE)))
        return FALSE;

      if (!g_str_has_prefix (url, "https://") || !lg_link_scheme_allowed (url))
        {
          gsize ulen = path_push_member (l, "url");
          fail (l, LG_CORPUS_ERROR_SCHEME, "“%s” is not an https:// address", url);
          path_pop (l, ulen);
          return FALSE;
        }
      if (!g_strv_contains (labels, label))
        {
          gsize dlen = path_push_member (l, "date_label");
          fail (l, LG_CORPUS_ERROR_VALUE, "unknown date label “%s” (expected reviewed, "
                "revised, published, updated or accessed)", label);
          path_pop (l, dlen);
          return FALSE;
        }
      if (g_hash_table_contains (l->corpus->source_by_id, id))
        return fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate source id “%s”", id);

      source->id = lg_corpus_strdup (l->corpus, id);
      source->publisher = lg_corpus_strdup (l->corpus, publisher);
      source->title = lg_corpus_strdup (l->corpus, title);
      source->url = lg_corpus_strdup (l->corpus, url);
      source->date = lg_corpus_strdup (l->corpus, date);
      source->date_label = lg_corpus_strdup (l->corpus, label);
      g_ptr_array_add (l->corpus->sources, source);
      g_hash_table_insert (l->corpus->source_by_id, source->id, source);
      path_pop (l, len);
    }

  return TRUE;
}

static gboolean
parse_glossary (Loader    *l,
                JsonArray *array)
{
  static const char * const keys[] = { "id", "term", "aliases", "definition", "sources", NULL };
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      gsize len = path_push_index (l, i);
      JsonObject *object = element_object (l, array, i);
      LgTerm *term = lg_corpus_alloc (l->corpus, sizeof *term);
      const char *id;

      if (object == NULL || !check_keys (l, object, keys) || !(id = get_id (l, object)))
        return FALSE;
      if (g_hash_table_contains (l->corpus->term_by_id, id))
        return fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate glossary id “%s”", id);
      term->id = lg_corpus_strdup (l->corpus, id);
      if (!(term->term = get_inline (l, object, "term", TRUE, TRUE)) ||
          !get_string_list (l, object, "aliases", FALSE, FALSE, &term->aliases) ||
          !(term->definition = get_inline (l, object, "definition", TRUE, FALSE)) ||
          !get_string_list (l, object, "sources", FALSE, TRUE, &term->sources))
        return FALSE;
      g_ptr_array_add (l->corpus->terms, term);
      g_hash_table_insert (l->corpus->term_by_id, term->id, term);
      path_pop (l, len);
    }

  return TRUE;
}

static gboolean
parse_medicines (Loader    *l,
                 JsonArray *array)
{
  static const char * const keys[] = {
    "id", "name", "brands", "class", "target", "route", "leukaemias", "use",
    "approvals", "sources", NULL
  };
  static const char * const approval_keys[] = { "body", "date", "text", "source", NULL };
  static const char * const leukaemias[] = { "aml", "apl", "all", NULL };
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      gsize len = path_push_index (l, i);
      JsonObject *object = element_object (l, array, i);
      LgMedicine *med = lg_corpus_alloc (l->corpus, sizeof *med);
      JsonArray *approvals;
      const char *id;

      if (object == NULL || !check_keys (l, object, keys) || !(id = get_id (l, object)))
        return FALSE;
      if (g_hash_table_contains (l->corpus->medicine_by_id, id))
        return fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate medicine id “%s”", id);
      med->id = lg_corpus_strdup (l->corpus, id);

      if (!(med->name = get_inline (l, object, "name", TRUE, TRUE)) ||
          !get_string_list (l, object, "brands", TRUE, FALSE, &med->brands) ||
          !(med->class_ = get_inline (l, object, "class", TRUE, TRUE)))
        return FALSE;
      med->target = get_inline (l, object, "target", FALSE, TRUE);
      if (has_error (l) ||
          !(med->route = get_inline (l, object, "route", TRUE, TRUE)) ||
          !get_string_list (l, object, "leukaemias", TRUE, FALSE, &med->leukaemias) ||
          !(med->use = get_inline (l, object, "use", TRUE, FALSE)) ||
          !get_string_list (l, object, "sources", TRUE, TRUE, &med->sources))
        return FALSE;

      if (med->leukaemias[0] == NULL)
        {
          gsize llen = path_push_member (l, "leukaemias");
          fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one of aml, apl or all");
          path_pop (l, llen);
          return FALSE;
        }
      for (guint j = 0; med->leukaemias[j]; j++)
        if (!g_strv_contains (leukaemias, med->leukaemias[j]))
          {
            gsize llen = path_push_member (l, "leukaemias");
            path_push_index (l, j);
            fail (l, LG_CORPUS_ERROR_VALUE, "unknown leukaemia “%s” (expected aml, apl or all)",
                  med->leukaemias[j]);
            path_pop (l, llen);
            return FALSE;
          }

      approvals = get_array (l, object, "approvals", FALSE);
      if (has_error (l))
        return FALSE;
      if (approvals != NULL)
        {
          guint n_app = json_array_get_length (approvals);
          gsize alen = path_push_member (l, "approvals");

          med->approvals = lg_corpus_alloc (l->corpus, sizeof (LgApproval *) * n_app);
          med->n_approvals = n_app;
          for (guint j = 0; j < n_app; j++)
            {
              gsize jlen = path_push_index (l, j);
              JsonObject *aobj = element_object (l, approvals, j);
              LgApproval *app = lg_corpus_alloc (l->corpus, sizeof *app);
              const char *body, *date, *source;

              if (aobj == NULL || !check_keys (l, aobj, approval_keys) ||
                  !(body = get_string (l, aobj, "body", TRUE)) ||
                  !(date = get_date (l, aobj, "date", TRUE)) ||
                  !(app->text = get_inline (l, aobj, "text", TRUE, FALSE)) ||
                  !(source = get_string (l, aobj, "source", TRUE)))
                return FALSE;
              app->body = lg_corpus_strdup (l->corpus, body);
              app->date = lg_corpus_strdup (l->corpus, date);
              app->source = lg_corpus_strdup (l->corpus, source);
              med->approvals[j] = app;
              path_pop (l, jlen);
            }
          path_pop (l, alen);
        }

      g_ptr_array_add (l->corpus->medicines, med);
      g_hash_table_insert (l->corpus->medicine_by_id, med->id, med);
      path_pop (l, len);
    }

  return TRUE;
}

static gboolean
parse_synonyms (Loader    *l,
                JsonArray *array)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      gsize len = path_push_index (l, i);
      JsonNode *node = json_array_get_element (array, i);
      JsonArray *set;
      guint m;
      char **strv;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return fail (l, LG_CORPUS_ERROR_TYPE, "expected an array, found %s",
                     node_type_name (node));
      set = json_node_get_array (node);
      m = json_array_get_length (set);
      if (m < 2)
        return fail (l, LG_CORPUS_ERROR_VALUE, "a synonym set needs two or more entries");
      strv = lg_corpus_alloc (l->corpus, sizeof (char *) * (m + 1));
      for (guint j = 0; j < m; j++)
        {
          gsize jlen = path_push_index (l, j);
          const char *word = element_string (l, set, j);

          if (word == NULL)
            return FALSE;
          strv[j] = lg_corpus_strdup (l->corpus, word);
          path_pop (l, jlen);
        }
      g_ptr_array_add (l->corpus->synonyms, strv);
      path_pop (l, len);
    }

  return TRUE;
}


/* The corpus nests about ten deep; json-glib's parser recurses once a
 * level and runs out of stack some ten thousand levels down.
 */
#define MAX_DEPTH 64

/* json-glib 1.6 leaks the tree it has built when a second object or array
 * follows the first top-level value ("1 {…}", "{…} […]"), and accepts a
 * JavaScript "var x = " before it. A corpus file is one object, so this
 * finds where a second value starts at the top level, outside strings and
 * nesting: json-glib only sees what comes before. Returns that offset and
 * its 1-based line, or @length when there is at most one value. Sets
 * @too_deep and returns where it is when arrays and objects nest more
 * than MAX_DEPTH deep.
 */
static gsize
second_value_start (const char *data,
                    gsize       length,
                    guint      *line,
                    gboolean   *too_deep)
{
  gboolean in_string = FALSE, seen_value = FALSE, in_value = FALSE;
  guint depth = 0;
  gsize i = 0;

  *line = 1;
  *too_deep = FALSE;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  for (; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        (*line)++;
      if (in_string)
        {
          if (c == '\\' && i + 1 < length && data[i + 1] != '\n')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (depth == 0 && !g_ascii_isspace (c))
        {
          /* A value starts here unless a bare word or number goes on. */
          if (seen_value && (!in_value || c == '{' || c == '[' || c == '"'))
            return i;
          seen_value = in_value = TRUE;
        }
      else if (depth == 0)
        in_value = FALSE;

      if (c == '"')
        in_string = TRUE;
      else if ((c == '{' || c == '[') && ++depth > MAX_DEPTH)
        {
          *too_deep = TRUE;
          return i;
        }
      else if ((c == '}' || c == ']') && depth > 0 && --depth == 0)
        in_value = FALSE;
    }

  return length;
}

/* Reads the four hex digits of a \u escape at @p, or returns -1. */
static int
unicode_escape_value (const char *p,
                      const char *end)
{
  int value = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return -1;
      value = value * 16 + g_ascii_xdigit_value (p[i]);
    }
  return value;
}

/* json-glib 1.6 also leaks the string it is reading when a \u escape of
 * a UTF-16 surrogate is not followed by the other half. Such escapes, and
 * \u escapes with fewer than four hex digits, are not JSON; \u0000 is, but
 * would silently cut the string short. This finds the first of them and
 * returns its 1-based line, or 0 when there is none.
 */
static guint
bad_unicode_escape_line (const char *data,
                         gsize       length)
{
  const char *end = data + length;
  guint line = 1;

  for (const char *p = data; p < end; p++)
    {
      int value, low;

      if (*p == '\n')
        line++;
      if (*p != '\\' || p + 1 == end)
        continue;
      if (p[1] != 'u')
        {
          p++;  /* the escaped character, whatever it is */
          continue;
        }
      if ((value = unicode_escape_value (p, end)) <= 0)
        return line;
      if (value >= 0xD800 && value <= 0xDFFF)
        {
          low = unicode_escape_value (p + 6, end);
          if (value > 0xDBFF || low < 0xDC00 || low > 0xDFFF)
            return line;
          p += 6;
        }
      p += 5;
    }

  return 0;
}

/* json-glib keeps the last of two members with the same name; a corpus
 * must not hide text that way, so the parser's object-member signal
 * counts each object's members to notice the first duplicate.
 */
typedef struct
{
  GHashTable *counts;  /* JsonObject → members parsed so far */
  char       *name;
  guint       line;
} DuplicateKey;

static void
on_object_member (JsonParser   *parser,
                  JsonObject   *object,
                  const char   *name,
                  DuplicateKey *dup)
{
  guint n;

  if (dup->name != NULL)
    return;
  if (dup->counts == NULL)
    dup->counts = g_hash_table_new (NULL, NULL);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (dup->counts, object)) + 1;
  g_hash_table_insert (dup->counts, object, GUINT_TO_POINTER (n));
  if (n > json_object_get_size (object))
    {
      dup->name = g_strdup (name);
      dup->line = json_parser_get_current_line (parser);
    }
}

gboolean
lg_corpus_load_file (Loader     *l,
           const char *name,
           const char *data,
           gsize       length,
           GArray     *pending)
{
  static const char * const keys[] = {
    "groups", "disclaimer", "synonyms", "sources", "glossary", "medicines", "topics", NULL
  };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonArray *array;
  DuplicateKey dup = { NULL, NULL, 0 };
  gsize first_length;
  gboolean too_deep;
  guint line;

  l->file = name;
  g_string_assign (l->path, "$");

  if (!g_utf8_validate (data, length, NULL))
    return fail (l, LG_CORPUS_ERROR_SYNTAX, "the file is not valid UTF-8");
  if ((line = bad_unicode_escape_line (data, length)) > 0)
    return fail (l, LG_CORPUS_ERROR_SYNTAX,
                 "malformed \\u escape at line %u (expected four hex digits, not "
                 "\\u0000, and a UTF-16 surrogate followed by its other half)", line);
  first_length = second_value_start (data, length, &line, &too_deep);
  if (too_deep)
    return fail (l, LG_CORPUS_ERROR_SYNTAX,
                 "arrays and objects nest more than %d deep at line %u", MAX_DEPTH, line);
  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &dup);
  if (!json_parser_load_from_data (parser, data, first_length, &local_error))
    {
      const char *message = local_error->message;

      g_clear_pointer (&dup.counts, g_hash_table_unref);
      g_free (dup.name);

      /* json-glib names in-memory data “<data>”; the file name says more. */
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>");
      g_set_error (l->error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_SYNTAX,
                   "%s%s%s", name, message[0] == ':' ? "" : ": ", message);
      return FALSE;
    }

  g_clear_pointer (&dup.counts, g_hash_table_unref);
  if (dup.name != NULL)
    {
      g_autofree char *key = dup.name;

      return fail (l, LG_CORPUS_ERROR_DUPLICATE,
                   "the key “%s” appears twice in one object, at line %u", key, dup.line);
    }
  if (first_length < length)
    return fail (l, LG_CORPUS_ERROR_SYNTAX,
                 "expected one JSON object, found more at line %u", line);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (l, LG_CORPUS_ERROR_TYPE, "expected an object, found %s",
                 root ? node_type_name (root) : "nothing");
  object = json_node_get_object (root);
  if (!check_keys (l, object, keys))
    return FALSE;

  if ((array = get_array (l, object, "groups", FALSE)))
    {
      gsize len = path_push_member (l, "groups");
      if (!parse_groups (l, array))
        return FALSE;
      path_pop (l, len);
    }
  if (has_error (l))
    return FALSE;

  if (json_object_has_member (object, "disclaimer"))
    {
      if (l->disclaimer_file != NULL)
        {
          gsize len = path_push_member (l, "disclaimer");
          fail (l, LG_CORPUS_ERROR_DUPLICATE, "the disclaimer is already defined in %s",
                l->disclaimer_file);
          path_pop (l, len);
          return FALSE;
        }
      l->disclaimer_file = g_strdup (name);
      if (!(l->corpus->disclaimer = get_inline (l, object, "disclaimer", TRUE, FALSE)))
        return FALSE;
    }

#define PARSE_MEMBER(member, func)                          \
  if ((array = get_array (l, object, member, FALSE)))       \
    {                                                       \
      gsize len = path_push_member (l, member);             \
      if (!func (l, array))                                 \
        return FALSE;                                       \
      path_pop (l, len);                                    \
    }                                                       \
  if (has_error (l))                                        \
    return FALSE;

  PARSE_MEMBER ("synonyms", parse_synonyms)
  PARSE_MEMBER ("sources", parse_sources)
  PARSE_MEMBER ("glossary", parse_glossary)
  PARSE_MEMBER ("medicines", parse_medicines)
#undef PARSE_MEMBER

  if ((array = get_array (l, object, "topics", FALSE)))
    {
      gsize len = path_push_member (l, "topics");
      guint n = json_array_get_length (array);

      for (guint i = 0; i < n; i++)
        {
          gsize ilen = path_push_index (l, i);
          JsonObject *tobj = element_object (l, array, i);
          PendingTopic p = { 0 };

          if (tobj == NULL || !(p.topic = parse_topic (l, tobj, &p.group_id)))
            return FALSE;
          if (g_hash_table_contains (l->corpus->topic_by_id, p.topic->id))
            return fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate topic id “%s”", p.topic->id);
          g_hash_table_insert (l->corpus->topic_by_id, p.topic->id, p.topic);
          p.order = pending->len;
          g_array_append_val (pending, p);
          path_pop (l, ilen);
        }
      path_pop (l, len);
    }

  return !has_error (l);
}
