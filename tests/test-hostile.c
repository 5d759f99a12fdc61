/* test-hostile.c: hostile corpora, and the fuzzer's findings, never hurt
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case of the table builds a corpus file (the big ones are made here,
 * not committed), loads it through the library and through
 * `leukemia-guide --corpus FILE`, and expects either a clear error (exit
 * status 2, a message that names the file) or a guide that shows the text
 * literally: never a crash, a hang or a slow load. The files in
 * tests/data/fuzz-regressions/ go through the same checks: their names say
 * what to expect (error-… or ok-…).
 *
 * Time limits are generous (5 s a load, times LG_TEST_TIME_FACTOR under
 * Valgrind) so a busy machine does not fail the suite; the real figures
 * are printed as test messages.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lg-corpus.h"
#include "lg-document.h"
#include "lg-document-text.h"
#include "lg-markup.h"
#include "lg-test-words.h"

#define MIB (1024 * 1024)

typedef enum
{
  EXPECT_ERROR,
  EXPECT_OK,
} Expect;

typedef struct
{
  const char *name;
  GBytes *(*build) (const char *arg);
  const char *arg;
  Expect expect;
  /* EXPECT_OK: text the paragraph must hold exactly as written (NULL: do
   * not compare), and words `--show` must print as they are */
  const char *literal;
  const char *shown[4];
} HostileCase;

static double slowest_library_ms, slowest_cli_ms;
static const char *slowest_library_case, *slowest_cli_case;

/* ---- building corpora ---------------------------------------------------- */

static char *
json_string (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 2);

  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/* A small valid corpus; each argument is raw JSON put in its place. */
static GBytes *
corpus (const char *title,
        const char *text,
        const char *url,
        const char *extra_block)
{
  char *json = g_strconcat (
    "{\"groups\": [{\"id\": \"basics\", \"title\": \"Basics\"}],\n"
    " \"disclaimer\": \"A corpus built by test-hostile.\",\n"
    " \"sources\": [{\"id\": \"src\", \"publisher\": \"Publisher\", \"title\": \"Page\",\n"
    "   \"url\": ", url ? url : "\"https://example.org/page\"", ", \"date\": \"2025\", "
    "\"date_label\": \"reviewed\"}],\n"
    " \"topics\": [{\"id\": \"hostile\", \"title\": ", title ? title : "\"Hostile\"", ",\n"
    "   \"group\": \"basics\", \"summary\": \"A topic built by the test.\",\n"
    "   \"checked\": \"2026-01-01\", \"sources\": [\"src\"],\n"
    "   \"sections\": [{\"id\": \"part\", \"title\": \"Part\", \"blocks\": [\n"
    "     {\"type\": \"paragraph\", \"text\": ", text ? text : "\"Plain text.\"", "}",
    extra_block ? ",\n     " : "", extra_block ? extra_block : "", "]}]}]}\n", NULL);

  return g_bytes_new_take (json, strlen (json));
}

static GBytes *
with_text (const char *text)
{
  g_autofree char *quoted = json_string (text);

  return corpus (NULL, quoted, NULL, NULL);
}

static GBytes *
with_raw_text (const char *raw)
{
  return corpus (NULL, raw, NULL, NULL);
}

static GBytes *
with_title (const char *title)
{
  g_autofree char *quoted = json_string (title);

  return corpus (quoted, NULL, NULL, NULL);
}

static GBytes *
with_url (const char *url)
{
  g_autofree char *quoted = json_string (url);

  return corpus (NULL, NULL, quoted, NULL);
}

static GBytes *
with_block (const char *block)
{
  return corpus (NULL, NULL, NULL, block);
}

/* Replaces the first "@" of the skeleton paragraph with raw bytes. */
static GBytes *
with_bytes (const char *bytes)
{
  g_autoptr(GBytes) base = with_text ("before @ after");
  gsize len;
  const char *data = g_bytes_get_data (base, &len);
  const char *at = memchr (data, '@', len);
  GByteArray *out = g_byte_array_new ();

  g_byte_array_append (out, (const guint8 *) data, at - data);
  /* The argument is NUL-terminated; a lone "\x01" stands for a NUL byte. */
  if (g_str_equal (bytes, "\x01"))
    g_byte_array_append (out, (const guint8 *) "", 1);
  else
    g_byte_array_append (out, (const guint8 *) bytes, strlen (bytes));
  g_byte_array_append (out, (const guint8 *) at + 1, len - (at + 1 - data));
  return g_byte_array_free_to_bytes (out);
}

