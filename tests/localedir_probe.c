/* localedir_probe.c - print the catalog directory libnxstatus chose.
   setuid.test runs a set-user-ID copy of it.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdio.h>

#include "nxstatus.h"

int
main (void)
{
  puts (nxs_localedir ());
  return ferror (stdout) ? 1 : 0;
}
