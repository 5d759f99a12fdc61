/* lg-speech-text.c: a topic's document as sentences to be spoken
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read aloud speaks the same document the content pane shows, one
 * sentence at a time, so the sentence being read can be highlighted in
 * the label that shows it. What is said is the text as a reader would
 * say it: the words of links and never their targets (a glossary or
 * medicine link is read as its words), no bullets, asides in brackets
 * read between pauses, “20%” as “20 percent”, “20–30” as “20 to 30”, a
 * phone number digit by digit. The sources list and the “checked”
 * line are not read. No GTK and no speech library here: tests check
 * it as plain data.
 */

#define G_LOG_DOMAIN "lg-speech"

#include "config.h"

#include <string.h>

#include "lg-speech-text.h"

struct _LgSpeechScript
{
  GArray *sentences;  /* LgSpeechSentence */
  GArray *sections;   /* LgSpeechSection */
  char   *language;
};

typedef struct
{
  const char *language;
  const char *percent;
  const char *to;
  const char *plus;
  const char *degrees;
  const char *and;
} Words;

/* The guide's languages (po/content/LINGUAS, and English). */
static const Words words[] = {
  { "en", "percent", "to", "plus", "degrees", "and" },
  { "es", "por ciento", "a", "más", "grados", "y" },
  { "fr", "pour cent", "à", "plus", "degrés", "et" },
};

static const Words *
words_for (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (language, words[i].language) == 0)
      return &words[i];
  return &words[0];
}

/**
 * lg_speech_text_language:
 * @names: the reader's languages, most wanted first, as
 *   g_get_language_names() gives them
 *
 * The guide is shown in the first of the reader's languages it has a
 * translation for, or English; its voice speaks the same language.
 *
 * Returns: "en", "es" or "fr"
 */
const char *
lg_speech_text_language (const char * const *names)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      gsize len = strcspn (names[i], "_.@-");

      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        if (len == strlen (words[w].language) &&
            strncmp (names[i], words[w].language, len) == 0)
          return words[w].language;
    }
  return words[0].language;
}

typedef struct
{
  const char *pattern;
  const char *replacement;  /* or NULL for a word of the language */
  gsize       word;         /* offset of that word in Words */
} Rule;

/* Applied in order to each sentence. "\x01" in a replacement stands for
 * the language's word. */
static const Rule rules[] = {
  /* Marks that are not said */
  { "[®™]", "", 0 },
  /* Bullets and arrows: a pause */
  { "^\\s*[•◦‣▪·*–—-]\\s+", "", 0 },
  { "\\s*[•◦‣▪→⇒]\\s*", ", ", 0 },
  /* Numbers */
  { "(?<=\\d)\\s*%", NULL, G_STRUCT_OFFSET (Words, percent) },
  { "(?<=\\d)\\s*°\\s*[CF]?\\b", NULL, G_STRUCT_OFFSET (Words, degrees) },
  { "(?<=\\d)\\s*[–—-]\\s*(?=\\d)", NULL, G_STRUCT_OFFSET (Words, to) },
  { "(?<=\\d)\\s*\\+\\s*(?=\\d)", NULL, G_STRUCT_OFFSET (Words, plus) },
  { "\\s*&\\s*", NULL, G_STRUCT_OFFSET (Words, and) },
  /* Emergency and NHS numbers are said digit by digit */
  { "(?<![\\d.,])999(?!\\d|[.,]\\d)", "9 9 9", 0 },
  { "(?<![\\d.,])111(?!\\d|[.,]\\d)", "1 1 1", 0 },
  { "(?<![\\d.,])112(?!\\d|[.,]\\d)", "1 1 2", 0 },
  /* An aside in brackets, such as “(20%)”, between pauses */
  { "\\s*[(\\[]\\s*", ", ", 0 },
  { "\\s*[)\\]]", ",", 0 },
  /* Tidying what the rules above leave */
  { "\\s+", " ", 0 },
  { "\\s+(?=[,.;:!?])", "", 0 },
  { ",+\\s*(?=[,.;:!?])", "", 0 },
  { "^[\\s,;:]+|[\\s,;:]+$", "", 0 },
};

