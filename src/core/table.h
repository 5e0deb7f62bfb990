/* table.h - the code table as seen by the rest of the library.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_TABLE_H
#define NXS_TABLE_H 1

#include <stddef.h>
#include <stdint.h>

#include "nxstatus.h"

/* Whether the table carries English descriptions (else names only).  */
#ifndef NXS_DESCRIPTIONS
# define NXS_DESCRIPTIONS 1
#endif

/* Index of every entry, NXS_IDX_FAMILY__NAME, in codes.def order, then
   the count; NXS_ROWS_FAMILY is the index of a family's first entry.  */
enum
{
#define NXS_FAMILY_ROWS(family)                                         \
  NXS_ROWS_##family, NXS_ROWS_##family##_ = NXS_ROWS_##family - 1,
#define NXS_CODE(name, value, family, msgid) NXS_IDX_##family##__##name,
#include "codes.def"
  NXS_ENTRY_COUNT
};

/* An entry index in a constant table, and an offset into a string
   pool: small enough for the core families alone (NXS_CORE_ONLY, which
   configure defines when it leaves every add-on out), else wide.  The
   compiler checks both against the table.  */
#if defined NXS_CORE_ONLY
typedef uint8_t nxsi_index;
typedef uint16_t nxsi_off;
#else
typedef uint16_t nxsi_index;
typedef uint32_t nxsi_off;
#endif

/* The values each family spans: NXS_FIRST_X, NXS_LAST_X.  */
enum
{
#define NXS_FAMILY(token, id, first, last, kind, what)                  \
  NXS_FIRST_##token = first, NXS_LAST_##token = last,
#include "families.def"
};

/* Data shared between the library's files stays inside it, reached
   without a relocation.  */
#if defined __GNUC__ && !defined _WIN32
# define NXSI_INTERNAL __attribute__ ((__visibility__ ("hidden")))
#else
# define NXSI_INTERNAL
#endif

/* For each family, one slot per value of its span: the index of the
   primary entry plus one, or 0 (table.c).  */
extern NXSI_INTERNAL const struct nxsi_slots
{
#define NXS_FAMILY(token, id, first, last, kind, what)                  \
  nxsi_index token[(last) - (first) + 1];
#include "families.def"
} nxsi_slots;

/* A family's span of values, and where its slots start in nxsi_slots.  */
struct nxsi_span
{
  uint32_t first;
  uint16_t count;               /* 0: a family the build leaves out */
  uint16_t slot;
};

/* The entries of the core, TLS, X.509 and crypto families come first:
   an index below this is one of theirs.  */
enum { NXSI_CORE_ENTRIES = NXS_ROWS_AUTO_IP };
_Static_assert (NXS_FAMILY_AUTO_IP == NXS_FAMILY_CRYPTO + 1,
                "the add-on families follow the core's");

#if !defined __OPTIMIZE_SIZE__
/* Every value without a family, by page of 256 values: the primary
   entry it resolves to, plus one, or 0 (table.c, from index.inc).  A
   page of the table for each page of values that holds one, and page 0
   empty, for every other value.  */
enum
{
  NXSI_PAGE_NONE_,
#define NXS_BARE_PAGE(id, page) NXSI_PAGE_##id,
#include "index.inc"
  NXSI_PAGES
};
enum
{
#define NXS_BARE_END(page) NXSI_BARE_END = page,
#include "index.inc"
};
extern NXSI_INTERNAL const nxsi_index nxsi_bare[NXSI_PAGES][256];
extern NXSI_INTERNAL const uint8_t nxsi_bare_page[NXSI_BARE_END + 1];

/* The primary entry VALUE (below 2^24) resolves to without a family, or
   -1: two loads, whatever the family, with no branch to mispredict.  */
static inline int
nxsi_lookup_bare (uint32_t value)
{
  uint32_t page = value >> 8;
  page = page < NXSI_BARE_END ? page : NXSI_BARE_END;
  return (int) nxsi_bare[nxsi_bare_page[page]][value & 0xFF] - 1;
}

