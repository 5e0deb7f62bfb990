/* packfile.c - a language pack read from a file, as a device holds it.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The file is read whole, from a pipe as well as a regular file, and
   opened with the public nxs_pack_open: what the tool shows from it is
   what a device shows.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charset.h"
#include "i18n.h"
#include "packfile.h"

/* Read all of FD, at most PACK_FILE_MAX bytes, into *DATA and *SIZE.  */
static enum pack_file_result
read_whole (int fd, unsigned char **data, size_t *size)
{
  struct stat st;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode)
      && (unsigned long long) st.st_size > PACK_FILE_MAX)
    return PACK_FILE_TOO_LARGE;
  size_t room = 64 * 1024, used = 0;
  unsigned char *buf = xmalloc (room);
  for (;;)
    {
      if (used == room)
        {
          /* One byte past the limit tells a pipe that is too long.  */
          room = room * 2 > PACK_FILE_MAX + 1 ? PACK_FILE_MAX + 1 : room * 2;
          unsigned char *bigger = realloc (buf, room);
          if (bigger == NULL)
            out_of_memory ();
          buf = bigger;
        }
      ssize_t n = read (fd, buf + used, room - used);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          free (buf);
          errno = saved_errno;
          return PACK_FILE_UNREADABLE;
        }
      if (n == 0)
        break;
      used += (size_t) n;
      if (used > PACK_FILE_MAX)
        {
          free (buf);
          return PACK_FILE_TOO_LARGE;
        }
    }
  *data = buf;
  *size = used;
  return PACK_FILE_OK;
}

enum pack_file_result
pack_file_open (const char *file, nxs_pack *pack, int *error)
{
  int fd = open (file, O_RDONLY);
  if (fd < 0)
    return PACK_FILE_UNREADABLE;
  unsigned char *data;
  size_t size;
  enum pack_file_result result = read_whole (fd, &data, &size);
  int saved_errno = errno;
  close (fd);
  errno = saved_errno;
  if (result != PACK_FILE_OK)
    return result;

  /* Kept for the life of the program: the pack points into both.  */
  size_t index_size = nxs_pack_index_size ();
  void *index = xmalloc (index_size);
  *error = nxs_pack_open (pack, data, size, index, index_size);
  if (*error != 0)
    {
      free (index);
      free (data);
      return PACK_FILE_REFUSED;
    }
  return PACK_FILE_OK;
}

const char *
pack_reason (int error)
{
  switch (error)
    {
    case EINVAL:
      return _("not a GNU .mo catalog, or a damaged one");
    case EILSEQ:
      return _("its charset is not UTF-8 (msgconv -t UTF-8 converts it)");
    case ENOMSG:
      return _("it translates none of the library's descriptions");
    default:
      return strerror (error);
    }
}
