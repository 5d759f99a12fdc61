/* test-translations.c: a bad translation of the guide's text is ignored
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A translation catalogue is data from outside, like the corpus. This
 * writes a small corpus and a .mo catalogue for it into a temporary build
 * folder, with one good translation and one of each bad kind: cut-off
 * UTF-8, control characters, blank text, megabytes of text, and links
 * that lead somewhere the English does not (another phone number, another
 * or a fuller email address, one link more). Through the command line
 * and in a window, each bad one must give way to the English with a
 * warning, and the good one must be used.
 *
 * Needs a display for the window part, which is skipped without one.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "lg-corpus.h"
#include "lg-test-gui.h"
#include "lg-test-locale.h"
#include "lg-window.h"

#define LANG "xx"

typedef struct
{
  const char *path;        /* the JSON path, after "t.json: " */
  const char *english;
  const char *translated;  /* NULL: made by the test (megabytes) */
  gboolean    good;
  const char *shown;       /* must be seen, in the window and with --show */
  const char *hidden;      /* must not be */
} Case;

/* The locale the test runs in, and gives the app it starts. */
static const char *test_locale = "C.UTF-8";

static const Case cases[] = {
  { "$.topics[0].sections[0].blocks[0].text", "A plain paragraph.",
    "Un párrafo traducido.", TRUE, "Un párrafo traducido.", "A plain paragraph." },
  { "$.groups[0].title", "Basics", "B\xc3\xa1sico\x1b]0;owned\x07", FALSE, NULL, "sico" },
  { "$.topics[0].title", "Hostile title", "T\xc3\xadtulo \xf0", FALSE, "Hostile title", "tulo" },
  { "$.topics[0].sections[0].title", "Part one", "Parte \xf0\x9f", FALSE, "Part one", "Parte" },
  { "$.topics[0].sections[0].blocks[1].text",
    "Call [0808 801 0444](tel:+448088010444) now.",
    "Llame al [0808 801 0444](tel:+449999999999) ya.", FALSE, "Call 0808 801 0444", "Llame" },
  { "$.topics[0].sections[0].blocks[2].text",
    "Call [0808 801 0444](tel:+448088010444) today.",
    "Llame al [0999 999 9999](tel:+448088010444) hoy.", FALSE, "today", "9999" },
  { "$.topics[0].sections[0].blocks[3].text",
    "Write to [us](mailto:help@example.org).",
    "Escriba a [nosotros](mailto:help@example.org?attach=/etc/passwd).", FALSE,
    "Write to us", "attach" },
  { "$.topics[0].sections[0].blocks[4].text",
    "Write to [them](mailto:help@example.org) please.",
    "Escriba a [ellos](mailto:other@example.org) por favor.", FALSE,
    "Write to them", "other@" },
  { "$.topics[0].sections[0].blocks[5].text",
    "Read [the web page](https://example.org/a).",
    "Lea [la página](https://example.org/a) y [otra](https://example.net/).", FALSE,
    "Read the web page", "example.net" },
  { "$.topics[0].sections[0].blocks[6].text", "A blank one.", "   ", FALSE, "A blank one.", NULL },
  { "$.topics[0].sections[0].blocks[7].text", "An escape one.", "Escapado \x1b[2J aqu\xc3\xad.", FALSE,
    "An escape one.", "Escapado" },
  { "$.topics[0].sections[0].blocks[8].text", "A C1 one.", "Uno \xc2\x9b" "31m C1.", FALSE,
    "A C1 one.", "Uno" },
  { "$.topics[0].sections[0].blocks[9].text", "A huge one.", NULL, FALSE,
    "A huge one.", "mucho texto" },
  /* Long in characters, not so long in bytes: 200 two-byte letters. */
  { "$.topics[0].sections[0].blocks[10].text", "A long one.", NULL, FALSE,
    "A long one.", "\xc3\xa9\xc3\xa9" },
};

#define HUGE_MIB 5

static char *tmp_dir, *corpus_path;

