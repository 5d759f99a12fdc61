/* lg-corpus.c: load and validate the JSON corpus into an immutable model
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is documented in data/corpus/README.md. Loading is strict:
 * the first problem stops it with an LG_CORPUS_ERROR whose message starts
 * with the file name and the JSON path, then says what was expected.
 * Each file is read by lg-corpus-parse.c; this file checks what spans
 * files (links, names, sources) and answers questions. The translation
 * is lg-corpus-translate.c's; the glossary and medicines topics, and
 * which topics name each medicine, lg-corpus-reference.c's.
 */

#define G_LOG_DOMAIN "lg-corpus"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <json-glib/json-glib.h>

#include "lg-corpus.h"
#include "lg-markup.h"
#include "lg-markup-private.h"
#include "lg-corpus-private.h"
#include "lg-corpus-resources.h"

#define CORPUS_RESOURCE_PATH RESOURCE_PREFIX "/corpus"


G_DEFINE_FINAL_TYPE (LgCorpus, lg_corpus, G_TYPE_OBJECT)

G_DEFINE_QUARK (lg-corpus-error-quark, lg_corpus_error)

typedef LgCorpusLoader Loader;
typedef LgPendingTopic PendingTopic;

static void
lg_corpus_finalize (GObject *object)
{
  LgCorpus *self = (LgCorpus *)object;

  g_clear_pointer (&self->topic_by_id, g_hash_table_unref);
  g_clear_pointer (&self->source_by_id, g_hash_table_unref);
  g_clear_pointer (&self->term_by_id, g_hash_table_unref);
  g_clear_pointer (&self->medicine_by_id, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->medicines, g_ptr_array_unref);
  g_clear_pointer (&self->synonyms, g_ptr_array_unref);
  g_clear_pointer (&self->stop_words, g_ptr_array_unref);
  g_clear_pointer (&self->search_concepts, g_ptr_array_unref);
  g_clear_pointer (&self->inlines, g_ptr_array_unref);
  g_clear_pointer (&self->allocs, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (lg_corpus_parent_class)->finalize (object);
}

static void
lg_corpus_class_init (LgCorpusClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lg_corpus_finalize;
}

static void
lg_corpus_init (LgCorpus *self)
{
  self->groups = g_ptr_array_new ();
  self->topics = g_ptr_array_new ();
  self->sources = g_ptr_array_new ();
  self->terms = g_ptr_array_new ();
  self->medicines = g_ptr_array_new ();
  self->synonyms = g_ptr_array_new ();
  self->stop_words = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  self->search_concepts = g_ptr_array_new ();
  self->topic_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->source_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->term_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->medicine_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->inlines = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_inline_free);
  self->allocs = g_ptr_array_new_with_free_func (g_free);
  self->strings = g_string_chunk_new (4096);
}

gpointer
lg_corpus_alloc (LgCorpus *self,
              gsize     size)
{
  gpointer mem = g_malloc0 (size);

  g_ptr_array_add (self->allocs, mem);
  return mem;
}

char *
lg_corpus_strdup (LgCorpus   *self,
               const char *str)
{
  return str ? g_string_chunk_insert_const (self->strings, str) : NULL;
}

/* ---- cross references ---------------------------------------------------- */

/* Errors found after parsing point back at the text through its "file:path"
 * location, which LgInline keeps.
 */
G_GNUC_PRINTF (4, 5)
static gboolean
fail_at (Loader         *l,
         const LgInline *inl,
         int             code,
         const char     *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (l->error, LG_CORPUS_ERROR, code, "%s: %s", inl->path, message);
  return FALSE;
}


/* Whether a phone link's text shows the number the link dials, so that
 * what the reader sees is what the phone calls: the same digits, or the
 * national form of an international number ("0808 801 0444" for
 * tel:+448088010444: a leading 0 for a country code of 1 to 3 digits).
 */
static gboolean
phone_text_matches (const char *text,
                    const char *number)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GString) dialled = g_string_new (NULL);
  gsize code;

  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (shown, *p);
    else if (g_ascii_isalpha (*p))
      return FALSE;
  for (const char *p = number; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (dialled, *p);

  if (shown->len == 0)
    return FALSE;
  if (g_str_equal (shown->str, dialled->str))
    return TRUE;
  if (number[0] != '+' || shown->str[0] != '0' || dialled->len < shown->len)
    return FALSE;
  code = dialled->len - (shown->len - 1);
  return code >= 1 && code <= 3 && g_str_equal (dialled->str + code, shown->str + 1);
}

