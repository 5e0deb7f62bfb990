/* localedir_probe.c - print the catalog directory libnxstatus chose.
   setuid.test runs a set-user-ID copy of it.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdio.h>

#include "nxstatus.h"

#ifdef __SANITIZE_ADDRESS__
/* LeakSanitizer cannot inspect a process that changed its user, and a
   set-user-ID process cannot read its options from the environment.  */
const char *__asan_default_options (void);
const char *
__asan_default_options (void)
{
  return "detect_leaks=0";
}
#endif

int
main (void)
{
  puts (nxs_localedir ());
  return ferror (stdout) ? 1 : 0;
}
