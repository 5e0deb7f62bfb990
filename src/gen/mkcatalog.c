/* mkcatalog.c - write a built-in catalog: the translations of one .mo
   file as constant C tables, indexed by entry, for lang.c.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Run on the build machine on what msgfmt made of po/LL.po (converted
   to UTF-8 first), so the .po syntax, fuzzy and untranslated messages
   are msgfmt's business; its output is distributed, so a build from the
   release tarball needs no gettext tools.  The tables hold no msgid:
   a translation is found by its entry's index.  A translation the
   library would not show (empty, not UTF-8, holding a control
   character) is left out, so English shows, as at run time.  Every
   byte outside plain ASCII letters, digits and a few punctuation marks
   is written as an octal escape, so no translation can change the
   meaning of the C around it.  The entries of an add-on family are
   guarded by #ifndef NXS_WITHOUT_FAMILY, so one file serves every
   choice of families.

   With --messages, it writes instead the other messages of the
   catalog (the tool's), sorted by msgid, as pairs of literals: the
   nxstatus tool carries them, so that its own words follow a built-in
   language too.

   Usage: mkcatalog LL FILE.mo > LL.inc
          mkcatalog --messages LL FILE.mo > LL-messages.inc
   Built with core/mo.c and core/text.c.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mo.h"
#include "text.h"
#include "utf8.h"

/* Every entry of codes.def: family token, name, msgid.  */
static const struct row
{
  const char *family;
  const char *name;
  const char *msgid;
} rows[] = {
#define NXS_CODE(name, value, family, msgid) { #family, #name, msgid },
#include "codes.def"
};

enum { ROWS = sizeof rows / sizeof rows[0] };

/* The add-on families, whose entries a build may leave out.  */
static const char *const addons[] = {
#define NXS_FAMILY(token, id, first, last, kind, what) kind (token)
#define CORE(token)
#define ADDON(token) #token,
#include "families.def"
#undef CORE
#undef ADDON
  NULL
};

/* Open a guard for entry I if its family is an add-on's.  */
static int
guard (size_t i)
{
  for (size_t k = 0; i < ROWS && addons[k] != NULL; k++)
    if (strcmp (addons[k], rows[i].family) == 0)
      {
        printf ("#ifndef NXS_WITHOUT_%s\n", rows[i].family);
        return 1;
      }
  return 0;
}

static void
end_guard (int guarded)
{
  if (guarded)
    puts ("#endif");
}

static void
fail (const char *what, const char *arg)
{
  fprintf (stderr, "mkcatalog: %s: %s\n", what, arg);
  exit (EXIT_FAILURE);
}

/* S as a C string literal, wrapped to fit the line, then SEP.  */
static void
put_literal (const char *s, const char *sep)
{
  int col = 4;
  fputs ("    \"", stdout);
  for (const unsigned char *p = (const unsigned char *) s; *p != '\0'; p++)
    {
      if (col > 70)
        {
          fputs ("\"\n    \"", stdout);
          col = 4;
        }
      if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
          || (*p >= '0' && *p <= '9') || strchr (" .,:;-_()'/!", *p) != NULL)
        {
          putchar (*p);
          col++;
        }
      else
        {
          printf ("\\%03o", *p);
          col += 4;
        }
    }
  printf ("\"%s\n", sep);
}

static unsigned char *
read_file (const char *path, size_t *size)
{
  FILE *fp = fopen (path, "rb");
  if (fp == NULL)
    fail ("cannot open", path);
  size_t cap = 1 << 16, n = 0, r;
  unsigned char *data = malloc (cap);
  while (data != NULL && (r = fread (data + n, 1, cap - n, fp)) > 0)
    if ((n += r) == cap)
      data = realloc (data, cap *= 2);
  if (data == NULL || ferror (fp))
    fail ("cannot read", path);
  fclose (fp);
  *size = n;
  return data;
}

/* 1 if MSGID is a description or the unknown sentence.  */
static int
is_description (const char *msgid)
{
  if (strcmp (msgid, nxsi_unknown_msgid) == 0)
    return 1;
  for (size_t i = 0; i < ROWS; i++)
    if (strcmp (msgid, rows[i].msgid) == 0)
      return 1;
  return 0;
}

static const struct nxsi_mo *sorting;

static int
by_msgid (const void *a, const void *b)
{
  return strcmp (nxsi_mo_original (sorting, *(const uint32_t *) a),
                 nxsi_mo_original (sorting, *(const uint32_t *) b));
}

/* The --messages output for MO of language LANG (C identifier ID).  */
static void
put_messages (const struct nxsi_mo *mo, const char *lang, const char *id)
{
  uint32_t *order = malloc ((mo->n + 1) * sizeof *order);
  size_t n = 0;
  if (order == NULL)
    fail ("out of memory", lang);
  for (uint32_t i = 0; i < mo->n; i++)
    {
      const char *msgid = nxsi_mo_original (mo, i);
      const char *t = nxsi_mo_translation (mo, i);
      if (msgid[0] == '\0' || is_description (msgid))
        continue;
      if (!nxsi_utf8_shown (t, 1))
        {
          fprintf (stderr, "mkcatalog: %s: \"%.40s\": translation not shown "
                   "(control character or not UTF-8)\n", lang, msgid);
          continue;
        }
      order[n++] = i;
    }
  sorting = mo;
  qsort (order, n, sizeof *order, by_msgid);
  printf ("/* %s-messages.inc - the nxstatus tool's %zu messages in language\n"
          "   \"%s\", sorted by msgid.  Written by mkcatalog from po/%s.po;\n"
          "   do not edit.  */\n\n", id, n, lang, lang);
  printf ("static const struct tool_message tool_messages_%s[] = {\n", id);
  for (size_t k = 0; k < n; k++)
    {
      puts ("  {");
      put_literal (nxsi_mo_original (mo, order[k]), ",");
      put_literal (nxsi_mo_translation (mo, order[k]), "");
      puts ("  },");
    }
  puts ("  { NULL, NULL }\n};");
  free (order);
}

