/* search.c - case-insensitive substring search in the locale's charset.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include <wctype.h>

#include "search.h"

/* S as lower-case wide characters, or NULL if S is not valid in the
   locale's charset (or memory ran out).  The caller frees it.  */
static wchar_t *
lower_wide (const char *s)
{
  mbstate_t state;
  memset (&state, 0, sizeof state);
  const char *p = s;
  size_t len = mbsrtowcs (NULL, &p, 0, &state);
  if (len == (size_t) -1)
    return NULL;

  wchar_t *w = malloc ((len + 1) * sizeof *w);
  if (w == NULL)
    return NULL;
  memset (&state, 0, sizeof state);
  p = s;
  mbsrtowcs (w, &p, len + 1, &state);
  for (size_t i = 0; i < len; i++)
    w[i] = (wchar_t) towlower ((wint_t) w[i]);
  return w;
}

/* The byte-wise fallback: ASCII case only.  */
static int
contains_ascii (const char *haystack, const char *needle)
{
  size_t n = strlen (needle);
  for (; *haystack != '\0'; haystack++)
    if (strncasecmp (haystack, needle, n) == 0)
      return 1;
  return n == 0;
}

int
search_text_valid (const char *s)
{
  mbstate_t state;
  memset (&state, 0, sizeof state);
  return mbsrtowcs (NULL, &s, 0, &state) != (size_t) -1;
}

int
search_contains (const char *haystack, const char *needle)
{
  wchar_t *h = lower_wide (haystack);
  wchar_t *n = lower_wide (needle);
  int found = h != NULL && n != NULL ? wcsstr (h, n) != NULL
                                     : contains_ascii (haystack, needle);
  free (h);
  free (n);
  return found;
}
