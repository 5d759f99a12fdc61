/* test-safety.c: the bundled guide tells a reader what to do, and how fast
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks on the built-in corpus that protect a frightened reader: every
 * topic opens with a few key points, every warning says what to do and how
 * fast, and phone numbers appear only where they belong, as tel: links that
 * dial the number shown.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lg-corpus.h"

static LgCorpus *corpus;

/* Whole words, matched without regard to case. */
#define ACTION_WORDS "call|ring|phone|go|tell|contact"
#define SPEED_WORDS  "now|straight away|at once|immediately|today|urgently|right away|the same day|before any"

/* A run of digits, spaces, hyphens and brackets, perhaps after a "+", that
 * holds at least nine digits: 0808 808 0000, +44 808 808 0000,
 * 1-800-422-6237 or (020) 3447 8663, but not a date, a drug code or
 * "1 in 10,000".
 */
#define PHONE_PATTERN "\\+?\\(?\\d[\\d ()-]{7,}\\d"
#define PHONE_MIN_DIGITS 9

static GRegex *action_re;
static GRegex *speed_re;
static GRegex *phone_re;

static guint
count_digits (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      n++;
  return n;
}

static char *
digits_of (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The first phone number in @text, or NULL. */
static char *
find_phone (const char *text)
{
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (phone_re, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);

      if (count_digits (found) >= PHONE_MIN_DIGITS)
        return g_steal_pointer (&found);
      g_match_info_next (match, NULL);
    }
  return NULL;
}

/* Whether a tel: URI dials the number shown: the same digits, or the
 * international form of a national number (+44 8088… for 08088…).
 */
static gboolean
tel_matches (const char *shown,
             const char *uri)
{
  g_autofree char *visible = digits_of (shown);
  g_autofree char *dialled = NULL;
  gsize vlen, dlen;

  if (!g_str_has_prefix (uri, "tel:"))
    return FALSE;
  dialled = digits_of (uri + strlen ("tel:"));
  if (visible[0] == '\0' || g_str_equal (visible, dialled))
    return visible[0] != '\0';
  if (uri[strlen ("tel:")] != '+' || visible[0] != '0')
    return FALSE;
  vlen = strlen (visible + 1);
  dlen = strlen (dialled);
  /* A country code of one to three digits, then the number without its 0. */
  return dlen > vlen && dlen - vlen <= 3 && g_str_has_suffix (dialled, visible + 1);
}

static void
test_phone_pattern (void)
{
  static const struct { const char *text; gboolean phone; } cases[] = {
    { "Freephone helpline: 08088 010 444.", TRUE },
    { "Call +44 808 808 0000 today", TRUE },
    { "Phone 1-800-422-6237.", TRUE },
    { "Cancer information team on (020) 3447 8663", TRUE },
    { "0800 090 2309", TRUE },
    { "Checked on 2026-12-07", FALSE },
    { "about 1 cell in 10,000 or fewer", FALSE },
    { "NICE guidance TA1116", FALSE },
    { "between 15 and 20% of children", FALSE },
    { "call 999 at once", FALSE },
    { "a change called T315I", FALSE },
    { "cycles of 3 or 4 weeks, up to 6 cycles", FALSE },
  };
  static const struct { const char *shown; const char *uri; gboolean same; } tels[] = {
    { "08088 010 444", "tel:08088010444", TRUE },
    { "08088 010 444", "tel:+448088010444", TRUE },
    { "1-888-939-3333", "tel:+18889393333", TRUE },
    { "0800 090 2309", "tel:+448000902309", TRUE },
    { "0800 090 2309", "tel:+448000902308", FALSE },
    { "0800 090 2309", "tel:08000902390", FALSE },
    { "08088 010 444", "tel:+4412348088010444", FALSE },
    { "08088 010 444", "https://example.org", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = find_phone (cases[i].text);

      g_test_message ("“%s”: %s", cases[i].text, found ? found : "no phone number");
      g_assert_true ((found != NULL) == cases[i].phone);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tels); i++)
    {
      g_test_message ("“%s” and %s", tels[i].shown, tels[i].uri);
      g_assert_true (tel_matches (tels[i].shown, tels[i].uri) == tels[i].same);
    }
}

static void
test_key_points (void)
{
  guint checked = 0;

  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      if (topic->generated)
        continue;
      if (topic->n_key_points < 3 || topic->n_key_points > 5)
        g_error ("%s has %u key points, not 3 to 5", topic->id, topic->n_key_points);
      for (guint k = 0; k < topic->n_key_points; k++)
        g_assert_cmpuint (strlen (topic->key_points[k]->plain), >, 10);
      checked++;
    }
  g_test_message ("%u topics checked", checked);
  g_assert_cmpuint (checked, >=, 9);
}

