/* fuzz_name.c - libFuzzer harness: name lookup with any bytes.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *name = malloc (size + 1);
  if (name == NULL)
    return 0;
  memcpy (name, data, size);
  name[size] = '\0';

  unsigned int value = 0xDEADBEEF;
  nxs_entry e;
  int rc = nxs_from_name (name, &value);
  int rc2 = nxs_entry_find (name, &e);
  /* Both lookups agree, and a found name leads back to its value.  */
  if (rc != rc2 || (rc == 0 && (nxs_name (value) == NULL || e.value != value))
      || (rc != 0 && value != 0xDEADBEEF))
    abort ();
  free (name);
  return 0;
}
