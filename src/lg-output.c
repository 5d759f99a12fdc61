/* lg-output.c: writing a finished file where the reader asked for it
 *
 * Copyright 2026 The Leukemia Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is at the path decides how it is written:
 *
 * - nothing: a new file appears there whole, or not at all;
 * - a regular file, or a symbolic link to one: the file is replaced at
 *   once by one with the same permissions (and owner, where allowed), and
 *   a link stays a link to it;
 * - a regular file with more than one hard link: it is overwritten where
 *   it is, so that every name of it sees the new contents;
 * - a device or a FIFO: written to as it is, never replaced; a FIFO no
 *   program reads is an error at once, not a wait for ever; so is a file
 *   reached through /dev or /proc, as /dev/stdout is;
 * - a folder: refused.
 *
 * A file without write permission is refused, even for root. The
 * temporary file has no name while it is written (O_TMPFILE) where the
 * file system allows it, so a process killed half-way leaves nothing
 * behind; elsewhere it is a short hidden name in the same folder, which
 * leaves room for the longest file name. Errors are the C library's
 * reasons, about the reader's path, never about the temporary file.
 */

/* O_TMPFILE is Linux's own. */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "lg-output"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lg-output.h"

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         len,
           int          *saved_errno)
{
  while (len > 0)
    {
      gssize n = write (fd, data, MIN (len, G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *saved_errno = errno;
          return FALSE;
        }
      data += n;
      len -= n;
    }
  return TRUE;
}

/* Writes into what is at @path as it is: a device, a FIFO, or a file
 * that must keep its identity. */
static gboolean
write_direct (const char    *path,
              int            flags,
              const guint8  *data,
              gsize          len,
              GError       **error)
{
  int saved_errno = 0;
  int fd;

  /* O_NONBLOCK: opening a FIFO with no reader fails with ENXIO at once
   * instead of waiting for one. Writes then block as usual. */
  fd = open (path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC | flags, 0666);
  if (fd < 0)
    return set_errno_error (error, errno);
  if (fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK) < 0 ||
      !write_all (fd, data, len, &saved_errno))
    {
      if (saved_errno == 0)
        saved_errno = errno;
      close (fd);
      return set_errno_error (error, saved_errno);
    }
  /* A regular file must be on the disk; a terminal or pipe cannot be. */
  if ((flags & O_TRUNC) != 0 && fsync (fd) < 0 && errno != EINVAL)
    saved_errno = errno;
  if (close (fd) < 0 && saved_errno == 0 && errno != EINTR)
    saved_errno = errno;
  if (saved_errno != 0)
    return set_errno_error (error, saved_errno);
  return TRUE;
}

/* A file in @dir with no name yet, or, where the file system cannot do
 * that, one under a short hidden name, returned in @temp_name. */
static int
open_temporary (const char  *dir,
                mode_t       mode,
                char       **temp_name)
{
  g_autofree char *template = NULL;
  int fd;

  *temp_name = NULL;
#ifdef O_TMPFILE
  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
  if (fd >= 0)
    return fd;
  if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
    return -1;
#endif
  template = g_build_filename (dir, ".lg-XXXXXX", NULL);
  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, mode);
  if (fd >= 0)
    *temp_name = g_steal_pointer (&template);
  return fd;
}

/* Gives the nameless file @fd the name @path; with @replace, whatever is
 * there is replaced in one step. */