static char *
translation_of (const Case *c)
{
  GString *huge;

  if (c->translated != NULL)
    return g_strdup (c->translated);
  if (g_str_equal (c->english, "A long one."))
    {
      huge = g_string_new (NULL);
      for (guint i = 0; i < 200; i++)
        g_string_append (huge, "\xc3\xa9");
      return g_string_free (huge, FALSE);
    }
  huge = g_string_sized_new (HUGE_MIB * 1024 * 1024 + 16);
  while (huge->len < HUGE_MIB * 1024 * 1024)
    g_string_append (huge, "mucho texto ");
  g_string_append (huge, "fin.");
  return g_string_free (huge, FALSE);
}

/* ---- the corpus and its catalogue ---------------------------------------- */

static void
write_corpus (const char *path)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_string_append (json,
    "{\"groups\": [{\"id\": \"basics\", \"title\": \"Basics\"}],\n"
    " \"disclaimer\": \"A corpus built by test-translations.\",\n"
    " \"sources\": [{\"id\": \"src\", \"publisher\": \"Publisher\", \"title\": \"Page\",\n"
    "   \"url\": \"https://example.org/page\", \"date\": \"2025\", \"date_label\": \"reviewed\"}],\n"
    " \"topics\": [{\"id\": \"hostile\", \"title\": \"Hostile title\",\n"
    "   \"group\": \"basics\", \"summary\": \"A topic built by the test.\",\n"
    "   \"checked\": \"2026-01-01\", \"sources\": [\"src\"],\n"
    "   \"sections\": [{\"id\": \"part\", \"title\": \"Part one\", \"blocks\": [\n");
  for (guint i = 0, b = 0; i < G_N_ELEMENTS (cases); i++)
    if (strstr (cases[i].path, ".blocks[") != NULL)
      {
        g_autofree char *expected = g_strdup_printf ("blocks[%u]", b);

        g_assert_nonnull (strstr (cases[i].path, expected));
        g_string_append_printf (json, "%s     {\"type\": \"paragraph\", \"text\": \"%s\"}",
                                b++ ? ",\n" : "", cases[i].english);
      }
  g_string_append (json, "]}]}]}\n");
  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
}

typedef struct
{
  char  *key;    /* context \004 English, as gettext looks it up */
  char  *value;
} MoEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const MoEntry *) a)->key, ((const MoEntry *) b)->key);
}

static void
put_u32 (GByteArray *out,
         guint32     value)
{
  g_byte_array_append (out, (const guint8 *) &value, 4);
}

/* A GNU .mo file, written here rather than by msgfmt, which would refuse
 * the very translations under test: a header, the sorted originals'
 * table, the translations' table, then the strings. Without @with_cases,
 * only the header: GLib translates no domain when the app's own has no
 * catalogue for the language. */
static void
write_mo (const char *path,
          gboolean    with_cases)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (MoEntry));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  MoEntry header = { g_strdup (""), g_strdup ("Content-Type: text/plain; charset=UTF-8\n") };
  guint32 n, offset;

  g_array_append_val (entries, header);
  for (guint i = 0; with_cases && i < G_N_ELEMENTS (cases); i++)
    {
      MoEntry e = { g_strdup_printf ("t.json: %s\004%s", cases[i].path, cases[i].english),
                    translation_of (&cases[i]) };

      g_array_append_val (entries, e);
    }
  g_array_sort (entries, compare_entries);
  n = entries->len;

  put_u32 (out, 0x950412de);
  put_u32 (out, 0);
  put_u32 (out, n);
  put_u32 (out, 28);
  put_u32 (out, 28 + 8 * n);
  put_u32 (out, 0);
  put_u32 (out, 28 + 16 * n);
  offset = 28 + 16 * n;
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        MoEntry *e = &g_array_index (entries, MoEntry, i);
        const char *s = pass == 0 ? e->key : e->value;

        put_u32 (out, strlen (s));
        put_u32 (out, offset);
        offset += strlen (s) + 1;
      }
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        MoEntry *e = &g_array_index (entries, MoEntry, i);
        const char *s = pass == 0 ? e->key : e->value;

        g_byte_array_append (out, (const guint8 *) s, strlen (s) + 1);
      }
  for (guint i = 0; i < n; i++)
    {
      g_free (g_array_index (entries, MoEntry, i).key);
      g_free (g_array_index (entries, MoEntry, i).value);
    }

  g_file_set_contents (path, (const char *) out->data, out->len, &error);
  g_assert_no_error (error);
}

