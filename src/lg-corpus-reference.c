/* lg-corpus-reference.c: the Glossary and Medicines A–Z topics, built from data
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both topics are made once, at load time, from the corpus's glossary and
 * medicines members, so that every view (screen, print, search, plain
 * text) treats them like any written topic.
 */

#define G_LOG_DOMAIN "lg-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lg-corpus-private.h"
#include "lg-markup-private.h"
#include "lg-format.h"

typedef struct
{
  GArray  *runs;
  GString *plain;
} RunBuilder;

static void
rb_init (RunBuilder *rb)
{
  rb->runs = g_array_new (FALSE, TRUE, sizeof (LgRun));
  rb->plain = g_string_new (NULL);
}

static void
rb_add (RunBuilder *rb,
        const char *text,
        LgRunFlags  flags,
        LgLinkKind  link,
        const char *target)
{
  LgRun run = { g_strdup (text), g_strdup (target), flags, link };

  g_array_append_val (rb->runs, run);
  g_string_append (rb->plain, text);
}

static LgInline *
rb_finish (LgCorpus   *self,
           RunBuilder *rb,
           const char *path)
{
  LgInline *inl = g_new0 (LgInline, 1);
  gsize n_runs;

  inl->plain = g_string_free (rb->plain, FALSE);
  inl->source = g_strdup (inl->plain);
  inl->path = g_strdup (path);
  inl->runs = (LgRun *) g_array_steal (rb->runs, &n_runs);
  inl->n_runs = n_runs;
  g_array_unref (rb->runs);
  g_ptr_array_add (self->inlines, inl);
  return inl;
}

static LgInline *
plain (LgCorpus   *self,
       const char *text,
       const char *path)
{
  LgInline *inl = lg_inline_new_plain (text, path);

  g_ptr_array_add (self->inlines, inl);
  return inl;
}

static LgBlock *
block_new (LgCorpus    *self,
           LgBlockType  type,
           GPtrArray   *items)
{
  LgBlock *block = lg_corpus_alloc (self, sizeof *block);

  block->type = type;
  block->n_items = items->len;
  block->items = lg_corpus_alloc (self, sizeof (LgInline *) * MAX (items->len, 1));
  memcpy (block->items, items->pdata, sizeof (LgInline *) * items->len);
  return block;
}

static LgBlock *
paragraph (LgCorpus *self,
           LgInline *text)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  g_ptr_array_add (items, text);
  return block_new (self, LG_BLOCK_PARAGRAPH, items);
}

static void
add_unique (GPtrArray  *list,
            const char *id)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (g_ptr_array_index (list, i), id))
      return;
  g_ptr_array_add (list, (gpointer) id);
}

static char **
strv_from_list (LgCorpus  *self,
                GPtrArray *list)
{
  char **strv = lg_corpus_alloc (self, sizeof (char *) * (list->len + 1));

  for (guint i = 0; i < list->len; i++)
    strv[i] = g_ptr_array_index (list, i);
  return strv;
}

static const LgGroup *
reference_group (LgCorpus *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      const LgGroup *group = g_ptr_array_index (self->groups, i);

      if (g_str_equal (group->id, "reference"))
        return group;
    }
  return g_ptr_array_index (self->groups, self->groups->len - 1);
}

/* The glossary and the medicines gather text from every topic: they were
 * checked when the latest topic was, and are due when the first one is.
 */
static const char *
latest_check (LgCorpus *self)
{
  const char *latest = NULL;

  for (guint i = 0; i < self->topics->len; i++)
    {
      const LgTopic *topic = g_ptr_array_index (self->topics, i);

      if (latest == NULL || strcmp (topic->checked, latest) > 0)
        latest = topic->checked;
    }
  return latest ? latest : "2026";
}

static const char *
earliest_next_check (LgCorpus *self)
{
  const char *earliest = NULL;

  for (guint i = 0; i < self->topics->len; i++)
    {
      const LgTopic *topic = g_ptr_array_index (self->topics, i);

      if (topic->next_check != NULL &&
          (earliest == NULL || strcmp (topic->next_check, earliest) < 0))
        earliest = topic->next_check;
    }
  return earliest;
}

