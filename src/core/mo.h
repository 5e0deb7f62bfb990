/* mo.h - GNU .mo message catalogs: checking one and reading from it.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Pure functions over bytes in memory: no I/O, no allocation, no
   locale, no errno: part of the portable core.  The check in front of
   gettext (nls/guard.c), language packs (pack.c), the build's catalog
   compiler and the fuzzers all use them.  */

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
  uint32_t hash_size;           /* slots of the hash table; 0: none used */
  uint32_t hash;                /* offset of the hash table */
  uint32_t charset_at;          /* the header's charset name: offset */
  uint32_t charset_len;         /* and length (not NUL-terminated) */
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

/* Copy MO's charset name into BUF of SIZE bytes, NUL-terminated; 0, or
   -1 if it does not fit (NXSI_MO_CHARSET_MAX + 1 bytes always do).  */
int nxsi_mo_charset (const struct nxsi_mo *mo, char *buf, size_t size);

/* 1 if the LEN bytes at S name the charset WANT, given in lower case
   without '-' or '_' ("utf8" for "UTF-8", "utf8", "UTF_8").  */
int nxsi_charset_is (const char *s, size_t len, const char *want);

/* 1 if the LEN bytes at S name UTF-8.  */
static inline int
nxsi_utf8_name (const char *s, size_t len)
{
  return nxsi_charset_is (s, len, "utf8");
}

/* The original and the translated string I < MO->n, NUL-terminated.  A
   plural entry holds several NUL-separated forms; these return the
   first.  */
const char *nxsi_mo_original (const struct nxsi_mo *mo, uint32_t i);
const char *nxsi_mo_translation (const struct nxsi_mo *mo, uint32_t i);

/* The index of the message gettext finds for MSGID in MO, or -1: found
   exactly as glibc's gettext finds it (_nl_find_msg), through the
   catalog's hash table when it has one of more than 2 slots, else by a
   binary search of the originals.  A catalog whose hash table or order
   is wrong makes gettext miss a message it holds; this misses it too,
   and never faults.  */
long nxsi_mo_lookup (const struct nxsi_mo *mo, const char *msgid);

/* The index of the first message whose original has gettext's hash HASH
   (nxsi_mo_hash), probed as gettext probes for a msgid of that hash, or
   found in turn in a catalog without a hash table; -1 if none.  For a
   build that keeps only its msgids' hashes, all distinct.  */
long nxsi_mo_lookup_hash (const struct nxsi_mo *mo, uint32_t hash);

/* gettext's hash of a msgid (hashpjw, 32 bits), as msgfmt fills the hash
   table with it.  */
uint32_t nxsi_mo_hash (const char *s);

#endif /* NXS_MO_H */
