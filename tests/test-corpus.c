/* test-corpus.c: the corpus loader and the inline markup parser
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "lg-corpus.h"
#include "lg-document.h"
#include "lg-document-text.h"
#include "lg-history.h"
#include "lg-markup.h"

static char *
data_path (const char *dir,
           const char *file)
{
  return g_test_build_filename (G_TEST_DIST, "data", dir, file, NULL);
}

static LgCorpus *
load_valid (void)
{
  g_autofree char *path = data_path ("valid", NULL);
  g_autoptr(GError) error = NULL;
  LgCorpus *corpus = lg_corpus_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (corpus);
  return corpus;
}

static void
test_valid_load (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  const LgTopic *first, *glossary, *medicines;
  const LgMedicine *med;
  const LgBlock *para;

  /* Two written topics, then the two the loader builds in “reference”. */
  g_assert_cmpuint (lg_corpus_get_n_topics (corpus), ==, 4);
  g_assert_cmpstr (lg_corpus_get_topic (corpus, 0)->id, ==, "first");
  g_assert_cmpstr (lg_corpus_get_topic (corpus, 1)->id, ==, "second");
  g_assert_cmpstr (lg_corpus_get_topic (corpus, 2)->id, ==, "glossary");
  g_assert_cmpstr (lg_corpus_get_topic (corpus, 3)->id, ==, "medicines");
  g_assert_cmpuint (lg_corpus_get_n_groups (corpus), ==, 2);

  first = lg_corpus_find_topic (corpus, "first");
  g_assert_nonnull (first);
  /* Titles are plain: markup-looking text stays as it is. */
  g_assert_cmpstr (first->title->plain, ==, "First <b>topic</b> & more");
  g_assert_cmpstr (first->group->id, ==, "basics");
  g_assert_cmpstr (first->checked, ==, "2026-11-20");
  g_assert_cmpuint (first->n_sections, ==, 1);
  g_assert_cmpuint (first->sections[0]->n_blocks, ==, 6);
  g_assert_cmpuint (first->n_questions, ==, 2);
  g_assert_cmpstr (first->keywords[0], ==, "opening");

  /* Bare links resolve to the glossary (by alias) and to medicines (by brand). */
  para = first->sections[0]->blocks[0];
  g_assert_cmpint (para->type, ==, LG_BLOCK_PARAGRAPH);
  g_assert_cmpstr (para->items[0]->plain, ==,
                   "Literal <i>tags</i> & chemo and Testex stay text.");
  g_assert_cmpuint (para->items[0]->n_runs, ==, 5);
  g_assert_cmpint (para->items[0]->runs[1].link, ==, LG_LINK_GLOSSARY);
  g_assert_cmpstr (para->items[0]->runs[1].target, ==, "chemotherapy");
  g_assert_cmpint (para->items[0]->runs[3].link, ==, LG_LINK_MEDICINE);
  g_assert_cmpstr (para->items[0]->runs[3].target, ==, "testumab");

  g_assert_cmpint (first->summary->runs[1].link, ==, LG_LINK_TOPIC);
  g_assert_cmpstr (first->summary->runs[1].target, ==, "second#part-two");

  /* Sorted reference data, and back-links from medicines to topics. */
  g_assert_cmpuint (lg_corpus_get_n_terms (corpus), ==, 2);
  g_assert_cmpstr (lg_corpus_get_term (corpus, 0)->id, ==, "chemotherapy");
  med = lg_corpus_find_medicine (corpus, "testumab");
  g_assert_nonnull (med);
  g_assert_cmpstr (med->brands[0], ==, "Testex");
  g_assert_cmpuint (med->n_approvals, ==, 1);
  g_assert_cmpstr (med->approvals[0]->date, ==, "2024-11-15");
  g_assert_cmpstr (med->mentioned_in[0], ==, "first");
  g_assert_cmpstr (med->mentioned_in[1], ==, "second");
  g_assert_null (med->mentioned_in[2]);

  glossary = lg_corpus_find_topic (corpus, "glossary");
  g_assert_true (glossary->generated);
  g_assert_cmpuint (glossary->n_sections, ==, 2);
  g_assert_cmpstr (glossary->sections[1]->id, ==, "remission");
  g_assert_cmpstr (glossary->sections[1]->title->plain, ==, "Remission");
  g_assert_cmpstr (glossary->sources[0], ==, "src-one");

  medicines = lg_corpus_find_topic (corpus, "medicines");
  g_assert_cmpuint (medicines->n_sections, ==, 1);
  g_assert_cmpstr (medicines->sections[0]->title->plain, ==, "Testumab");

  g_assert_cmpuint (lg_corpus_get_n_synonym_sets (corpus), ==, 1);
  g_assert_cmpstr (lg_corpus_get_synonym_set (corpus, 0)[1], ==, "chemotherapy");
  g_assert_cmpstr (lg_corpus_get_disclaimer (corpus)->plain, ==,
                   "Test fixture disclaimer: talk to your care team.");
}