/* ---- checks --------------------------------------------------------------- */

static gboolean
has_control (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f))
        return TRUE;
    }
  return FALSE;
}

/* What the reader sees: the good translation, and English for the rest. */
static void
assert_shown (const char *shown)
{
  g_assert_true (g_utf8_validate (shown, -1, NULL));
  g_assert_false (has_control (shown));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      if (cases[i].shown != NULL && strstr (shown, cases[i].shown) == NULL)
        g_error ("“%s” not shown for %s in:\n%s", cases[i].shown, cases[i].path, shown);
      if (cases[i].hidden != NULL && strstr (shown, cases[i].hidden) != NULL)
        g_error ("“%s” shown for %s in:\n%s", cases[i].hidden, cases[i].path, shown);
    }
}

static char *
run_app (const char *arg1,
         const char *arg2,
         char      **err,
         int        *status)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_subprocess_launcher_setenv (launcher, "LEUKEMIA_GUIDE_BUILD_DIR", tmp_dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", LANG, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", test_locale, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("LG_BINARY"),
                                         "--corpus", corpus_path, arg1, arg2, NULL);
  g_assert_no_error (error);
  /* Not _utf8: the output is checked for bad UTF-8 itself. */
  {
    g_autoptr(GBytes) out_bytes = NULL, err_bytes = NULL;

    g_subprocess_communicate (process, NULL, NULL, &out_bytes, &err_bytes, &error);
    g_assert_no_error (error);
    out = g_strndup (g_bytes_get_size (out_bytes) ? g_bytes_get_data (out_bytes, NULL) : "",
                     g_bytes_get_size (out_bytes));
    *err = g_strndup (g_bytes_get_size (err_bytes) ? g_bytes_get_data (err_bytes, NULL) : "",
                      g_bytes_get_size (err_bytes));
  }
  g_assert_true (g_subprocess_get_if_exited (process));
  *status = g_subprocess_get_exit_status (process);
  return out;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

/* Each bad translation is named once in a warning. */
static void
assert_warned (const char *err)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *warning = g_strdup_printf ("Translation of “t.json: %s” ignored",
                                                  cases[i].path);

      g_assert_cmpuint (count (err, warning), ==, cases[i].good ? 0 : 1);
    }
}

static void
test_cli (void)
{
  g_autofree char *out = NULL, *err = NULL, *list = NULL, *list_err = NULL;
  g_autofree char *pdf = g_build_filename (tmp_dir, "out.pdf", NULL);
  int status;
  gint64 start = g_get_monotonic_time ();

  out = run_app ("--show", "hostile", &err, &status);
  g_test_message ("--show: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (status, ==, 0);
  assert_shown (out);
  assert_warned (err);
  /* The warnings themselves carry no control character to the terminal. */
  g_assert_false (has_control (err));

  list = run_app ("--list-topics", NULL, &list_err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (list, ==, "hostile\tbasics\tHostile title\n");

  /* The PDF is made in its usual time: the megabytes are not laid out. */
  start = g_get_monotonic_time ();
  {
    g_autoptr(GSubprocessLauncher) launcher =
      g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE);
    g_autoptr(GSubprocess) process = NULL;
    g_autoptr(GError) error = NULL;

    g_subprocess_launcher_setenv (launcher, "LEUKEMIA_GUIDE_BUILD_DIR", tmp_dir, TRUE);
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", LANG, TRUE);
    g_subprocess_launcher_setenv (launcher, "LC_ALL", test_locale, TRUE);
    process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("LG_BINARY"),
                                           "--corpus", corpus_path, "--export-pdf", "hostile",
                                           pdf, NULL);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_wait_check (process, NULL, &error));
    g_assert_no_error (error);
  }
  g_test_message ("--export-pdf: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  g_unlink (pdf);
}