/* "file: $.topics[0].title" → "file: $.topics[0].sources" */
static char *
sibling_path (const LgInline *inl,
              const char     *member)
{
  const char *dot = strrchr (inl->path, '.');
  gsize len = dot ? (gsize) (dot - inl->path) : strlen (inl->path);

  return g_strdup_printf ("%.*s.%s", (int) len, inl->path, member);
}

static gboolean
add_name (Loader         *l,
          GHashTable     *names,
          const char     *name,
          const LgInline *where,
          const char     *member,
          gpointer        owner)
{
  g_autofree char *key = g_utf8_casefold (name, -1);
  const char *existing = g_hash_table_lookup (names, key);

  if (existing != NULL && existing != owner)
    {
      g_autofree char *path = sibling_path (where, member);

      g_set_error (l->error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_DUPLICATE,
                   "%s: the name “%s” is already used by another glossary term or medicine",
                   path, name);
      return FALSE;
    }
  g_hash_table_insert (names, g_steal_pointer (&key), owner);
  return TRUE;
}

gboolean
lg_corpus_resolve_inline (Loader     *l,
                          GHashTable *names,
                          LgInline   *inl)
{
  LgCorpus *self = l->corpus;

      for (guint r = 0; r < inl->n_runs; r++)
        {
          LgRun *run = &inl->runs[r];

          switch (run->link)
            {
            case LG_LINK_NAME:
              {
                g_autofree char *key = g_utf8_casefold (run->text, -1);
                gpointer owner = g_hash_table_lookup (names, key);

                if (owner == NULL)
                  return fail_at (l, inl, LG_CORPUS_ERROR_LINK,
                                  "“[%s]” names no glossary term or medicine", run->text);
                if (g_ptr_array_find (self->terms, owner, NULL))
                  {
                    run->link = LG_LINK_GLOSSARY;
                    run->target = g_strdup (((LgTerm *) owner)->id);
                  }
                else
                  {
                    run->link = LG_LINK_MEDICINE;
                    run->target = g_strdup (((LgMedicine *) owner)->id);
                  }
              }
              break;

            case LG_LINK_TOPIC:
              {
                g_autofree char *topic_id = NULL;
                g_autofree char *section_id = NULL;
                const LgTopic *topic;
                GHashTable *reference;

                if (!lg_link_get_destination (run->link, run->target, &topic_id, &section_id))
                  return fail_at (l, inl, LG_CORPUS_ERROR_LINK,
                                  "link to topic “%s”, which does not exist", run->target);
                topic = g_hash_table_lookup (self->topic_by_id, topic_id);
                /* The glossary and medicines topics are made after this
                 * check, when there are terms or medicines, with a
                 * section for each. */
                reference = g_str_equal (topic_id, "glossary") ? self->term_by_id :
                            g_str_equal (topic_id, "medicines") ? self->medicine_by_id :
                            NULL;

                if (topic == NULL && reference != NULL)
                  {
                    if (g_hash_table_size (reference) == 0)
                      return fail_at (l, inl, LG_CORPUS_ERROR_LINK,
                                      "link to topic “%s”, which this corpus does not have (it "
                                      "has no %s)", topic_id,
                                      reference == self->term_by_id ? "glossary terms"
                                                                    : "medicines");
                    if (section_id != NULL && !g_hash_table_contains (reference, section_id))
                      return fail_at (l, inl, LG_CORPUS_ERROR_LINK,
                                      "link to section “%s” of topic “%s”, which does not exist",
                                      section_id, topic_id);
                  }
                if (topic == NULL && reference == NULL)
                  return fail_at (l, inl, LG_CORPUS_ERROR_LINK,
                                  "link to topic “%s”, which does not exist", topic_id);
                if (topic != NULL && section_id != NULL && !lg_topic_find_section (topic, section_id))
                  return fail_at (l, inl, LG_CORPUS_ERROR_LINK,
                                  "link to section “%s” of topic “%s”, which does not exist",
                                  section_id, topic_id);
              }
              break;

            case LG_LINK_GLOSSARY:
              if (!g_hash_table_contains (self->term_by_id, run->target))
                return fail_at (l, inl, LG_CORPUS_ERROR_LINK,
                                "link to glossary term “%s”, which does not exist", run->target);
              break;

            case LG_LINK_MEDICINE:
              if (!g_hash_table_contains (self->medicine_by_id, run->target))
                return fail_at (l, inl, LG_CORPUS_ERROR_LINK,
                                "link to medicine “%s”, which does not exist", run->target);
              break;

            case LG_LINK_EXTERNAL:
              if (g_str_has_prefix (run->target, "tel:") &&
                  !phone_text_matches (run->text, run->target + strlen ("tel:")))
                return fail_at (l, inl, LG_CORPUS_ERROR_LINK,
                                "the phone link “%s” reads “%s”: its text must be the "
                                "number it dials", run->target, run->text);
              break;

            case LG_LINK_NONE:
            default:
              break;
            }
        }

  return TRUE;
}

