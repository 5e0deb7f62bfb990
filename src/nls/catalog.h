/* catalog.h - checking .mo catalogs before gettext reads them.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_CATALOG_H
#define NXS_CATALOG_H 1

#include <stddef.h>

/* 1 if DATA, SIZE bytes, is a well-formed GNU .mo file: known magic and
   revision, every table inside the file, every string NUL-terminated
   inside it, every hash slot naming a string.  Else 0.  */
int nxsi_mo_valid (const unsigned char *data, size_t size);

/* 1 if every DIR/LANG/LC_MESSAGES/nxstatus.mo that exists is valid
   (so also when there is none), 0 if any is not or cannot be read.  */
int nxsi_localedir_valid (const char *dir);

#endif /* NXS_CATALOG_H */
