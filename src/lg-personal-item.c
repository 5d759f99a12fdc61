/* lg-personal-item.c: the rows of the personal store's list models
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Questions, notes and care team members are small objects with
 * read-only properties, so that a window can bind to them and hear when
 * they change. Only the store changes them (lg-personal-store-private.h),
 * so that every change is saved.
 */

#define G_LOG_DOMAIN "lg-personal-store"

#include "config.h"

#include "lg-personal-store-private.h"

/* Replaces *field with a copy of value ("" for NULL); TRUE if it changed. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                              G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
boolean_pspec (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                               G_PARAM_EXPLICIT_NOTIFY);
}

/* Questions */

struct _LgPersonalQuestion
{
  GObject   parent_instance;

  char     *id;
  char     *text;
  char     *topic;      /* "" for my own */
  char     *section;    /* "" for none */
  char     *suggested;  /* the guide's own words of a suggested question, "" for mine */
  char     *group;
  char     *answer;
  gboolean  asked;
};

G_DEFINE_FINAL_TYPE (LgPersonalQuestion, lg_personal_question, G_TYPE_OBJECT)

enum {
  QUESTION_PROP_0,
  QUESTION_PROP_ID,
  QUESTION_PROP_TEXT,
  QUESTION_PROP_TOPIC,
  QUESTION_PROP_SECTION,
  QUESTION_PROP_SUGGESTED,
  QUESTION_PROP_GROUP,
  QUESTION_PROP_ASKED,
  QUESTION_PROP_ANSWER,
  QUESTION_N_PROPS
};

static GParamSpec *question_props[QUESTION_N_PROPS];

static void
lg_personal_question_finalize (GObject *object)
{
  LgPersonalQuestion *self = LG_PERSONAL_QUESTION (object);

  g_free (self->id);
  g_free (self->text);
  g_free (self->topic);
  g_free (self->section);
  g_free (self->suggested);
  g_free (self->group);
  g_free (self->answer);
  G_OBJECT_CLASS (lg_personal_question_parent_class)->finalize (object);
}

static void
lg_personal_question_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LgPersonalQuestion *self = LG_PERSONAL_QUESTION (object);

  switch (prop_id)
    {
    case QUESTION_PROP_ID: g_value_set_string (value, self->id); break;
    case QUESTION_PROP_TEXT: g_value_set_string (value, self->text); break;
    case QUESTION_PROP_TOPIC: g_value_set_string (value, self->topic); break;
    case QUESTION_PROP_SECTION: g_value_set_string (value, self->section); break;
    case QUESTION_PROP_SUGGESTED: g_value_set_string (value, self->suggested); break;
    case QUESTION_PROP_GROUP: g_value_set_string (value, self->group); break;
    case QUESTION_PROP_ASKED: g_value_set_boolean (value, self->asked); break;
    case QUESTION_PROP_ANSWER: g_value_set_string (value, self->answer); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_personal_question_class_init (LgPersonalQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lg_personal_question_finalize;
  object_class->get_property = lg_personal_question_get_property;

  question_props[QUESTION_PROP_ID] = string_pspec ("id");
  question_props[QUESTION_PROP_TEXT] = string_pspec ("text");
  question_props[QUESTION_PROP_TOPIC] = string_pspec ("topic");
  question_props[QUESTION_PROP_SECTION] = string_pspec ("section");
  question_props[QUESTION_PROP_SUGGESTED] = string_pspec ("suggested");
  question_props[QUESTION_PROP_GROUP] = string_pspec ("group");
  question_props[QUESTION_PROP_ASKED] = boolean_pspec ("asked");
  question_props[QUESTION_PROP_ANSWER] = string_pspec ("answer");
  g_object_class_install_properties (object_class, QUESTION_N_PROPS, question_props);
}

static void
lg_personal_question_init (LgPersonalQuestion *self G_GNUC_UNUSED)
{
}

LgPersonalQuestion *
lg_personal_question_new (const char *id,
                          const char *text,
                          const char *topic,
                          const char *section,
                          const char *suggested,
                          const char *group,
                          gboolean    asked,
                          const char *answer)
{
  LgPersonalQuestion *self = g_object_new (LG_TYPE_PERSONAL_QUESTION, NULL);

  set_string (&self->id, id);
  set_string (&self->text, text);
  set_string (&self->topic, topic);
  set_string (&self->section, section);
  set_string (&self->suggested, suggested);
  set_string (&self->group, group);
  set_string (&self->answer, answer);
  self->asked = !!asked;
  return self;
}

gboolean
lg_personal_question_set_text (LgPersonalQuestion *self,
                               const char         *text)
{
  if (!set_string (&self->text, text))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), question_props[QUESTION_PROP_TEXT]);
  return TRUE;
}

