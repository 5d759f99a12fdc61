/* lg-corpus-parse.c: read one corpus file into the model, strictly
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each member is checked for its type and value as it is read; the first
 * problem stops the load with an error naming the file, the JSON path and
 * what was expected. This file reads the members a corpus file may hold
 * at its top level; lg-corpus-topics.c reads topics, and lg-corpus-loader.c
 * holds the checked access to JSON they share. Links, names and sources
 * across files are checked afterwards, in lg-corpus.c. The format:
 * data/corpus/README.md.
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

/* ---- corpus-level members ------------------------------------------------ */

static gboolean
parse_groups (Loader    *l,
              JsonArray *array)
{
  static const char * const keys[] = { "id", "title", NULL };
  guint n = json_array_get_length (array);

  if (l->groups_file != NULL)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "groups are already defined in %s",
                                  l->groups_file);
  l->groups_file = g_strdup (l->file);
  if (n == 0)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one group, found none");

  for (guint i = 0; i < n; i++)
    {
      gsize len = lg_corpus_loader_path_push_index (l, i);
      JsonObject *object = lg_corpus_loader_element_object (l, array, i);
      LgGroup *group = lg_corpus_alloc (l->corpus, sizeof *group);
      const char *id, *title;

      if (object == NULL || !lg_corpus_loader_check_keys (l, object, keys) ||
          !(id = lg_corpus_loader_get_id (l, object)) || !(title = lg_corpus_loader_get_string (l, object, "title", TRUE)))
        return FALSE;
      for (guint j = 0; j < l->corpus->groups->len; j++)
        if (g_str_equal (((LgGroup *) g_ptr_array_index (l->corpus->groups, j))->id, id))
          return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate group id “%s”", id);
      group->id = lg_corpus_strdup (l->corpus, id);
      group->title = lg_corpus_strdup (l->corpus, title);
      {
        gsize tlen = lg_corpus_loader_path_push_member (l, "title");
        g_autofree char *where = lg_corpus_loader_where_string (l);

        group->path = lg_corpus_strdup (l->corpus, where);
        lg_corpus_loader_path_pop (l, tlen);
      }
      g_ptr_array_add (l->corpus->groups, group);
      lg_corpus_loader_path_pop (l, len);
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
      gsize len = lg_corpus_loader_path_push_index (l, i);
      JsonObject *object = lg_corpus_loader_element_object (l, array, i);
      LgSource *source = lg_corpus_alloc (l->corpus, sizeof *source);
      const char *id, *publisher, *title, *url, *date, *label;

      if (object == NULL || !lg_corpus_loader_check_keys (l, object, keys) ||
          !(id = lg_corpus_loader_get_id (l, object)) ||
          !(publisher = lg_corpus_loader_get_string (l, object, "publisher", TRUE)) ||
          !(title = lg_corpus_loader_get_string (l, object, "title", TRUE)) ||
          !(url = lg_corpus_loader_get_string (l, object, "url", TRUE)) ||
          !(date = lg_corpus_loader_get_date (l, object, "date", TRUE)) ||
          !(label = lg_corpus_loader_get_string (l, object, "date_label", TRUE)))
        return FALSE;

      if (!g_str_has_prefix (url, "https://") || !lg_link_scheme_allowed (url))
        {
          return lg_corpus_loader_fail_member (l, "url", LG_CORPUS_ERROR_SCHEME,
                                               "“%s” is not an https:// address", url);
        }
      if (!g_strv_contains (labels, label))
        {
          return lg_corpus_loader_fail_member (l, "date_label", LG_CORPUS_ERROR_VALUE,
                                               "unknown date label “%s” (expected reviewed, revised, "
                                               "published, updated or accessed)", label);
        }
      if (g_hash_table_contains (l->corpus->source_by_id, id))
        return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate source id “%s”", id);

      source->id = lg_corpus_strdup (l->corpus, id);
      source->publisher = lg_corpus_strdup (l->corpus, publisher);
      source->title = lg_corpus_strdup (l->corpus, title);
      source->url = lg_corpus_strdup (l->corpus, url);
      source->date = lg_corpus_strdup (l->corpus, date);
      source->date_label = lg_corpus_strdup (l->corpus, label);
      g_ptr_array_add (l->corpus->sources, source);
      g_hash_table_insert (l->corpus->source_by_id, source->id, source);
      lg_corpus_loader_path_pop (l, len);
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
      gsize len = lg_corpus_loader_path_push_index (l, i);
      JsonObject *object = lg_corpus_loader_element_object (l, array, i);
      LgTerm *term = lg_corpus_alloc (l->corpus, sizeof *term);
      const char *id;

      if (object == NULL || !lg_corpus_loader_check_keys (l, object, keys) || !(id = lg_corpus_loader_get_id (l, object)))
        return FALSE;
      if (g_hash_table_contains (l->corpus->term_by_id, id))
        return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate glossary id “%s”", id);
      term->id = lg_corpus_strdup (l->corpus, id);
      if (!(term->term = lg_corpus_loader_get_inline (l, object, "term", TRUE, TRUE)) ||
          !lg_corpus_loader_get_string_list (l, object, "aliases", FALSE, FALSE, &term->aliases) ||
          !(term->definition = lg_corpus_loader_get_inline (l, object, "definition", TRUE, FALSE)) ||
          !lg_corpus_loader_get_string_list (l, object, "sources", FALSE, TRUE, &term->sources))
        return FALSE;
      g_ptr_array_add (l->corpus->terms, term);
      g_hash_table_insert (l->corpus->term_by_id, term->id, term);
      lg_corpus_loader_path_pop (l, len);
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
      gsize len = lg_corpus_loader_path_push_index (l, i);
      JsonObject *object = lg_corpus_loader_element_object (l, array, i);
      LgMedicine *med = lg_corpus_alloc (l->corpus, sizeof *med);
      JsonArray *approvals;
      const char *id;

      if (object == NULL || !lg_corpus_loader_check_keys (l, object, keys) || !(id = lg_corpus_loader_get_id (l, object)))
        return FALSE;
      if (g_hash_table_contains (l->corpus->medicine_by_id, id))
        return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate medicine id “%s”", id);
      med->id = lg_corpus_strdup (l->corpus, id);

      if (!(med->name = lg_corpus_loader_get_inline (l, object, "name", TRUE, TRUE)) ||
          !lg_corpus_loader_get_string_list (l, object, "brands", TRUE, FALSE, &med->brands) ||
          !(med->class_ = lg_corpus_loader_get_inline (l, object, "class", TRUE, TRUE)))
        return FALSE;
      med->target = lg_corpus_loader_get_inline (l, object, "target", FALSE, TRUE);
      if (lg_corpus_loader_has_error (l) ||
          !(med->route = lg_corpus_loader_get_inline (l, object, "route", TRUE, TRUE)) ||
          !lg_corpus_loader_get_string_list (l, object, "leukaemias", TRUE, FALSE, &med->leukaemias) ||
          !(med->use = lg_corpus_loader_get_inline (l, object, "use", TRUE, FALSE)) ||
          !lg_corpus_loader_get_string_list (l, object, "sources", TRUE, TRUE, &med->sources))
        return FALSE;

      if (med->leukaemias[0] == NULL)
        {
          return lg_corpus_loader_fail_member (l, "leukaemias", LG_CORPUS_ERROR_EMPTY,
                                               "expected at least one of aml, apl or all");
        }
      for (guint j = 0; med->leukaemias[j]; j++)
        if (!g_strv_contains (leukaemias, med->leukaemias[j]))
          {
            gsize llen = lg_corpus_loader_path_push_member (l, "leukaemias");
            lg_corpus_loader_path_push_index (l, j);
            lg_corpus_loader_fail (l, LG_CORPUS_ERROR_VALUE, "unknown leukaemia “%s” (expected aml, apl or all)",
                                   med->leukaemias[j]);
            lg_corpus_loader_path_pop (l, llen);
            return FALSE;
          }

      approvals = lg_corpus_loader_get_array (l, object, "approvals", FALSE);
      if (lg_corpus_loader_has_error (l))
        return FALSE;
      if (approvals != NULL)
        {
          guint n_app = json_array_get_length (approvals);
          gsize alen = lg_corpus_loader_path_push_member (l, "approvals");

          med->approvals = lg_corpus_alloc (l->corpus, sizeof (LgApproval *) * n_app);
          med->n_approvals = n_app;
          for (guint j = 0; j < n_app; j++)
            {
              gsize jlen = lg_corpus_loader_path_push_index (l, j);
              JsonObject *aobj = lg_corpus_loader_element_object (l, approvals, j);
              LgApproval *app = lg_corpus_alloc (l->corpus, sizeof *app);
              const char *body, *date, *source;

              if (aobj == NULL || !lg_corpus_loader_check_keys (l, aobj, approval_keys) ||
                  !(body = lg_corpus_loader_get_string (l, aobj, "body", TRUE)) ||
                  !(date = lg_corpus_loader_get_date (l, aobj, "date", TRUE)) ||
                  !(app->text = lg_corpus_loader_get_inline (l, aobj, "text", TRUE, FALSE)) ||
                  !(source = lg_corpus_loader_get_string (l, aobj, "source", TRUE)))
                return FALSE;
              app->body = lg_corpus_strdup (l->corpus, body);
              app->date = lg_corpus_strdup (l->corpus, date);
              app->source = lg_corpus_strdup (l->corpus, source);
              med->approvals[j] = app;
              lg_corpus_loader_path_pop (l, jlen);
            }
          lg_corpus_loader_path_pop (l, alen);
        }

      g_ptr_array_add (l->corpus->medicines, med);
      g_hash_table_insert (l->corpus->medicine_by_id, med->id, med);
      lg_corpus_loader_path_pop (l, len);
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
      gsize len = lg_corpus_loader_path_push_index (l, i);
      JsonNode *node = json_array_get_element (array, i);
      JsonArray *set;
      guint m;
      char **strv;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected an array, found %s",
                                      lg_corpus_loader_node_type_name (node));
      set = json_node_get_array (node);
      m = json_array_get_length (set);
      if (m < 2)
        return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_VALUE, "a synonym set needs two or more entries");
      strv = lg_corpus_alloc (l->corpus, sizeof (char *) * (m + 1));
      for (guint j = 0; j < m; j++)
        {
          gsize jlen = lg_corpus_loader_path_push_index (l, j);
          const char *word = lg_corpus_loader_element_string (l, set, j);

          if (word == NULL)
            return FALSE;
          strv[j] = lg_corpus_strdup (l->corpus, word);
          lg_corpus_loader_path_pop (l, jlen);
        }
      g_ptr_array_add (l->corpus->synonyms, strv);
      lg_corpus_loader_path_pop (l, len);
    }

  return TRUE;
}

