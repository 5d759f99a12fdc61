/* test-search.c: the search index on the bundled corpus
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is a query as a patient might type it and the section that
 * must come in the first three results. The last word of a query is
 * matched as a prefix, as it is while typing.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "lg-search.h"
#include "lg-test-locale.h"

static LgSearch *index_;

typedef struct
{
  const char *query;
  const char *section;   /* TOPIC#SECTION */
} RankCase;

static const RankCase brand_cases[] = {
  { "Xospata", "medicines#gilteritinib" },
  { "xospata", "aml-targeted#flt3" },
  { "Blincyto", "medicines#blinatumomab" },
  { "Kymriah", "medicines#tisagenlecleucel" },
  { "Besponsa", "medicines#inotuzumab-ozogamicin" },
  { "Vidaza", "medicines#azacitidine" },
  { "Venclyxto", "medicines#venetoclax" },
  { "gilteritinib", "medicines#gilteritinib" },
};

static const RankCase lay_cases[] = {
  { "chemo", "glossary#chemotherapy" },
  { "spinal tap", "glossary#lumbar-puncture" },
  { "spinal tap", "aml-treatment-choices#brain-and-spinal-fluid" },
  { "bone marrow transplant", "aml-transplant#what-it-is" },
  { "bone marrow transplant", "glossary#stem-cell-transplant" },
  { "blood count", "glossary#full-blood-count" },
  { "not working", "relapse-basics#relapse-and-refractory" },
  { "gentler treatment", "aml-non-intensive#who-it-is-for" },
  { "minimal residual disease", "relapse-basics#mrd" },
  { "MRD", "relapse-basics#mrd" },
  { "outlook", "all-relapse#outlook" },
  { "ATO", "medicines#arsenic-trioxide" },
  { "painkillers", "supportive-care#pain-relief" },
  { "feeling sick", "supportive-care#eating-and-sickness" },
  { "sore mouth", "supportive-care#eating-and-sickness" },
  { "hospice", "end-of-life#comfort" },
};

static const RankCase spelling_cases[] = {
  { "leukemia cells", "glossary#leukaemia-cells" },
  { "hydroxyurea", "medicines#hydroxycarbamide" },
  { "hematologist", "glossary#haematology-team" },
  { "anemia", "glossary#anaemia" },
  { "LEUKAEMIA CARE", "getting-support#leukaemia-care" },
  { "tumor lysis", "glossary#tumour-lysis-syndrome" },
  { "diarrhea", "supportive-care#what-it-includes" },
};

static const RankCase hyphen_cases[] = {
  { "FLAG-Ida", "glossary#flag-ida" },
  { "FLAG Ida", "glossary#flag-ida" },
  { "flagida", "glossary#flag-ida" },
  { "flag-ida", "medicines#fludarabine" },
  { "CAR-T", "all-treatment#car-t" },
  { "CAR T", "all-treatment#car-t" },
  { "CAR T-cell therapy", "all-treatment#car-t" },
  { "cart", "glossary#car-t" },
  { "7+3", "aml-intensive-chemo#seven-plus-three" },
  { "G-CSF", "medicines#filgrastim" },
  { "gcsf", "glossary#growth-factor" },
};

static const RankCase stem_cases[] = {
  { "relapsed", "glossary#relapse" },
  { "relapses", "glossary#relapse" },
  { "relapsing", "glossary#relapse" },
  { "transplants", "aml-transplant#what-it-is" },
  { "targeted treatments", "aml-targeted#what-it-is" },
};

static const RankCase typo_cases[] = {
  { "gilteritnib", "medicines#gilteritinib" },
  { "blinatumomb", "medicines#blinatumomab" },
  { "venetoclx", "medicines#venetoclax" },
  { "remision", "relapse-basics#remission" },
  { "leukeamia cells", "symptoms-and-tests#mrd-tests" },
  { "venetoclx azacitidine", "aml-non-intensive#medicines" },
};

static const RankCase phrase_cases[] = {
  { "\"stem cell transplant\"", "aml-transplant#what-it-is" },
  { "when to call the hospital", "aml-intensive-chemo#when-to-call" },
  { "when to call the hospital", "symptoms-and-tests#when-to-call" },
  { "length of remission", "aml-treatment-choices#remission-length" },
};

static const RankCase prefix_cases[] = {
  { "xosp", "medicines#gilteritinib" },
  { "blinat", "medicines#blinatumomab" },
  { "philadelph", "all-treatment#philadelphia-positive" },
  { "measurable resid", "relapse-basics#mrd" },
  { "hemato", "glossary#haematology-team" },
};

static const RankCase and_cases[] = {
  { "apl arsenic", "apl-relapse#the-medicines" },
  { "transplant radiotherapy", "aml-transplant#radiotherapy" },
  { "menin npm1", "aml-targeted#menin-inhibitors" },
  { "fever bleeding", "symptoms-and-tests#when-to-call" },
};

