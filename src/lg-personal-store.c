/* lg-personal-store.c: what the reader writes: questions, notes, care team
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One JSON file, $XDG_DATA_HOME/leukemia-guide/personal.json, documented
 * in data/personal-store.md. It is read once, when the store is made, and
 * written whole a moment after each change (and on flush) by
 * g_file_set_contents_full(): a temporary file in the same folder,
 * fsync(), rename(), so the file on disk is always a whole old state or a
 * whole new one.
 *
 * Nothing the reader wrote is ever lost or leaked:
 * - a file that cannot be read (damaged, cut short, empty, or from a newer
 *   version of the guide) is set aside under a new name, never
 *   overwritten or deleted, and the store starts empty with an error the
 *   window can show; if it cannot be set aside, the store never saves over
 *   it;
 * - a failed save leaves the previous file as it was, keeps everything in
 *   memory, reports an error and tries again at the next change;
 * - no text the reader wrote is logged or put in an error message: errors
 *   name the file and the place in it, never what it holds.
 */

/* renameat2() and RENAME_NOREPLACE */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "lg-personal-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "lg-personal-store-private.h"

/* How long after a change the store is saved: changes in a burst (typing)
 * are saved together.
 */
#define SAVE_DELAY_MS 500

typedef struct
{
  char *topic;
  char *section;  /* NULL for the whole topic */
} PackItem;

struct _LgPersonalStore
{
  GObject       parent_instance;

  char         *path;
  GMainContext *context;
  GSource      *save_source;

  GListStore   *questions;
  GListStore   *notes;
  GListStore   *contacts;
  GHashTable   *question_ids;  /* id → LgPersonalQuestion, borrowed */
  GHashTable   *note_ids;
  GHashTable   *contact_ids;

  char         *name;
  char         *treatment;
  gboolean      footer_24_hour;
  GPtrArray    *pack;          /* of PackItem */

  GError       *load_error;
  char         *set_aside_path;
  GError       *save_error;
  guint         dirty : 1;
  guint         kept : 1;      /* an unreadable file stayed where it was */
};

