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
  nxsi_index none_;             /* slot 0, read for a value in no span */
#define NXS_FAMILY(token, id, first, last, kind, what)                  \
  nxsi_index token[(last) - (first) + 1];
#include "families.def"
} nxsi_slots;

/* The primary entry of the core, TLS, X.509 or crypto family for VALUE
   (no family in it), or -1.  Their spans do not overlap, so at most one
   holds VALUE; each is tested with constants and a mask, not a
   condition the compiler would turn into a jump that mispredicts when
   families alternate.  A value in no span reads slot 0, which is
   empty.  */
#if defined __OPTIMIZE_SIZE__
/* In a build for size (-Os, firmware), a loop over the core's spans, a
   third of the code (table.c).  */
int nxsi_lookup_core (uint32_t value);
#else
#define NXSI_CORE_SPAN_ADDON(token, first, last)
#define NXSI_CORE_SPAN_CORE(token, first, last)                         \
  {                                                                     \
    uint32_t d = value - (uint32_t) (first);                            \
    uint32_t in = 0u - (uint32_t) (d <= (uint32_t) ((last) - (first)));  \
    slot |= (offsetof (struct nxsi_slots, token) / sizeof (nxsi_index)   \
             + d) & in;                                                 \
  }
static inline int
nxsi_lookup_core (uint32_t value)
{
  uint32_t slot = 0;
#define NXS_FAMILY(token, id, first, last, kind, what)                  \
  NXSI_CORE_SPAN_##kind (token, first, last)
#include "families.def"
  return (int) ((const nxsi_index *) &nxsi_slots)[slot] - 1;
}
#endif

/* The primary entry of STATUS when it is not an unqualified core value:
   a qualified status, or an add-on's value (table.c).  */
#if !defined NXS_CORE_ONLY
int nxsi_lookup_other (unsigned int status);
#endif

/* The primary entry STATUS resolves to, as NXS_IN in nxstatus.h says,
   or -1.  An unqualified core value, the common case, costs a compare
   and the span tests.  With the core families alone, every family of
   this version reads a value as the core does.  */
static inline int
nxsi_lookup_value (unsigned int status)
{
#if defined NXS_CORE_ONLY
  return NXS_FAMILY_PART (status) <= NXS_FAMILY_WEBSOCKET
         ? nxsi_lookup_core (NXS_VALUE_PART (status)) : -1;
#else
  int i = status <= 0xFFFFFFu ? nxsi_lookup_core (status) : -1;
  return i >= 0 ? i : nxsi_lookup_other (status);
#endif
}

/* The same, inline for the lookups that must cost little more than an
   array index; in a build for size (-Os, firmware), one copy, called.  */
#if defined __OPTIMIZE_SIZE__
int nxsi_primary_index (unsigned int status);
#else
static inline int
nxsi_primary_index (unsigned int status)
{
  return nxsi_lookup_value (status);
}
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

/* The English text of entry I (NXS_ENTRY_COUNT: the unknown-value
   sentence): its msgid, or in a names-only build its name.  */
const char *nxsi_english (size_t i);

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
