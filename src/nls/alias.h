/* alias.h - locale.alias, as gettext reads it.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_ALIAS_H
#define NXS_ALIAS_H 1

#include <stddef.h>

/* The number of values the locale.alias files give NAME, comparing
   names without regard to ASCII case, as gettext does (usually 0 or 1).
   The files of NXS_LOCALE_ALIAS_PATH (a colon-separated list of
   directories, each with a file locale.alias: gettext's
   LOCALE_ALIAS_PATH) are read once, on first use, as gettext reads
   them.  Call with the hosted lock held.  */
size_t nxsi_alias_count (const char *name);

/* Call FN (VALUE, ARG) for each of those values, in file order, until
   it returns nonzero.  */
void nxsi_alias_each (const char *name, int (*fn) (const char *value,
                                                   void *arg),
                      void *arg);

#endif /* NXS_ALIAS_H */
