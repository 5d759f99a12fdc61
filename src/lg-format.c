/* lg-format.c: locale-aware formatting of dates and names
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lg-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "lg-format.h"

/**
 * lg_format_date:
 * @date: a corpus date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
 *
 * Formats @date for the reader's language, with as much precision as the
 * corpus gives.
 *
 * Returns: (transfer full): the date for display
 */
char *
lg_format_date (const char *date)
{
  g_autoptr(GDateTime) dt = NULL;
  gsize len;
  int y, m = 1, d = 1;

  g_return_val_if_fail (date != NULL, NULL);

  len = strlen (date);
  y = atoi (date);
  if (len >= 7)
    m = atoi (date + 5);
  if (len >= 10)
    d = atoi (date + 8);

  dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (dt == NULL)
    return g_strdup (date);

  if (len >= 10)
    /* Translators: a full date, as in “31 March 2025”; see the
     * g_date_time_format() documentation for the codes. */
    return g_date_time_format (dt, C_("full date", "%-d %B %Y"));
  if (len >= 7)
    /* Translators: a month and year, as in “March 2025”. */
    return g_date_time_format (dt, C_("month and year", "%B %Y"));
  return g_date_time_format (dt, "%Y");
}

/**
 * lg_format_capitalize:
 * @text: a name
 *
 * Returns: (transfer full): @text with its first letter in upper case, for
 *   headings
 */
char *
lg_format_capitalize (const char *text)
{
  gunichar first;
  char buf[7];
  int n;

  g_return_val_if_fail (text != NULL, NULL);

  if (*text == '\0')
    return g_strdup (text);

  first = g_unichar_totitle (g_utf8_get_char (text));
  n = g_unichar_to_utf8 (first, buf);
  buf[n] = '\0';
  return g_strconcat (buf, g_utf8_next_char (text), NULL);
}