static char *
describe (GPtrArray *results,
          guint      n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, results->len); i++)
    {
      LgSearchResult *r = g_ptr_array_index (results, i);

      g_string_append_printf (out, "%s%s#%s", i ? ", " : "",
                              lg_search_result_get_topic_id (r),
                              lg_search_result_get_section_id (r));
    }
  return g_string_free (out, FALSE);
}

static void
check_ranks (gconstpointer data)
{
  const RankCase *cases = *(const RankCase * const *) data;
  guint n_cases = GPOINTER_TO_UINT (((gconstpointer const *) data)[1]);

  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GPtrArray) results = lg_search_query (index_, cases[i].query, 10);
      gboolean found = FALSE;

      for (guint r = 0; r < MIN (3u, results->len) && !found; r++)
        {
          LgSearchResult *result = g_ptr_array_index (results, r);
          g_autofree char *id = g_strdup_printf ("%s#%s",
                                                 lg_search_result_get_topic_id (result),
                                                 lg_search_result_get_section_id (result));

          found = g_str_equal (id, cases[i].section);
        }
      if (!found)
        {
          g_autofree char *top = describe (results, 3);

          g_test_message ("“%s”: expected %s in the first three, got: %s",
                          cases[i].query, cases[i].section, top);
          g_test_fail ();
        }
    }
}

#define ADD_RANK_TEST(path, cases) \
  G_STMT_START { \
    static gconstpointer data[2] = { cases, GUINT_TO_POINTER (G_N_ELEMENTS (cases)) }; \
    g_test_add_data_func (path, data, check_ranks); \
  } G_STMT_END

static void
test_nothing_found (void)
{
  static const char * const queries[] = {
    "xylophone", "zqxj", "chemo xylophone", "", "   ", "-- ;", "\"bone marrow xylophone\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) results = lg_search_query (index_, queries[i], 10);
      g_autofree char *top = describe (results, 3);

      g_assert_cmpstr (top, ==, "");
    }
}

/* Every result holds every word (or a synonym or completion of it). */
static void
test_all_words_required (void)
{
  g_autoptr(GPtrArray) both = lg_search_query (index_, "xospata blinatumomab", 0);
  g_autoptr(GPtrArray) one = lg_search_query (index_, "arsenic", 0);
  g_autoptr(GPtrArray) two = lg_search_query (index_, "arsenic transplant", 0);

  /* No section names both medicines. */
  g_assert_cmpuint (both->len, ==, 0);
  g_assert_cmpuint (two->len, >, 0);
  g_assert_cmpuint (two->len, <, one->len);
}

/* A stop word alone is required; next to other words it is not. */
static void
test_stop_words (void)
{
  g_autoptr(GPtrArray) with = lg_search_query (index_, "what is mrd", 0);
  g_autoptr(GPtrArray) without = lg_search_query (index_, "mrd", 0);
  g_autoptr(GPtrArray) alone = lg_search_query (index_, "the", 0);

  g_assert_cmpuint (with->len, ==, without->len);
  g_assert_cmpuint (alone->len, >, 0);
}

/* The last word is a prefix unless a space follows it. */
static void
test_prefix_needs_no_space (void)
{
  g_autoptr(GPtrArray) typing = lg_search_query (index_, "relap", 0);
  g_autoptr(GPtrArray) typed = lg_search_query (index_, "relap ", 0);

  g_assert_cmpuint (typing->len, >, 0);
  g_assert_cmpuint (typed->len, ==, 0);
}

/* Typo alternatives only when the words as typed find (almost) nothing. */
static void
test_typos_only_when_needed (void)
{
  g_autoptr(GArray) exact = lg_search_find_matches (index_, "remission", "in remision now");
  g_autoptr(GArray) typo = lg_search_find_matches (index_, "remision", "in remission now");

  g_assert_cmpuint (exact->len, ==, 0);
  g_assert_cmpuint (typo->len, ==, 1);
}

static void
test_results (void)
{
  static const char * const queries[] = {
    "xospata", "relapse", "a", "bone marrow transplant", "FLAG-Ida", "what is mrd", "leukemia",
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GPtrArray) results = lg_search_query (index_, queries[q], 20);
      double last = G_MAXDOUBLE;

      g_assert_cmpuint (results->len, >, 0);
      g_assert_cmpuint (results->len, <=, 20);
      for (guint i = 0; i < results->len; i++)
        {
          LgSearchResult *r = g_ptr_array_index (results, i);
          const char *snippet = lg_search_result_get_snippet (r);
          const LgSearchRange *ranges;
          guint n_ranges, end = 0;
          const LgTopic *topic;

          /* Best first. */
          g_assert_cmpfloat (lg_search_result_get_score (r), <=, last);
          g_assert_cmpfloat (lg_search_result_get_score (r), >, 0.0);
          last = lg_search_result_get_score (r);

          /* The ids name a real section. */
          topic = lg_corpus_find_topic (lg_search_get_corpus (index_), lg_search_result_get_topic_id (r));
          g_assert_true (topic == lg_search_result_get_topic (r));
          g_assert_true (lg_topic_find_section (topic, lg_search_result_get_section_id (r)) ==
                         lg_search_result_get_section (r));
          g_assert_cmpstr (lg_search_result_get_topic_title (r), ==, topic->title->plain);

          /* About 160 characters, and the ranges in order, inside it, on
           * character boundaries.
           */
          g_assert_true (g_utf8_validate (snippet, -1, NULL));
          g_assert_cmpuint (g_utf8_strlen (snippet, -1), <=, 185);
          g_assert_cmpuint (strlen (snippet), >, 0);
          ranges = lg_search_result_get_ranges (r, &n_ranges);
          for (guint k = 0; k < n_ranges; k++)
            {
              g_assert_cmpuint (ranges[k].start, >=, end);
              g_assert_cmpuint (ranges[k].start, <, ranges[k].end);
              g_assert_cmpuint (ranges[k].end, <=, strlen (snippet));
              g_assert_true (g_utf8_validate (snippet + ranges[k].start,
                                              ranges[k].end - ranges[k].start, NULL));
              end = ranges[k].end;
            }
        }
    }
}

