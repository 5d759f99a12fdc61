/* test-l10n.c: nothing the window shows escapes translation
 *
 * Under a pseudo-locale made at build time (every string of both gettext
 * domains wrapped in ⟦ ⟧), real windows show every topic, search results,
 * the empty search page, the find bar and the main menu; a walk of the
 * whole widget tree fails on any visible letter outside the markers. Then
 * the real French and British English translations are checked in a
 * window: its title, the sidebar and a topic's headings.
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gi18n.h>
#include <gio/gio.h>
#include <locale.h>

#include "lg-content-view.h"
#include "lg-test-gui.h"
#include "lg-test-locale.h"
#include "lg-window.h"

#define OPEN_MARK  0x27E6 /* ⟦ */
#define CLOSE_MARK 0x27E7 /* ⟧ */

static GHashTable *brand_names; /* data, the same in every language */
static char *pseudo_dir;
static char *po_dir;
static char *content_po_dir;


static void
use_language (const char *language,
              const char *ui_dir,
              const char *content_dir)
{
  bindtextdomain (GETTEXT_PACKAGE, ui_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  bindtextdomain (CONTENT_DOMAIN, content_dir);
  bind_textdomain_codeset (CONTENT_DOMAIN, "UTF-8");
  g_setenv ("LANGUAGE", language, TRUE);
  /* Rebinding tells the C library to drop the catalogues it has cached. */
  textdomain (GETTEXT_PACKAGE);
}

/* Letters outside every ⟦ ⟧ pair have escaped translation. Digits and
 * punctuation may stand alone: "3", "•", "›"; so may web addresses, which
 * are data (a source's address is the same in every language). A search
 * snippet that opens with "…" was cut out of a marked text, after its ⟦. */
static gboolean
is_translated (const char *text)
{
  int depth = g_str_has_prefix (text, "…") ? 1 : 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (depth == 0 && (g_str_has_prefix (p, "https://") || g_str_has_prefix (p, "http://")))
        {
          while (p[1] != '\0' && !g_ascii_isspace (p[1]))
            p++;
          continue;
        }
      if (c == OPEN_MARK)
        depth++;
      else if (c == CLOSE_MARK)
        depth = MAX (depth - 1, 0);
      else if (depth == 0 && g_unichar_isalpha (c))
        return FALSE;
    }
  return TRUE;
}

/* Past a marked lead such as "⟦⟦Brand names⟧: ⟧", or @text itself. */
static const char *
skip_marked_lead (const char *text)
{
  int depth = 0;

  if (g_utf8_get_char (text) != OPEN_MARK)
    return text;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == OPEN_MARK)
        depth++;
      else if (c == CLOSE_MARK && --depth == 0)
        return g_utf8_next_char (p);
    }
  return text;
}

static void
check_text (GPtrArray  *failures,
            GtkWidget  *widget,
            const char *what,
            const char *text)
{
  g_auto(GStrv) names = NULL;
  gboolean all_brands = TRUE;

  if (text == NULL || *text == '\0' || is_translated (text))
    return;
  /* The A–Z lists a medicine's brand names after a translated term. */
  names = g_strsplit (skip_marked_lead (text), ", ", -1);
  for (guint i = 0; names[i] != NULL; i++)
    all_brands &= g_hash_table_contains (brand_names, names[i]);
  if (all_brands)
    return;
  g_ptr_array_add (failures, g_strdup_printf ("%s %s: “%s”",
                                              G_OBJECT_TYPE_NAME (widget), what, text));
}

/* Every widget a person can see, every text it shows. Returns how many
 * texts were checked, so a walk that saw nothing cannot pass. */
static guint
walk (GtkWidget *widget,
      GPtrArray *failures)
{
  guint n = 0;

  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return 0;

  /* A menu item's shortcut, "Ctrl+P", is GTK's to translate. */
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_widget_get_css_name (widget), "accelerator"))
    return 0;
  if (GTK_IS_LABEL (widget))
    {
      check_text (failures, widget, "text", gtk_label_get_text (GTK_LABEL (widget)));
      n++;
    }
  if (GTK_IS_WINDOW (widget))
    {
      check_text (failures, widget, "title", gtk_window_get_title (GTK_WINDOW (widget)));
      n++;
    }
  if (GTK_IS_TEXT (widget) && gtk_editable_get_text (GTK_EDITABLE (widget))[0] == '\0')
    {
      check_text (failures, widget, "placeholder",
                  gtk_text_get_placeholder_text (GTK_TEXT (widget)));
      n++;
    }
  if (gtk_widget_get_has_tooltip (widget))
    {
      check_text (failures, widget, "tooltip", gtk_widget_get_tooltip_text (widget));
      n++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += walk (child, failures);
  return n;
}

