/* language.h - the language the tool describes in, and its texts in
   UTF-8.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_LANGUAGE_H
#define NXS_LANGUAGE_H 1

#include <stddef.h>
#include <stdio.h>

#include "nxstatus.h"

/* Set the locale from the environment, as setlocale (LC_ALL, "") does;
   where that locale is not installed, set what can be, and take
   C.UTF-8 for LC_CTYPE if the environment names a UTF-8 charset.  Call
   first.  */
void language_locale (void);

/* Choose the language from LANG (from --lang: a list as LANGUAGE takes
   it), or if it is NULL from the environment as gettext reads it
   (LANGUAGE unless the locale from LC_ALL, LC_MESSAGES or LANG is C or
   unset), even when that locale is not installed.  The first entry
   with a catalog wins: an installed one, then a built-in one; "en", C
   and POSIX end the walk with English.  The tool's messages follow
   (i18n.c).  */
void language_choose (const char *lang);

/* Describe from PACK, an open language pack that stays for the life of
   the program, through the public nxs_*_pack functions, as a device
   does; the tool's messages come from it too (nxs_pack_gettext).  */
void language_use_pack (const nxs_pack *pack);

/* The description of STATUS in UTF-8, with the value appended if STATUS
   is unknown, in memory the caller frees.  */
char *language_describe (unsigned int status);

/* Fill *E with entry INDEX, or with the entry called NAME, as
   nxs_entry_get and nxs_entry_find do, and set *TEXT to its description
   in UTF-8, in memory the caller frees.  Return as they do.  */
int language_entry (size_t index, nxs_entry *e, char **text);
int language_find (const char *name, nxs_entry *e, char **text);

/* Write to FP, as UTF-8 on one line, every character the descriptions
   and the unknown-value sentence use, with those a value needs, sorted
   by code point.  */
void language_glyphs (FILE *fp);

#endif /* NXS_LANGUAGE_H */
