/* test-personal-store.c: the reader's own questions, notes and care team
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "lg-personal-store-private.h"

/* Text no log line or error message may ever hold. */
#define SECRET "Zanzibar-7f3e"

static GString *log_text;

static GLogWriterOutput
capture_writer (GLogLevelFlags   log_level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE"))
      {
        g_string_append_len (log_text, fields[i].value,
                             fields[i].length < 0 ? (gssize) strlen (fields[i].value)
                                                  : fields[i].length);
        g_string_append_c (log_text, '\n');
      }
  /* Criticals and warnings still fail the test as usual. */
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lg-personal-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) &&
              !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_chmod (path, 0700);
  g_rmdir (path);
}

/* Files a write cut off half-way left, which opening the store removes. */
static guint
count_temporary (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n += lg_personal_store_is_temporary_name ("personal.json", name);
  return n;
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static void
write_bytes (const char *path,
             const char *data,
             gssize      len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

static LgPersonalQuestion *
question_at (LgPersonalStore *store,
             guint            i)
{
  LgPersonalQuestion *q = g_list_model_get_item (lg_personal_store_get_questions (store), i);

  g_assert_nonnull (q);
  g_object_unref (q);  /* the store keeps it */
  return q;
}

static void
count_changed (LgPersonalStore *store,
               guint           *n)
{
  (*n)++;
}

/* Every field of every kind of thing, unicode in all of them, saved and
 * read back.
 */
static void
test_round_trip (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "sub", "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
  g_autoptr(LgPersonalStore) again = NULL;
  g_autoptr(GError) error = NULL;
  LgPersonalQuestion *mine, *suggested, *third, *q;
  LgPersonalNote *note;
  LgPersonalContact *ward, *nurse, *c;
  const char *topic, *section;
  g_autofree char *q1 = NULL, *q2 = NULL, *q3 = NULL, *n1 = NULL, *c1 = NULL, *c2 = NULL;
  guint n_changed = 0;
  GStatBuf st;

  g_assert_null (lg_personal_store_get_load_error (store));
  g_assert_cmpstr (lg_personal_store_get_path (store), ==, path);
  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &n_changed);

  mine = lg_personal_store_add_question (store, "Puis-je voyager en été ? 🌞 «oui»", "Consultation du 14");
  suggested = lg_personal_store_add_suggested_question (store, "¿Cuánto dura cada ciclo?",
                                                        "medicines", "venetoclax",
                                                        "How long does each cycle last?", NULL);
  third = lg_personal_store_add_question (store, "三番目の質問 \"quoted\" \\ back\nslash", NULL);
  q1 = g_strdup (lg_personal_question_get_id (mine));
  q2 = g_strdup (lg_personal_question_get_id (suggested));
  q3 = g_strdup (lg_personal_question_get_id (third));
  g_assert_cmpstr (q1, !=, q2);
  g_assert_cmpuint (n_changed, ==, 3);

  g_assert_true (lg_personal_store_set_question_asked (store, q2, TRUE));
  g_assert_true (lg_personal_store_set_question_answer (store, q2, "Vingt-huit jours — 28 días"));
  g_assert_true (lg_personal_store_set_question_group (store, q3, "Ärztin, Tag 2"));
  g_assert_true (lg_personal_store_set_question_text (store, q1, "Puis-je voyager cet été ? 🌞"));
  g_assert_false (lg_personal_store_set_question_text (store, "q-none", "x"));
  /* No change, no signal. */
  n_changed = 0;
  g_assert_true (lg_personal_store_set_question_asked (store, q2, TRUE));
  g_assert_cmpuint (n_changed, ==, 0);

  /* Reorder: third first, then mine last. */
  g_assert_true (lg_personal_store_move_question (store, q3, 0));
  g_assert_true (lg_personal_store_move_question (store, q1, 99));
  g_assert_cmpstr (lg_personal_question_get_id (question_at (store, 0)), ==, q3);
  g_assert_cmpstr (lg_personal_question_get_id (question_at (store, 1)), ==, q2);
  g_assert_cmpstr (lg_personal_question_get_id (question_at (store, 2)), ==, q1);

  g_assert_true (lg_personal_store_find_suggested (store, "medicines",
                                                   "How long does each cycle last?") == suggested);
  g_assert_null (lg_personal_store_find_suggested (store, "relapse-basics",
                                                   "How long does each cycle last?"));

  note = lg_personal_store_add_note (store, "2026-12-01", "Les globules sont bas.",
                                     "Prise de sang vendredi", "Ward 7 — 24 h");
  n1 = g_strdup (lg_personal_note_get_id (note));
  g_assert_true (lg_personal_store_edit_note (store, n1, "2026-12-02", "Les globules sont bas.",
                                              "Prise de sang vendredi", "L’unité de jour"));
  note = lg_personal_store_add_note (store, "2026-12-03", "gone", NULL, NULL);
  g_assert_true (lg_personal_store_remove_note (store, lg_personal_note_get_id (note)));
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_notes (store)), ==, 1);

  ward = lg_personal_store_add_contact (store, "Ward 7", "Hämatologie 24 h", "+44 20 7946 0000", TRUE);
  nurse = lg_personal_store_add_contact (store, "Zoë Núñez", "Infirmière", "01 23 45 67 89", FALSE);
  c1 = g_strdup (lg_personal_contact_get_id (ward));
  c2 = g_strdup (lg_personal_contact_get_id (nurse));
  g_assert_true (lg_personal_store_get_24_hour_contact (store) == ward);
  /* At most one 24-hour number. */
  g_assert_true (lg_personal_store_set_24_hour_contact (store, c2));
  g_assert_false (lg_personal_contact_get_is_24_hour (ward));
  g_assert_true (lg_personal_store_get_24_hour_contact (store) == nurse);
  g_assert_true (lg_personal_store_set_24_hour_contact (store, c1));
  g_assert_true (lg_personal_store_edit_contact (store, c1, "Ward 7 triage", "Hämatologie 24 h",
                                                 "+44 20 7946 0001"));
  g_assert_false (lg_personal_store_set_24_hour_contact (store, "c-none"));

  lg_personal_store_set_name (store, "Ségolène O’Brien");
  lg_personal_store_set_treatment (store, "Azacitidine + vénétoclax");
  lg_personal_store_set_footer_24_hour (store, TRUE);
  lg_personal_store_add_pack_item (store, "act-now", NULL);
  lg_personal_store_add_pack_item (store, "medicines", "venetoclax");
  lg_personal_store_add_pack_item (store, "medicines", "venetoclax");
  lg_personal_store_add_pack_item (store, "glossary", NULL);
  g_assert_true (lg_personal_store_remove_pack_item (store, "glossary", NULL));
  g_assert_cmpuint (lg_personal_store_get_n_pack_items (store), ==, 2);

  g_assert_true (lg_personal_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_null (lg_personal_store_get_save_error (store));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  again = lg_personal_store_new_for_path (path);
  g_assert_null (lg_personal_store_get_load_error (again));
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (again)), ==, 3);
  q = question_at (again, 0);
  g_assert_cmpstr (lg_personal_question_get_id (q), ==, q3);
  g_assert_cmpstr (lg_personal_question_get_text (q), ==, "三番目の質問 \"quoted\" \\ back\nslash");
  g_assert_cmpstr (lg_personal_question_get_group (q), ==, "Ärztin, Tag 2");
  g_assert_cmpstr (lg_personal_question_get_topic (q), ==, "");
  g_assert_false (lg_personal_question_get_asked (q));
  q = question_at (again, 1);
  g_assert_cmpstr (lg_personal_question_get_id (q), ==, q2);
  g_assert_cmpstr (lg_personal_question_get_text (q), ==, "¿Cuánto dura cada ciclo?");
  g_assert_cmpstr (lg_personal_question_get_topic (q), ==, "medicines");
  g_assert_cmpstr (lg_personal_question_get_section (q), ==, "venetoclax");
  g_assert_cmpstr (lg_personal_question_get_suggested (q), ==, "How long does each cycle last?");
  g_assert_true (lg_personal_question_get_asked (q));
  g_assert_cmpstr (lg_personal_question_get_answer (q), ==, "Vingt-huit jours — 28 días");
  g_assert_true (lg_personal_store_find_suggested (again, "medicines",
                                                   "How long does each cycle last?") == q);
  q = question_at (again, 2);
  g_assert_cmpstr (lg_personal_question_get_text (q), ==, "Puis-je voyager cet été ? 🌞");
  g_assert_cmpstr (lg_personal_question_get_group (q), ==, "Consultation du 14");
  g_assert_true (lg_personal_store_lookup_question (again, q1) == q);

  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_notes (again)), ==, 1);
  note = lg_personal_store_lookup_note (again, n1);
  g_assert_nonnull (note);
  g_assert_cmpstr (lg_personal_note_get_date (note), ==, "2026-12-02");
  g_assert_cmpstr (lg_personal_note_get_told (note), ==, "Les globules sont bas.");
  g_assert_cmpstr (lg_personal_note_get_next_steps (note), ==, "Prise de sang vendredi");
  g_assert_cmpstr (lg_personal_note_get_who_to_call (note), ==, "L’unité de jour");

  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_contacts (again)), ==, 2);
  c = lg_personal_store_get_24_hour_contact (again);
  g_assert_nonnull (c);
  g_assert_cmpstr (lg_personal_contact_get_id (c), ==, c1);
  g_assert_cmpstr (lg_personal_contact_get_name (c), ==, "Ward 7 triage");
  g_assert_cmpstr (lg_personal_contact_get_role (c), ==, "Hämatologie 24 h");
  g_assert_cmpstr (lg_personal_contact_get_phone (c), ==, "+44 20 7946 0001");
  c = lg_personal_store_lookup_contact (again, c2);
  g_assert_cmpstr (lg_personal_contact_get_name (c), ==, "Zoë Núñez");
  g_assert_false (lg_personal_contact_get_is_24_hour (c));

  g_assert_cmpstr (lg_personal_store_get_name (again), ==, "Ségolène O’Brien");
  g_assert_cmpstr (lg_personal_store_get_treatment (again), ==, "Azacitidine + vénétoclax");
  g_assert_true (lg_personal_store_get_footer_24_hour (again));
  g_assert_cmpuint (lg_personal_store_get_n_pack_items (again), ==, 2);
  lg_personal_store_get_pack_item (again, 0, &topic, &section);
  g_assert_cmpstr (topic, ==, "act-now");
  g_assert_null (section);
  lg_personal_store_get_pack_item (again, 1, &topic, &section);
  g_assert_cmpstr (topic, ==, "medicines");
  g_assert_cmpstr (section, ==, "venetoclax");
  g_assert_true (lg_personal_store_pack_contains (again, "medicines", "venetoclax"));
  g_assert_false (lg_personal_store_pack_contains (again, "medicines", NULL));

  /* Remove, then nothing is left of it. */
  g_assert_true (lg_personal_store_remove_question (again, q2));
  g_assert_false (lg_personal_store_remove_question (again, q2));
  g_assert_null (lg_personal_store_lookup_question (again, q2));
  g_assert_null (lg_personal_store_find_suggested (again, "medicines",
                                                   "How long does each cycle last?"));
  g_assert_true (lg_personal_store_remove_contact (again, c1));
  g_assert_null (lg_personal_store_get_24_hour_contact (again));

  g_clear_object (&store);
  g_clear_object (&again);
  remove_tree (dir);
}