static LgTopic *
topic_new (LgCorpus   *self,
           const char *id,
           const char *title,
           const char *summary,
           GPtrArray  *sources,
           GPtrArray  *sections)
{
  LgTopic *topic = lg_corpus_alloc (self, sizeof *topic);

  topic->id = lg_corpus_strdup (self, id);
  topic->title = plain (self, title, id);
  topic->summary = plain (self, summary, id);
  topic->group = reference_group (self);
  topic->checked = lg_corpus_strdup (self, latest_check (self));
  topic->next_check = lg_corpus_strdup (self, earliest_next_check (self));
  topic->generated = TRUE;

  if (sources->len == 0)
    for (guint i = 0; i < self->sources->len; i++)
      g_ptr_array_add (sources, ((LgSource *) g_ptr_array_index (self->sources, i))->id);
  topic->sources = strv_from_list (self, sources);

  topic->n_sections = sections->len;
  topic->sections = lg_corpus_alloc (self, sizeof (LgSection *) * MAX (sections->len, 1));
  memcpy (topic->sections, sections->pdata, sizeof (LgSection *) * sections->len);
  return topic;
}

static LgTopic *
build_glossary (LgCorpus *self)
{
  g_autoptr(GPtrArray) sections = g_ptr_array_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  for (guint i = 0; i < self->terms->len; i++)
    {
      const LgTerm *term = g_ptr_array_index (self->terms, i);
      LgSection *section = lg_corpus_alloc (self, sizeof *section);
      g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
      g_autofree char *title = lg_format_capitalize (term->term->plain);

      section->id = term->id;
      section->title = plain (self, title, term->term->path);
      g_ptr_array_add (blocks, paragraph (self, term->definition));

      /* The other names are English, kept for links and search; a reader
       * of a translation would see words of another language. */
      if (term->aliases != NULL && term->aliases[0] != NULL && !self->translated)
        {
          g_autofree char *joined = g_strjoinv (", ", term->aliases);
          /* Translators: the other names of a glossary term, for example
           * “Also called: MRD, minimal residual disease.” */
          g_autofree char *text = g_strdup_printf (_("Also called: %s."), joined);

          g_ptr_array_add (blocks, paragraph (self, plain (self, text, term->id)));
        }

      section->n_blocks = blocks->len;
      section->blocks = lg_corpus_alloc (self, sizeof (LgBlock *) * blocks->len);
      memcpy (section->blocks, blocks->pdata, sizeof (LgBlock *) * blocks->len);
      g_ptr_array_add (sections, section);

      {
        g_autoptr(GPtrArray) cited = g_ptr_array_new ();

        for (guint s = 0; term->sources && term->sources[s]; s++)
          {
            add_unique (sources, term->sources[s]);
            add_unique (cited, term->sources[s]);
          }
        section->sources = strv_from_list (self, cited);
      }
    }

  return topic_new (self, "glossary", _("Glossary"),
                    _("The medical words used in this guide, explained in plain words."),
                    sources, sections);
}

static const char *
leukaemia_name (const char *code)
{
  if (g_str_equal (code, "aml"))
    return _("acute myeloid leukaemia (AML)");
  if (g_str_equal (code, "apl"))
    return _("acute promyelocytic leukaemia (APL)");
  return _("acute lymphoblastic leukaemia (ALL)");
}

static void
add_definition (LgCorpus   *self,
                GPtrArray  *items,
                const char *label,
                LgInline   *value)
{
  if (value == NULL)
    return;
  g_ptr_array_add (items, plain (self, label, NULL));
  g_ptr_array_add (items, value);
}

/* A medicine's own sources, then its approvals'. */
static char **
medicine_sources (LgCorpus         *self,
                  const LgMedicine *med)
{
  g_autoptr(GPtrArray) cited = g_ptr_array_new ();

  for (guint s = 0; med->sources[s]; s++)
    add_unique (cited, med->sources[s]);
  for (guint a = 0; a < med->n_approvals; a++)
    add_unique (cited, med->approvals[a]->source);
  return strv_from_list (self, cited);
}

