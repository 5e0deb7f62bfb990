/* table.c - the code table: string pools and lookups by value and name.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   All of it is constant data derived from codes.def and families.def
   when the library is compiled: no code runs to set it up, nothing is
   written, nothing needs a lock.  Names and msgids live in structs of
   char arrays, so the tables hold offsets instead of pointers and need
   no relocation when the library is loaded.  */

#include <config.h>

#include <string.h>

#include "table.h"
#include "text.h"

/* --- strings ---------------------------------------------------------- */

static const struct name_pool
{
#define NXS_CODE(name, value, family, msgid) char family##__##name[sizeof #name];
#include "codes.def"
} name_pool = {
#define NXS_CODE(name, value, family, msgid) #name,
#include "codes.def"
};

static const nxsi_off name_at[NXS_ENTRY_COUNT] = {
#define NXS_CODE(name, value, family, msgid)                            \
  offsetof (struct name_pool, family##__##name),
#include "codes.def"
};

#if NXS_DESCRIPTIONS
const struct nxsi_msgid_pool
{
#define NXS_CODE(name, value, family, msgid) char family##__##name[sizeof msgid];
#include "codes.def"
} nxsi_msgid_pool = {
#define NXS_CODE(name, value, family, msgid) msgid,
#include "codes.def"
};

const nxsi_off nxsi_msgid_at[NXS_ENTRY_COUNT] = {
#define NXS_CODE(name, value, family, msgid)                            \
  offsetof (struct nxsi_msgid_pool, family##__##name),
#include "codes.def"
};

_Static_assert (sizeof nxsi_msgid_pool <= (nxsi_off) -1, "msgid pool too big");
#endif
_Static_assert (sizeof name_pool <= (nxsi_off) -1, "name pool too big");
_Static_assert (NXS_ENTRY_COUNT < (nxsi_index) -1, "too many entries");

/* Every name fits the buffer size the header promises, and every
   primary value lies in its family's span.  */
#define NXS_CODE(name, value, family, msgid)                            \
  _Static_assert (sizeof #name <= NXS_NAME_MAX, #name " too long");      \
  _Static_assert ((unsigned long) (value) - NXS_FIRST_##family            \
                  <= (unsigned long) NXS_LAST_##family - NXS_FIRST_##family, \
                  #name " outside its family's span in families.def");
#define NXS_ALIAS(name, value, family, msgid)                           \
  _Static_assert (sizeof #name <= NXS_NAME_MAX, #name " too long");
#include "codes.def"

/* --- value to entry --------------------------------------------------- */

/* A value with two primary rows is a designator given twice, which
   -Woverride-init (in -Wextra) reports.  */
const struct nxsi_slots nxsi_slots = {
#define NXS_CODE(name, value, family, msgid)                            \
  .family[(value) - NXS_FIRST_##family] = NXS_IDX_##family##__##name + 1,
#define NXS_ALIAS(name, value, family, msgid)
#include "codes.def"
};

/* Each family's span and where its slots start, by family number - 1,
   for a qualified lookup and for going from an entry back to its value;
   a family this build leaves out has a count of 0.  A build for size
   ends the array with the last family it has.  */
#if defined __OPTIMIZE_SIZE__
static const struct nxsi_span nxsi_spans[] = {
#else
const struct nxsi_span nxsi_spans[NXS_FAMILY_WEBSOCKET] = {
#endif
#define NXS_FAMILY(token, id, first, last, kind, what)                  \
  [NXS_FAMILY_##token - 1] = { first, (last) - (first) + 1,              \
                               offsetof (struct nxsi_slots, token)      \
                               / sizeof (nxsi_index) },
#include "families.def"
};

enum { FAMILIES = sizeof nxsi_spans / sizeof nxsi_spans[0] };

#if defined __OPTIMIZE_SIZE__
/* The primary entry span S has for VALUE, or -1.  */
static int
span_entry (const struct nxsi_span *s, uint32_t value)
{
  uint32_t d = value - s->first;
  return d < s->count
         ? (int) ((const nxsi_index *) &nxsi_slots)[s->slot + d] - 1 : -1;
}

/* The primary entry of the core, TLS, X.509 or crypto family for
   VALUE, or -1.  */
static int
lookup_core (uint32_t value)
{
  /* The core families come first in families.def.  */
  for (const struct nxsi_span *s = nxsi_spans;
       s < nxsi_spans + NXS_FAMILY_CRYPTO; s++)
    if (value - s->first < s->count)
      return span_entry (s, value);
  return -1;
}
#endif

/* The first entry of each family by family number - 1, then the end:
   the entries of a family are together, and a family this build leaves
   out starts where the next one does.  */
static const nxsi_index family_first[] = {
#define NXS_CODE(name, value, family, msgid)
#define NXS_FAMILY_ROWS(family) NXS_ROWS_##family,
#include "codes.def"
  NXS_ENTRY_COUNT
};
_Static_assert (sizeof family_first / sizeof family_first[0]
                == NXS_FAMILY_WEBSOCKET + 1, "a family without rows");

#if !defined __OPTIMIZE_SIZE__
/* See table.h.  A value in two rows is a designator given twice, which
   -Woverride-init (in -Wextra) reports.  */
const nxsi_index nxsi_bare[NXSI_PAGES][256] = {
#define NXS_BARE(id, low, family, name)                                 \
  [NXSI_PAGE_##id][low] = NXS_IDX_##family##__##name + 1,
#include "index.inc"
};

const uint8_t nxsi_bare_page[NXSI_BARE_END + 1] = {
#define NXS_BARE_PAGE(id, page) [page] = NXSI_PAGE_##id,
#include "index.inc"
};
_Static_assert (NXSI_PAGES <= UINT8_MAX, "too many pages");
#elif !defined NXS_CORE_ONLY
/* The values only add-ons define, each under one name: (value << 8 |
   family), sorted, as mkindex writes them; then an end that no value
   reaches.  */
static const uint32_t only_addon[] = {
#define NXS_ONLY_ADDON(value, family)                                   \
  (uint32_t) (value) << 8 | NXS_FAMILY_##family,
#include "index.inc"
  UINT32_MAX
};
#endif

#if defined __OPTIMIZE_SIZE__ && !defined NXS_CORE_ONLY
/* The primary entry FAMILY has for VALUE itself, or -1.  */
static int
own_entry (uint32_t family, uint32_t value)
{
  return family >= 1 && family <= FAMILIES
         ? span_entry (&nxsi_spans[family - 1], value) : -1;
}

/* The primary entry of STATUS when it is not a bare core value: a
   status with a family, or a value of the add-ons.  */
static int
lookup_other (unsigned int status)
{
  uint32_t family = NXS_FAMILY_PART (status), value = NXS_VALUE_PART (status);
  if (family == 0)
    {
      /* A value of the add-ons: the first row for it, if one add-on
         name alone has it.  */
      size_t lo = 0, hi = sizeof only_addon / sizeof only_addon[0] - 1;
      while (lo < hi)
        {
          size_t mid = lo + (hi - lo) / 2;
          if (only_addon[mid] >> 8 < value)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (only_addon[lo] >> 8 != value)
        return -1;
      family = only_addon[lo] & 0xFF;
    }
  else if (family > NXS_FAMILY_WEBSOCKET)
    return -1;                  /* no family of this version */
  /* The family's own entry, else any service's: the core's.  */
  int i = own_entry (family, value);
  return i >= 0 ? i : lookup_core (value);
}
#endif

#if defined __OPTIMIZE_SIZE__
int
nxsi_primary_index (unsigned int status)
{
# if defined NXS_CORE_ONLY
  /* Every family of this version reads a value as the core does.  */
  return NXS_FAMILY_PART (status) <= NXS_FAMILY_WEBSOCKET
         ? lookup_core (NXS_VALUE_PART (status)) : -1;
# else
  int i = status <= 0xFFFFFFu ? lookup_core (status) : -1;
  return i >= 0 ? i : lookup_other (status);
# endif
}
#endif

/* The value of every entry that is not primary.  */
static const struct alias
{
  nxsi_index entry;
  uint32_t value;
} aliases[] = {
#define NXS_CODE(name, value, family, msgid)
#define NXS_ALIAS(name, value, family, msgid)                           \
  { NXS_IDX_##family##__##name, value },
#include "codes.def"
};


const char *
nxs_name (unsigned int status)
{
  int i = nxsi_primary_index (status);
  return i < 0 ? NULL : (const char *) &name_pool + name_at[i];
}

const char *
nxs_description (unsigned int status)
{
  int i = nxsi_primary_index (status);
#if NXS_DESCRIPTIONS
  return i < 0 ? NULL : (const char *) &nxsi_msgid_pool + nxsi_msgid_at[i];
#else
  (void) i;
  return NULL;
#endif
}

nxs_family
nxs_family_of (unsigned int status)
{
  int i = nxsi_primary_index (status);
  return i < 0 ? NXS_FAMILY_UNKNOWN : nxsi_entry_family ((size_t) i);
}

/* --- entry to its parts ------------------------------------------------ */

const char *
nxsi_entry_name (size_t i)
{
  return (const char *) &name_pool + name_at[i];
}

const char *
nxsi_entry_msgid (size_t i)
{
#if NXS_DESCRIPTIONS
  return (const char *) &nxsi_msgid_pool + nxsi_msgid_at[i];
#else
  (void) i;
  return NULL;
#endif
}

const char *
nxsi_english (size_t i)
{
  if (i >= NXS_ENTRY_COUNT)
    return nxsi_unknown_msgid;
#if NXS_DESCRIPTIONS
  return nxsi_entry_msgid (i);
#else
  return nxsi_entry_name (i);
#endif
}

#if !NXS_DESCRIPTIONS
/* gettext's hash of each msgid, and of the unknown sentence, as mkindex
   writes them into index.inc: what a build without descriptions keeps
   of its msgids, to find them in a language pack.  */
static const uint32_t msgid_hash[NXS_ENTRY_COUNT + 1] = {
#define NXS_MSGID_HASH(family, name, hash)                              \
  [NXS_IDX_##family##__##name] = hash,
#define NXS_UNKNOWN_HASH(hash) [NXS_ENTRY_COUNT] = hash,
#include "index.inc"
};

uint32_t
nxsi_entry_hash (size_t i)
{
  return msgid_hash[i];
}
#endif

nxs_family
nxsi_entry_family (size_t i)
{
  size_t f = 1;
  while (family_first[f] <= i)
    f++;
  return (nxs_family) f;
}

size_t
nxs_family_size (nxs_family family)
{
  size_t f = (size_t) family;
  return f >= 1 && f <= NXS_FAMILY_WEBSOCKET
         ? (size_t) (family_first[f] - family_first[f - 1]) : 0;
}

int
nxsi_entry_primary (size_t i)
{
  for (size_t k = 0; k < sizeof aliases / sizeof aliases[0]; k++)
    if (aliases[k].entry == i)
      return 0;
  return 1;
}

unsigned int
nxsi_entry_value (size_t i)
{
  for (size_t k = 0; k < sizeof aliases / sizeof aliases[0]; k++)
    if (aliases[k].entry == i)
      return aliases[k].value;
#if defined __OPTIMIZE_SIZE__
  /* A firmware built for size looks through the slots in turn.  */
  for (const struct nxsi_span *s = nxsi_spans; s < nxsi_spans + FAMILIES; s++)
    for (uint32_t d = 0; d < s->count; d++)
      if (((const nxsi_index *) &nxsi_slots)[s->slot + d] == i + 1)
        return s->first + d;
  return 0;
#else
  /* A primary entry is in its family's slots, which codes.def's order
     by value keeps increasing: a binary search, stepping over empty
     slots.  */
  const struct nxsi_span *s = &nxsi_spans[nxsi_entry_family (i) - 1];
  const nxsi_index *slot = (const nxsi_index *) &nxsi_slots + s->slot;
  uint32_t lo = 0, hi = s->count;
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2, at = mid;
      while (at < hi && slot[at] == 0)
        at++;
      if (at < hi && slot[at] == i + 1)
        return s->first + at;
      if (at < hi && slot[at] < i + 1)
        lo = at + 1;
      else
        hi = mid;
    }
  return 0;
#endif
}

/* --- name to entry ----------------------------------------------------- */

#if !defined __OPTIMIZE_SIZE__
/* Entry indices sorted by name (and by index among equal names), as
   mkindex writes them from codes.def into index.inc.  */
static const nxsi_index by_name[] = {
#define NXS_BY_NAME(family, name) NXS_IDX_##family##__##name,
#include "index.inc"
};
_Static_assert (sizeof by_name / sizeof by_name[0] == NXS_ENTRY_COUNT,
                "index.inc is not made from this codes.def");
#endif

/* Spellings that name lookup accepts besides the entries' own names:
   the names in a pool, and for each, where it starts and its entry.  */
static const struct spelling_pool
{
  char none_;
#define NXS_CODE(name, value, family, msgid)
#define NXS_SPELLING(alias, family, name) char alias[sizeof #alias];
#include "codes.def"
} spelling_pool = {
  0,
#define NXS_CODE(name, value, family, msgid)
#define NXS_SPELLING(alias, family, name) #alias,
#include "codes.def"
};

static const struct spelling
{
  uint16_t at;
  nxsi_index index;
} spellings[] = {
#define NXS_CODE(name, value, family, msgid)
#define NXS_SPELLING(alias, family, name)                               \
  { offsetof (struct spelling_pool, alias), NXS_IDX_##family##__##name },
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

  /* The first of equal names: the lowest index.  */
#if defined __OPTIMIZE_SIZE__
  /* A firmware built for size does without the sorted index (a byte an
     entry): a linear search, some microseconds.  */
  for (size_t i = 0; i < NXS_ENTRY_COUNT; i++)
    if (strcmp (key, nxsi_entry_name (i)) == 0)
      return (int) i;
#else
  size_t lo = 0, hi = NXS_ENTRY_COUNT;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (strcmp (key, nxsi_entry_name (by_name[mid])) > 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < NXS_ENTRY_COUNT && strcmp (key, nxsi_entry_name (by_name[lo])) == 0)
    return by_name[lo];
#endif
  for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++)
    if (strcmp (key, (const char *) &spelling_pool + spellings[i].at) == 0)
      return spellings[i].index;
  return -1;
}
