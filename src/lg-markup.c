/* lg-markup.c: the corpus's inline markup (strong, emphasis, links)
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The syntax is described in data/corpus/README.md. The parser never
 * produces Pango markup: runs hold plain text and the renderers escape it.
 */

#define G_LOG_DOMAIN "lg-markup"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lg-markup.h"
#include "lg-markup-private.h"

void
lg_inline_free (LgInline *inl)
{
  if (inl == NULL)
    return;

  for (guint i = 0; i < inl->n_runs; i++)
    {
      g_free (inl->runs[i].text);
      g_free (inl->runs[i].target);
    }
  g_free (inl->runs);
  g_free (inl->source);
  g_free (inl->path);
  g_free (inl->plain);
  g_free (inl);
}

static gboolean
is_id_char (char c,
            gboolean first)
{
  if (c >= 'a' && c <= 'z')
    return TRUE;
  if (first)
    return FALSE;
  return (c >= '0' && c <= '9') || c == '-';
}

/**
 * lg_markup_id_is_valid:
 * @id: a candidate id
 *
 * Ids are lower-case ASCII letters, digits and hyphens, starting with a
 * letter.
 *
 * Returns: whether @id is a valid id
 */
gboolean
lg_markup_id_is_valid (const char *id)
{
  if (id == NULL || !is_id_char (id[0], TRUE))
    return FALSE;
  for (const char *p = id + 1; *p; p++)
    if (!is_id_char (*p, FALSE))
      return FALSE;
  return TRUE;
}

/* A bare email address, local@domain.tld, and nothing more: a mailto:
 * link with ?subject=, ?body=, ?attach= or a second address could fill in
 * a message, attach a file or write to someone the text does not name. */
static gboolean
is_plain_email (const char *address)
{
  const char *at = strchr (address, '@');
  const char *domain;
  gboolean dot = FALSE;

  if (at == NULL || at == address || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = address; p < at; p++)
    if (!g_ascii_isalnum (*p) && strchr (".-_+", *p) == NULL)
      return FALSE;

  domain = at + 1;
  if (*domain == '\0' || *domain == '.' || *domain == '-')
    return FALSE;
  for (const char *p = domain; *p; p++)
    {
      if (*p == '.')
        {
          if (p[1] == '\0' || p[1] == '.' || p[1] == '-' || p[-1] == '-')
            return FALSE;
          dot = TRUE;
        }
      else if (!g_ascii_isalnum (*p) && *p != '-')
        return FALSE;
    }
  return dot;
}

/**
 * lg_link_scheme_allowed:
 * @uri: a link target
 *
 * Only web pages, email addresses and phone numbers may leave the app;
 * an email link is a bare address, with nothing after it.
 *
 * Returns: whether @uri is an allowed external link
 */
