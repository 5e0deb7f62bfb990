/* nodir.c - the catalog directory on a system without files: nothing is
   ever read, so binding one changes nothing, and there is none to name.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Built instead of nls/localedir.c where the host has no threads or
   locales (a microcontroller).  */

#include <config.h>

#include "nxstatus.h"

int
nxs_bind_localedir (const char *dir)
{
  (void) dir;
  return 0;
}

/* No directory is ever read here: none is named.  */
const char *
nxs_localedir (void)
{
  return "";
}