static guint n_warnings;
static GString *warnings;

static void
on_corpus_warning (const char     *domain,
                   GLogLevelFlags  level,
                   const char     *message,
                   gpointer        user_data)
{
  n_warnings++;
  g_string_append_printf (warnings, "%s\n", message);
}

static void
test_window (void)
{
  g_autofree char *content_dir = g_build_filename (tmp_dir, "po", "content", NULL);
  g_autofree char *ui_dir = g_build_filename (tmp_dir, "po", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = NULL;
  g_autofree char *shown = NULL;
  LgWindow *window;
  guint handler;

  if (gdk_display_get_default () == NULL)
    {
      g_test_skip ("no display");
      return;
    }

  bindtextdomain (GETTEXT_PACKAGE, ui_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  bindtextdomain (CONTENT_DOMAIN, content_dir);
  bind_textdomain_codeset (CONTENT_DOMAIN, "UTF-8");
  g_setenv ("LANGUAGE", LANG, TRUE);
  lg_test_use_real_locale ();

  warnings = g_string_new (NULL);
  handler = g_log_set_handler ("lg-corpus", G_LOG_LEVEL_WARNING, on_corpus_warning, NULL);
  corpus = lg_corpus_new_from_path (corpus_path, &error);
  g_log_remove_handler ("lg-corpus", handler);
  g_assert_no_error (error);
  assert_warned (warnings->str);
  g_assert_cmpuint (n_warnings, ==, G_N_ELEMENTS (cases) - 1);
  g_assert_cmpstr (lg_corpus_get_group (corpus, 0)->title, ==, "Basics");

  window = lg_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  lg_window_set_corpus (window, corpus);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lg_window_show_topic (window, "hostile", NULL));
  lg_test_iterate (200);
  shown = lg_content_view_get_text (lg_window_get_content_view (window));
  assert_shown (shown);
  gtk_window_destroy (GTK_WINDOW (window));
  g_string_free (warnings, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *mo_dir = NULL, *mo = NULL, *corpus_dir = NULL;
  g_autofree char *ui_mo_dir = NULL, *ui_mo = NULL;
  int status;

  lg_test_gui_init (&argc, &argv);
  test_locale = lg_test_use_real_locale ();

  tmp_dir = g_dir_make_tmp ("lg-translations-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  mo_dir = g_build_filename (tmp_dir, "po", "content", LANG, "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0755), ==, 0);
  mo = g_build_filename (mo_dir, CONTENT_DOMAIN ".mo", NULL);
  write_mo (mo, TRUE);
  ui_mo_dir = g_build_filename (tmp_dir, "po", LANG, "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (ui_mo_dir, 0755), ==, 0);
  ui_mo = g_build_filename (ui_mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  write_mo (ui_mo, FALSE);
  corpus_dir = g_build_filename (tmp_dir, "corpus", NULL);
  g_assert_cmpint (g_mkdir (corpus_dir, 0755), ==, 0);
  corpus_path = g_build_filename (corpus_dir, "t.json", NULL);
  write_corpus (corpus_path);

  g_test_add_func ("/translations/cli", test_cli);
  g_test_add_func ("/translations/window", test_window);
  status = g_test_run ();

  g_unlink (corpus_path);
  g_rmdir (corpus_dir);
  g_unlink (mo);
  g_unlink (ui_mo);
  g_rmdir (ui_mo_dir);
  g_free (g_steal_pointer (&ui_mo_dir));
  ui_mo_dir = g_build_filename (tmp_dir, "po", LANG, NULL);
  g_rmdir (ui_mo_dir);
  /* po/content/xx/LC_MESSAGES, then each folder above it. */
  for (guint i = 0; i < 4; i++)
    {
      char *parent = g_path_get_dirname (mo_dir);

      g_rmdir (mo_dir);
      g_free (mo_dir);
      mo_dir = parent;
    }
  g_rmdir (tmp_dir);
  return status;
}
