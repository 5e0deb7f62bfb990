/* fuzz_lang.c - libFuzzer harness: nxs_strerror_lang with any bytes as
   the language, and its _r form at every buffer size.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *lang = malloc (size + 1);
  if (lang == NULL)
    return 0;
  memcpy (lang, data, size);
  lang[size] = '\0';

  /* The first four bytes also pick a value, known or not.  */
  uint32_t status = 0;
  memcpy (&status, data, size < 4 ? size : 4);
  status = status % 3 == 0 ? 0x10C : status % 3 == 1 ? status & 0x1FF : status;

  const char *match = nxs_language_match (lang);
  const char *text = nxs_strerror_lang (status, lang);
  const char *english = nxs_strerror_lang (status, NULL);
  /* English exactly when no built-in language matches.  */
  if (text == NULL || (match == NULL && strcmp (text, english) != 0))
    abort ();
  if (match != NULL && strcmp (text, nxs_strerror_lang (status, match)) != 0)
    abort ();

  char buf[64];
  size_t n = size % sizeof buf;
  int rc = nxs_strerror_lang_r (status, lang, buf, n);
  if (n > 0 && memchr (buf, '\0', n) == NULL)
    abort ();
  if (rc != 0 && rc != ERANGE && rc != EINVAL)
    abort ();
  free (lang);
  return 0;
}
