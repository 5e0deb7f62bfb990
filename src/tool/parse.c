/* parse.c - reading a status value or name from a command-line word,
   and what a value means in a family.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <limits.h>
#include <string.h>

#include "parse.h"

static int
digit_value (unsigned char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return 99;
}

static int
is_name_start (unsigned char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static int
is_name_char (unsigned char c)
{
  return is_name_start (c) || (c >= '0' && c <= '9');
}

enum parse_result
parse_status (const char *arg, unsigned int *value)
{
  const unsigned char *p = (const unsigned char *) arg;
  if (*p == '\0')
    return PARSE_EMPTY;

  if (is_name_start (*p))
    {
      size_t len = 1;
      while (is_name_char (p[len]))
        if (++len > PARSE_NAME_MAX)
          return PARSE_SYNTAX;
      return p[len] == '\0' ? PARSE_NAME : PARSE_SYNTAX;
    }

  unsigned int base = 10;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
    {
      base = 16;
      p += 2;
    }
  if (*p == '\0')
    return PARSE_SYNTAX;          /* "0x" alone */

  /* Read every digit even past overflow, so "99999999999x" is a syntax
     error and not a range error.  */
  unsigned int n = 0;
  int overflow = 0;
  for (; *p != '\0'; p++)
    {
      unsigned int d = (unsigned int) digit_value (*p);
      if (d >= base)
        return PARSE_SYNTAX;
      if (n > (UINT_MAX - d) / base)
        overflow = 1;
      else
        n = n * base + d;
    }
  if (overflow)
    return PARSE_RANGE;
  *value = n;
  return PARSE_VALUE;
}

char *
quote_arg (const char *arg, char *out, unsigned long size)
{
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *p = (const unsigned char *) arg;
  size_t len = 0;
  /* Keep room for the longest step (4 bytes), "..." and the NUL.  */
  size_t limit = size - 8;

  for (; *p != '\0' && len < limit; p++)
    if (*p >= 0x20 && *p < 0x7F)
      out[len++] = (char) *p;
    else
      {
        out[len++] = '\\';
        out[len++] = 'x';
        out[len++] = hex[*p >> 4];
        out[len++] = hex[*p & 0xF];
      }
  if (*p != '\0')
    {
      memcpy (out + len, "...", 3);
      len += 3;
    }
  out[len] = '\0';
  return out;
}

unsigned int
qualify_status (unsigned int value, nxs_family family)
{
  return family != NXS_FAMILY_UNKNOWN && NXS_FAMILY_PART (value) == 0
         ? NXS_IN (family, value) : value;
}

nxs_family
next_candidate (unsigned int value, nxs_family after)
{
  if (NXS_FAMILY_PART (value) != 0)
    return NXS_FAMILY_UNKNOWN;
  for (size_t f = (size_t) after + 1; f <= nxs_family_count (); f++)
    if (nxs_family_of (NXS_IN (f, value)) == (nxs_family) f)
      return (nxs_family) f;
  return NXS_FAMILY_UNKNOWN;
}