/* ---- search -------------------------------------------------------------- */

/* A language tag: two or three lower case letters. */
static gboolean
is_language (const char *tag)
{
  gsize n = strlen (tag);

  if (n < 2 || n > 3)
    return FALSE;
  for (const char *p = tag; *p; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

/* { "en": [ … ], "fr": [ … ] }: every language's strings, in one list. */
static gboolean
parse_by_language (Loader     *l,
                   JsonObject *parent,
                   const char *member,
                   GPtrArray  *into)
{
  JsonNode *node = json_object_get_member (parent, member);
  g_autoptr(GList) languages = NULL;
  JsonObject *object;
  gsize len;

  if (node == NULL)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_MISSING, "missing required member “%s”", member);
  len = lg_corpus_loader_path_push_member (l, member);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected an object of languages, found %s",
                                  lg_corpus_loader_node_type_name (node));
  object = json_node_get_object (node);
  languages = json_object_get_members (object);
  if (languages == NULL)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one language, found none");

  for (const GList *iter = languages; iter; iter = iter->next)
    {
      const char *language = iter->data;
      JsonArray *array;
      gsize llen;

      if (!is_language (language))
        return lg_corpus_loader_fail_member (l, language, LG_CORPUS_ERROR_VALUE,
                                             "“%s” is not a language code (two or three lower case "
                                             "letters, such as en, es or fr)", language);
      if (!(array = lg_corpus_loader_get_array (l, object, language, TRUE)))
        return FALSE;
      llen = lg_corpus_loader_path_push_member (l, language);
      if (json_array_get_length (array) == 0)
        return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_EMPTY, "expected at least one entry, found none");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize ilen = lg_corpus_loader_path_push_index (l, i);
          const char *text = lg_corpus_loader_element_string (l, array, i);

          if (text == NULL)
            return FALSE;
          g_ptr_array_add (into, lg_corpus_strdup (l->corpus, text));
          lg_corpus_loader_path_pop (l, ilen);
        }
      lg_corpus_loader_path_pop (l, llen);
    }
  lg_corpus_loader_path_pop (l, len);
  return TRUE;
}

