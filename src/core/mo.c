/* mo.c - GNU .mo message catalogs: checking one and reading from it.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The check covers what any reader of the file trusts: the library's
   own lookups (language packs), and glibc's gettext (intl/loadmsgcat.c,
   dcigettext.c), which follows hash chains until a free slot, expands
   system-dependent strings and copies the header's charset name to the
   stack.  */

#include <config.h>

#include <string.h>

#include "mo.h"

#define MO_MAGIC 0x950412DEu
#define MO_HEADER_0 28          /* magic ... hash table offset */
#define MO_HEADER_1 48          /* ... and the system-dependent tables */
#define HEADER_ENTRY_MAX 4096   /* glibc parses its plural expression */

static uint32_t
word (const struct nxsi_mo *mo, size_t at)
{
  uint32_t w;
  memcpy (&w, mo->data + at, sizeof w);
  return mo->swap ? __builtin_bswap32 (w) : w;
}

/* 1 if the table of N string descriptors at OFFSET lies in the file
   and each string it describes ends with a NUL inside the file.  */
static int
strings_inside (const struct nxsi_mo *mo, uint32_t offset)
{
  if (offset > mo->size || mo->n > (mo->size - offset) / 8 || offset % 4)
    return 0;
  for (uint32_t i = 0; i < mo->n; i++)
    {
      uint32_t len = word (mo, offset + 8 * (size_t) i);
      uint32_t at = word (mo, offset + 8 * (size_t) i + 4);
      if (at >= mo->size || len >= mo->size - at || mo->data[at + len] != 0)
        return 0;
    }
  return 1;
}

static int
is_prime (uint32_t n)
{
  if (n < 2)
    return 0;
  for (uint32_t d = 2; d <= n / d; d++)
    if (n % d == 0)
      return 0;
  return 1;
}

/* 1 if glibc can probe the hash table without looping: with a prime
   size every probe sequence visits every slot, so one free slot ends
   each; every used slot must name a string of the file.  glibc ignores
   a table of 2 slots or fewer.  */
static int
hash_table_safe (const struct nxsi_mo *mo, uint32_t size, uint32_t offset)
{
  if (size <= 2)
    return 1;
  if (offset > mo->size || size > (mo->size - offset) / 4 || offset % 4
      || !is_prime (size))
    return 0;
  int free_slot = 0;
  for (uint32_t i = 0; i < size; i++)
    {
      uint32_t slot = word (mo, offset + 4 * (size_t) i);
      if (slot > mo->n)
        return 0;
      free_slot |= slot == 0;
    }
  return free_slot;
}

static int
charset_char (unsigned char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
         || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
         || c == ':';
}

/* 1 if the LEN bytes at A and B are the same: memcmp, without the C
   library's, which a firmware would link for this alone.  */
static int
same_bytes (const unsigned char *a, const unsigned char *b, size_t len)
{
  for (; len > 0; len--)
    if (*a++ != *b++)
      return 0;
  return 1;
}

/* Find the charset named by HEADER, a header entry: its offset in
   HEADER and its length in *LEN; -1 if there is none or it is not a
   plain name.  */
static long
header_charset (const char *header, size_t *len)
{
  static const char key[] = "charset=";
  if (strlen (header) > HEADER_ENTRY_MAX)
    return -1;
  /* strstr's first match, without strstr, which would bring more
     than a kilobyte of the C library to a firmware.  */
  const char *p = header;
  for (;; p++)
    {
      size_t k = 0;
      while (k < sizeof key - 1 && p[k] == key[k])
        k++;
      if (k == sizeof key - 1)
        break;
      if (*p == '\0')
        return -1;
    }
  p += sizeof key - 1;
  size_t n = 0;
  while (charset_char ((unsigned char) p[n]))
    if (++n > NXSI_MO_CHARSET_MAX)
      return -1;
  /* glibc reads the name up to a space, tab or newline.  */
  if (n == 0 || (p[n] != '\0' && p[n] != ' ' && p[n] != '\t' && p[n] != '\n'))
    return -1;
  *len = n;
  return (long) (p - header);
}