static void
test_valid_single_file (void)
{
  g_autofree char *path = data_path ("valid", "corpus.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lg_corpus_get_n_topics (corpus), ==, 4);
}

static void
test_missing_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path ("/nonexistent/corpus.json", &error);

  g_assert_null (corpus);
  g_assert_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_IO);
}

typedef struct
{
  const char *name;
  int         code;
  const char *message;
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "bad-date", LG_CORPUS_ERROR_DATE,
    "bad-date.json: $.topics[0].checked: “2026-13-01” is not a valid date (expected YYYY-MM-DD, YYYY-MM or YYYY)" },
  { "late-next-check", LG_CORPUS_ERROR_VALUE,
    "late-next-check.json: $.topics[0].next_check: “2027-11-21” must be after the check on “2026-11-20” and at most 12 months later" },
  { "no-key-points", LG_CORPUS_ERROR_VALUE,
    "no-key-points.json: $.topics[0].key_points: expected 1 to 6 key points, found 0" },
  { "bad-id", LG_CORPUS_ERROR_VALUE,
    "bad-id.json: $.topics[0].id: “First Topic” is not a valid id (expected lower-case letters, digits and hyphens, starting with a letter)" },
  { "duplicate-section", LG_CORPUS_ERROR_DUPLICATE,
    "duplicate-section.json: $.topics[0].sections[1]: duplicate section id “part-one”" },
  { "duplicate-topic", LG_CORPUS_ERROR_DUPLICATE,
    "duplicate-topic.json: $.topics[1]: duplicate topic id “first”" },
  { "empty-items", LG_CORPUS_ERROR_EMPTY,
    "empty-items.json: $.topics[0].sections[0].blocks[1].items: expected at least one item, found none" },
  { "empty-text", LG_CORPUS_ERROR_EMPTY,
    "empty-text.json: $.topics[0].sections[0].blocks[0].text: expected text, found an empty string" },
  { "file-link", LG_CORPUS_ERROR_SCHEME,
    "file-link.json: $.topics[0].sections[0].blocks[0].text: link “file:///etc/passwd” is not allowed (expected topic:, glossary:, medicine:, https://, mailto: or tel:)" },
  { "javascript-link", LG_CORPUS_ERROR_SCHEME,
    "javascript-link.json: $.topics[0].sections[0].blocks[0].text: link “javascript:alert” is not allowed (expected topic:, glossary:, medicine:, https://, mailto: or tel:)" },
  { "line-break", LG_CORPUS_ERROR_VALUE,
    "line-break.json: $.topics[0].sections[0].blocks[0].text: text holds a control character (line break or tab)" },
  { "missing-section-link", LG_CORPUS_ERROR_LINK,
    "missing-section-link.json: $.topics[0].summary: link to section “nowhere” of topic “second”, which does not exist" },
  { "missing-summary", LG_CORPUS_ERROR_MISSING,
    "missing-summary.json: $.topics[0]: missing required member “summary”" },
  { "missing-topic-link", LG_CORPUS_ERROR_LINK,
    "missing-topic-link.json: $.topics[0].summary: link to topic “nowhere”, which does not exist" },
  { "name-clash", LG_CORPUS_ERROR_DUPLICATE,
    "name-clash.json: $.medicines[0].brands: the name “Testex” is already used by another glossary term or medicine" },
  { "no-groups", LG_CORPUS_ERROR_MISSING,
    "no file defines “groups”" },
  { "padded-text", LG_CORPUS_ERROR_VALUE,
    "padded-text.json: $.topics[0].sections[0].title: text starts or ends with white space" },
  { "reserved-id", LG_CORPUS_ERROR_VALUE,
    "reserved-id.json: $.topics[1].id: the topic id “glossary” is reserved for the topic the app builds itself" },
  { "root-array", LG_CORPUS_ERROR_TYPE,
    "root-array.json: $: expected an object, found an array" },
  { "syntax-error", LG_CORPUS_ERROR_SYNTAX,
    "syntax-error.json:1:42: Parse error: unexpected character `,', expected character `]'" },
  { "table-row-length", LG_CORPUS_ERROR_VALUE,
    "table-row-length.json: $.topics[0].sections[0].blocks[5].rows[2]: expected 2 cells like the header, found 1" },
  { "unclosed-strong", LG_CORPUS_ERROR_MARKUP,
    "unclosed-strong.json: $.topics[0].sections[0].blocks[0].text: “**” is never closed" },
  { "unknown-block-type", LG_CORPUS_ERROR_BLOCK_TYPE,
    "unknown-block-type.json: $.topics[0].sections[0].blocks[0].type: unknown block type “quote” (expected paragraph, bullets, numbered, callout, definitions or table)" },
  { "unknown-callout-kind", LG_CORPUS_ERROR_VALUE,
    "unknown-callout-kind.json: $.topics[0].sections[0].blocks[3].kind: unknown callout kind “danger” (expected info, warning or contact)" },
  { "unknown-group", LG_CORPUS_ERROR_VALUE,
    "unknown-group.json: $.topics[1].group: unknown group “elsewhere”" },
  { "unknown-key", LG_CORPUS_ERROR_UNKNOWN_KEY,
    "unknown-key.json: $.topics[0].colour: unknown key “colour” (expected one of: id, title, group, summary, checked, next_check, key_points, sources, keywords, sections, questions)" },
  { "unknown-leukaemia", LG_CORPUS_ERROR_VALUE,
    "unknown-leukaemia.json: $.medicines[0].leukaemias[1]: unknown leukaemia “cml” (expected aml, apl or all)" },
  { "unknown-name", LG_CORPUS_ERROR_LINK,
    "unknown-name.json: $.topics[0].sections[0].blocks[0].text: “[nonsense]” names no glossary term or medicine" },
  { "unknown-source", LG_CORPUS_ERROR_SOURCE,
    "unknown-source.json: $.topics[0].sources: unknown source id “nope”" },
  { "wrong-type", LG_CORPUS_ERROR_TYPE,
    "wrong-type.json: $.topics[0].sections[0].blocks: expected an array, found a string" },
};

