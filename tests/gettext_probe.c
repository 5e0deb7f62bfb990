/* gettext_probe.c - the library's localized texts, one per line, for
   gettext.test to compare with what GNU gettext's gettext(1) prints.

   Usage: gettext_probe msgids          every entry's msgid, then the
                                        unknown-value sentence
          gettext_probe names LIST      the catalog names the library
                                        expects gettext to open first for
                                        language list LIST, in order
          gettext_probe [OPTION]... texts
                                        the same, localized by the
                                        library in the environment's
                                        locale (setlocale (LC_ALL, ""))
   Options, applied in order:
          bind DIR      bindtextdomain ("nxstatus", DIR), as a program
                        that moves the domain's catalogs does
          codeset CS    bind_textdomain_codeset ("nxstatus", CS)
          call          one localized call now (so that a later bind
                        comes after the library's first)

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "names.h"
#include "nxstatus.h"

static int
print_opened (const char *name, int entry, enum nxsi_name_kind kind,
              void *arg)
{
  (void) entry, (void) arg;
  if (kind == NXSI_NAME_OPENED)
    puts (name);
  return 0;
}

int
main (int argc, char **argv)
{
  if (setlocale (LC_ALL, "") == NULL)
    {
      fputs ("gettext_probe: the locale of the environment is missing\n",
             stderr);
      return 2;
    }
  if (argc == 3 && strcmp (argv[1], "names") == 0)
    {
      nxsi_walk_names (argv[2], print_opened, NULL);
      return fflush (stdout) != 0 ? 1 : 0;
    }
  int texts = 0;
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "bind") == 0 && i + 1 < argc)
      bindtextdomain (PACKAGE, argv[++i]);
    else if (strcmp (argv[i], "codeset") == 0 && i + 1 < argc)
      bind_textdomain_codeset (PACKAGE, argv[++i]);
    else if (strcmp (argv[i], "call") == 0)
      nxs_strerror (0x10C);
    else if (strcmp (argv[i], "texts") == 0)
      texts = 1;
    else if (strcmp (argv[i], "msgids") != 0)
      {
        fprintf (stderr, "gettext_probe: bad argument '%s'\n", argv[i]);
        return 2;
      }
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    puts (texts ? e.text : e.description);
  puts (texts ? nxs_strerror (0xFFFFFFFF) : "Unknown NetX status value");
  return fflush (stdout) != 0 || ferror (stdout) ? 1 : 0;
}