gboolean
lg_link_scheme_allowed (const char *uri)
{
  const char *rest;

  if (uri == NULL)
    return FALSE;

  for (const char *p = uri; *p; p++)
    if ((guchar) *p <= ' ' || *p == '"' || *p == '<' || *p == '>' || *p == '\\')
      return FALSE;

  if (g_str_has_prefix (uri, "https://"))
    {
      rest = uri + strlen ("https://");
      return rest[0] != '\0' && rest[0] != '/';
    }
  if (g_str_has_prefix (uri, "mailto:"))
    {
      return is_plain_email (uri + strlen ("mailto:"));
    }
  if (g_str_has_prefix (uri, "tel:"))
    {
      rest = uri + strlen ("tel:");
      if (*rest == '+')
        rest++;
      if (*rest == '\0')
        return FALSE;
      for (; *rest; rest++)
        if (!g_ascii_isdigit (*rest) && *rest != '-')
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* The schemes of links inside the guide; a run keeps what follows them. */
static const struct
{
  LgLinkKind  kind;
  const char *scheme;
} internal_schemes[] = {
  { LG_LINK_TOPIC, "topic:" },
  { LG_LINK_GLOSSARY, "glossary:" },
  { LG_LINK_MEDICINE, "medicine:" },
};

/**
 * lg_link_to_uri:
 * @kind: what the link leads to
 * @target: a run's target: `ID` or `ID#SECTION` for a topic, a glossary
 *   or medicine id, or an external URI
 *
 * The one way a link inside the guide is written: `topic:ID#SECTION`,
 * `glossary:ID` or `medicine:ID`; lg_link_parse() reads it back.
 *
 * Returns: (transfer full) (nullable): the URI, or %NULL for a run that
 *   is not a link
 */
char *
lg_link_to_uri (LgLinkKind  kind,
                const char *target)
{
  if (target == NULL)
    return NULL;
  if (kind == LG_LINK_EXTERNAL)
    return g_strdup (target);
  for (guint i = 0; i < G_N_ELEMENTS (internal_schemes); i++)
    if (internal_schemes[i].kind == kind)
      return g_strconcat (internal_schemes[i].scheme, target, NULL);
  return NULL;
}

/**
 * lg_link_parse:
 * @uri: a link's URI
 * @target: (out) (optional) (transfer full): what a run would keep as
 *   its target, or %NULL for a link that may not be followed
 *
 * The one way a link is read: the scheme of a link inside the guide, or
 * an external link that may leave the app (lg_link_scheme_allowed()).
 * The id after an internal scheme is not checked here.
 *
 * Returns: %LG_LINK_TOPIC, %LG_LINK_GLOSSARY or %LG_LINK_MEDICINE,
 *   %LG_LINK_EXTERNAL, or %LG_LINK_NONE for anything else
 */
LgLinkKind
lg_link_parse (const char  *uri,
               char       **target)
{
  LgLinkKind kind = LG_LINK_NONE;
  const char *rest = NULL;

  if (uri != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (internal_schemes) && rest == NULL; i++)
        if (g_str_has_prefix (uri, internal_schemes[i].scheme))
          {
            kind = internal_schemes[i].kind;
            rest = uri + strlen (internal_schemes[i].scheme);
          }
      if (rest == NULL && lg_link_scheme_allowed (uri))
        {
          kind = LG_LINK_EXTERNAL;
          rest = uri;
        }
    }
  if (target != NULL)
    *target = g_strdup (rest);
  return kind;
}

/**
 * lg_link_get_destination:
 * @kind: a link inside the guide
 * @target: its target, as lg_link_parse() gives it
 * @topic_id: (out) (transfer full): the topic it opens
 * @section_id: (out) (transfer full) (optional): the section to show, or
 *   %NULL for the top of the topic
 *
 * Where a link inside the guide leads: a topic link to its topic and
 * section, a glossary or medicine link to its entry in the glossary or
 * the medicines topic.
 *
 * Returns: %FALSE, with nothing set, when @kind is not a link inside the
 *   guide or @target names no topic
 */
gboolean
lg_link_get_destination (LgLinkKind   kind,
                         const char  *target,
                         char       **topic_id,
                         char       **section_id)
{
  const char *hash;
  char *topic = NULL;
  char *section = NULL;

  g_return_val_if_fail (topic_id != NULL, FALSE);

  if (target == NULL)
    return FALSE;
  switch (kind)
    {
    case LG_LINK_TOPIC:
      if (target[0] == '\0')
        return FALSE;
      hash = strchr (target, '#');
      topic = hash ? g_strndup (target, hash - target) : g_strdup (target);
      section = hash ? g_strdup (hash + 1) : NULL;
      break;

    case LG_LINK_GLOSSARY:
      topic = g_strdup ("glossary");
      section = g_strdup (target);
      break;

    case LG_LINK_MEDICINE:
      topic = g_strdup ("medicines");
      section = g_strdup (target);
      break;

    case LG_LINK_NONE:
    case LG_LINK_EXTERNAL:
    case LG_LINK_NAME:
    default:
      return FALSE;
    }

  *topic_id = topic;
  if (section_id != NULL)
    *section_id = section;
  else
    g_free (section);
  return TRUE;
}

/**
 * lg_inline_to_markup:
 * @inl: inline text from the corpus
 *
 * Returns: (transfer full): Pango markup for @inl, every run escaped
 */
char *
lg_inline_to_markup (const LgInline *inl)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < inl->n_runs; i++)
    {
      const LgRun *run = &inl->runs[i];
      g_autofree char *text = g_markup_escape_text (run->text, -1);
      g_autofree char *href = lg_link_to_uri (run->link, run->target);

      if (run->flags & LG_RUN_STRONG)
        g_string_append (out, "<b>");
      if (run->flags & LG_RUN_EMPHASIS)
        g_string_append (out, "<i>");
      if (href != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (href, -1);
          /* A word explained in place and a link that goes somewhere else
           * look different (data/style.css), and say so in their tooltip
           * and to a screen reader. The word's dotted underline is put
           * around the link: GTK 4.8 drops an underline inside a link,
           * and its GL renderer drops thin straight ones under spaced
           * lines, not dotted ones. */
          gboolean term = run->link == LG_LINK_GLOSSARY;
          g_autofree char *title = g_markup_escape_text (term ? _("Shows what this word means")
                                                              : _("Opens another page"), -1);

          g_string_append_printf (out, "%s<a href=\"%s\" class=\"%s\" title=\"%s\">%s</a>%s",
                                  term ? "<span underline=\"error\">" : "", escaped,
                                  term ? "lg-term-link" : "lg-nav-link", title, text,
                                  term ? "</span>" : "");
        }
      else
        g_string_append (out, text);
      if (run->flags & LG_RUN_EMPHASIS)
        g_string_append (out, "</i>");
      if (run->flags & LG_RUN_STRONG)
        g_string_append (out, "</b>");
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  GArray    *runs;
  GString   *text;
  GString   *plain;
  LgRunFlags flags;
} Builder;