gboolean
lg_personal_question_set_group (LgPersonalQuestion *self,
                                const char         *group)
{
  if (!set_string (&self->group, group))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), question_props[QUESTION_PROP_GROUP]);
  return TRUE;
}

gboolean
lg_personal_question_set_asked (LgPersonalQuestion *self,
                                gboolean            asked)
{
  if (self->asked == !!asked)
    return FALSE;
  self->asked = !!asked;
  g_object_notify_by_pspec (G_OBJECT (self), question_props[QUESTION_PROP_ASKED]);
  return TRUE;
}

gboolean
lg_personal_question_set_answer (LgPersonalQuestion *self,
                                 const char         *answer)
{
  if (!set_string (&self->answer, answer))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), question_props[QUESTION_PROP_ANSWER]);
  return TRUE;
}

/**
 * lg_personal_question_get_id:
 * @self: a question
 *
 * Returns: (transfer none): the question's id, unique in its store and
 *   kept across saves
 */
const char *
lg_personal_question_get_id (LgPersonalQuestion *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_QUESTION (self), NULL);
  return self->id;
}

/**
 * lg_personal_question_get_text:
 * @self: a question
 *
 * Returns: (transfer none): the question as the reader keeps it
 */
const char *
lg_personal_question_get_text (LgPersonalQuestion *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_QUESTION (self), NULL);
  return self->text;
}

/**
 * lg_personal_question_get_topic:
 * @self: a question
 *
 * Returns: (transfer none): the topic a suggested question came from, or
 *   "" for the reader's own
 */
const char *
lg_personal_question_get_topic (LgPersonalQuestion *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_QUESTION (self), NULL);
  return self->topic;
}

/**
 * lg_personal_question_get_section:
 * @self: a question
 *
 * Returns: (transfer none): the section it came from, or ""
 */
const char *
lg_personal_question_get_section (LgPersonalQuestion *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_QUESTION (self), NULL);
  return self->section;
}

/**
 * lg_personal_question_get_suggested:
 * @self: a question
 *
 * Returns: (transfer none): the guide's own (untranslated) words of the
 *   suggested question it came from, or "" for the reader's own
 */
const char *
lg_personal_question_get_suggested (LgPersonalQuestion *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_QUESTION (self), NULL);
  return self->suggested;
}

/**
 * lg_personal_question_get_group:
 * @self: a question
 *
 * Returns: (transfer none): the appointment or group label, or ""
 */
const char *
lg_personal_question_get_group (LgPersonalQuestion *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_QUESTION (self), NULL);
  return self->group;
}

gboolean
lg_personal_question_get_asked (LgPersonalQuestion *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_QUESTION (self), FALSE);
  return self->asked;
}

/**
 * lg_personal_question_get_answer:
 * @self: a question
 *
 * Returns: (transfer none): the answer the reader wrote down, or ""
 */
const char *
lg_personal_question_get_answer (LgPersonalQuestion *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_QUESTION (self), NULL);
  return self->answer;
}

/* Notes */

struct _LgPersonalNote
{
  GObject  parent_instance;

  char    *id;
  char    *date;
  char    *told;
  char    *next_steps;
  char    *who_to_call;
};

G_DEFINE_FINAL_TYPE (LgPersonalNote, lg_personal_note, G_TYPE_OBJECT)

enum {
  NOTE_PROP_0,
  NOTE_PROP_ID,
  NOTE_PROP_DATE,
  NOTE_PROP_TOLD,
  NOTE_PROP_NEXT_STEPS,
  NOTE_PROP_WHO_TO_CALL,
  NOTE_N_PROPS
};

static GParamSpec *note_props[NOTE_N_PROPS];

