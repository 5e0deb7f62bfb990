/* fuzz_args.c - libFuzzer harness: the tool's reading of an operand,
   its quoting for error messages, and every output format with the
   input as the description.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "output.h"
#include "parse.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *arg = malloc (size + 1);
  if (arg == NULL)
    return 0;
  memcpy (arg, data, size);
  arg[size] = '\0';

  unsigned int value = 0;
  char buf[64];
  switch (parse_status (arg, &value))
    {
    case PARSE_VALUE:
      nxs_strerror_r (value, buf, size % sizeof buf);
      break;
    case PARSE_NAME:
      if (strlen (arg) > PARSE_NAME_MAX)
        abort ();
      break;
    case PARSE_EMPTY:
      if (arg[0] != '\0')
        abort ();
      break;
    case PARSE_RANGE:
    case PARSE_SYNTAX:
      break;
    }

  /* Quoting never writes past its buffer and always terminates.  */
  char quoted[96];
  size_t qsize = 16 + size % 80;
  memset (quoted, 0x5A, sizeof quoted);
  quote_arg (arg, quoted, qsize);
  if (memchr (quoted, '\0', qsize) == NULL || (qsize < sizeof quoted
                                               && quoted[qsize] != 0x5A))
    abort ();

  /* Every format copes with any text as a description.  */
  FILE *sink = fopen ("/dev/null", "w");
  if (sink != NULL)
    {
      for (int f = FORMAT_TEXT; f <= FORMAT_CSV; f++)
        {
          struct output out;
          struct output_row row = { value & 1 ? NULL : "NX_NAME", value,
                                    value & 2 ? NULL : "tls", arg };
          output_begin (&out, sink, (enum output_format) f);
          output_row (&out, &row);
          output_end (&out);
        }
      fclose (sink);
    }
  free (arg);
  return 0;
}
