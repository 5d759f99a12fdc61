/* test-speech-text.c: what read aloud says, and where it is shown
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lg-speech-text.h"

static LgCorpus *corpus;

static LgCorpus *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "corpus.json", NULL);
  g_autofree char *text = NULL;
  const char *names[] = { "corpus.json" };
  const char *texts[1];
  g_autoptr(GError) error = NULL;
  LgCorpus *loaded;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  texts[0] = text;
  loaded = lg_corpus_new_from_data (names, texts, 1, &error);
  g_assert_no_error (error);
  return loaded;
}

/* Every sentence of a topic, spoken, one a line. */
static char *
spoken_topic (const char      *topic_id,
              LgDocument     **doc_out,
              LgSpeechScript **script_out)
{
  LgDocument *doc = lg_document_new (corpus, lg_corpus_find_topic (corpus, topic_id), NULL);
  LgSpeechScript *script = lg_speech_script_new (doc, "en");
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < lg_speech_script_get_n_sentences (script); i++)
    g_string_append_printf (out, "%s\n", lg_speech_script_get_sentence (script, i)->spoken);
  *doc_out = doc;
  *script_out = script;
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” found in:\n%s", needle, haystack);
}

/* Emphasis and links are read as their words alone. */
static void
test_no_markup (void)
{
  g_autoptr(LgDocument) doc = NULL;
  g_autoptr(LgSpeechScript) script = NULL;
  g_autofree char *spoken = spoken_topic ("first", &doc, &script);

  assert_contains (spoken, "A summary with a link and strong text.\n");
  assert_lacks (spoken, "**");
  assert_lacks (spoken, "](");
  /* Corpus text that looks like markup is read as the words it shows. */
  assert_contains (spoken, "First <b>topic</b> and more\n");
}

/* No link target is read: web, email, phone, topic, glossary, medicine. */
static void
test_no_link_targets (void)
{
  static const char * const targets[] = {
    "https", "example.org)", "mailto", "tel:", "topic:", "glossary:", "medicine:", "part-two", "+44",
  };

  for (guint t = 0; t < lg_corpus_get_n_topics (corpus); t++)
    {
      g_autoptr(LgDocument) doc = NULL;
      g_autoptr(LgSpeechScript) script = NULL;
      g_autofree char *spoken = spoken_topic (lg_corpus_get_topic (corpus, t)->id, &doc, &script);

      for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
        assert_lacks (spoken, targets[i]);
    }
  {
    g_autoptr(LgDocument) doc = NULL;
    g_autoptr(LgSpeechScript) script = NULL;
    g_autofree char *spoken = spoken_topic ("first", &doc, &script);

    assert_contains (spoken, "Two bullet with web\n");
    assert_contains (spoken, "or mail us.\n");
  }
}

/* Glossary and medicine links, and bare names the loader resolved, are
 * read as their words. */
static void
test_names_as_words (void)
{
  g_autoptr(LgDocument) doc = NULL;
  g_autoptr(LgSpeechScript) script = NULL;
  g_autofree char *first = spoken_topic ("first", &doc, &script);
  g_autoptr(LgDocument) doc2 = NULL;
  g_autoptr(LgSpeechScript) script2 = NULL;
  g_autofree char *second = spoken_topic ("second", &doc2, &script2);

  assert_contains (first, "Literal <i>tags</i> and chemo and Testex stay text.\n");
  assert_contains (second, "A warning about testumab.\n");
  assert_contains (second, "Second summary, see the glossary.\n");
  assert_contains (second, "The first point, about remission.\n");
}

/* Bullets and numbers are drawn, not read; a bullet typed into the text
 * is not read either. */
static void
test_no_bullets (void)
{
  g_autoptr(LgDocument) doc = NULL;
  g_autoptr(LgSpeechScript) script = NULL;
  g_autofree char *spoken = spoken_topic ("first", &doc, &script);
  g_autofree char *typed = lg_speech_text_naturalize ("• Rest • drink water", "en");
  g_autofree char *dash = lg_speech_text_naturalize ("- Rest well", "en");

  assert_contains (spoken, "One bullet\n");
  assert_contains (spoken, "First step\n");
  assert_lacks (spoken, "•");
  assert_lacks (spoken, "1.");
  g_assert_cmpstr (typed, ==, "Rest, drink water");
  g_assert_cmpstr (dash, ==, "Rest well");
}

/* The eye's parts of the page are not read: the checked line and the
 * sources, with their heading. The disclaimer is. */
static void
test_skipped_blocks (void)
{
  g_autoptr(LgDocument) doc = NULL;
  g_autoptr(LgSpeechScript) script = NULL;
  g_autofree char *spoken = spoken_topic ("first", &doc, &script);

  assert_lacks (spoken, "Test Publisher");
  assert_lacks (spoken, "A test page");
  assert_lacks (spoken, "Sources");
  assert_lacks (spoken, "2026");
  assert_contains (spoken, "Test fixture disclaimer: talk to your care team.\n");
}

static gboolean parsed_mark;