static LgSection *
medicine_section (LgCorpus         *self,
                  const LgMedicine *med)
{
  LgSection *section = lg_corpus_alloc (self, sizeof *section);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  g_autoptr(GPtrArray) facts = g_ptr_array_new ();
  g_autofree char *title = lg_format_capitalize (med->name->plain);
  g_autoptr(GString) used = g_string_new (NULL);
  LgBlock *block;

  section->id = med->id;
  section->title = plain (self, title, med->name->path);
  section->sources = medicine_sources (self, med);

  if (med->brands[0] != NULL)
    {
      g_autofree char *brands = g_strjoinv (", ", med->brands);
      add_definition (self, facts, _("Brand names"), plain (self, brands, med->id));
    }
  add_definition (self, facts, _("Type of medicine"), med->class_);
  add_definition (self, facts, _("What it acts on"), med->target);
  add_definition (self, facts, _("How it is given"), med->route);
  for (guint i = 0; med->leukaemias[i]; i++)
    {
      if (i > 0)
        g_string_append (used, ", ");
      g_string_append (used, leukaemia_name (med->leukaemias[i]));
    }
  add_definition (self, facts, _("Used for"), plain (self, used->str, med->id));

  block = block_new (self, LG_BLOCK_DEFINITIONS, facts);
  g_ptr_array_add (blocks, block);
  g_ptr_array_add (blocks, paragraph (self, med->use));

  if (med->n_approvals > 0)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new ();

      for (guint i = 0; i < med->n_approvals; i++)
        {
          const LgApproval *app = med->approvals[i];
          g_autofree char *date = lg_format_date (app->date);
          /* Translators: an approval of a medicine: the regulator (such as
           * FDA or NICE) and the date, before what was approved. */
          g_autofree char *prefix = g_strdup_printf (_("%s, %s: "), app->body, date);
          RunBuilder rb;

          rb_init (&rb);
          rb_add (&rb, prefix, LG_RUN_STRONG, LG_LINK_NONE, NULL);
          for (guint r = 0; r < app->text->n_runs; r++)
            rb_add (&rb, app->text->runs[r].text, app->text->runs[r].flags,
                    app->text->runs[r].link, app->text->runs[r].target);
          g_ptr_array_add (items, rb_finish (self, &rb, app->text->path));
        }
      block = block_new (self, LG_BLOCK_BULLETS, items);
      block->title = plain (self, _("Approvals"), NULL);
      g_ptr_array_add (blocks, block);
    }

  if (med->mentioned_in[0] != NULL)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new ();

      for (guint i = 0; med->mentioned_in[i]; i++)
        {
          const LgTopic *topic = g_hash_table_lookup (self->topic_by_id, med->mentioned_in[i]);
          RunBuilder rb;

          rb_init (&rb);
          rb_add (&rb, topic->title->plain, LG_RUN_PLAIN, LG_LINK_TOPIC, topic->id);
          g_ptr_array_add (items, rb_finish (self, &rb, NULL));
        }
      block = block_new (self, LG_BLOCK_BULLETS, items);
      block->title = plain (self, _("Read more in"), NULL);
      g_ptr_array_add (blocks, block);
    }

  section->n_blocks = blocks->len;
  section->blocks = lg_corpus_alloc (self, sizeof (LgBlock *) * blocks->len);
  memcpy (section->blocks, blocks->pdata, sizeof (LgBlock *) * blocks->len);
  return section;
}

static LgTopic *
build_medicines (LgCorpus *self)
{
  g_autoptr(GPtrArray) sections = g_ptr_array_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  for (guint i = 0; i < self->medicines->len; i++)
    {
      const LgMedicine *med = g_ptr_array_index (self->medicines, i);

      g_ptr_array_add (sections, medicine_section (self, med));
      for (guint s = 0; med->sources[s]; s++)
        add_unique (sources, med->sources[s]);
      for (guint a = 0; a < med->n_approvals; a++)
        add_unique (sources, med->approvals[a]->source);
    }

  return topic_new (self, "medicines", _("Medicines A–Z"),
                    _("Every medicine this guide names: what kind of medicine it is, "
                      "how it is given and where to read more."),
                    sources, sections);
}