static GBytes *
deep_arrays (const char *arg)
{
  guint depth = atoi (arg);
  GString *json = g_string_new ("{\"groups\": ");

  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, ']');
  g_string_append (json, "}");
  return g_string_free_to_bytes (json);
}

static GBytes *
deep_objects (const char *arg)
{
  guint depth = atoi (arg);
  GString *json = g_string_new ("{\"groups\": [");

  for (guint i = 0; i < depth; i++)
    g_string_append (json, "{\"id\": ");
  g_string_append (json, "\"x\"");
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '}');
  g_string_append (json, "]}");
  return g_string_free_to_bytes (json);
}

/* Words of text, about @chars characters, ending with a full stop. */
static char *
words_of (gsize chars)
{
  GString *text = g_string_sized_new (chars + 16);

  while (text->len + strlen ("leukaemia ") < chars)
    g_string_append (text, "leukaemia ");
  g_string_append (text, "end.");
  return g_string_free (text, FALSE);
}

/* @arg: "words", "word" or "paragraphs": 10 MiB of text, as one
 * paragraph of words or as one word; or 4 MiB in paragraphs of 16 000
 * characters (a page of it takes --show seconds to wrap) */
static GBytes *
ten_mib_text (const char *arg)
{
  g_autoptr(GString) text = g_string_sized_new (10 * MIB + 16);

  if (g_str_equal (arg, "paragraphs"))
    {
      g_autofree char *words = words_of (16000);
      g_autofree char *quoted = json_string (words);
      g_autofree char *block = g_strdup_printf ("{\"type\": \"paragraph\", \"text\": %s}", quoted);

      while (text->len < 4 * MIB)
        g_string_append_printf (text, "%s%s", text->len ? ",\n" : "", block);
      return corpus (NULL, quoted, NULL, text->str);
    }
  while (text->len < 10 * MIB)
    g_string_append (text, g_str_equal (arg, "words") ? "leukaemia " : "leukaemia");
  g_strchomp (text->str);
  return with_text (text->str);
}

/* One paragraph of exactly @arg characters, of words. */
static GBytes *
long_paragraph (const char *arg)
{
  gsize chars = atoi (arg);
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len + strlen ("leukaemia ") < chars)
    g_string_append (text, "leukaemia ");
  while (text->len < chars - 1)
    g_string_append_c (text, 'x');
  g_string_append_c (text, '.');
  g_assert_cmpuint (text->len, ==, chars);
  return with_text (text->str);
}

/* A 10 MiB member name, where only known names are allowed. */
static GBytes *
ten_mib_key (const char *arg)
{
  g_autoptr(GString) key = g_string_sized_new (10 * MIB + 16);
  g_autofree char *block = NULL;

  while (key->len < 10 * MIB)
    g_string_append (key, "k");
  block = g_strdup_printf ("{\"type\": \"paragraph\", \"text\": \"x\", \"%s\": 1}", key->str);
  return with_block (block);
}

/* 100 000 bullets in one list. */
static GBytes *
many_items (const char *arg)
{
  g_autoptr(GString) block = g_string_new ("{\"type\": \"bullets\", \"items\": [");

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (block, "%s\"Item %u\"", i ? ", " : "", i);
  /* Two characters, not g_string_append (): newer GCCs see a possible
   * NULL in GLib's inline fast path and warn. */
  g_string_append_c (block, ']');
  g_string_append_c (block, '}');
  return with_block (block->str);
}

/* 100 medicines and 3 MiB of text: finding which topics name which
 * medicine must not take medicines × text.
 */