G_DEFINE_FINAL_TYPE (LgPersonalStore, lg_personal_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (lg-personal-store-error-quark, lg_personal_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_NAME,
  PROP_TREATMENT,
  PROP_FOOTER_24_HOUR,
  PROP_SAVE_FAILED,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load (LgPersonalStore *self);

static void
pack_item_free (gpointer data)
{
  PackItem *item = data;

  g_free (item->topic);
  g_free (item->section);
  g_free (item);
}

static void
lg_personal_store_dispose (GObject *object)
{
  LgPersonalStore *self = LG_PERSONAL_STORE (object);

  if (self->dirty)
    {
      g_autoptr(GError) error = NULL;

      /* The window flushes on quit and shows a failure; here there is no
       * one left to tell, and the error names only the file.
       */
      if (!lg_personal_store_flush (self, &error))
        g_debug ("Not saved on close: %s", error->message);
    }
  if (self->save_source != NULL)
    {
      g_source_destroy (self->save_source);
      g_clear_pointer (&self->save_source, g_source_unref);
    }
  g_clear_object (&self->questions);
  g_clear_object (&self->notes);
  g_clear_object (&self->contacts);
  G_OBJECT_CLASS (lg_personal_store_parent_class)->dispose (object);
}

static void
lg_personal_store_finalize (GObject *object)
{
  LgPersonalStore *self = LG_PERSONAL_STORE (object);

  g_free (self->path);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_hash_table_unref (self->question_ids);
  g_hash_table_unref (self->note_ids);
  g_hash_table_unref (self->contact_ids);
  g_free (self->name);
  g_free (self->treatment);
  g_ptr_array_unref (self->pack);
  g_clear_error (&self->load_error);
  g_free (self->set_aside_path);
  g_clear_error (&self->save_error);
  G_OBJECT_CLASS (lg_personal_store_parent_class)->finalize (object);
}

static void
lg_personal_store_constructed (GObject *object)
{
  LgPersonalStore *self = LG_PERSONAL_STORE (object);

  G_OBJECT_CLASS (lg_personal_store_parent_class)->constructed (object);
  if (self->path == NULL)
    self->path = lg_personal_store_default_path ();
  load (self);
}

static void
lg_personal_store_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LgPersonalStore *self = LG_PERSONAL_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TREATMENT:
      g_value_set_string (value, self->treatment);
      break;
    case PROP_FOOTER_24_HOUR:
      g_value_set_boolean (value, self->footer_24_hour);
      break;
    case PROP_SAVE_FAILED:
      g_value_set_boolean (value, self->save_error != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_personal_store_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LgPersonalStore *self = LG_PERSONAL_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_NAME:
      lg_personal_store_set_name (self, g_value_get_string (value));
      break;
    case PROP_TREATMENT:
      lg_personal_store_set_treatment (self, g_value_get_string (value));
      break;
    case PROP_FOOTER_24_HOUR:
      lg_personal_store_set_footer_24_hour (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_personal_store_class_init (LgPersonalStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lg_personal_store_dispose;
  object_class->finalize = lg_personal_store_finalize;
  object_class->constructed = lg_personal_store_constructed;
  object_class->get_property = lg_personal_store_get_property;
  object_class->set_property = lg_personal_store_set_property;

  props[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);
  props[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  props[PROP_TREATMENT] =
    g_param_spec_string ("treatment", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  props[PROP_FOOTER_24_HOUR] =
    g_param_spec_boolean ("footer-24-hour", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                          G_PARAM_EXPLICIT_NOTIFY);
  /**
   * LgPersonalStore:save-failed:
   *
   * Whether the last save failed; lg_personal_store_get_save_error() says
   * why. Everything is still in memory, and the next change tries again.
   */
  props[PROP_SAVE_FAILED] =
    g_param_spec_boolean ("save-failed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                          G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * LgPersonalStore::changed:
   *
   * Something in the store changed: a question, note, contact, preference
   * or the pack's contents.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lg_personal_store_init (LgPersonalStore *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->questions = g_list_store_new (LG_TYPE_PERSONAL_QUESTION);
  self->notes = g_list_store_new (LG_TYPE_PERSONAL_NOTE);
  self->contacts = g_list_store_new (LG_TYPE_PERSONAL_CONTACT);
  self->question_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->note_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->contact_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->name = g_strdup ("");
  self->treatment = g_strdup ("");
  self->pack = g_ptr_array_new_with_free_func (pack_item_free);
}

/* Saving */

static gboolean
save_timeout_cb (gpointer user_data)
{
  LgPersonalStore *self = user_data;

  g_clear_pointer (&self->save_source, g_source_unref);
  /* A failure is kept for the window (lg_personal_store_get_save_error). */
  lg_personal_store_flush (self, NULL);
  return G_SOURCE_REMOVE;
}

/* Every change comes here: it is saved a moment later. */
static void
changed (LgPersonalStore *self)
{
  self->dirty = TRUE;
  if (self->save_source == NULL)
    {
      self->save_source = g_timeout_source_new (SAVE_DELAY_MS);
      g_source_set_callback (self->save_source, save_timeout_cb, self, NULL);
      g_source_set_static_name (self->save_source, "[lg-personal-store] save");
      g_source_attach (self->save_source, self->context);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_save_error (LgPersonalStore *self,
                GError          *error)
{
  gboolean was_failed = self->save_error != NULL;

  g_clear_error (&self->save_error);
  self->save_error = error;
  if (was_failed != (error != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SAVE_FAILED]);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/* Optional strings are left out when empty, to keep the file short. */
static void
add_optional_member (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  if (value != NULL && *value != '\0')
    add_string_member (builder, name, value);
}

/**
 * lg_personal_store_to_json:
 * @self: a store
 * @length: (out) (optional): where to put the length
 *
 * Everything in the store in the file format (data/personal-store.md).
 *
 * Returns: (transfer full): the JSON text
 */
char *
lg_personal_store_to_json (LgPersonalStore *self,
                           gsize           *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LG_PERSONAL_STORE_VERSION);

  json_builder_set_member_name (builder, "preferences");
  json_builder_begin_object (builder);
  add_optional_member (builder, "name", self->name);
  add_optional_member (builder, "treatment", self->treatment);
  json_builder_set_member_name (builder, "footer_24_hour");
  json_builder_add_boolean_value (builder, self->footer_24_hour);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->questions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgPersonalQuestion) q = g_list_model_get_item (G_LIST_MODEL (self->questions), i);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", lg_personal_question_get_id (q));
      add_string_member (builder, "text", lg_personal_question_get_text (q));
      add_optional_member (builder, "topic", lg_personal_question_get_topic (q));
      add_optional_member (builder, "section", lg_personal_question_get_section (q));
      add_optional_member (builder, "suggested", lg_personal_question_get_suggested (q));
      add_optional_member (builder, "group", lg_personal_question_get_group (q));
      json_builder_set_member_name (builder, "asked");
      json_builder_add_boolean_value (builder, lg_personal_question_get_asked (q));
      add_optional_member (builder, "answer", lg_personal_question_get_answer (q));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->notes));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgPersonalNote) note = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", lg_personal_note_get_id (note));
      add_optional_member (builder, "date", lg_personal_note_get_date (note));
      add_optional_member (builder, "told", lg_personal_note_get_told (note));
      add_optional_member (builder, "next_steps", lg_personal_note_get_next_steps (note));
      add_optional_member (builder, "who_to_call", lg_personal_note_get_who_to_call (note));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "care_team");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgPersonalContact) c = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", lg_personal_contact_get_id (c));
      add_optional_member (builder, "name", lg_personal_contact_get_name (c));
      add_optional_member (builder, "role", lg_personal_contact_get_role (c));
      add_optional_member (builder, "phone", lg_personal_contact_get_phone (c));
      json_builder_set_member_name (builder, "is_24_hour");
      json_builder_add_boolean_value (builder, lg_personal_contact_get_is_24_hour (c));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "pack");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->pack->len; i++)
    {
      PackItem *item = g_ptr_array_index (self->pack, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "topic", item->topic);
      add_optional_member (builder, "section", item->section);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, length);
}

/* Writes the whole store to @path: a temporary file beside it, flushed to
 * disk, renamed over it; mode 0600, in a folder only the reader can open.
 */
static gboolean
write_file (LgPersonalStore  *self,
            const char       *path,
            GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len = 0;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_SAVE,
                   _("Could not make the folder “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  data = lg_personal_store_to_json (self, &len);
  if (!g_file_set_contents_full (path, data, len,
                                 G_FILE_SET_CONTENTS_CONSISTENT |
                                 G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      /* GLib's message names the temporary file: name the real one too. */
      g_set_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_SAVE,
                   _("Could not save “%s”; the last saved copy is unchanged (%s)"),
                   path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * lg_personal_store_flush:
 * @self: a store
 * @error: return location for an error
 *
 * Saves now what has not been saved yet (the window calls it on quit).
 * On failure the previous file is left as it was, everything stays in
 * memory, #LgPersonalStore:save-failed becomes %TRUE, and the next change
 * or flush tries again.
 *
 * Returns: %TRUE if everything is saved
 */
gboolean
lg_personal_store_flush (LgPersonalStore  *self,
                         GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->save_source != NULL)
    {
      g_source_destroy (self->save_source);
      g_clear_pointer (&self->save_source, g_source_unref);
    }
  if (!self->dirty)
    return TRUE;

  if (self->kept)
    {
      /* The unreadable file is still at the path: never save over it. */
      g_set_error (&local_error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_KEPT,
                   _("Not saved: “%s” could not be read or moved aside, "
                     "and is kept as it is"), self->path);
    }
  else if (write_file (self, self->path, &local_error))
    {
      self->dirty = FALSE;
      set_save_error (self, NULL);
      return TRUE;
    }

  if (error != NULL)
    *error = g_error_copy (local_error);
  set_save_error (self, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * lg_personal_store_get_save_error:
 * @self: a store
 *
 * Returns: (nullable) (transfer none): why the last save failed, or
 *   %NULL if it worked; the message names the file, never its contents
 */
const GError *
lg_personal_store_get_save_error (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  return self->save_error;
}

/**
 * lg_personal_store_export:
 * @self: a store
 * @path: where to write
 * @error: return location for an error
 *
 * Writes everything in the store to @path, in the store's own format, so
 * that it can be kept or moved to another computer.
 *
 * Returns: %TRUE on success
 */
gboolean
lg_personal_store_export (LgPersonalStore  *self,
                          const char       *path,
                          GError          **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len = 0;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = lg_personal_store_to_json (self, &len);
  if (!g_file_set_contents_full (path, data, len,
                                 G_FILE_SET_CONTENTS_CONSISTENT |
                                 G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_set_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_SAVE,
                   _("Could not export to “%s” (%s)"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * lg_personal_store_delete_all:
 * @self: a store
 *
 * Forgets every question, note, contact, preference and pack choice, and
 * saves the empty store (the window asks first). A file that was set
 * aside is not touched.
 */
void
lg_personal_store_delete_all (LgPersonalStore *self)
{
  g_return_if_fail (LG_IS_PERSONAL_STORE (self));

  g_hash_table_remove_all (self->question_ids);
  g_hash_table_remove_all (self->note_ids);
  g_hash_table_remove_all (self->contact_ids);
  g_list_store_remove_all (self->questions);
  g_list_store_remove_all (self->notes);
  g_list_store_remove_all (self->contacts);
  g_ptr_array_set_size (self->pack, 0);
  lg_personal_store_set_name (self, NULL);
  lg_personal_store_set_treatment (self, NULL);
  lg_personal_store_set_footer_24_hour (self, FALSE);
  changed (self);
}

/* Loading */

/* Moves the unreadable file to personal.damaged-YYYYMMDD-HHMMSS.json
 * beside it (-2, -3… if that is taken), never over another file.
 */
static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  int saved_errno = 0;

  if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1
        ? g_strdup_printf ("%s.damaged-%s.json", base, stamp)
        : g_strdup_printf ("%s.damaged-%s-%u.json", base, stamp, n);
      g_autofree char *target = g_build_filename (dir, name, NULL);

      if (renameat2 (AT_FDCWD, path, AT_FDCWD, target, RENAME_NOREPLACE) == 0)
        return g_steal_pointer (&target);
      saved_errno = errno;
      if (saved_errno == EINVAL || saved_errno == ENOSYS)
        {
          /* A file system without RENAME_NOREPLACE: a new hard link
           * fails too if the name is taken.
           */
          if (link (path, target) == 0)
            {
              if (g_unlink (path) == 0)
                return g_steal_pointer (&target);
              saved_errno = errno;
              g_unlink (target);
              break;
            }
          saved_errno = errno;
        }
      if (saved_errno != EEXIST)
        break;
    }

  g_set_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_KEPT,
               _("“%s” could not be read, nor moved aside (%s); it is kept "
                 "as it is and nothing will be saved over it"),
               path, g_strerror (saved_errno));
  return NULL;
}

/* Where in the file a wrong value is, for the error message: never the
 * value itself.
 */
typedef struct
{
  const char *array;
  guint       index;
  const char *member;
} Place;

static void
set_wrong (GError      **error,
           const Place  *place,
           const char   *expected)
{
  if (place->array != NULL && place->member != NULL)
    g_set_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_DAMAGED,
                 "%s[%u].%s: %s", place->array, place->index, place->member, expected);
  else if (place->array != NULL)
    g_set_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_DAMAGED,
                 "%s[%u]: %s", place->array, place->index, expected);
  else
    g_set_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_DAMAGED,
                 "%s: %s", place->member, expected);
}

/* An optional string member: "" when absent. */
static gboolean
get_string (JsonObject  *object,
            Place       *place,
            const char  *member,
            gboolean     required,
            const char **value,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  place->member = member;
  *value = "";
  if (node == NULL)
    {
      if (required)
        {
          set_wrong (error, place, "missing");
          return FALSE;
        }
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_wrong (error, place, "expected a string");
      return FALSE;
    }
  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_boolean (JsonObject  *object,
             Place       *place,
             const char  *member,
             gboolean    *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  place->member = member;
  *value = FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      set_wrong (error, place, "expected true or false");
      return FALSE;
    }
  *value = json_node_get_boolean (node);
  return TRUE;
}

/* An optional array of objects. */
static JsonArray *
get_array (JsonObject  *root,
           const char  *member,
           GError     **error)
{
  JsonNode *node = json_object_get_member (root, member);
  JsonArray *array;
  Place place = { NULL, 0, member };

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_wrong (error, &place, "expected an array");
      return NULL;
    }
  array = json_node_get_array (node);
  place.array = member;
  place.member = NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, i)))
      {
        place.index = i;
        set_wrong (error, &place, "expected an object");
        return NULL;
      }
  return array;
}

