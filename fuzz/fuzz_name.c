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
  /* Both lookups agree, and a found name's status leads back to an
     entry of that value: the name's own, or its primary for an alias;
     an add-on's status carries the entry's family.  */
  if (rc != rc2 || (rc != 0 && value != 0xDEADBEEF))
    abort ();
  if (rc == 0
      && (nxs_name (value) == NULL || NXS_VALUE_PART (value) != e.value
          || (NXS_FAMILY_PART (value) != 0
              && NXS_FAMILY_PART (value) != (unsigned int) e.family)
          || (e.primary && strcmp (nxs_name (value), e.name) != 0)))
    abort ();
  free (name);
  return 0;
}