static GBytes *
many_medicines (const char *arg)
{
  g_autoptr(GString) blocks = g_string_sized_new (3 * MIB + 64);
  g_autoptr(GString) medicines = g_string_new ("\"medicines\": [");
  g_autoptr(GBytes) base = NULL;
  g_autofree char *words = words_of (16000);
  g_autofree char *quoted = json_string (words);
  g_autofree char *last = NULL;
  g_auto(GStrv) halves = NULL;
  char *json;

  /* In paragraphs: one string may hold 16 384 characters. */
  while (blocks->len < 3 * MIB)
    g_string_append_printf (blocks, "{\"type\": \"paragraph\", \"text\": %s},\n", quoted);
  g_string_append (blocks, "{\"type\": \"paragraph\", \"text\": \"And drug99.\"}");
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (medicines,
                            "%s{\"id\": \"drug%u\", \"name\": \"drug%u\", \"brands\": [\"Brand%u\"], "
                            "\"class\": \"test\", \"route\": \"by mouth\", \"leukaemias\": [\"aml\"], "
                            "\"use\": \"Test.\", \"sources\": [\"src\"]}",
                            i ? ", " : "", i, i, i);
  g_string_append (medicines, "],\n \"topics\": [");

  base = corpus (NULL, quoted, NULL, blocks->str);
  halves = g_strsplit (g_bytes_get_data (base, NULL), "\"topics\": [", 2);
  json = g_strconcat (halves[0], medicines->str, halves[1], NULL);
  return g_bytes_new_take (json, strlen (json));
}

/* The skeleton with a glossary term, "term1", and a medicine, "drug1",
 * and @text as its paragraph. */
static GBytes *
with_reference (const char *text)
{
  g_autofree char *quoted = json_string (text);
  g_autoptr(GBytes) base = corpus (NULL, quoted, NULL, NULL);
  g_auto(GStrv) halves = g_strsplit (g_bytes_get_data (base, NULL), "\"topics\": [", 2);
  char *json = g_strconcat (
    halves[0],
    "\"glossary\": [{\"id\": \"term1\", \"term\": \"termone\", "
    "\"definition\": \"A term.\"}],\n"
    " \"medicines\": [{\"id\": \"drug1\", \"name\": \"drugone\", \"brands\": [\"Brandone\"], "
    "\"class\": \"test\", \"route\": \"by mouth\", \"leukaemias\": [\"aml\"], "
    "\"use\": \"Test.\", \"sources\": [\"src\"]}],\n"
    " \"topics\": [", halves[1], NULL);

  return g_bytes_new_take (json, strlen (json));
}

