/* names.c - the catalog names gettext would try for a language setting.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The order is that of gettext's _nl_make_l10nflist: every combination
   of territory, codeset and modifier, most specific first.  Alias files
   (locale.alias) are not read.  */

#include <config.h>

#include <string.h>

#include "names.h"

const char *
nxsi_language_list (const char *language, const char *locale)
{
  if (locale == NULL || strcmp (locale, "C") == 0
      || strcmp (locale, "POSIX") == 0)
    return NULL;
  return language != NULL && language[0] != '\0' ? language : locale;
}

/* 1 if the LEN bytes at S may be a locale name and a directory name.  */
static int
safe_name (const char *s, size_t len)
{
  if (len == 0 || len > NXSI_NAME_MAX || s[0] == '.')
    return 0;
  for (size_t i = 0; i < len; i++)
    {
      unsigned char c = (unsigned char) s[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || strchr ("_.@-+,=", c) != NULL)
          || c == '\0')
        return 0;
    }
  return 1;
}

/* The parts of a locale name; each is a (pointer, length) view.  */
struct parts
{
  const char *lang, *terr, *codeset, *mod;
  size_t lang_len, terr_len, codeset_len, mod_len;
  char norm[NXSI_NAME_MAX + 4];         /* normalized codeset */
  size_t norm_len;
};

enum { MOD = 8, TERR = 4, CODESET = 2, NORM = 1 };

/* Split the LEN bytes at S as ll[_CC][.codeset][@mod].  */
static void
explode (const char *s, size_t len, struct parts *p)
{
  const char *end = s + len;
  const char *at = memchr (s, '@', len);
  const char *stop = at != NULL ? at : end;
  const char *dot = memchr (s, '.', (size_t) (stop - s));
  const char *codeset_end = stop;
  if (dot != NULL)
    stop = dot;
  const char *under = memchr (s, '_', (size_t) (stop - s));

  p->lang = s;
  p->lang_len = (size_t) ((under != NULL ? under : stop) - s);
  p->terr = under != NULL ? under + 1 : NULL;
  p->terr_len = under != NULL ? (size_t) (stop - under - 1) : 0;
  p->codeset = dot != NULL ? dot + 1 : NULL;
  p->codeset_len = dot != NULL ? (size_t) (codeset_end - dot - 1) : 0;
  p->mod = at != NULL ? at + 1 : NULL;
  p->mod_len = at != NULL ? (size_t) (end - at - 1) : 0;

  /* gettext's normalized codeset: lower-case letters and digits only,
     "iso" in front if only digits remain ("ISO-8859-1" -> "iso88591").  */
  size_t n = 0, digits = 1;
  for (size_t i = 0; i < p->codeset_len; i++)
    {
      unsigned char c = (unsigned char) p->codeset[i];
      if (c >= 'A' && c <= 'Z')
        p->norm[n++] = (char) (c - 'A' + 'a'), digits = 0;
      else if (c >= 'a' && c <= 'z')
        p->norm[n++] = (char) c, digits = 0;
      else if (c >= '0' && c <= '9')
        p->norm[n++] = (char) c;
    }
  if (n > 0 && digits)
    {
      memmove (p->norm + 3, p->norm, n);
      memcpy (p->norm, "iso", 3);
      n += 3;
    }
  p->norm_len = n;
}

static size_t
put (char *out, size_t at, char sep, const char *s, size_t len)
{
  if (sep != 0)
    out[at++] = sep;
  memcpy (out + at, s, len);
  return at + len;
}

/* Call FN for each combination of the parts of P present, most
   specific first; return FN's first nonzero result, else 0.  */
static int
each_variant (const struct parts *p, int entry,
              int (*fn) (const char *, int, void *), void *arg)
{
  int mask = (p->mod != NULL ? MOD : 0) | (p->terr != NULL ? TERR : 0)
             | (p->codeset != NULL ? CODESET : 0);
  if (p->codeset != NULL && p->norm_len > 0
      && (p->norm_len != p->codeset_len
          || memcmp (p->norm, p->codeset, p->norm_len) != 0))
    mask |= NORM;

  for (int m = mask; m >= 0; m--)
    {
      if ((m & ~mask) != 0 || ((m & CODESET) && (m & NORM)))
        continue;
      char name[4 * (NXSI_NAME_MAX + 4)];
      size_t len = put (name, 0, 0, p->lang, p->lang_len);
      if (m & TERR)
        len = put (name, len, '_', p->terr, p->terr_len);
      if (m & CODESET)
        len = put (name, len, '.', p->codeset, p->codeset_len);
      if (m & NORM)
        len = put (name, len, '.', p->norm, p->norm_len);
      if (m & MOD)
        len = put (name, len, '@', p->mod, p->mod_len);
      name[len] = '\0';
      if (!safe_name (name, len))
        continue;
      int r = fn (name, entry, arg);
      if (r != 0)
        return r;
    }
  return 0;
}

int
nxsi_each_name (const char *list,
                int (*fn) (const char *name, int entry, void *arg), void *arg)
{
  const char *p = list;
  for (int entries = 0; *p != '\0' && entries < NXSI_NAMES_MAX_ENTRIES;
       entries++)
    {
      size_t len = strcspn (p, ":");
      if (nxsi_is_c_entry (p, len))
        break;
      if (safe_name (p, len))
        {
          struct parts parts;
          explode (p, len, &parts);
          if (parts.lang_len > 0)
            {
              int r = each_variant (&parts, entries, fn, arg);
              if (r != 0)
                return r;
            }
        }
      p += len;
      if (*p == ':')
        p++;
    }
  return 0;
}