static void
lg_personal_note_finalize (GObject *object)
{
  LgPersonalNote *self = LG_PERSONAL_NOTE (object);

  g_free (self->id);
  g_free (self->date);
  g_free (self->told);
  g_free (self->next_steps);
  g_free (self->who_to_call);
  G_OBJECT_CLASS (lg_personal_note_parent_class)->finalize (object);
}

static void
lg_personal_note_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LgPersonalNote *self = LG_PERSONAL_NOTE (object);

  switch (prop_id)
    {
    case NOTE_PROP_ID: g_value_set_string (value, self->id); break;
    case NOTE_PROP_DATE: g_value_set_string (value, self->date); break;
    case NOTE_PROP_TOLD: g_value_set_string (value, self->told); break;
    case NOTE_PROP_NEXT_STEPS: g_value_set_string (value, self->next_steps); break;
    case NOTE_PROP_WHO_TO_CALL: g_value_set_string (value, self->who_to_call); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_personal_note_class_init (LgPersonalNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lg_personal_note_finalize;
  object_class->get_property = lg_personal_note_get_property;

  note_props[NOTE_PROP_ID] = string_pspec ("id");
  note_props[NOTE_PROP_DATE] = string_pspec ("date");
  note_props[NOTE_PROP_TOLD] = string_pspec ("told");
  note_props[NOTE_PROP_NEXT_STEPS] = string_pspec ("next-steps");
  note_props[NOTE_PROP_WHO_TO_CALL] = string_pspec ("who-to-call");
  g_object_class_install_properties (object_class, NOTE_N_PROPS, note_props);
}

static void
lg_personal_note_init (LgPersonalNote *self G_GNUC_UNUSED)
{
}

LgPersonalNote *
lg_personal_note_new (const char *id,
                      const char *date,
                      const char *told,
                      const char *next_steps,
                      const char *who_to_call)
{
  LgPersonalNote *self = g_object_new (LG_TYPE_PERSONAL_NOTE, NULL);

  set_string (&self->id, id);
  set_string (&self->date, date);
  set_string (&self->told, told);
  set_string (&self->next_steps, next_steps);
  set_string (&self->who_to_call, who_to_call);
  return self;
}

gboolean
lg_personal_note_set (LgPersonalNote *self,
                      const char     *date,
                      const char     *told,
                      const char     *next_steps,
                      const char     *who_to_call)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  if (set_string (&self->date, date))
    {
      g_object_notify_by_pspec (G_OBJECT (self), note_props[NOTE_PROP_DATE]);
      changed = TRUE;
    }
  if (set_string (&self->told, told))
    {
      g_object_notify_by_pspec (G_OBJECT (self), note_props[NOTE_PROP_TOLD]);
      changed = TRUE;
    }
  if (set_string (&self->next_steps, next_steps))
    {
      g_object_notify_by_pspec (G_OBJECT (self), note_props[NOTE_PROP_NEXT_STEPS]);
      changed = TRUE;
    }
  if (set_string (&self->who_to_call, who_to_call))
    {
      g_object_notify_by_pspec (G_OBJECT (self), note_props[NOTE_PROP_WHO_TO_CALL]);
      changed = TRUE;
    }
  g_object_thaw_notify (G_OBJECT (self));
  return changed;
}

const char *
lg_personal_note_get_id (LgPersonalNote *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_NOTE (self), NULL);
  return self->id;
}

/**
 * lg_personal_note_get_date:
 * @self: a note
 *
 * Returns: (transfer none): the appointment's date, YYYY-MM-DD, or ""
 */
const char *
lg_personal_note_get_date (LgPersonalNote *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_NOTE (self), NULL);
  return self->date;
}

const char *
lg_personal_note_get_told (LgPersonalNote *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_NOTE (self), NULL);
  return self->told;
}

const char *
lg_personal_note_get_next_steps (LgPersonalNote *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_NOTE (self), NULL);
  return self->next_steps;
}

const char *
lg_personal_note_get_who_to_call (LgPersonalNote *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_NOTE (self), NULL);
  return self->who_to_call;
}

/* Care team */

struct _LgPersonalContact
{
  GObject   parent_instance;

  char     *id;
  char     *name;
  char     *role;
  char     *phone;
  gboolean  is_24_hour;
};

G_DEFINE_FINAL_TYPE (LgPersonalContact, lg_personal_contact, G_TYPE_OBJECT)

