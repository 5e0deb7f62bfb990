/* mkindex.c - write index.inc: what table.c needs of codes.def that the
   preprocessor cannot derive, the entries sorted by name and the
   add-on values that one add-on alone defines.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Run on the build machine; its output is distributed, so a build from
   the release tarball does not run it.  Each row for an add-on family
   is guarded by #ifndef NXS_WITHOUT_FAMILY, so one file serves every
   choice of families.

   Usage: mkindex > index.inc  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct family
{
  const char *token;
  int addon;
} families[] = {
  { "", 0 },
#define NXS_FAMILY(token, id, first, last, kind, what) { #token, kind },
#define CORE 0
#define ADDON 1
#include "families.def"
#undef CORE
#undef ADDON
};

enum { FAMILIES = sizeof families / sizeof families[0] };

static struct row
{
  const char *family;
  const char *name;
  unsigned long value;
  int primary;
  size_t index;
} rows[] = {
#define NXS_CODE(name, value, family, msgid) { #family, #name, value, 1, 0 },
#define NXS_ALIAS(name, value, family, msgid) { #family, #name, value, 0, 0 },
#include "codes.def"
};

enum { ROWS = sizeof rows / sizeof rows[0] };

static int
family_number (const char *token)
{
  for (int f = 1; f < FAMILIES; f++)
    if (strcmp (families[f].token, token) == 0)
      return f;
  fprintf (stderr, "mkindex: family %s is not in families.def\n", token);
  exit (EXIT_FAILURE);
}

static int
by_name (const void *a, const void *b)
{
  const struct row *x = a, *y = b;
  int cmp = strcmp (x->name, y->name);
  return cmp != 0 ? cmp : (x->index > y->index) - (x->index < y->index);
}

static int
by_value (const void *a, const void *b)
{
  const struct row *x = a, *y = b;
  if (x->value != y->value)
    return x->value < y->value ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* Write LINE, guarded by its family's #ifndef if it is an add-on's.  */
static void
guarded (const char *family, const char *line)
{
  int addon = families[family_number (family)].addon;
  if (addon)
    printf ("#ifndef NXS_WITHOUT_%s\n", family);
  fputs (line, stdout);
  if (addon)
    puts ("#endif");
}

int
main (void)
{
  char line[256];
  for (size_t i = 0; i < ROWS; i++)
    rows[i].index = i;

  puts ("/* index.inc - written by mkindex from codes.def and families.def;\n"
        "   do not edit.\n\n"
        "   NXS_BY_NAME (FAMILY, NAME): every entry, sorted by name (strcmp),\n"
        "   equal names in codes.def's order.\n"
        "   NXS_ONLY_ADDON (VALUE, FAMILY): each value that no core family\n"
        "   defines and that add-on families define under one name, with\n"
        "   each of those families, sorted by value, then family.  */\n");

  qsort (rows, ROWS, sizeof rows[0], by_name);
  for (size_t i = 0; i < ROWS; i++)
    {
      snprintf (line, sizeof line, "NXS_BY_NAME (%s, %s)\n", rows[i].family,
                rows[i].name);
      guarded (rows[i].family, line);
    }

  qsort (rows, ROWS, sizeof rows[0], by_value);
  for (size_t i = 0; i < ROWS;)
    {
      /* The primary entries of one value.  */
      size_t end = i;
      while (end < ROWS && rows[end].value == rows[i].value)
        end++;
      const struct row *first = NULL;
      int core = 0, names = 0;
      for (size_t k = i; k < end; k++)
        {
          if (!rows[k].primary)
            continue;
          if (!families[family_number (rows[k].family)].addon)
            core = 1;
          else if (first == NULL)
            first = &rows[k], names = 1;
          else if (strcmp (first->name, rows[k].name) != 0)
            names++;
        }
      /* Each family with that name, so that a build without the first
         still has the value.  */
      for (size_t k = i; k < end && !core && names == 1; k++)
        if (rows[k].primary)
          {
            snprintf (line, sizeof line, "NXS_ONLY_ADDON (0x%lX, %s)\n",
                      rows[k].value, rows[k].family);
            guarded (rows[k].family, line);
          }
      i = end;
    }
  return fflush (stdout) != 0 || ferror (stdout) ? EXIT_FAILURE
                                                  : EXIT_SUCCESS;
}
