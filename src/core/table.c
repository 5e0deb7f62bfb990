/* table.c - the code table: string pools and lookups by value and name.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   All of it is derived from codes.def.  Names and msgids live in two
   structs of char arrays, so the table holds 16-bit offsets instead of
   pointers and needs no relocation when the library is loaded.  */

#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "table.h"

static const struct name_pool
{
#define NXS_CODE(name, value, family, msgid) char name[sizeof #name];
#include "codes.def"
} name_pool = {
#define NXS_CODE(name, value, family, msgid) #name,
#include "codes.def"
};

static const struct msgid_pool
{
#define NXS_CODE(name, value, family, msgid) char name[sizeof msgid];
#include "codes.def"
} msgid_pool = {
#define NXS_CODE(name, value, family, msgid) msgid,
#include "codes.def"
};

_Static_assert (sizeof name_pool <= UINT16_MAX, "name pool outgrew uint16_t");
_Static_assert (sizeof msgid_pool <= UINT16_MAX, "msgid pool outgrew uint16_t");

static const struct row
{
  uint32_t value;
  uint16_t name;                /* offset into name_pool */
  uint16_t msgid;               /* offset into msgid_pool */
  uint8_t family;
} rows[NXS_ENTRY_COUNT] = {
#define NXS_CODE(name_, value_, family_, msgid_)                        \
  { value_, offsetof (struct name_pool, name_),                          \
    offsetof (struct msgid_pool, name_), NXS_FAMILY_##family_ },
#include "codes.def"
};

/* Every name must fit the buffer size the header promises.  */
#define NXS_CODE(name, value, family, msgid)                            \
  _Static_assert (sizeof #name <= NXS_NAME_MAX, #name " too long");
#include "codes.def"

int
nxsi_primary_index (unsigned int status)
{
  /* A switch lets the compiler build jump tables for the dense runs and
     a binary search between them; a value with two NXS_CODE rows is a
     duplicate case label, so it cannot compile.  */
  switch (status)
    {
#define NXS_CODE(name, value, family, msgid)                            \
    case value: return NXS_IDX_##name;
#define NXS_ALIAS(name, value, family, msgid)
#include "codes.def"
    default:
      return -1;
    }
}

const char *
nxsi_entry_name (size_t i)
{
  return (const char *) &name_pool + rows[i].name;
}

const char *
nxsi_entry_msgid (size_t i)
{
  return (const char *) &msgid_pool + rows[i].msgid;
}

unsigned int
nxsi_entry_value (size_t i)
{
  return rows[i].value;
}

nxs_family
nxsi_entry_family (size_t i)
{
  return (nxs_family) rows[i].family;
}

/* Entry indices sorted by name, built once on the first name lookup.  */
static uint16_t by_name[NXS_ENTRY_COUNT];
static pthread_once_t by_name_once = PTHREAD_ONCE_INIT;

static int
compare_names (const void *a, const void *b)
{
  return strcmp (nxsi_entry_name (*(const uint16_t *) a),
                 nxsi_entry_name (*(const uint16_t *) b));
}

static void
sort_names (void)
{
  int saved_errno = errno;
  for (size_t i = 0; i < NXS_ENTRY_COUNT; i++)
    by_name[i] = (uint16_t) i;
  qsort (by_name, NXS_ENTRY_COUNT, sizeof by_name[0], compare_names);
  errno = saved_errno;
}

/* Binary search of the name index for KEY, already upper case.  */
static int
search_names (const char *key)
{
  pthread_once (&by_name_once, sort_names);
  size_t lo = 0, hi = NXS_ENTRY_COUNT;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int cmp = strcmp (key, nxsi_entry_name (by_name[mid]));
      if (cmp == 0)
        return by_name[mid];
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return -1;
}

/* Spellings that name lookup accepts besides the entries' own names.  */
static const struct spelling
{
  char alias[NXS_NAME_MAX];
  uint16_t index;
} spellings[] = {
#define NXS_CODE(name, value, family, msgid)
#define NXS_SPELLING(alias, name) { #alias, NXS_IDX_##name },
#include "codes.def"
};

int
nxsi_find_name (const char *name)
{
  /* Table names are upper-case ASCII; fold the key the same way and
     reject anything that cannot be a name before searching.  */
  char key[NXS_NAME_MAX];
  size_t len = 0;
  for (; name[len] != '\0'; len++)
    {
      unsigned char c = (unsigned char) name[len];
      if (len + 1 >= sizeof key || c >= 0x80)
        return -1;
      key[len] = (char) (c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
  key[len] = '\0';

  int found = search_names (key);
  for (size_t i = 0; found < 0 && i < sizeof spellings / sizeof spellings[0];
       i++)
    if (strcmp (key, spellings[i].alias) == 0)
      found = spellings[i].index;
  return found;
}
