/* charset.h - the tool's text kept in UTF-8, whatever the locale's
   charset, and shown safely on a terminal.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_CHARSET_H
#define NXS_CHARSET_H 1

#include <stdint.h>
#include <stdio.h>

/* S, text in the charset of the LC_CTYPE locale, converted to UTF-8 in
   memory that the caller frees.  A byte that is not valid in that
   charset becomes U+FFFD.  Exits on lack of memory.  */
char *locale_to_utf8 (const char *s);

/* S, UTF-8 text, in the locale's charset, characters it lacks
   approximated ("a" for "ä" in ASCII), in memory the caller frees.  */
char *utf8_to_locale (const char *s);

/* Write S, UTF-8 text, to FP in the locale's charset, characters it
   lacks approximated.  Control characters (C0, DEL, C1) and bytes that
   are not UTF-8 are written as \xHH, so no catalog can send a terminal
   an escape sequence.  With NEWLINES, a newline stays one.  */
void put_display (FILE *fp, const char *s, int newlines);

/* Say so on stderr and exit 2.  */
void out_of_memory (void);

/* N bytes of memory, or out_of_memory ().  */
void *xmalloc (size_t n);

/* 1 if S is valid UTF-8, else 0.  */
int utf8_valid (const char *s);

/* The code point of the character at *S, UTF-8 and not at its end,
   and *S moved past it; a byte that starts no valid character is
   U+FFFD and one byte long.  */
uint32_t utf8_next (const char **s);

#endif /* NXS_CHARSET_H */
