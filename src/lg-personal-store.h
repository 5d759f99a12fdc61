/* lg-personal-store.h: what the reader writes: questions, notes, care team
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file format is documented in data/personal-store.md.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LG_PERSONAL_STORE_ERROR (lg_personal_store_error_quark ())

typedef enum
{
  LG_PERSONAL_STORE_ERROR_DAMAGED,  /* not valid: set aside, started fresh */
  LG_PERSONAL_STORE_ERROR_NEWER,    /* a newer format: set aside, started fresh */
  LG_PERSONAL_STORE_ERROR_KEPT,     /* could not be set aside: nothing is saved over it */
  LG_PERSONAL_STORE_ERROR_SAVE,     /* writing failed; the previous file is intact */
} LgPersonalStoreError;

GQuark lg_personal_store_error_quark (void);

/* The format version this build reads and writes. */
#define LG_PERSONAL_STORE_VERSION 1

/* One of my questions. Read-only for everyone but the store: change it
 * through lg_personal_store_set_question_*() so it is saved.
 */
#define LG_TYPE_PERSONAL_QUESTION (lg_personal_question_get_type ())
G_DECLARE_FINAL_TYPE (LgPersonalQuestion, lg_personal_question, LG, PERSONAL_QUESTION, GObject)

const char *lg_personal_question_get_id         (LgPersonalQuestion *self);
const char *lg_personal_question_get_text       (LgPersonalQuestion *self);
const char *lg_personal_question_get_topic      (LgPersonalQuestion *self);
const char *lg_personal_question_get_section    (LgPersonalQuestion *self);
const char *lg_personal_question_get_suggested  (LgPersonalQuestion *self);
const char *lg_personal_question_get_group      (LgPersonalQuestion *self);
gboolean    lg_personal_question_get_asked      (LgPersonalQuestion *self);
const char *lg_personal_question_get_answer     (LgPersonalQuestion *self);

/* One dated appointment note. */
#define LG_TYPE_PERSONAL_NOTE (lg_personal_note_get_type ())
G_DECLARE_FINAL_TYPE (LgPersonalNote, lg_personal_note, LG, PERSONAL_NOTE, GObject)

const char *lg_personal_note_get_id          (LgPersonalNote *self);
const char *lg_personal_note_get_date        (LgPersonalNote *self);
const char *lg_personal_note_get_told        (LgPersonalNote *self);
const char *lg_personal_note_get_next_steps  (LgPersonalNote *self);
const char *lg_personal_note_get_who_to_call (LgPersonalNote *self);

/* One person in my care team. */
#define LG_TYPE_PERSONAL_CONTACT (lg_personal_contact_get_type ())
G_DECLARE_FINAL_TYPE (LgPersonalContact, lg_personal_contact, LG, PERSONAL_CONTACT, GObject)

const char *lg_personal_contact_get_id         (LgPersonalContact *self);
const char *lg_personal_contact_get_name       (LgPersonalContact *self);
const char *lg_personal_contact_get_role       (LgPersonalContact *self);
const char *lg_personal_contact_get_phone      (LgPersonalContact *self);
gboolean    lg_personal_contact_get_is_24_hour (LgPersonalContact *self);

#define LG_TYPE_PERSONAL_STORE (lg_personal_store_get_type ())
G_DECLARE_FINAL_TYPE (LgPersonalStore, lg_personal_store, LG, PERSONAL_STORE, GObject)

/* Opening */
char            *lg_personal_store_default_path    (void);
LgPersonalStore *lg_personal_store_new             (void);
LgPersonalStore *lg_personal_store_new_for_path    (const char *path);
const char      *lg_personal_store_get_path        (LgPersonalStore *self);
const GError    *lg_personal_store_get_load_error  (LgPersonalStore *self);
const char      *lg_personal_store_get_set_aside_path (LgPersonalStore *self);

/* Saving */
gboolean         lg_personal_store_flush           (LgPersonalStore  *self,
                                                    GError          **error);
const GError    *lg_personal_store_get_save_error  (LgPersonalStore *self);
gboolean         lg_personal_store_export          (LgPersonalStore  *self,
                                                    const char       *path,
                                                    GError          **error);
void             lg_personal_store_delete_all      (LgPersonalStore *self);
char            *lg_personal_store_to_json         (LgPersonalStore *self,
                                                    gsize           *length);

/* My questions */
GListModel         *lg_personal_store_get_questions        (LgPersonalStore *self);
LgPersonalQuestion *lg_personal_store_add_question         (LgPersonalStore *self,
                                                            const char      *text,
                                                            const char      *group);
