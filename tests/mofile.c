/* mofile.c - .mo catalogs made and damaged by the tests.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mofile.h"

/* gettext's hash of a msgid (the PJW hash over 32 bits).  */
static uint32_t
hash_string (const char *s)
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

static int
by_msgid (const void *a, const void *b)
{
  return strcmp (((const struct mo_pair *) a)->msgid,
                 ((const struct mo_pair *) b)->msgid);
}

uint32_t
mo_word (const unsigned char *mo, size_t offset)
{
  uint32_t w;
  memcpy (&w, mo + offset, sizeof w);
  return w;
}

void
mo_set_word (unsigned char *mo, size_t offset, uint32_t w)
{
  memcpy (mo + offset, &w, sizeof w);
}

unsigned char *
mo_build (const struct mo_pair *pairs, size_t n, const char *charset,
          uint32_t hash_size, size_t *size)
{
  char header[256];
  struct mo_pair *all = calloc (n + 1, sizeof *all);
  ck_assert_ptr_nonnull (all);
  size_t count = 0;
  if (charset != NULL)
    {
      snprintf (header, sizeof header,
                "Content-Type: text/plain; charset=%s\n", charset);
      all[count++] = (struct mo_pair) { "", header };
    }
  memcpy (all + count, pairs, n * sizeof *pairs);
  count += n;
  qsort (all, count, sizeof *all, by_msgid);

  size_t orig = 28, trans = orig + 8 * count, hash = trans + 8 * count;
  size_t strings = hash + 4 * (size_t) hash_size, total = strings;
  for (size_t i = 0; i < count; i++)
    total += strlen (all[i].msgid) + strlen (all[i].msgstr) + 2;
  unsigned char *mo = calloc (1, total);
  ck_assert_ptr_nonnull (mo);
  mo_set_word (mo, 0, 0x950412DEu);
  mo_set_word (mo, MO_NSTRINGS, (uint32_t) count);
  mo_set_word (mo, MO_ORIG, (uint32_t) orig);
  mo_set_word (mo, MO_TRANS, (uint32_t) trans);
  mo_set_word (mo, MO_HASH_SIZE, hash_size);
  mo_set_word (mo, MO_HASH, (uint32_t) hash);

  size_t at = strings;
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < count; i++)
      {
        const char *s = pass == 0 ? all[i].msgid : all[i].msgstr;
        size_t len = strlen (s);
        size_t desc = (pass == 0 ? orig : trans) + 8 * i;
        mo_set_word (mo, desc, (uint32_t) len);
        mo_set_word (mo, desc + 4, (uint32_t) at);
        memcpy (mo + at, s, len + 1);
        at += len + 1;
      }
  for (size_t i = 0; hash_size > 2 && i < count; i++)
    {
      uint32_t h = hash_string (all[i].msgid);
      uint32_t idx = h % hash_size, incr = 1 + h % (hash_size - 2);
      while (mo_word (mo, hash + 4 * idx) != 0)
        idx = idx >= hash_size - incr ? idx - (hash_size - incr) : idx + incr;
      mo_set_word (mo, hash + 4 * idx, (uint32_t) i + 1);
    }
  free (all);
  *size = total;
  return mo;
}

void
mo_swap (unsigned char *mo)
{
  uint32_t n = mo_word (mo, MO_NSTRINGS), hs = mo_word (mo, MO_HASH_SIZE);
  uint32_t tables[] = { mo_word (mo, MO_ORIG), mo_word (mo, MO_TRANS) };
  uint32_t hash = mo_word (mo, MO_HASH);
  for (int t = 0; t < 2; t++)
    for (uint32_t k = 0; k < 2 * n; k++)
      mo_set_word (mo, tables[t] + 4 * k,
                   __builtin_bswap32 (mo_word (mo, tables[t] + 4 * k)));
  for (uint32_t k = 0; k < hs; k++)
    mo_set_word (mo, hash + 4 * k,
                 __builtin_bswap32 (mo_word (mo, hash + 4 * k)));
  for (size_t at = 0; at < 28; at += 4)
    mo_set_word (mo, at, __builtin_bswap32 (mo_word (mo, at)));
}

