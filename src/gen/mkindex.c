/* mkindex.c - write by-name.inc: the entries of codes.def sorted by
   name, for nxsi_find_name's binary search.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Run on the build machine; its output is distributed, so a build from
   the release tarball does not run it.  Sorting is the one thing the
   preprocessor cannot do for table.c.

   Usage: mkindex > by-name.inc  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct row
{
  const char *family;
  const char *name;
  size_t index;
} rows[] = {
#define NXS_CODE(name, value, family, msgid) { #family, #name, 0 },
#include "codes.def"
};

enum { ROWS = sizeof rows / sizeof rows[0] };

static int
by_name (const void *a, const void *b)
{
  const struct row *x = a, *y = b;
  int cmp = strcmp (x->name, y->name);
  return cmp != 0 ? cmp : (x->index > y->index) - (x->index < y->index);
}

int
main (void)
{
  for (size_t i = 0; i < ROWS; i++)
    rows[i].index = i;
  qsort (rows, ROWS, sizeof rows[0], by_name);

  puts ("/* by-name.inc - the entries of codes.def sorted by name (strcmp),\n"
        "   equal names by their order in codes.def.  Written by mkindex;\n"
        "   do not edit.  */\n");
  for (size_t i = 0; i < ROWS; i++)
    printf ("NXS_BY_NAME (%s, %s)\n", rows[i].family, rows[i].name);
  return fflush (stdout) != 0 || ferror (stdout) ? EXIT_FAILURE
                                                  : EXIT_SUCCESS;
}