/* The documented example reads, and writes back the same. */
static void
test_fixture (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "personal-store-v1.json", NULL);
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autofree char *original = read_text (fixture);
  g_autofree char *written = NULL;
  g_autoptr(LgPersonalStore) store = NULL;
  g_autoptr(JsonNode) a = NULL, b = NULL;
  LgPersonalQuestion *q;

  write_bytes (path, original, -1);
  store = lg_personal_store_new_for_path (path);
  g_assert_null (lg_personal_store_get_load_error (store));
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (store)), ==, 3);
  q = question_at (store, 0);
  g_assert_cmpstr (lg_personal_question_get_id (q), ==, "q-1");
  g_assert_true (lg_personal_question_get_asked (q));
  g_assert_cmpstr (lg_personal_store_get_name (store), ==, "Sam Example");
  g_assert_cmpstr (lg_personal_contact_get_phone (lg_personal_store_get_24_hour_contact (store)),
                   ==, "0123 456 7890");
  g_assert_cmpuint (lg_personal_store_get_n_pack_items (store), ==, 2);

  written = lg_personal_store_to_json (store, NULL);
  a = json_from_string (original, NULL);
  b = json_from_string (written, NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_true (json_node_equal (a, b));

  g_clear_object (&store);
  remove_tree (dir);
}