static const HostileCase cases[] = {
  /* structure */
  { "deep-arrays", deep_arrays, "100000", EXPECT_ERROR },
  { "deep-objects", deep_objects, "100000", EXPECT_ERROR },
  { "nesting-65", deep_arrays, "65", EXPECT_ERROR },
  { "two-top-level-values", with_raw_text, "\"x\"}]}]}]} {\"more\": [1]", EXPECT_ERROR },
  { "duplicate-key", with_raw_text, "\"First text.\", \"text\": \"Second text.\"", EXPECT_ERROR },
  { "duplicate-block-type", with_block, "{\"type\": \"paragraph\", \"type\": \"bullets\", \"text\": \"x\"}",
    EXPECT_ERROR },
  { "many-items", many_items, NULL, EXPECT_OK, NULL, { "Item 99999" } },
  /* size */
  { "four-mib-of-paragraphs", ten_mib_text, "paragraphs", EXPECT_OK, NULL, { "leukaemia" } },
  /* One string may hold 16 384 characters: Pango lays a paragraph of some
   * 300 000 out as one line, and a PDF kept 23 of its 45 827 words. */
  { "ten-mib-paragraph", ten_mib_text, "words", EXPECT_ERROR },
  { "ten-mib-word", ten_mib_text, "word", EXPECT_ERROR },
  { "longest-paragraph", long_paragraph, "16384", EXPECT_OK, NULL, { "leukaemia" } },
  { "paragraph-over-the-limit", long_paragraph, "16385", EXPECT_ERROR },
  { "ten-mib-key", ten_mib_key, NULL, EXPECT_ERROR },
  { "many-medicines", many_medicines, NULL, EXPECT_OK, NULL, { "drug99" } },
  /* encoding */
  { "invalid-utf8", with_bytes, "\xff\xfe", EXPECT_ERROR },
  { "overlong-utf8", with_bytes, "\xc0\xaf", EXPECT_ERROR },
  { "utf16-surrogate-in-utf8", with_bytes, "\xed\xa0\x80", EXPECT_ERROR },
  { "nul-byte", with_bytes, "\x01", EXPECT_ERROR },
  { "nul-escape", with_bytes, "\\u0000", EXPECT_ERROR },
  { "lone-surrogate-escape", with_bytes, "\\ud800", EXPECT_ERROR },
  { "bad-surrogate-pair", with_bytes, "\\ud800\\u0041", EXPECT_ERROR },
  { "short-unicode-escape", with_bytes, "\\u12", EXPECT_ERROR },
  { "control-character", with_bytes, "\x01\x02", EXPECT_ERROR },
  { "escaped-line-break", with_bytes, "\\n", EXPECT_ERROR },
  { "escaped-escape", with_bytes, "\\u001b[2J", EXPECT_ERROR },
  { "delete-character", with_bytes, "\x7f", EXPECT_ERROR },
  { "c1-control", with_bytes, "\xc2\x9b" "31m", EXPECT_ERROR },
  { "surrogate-pair", with_bytes, "\\ud83d\\ude00", EXPECT_OK, "before \xf0\x9f\x98\x80 after" },
  /* numbers where text belongs */
  { "huge-exponent", with_raw_text, "1e999999", EXPECT_ERROR },
  { "huge-integer", with_raw_text, "123456789012345678901234567890123456789", EXPECT_ERROR },
  { "negative-zero", with_raw_text, "-0.0", EXPECT_ERROR },
  /* links */
  { "javascript-link", with_text, "[click](javascript:alert(1))", EXPECT_ERROR },
  { "javascript-link-upper-case", with_text, "[click](JAVASCRIPT:alert(1))", EXPECT_ERROR },
  { "file-link", with_text, "[passwords](file:///etc/passwd)", EXPECT_ERROR },
  { "data-link", with_text, "[page](data:text/html,hello)", EXPECT_ERROR },
  { "http-link", with_text, "[page](http://example.org/)", EXPECT_ERROR },
  { "scheme-relative-link", with_text, "[page](//example.org/)", EXPECT_ERROR },
  { "link-with-quote", with_text, "[page](https://example.org/\"onclick=\"x)", EXPECT_ERROR },
  { "link-with-space", with_text, "[page](https://example.org/ x)", EXPECT_ERROR },
  { "phone-text-not-number", with_text, "[0999 999 9999](tel:+448088010444)", EXPECT_ERROR },
  { "phone-text-words", with_text, "[call us](tel:+448088010444)", EXPECT_ERROR },
  { "phone-national-form", with_text, "Call [0808 801 0444](tel:+448088010444).", EXPECT_OK,
    "Call 0808 801 0444." },
  { "mailto-attach", with_text, "[mail](mailto:a@example.org?attach=/etc/passwd)", EXPECT_ERROR },
  { "mailto-body", with_text, "[mail](mailto:a@example.org?body=Send%20money)", EXPECT_ERROR },
  { "mailto-two-addresses", with_text, "[mail](mailto:a@example.org,b@example.org)",
    EXPECT_ERROR },
  { "mailto-encoded-query", with_text, "[mail](mailto:a@example.org%3Fattach=x)", EXPECT_ERROR },
  { "mailto-no-domain", with_text, "[mail](mailto:a@localhost)", EXPECT_ERROR },
  { "mailto-plain", with_text, "[mail us](mailto:first.last-name+x@mail.example.org)", EXPECT_OK,
    "mail us" },
  { "glossary-link-without-glossary", with_text, "[x](topic:glossary)", EXPECT_ERROR },
  { "glossary-section-missing", with_reference, "[x](topic:glossary#nosuch)", EXPECT_ERROR },
  { "medicines-section-missing", with_reference, "[x](topic:medicines#x)", EXPECT_ERROR },
  { "glossary-section", with_reference, "[x](topic:glossary#term1) and [y](topic:medicines#drug1)",
    EXPECT_OK, "x and y" },
  { "javascript-source-url", with_url, "javascript:alert(1)", EXPECT_ERROR },
  { "file-source-url", with_url, "file:///etc/passwd", EXPECT_ERROR },
  /* markup-looking text is only text */
  { "pango-markup", with_text,
    "<span foreground=\"red\">red</span> <b>bold</b> &amp; &lt; <a href=\"javascript:x\">link</a>",
    EXPECT_OK,
    "<span foreground=\"red\">red</span> <b>bold</b> &amp; &lt; <a href=\"javascript:x\">link</a>",
    { "<b>bold</b>", "&amp;", "&lt;", "href=\"javascript:x\">link</a>" } },
  { "markup-in-link-text", with_text, "[<i>page</i> & more](https://example.org/)", EXPECT_OK,
    "<i>page</i> & more", { "<i>page</i>" } },
  { "markup-in-title", with_title, "<b>Bold</b> & <script>alert(1)</script>", EXPECT_OK, NULL,
    { "<b>Bold</b>", "<script>alert(1)</script>" } },
  { "entity-looking-text", with_text, "&#x3C;b&#x3E; and &nbsp;", EXPECT_OK,
    "&#x3C;b&#x3E; and &nbsp;", { "&#x3C;b&#x3E;", "&nbsp;" } },
  { "bidi-override", with_text, "a \xe2\x80\xae reversed \xe2\x80\xac b", EXPECT_OK,
    "a \xe2\x80\xae reversed \xe2\x80\xac b" },
};