static void
on_start (GMarkupParseContext  *context,
          const char           *element,
          const char          **names,
          const char          **values,
          gpointer              user_data,
          GError              **error)
{
  if (g_str_equal (element, "mark"))
    parsed_mark = TRUE;
}

/* The SSML is well-formed XML whatever the text holds, with a mark
 * before each sentence. */
static void
test_ssml (void)
{
  g_autoptr(LgDocument) doc = NULL;
  g_autoptr(LgSpeechScript) script = NULL;
  g_autofree char *spoken = spoken_topic ("first", &doc, &script);
  GMarkupParser parser = { on_start, NULL, NULL, NULL, NULL };

  for (guint s = 0; s < lg_speech_script_get_n_sections (script); s++)
    {
      const LgSpeechSection *section = lg_speech_script_get_section (script, s);
      g_autofree char *ssml = lg_speech_script_section_ssml (script, s, 0);
      g_autofree char *later = lg_speech_script_section_ssml (script, s, section->first + 1);
      g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
      g_autoptr(GError) error = NULL;

      parsed_mark = FALSE;
      g_assert_true (g_str_has_prefix (ssml, "<speak>"));
      g_assert_true (g_markup_parse_context_parse (context, ssml, -1, &error));
      g_assert_true (g_markup_parse_context_end_parse (context, &error));
      g_assert_no_error (error);
      g_assert_true (parsed_mark);
      for (guint i = section->first; i < section->first + section->n_sentences; i++)
        {
          g_autofree char *mark = lg_speech_text_mark_name (i);
          g_autofree char *tag = g_strdup_printf ("<s><mark name=\"%s\"/>", mark);
          guint parsed = G_MAXUINT;

          assert_contains (ssml, tag);
          g_assert_true (lg_speech_text_parse_mark (mark, &parsed));
          g_assert_cmpuint (parsed, ==, i);
          if (i == section->first)
            assert_lacks (later, tag);
          g_assert_cmpuint (lg_speech_script_section_of (script, i), ==, s);
        }
    }
  {
    g_autofree char *title = lg_speech_script_section_ssml (script, 0, 0);

    assert_contains (title, "First &lt;b&gt;topic&lt;/b&gt; and more");
  }
  g_assert_false (lg_speech_text_parse_mark ("x1", &(guint) { 0 }));
  g_assert_false (lg_speech_text_parse_mark ("s", &(guint) { 0 }));
}

