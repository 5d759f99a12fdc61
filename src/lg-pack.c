/* lg-pack.c: the appointment pack and the alert card
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One PDF (or print) to take to an appointment: a cover, the contents, the
 * topics or sections the reader chose, their questions with room for the
 * answers, their notes, their care team, the sources those pages cite, and
 * an alert card to cut out. Everything but the cover and the card is laid
 * out by LgPrintLayout like any topic; those two are drawn in
 * lg-pack-draw.c.
 */

#define G_LOG_DOMAIN "lg-pack"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lg-document.h"
#include "lg-format.h"
#include "lg-pack-private.h"

static LgPersonalContact *
phone_contact (LgPersonalStore *store)
{
  LgPersonalContact *contact = lg_personal_store_get_24_hour_contact (store);

  if (contact == NULL || *lg_personal_contact_get_phone (contact) == '\0')
    return NULL;
  return contact;
}

/**
 * lg_pack_add_alert_card:
 * @layout: a layout
 * @store: the reader's store
 *
 * Adds the alert card page at the end of @layout, with the reader's name,
 * treatment and 24-hour number from @store (or lines to write them on).
 */
void
lg_pack_add_alert_card (LgPrintLayout   *layout,
                        LgPersonalStore *store)
{
  LgPackCard *card;
  LgPersonalContact *contact;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (LG_IS_PERSONAL_STORE (store));

  card = g_new0 (LgPackCard, 1);
  card->name = g_strdup (lg_personal_store_get_name (store));
  card->treatment = g_strdup (lg_personal_store_get_treatment (store));
  if ((contact = phone_contact (store)) != NULL)
    {
      card->phone = g_strdup (lg_personal_contact_get_phone (contact));
      card->phone_name = g_strdup (lg_personal_contact_get_name (contact));
    }
  /* Translators: the title of the alert card page in the pack's contents */
  lg_print_layout_add_drawn_page (layout, FALSE, _("Alert card"), lg_pack_draw_card, card,
                                  lg_pack_card_free);
}


/* The pack {{{ */

/**
 * lg_pack_get_footer_note:
 * @store: the reader's store
 *
 * Returns: (transfer full) (nullable): the line for the footer of every
 *   printed page when the reader chose to print their 24-hour number
 *   there and has one, or %NULL
 */
char *
lg_pack_get_footer_note (LgPersonalStore *store)
{
  LgPersonalContact *contact;

  g_return_val_if_fail (LG_IS_PERSONAL_STORE (store), NULL);

  if (!lg_personal_store_get_footer_24_hour (store) || (contact = phone_contact (store)) == NULL)
    return NULL;
  /* Translators: in the footer of every printed page, if the reader chose */
  return g_strdup_printf (_("My 24-hour number: %s"), lg_personal_contact_get_phone (contact));
}

/**
 * lg_pack_get_choices:
 * @corpus: the guide
 * @store: the reader's store
 *
 * What the pack holds: the store's pack choice, without the topics and
 * sections the guide does not have; or, if none is saved, the topics of
 * the reader's suggested questions, in their order.
 *
 * Returns: (transfer full) (element-type utf8): "TOPIC" or
 *   "TOPIC#SECTION" strings
 */
