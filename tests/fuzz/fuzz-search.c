/* fuzz-search.c: a libFuzzer target for search, over what a reader types
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index is built once from the bundled guide. Each input is a query,
 * any bytes at all (the command line passes them on unchecked): it is
 * searched for, and then matched against a text the input also gives,
 * the way the content pane highlights the words of a search. Beyond not
 * crashing, leaking or hanging, the results must keep their promises:
 * snippets are UTF-8, scores are finite and in order, and every range is
 * inside its string, in order and not overlapping.
 *
 * Built by build-aux/fuzz (meson -Dfuzzing=true with clang); run it there
 * with LG_FUZZ_TARGET=search.
 */

#include "config.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "lg-search.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static LgSearch *search;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = NULL;

  /* A critical or a warning is a bug the fuzzer should stop on. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  corpus = lg_corpus_get_default (&error);
  g_assert_no_error (error);
  search = lg_search_new (corpus);
  return 0;
}

static void
check_ranges (const LgSearchRange *ranges,
              guint                n_ranges,
              const char          *text)
{
  gsize len = strlen (text);

  for (guint i = 0; i < n_ranges; i++)
    {
      g_assert (ranges[i].start < ranges[i].end);
      g_assert (ranges[i].end <= len);
      if (i > 0)
        g_assert (ranges[i - 1].end <= ranges[i].start);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *input = g_strndup ((const char *) data, size);
  gsize len = strlen (input);
  /* The query, and the text to match it in: split where the last byte
   * says, as in fuzz-corpus.c. */
  gsize at = len > 1 ? ((guchar) input[len - 1] * len) / 256 : len;
  g_autofree char *query = g_strndup (input, at);
  const char *text = input + at;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GArray) matches = NULL;
  double last = INFINITY;

  results = lg_search_query (search, query, 0);
  g_assert (results != NULL);
  for (guint i = 0; i < results->len; i++)
    {
      LgSearchResult *result = g_ptr_array_index (results, i);
      const char *snippet = lg_search_result_get_snippet (result);
      double score = lg_search_result_get_score (result);
      const LgSearchRange *ranges;
      guint n_ranges;

      g_assert (isfinite (score) && score <= last);
      last = score;
      g_assert (lg_search_result_get_topic (result) != NULL);
      g_assert (snippet != NULL && g_utf8_validate (snippet, -1, NULL));
      ranges = lg_search_result_get_ranges (result, &n_ranges);
      check_ranges (ranges, n_ranges, snippet);
    }

  /* The whole input as the text too: matches in what was typed. */
  matches = lg_search_find_matches (search, query, text);
  check_ranges ((const LgSearchRange *) matches->data, matches->len, text);
  g_array_unref (g_steal_pointer (&matches));
  matches = lg_search_find_matches (search, query, query);
  check_ranges ((const LgSearchRange *) matches->data, matches->len, query);

  return 0;
}