static void
test_invalid (gconstpointer data)
{
  const InvalidCase *tc = data;
  g_autofree char *file = g_strconcat (tc->name, ".json", NULL);
  g_autofree char *path = data_path ("invalid", file);
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_path (path, &error);

  g_assert_null (corpus);
  g_assert_error (error, LG_CORPUS_ERROR, tc->code);
  g_assert_cmpstr (error->message, ==, tc->message);
}

typedef struct
{
  const char *source;
  const char *plain;      /* NULL: must fail */
  guint       n_runs;
  int         last_flags;
  int         last_link;
  const char *last_target;
} MarkupCase;

static const MarkupCase markup_cases[] = {
  { "plain words", "plain words", 1, LG_RUN_PLAIN, LG_LINK_NONE, NULL },
  { "a **strong** word", "a strong word", 3, LG_RUN_PLAIN, LG_LINK_NONE, NULL },
  { "an *emphasised* end*", NULL, 0, 0, 0, NULL },
  { "end *em*", "end em", 2, LG_RUN_EMPHASIS, LG_LINK_NONE, NULL },
  { "**bold *both***", "bold both", 2, LG_RUN_STRONG | LG_RUN_EMPHASIS, LG_LINK_NONE, NULL },
  { "escaped \\*stars\\* and \\[brackets\\]", "escaped *stars* and [brackets]", 1,
    LG_RUN_PLAIN, LG_LINK_NONE, NULL },
  { "see [x](topic:abc)", "see x", 2, LG_RUN_PLAIN, LG_LINK_TOPIC, "abc" },
  { "see [x](topic:abc#def-2)", "see x", 2, LG_RUN_PLAIN, LG_LINK_TOPIC, "abc#def-2" },
  { "see [x](glossary:mrd)", "see x", 2, LG_RUN_PLAIN, LG_LINK_GLOSSARY, "mrd" },
  { "see [x](medicine:gilteritinib)", "see x", 2, LG_RUN_PLAIN, LG_LINK_MEDICINE, "gilteritinib" },
  { "web [x](https://example.org/a?b=c)", "web x", 2, LG_RUN_PLAIN, LG_LINK_EXTERNAL,
    "https://example.org/a?b=c" },
  { "mail [x](mailto:a@example.org)", "mail x", 2, LG_RUN_PLAIN, LG_LINK_EXTERNAL,
    "mailto:a@example.org" },
  { "call [x](tel:+448088010444)", "call x", 2, LG_RUN_PLAIN, LG_LINK_EXTERNAL,
    "tel:+448088010444" },
  { "**[bold link](topic:a)**", "bold link", 1, LG_RUN_STRONG, LG_LINK_TOPIC, "a" },
  { "name [bone marrow]", "name bone marrow", 2, LG_RUN_PLAIN, LG_LINK_NAME, NULL },
  { "<b>not markup</b> & more", "<b>not markup</b> & more", 1, LG_RUN_PLAIN, LG_LINK_NONE, NULL },
  { "[x](http://example.org)", NULL, 0, 0, 0, NULL },
  { "[x](javascript:alert)", NULL, 0, 0, 0, NULL },
  { "[x](data:text/html,hi)", NULL, 0, 0, 0, NULL },
  { "[x](file:///etc/passwd)", NULL, 0, 0, 0, NULL },
  { "[x](tel:call-me)", NULL, 0, 0, 0, NULL },
  { "[x](https://a b)", NULL, 0, 0, 0, NULL },
  { "[x](topic:Bad_Id)", NULL, 0, 0, 0, NULL },
  { "[x](topic:a#b#c)", NULL, 0, 0, 0, NULL },
  { "[x](nothing)", NULL, 0, 0, 0, NULL },
  { "[unclosed", NULL, 0, 0, 0, NULL },
  { "[x](topic:a", NULL, 0, 0, 0, NULL },
  { "stray ]", NULL, 0, 0, 0, NULL },
  { "[]", NULL, 0, 0, 0, NULL },
  { "[ padded ]", NULL, 0, 0, 0, NULL },
  { "[*nested*]", NULL, 0, 0, 0, NULL },
  { "bad \\escape", NULL, 0, 0, 0, NULL },
  { "**", NULL, 0, 0, 0, NULL },
};

