/* catalogs.h - translations read from the installed .mo catalogs.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_CATALOGS_H
#define NXS_CATALOGS_H 1

#include <stddef.h>

#include "mo.h"

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

/* 1 if the system can convert text in CHARSET to UTF-8 and that text
   can pass through NUL-terminated C strings: printable ASCII converts
   unchanged (not so in UTF-16, UTF-32 or EBCDIC).  Else 0.  */
int nxsi_charset_usable (const char *charset);

/* nxsi_mo_check, and nxsi_charset_usable for the charset found: what
   the library asks of every catalog before it uses one.  0 or -1.  */
int nxsi_catalog_check (const unsigned char *data, size_t size,
                        struct nxsi_mo *mo);

#endif /* NXS_CATALOGS_H */
