/* po_stats.c - per-language figures for make check-po: how many
   descriptions are translated, and the longest one in bytes,
   characters and display columns (device screens are small).

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "nxstatus.h"

static void
report (const char *lang)
{
  if (lang != NULL)
    setenv ("LANGUAGE", lang, 1);
  else
    unsetenv ("LANGUAGE");
  nxs_entry e, longest = { 0 };
  size_t translated = 0, count = 0, best_cols = 0, best_chars = 0;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    {
      wchar_t w[NXS_STRERROR_MAX];
      size_t chars = mbstowcs (w, e.text, NXS_STRERROR_MAX);
      int cols = chars == (size_t) -1 ? -1 : wcswidth (w, chars);
      count++;
      translated += strcmp (e.text, e.description) != 0;
      if (cols > (int) best_cols)
        {
          best_cols = (size_t) cols;
          best_chars = chars;
          longest = e;
        }
    }
  printf ("%-10s %3zu of %3zu descriptions translated; longest: %s, "
          "%zu bytes, %zu characters, %zu columns\n",
          lang != NULL ? lang : "en (msgid)", translated, count,
          longest.name, strlen (longest.text), best_chars, best_cols);
}

int
main (int argc, char **argv)
{
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    {
      fputs ("po_stats: no C.UTF-8 locale\n", stderr);
      return 1;
    }
  report (NULL);
  for (int i = 1; i < argc; i++)
    report (argv[i]);
  return ferror (stdout) ? 1 : 0;
}
