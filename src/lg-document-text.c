/* lg-document-text.c: a document as plain text, for the command line and tests
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lg-document-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lg-document-text.h"

/**
 * lg_inline_to_text:
 * @inl: inline text
 * @show_targets: whether to follow web, email and phone links with their
 *   target, as print does
 *
 * Returns: (transfer full): the text without markup
 */
char *
lg_inline_to_text (const LgInline *inl,
                   gboolean        show_targets)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < inl->n_runs; i++)
    {
      const LgRun *run = &inl->runs[i];

      g_string_append (out, run->text);
      if (show_targets && run->link == LG_LINK_EXTERNAL && run->target != NULL)
        {
          const char *shown = run->target;

          if (g_str_has_prefix (shown, "mailto:"))
            shown += strlen ("mailto:");
          else if (g_str_has_prefix (shown, "tel:"))
            shown = NULL;
          if (shown != NULL && !g_str_equal (shown, run->text))
            g_string_append_printf (out, " <%s>", shown);
        }
    }
  return g_string_free (out, FALSE);
}

/* Appends @text wrapped to @width columns; the first line starts with
 * @first, later ones with as many spaces.
 */
static void
wrap (GString    *out,
      const char *first,
      const char *text,
      guint       width)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint indent = g_utf8_strlen (first, -1);
  guint col = indent;

  g_string_append (out, first);
  for (guint i = 0; words[i]; i++)
    {
      guint len = g_utf8_strlen (words[i], -1);

      if (len == 0)
        continue;
      if (col > indent && col + 1 + len > width)
        {
          g_string_append_c (out, '\n');
          for (guint s = 0; s < indent; s++)
            g_string_append_c (out, ' ');
          col = indent;
        }
      else if (col > indent)
        {
          g_string_append_c (out, ' ');
          col++;
        }
      g_string_append (out, words[i]);
      col += len;
    }
  g_string_append_c (out, '\n');
}

static void
underline (GString    *out,
           const char *text,
           const char *mark)
{
  guint len = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < len; i++)
    g_string_append (out, mark);
  g_string_append_c (out, '\n');
}

/**
 * lg_document_to_text:
 * @doc: a document
 * @width: the column to wrap at
 *
 * Returns: (transfer full): @doc as plain text
 */
char *
lg_document_to_text (LgDocument *doc,
                     guint       width)
{
  GString *out = g_string_new (NULL);
  guint n = lg_document_get_n_blocks (doc);

  for (guint i = 0; i < n; i++)
    {
      const LgDocBlock *block = lg_document_get_block (doc, i);
      g_autofree char *text = lg_inline_to_text (block->text, TRUE);
      g_autofree char *title = block->title ? lg_inline_to_text (block->title, TRUE) : NULL;
      g_autofree char *lead = NULL;

      switch (block->kind)
        {
        case LG_DOC_TITLE:
          underline (out, text, "=");
          break;

        case LG_DOC_SUMMARY:
          g_string_append_c (out, '\n');
          wrap (out, "", text, width);
          break;

        case LG_DOC_META:
          wrap (out, "", text, width);
          break;

        case LG_DOC_HEADING:
          g_string_append_c (out, '\n');
          underline (out, text, "-");
          break;

        case LG_DOC_SUBHEADING:
          g_string_append_c (out, '\n');
          wrap (out, "", text, width);
          break;

        case LG_DOC_PARAGRAPH:
          g_string_append_c (out, '\n');
          wrap (out, "", text, width);
          break;

        case LG_DOC_BULLET:
          if (block->first_in_list)
            g_string_append_c (out, '\n');
          wrap (out, "  • ", text, width);
          break;

        case LG_DOC_NUMBERED:
        case LG_DOC_QUESTION:
        case LG_DOC_SOURCE:
          if (block->first_in_list)
            g_string_append_c (out, '\n');
          lead = g_strdup_printf ("  %u. ", block->number);
          wrap (out, lead, text, width);
          break;

        case LG_DOC_CALLOUT:
          g_string_append_c (out, '\n');
          if (title)
            wrap (out, "  | ", title, width);
          wrap (out, "  | ", text, width);
          break;

        case LG_DOC_DEFINITION:
          if (block->first_in_list)
            g_string_append_c (out, '\n');
          {
            /* Translators: a term before its meaning, in plain text and
             * search results, as in “Relapse: the leukaemia came back” */
            g_autofree char *term = g_strdup_printf (_("%s: "), title);

            lead = g_strconcat ("  ", term, NULL);
          }
          wrap (out, lead, text, width);
          break;

        case LG_DOC_TABLE:
          g_string_append_c (out, '\n');
          for (guint c = 0; c < block->table->n_items; c++)
            {
              g_autofree char *cell = lg_inline_to_text (block->table->items[c], TRUE);

              g_string_append (out, cell);
              g_string_append (out, (c + 1) % block->table->n_columns == 0 ? "\n" : "\t");
            }
          break;

        case LG_DOC_DISCLAIMER:
          g_string_append_c (out, '\n');
          wrap (out, "", text, width);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return g_string_free (out, FALSE);
}
