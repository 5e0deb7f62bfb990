/* table.h - the code table as seen by the rest of the library.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_TABLE_H
#define NXS_TABLE_H 1

#include <stddef.h>
#include "nxstatus.h"

/* Index of every entry, in codes.def order, then the count.  */
enum
{
#define NXS_CODE(name, value, family, msgid) NXS_IDX_##name,
#include "codes.def"
  NXS_ENTRY_COUNT
};

/* Index of the primary entry of STATUS, or -1 if STATUS is unknown.  */
int nxsi_primary_index (unsigned int status);

/* Index of the entry called NAME (not NULL), ignoring ASCII case, or -1.  */
int nxsi_find_name (const char *name);

/* Name, English msgid, value and family of entry I < NXS_ENTRY_COUNT.  */
const char *nxsi_entry_name (size_t i);
const char *nxsi_entry_msgid (size_t i);
unsigned int nxsi_entry_value (size_t i);
nxs_family nxsi_entry_family (size_t i);

/* The description of entry I in the caller's language: nls/strerror.c
   in a build with NLS, else english.c.  */
const char *nxsi_entry_text (size_t i);

#endif /* NXS_TABLE_H */