static gboolean
check_id (GHashTable  *ids,
          Place       *place,
          const char  *id,
          GError     **error)
{
  place->member = "id";
  if (*id == '\0')
    {
      set_wrong (error, place, "empty");
      return FALSE;
    }
  if (g_hash_table_contains (ids, id))
    {
      set_wrong (error, place, "used twice");
      return FALSE;
    }
  return TRUE;
}

/* Reads a parsed file into the (empty) store. On error the store may hold
 * part of it: the caller empties it.
 */
static gboolean
read_root (LgPersonalStore  *self,
           JsonNode         *root_node,
           GError          **error)
{
  JsonObject *root;
  JsonNode *node;
  JsonArray *array;
  gint64 version;
  Place place = { NULL, 0, NULL };

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error_literal (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_DAMAGED,
                           "expected an object");
      return FALSE;
    }
  root = json_node_get_object (root_node);

  node = json_object_get_member (root, "version");
  place.member = "version";
  if (node == NULL)
    {
      set_wrong (error, &place, "missing");
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      set_wrong (error, &place, "expected a whole number");
      return FALSE;
    }
  version = json_node_get_int (node);
  if (version > LG_PERSONAL_STORE_VERSION)
    {
      g_set_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_NEWER,
                   "version %" G_GINT64_FORMAT ", newer than %d",
                   version, LG_PERSONAL_STORE_VERSION);
      return FALSE;
    }
  if (version < 1)
    {
      set_wrong (error, &place, "expected 1");
      return FALSE;
    }

  node = json_object_get_member (root, "preferences");
  if (node != NULL)
    {
      JsonObject *prefs;
      const char *name, *treatment;
      gboolean footer;

      place.member = "preferences";
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          set_wrong (error, &place, "expected an object");
          return FALSE;
        }
      prefs = json_node_get_object (node);
      place.array = NULL;
      if (!get_string (prefs, &place, "name", FALSE, &name, error) ||
          !get_string (prefs, &place, "treatment", FALSE, &treatment, error) ||
          !get_boolean (prefs, &place, "footer_24_hour", &footer, error))
        {
          g_prefix_error (error, "preferences.");
          return FALSE;
        }
      g_free (self->name);
      self->name = g_strdup (name);
      g_free (self->treatment);
      self->treatment = g_strdup (treatment);
      self->footer_24_hour = footer;
    }

  if ((array = get_array (root, "questions", error)) == NULL && error && *error)
    return FALSE;
  place.array = "questions";
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *id, *text, *topic, *section, *suggested, *group, *answer;
      gboolean asked;
      LgPersonalQuestion *q;

      place.index = i;
      if (!get_string (object, &place, "id", TRUE, &id, error) ||
          !check_id (self->question_ids, &place, id, error) ||
          !get_string (object, &place, "text", FALSE, &text, error) ||
          !get_string (object, &place, "topic", FALSE, &topic, error) ||
          !get_string (object, &place, "section", FALSE, &section, error) ||
          !get_string (object, &place, "suggested", FALSE, &suggested, error) ||
          !get_string (object, &place, "group", FALSE, &group, error) ||
          !get_boolean (object, &place, "asked", &asked, error) ||
          !get_string (object, &place, "answer", FALSE, &answer, error))
        return FALSE;
      q = lg_personal_question_new (id, text, topic, section, suggested, group, asked, answer);
      g_list_store_append (self->questions, q);
      g_hash_table_insert (self->question_ids, (char *) lg_personal_question_get_id (q), q);
      g_object_unref (q);
    }

  if ((array = get_array (root, "notes", error)) == NULL && error && *error)
    return FALSE;
  place.array = "notes";
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *id, *date, *told, *next_steps, *who_to_call;
      LgPersonalNote *note;

      place.index = i;
      if (!get_string (object, &place, "id", TRUE, &id, error) ||
          !check_id (self->note_ids, &place, id, error) ||
          !get_string (object, &place, "date", FALSE, &date, error) ||
          !get_string (object, &place, "told", FALSE, &told, error) ||
          !get_string (object, &place, "next_steps", FALSE, &next_steps, error) ||
          !get_string (object, &place, "who_to_call", FALSE, &who_to_call, error))
        return FALSE;
      note = lg_personal_note_new (id, date, told, next_steps, who_to_call);
      g_list_store_append (self->notes, note);
      g_hash_table_insert (self->note_ids, (char *) lg_personal_note_get_id (note), note);
      g_object_unref (note);
    }

  if ((array = get_array (root, "care_team", error)) == NULL && error && *error)
    return FALSE;
  place.array = "care_team";
  for (guint i = 0, n_24_hour = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *id, *name, *role, *phone;
      gboolean is_24_hour;
      LgPersonalContact *c;

      place.index = i;
      if (!get_string (object, &place, "id", TRUE, &id, error) ||
          !check_id (self->contact_ids, &place, id, error) ||
          !get_string (object, &place, "name", FALSE, &name, error) ||
          !get_string (object, &place, "role", FALSE, &role, error) ||
          !get_string (object, &place, "phone", FALSE, &phone, error) ||
          !get_boolean (object, &place, "is_24_hour", &is_24_hour, error))
        return FALSE;
      if (is_24_hour && ++n_24_hour > 1)
        {
          set_wrong (error, &place, "a second 24-hour number");
          return FALSE;
        }
      c = lg_personal_contact_new (id, name, role, phone, is_24_hour);
      g_list_store_append (self->contacts, c);
      g_hash_table_insert (self->contact_ids, (char *) lg_personal_contact_get_id (c), c);
      g_object_unref (c);
    }

  if ((array = get_array (root, "pack", error)) == NULL && error && *error)
    return FALSE;
  place.array = "pack";
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *topic, *section;
      PackItem *item;

      place.index = i;
      if (!get_string (object, &place, "topic", TRUE, &topic, error) ||
          !get_string (object, &place, "section", FALSE, &section, error))
        return FALSE;
      if (*topic == '\0')
        {
          set_wrong (error, &place, "empty");
          return FALSE;
        }
      item = g_new0 (PackItem, 1);
      item->topic = g_strdup (topic);
      item->section = *section != '\0' ? g_strdup (section) : NULL;
      g_ptr_array_add (self->pack, item);
    }

  return TRUE;
}

