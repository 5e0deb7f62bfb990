/* names.h - the catalog names gettext would try for a language setting.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_NAMES_H
#define NXS_NAMES_H 1

#include <stddef.h>

#include "langlist.h"

/* The language list gettext takes for LC_MESSAGES locale LOCALE with
   the LANGUAGE variable set to LANGUAGE (either may be NULL): none when
   LOCALE is NULL, "C" or "POSIX"; else LANGUAGE if it is not empty;
   else LOCALE.  Return it, or NULL for "no translation".  */
const char *nxsi_language_list (const char *language, const char *locale);

/* Call FN (NAME, ENTRY, ARG) for each catalog name to try for LIST, a
   colon-separated list of locale names, in gettext's order: for each
   entry ll_CC.codeset@mod, from the most specific to "ll" (with the
   codeset also in its normalized form, e.g. "utf8").  The list stops at
   an entry "C" or "POSIX", after NXSI_NAMES_MAX_ENTRIES entries, or
   when FN returns nonzero; that value is returned, else 0.  Entries
   that could name a path (a '/', a leading '.') or hold characters no
   locale name has are skipped, so every NAME is safe as a directory
   name.  ENTRY counts the list's entries from 0.  NAME lives only
   during the call.  */
int nxsi_each_name (const char *list,
                    int (*fn) (const char *name, int entry, void *arg),
                    void *arg);

#endif /* NXS_NAMES_H */
