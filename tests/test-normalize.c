/* test-normalize.c: search keys: folding, spelling, stems and prefixes
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lg-normalize.h"

typedef struct
{
  const char *word;
  const char *expected;
} KeyCase;

/* Case, accents and punctuation inside words. */
static const KeyCase fold_cases[] = {
  { "Leukaemia", "leukaemia" },
  { "LEUKÄMIE", "leukamie" },
  { "café", "cafe" },
  { "Straße", "strasse" },
  { "Œsophagus", "oesophagus" },
  { "Ærø", "aero" },
  { "patient’s", "patients" },
  { "patient's", "patients" },
  { "FLAG-Ida", "flagida" },
  { "CAR-T", "cart" },
  { "1.5", "1.5" },
  { "10,000", "10000" },
  { "t(15;17)", "t1517" },
  { "ﬁbre", "fibre" },          /* the fi ligature */
  { "Ｘospata", "xospata" },     /* a full-width letter */
  { "e\xcc\x81tude", "etude" },  /* a combining accent */
  { "", "" },
  { "–", "" },
};

/* British spellings, written the American way. */
static const KeyCase spelling_cases[] = {
  { "leukaemia", "leukemia" },
  { "anaemia", "anemia" },
  { "haematology", "hematology" },
  { "haem", "hem" },
  { "paediatric", "pediatric" },
  { "oesophagus", "esophagus" },
  { "oedema", "edema" },
  { "oestrogen", "estrogen" },
  { "diarrhoea", "diarrhea" },
  { "dyspnoea", "dyspnea" },
  { "foetus", "fetus" },
  { "coeliac", "celiac" },
  { "manoeuvre", "maneuver" },
  { "tumour", "tumor" },
  { "tumours", "tumors" },
  { "colour", "color" },
  { "behaviour", "behavior" },
  { "favourite", "favorite" },
  { "organise", "organize" },
  { "organisation", "organization" },
  { "randomised", "randomized" },
  { "hospitalisation", "hospitalization" },
  { "analyse", "analyze" },
  { "paralysed", "paralyzed" },
  { "centre", "center" },
  { "centred", "centered" },
  { "litre", "liter" },
  { "fibre", "fiber" },
  { "catalogue", "catalog" },
  { "programme", "program" },
  { "travelled", "traveled" },
  { "counselling", "counseling" },
  { "licence", "license" },
  { "grey", "gray" },
  { "ageing", "aging" },
  { "enrolment", "enrollment" },
  { "enrol", "enroll" },
  { "leucocyte", "leukocyte" },
  { "sulphate", "sulfate" },
  { "judgement", "judgment" },
  /* Left alone */
  { "hour", "hour" },
  { "your", "your" },
  { "four", "four" },
  { "course", "course" },
  { "source", "source" },
  { "disease", "disease" },
  { "raise", "raise" },
  { "analysis", "analysis" },
  { "cell", "cell" },
  { "does", "does" },
  { "flt3", "flt3" },
};

static const KeyCase stem_cases[] = {
  { "relapse", "relaps" },
  { "relapses", "relaps" },
  { "relapsed", "relaps" },
  { "relapsing", "relaps" },
  { "dose", "dose" },
  { "doses", "dose" },
  { "dosing", "dose" },
  { "dosed", "dose" },
  { "care", "care" },
  { "caring", "care" },
  { "cared", "care" },
  { "car", "car" },
  { "use", "use" },
  { "used", "use" },
  { "using", "use" },
  { "therapy", "therapy" },
  { "therapies", "therapy" },
  { "applied", "apply" },
  { "dying", "die" },
  { "stopped", "stop" },
  { "planning", "plan" },
  { "filled", "fill" },
  { "bleeding", "bleed" },
  { "needed", "need" },
  { "cells", "cell" },
  { "boxes", "box" },
  { "approaches", "approach" },
  { "processes", "process" },
  { "diseases", "diseas" },
  { "transplants", "transplant" },
  { "transplanted", "transplant" },
  { "virus", "virus" },
  { "analysis", "analysis" },
  { "thing", "thing" },
  { "bring", "bring" },
  { "red", "red" },
  { "all", "all" },
  { "amls", "aml" },
  { "cns", "cns" },
  { "flt3", "flt3" },
  { "leukemias", "leukemia" },
};

/* All three steps: what the index counts. */
static const KeyCase term_cases[] = {
  { "Leukaemias", "leukemia" },
  { "tumours", "tumor" },
  { "Relapsed", "relaps" },
  { "organising", "organiz" },
  { "FLAG-Ida", "flagida" },
  { "Haematologists", "hematologist" },
  { "paediatric", "pediatric" },
  { "Oesophageal", "esophageal" },
};