void
lg_corpus_add_reference_topics (LgCorpus *self)
{
  LgTopic *glossary = NULL, *medicines = NULL;
  guint at = self->topics->len;

  if (self->terms->len > 0)
    glossary = build_glossary (self);
  if (self->medicines->len > 0)
    medicines = build_medicines (self);

  /* After the last topic of the reference group. */
  for (guint i = 0; i < self->topics->len; i++)
    if (((LgTopic *) g_ptr_array_index (self->topics, i))->group == reference_group (self))
      at = i + 1;

  if (medicines)
    {
      g_ptr_array_insert (self->topics, at, medicines);
      g_hash_table_insert (self->topic_by_id, medicines->id, medicines);
    }
  if (glossary)
    {
      g_ptr_array_insert (self->topics, at, glossary);
      g_hash_table_insert (self->topic_by_id, glossary->id, glossary);
    }
}

/* ---- which topics name each medicine ------------------------------------ */

static void
collect_topic_inlines (const LgTopic *topic,
                       GPtrArray     *out)
{
  g_ptr_array_add (out, topic->summary);
  for (guint s = 0; s < topic->n_sections; s++)
    {
      const LgSection *section = topic->sections[s];

      g_ptr_array_add (out, section->title);
      for (guint b = 0; b < section->n_blocks; b++)
        {
          const LgBlock *block = section->blocks[b];

          if (block->title)
            g_ptr_array_add (out, block->title);
          for (guint i = 0; i < block->n_items; i++)
            g_ptr_array_add (out, block->items[i]);
        }
    }
  for (guint q = 0; q < topic->n_questions; q++)
    g_ptr_array_add (out, topic->questions[q]);
}

static gboolean
contains_word (const char *haystack_folded,
               const char *needle_folded)
{
  gsize n = strlen (needle_folded);

  for (const char *p = strstr (haystack_folded, needle_folded); p; p = strstr (p + 1, needle_folded))
    {
      gboolean start_ok = p == haystack_folded || !g_ascii_isalnum (p[-1]);
      gboolean end_ok = !g_ascii_isalnum (p[n]);

      if (start_ok && end_ok)
        return TRUE;
    }
  return FALSE;
}

/* Which topics mention each medicine, by link or by name, so that the
 * Medicines A–Z can link back to them. Each topic's text is case-folded
 * once, one inline a line: folding it again for every medicine made
 * loading slow in proportion to medicines × text.
 */
void
lg_corpus_compute_mentions (LgCorpus *self)
{
  g_autoptr(GPtrArray) inlines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; t < self->topics->len; t++)
    {
      GPtrArray *list = g_ptr_array_new ();
      GString *text = g_string_new (NULL);

      collect_topic_inlines (g_ptr_array_index (self->topics, t), list);
      for (guint i = 0; i < list->len; i++)
        {
          g_autofree char *line = g_utf8_casefold (((LgInline *) g_ptr_array_index (list, i))->plain, -1);

          g_string_append (text, line);
          g_string_append_c (text, '\n');
        }
      g_ptr_array_add (inlines, list);
      g_ptr_array_add (folded, g_string_free (text, FALSE));
    }

  for (guint m = 0; m < self->medicines->len; m++)
    {
      LgMedicine *med = g_ptr_array_index (self->medicines, m);
      g_autoptr(GPtrArray) found = g_ptr_array_new ();
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (names, g_utf8_casefold (med->name->plain, -1));
      for (guint b = 0; med->brands[b]; b++)
        g_ptr_array_add (names, g_utf8_casefold (med->brands[b], -1));

      for (guint t = 0; t < self->topics->len; t++)
        {
          const LgTopic *topic = g_ptr_array_index (self->topics, t);
          GPtrArray *list = g_ptr_array_index (inlines, t);
          gboolean mentioned = FALSE;

          for (guint i = 0; i < list->len && !mentioned; i++)
            {
              const LgInline *inl = g_ptr_array_index (list, i);

              for (guint r = 0; r < inl->n_runs; r++)
                if (inl->runs[r].link == LG_LINK_MEDICINE &&
                    g_str_equal (inl->runs[r].target, med->id))
                  mentioned = TRUE;
            }
          for (guint n = 0; n < names->len && !mentioned; n++)
            mentioned = contains_word (g_ptr_array_index (folded, t), g_ptr_array_index (names, n));
          if (mentioned)
            g_ptr_array_add (found, topic->id);
        }

      med->mentioned_in = lg_corpus_alloc (self, sizeof (char *) * (found->len + 1));
      for (guint i = 0; i < found->len; i++)
        med->mentioned_in[i] = g_ptr_array_index (found, i);
    }
}