static void
builder_flush (Builder *b)
{
  LgRun run = { 0 };

  if (b->text->len == 0)
    return;

  run.text = g_strndup (b->text->str, b->text->len);
  run.flags = b->flags;
  run.link = LG_LINK_NONE;
  g_array_append_val (b->runs, run);
  g_string_truncate (b->text, 0);
}

/* Checks a link written in the corpus and returns what the run keeps:
 * the whole URI of an external link, what follows the scheme of one
 * inside the guide. */
static char *
parse_target (const char  *uri,
              LgLinkKind  *kind,
              GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *topic_id = NULL;
  g_autofree char *section_id = NULL;

  if (strchr (uri, ':') == NULL)
    {
      g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_SCHEME,
                   "link target “%s” has no scheme (expected topic:, glossary:, "
                   "medicine:, https:, mailto: or tel:)", uri);
      return NULL;
    }

  *kind = lg_link_parse (uri, &target);
  switch (*kind)
    {
    case LG_LINK_TOPIC:
      lg_link_get_destination (*kind, target, &topic_id, &section_id);
      if (!lg_markup_id_is_valid (topic_id) || (section_id != NULL && !lg_markup_id_is_valid (section_id)))
        {
          g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_LINK,
                       "malformed topic link “%s” (expected topic:ID or topic:ID#SECTION)",
                       uri);
          return NULL;
        }
      break;

    case LG_LINK_GLOSSARY:
    case LG_LINK_MEDICINE:
      if (!lg_markup_id_is_valid (target))
        {
          g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_LINK,
                       "malformed link “%s” (expected an id after the colon)", uri);
          return NULL;
        }
      break;

    case LG_LINK_EXTERNAL:
      break;

    case LG_LINK_NONE:
    case LG_LINK_NAME:
    default:
      if (g_str_has_prefix (uri, "mailto:"))
        g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_SCHEME,
                     "link “%s” is not allowed (a mailto: link holds one plain address, "
                     "name@domain, with nothing after it)", uri);
      else
        g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_SCHEME,
                     "link “%s” is not allowed (expected topic:, glossary:, medicine:, "
                     "https://, mailto: or tel:)", uri);
      return NULL;
    }

  return g_steal_pointer (&target);
}

static gboolean
is_escapable (char c)
{
  return c == '*' || c == '[' || c == ']' || c == '\\' || c == '(' || c == ')';
}

static LgInline *
inline_new (const char *source,
            const char *path)
{
  LgInline *inl = g_new0 (LgInline, 1);

  inl->source = g_strdup (source);
  inl->path = g_strdup (path);
  return inl;
}

/**
 * lg_inline_new_plain:
 * @source: text shown as it is
 * @path: (nullable): where it comes from
 *
 * Returns: (transfer full): an inline of one unstyled run
 */
LgInline *
lg_inline_new_plain (const char *source,
                     const char *path)
{
  LgInline *inl = inline_new (source, path);

  inl->plain = g_strdup (source);
  inl->is_plain = TRUE;
  inl->runs = g_new0 (LgRun, 1);
  inl->runs[0].text = g_strdup (source);
  inl->n_runs = 1;
  return inl;
}

/**
 * lg_inline_parse:
 * @source: inline text in the corpus markup
 * @path: (nullable): where it comes from, kept for translation
 * @error: return location for a #GError
 *
 * Parses @source into runs. Bare links (`[words]`) get the kind
 * %LG_LINK_NAME and no target: the corpus loader resolves them.
 *
 * Returns: (transfer full) (nullable): the parsed text
 */
