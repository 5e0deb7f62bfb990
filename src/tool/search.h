/* search.h - case-insensitive substring search in UTF-8 text.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_SEARCH_H
#define NXS_SEARCH_H 1

/* 1 if HAYSTACK contains NEEDLE, both UTF-8, ignoring case as Unicode
   defines it (so "ÅTERKALLAT" finds "återkallat"), whatever the
   locale.  */
int search_contains (const char *haystack, const char *needle);

/* 1 if S is valid text in the LC_CTYPE locale's charset, else 0.  */
int search_text_valid (const char *s);

#endif /* NXS_SEARCH_H */