/* Each family's span of values and where its slots start in
   nxsi_slots, by family number - 1; a family the build leaves out has
   none (table.c).  */
extern NXSI_INTERNAL const struct nxsi_span nxsi_spans[NXS_FAMILY_WEBSOCKET];

/* The primary entry STATUS resolves to, as NXS_IN in nxstatus.h says,
   or -1: inline, for the lookups that must cost little more than an
   array index.  A status with a family tries that family's slots; else,
   and where they have none, the value's entry without a family if that
   is the core's: any service may return those.  */
static inline int
nxsi_primary_index (unsigned int status)
{
  uint32_t family = NXS_FAMILY_PART (status), value = NXS_VALUE_PART (status);
  int bare = nxsi_lookup_bare (value);
  if (family == 0)
    return bare;
  if (family > NXS_FAMILY_WEBSOCKET)
    return -1;                  /* no family of this version */
  /* Written out, not through a helper as in table.c: with one, GCC
     laid the bare path out of line (nxs_description 3.25 ns, not 2.98).  */
  const struct nxsi_span *s = &nxsi_spans[family - 1];
  uint32_t d = value - s->first;
  int own = d < s->count
            ? (int) ((const nxsi_index *) &nxsi_slots)[s->slot + d] - 1 : -1;
  return own >= 0 ? own : bare < NXSI_CORE_ENTRIES ? bare : -1;
}
#else
/* The same in a build for size (-Os, firmware), one copy, called, and
   without the pages: a loop over the core's spans, then for a value of
   the add-ons a binary search (table.c).  */
int nxsi_primary_index (unsigned int status);
#endif

/* Index of the entry called NAME (not NULL), ignoring ASCII case, or -1.
   Where two families have an entry of that name, the first.  */
int nxsi_find_name (const char *name);

/* Name, English msgid (NULL in a names-only build), value, family and
   primacy of entry I < NXS_ENTRY_COUNT.  */
const char *nxsi_entry_name (size_t i);
const char *nxsi_entry_msgid (size_t i);
unsigned int nxsi_entry_value (size_t i);
nxs_family nxsi_entry_family (size_t i);
int nxsi_entry_primary (size_t i);

#if NXS_DESCRIPTIONS
/* The msgid pool and where each entry's starts (table.c), for the inline
   nxsi_msgid of the hot paths.  */
extern NXSI_INTERNAL const struct nxsi_msgid_pool nxsi_msgid_pool;
extern NXSI_INTERNAL const nxsi_off nxsi_msgid_at[NXS_ENTRY_COUNT];

/* What nxsi_english gives in a build with descriptions, inline: the
   msgid of entry I, or the unknown sentence for NXS_ENTRY_COUNT.  */
static inline const char *
nxsi_msgid (size_t i)
{
  extern const char nxsi_unknown_msgid[];
  return i < NXS_ENTRY_COUNT
         ? (const char *) &nxsi_msgid_pool + nxsi_msgid_at[i]
         : nxsi_unknown_msgid;
}
#endif

/* The English text of entry I (NXS_ENTRY_COUNT: the unknown-value
   sentence): its msgid, or in a names-only build its name.  */
const char *nxsi_english (size_t i);

#if !NXS_DESCRIPTIONS
/* gettext's hash (nxsi_mo_hash) of the msgid of entry I
   (NXS_ENTRY_COUNT: the unknown sentence), which a build without
   descriptions does not hold.  */
uint32_t nxsi_entry_hash (size_t i);
#endif

/* The description of entry I in the caller's language: nls/strerror.c
   in a build with NLS, else english.c.  */
const char *nxsi_entry_text (size_t i);

/* The description of entry I in built-in language LANG (lang.c).  */
const char *nxsi_entry_text_lang (size_t i, const char *lang);

/* Fill *ENTRY with entry INDEX, its text in LANG from the built-in
   catalogs if BUILTIN, else in the caller's locale.  Return 0, EINVAL
   or ERANGE as nxs_entry_get does.  */
int nxsi_fill_entry (size_t index, int builtin, const char *lang,
                     nxs_entry *entry);

#endif /* NXS_TABLE_H */