int
nxsi_mo_check (const unsigned char *data, size_t size, struct nxsi_mo *mo)
{
  struct nxsi_mo m = { .data = data, .size = size };
  if (size < MO_HEADER_0 || size > UINT32_MAX)
    return -1;
  uint32_t magic;
  memcpy (&magic, data, sizeof magic);
  m.swap = magic != MO_MAGIC;
  if (m.swap && magic != __builtin_bswap32 (MO_MAGIC))
    return -1;

  uint32_t revision = word (&m, 4);
  m.n = word (&m, 8);
  m.orig = word (&m, 12);
  m.trans = word (&m, 16);
  uint32_t hash_size = word (&m, 20), hash = word (&m, 24);
  if (revision >> 16 > 1)
    return -1;
  /* Minor revisions from 1 on may hold system-dependent strings, which
     glibc expands by offsets never checked here: refuse any.  glibc
     also requires a hash table with them.  */
  if ((revision & 0xFFFF) != 0
      && (size < MO_HEADER_1 || hash_size <= 2 || word (&m, 36) != 0))
    return -1;
  if (!strings_inside (&m, m.orig) || !strings_inside (&m, m.trans)
      || !hash_table_safe (&m, hash_size, hash))
    return -1;
  /* gettext ignores a table of 2 slots or fewer.  */
  m.hash_size = hash_size > 2 ? hash_size : 0;
  m.hash = hash;

  /* Every header entry (an empty original) names one plain charset.  */
  int headers = 0;
  for (uint32_t i = 0; i < m.n; i++)
    if (nxsi_mo_original (&m, i)[0] == '\0')
      {
        const char *header = nxsi_mo_translation (&m, i);
        size_t len;
        long at = header_charset (header, &len);
        if (at < 0)
          return -1;
        uint32_t offset = (uint32_t) (header + at - (const char *) data);
        if (headers++ > 0
            && (len != m.charset_len
                || !same_bytes (data + offset, data + m.charset_at, len)))
          return -1;
        m.charset_at = offset;
        m.charset_len = (uint32_t) len;
      }
  if (headers == 0)
    return -1;
  *mo = m;
  return 0;
}

int
nxsi_mo_charset (const struct nxsi_mo *mo, char *buf, size_t size)
{
  if (size <= mo->charset_len)
    return -1;
  memcpy (buf, mo->data + mo->charset_at, mo->charset_len);
  buf[mo->charset_len] = '\0';
  return 0;
}

int
nxsi_charset_is (const char *s, size_t len, const char *want)
{
  /* "UTF-8", "utf8", "UTF_8" ...: letters and digits, case aside.  */
  size_t k = 0;
  for (size_t i = 0; i < len; i++)
    {
      char c = s[i];
      if (c == '-' || c == '_')
        continue;
      if (c >= 'A' && c <= 'Z')
        c = (char) (c - 'A' + 'a');
      if (want[k] == '\0' || c != want[k++])
        return 0;
    }
  return want[k] == '\0';
}

const char *
nxsi_mo_original (const struct nxsi_mo *mo, uint32_t i)
{
  return (const char *) mo->data + word (mo, mo->orig + 8 * (size_t) i + 4);
}

const char *
nxsi_mo_translation (const struct nxsi_mo *mo, uint32_t i)
{
  return (const char *) mo->data + word (mo, mo->trans + 8 * (size_t) i + 4);
}

uint32_t
nxsi_mo_hash (const char *s)
{
  uint32_t h = 0;
  for (; *s != '\0'; s++)
    {
      h = (h << 4) + (unsigned char) *s;
      uint32_t g = h & 0xF0000000u;
      if (g != 0)
        h ^= (g >> 24) ^ g;
    }
  return h;
}

long
nxsi_mo_lookup_hash (const struct nxsi_mo *mo, uint32_t hash)
{
  if (mo->hash_size == 0)
    {
      for (uint32_t i = 0; i < mo->n; i++)
        if (nxsi_mo_hash (nxsi_mo_original (mo, i)) == hash)
          return (long) i;
      return -1;
    }
  uint32_t at = hash % mo->hash_size, step = 1 + hash % (mo->hash_size - 2);
  for (;;)
    {
      uint32_t slot = word (mo, mo->hash + 4 * (size_t) at);
      if (slot == 0)
        return -1;
      if (nxsi_mo_hash (nxsi_mo_original (mo, slot - 1)) == hash)
        return (long) slot - 1;
      at = at >= mo->hash_size - step ? at - (mo->hash_size - step)
                                      : at + step;
    }
}

long
nxsi_mo_lookup (const struct nxsi_mo *mo, const char *msgid)
{
  if (mo->hash_size > 0)
    {
      /* The same probe as gettext's: start and step from the hash, up
         to a free slot (the check made sure there is one).  */
      uint32_t len = (uint32_t) strlen (msgid), h = nxsi_mo_hash (msgid);
      uint32_t at = h % mo->hash_size, step = 1 + h % (mo->hash_size - 2);
      for (;;)
        {
          uint32_t slot = word (mo, mo->hash + 4 * (size_t) at);
          if (slot == 0)
            return -1;
          uint32_t i = slot - 1;
          /* ">=": a plural original holds its forms after a NUL.  */
          if (word (mo, mo->orig + 8 * (size_t) i) >= len
              && strcmp (msgid, nxsi_mo_original (mo, i)) == 0)
            return (long) i;
          at = at >= mo->hash_size - step ? at - (mo->hash_size - step)
                                          : at + step;
        }
    }
  uint32_t lo = 0, hi = mo->n;
  while (lo < hi)
    {
      uint32_t mid = (lo + hi) / 2;
      int cmp = strcmp (msgid, nxsi_mo_original (mo, mid));
      if (cmp == 0)
        return (long) mid;
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return -1;
}