LgInline *
lg_inline_parse (const char  *source,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(LgInline) inl = NULL;
  Builder b;
  const char *p;
  gsize n_runs;

  g_return_val_if_fail (source != NULL, NULL);

  if (!g_utf8_validate (source, -1, NULL))
    {
      g_set_error_literal (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_VALUE,
                           "text is not valid UTF-8");
      return NULL;
    }

  inl = inline_new (source, path);
  b.runs = g_array_new (FALSE, TRUE, sizeof (LgRun));
  b.text = g_string_new (NULL);
  b.plain = g_string_new (NULL);
  b.flags = LG_RUN_PLAIN;

  for (p = source; *p; )
    {
      if (*p == '\\')
        {
          if (!is_escapable (p[1]))
            {
              g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_MARKUP,
                           "unknown escape “\\%c” at character %ld (only \\*, \\[, \\], "
                           "\\(, \\) and \\\\ are allowed)",
                           p[1] ? p[1] : ' ', (long) (p - source) + 1);
              goto fail;
            }
          g_string_append_c (b.text, p[1]);
          g_string_append_c (b.plain, p[1]);
          p += 2;
        }
      else if (p[0] == '*' && p[1] == '*')
        {
          builder_flush (&b);
          b.flags ^= LG_RUN_STRONG;
          p += 2;
        }
      else if (*p == '*')
        {
          builder_flush (&b);
          b.flags ^= LG_RUN_EMPHASIS;
          p += 1;
        }
      else if (*p == ']')
        {
          g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_MARKUP,
                       "“]” without “[” at character %ld", (long) (p - source) + 1);
          goto fail;
        }
      else if (*p == '[')
        {
          g_autoptr(GString) label = g_string_new (NULL);
          g_autofree char *target = NULL;
          LgRun run = { 0 };
          const char *start = p;

          p++;
          while (*p && *p != ']')
            {
              if (*p == '\\' && is_escapable (p[1]))
                p++;
              else if (*p == '[' || *p == '*')
                {
                  g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_MARKUP,
                               "link text cannot hold markup (“%c” at character %ld)",
                               *p, (long) (p - source) + 1);
                  goto fail;
                }
              g_string_append_c (label, *p);
              p++;
            }
          if (*p != ']')
            {
              g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_MARKUP,
                           "“[” at character %ld is never closed", (long) (start - source) + 1);
              goto fail;
            }
          p++;
          if (label->len == 0 || g_ascii_isspace (label->str[0]) ||
              g_ascii_isspace (label->str[label->len - 1]))
            {
              g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_EMPTY,
                           "link at character %ld has empty or padded text",
                           (long) (start - source) + 1);
              goto fail;
            }

          if (*p == '(')
            {
              const char *close = strchr (p, ')');
              g_autofree char *uri = NULL;

              if (close == NULL)
                {
                  g_set_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_MARKUP,
                               "“(” at character %ld is never closed", (long) (p - source) + 1);
                  goto fail;
                }
              uri = g_strndup (p + 1, close - p - 1);
              if (!(target = parse_target (uri, &run.link, error)))
                goto fail;
              p = close + 1;
            }
          else
            run.link = LG_LINK_NAME;

          builder_flush (&b);
          run.text = g_strndup (label->str, label->len);
          run.target = g_steal_pointer (&target);
          run.flags = b.flags;
          g_array_append_val (b.runs, run);
          g_string_append_len (b.plain, label->str, label->len);
        }
      else
        {
          g_string_append_c (b.text, *p);
          g_string_append_c (b.plain, *p);
          p++;
        }
    }

  if (b.flags & LG_RUN_STRONG)
    {
      g_set_error_literal (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_MARKUP,
                           "“**” is never closed");
      goto fail;
    }
  if (b.flags & LG_RUN_EMPHASIS)
    {
      g_set_error_literal (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_MARKUP,
                           "“*” is never closed");
      goto fail;
    }

  builder_flush (&b);
  if (b.plain->len == 0)
    {
      g_set_error_literal (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_EMPTY,
                           "text is empty");
      goto fail;
    }

  inl->plain = g_string_free (b.plain, FALSE);
  g_string_free (b.text, TRUE);
  inl->runs = (LgRun *) g_array_steal (b.runs, &n_runs);
  inl->n_runs = n_runs;
  g_array_unref (b.runs);
  return g_steal_pointer (&inl);

fail:
  for (guint i = 0; i < b.runs->len; i++)
    {
      g_free (g_array_index (b.runs, LgRun, i).text);
      g_free (g_array_index (b.runs, LgRun, i).target);
    }
  g_array_unref (b.runs);
  g_string_free (b.text, TRUE);
  g_string_free (b.plain, TRUE);
  return NULL;
}
