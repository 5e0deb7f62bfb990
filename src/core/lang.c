/* lang.c - descriptions in a language the caller names, from catalogs
   compiled into the library: nxs_strerror_lang and its _r form, and
   the list of built-in languages.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Each built-in catalog (catalogs/LL.inc, written by gen/mkcatalog from
   po/LL.po) is a char pool and an array of offsets indexed by entry:
   no msgid, no pointer, no relocation.  Nothing here reads the
   environment or a file, locks, allocates or touches errno.  */

#include <config.h>

#include <stddef.h>
#include <string.h>

#include "langlist.h"
#include "table.h"
#include "text.h"

/* The configured languages: includes each catalogs/LL.inc and defines
   NXSI_BUILTIN_LANGUAGES (X) as X (ID, "LL") for each.  */
#include "builtin-languages.h"

enum
{
#define X(id, name) NXSI_LANG_##id,
  NXSI_BUILTIN_LANGUAGES (X)
#undef X
  NXSI_LANGUAGES
};

static const struct language_names
{
  char none_;
#define X(id, name) char id[sizeof name];
  NXSI_BUILTIN_LANGUAGES (X)
#undef X
} language_names = {
  0,
#define X(id, name) name,
  NXSI_BUILTIN_LANGUAGES (X)
#undef X
};

static const uint8_t language_name_at[NXSI_LANGUAGES + 1] = {
#define X(id, name) offsetof (struct language_names, id),
  NXSI_BUILTIN_LANGUAGES (X)
#undef X
  0
};

_Static_assert (sizeof language_names <= 255, "too many languages");

/* The count as an object: loops over it compile without a warning when
   a build has no language (the constant 0).  */
static const size_t languages = NXSI_LANGUAGES;

static const char *
language_name (size_t l)
{
  return (const char *) &language_names + language_name_at[l];
}

/* Translation of entry I (NXS_ENTRY_COUNT: the unknown sentence) in
   built-in language L, or NULL.  */
static const char *
builtin_text (size_t l, size_t i)
{
  nxsi_off at = 0;
  const char *pool = NULL;
  (void) i;                     /* unused in a build without languages */
  switch (l)
    {
#define X(id, name)                                                     \
    case NXSI_LANG_##id:                                                \
      at = nxsi_lang_##id##_index[i];                                   \
      pool = (const char *) &nxsi_lang_##id##_pool;                     \
      break;
      NXSI_BUILTIN_LANGUAGES (X)
#undef X
    default:
      break;
    }
  return at != 0 ? pool + at : NULL;
}

/* --- which language LANG asks for ------------------------------------ */

/* Kept out of line, so that the common case inlines and stays small,
   and the parser is one copy in a firmware built for size.  */
#if defined __GNUC__
# define OUT_OF_LINE __attribute__ ((__noinline__))
#else
# define OUT_OF_LINE
#endif

