/* language.c - the language the tool describes in, and its texts in
   UTF-8.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Most containers and device images have no compiled locales, so
   LANG=sv_SE.UTF-8 leaves setlocale in C, where gettext ignores
   LANGUAGE and translates nothing.  The tool reads the variables itself
   and asks the library for that language: built in if it has it,
   else from the installed catalogs with LC_MESSAGES moved off C.  */

#include <config.h>

#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "language.h"

static const char *builtin;     /* the built-in language, or NULL */

static int
is_c_locale (const char *name)
{
  return name == NULL || strcmp (name, "C") == 0
         || strcmp (name, "POSIX") == 0;
}

/* The language list gettext would take from the environment if the
   locale it names were installed; NULL for none (English).  */
static const char *
language_from_environment (void)
{
  static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *locale = NULL;
  for (size_t i = 0; i < sizeof vars / sizeof vars[0] && locale == NULL; i++)
    {
      const char *v = getenv (vars[i]);
      if (v != NULL && v[0] != '\0')
        locale = v;
    }
  if (is_c_locale (locale))
    return NULL;
  const char *language = getenv ("LANGUAGE");
  return language != NULL && language[0] != '\0' ? language : locale;
}

void
language_choose (const char *lang)
{
  if (lang == NULL)
    lang = language_from_environment ();
  if (lang == NULL)
    return;
  builtin = nxs_language_match (lang);
  /* The library's own path follows LANGUAGE, which gettext's rules
     ignore in the C locale: move off C onto C.UTF-8 (always there).  */
  setenv ("LANGUAGE", lang, 1);
  if (is_c_locale (setlocale (LC_MESSAGES, NULL)))
    setlocale (LC_MESSAGES, "C.UTF-8");
  if (is_c_locale (setlocale (LC_CTYPE, NULL)))
    setlocale (LC_CTYPE, "C.UTF-8");
}

const char *
language_builtin (void)
{
  return builtin;
}

char *
language_describe (unsigned int status)
{
  /* Room for any sentence: an unknown value is always shown whole.  */
  if (builtin != NULL)
    {
      size_t size = strlen (nxs_strerror_lang (status, builtin)) + 16;
      char *text = xmalloc (size);
      nxs_strerror_lang_r (status, builtin, text, size);
      return text;
    }
  size_t size = strlen (nxs_strerror (status)) + 16;
  char *text = xmalloc (size);
  nxs_strerror_r (status, text, size);
  char *utf8 = locale_to_utf8 (text);
  free (text);
  return utf8;
}

static int
with_text (int rc, const nxs_entry *e, char **text)
{
  if (rc == 0)
    {
      if (builtin != NULL)
        *text = strcpy (xmalloc (strlen (e->text) + 1), e->text);
      else
        *text = locale_to_utf8 (e->text);
    }
  return rc;
}

int
language_entry (size_t index, nxs_entry *e, char **text)
{
  return with_text (builtin != NULL ? nxs_entry_get_lang (index, builtin, e)
                                    : nxs_entry_get (index, e), e, text);
}

int
language_find (const char *name, nxs_entry *e, char **text)
{
  return with_text (builtin != NULL ? nxs_entry_find_lang (name, builtin, e)
                                    : nxs_entry_find (name, e), e, text);
}

/* --- glyphs ------------------------------------------------------------- */

struct glyphs
{
  uint32_t *cp;
  size_t n, size;
};

/* Add each character of S, UTF-8, to G.  */
static void
add_text (struct glyphs *g, const char *s)
{
  while (*s != '\0')
    {
      uint32_t c = utf8_next (&s);
      if (g->n == g->size)
        {
          g->size = g->size * 2 + 256;
          uint32_t *bigger = realloc (g->cp, g->size * sizeof *bigger);
          if (bigger == NULL)
            out_of_memory ();
          g->cp = bigger;
        }
      g->cp[g->n++] = c;
    }
}

static int
by_code_point (const void *a, const void *b)
{
  uint32_t x = *(const uint32_t *) a, y = *(const uint32_t *) b;
  return (x > y) - (x < y);
}

static void
put_utf8 (FILE *fp, uint32_t c)
{
  if (c < 0x80)
    putc ((int) c, fp);
  else if (c < 0x800)
    {
      putc ((int) (0xC0 | c >> 6), fp);
      putc ((int) (0x80 | (c & 0x3F)), fp);
    }
  else if (c < 0x10000)
    {
      putc ((int) (0xE0 | c >> 12), fp);
      putc ((int) (0x80 | (c >> 6 & 0x3F)), fp);
      putc ((int) (0x80 | (c & 0x3F)), fp);
    }
  else
    {
      putc ((int) (0xF0 | c >> 18), fp);
      putc ((int) (0x80 | (c >> 12 & 0x3F)), fp);
      putc ((int) (0x80 | (c >> 6 & 0x3F)), fp);
      putc ((int) (0x80 | (c & 0x3F)), fp);
    }
}

void
language_glyphs (FILE *fp)
{
  struct glyphs g = { NULL, 0, 0 };
  nxs_entry e;
  char *text;
  for (size_t i = 0; language_entry (i, &e, &text) == 0; i++)
    {
      add_text (&g, text);
      free (text);
    }
  /* The unknown sentence, and what " (0x1234ABCD)" needs.  */
  text = language_describe (0xFFFFFFFF);
  add_text (&g, text);
  free (text);
  add_text (&g, " ()0123456789ABCDEFx");

  qsort (g.cp, g.n, sizeof g.cp[0], by_code_point);
  for (size_t i = 0; i < g.n; i++)
    if (i == 0 || g.cp[i] != g.cp[i - 1])
      put_utf8 (fp, g.cp[i]);
  putc ('\n', fp);
  free (g.cp);
}
