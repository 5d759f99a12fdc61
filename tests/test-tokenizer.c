/* test-tokenizer.c: the tokeniser: words, joined and compound words, offsets
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lg-normalize.h"

/* A French elided article or pronoun is not part of the word after it;
 * English contractions and possessives stay whole. */
static void
test_elision (void)
{
  static const struct { const char *text; const char *words; } cases[] = {
    { "l’hôpital", "hôpital" },
    { "j'ai peur", "ai|peur" },
    { "qu’est-ce", "est|ce" },
    { "d'Ida", "Ida" },
    { "I'm scared", "I'm|scared" },
    { "patient’s o'clock", "patient’s|o'clock" },
    { "l'", "l" },
    { "aujourd'hui", "aujourd'hui" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) tokens = lg_tokenize (cases[i].text, -1);
      g_autoptr(GString) got = g_string_new (NULL);

      for (guint t = 0; t < tokens->len; t++)
        {
          const LgToken *token = &g_array_index (tokens, LgToken, t);

          if (token->flags & LG_TOKEN_COMPOUND)
            continue;
          if (got->len > 0)
            g_string_append_c (got, '|');
          g_string_append_len (got, cases[i].text + token->start, token->end - token->start);
        }
      g_assert_cmpstr (got->str, ==, cases[i].words);
    }
}

typedef struct
{
  const char *text;
  const char *tokens;  /* each as TEXT, TEXT+ when joined, [TEXT] when a compound */
} TokenCase;

static const TokenCase token_cases[] = {
  { "", "" },
  { "  ,.; ", "" },
  { "Relapsed AML", "Relapsed AML" },
  { "FLAG-Ida", "FLAG Ida+ [FLAG-Ida]" },
  { "CAR T-cell therapy", "CAR T cell+ [T-cell] therapy" },
  { "CAR-T-cell", "CAR T+ [CAR-T] cell+ [CAR-T-cell] [T-cell]" },
  /* Longest first, and at most four words. */
  { "a-b-c-d-e", "a b+ [a-b] c+ [a-b-c] [b-c] d+ [a-b-c-d] [b-c-d] [c-d] e+ [b-c-d-e] [c-d-e] [d-e]" },
  { "7+3 and 7-and-3", "7 3 and 7 and+ [7-and] 3+ [7-and-3] [and-3]" },
  { "Medicines A–Z", "Medicines A Z" },        /* an en dash does not join */
  { "well - known", "well known" },             /* nor a hyphen with spaces */
  { "x--y", "x y" },                            /* nor two hyphens */
  { "the patient’s notes", "the patient’s notes" },
  { "patients’ notes", "patients notes" },
  { "1.5 mg, 10,000 cells", "1.5 mg 10,000 cells" },
  { "end.Start", "end Start" },
  { "t(15;17)", "t 15 17" },
  { "Ph+ ALL", "Ph ALL" },
  { "naïve café", "naïve café" },
  { "\xff\xfe bad", "bad" },                    /* invalid UTF-8 separates */
  { "G‐CSF", "G CSF+ [G‐CSF]" },                /* U+2010 hyphen */
};

static char *
describe_tokens (const char *text)
{
  g_autoptr(GArray) tokens = lg_tokenize (text, -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const LgToken *t = &g_array_index (tokens, LgToken, i);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (t->flags & LG_TOKEN_COMPOUND)
        g_string_append_c (out, '[');
      g_string_append_len (out, text + t->start, t->end - t->start);
      if (t->flags & LG_TOKEN_COMPOUND)
        g_string_append_c (out, ']');
      if (t->flags & LG_TOKEN_JOINED)
        g_string_append_c (out, '+');
    }
  return g_string_free (out, FALSE);
}

static void
test_tokenize (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (token_cases); i++)
    {
      g_autofree char *got = describe_tokens (token_cases[i].text);

      g_assert_cmpstr (got, ==, token_cases[i].tokens);
    }
}

static void
test_tokenize_offsets (void)
{
  const char *text = "Ærø – FLAG-Ida";
  g_autoptr(GArray) tokens = lg_tokenize (text, -1);
  LgToken *t;

  g_assert_cmpuint (tokens->len, ==, 4);
  t = &g_array_index (tokens, LgToken, 0);
  g_assert_cmpuint (t->start, ==, 0);
  g_assert_cmpuint (t->end, ==, strlen ("Ærø"));
  t = &g_array_index (tokens, LgToken, 3);
  g_assert_cmpuint (t->start, ==, strlen ("Ærø – "));
  g_assert_cmpuint (t->end, ==, strlen (text));
  g_assert_true (t->flags & LG_TOKEN_COMPOUND);

  /* A length stops the tokeniser, NUL or not. */
  g_clear_pointer (&tokens, g_array_unref);
  tokens = lg_tokenize (text, strlen ("Ærø – FL"));
  g_assert_cmpuint (tokens->len, ==, 2);
  g_assert_cmpuint (g_array_index (tokens, LgToken, 1).end, ==, strlen ("Ærø – FL"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tokenize/elision", test_elision);
  g_test_add_func ("/tokenize/words", test_tokenize);
  g_test_add_func ("/tokenize/offsets", test_tokenize_offsets);

  return g_test_run ();
}