size_t
mo_damage (unsigned char *mo, size_t size, enum mo_defect defect)
{
  uint32_t n = mo_word (mo, MO_NSTRINGS), orig = mo_word (mo, MO_ORIG);
  uint32_t hash = mo_word (mo, MO_HASH);
  uint32_t hash_size = mo_word (mo, MO_HASH_SIZE);
  ck_assert_uint_gt (hash_size, 2);
  switch (defect)
    {
    case DEFECT_MAGIC:
      mo[0] ^= 1;
      break;
    case DEFECT_MAJOR_REVISION:
      mo_set_word (mo, MO_REVISION, 2u << 16);
      break;
    case DEFECT_FEW_BYTES:
      return 27;
    case DEFECT_STRINGS_PAST_END:
      mo_set_word (mo, MO_TRANS, 0x7FFFFF00);
      break;
    case DEFECT_TABLE_PAST_END:
      mo_set_word (mo, MO_NSTRINGS, 0x10000000);
      break;
    case DEFECT_NO_NUL:
      mo[mo_word (mo, orig + 4) + mo_word (mo, orig)] = 'x';
      break;
    case DEFECT_HASH_SLOT_PAST_N:
      mo_set_word (mo, hash, n + 1);
      break;
    case DEFECT_HASH_NOT_PRIME:
      mo_set_word (mo, MO_HASH_SIZE, 6);
      break;
    case DEFECT_HASH_FULL:
      for (uint32_t k = 0; k < hash_size; k++)
        mo_set_word (mo, hash + 4 * k, 1);
      break;
    case DEFECT_HASH_PAST_END:
      mo_set_word (mo, MO_HASH_SIZE, 0x3FFFFFFB);
      break;
    case DEFECT_SYSDEP_STRINGS:
      mo_set_word (mo, MO_REVISION, 1);
      mo_set_word (mo, MO_NSYSDEP_STRINGS, 1);
      break;
    case DEFECT_SYSDEP_SHORT_HEADER:
      mo_set_word (mo, MO_REVISION, 1);
      return 40;
    case DEFECT_SYSDEP_NO_HASH:
      mo_set_word (mo, MO_REVISION, 1);
      mo_set_word (mo, MO_HASH_SIZE, 0);
      mo_set_word (mo, MO_NSYSDEP_STRINGS, 0);
      break;
    case N_DEFECTS:
      break;
    }
  return size;
}

void
mo_install (const char *dir, const char *lang, const unsigned char *data,
            size_t size)
{
  char path[4096];
  snprintf (path, sizeof path, "%s/%s", dir, lang);
  mkdir (dir, 0700);
  mkdir (path, 0700);
  snprintf (path, sizeof path, "%s/%s/LC_MESSAGES", dir, lang);
  mkdir (path, 0700);
  snprintf (path, sizeof path, "%s/%s/LC_MESSAGES/" PACKAGE ".mo", dir,
            lang);
  FILE *fp = fopen (path, "wb");
  ck_assert_msg (fp != NULL, "cannot write %s", path);
  ck_assert_uint_eq (fwrite (data, 1, size, fp), size);
  ck_assert_int_eq (fclose (fp), 0);
}

unsigned char *
read_whole (const char *path, size_t *size)
{
  FILE *fp = fopen (path, "rb");
  ck_assert_msg (fp != NULL, "cannot open %s", path);
  size_t cap = 1 << 16, n = 0;
  unsigned char *data = malloc (cap);
  ck_assert_ptr_nonnull (data);
  size_t r;
  while ((r = fread (data + n, 1, cap - n, fp)) > 0)
    {
      n += r;
      if (n == cap)
        {
          cap *= 2;
          data = realloc (data, cap);
          ck_assert_ptr_nonnull (data);
        }
    }
  fclose (fp);
  *size = n;
  return data;
}

/* The Swedish catalog the build made for the tests, in PATH (SIZE
   bytes); NULL without NXSTATUS_LOCALEDIR.  */
static const char *
shipped_sv_path (char *path, size_t size)
{
  const char *dir = getenv ("NXSTATUS_LOCALEDIR");
  if (dir == NULL)
    return NULL;
  snprintf (path, size, "%s/sv/LC_MESSAGES/" PACKAGE ".mo", dir);
  return path;
}

unsigned char *
shipped_sv (size_t *size)
{
  char path[4096];
  ck_assert_msg (shipped_sv_path (path, sizeof path) != NULL,
                 "NXSTATUS_LOCALEDIR is not set");
  return read_whole (path, size);
}

unsigned char *
sv_pack (size_t *size)
{
  char path[4096];
  if (shipped_sv_path (path, sizeof path) != NULL && access (path, R_OK) == 0)
    return read_whole (path, size);

  const char *msgfmt = getenv ("GMSGFMT"), *po = getenv ("NXS_TEST_PODIR");
  if (msgfmt == NULL || po == NULL)
    return NULL;
  const char *tmp = scratch_dir (7);
  char cmd[8400];
  snprintf (path, sizeof path, "%s/sv.mo", tmp);
  snprintf (cmd, sizeof cmd, "'%s' -o '%s' '%s/sv.po' 2>/dev/null", msgfmt,
            path, po);
  unsigned char *data = system (cmd) == 0 ? read_whole (path, size) : NULL;
  remove_tree (tmp);
  return data;
}

const char *
scratch_dir (int slot)
{
  static char dirs[8][64];
  ck_assert (slot >= 0 && slot < 8);
  snprintf (dirs[slot], sizeof dirs[slot], "/tmp/nxs-test.XXXXXX");
  ck_assert_ptr_nonnull (mkdtemp (dirs[slot]));
  return dirs[slot];
}

void
remove_tree (const char *dir)
{
  char cmd[4200];
  snprintf (cmd, sizeof cmd, "chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'",
            dir, dir);
  if (system (cmd) != 0)
    fprintf (stderr, "could not remove %s\n", dir);
}