static void
test_result_snippet (void)
{
  g_autoptr(GPtrArray) results = lg_search_query (index_, "Xospata", 1);
  LgSearchResult *r = g_ptr_array_index (results, 0);
  const LgSearchRange *ranges;
  g_autofree char *snippet = NULL;
  g_autofree char *matched = NULL;
  guint n_ranges;

  g_assert_cmpstr (lg_search_result_get_topic_id (r), ==, "medicines");
  g_assert_cmpstr (lg_search_result_get_section_id (r), ==, "gilteritinib");
  g_object_get (r, "snippet", &snippet, NULL);
  g_assert_cmpstr (snippet, ==, lg_search_result_get_snippet (r));
  ranges = lg_search_result_get_ranges (r, &n_ranges);
  g_assert_cmpuint (n_ranges, >=, 1);
  matched = g_strndup (snippet + ranges[0].start, ranges[0].end - ranges[0].start);
  g_assert_cmpstr (matched, ==, "Xospata");
}

/* A long paragraph is cut around its best match, on word boundaries. */
static void
test_snippet_window (void)
{
  g_autoptr(GPtrArray) results = lg_search_query (index_, "relapse", 0);
  guint cut = 0;

  for (guint i = 0; i < results->len; i++)
    {
      LgSearchResult *r = g_ptr_array_index (results, i);
      const char *snippet = lg_search_result_get_snippet (r);
      const char *body = snippet;

      if (g_str_has_prefix (snippet, "…"))
        {
          body = snippet + strlen ("…");
          g_assert_false (g_unichar_isspace (g_utf8_get_char (body)));
          cut++;
        }
      g_assert_false (g_str_has_suffix (snippet, " …"));
      g_assert_false (g_unichar_isspace (g_utf8_get_char (body)));
    }
  g_assert_cmpuint (cut, >, 0);
}

typedef struct
{
  const char *query;
  const char *text;
  const char *matches;   /* the matched words, joined by | */
} MatchCase;

static const MatchCase match_cases[] = {
  { "relapse", "It relapsed twice; relapses happen.", "relapsed|relapses" },
  { "leukemia", "Leukaemia Care and LEUKEMIA", "Leukaemia|LEUKEMIA" },
  { "FLAG-Ida", "Treatment with FLAG-Ida, or FLAG and Ida.", "FLAG-Ida" },
  { "FLAG Ida", "Treatment with FLAG-Ida, or FLAG and Ida.", "FLAG-Ida|FLAG|Ida" },
  { "flagida", "Treatment with FLAG-Ida.", "FLAG-Ida" },
  { "CAR-T", "CAR T-cell therapy", "CAR|T|cell|therapy" },
  { "spinal tap", "A lumbar puncture, also called a spinal tap.", "lumbar|puncture|spinal|tap" },
  { "spinal tap", "A puncture wound", "" },
  { "xospata", "Gilteritinib (Xospata) is a tablet.", "Gilteritinib|Xospata" },
  { "chemo", "Chemotherapy, or chemo, is given in cycles.", "Chemotherapy|chemo" },
  { "what is mrd", "What MRD is: measurable residual disease.", "MRD|measurable|residual|disease" },
  { "tumor", "A tumour is a lump.", "tumour" },
  { "gilteritnib", "Gilteritinib blocks FLT3.", "Gilteritinib" },
  { "paediatric", "Pediatric and paediatric wards", "Pediatric|paediatric" },
  { "rel", "Relapse is not release.", "Relapse|release" },
  { "rel ", "Relapse is not release.", "" },
  { "", "anything", "" },
  { "blood", "", "" },
  { "bone marrow transplant", "A stem cell transplant, or bone marrow transplant.",
    "stem|cell|transplant|bone|marrow|transplant" },
  { "anaemia", "ANAEMIA, anemia", "ANAEMIA|anemia" },
  { "naive", "A naïve T cell", "naïve" },
};