static void
test_fold (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fold_cases); i++)
    {
      char buf[LG_NORMALIZE_BUFSIZE];
      gsize n = lg_normalize_fold (fold_cases[i].word, strlen (fold_cases[i].word), buf);

      g_assert_cmpstr (buf, ==, fold_cases[i].expected);
      g_assert_cmpuint (n, ==, strlen (fold_cases[i].expected));
    }
}

static void
test_fold_long (void)
{
  g_autofree char *word = g_strnfill (200, 'a');
  g_autofree char *accented = NULL;
  char buf[LG_NORMALIZE_BUFSIZE];
  GString *s = g_string_new (NULL);
  gsize n;

  n = lg_normalize_fold (word, strlen (word), buf);
  g_assert_cmpuint (n, ==, LG_NORMALIZE_MAX_KEY);

  /* Cut on a character, never inside one. */
  for (guint i = 0; i < 100; i++)
    g_string_append (s, "ж");
  accented = g_string_free (s, FALSE);
  n = lg_normalize_fold (accented, strlen (accented), buf);
  g_assert_cmpuint (n, <=, LG_NORMALIZE_MAX_KEY);
  g_assert_true (g_utf8_validate (buf, n, NULL));
}

static void
run_in_place (const KeyCase *cases,
              guint          n_cases,
              gsize        (*func) (char *, gsize))
{
  for (guint i = 0; i < n_cases; i++)
    {
      char buf[LG_NORMALIZE_BUFSIZE];
      gsize n;

      g_strlcpy (buf, cases[i].word, sizeof buf);
      n = func (buf, strlen (buf));
      g_assert_cmpstr (buf, ==, cases[i].expected);
      g_assert_cmpuint (n, ==, strlen (cases[i].expected));
    }
}

static void
test_spelling (void)
{
  run_in_place (spelling_cases, G_N_ELEMENTS (spelling_cases), lg_normalize_spelling);
}

static void
test_stem (void)
{
  run_in_place (stem_cases, G_N_ELEMENTS (stem_cases), lg_normalize_stem);
}

static void
test_term (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (term_cases); i++)
    {
      g_autofree char *term = lg_normalize_term (term_cases[i].word, -1);

      g_assert_cmpstr (term, ==, term_cases[i].expected);
    }
}

/* Both spellings, and every form, of a word give one key. */
static void
test_variants_meet (void)
{
  static const char * const groups[][5] = {
    { "leukaemia", "leukemia", "Leukaemias", "LEUKEMIA", NULL },
    { "anaemia", "anemia", "Anaemic" /* not the same word */, NULL },
    { "haemoglobin", "hemoglobin", NULL },
    { "tumour", "tumor", "tumours", "Tumors", NULL },
    { "oesophagus", "esophagus", NULL },
    { "paediatric", "pediatric", NULL },
    { "randomised", "randomized", NULL },
    { "analyse", "analyze", "analysed", "analyzing", NULL },
    { "relapse", "relapses", "relapsed", "relapsing", NULL },
    { "diarrhoea", "diarrhea", NULL },
    { "centre", "center", "centres", NULL },
  };

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autofree char *first = lg_normalize_term (groups[g][0], -1);

      for (guint i = 1; i < G_N_ELEMENTS (groups[g]) && groups[g][i]; i++)
        {
          g_autofree char *other = lg_normalize_term (groups[g][i], -1);

          if (g_str_equal (groups[g][i], "Anaemic"))
            g_assert_cmpstr (other, !=, first);
          else
            g_assert_cmpstr (other, ==, first);
        }
    }
}

typedef struct
{
  const char *word;
  const char *prefixes;  /* joined with spaces */
} PrefixCase;

static const PrefixCase prefix_cases[] = {
  { "relap", "relap" },
  { "Leukae", "leuke" },
  { "paed", "ped" },
  { "tumou", "tumou tumo" },
  { "organis", "organis organiz" },
  { "analys", "analys analyz" },
  { "centr", "centr cent" },
  { "catalogu", "catalogu catalog" },
  { "programm", "programm program" },
  { "travell", "travell travel" },
  { "cell", "cell" },
  { "flt3", "flt3" },
  { "-", "" },
};

static void
test_prefixes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (prefix_cases); i++)
    {
      g_auto(GStrv) prefixes = lg_normalize_prefixes (prefix_cases[i].word, -1);
      g_autofree char *joined = g_strjoinv (" ", prefixes);

      g_assert_cmpstr (joined, ==, prefix_cases[i].prefixes);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/normalize/fold", test_fold);
  g_test_add_func ("/normalize/fold/long", test_fold_long);
  g_test_add_func ("/normalize/spelling", test_spelling);
  g_test_add_func ("/normalize/stem", test_stem);
  g_test_add_func ("/normalize/term", test_term);
  g_test_add_func ("/normalize/variants-meet", test_variants_meet);
  g_test_add_func ("/normalize/prefixes", test_prefixes);

  return g_test_run ();
}
