/* bench-search.c: how fast the search index is built and answers
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds the index of the bundled corpus (or of --corpus PATH), then of a
 * synthetic corpus of --copies copies of it (1000 by default; each copy is
 * indexed on its own under distinct topic ids, see
 * lg_search_new_with_copies()), and prints for each: the build time, the
 * index's memory (its own count of its allocations, and the growth of the
 * process's resident set), and the latency of 200 queries typed letter by
 * letter: every prefix of each is a query, as typing would send them. A
 * query's time includes the snippets of the results a list shows at once.
 *
 * Targets: p95 under 0.5 ms on the real corpus and under 8 ms on the
 * 1000× one; building under 20 ms for the real corpus. --exact lifts the
 * per-query work budget (see lg_search_set_max_scored()).
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lg-search.h"

/* What people type: drug and brand names, lay words, both spellings,
 * hyphenated names, several words, and typos.
 */
static const char * const queries[] = {
  "xospata", "gilteritinib", "chemo", "spinal tap", "bone marrow transplant",
  "stem cell transplant", "leukemia", "acute myeloid leukemia relapse", "hydroxyurea", "FLAG-Ida",
  "CAR-T", "car t cell therapy", "what is mrd", "measurable residual disease", "relapsed all",
  "refractory aml", "venetoclax azacitidine", "side effects", "hair loss", "infection risk",
  "when to call the hospital", "fever", "blood count", "platelets", "neutropenia",
  "anaemia", "tiredness", "clinical trial", "palliative care", "end of life",
  "prognosis", "how long will i live", "lumbar puncture", "intrathecal chemotherapy", "blinatumomab",
  "inotuzumab", "ponatinib", "imatinib", "philadelphia chromosome", "tisagenlecleucel",
  "kymriah", "besponsa", "blincyto", "arsenic trioxide", "atra",
  "apl relapse", "differentiation syndrome", "flt3 mutation", "idh1", "ivosidenib",
  "enasidenib", "menin inhibitor", "revumenib", "donor lymphocyte infusion", "graft versus host disease",
  "conditioning", "second transplant", "reduced intensity", "bone marrow biopsy", "blood test",
  "cytarabine", "high dose cytarabine", "daunorubicin", "idarubicin", "mitoxantrone",
  "fludarabine", "etoposide", "cyclophosphamide", "clofarabine", "decitabine",
  "gentler treatment", "older people", "not fit for intensive chemo", "hickman line", "picc line",
  "blood transfusion", "platelet transfusion", "neutropenic sepsis", "temperature", "mouth sores",
  "nausea and vomiting", "sickness", "diarrhoea", "diarrhea", "tumor lysis",
  "kidney", "heart problems", "fertility", "pregnancy", "children",
  "paediatric", "pediatric", "teenagers and young adults", "work and money", "benefits",
  "travel insurance", "emotional support", "anxiety", "depression", "talking to children",
  "carers", "helpline", "macmillan", "leukaemia care", "blood cancer uk",
  "second opinion", "questions to ask", "nurse specialist", "multidisciplinary team", "haematologist",
  "hematologist", "remission", "complete remission", "partial response", "salvage therapy",
  "reinduction", "7+3", "mec", "hdac", "g-csf",
  "filgrastim", "growth factor", "central nervous system", "brain and spinal cord", "cerebrospinal fluid",
  "radiotherapy", "total body irradiation", "t cells", "b cells", "cd19",
  "cd22", "minimal residual disease", "early relapse", "late relapse", "comes back",
  "not working", "resistant", "outlook", "survival", "cure",
  "options", "choosing treatment", "targeted therapy", "immunotherapy", "antibody",
  "tablets", "drip", "injection", "at home", "outpatient",
  "inpatient", "hospital stay", "how long does treatment take", "cycles", "course of treatment",
  "maintenance", "after transplant", "donor", "sibling donor", "unrelated donor",
  "cord blood", "haploidentical", "stem cell harvest", "engraftment", "infection after transplant",
  "vaccines", "diet", "exercise", "fatigue", "breathless",
  "bruising", "bleeding", "nosebleeds", "bone pain", "swollen glands",
  "night sweats", "weight loss", "signs of relapse", "tests", "genetic tests",
  "mutation", "chromosome", "flow cytometry", "pcr", "npm1",
  "kmt2a", "gilteritnib", "venetoclx", "leukeamia", "chemotherapie",
  "transplnat", "blinatumomb", "remision", "cytarabin", "asparaginase",
  "pegaspargase", "vincristine", "dexamethasone", "steroids", "methotrexate",
};

G_STATIC_ASSERT (G_N_ELEMENTS (queries) == 200);

/* As the results list would ask, and the rows it shows at once (whose
 * snippets are made then).
 */
#define MAX_RESULTS 50
#define SHOWN       15

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The time this thread ran: what the query cost, even on a busy machine
 * where other processes take the processor away in between.
 */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static gsize
resident_bytes (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return 0;
  return (gsize) resident * sysconf (_SC_PAGESIZE);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint i = (guint) (p / 100.0 * (sorted->len - 1) + 0.5);

  return g_array_index (sorted, double, MIN (i, sorted->len - 1));
}

