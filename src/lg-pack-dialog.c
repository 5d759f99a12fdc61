/* lg-pack-dialog.c: what goes in the appointment pack, then print or export
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pack holds the pages the reader ticks here: whole topics, or only
 * some of a topic's sections (under “Only some sections”). Until they
 * choose, it holds the topics of their suggested questions, which is
 * what the list shows ticked. Their name on the cover and the card, large
 * print, the 24-hour number in the footer, and which of the reader's own
 * parts go in (my questions, my notes, my care team, the alert card) are
 * chosen here too. Every choice is kept in the store (or the settings,
 * for large print and the parts), so the next pack starts from it.
 *
 * The dialog prints and exports nothing itself: it emits ::export or
 * ::print, and the window does that with the pack it lays out.
 */

#define G_LOG_DOMAIN "lg-pack-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lg-pack.h"
#include "lg-pack-dialog.h"

struct _LgPackDialog
{
  GtkWindow        parent_instance;

  GtkEntry        *name_entry;
  GtkCheckButton  *large_print_check;
  GtkCheckButton  *footer_check;
  GtkCheckButton  *questions_check;
  GtkCheckButton  *notes_check;
  GtkCheckButton  *care_team_check;
  GtkCheckButton  *card_check;
  GtkLabel        *choice_label;
  GtkListBox      *topic_list;
  GtkWidget       *export_button;
  GtkWidget       *print_button;

  LgCorpus        *corpus;
  LgPersonalStore *store;
  GSettings       *settings;
  GHashTable      *chosen;    /* "TOPIC" and "TOPIC#SECTION" */
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (LgPackDialog, lg_pack_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  EXPORT,
  PRINT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
choice_key (const char *topic,
            const char *section)
{
  return section != NULL ? g_strconcat (topic, "#", section, NULL) : g_strdup (topic);
}

/* What the pack holds now: the store's choice, or the topics of my
 * suggested questions, in order, as the pack itself reads them. */
static void
load_choices (LgPackDialog *self)
{
  guint n = lg_personal_store_get_n_pack_items (self->store);

  g_hash_table_remove_all (self->chosen);
  for (guint i = 0; i < n; i++)
    {
      const char *topic, *section;

      lg_personal_store_get_pack_item (self->store, i, &topic, &section);
      g_hash_table_add (self->chosen, choice_key (topic, section));
    }
  if (n == 0)
    {
      GListModel *questions = lg_personal_store_get_questions (self->store);

      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(LgPersonalQuestion) q = g_list_model_get_item (questions, i);
          const char *topic = lg_personal_question_get_topic (q);

          if (topic != NULL && *topic != '\0')
            g_hash_table_add (self->chosen, g_strdup (topic));
        }
    }
}

static LgPackParts
get_parts (LgPackDialog *self)
{
  LgPackParts parts = 0;

  if (gtk_check_button_get_active (self->questions_check))
    parts |= LG_PACK_QUESTIONS;
  if (gtk_check_button_get_active (self->notes_check))
    parts |= LG_PACK_NOTES;
  if (gtk_check_button_get_active (self->care_team_check))
    parts |= LG_PACK_CARE_TEAM;
  if (gtk_check_button_get_active (self->card_check))
    parts |= LG_PACK_CARD;
  return parts;
}

/* A pack of no pages and no parts is not worth making. */
static void
update_buttons (LgPackDialog *self)
{
  gboolean any = g_hash_table_size (self->chosen) > 0 || get_parts (self) != 0;

  gtk_widget_set_sensitive (self->export_button, any);
  gtk_widget_set_sensitive (self->print_button, any);
}

static void
update_label (LgPackDialog *self)
{
  update_buttons (self);
  if (lg_personal_store_get_n_pack_items (self->store) == 0)
    gtk_label_set_text (self->choice_label,
                        g_hash_table_size (self->chosen) > 0
                        ? _("Ticked: the topics of your questions. Tick others, or only some "
                            "sections of a topic, to choose for yourself.")
                        : _("Tick the topics to take, or only some sections of a topic."));
  else
    gtk_label_set_text (self->choice_label, _("Ticked: the pages you chose."));
}

/* The choice, in the guide's order, into the store. */
static void
save_choices (LgPackDialog *self)
{
  lg_personal_store_clear_pack (self->store);
  for (guint i = 0; i < lg_corpus_get_n_topics (self->corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (self->corpus, i);

      if (g_hash_table_contains (self->chosen, topic->id))
        {
          lg_personal_store_add_pack_item (self->store, topic->id, NULL);
          continue;
        }
      for (guint s = 0; s < topic->n_sections; s++)
        {
          g_autofree char *key = choice_key (topic->id, topic->sections[s]->id);

          if (g_hash_table_contains (self->chosen, key))
            lg_personal_store_add_pack_item (self->store, topic->id, topic->sections[s]->id);
        }
    }
  update_label (self);
}

/* A topic ticked whole makes its sections' ticks moot. */
static void
sync_sections (GtkWidget *expander,
               gboolean   whole)
{
  gtk_widget_set_sensitive (expander, !whole);
}

static void
on_check_toggled (GtkCheckButton *check,
                  LgPackDialog   *self)
{
  const char *key = g_object_get_data (G_OBJECT (check), "lg-choice");
  GtkWidget *expander = g_object_get_data (G_OBJECT (check), "lg-expander");

  if (expander != NULL)
    sync_sections (expander, gtk_check_button_get_active (check));
  if (self->updating)
    return;
  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->chosen, g_strdup (key));
  else
    g_hash_table_remove (self->chosen, key);
  save_choices (self);
}

static GtkWidget *
make_check (LgPackDialog *self,
            const char   *title,
            const char   *key)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (check), "lg-choice", g_strdup (key), g_free);
  self->updating = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->chosen, key));
  self->updating = FALSE;
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
  return check;
}

