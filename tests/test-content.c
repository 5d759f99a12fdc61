/* test-content.c: the bundled guide meets the content rules
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading already proves that every link, glossary name and source id
 * resolves; these tests check what loading does not.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lg-corpus.h"
#include "lg-document.h"
#include "lg-document-text.h"

static LgCorpus *corpus;

static gboolean
is_main_group (const char *group)
{
  return g_str_equal (group, "understanding") || g_str_equal (group, "aml") ||
         g_str_equal (group, "all") || g_str_equal (group, "care");
}

static void
test_sizes (void)
{
  guint written = 0;

  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    if (!lg_corpus_get_topic (corpus, i)->generated)
      written++;
  g_assert_cmpuint (written, >=, 10);
  g_assert_cmpuint (lg_corpus_get_n_terms (corpus), >=, 40);
  g_assert_cmpuint (lg_corpus_get_n_medicines (corpus), >=, 20);
  g_assert_nonnull (lg_corpus_find_topic (corpus, "glossary"));
  g_assert_nonnull (lg_corpus_find_topic (corpus, "medicines"));
  g_assert_nonnull (lg_corpus_find_topic (corpus, "about"));
  g_assert_nonnull (lg_corpus_find_topic (corpus, "getting-support"));
}

static void
test_sources_and_dates (void)
{
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      g_assert_nonnull (topic->sources[0]);
      g_assert_true (g_str_has_prefix (topic->checked, "20"));
      for (guint s = 0; topic->sources[s]; s++)
        {
          const LgSource *source = lg_corpus_find_source (corpus, topic->sources[s]);

          g_assert_nonnull (source);
          g_assert_true (g_str_has_prefix (source->url, "https://"));
          g_assert_nonnull (source->date);
        }
    }
}

static void
test_questions (void)
{
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      if (topic->n_questions > 0 || is_main_group (topic->group->id))
        {
          g_test_message ("questions of %s: %u", topic->id, topic->n_questions);
          g_assert_cmpuint (topic->n_questions, >=, 5);
          g_assert_cmpuint (topic->n_questions, <=, 10);
        }
      for (guint q = 0; q < topic->n_questions; q++)
        g_assert_true (g_str_has_suffix (topic->questions[q]->plain, "?"));
    }
}

static void
collect (const char *context,
         const char *source,
         gboolean    has_markup,
         gpointer    user_data)
{
  g_ptr_array_add (user_data, (gpointer) source);
}

/* What a reader sees must hold no markup left over and no stray space. */
static void
test_clean_text (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  lg_corpus_foreach_translatable (corpus, collect, texts);
  g_assert_cmpuint (texts->len, >, 500);

  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      for (guint s = 0; s < topic->n_sections; s++)
        for (guint b = 0; b < topic->sections[s]->n_blocks; b++)
          {
            const LgBlock *block = topic->sections[s]->blocks[b];

            for (guint n = 0; n < block->n_items; n++)
              {
                const char *plain = block->items[n]->plain;

                if (strpbrk (plain, "*[]<>") != NULL || strstr (plain, "  ") != NULL ||
                    g_ascii_isspace (plain[0]) || g_ascii_isspace (plain[strlen (plain) - 1]))
                  g_error ("Stray markup or space in %s: “%s”", topic->id, plain);
              }
          }
    }
}

static const char * const drug_endings[] = {
  "mab", "nib", "leucel", "rubicin", "abine", "citabine", "posid", "platin",
  "clax", "ozogamicin", "trexate", "phamide", "tidine", "uridine", "antrone",
  "stim", "arabine", "enib", "afenib", "rafenib", "lisib", "degib", NULL
};

static gboolean
is_medicine_name (const char *word)
{
  for (guint m = 0; m < lg_corpus_get_n_medicines (corpus); m++)
    {
      const LgMedicine *med = lg_corpus_get_medicine (corpus, m);
      g_autofree char *name = g_utf8_casefold (med->name->source, -1);
      g_auto(GStrv) parts = g_strsplit (name, " ", -1);

      for (guint p = 0; parts[p]; p++)
        if (g_str_equal (parts[p], word))
          return TRUE;
      for (guint b = 0; med->brands[b]; b++)
        {
          g_autofree char *brand = g_utf8_casefold (med->brands[b], -1);

          if (g_str_equal (brand, word))
            return TRUE;
        }
    }
  return FALSE;
}

