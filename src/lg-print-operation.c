/* lg-print-operation.c: printing a topic, and saving it as a PDF
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin GtkPrintOperation around LgPrintLayout, which does the work:
 * begin-print makes the layout for the paper chosen, paginate counts the
 * pages, draw-page draws one. The running header and footer are drawn by
 * the layout, since GTK draws none. Large print and "only this section"
 * are properties set from the window menu, not a custom tab in the print
 * dialog: those never appear under the Flatpak print portal.
 */

#define G_LOG_DOMAIN "lg-print-operation"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "lg-document.h"
#include "lg-pack.h"
#include "lg-print-layout.h"
#include "lg-print-operation.h"

struct _LgPrintOperation
{
  GtkPrintOperation  parent_instance;

  LgCorpus          *corpus;
  const LgTopic     *topic;
  char              *section;
  gboolean           large_print;
  LgPersonalStore   *store;    /* the footer note; the pack's contents */
  gboolean           pack;     /* the appointment pack, not a topic */
  LgPackParts        parts;    /* the pack's own parts */

  LgPrintLayout     *layout;   /* between begin-print and end-print */
};

G_DEFINE_FINAL_TYPE (LgPrintOperation, lg_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_TOPIC,
  PROP_SECTION,
  PROP_LARGE_PRINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The family of the interface font, so print matches the screen. */
static char *
get_font_family (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *name = NULL;
  PangoFontDescription *font;
  char *family = NULL;

  if (settings == NULL)
    return NULL;

  g_object_get (settings, "gtk-font-name", &name, NULL);
  if (name == NULL)
    return NULL;

  font = pango_font_description_from_string (name);
  if (pango_font_description_get_family (font) != NULL)
    family = g_strdup (pango_font_description_get_family (font));
  pango_font_description_free (font);
  return family;
}

static void
lg_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (operation);
  g_autofree char *family = get_font_family ();
  double top, bottom, left, right;
  double margin_top, margin_right, margin_bottom, margin_left;

  g_clear_pointer (&self->layout, lg_print_layout_free);

  /* A custom paper from the print dialog can be a few millimetres wide:
   * print nothing rather than a hundred pages no one can read. */
  if (!lg_print_paper_size_is_usable (gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context)))
    {
      g_message ("The paper chosen is too small or too large to print on");
      gtk_print_operation_cancel (operation);
      return;
    }

  /* The unit is the point and the origin the paper's corner (see init). */
  if (self->pack)
    self->layout = lg_pack_new (self->corpus, self->store,
                                gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context), self->large_print,
                                self->parts);
  else
    self->layout = lg_print_layout_new (gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));

  /* Our margins, unless the printer cannot print that close to the edge. */
  if (!gtk_print_context_get_hard_margins (context, &top, &bottom, &left, &right))
    top = bottom = left = right = 0;
  lg_print_layout_get_margins (self->layout, &margin_top, &margin_right,
                               &margin_bottom, &margin_left);
  lg_print_layout_set_margins (self->layout,
                               MAX (margin_top, top), MAX (margin_right, right),
                               MAX (margin_bottom, bottom), MAX (margin_left, left));

  lg_print_layout_set_large_print (self->layout, self->large_print);
  if (family != NULL)
    lg_print_layout_set_font_family (self->layout, family);
  if (self->store != NULL)
    {
      g_autofree char *note = lg_pack_get_footer_note (self->store);

      lg_print_layout_set_footer_note (self->layout, note);
    }
  if (!self->pack)
    lg_print_layout_add_document (self->layout,
                                  lg_document_new (self->corpus, self->topic, self->section));
}

static gboolean
lg_print_operation_paginate (GtkPrintOperation *operation,
                             GtkPrintContext   *context)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (operation);

  /* Cancelled in begin-print: nothing to lay out. */
  if (self->layout == NULL)
    return TRUE;

  gtk_print_operation_set_n_pages (operation, lg_print_layout_paginate (self->layout));
  return TRUE;
}

static void
lg_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (operation);

  if (self->layout == NULL)
    return;

  lg_print_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
lg_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (operation);

  g_clear_pointer (&self->layout, lg_print_layout_free);
}

static gboolean
on_paginate (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             gpointer           user_data)
{
  return lg_print_operation_paginate (operation, context);
}

static void
lg_print_operation_constructed (GObject *object)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (object);

  G_OBJECT_CLASS (lg_print_operation_parent_class)->constructed (object);

  g_return_if_fail (self->corpus != NULL);

  /* A pack is named in lg_print_operation_new_for_pack(). */
  if (self->topic != NULL)
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), self->topic->title->plain);
}

static void
lg_print_operation_dispose (GObject *object)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (object);

  g_clear_pointer (&self->layout, lg_print_layout_free);
  g_clear_object (&self->corpus);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lg_print_operation_parent_class)->dispose (object);
}

static void
lg_print_operation_finalize (GObject *object)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (object);

  g_free (self->section);

  G_OBJECT_CLASS (lg_print_operation_parent_class)->finalize (object);
}

