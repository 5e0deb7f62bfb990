/* search.h - case-insensitive substring search in the locale's charset.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_SEARCH_H
#define NXS_SEARCH_H 1

/* 1 if HAYSTACK contains NEEDLE, ignoring case as the LC_CTYPE locale
   defines it (so "ÅTERKALLAT" finds "återkallat" in a UTF-8 locale).
   Text that is not valid in the locale's charset is compared byte by
   byte, ignoring ASCII case only.  */
int search_contains (const char *haystack, const char *needle);

/* 1 if S is valid text in the LC_CTYPE locale's charset, else 0.  */
int search_text_valid (const char *s);

#endif /* NXS_SEARCH_H */
