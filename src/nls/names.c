/* names.c - the catalog files gettext opens for a language setting.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The library checks every catalog file before gettext may open it, so
   it must know exactly which files those are: the names here follow
   glibc's _nl_find_domain, _nl_explode_name and _nl_make_l10nflist.  */

#include <config.h>

#include <string.h>

#include "alias.h"
#include "names.h"

const char *
nxsi_language_list (const char *language, const char *locale)
{
  if (locale == NULL || strcmp (locale, "C") == 0
      || strcmp (locale, "POSIX") == 0)
    return NULL;
  return language != NULL && language[0] != '\0' ? language : locale;
}

/* 1 if the LEN bytes at S are a name gettext may be handed: letters,
   digits and "_.@-+,=" only, not starting with '.', so that no name
   made from it can leave the catalog directory.  */
static int
safe_name (const char *s, size_t len)
{
  if (len == 0 || len > NXSI_CATALOG_NAME_MAX || s[0] == '.')
    return 0;
  for (size_t i = 0; i < len; i++)
    {
      unsigned char c = (unsigned char) s[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || (c != '\0' && strchr ("_.@-+,=", c))))
        return 0;
    }
  return 1;
}

/* The parts of a locale name, as gettext splits it; each is a
   (pointer, length) view.  */
struct parts
{
  const char *lang, *terr, *codeset, *mod;
  size_t lang_len, terr_len, codeset_len, mod_len;
  int mask;
  char norm[NXSI_CATALOG_NAME_MAX + 4];  /* normalized codeset */
  size_t norm_len;
};

enum { MOD = 8, TERR = 4, CODESET = 2, NORM = 1 };

/* Split the LEN bytes at S as _nl_explode_name does:
   language[_territory][.codeset][@modifier], each part ending at the
   next separator; a name without a language part stays whole.  */
static void
explode (const char *s, size_t len, struct parts *p)
{
  const char *end = s + len, *cp = s;
  memset (p, 0, sizeof *p);
  p->lang = s;
  while (cp < end && *cp != '_' && *cp != '@' && *cp != '.')
    cp++;
  if (cp == s)
    {
      p->lang_len = len;        /* no language: the name as it is */
      return;
    }
  p->lang_len = (size_t) (cp - s);
  if (cp < end && *cp == '_')
    {
      p->terr = ++cp;
      while (cp < end && *cp != '.' && *cp != '@')
        cp++;
      p->terr_len = (size_t) (cp - p->terr);
      if (p->terr_len > 0)
        p->mask |= TERR;
    }
  if (cp < end && *cp == '.')
    {
      p->codeset = ++cp;
      while (cp < end && *cp != '@')
        cp++;
      p->codeset_len = (size_t) (cp - p->codeset);
      if (p->codeset_len > 0)
        p->mask |= CODESET;
    }
  if (cp < end && *cp == '@')
    {
      p->mod = ++cp;
      p->mod_len = (size_t) (end - cp);
      if (p->mod_len > 0)
        p->mask |= MOD;
    }

  /* _nl_normalize_codeset: letters and digits only, in lower case,
     "iso" in front if only digits remain ("ISO-8859-1" -> "iso88591").  */
  if (p->mask & CODESET)
    {
      size_t n = 0;
      int digits = 1;
      for (size_t i = 0; i < p->codeset_len; i++)
        {
          unsigned char c = (unsigned char) p->codeset[i];
          if (c >= 'A' && c <= 'Z')
            p->norm[3 + n++] = (char) (c - 'A' + 'a'), digits = 0;
          else if (c >= 'a' && c <= 'z')
            p->norm[3 + n++] = (char) c, digits = 0;
          else if (c >= '0' && c <= '9')
            p->norm[3 + n++] = (char) c;
        }
      size_t at = 3;
      if (digits)
        memcpy (p->norm, "iso", 3), at = 0, n += 3;
      memmove (p->norm, p->norm + at, n);
      p->norm_len = n;
      if (n != p->codeset_len || memcmp (p->norm, p->codeset, n) != 0)
        p->mask |= NORM;
    }
}

static size_t
put (char *out, size_t at, char sep, const char *s, size_t len)
{
  if (sep != 0)
    out[at++] = sep;
  memcpy (out + at, s, len);
  return at + len;
}

/* Call FN with every file name of the parts P, most specific first, as
   _nl_make_l10nflist orders them: every subset of the parts present,
   leaving out names with both a codeset and its normalized form, which
   gettext never opens.  */
static int
each_variant (const struct parts *p, int entry, enum nxsi_name_kind kind,
              nxsi_name_fn *fn, void *arg)
{
  for (int m = p->mask; m >= 0; m--)
    {
      if ((m & ~p->mask) != 0 || ((m & CODESET) && (m & NORM)))
        continue;
      char name[4 * (NXSI_CATALOG_NAME_MAX + 4)];
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
      int r = fn (name, entry, kind, arg);
      if (r != 0)
        return r;
    }
  return 0;
}

/* The names of the LEN bytes at S, if they are safe; else the UNSAFE
   call for ENTRY, whose text is at E and E_LEN long.  */
static int
names_of (const char *s, size_t len, int entry, enum nxsi_name_kind kind,
          nxsi_name_fn *fn, void *arg, int *unsafe)
{
  if (!safe_name (s, len))
    {
      *unsafe = 1;
      return 0;
    }
  struct parts parts;
  explode (s, len, &parts);
  return each_variant (&parts, entry, kind, fn, arg);
}

struct alias_walk
{
  int entry, count, unsafe, result;
  nxsi_name_fn *fn;
  void *arg;
};

/* One alias value of the entry: its names are those gettext opens if it
   is the only value, else maybe later.  */
static int
alias_value (const char *value, void *arg)
{
  struct alias_walk *w = arg;
  w->result = names_of (value, strlen (value), w->entry,
                        w->count == 1 ? NXSI_NAME_OPENED : NXSI_NAME_LATER,
                        w->fn, w->arg, &w->unsafe);
  return w->result != 0 || w->unsafe;
}

int
nxsi_walk_names (const char *list, nxsi_name_fn *fn, void *arg)
{
  const char *p = list;
  for (int entry = 0;; entry++)
    {
      while (*p == ':')
        p++;
      if (*p == '\0')
        return 0;
      size_t len = strcspn (p, ":");
      if ((len == 1 && p[0] == 'C') || (len == 5 && memcmp (p, "POSIX", 5) == 0))
        return 0;

      char name[NXSI_CATALOG_NAME_MAX + 1];
      int unsafe = !safe_name (p, len), r = 0;
      if (!unsafe)
        {
          memcpy (name, p, len);
          name[len] = '\0';
          /* gettext replaces an alias by its value; a name locale.alias
             gives twice is ambiguous, so every value is checked.  */
          struct alias_walk w = { entry, nxsi_alias_count (name), 0, 0, fn,
                                  arg };
          if (w.count > 0)
            nxsi_alias_each (name, alias_value, &w);
          r = w.result;
          unsafe = w.unsafe;
          if (r == 0 && !unsafe)
            r = names_of (p, len, entry,
                          w.count == 0 ? NXSI_NAME_OPENED : NXSI_NAME_LATER,
                          fn, arg, &unsafe);
        }
      if (r != 0)
        return r;
      if (unsafe)
        {
          size_t n = len < NXSI_CATALOG_NAME_MAX ? len : NXSI_CATALOG_NAME_MAX;
          memcpy (name, p, n);
          name[n] = '\0';
          return fn (name, entry, NXSI_NAME_UNSAFE, arg);
        }
      p += len;
    }
}