static void
empty (LgPersonalStore *self)
{
  g_hash_table_remove_all (self->question_ids);
  g_hash_table_remove_all (self->note_ids);
  g_hash_table_remove_all (self->contact_ids);
  g_list_store_remove_all (self->questions);
  g_list_store_remove_all (self->notes);
  g_list_store_remove_all (self->contacts);
  g_ptr_array_set_size (self->pack, 0);
  g_free (self->name);
  self->name = g_strdup ("");
  g_free (self->treatment);
  self->treatment = g_strdup ("");
  self->footer_24_hour = FALSE;
}

/* Whether @name is the name GLib gives the temporary file of @base:
 * "personal.json.XXXXXX", six random letters and digits. A name the
 * reader could have chosen ("personal.json.backup", "…BACKUP", "…202612")
 * mixes no two of lower case, upper case and digits, so it is never taken
 * for one; the few random names like that are left alone too.
 */
gboolean
lg_personal_store_is_temporary_name (const char *base,
                                     const char *name)
{
  gsize base_len = strlen (base);
  gboolean lower = FALSE, upper = FALSE, digit = FALSE;

  if (strlen (name) != base_len + 7 || strncmp (name, base, base_len) != 0 ||
      name[base_len] != '.')
    return FALSE;
  for (const char *c = name + base_len + 1; *c != '\0'; c++)
    {
      if (!g_ascii_isalnum (*c))
        return FALSE;
      lower |= g_ascii_islower (*c);
      upper |= g_ascii_isupper (*c);
      digit |= g_ascii_isdigit (*c);
    }
  return lower + upper + digit >= 2;
}

