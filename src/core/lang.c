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

/* A locale name or language tag, ll[_CC][.codeset][@mod] or ll-CC:
   views of its parts (length 0 when absent).  */
struct tag
{
  const char *lang, *terr, *mod;
  size_t lang_len, terr_len, mod_len;
};

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

static int
same_text (const char *a, size_t alen, const char *b, size_t blen)
{
  if (alen != blen)
    return 0;
  for (size_t i = 0; i < alen; i++)
    {
      char x = a[i], y = b[i];
      x = x >= 'A' && x <= 'Z' ? (char) (x - 'A' + 'a') : x;
      y = y >= 'A' && y <= 'Z' ? (char) (y - 'A' + 'a') : y;
      if (x != y)
        return 0;
    }
  return 1;
}

/* Split the LEN bytes at S into T.  Subtags after the language: two
   letters or three digits are the territory (the first such); a script
   Latn stands for the modifier latin; others (scripts, variants) are
   ignored.  A codeset is ignored: built-in text is UTF-8.  */
static void
parse_tag (const char *s, size_t len, struct tag *t)
{
  const char *end = s + len, *p = s;
  memset (t, 0, sizeof *t);
  t->lang = p;
  while (p < end && is_alpha (*p))
    p++;
  t->lang_len = (size_t) (p - s);
  while (p < end && (*p == '_' || *p == '-'))
    {
      const char *sub = ++p;
      while (p < end && (is_alpha (*p) || is_digit (*p)))
        p++;
      size_t n = (size_t) (p - sub);
      int letters = n > 0 && is_alpha (sub[0]);
      if (t->terr_len == 0 && ((n == 2 && letters) || (n == 3 && !letters)))
        t->terr = sub, t->terr_len = n;
      else if (n == 4 && same_text (sub, 4, "latn", 4))
        t->mod = "latin", t->mod_len = 5;
    }
  if (p < end && *p == '.')
    while (p < end && *p != '@')
      p++;
  if (p < end && *p == '@')
    t->mod = p + 1, t->mod_len = (size_t) (end - p - 1);
}

/* The built-in language that matches WANT with (TERR, MOD) of its parts,
   or -1.  */
static int
find_builtin (const struct tag *want, int terr, int mod)
{
  for (size_t l = 0; l < NXSI_LANGUAGES; l++)
    {
      const char *name = language_name (l);
      struct tag b;
      parse_tag (name, strlen (name), &b);
      if (same_text (want->lang, want->lang_len, b.lang, b.lang_len)
          && (terr ? same_text (want->terr, want->terr_len, b.terr,
                                b.terr_len)
                   : b.terr_len == 0)
          && (mod ? same_text (want->mod, want->mod_len, b.mod, b.mod_len)
                  : b.mod_len == 0))
        return (int) l;
    }
  return -1;
}

enum { ENGLISH = -1, NEXT = -2 };
enum { MAX_ENTRIES = 32, MAX_ENTRY = 63 };

/* The built-in language for one entry of a list, ENGLISH to stop there
   with English, or NEXT to go on with the next entry.  */
static int
match_entry (const char *s, size_t len)
{
  if ((len == 1 && s[0] == 'C') || (len == 5 && memcmp (s, "POSIX", 5) == 0))
    return ENGLISH;
  /* Only what a locale name or a language tag holds; anything else
     makes the entry no language at all.  */
  for (size_t i = 0; i < len; i++)
    if (!is_alpha (s[i]) && !is_digit (s[i]) && strchr ("_-.@", s[i]) == NULL)
      return NEXT;
  struct tag t;
  parse_tag (s, len, &t);
  if (t.lang_len == 0 || len > MAX_ENTRY)
    return NEXT;
  /* gettext's order: ll_CC@mod, ll@mod, ll_CC, ll.  */
  for (int k = 0; k < 4; k++)
    {
      int terr = !(k & 1), mod = k < 2;
      if ((terr && t.terr_len == 0) || (mod && t.mod_len == 0))
        continue;
      int l = find_builtin (&t, terr, mod);
      if (l >= 0)
        return l;
    }
  /* English is the language of the msgids, always there.  */
  return same_text (t.lang, t.lang_len, "en", 2) ? ENGLISH : NEXT;
}

/* Kept out of line, so that the common case inlines and stays small.  */
#if defined __GNUC__
# define OUT_OF_LINE __attribute__ ((__noinline__))
#else
# define OUT_OF_LINE
#endif

/* The built-in language of LANG, a list, or -1 for English.  */
static OUT_OF_LINE int
language_of_list (const char *lang)
{
  const char *p = lang;
  for (int entries = 0; *p != '\0' && entries < MAX_ENTRIES; entries++)
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
  if (lang == NULL)
    return ENGLISH;
  /* Most calls name a built-in language as LINGUAS spells it.  */
  for (size_t l = 0; l < NXSI_LANGUAGES; l++)
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
  return index < NXSI_LANGUAGES ? language_name (index) : NULL;
}