/* ---- checking ------------------------------------------------------------ */

static double
time_limit_ms (void)
{
  const char *factor = g_getenv ("LG_TEST_TIME_FACTOR");

  return 5000.0 * (factor ? g_ascii_strtod (factor, NULL) : 1.0);
}

static void
note_time (const char *name,
           double      library_ms,
           double      cli_ms)
{
  g_test_message ("%s: library %.1f ms, --corpus %.1f ms", name, library_ms, cli_ms);
  if (library_ms > slowest_library_ms)
    {
      slowest_library_ms = library_ms;
      slowest_library_case = name;
    }
  if (cli_ms > slowest_cli_ms)
    {
      slowest_cli_ms = cli_ms;
      slowest_cli_case = name;
    }
  g_assert_cmpfloat (library_ms, <, time_limit_ms ());
  g_assert_cmpfloat (cli_ms, <, time_limit_ms ());
}

static int
run_cli (const char  *file,
         const char  *mode,
         const char  *arg,
         char       **out,
         char       **err)
{
  const char *argv[] = { g_getenv ("LG_BINARY"), "--corpus", file, mode, arg, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &wait_status, &error);
  g_assert_no_error (error);
  /* A signal (a crash) is never an answer. */
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

/* The text of a topic, as the window gives it to GtkLabel, must read back
 * as the text as written: only the <b>, <i> and <a href> the parser made
 * (a link's class and title are the app's own, and a glossary word's
 * dotted underline), nothing taken from the corpus as markup. GtkLabel
 * reads <a> itself, with GMarkup, before Pango sees the rest; this reads
 * it all with GMarkup.
 */
static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  g_assert_true (g_str_equal (element, "markup") || g_str_equal (element, "b") ||
                 g_str_equal (element, "i") || g_str_equal (element, "a") ||
                 g_str_equal (element, "span"));
  if (g_str_equal (element, "a"))
    {
      gboolean term = g_str_has_prefix (values[0], "glossary:");

      g_assert_cmpstr (names[0], ==, "href");
      g_assert_true (lg_link_scheme_allowed (values[0]) ||
                     g_str_has_prefix (values[0], "topic:") || term ||
                     g_str_has_prefix (values[0], "medicine:"));
      g_assert_cmpstr (names[1], ==, "class");
      g_assert_cmpstr (values[1], ==, term ? "lg-term-link" : "lg-nav-link");
      g_assert_cmpstr (names[2], ==, "title");
      g_assert_cmpstr (values[2], ==, term ? "Shows what this word means" : "Opens another page");
      g_assert_null (names[3]);
    }
  else if (g_str_equal (element, "span"))
    {
      g_assert_cmpstr (names[0], ==, "underline");
      g_assert_cmpstr (values[0], ==, "error");
      g_assert_null (names[1]);
    }
  else
    g_assert_null (names[0]);
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 len,
         gpointer              user_data,
         GError              **error)
{
  g_string_append_len (user_data, text, len);
}