/* 10,000 questions save and load in well under a second each. */
static void
test_many (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
  g_autoptr(LgPersonalStore) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double save_s, load_s;

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Question %u — ¿sí? ✓", i);
      LgPersonalQuestion *q = lg_personal_store_add_question (store, text, i % 2 ? "A" : NULL);

      if (i % 3 == 0)
        lg_personal_store_set_question_answer (store, lg_personal_question_get_id (q), "Answer");
    }
  start = g_get_monotonic_time ();
  g_assert_true (lg_personal_store_flush (store, &error));
  save_s = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  again = lg_personal_store_new_for_path (path);
  load_s = (g_get_monotonic_time () - start) / 1e6;
  g_assert_null (lg_personal_store_get_load_error (again));
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (again)), ==, 10000);
  g_assert_cmpstr (lg_personal_question_get_text (question_at (again, 9999)), ==,
                   "Question 9999 — ¿sí? ✓");
  g_assert_cmpstr (lg_personal_question_get_answer (question_at (again, 9999)), ==, "Answer");
  g_test_message ("10,000 questions: saved in %.3f s, loaded in %.3f s", save_s, load_s);

  /* Moving the last to the front and removing one stay quick enough. */
  g_assert_true (lg_personal_store_move_question (again,
                   lg_personal_question_get_id (question_at (again, 9999)), 0));
  g_assert_cmpstr (lg_personal_question_get_text (question_at (again, 0)), ==,
                   "Question 9999 — ¿sí? ✓");

  g_clear_object (&store);
  g_clear_object (&again);
  remove_tree (dir);
}