static GRegex *
rule_regex (guint i)
{
  static GRegex *compiled[G_N_ELEMENTS (rules)];

  if (g_once_init_enter (&compiled[i]))
    {
      GRegex *regex = g_regex_new (rules[i].pattern, 0, 0, NULL);

      g_assert (regex != NULL);
      g_once_init_leave (&compiled[i], regex);
    }
  return compiled[i];
}

/**
 * lg_speech_text_naturalize:
 * @text: a sentence as shown
 * @language: "en", "es" or "fr"
 *
 * Returns: (transfer full): @text as it is to be said
 */
char *
lg_speech_text_naturalize (const char *text,
                           const char *language)
{
  const Words *w = words_for (language);
  char *result = g_strdup (text);

  g_return_val_if_fail (text != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *replacement = NULL;
      char *next;

      if (rules[i].replacement != NULL)
        replacement = g_strdup (rules[i].replacement);
      else
        replacement = g_strdup_printf (" %s ", G_STRUCT_MEMBER (const char *, w, rules[i].word));
      next = g_regex_replace_literal (rule_regex (i), result, -1, 0, replacement, 0, NULL);
      if (next != NULL)
        {
          g_free (result);
          result = next;
        }
    }
  return result;
}

/* A phone number as it is said: digit by digit, a pause between groups. */
static void
append_phone_number (GString     *out,
                     const char  *text,
                     gsize        len,
                     const Words *w)
{
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        {
          if (out->len > 0 && g_ascii_isdigit (out->str[out->len - 1]))
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
        }
      else if (c == '+')
        g_string_append_printf (out, "%s ", w->plus);
      else if (g_unichar_isspace (c) || c == '-')
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append (out, ", ");
        }
      else
        g_string_append_unichar (out, c);
    }
}

static gboolean
is_phone_link (const LgRun *run)
{
  return run->link == LG_LINK_EXTERNAL && run->target != NULL &&
         g_str_has_prefix (run->target, "tel:");
}

/* The spoken form of the runs of @inl between bytes @start and @end of
 * the text they show. Only each run's words are taken: a link's target
 * is never read. */
static char *
spoken_range (const LgInline *inl,
              gsize           start,
              gsize           end,
              const Words    *w)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gsize pos = 0;

  for (guint r = 0; r < inl->n_runs; r++)
    {
      const LgRun *run = &inl->runs[r];
      gsize len = strlen (run->text);
      gsize from = MAX (start, pos), to = MIN (end, pos + len);

      if (from < to)
        {
          if (is_phone_link (run))
            append_phone_number (out, run->text + (from - pos), to - from, w);
          else
            g_string_append_len (out, run->text + (from - pos), to - from);
        }
      pos += len;
    }
  return lg_speech_text_naturalize (out->str, w->language);
}

/**
 * lg_speech_text_spoken:
 * @inl: inline text
 * @language: "en", "es" or "fr"
 *
 * Returns: (transfer full): all of @inl as it is to be said
 */
char *
lg_speech_text_spoken (const LgInline *inl,
                       const char     *language)
{
  g_return_val_if_fail (inl != NULL, NULL);
  return spoken_range (inl, 0, G_MAXSIZE, words_for (language));
}

/* The text @inl shows: its runs' words, one after the other. */
static char *
shown_text (const LgInline *inl)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < inl->n_runs; r++)
    g_string_append (out, inl->runs[r].text);
  return g_string_free (out, FALSE);
}

/* Words after which a full stop does not end a sentence. */
static const char * const abbreviations[] = {
  "e.g", "i.e", "etc", "dr", "mr", "mrs", "ms", "st", "vs", "approx", "no", "nos",
  "p. ej", "ej", "sr", "sra", "dra", "env", "cf", "mme", "m", "art", NULL
};

