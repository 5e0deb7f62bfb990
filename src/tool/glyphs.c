/* glyphs.c - the set of characters a device's font must hold.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Shared by --glyphs, for the language chosen, and --check-pack, for a
   pack: a font converter takes the line as its symbol list.  */

#include <config.h>

#include <stdlib.h>

#include "charset.h"
#include "glyphs.h"

void
glyphs_add (struct glyphs *g, const char *text)
{
  while (*text != '\0')
    {
      uint32_t c = utf8_next (&text);
      if (g->n == g->size)
        {
          g->size = g->size * 2 + 256;
          uint32_t *bigger = realloc (g->cp, g->size * sizeof *bigger);
          if (bigger == NULL)
            out_of_memory ();
          g->cp = bigger;
        }
      g->cp[g->n++] = c;
    }
}

void
glyphs_add_value (struct glyphs *g)
{
  glyphs_add (g, " ()0123456789ABCDEFx");
}

static int
by_code_point (const void *a, const void *b)
{
  uint32_t x = *(const uint32_t *) a, y = *(const uint32_t *) b;
  return (x > y) - (x < y);
}

/* Write C as UTF-8 at P; return the bytes written.  */
static size_t
put_utf8 (char *p, uint32_t c)
{
  if (c < 0x80)
    {
      p[0] = (char) c;
      return 1;
    }
  if (c < 0x800)
    {
      p[0] = (char) (0xC0 | c >> 6);
      p[1] = (char) (0x80 | (c & 0x3F));
      return 2;
    }
  if (c < 0x10000)
    {
      p[0] = (char) (0xE0 | c >> 12);
      p[1] = (char) (0x80 | (c >> 6 & 0x3F));
      p[2] = (char) (0x80 | (c & 0x3F));
      return 3;
    }
  p[0] = (char) (0xF0 | c >> 18);
  p[1] = (char) (0x80 | (c >> 12 & 0x3F));
  p[2] = (char) (0x80 | (c >> 6 & 0x3F));
  p[3] = (char) (0x80 | (c & 0x3F));
  return 4;
}

char *
glyphs_text (struct glyphs *g)
{
  char *text = xmalloc (4 * g->n + 1);
  size_t len = 0;
  if (g->n > 0)
    qsort (g->cp, g->n, sizeof g->cp[0], by_code_point);
  for (size_t i = 0; i < g->n; i++)
    if (i == 0 || g->cp[i] != g->cp[i - 1])
      len += put_utf8 (text + len, g->cp[i]);
  text[len] = '\0';
  free (g->cp);
  g->cp = NULL;
  g->n = g->size = 0;
  return text;
}
