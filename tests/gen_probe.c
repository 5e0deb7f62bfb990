/* gen_probe.c - print a built-in catalog, as gen.test compiles it:
   one line "NAME<TAB>text" per translated entry, "unknown" for the
   unknown-value sentence.  The catalog comes in as GEN_INC, its
   language id as GEN_ID.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stddef.h>
#include <stdio.h>

#include "table.h"
#include GEN_INC

#define CAT2(a, b) a##b
#define CAT(a, b) CAT2 (a, b)

static const char *const names[] = {
#define NXS_CODE(name, value, family, msgid) #name,
#include "codes.def"
  "unknown"
};

int
main (void)
{
  const char *pool = (const char *) &CAT (CAT (nxsi_lang_, GEN_ID), _pool);
  const nxsi_off *index = CAT (CAT (nxsi_lang_, GEN_ID), _index);
  for (size_t i = 0; i <= NXS_ENTRY_COUNT; i++)
    if (index[i] != 0)
      printf ("%s\t%s\n", names[i], pool + index[i]);
  return ferror (stdout) ? 1 : 0;
}