int
main (int argc, char **argv)
{
  int messages = argc == 4 && strcmp (argv[1], "--messages") == 0;
  if (messages)
    argc--, argv++;
  if (argc != 3)
    {
      fputs ("usage: mkcatalog [--messages] LL FILE.mo > LL.inc\n", stderr);
      return EXIT_FAILURE;
    }
  const char *lang = argv[1];
  char id[64];
  size_t n = 0;
  for (; lang[n] != '\0' && n + 1 < sizeof id; n++)
    {
      unsigned char c = (unsigned char) lang[n];
      id[n] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9') ? (char) c : '_';
    }
  id[n] = '\0';
  if (n == 0 || lang[n] != '\0')
    fail ("bad language name", lang);

  size_t size;
  unsigned char *data = read_file (argv[2], &size);
  struct nxsi_mo mo;
  if (nxsi_mo_check (data, size, &mo) != 0)
    fail ("not a catalog the library would read", argv[2]);
  if (!nxsi_utf8_name ((const char *) mo.data + mo.charset_at, mo.charset_len))
    fail ("not UTF-8 (convert the .po with msgconv first)", argv[2]);
  if (messages)
    {
      put_messages (&mo, lang, id);
      free (data);
      return fflush (stdout) != 0 || ferror (stdout) ? EXIT_FAILURE
                                                      : EXIT_SUCCESS;
    }

  /* The translation of each entry (ROWS: the unknown sentence).  */
  const char *text[ROWS + 1];
  size_t translated = 0, bytes = 0;
  for (size_t i = 0; i <= ROWS; i++)
    {
      long k = nxsi_mo_lookup (&mo, i < ROWS ? rows[i].msgid : nxsi_unknown_msgid);
      const char *t = k >= 0 ? nxsi_mo_translation (&mo, (uint32_t) k) : "";
      if (t[0] != '\0' && !nxsi_utf8_shown (t, 0))
        {
          fprintf (stderr, "mkcatalog: %s: %s: translation not shown "
                   "(control character or not UTF-8)\n", lang,
                   i < ROWS ? rows[i].name : "unknown sentence");
        }
      text[i] = nxsi_utf8_shown (t, 0) ? t : NULL;
      if (text[i] != NULL)
        {
          translated++;
          bytes += strlen (t) + 1;
        }
    }

  /* A text that an earlier entry of the same family has too is stored
     once (families may be left out of a build, so never across).  */
  size_t same_as[ROWS + 1];
  for (size_t i = 0; i <= ROWS; i++)
    {
      same_as[i] = i;
      for (size_t j = 0; j < i && i < ROWS && text[i] != NULL; j++)
        if (text[j] != NULL && same_as[j] == j
            && strcmp (rows[j].family, rows[i].family) == 0
            && strcmp (text[j], text[i]) == 0)
          {
            same_as[i] = j;
            break;
          }
    }

  printf ("/* %s.inc - the built-in catalog of language \"%s\": %zu of %d\n"
          "   texts, %zu bytes with their NULs.  Written by mkcatalog from\n"
          "   po/%s.po; do not edit.  */\n\n", id, lang, translated,
          ROWS + 1, bytes, lang);
  printf ("static const struct nxsi_lang_%s_pool\n{\n  char none_;\n", id);
  for (size_t i = 0; i <= ROWS; i++)
    if (text[i] != NULL && same_as[i] == i)
      {
        int g = guard (i);
        printf ("  char %s%s%s[%zu];\n", i < ROWS ? rows[i].family : "",
                i < ROWS ? "__" : "unknown_", i < ROWS ? rows[i].name : "",
                strlen (text[i]) + 1);
        end_guard (g);
      }
  printf ("} nxsi_lang_%s_pool = {\n  0,\n", id);
  for (size_t i = 0; i <= ROWS; i++)
    if (text[i] != NULL && same_as[i] == i)
      {
        int g = guard (i);
        put_literal (text[i], ",");
        end_guard (g);
      }
  puts ("};\n");

  printf ("static const nxsi_off nxsi_lang_%s_index[NXS_ENTRY_COUNT + 1] "
          "= {\n", id);
  for (size_t i = 0; i <= ROWS; i++)
    if (text[i] != NULL)
      {
        int g = guard (i);
        if (i < ROWS)
          printf ("  [NXS_IDX_%s__%s]\n", rows[i].family, rows[i].name);
        else
          puts ("  [NXS_ENTRY_COUNT]");
        size_t m = same_as[i];
        printf ("    = offsetof (struct nxsi_lang_%s_pool, %s%s%s),\n", id,
                m < ROWS ? rows[m].family : "", m < ROWS ? "__" : "unknown_",
                m < ROWS ? rows[m].name : "");
        end_guard (g);
      }
  puts ("};");
  free (data);
  return fflush (stdout) != 0 || ferror (stdout) ? EXIT_FAILURE
                                                  : EXIT_SUCCESS;
}