static void
test_find_matches (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (match_cases); i++)
    {
      const MatchCase *c = &match_cases[i];
      g_autoptr(GArray) ranges = lg_search_find_matches (index_, c->query, c->text);
      g_autoptr(GString) got = g_string_new (NULL);

      for (guint k = 0; k < ranges->len; k++)
        {
          const LgSearchRange *r = &g_array_index (ranges, LgSearchRange, k);

          if (k > 0)
            {
              g_assert_cmpuint (r->start, >=, g_array_index (ranges, LgSearchRange, k - 1).end);
              g_string_append_c (got, '|');
            }
          g_string_append_len (got, c->text + r->start, r->end - r->start);
        }
      if (!g_str_equal (got->str, c->matches))
        {
          g_test_message ("“%s” in “%s”: expected “%s”, got “%s”",
                          c->query, c->text, c->matches, got->str);
          g_test_fail ();
        }
    }
}

/* A synthetic index: every section several times, under distinct ids. */
static void
test_copies (void)
{
  g_autoptr(LgSearch) copies = lg_search_new_with_copies (lg_search_get_corpus (index_), 3);
  g_autoptr(GPtrArray) results = lg_search_query (copies, "Xospata", 3);
  g_autofree char *top = describe (results, 3);

  g_assert_cmpuint (lg_search_get_n_documents (copies), ==, 3 * lg_search_get_n_documents (index_));
  g_assert_cmpuint (lg_search_get_memory_size (copies), >, lg_search_get_memory_size (index_));
  g_assert_cmpstr (top, ==, "medicines#gilteritinib, medicines~1#gilteritinib, medicines~2#gilteritinib");
}

/* Work-bounded queries still find the best on a small index. */
static void
test_max_scored (void)
{
  g_autoptr(LgSearch) bounded = lg_search_new (lg_search_get_corpus (index_));
  g_autoptr(GPtrArray) exact = lg_search_query (index_, "relapsed a", 5);
  g_autoptr(GPtrArray) cheap = NULL;
  g_autofree char *a = NULL, *b = NULL;

  lg_search_set_max_scored (bounded, 1);
  cheap = lg_search_query (bounded, "relapsed a", 5);
  a = describe (exact, 5);
  b = describe (cheap, 5);
  g_assert_cmpuint (cheap->len, >, 0);
  g_assert_cmpuint (cheap->len, <=, exact->len);

  lg_search_set_max_scored (bounded, 0);
  g_clear_pointer (&cheap, g_ptr_array_unref);
  g_clear_pointer (&b, g_free);
  cheap = lg_search_query (bounded, "relapsed a", 5);
  b = describe (cheap, 5);
  g_assert_cmpstr (a, ==, b);
}

static const char * const thread_queries[] = {
  "xospata", "relapse", "bone marrow transplant", "chemo", "FLAG-Ida", "gilteritnib",
  "a", "when to call", "spinal tap", "leukemia cells",
};

static gpointer
search_thread (gpointer data)
{
  GPtrArray *expected = data;

  for (guint round = 0; round < 20; round++)
    for (guint q = 0; q < G_N_ELEMENTS (thread_queries); q++)
      {
        g_autoptr(GPtrArray) results = lg_search_query (index_, thread_queries[q], 10);
        g_autofree char *got = describe (results, 10);

        for (guint i = 0; i < results->len; i++)
          lg_search_result_get_snippet (g_ptr_array_index (results, i));
        if (!g_str_equal (got, g_ptr_array_index (expected, q)))
          return GINT_TO_POINTER (1);
      }
  return NULL;
}

/* One index, searched from several threads at once. */
static void
test_threads (void)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  GThread *threads[4];

  for (guint q = 0; q < G_N_ELEMENTS (thread_queries); q++)
    {
      g_autoptr(GPtrArray) results = lg_search_query (index_, thread_queries[q], 10);

      g_ptr_array_add (expected, describe (results, 10));
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("search", search_thread, expected);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_null (g_thread_join (threads[i]));
}

static void
assert_ranges_valid (const LgSearchRange *ranges,
                     guint                n_ranges,
                     const char          *text)
{
  for (guint i = 0; i < n_ranges; i++)
    {
      g_assert_cmpuint (ranges[i].start, <, ranges[i].end);
      g_assert_cmpuint (ranges[i].end, <=, strlen (text));
      if (i > 0)
        g_assert_cmpuint (ranges[i - 1].end, <=, ranges[i].start);
    }
}

/* What a reader (or the command line, which passes bytes on unchecked)
 * may type: nothing may crash, and results keep their promises. The
 * seeds of build-aux/fuzz's search target, and what it taught. */