/* "TOPIC" or "TOPIC#SECTION": pages that need not exist yet. */
static gboolean
parse_pages (Loader     *l,
             JsonObject *object,
             const char *member,
             char     ***out)
{
  if (!lg_corpus_loader_get_string_list (l, object, member, FALSE, FALSE, out))
    return FALSE;
  for (guint i = 0; *out && (*out)[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit ((*out)[i], "#", 3);

      if (!lg_id_is_valid (parts[0]) || (parts[1] && (!lg_id_is_valid (parts[1]) || parts[2])))
        {
          lg_corpus_loader_path_push_member (l, member);
          lg_corpus_loader_path_push_index (l, i);
          return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_VALUE,
                                        "“%s” is not TOPIC or TOPIC#SECTION", (*out)[i]);
        }
    }
  return TRUE;
}

static gboolean
parse_concepts (Loader    *l,
                JsonArray *array)
{
  static const char * const keys[] = { "id", "words", "asked", "urgent", NULL };
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      gsize len = lg_corpus_loader_path_push_index (l, i);
      JsonObject *object = lg_corpus_loader_element_object (l, array, i);
      LgSearchConcept *concept = lg_corpus_alloc (l->corpus, sizeof *concept);
      g_autoptr(GPtrArray) asked = g_ptr_array_new ();
      JsonNode *urgent;
      const char *id;

      if (object == NULL || !lg_corpus_loader_check_keys (l, object, keys) ||
          !(id = lg_corpus_loader_get_id (l, object)) ||
          !(concept->words = lg_corpus_loader_get_inline (l, object, "words", TRUE, TRUE)) ||
          !parse_by_language (l, object, "asked", asked))
        return FALSE;
      for (guint j = 0; j < l->corpus->search_concepts->len; j++)
        if (g_str_equal (((LgSearchConcept *) g_ptr_array_index (l->corpus->search_concepts, j))->id, id))
          return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate concept id “%s”", id);

      if ((urgent = json_object_get_member (object, "urgent")) != NULL)
        {
          if (!JSON_NODE_HOLDS_VALUE (urgent) || json_node_get_value_type (urgent) != G_TYPE_BOOLEAN)
            return lg_corpus_loader_fail_member (l, "urgent", LG_CORPUS_ERROR_TYPE,
                                                 "expected true or false, found %s",
                                                 lg_corpus_loader_node_type_name (urgent));
          concept->urgent = json_node_get_boolean (urgent);
        }

      concept->id = lg_corpus_strdup (l->corpus, id);
      concept->asked = lg_corpus_alloc (l->corpus, sizeof (char *) * (asked->len + 1));
      memcpy (concept->asked, asked->pdata, sizeof (char *) * asked->len);
      g_ptr_array_add (l->corpus->search_concepts, concept);
      lg_corpus_loader_path_pop (l, len);
    }

  return TRUE;
}

