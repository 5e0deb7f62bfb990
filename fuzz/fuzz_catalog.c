/* fuzz_catalog.c - libFuzzer harness: the .mo checker with any bytes.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* A copy of exactly SIZE bytes, so any read past the end is caught.  */
  unsigned char *copy = malloc (size > 0 ? size : 1);
  if (copy == NULL)
    return 0;
  memcpy (copy, data, size);
  nxsi_mo_valid (copy, size);
  free (copy);
  return 0;
}
