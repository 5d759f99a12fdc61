/* lg-corpus-loader.c: the loader's checked access to JSON
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typed reading of members and array elements, each checked as it is
 * read; errors that name the file, the JSON path and what was expected;
 * and the checks on a file's raw text that json-glib 1.6 does not make.
 */

#define G_LOG_DOMAIN "lg-corpus"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "lg-corpus-private.h"
#include "lg-markup-private.h"

typedef LgCorpusLoader Loader;

/* ---- error reporting ---------------------------------------------------- */

G_GNUC_PRINTF (3, 0)
static void
fail_valist (Loader     *l,
             int         code,
             const char *format,
             va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_set_error (l->error, LG_CORPUS_ERROR, code, "%s: %s: %s",
               l->file, l->path->str, message);
}

G_GNUC_PRINTF (3, 4)
gboolean
lg_corpus_loader_fail (Loader     *l,
                       int         code,
                       const char *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (l, code, format, args);
  va_end (args);
  return FALSE;
}

/* Fails at @member of the object the path is at. */
G_GNUC_PRINTF (4, 5)
gboolean
lg_corpus_loader_fail_member (Loader     *l,
                              const char *member,
                              int         code,
                              const char *format,
                              ...)
{
  gsize len = lg_corpus_loader_path_push_member (l, member);
  va_list args;

  va_start (args, format);
  fail_valist (l, code, format, args);
  va_end (args);
  lg_corpus_loader_path_pop (l, len);
  return FALSE;
}

gsize
lg_corpus_loader_path_push_member (Loader     *l,
                                   const char *member)
{
  gsize len = l->path->len;

  g_string_append_printf (l->path, ".%s", member);
  return len;
}

gsize
lg_corpus_loader_path_push_index (Loader *l,
                                  guint   index)
{
  gsize len = l->path->len;

  g_string_append_printf (l->path, "[%u]", index);
  return len;
}

void
lg_corpus_loader_path_pop (Loader *l,
                           gsize   len)
{
  g_string_truncate (l->path, len);
}

const char *
lg_corpus_loader_node_type_name (JsonNode *node)
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

gboolean
lg_corpus_loader_check_keys (Loader             *l,
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

          /* A key of megabytes would make a message of megabytes. */
          if (g_utf8_strlen (name, -1) > 64)
            {
              g_autofree char *start = g_utf8_substring (name, 0, 64);

              shown = g_strconcat (start, "…", NULL);
            }
          else
            shown = g_strdup (name);
          return lg_corpus_loader_fail_member (l, shown, LG_CORPUS_ERROR_UNKNOWN_KEY,
                                               "unknown key “%s” (expected one of: %s)", shown, list);
        }
    }

  return TRUE;
}

/**
 * lg_corpus_loader_text_problem:
 * @text: a string of the corpus, or a translation of one
 * @length: its length in bytes, or -1 if NUL-terminated
 * @code: (out) (optional): the #LgCorpusError that fits
 *
 * The rules every corpus string follows, in one place, so a translation
 * is checked exactly like the English: valid UTF-8, not empty, no white
 * space at either end, no control character: none of C0 (line break,
 * tab, ESC, which a terminal would act on), DEL or C1, and no more than
 * LG_CORPUS_MAX_TEXT_CHARS characters.
 *
 * Returns: (nullable): what is wrong, or %NULL if nothing is
 */
const char *
lg_corpus_loader_text_problem (const char *text,
                               gssize      length,
                               int        *code)
{
  const char *end;
  int dummy;

  if (code == NULL)
    code = &dummy;
  *code = LG_CORPUS_ERROR_VALUE;
  if (!g_utf8_validate (text, length, &end) || (length >= 0 && end != text + length))
    return "text is not valid UTF-8";
  if (*text == '\0')
    {
      *code = LG_CORPUS_ERROR_EMPTY;
      return "expected text, found an empty string";
    }
  if (g_utf8_strlen (text, end - text) > LG_CORPUS_MAX_TEXT_CHARS)
    return "text is longer than " G_STRINGIFY (LG_CORPUS_MAX_TEXT_CHARS)
           " characters (split it into paragraphs)";
  if (g_unichar_isspace (g_utf8_get_char (text)) ||
      g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    return "text starts or ends with white space";
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        return "text holds a control character (line break or tab)";
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return "text holds a control character (such as ESC or DEL, which a terminal acts on)";
    }
  return NULL;
}

gboolean
lg_corpus_loader_check_text (Loader     *l,
                             const char *text)
{
  int code;
  const char *problem = lg_corpus_loader_text_problem (text, -1, &code);

  if (problem != NULL)
    return lg_corpus_loader_fail (l, code, "%s", problem);
  return TRUE;
}