static int
is_alpha (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

/* 1 if the N bytes at A are the N bytes at B, ignoring ASCII case.  */
static OUT_OF_LINE int
same_text (const char *a, const char *b, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if ((a[i] | 0x20) != (b[i] | 0x20) || !(is_alpha (a[i]) || a[i] == b[i]))
      return 0;
  return 1;
}

enum { ENGLISH = -1, NEXT = -2 };

/* The built-in language for one entry of a list, ENGLISH to stop there
   with English, or NEXT to go on with the next entry.  The entry is a
   locale name ll[_CC][.codeset][@mod] or a BCP 47 tag ll[-Script][-CC]:
   the first subtag of two letters or three digits is the territory,
   the script Latn stands for the modifier latin, other subtags are
   ignored, and so is a codeset (built-in text is UTF-8).  Of the
   built-in languages whose every part the entry has, the most specific
   wins, as in gettext's order ll_CC@mod, ll@mod, ll_CC, ll.  */
static OUT_OF_LINE int
match_entry (const char *s, size_t len)
{
  if (nxsi_is_c_entry (s, len))
    return ENGLISH;
  /* Only what a locale name or a language tag holds; anything else
     makes the entry no language at all.  */
  for (size_t i = 0; i < len; i++)
    if (!is_alpha (s[i]) && !is_digit (s[i]) && strchr ("_-.@", s[i]) == NULL)
      return NEXT;

  const char *terr = NULL, *mod = NULL;
  size_t lang_len = 0, terr_len = 0, mod_len = 0, i;
  while (lang_len < len && is_alpha (s[lang_len]))
    lang_len++;
  for (i = lang_len; i < len && (s[i] == '_' || s[i] == '-');)
    {
      size_t b = ++i;
      while (i < len && (is_alpha (s[i]) || is_digit (s[i])))
        i++;
      if (terr_len == 0 && i - b == (is_alpha (s[b]) ? 2u : 3u))
        terr = s + b, terr_len = i - b;
      else if (i - b == 4 && same_text (s + b, "latn", 4))
        mod = "latin", mod_len = 5;
    }
  while (i < len && s[i] != '@')
    i++;
  if (i < len)
    mod = s + i + 1, mod_len = len - i - 1;
  if (lang_len == 0 || len > NXSI_NAME_MAX)
    return NEXT;

  int best = NEXT, best_rank = -1;
  for (size_t l = 0; l < languages; l++)
    {
      /* A built-in name is ll[_CC][@mod].  */
      const char *name = language_name (l);
      size_t nl = strcspn (name, "_@"), nt = 0, nm = 0;
      const char *t = name + nl, *m;
      if (*t == '_')
        nt = strcspn (++t, "@");
      m = t + nt;
      if (*m == '@')
        nm = strlen (++m);
      if (nl == lang_len && same_text (name, s, nl)
          && (nt == 0 || (nt == terr_len && same_text (t, terr, nt)))
          && (nm == 0 || (nm == mod_len && same_text (m, mod, nm)))
          && 2 * (nm > 0) + (nt > 0) > best_rank)
        {
          best = (int) l;
          best_rank = 2 * (nm > 0) + (nt > 0);
        }
    }
  if (best != NEXT)
    return best;
  /* English is the language of the msgids, always there.  */
  return lang_len == 2 && same_text (s, "en", 2) ? ENGLISH : NEXT;
}

/* The built-in language of LANG, a list, or -1 for English.  */
static OUT_OF_LINE int
language_of_list (const char *lang)
{
  const char *p = lang;
  for (int entries = 0; *p != '\0' && entries < NXSI_NAMES_MAX_ENTRIES;
       entries++)
    {
      /* Entries are separated by ':' (LANGUAGE) or ',' (Accept-Language,
         whose ";q=" weights are ignored); blanks around are skipped.  */
      while (*p == ' ' || *p == '\t')
        p++;
      size_t len = strcspn (p, ":,;");
      size_t used = len;
      while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
        len--;
      int r = len > 0 ? match_entry (p, len) : NEXT;
      if (r != NEXT)
        return r;
      p += used;
      p += strcspn (p, ":,");
      if (*p != '\0')
        p++;
    }
  return ENGLISH;
}

/* The built-in language LANG resolves to, or -1 for English.  */
static inline int
language_index (const char *lang)
{
  /* With no built-in language, all is English: the parser goes too.  */
  if (lang == NULL || NXSI_LANGUAGES == 0)
    return ENGLISH;
  /* Most calls name a built-in language as LINGUAS spells it.  */
  for (size_t l = 0; l < languages; l++)
    {
      const char *a = lang, *b = language_name (l);
      while (*a == *b && *b != '\0')
        a++, b++;
      if (*a == *b)
        return (int) l;
    }
  return language_of_list (lang);
}

/* --- the API ------------------------------------------------------------ */

const char *
nxsi_entry_text_lang (size_t i, const char *lang)
{
  int l = language_index (lang);
  const char *text = l >= 0 ? builtin_text ((size_t) l, i) : NULL;
  return text != NULL ? text : nxsi_english (i);
}

const char *
nxs_strerror_lang (unsigned int status, const char *lang)
{
  int i = nxsi_primary_index (status);
  return nxsi_entry_text_lang (i < 0 ? NXS_ENTRY_COUNT : (size_t) i, lang);
}

int
nxs_strerror_lang_r (unsigned int status, const char *lang, char *buf,
                     size_t buflen)
{
  /* The lookup again (two loads) rather than a body shared with
     nxs_strerror_lang: sharing it cost that one 3.52 ns, not 3.25.  */
  return nxsi_write_text (buf, buflen, nxs_strerror_lang (status, lang),
                          nxsi_primary_index (status) >= 0, status,
                          nxsi_fit_utf8);
}

const char *
nxs_language_match (const char *lang)
{
  int l = language_index (lang);
  return l >= 0 ? language_name ((size_t) l) : NULL;
}

size_t
nxs_language_count (void)
{
  return NXSI_LANGUAGES;
}

const char *
nxs_language_get (size_t index)
{
  return index < languages ? language_name (index) : NULL;
}
