/* alias.c - locale.alias, as gettext reads it.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   gettext replaces a language such as "swedish" by its locale.alias
   value ("sv_SE.ISO-8859-1") before it looks for catalogs, so the
   library must know the same aliases to check the files gettext will
   open.  The files are parsed as glibc's localealias.c parses them:
   per line, the first two fields separated by white space, '#' lines
   being comments, names compared without regard to ASCII case.  The
   table is read once, kept for the process, and only grows.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alias.h"

#ifndef NXS_LOCALE_ALIAS_PATH
# define NXS_LOCALE_ALIAS_PATH "/usr/share/locale"
#endif

struct alias
{
  const char *name, *value;
  size_t line;                  /* order in the files */
};

static struct alias *aliases;
static size_t count;
static int read_once;

static int
blank (int c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
         || c == '\v';
}

static int
fold (int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
compare_names (const char *a, const char *b)
{
  while (*a != '\0' && fold ((unsigned char) *a) == fold ((unsigned char) *b))
    a++, b++;
  return fold ((unsigned char) *a) - fold ((unsigned char) *b);
}

static int
by_name (const void *a, const void *b)
{
  const struct alias *x = a, *y = b;
  int c = compare_names (x->name, y->name);
  /* Equal names keep file order.  */
  return c != 0 ? c : (x->line > y->line) - (x->line < y->line);
}

/* Add the pair NAME, VALUE (copied); 0, or -1 if memory ran out.  */
static int
add (const char *name, size_t name_len, const char *value, size_t value_len,
     size_t *size)
{
  if (count == *size)
    {
      size_t bigger = *size * 2 + 64;
      struct alias *a = realloc (aliases, bigger * sizeof *a);
      if (a == NULL)
        return -1;
      aliases = a;
      *size = bigger;
    }
  char *s = malloc (name_len + value_len + 2);
  if (s == NULL)
    return -1;
  memcpy (s, name, name_len);
  s[name_len] = '\0';
  memcpy (s + name_len + 1, value, value_len);
  s[name_len + 1 + value_len] = '\0';
  aliases[count].name = s;
  aliases[count].value = s + name_len + 1;
  aliases[count].line = count;
  count++;
  return 0;
}

/* Read DIR/locale.alias, DIR being the LEN bytes at DIR.  */
static void
read_file (const char *dir, size_t len, size_t *size)
{
  char path[4096];
  if (len + sizeof "/locale.alias" > sizeof path)
    return;
  memcpy (path, dir, len);
  memcpy (path + len, "/locale.alias", sizeof "/locale.alias");
  FILE *fp = fopen (path, "re");
  if (fp == NULL)
    return;
  /* gettext reads lines in pieces of 400 bytes; a longer line's rest is
     read as lines of its own, so the same here.  */
  char line[400];
  while (fgets (line, sizeof line, fp) != NULL)
    {
      char *p = line;
      while (blank ((unsigned char) *p))
        p++;
      if (*p == '\0' || *p == '#')
        continue;
      char *name = p;
      while (*p != '\0' && !blank ((unsigned char) *p))
        p++;
      size_t name_len = (size_t) (p - name);
      while (blank ((unsigned char) *p))
        p++;
      if (*p == '\0')
        continue;
      char *value = p;
      while (*p != '\0' && !blank ((unsigned char) *p))
        p++;
      if (add (name, name_len, value, (size_t) (p - value), size) != 0)
        break;
    }
  fclose (fp);
}

static void
read_aliases (void)
{
  size_t size = 0;
  const char *path = NXS_LOCALE_ALIAS_PATH;
  read_once = 1;
  while (*path != '\0')
    {
      size_t len = strcspn (path, ":");
      if (len > 0)
        read_file (path, len, &size);
      path += len + (path[len] == ':');
    }
  if (count > 0)
    qsort (aliases, count, sizeof *aliases, by_name);
}

/* The index of the first alias called NAME, or of the next one.  */
static size_t
first (const char *name)
{
  if (!read_once)
    read_aliases ();
  size_t lo = 0, hi = count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (compare_names (aliases[mid].name, name) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

size_t
nxsi_alias_count (const char *name)
{
  size_t n = 0;
  for (size_t i = first (name);
       i < count && compare_names (aliases[i].name, name) == 0; i++)
    n++;
  return n;
}

void
nxsi_alias_each (const char *name, int (*fn) (const char *value, void *arg),
                 void *arg)
{
  for (size_t i = first (name);
       i < count && compare_names (aliases[i].name, name) == 0; i++)
    if (fn (aliases[i].value, arg) != 0)
      return;
}