/* A write killed half-way (power cut, kill -9) can leave GLib's temporary
 * file beside the store: it holds the reader's text, so it is not left
 * lying about.
 */
static void
remove_stale_temporary_files (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stale = NULL;

      if (!lg_personal_store_is_temporary_name (base, name))
        continue;
      stale = g_build_filename (dir_path, name, NULL);
      if (!g_file_test (stale, G_FILE_TEST_IS_SYMLINK) &&
          g_file_test (stale, G_FILE_TEST_IS_REGULAR))
        g_unlink (stale);
    }
}

static void
load (LgPersonalStore *self)
{
  g_autofree char *data = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) aside_error = NULL;
  gsize len = 0;

  remove_stale_temporary_files (self->path);
  if (!g_file_get_contents (self->path, &data, &len, &error))
    {
      /* A first run; or a folder that cannot be made, which saving
       * reports.
       */
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT) ||
          g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR))
        return;
      /* Unreadable where it is (permissions, a folder): leave it alone. */
      self->kept = TRUE;
      g_set_error (&self->load_error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_KEPT,
                   _("Your questions, notes and care team could not be read "
                     "from “%s” (%s); it is kept as it is and nothing will "
                     "be saved over it"),
                   self->path, error->message);
      return;
    }

  if (len == 0)
    g_set_error_literal (&error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_DAMAGED,
                         "empty");
  else if (!g_utf8_validate (data, len, NULL))
    g_set_error_literal (&error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_DAMAGED,
                         "not UTF-8 text");
  else
    {
      parser = json_parser_new_immutable ();
      if (!json_parser_load_from_data (parser, data, len, NULL))
        /* json-glib's message may quote the text: give only our own. */
        g_set_error_literal (&error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_DAMAGED,
                             "not valid JSON (cut short or damaged)");
      else if (!read_root (self, json_parser_get_root (parser), &error))
        empty (self);
    }

  if (error == NULL)
    return;

  self->set_aside_path = set_aside (self->path, &aside_error);
  if (self->set_aside_path == NULL)
    {
      self->kept = TRUE;
      g_set_error (&self->load_error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_KEPT,
                   "%s [%s]", aside_error->message, error->message);
    }
  else if (g_error_matches (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_NEWER))
    g_set_error (&self->load_error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_NEWER,
                 _("Your questions, notes and care team in “%s” were saved by a "
                   "newer version of Leukemia Guide. The file was kept as “%s”; "
                   "a newer version can open it. This version starts with an "
                   "empty list."),
                 self->path, self->set_aside_path);
  else
    g_set_error (&self->load_error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_DAMAGED,
                 _("Your questions, notes and care team in “%s” could not be "
                   "read (%s). The file was kept as “%s”, unchanged; the guide "
                   "starts with an empty list."),
                 self->path, error->message, self->set_aside_path);
}

/* Opening */

/**
 * lg_personal_store_default_path:
 *
 * Returns: (transfer full): where the guide keeps the reader's own data:
 *   `$XDG_DATA_HOME/leukemia-guide/personal.json`
 */
char *
lg_personal_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "leukemia-guide",
                           "personal.json", NULL);
}

/**
 * lg_personal_store_new:
 *
 * Opens the reader's store at lg_personal_store_default_path().
 *
 * Returns: (transfer full): a new store
 */
LgPersonalStore *
lg_personal_store_new (void)
{
  return g_object_new (LG_TYPE_PERSONAL_STORE, NULL);
}

/**
 * lg_personal_store_new_for_path:
 * @path: the store's file
 *
 * Opens the store kept in @path (which need not exist yet). If it cannot
 * be read it is set aside and lg_personal_store_get_load_error() says so.
 *
 * Returns: (transfer full): a new store
 */
LgPersonalStore *
lg_personal_store_new_for_path (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);
  return g_object_new (LG_TYPE_PERSONAL_STORE, "path", path, NULL);
}

const char *
lg_personal_store_get_path (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  return self->path;
}

/**
 * lg_personal_store_get_load_error:
 * @self: a store
 *
 * Returns: (nullable) (transfer none): why the file could not be read
 *   when the store was opened (it was set aside, or is kept where it was),
 *   or %NULL; a message for the window, naming files, never their contents
 */
const GError *
lg_personal_store_get_load_error (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  return self->load_error;
}

/**
 * lg_personal_store_get_set_aside_path:
 * @self: a store
 *
 * Returns: (nullable) (transfer none): where an unreadable file was moved
 *   when the store was opened, or %NULL
 */
const char *
lg_personal_store_get_set_aside_path (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  return self->set_aside_path;
}

/* My questions */

static char *
new_id (const char *prefix)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat (prefix, uuid, NULL);
}

static gboolean
find_position (GListStore *store,
               gpointer    item,
               guint      *position)
{
  return g_list_store_find (store, item, position);
}

/**
 * lg_personal_store_get_questions:
 * @self: a store
 *
 * Returns: (transfer none): my questions, #LgPersonalQuestion, in my order
 */
GListModel *
lg_personal_store_get_questions (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  return G_LIST_MODEL (self->questions);
}