/* Every prefix of every query, timed. */
static void
measure_queries (LgSearch   *index,
                 const char *label)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  double total = 0.0, cpu_total = 0.0;
  guint found = 0;

  /* Once through to warm the caches, as a user's first keystrokes do not. */
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    g_ptr_array_unref (lg_search_query (index, queries[q], MAX_RESULTS));

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      const char *query = queries[q];

      for (const char *end = g_utf8_next_char (query); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (query, end - query);
          GPtrArray *results;
          double start, cpu_start, took, cpu_took;

          start = now_ms ();
          cpu_start = cpu_ms ();
          results = lg_search_query (index, prefix, MAX_RESULTS);
          for (guint i = 0; i < MIN (results->len, SHOWN); i++)
            lg_search_result_get_snippet (g_ptr_array_index (results, i));
          cpu_took = cpu_ms () - cpu_start;
          took = now_ms () - start;

          found += results->len > 0;
          g_ptr_array_unref (results);
          g_array_append_val (times, took);
          g_array_append_val (cpu_times, cpu_took);
          total += took;
          cpu_total += cpu_took;
          if (*end == '\0')
            break;
        }
    }

  g_array_sort (times, compare_doubles);
  g_array_sort (cpu_times, compare_doubles);
  g_print ("  %-9s %u queries (%u with results), up to %d results, snippets of the first %d\n",
           label, times->len, found, MAX_RESULTS, SHOWN);
  g_print ("  %-9s latency p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms, mean %.3f ms (wall clock)\n",
           "", percentile (times, 50), percentile (times, 95), percentile (times, 99),
           g_array_index (times, double, times->len - 1), total / times->len);
  g_print ("  %-9s latency p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms, mean %.3f ms (thread CPU time)\n",
           "", percentile (cpu_times, 50), percentile (cpu_times, 95), percentile (cpu_times, 99),
           g_array_index (cpu_times, double, cpu_times->len - 1), cpu_total / cpu_times->len);
}

static void
report_index (LgSearch *index,
              double    build_ms,
              gsize     rss_before,
              gsize     rss_after,
              const char *label)
{
  g_print ("  %-9s %u sections; build %.2f ms; index memory %.2f MiB counted, %.2f MiB resident growth\n",
           label, lg_search_get_n_documents (index), build_ms,
           lg_search_get_memory_size (index) / 1048576.0,
           rss_after > rss_before ? (rss_after - rss_before) / 1048576.0 : 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = NULL;
  g_autofree char *corpus_path = NULL;
  int copies = 1000;
  int runs = 20;
  gboolean exact = FALSE;
  GOptionEntry entries[] = {
    { "corpus", 0, 0, G_OPTION_ARG_FILENAME, &corpus_path, "Index this corpus, not the bundled one", "PATH" },
    { "copies", 0, 0, G_OPTION_ARG_INT, &copies, "Copies in the synthetic corpus (0: skip it)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Builds of the real index to time", "N" },
    { "exact", 0, 0, G_OPTION_ARG_NONE, &exact, "No work budget per query: certain top results", NULL },
    { NULL }
  };
  g_autoptr(GArray) builds = g_array_new (FALSE, FALSE, sizeof (double));
  LgSearch *index;
  gsize rss_before, rss_after;
  double start, took;

  setlocale (LC_ALL, "C.UTF-8");
  context = g_option_context_new ("— measure the search index");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-search: %s\n", error->message);
      return 2;
    }

  corpus = corpus_path ? lg_corpus_new_from_path (corpus_path, &error)
                       : lg_corpus_get_default (&error);
  if (corpus == NULL)
    {
      g_printerr ("bench-search: %s\n", error->message);
      return 2;
    }

  g_print ("Search benchmark (%s corpus, %d queries typed letter by letter, %s)\n",
           corpus_path ? corpus_path : "bundled", (int) G_N_ELEMENTS (queries),
           exact ? "exact: no work budget" : "default work budget");

  /* The real corpus: the median of several builds. */
  rss_before = resident_bytes ();
  start = now_ms ();
  index = lg_search_new (corpus);
  took = now_ms () - start;
  rss_after = resident_bytes ();
  g_array_append_val (builds, took);
  for (int i = 1; i < runs; i++)
    {
      LgSearch *again;

      start = now_ms ();
      again = lg_search_new (corpus);
      took = now_ms () - start;
      g_array_append_val (builds, took);
      g_object_unref (again);
    }
  g_array_sort (builds, compare_doubles);
  if (exact)
    lg_search_set_max_scored (index, 0);
  report_index (index, percentile (builds, 50), rss_before, rss_after, "real");
  g_print ("  %-9s build min %.2f ms, max %.2f ms over %u runs\n", "",
           g_array_index (builds, double, 0), g_array_index (builds, double, builds->len - 1),
           builds->len);
  measure_queries (index, "real");
  g_object_unref (index);

  if (copies > 0)
    {
      g_autofree char *label = g_strdup_printf ("%d×", copies);

      rss_before = resident_bytes ();
      start = now_ms ();
      index = lg_search_new_with_copies (corpus, copies);
      took = now_ms () - start;
      rss_after = resident_bytes ();
      if (exact)
        lg_search_set_max_scored (index, 0);
      report_index (index, took, rss_before, rss_after, label);
      measure_queries (index, label);
      g_object_unref (index);
    }

  return 0;
}
