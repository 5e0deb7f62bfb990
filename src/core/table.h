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

/* An entry index in a constant table.  */
typedef uint8_t nxsi_index;

/* An offset into a string pool.  */
typedef uint16_t nxsi_off;

/* Index of the primary entry of STATUS, or -1 if STATUS is unknown.  */
int nxsi_primary_index (unsigned int status);

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
   catalogs, or in the caller's locale if LANG is NXSI_LOCALE.  Return
   0, EINVAL or ERANGE as nxs_entry_get does.  */
extern const char nxsi_locale[];
#define NXSI_LOCALE nxsi_locale
int nxsi_fill_entry (size_t index, const char *lang, nxs_entry *entry);

#endif /* NXS_TABLE_H */
