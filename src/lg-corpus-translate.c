/* lg-corpus-translate.c: the corpus in the reader's language
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every translatable string of the corpus is looked up in the content
 * gettext domain (po/content/) with its file and JSON path as context,
 * once the corpus is loaded and its links checked. A catalogue is data
 * like the corpus, and checked like it: a translation is used only if it
 * follows the rules of every corpus string (lg_corpus_loader_text_problem()), is not
 * far longer than the English, parses, its links resolve, and they lead
 * to exactly the places the English links lead to, so a translation
 * cannot make a phone link dial another number or an email link write to
 * someone else. Otherwise that string stays English, with one warning.
 * lg_corpus_foreach_translatable() lists the strings for the translators'
 * table (tools/lg-corpus-strings.c).
 */

#define G_LOG_DOMAIN "lg-corpus"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "lg-corpus-private.h"
#include "lg-markup-private.h"

typedef LgCorpusLoader Loader;

/* Replaces the text of @inl with its translation in the content domain,
 * if there is one that parses and whose links resolve; otherwise the
 * English stays, string by string.
 */
/* g_dpgettext2() copies the context and the text onto the stack, so a
 * text of megabytes would overflow it; no catalogue holds one anyway.
 */
#define MAX_TRANSLATABLE (64 * 1024)

static const char *
translate (const char *context,
           const char *source)
{
  if (strlen (context) + strlen (source) > MAX_TRANSLATABLE)
    return source;
  return g_dpgettext2 (CONTENT_DOMAIN, context, source);
}

/* A translation may be longer than the English, as French and Spanish
 * often are, but not by megabytes: in characters, at most this many times
 * the English, plus a little for very short strings. */
#define MAX_GROWTH 3
#define MAX_GROWTH_SLACK 100

/* Why @translated cannot stand for @english, or NULL if it can. */
static char *
translation_problem (const char *english,
                     const char *translated)
{
  glong limit = MAX_GROWTH * g_utf8_strlen (english, -1) + MAX_GROWTH_SLACK;
  gsize bytes = strlen (translated);
  const char *problem;

  /* The length first, in bytes (a character takes at most 4), so that
   * megabytes are not read through. */
  if (bytes > 4 * (gsize) limit ||
      (g_utf8_validate (translated, bytes, NULL) && g_utf8_strlen (translated, bytes) > limit))
    return g_strdup_printf ("it is more than %d times as long as the English", MAX_GROWTH);
  if ((problem = lg_corpus_loader_text_problem (translated, bytes, NULL)) != NULL)
    return g_strdup (problem);
  return NULL;
}

/* Every link of @inl, as "kind target", for comparing two texts. */
static GHashTable *
link_set (const LgInline *inl)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint r = 0; r < inl->n_runs; r++)
    if (inl->runs[r].link != LG_LINK_NONE)
      g_hash_table_add (set, g_strdup_printf ("%d %s", inl->runs[r].link,
                                              inl->runs[r].target ? inl->runs[r].target : ""));
  return set;
}

static gboolean
same_links (const LgInline *a,
            const LgInline *b)
{
  g_autoptr(GHashTable) left = link_set (a);
  g_autoptr(GHashTable) right = link_set (b);
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (left) != g_hash_table_size (right))
    return FALSE;
  g_hash_table_iter_init (&iter, left);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (right, key))
      return FALSE;
  return TRUE;
}

static void
translate_inline (Loader     *l,
                  GHashTable *names,
                  LgInline   *inl)
{
  const char *translated = translate (inl->path, inl->source);
  g_autoptr(LgInline) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  GError **saved = l->error;

  if (translated == inl->source || g_str_equal (translated, inl->source))
    return;

  if ((problem = translation_problem (inl->source, translated)) != NULL)
    {
      g_warning ("Translation of “%s” ignored: %s", inl->path, problem);
      return;
    }

  if (inl->is_plain)
    parsed = lg_inline_new_plain (translated, inl->path);
  else
    parsed = lg_inline_parse (translated, inl->path, &error);

  l->error = &error;
  if (parsed == NULL || !lg_corpus_resolve_inline (l, names, parsed))
    {
      g_warning ("Translation of “%s” ignored: %s", inl->path,
                 error ? error->message : "it does not parse");
      l->error = saved;
      return;
    }
  l->error = saved;

  if (!same_links (inl, parsed))
    {
      g_warning ("Translation of “%s” ignored: its links do not lead where the English "
                 "ones do", inl->path);
      return;
    }

  /* Swap the parsed runs in; the source and path stay English. */
  for (guint r = 0; r < inl->n_runs; r++)
    {
      g_free (inl->runs[r].text);
      g_free (inl->runs[r].target);
    }
  g_free (inl->runs);
  g_free (inl->plain);
  inl->runs = g_steal_pointer (&parsed->runs);
  inl->n_runs = parsed->n_runs;
  parsed->n_runs = 0;
  inl->plain = g_steal_pointer (&parsed->plain);
  l->corpus->translated = TRUE;
}

void
lg_corpus_translate (Loader     *l,
                     GHashTable *names)
{
  LgCorpus *self = l->corpus;

  for (guint i = 0; i < self->groups->len; i++)
    {
      LgGroup *group = g_ptr_array_index (self->groups, i);
      const char *translated = translate (group->path, group->title);
      g_autofree char *problem = NULL;

      if (translated == group->title)
        continue;
      if ((problem = translation_problem (group->title, translated)) != NULL)
        g_warning ("Translation of “%s” ignored: %s", group->path, problem);
      else
        group->title = lg_corpus_strdup (self, translated);
    }

  /* Translated glossary terms and medicine classes may be linked by name. */
  for (guint i = 0; i < self->inlines->len; i++)
    {
      LgInline *inl = g_ptr_array_index (self->inlines, i);

      if (inl->translatable)
        translate_inline (l, names, inl);
    }
  for (guint i = 0; i < self->terms->len; i++)
    {
      LgTerm *term = g_ptr_array_index (self->terms, i);
      g_autofree char *key = g_utf8_casefold (term->term->plain, -1);

      if (!g_hash_table_contains (names, key))
        g_hash_table_insert (names, g_steal_pointer (&key), term);
    }
}

/**
 * lg_corpus_foreach_translatable:
 * @self: a #LgCorpus
 * @func: (scope call): called with each translatable string
 * @user_data: data for @func
 *
 * Calls @func for every string of the corpus that a translator should
 * see, in corpus order, with its context (file and JSON path) and its
 * English text.
 */
void
lg_corpus_foreach_translatable (LgCorpus          *self,
                                LgTranslatableFunc func,
                                gpointer           user_data)
{
  g_return_if_fail (LG_IS_CORPUS (self));
  g_return_if_fail (func != NULL);

  for (guint i = 0; i < self->groups->len; i++)
    {
      const LgGroup *group = g_ptr_array_index (self->groups, i);

      func (group->path, group->title, FALSE, user_data);
    }
  for (guint i = 0; i < self->inlines->len; i++)
    {
      const LgInline *inl = g_ptr_array_index (self->inlines, i);

      if (inl->translatable)
        func (inl->path, inl->source, !inl->is_plain && strpbrk (inl->source, "*[\\") != NULL,
              user_data);
    }
}
