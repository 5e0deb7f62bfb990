/* catalogs.h - translations read from the installed .mo catalogs.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_CATALOGS_H
#define NXS_CATALOGS_H 1

#include <stddef.h>

/* Largest catalog file read, in bytes.  */
#define NXSI_MO_MAX_SIZE (16u << 20)

/* The translation of entry I of the code table (NXS_ENTRY_COUNT for the
   unknown-value sentence) for the calling thread: its LC_MESSAGES
   locale, the LANGUAGE variable and its LC_CTYPE charset, from the
   catalogs of the bound directory, as gettext would choose.  NULL when
   there is none (English).  The text lives for the process.  May set
   errno.  */
const char *nxsi_translate_entry (size_t i);

/* The same for any MSGID of the text domain, such as the tool's own
   messages.  Translations of descriptions never hold a control
   character; those of other messages may hold newlines and tabs.  */
const char *nxsi_translate_message (const char *msgid);

#endif /* NXS_CATALOGS_H */