static gboolean
resolve_links (Loader     *l,
               GHashTable *names)
{
  for (guint i = 0; i < l->corpus->inlines->len; i++)
    if (!lg_corpus_resolve_inline (l, names, g_ptr_array_index (l->corpus->inlines, i)))
      return FALSE;
  return TRUE;
}

static gboolean
check_source_list (Loader          *l,
                   const LgInline  *sibling,
                   const char      *member,
                   char           **sources)
{
  for (guint i = 0; sources && sources[i]; i++)
    if (!g_hash_table_contains (l->corpus->source_by_id, sources[i]))
      {
        g_autofree char *path = sibling_path (sibling, member);

        g_set_error (l->error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_SOURCE,
                     "%s: unknown source id “%s”", path, sources[i]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_sources (Loader *l)
{
  LgCorpus *self = l->corpus;

  for (guint i = 0; i < self->topics->len; i++)
    {
      LgTopic *topic = g_ptr_array_index (self->topics, i);

      if (!check_source_list (l, topic->title, "sources", topic->sources))
        return FALSE;
    }
  for (guint i = 0; i < self->terms->len; i++)
    {
      LgTerm *term = g_ptr_array_index (self->terms, i);

      if (!check_source_list (l, term->term, "sources", term->sources))
        return FALSE;
    }
  for (guint i = 0; i < self->medicines->len; i++)
    {
      LgMedicine *med = g_ptr_array_index (self->medicines, i);

      if (!check_source_list (l, med->name, "sources", med->sources))
        return FALSE;
      for (guint j = 0; j < med->n_approvals; j++)
        {
          char *one[] = { med->approvals[j]->source, NULL };

          if (!check_source_list (l, med->approvals[j]->text, "source", one))
            return FALSE;
        }
    }
  return TRUE;
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const LgTerm *ta = *(const LgTerm **) a;
  const LgTerm *tb = *(const LgTerm **) b;
  g_autofree char *ka = g_utf8_collate_key (ta->term->plain, -1);
  g_autofree char *kb = g_utf8_collate_key (tb->term->plain, -1);

  return strcmp (ka, kb);
}

static int
compare_medicines (gconstpointer a,
                   gconstpointer b)
{
  const LgMedicine *ma = *(const LgMedicine **) a;
  const LgMedicine *mb = *(const LgMedicine **) b;
  g_autofree char *ka = g_utf8_collate_key (ma->name->plain, -1);
  g_autofree char *kb = g_utf8_collate_key (mb->name->plain, -1);

  return strcmp (ka, kb);
}

static gboolean
finish (Loader *l,
        GArray *pending)
{
  LgCorpus *self = l->corpus;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (self->groups->len == 0)
    {
      g_set_error_literal (l->error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_MISSING,
                           "no file defines “groups”");
      return FALSE;
    }
  if (self->disclaimer == NULL)
    {
      g_set_error_literal (l->error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_MISSING,
                           "no file defines “disclaimer”");
      return FALSE;
    }

  /* Sidebar order: by group, then in the order the files list topics. */
  for (guint g = 0; g < self->groups->len; g++)
    {
      const LgGroup *group = g_ptr_array_index (self->groups, g);

      for (guint i = 0; i < pending->len; i++)
        {
          PendingTopic *p = &g_array_index (pending, PendingTopic, i);

          if (g_str_equal (p->group_id, group->id))
            {
              p->topic->group = group;
              g_ptr_array_add (self->topics, p->topic);
            }
        }
    }
  for (guint i = 0; i < pending->len; i++)
    {
      PendingTopic *p = &g_array_index (pending, PendingTopic, i);

      if (p->topic->group == NULL)
        {
          g_autofree char *path = sibling_path (p->topic->title, "group");

          g_set_error (l->error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_VALUE,
                       "%s: unknown group “%s”", path, p->group_id);
          return FALSE;
        }
    }

  for (guint i = 0; i < self->terms->len; i++)
    {
      LgTerm *term = g_ptr_array_index (self->terms, i);

      if (!add_name (l, names, term->term->plain, term->term, "term", term))
        return FALSE;
      for (guint a = 0; term->aliases && term->aliases[a]; a++)
        if (!add_name (l, names, term->aliases[a], term->term, "aliases", term))
          return FALSE;
    }
  for (guint i = 0; i < self->medicines->len; i++)
    {
      LgMedicine *med = g_ptr_array_index (self->medicines, i);

      if (!add_name (l, names, med->name->plain, med->name, "name", med))
        return FALSE;
      for (guint b = 0; med->brands[b]; b++)
        if (!add_name (l, names, med->brands[b], med->name, "brands", med))
          return FALSE;
    }

  if (!resolve_links (l, names) || !check_sources (l))
    return FALSE;
  if (l->translate)
    lg_corpus_translate (l, names);

  g_ptr_array_sort (self->terms, compare_terms);
  g_ptr_array_sort (self->medicines, compare_medicines);
  lg_corpus_compute_mentions (self);
  lg_corpus_add_reference_topics (self);

  return TRUE;
}

static LgCorpus *
load_all (const char  **names,
          GBytes      **contents,
          guint         n_files,
          GError      **error)
{
  g_autoptr(LgCorpus) self = g_object_new (LG_TYPE_CORPUS, NULL);
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (PendingTopic));
  g_autoptr(GString) path = g_string_new ("$");
  Loader l = { self, NULL, path, error, NULL, NULL, NULL, TRUE };
  gboolean ok = TRUE;

  if (n_files == 0)
    {
      g_set_error_literal (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_IO,
                           "no corpus files (*.json) found");
      return NULL;
    }

  for (guint i = 0; i < n_files && ok; i++)
    {
      gsize length;
      const char *data = g_bytes_get_data (contents[i], &length);

      ok = lg_corpus_load_file (&l, names[i], data ? data : "", length, pending);
    }
  if (ok)
    ok = finish (&l, pending);

  g_free (l.groups_file);
  g_free (l.disclaimer_file);
  g_free (l.search_file);

  return ok ? g_steal_pointer (&self) : NULL;
}

/**
 * lg_corpus_new_from_data:
 * @names: (array length=n_files): file names, for error messages
 * @texts: (array length=n_files): the files' JSON text
 * @n_files: how many files
 * @error: return location for a #GError
 *
 * Loads a corpus from text in memory (for tests and fuzzing).
 *
 * Returns: (transfer full) (nullable): the corpus
 */
LgCorpus *
lg_corpus_new_from_data (const char **names,
                         const char **texts,
                         guint        n_files,
                         GError     **error)
{
  g_autofree GBytes **contents = g_new0 (GBytes *, n_files + 1);
  LgCorpus *ret;

  for (guint i = 0; i < n_files; i++)
    contents[i] = g_bytes_new_static (texts[i], strlen (texts[i]));
  ret = load_all (names, contents, n_files, error);
  for (guint i = 0; i < n_files; i++)
    g_bytes_unref (contents[i]);
  return ret;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/**
 * lg_corpus_new_from_resource:
 * @path: a resource folder holding `*.json` files
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the corpus
 */
LgCorpus *
lg_corpus_new_from_resource (const char  *path,
                             GError     **error)
{
  g_auto(GStrv) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  g_return_val_if_fail (path != NULL, NULL);

  if (!(children = g_resources_enumerate_children (path, 0, error)))
    return NULL;

  for (guint i = 0; children[i]; i++)
    if (g_str_has_suffix (children[i], ".json"))
      g_ptr_array_add (names, g_strdup (children[i]));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *full = g_build_path ("/", path, g_ptr_array_index (names, i), NULL);
      GBytes *bytes = g_resources_lookup_data (full, 0, error);

      if (bytes == NULL)
        return NULL;
      g_ptr_array_add (contents, bytes);
    }

  return load_all ((const char **) names->pdata, (GBytes **) contents->pdata,
                   names->len, error);
}

/* Reads one corpus file with limits: only a regular file (a FIFO or a
 * device would never end, or end only after gigabytes), and no more than
 * LG_CORPUS_MAX_FILE_SIZE bytes, checked before reading and while reading
 * in case the file grows. @total counts the bytes of all files so far.
 */
static GBytes *
read_corpus_file (const char  *path,
                  gsize       *total,
                  GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GByteArray) data = NULL;
  struct stat st;
  int fd;

  /* O_NONBLOCK: opening a FIFO does not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_IO, "%s: %s", name,
                   g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (fd, &st) < 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_IO,
                   "%s: not a regular file (a corpus is read only from files)", name);
      close (fd);
      return NULL;
    }
  if (st.st_size > LG_CORPUS_MAX_FILE_SIZE || *total + st.st_size > LG_CORPUS_MAX_SIZE)
    goto too_large;

  data = g_byte_array_sized_new (st.st_size + 1);
  for (;;)
    {
      guint8 buffer[65536];
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_IO, "%s: %s", name,
                       g_strerror (saved_errno));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (data, buffer, n);
      if (data->len > LG_CORPUS_MAX_FILE_SIZE || *total + data->len > LG_CORPUS_MAX_SIZE)
        goto too_large;
    }
  close (fd);
  *total += data->len;
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));

too_large:
  close (fd);
  g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_IO,
               "%s: too large (a corpus file may hold %u MiB, and all of them %u MiB)", name,
               LG_CORPUS_MAX_FILE_SIZE / (1024 * 1024), LG_CORPUS_MAX_SIZE / (1024 * 1024));
  return NULL;
}

/**
 * lg_corpus_new_from_path:
 * @path: a JSON file, or a folder of them
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the corpus
 */
LgCorpus *
lg_corpus_new_from_path (const char  *path,
                         GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  gsize total = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, error);
      const char *name;

      if (dir == NULL)
        return NULL;
      while ((name = g_dir_read_name (dir)))
        if (g_str_has_suffix (name, ".json"))
          g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, compare_names);
      for (guint i = 0; i < names->len; i++)
        g_ptr_array_add (files, g_build_filename (path, g_ptr_array_index (names, i), NULL));
    }
  else
    {
      g_ptr_array_add (names, g_path_get_basename (path));
      g_ptr_array_add (files, g_strdup (path));
    }

  for (guint i = 0; i < files->len; i++)
    {
      GBytes *bytes = read_corpus_file (g_ptr_array_index (files, i), &total, error);

      if (bytes == NULL)
        return NULL;
      g_ptr_array_add (contents, bytes);
    }

  return load_all ((const char **) names->pdata, (GBytes **) contents->pdata,
                   names->len, error);
}

