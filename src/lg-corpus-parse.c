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
read_group (Loader    *l,
            JsonArray *array,
            guint      i,
            gpointer   data G_GNUC_UNUSED)
{
  static const char * const keys[] = { "id", "title", NULL };
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
  return TRUE;
}

static gboolean
read_source (Loader    *l,
             JsonArray *array,
             guint      i,
             gpointer   data G_GNUC_UNUSED)
{
  static const char * const keys[] = {
    "id", "publisher", "title", "url", "date", "date_label", NULL
  };
  static const char * const labels[] = {
    "reviewed", "revised", "published", "updated", "accessed", NULL
  };
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
  if (lg_corpus_loader_get_name (l, object, "date_label", labels, LG_CORPUS_ERROR_VALUE,
                                 "date label") < 0)
    return FALSE;
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

  return TRUE;
}

static gboolean
read_term (Loader    *l,
           JsonArray *array,
           guint      i,
           gpointer   data G_GNUC_UNUSED)
{
  static const char * const keys[] = { "id", "term", "aliases", "definition", "sources", NULL };
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

  return TRUE;
}

static gboolean
read_approval (Loader    *l,
               JsonArray *approvals,
               guint      index,
               gpointer   data)
{
  static const char * const keys[] = { "body", "date", "text", "source", NULL };
  LgMedicine *med = data;
  JsonObject *object = lg_corpus_loader_element_object (l, approvals, index);
  LgApproval *app = lg_corpus_alloc (l->corpus, sizeof *app);
  const char *body, *date, *source;

  if (object == NULL || !lg_corpus_loader_check_keys (l, object, keys) ||
      !(body = lg_corpus_loader_get_string (l, object, "body", TRUE)) ||
      !(date = lg_corpus_loader_get_date (l, object, "date", TRUE)) ||
      !(app->text = lg_corpus_loader_get_inline (l, object, "text", TRUE, FALSE)) ||
      !(source = lg_corpus_loader_get_string (l, object, "source", TRUE)))
    return FALSE;
  app->body = lg_corpus_strdup (l->corpus, body);
  app->date = lg_corpus_strdup (l->corpus, date);
  app->source = lg_corpus_strdup (l->corpus, source);
  med->approvals[index] = app;
  return TRUE;
}

static gboolean
read_medicine (Loader    *l,
               JsonArray *array,
               guint      i,
               gpointer   data G_GNUC_UNUSED)
{
  static const char * const keys[] = {
    "id", "name", "brands", "class", "target", "route", "leukaemias", "use",
    "approvals", "sources", NULL
  };
  static const char * const leukaemias[] = { "aml", "apl", "all", NULL };
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
    {
      gsize llen = lg_corpus_loader_path_push_member (l, "leukaemias");

      lg_corpus_loader_path_push_index (l, j);
      if (lg_corpus_loader_lookup_name (l, med->leukaemias[j], leukaemias,
                                        LG_CORPUS_ERROR_VALUE, "leukaemia") < 0)
        return FALSE;
      lg_corpus_loader_path_pop (l, llen);
    }

  approvals = lg_corpus_loader_get_array (l, object, "approvals", FALSE);
  if (lg_corpus_loader_has_error (l))
    return FALSE;
  if (approvals != NULL)
    {
      med->n_approvals = json_array_get_length (approvals);
      med->approvals = lg_corpus_alloc (l->corpus, sizeof (LgApproval *) * MAX (med->n_approvals, 1));
      if (!lg_corpus_loader_parse_elements (l, "approvals", approvals, NULL, read_approval, med))
        return FALSE;
    }

  g_ptr_array_add (l->corpus->medicines, med);
  g_hash_table_insert (l->corpus->medicine_by_id, med->id, med);

  return TRUE;
}

