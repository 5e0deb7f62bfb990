/* catalog.c - checking .mo catalogs before gettext reads them.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   glibc maps a catalog and trusts the offsets inside it: a truncated
   file makes it return bytes from past the end of the data, or fault.
   So the library reads each catalog of its domain once, when it binds
   the directory, and translates nothing from a directory that holds a
   damaged one.  */

#include <config.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"

#define MO_MAGIC 0x950412DEu
#define MO_HEADER 28            /* magic ... hash table offset */
#define MO_MAX_SIZE (16u << 20) /* far above any catalog of ours */

static uint32_t
word (const unsigned char *p, int swap)
{
  uint32_t w;
  memcpy (&w, p, sizeof w);
  return swap ? __builtin_bswap32 (w) : w;
}

/* 1 if the table of N string descriptors at OFFSET lies in the file and
   each string it describes ends with a NUL inside the file.  */
static int
strings_valid (const unsigned char *data, size_t size, int swap,
               uint32_t n, uint32_t offset)
{
  if (offset > size || n > (size - offset) / 8)
    return 0;
  for (uint32_t i = 0; i < n; i++)
    {
      const unsigned char *desc = data + offset + 8 * (size_t) i;
      uint32_t len = word (desc, swap), at = word (desc + 4, swap);
      if (at >= size || len >= size - at || data[at + len] != '\0')
        return 0;
    }
  return 1;
}

int
nxsi_mo_valid (const unsigned char *data, size_t size)
{
  if (size < MO_HEADER)
    return 0;
  uint32_t magic = word (data, 0);
  int swap = magic != MO_MAGIC;
  if (swap && magic != __builtin_bswap32 (MO_MAGIC))
    return 0;

  uint32_t revision = word (data + 4, swap);
  uint32_t n = word (data + 8, swap);
  uint32_t orig = word (data + 12, swap), trans = word (data + 16, swap);
  uint32_t hash_size = word (data + 20, swap), hash = word (data + 24, swap);

  /* Major revision 0 or 1; system-dependent strings (minor revision 1)
     are never in our catalogs, so a file that has them is refused.  */
  if (revision >> 16 > 1)
    return 0;
  if ((revision & 0xFFFF) >= 1
      && (size < MO_HEADER + 8 || word (data + 28, swap) != 0
          || word (data + 32, swap) != 0))
    return 0;

  if (!strings_valid (data, size, swap, n, orig)
      || !strings_valid (data, size, swap, n, trans))
    return 0;
  if (hash_size > 0)
    {
      if (hash > size || hash_size > (size - hash) / 4)
        return 0;
      for (uint32_t i = 0; i < hash_size; i++)
        if (word (data + hash + 4 * (size_t) i, swap) > n)
          return 0;
    }
  return 1;
}

static int
file_valid (const char *path)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 1;                   /* no catalog: gettext reads nothing */
  struct stat st;
  int valid = 0;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode)
      && (uintmax_t) st.st_size <= MO_MAX_SIZE)
    {
      size_t size = (size_t) st.st_size;
      /* Mapped, as gettext itself does: no heap, any size.  */
      void *data = size > 0 ? mmap (NULL, size, PROT_READ, MAP_PRIVATE, fd, 0)
                            : MAP_FAILED;
      if (data != MAP_FAILED)
        {
          valid = nxsi_mo_valid (data, size);
          munmap (data, size);
        }
    }
  close (fd);
  return valid;
}

int
nxsi_localedir_valid (const char *dir)
{
  DIR *d = opendir (dir);
  if (d == NULL)
    return 1;
  int valid = 1;
  struct dirent *e;
  while (valid && (e = readdir (d)) != NULL)
    {
      if (e->d_name[0] == '.')
        continue;
      char path[4096];
      int n = snprintf (path, sizeof path, "%s/%s/LC_MESSAGES/%s.mo", dir,
                        e->d_name, PACKAGE);
      valid = n > 0 && (size_t) n < sizeof path && file_valid (path);
    }
  closedir (d);
  return valid;
}