static void
test_hostile_queries (void)
{
  g_autoptr(GString) chain = g_string_new (NULL);
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GString) long_word = g_string_new (NULL);
  g_autoptr(GPtrArray) plain = lg_search_query (index_, "chemo ", 3);
  g_autoptr(GPtrArray) with_bytes = lg_search_query (index_, "\xff\xfe chemo \xc3", 3);
  const char *queries[] = {
    "\xff", "\xc3", "\xcc\x81", "\xe2\x80\x93", "--", "''", "\xe2\x80\x99s",
    "37.5", "2\xe2\x80\x93" "3 weeks", "\xf0\x9f\x98\x80 chemo", "\xd7\x9c\xd7\x95\xd7\xa7\xd7\x9e\xd7\x99\xd7\x94",
    "stem cell transplant \xff\xfe GVHD", "a b c d e f g h i j k l m n o p q r s t u v w x y z",
    NULL, NULL, NULL,
  };

  /* Bytes that are not UTF-8 only separate words. */
  g_assert_cmpuint (with_bytes->len, >, 0);
  g_assert_cmpstr (lg_search_result_get_section_title (g_ptr_array_index (with_bytes, 0)), ==,
                   lg_search_result_get_section_title (g_ptr_array_index (plain, 0)));

  for (guint i = 0; i < 2000; i++)
    g_string_append (chain, "ab-");
  for (guint i = 0; i < 2000; i++)
    g_string_append (many, "chemotherapy leukaemia ");
  for (guint i = 0; i < 20000; i++)
    g_string_append_c (long_word, "leukaemia"[i % 9]);
  queries[G_N_ELEMENTS (queries) - 3] = chain->str;
  queries[G_N_ELEMENTS (queries) - 2] = many->str;
  queries[G_N_ELEMENTS (queries) - 1] = long_word->str;

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GPtrArray) results = lg_search_query (index_, queries[q], 0);
      g_autoptr(GArray) matches = lg_search_find_matches (index_, queries[q], queries[q]);
      double last = G_MAXDOUBLE;

      g_assert_nonnull (results);
      for (guint i = 0; i < results->len; i++)
        {
          LgSearchResult *result = g_ptr_array_index (results, i);
          const char *snippet = lg_search_result_get_snippet (result);
          const LgSearchRange *ranges;
          guint n_ranges;

          g_assert_cmpfloat (lg_search_result_get_score (result), <=, last);
          last = lg_search_result_get_score (result);
          g_assert_true (g_utf8_validate (snippet, -1, NULL));
          ranges = lg_search_result_get_ranges (result, &n_ranges);
          assert_ranges_valid (ranges, n_ranges, snippet);
        }
      assert_ranges_valid ((const LgSearchRange *) matches->data, matches->len, queries[q]);
    }
}

/* A short word never becomes another common word by a typo. */
static void
test_typos_keep_meaning (void)
{
  static const struct { const char *query; const char *text; } cases[] = {
    { "scared", "It is shared under a licence." },
    { "care", "Some people scare easily." },
    { "scared", "She cared for him." },
    { "fever", "A fewer number." },
  };
  g_autoptr(GPtrArray) scared = lg_search_query (index_, "scared", 0);
  g_autoptr(GArray) typo = lg_search_find_matches (index_, "remision", "in remission now");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) matches = lg_search_find_matches (index_, cases[i].query, cases[i].text);

      if (matches->len > 0)
        {
          g_test_message ("“%s” matched in “%s”", cases[i].query, cases[i].text);
          g_test_fail ();
        }
    }

  /* A long word still finds its typo. */
  g_assert_cmpuint (typo->len, ==, 1);

  /* “scared” finds feelings, never the licence. */
  g_assert_cmpuint (scared->len, >, 0);
  for (guint i = 0; i < scared->len; i++)
    g_assert_cmpstr (lg_search_result_get_topic_id (g_ptr_array_index (scared, i)), !=, "about");
}

static gboolean
result_is_urgent (LgSearchResult *result)
{
  const char * const *urgent = lg_corpus_get_search_pages (lg_search_get_corpus (index_),
                                                           LG_SEARCH_PAGES_URGENT);
  g_autofree char *id = g_strdup_printf ("%s#%s", lg_search_result_get_topic_id (result),
                                         lg_search_result_get_section_id (result));

  return g_strv_contains (urgent, id) || g_strv_contains (urgent, lg_search_result_get_topic_id (result));
}