static LgPersonalQuestion *
add_question (LgPersonalStore *self,
              const char      *text,
              const char      *topic,
              const char      *section,
              const char      *suggested,
              const char      *group)
{
  g_autofree char *id = new_id ("q-");
  g_autoptr(LgPersonalQuestion) q =
    lg_personal_question_new (id, text, topic, section, suggested, group, FALSE, NULL);

  g_hash_table_insert (self->question_ids, (char *) lg_personal_question_get_id (q), q);
  g_list_store_append (self->questions, q);
  changed (self);
  return q;
}

/**
 * lg_personal_store_add_question:
 * @self: a store
 * @text: the question, in the reader's words
 * @group: (nullable): an appointment or group label
 *
 * Adds a question of the reader's own at the end of the list.
 *
 * Returns: (transfer none): the new question
 */
LgPersonalQuestion *
lg_personal_store_add_question (LgPersonalStore *self,
                                const char      *text,
                                const char      *group)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  return add_question (self, text, NULL, NULL, NULL, group);
}

/**
 * lg_personal_store_add_suggested_question:
 * @self: a store
 * @text: the question as shown (translated)
 * @topic: the topic it is suggested by
 * @section: (nullable): the section, if any
 * @suggested: the guide's own untranslated words of it, which identify it
 * @group: (nullable): an appointment or group label
 *
 * Adds one of the guide's suggested questions at the end of the list.
 *
 * Returns: (transfer none): the new question
 */
LgPersonalQuestion *
lg_personal_store_add_suggested_question (LgPersonalStore *self,
                                          const char      *text,
                                          const char      *topic,
                                          const char      *section,
                                          const char      *suggested,
                                          const char      *group)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (topic != NULL && *topic != '\0', NULL);
  g_return_val_if_fail (suggested != NULL && *suggested != '\0', NULL);
  return add_question (self, text, topic, section, suggested, group);
}

/**
 * lg_personal_store_lookup_question:
 * @self: a store
 * @id: a question's id
 *
 * Returns: (nullable) (transfer none): the question, or %NULL
 */
LgPersonalQuestion *
lg_personal_store_lookup_question (LgPersonalStore *self,
                                   const char      *id)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->question_ids, id);
}

/**
 * lg_personal_store_find_suggested:
 * @self: a store
 * @topic: a topic id
 * @suggested: the guide's own untranslated words of a suggested question
 *
 * Whether this suggested question is in my list.
 *
 * Returns: (nullable) (transfer none): the question, or %NULL
 */
LgPersonalQuestion *
lg_personal_store_find_suggested (LgPersonalStore *self,
                                  const char      *topic,
                                  const char      *suggested)
{
  guint n;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  g_return_val_if_fail (topic != NULL && suggested != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->questions));
  for (guint i = 0; i < n; i++)
    {
      LgPersonalQuestion *q = g_list_model_get_item (G_LIST_MODEL (self->questions), i);

      g_object_unref (q);  /* the store holds it */
      if (g_str_equal (lg_personal_question_get_topic (q), topic) &&
          g_str_equal (lg_personal_question_get_suggested (q), suggested))
        return q;
    }
  return NULL;
}

gboolean
lg_personal_store_set_question_text (LgPersonalStore *self,
                                     const char      *id,
                                     const char      *text)
{
  LgPersonalQuestion *q;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if ((q = lg_personal_store_lookup_question (self, id)) == NULL)
    return FALSE;
  if (lg_personal_question_set_text (q, text))
    changed (self);
  return TRUE;
}

gboolean
lg_personal_store_set_question_group (LgPersonalStore *self,
                                      const char      *id,
                                      const char      *group)
{
  LgPersonalQuestion *q;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if ((q = lg_personal_store_lookup_question (self, id)) == NULL)
    return FALSE;
  if (lg_personal_question_set_group (q, group))
    changed (self);
  return TRUE;
}

gboolean
lg_personal_store_set_question_asked (LgPersonalStore *self,
                                      const char      *id,
                                      gboolean         asked)
{
  LgPersonalQuestion *q;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if ((q = lg_personal_store_lookup_question (self, id)) == NULL)
    return FALSE;
  if (lg_personal_question_set_asked (q, asked))
    changed (self);
  return TRUE;
}

gboolean
lg_personal_store_set_question_answer (LgPersonalStore *self,
                                       const char      *id,
                                       const char      *answer)
{
  LgPersonalQuestion *q;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if ((q = lg_personal_store_lookup_question (self, id)) == NULL)
    return FALSE;
  if (lg_personal_question_set_answer (q, answer))
    changed (self);
  return TRUE;
}

/**
 * lg_personal_store_move_question:
 * @self: a store
 * @id: a question's id
 * @position: where it goes in the list (past the end: last)
 *
 * Returns: %TRUE if there is such a question
 */
gboolean
lg_personal_store_move_question (LgPersonalStore *self,
                                 const char      *id,
                                 guint            position)
{
  g_autoptr(LgPersonalQuestion) q = NULL;
  guint from, n;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if (id == NULL || (q = g_hash_table_lookup (self->question_ids, id)) == NULL)
    return FALSE;
  g_object_ref (q);
  if (!find_position (self->questions, q, &from))
    g_return_val_if_reached (FALSE);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->questions));
  position = MIN (position, n - 1);
  if (position == from)
    return TRUE;
  g_list_store_remove (self->questions, from);
  g_list_store_insert (self->questions, position, q);
  changed (self);
  return TRUE;
}

gboolean
lg_personal_store_remove_question (LgPersonalStore *self,
                                   const char      *id)
{
  LgPersonalQuestion *q;
  guint position;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if (id == NULL || (q = g_hash_table_lookup (self->question_ids, id)) == NULL)
    return FALSE;
  if (!find_position (self->questions, q, &position))
    g_return_val_if_reached (FALSE);
  g_hash_table_remove (self->question_ids, id);
  g_list_store_remove (self->questions, position);
  changed (self);
  return TRUE;
}

/* My notes */

/**
 * lg_personal_store_get_notes:
 * @self: a store
 *
 * Returns: (transfer none): my notes, #LgPersonalNote, in the order added
 */