/* Every word that looks like a medicine's name has an A–Z entry, and every
 * entry is named somewhere in the guide's topics. */
static void
test_medicines_named (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GRegex) words = g_regex_new ("[A-Za-z]+", 0, 0, NULL);
  guint checked = 0;

  lg_corpus_foreach_translatable (corpus, collect, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (words, g_ptr_array_index (texts, i), 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *word = g_match_info_fetch (match, 0);
          g_autofree char *folded = g_utf8_casefold (word, -1);

          for (guint e = 0; drug_endings[e]; e++)
            if (strlen (folded) > strlen (drug_endings[e]) + 3 &&
                g_str_has_suffix (folded, drug_endings[e]))
              {
                if (!is_medicine_name (folded))
                  g_error ("“%s” looks like a medicine but has no Medicines A–Z entry", word);
                checked++;
                break;
              }
          g_match_info_next (match, NULL);
        }
    }
  g_test_message ("%u medicine-like words checked", checked);
  g_assert_cmpuint (checked, >, 50);

  for (guint m = 0; m < lg_corpus_get_n_medicines (corpus); m++)
    {
      const LgMedicine *med = lg_corpus_get_medicine (corpus, m);

      if (med->mentioned_in[0] == NULL)
        g_error ("The medicine “%s” is named in no topic", med->id);
    }
}

/* The disclaimer and the support topic's helpline are as published. */
static void
test_support_numbers (void)
{
  const LgTopic *support = lg_corpus_find_topic (corpus, "getting-support");
  gboolean helpline = FALSE;

  for (guint s = 0; s < support->n_sections; s++)
    for (guint b = 0; b < support->sections[s]->n_blocks; b++)
      for (guint n = 0; n < support->sections[s]->blocks[b]->n_items; n++)
        if (strstr (support->sections[s]->blocks[b]->items[n]->plain, "08088 010 444"))
          helpline = TRUE;
  g_assert_true (helpline);
}

/* Every topic says when it was checked against its sources and when it is
 * next due, and says "checked", never "reviewed": no clinician reviewed it.
 */
static void
test_next_check (void)
{
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_autoptr(LgDocument) doc = lg_document_new (corpus, topic, NULL);
      gboolean has_meta = FALSE;

      g_assert_nonnull (topic->next_check);
      g_assert_cmpstr (topic->next_check, >, topic->checked);
      for (guint b = 0; b < lg_document_get_n_blocks (doc); b++)
        {
          const LgDocBlock *block = lg_document_get_block (doc, b);

          if (block->kind == LG_DOC_META)
            {
              has_meta = TRUE;
              g_assert_true (g_str_has_prefix (block->text->plain, "Checked against its sources on "));
              g_assert_nonnull (strstr (block->text->plain, " · next check due "));
            }
          g_assert_null (strstr (block->text->plain, "Reviewed"));
        }
      g_assert_true (has_meta);
    }
}

static gboolean
document_has_overdue_notice (const LgTopic *topic)
{
  g_autoptr(LgDocument) doc = lg_document_new (corpus, topic, NULL);

  for (guint b = 0; b < lg_document_get_n_blocks (doc); b++)
    {
      const LgDocBlock *block = lg_document_get_block (doc, b);

      if (block->kind == LG_DOC_CALLOUT && block->title != NULL &&
          g_str_equal (block->title->plain, "This page may be out of date"))
        {
          /* It comes first, before any section, and names the due date. */
          g_assert_null (block->section_id);
          g_assert_true (b > 0 && lg_document_get_block (doc, b - 1)->kind == LG_DOC_META);
          return TRUE;
        }
    }
  return FALSE;
}

/* Past a topic's next check date, the topic opens with a notice. */
static void
test_overdue_notice (void)
{
  const LgTopic *topic = lg_corpus_find_topic (corpus, "relapse-basics");

  g_assert_nonnull (topic);

  g_assert_false (lg_document_topic_is_overdue (topic, topic->checked));
  g_assert_false (lg_document_topic_is_overdue (topic, topic->next_check));
  g_assert_true (lg_document_topic_is_overdue (topic, "2099-01-01"));

  g_setenv ("LG_TODAY", topic->next_check, TRUE);
  g_assert_false (document_has_overdue_notice (topic));
  g_setenv ("LG_TODAY", "2099-01-01", TRUE);
  g_assert_true (document_has_overdue_notice (topic));
  /* The generated topics too: they are due when the first topic is. */
  g_assert_true (document_has_overdue_notice (lg_corpus_find_topic (corpus, "glossary")));
  g_unsetenv ("LG_TODAY");
}

