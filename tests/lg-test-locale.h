/* lg-test-locale.h: a real locale for tests that load translations
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The C library ignores LANGUAGE under the C locale, and newer ones under
 * C.UTF-8 too, so a test that loads a translation through LANGUAGE needs
 * a real locale. en_US.UTF-8 is used if the system has it; otherwise it is
 * made with localedef in the test's build folder (LOCPATH), as the Flatpak
 * Sdk needs. Returns the locale now in use: give it, and LOCPATH, to any
 * process the test starts.
 */

#pragma once

#include <glib.h>
#include <locale.h>
#include <string.h>

/* Switches to @locale ("fr_FR.UTF-8"), making it first with localedef in
 * a folder of its own (LOCPATH) if the system lacks it. */
static inline gboolean
lg_test_use_locale (const char *locale)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *source = NULL;

  if (setlocale (LC_ALL, locale) != NULL)
    return TRUE;

  /* A folder for each locale: the C library remembers a locale it did
   * not find in a folder, even once it is made there. */
  dir = g_build_filename (g_get_tmp_dir (), "lg-test-locales", locale, NULL);
  path = g_build_filename (dir, locale, NULL);
  source = g_strndup (locale, strcspn (locale, "."));
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      const char *argv[] = { "localedef", "-i", source, "-f", "UTF-8", path, NULL };

      g_mkdir_with_parents (dir, 0755);
      g_spawn_sync (NULL, (char **) argv, NULL,
                    G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, NULL, NULL);
    }
  g_setenv ("LOCPATH", dir, TRUE);
  return setlocale (LC_ALL, locale) != NULL;
}

static inline const char *
lg_test_use_real_locale (void)
{
  if (lg_test_use_locale ("en_US.UTF-8"))
    return "en_US.UTF-8";
  setlocale (LC_ALL, "C.UTF-8");
  return "C.UTF-8";
}