/**
 * lg_corpus_get_default:
 * @error: return location for a #GError
 *
 * Loads the corpus bundled with the app.
 *
 * Returns: (transfer full) (nullable): the corpus
 */
LgCorpus *
lg_corpus_get_default (GError **error)
{
  /* Referencing the bundle keeps it, and its registration, in the link. */
  (void) lg_corpus_get_resource ();

  return lg_corpus_new_from_resource (CORPUS_RESOURCE_PATH, error);
}

/* ---- accessors ----------------------------------------------------------- */

guint
lg_corpus_get_n_topics (LgCorpus *self)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), 0);
  return self->topics->len;
}

const LgTopic *
lg_corpus_get_topic (LgCorpus *self,
                     guint     index)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  g_return_val_if_fail (index < self->topics->len, NULL);
  return g_ptr_array_index (self->topics, index);
}

const LgTopic *
lg_corpus_find_topic (LgCorpus   *self,
                      const char *id)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->topic_by_id, id);
}

const LgSection *
lg_topic_find_section (const LgTopic *topic,
                       const char    *id)
{
  g_return_val_if_fail (topic != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < topic->n_sections; i++)
    if (g_str_equal (topic->sections[i]->id, id))
      return topic->sections[i];
  return NULL;
}

/**
 * lg_topic_get_cited_sources:
 * @topic: a topic
 * @section: (nullable): one of its sections, or %NULL for the whole topic
 *
 * The sources to list under @section printed alone: its own when it has
 * them (a glossary term, a medicine), otherwise its topic's.
 *
 * Returns: (transfer none) (array zero-terminated=1): source ids
 */
