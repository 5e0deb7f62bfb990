/* glyphs.h - the set of characters a device's font must hold.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_GLYPHS_H
#define NXS_GLYPHS_H 1

#include <stddef.h>
#include <stdint.h>

/* The characters of the texts added so far, with repeats.  */
struct glyphs
{
  uint32_t *cp;
  size_t n, size;
};
#define GLYPHS_INIT { NULL, 0, 0 }

/* Add each character of TEXT, UTF-8, to G.  */
void glyphs_add (struct glyphs *g, const char *text);

/* Add what a value appended to a text needs: " (0x1234ABCD)".  */
void glyphs_add_value (struct glyphs *g);

/* The characters of G sorted by code point, each once, as UTF-8, in
   memory the caller frees; G is left empty.  */
char *glyphs_text (struct glyphs *g);

#endif /* NXS_GLYPHS_H */