GListModel *
lg_personal_store_get_notes (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  return G_LIST_MODEL (self->notes);
}

/**
 * lg_personal_store_add_note:
 * @self: a store
 * @date: (nullable): the appointment's date, YYYY-MM-DD
 * @told: (nullable): what I was told
 * @next_steps: (nullable): what happens next
 * @who_to_call: (nullable): who to call
 *
 * Returns: (transfer none): the new note
 */
LgPersonalNote *
lg_personal_store_add_note (LgPersonalStore *self,
                            const char      *date,
                            const char      *told,
                            const char      *next_steps,
                            const char      *who_to_call)
{
  g_autofree char *id = NULL;
  g_autoptr(LgPersonalNote) note = NULL;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);

  id = new_id ("n-");
  note = lg_personal_note_new (id, date, told, next_steps, who_to_call);
  g_hash_table_insert (self->note_ids, (char *) lg_personal_note_get_id (note), note);
  g_list_store_append (self->notes, note);
  changed (self);
  return note;
}

/**
 * lg_personal_store_lookup_note:
 * @self: a store
 * @id: a note's id
 *
 * Returns: (nullable) (transfer none): the note, or %NULL
 */
LgPersonalNote *
lg_personal_store_lookup_note (LgPersonalStore *self,
                               const char      *id)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->note_ids, id);
}

/**
 * lg_personal_store_edit_note:
 * @self: a store
 * @id: a note's id
 * @date: (nullable): the appointment's date, YYYY-MM-DD
 * @told: (nullable): what I was told
 * @next_steps: (nullable): what happens next
 * @who_to_call: (nullable): who to call
 *
 * Replaces every field of the note (%NULL empties one).
 *
 * Returns: %TRUE if there is such a note
 */
gboolean
lg_personal_store_edit_note (LgPersonalStore *self,
                             const char      *id,
                             const char      *date,
                             const char      *told,
                             const char      *next_steps,
                             const char      *who_to_call)
{
  LgPersonalNote *note;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if (id == NULL || (note = g_hash_table_lookup (self->note_ids, id)) == NULL)
    return FALSE;
  if (lg_personal_note_set (note, date, told, next_steps, who_to_call))
    changed (self);
  return TRUE;
}

gboolean
lg_personal_store_remove_note (LgPersonalStore *self,
                               const char      *id)
{
  LgPersonalNote *note;
  guint position;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if (id == NULL || (note = g_hash_table_lookup (self->note_ids, id)) == NULL)
    return FALSE;
  if (!find_position (self->notes, note, &position))
    g_return_val_if_reached (FALSE);
  g_hash_table_remove (self->note_ids, id);
  g_list_store_remove (self->notes, position);
  changed (self);
  return TRUE;
}

/* My care team */

/**
 * lg_personal_store_get_contacts:
 * @self: a store
 *
 * Returns: (transfer none): my care team, #LgPersonalContact
 */
GListModel *
lg_personal_store_get_contacts (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  return G_LIST_MODEL (self->contacts);
}

/**
 * lg_personal_store_add_contact:
 * @self: a store
 * @name: (nullable): their name
 * @role: (nullable): what they do ("Clinical nurse specialist")
 * @phone: (nullable): their phone number, as written
 * @is_24_hour: whether this is the 24-hour number (any other loses it)
 *
 * Returns: (transfer none): the new contact
 */
LgPersonalContact *
lg_personal_store_add_contact (LgPersonalStore *self,
                               const char      *name,
                               const char      *role,
                               const char      *phone,
                               gboolean         is_24_hour)
{
  g_autofree char *id = NULL;
  g_autoptr(LgPersonalContact) c = NULL;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);

  id = new_id ("c-");
  c = lg_personal_contact_new (id, name, role, phone, FALSE);
  g_hash_table_insert (self->contact_ids, (char *) lg_personal_contact_get_id (c), c);
  g_list_store_append (self->contacts, c);
  if (is_24_hour)
    lg_personal_store_set_24_hour_contact (self, id);
  changed (self);
  return c;
}

/**
 * lg_personal_store_lookup_contact:
 * @self: a store
 * @id: a contact's id
 *
 * Returns: (nullable) (transfer none): the contact, or %NULL
 */
LgPersonalContact *
lg_personal_store_lookup_contact (LgPersonalStore *self,
                                  const char      *id)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->contact_ids, id);
}

gboolean
lg_personal_store_edit_contact (LgPersonalStore *self,
                                const char      *id,
                                const char      *name,
                                const char      *role,
                                const char      *phone)
{
  LgPersonalContact *c;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if (id == NULL || (c = g_hash_table_lookup (self->contact_ids, id)) == NULL)
    return FALSE;
  if (lg_personal_contact_set (c, name, role, phone))
    changed (self);
  return TRUE;
}

/**
 * lg_personal_store_set_24_hour_contact:
 * @self: a store
 * @id: (nullable): a contact's id, or %NULL for none
 *
 * Makes this contact the 24-hour number; there is at most one.
 *
 * Returns: %FALSE if @id names no contact
 */
gboolean
lg_personal_store_set_24_hour_contact (LgPersonalStore *self,
                                       const char      *id)
{
  LgPersonalContact *chosen = NULL;
  gboolean any = FALSE;
  guint n;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if (id != NULL && (chosen = g_hash_table_lookup (self->contact_ids, id)) == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgPersonalContact) c = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      any |= lg_personal_contact_set_is_24_hour (c, c == chosen);
    }
  if (any)
    changed (self);
  return TRUE;
}

/**
 * lg_personal_store_get_24_hour_contact:
 * @self: a store
 *
 * Returns: (nullable) (transfer none): the contact marked as the 24-hour
 *   number, or %NULL
 */
LgPersonalContact *
lg_personal_store_get_24_hour_contact (LgPersonalStore *self)
{
  guint n;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  for (guint i = 0; i < n; i++)
    {
      LgPersonalContact *c = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      g_object_unref (c);  /* the store holds it */
      if (lg_personal_contact_get_is_24_hour (c))
        return c;
    }
  return NULL;
}