const char * const *
lg_topic_get_cited_sources (const LgTopic   *topic,
                            const LgSection *section)
{
  g_return_val_if_fail (topic != NULL, NULL);

  if (section != NULL && section->sources != NULL)
    return (const char * const *) section->sources;
  return (const char * const *) topic->sources;
}

guint
lg_corpus_get_n_groups (LgCorpus *self)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), 0);
  return self->groups->len;
}

const LgGroup *
lg_corpus_get_group (LgCorpus *self,
                     guint     index)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  g_return_val_if_fail (index < self->groups->len, NULL);
  return g_ptr_array_index (self->groups, index);
}

const LgSource *
lg_corpus_find_source (LgCorpus   *self,
                       const char *id)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  return g_hash_table_lookup (self->source_by_id, id);
}

guint
lg_corpus_get_n_terms (LgCorpus *self)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), 0);
  return self->terms->len;
}

const LgTerm *
lg_corpus_get_term (LgCorpus *self,
                    guint     index)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  g_return_val_if_fail (index < self->terms->len, NULL);
  return g_ptr_array_index (self->terms, index);
}

const LgTerm *
lg_corpus_find_term (LgCorpus   *self,
                     const char *id)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  return g_hash_table_lookup (self->term_by_id, id);
}

guint
lg_corpus_get_n_medicines (LgCorpus *self)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), 0);
  return self->medicines->len;
}

