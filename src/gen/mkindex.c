/* mkindex.c - write index.inc: what table.c needs of codes.def that the
   preprocessor cannot derive: the entries sorted by name, the add-on
   values that one add-on alone defines, and the entry each value
   without a family resolves to, by page of 256 values.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Run on the build machine; its output is distributed, so a build from
   the release tarball does not run it.  Each row for an add-on family
   is guarded by #ifndef NXS_WITHOUT_FAMILY, so one file serves every
   choice of families.

   Usage: mkindex > index.inc
   Built with core/mo.c and core/text.c.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mo.h"
#include "text.h"

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
  const char *msgid;
} rows[] = {
#define NXS_CODE(name, value, family, msgid)                            \
  { #family, #name, value, 1, 0, msgid },
#define NXS_ALIAS(name, value, family, msgid)                           \
  { #family, #name, value, 0, 0, msgid },
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

/* The page of 256 values that V lies in.  */
static unsigned long
page_of (unsigned long v)
{
  return v >> 8;
}

/* Write the page rows: each page that holds a primary value, present
   when one of the families with a value there is in the build.  */
static unsigned long
write_pages (void)
{
  unsigned long last = 0;
  for (size_t i = 0; i < ROWS; i++)
    if (rows[i].primary && page_of (rows[i].value) > last)
      last = page_of (rows[i].value);
  for (unsigned long page = 0; page <= last; page++)
    {
      int any = 0, core = 0;
      char cond[4096] = "";
      size_t len = 0;
      int seen[64] = { 0 };
      for (size_t i = 0; i < ROWS; i++)
        {
          if (!rows[i].primary || page_of (rows[i].value) != page)
            continue;
          int f = family_number (rows[i].family);
          any = 1;
          if (!families[f].addon)
            core = 1;
          else if (!seen[f])
            {
              seen[f] = 1;
              len += (size_t) snprintf (cond + len, sizeof cond - len,
                                        "%s!defined NXS_WITHOUT_%s",
                                        len > 0 ? " || " : "",
                                        families[f].token);
            }
        }
      if (!any)
        continue;
      if (!core)
        printf ("#if %s\n", cond);
      printf ("NXS_BARE_PAGE (p%03lX, 0x%03lX)\n", page, page);
      if (!core)
        puts ("#endif");
    }
  return last;
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
        "   each of those families, sorted by value, then family.\n"
        "   NXS_BARE_PAGE (ID, PAGE): each page of 256 values (VALUE >> 8)\n"
        "   that holds a primary value of a family in the build.\n"
        "   NXS_BARE_END (PAGE): one past the last such page of any build.\n"
        "   NXS_BARE (ID, LOW, FAMILY, NAME): the entry that the value\n"
        "   without a family, PAGE << 8 | LOW, resolves to: the core's, else\n"
        "   the first in the build of the add-on entries of its one name.\n"
        "   NXS_MSGID_HASH (FAMILY, NAME, HASH): gettext's hash of each\n"
        "   entry's msgid, in codes.def's order, for a build without\n"
        "   descriptions to find its entries in a language pack;\n"
        "   NXS_UNKNOWN_HASH (HASH) that of the unknown-value sentence.\n\n"
        "   Undefined macros expand to nothing; all are undefined at the\n"
        "   end.  */\n");
  puts ("#ifndef NXS_BY_NAME\n# define NXS_BY_NAME(family, name)\n#endif\n"
        "#ifndef NXS_ONLY_ADDON\n# define NXS_ONLY_ADDON(value, family)\n"
        "#endif\n"
        "#ifndef NXS_BARE_PAGE\n# define NXS_BARE_PAGE(id, page)\n#endif\n"
        "#ifndef NXS_BARE_END\n# define NXS_BARE_END(page)\n#endif\n"
        "#ifndef NXS_BARE\n# define NXS_BARE(id, low, family, name)\n"
        "#endif\n"
        "#ifndef NXS_MSGID_HASH\n# define NXS_MSGID_HASH(family, name, hash)\n"
        "#endif\n"
        "#ifndef NXS_UNKNOWN_HASH\n# define NXS_UNKNOWN_HASH(hash)\n#endif\n");

  /* A build without descriptions tells its msgids apart by hash alone:
     no two may share one.  */
  for (size_t i = 0; i <= ROWS; i++)
    {
      const char *a = i < ROWS ? rows[i].msgid : nxsi_unknown_msgid;
      for (size_t j = 0; j < i; j++)
        if (strcmp (rows[j].msgid, a) != 0
            && nxsi_mo_hash (rows[j].msgid) == nxsi_mo_hash (a))
          {
            fprintf (stderr, "mkindex: the msgids of %s and %s share a "
                     "hash\n", rows[j].name, i < ROWS ? rows[i].name
                                                  : "the unknown sentence");
            return EXIT_FAILURE;
          }
      if (i < ROWS)
        {
          snprintf (line, sizeof line, "NXS_MSGID_HASH (%s, %s, 0x%08lX)\n",
                    rows[i].family, rows[i].name,
                    (unsigned long) nxsi_mo_hash (a));
          guarded (rows[i].family, line);
        }
    }
  printf ("NXS_UNKNOWN_HASH (0x%08lX)\n",
          (unsigned long) nxsi_mo_hash (nxsi_unknown_msgid));

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

  unsigned long last = write_pages ();
  printf ("NXS_BARE_END (0x%03lX)\n", last + 1);
  for (size_t i = 0; i < ROWS;)
    {
      size_t end = i;
      while (end < ROWS && rows[end].value == rows[i].value)
        end++;
      const struct row *core = NULL, *first = NULL;
      int names = 0;
      for (size_t k = i; k < end; k++)
        {
          if (!rows[k].primary)
            continue;
          if (!families[family_number (rows[k].family)].addon)
            core = core != NULL ? core : &rows[k];
          else if (first == NULL)
            first = &rows[k], names = 1;
          else if (strcmp (first->name, rows[k].name) != 0)
            names++;
        }
      unsigned long v = rows[i].value;
      if (core != NULL)
        printf ("NXS_BARE (p%03lX, 0x%02lX, %s, %s)\n", page_of (v), v & 0xFF,
                core->family, core->name);
      else if (names == 1)
        {
          /* The first family of the build with that name.  */
          int opened = 0;
          for (size_t k = i; k < end; k++)
            if (rows[k].primary)
              {
                printf ("#%s !defined NXS_WITHOUT_%s\n",
                        opened ? "elif" : "if", rows[k].family);
                printf ("NXS_BARE (p%03lX, 0x%02lX, %s, %s)\n", page_of (v),
                        v & 0xFF, rows[k].family, rows[k].name);
                opened = 1;
              }
          puts ("#endif");
        }
      i = end;
    }
  puts ("#undef NXS_BY_NAME\n#undef NXS_ONLY_ADDON\n#undef NXS_BARE_PAGE\n"
        "#undef NXS_BARE_END\n#undef NXS_BARE\n#undef NXS_MSGID_HASH\n"
        "#undef NXS_UNKNOWN_HASH");
  return fflush (stdout) != 0 || ferror (stdout) ? EXIT_FAILURE
                                                  : EXIT_SUCCESS;
}