static gboolean
parse_search (Loader     *l,
              JsonObject *object)
{
  static const char * const keys[] = { "stop_words", "urgent", "start", "last", "concepts", NULL };
  static const char * const pages[LG_SEARCH_N_PAGES] = { "urgent", "start", "last" };
  JsonArray *concepts;

  if (l->search_file != NULL)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "search is already defined in %s",
                                  l->search_file);
  l->search_file = g_strdup (l->file);

  if (!lg_corpus_loader_check_keys (l, object, keys) ||
      !parse_by_language (l, object, "stop_words", l->corpus->stop_words))
    return FALSE;
  for (guint i = 0; i < LG_SEARCH_N_PAGES; i++)
    if (!parse_pages (l, object, pages[i], &l->corpus->search_pages[i]))
      return FALSE;
  if ((concepts = lg_corpus_loader_get_array (l, object, "concepts", TRUE)))
    {
      gsize len = lg_corpus_loader_path_push_member (l, "concepts");

      if (!parse_concepts (l, concepts))
        return FALSE;
      lg_corpus_loader_path_pop (l, len);
    }
  return !lg_corpus_loader_has_error (l);
}

gboolean
lg_corpus_load_file (Loader     *l,
                     const char *name,
                     const char *data,
                     gsize       length,
                     GArray     *pending)
{
  static const char * const keys[] = {
    "groups", "disclaimer", "synonyms", "sources", "glossary", "medicines", "topics", "search",
    NULL
  };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonArray *array;
  LgDuplicateKey dup = { NULL, NULL, 0 };
  gsize first_length;
  gboolean too_deep;
  guint line;

  l->file = name;
  g_string_assign (l->path, "$");

  if (!g_utf8_validate (data, length, NULL))
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_SYNTAX, "the file is not valid UTF-8");
  if ((line = lg_corpus_loader_bad_unicode_escape_line (data, length)) > 0)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_SYNTAX,
                                  "malformed \\u escape at line %u (expected four hex digits, not "
                                  "\\u0000, and a UTF-16 surrogate followed by its other half)", line);
  first_length = lg_corpus_loader_second_value_start (data, length, &line, &too_deep);
  if (too_deep)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_SYNTAX,
                                  "arrays and objects nest more than %d deep at line %u", LG_CORPUS_MAX_DEPTH, line);
  g_signal_connect (parser, "object-member", G_CALLBACK (lg_corpus_loader_on_object_member), &dup);
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

      return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE,
                                    "the key “%s” appears twice in one object, at line %u", key, dup.line);
    }
  if (first_length < length)
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_SYNTAX,
                                  "expected one JSON object, found more at line %u", line);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected an object, found %s",
                                  root ? lg_corpus_loader_node_type_name (root) : "nothing");
  object = json_node_get_object (root);
  if (!lg_corpus_loader_check_keys (l, object, keys))
    return FALSE;

  if ((array = lg_corpus_loader_get_array (l, object, "groups", FALSE)))
    {
      gsize len = lg_corpus_loader_path_push_member (l, "groups");
      if (!parse_groups (l, array))
        return FALSE;
      lg_corpus_loader_path_pop (l, len);
    }
  if (lg_corpus_loader_has_error (l))
    return FALSE;

  if (json_object_has_member (object, "disclaimer"))
    {
      if (l->disclaimer_file != NULL)
        {
          return lg_corpus_loader_fail_member (l, "disclaimer", LG_CORPUS_ERROR_DUPLICATE,
                                               "the disclaimer is already defined in %s", l->disclaimer_file);
        }
      l->disclaimer_file = g_strdup (name);
      if (!(l->corpus->disclaimer = lg_corpus_loader_get_inline (l, object, "disclaimer", TRUE, FALSE)))
        return FALSE;
    }

  if (json_object_has_member (object, "search"))
    {
      JsonNode *node = json_object_get_member (object, "search");
      gsize len = lg_corpus_loader_path_push_member (l, "search");

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected an object, found %s",
                                      lg_corpus_loader_node_type_name (node));
      if (!parse_search (l, json_node_get_object (node)))
        return FALSE;
      lg_corpus_loader_path_pop (l, len);
    }