/* Numbers, signs and asides as a person reads them. */
static void
test_numbers (void)
{
  static const struct { const char *language, *shown, *spoken; } cases[] = {
    { "en", "This happens to about 1 in 5 people (20%).", "This happens to about 1 in 5 people, 20 percent." },
    { "en", "about 3 in 10 people with AML (30%) have it", "about 3 in 10 people with AML, 30 percent, have it" },
    { "en", "It works for 20–30% of people.", "It works for 20 to 30 percent of people." },
    { "en", "A mix called 7+3 is given.", "A mix called 7 plus 3 is given." },
    { "en", "A temperature of 37.5°C or more", "A temperature of 37.5 degrees or more" },
    { "en", "Call 999 or go to A&E.", "Call 9 9 9 or go to A and E." },
    { "en", "Call NHS 111.", "Call NHS 1 1 1." },
    { "en", "Over 1,999 people", "Over 1,999 people" },
    { "es", "A 1 de cada 5 personas (20 %).", "A 1 de cada 5 personas, 20 por ciento." },
    { "es", "Entre 20–30 %", "Entre 20 a 30 por ciento" },
    { "fr", "Environ 1 sur 5 (20 %).", "Environ 1 sur 5, 20 pour cent." },
    { "fr", "Une fièvre de 38 °C", "Une fièvre de 38 degrés" },
    { "en", "Keytruda®", "Keytruda" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *spoken = lg_speech_text_naturalize (cases[i].shown, cases[i].language);

      g_assert_cmpstr (spoken, ==, cases[i].spoken);
    }
}

/* A phone number is read digit by digit, a pause between groups. */
static void
test_phone_number (void)
{
  g_autoptr(LgDocument) doc = NULL;
  g_autoptr(LgSpeechScript) script = NULL;
  g_autofree char *spoken = spoken_topic ("first", &doc, &script);

  assert_contains (spoken, "Call 0 8 0 0, 0 0 0, 0 0 0 or mail us.\n");
}

/* Each sentence knows where it is shown: its label's inline and its
 * characters there. */
static void
test_sentences_and_offsets (void)
{
  static const char *paragraph = "Rest often, e.g. after meals. Drink [water](https://example.org). "
                                 "Is it “safe”? Yes… mostly. ok then.";
  static const char * const expected[] = {
    "Rest often, e.g. after meals.", "Drink water.", "Is it “safe”?", "Yes… mostly. ok then.",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "corpus.json", NULL);
  g_autofree char *fixture = NULL;
  g_autofree char *text = NULL;
  const char *names[] = { "corpus.json" };
  const char *texts[1];
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) own = NULL;
  g_autoptr(LgDocument) doc = NULL;
  g_autoptr(LgSpeechScript) script = NULL;
  guint n = 0;
  gboolean found_lead = FALSE;

  g_assert_true (g_file_get_contents (path, &fixture, NULL, NULL));
  {
    g_auto(GStrv) parts = g_strsplit (fixture, "Literal <i>tags</i> & [chemo] and [Testex] stay text.", 2);

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    text = g_strjoin (paragraph, parts[0], parts[1], NULL);
  }
  texts[0] = text;
  own = lg_corpus_new_from_data (names, texts, 1, &error);
  g_assert_no_error (error);
  doc = lg_document_new (own, lg_corpus_find_topic (own, "first"), NULL);
  script = lg_speech_script_new (doc, "en");

  for (guint i = 0; i < lg_speech_script_get_n_sentences (script); i++)
    {
      const LgSpeechSentence *s = lg_speech_script_get_sentence (script, i);
      GString *runs = g_string_new (NULL);
      g_autofree char *plain = NULL;
      g_autofree char *range = NULL;
      const char *start;

      for (guint r = 0; r < s->shown->n_runs; r++)
        g_string_append (runs, s->shown->runs[r].text);
      plain = g_string_free (runs, FALSE);
      if (s->in_lead)
        {
          /* A definition's term, shown before its meaning. */
          found_lead = TRUE;
          g_assert_cmpstr (s->spoken, ==, "Word");
          g_assert_cmpstr (plain, ==, "What the word means.");
          continue;
        }
      g_assert_cmpuint (s->start, <, s->end);
      g_assert_cmpuint (s->end, <=, g_utf8_strlen (plain, -1));
      if (!g_str_has_prefix (plain, "Rest often"))
        continue;
      start = g_utf8_offset_to_pointer (plain, s->start);
      range = g_strndup (start, g_utf8_offset_to_pointer (plain, s->end) - start);
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr (range, ==, expected[n]);
      g_assert_cmpstr (s->spoken, ==, expected[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  g_assert_true (found_lead);
}

/* The voice speaks the guide's language: the first of the reader's
 * languages the guide is translated into, or English. */
static void
test_language (void)
{
  static const struct { const char *names[5]; const char *language; } cases[] = {
    { { "fr_FR.UTF-8", "fr_FR", "fr", "C", NULL }, "fr" },
    { { "es_MX", "es", "C", NULL }, "es" },
    { { "de_DE", "de", "fr", "C", NULL }, "fr" },
    { { "de_DE", "de", "C", NULL }, "en" },
    { { "en_GB", "en", "C", NULL }, "en" },
    { { "C", NULL }, "en" },
    { { "esperanto", "C", NULL }, "en" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (lg_speech_text_language (cases[i].names), ==, cases[i].language);
  g_assert_cmpstr (lg_speech_text_language (NULL), ==, "en");
}

/* Sections: the top of the page, each section, then the questions. */
static void
test_sections (void)
{
  g_autoptr(LgDocument) doc = NULL;
  g_autoptr(LgSpeechScript) script = NULL;
  g_autofree char *spoken = spoken_topic ("first", &doc, &script);
  guint total = 0;

  g_assert_cmpuint (lg_speech_script_get_n_sections (script), ==, 3);
  g_assert_null (lg_speech_script_get_section (script, 0)->section_id);
  g_assert_cmpstr (lg_speech_script_get_section (script, 1)->section_id, ==, "part-one");
  g_assert_cmpuint (lg_speech_script_find_section (script, "part-one"), ==, 1);
  g_assert_cmpuint (lg_speech_script_find_section (script, "nowhere"), ==, 0);
  g_assert_cmpuint (lg_speech_script_find_section (script, NULL), ==, 0);
  g_assert_cmpstr (lg_speech_script_get_sentence (script, lg_speech_script_get_section (script, 1)->first)->spoken,
                   ==, "Part one");
  for (guint s = 0; s < lg_speech_script_get_n_sections (script); s++)
    {
      const LgSpeechSection *section = lg_speech_script_get_section (script, s);

      g_assert_cmpuint (section->first, ==, total);
      g_assert_cmpuint (section->n_sentences, >, 0);
      total += section->n_sentences;
    }
  g_assert_cmpuint (total, ==, lg_speech_script_get_n_sentences (script));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  corpus = load_fixture ();

  g_test_add_func ("/speech-text/no-markup", test_no_markup);
  g_test_add_func ("/speech-text/no-link-targets", test_no_link_targets);
  g_test_add_func ("/speech-text/names-as-words", test_names_as_words);
  g_test_add_func ("/speech-text/no-bullets", test_no_bullets);
  g_test_add_func ("/speech-text/skipped-blocks", test_skipped_blocks);
  g_test_add_func ("/speech-text/ssml", test_ssml);
  g_test_add_func ("/speech-text/numbers", test_numbers);
  g_test_add_func ("/speech-text/phone-number", test_phone_number);
  g_test_add_func ("/speech-text/sentences", test_sentences_and_offsets);
  g_test_add_func ("/speech-text/language", test_language);
  g_test_add_func ("/speech-text/sections", test_sections);

  status = g_test_run ();
  g_object_unref (corpus);
  return status;
}