/* Returns a string member, or NULL with an error set (required) or without
 * one (optional and absent).
 */
const char *
lg_corpus_loader_get_string (Loader     *l,
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
        lg_corpus_loader_fail (l, LG_CORPUS_ERROR_MISSING, "missing required member “%s”", member);
      return NULL;
    }

  len = lg_corpus_loader_path_push_member (l, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected a string, found %s", lg_corpus_loader_node_type_name (node));
  else if (lg_corpus_loader_check_text (l, json_node_get_string (node)))
    value = json_node_get_string (node);
  lg_corpus_loader_path_pop (l, len);

  return value;
}

gboolean
lg_corpus_loader_has_error (Loader *l)
{
  return l->error != NULL && *l->error != NULL;
}

JsonArray *
lg_corpus_loader_get_array (Loader     *l,
                            JsonObject *object,
                            const char *member,
                            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      if (required)
        lg_corpus_loader_fail (l, LG_CORPUS_ERROR_MISSING, "missing required member “%s”", member);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      lg_corpus_loader_fail_member (l, member, LG_CORPUS_ERROR_TYPE, "expected an array, found %s",
                                    lg_corpus_loader_node_type_name (node));
      return NULL;
    }
  return json_node_get_array (node);
}

JsonObject *
lg_corpus_loader_element_object (Loader    *l,
                                 JsonArray *array,
                                 guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected an object, found %s", lg_corpus_loader_node_type_name (node));
      return NULL;
    }
  return json_node_get_object (node);
}

const char *
lg_corpus_loader_element_string (Loader    *l,
                                 JsonArray *array,
                                 guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected a string, found %s", lg_corpus_loader_node_type_name (node));
      return NULL;
    }
  if (!lg_corpus_loader_check_text (l, json_node_get_string (node)))
    return NULL;
  return json_node_get_string (node);
}

const char *
lg_corpus_loader_get_id (Loader     *l,
                         JsonObject *object)
{
  const char *id = lg_corpus_loader_get_string (l, object, "id", TRUE);

  if (id != NULL && !lg_markup_id_is_valid (id))
    {
      lg_corpus_loader_fail_member (l, "id", LG_CORPUS_ERROR_VALUE,
                                    "“%s” is not a valid id (expected lower-case letters, digits and "
                                    "hyphens, starting with a letter)", id);
      return NULL;
    }
  return id;
}

gboolean
lg_corpus_loader_date_is_valid (const char *date)
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

const char *
lg_corpus_loader_get_date (Loader     *l,
                           JsonObject *object,
                           const char *member,
                           gboolean    required)
{
  const char *date = lg_corpus_loader_get_string (l, object, member, required);

  if (date != NULL && !lg_corpus_loader_date_is_valid (date))
    {
      lg_corpus_loader_fail_member (l, member, LG_CORPUS_ERROR_DATE,
                                    "“%s” is not a valid date (expected YYYY-MM-DD, YYYY-MM or YYYY)", date);
      return NULL;
    }
  return date;
}

char *
lg_corpus_loader_where_string (Loader *l)
{
  return g_strdup_printf ("%s: %s", l->file, l->path->str);
}

LgInline *
lg_corpus_loader_take_inline (Loader   *l,
                              LgInline *inl)
{
  if (inl != NULL)
    {
      inl->translatable = TRUE;
      g_ptr_array_add (l->corpus->inlines, inl);
    }
  return inl;
}

LgInline *
lg_corpus_loader_get_inline (Loader     *l,
                             JsonObject *object,
                             const char *member,
                             gboolean    required,
                             gboolean    plain)
{
  const char *text = lg_corpus_loader_get_string (l, object, member, required);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *where = NULL;
  LgInline *inl;
  gsize len;

  if (text == NULL)
    return NULL;

  len = lg_corpus_loader_path_push_member (l, member);
  where = lg_corpus_loader_where_string (l);
  if (plain)
    inl = lg_inline_new_plain (text, where);
  else if (!(inl = lg_inline_parse (text, where, &local_error)))
    lg_corpus_loader_fail (l, local_error->code, "%s", local_error->message);
  lg_corpus_loader_path_pop (l, len);

  return lg_corpus_loader_take_inline (l, inl);
}

LgInline *
lg_corpus_loader_element_inline (Loader    *l,
                                 JsonArray *array,
                                 guint      index)
{
  const char *text = lg_corpus_loader_element_string (l, array, index);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *where = NULL;
  LgInline *inl;

  if (text == NULL)
    return NULL;

  where = lg_corpus_loader_where_string (l);
  if (!(inl = lg_inline_parse (text, where, &local_error)))
    lg_corpus_loader_fail (l, local_error->code, "%s", local_error->message);

  return lg_corpus_loader_take_inline (l, inl);
}