static gboolean
is_abbreviation (const char *text,
                 const char *dot)
{
  const char *word = dot;

  while (word > text && !g_ascii_isspace (word[-1]) && word[-1] != '(')
    word--;
  for (guint i = 0; abbreviations[i]; i++)
    {
      gsize len = strlen (abbreviations[i]);

      if ((gsize) (dot - word) == len && g_ascii_strncasecmp (word, abbreviations[i], len) == 0)
        return TRUE;
    }
  /* A single capital letter: an initial, as in “B. Smith” */
  return dot - word == 1 && g_ascii_isupper (*word);
}

/* Whether byte @offset of the shown text is inside a link's words,
 * before their last character: a link to “Feeling unwell? Act now” is
 * one name, not two sentences. */
static gboolean
inside_link (const LgInline *inl,
             gsize           offset)
{
  gsize pos = 0;

  for (guint r = 0; r < inl->n_runs; r++)
    {
      gsize len = strlen (inl->runs[r].text);

      if (inl->runs[r].link != LG_LINK_NONE && offset >= pos && offset + 1 < pos + len)
        return TRUE;
      pos += len;
    }
  return FALSE;
}

/* Byte offsets of where each sentence of @text, the text @inl shows,
 * ends, the last one included. A sentence ends at “.”, “!”, “?” or “…”,
 * with any closing quotes or brackets, before a space and a word that
 * does not start in lower case. */
static GArray *
sentence_ends (const LgInline *inl,
               const char     *text)
{
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize len = strlen (text);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *after, *next;

      if (c != '.' && c != '!' && c != '?' && c != 0x2026)
        continue;
      if ((c == '.' && is_abbreviation (text, p)) || inside_link (inl, p - text))
        continue;
      after = g_utf8_next_char (p);
      while (*after && strchr (")]\"'", *after) != NULL)
        after++;
      while (g_str_has_prefix (after, "”") || g_str_has_prefix (after, "’") ||
             g_str_has_prefix (after, "»"))
        after = g_utf8_next_char (after);
      if (*after != ' ')
        continue;
      next = after;
      while (*next == ' ')
        next++;
      if (*next == '\0' || g_unichar_islower (g_utf8_get_char (next)))
        continue;
      {
        gsize end = after - text;

        g_array_append_val (ends, end);
      }
      p = next - 1;
    }
  if (ends->len == 0 || g_array_index (ends, gsize, ends->len - 1) < len)
    g_array_append_val (ends, len);
  return ends;
}

static void
add_sentence (LgSpeechScript *script,
              char           *spoken,
              const LgInline *shown,
              guint           start,
              guint           end,
              gboolean        in_lead)
{
  LgSpeechSentence s = { spoken, shown, start, end, in_lead };

  if (spoken[0] == '\0')
    {
      g_free (spoken);
      return;
    }
  g_array_append_val (script->sentences, s);
}

/* Every sentence of @inl, each with where it is in the shown text. */
static void
add_inline (LgSpeechScript *script,
            const LgInline *inl)
{
  const Words *w = words_for (script->language);
  g_autofree char *text = shown_text (inl);
  g_autoptr(GArray) ends = sentence_ends (inl, text);
  gsize start = 0;

  for (guint i = 0; i < ends->len; i++)
    {
      gsize end = g_array_index (ends, gsize, i);
      gsize s = start, e = end;

      while (s < e && g_ascii_isspace (text[s]))
        s++;
      while (e > s && g_ascii_isspace (text[e - 1]))
        e--;
      if (s < e)
        add_sentence (script, spoken_range (inl, s, e, w), inl,
                      g_utf8_pointer_to_offset (text, text + s),
                      g_utf8_pointer_to_offset (text, text + e), FALSE);
      start = end;
    }
}