static void
test_markup (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (markup_cases); i++)
    {
      const MarkupCase *tc = &markup_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(LgInline) inl = lg_inline_parse (tc->source, NULL, &error);

      g_test_message ("markup case %u: %s", i, tc->source);
      if (tc->plain == NULL)
        {
          g_assert_null (inl);
          g_assert_nonnull (error);
          g_assert_true (error->domain == LG_CORPUS_ERROR);
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpstr (inl->plain, ==, tc->plain);
      g_assert_cmpuint (inl->n_runs, ==, tc->n_runs);
      g_assert_cmpint (inl->runs[inl->n_runs - 1].flags, ==, tc->last_flags);
      g_assert_cmpint (inl->runs[inl->n_runs - 1].link, ==, tc->last_link);
      g_assert_cmpstr (inl->runs[inl->n_runs - 1].target, ==, tc->last_target);
    }
}

static void
test_document_and_text (void)
{
  g_autoptr(LgCorpus) corpus = load_valid ();
  const LgTopic *first = lg_corpus_find_topic (corpus, "first");
  g_autoptr(LgDocument) doc = lg_document_new (corpus, first, NULL);
  g_autoptr(LgDocument) part = lg_document_new (corpus, first, "part-one");
  g_autofree char *text = lg_document_to_text (doc, 76);
  g_autofree char *golden_path = data_path ("valid", "first.txt");
  g_autofree char *golden = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (lg_document_get_block (doc, 0)->kind, ==, LG_DOC_TITLE);
  g_assert_cmpint (lg_document_get_block (doc, 1)->kind, ==, LG_DOC_SUMMARY);
  g_assert_cmpint (lg_document_get_block (doc, 2)->kind, ==, LG_DOC_META);
  g_assert_cmpint (lg_document_get_block (doc, lg_document_get_n_blocks (doc) - 1)->kind,
                   ==, LG_DOC_DISCLAIMER);
  g_assert_cmpuint (lg_document_get_n_blocks (doc), ==, lg_document_get_n_blocks (part));

  /* Key points open the whole topic, not a section printed on its own. */
  {
    const LgTopic *second = lg_corpus_find_topic (corpus, "second");
    g_autoptr(LgDocument) whole = lg_document_new (corpus, second, NULL);
    g_autoptr(LgDocument) section = lg_document_new (corpus, second, "part-two");

    g_assert_cmpuint (second->n_key_points, ==, 3);
    g_assert_cmpint (lg_document_get_block (whole, 3)->kind, ==, LG_DOC_SUBHEADING);
    g_assert_cmpstr (lg_document_get_block (whole, 3)->text->plain, ==, "Key points");
    for (guint i = 0; i < 3; i++)
      {
        const LgDocBlock *block = lg_document_get_block (whole, 4 + i);

        g_assert_cmpint (block->kind, ==, LG_DOC_BULLET);
        g_assert_true (block->text == second->key_points[i]);
      }
    g_assert_cmpuint (lg_document_get_n_blocks (whole), ==,
                      lg_document_get_n_blocks (section) + 4);
  }

  g_file_get_contents (golden_path, &golden, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, golden);
}