typedef struct
{
  const char *name;
  const char *data;  /* NULL: the fixture cut in half */
  int         code;
} Unreadable;

static const Unreadable unreadable[] = {
  { "empty", "", LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "truncated", NULL, LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "not-json", "{\"version\": 1, \"questions\": [ " SECRET, LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "not-utf8", "{\"version\": 1, \"preferences\": {\"name\": \"\xff\xfe\"}}", LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "not-object", "[1, 2, 3]", LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "no-version", "{\"questions\": []}", LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "version-string", "{\"version\": \"1\"}", LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "version-zero", "{\"version\": 0}", LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "future", "{\"version\": 2, \"questions\": [{\"id\": \"q\", \"text\": \"" SECRET "\"}]}",
    LG_PERSONAL_STORE_ERROR_NEWER },
  { "wrong-type", "{\"version\": 1, \"questions\": [{\"id\": \"q\", \"text\": \"" SECRET "\", \"asked\": \"yes\"}]}",
    LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "duplicate-id", "{\"version\": 1, \"notes\": [{\"id\": \"n\"}, {\"id\": \"n\"}]}",
    LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "no-id", "{\"version\": 1, \"care_team\": [{\"name\": \"" SECRET "\"}]}",
    LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "two-24-hour", "{\"version\": 1, \"care_team\": [{\"id\": \"a\", \"is_24_hour\": true},"
                   " {\"id\": \"b\", \"is_24_hour\": true}]}", LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "pack-no-topic", "{\"version\": 1, \"pack\": [{\"section\": \"x\"}]}", LG_PERSONAL_STORE_ERROR_DAMAGED },
  { "questions-object", "{\"version\": 1, \"questions\": {}}", LG_PERSONAL_STORE_ERROR_DAMAGED },
};

/* An unreadable file is moved aside byte for byte, never overwritten, and
 * the store starts empty and saves a fresh file.
 */