/* Signs to act on bring the urgent pages first; other words do not. */
static void
test_urgent_first (void)
{
  static const char * const urgent[] = {
    "fever", "fever at night", "temperature", "hot and shivery", "bleeding gums",
    "I feel unwell", "fièvre", "tengo fiebre",
  };
  static const char * const calm[] = { "transplant", "relapse", "clinical trial", "xospata" };

  for (guint i = 0; i < G_N_ELEMENTS (urgent); i++)
    {
      g_autoptr(GPtrArray) results = lg_search_query (index_, urgent[i], 10);

      g_assert_cmpuint (results->len, >, 0);
      if (!result_is_urgent (g_ptr_array_index (results, 0)))
        {
          g_autofree char *top = describe (results, 3);

          g_test_message ("“%s”: expected an urgent page first, got %s", urgent[i], top);
          g_test_fail ();
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (calm); i++)
    {
      g_autoptr(GPtrArray) results = lg_search_query (index_, calm[i], 10);

      g_assert_false (result_is_urgent (g_ptr_array_index (results, 0)));
    }
}

/* The guide's pages about itself: found for their own words, and then
 * last; never for health words. */
static void
test_about_last (void)
{
  g_autoptr(GPtrArray) licence = lg_search_query (index_, "Creative Commons", 10);
  g_autoptr(GPtrArray) copyright = lg_search_query (index_, "copyright", 10);
  static const char * const health[] = {
    "scared", "outlook", "survival", "feel unwell", "numbers", "care team", "care", "licence",
  };

  gboolean found = FALSE;

  /* “licence” is a health word too (a licensed medicine); words that only
   * the guide's own pages use find them. */
  for (guint r = 0; r < licence->len; r++)
    found |= g_str_equal (lg_search_result_get_section_id (g_ptr_array_index (licence, r)), "licence");
  g_assert_true (found);
  g_assert_cmpuint (copyright->len, >, 0);
  g_assert_cmpstr (lg_search_result_get_topic_id (g_ptr_array_index (copyright, 0)), ==, "about");

  for (guint i = 0; i < G_N_ELEMENTS (health); i++)
    {
      g_autoptr(GPtrArray) results = lg_search_query (index_, health[i], 0);
      gboolean seen_about = FALSE;

      for (guint r = 0; r < results->len; r++)
        {
          gboolean about = g_str_equal (lg_search_result_get_topic_id (g_ptr_array_index (results, r)),
                                        "about");

          /* Nothing of health content after the guide's own pages. */
          g_assert_false (seen_about && !about);
          seen_about |= about;
        }
    }
}

/* A section that explains comes before the glossary line; for a query
 * that is just the term, the line comes second. */
static void
test_glossary_second (void)
{
  static const struct { const char *query; const char *line; } cases[] = {
    { "relapse", "glossary#relapse" },
    { "donor", "glossary#donor" },
    { "trial", "glossary#clinical-trial" },
    { "fatigue", "glossary#fatigue" },
    { "MRD", "glossary#mrd" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) results = lg_search_query (index_, cases[i].query, 10);
      g_autofree char *top = describe (results, 2);
      g_auto(GStrv) ids = g_strsplit (top, ", ", -1);

      g_assert_cmpuint (g_strv_length (ids), ==, 2);
      g_assert_false (g_str_has_prefix (ids[0], "glossary#"));
      g_assert_cmpstr (ids[1], ==, cases[i].line);
    }
}

/* The corpus's stop words: question words go, negations and numbers
 * stay. */
static void
test_stop_word_data (void)
{
  const char * const *stop = lg_corpus_get_stop_words (lg_search_get_corpus (index_));
  static const char * const dropped[] = { "how", "will", "I", "can", "je", "peux", "puedo", "tengo" };
  static const char * const kept[] = {
    "not", "no", "never", "ne", "pas", "sin", "nunca", "all", "car", "son", "deux", "dos", "two",
  };
  g_autoptr(GPtrArray) question = lg_search_query (index_, "how can I find MRD", 0);
  g_autoptr(GPtrArray) words = lg_search_query (index_, "find MRD", 0);
  g_autoptr(GPtrArray) number = lg_search_query (index_, "37.5", 0);

  for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
    g_assert_true (g_strv_contains (stop, dropped[i]));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_assert_false (g_strv_contains (stop, kept[i]));
  g_assert_cmpuint (question->len, ==, words->len);
  g_assert_cmpuint (number->len, >, 0);
}

static LgCorpus *
corpus_with_search (const char *search,
                    GError    **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "corpus.json", NULL);
  g_autofree char *base = NULL;
  const char *names[] = { "corpus.json", "search.json" };
  const char *texts[2];

  g_assert_true (g_file_get_contents (path, &base, NULL, NULL));
  texts[0] = base;
  texts[1] = search;
  return lg_corpus_new_from_data (names, texts, 2, error);
}

/* Pages named but not written yet are passed over, never linked to. */
static void
test_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = corpus_with_search (
    "{ \"search\": { \"stop_words\": { \"en\": [\"the\"] },"
    "  \"urgent\": [\"act-now\", \"second#part-two\"], \"start\": [\"start-here\"],"
    "  \"last\": [\"first\"], \"concepts\": [] } }", &error);
  g_autoptr(LgSearch) search = NULL;
  g_autoptr(GPtrArray) close = NULL;
  g_autoptr(GPtrArray) bundled = NULL;
  const char *exclude[] = { "relapse-basics", NULL };
  const LgTopic *topic = NULL;
  const LgSection *section = NULL;

  g_assert_no_error (error);
  search = lg_search_new (corpus);
  g_assert_true (lg_search_get_page (search, LG_SEARCH_PAGES_URGENT, &topic, &section));
  g_assert_cmpstr (topic->id, ==, "second");
  g_assert_cmpstr (section->id, ==, "part-two");
  g_assert_false (lg_search_get_page (search, LG_SEARCH_PAGES_START, &topic, &section));

  /* Only “second” may be offered: “first” is about the guide. */
  close = lg_search_suggest_topics (search, "xylophone", 3, NULL);
  g_assert_cmpuint (close->len, ==, 1);
  g_assert_cmpstr (((const LgTopic *) g_ptr_array_index (close, 0))->id, ==, "second");

  /* The bundled guide always has three to offer, none twice. */
  bundled = lg_search_suggest_topics (index_, "xylophone", 3, exclude);
  g_assert_cmpuint (bundled->len, ==, 3);
  for (guint i = 0; i < bundled->len; i++)
    {
      const LgTopic *t = g_ptr_array_index (bundled, i);

      g_assert_false (t->generated);
      g_assert_cmpstr (t->id, !=, "relapse-basics");
      g_assert_cmpstr (t->id, !=, "about");
      for (guint j = 0; j < i; j++)
        g_assert_true (g_ptr_array_index (bundled, j) != t);
    }
  g_clear_pointer (&bundled, g_ptr_array_unref);
  bundled = lg_search_suggest_topics (index_, "trnsplant", 3, NULL);
  g_assert_cmpstr (((const LgTopic *) g_ptr_array_index (bundled, 0))->id, ==, "aml-transplant");
}