/* Links inside the guide are written and read one way. */
static void
test_links (void)
{
  static const struct
  {
    const char *uri;
    LgLinkKind  kind;
    const char *target;      /* what a run keeps; NULL: not a link to follow */
    const char *topic_id;    /* where it leads; NULL: nowhere in the guide */
    const char *section_id;
  } cases[] = {
    { "topic:relapse", LG_LINK_TOPIC, "relapse", "relapse", NULL },
    { "topic:relapse#signs", LG_LINK_TOPIC, "relapse#signs", "relapse", "signs" },
    { "topic:", LG_LINK_TOPIC, "", NULL, NULL },
    { "glossary:remission", LG_LINK_GLOSSARY, "remission", "glossary", "remission" },
    { "medicine:testumab", LG_LINK_MEDICINE, "testumab", "medicines", "testumab" },
    { "https://www.nhs.uk/", LG_LINK_EXTERNAL, "https://www.nhs.uk/", NULL, NULL },
    { "tel:+448088010444", LG_LINK_EXTERNAL, "tel:+448088010444", NULL, NULL },
    { "mailto:help@example.org", LG_LINK_EXTERNAL, "mailto:help@example.org", NULL, NULL },
    { "mailto:help@example.org?subject=x", LG_LINK_NONE, NULL, NULL, NULL },
    { "http://example.org/", LG_LINK_NONE, NULL, NULL, NULL },
    { "javascript:alert(1)", LG_LINK_NONE, NULL, NULL, NULL },
    { "relapse", LG_LINK_NONE, NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *target = NULL;
      g_autofree char *topic_id = NULL;
      g_autofree char *section_id = NULL;
      LgLinkKind kind = lg_link_parse (cases[i].uri, &target);

      g_assert_cmpint (kind, ==, cases[i].kind);
      g_assert_cmpstr (target, ==, cases[i].target);
      g_assert_cmpint (lg_link_get_destination (kind, target, &topic_id, &section_id), ==,
                       cases[i].topic_id != NULL);
      g_assert_cmpstr (topic_id, ==, cases[i].topic_id);
      g_assert_cmpstr (section_id, ==, cases[i].section_id);
      /* Written back, a link reads as it was written. */
      if (target != NULL)
        {
          g_autofree char *uri = lg_link_to_uri (kind, target);

          g_assert_cmpstr (uri, ==, cases[i].uri);
        }
    }
  g_assert_null (lg_link_to_uri (LG_LINK_NONE, "x"));
  g_assert_null (lg_link_to_uri (LG_LINK_NAME, "x"));
}

/* Back and forward, as a browser keeps them. */
static void
test_history (void)
{
  g_autoptr(LgHistory) history = lg_history_new ();

  g_assert_null (lg_history_get_current (history));
  g_assert_false (lg_history_can_go (history, -1));
  g_assert_false (lg_history_can_go (history, 1));

  lg_history_push (history, "a", NULL);
  lg_history_push (history, "b", "part");
  lg_history_push (history, "c", NULL);
  g_assert_cmpstr (lg_history_get_current (history)->topic_id, ==, "c");
  g_assert_false (lg_history_can_go (history, 1));

  lg_history_get_current (history)->scroll = 12.5;
  g_assert_cmpstr (lg_history_go (history, -1)->section_id, ==, "part");
  g_assert_cmpstr (lg_history_go (history, -1)->topic_id, ==, "a");
  g_assert_null (lg_history_go (history, -1));
  g_assert_cmpstr (lg_history_get_current (history)->topic_id, ==, "a");
  g_assert_cmpfloat (lg_history_go (history, 2)->scroll, ==, 12.5);

  /* Going somewhere new from the middle drops what lay ahead. */
  lg_history_go (history, -1);
  lg_history_push (history, "d", NULL);
  g_assert_false (lg_history_can_go (history, 1));
  g_assert_cmpstr (lg_history_go (history, -1)->topic_id, ==, "b");

  lg_history_clear (history);
  g_assert_null (lg_history_get_current (history));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corpus/valid/load", test_valid_load);
  g_test_add_func ("/corpus/valid/single-file", test_valid_single_file);
  g_test_add_func ("/corpus/load/missing-path", test_missing_path);
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/corpus/invalid/%s", invalid_cases[i].name);
      g_test_add_data_func (path, &invalid_cases[i], test_invalid);
    }
  g_test_add_func ("/corpus/markup/table", test_markup);
  g_test_add_func ("/corpus/markup/links", test_links);
  g_test_add_func ("/corpus/history", test_history);
  g_test_add_func ("/corpus/document/plain-text-golden", test_document_and_text);

  return g_test_run ();
}