const LgMedicine *
lg_corpus_get_medicine (LgCorpus *self,
                        guint     index)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  g_return_val_if_fail (index < self->medicines->len, NULL);
  return g_ptr_array_index (self->medicines, index);
}

const LgMedicine *
lg_corpus_find_medicine (LgCorpus   *self,
                         const char *id)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  return g_hash_table_lookup (self->medicine_by_id, id);
}

const LgInline *
lg_corpus_get_disclaimer (LgCorpus *self)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  return self->disclaimer;
}

guint
lg_corpus_get_n_synonym_sets (LgCorpus *self)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), 0);
  return self->synonyms->len;
}

const char * const *
lg_corpus_get_synonym_set (LgCorpus *self,
                           guint     index)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  g_return_val_if_fail (index < self->synonyms->len, NULL);
  return g_ptr_array_index (self->synonyms, index);
}

/**
 * lg_corpus_get_stop_words:
 * @self: a #LgCorpus
 *
 * Returns: (transfer none): the words that carry no meaning of their own in
 *   a question, in every language the corpus lists, as written there
 */
const char * const *
lg_corpus_get_stop_words (LgCorpus *self)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  return (const char * const *) self->stop_words->pdata;
}

guint
lg_corpus_get_n_search_concepts (LgCorpus *self)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), 0);
  return self->search_concepts->len;
}

const LgSearchConcept *
lg_corpus_get_search_concept (LgCorpus *self,
                              guint     index)
{
  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  g_return_val_if_fail (index < self->search_concepts->len, NULL);
  return g_ptr_array_index (self->search_concepts, index);
}

/**
 * lg_corpus_get_search_pages:
 * @self: a #LgCorpus
 * @which: which list
 *
 * The pages search treats apart, as “TOPIC” or “TOPIC#SECTION”, in the
 * order of preference. They may name pages this corpus does not have.
 *
 * Returns: (transfer none): the list, maybe empty
 */
const char * const *
lg_corpus_get_search_pages (LgCorpus      *self,
                            LgSearchPages  which)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (LG_IS_CORPUS (self), NULL);
  g_return_val_if_fail (which < LG_SEARCH_N_PAGES, NULL);
  return self->search_pages[which] ? (const char * const *) self->search_pages[which] : none;
}