static void
add_block (LgSpeechScript   *script,
           LgDocument       *doc,
           guint             index)
{
  const LgDocBlock *block = lg_document_get_block (doc, index);
  const LgDocBlock *next = index + 1 < lg_document_get_n_blocks (doc)
                             ? lg_document_get_block (doc, index + 1) : NULL;

  switch (block->kind)
    {
    case LG_DOC_META:
    case LG_DOC_SOURCE:
      /* The date of the last check and the list of sources are for the
       * eye: the reader hears the guide's own words. */
      return;

    case LG_DOC_SUBHEADING:
      if (next != NULL && next->kind == LG_DOC_SOURCE)
        return;
      add_inline (script, block->text);
      return;

    case LG_DOC_CALLOUT:
      if (block->title != NULL)
        add_inline (script, block->title);
      add_inline (script, block->text);
      return;

    case LG_DOC_DEFINITION:
      /* The term, then its meaning, as the label shows them. */
      add_sentence (script, lg_speech_text_spoken (block->title, script->language),
                    block->text, 0, 0, TRUE);
      add_inline (script, block->text);
      return;

    case LG_DOC_TABLE:
      for (guint c = 0; c < block->table->n_items; c++)
        add_inline (script, block->table->items[c]);
      return;

    case LG_DOC_TITLE:
    case LG_DOC_SUMMARY:
    case LG_DOC_HEADING:
    case LG_DOC_PARAGRAPH:
    case LG_DOC_BULLET:
    case LG_DOC_NUMBERED:
    case LG_DOC_QUESTION:
    case LG_DOC_DISCLAIMER:
    default:
      if (block->text != NULL)
        add_inline (script, block->text);
      return;
    }
}

static void
clear_sentence (gpointer data)
{
  g_free (((LgSpeechSentence *) data)->spoken);
}

/**
 * lg_speech_script_new:
 * @doc: a topic's document
 * @language: "en", "es" or "fr": how numbers are said
 *
 * Splits @doc into sections (the part above the first section is the
 * first) and sections into sentences. @doc must outlive the script.
 *
 * Returns: (transfer full): the script
 */
LgSpeechScript *
lg_speech_script_new (LgDocument *doc,
                      const char *language)
{
  LgSpeechScript *script;
  const char *current = NULL;

  g_return_val_if_fail (doc != NULL, NULL);

  script = g_new0 (LgSpeechScript, 1);
  script->sentences = g_array_new (FALSE, FALSE, sizeof (LgSpeechSentence));
  g_array_set_clear_func (script->sentences, clear_sentence);
  script->sections = g_array_new (FALSE, FALSE, sizeof (LgSpeechSection));
  script->language = g_strdup (words_for (language)->language);

  for (guint i = 0; i < lg_document_get_n_blocks (doc); i++)
    {
      const LgDocBlock *block = lg_document_get_block (doc, i);
      guint before = script->sentences->len;

      add_block (script, doc, i);
      if (script->sentences->len == before)
        continue;
      if (script->sections->len == 0 || g_strcmp0 (block->section_id, current) != 0)
        {
          LgSpeechSection section = { block->section_id, before, 0 };

          g_array_append_val (script->sections, section);
          current = block->section_id;
        }
      g_array_index (script->sections, LgSpeechSection, script->sections->len - 1).n_sentences +=
        script->sentences->len - before;
    }
  return script;
}

void
lg_speech_script_free (LgSpeechScript *script)
{
  if (script == NULL)
    return;
  g_array_unref (script->sentences);
  g_array_unref (script->sections);
  g_free (script->language);
  g_free (script);
}

guint
lg_speech_script_get_n_sentences (LgSpeechScript *script)
{
  g_return_val_if_fail (script != NULL, 0);
  return script->sentences->len;
}

const LgSpeechSentence *
lg_speech_script_get_sentence (LgSpeechScript *script,
                               guint           index)
{
  g_return_val_if_fail (script != NULL, NULL);
  g_return_val_if_fail (index < script->sentences->len, NULL);
  return &g_array_index (script->sentences, LgSpeechSentence, index);
}

guint
lg_speech_script_get_n_sections (LgSpeechScript *script)
{
  g_return_val_if_fail (script != NULL, 0);
  return script->sections->len;
}

const LgSpeechSection *
lg_speech_script_get_section (LgSpeechScript *script,
                              guint           index)
{
  g_return_val_if_fail (script != NULL, NULL);
  g_return_val_if_fail (index < script->sections->len, NULL);
  return &g_array_index (script->sections, LgSpeechSection, index);
}