/* MRD negative means any leukaemia left is below what the test can find:
 * never "no leukaemia cells", which reassures falsely.
 */
static void
test_mrd_negative (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GRegex) none = g_regex_new ("MRD[ -]negative\\W+(means\\s+)?(that\\s+)?"
                                        "(none|no\\s+(leuka?emia|cells))",
                                        G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) none_found = g_regex_new ("\\b(none|no leuka?emia cells?)\\s+"
                                              "(were|was|is|are|can be|could be)\\s+found",
                                              G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) negative = g_regex_new ("MRD[ -]negative", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) limit = g_regex_new ("\\b(below|detect|rule)", G_REGEX_CASELESS, 0, NULL);
  guint explained = 0;

  lg_corpus_foreach_translatable (corpus, collect, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (g_regex_match (none, text, 0, NULL) ||
          (strstr (text, "MRD") != NULL && g_regex_match (none_found, text, 0, NULL)))
        g_error ("MRD negative said to mean no leukaemia: “%s”", text);
      /* Longer than a term: it explains the result, so it names the limit. */
      if (strlen (text) > 40 && g_regex_match (negative, text, 0, NULL))
        {
          if (!g_regex_match (limit, text, 0, NULL))
            g_error ("MRD negative without the test's limit: “%s”", text);
          explained++;
        }
    }
  g_test_message ("%u texts explain MRD negative", explained);
  g_assert_cmpuint (explained, >=, 4);
}

static gboolean
is_crisis_box (const char *source)
{
  static const char * const lines[] = {
    "](tel:999)", "](tel:911)", "](tel:112)", "](tel:988)", "](tel:3114)", "](tel:116123)", NULL
  };

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (source, lines[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* A helpline is never mistaken for the hospital's 24-hour line. */
static void
test_helplines_not_for_emergencies (void)
{
  guint helplines = 0;

  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);

      for (guint s = 0; s < topic->n_sections; s++)
        for (guint b = 0; b < topic->sections[s]->n_blocks; b++)
          {
            const LgBlock *block = topic->sections[s]->blocks[b];

            if (block->type != LG_BLOCK_CALLOUT || block->kind != LG_CALLOUT_CONTACT ||
                strstr (block->items[0]->source, "](tel:") == NULL)
              continue;
            /* Emergency and crisis lines (999, 911, 112; 988, 3114 and
             * Samaritans' 116 123) are for emergencies. */
            if (is_crisis_box (block->items[0]->source))
              continue;
            if (strstr (block->items[0]->plain, "not for emergencies") == NULL)
              g_error ("The helpline box in %s#%s does not say it is not for emergencies",
                       topic->id, topic->sections[s]->id);
            helplines++;
          }
    }
  g_test_message ("%u helpline boxes", helplines);
  g_assert_cmpuint (helplines, >=, 6);
}

static gboolean
ends_with_act_now_link (const LgInline *text)
{
  const LgRun *last = &text->runs[text->n_runs - 1];

  return last->link == LG_LINK_TOPIC && g_strcmp0 (last->target, "act-now") == 0 &&
         g_str_equal (last->text, "What to do now");
}

/* Every warning leads to the page on acting fast: in the document that the
 * screen and print draw, and in the plain text; the page itself does not
 * point to itself. */
static void
test_warnings_link_act_now (void)
{
  guint warnings = 0;

  g_assert_nonnull (lg_corpus_find_topic (corpus, "act-now"));
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_autoptr(LgDocument) doc = lg_document_new (corpus, topic, NULL);
      gboolean self = g_str_equal (topic->id, "act-now");
      g_autofree char *text = lg_document_to_text (doc, G_MAXINT / 2);

      for (guint b = 0; b < lg_document_get_n_blocks (doc); b++)
        {
          const LgDocBlock *block = lg_document_get_block (doc, b);

          if (block->kind != LG_DOC_CALLOUT)
            continue;
          if (block->callout == LG_CALLOUT_WARNING && !self)
            {
              if (!ends_with_act_now_link (block->text))
                g_error ("A warning in %s does not lead to Act now: “%s”", topic->id,
                         block->text->plain);
              g_assert_true (g_str_has_suffix (block->text->plain, " What to do now"));
              g_assert_nonnull (strstr (text, block->text->plain));
              warnings++;
            }
          else
            g_assert_false (ends_with_act_now_link (block->text));
        }
    }
  g_test_message ("%u warnings lead to Act now", warnings);
  g_assert_cmpuint (warnings, >=, 10);
}

