/* search.c - case-insensitive substring search in UTF-8 text.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "charset.h"
#include "search.h"

/* S, UTF-8, as lower-case code points, 0-terminated, in memory the
   caller frees.  Case is Unicode's, as glibc's C.UTF-8 locale maps it,
   whatever the caller's locale.  */
static uint32_t *
folded (const char *s)
{
  static locale_t utf8;
  if (utf8 == (locale_t) 0)
    utf8 = newlocale (LC_CTYPE_MASK, "C.UTF-8", (locale_t) 0);
  size_t len = strlen (s), n = 0;
  uint32_t *out = xmalloc ((len + 1) * sizeof *out);
  while (*s != '\0')
    {
      uint32_t c = utf8_next (&s);
      out[n++] = utf8 != (locale_t) 0
                 ? (uint32_t) towlower_l ((wint_t) c, utf8) : c;
    }
  out[n] = 0;
  return out;
}

int
search_contains (const char *haystack, const char *needle)
{
  uint32_t *h = folded (haystack), *n = folded (needle);
  int found = 0;
  for (size_t i = 0; h[i] != 0 && !found; i++)
    {
      size_t k = 0;
      while (n[k] != 0 && h[i + k] == n[k])
        k++;
      found = n[k] == 0;
    }
  found |= n[0] == 0;
  free (h);
  free (n);
  return found;
}

int
search_text_valid (const char *s)
{
  mbstate_t state;
  memset (&state, 0, sizeof state);
  return mbsrtowcs (NULL, &s, 0, &state) != (size_t) -1;
}