/**
 * lg_speech_script_find_section:
 * @script: a script
 * @section_id: (nullable): a section id
 *
 * Returns: the index of the section @section_id, or 0 (the top of the
 *   page) if there is none
 */
guint
lg_speech_script_find_section (LgSpeechScript *script,
                               const char     *section_id)
{
  g_return_val_if_fail (script != NULL, 0);

  for (guint i = 0; section_id != NULL && i < script->sections->len; i++)
    if (g_strcmp0 (g_array_index (script->sections, LgSpeechSection, i).section_id,
                   section_id) == 0)
      return i;
  return 0;
}

/**
 * lg_speech_text_mark_name:
 * @sentence: a sentence's index
 *
 * Returns: (transfer full): the name of the SSML mark before it
 */
char *
lg_speech_text_mark_name (guint sentence)
{
  return g_strdup_printf ("s%u", sentence);
}

gboolean
lg_speech_text_parse_mark (const char *mark,
                           guint      *sentence)
{
  guint64 value;

  g_return_val_if_fail (sentence != NULL, FALSE);

  if (mark == NULL || mark[0] != 's' ||
      !g_ascii_string_to_unsigned (mark + 1, 10, 0, G_MAXUINT, &value, NULL))
    return FALSE;
  *sentence = (guint) value;
  return TRUE;
}

/* Whether @text ends with a stop, perhaps inside quotes or brackets. */
static gboolean
ends_sentence (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026)
        return TRUE;
      if (!((c < 128 && strchr (")]\"'", (int) c) != NULL) ||
            c == 0x201D || c == 0x2019 || c == 0x00BB))
        return FALSE;
      end = prev;
    }
  return FALSE;
}

/**
 * lg_speech_script_section_ssml:
 * @script: a script
 * @index: a section
 * @from: the sentence to start at, or 0 for the section's first
 *
 * Returns: (transfer full): the section, from @from on, as one SSML
 *   document: each sentence escaped, in an <s> element that starts with a
 *   mark named by lg_speech_text_mark_name()
 */
char *
lg_speech_script_section_ssml (LgSpeechScript *script,
                               guint           index,
                               guint           from)
{
  const LgSpeechSection *section;
  GString *out;
  guint first;

  g_return_val_if_fail (script != NULL, NULL);
  g_return_val_if_fail (index < script->sections->len, NULL);

  section = lg_speech_script_get_section (script, index);
  first = CLAMP (from, section->first, section->first + section->n_sentences);
  out = g_string_new ("<speak>");
  for (guint i = first; i < section->first + section->n_sentences; i++)
    {
      const LgSpeechSentence *s = lg_speech_script_get_sentence (script, i);
      g_autofree char *mark = lg_speech_text_mark_name (i);
      g_autofree char *escaped = g_markup_escape_text (s->spoken, -1);

      if (i > first)
        g_string_append_c (out, ' ');
      /* Each sentence in an <s> of its own: espeak-ng (1.51) reports only
       * the first of several marks in one stretch of text. */
      g_string_append_printf (out, "<s><mark name=\"%s\"/>%s", mark, escaped);
      /* A heading or list item has no full stop: a pause all the same. */
      if (!ends_sentence (s->spoken))
        g_string_append_c (out, '.');
      g_string_append (out, "</s>");
    }
  g_string_append (out, "</speak>");
  return g_string_free (out, FALSE);
}

/**
 * lg_speech_script_section_of:
 * @script: a script
 * @sentence: a sentence
 *
 * Returns: the index of the section @sentence is in
 */
guint
lg_speech_script_section_of (LgSpeechScript *script,
                             guint           sentence)
{
  g_return_val_if_fail (script != NULL, 0);

  for (guint i = 0; i < script->sections->len; i++)
    {
      const LgSpeechSection *section = &g_array_index (script->sections, LgSpeechSection, i);

      if (sentence < section->first + section->n_sentences)
        return i;
    }
  return script->sections->len > 0 ? script->sections->len - 1 : 0;
}