GPtrArray *
lg_pack_get_choices (LgCorpus        *corpus,
                     LgPersonalStore *store)
{
  GPtrArray *choices = g_ptr_array_new_with_free_func (g_free);
  guint n = lg_personal_store_get_n_pack_items (store);

  g_return_val_if_fail (LG_IS_CORPUS (corpus), choices);

  for (guint i = 0; i < n; i++)
    {
      const char *topic_id, *section_id;
      const LgTopic *topic;

      lg_personal_store_get_pack_item (store, i, &topic_id, &section_id);
      if ((topic = lg_corpus_find_topic (corpus, topic_id)) == NULL)
        continue;
      if (section_id != NULL && lg_topic_find_section (topic, section_id) == NULL)
        continue;
      g_ptr_array_add (choices, section_id ? g_strdup_printf ("%s#%s", topic_id, section_id)
                                           : g_strdup (topic_id));
    }

  if (n == 0)
    {
      GListModel *questions = lg_personal_store_get_questions (store);
      guint n_questions = g_list_model_get_n_items (questions);

      for (guint i = 0; i < n_questions; i++)
        {
          g_autoptr(LgPersonalQuestion) q = g_list_model_get_item (questions, i);
          const char *topic_id = lg_personal_question_get_topic (q);
          gboolean seen = FALSE;

          if (*topic_id == '\0' || lg_corpus_find_topic (corpus, topic_id) == NULL)
            continue;
          for (guint c = 0; c < choices->len && !seen; c++)
            seen = g_str_equal (g_ptr_array_index (choices, c), topic_id);
          if (!seen)
            g_ptr_array_add (choices, g_strdup (topic_id));
        }
    }
  return choices;
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

/* A numbered item of my questions: the question, and the answer below it
 * when there is one (then it needs no lines to write on). */
static void
add_question (LgDocument         *doc,
              LgPersonalQuestion *q,
              guint               number,
              gboolean            first,
              gboolean            last)
{
  const char *answer = lg_personal_question_get_answer (q);
  g_autofree char *shown = NULL;
  LgDocBlock *block;

  if (lg_personal_question_get_asked (q))
    /* Translators: after a question the reader has ticked as asked */
    shown = g_strdup_printf ("%s (%s)", lg_personal_question_get_text (q), _("asked"));
  else
    shown = g_strdup (lg_personal_question_get_text (q));

  if (*answer != '\0')
    {
      /* Translators: before the answer the reader wrote under one of their
       * questions in the pack */
      g_autofree char *text = g_strdup_printf ("%s\n%s %s", shown, _("Answer:"), answer);

      block = lg_document_append_plain (doc, LG_DOC_NUMBERED, text);
    }
  else
    block = lg_document_append_plain (doc, LG_DOC_QUESTION, shown);
  block->number = number;
  block->first_in_list = first;
  block->last_in_list = last;
}

static LgDocument *
questions_part (LgCorpus        *corpus,
                LgPersonalStore *store)
{
  /* Translators: a part of the appointment pack */
  LgDocument *doc = lg_document_new_part (corpus, _("My questions"));
  GListModel *questions = lg_personal_store_get_questions (store);
  guint n = g_list_model_get_n_items (questions);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  if (n == 0)
    {
      lg_document_append_plain (doc, LG_DOC_PARAGRAPH,
                                _("You have not added any questions yet. Write the ones you "
                                  "want to ask here."));
      for (guint i = 0; i < 5; i++)
        {
          LgDocBlock *block = lg_document_append_plain (doc, LG_DOC_QUESTION, "");

          block->number = i + 1;
          block->first_in_list = i == 0;
          block->last_in_list = i == 4;
        }
      return doc;
    }

  lg_document_append_plain (doc, LG_DOC_PARAGRAPH,
                            _("Tick each one when you have asked it, and write down what you "
                              "are told."));

  /* Grouped by appointment, in the order the groups first appear. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgPersonalQuestion) q = g_list_model_get_item (questions, i);

      add_unique (groups, lg_personal_question_get_group (q));
    }

  for (guint g = 0; g < groups->len; g++)
    {
      const char *group = g_ptr_array_index (groups, g);
      guint number = 0, count = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LgPersonalQuestion) q = g_list_model_get_item (questions, i);

          count += g_str_equal (lg_personal_question_get_group (q), group);
        }

      if (groups->len > 1 || *group != '\0')
        lg_document_append_plain (doc, LG_DOC_SUBHEADING,
                                  /* Translators: the heading of questions with no appointment */
                                  *group != '\0' ? group : _("Other questions"));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LgPersonalQuestion) q = g_list_model_get_item (questions, i);

          if (!g_str_equal (lg_personal_question_get_group (q), group))
            continue;
          number++;
          add_question (doc, q, number, number == 1, number == count);
        }
    }
  return doc;
}

static void
add_note_field (LgDocument *doc,
                const char *label,
                const char *text,
                gboolean    first,
                gboolean    last)
{
  LgDocBlock *block;

  if (*text == '\0')
    return;
  block = lg_document_append_plain (doc, LG_DOC_DEFINITION, text);
  block->title = lg_document_own_plain (doc, label);
  block->first_in_list = first;
  block->last_in_list = last;
}