LgPersonalQuestion *lg_personal_store_add_suggested_question (LgPersonalStore *self,
                                                            const char      *text,
                                                            const char      *topic,
                                                            const char      *section,
                                                            const char      *suggested,
                                                            const char      *group);
LgPersonalQuestion *lg_personal_store_lookup_question      (LgPersonalStore *self,
                                                            const char      *id);
LgPersonalQuestion *lg_personal_store_find_suggested       (LgPersonalStore *self,
                                                            const char      *topic,
                                                            const char      *suggested);
gboolean            lg_personal_store_set_question_text    (LgPersonalStore *self,
                                                            const char      *id,
                                                            const char      *text);
gboolean            lg_personal_store_set_question_group   (LgPersonalStore *self,
                                                            const char      *id,
                                                            const char      *group);
gboolean            lg_personal_store_set_question_asked   (LgPersonalStore *self,
                                                            const char      *id,
                                                            gboolean         asked);
gboolean            lg_personal_store_set_question_answer  (LgPersonalStore *self,
                                                            const char      *id,
                                                            const char      *answer);
gboolean            lg_personal_store_move_question        (LgPersonalStore *self,
                                                            const char      *id,
                                                            guint            position);
gboolean            lg_personal_store_remove_question      (LgPersonalStore *self,
                                                            const char      *id);

/* My notes */
GListModel     *lg_personal_store_get_notes   (LgPersonalStore *self);
LgPersonalNote *lg_personal_store_add_note    (LgPersonalStore *self,
                                               const char      *date,
                                               const char      *told,
                                               const char      *next_steps,
                                               const char      *who_to_call);
LgPersonalNote *lg_personal_store_lookup_note (LgPersonalStore *self,
                                               const char      *id);
gboolean        lg_personal_store_edit_note   (LgPersonalStore *self,
                                               const char      *id,
                                               const char      *date,
                                               const char      *told,
                                               const char      *next_steps,
                                               const char      *who_to_call);
gboolean        lg_personal_store_remove_note (LgPersonalStore *self,
                                               const char      *id);

/* My care team */
GListModel        *lg_personal_store_get_contacts      (LgPersonalStore *self);
LgPersonalContact *lg_personal_store_add_contact       (LgPersonalStore *self,
                                                        const char      *name,
                                                        const char      *role,
                                                        const char      *phone,
                                                        gboolean         is_24_hour);
LgPersonalContact *lg_personal_store_lookup_contact    (LgPersonalStore *self,
                                                        const char      *id);
gboolean           lg_personal_store_edit_contact      (LgPersonalStore *self,
                                                        const char      *id,
                                                        const char      *name,
                                                        const char      *role,
                                                        const char      *phone);
gboolean           lg_personal_store_set_24_hour_contact (LgPersonalStore *self,
                                                        const char      *id);
LgPersonalContact *lg_personal_store_get_24_hour_contact (LgPersonalStore *self);
gboolean           lg_personal_store_remove_contact    (LgPersonalStore *self,
                                                        const char      *id);

/* Preferences */
const char *lg_personal_store_get_name            (LgPersonalStore *self);
void        lg_personal_store_set_name            (LgPersonalStore *self,
                                                   const char      *name);
const char *lg_personal_store_get_treatment       (LgPersonalStore *self);
void        lg_personal_store_set_treatment       (LgPersonalStore *self,
                                                   const char      *treatment);
gboolean    lg_personal_store_get_footer_24_hour  (LgPersonalStore *self);
void        lg_personal_store_set_footer_24_hour  (LgPersonalStore *self,
                                                   gboolean         footer_24_hour);

/* What the appointment pack holds: topics, or sections of them */
guint       lg_personal_store_get_n_pack_items    (LgPersonalStore  *self);
void        lg_personal_store_get_pack_item       (LgPersonalStore  *self,
                                                   guint             i,
                                                   const char      **topic,
                                                   const char      **section);
gboolean    lg_personal_store_pack_contains       (LgPersonalStore  *self,
                                                   const char       *topic,
                                                   const char       *section);
void        lg_personal_store_add_pack_item       (LgPersonalStore  *self,
                                                   const char       *topic,
                                                   const char       *section);
gboolean    lg_personal_store_remove_pack_item    (LgPersonalStore  *self,
                                                   const char       *topic,
                                                   const char       *section);
void        lg_personal_store_clear_pack          (LgPersonalStore  *self);

G_END_DECLS