/* A topic's sections are made the first time they are shown. */
static void
on_expanded (GtkExpander  *expander,
             GParamSpec   *pspec,
             LgPackDialog *self)
{
  const LgTopic *topic = g_object_get_data (G_OBJECT (expander), "lg-topic");
  GtkWidget *box;

  if (!gtk_expander_get_expanded (expander) || gtk_expander_get_child (expander) != NULL)
    return;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_start (box, 24);
  for (guint s = 0; s < topic->n_sections; s++)
    {
      g_autofree char *key = choice_key (topic->id, topic->sections[s]->id);

      gtk_box_append (GTK_BOX (box), make_check (self, topic->sections[s]->title->plain, key));
    }
  gtk_expander_set_child (expander, box);
}

static void
fill_topics (LgPackDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list))) != NULL)
    gtk_list_box_remove (self->topic_list, child);

  for (guint i = 0; i < lg_corpus_get_n_topics (self->corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (self->corpus, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *check = make_check (self, topic->title->plain, topic->id);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_box_append (GTK_BOX (box), check);
      if (topic->n_sections > 1)
        {
          GtkWidget *expander = gtk_expander_new_with_mnemonic (_("Only some sections"));

          gtk_widget_set_margin_start (expander, 24);
          g_object_set_data (G_OBJECT (expander), "lg-topic", (gpointer) topic);
          g_signal_connect (expander, "notify::expanded", G_CALLBACK (on_expanded), self);
          g_object_set_data (G_OBJECT (check), "lg-expander", expander);
          sync_sections (expander, gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
          gtk_box_append (GTK_BOX (box), expander);
        }
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_append (self->topic_list, row);
    }
  update_label (self);
}

static void
on_reset (GtkButton    *button,
          LgPackDialog *self)
{
  lg_personal_store_clear_pack (self->store);
  load_choices (self);
  fill_topics (self);
}

static void
on_name_changed (GtkEditable  *entry,
                 LgPackDialog *self)
{
  lg_personal_store_set_name (self->store, gtk_editable_get_text (entry));
}

static void
on_footer_toggled (GtkCheckButton *check,
                   LgPackDialog   *self)
{
  lg_personal_store_set_footer_24_hour (self->store, gtk_check_button_get_active (check));
}

static void
on_part_toggled (GtkCheckButton *check,
                 LgPackDialog   *self)
{
  if (self->updating)
    return;
  g_settings_set_flags (self->settings, "pack-parts", get_parts (self));
  update_buttons (self);
}

static void
on_export (GtkButton    *button,
           LgPackDialog *self)
{
  g_signal_emit (self, signals[EXPORT], 0);
}

static void
on_print (GtkButton    *button,
          LgPackDialog *self)
{
  g_signal_emit (self, signals[PRINT], 0);
}

/**
 * lg_pack_dialog_dup_choices:
 * @self: a #LgPackDialog
 *
 * Returns: (transfer full) (element-type utf8): what is ticked, in the
 *   guide's order: "TOPIC" or "TOPIC#SECTION"
 */
GPtrArray *
lg_pack_dialog_dup_choices (LgPackDialog *self)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (LG_IS_PACK_DIALOG (self), out);
  for (guint i = 0; i < lg_corpus_get_n_topics (self->corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (self->corpus, i);

      if (g_hash_table_contains (self->chosen, topic->id))
        g_ptr_array_add (out, g_strdup (topic->id));
      for (guint s = 0; s < topic->n_sections; s++)
        {
          g_autofree char *key = choice_key (topic->id, topic->sections[s]->id);

          if (g_hash_table_contains (self->chosen, key))
            g_ptr_array_add (out, g_steal_pointer (&key));
        }
    }
  return out;
}

static void
lg_pack_dialog_constructed (GObject *object)
{
  LgPackDialog *self = LG_PACK_DIALOG (object);
  guint parts;

  G_OBJECT_CLASS (lg_pack_dialog_parent_class)->constructed (object);

  g_assert (self->corpus != NULL && self->store != NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), lg_personal_store_get_name (self->store));
  gtk_check_button_set_active (self->footer_check,
                               lg_personal_store_get_footer_24_hour (self->store));
  gtk_widget_set_sensitive (GTK_WIDGET (self->footer_check),
                            lg_personal_store_get_24_hour_contact (self->store) != NULL);
  g_settings_bind (self->settings, "large-print", self->large_print_check, "active",
                   G_SETTINGS_BIND_DEFAULT);
  parts = g_settings_get_flags (self->settings, "pack-parts");
  self->updating = TRUE;
  gtk_check_button_set_active (self->questions_check, (parts & LG_PACK_QUESTIONS) != 0);
  gtk_check_button_set_active (self->notes_check, (parts & LG_PACK_NOTES) != 0);
  gtk_check_button_set_active (self->care_team_check, (parts & LG_PACK_CARE_TEAM) != 0);
  gtk_check_button_set_active (self->card_check, (parts & LG_PACK_CARD) != 0);
  self->updating = FALSE;
  load_choices (self);
  fill_topics (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
}

static void
lg_pack_dialog_dispose (GObject *object)
{
  LgPackDialog *self = LG_PACK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), LG_TYPE_PACK_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->corpus);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lg_pack_dialog_parent_class)->dispose (object);
}

