/* utf8.h - decoding a valid UTF-8 character: one definition for the
   catalog reader, the catalog generator (built for the build machine,
   so inline here rather than linked) and the tool.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_UTF8_H
#define NXS_UTF8_H 1

#include <stddef.h>

/* Length of the valid UTF-8 character at S, its code point stored in
   *CP, or 0 for a byte that starts none: an overlong form, a surrogate,
   a value above U+10FFFF or a sequence cut short (S is NUL-terminated).  */
static inline size_t
nxsi_utf8_decode (const unsigned char *s, unsigned int *cp)
{
  unsigned int c = s[0], min;
  size_t len;
  if (c < 0x80)
    {
      *cp = c;
      return 1;
    }
  if (c >= 0xC2 && c <= 0xDF)
    len = 2, min = 0x80, c &= 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    len = 3, min = 0x800, c &= 0x0F;
  else if (c >= 0xF0 && c <= 0xF4)
    len = 4, min = 0x10000, c &= 0x07;
  else
    return 0;
  for (size_t i = 1; i < len; i++)
    {
      if ((s[i] & 0xC0) != 0x80)
        return 0;
      c = (c << 6) | (s[i] & 0x3F);
    }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}

/* Length of the valid UTF-8 character at S, or 0, as above.  */
static inline size_t
nxsi_utf8_char (const unsigned char *s)
{
  unsigned int cp;
  return nxsi_utf8_decode (s, &cp);
}

/* 1 if the character at S is a control character: C0, DEL or C1.  */
static inline int
nxsi_utf8_control (const unsigned char *s)
{
  return s[0] < 0x20 || s[0] == 0x7F || (s[0] == 0xC2 && s[1] < 0xA0);
}

/* 1 if S is text the library shows: not empty, valid UTF-8, without a
   control character but, if LINES, newlines and tabs.  */
static inline int
nxsi_utf8_shown (const char *s, int lines)
{
  const unsigned char *p = (const unsigned char *) s;
  if (*p == '\0')
    return 0;
  while (*p != '\0')
    {
      size_t len = nxsi_utf8_char (p);
      if (len == 0
          || (nxsi_utf8_control (p) && !(lines && (*p == '\n' || *p == '\t'))))
        return 0;
      p += len;
    }
  return 1;
}

#endif /* NXS_UTF8_H */