static void
test_unreadable (gconstpointer data)
{
  const Unreadable *u = data;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autofree char *bytes = NULL;
  g_autofree char *aside_text = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(LgPersonalStore) store = NULL;
  g_autoptr(LgPersonalStore) second = NULL;
  g_autoptr(GError) error = NULL;
  const GError *load_error;
  gsize len, aside_len = 0;

  if (u->data == NULL)
    {
      g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data",
                                                        "personal-store-v1.json", NULL);
      bytes = read_text (fixture);
      len = strlen (bytes) / 2;
    }
  else
    {
      bytes = g_strdup (u->data);
      len = strlen (bytes);
    }
  write_bytes (path, bytes, len);

  store = lg_personal_store_new_for_path (path);
  load_error = lg_personal_store_get_load_error (store);
  g_assert_error (load_error, LG_PERSONAL_STORE_ERROR, u->code);
  g_assert_null (strstr (load_error->message, SECRET));
  g_assert_nonnull (strstr (load_error->message, path));
  aside = g_strdup (lg_personal_store_get_set_aside_path (store));
  g_assert_nonnull (aside);
  g_assert_nonnull (strstr (load_error->message, aside));
  g_assert_true (g_str_has_prefix (aside, dir));
  g_assert_true (g_str_has_prefix (aside + strlen (dir), "/personal.damaged-"));
  g_assert_true (g_str_has_suffix (aside, ".json"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_file_get_contents (aside, &aside_text, &aside_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (aside_text, aside_len, bytes, len);

  /* Started fresh. */
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_contacts (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_notes (store)), ==, 0);
  g_assert_cmpstr (lg_personal_store_get_name (store), ==, "");

  lg_personal_store_add_question (store, "A new question", NULL);
  g_assert_true (lg_personal_store_flush (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* The same damage again in the same second gets a name of its own. */
  write_bytes (path, bytes, len);
  second = lg_personal_store_new_for_path (path);
  g_assert_nonnull (lg_personal_store_get_set_aside_path (second));
  g_assert_cmpstr (lg_personal_store_get_set_aside_path (second), !=, aside);
  g_clear_pointer (&aside_text, g_free);
  g_file_get_contents (aside, &aside_text, &aside_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (aside_text, aside_len, bytes, len);
  g_assert_cmpuint (count_files (dir), ==, 2);

  g_clear_object (&second);
  remove_tree (dir);
}

/* A path that is a folder cannot be read nor moved aside usefully: it is
 * left alone and nothing is saved over it.
 */
static void
test_kept (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  store = lg_personal_store_new_for_path (path);
  g_assert_error (lg_personal_store_get_load_error (store),
                  LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_KEPT);
  lg_personal_store_add_question (store, SECRET, NULL);
  g_assert_false (lg_personal_store_flush (store, &error));
  g_assert_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_KEPT);
  g_assert_null (strstr (error->message, SECRET));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_clear_object (&store);
  remove_tree (dir);
}

/* A folder that cannot be written: the store's folder is a regular file,
 * which fails for root too (chmod 0500 would not stop root). The data
 * stays in memory, the error names the file, and a later change saves
 * once the folder can be made.
 */
static void
test_read_only (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *blocker = g_build_filename (dir, "leukemia-guide", NULL);
  g_autofree char *path = g_build_filename (blocker, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = NULL;
  g_autoptr(LgPersonalStore) again = NULL;
  g_autoptr(GError) error = NULL;
  gboolean failed = FALSE;

  write_bytes (blocker, "not a folder", -1);
  store = lg_personal_store_new_for_path (path);
  g_assert_null (lg_personal_store_get_load_error (store));
  lg_personal_store_add_question (store, SECRET, NULL);
  g_assert_false (lg_personal_store_flush (store, &error));
  g_assert_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_SAVE);
  g_assert_nonnull (strstr (error->message, "leukemia-guide"));
  g_assert_null (strstr (error->message, SECRET));
  g_object_get (store, "save-failed", &failed, NULL);
  g_assert_true (failed);
  g_assert_nonnull (lg_personal_store_get_save_error (store));
  g_assert_cmpstr (lg_personal_question_get_text (question_at (store, 0)), ==, SECRET);
  g_clear_error (&error);

  /* The folder can be made again: the next change saves everything. */
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  lg_personal_store_add_question (store, "second", NULL);
  g_assert_true (lg_personal_store_flush (store, &error));
  g_assert_no_error (error);
  g_object_get (store, "save-failed", &failed, NULL);
  g_assert_false (failed);
  again = lg_personal_store_new_for_path (path);
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (again)), ==, 2);

  g_clear_object (&store);
  g_clear_object (&again);
  remove_tree (dir);
}

/* A folder with no write permission (chmod 0500), with a saved file in
 * it: the file stays as it was. Root ignores the mode, so this is skipped
 * for root; the test above fails for root too. */
static void
test_read_only_mode (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into a folder of mode 0500");
      remove_tree (dir);
      return;
    }

  store = lg_personal_store_new_for_path (path);
  lg_personal_store_add_question (store, "saved", NULL);
  g_assert_true (lg_personal_store_flush (store, &error));
  before = read_text (path);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);

  lg_personal_store_add_question (store, SECRET, NULL);
  g_assert_false (lg_personal_store_flush (store, &error));
  g_assert_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_SAVE);
  g_assert_null (strstr (error->message, SECRET));
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (store)), ==, 2);

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_clear_object (&store);
  remove_tree (dir);
}

