/* fuzz_annotate.c - libFuzzer harness: nxstatus --annotate with any
   bytes, against an oracle built from the library's public lookups: the
   output must be the input, byte for byte, with " [NAME: description]"
   after each known name or hex value and " [one of: ...]" after a hex
   value add-ons share, and nothing else.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annotate.h"
#include "language.h"
#include "parse.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
token_byte (unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
         || (c >= '0' && c <= '9') || c == '_';
}

/* Write to W what must follow the token that ends before DATA[END]:
   tokens over 80 bytes are not looked at.  */
static void
explain_token (FILE *w, const uint8_t *data, size_t end, nxs_family family)
{
  size_t start = end;
  while (start > 0 && token_byte (data[start - 1]))
    start--;
  if (end - start > 80)
    return;
  char word[81];
  memcpy (word, data + start, end - start);
  word[end - start] = '\0';
  unsigned int value;
  nxs_entry e;
  switch (parse_status (word, &value))
    {
    case PARSE_NAME:
      if (nxs_entry_find (word, &e) == 0)
        fprintf (w, " [%s: %s]", e.name, e.description);
      return;
    case PARSE_VALUE:
      if (strlen (word) < 3 || word[0] != '0' || (word[1] | 0x20) != 'x')
        return;
      {
        unsigned int status = family != 0 && value <= 0xFFFFFF
                              ? NXS_IN (family, value) : value;
        if (nxs_name (status) != NULL)
          fprintf (w, " [%s: %s]", nxs_name (status),
                   nxs_description (status));
        else if (status <= 0xFFFFFF)
          {
            const char *sep = " [one of: ";
            for (size_t f = 1; f <= nxs_family_count (); f++)
              if (nxs_family_of (NXS_IN (f, status)) == (nxs_family) f)
                {
                  fprintf (w, "%s%s (%s)", sep, nxs_name (NXS_IN (f, status)),
                           nxs_family_name ((nxs_family) f));
                  sep = ", ";
                }
            if (*sep == ',')
              fputs ("]", w);
          }
      }
      return;
    default:
      return;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static int ready;
  if (!ready)
    {
      language_choose ("C");
      ready = 1;
    }
  /* The first byte picks a family, so qualified reads are fuzzed too.  */
  nxs_family family = size > 0 ? (nxs_family) (data[0] % 40) : 0;

  int fds[2];
  if (size > 60000 || pipe (fds) != 0)
    return 0;
  if (write (fds[1], data, size) != (ssize_t) size)
    abort ();
  close (fds[1]);
  char *out = NULL;
  size_t len = 0;
  FILE *fp = open_memstream (&out, &len);
  if (fp == NULL || annotate (fds[0], fp, family) != 0)
    abort ();
  fclose (fp);
  close (fds[0]);

  /* What the output must be.  */
  char *want = NULL;
  size_t want_len = 0;
  FILE *w = open_memstream (&want, &want_len);
  if (w == NULL)
    abort ();
  for (size_t k = 0; k <= size; k++)
    {
      if (k > 0 && token_byte (data[k - 1])
          && (k == size || !token_byte (data[k])))
        explain_token (w, data, k, family);
      if (k < size)
        putc (data[k], w);
    }
  fclose (w);
  if (len != want_len || memcmp (out, want, len) != 0)
    abort ();
  free (want);
  free (out);
  return 0;
}