static LgDocument *
notes_part (LgCorpus        *corpus,
            LgPersonalStore *store)
{
  /* Translators: a part of the appointment pack */
  LgDocument *doc = lg_document_new_part (corpus, _("My notes"));
  GListModel *notes = lg_personal_store_get_notes (store);
  guint n = g_list_model_get_n_items (notes);
  const char *labels[] = {
    /* Translators: the parts of an appointment note */
    N_("What I was told"), N_("What happens next"), N_("Who to call")
  };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgPersonalNote) note = g_list_model_get_item (notes, i);
      const char *date = lg_personal_note_get_date (note);
      g_autofree char *formatted = NULL;
      const char *texts[3];
      int first = -1, last = -1;

      texts[0] = lg_personal_note_get_told (note);
      texts[1] = lg_personal_note_get_next_steps (note);
      texts[2] = lg_personal_note_get_who_to_call (note);
      for (int t = 0; t < 3; t++)
        if (*texts[t] != '\0')
          {
            if (first < 0)
              first = t;
            last = t;
          }

      if (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", date, 0, 0))
        formatted = lg_format_date (date);
      else
        /* Translators: the heading of a note saved without a date */
        formatted = g_strdup (*date != '\0' ? date : _("A note"));
      lg_document_append_plain (doc, LG_DOC_SUBHEADING, formatted);
      for (int t = 0; t < 3; t++)
        add_note_field (doc, _(labels[t]), texts[t], t == first, t == last);
    }

  /* A blank note to fill in at the appointment. */
  lg_document_append_plain (doc, LG_DOC_SUBHEADING, _("Notes from this appointment"));
  for (guint t = 0; t < G_N_ELEMENTS (labels); t++)
    {
      LgDocBlock *block = lg_document_append_plain (doc, LG_DOC_QUESTION, _(labels[t]));

      block->number = t + 1;
      block->first_in_list = t == 0;
      block->last_in_list = t + 1 == G_N_ELEMENTS (labels);
    }
  return doc;
}

static LgDocument *
care_team_part (LgCorpus        *corpus,
                LgPersonalStore *store)
{
  /* Translators: a part of the appointment pack */
  LgDocument *doc = lg_document_new_part (corpus, _("My care team"));
  GListModel *contacts = lg_personal_store_get_contacts (store);
  LgPersonalContact *on_call = phone_contact (store);
  guint n = g_list_model_get_n_items (contacts);
  LgDocBlock *block;

  if (on_call != NULL)
    {
      const char *name = lg_personal_contact_get_name (on_call);
      g_autofree char *text = *name != '\0'
        ? g_strdup_printf ("%s (%s). %s", lg_personal_contact_get_phone (on_call), name,
                           _("If you feel unwell, call it straight away, day or night. Do not "
                             "wait until the morning."))
        : g_strdup_printf ("%s. %s", lg_personal_contact_get_phone (on_call),
                           _("If you feel unwell, call it straight away, day or night. Do not "
                             "wait until the morning."));

      block = lg_document_append_plain (doc, LG_DOC_CALLOUT, text);
    }
  else
    block = lg_document_append_plain (doc, LG_DOC_CALLOUT,
                                      _("Write your hospital's 24-hour number here, and "
                                        "save it in your phone: "
                                        "______________________________"));
  block->callout = LG_CALLOUT_CONTACT;
  block->title = lg_document_own_plain (doc, _("My 24-hour number"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LgPersonalContact) c = g_list_model_get_item (contacts, i);
      const char *name = lg_personal_contact_get_name (c);
      const char *role = lg_personal_contact_get_role (c);
      const char *phone = lg_personal_contact_get_phone (c);
      g_autofree char *term = NULL;
      g_autofree char *text = NULL;

      if (*name != '\0' && *role != '\0')
        /* Translators: a member of the care team: name, then role */
        term = g_strdup_printf (_("%s, %s"), name, role);
      else
        term = g_strdup (*name != '\0' ? name : role);
      if (lg_personal_contact_get_is_24_hour (c))
        /* Translators: after the phone number of the 24-hour contact */
        text = g_strdup_printf ("%s (%s)", *phone != '\0' ? phone : "—", _("24-hour number"));
      else
        text = g_strdup (*phone != '\0' ? phone : "—");

      block = lg_document_append_plain (doc, LG_DOC_DEFINITION, text);
      block->title = lg_document_own_plain (doc, *term != '\0' ? term : "—");
      block->first_in_list = i == 0;
      block->last_in_list = i + 1 == n;
    }

  if (n == 0)
    lg_document_append_plain (doc, LG_DOC_PARAGRAPH,
                              _("No one is listed yet. You can add the people who look after "
                                "you, with their phone numbers, in Leukemia Guide."));
  return doc;
}