static void
assert_all_translated (GtkWidget  *root,
                       const char *where)
{
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  guint n = walk (root, failures);

  g_test_message ("%s: %u texts checked", where, n);
  g_assert_cmpuint (n, >=, 3);
  for (guint i = 0; i < failures->len; i++)
    g_test_message ("%s: visible text without the markers: %s",
                    where, (char *) g_ptr_array_index (failures, i));
  g_assert_cmpuint (failures->len, ==, 0);
}

static LgWindow *
new_window (LgCorpus *corpus,
            int       width)
{
  LgWindow *window = lg_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
  lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  lg_test_iterate (300);
  return window;
}

static void
test_pseudo_every_widget (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = NULL;
  LgWindow *window;
  GtkWidget *menu_button;
  guint n_results;

  use_language ("xx", pseudo_dir, pseudo_dir);
  corpus = lg_corpus_get_default (&error);
  g_assert_no_error (error);
  /* The catalogue was found: the first topic's title wears the markers. */
  g_assert_true (g_str_has_prefix (lg_corpus_get_topic (corpus, 0)->title->plain, "⟦"));
  brand_names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < lg_corpus_get_n_medicines (corpus); i++)
    {
      const LgMedicine *medicine = lg_corpus_get_medicine (corpus, i);

      for (guint j = 0; medicine->brands != NULL && medicine->brands[j] != NULL; j++)
        g_hash_table_add (brand_names, medicine->brands[j]);
    }

  window = new_window (corpus, 1100);
  for (guint i = 0; i < lg_corpus_get_n_topics (corpus); i++)
    {
      const LgTopic *topic = lg_corpus_get_topic (corpus, i);
      g_autofree char *where = g_strdup_printf ("topic %s", topic->id);

      g_assert_true (lg_window_show_topic (window, topic->id, NULL));
      lg_test_iterate (150);
      assert_all_translated (GTK_WIDGET (window), where);
    }

  /* The search results, with their "topic › section" lines and snippets,
   * and the find bar they open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  n_results = lg_window_search (window, "chemotherapy");
  g_assert_cmpuint (n_results, >, 0);
  lg_test_iterate (200);
  assert_all_translated (GTK_WIDGET (window), "search results");
  g_assert_cmpuint (lg_window_open_result (window, "aml-intensive-chemo", NULL, "chemotherapy"), >, 0);
  lg_test_iterate (300);
  assert_all_translated (GTK_WIDGET (window), "a search result opened");

  /* Nothing found, said kindly. */
  g_assert_cmpuint (lg_window_search (window, "zzqqxx"), ==, 0);
  lg_test_iterate (200);
  assert_all_translated (GTK_WIDGET (window), "nothing found");
  lg_window_search (window, "");

  /* A glossary word's popover, with its button to the whole glossary. */
  {
    GtkWidget *view = GTK_WIDGET (lg_window_get_content_view (window));
    GtkWidget *label = lg_test_find_child (view, GTK_TYPE_LABEL);
    GtkWidget *popover;
    gboolean handled = FALSE;

    lg_window_show_topic (window, "relapse-basics", NULL);
    lg_test_iterate (200);
    label = lg_test_find_child (view, GTK_TYPE_LABEL);
    g_signal_emit_by_name (label, "activate-link", "glossary:remission", &handled);
    lg_test_iterate (200);
    g_assert_true (handled);
    popover = lg_test_find_child (view, GTK_TYPE_POPOVER);
    g_assert_nonnull (popover);
    assert_all_translated (popover, "glossary popover");
    gtk_popover_popdown (GTK_POPOVER (popover));
    lg_test_iterate (100);
  }

  /* The main menu, with its text size row. */
  menu_button = lg_test_find_child (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  lg_test_iterate (300);
  assert_all_translated (menu_button, "main menu");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

  /* The narrow layout shows other buttons. */
  gtk_window_destroy (GTK_WINDOW (window));
  window = new_window (corpus, 360);
  lg_window_show_topic (window, lg_corpus_get_topic (corpus, 1)->id, NULL);
  lg_test_iterate (300);
  assert_all_translated (GTK_WIDGET (window), "narrow window");

  /* The error page, for a guide that could not be read. */
  {
    /* The reason comes from the loader, which names files and JSON paths;
     * the page around it is what must be translated. */
    g_autoptr(GError) reason = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                    "⟦corpus.json: $.topics⟧");

    lg_window_show_error (window, reason);
  }
  g_clear_pointer (&brand_names, g_hash_table_unref);
  lg_test_iterate (100);
  assert_all_translated (GTK_WIDGET (window), "error page");
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  const char *language;
  const char *locale;       /* for dates in the language's words */
  const char *reviewed;     /* the topic's review date, in that locale */
  const char *app_name;
  const char *topic_id;
  const char *topic_title;  /* in the sidebar and the window title */
  const char *heading;      /* the topic's first section */
  const char *group;        /* the sidebar's first heading */
} Expected;