static gboolean
name_temporary (int         fd,
                const char *dir,
                const char *path,
                gboolean    replace,
                int        *saved_errno)
{
  char proc[64];

  g_snprintf (proc, sizeof proc, "/proc/self/fd/%d", fd);
  if (!replace)
    {
      if (linkat (AT_FDCWD, proc, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0)
        return TRUE;
      if (errno != EEXIST)
        {
          *saved_errno = errno;
          return FALSE;
        }
    }

  /* A name of its own, for the moment it takes to rename it. */
  for (guint tries = 0; tries < 100; tries++)
    {
      g_autofree char *name = g_strdup_printf ("%s/.lg-%08x", dir, g_random_int ());

      if (linkat (AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) < 0)
        {
          if (errno == EEXIST)
            continue;
          *saved_errno = errno;
          return FALSE;
        }
      if (rename (name, path) < 0)
        {
          *saved_errno = errno;
          g_unlink (name);
          return FALSE;
        }
      return TRUE;
    }
  *saved_errno = EEXIST;
  return FALSE;
}

/* Writes a complete file beside @path, then puts it in its place. With
 * @like, the new file takes that file's permissions and owner. */
static gboolean
write_replace (const char         *path,
               const struct stat  *like,
               const guint8       *data,
               gsize               len,
               gboolean           *fall_back,
               GError            **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *temp_name = NULL;
  int saved_errno = 0;
  gboolean ok;
  int fd;

  *fall_back = FALSE;
  fd = open_temporary (dir, like ? (like->st_mode & 07777) : 0666, &temp_name);
  if (fd < 0)
    {
      /* A file the reader may write in a folder they may not. */
      *fall_back = like != NULL && (errno == EACCES || errno == EPERM);
      return set_errno_error (error, errno);
    }

  if (like != NULL)
    {
      /* The owner first: changing it may clear the set-id bits. */
      if (fchown (fd, like->st_uid, like->st_gid) < 0)
        (void) !fchown (fd, -1, like->st_gid);
      (void) !fchmod (fd, like->st_mode & 07777);
    }

  ok = write_all (fd, data, len, &saved_errno);
  if (ok && fsync (fd) < 0)
    {
      saved_errno = errno;
      ok = FALSE;
    }

  if (ok && temp_name == NULL)
    ok = name_temporary (fd, dir, path, like != NULL, &saved_errno);
  else if (ok && rename (temp_name, path) < 0)
    {
      saved_errno = errno;
      ok = FALSE;
    }

  if (close (fd) < 0 && ok && errno != EINTR)
    {
      saved_errno = errno;
      ok = FALSE;
    }
  if (!ok)
    {
      if (temp_name != NULL)
        g_unlink (temp_name);
      return set_errno_error (error, saved_errno);
    }
  return TRUE;
}

/**
 * lg_output_write:
 * @path: where to write, in the file system's encoding
 * @data: (array length=len): the whole contents
 * @len: the length of @data
 * @error: return location for a #GError
 *
 * Puts @data at @path the way the comment at the top of this file says:
 * a file is replaced whole, keeping its permissions and links, and
 * anything else is written to directly or refused.
 *
 * Returns: whether @path now holds @data
 */
gboolean
lg_output_write (const char    *path,
                 const void    *data,
                 gsize          len,
                 GError       **error)
{
  struct stat st;
  char *real;
  gboolean fall_back = FALSE;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (stat (path, &st) < 0)
    {
      if (errno != ENOENT)
        return set_errno_error (error, errno);
      /* A link to nothing yet: its target is made through it. */
      if (lstat (path, &st) == 0)
        return write_direct (path, O_CREAT, data, len, error);
      return write_replace (path, NULL, data, len, &fall_back, error);
    }

  if (S_ISDIR (st.st_mode))
    return set_errno_error (error, EISDIR);
  if (!S_ISREG (st.st_mode))
    return write_direct (path, 0, data, len, error);
  /* /dev/stdout and its kind lead to a file the caller already holds
   * open, with the shell's > or >>: write to it, at its end. */
  if (g_str_has_prefix (path, "/dev/") || g_str_has_prefix (path, "/proc/"))
    return write_direct (path, O_APPEND, data, len, error);

  /* Root may write any file: a file no one may write is still refused. */
  if (access (path, W_OK) < 0)
    return set_errno_error (error, errno);
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return set_errno_error (error, EACCES);

  if (st.st_nlink > 1)
    return write_direct (path, O_TRUNC, data, len, error);

  /* Replace the file a link points to, not the link. */
  if ((real = realpath (path, NULL)) == NULL)
    return set_errno_error (error, errno);
  ok = write_replace (real, &st, data, len, &fall_back, error);
  if (!ok && fall_back)
    {
      g_clear_error (error);
      ok = write_direct (real, O_TRUNC, data, len, error);
    }
  free (real);
  return ok;
}