static void
check_markup_is_literal (const LgInline *inl)
{
  static const GMarkupParser parser = { on_start_element, NULL, on_text, NULL, NULL };
  g_autofree char *markup = lg_inline_to_markup (inl);
  g_autofree char *document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, text, NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, document, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text->str, ==, inl->plain);
}

/* ---- every accepted case, printed and on screen ---------------------------- */

/* Cases larger than this are not printed or shown here: a PDF of them
 * takes longer than a test may. Their loading is checked all the same. */
#define MAX_RENDERED_BYTES (64 * 1024)


static gboolean
has_bidi_control (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        return TRUE;
    }
  return FALSE;
}

static void
check_pdf (const char    *path,
           const LgTopic *topic)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = g_dir_make_tmp ("lg-hostile-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "hostile.pdf", NULL);
  const char *export[] = { g_getenv ("LG_BINARY"), "--corpus", path, "--export-pdf", "hostile",
                           pdf, NULL };
  const char *to_text[] = { pdftotext, "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  if (pdftotext == NULL)
    {
      g_test_message ("no pdftotext: the PDF's words are not checked");
      g_rmdir (dir);
      return;
    }
  g_spawn_sync (NULL, (char **) export, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  g_spawn_sync (NULL, (char **) to_text, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &text, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);

  lg_test_assert_words_survive (topic->title->plain, text, "the PDF");
  for (guint s = 0; s < topic->n_sections; s++)
    for (guint b = 0; b < topic->sections[s]->n_blocks; b++)
      for (guint i = 0; i < topic->sections[s]->blocks[b]->n_items; i++)
        lg_test_assert_words_survive (topic->sections[s]->blocks[b]->items[i]->plain, text, "the PDF");
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The window part runs in a helper of its own (tests/hostile-window.c),
 * so that this test needs no GTK: it shows each topic and checks its
 * words and lines there, if there is a display. Starting GTK costs more
 * than showing a topic (several seconds a start under the sanitizers),
 * so every accepted case is kept (a copy of its file and its topic) and
 * the helper shows them all in one run, the last test of all. */
static char *window_dir;
static GPtrArray *window_args;

static void
check_window (const char    *path,
              const LgTopic *topic)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  char *copy;
  gsize len;

  if (window_dir == NULL)
    {
      window_dir = g_dir_make_tmp ("lg-hostile-window-XXXXXX", &error);
      g_assert_no_error (error);
      window_args = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (window_args, g_strdup (g_getenv ("LG_HOSTILE_WINDOW")));
    }
  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  name = g_strdup_printf ("%u.json", window_args->len / 2);
  copy = g_build_filename (window_dir, name, NULL);
  g_file_set_contents (copy, contents, len, &error);
  g_assert_no_error (error);
  g_ptr_array_add (window_args, copy);
  g_ptr_array_add (window_args, g_strdup (topic->id));
}

static void
test_windows (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int wait_status;

  g_assert_nonnull (g_getenv ("LG_HOSTILE_WINDOW"));
  if (window_args == NULL)
    {
      g_test_skip ("no case was accepted");
      return;
    }
  g_ptr_array_add (window_args, NULL);
  g_spawn_sync (NULL, (char **) window_args->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &wait_status, &error);
  g_assert_no_error (error);
  for (guint i = 1; i + 1 < window_args->len; i += 2)
    g_unlink (g_ptr_array_index (window_args, i));
  g_rmdir (window_dir);
  g_test_message ("%u cases shown in one window run", (window_args->len - 2) / 2);
  if (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 77)
    {
      g_test_skip ("no display: the windows are not checked");
      return;
    }
  if (!WIFEXITED (wait_status) || WEXITSTATUS (wait_status) != 0)
    g_error ("the window check failed: %s", err);
}

static void
check_rendered (const char    *path,
                const LgTopic *topic)
{
  GStatBuf st;
  gint64 start = g_get_monotonic_time ();

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  if (st.st_size > MAX_RENDERED_BYTES)
    {
      g_test_message ("%" G_GINT64_FORMAT " bytes: not printed or shown here",
                      (gint64) st.st_size);
      return;
    }
  /* Text in a right-to-left override reads back from the PDF reversed. */
  if (has_bidi_control (topic->sections[0]->blocks[0]->items[0]->plain))
    g_test_message ("bidirectional overrides: the PDF's words are not compared");
  else
    check_pdf (path, topic);
  check_window (path, topic);
  g_test_message ("printed and shown in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
}

static void
check_file (const char   *path,
            const char   *name,
            Expect        expect,
            const char   *literal,
            const char * const *shown)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = NULL;
  g_autofree char *out = NULL, *err = NULL, *base = g_path_get_basename (path);
  gint64 start;
  double library_ms, cli_ms;
  int status;

  start = g_get_monotonic_time ();
  corpus = lg_corpus_new_from_path (path, &error);
  library_ms = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  status = run_cli (path, "--list-topics", NULL, &out, &err);
  cli_ms = (g_get_monotonic_time () - start) / 1000.0;

  if (expect == EXPECT_ERROR)
    {
      g_assert_null (corpus);
      g_assert_error (error, LG_CORPUS_ERROR, error->code);
      g_test_message ("%s: %.200s", name, error->message);
      /* A clear error: it names the file, says what is wrong, and is short. */
      g_assert_true (g_str_has_prefix (error->message, base));
      g_assert_cmpuint (strlen (error->message), <, 1024);
      g_assert_cmpint (status, ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, base));
      g_assert_cmpuint (strlen (err), <, 2048);
    }
  else
    {
      const LgTopic *topic;
      const LgInline *text;
      g_autoptr(LgDocument) doc = NULL;
      g_autofree char *rendered = NULL;
      g_autofree char *show_out = NULL, *show_err = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (corpus);
      g_assert_cmpint (status, ==, 0);

      topic = lg_corpus_find_topic (corpus, "hostile");
      g_assert_nonnull (topic);
      text = topic->sections[0]->blocks[0]->items[0];
      if (literal != NULL)
        g_assert_cmpstr (text->plain, ==, literal);
      check_markup_is_literal (text);
      check_markup_is_literal (topic->title);
      for (guint b = 0; b < topic->sections[0]->n_blocks; b++)
        for (guint i = 0; i < topic->sections[0]->blocks[b]->n_items && i < 10; i++)
          check_markup_is_literal (topic->sections[0]->blocks[b]->items[i]);

      start = g_get_monotonic_time ();
      doc = lg_document_new (corpus, topic, NULL);
      rendered = lg_document_to_text (doc, 76);
      library_ms += (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      status = run_cli (path, "--show", "hostile", &show_out, &show_err);
      cli_ms = MAX (cli_ms, (g_get_monotonic_time () - start) / 1000.0);
      g_assert_cmpint (status, ==, 0);

      for (guint i = 0; shown && i < 4 && shown[i]; i++)
        {
          g_assert_nonnull (strstr (rendered, shown[i]));
          g_assert_nonnull (strstr (show_out, shown[i]));
        }
      check_rendered (path, topic);
    }

  note_time (name, library_ms, cli_ms);
}

static void
test_hostile (gconstpointer data)
{
  const HostileCase *c = data;
  g_autoptr(GBytes) bytes = c->build (c->arg);
  g_autofree char *dir = g_dir_make_tmp ("lg-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.json", NULL);
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *contents = g_bytes_get_data (bytes, &len);

  g_assert_nonnull (dir);
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);

  check_file (path, c->name, c->expect, c->literal, c->shown);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_fuzz_regression (gconstpointer data)
{
  const char *path = data;
  g_autofree char *name = g_path_get_basename (path);
  Expect expect = g_str_has_prefix (name, "ok-") ? EXPECT_OK : EXPECT_ERROR;

  g_assert_true (g_str_has_prefix (name, "ok-") || g_str_has_prefix (name, "error-"));
  check_file (path, name, expect, NULL, NULL);
}

/* ---- what --corpus may point at ------------------------------------------ */

static void
limit_memory (gpointer user_data)
{
#ifndef __SANITIZE_ADDRESS__
  /* 1 GiB of address space: reading 2 GiB before failing cannot fit.
   * (AddressSanitizer reserves terabytes of address space up front.) */
  struct rlimit limit = { (rlim_t) 1 << 30, (rlim_t) 1 << 30 };

  setrlimit (RLIMIT_AS, &limit);
#endif
}

/* Not a corpus file: a FIFO, a device, a file too large. The library and
 * --corpus both refuse it at once, naming it, within 1 s and (the CLI)
 * within 1 GiB. */
static void
check_refused_source (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *argv[] = { g_getenv ("LG_BINARY"), "--corpus", path, "--list-topics", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LgCorpus) corpus = NULL;
  g_autofree char *out = NULL, *err = NULL;
  double limit = time_limit_ms () / 5;
  double library_ms, cli_ms;
  int wait_status;
  gint64 start;

  start = g_get_monotonic_time ();
  corpus = lg_corpus_new_from_path (path, &error);
  library_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_null (corpus);
  g_assert_error (error, LG_CORPUS_ERROR, LG_CORPUS_ERROR_IO);
  g_assert_nonnull (strstr (error->message, base));
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  start = g_get_monotonic_time ();
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, limit_memory, NULL,
                &out, &err, &wait_status, &error);
  cli_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 2);
  g_assert_nonnull (strstr (err, base));
  g_test_message ("library %.1f ms, --corpus %.1f ms", library_ms, cli_ms);
  g_assert_cmpfloat (library_ms, <, limit);
  g_assert_cmpfloat (cli_ms, <, limit);
}

