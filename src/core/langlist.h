/* langlist.h - what of a language list counts: one rule for the
   built-in catalogs (lang.c) and the installed ones (nls/names.c).

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_LANGLIST_H
#define NXS_LANGLIST_H 1

#include <stddef.h>
#include <string.h>

/* Entries of a list looked at; later ones are ignored.  */
#define NXSI_NAMES_MAX_ENTRIES 32

/* Longest entry looked at; longer entries are skipped.  */
#define NXSI_NAME_MAX 63

/* 1 if the LEN bytes at S are "C" or "POSIX", the entries that end a
   list with English.  */
static inline int
nxsi_is_c_entry (const char *s, size_t len)
{
  return (len == 1 && s[0] == 'C') || (len == 5 && memcmp (s, "POSIX", 5) == 0);
}

#endif /* NXS_LANGLIST_H */