static void
test_warnings_say_what_and_when (void)
{
  guint warnings = 0;

  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      for (guint s = 0; s < topic->n_sections; s++)
        for (guint b = 0; b < topic->sections[s]->n_blocks; b++)
          {
            const LgBlock *block = topic->sections[s]->blocks[b];
            const char *text;

            if (block->type != LG_BLOCK_CALLOUT || block->kind != LG_CALLOUT_WARNING)
              continue;
            text = block->items[0]->plain;
            if (!g_regex_match (action_re, text, 0, NULL))
              g_error ("A warning in %s#%s says no action (%s): “%s”",
                       topic->id, topic->sections[s]->id, ACTION_WORDS, text);
            if (!g_regex_match (speed_re, text, 0, NULL))
              g_error ("A warning in %s#%s does not say how fast (%s): “%s”",
                       topic->id, topic->sections[s]->id, SPEED_WORDS, text);
            warnings++;
          }
    }
  g_test_message ("%u warnings checked", warnings);
  g_assert_cmpuint (warnings, >=, 10);
}

/* In a contact callout, each number shown is a tel: link to that number. */
static void
check_contact (const char     *where,
               const LgInline *text,
               guint          *numbers)
{
  for (guint r = 0; r < text->n_runs; r++)
    {
      const LgRun *run = &text->runs[r];
      g_autofree char *phone = find_phone (run->text);
      gboolean is_tel = run->link == LG_LINK_EXTERNAL && g_str_has_prefix (run->target, "tel:");

      if (phone != NULL && !is_tel)
        g_error ("%s shows %s without a tel: link", where, phone);
      if (is_tel && !tel_matches (run->text, run->target))
        g_error ("%s shows “%s” but its link dials %s", where, run->text, run->target);
      if (is_tel)
        (*numbers)++;
    }
}

static void
collect_contact_texts (GHashTable *contact_texts,
                       guint      *numbers)
{
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      for (guint s = 0; s < topic->n_sections; s++)
        for (guint b = 0; b < topic->sections[s]->n_blocks; b++)
          {
            const LgBlock *block = topic->sections[s]->blocks[b];
            g_autofree char *where = NULL;

            if (block->type != LG_BLOCK_CALLOUT || block->kind != LG_CALLOUT_CONTACT)
              continue;
            where = g_strdup_printf ("%s#%s", topic->id, topic->sections[s]->id);
            check_contact (where, block->items[0], numbers);
            g_hash_table_add (contact_texts, block->items[0]->source);
          }
    }
}

static void
check_no_phone (const char *context,
                const char *source,
                gboolean    has_markup,
                gpointer    user_data)
{
  GHashTable *contact_texts = user_data;
  g_autofree char *phone = NULL;

  if (g_hash_table_contains (contact_texts, source))
    return;
  phone = find_phone (source);
  if (phone != NULL)
    g_error ("%s holds the phone number %s outside a contact callout", context, phone);
  if (strstr (source, "](tel:") != NULL)
    g_error ("%s holds a tel: link outside a contact callout", context);
}

static void
test_phone_numbers (void)
{
  g_autoptr(GHashTable) contact_texts = g_hash_table_new (g_str_hash, g_str_equal);
  guint numbers = 0;

  collect_contact_texts (contact_texts, &numbers);
  g_test_message ("%u phone numbers in contact callouts", numbers);
  g_assert_cmpuint (numbers, >=, 5);
  lg_corpus_foreach_translatable (corpus, check_no_phone, contact_texts);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  action_re = g_regex_new ("\\b(" ACTION_WORDS ")\\b", G_REGEX_CASELESS, 0, NULL);
  speed_re = g_regex_new ("\\b(" SPEED_WORDS ")\\b", G_REGEX_CASELESS, 0, NULL);
  phone_re = g_regex_new (PHONE_PATTERN, 0, 0, NULL);
  corpus = lg_corpus_get_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/safety/phone-pattern", test_phone_pattern);
  g_test_add_func ("/safety/key-points", test_key_points);
  g_test_add_func ("/safety/warnings", test_warnings_say_what_and_when);
  g_test_add_func ("/safety/phone-numbers", test_phone_numbers);

  ret = g_test_run ();
  g_regex_unref (action_re);
  g_regex_unref (speed_re);
  g_regex_unref (phone_re);
  g_object_unref (corpus);
  return ret;
}