/* Every warning says what to do and how fast: tests/test-safety.c. */

static char *
fold (const char *text)
{
  return g_utf8_casefold (text, -1);
}

static gboolean
says_what_to_do (const char *folded)
{
  static const char * const actions[] = { "call ", "tell ", "go to ", NULL };
  static const char * const speeds[] = { "straight away", "at once", "999", NULL };
  gboolean action = FALSE, speed = FALSE;

  for (guint i = 0; actions[i]; i++)
    action = action || strstr (folded, actions[i]) != NULL;
  for (guint i = 0; speeds[i]; i++)
    speed = speed || strstr (folded, speeds[i]) != NULL;
  return action && speed;
}

/* Each medicine whose US label has a boxed warning says so, names every
 * subject of that warning, and says what to do: for the medicines of
 * ALL, whom to call (the 24-hour number); for the others, an action and
 * how fast. Add a row when a medicine with a boxed warning joins the
 * guide. Words are matched without regard to case.
 */
static const struct
{
  const char *medicine;
  const char *subjects[5];
  const char *what_to_do;  /* these words, or NULL for an action and a speed */
} boxed_warnings[] = {
  { "blinatumomab", { "cytokine release syndrome", "brain and nerves" }, "24-hour number" },
  { "inotuzumab-ozogamicin", { "liver", "veno-occlusive disease", "after a transplant" }, "24-hour number" },
  { "tisagenlecleucel", { "cytokine release syndrome", "brain and nerves", "T cells" }, "24-hour number" },
  { "brexucabtagene-autoleucel", { "cytokine release syndrome", "brain and nerves", "T cells" }, "24-hour number" },
  { "obecabtagene-autoleucel", { "cytokine release syndrome", "brain and nerves", "T cells" }, "24-hour number" },
  { "ponatinib", { "arteries", "blood clots", "heart failure", "liver" }, "24-hour number" },
  { "nelarabine", { "brain and nerves" }, "24-hour number" },
  { "tretinoin", { "baby", "contraception", "differentiation syndrome" }, NULL },
  { "arsenic-trioxide", { "differentiation syndrome", "heart rhythm", "encephalopathy" }, NULL },
  { "gilteritinib", { "differentiation syndrome" }, NULL },
  { "ivosidenib", { "differentiation syndrome" }, NULL },
  { "olutasidenib", { "differentiation syndrome" }, NULL },
  { "enasidenib", { "differentiation syndrome" }, NULL },
  { "ziftomenib", { "differentiation syndrome" }, NULL },
  { "revumenib", { "differentiation syndrome", "heart rhythm" }, NULL },
  { "gemtuzumab-ozogamicin", { "liver", "veno-occlusive" }, NULL },
  { "quizartinib", { "heart rhythm" }, NULL },
  { "cpx-351", { "must not be swapped" }, NULL },
  { "cytarabine", { "bone marrow" }, NULL },
  { "daunorubicin", { "heart", "leaks out of the vein", "blood counts" }, NULL },
  { "idarubicin", { "heart", "leaks out of the vein", "blood counts" }, NULL },
  { "doxorubicin", { "heart", "second blood cancer", "leaks out of the vein", "blood counts" }, NULL },
  { "mitoxantrone", { "heart", "second leukaemia", "leaks out of the vein" }, NULL },
  { "etoposide", { "blood counts" }, NULL },
  { "fludarabine", { "blood counts", "brain and nerves", "red cells", "lung" }, NULL },
  { "methotrexate", { "unborn baby", "allergic", "preservative-free" }, NULL },
};