static gboolean
read_synonyms (Loader    *l,
               JsonArray *array,
               guint      i,
               gpointer   data G_GNUC_UNUSED)
{
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

static gboolean
read_string_into (Loader    *l,
                  JsonArray *array,
                  guint      index,
                  gpointer   data)
{
  GPtrArray *into = data;
  const char *text = lg_corpus_loader_element_string (l, array, index);

  if (text == NULL)
    return FALSE;
  g_ptr_array_add (into, lg_corpus_strdup (l->corpus, text));
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

      if (!is_language (language))
        return lg_corpus_loader_fail_member (l, language, LG_CORPUS_ERROR_VALUE,
                                             "“%s” is not a language code (two or three lower case "
                                             "letters, such as en, es or fr)", language);
      if (!(array = lg_corpus_loader_get_array (l, object, language, TRUE)) ||
          !lg_corpus_loader_parse_elements (l, language, array, "expected at least one entry, found none",
                                            read_string_into, into))
        return FALSE;
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

      if (!lg_markup_id_is_valid (parts[0]) ||
          (parts[1] && (!lg_markup_id_is_valid (parts[1]) || parts[2])))
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

static gboolean
parse_disclaimer (Loader     *l,
                  JsonObject *root,
                  const char *member)
{
  return (l->corpus->disclaimer = lg_corpus_loader_get_inline (l, root, member, TRUE, FALSE)) != NULL;
}

static gboolean
parse_search_member (Loader     *l,
                     JsonObject *root,
                     const char *member)
{
  JsonNode *node = json_object_get_member (root, member);
  gsize len = lg_corpus_loader_path_push_member (l, member);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_TYPE, "expected an object, found %s",
                                  lg_corpus_loader_node_type_name (node));
  if (!parse_search (l, json_node_get_object (node)))
    return FALSE;
  lg_corpus_loader_path_pop (l, len);
  return TRUE;
}

static gboolean
read_topic (Loader    *l,
            JsonArray *array,
            guint      i,
            gpointer   data G_GNUC_UNUSED)
{
  JsonObject *object = lg_corpus_loader_element_object (l, array, i);
  PendingTopic p = { 0 };

  if (object == NULL || !(p.topic = lg_corpus_loader_parse_topic (l, object, &p.group_id)))
    return FALSE;
  if (g_hash_table_contains (l->corpus->topic_by_id, p.topic->id))
    return lg_corpus_loader_fail (l, LG_CORPUS_ERROR_DUPLICATE, "duplicate topic id “%s”", p.topic->id);
  g_hash_table_insert (l->corpus->topic_by_id, p.topic->id, p.topic);
  p.order = l->pending->len;
  g_array_append_val (l->pending, p);
  return TRUE;
}

/* The members a corpus file may have, in the order they are read. */
static const struct
{
  const char               *name;
  /* One file of the corpus may define it: where the loader notes which,
   * and what the member is called in the error */
  gssize                    once;
  const char               *once_what;
  /* An array, read an element at a time, or */
  LgCorpusLoaderElementFunc read_element;
  const char               *empty;
  /* anything else, read from the file's object. */
  gboolean                (*parse_member) (Loader     *l,
                                           JsonObject *root,
                                           const char *member);
} file_members[] = {
  { "groups", G_STRUCT_OFFSET (Loader, groups_file), "groups are",
    read_group, "expected at least one group, found none", NULL },
  { "disclaimer", G_STRUCT_OFFSET (Loader, disclaimer_file), "the disclaimer is",
    NULL, NULL, parse_disclaimer },
  { "synonyms", -1, NULL, read_synonyms, NULL, NULL },
  { "sources", -1, NULL, read_source, NULL, NULL },
  { "glossary", -1, NULL, read_term, NULL, NULL },
  { "medicines", -1, NULL, read_medicine, NULL, NULL },
  { "topics", -1, NULL, read_topic, NULL, NULL },
  { "search", -1, NULL, NULL, NULL, parse_search_member },
};

/* A member only one file may have: notes this file as its home, or fails
 * naming the file that was first. */
static gboolean
claim_member (Loader     *l,
              guint       i,
              const char *member)
{
  char **home = &G_STRUCT_MEMBER (char *, l, file_members[i].once);

  if (*home != NULL)
    return lg_corpus_loader_fail_member (l, member, LG_CORPUS_ERROR_DUPLICATE,
                                         "%s already defined in %s", file_members[i].once_what, *home);
  *home = g_strdup (l->file);
  return TRUE;
}

/* Reads one corpus file into the corpus; its topics wait in @pending
 * until every file is read and they can be put under their groups. */
gboolean
lg_corpus_load_file (Loader     *l,
                     const char *name,
                     const char *data,
                     gsize       length,
                     GArray     *pending)
{
  const char *keys[G_N_ELEMENTS (file_members) + 1] = { NULL };
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *object;

  l->file = name;
  l->pending = pending;
  g_string_assign (l->path, "$");

  if (!(parser = lg_corpus_loader_read_object (l, data, length)))
    return FALSE;
  object = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < G_N_ELEMENTS (file_members); i++)
    keys[i] = file_members[i].name;
  if (!lg_corpus_loader_check_keys (l, object, keys))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (file_members); i++)
    {
      const char *member = file_members[i].name;
      JsonArray *array;

      if (file_members[i].parse_member != NULL)
        {
          if (json_object_has_member (object, member) &&
              ((file_members[i].once >= 0 && !claim_member (l, i, member)) ||
               !file_members[i].parse_member (l, object, member)))
            return FALSE;
          continue;
        }
      if ((array = lg_corpus_loader_get_array (l, object, member, FALSE)) &&
          ((file_members[i].once >= 0 && !claim_member (l, i, member)) ||
           !lg_corpus_loader_parse_elements (l, member, array, file_members[i].empty,
                                             file_members[i].read_element, NULL)))
        return FALSE;
      if (lg_corpus_loader_has_error (l))
        return FALSE;
    }

  return !lg_corpus_loader_has_error (l);
}
