/* main.c: start Leukemia Guide
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "leukemia-guide"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "lg-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LgApplication) app = NULL;

  g_autofree char *ui_dir = NULL;
  g_autofree char *content_dir = NULL;
  const char *build_dir = g_getenv ("LEUKEMIA_GUIDE_BUILD_DIR");

  /* Run from the build folder (tests, build-aux/run), the translations are
   * where meson built them rather than where they would be installed. */
  if (build_dir != NULL)
    {
      ui_dir = g_build_filename (build_dir, "po", NULL);
      content_dir = g_build_filename (build_dir, "po", "content", NULL);
    }

#ifdef __GLIBC__
  /* glibc keeps freed memory at the top of the heap for reuse, and each
   * time a large block is freed it raises that allowance (up to 64 MiB),
   * so memory freed during start-up stayed resident. A fixed threshold
   * (glibc's own default) gives it back: the peak with the longest topic
   * shown fell by about 2 MB (build-aux/bench-startup). */
  mallopt (M_TRIM_THRESHOLD, 128 * 1024);
#endif

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, ui_dir ? ui_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  bindtextdomain (CONTENT_DOMAIN, content_dir ? content_dir : LOCALEDIR);
  bind_textdomain_codeset (CONTENT_DOMAIN, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Leukemia Guide"));

  app = lg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