static void
test_boxed_warnings (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (boxed_warnings); i++)
    {
      const LgMedicine *med = lg_corpus_find_medicine (corpus, boxed_warnings[i].medicine);
      const char *what_to_do = boxed_warnings[i].what_to_do;
      g_autofree char *use = NULL;

      if (med == NULL)
        g_error ("No medicine “%s”", boxed_warnings[i].medicine);
      use = fold (med->use->plain);
      if (strstr (use, "boxed warning") == NULL)
        g_error ("%s does not say its US label has a boxed warning", med->id);
      for (guint s = 0; s < G_N_ELEMENTS (boxed_warnings[i].subjects) && boxed_warnings[i].subjects[s]; s++)
        {
          g_autofree char *subject = fold (boxed_warnings[i].subjects[s]);

          if (strstr (use, subject) == NULL)
            g_error ("%s does not name its boxed warning about “%s”", med->id,
                     boxed_warnings[i].subjects[s]);
        }
      if (what_to_do != NULL ? strstr (use, what_to_do) == NULL : !says_what_to_do (use))
        g_error ("%s names its boxed warnings but not what to do", med->id);
    }
}

/* Licence words say what they mean: "licensed", "off-label" and
 * "unlicensed" are glossary entries that explain them, each medicine's
 * use below is named rightly, and NICE, which recommends, is never said
 * to approve or license. Words are matched without regard to case.
 */
static const struct
{
  const char *term;
  const char *words;
} licence_terms[] = {
  { "licensed-medicine", "MHRA" },
  { "licensed-medicine", "EMA" },
  { "licensed-medicine", "FDA" },
  { "unlicensed-medicine", "no licence" },
  { "off-label", "licensed" },
  { "off-label", "off-label" },
  { "off-label", "unlicensed" },
};

static const struct
{
  const char *medicine;
  const char *words;
} licences[] = {
  { "venetoclax", "licensed" },
  { "venetoclax", "off-label" },
  { "ivosidenib", "off-label" },
  { "enasidenib", "unlicensed" },
  { "gemtuzumab-ozogamicin", "off-label" },
};

static void
test_licence_words (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GRegex) nice = g_regex_new ("(NICE\\s+(has\\s+)?(?i:approv|licen[cs])|"
                                        "(?i:approved|licensed)\\s+by\\s+NICE)",
                                        0, 0, NULL);
  g_autoptr(GRegex) unlicensed_for = g_regex_new ("\\bunlicensed\\s+for\\b", G_REGEX_CASELESS, 0, NULL);
  const LgTopic *about;
  const LgSection *countries;
  gboolean defined = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (licence_terms); i++)
    {
      const LgTerm *term = lg_corpus_find_term (corpus, licence_terms[i].term);
      g_autofree char *definition = NULL;
      g_autofree char *words = fold (licence_terms[i].words);

      g_assert_nonnull (term);
      definition = fold (term->definition->plain);
      if (strstr (definition, words) == NULL)
        g_error ("The glossary's “%s” does not say “%s”", term->id, licence_terms[i].words);
    }

  for (guint i = 0; i < G_N_ELEMENTS (licences); i++)
    {
      const LgMedicine *med = lg_corpus_find_medicine (corpus, licences[i].medicine);
      g_autofree char *use = fold (med->use->plain);

      if (strstr (use, licences[i].words) == NULL)
        g_error ("%s does not say it is %s", med->id, licences[i].words);
    }

  about = lg_corpus_find_topic (corpus, "about");
  countries = lg_topic_find_section (about, "countries");
  g_assert_nonnull (countries);
  for (guint b = 0; b < countries->n_blocks; b++)
    if (countries->blocks[b]->type == LG_BLOCK_DEFINITIONS)
      {
        g_assert_cmpuint (countries->blocks[b]->n_items, ==, 6);
        g_assert_cmpstr (countries->blocks[b]->items[2]->plain, ==, "Off-label");
        g_assert_cmpstr (countries->blocks[b]->items[4]->plain, ==, "Unlicensed");
        defined = TRUE;
      }
  g_assert_true (defined);

  lg_corpus_foreach_translatable (corpus, collect, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (g_regex_match (nice, text, 0, NULL))
        g_error ("NICE recommends, it does not approve or license: “%s”", text);
      if (g_regex_match (unlicensed_for, text, 0, NULL))
        g_error ("A medicine licensed for something else is off-label, not unlicensed: “%s”", text);
    }
}

/* Claims that were wrong once, and must not come back. */
static const struct
{
  const char *phrase;
  const char *why;
} false_claims[] = {
  { "each drug only works if", "venetoclax needs no matching genetic change" },
  { "unlikely to help much", "an outlook needs its basis and the next step's aim" },
  { "often does not last long", "an outlook needs its basis and the next step's aim" },
  { "for some months after", "the tretinoin label says 1 month after the last dose" },
  { "at least a few months after", "the tretinoin label says 1 month after the last dose" },
};