/* No room: with RLIMIT_FSIZE below the new file's size and SIGXFSZ
 * ignored, write() fails with EFBIG half-way through the temporary file,
 * as it would on a full disk, without privileges or a tiny file system.
 * In a child, so the limit does not touch the test's own output.
 */
static void
test_disk_full (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = make_dir ();
      g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
      g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
      g_autoptr(LgPersonalStore) again = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *big = NULL;
      struct rlimit limit;

      lg_personal_store_add_question (store, "small and saved", NULL);
      g_assert_true (lg_personal_store_flush (store, &error));
      before = read_text (path);

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      limit.rlim_cur = 4096;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      big = g_strnfill (8192, 'x');
      memcpy (big, SECRET, strlen (SECRET));
      lg_personal_store_add_question (store, big, NULL);
      g_assert_false (lg_personal_store_flush (store, &error));
      g_assert_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_SAVE);
      g_assert_null (strstr (error->message, SECRET));
      g_assert_nonnull (strstr (error->message, path));
      g_test_message ("disk full: %s", error->message);
      g_clear_error (&error);

      /* The last saved state is intact, no temporary file is left, and
       * everything is still in memory.
       */
      after = read_text (path);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpuint (count_files (dir), ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (store)), ==, 2);
      g_assert_true (lg_personal_store_get_save_error (store) != NULL);

      /* Room again: the next change saves it all. */
      limit.rlim_cur = limit.rlim_max;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      lg_personal_store_set_name (store, "Sam");
      g_assert_true (lg_personal_store_flush (store, &error));
      g_assert_no_error (error);
      g_assert_null (lg_personal_store_get_save_error (store));
      again = lg_personal_store_new_for_path (path);
      g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (again)), ==, 2);
      g_assert_cmpstr (lg_personal_question_get_text (question_at (again, 1)), ==, big);

      g_clear_object (&store);
      g_clear_object (&again);
      remove_tree (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 10 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr_unmatched ("*" SECRET "*");
  g_test_trap_assert_stdout_unmatched ("*" SECRET "*");
}

/* Every state the writer below saves: n questions, all reading "state n". */
static gboolean
is_whole_state (LgPersonalStore *store)
{
  GListModel *questions = lg_personal_store_get_questions (store);
  guint n = g_list_model_get_n_items (questions);
  g_autofree char *expected = g_strdup_printf ("state %u", n);

  for (guint i = 0; i < n; i++)
    if (!g_str_equal (lg_personal_question_get_text (question_at (store, i)), expected))
      return FALSE;
  return g_str_equal (lg_personal_store_get_name (store), expected) || n == 0;
}

static int
time_factor (void)
{
  const char *factor = g_getenv ("LG_TEST_TIME_FACTOR");

  return factor != NULL ? CLAMP (atoi (factor), 1, 100) : 1;
}

/* kill -9 at random moments while a child saves in a loop: the file is
 * always a whole state, old or new, and no temporary file outlives the
 * next opening.
 */