static void
lg_print_operation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;

    case PROP_TOPIC:
      g_value_set_pointer (value, (gpointer) self->topic);
      break;

    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;

    case PROP_LARGE_PRINT:
      g_value_set_boolean (value, self->large_print);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_print_operation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LgPrintOperation *self = LG_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      self->corpus = g_value_dup_object (value);
      break;

    case PROP_TOPIC:
      self->topic = g_value_get_pointer (value);
      break;

    case PROP_SECTION:
      lg_print_operation_set_section (self, g_value_get_string (value));
      break;

    case PROP_LARGE_PRINT:
      lg_print_operation_set_large_print (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_print_operation_class_init (LgPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = lg_print_operation_constructed;
  object_class->dispose = lg_print_operation_dispose;
  object_class->finalize = lg_print_operation_finalize;
  object_class->get_property = lg_print_operation_get_property;
  object_class->set_property = lg_print_operation_set_property;

  operation_class->begin_print = lg_print_operation_begin_print;
  operation_class->draw_page = lg_print_operation_draw_page;
  operation_class->end_print = lg_print_operation_end_print;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, LG_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LgPrintOperation:topic:
   *
   * The #LgTopic to print, owned by #LgPrintOperation:corpus.
   */
  properties[PROP_TOPIC] =
    g_param_spec_pointer ("topic", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LgPrintOperation:section:
   *
   * The id of the only section to print, or %NULL for the whole topic.
   */
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LgPrintOperation:large-print:
   *
   * Whether to print the body text at 16 points with wider line spacing.
   */
  properties[PROP_LARGE_PRINT] =
    g_param_spec_boolean ("large-print", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lg_print_operation_init (LgPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = lg_print_operation_new_page_setup ();

  /* The layout draws its own margins, header and footer, in points. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, setup);

  /* GTK only paginates when a handler is connected, whatever the class
   * does: see https://bugzilla.gnome.org/show_bug.cgi?id=345345 */
  g_signal_connect (self, "paginate", G_CALLBACK (on_paginate), NULL);
}

/**
 * lg_print_operation_new:
 * @corpus: the corpus @topic belongs to
 * @topic: the topic to print
 * @section_id: (nullable): the only section to print, or %NULL for all
 * @large_print: whether to print in large print
 *
 * Returns: (transfer full): a print operation, set up for the paper of
 *   the reader's locale; run it once
 */
LgPrintOperation *
lg_print_operation_new (LgCorpus      *corpus,
                        const LgTopic *topic,
                        const char    *section_id,
                        gboolean       large_print)
{
  g_return_val_if_fail (LG_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (topic != NULL, NULL);

  return g_object_new (LG_TYPE_PRINT_OPERATION,
                       "corpus", corpus,
                       "topic", topic,
                       "section", section_id,
                       "large-print", large_print,
                       NULL);
}

/**
 * lg_print_operation_new_for_pack:
 * @corpus: the guide
 * @store: the reader's store, whose questions, notes, care team and pack
 *   choice are printed
 * @large_print: whether to print in large print
 * @parts: which of the reader's own parts to print
 *
 * Prints the appointment pack (see lg_pack_new()) with those of my
 * questions, my notes, my care team and the alert card @parts holds.
 *
 * Returns: (transfer full): a new print operation
 */
LgPrintOperation *
lg_print_operation_new_for_pack (LgCorpus        *corpus,
                                 LgPersonalStore *store,
                                 gboolean         large_print,
                                 LgPackParts      parts)
{
  LgPrintOperation *self;

  g_return_val_if_fail (LG_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (LG_IS_PERSONAL_STORE (store), NULL);

  self = g_object_new (LG_TYPE_PRINT_OPERATION,
                       "corpus", corpus,
                       "large-print", large_print,
                       NULL);
  self->pack = TRUE;
  self->parts = parts;
  self->store = g_object_ref (store);
  /* Translators: the name of the print job of the appointment pack */
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), _("My appointment pack"));
  return self;
}

/**
 * lg_print_operation_set_personal_store:
 * @self: a #LgPrintOperation
 * @store: (nullable): the reader's store, or %NULL
 *
 * With a store whose reader chose it, every page's footer holds their
 * 24-hour number (lg_pack_get_footer_note()).
 */
void
lg_print_operation_set_personal_store (LgPrintOperation *self,
                                       LgPersonalStore  *store)
{
  g_return_if_fail (LG_IS_PRINT_OPERATION (self));
  g_return_if_fail (store == NULL || LG_IS_PERSONAL_STORE (store));
  g_return_if_fail (!self->pack || store != NULL);

  g_set_object (&self->store, store);
}

const char *
lg_print_operation_get_section (LgPrintOperation *self)
{
  g_return_val_if_fail (LG_IS_PRINT_OPERATION (self), NULL);
  return self->section;
}

/**
 * lg_print_operation_set_section:
 * @self: a #LgPrintOperation
 * @section_id: (nullable): the only section to print, or %NULL for all
 */
void
lg_print_operation_set_section (LgPrintOperation *self,
                                const char       *section_id)
{
  g_return_if_fail (LG_IS_PRINT_OPERATION (self));

  if (g_strcmp0 (self->section, section_id) == 0)
    return;
  g_free (self->section);
  self->section = g_strdup (section_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

gboolean
lg_print_operation_get_large_print (LgPrintOperation *self)
{
  g_return_val_if_fail (LG_IS_PRINT_OPERATION (self), FALSE);
  return self->large_print;
}

void
lg_print_operation_set_large_print (LgPrintOperation *self,
                                    gboolean          large_print)
{
  g_return_if_fail (LG_IS_PRINT_OPERATION (self));

  large_print = !!large_print;
  if (self->large_print == large_print)
    return;
  self->large_print = large_print;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE_PRINT]);
}

/**
 * lg_print_operation_new_page_setup:
 *
 * Returns: (transfer full): a page setup with the paper of the reader's
 *   locale: A4, or US Letter where that is used
 */
GtkPageSetup *
lg_print_operation_new_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  GtkPaperSize *paper = gtk_paper_size_new (lg_print_paper_get_name (lg_print_paper_for_locale ()));

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_paper_size_free (paper);
  return setup;
}

static gboolean
is_sane_name (GVariantDict *dict,
              const char   *key,
              const char  **value)
{
  if (!g_variant_dict_lookup (dict, key, "&s", value))
    {
      *value = NULL;
      /* Absent is fine; present with another type is not. */
      return !g_variant_dict_contains (dict, key);
    }
  return **value != '\0' && strlen (*value) <= 256;
}

/**
 * lg_print_operation_page_setup_from_variant:
 * @saved: (nullable): a page setup as gtk_page_setup_to_gvariant() makes
 *   it, from saved settings that anyone may have edited
 *
 * Reads a saved page setup the way GTK does, after checking what GTK 4.8
 * trusts: the types of the values, a paper name (a PPD name without a
 * display name crashes it), finite sizes and margins, and a known
 * orientation. The paper must then pass lg_print_paper_size_is_usable().
 *
 * Returns: (transfer full) (nullable): the page setup, or %NULL when
 *   @saved is empty or not a usable page setup
 */
GtkPageSetup *
lg_print_operation_page_setup_from_variant (GVariant *saved)
{
  static const char * const margins[] = {
    "MarginTop", "MarginBottom", "MarginLeft", "MarginRight"
  };
  static const char * const orientations[] = {
    "portrait", "landscape", "reverse-portrait", "reverse-landscape", NULL
  };
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GVariant) clean = NULL;
  GVariantDict in, out;
  const char *name, *ppd_name, *display_name, *orientation;
  double width, height;
  gboolean ok;

  if (saved == NULL || !g_variant_is_of_type (saved, G_VARIANT_TYPE_VARDICT) ||
      g_variant_n_children (saved) == 0)
    return NULL;

  g_variant_dict_init (&in, saved);
  g_variant_dict_init (&out, NULL);
  ok = g_variant_dict_lookup (&in, "Width", "d", &width) &&
       g_variant_dict_lookup (&in, "Height", "d", &height) &&
       isfinite (width) && isfinite (height) && width > 0 && height > 0 &&
       width < G_MAXINT16 && height < G_MAXINT16 &&
       is_sane_name (&in, "Name", &name) &&
       is_sane_name (&in, "PPDName", &ppd_name) &&
       is_sane_name (&in, "DisplayName", &display_name) &&
       (name != NULL || ppd_name != NULL);
  if (ok)
    {
      g_variant_dict_insert (&out, "Width", "d", width);
      g_variant_dict_insert (&out, "Height", "d", height);
      if (name != NULL)
        g_variant_dict_insert (&out, "Name", "s", name);
      if (ppd_name != NULL)
        g_variant_dict_insert (&out, "PPDName", "s", ppd_name);
      if (display_name != NULL || name != NULL || ppd_name != NULL)
        g_variant_dict_insert (&out, "DisplayName", "s",
                               display_name ? display_name : name ? name : ppd_name);

      for (guint i = 0; i < G_N_ELEMENTS (margins); i++)
        {
          double margin;

          /* A bad margin is left out, and GTK's default used. */
          if (g_variant_dict_lookup (&in, margins[i], "d", &margin) &&
              isfinite (margin) && margin >= 0 && margin <= LG_PRINT_PAPER_MIN_MM / 2)
            g_variant_dict_insert (&out, margins[i], "d", margin);
        }
      if (g_variant_dict_lookup (&in, "Orientation", "&s", &orientation) &&
          g_strv_contains (orientations, orientation))
        g_variant_dict_insert (&out, "Orientation", "s", orientation);
    }
  g_variant_dict_clear (&in);
  clean = g_variant_ref_sink (g_variant_dict_end (&out));
  if (!ok)
    return NULL;

  setup = gtk_page_setup_new_from_gvariant (clean);
  if (setup == NULL ||
      !lg_print_paper_size_is_usable (gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                      gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS)))
    return NULL;
  return g_steal_pointer (&setup);
}