static void
lg_pack_dialog_finalize (GObject *object)
{
  LgPackDialog *self = LG_PACK_DIALOG (object);

  g_clear_pointer (&self->chosen, g_hash_table_unref);

  G_OBJECT_CLASS (lg_pack_dialog_parent_class)->finalize (object);
}

static void
lg_pack_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LgPackDialog *self = LG_PACK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_pack_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LgPackDialog *self = LG_PACK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      self->corpus = g_value_dup_object (value);
      break;
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_pack_dialog_class_init (LgPackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = lg_pack_dialog_constructed;
  object_class->dispose = lg_pack_dialog_dispose;
  object_class->finalize = lg_pack_dialog_finalize;
  object_class->get_property = lg_pack_dialog_get_property;
  object_class->set_property = lg_pack_dialog_set_property;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, LG_TYPE_CORPUS, construct);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_PERSONAL_STORE, construct);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgPackDialog::export:
   * @self: the dialog
   *
   * The reader asked to export the pack as a PDF; the choices are in the
   * store already.
   */
  signals[EXPORT] =
    g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * LgPackDialog::print:
   * @self: the dialog
   *
   * The reader asked to print the pack.
   */
  signals[PRINT] =
    g_signal_new ("print", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/lg-pack-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, large_print_check);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, footer_check);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, questions_check);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, notes_check);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, care_team_check);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, card_check);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, choice_label);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, topic_list);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, LgPackDialog, print_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_footer_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_part_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_reset);
  gtk_widget_class_bind_template_callback (widget_class, on_export);
  gtk_widget_class_bind_template_callback (widget_class, on_print);
}

static void
lg_pack_dialog_init (LgPackDialog *self)
{
  self->chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->settings = g_settings_new (APP_ID);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lg_pack_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @corpus: the guide
 * @store: the reader's store, where the choices are kept
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
GtkWidget *
lg_pack_dialog_new (GtkWindow       *parent,
                    LgCorpus        *corpus,
                    LgPersonalStore *store)
{
  return g_object_new (LG_TYPE_PACK_DIALOG,
                       "transient-for", parent,
                       "corpus", corpus,
                       "store", store,
                       NULL);
}
