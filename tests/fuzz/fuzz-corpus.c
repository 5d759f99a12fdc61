/* fuzz-corpus.c: a libFuzzer target for the corpus loader and the markup parser
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is tried three ways: as one corpus file, split into two
 * files at a byte the input chooses (so one file can define the groups
 * and another the topics), and as one piece of inline text. Corpora that
 * load are rendered as plain text, topic by topic, so the document model
 * and the text renderer see whatever the loader lets through.
 *
 * Built by build-aux/fuzz (meson -Dfuzzing=true with clang); run it there.
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "lg-corpus.h"
#include "lg-document.h"
#include "lg-document-text.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug the fuzzer should stop on. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
render_all (LgCorpus *corpus)
{
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_autoptr(LgDocument) doc = lg_document_new (corpus, topic, NULL);
      g_autofree char *text = lg_document_to_text (doc, 40);

      g_assert (text != NULL);
      for (guint s = 0; s < topic->n_sections; s++)
        {
          g_autoptr(LgDocument) section = lg_document_new (corpus, topic,
                                                           topic->sections[s]->id);
          g_free (lg_document_to_text (section, 76));
        }
    }
}

static void
load (const char **names,
      const char **texts,
      guint        n_files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = lg_corpus_new_from_data (names, texts, n_files, &error);

  /* Exactly one of the two. */
  g_assert ((corpus == NULL) != (error == NULL));
  if (corpus != NULL)
    render_all (corpus);
  else
    g_assert (error->domain == LG_CORPUS_ERROR && error->message[0] != '\0');
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  gsize len = strlen (text);

  /* One file. */
  {
    const char *names[] = { "fuzz.json" };
    const char *texts[] = { text };

    load (names, texts, 1);
  }

  /* Two files, split at a byte the input's last byte chooses. */
  if (len > 1)
    {
      gsize at = ((guchar) text[len - 1] * len) / 256;
      g_autofree char *first = g_strndup (text, at);
      const char *names[] = { "00-first.json", "10-second.json" };
      const char *texts[] = { first, text + at };

      load (names, texts, 2);
    }

  /* The inline markup parser alone. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LgInline) inl = lg_inline_parse (text, "fuzz.json: $.text", &error);

    g_assert ((inl == NULL) != (error == NULL));
    if (inl != NULL)
      {
        g_autofree char *plain = lg_inline_to_text (inl, TRUE);

        for (guint i = 0; i < inl->n_runs; i++)
          g_assert (inl->runs[i].text != NULL);
      }
  }

  return 0;
}