/* The loader checks the search data as strictly as the rest. */
static void
test_search_data_errors (void)
{
  static const struct { const char *json; int code; } cases[] = {
    { "{ \"search\": { \"stop_words\": { \"english\": [\"the\"] }, \"concepts\": [] } }", LG_CORPUS_ERROR_VALUE },
    { "{ \"search\": { \"stop_words\": { \"en\": [] }, \"concepts\": [] } }", LG_CORPUS_ERROR_EMPTY },
    { "{ \"search\": { \"stop_words\": { \"en\": [\"a\"] } } }", LG_CORPUS_ERROR_MISSING },
    { "{ \"search\": { \"stop_words\": { \"en\": [\"a\"] }, \"last\": [\"about#\"], \"concepts\": [] } }", LG_CORPUS_ERROR_VALUE },
    { "{ \"search\": { \"stop_words\": { \"en\": [\"a\"] }, \"concepts\": [ { \"id\": \"x\", \"words\": \"x\", \"asked\": { \"en\": [\"x\"] }, \"urgent\": \"yes\" } ] } }", LG_CORPUS_ERROR_TYPE },
    { "{ \"search\": { \"stop_words\": { \"en\": [\"a\"] }, \"concepts\": [ { \"id\": \"x\", \"words\": \"x\", \"asked\": { \"en\": [\"x\"] } }, { \"id\": \"x\", \"words\": \"y\", \"asked\": { \"en\": [\"y\"] } } ] } }", LG_CORPUS_ERROR_DUPLICATE },
    { "{ \"search\": { \"stop_words\": { \"en\": [\"a\"] }, \"concepts\": [], \"boost\": 2 } }", LG_CORPUS_ERROR_UNKNOWN_KEY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LgCorpus) corpus = corpus_with_search (cases[i].json, &error);

      g_assert_null (corpus);
      g_assert_error (error, LG_CORPUS_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, "search.json"));
    }
}

/* The questions of tests/data/search-questions.tsv, asked of the guide in
 * each language's translation. */
typedef struct
{
  char  *language;
  char  *query;
  char  *section;
  char **sections;   /* the one expected, or any of several: “A|B” */
} Question;

static void
question_free (gpointer data)
{
  Question *q = data;

  g_free (q->language);
  g_free (q->query);
  g_free (q->section);
  g_strfreev (q->sections);
  g_free (q);
}

static GPtrArray *
read_questions (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "search-questions.tsv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *questions = g_ptr_array_new_with_free_func (question_free);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = NULL;
      Question *q;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 3)
        g_error ("%s:%u: expected three fields separated by tabs", path, i + 1);
      q = g_new0 (Question, 1);
      q->language = g_strdup (fields[0]);
      q->query = g_strdup (fields[1]);
      q->section = g_strdup (fields[2]);
      q->sections = g_strsplit (fields[2], "|", -1);
      g_ptr_array_add (questions, q);
    }
  return questions;
}

/* The guide in @language, as the app loads it. */
static LgSearch *
index_in (const char *language)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "..", "po", "content", NULL);
  g_autoptr(LgCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;

  bindtextdomain (CONTENT_DOMAIN, dir);
  bind_textdomain_codeset (CONTENT_DOMAIN, "UTF-8");
  g_setenv ("LANGUAGE", language, TRUE);
  /* Binding again makes the C library drop the catalogues it has read. */
  textdomain (CONTENT_DOMAIN);
  corpus = lg_corpus_get_default (&error);
  g_assert_no_error (error);

  /* Some C libraries ignore LANGUAGE under the C locale: say so, rather
   * than search the English text for French words. */
  if (!g_str_equal (language, "en") &&
      g_str_equal (lg_corpus_get_group (corpus, 0)->title,
                   lg_corpus_get_group (lg_search_get_corpus (index_), 0)->title))
    g_error ("The guide did not load in “%s” from %s", language, dir);
  return lg_search_new (corpus);
}