static void
test_source_device (gconstpointer data)
{
  check_refused_source (data);
}

static void
test_source_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lg-hostile-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "hostile.json", NULL);
  g_autofree char *good = g_build_filename (dir, "a-good.json", NULL);
  g_autoptr(GBytes) bytes = with_text ("Plain.");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  check_refused_source (fifo);
  /* In a folder, beside a good file. */
  g_assert_true (g_file_set_contents (good, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  check_refused_source (dir);
  g_unlink (good);
  g_unlink (fifo);
  g_rmdir (dir);
}

/* Sparse files: large to read, but no room on the disk. */
static void
test_source_too_large (gconstpointer data)
{
  goffset size = *(const goffset *) data;
  g_autofree char *dir = g_dir_make_tmp ("lg-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, size), ==, 0);
  close (fd);
  check_refused_source (path);
  g_unlink (path);
  g_rmdir (dir);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_slowest (void)
{
  g_test_message ("slowest hostile case: library %.1f ms (%s), --corpus %.1f ms (%s)",
                  slowest_library_ms, slowest_library_case ? slowest_library_case : "none",
                  slowest_cli_ms, slowest_cli_case ? slowest_cli_case : "none");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *regressions = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  static const goffset just_too_large = 16 * MIB + 1;
  static const goffset two_gib = (goffset) 2048 * MIB;

  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *test_path = g_strconcat ("/hostile/", cases[i].name, NULL);

      g_test_add_data_func (test_path, &cases[i], test_hostile);
    }

  regressions = g_test_build_filename (G_TEST_DIST, "data", "fuzz-regressions", NULL);
  dir = g_dir_open (regressions, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (files, g_build_filename (regressions, name, NULL));
  g_ptr_array_sort (files, compare_paths);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (files, i));
      g_autofree char *test_path = g_strconcat ("/fuzz-regressions/", base, NULL);

      g_test_add_data_func (test_path, g_ptr_array_index (files, i), test_fuzz_regression);
    }
  g_test_add_data_func ("/hostile/source/dev-zero", "/dev/zero", test_source_device);
  g_test_add_data_func ("/hostile/source/dev-urandom", "/dev/urandom", test_source_device);
  g_test_add_func ("/hostile/source/fifo", test_source_fifo);
  g_test_add_data_func ("/hostile/source/just-over-16-mib", &just_too_large,
                        test_source_too_large);
  g_test_add_data_func ("/hostile/source/sparse-2-gib", &two_gib, test_source_too_large);
  g_test_add_func ("/hostile/slowest", test_slowest);
  g_test_add_func ("/hostile/windows", test_windows);

  return g_test_run ();
}