gboolean
lg_personal_store_remove_contact (LgPersonalStore *self,
                                  const char      *id)
{
  LgPersonalContact *c;
  guint position;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  if (id == NULL || (c = g_hash_table_lookup (self->contact_ids, id)) == NULL)
    return FALSE;
  if (!find_position (self->contacts, c, &position))
    g_return_val_if_reached (FALSE);
  g_hash_table_remove (self->contact_ids, id);
  g_list_store_remove (self->contacts, position);
  changed (self);
  return TRUE;
}

/* Preferences */

/**
 * lg_personal_store_get_name:
 * @self: a store
 *
 * Returns: (transfer none): my name for the pack's cover and the card, or ""
 */
const char *
lg_personal_store_get_name (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  return self->name;
}

void
lg_personal_store_set_name (LgPersonalStore *self,
                            const char      *name)
{
  g_return_if_fail (LG_IS_PERSONAL_STORE (self));

  if (name == NULL)
    name = "";
  if (g_str_equal (self->name, name))
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_NAME]);
  changed (self);
}

/**
 * lg_personal_store_get_treatment:
 * @self: a store
 *
 * Returns: (transfer none): my treatment, for the alert card, or ""
 */
const char *
lg_personal_store_get_treatment (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), NULL);
  return self->treatment;
}

void
lg_personal_store_set_treatment (LgPersonalStore *self,
                                 const char      *treatment)
{
  g_return_if_fail (LG_IS_PERSONAL_STORE (self));

  if (treatment == NULL)
    treatment = "";
  if (g_str_equal (self->treatment, treatment))
    return;
  g_free (self->treatment);
  self->treatment = g_strdup (treatment);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TREATMENT]);
  changed (self);
}

/**
 * lg_personal_store_get_footer_24_hour:
 * @self: a store
 *
 * Returns: whether the 24-hour number goes in the footer of every printed
 *   or exported page
 */
gboolean
lg_personal_store_get_footer_24_hour (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  return self->footer_24_hour;
}

void
lg_personal_store_set_footer_24_hour (LgPersonalStore *self,
                                      gboolean         footer_24_hour)
{
  g_return_if_fail (LG_IS_PERSONAL_STORE (self));

  if (self->footer_24_hour == !!footer_24_hour)
    return;
  self->footer_24_hour = !!footer_24_hour;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_FOOTER_24_HOUR]);
  changed (self);
}

/* The pack */

guint
lg_personal_store_get_n_pack_items (LgPersonalStore *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), 0);
  return self->pack->len;
}

/**
 * lg_personal_store_get_pack_item:
 * @self: a store
 * @i: an index below lg_personal_store_get_n_pack_items()
 * @topic: (out) (transfer none): the topic id
 * @section: (out) (transfer none) (nullable): the section id, or %NULL
 *   for the whole topic
 */
void
lg_personal_store_get_pack_item (LgPersonalStore  *self,
                                 guint             i,
                                 const char      **topic,
                                 const char      **section)
{
  PackItem *item;

  g_return_if_fail (LG_IS_PERSONAL_STORE (self));
  g_return_if_fail (i < self->pack->len);

  item = g_ptr_array_index (self->pack, i);
  if (topic != NULL)
    *topic = item->topic;
  if (section != NULL)
    *section = item->section;
}

static gint
find_pack_item (LgPersonalStore *self,
                const char      *topic,
                const char      *section)
{
  if (section != NULL && *section == '\0')
    section = NULL;
  for (guint i = 0; i < self->pack->len; i++)
    {
      PackItem *item = g_ptr_array_index (self->pack, i);

      if (g_str_equal (item->topic, topic) && g_strcmp0 (item->section, section) == 0)
        return (gint) i;
    }
  return -1;
}

/**
 * lg_personal_store_pack_contains:
 * @self: a store
 * @topic: a topic id
 * @section: (nullable): a section id, or %NULL for the whole topic
 *
 * Returns: whether the pack holds exactly this choice
 */
gboolean
lg_personal_store_pack_contains (LgPersonalStore *self,
                                 const char      *topic,
                                 const char      *section)
{
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  g_return_val_if_fail (topic != NULL, FALSE);
  return find_pack_item (self, topic, section) >= 0;
}

/**
 * lg_personal_store_add_pack_item:
 * @self: a store
 * @topic: a topic id
 * @section: (nullable): a section id, or %NULL for the whole topic
 *
 * Adds a topic or one of its sections at the end of the pack (once).
 */
void
lg_personal_store_add_pack_item (LgPersonalStore *self,
                                 const char      *topic,
                                 const char      *section)
{
  PackItem *item;

  g_return_if_fail (LG_IS_PERSONAL_STORE (self));
  g_return_if_fail (topic != NULL && *topic != '\0');

  if (find_pack_item (self, topic, section) >= 0)
    return;
  item = g_new0 (PackItem, 1);
  item->topic = g_strdup (topic);
  item->section = section != NULL && *section != '\0' ? g_strdup (section) : NULL;
  g_ptr_array_add (self->pack, item);
  changed (self);
}

gboolean
lg_personal_store_remove_pack_item (LgPersonalStore *self,
                                    const char      *topic,
                                    const char      *section)
{
  gint i;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (self), FALSE);
  g_return_val_if_fail (topic != NULL, FALSE);

  if ((i = find_pack_item (self, topic, section)) < 0)
    return FALSE;
  g_ptr_array_remove_index (self->pack, (guint) i);
  changed (self);
  return TRUE;
}

/**
 * lg_personal_store_clear_pack:
 * @self: a store
 *
 * Empties the pack's choice: the pack then holds my questions' topics.
 */
void
lg_personal_store_clear_pack (LgPersonalStore *self)
{
  g_return_if_fail (LG_IS_PERSONAL_STORE (self));

  if (self->pack->len == 0)
    return;
  g_ptr_array_set_size (self->pack, 0);
  changed (self);
}
