/* scratch_locale.h - the scratch locale directory of the fuzzers that
   hand catalogs to gettext.
   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_FUZZ_SCRATCH_LOCALE_H
#define NXS_FUZZ_SCRATCH_LOCALE_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

/* Make DIR (a mkdtemp template) with eo/LC_MESSAGES in it, and set PATH
   (SIZE bytes) to the catalog of DOMAIN there; aborts if it cannot.  */
static void
scratch_locale (char *dir, const char *domain, char *path, size_t size)
{
  char d[256];
  if (mkdtemp (dir) == NULL)
    abort ();
  snprintf (d, sizeof d, "%s/eo", dir);
  mkdir (d, 0700);
  snprintf (d, sizeof d, "%s/eo/LC_MESSAGES", dir);
  mkdir (d, 0700);
  snprintf (path, size, "%s/eo/LC_MESSAGES/%s.mo", dir, domain);
}

#endif