static void
test_kill_during_write (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  /* Fewer rounds under the sanitizers and Valgrind, each much slower. */
  guint rounds = time_factor () > 1 ? 50 : 200;
  guint changed_rounds = 0, last_n = 0, torn_writes = 0;

  for (guint round = 0; round < rounds; round++)
    {
      int status, ready[2];
      pid_t pid;
      char byte;

      g_assert_cmpint (pipe (ready), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          /* Grows and shrinks, so old and new differ in size too. */
          LgPersonalStore *store = lg_personal_store_new_for_path (path);
          gboolean told = FALSE;

          for (;;)
            {
              GListModel *questions = lg_personal_store_get_questions (store);
              guint n = g_list_model_get_n_items (questions);
              guint next = n >= 40 ? 1 : n + 1;
              g_autofree char *text = g_strdup_printf ("state %u", next);

              while (g_list_model_get_n_items (questions) > 0)
                lg_personal_store_remove_question (store,
                  lg_personal_question_get_id (question_at (store, 0)));
              for (guint i = 0; i < next; i++)
                lg_personal_store_add_question (store, text, NULL);
              lg_personal_store_set_name (store, text);
              if (!lg_personal_store_flush (store, NULL))
                _exit (3);
              /* One whole save made: the killing can start, at a random
               * moment of the saves that follow. */
              if (!told && write (ready[1], "r", 1) != 1)
                _exit (2);
              told = TRUE;
            }
        }

      close (ready[1]);
      g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
      close (ready[0]);
      /* Up to 5 ms, more under the sanitizers and Valgrind, whose first
       * save takes longer: the kill must land while the child saves. */
      g_usleep (g_random_int_range (0, 5000 * time_factor ()));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_autoptr(LgPersonalStore) store = NULL;
          guint n;

          if (count_temporary (dir) > 0)
            torn_writes++;
          store = lg_personal_store_new_for_path (path);
          g_assert_null (lg_personal_store_get_load_error (store));
          g_assert_true (is_whole_state (store));
          n = g_list_model_get_n_items (lg_personal_store_get_questions (store));
          if (n != last_n)
            changed_rounds++;
          last_n = n;
          /* Opening cleared what a killed write left behind. */
          g_assert_cmpuint (count_temporary (dir), ==, 0);
        }
    }
  g_test_message ("%u rounds: the file changed between %u of them; "
                  "%u writes were cut off half-way", rounds, changed_rounds, torn_writes);
  /* The writer really was saving, again and again, when it was killed. */
  g_assert_cmpuint (changed_rounds, >, rounds / 10);
  remove_tree (dir);
}

/* Only GLib's temporary names are taken for leftovers, never a name the
 * reader could have given a copy. */
static void
test_temporary_names (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autofree char *stale = g_build_filename (dir, "personal.json.aB3xYz", NULL);
  g_autofree char *backup = g_build_filename (dir, "personal.json.backup", NULL);
  g_autoptr(LgPersonalStore) store = NULL;

  g_assert_true (lg_personal_store_is_temporary_name ("personal.json", "personal.json.aB3xYz"));
  g_assert_true (lg_personal_store_is_temporary_name ("personal.json", "personal.json.9QKD2M"));
  g_assert_false (lg_personal_store_is_temporary_name ("personal.json", "personal.json.backup"));
  g_assert_false (lg_personal_store_is_temporary_name ("personal.json", "personal.json.BACKUP"));
  g_assert_false (lg_personal_store_is_temporary_name ("personal.json", "personal.json.202612"));
  g_assert_false (lg_personal_store_is_temporary_name ("personal.json", "personal.json.aB3xY"));
  g_assert_false (lg_personal_store_is_temporary_name ("personal.json", "personal.json.aB3-Yz"));
  g_assert_false (lg_personal_store_is_temporary_name ("personal.json", "personal.jsonXaB3xYz"));
  g_assert_false (lg_personal_store_is_temporary_name ("personal.json",
                                                       "personal.damaged-20261207-101010.json"));

  write_bytes (stale, "{\"version\": 1, \"quest", -1);
  write_bytes (backup, "{\"version\": 1}", -1);
  store = lg_personal_store_new_for_path (path);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_clear_object (&store);
  remove_tree (dir);
}

/* A change is saved on its own a moment later, once the main loop runs. */
static void
test_debounce (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autoptr(LgPersonalStore) store = lg_personal_store_new_for_path (path);
  g_autoptr(LgPersonalStore) again = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 20; i++)
    lg_personal_store_add_question (store, "typed", NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  while (!g_file_test (path, G_FILE_TEST_EXISTS) &&
         g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 400 * 1000);
  again = lg_personal_store_new_for_path (path);
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (again)), ==, 20);

  g_clear_object (&store);
  g_clear_object (&again);
  remove_tree (dir);
}

/* Export writes everything; delete-all empties the store and its file,
 * and leaves a file set aside alone.
 */