/* An optional or required array of strings, copied into a NULL-terminated
 * vector owned by the corpus. Ids are checked when @ids is set.
 */
gboolean
lg_corpus_loader_get_string_list (Loader      *l,
                                  JsonObject  *object,
                                  const char  *member,
                                  gboolean     required,
                                  gboolean     ids,
                                  char      ***out)
{
  JsonArray *array = lg_corpus_loader_get_array (l, object, member, required);
  guint n;
  gsize len;
  char **list;

  *out = NULL;
  if (array == NULL)
    return !lg_corpus_loader_has_error (l);

  n = json_array_get_length (array);
  list = lg_corpus_alloc (l->corpus, sizeof (char *) * (n + 1));
  len = lg_corpus_loader_path_push_member (l, member);
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = lg_corpus_loader_path_push_index (l, i);
      const char *value = lg_corpus_loader_element_string (l, array, i);

      if (value == NULL)
        return FALSE;
      if (ids && !lg_markup_id_is_valid (value))
        return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_VALUE, "“%s” is not a valid id", value);
      for (guint j = 0; j < i; j++)
        if (g_strcmp0 (list[j], value) == 0)
          return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "“%s” is listed twice", value);
      list[i] = lg_corpus_strdup (l->corpus, value);
      lg_corpus_loader_path_pop (l, ilen);
    }
  lg_corpus_loader_path_pop (l, len);

  *out = list;
  return TRUE;
}

/* json-glib 1.6 leaks the tree it has built when a second object or array
 * follows the first top-level value ("1 {…}", "{…} […]"), and accepts a
 * JavaScript "var x = " before it. A corpus file is one object, so this
 * finds where a second value starts at the top level, outside strings and
 * nesting: json-glib only sees what comes before. Returns that offset and
 * its 1-based line, or @length when there is at most one value. Sets
 * @too_deep and returns where it is when arrays and objects nest more
 * than LG_CORPUS_MAX_DEPTH deep.
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
      else if ((c == '{' || c == '[') && ++depth > LG_CORPUS_MAX_DEPTH)
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

/* Finds a member given twice in one object, which json-glib would let
 * pass. */
typedef struct
{
  GHashTable *counts;  /* JsonObject → members parsed so far */
  char       *name;
  guint       line;
} LgDuplicateKey;

/* json-glib keeps the last of two members with the same name; a corpus
 * must not hide text that way, so the parser's object-member signal
 * counts each object's members to notice the first duplicate.
 */
static void
on_object_member (JsonParser     *parser,
                  JsonObject     *object,
                  const char     *name,
                  LgDuplicateKey *dup)
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

/**
 * lg_corpus_loader_read_object:
 * @l: the loader, its file set
 * @data: the file's text
 * @length: its length in bytes
 *
 * Checks the raw text of a corpus file (valid UTF-8, well-formed \u
 * escapes, not nested too deep, one top-level value, no key given twice
 * in one object), parses it and checks it holds one object.
 *
 * Returns: (transfer full) (nullable): the parser, holding the file's
 *   object as its root, or %NULL with the loader's error set
 */
JsonParser *
lg_corpus_loader_read_object (Loader     *l,
                              const char *data,
                              gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  LgDuplicateKey dup = { NULL, NULL, 0 };
  JsonNode *root;
  gsize first_length;
  gboolean too_deep;
  guint line;

  if (!g_utf8_validate (data, length, NULL))
    {
      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_SYNTAX, "the file is not valid UTF-8");
      return NULL;
    }
  if ((line = bad_unicode_escape_line (data, length)) > 0)
    {
      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_SYNTAX,
                             "malformed \\u escape at line %u (expected four hex digits, not "
                             "\\u0000, and a UTF-16 surrogate followed by its other half)", line);
      return NULL;
    }
  first_length = second_value_start (data, length, &line, &too_deep);
  if (too_deep)
    {
      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_SYNTAX,
                             "arrays and objects nest more than %d deep at line %u",
                             LG_CORPUS_MAX_DEPTH, line);
      return NULL;
    }

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
                   "%s%s%s", l->file, message[0] == ':' ? "" : ": ", message);
      return NULL;
    }
  g_signal_handlers_disconnect_by_func (parser, on_object_member, &dup);

  g_clear_pointer (&dup.counts, g_hash_table_unref);
  if (dup.name != NULL)
    {
      g_autofree char *key = dup.name;

      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE,
                             "the key “%s” appears twice in one object, at line %u", key, dup.line);
      return NULL;
    }
  if (first_length < length)
    {
      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_SYNTAX,
                             "expected one JSON object, found more at line %u", line);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected an object, found %s",
                             root ? lg_corpus_loader_node_type_name (root) : "nothing");
      return NULL;
    }
  return g_steal_pointer (&parser);
}

