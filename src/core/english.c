/* english.c - descriptions without NLS: nxs_strerror and its _l and _r
   forms, and nxs_gettext, all in English; no catalog is installed.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Built instead of nls/strerror.c by --disable-nls and on systems
   without a file system; the text is the msgid itself.  */

#include <config.h>

#include <locale.h>

#include "table.h"
#include "text.h"

const char *
nxsi_entry_text (size_t i)
{
  return nxsi_english (i);
}

/* The caller's language is English here: what nxs_strerror_lang gives
   for no language (NULL), which a firmware links anyway.  */
const char *
nxs_strerror (unsigned int status)
{
  return nxs_strerror_lang (status, NULL);
}

#ifdef LC_ALL_MASK
const char *
nxs_strerror_l (unsigned int status, locale_t locale)
{
  (void) locale;
  return nxs_strerror (status);
}
#endif

int
nxs_strerror_r (unsigned int status, char *buf, size_t buflen)
{
  return nxs_strerror_lang_r (status, NULL, buf, buflen);
}

const char *
nxs_gettext (const char *msgid)
{
  return msgid;
}

int
nxs_language_installed (const char *lang)
{
  (void) lang;
  return 0;
}