static void
test_export_delete (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "personal-store-v1.json", NULL);
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autofree char *exported = g_build_filename (dir, "export.json", NULL);
  g_autofree char *original = read_text (fixture);
  g_autofree char *text = NULL;
  g_autoptr(LgPersonalStore) store = NULL;
  g_autoptr(LgPersonalStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) a = NULL, b = NULL;

  write_bytes (path, original, -1);
  store = lg_personal_store_new_for_path (path);
  g_assert_true (lg_personal_store_export (store, exported, &error));
  g_assert_no_error (error);
  text = read_text (exported);
  a = json_from_string (original, NULL);
  b = json_from_string (text, NULL);
  g_assert_true (json_node_equal (a, b));

  lg_personal_store_delete_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (store)), ==, 0);
  g_assert_null (lg_personal_store_get_24_hour_contact (store));
  g_assert_cmpuint (lg_personal_store_get_n_pack_items (store), ==, 0);
  g_assert_true (lg_personal_store_flush (store, &error));
  g_clear_pointer (&text, g_free);
  text = read_text (path);
  g_assert_null (strstr (text, "Sam Example"));
  again = lg_personal_store_new_for_path (path);
  g_assert_cmpuint (g_list_model_get_n_items (lg_personal_store_get_questions (again)), ==, 0);
  g_assert_cmpstr (lg_personal_store_get_name (again), ==, "");

  g_assert_false (lg_personal_store_export (store, dir, &error));
  g_assert_error (error, LG_PERSONAL_STORE_ERROR, LG_PERSONAL_STORE_ERROR_SAVE);

  g_clear_object (&store);
  g_clear_object (&again);
  remove_tree (dir);
}

/* Nothing the reader wrote reaches the log, whatever happens. The log
 * lines of every other test are checked too, once they have all run (in
 * main()).
 */
static void
test_no_personal_text_logged (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "personal.json", NULL);
  g_autofree char *blocked = g_build_filename (dir, "file", "personal.json", NULL);
  g_autofree char *blocker = g_build_filename (dir, "file", NULL);
  LgPersonalStore *store;

  /* Damaged, then saved, then a store that cannot save, closed dirty. */
  write_bytes (path, "{\"version\": 1, \"notes\": [{\"id\": 3, \"told\": \"" SECRET "\"}]}", -1);
  store = lg_personal_store_new_for_path (path);
  lg_personal_store_add_note (store, "2026-12-07", SECRET, SECRET, SECRET);
  lg_personal_store_set_name (store, SECRET);
  g_object_unref (store);

  write_bytes (blocker, "", 0);
  store = lg_personal_store_new_for_path (blocked);
  lg_personal_store_add_contact (store, SECRET, SECRET, SECRET, TRUE);
  lg_personal_store_flush (store, NULL);
  g_object_unref (store);

  g_assert_null (strstr (log_text->str, SECRET));
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  log_text = g_string_new (NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);
  /* Debug messages reach the writer too: none may hold personal text. */
  g_setenv ("G_MESSAGES_DEBUG", "lg-personal-store", TRUE);

  g_test_add_func ("/personal-store/round-trip", test_round_trip);
  g_test_add_func ("/personal-store/fixture", test_fixture);
  g_test_add_func ("/personal-store/many", test_many);
  for (gsize i = 0; i < G_N_ELEMENTS (unreadable); i++)
    {
      g_autofree char *name = g_strdup_printf ("/personal-store/unreadable/%s", unreadable[i].name);

      g_test_add_data_func (name, &unreadable[i], test_unreadable);
    }
  g_test_add_func ("/personal-store/kept", test_kept);
  g_test_add_func ("/personal-store/read-only", test_read_only);
  g_test_add_func ("/personal-store/read-only-mode", test_read_only_mode);
  g_test_add_func ("/personal-store/disk-full", test_disk_full);
  g_test_add_func ("/personal-store/kill-during-write", test_kill_during_write);
  g_test_add_func ("/personal-store/temporary-names", test_temporary_names);
  g_test_add_func ("/personal-store/debounce", test_debounce);
  g_test_add_func ("/personal-store/export-delete", test_export_delete);
  g_test_add_func ("/personal-store/no-personal-text-logged", test_no_personal_text_logged);

  status = g_test_run ();

  /* Every test's log lines, the unreadable files' included. */
  if (strstr (log_text->str, SECRET) != NULL)
    {
      g_printerr ("Personal text reached the log\n");
      status = 1;
    }
  g_string_free (log_text, TRUE);
  return status;
}