enum {
  CONTACT_PROP_0,
  CONTACT_PROP_ID,
  CONTACT_PROP_NAME,
  CONTACT_PROP_ROLE,
  CONTACT_PROP_PHONE,
  CONTACT_PROP_IS_24_HOUR,
  CONTACT_N_PROPS
};

static GParamSpec *contact_props[CONTACT_N_PROPS];

static void
lg_personal_contact_finalize (GObject *object)
{
  LgPersonalContact *self = LG_PERSONAL_CONTACT (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->role);
  g_free (self->phone);
  G_OBJECT_CLASS (lg_personal_contact_parent_class)->finalize (object);
}

static void
lg_personal_contact_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LgPersonalContact *self = LG_PERSONAL_CONTACT (object);

  switch (prop_id)
    {
    case CONTACT_PROP_ID: g_value_set_string (value, self->id); break;
    case CONTACT_PROP_NAME: g_value_set_string (value, self->name); break;
    case CONTACT_PROP_ROLE: g_value_set_string (value, self->role); break;
    case CONTACT_PROP_PHONE: g_value_set_string (value, self->phone); break;
    case CONTACT_PROP_IS_24_HOUR: g_value_set_boolean (value, self->is_24_hour); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_personal_contact_class_init (LgPersonalContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lg_personal_contact_finalize;
  object_class->get_property = lg_personal_contact_get_property;

  contact_props[CONTACT_PROP_ID] = string_pspec ("id");
  contact_props[CONTACT_PROP_NAME] = string_pspec ("name");
  contact_props[CONTACT_PROP_ROLE] = string_pspec ("role");
  contact_props[CONTACT_PROP_PHONE] = string_pspec ("phone");
  contact_props[CONTACT_PROP_IS_24_HOUR] = boolean_pspec ("is-24-hour");
  g_object_class_install_properties (object_class, CONTACT_N_PROPS, contact_props);
}

static void
lg_personal_contact_init (LgPersonalContact *self G_GNUC_UNUSED)
{
}

LgPersonalContact *
lg_personal_contact_new (const char *id,
                         const char *name,
                         const char *role,
                         const char *phone,
                         gboolean    is_24_hour)
{
  LgPersonalContact *self = g_object_new (LG_TYPE_PERSONAL_CONTACT, NULL);

  set_string (&self->id, id);
  set_string (&self->name, name);
  set_string (&self->role, role);
  set_string (&self->phone, phone);
  self->is_24_hour = !!is_24_hour;
  return self;
}

gboolean
lg_personal_contact_set (LgPersonalContact *self,
                         const char        *name,
                         const char        *role,
                         const char        *phone)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  if (set_string (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), contact_props[CONTACT_PROP_NAME]);
      changed = TRUE;
    }
  if (set_string (&self->role, role))
    {
      g_object_notify_by_pspec (G_OBJECT (self), contact_props[CONTACT_PROP_ROLE]);
      changed = TRUE;
    }
  if (set_string (&self->phone, phone))
    {
      g_object_notify_by_pspec (G_OBJECT (self), contact_props[CONTACT_PROP_PHONE]);
      changed = TRUE;
    }
  g_object_thaw_notify (G_OBJECT (self));
  return changed;
}

gboolean
lg_personal_contact_set_is_24_hour (LgPersonalContact *self,
                                    gboolean           is_24_hour)
{
  if (self->is_24_hour == !!is_24_hour)
    return FALSE;
  self->is_24_hour = !!is_24_hour;
  g_object_notify_by_pspec (G_OBJECT (self), contact_props[CONTACT_PROP_IS_24_HOUR]);
  return TRUE;
}

const char *
lg_personal_contact_get_id (LgPersonalContact *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_CONTACT (self), NULL);
  return self->id;
}

const char *
lg_personal_contact_get_name (LgPersonalContact *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_CONTACT (self), NULL);
  return self->name;
}

const char *
lg_personal_contact_get_role (LgPersonalContact *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_CONTACT (self), NULL);
  return self->role;
}

const char *
lg_personal_contact_get_phone (LgPersonalContact *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_CONTACT (self), NULL);
  return self->phone;
}

gboolean
lg_personal_contact_get_is_24_hour (LgPersonalContact *self)
{
  g_return_val_if_fail (LG_IS_PERSONAL_CONTACT (self), FALSE);
  return self->is_24_hour;
}
