/* language.c - the language the tool speaks, and its texts in UTF-8.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   One language at a time, chosen as gettext would walk the list (from
   --lang, else LANGUAGE, LC_ALL, LC_MESSAGES or LANG, read here so that
   a locale that is not installed still names its language): the first
   entry with a catalog wins, an installed one (through gettext) before
   a built-in one; "en", C and POSIX end the walk with English.  Or a
   language pack (--pack), read as a device reads it.  The tool's own
   messages follow the same choice (i18n.c).  */

#include <config.h>

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "glyphs.h"
#include "i18n.h"
#include "language.h"

static const nxs_pack *pack;    /* descriptions from a language pack */
static int installed;           /* else through gettext */
static const char *builtin;     /* else the built-in language, or NULL
                                   for English */

static int
is_c_locale (const char *name)
{
  return name == NULL || strcmp (name, "C") == 0
         || strcmp (name, "POSIX") == 0;
}

/* The locale name the environment gives a category (LC_ALL, then the
   category's VARIABLE, then LANG), or NULL.  */
static const char *
environment_locale (const char *variable)
{
  const char *vars[] = { "LC_ALL", variable, "LANG" };
  for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++)
    {
      const char *v = getenv (vars[i]);
      if (v != NULL && v[0] != '\0')
        return v;
    }
  return NULL;
}

/* The language list gettext would take from the environment if the
   locale it names were installed; NULL for none (English).  */
static const char *
language_from_environment (void)
{
  const char *locale = environment_locale ("LC_MESSAGES");
  if (is_c_locale (locale))
    return NULL;
  const char *language = getenv ("LANGUAGE");
  return language != NULL && language[0] != '\0' ? language : locale;
}

/* 1 if locale name NAME says its charset is UTF-8.  */
static int
names_utf8 (const char *name)
{
  const char *dot = name != NULL ? strchr (name, '.') : NULL;
  if (dot == NULL)
    return 0;
  size_t len = strcspn (++dot, "@");
  return (len == 5 && strncasecmp (dot, "UTF-8", 5) == 0)
         || (len == 4 && strncasecmp (dot, "utf8", 4) == 0);
}

void
language_locale (void)
{
  if (setlocale (LC_ALL, "") != NULL)
    return;
  /* A locale that is not installed (most containers and device images
     have none): each category that can be set is set, and where
     LC_CTYPE cannot, the charset the environment names is still used
     if it is UTF-8, which C.UTF-8 always has.  */
  static const struct { int category; const char *variable; } parts[] = {
    { LC_CTYPE, "LC_CTYPE" }, { LC_MESSAGES, "LC_MESSAGES" },
    { LC_COLLATE, "LC_COLLATE" }
  };
  for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
    setlocale (parts[i].category, "");
  if (is_c_locale (setlocale (LC_CTYPE, NULL))
      && names_utf8 (environment_locale ("LC_CTYPE")))
    setlocale (LC_CTYPE, "C.UTF-8");
}

/* 1 if the LEN bytes at S are English: "en" with or without a
   territory, codeset or modifier.  */
static int
is_english (const char *s, size_t len)
{
  return len >= 2 && (s[0] | 0x20) == 'e' && (s[1] | 0x20) == 'n'
         && (len == 2 || strchr ("_-.@", s[2]) != NULL);
}

/* Speak ENTRY, which has an installed catalog, through gettext: as
   LANGUAGE alone, in a locale that is not C (where gettext ignores
   LANGUAGE), set again so that gettext forgets an earlier choice.  The
   tool keeps its text in UTF-8 and converts only what it writes as
   text, so it asks gettext for UTF-8.  */
static void
use_installed (const char *entry)
{
  bind_textdomain_codeset (PACKAGE, "UTF-8");
  char previous[256];
  const char *now = setlocale (LC_MESSAGES, NULL);
  snprintf (previous, sizeof previous, "%s",
            now == NULL || is_c_locale (now) ? "C.UTF-8" : now);
  setenv ("LANGUAGE", entry, 1);
  setlocale (LC_MESSAGES, "C");
  if (setlocale (LC_MESSAGES, previous) == NULL)
    setlocale (LC_MESSAGES, "C.UTF-8");
  pack = NULL;
  installed = 1;
  builtin = NULL;
  i18n_use (I18N_INSTALLED, NULL);
}

void
language_choose (const char *lang)
{
  pack = NULL;
  installed = 0;
  builtin = NULL;
  i18n_use (I18N_ENGLISH, NULL);
  if (lang == NULL)
    lang = language_from_environment ();
  for (const char *p = lang; p != NULL && *p != '\0';)
    {
      size_t len = strcspn (p, ":");
      char entry[256];
      if (len > 0 && len < sizeof entry)
        {
          memcpy (entry, p, len);
          entry[len] = '\0';
          if (is_c_locale (entry))
            return;
          if (nxs_language_installed (entry))
            {
              use_installed (entry);
              return;
            }
          if (is_english (entry, len))
            return;
          builtin = nxs_language_match (entry);
          if (builtin != NULL)
            {
              i18n_use (I18N_BUILTIN, builtin);
              return;
            }
        }
      p += len + (p[len] == ':');
    }
}

void
language_use_pack (const nxs_pack *from)
{
  pack = from;
  installed = 0;
  builtin = NULL;
  i18n_use_pack (from);
}

char *
language_describe (unsigned int status)
{
  /* Room for any sentence: an unknown value is always shown whole.  */
  if (pack != NULL)
    {
      size_t size = strlen (nxs_strerror_pack (status, pack)) + 16;
      char *text = xmalloc (size);
      nxs_strerror_pack_r (status, pack, text, size);
      return text;
    }
  if (!installed)
    {
      size_t size = strlen (nxs_strerror_lang (status, builtin)) + 16;
      char *text = xmalloc (size);
      nxs_strerror_lang_r (status, builtin, text, size);
      return text;
    }
  size_t size = strlen (nxs_strerror (status)) + 16;
  char *text = xmalloc (size);
  nxs_strerror_r (status, text, size);
  return text;
}

static int
with_text (int rc, const nxs_entry *e, char **text)
{
  if (rc == 0)
    *text = strcpy (xmalloc (strlen (e->text) + 1), e->text);
  return rc;
}

int
language_entry (size_t index, nxs_entry *e, char **text)
{
  if (pack != NULL)
    return with_text (nxs_entry_get_pack (index, pack, e), e, text);
  return with_text (!installed ? nxs_entry_get_lang (index, builtin, e)
                               : nxs_entry_get (index, e), e, text);
}

int
language_find (const char *name, nxs_entry *e, char **text)
{
  if (pack != NULL)
    return with_text (nxs_entry_find_pack (name, pack, e), e, text);
  return with_text (!installed ? nxs_entry_find_lang (name, builtin, e)
                               : nxs_entry_find (name, e), e, text);
}

void
language_glyphs (FILE *fp)
{
  struct glyphs g = GLYPHS_INIT;
  nxs_entry e;
  char *text;
  for (size_t i = 0; language_entry (i, &e, &text) == 0; i++)
    {
      glyphs_add (&g, text);
      free (text);
    }
  /* The unknown sentence, and what " (0x1234ABCD)" needs.  */
  text = language_describe (0xFFFFFFFF);
  glyphs_add (&g, text);
  free (text);
  glyphs_add_value (&g);
  text = glyphs_text (&g);
  fputs (text, fp);
  putc ('\n', fp);
  free (text);
}
