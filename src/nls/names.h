/* names.h - the catalog files gettext opens for a language setting.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_NAMES_H
#define NXS_NAMES_H 1

#include <stddef.h>

/* Longest entry of a language list, alias value or catalog name looked
   at; a longer one counts as one that could be a path.  */
#define NXSI_CATALOG_NAME_MAX 255

/* The language list gettext takes for LC_MESSAGES locale LOCALE with
   the LANGUAGE variable set to LANGUAGE (either may be NULL): none when
   LOCALE is NULL, "C" or "POSIX"; else LANGUAGE if it is not empty;
   else LOCALE.  Return it, or NULL for "no translation".  */
const char *nxsi_language_list (const char *language, const char *locale);

/* How gettext meets a catalog name of a list entry.  */
enum nxsi_name_kind
{
  NXSI_NAME_OPENED,             /* opened, in this order, the first time
                                   gettext meets the entry */
  NXSI_NAME_LATER,              /* opened only by a later lookup, if at
                                   all (names of the entry itself when
                                   gettext took its locale.alias value,
                                   or of a second alias value) */
  NXSI_NAME_UNSAFE              /* the entry, or its alias value, could
                                   be a path: gettext must never see it */
};

typedef int nxsi_name_fn (const char *name, int entry,
                          enum nxsi_name_kind kind, void *arg);

/* Call FN (NAME, ENTRY, KIND, ARG) for the catalog names gettext tries
   for LIST, a colon-separated list of locale names, in gettext's order
   (glibc's dcigettext.c, finddomain.c, l10nflist.c): entry by entry,
   empty entries skipped, up to an entry "C" or "POSIX"; for each entry
   its locale.alias value if it has one, split as ll_CC.codeset@mod and
   tried from the most specific name to "ll", with the codeset also in
   gettext's normalized form ("utf8").  An entry, or alias value, with
   a character no locale name has, a leading '.', or more than
   NXSI_CATALOG_NAME_MAX bytes gets one call with KIND NXSI_NAME_UNSAFE
   and NAME the entry, and ends the walk.  ENTRY counts the list's
   entries from 0.  Stop when FN returns nonzero and return that value;
   else return 0.  NAME lives only during the call.  May allocate
   (locale.alias is read on first use); call with the hosted lock
   held.  */
int nxsi_walk_names (const char *list, nxsi_name_fn *fn, void *arg);

#endif /* NXS_NAMES_H */
