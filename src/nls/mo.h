/* mo.h - GNU .mo message catalogs: checking one and reading from it.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Pure functions over bytes in memory: no I/O, no allocation, no
   locale.  The build's catalog compiler and the fuzzers use them too.  */

#ifndef NXS_MO_H
#define NXS_MO_H 1

#include <stddef.h>
#include <stdint.h>

/* Longest charset name accepted in a catalog's header entry.  */
#define NXSI_MO_CHARSET_MAX 40

/* A checked catalog: every table and string lies inside DATA.  */
struct nxsi_mo
{
  const unsigned char *data;
  size_t size;
  int swap;                     /* the file's byte order is not ours */
  uint32_t n;                   /* number of strings */
  uint32_t orig;                /* offset of the originals' table */
  uint32_t trans;               /* offset of the translations' table */
  char charset[NXSI_MO_CHARSET_MAX + 1];  /* from the header entry */
};

/* Check the SIZE bytes at DATA and, if they form a catalog that both
   this library and glibc's gettext can read safely, fill *MO and return
   0; else return -1.  Safe means: a known magic and major revision;
   every string table, string and hash slot inside the file; every
   string NUL-terminated there; no system-dependent strings; a hash
   table glibc can probe without looping (a prime size with a free
   slot); and a header entry that names its charset in at most
   NXSI_MO_CHARSET_MAX ASCII letters, digits and "-_.:".  Whether that
   charset is one the system can convert is for the caller to ask.  */
int nxsi_mo_check (const unsigned char *data, size_t size,
                   struct nxsi_mo *mo);

/* The original and the translated string I < MO->n, NUL-terminated.  A
   plural entry holds several NUL-separated forms; these return the
   first.  */
const char *nxsi_mo_original (const struct nxsi_mo *mo, uint32_t i);
const char *nxsi_mo_translation (const struct nxsi_mo *mo, uint32_t i);

/* The index of the string whose original is MSGID, or -1 if there is
   none.  msgfmt sorts the originals, so this is a binary search; in a
   file not sorted it may miss, never fault.  */
long nxsi_mo_find (const struct nxsi_mo *mo, const char *msgid);

#endif /* NXS_MO_H */