/**
 * lg_pack_new:
 * @corpus: the guide
 * @store: the reader's store
 * @width: the paper's width, in points
 * @height: the paper's height, in points
 * @large_print: whether to use large print
 * @parts: which of the reader's own parts to include
 *
 * Lays out the appointment pack from what is in @store: the cover, the
 * contents, the chosen topics or sections (lg_pack_get_choices()), then
 * those of my questions, my notes and my care team that @parts holds, the
 * sources the topics and sections cite, and the alert card if @parts
 * holds it. The contents list only the pages laid out. The 24-hour number
 * goes in every footer if the reader chose so.
 *
 * Returns: (transfer full): the layout, ready to paginate and draw
 */
LgPrintLayout *
lg_pack_new (LgCorpus        *corpus,
             LgPersonalStore *store,
             double           width,
             double           height,
             gboolean         large_print,
             LgPackParts      parts)
{
  LgPrintLayout *layout;
  g_autoptr(GPtrArray) choices = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *note = NULL;
  LgPersonalContact *contact;
  LgDocument *doc;
  LgPackCover *cover;
  const char *name;

  g_return_val_if_fail (LG_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (store), NULL);

  layout = lg_print_layout_new (width, height);
  lg_print_layout_set_large_print (layout, large_print);
  lg_print_layout_set_contents (layout, TRUE);
  note = lg_pack_get_footer_note (store);
  lg_print_layout_set_footer_note (layout, note);

  cover = g_new0 (LgPackCover, 1);
  cover->date = lg_format_date (day);
  name = lg_personal_store_get_name (store);
  cover->name = *name != '\0' ? g_strdup (name) : NULL;
  if ((contact = phone_contact (store)) != NULL)
    {
      cover->phone = g_strdup (lg_personal_contact_get_phone (contact));
      cover->phone_name = g_strdup (lg_personal_contact_get_name (contact));
    }
  lg_print_layout_add_drawn_page (layout, TRUE, NULL, lg_pack_draw_cover, cover, lg_pack_cover_free);

  choices = lg_pack_get_choices (corpus, store);
  for (guint i = 0; i < choices->len; i++)
    {
      g_auto(GStrv) ids = g_strsplit (g_ptr_array_index (choices, i), "#", 2);
      const LgTopic *topic = lg_corpus_find_topic (corpus, ids[0]);
      const LgSection *section = ids[1] ? lg_topic_find_section (topic, ids[1]) : NULL;
      const char * const *cited = lg_topic_get_cited_sources (topic, section);

      lg_print_layout_add_document (layout, lg_document_new_excerpt (corpus, topic, ids[1]));
      for (guint s = 0; cited != NULL && cited[s]; s++)
        add_unique (sources, cited[s]);
    }

  if (parts & LG_PACK_QUESTIONS)
    lg_print_layout_add_document (layout, questions_part (corpus, store));
  if (parts & LG_PACK_NOTES)
    lg_print_layout_add_document (layout, notes_part (corpus, store));
  if (parts & LG_PACK_CARE_TEAM)
    lg_print_layout_add_document (layout, care_team_part (corpus, store));

  /* Translators: a part of the appointment pack: the sources of the
   * pages in it */
  doc = lg_document_new_part (corpus, _("Sources"));
  if (sources->len > 0)
    {
      g_ptr_array_add (sources, NULL);
      lg_document_append_plain (doc, LG_DOC_PARAGRAPH,
                                _("The pages in this pack were checked against these "
                                  "sources."));
      lg_document_append_sources (doc, corpus, (const char * const *) sources->pdata);
    }
  else
    lg_document_append_plain (doc, LG_DOC_PARAGRAPH,
                              _("This pack holds no pages of the guide, so it cites no "
                                "sources."));
  lg_document_append_disclaimer (doc, corpus);
  lg_print_layout_add_document (layout, doc);

  if (parts & LG_PACK_CARD)
    lg_pack_add_alert_card (layout, store);
  return layout;
}

/* }}} */
