/* parse.h - reading a status value or name from a command-line word,
   and what a value means in a family.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_PARSE_H
#define NXS_PARSE_H 1

#include "nxstatus.h"

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

/* VALUE as a service of FAMILY returned it (--family): NXS_IN (FAMILY,
   VALUE), unless FAMILY is NXS_FAMILY_UNKNOWN or VALUE already carries
   a family.  */
unsigned int qualify_status (unsigned int value, nxs_family family);

/* The first family after AFTER (NXS_FAMILY_UNKNOWN to start) with an
   entry of its own for VALUE, a value without a family; the core's come
   first.  NXS_FAMILY_UNKNOWN past the last.  */
nxs_family next_candidate (unsigned int value, nxs_family after);

#endif /* NXS_PARSE_H */