/* ---- arrays and enumerations -------------------------------------------- */

/**
 * lg_corpus_loader_parse_elements:
 * @l: the loader
 * @member: the name of @array in the object being read
 * @array: the array
 * @empty: (nullable): what an empty array lacks, as in “a section needs at
 *   least one block”; %NULL when it may be empty
 * @func: reads one element
 * @data: for @func
 *
 * The one way the loader reads “a non-empty array of X”: @func is called
 * for each element with the element's JSON path (`.member[i]`) pushed, so
 * that its errors say where they are.
 *
 * Returns: %FALSE, with the error set, when @array is empty or @func fails
 */
gboolean
lg_corpus_loader_parse_elements (Loader                    *l,
                                 const char                *member,
                                 JsonArray                 *array,
                                 const char                *empty,
                                 LgCorpusLoaderElementFunc  func,
                                 gpointer                   data)
{
  guint n = json_array_get_length (array);
  gsize len = lg_corpus_loader_path_push_member (l, member);

  if (n == 0 && empty != NULL)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "%s", empty);
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = lg_corpus_loader_path_push_index (l, i);

      if (!func (l, array, i, data))
        return FALSE;
      lg_corpus_loader_path_pop (l, ilen);
    }
  lg_corpus_loader_path_pop (l, len);
  return TRUE;
}

static gboolean
read_inline (Loader    *l,
             JsonArray *array,
             guint      index,
             gpointer   data)
{
  LgInline **inlines = data;

  return (inlines[index] = lg_corpus_loader_element_inline (l, array, index)) != NULL;
}

/**
 * lg_corpus_loader_parse_inlines:
 * @l: the loader
 * @member: the name of @array in the object being read
 * @array: an array of strings of inline text
 * @empty: (nullable): as for lg_corpus_loader_parse_elements()
 *
 * Returns: (nullable): the array's inline texts, owned by the corpus, or
 *   %NULL with the error set
 */
LgInline **
lg_corpus_loader_parse_inlines (Loader     *l,
                                const char *member,
                                JsonArray  *array,
                                const char *empty)
{
  guint n = json_array_get_length (array);
  LgInline **inlines = lg_corpus_alloc (l->corpus, sizeof (LgInline *) * MAX (n, 1));

  if (!lg_corpus_loader_parse_elements (l, member, array, empty, read_inline, inlines))
    return NULL;
  return inlines;
}

/**
 * lg_corpus_loader_lookup_name:
 * @l: the loader
 * @value: a string read from the corpus
 * @names: the %NULL-terminated names it may be
 * @code: the #LgCorpusError for any other value
 * @what: what @value names, for the error, as in “block type”
 *
 * The one way a string of the corpus becomes an enumeration: its index in
 * @names. Any other value fails, at the current JSON path, with a message
 * that lists the names.
 *
 * Returns: the index of @value in @names, or -1 with the error set
 */
int
lg_corpus_loader_lookup_name (Loader             *l,
                              const char         *value,
                              const char * const *names,
                              int                 code,
                              const char         *what)
{
  g_autoptr(GString) expected = g_string_new (NULL);
  guint n = g_strv_length ((char **) names);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (value, names[i]))
      return i;

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (expected, i + 1 == n ? " or " : ", ");
      g_string_append (expected, names[i]);
    }
  lg_corpus_loader_fail (l, code, "unknown %s “%s” (expected %s)", what, value, expected->str);
  return -1;
}

/**
 * lg_corpus_loader_get_name:
 * @l: the loader
 * @object: the object being read
 * @member: a required string member of it
 * @names: as for lg_corpus_loader_lookup_name()
 * @code: as for lg_corpus_loader_lookup_name()
 * @what: as for lg_corpus_loader_lookup_name()
 *
 * Reads @member and looks it up in @names; an error names @member's path.
 *
 * Returns: the index of the value in @names, or -1 with the error set
 */
int
lg_corpus_loader_get_name (Loader             *l,
                           JsonObject         *object,
                           const char         *member,
                           const char * const *names,
                           int                 code,
                           const char         *what)
{
  const char *value = lg_corpus_loader_get_string (l, object, member, TRUE);
  gsize len;
  int index;

  if (value == NULL)
    return -1;
  len = lg_corpus_loader_path_push_member (l, member);
  index = lg_corpus_loader_lookup_name (l, value, names, code, what);
  lg_corpus_loader_path_pop (l, len);
  return index;
}