#define PARSE_MEMBER(member, func)                          \
  if ((array = lg_corpus_loader_get_array (l, object, member, FALSE)))       \
    {                                                       \
      gsize len = lg_corpus_loader_path_push_member (l, member);             \
      if (!func (l, array))                                 \
        return FALSE;                                       \
      lg_corpus_loader_path_pop (l, len);                                    \
    }                                                       \
  if (lg_corpus_loader_has_error (l))                                        \
    return FALSE;

  PARSE_MEMBER ("synonyms", parse_synonyms)
  PARSE_MEMBER ("sources", parse_sources)
  PARSE_MEMBER ("glossary", parse_glossary)
  PARSE_MEMBER ("medicines", parse_medicines)
#undef PARSE_MEMBER

  if ((array = lg_corpus_loader_get_array (l, object, "topics", FALSE)))
    {
      gsize len = lg_corpus_loader_path_push_member (l, "topics");
      guint n = json_array_get_length (array);

      for (guint i = 0; i < n; i++)
        {
          gsize ilen = lg_corpus_loader_path_push_index (l, i);
          JsonObject *tobj = lg_corpus_loader_element_object (l, array, i);
          PendingTopic p = { 0 };

          if (tobj == NULL || !(p.topic = lg_corpus_loader_parse_topic (l, tobj, &p.group_id)))
            return FALSE;
          if (g_hash_table_contains (l->corpus->topic_by_id, p.topic->id))
            return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate topic id “%s”", p.topic->id);
          g_hash_table_insert (l->corpus->topic_by_id, p.topic->id, p.topic);
          p.order = pending->len;
          g_array_append_val (pending, p);
          lg_corpus_loader_path_pop (l, ilen);
        }
      lg_corpus_loader_path_pop (l, len);
    }

  return !lg_corpus_loader_has_error (l);
}