static gboolean
is_about_the_guide (LgSearch       *index,
                    LgSearchResult *result)
{
  const char * const *last = lg_corpus_get_search_pages (lg_search_get_corpus (index),
                                                         LG_SEARCH_PAGES_LAST);

  for (guint i = 0; last[i]; i++)
    if (g_str_equal (last[i], lg_search_result_get_topic_id (result)))
      return TRUE;
  return FALSE;
}

/* Questions as frightened people type them, in English, French and
 * Spanish: the section that answers must be in the first three, for at
 * least 95% of them, and the guide's own pages never come up. */
static void
test_questions (void)
{
  g_autoptr(GPtrArray) questions = read_questions ();
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
  g_autoptr(LgSearch) index = NULL;
  const char *language = NULL;
  guint hits = 0;
  double rate;

  g_assert_cmpuint (questions->len, >=, 80);
  for (guint i = 0; i < questions->len; i++)
    {
      const Question *q = g_ptr_array_index (questions, i);
      g_autoptr(GPtrArray) results = NULL;
      gboolean found = FALSE;

      if (language == NULL || !g_str_equal (language, q->language))
        {
          g_clear_object (&index);
          index = index_in (q->language);
          language = q->language;
        }

      results = lg_search_query (index, q->query, 0);
      for (guint r = 0; r < results->len; r++)
        {
          LgSearchResult *result = g_ptr_array_index (results, r);
          g_autofree char *id = g_strdup_printf ("%s#%s",
                                                 lg_search_result_get_topic_id (result),
                                                 lg_search_result_get_section_id (result));

          if (r < 3 && g_strv_contains ((const char * const *) q->sections, id))
            found = TRUE;
          if (is_about_the_guide (index, result))
            {
              g_test_message ("%s “%s”: a health question brought up %s", q->language, q->query, id);
              g_test_fail ();
            }
        }
      if (found)
        hits++;
      else
        {
          g_autofree char *top = describe (results, 3);

          g_test_message ("miss: %s “%s”: expected %s, got: %s", q->language, q->query, q->section, top);
        }
    }

  rate = 100.0 * hits / questions->len;
  g_test_message ("questions answered in the first three: %u of %u (%.1f%%)", hits, questions->len, rate);
  g_printerr ("search questions: %u of %u answered in the first three (%.1f%%)\n", hits, questions->len, rate);
  if (rate < 95.0)
    g_test_fail ();

  g_clear_object (&index);
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  textdomain (CONTENT_DOMAIN);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LgCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* LANGUAGE is used to load the French and Spanish guides. */
  lg_test_use_real_locale ();

  corpus = lg_corpus_get_default (&error);
  g_assert_no_error (error);
  index_ = lg_search_new (corpus);

  /* First: it sets LANGUAGE, which is best done before any thread runs. */
  g_test_add_func ("/search/questions", test_questions);
  ADD_RANK_TEST ("/search/rank/brand-names", brand_cases);
  ADD_RANK_TEST ("/search/rank/lay-terms", lay_cases);
  ADD_RANK_TEST ("/search/rank/spelling", spelling_cases);
  ADD_RANK_TEST ("/search/rank/hyphens", hyphen_cases);
  ADD_RANK_TEST ("/search/rank/stems", stem_cases);
  ADD_RANK_TEST ("/search/rank/typos", typo_cases);
  ADD_RANK_TEST ("/search/rank/phrases", phrase_cases);
  ADD_RANK_TEST ("/search/rank/prefixes", prefix_cases);
  ADD_RANK_TEST ("/search/rank/all-words", and_cases);
  g_test_add_func ("/search/nothing-found", test_nothing_found);
  g_test_add_func ("/search/all-words-required", test_all_words_required);
  g_test_add_func ("/search/stop-words", test_stop_words);
  g_test_add_func ("/search/prefix-needs-no-space", test_prefix_needs_no_space);
  g_test_add_func ("/search/typos-only-when-needed", test_typos_only_when_needed);
  g_test_add_func ("/search/results", test_results);
  g_test_add_func ("/search/result-snippet", test_result_snippet);
  g_test_add_func ("/search/snippet-window", test_snippet_window);
  g_test_add_func ("/search/find-matches", test_find_matches);
  g_test_add_func ("/search/copies", test_copies);
  g_test_add_func ("/search/max-scored", test_max_scored);
  g_test_add_func ("/search/threads", test_threads);
  g_test_add_func ("/search/hostile-queries", test_hostile_queries);
  g_test_add_func ("/search/typos-keep-meaning", test_typos_keep_meaning);
  g_test_add_func ("/search/urgent-first", test_urgent_first);
  g_test_add_func ("/search/about-last", test_about_last);
  g_test_add_func ("/search/glossary-second", test_glossary_second);
  g_test_add_func ("/search/stop-word-data", test_stop_word_data);
  g_test_add_func ("/search/pages", test_pages);
  g_test_add_func ("/search/data-errors", test_search_data_errors);

  status = g_test_run ();
  g_clear_object (&index_);
  return status;
}