static const Expected expected[] = {
  { "fr", "fr_FR.UTF-8", "7 décembre 2026", "Guide de la leucémie", "relapse-basics",
    "Ce que signifient «\u00a0rechute\u00a0» et «\u00a0réfractaire\u00a0»",
    "Leucémie en rechute et leucémie réfractaire", "Comprendre la rechute" },
  { "en_GB", "en_GB.UTF-8", "7 December 2026", "Leukaemia Guide", "relapse-basics",
    "What relapse and refractory mean",
    "Relapse and refractory leukaemia", "Understanding relapse" },
  { "es", "es_ES.UTF-8", "7 de diciembre de 2026", "Guía de la leucemia", "relapse-basics",
    "Qué significan recaída y refractaria",
    "Leucemia en recaída y leucemia refractaria", "Entender la recaída" },
};

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
model_has_string (GtkWidget  *widget,
                  const char *text)
{
  return lg_test_find_widget (widget, is_label_with_text, text) != NULL;
}

static void
test_language (gconstpointer data)
{
  const Expected *e = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = NULL;
  g_autofree char *title = NULL;
  g_autofree char *shown = NULL;
  gboolean has_locale;
  LgWindow *window;

  use_language (e->language, po_dir, content_po_dir);
  has_locale = lg_test_use_locale (e->locale);
  corpus = lg_corpus_get_default (&error);
  g_assert_no_error (error);
  window = new_window (corpus, 1100);

  g_assert_true (lg_window_show_topic (window, e->topic_id, NULL));
  lg_test_iterate (300);
  title = g_strdup_printf ("%s – %s", e->topic_title, e->app_name);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  /* The sidebar: its first group heading and the topic's row. */
  g_assert_true (model_has_string (GTK_WIDGET (lg_window_get_topic_list (window)), e->group));
  g_assert_true (model_has_string (GTK_WIDGET (lg_window_get_topic_list (window)), e->topic_title));

  /* The page: its title and first heading. */
  shown = lg_content_view_get_text (lg_window_get_content_view (window));
  g_assert_true (g_str_has_prefix (shown, e->topic_title));
  if (strstr (shown, e->heading) == NULL)
    g_error ("“%s” is not on the page:\n%.600s", e->heading, shown);

  /* Dates in the locale's words: the C library's, through GDateTime. */
  if (has_locale)
    {
      if (strstr (shown, e->reviewed) == NULL)
        g_error ("The review date is not “%s” under %s:\n%.400s", e->reviewed, e->locale, shown);
    }
  else
    g_test_message ("%s could not be made: dates not checked", e->locale);

  {
    g_autofree char *name = g_strdup_printf ("screenshot-%s.png", e->language);

    lg_test_save_screenshot (GTK_WIDGET (window), name);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  if (setlocale (LC_ALL, "en_US.UTF-8") == NULL)
    setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  const char *build_root = g_getenv ("LG_BUILD_ROOT");
  int status;

  lg_test_gui_init (&argc, &argv);
  /* The C library ignores LANGUAGE under the C locale; newer ones under
   * C.UTF-8 too. A real locale makes the test mean the same everywhere. */
  if (setlocale (LC_ALL, "en_US.UTF-8") == NULL)
    setlocale (LC_ALL, "C.UTF-8");
  g_assert_nonnull (build_root);

  pseudo_dir = g_build_filename (build_root, "tests", "pseudo-locale", NULL);
  po_dir = g_build_filename (build_root, "po", NULL);
  content_po_dir = g_build_filename (build_root, "po", "content", NULL);

  g_test_add_func ("/l10n/pseudo/every-widget", test_pseudo_every_widget);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_strdup_printf ("/l10n/%s/window", expected[i].language);

      g_test_add_data_func (path, &expected[i], test_language);
    }

  status = g_test_run ();
  g_free (pseudo_dir);
  g_free (po_dir);
  g_free (content_po_dir);
  return status;
}
