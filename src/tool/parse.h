/* parse.h - reading a status value or name from a command-line word.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_PARSE_H
#define NXS_PARSE_H 1

enum parse_result
{
  PARSE_VALUE,          /* a number in range: *VALUE is set */
  PARSE_NAME,           /* shaped like a status name: look it up */
  PARSE_EMPTY,          /* the empty string */
  PARSE_RANGE,          /* a number above the largest unsigned int */
  PARSE_SYNTAX          /* neither a number nor a name */
};

/* Longest word accepted as a name: longer ones are PARSE_SYNTAX.  */
#define PARSE_NAME_MAX 63

/* Classify ARG (not NULL).  A number is decimal digits ("268", and
   "0268" is decimal too, never octal) or 0x/0X and hex digits ("0x10C").
   A name is an ASCII letter or underscore followed by letters, digits
   and underscores, at most PARSE_NAME_MAX bytes.  No sign, space or
   suffix is allowed.  */
enum parse_result parse_status (const char *arg, unsigned int *value);

/* Write ARG into OUT (SIZE >= 16 bytes) fit for an error message: bytes
   outside printable ASCII become \xHH, and an ARG too long for OUT is
   cut and ends in "...".  Return OUT.  */
char *quote_arg (const char *arg, char *out, unsigned long size);

#endif /* NXS_PARSE_H */