static void
test_false_claims (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  lg_corpus_foreach_translatable (corpus, collect, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *text = fold (g_ptr_array_index (texts, i));

      for (guint c = 0; c < G_N_ELEMENTS (false_claims); c++)
        if (strstr (text, false_claims[c].phrase) != NULL)
          g_error ("“%s” is wrong: %s", false_claims[c].phrase, false_claims[c].why);
    }
}

/* An outlook section with figures says what they are based on and that
 * they describe groups of people. */
static void
test_outlook_context (void)
{
  guint outlooks = 0;

  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      const LgSection *section = lg_topic_find_section (topic, "outlook");
      g_autoptr(GString) all = g_string_new (NULL);
      g_autofree char *text = NULL;

      if (section == NULL)
        continue;
      outlooks++;
      for (guint b = 0; b < section->n_blocks; b++)
        for (guint n = 0; n < section->blocks[b]->n_items; n++)
          g_string_append_printf (all, "%s\n", section->blocks[b]->items[n]->plain);
      text = fold (all->str);
      if (strchr (text, '%') != NULL &&
          (strstr (text, "groups") == NULL || strstr (text, "based on") == NULL ||
           strstr (text, "aim") == NULL))
        g_error ("The outlook in %s gives figures without their basis, the groups "
                 "they describe, or the aim of the next step", topic->id);
    }
  g_assert_cmpuint (outlooks, >=, 1);
  g_assert_nonnull (lg_topic_find_section (lg_corpus_find_topic (corpus, "aml-treatment-choices"),
                                           "outlook"));
}

/* AML treatment changes fast: its topics open with 3 to 5 key points and
 * are checked again within 6 months. */
static void
test_aml_topics_current (void)
{
  guint aml = 0;

  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_autoptr(GDateTime) checked = NULL;
      g_autoptr(GDateTime) due = NULL;
      g_autoptr(GDateTime) limit = NULL;
      g_autofree char *checked_iso = NULL;
      g_autofree char *due_iso = NULL;

      if (topic->generated || !g_str_equal (topic->group->id, "aml"))
        continue;
      aml++;
      if (topic->n_key_points < 3 || topic->n_key_points > 5)
        g_error ("%s has %u key points, not 3 to 5", topic->id, topic->n_key_points);
      checked_iso = g_strconcat (topic->checked, "T00:00:00Z", NULL);
      due_iso = g_strconcat (topic->next_check, "T00:00:00Z", NULL);
      checked = g_date_time_new_from_iso8601 (checked_iso, NULL);
      due = g_date_time_new_from_iso8601 (due_iso, NULL);
      g_assert_nonnull (checked);
      g_assert_nonnull (due);
      limit = g_date_time_add_months (checked, 6);
      if (g_date_time_compare (due, limit) > 0)
        g_error ("%s is next checked on %s, more than 6 months after %s",
                 topic->id, topic->next_check, topic->checked);
    }
  g_assert_cmpuint (aml, >=, 6);
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

  corpus = lg_corpus_get_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/content/sizes", test_sizes);
  g_test_add_func ("/content/sources-and-dates", test_sources_and_dates);
  g_test_add_func ("/content/questions", test_questions);
  g_test_add_func ("/content/clean-text", test_clean_text);
  g_test_add_func ("/content/medicines-named", test_medicines_named);
  g_test_add_func ("/content/support-numbers", test_support_numbers);
  g_test_add_func ("/content/next-check", test_next_check);
  g_test_add_func ("/content/overdue-notice", test_overdue_notice);
  g_test_add_func ("/content/mrd-negative", test_mrd_negative);
  g_test_add_func ("/content/helplines-not-for-emergencies", test_helplines_not_for_emergencies);
  g_test_add_func ("/content/warnings-link-act-now", test_warnings_link_act_now);
  g_test_add_func ("/content/false-claims", test_false_claims);
  g_test_add_func ("/content/outlook-context", test_outlook_context);
  g_test_add_func ("/content/aml-topics-current", test_aml_topics_current);
  g_test_add_func ("/content/boxed-warnings", test_boxed_warnings);
  g_test_add_func ("/content/licence-words", test_licence_words);

  ret = g_test_run ();
  g_object_unref (corpus);
  return ret;
}
