/* lg-corpus-strings.c: write the corpus's translatable strings as a C table
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * xgettext cannot read JSON, so this build tool loads the corpus with the
 * app's own loader and writes one NC_() line per string, with the file and
 * JSON path as context. The output is committed as
 * po/content/corpus-strings.c; a test fails when it is stale.
 *
 * Usage: lg-corpus-strings [CORPUS-PATH] > po/content/corpus-strings.c
 */

#define G_LOG_DOMAIN "lg-corpus-strings"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "lg-corpus.h"

static void
append_c_string (GString    *out,
                 const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
write_string (const char *context,
              const char *source,
              gboolean    has_markup,
              gpointer    user_data)
{
  GString *out = user_data;

  if (has_markup)
    g_string_append (out, "  /* Translators: keep the marks **, * and [ ] and every "
                          "link target in ( ) as they are */\n");
  /* Search data: a list, whose entries need not match the English ones. */
  if (strstr (context, "$.search.concepts[") != NULL)
    g_string_append (out, "  /* Translators: words and phrases your translation of the guide uses "
                          "for this subject, separated by semicolons; as many as it needs */\n");
  /* "5% less" is prose, not a printf format. */
  if (strchr (source, '%') != NULL)
    g_string_append (out, "  /* xgettext:no-c-format */\n");
  g_string_append (out, "  NC_(");
  append_c_string (out, context);
  g_string_append (out, ", ");
  append_c_string (out, source);
  g_string_append (out, "),\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LgCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  /* English only: the table holds the strings as written. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  corpus = argc > 1 ? lg_corpus_new_from_path (argv[1], &error)
                    : lg_corpus_get_default (&error);
  if (corpus == NULL)
    {
      g_printerr ("lg-corpus-strings: %s\n", error->message);
      return 2;
    }

  g_string_append (out,
                   "/* corpus-strings.c: the guide's text, for translators\n"
                   " *\n"
                   " * Written by lg-corpus-strings from data/corpus; do not edit by hand.\n"
                   " * Regenerate with: ninja -C build update-corpus-strings\n"
                   " *\n"
                   " * SPDX-License-Identifier: CC-BY-SA-4.0\n"
                   " */\n"
                   "\n"
                   "#if 0\n"
                   "static const char *corpus_strings[] = {\n");
  lg_corpus_foreach_translatable (corpus, write_string, out);
  g_string_append (out, "};\n#endif\n");

  fputs (out->str, stdout);
  return 0;
}
