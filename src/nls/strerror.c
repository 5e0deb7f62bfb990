/* strerror.c - localized descriptions: nxs_strerror and its _l and _r
   forms, and nxs_gettext.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "catalogs.h"
#include "table.h"
#include "text.h"

/* The localized text of entry I (-1: unknown); keeps errno.  */
static const char *
localized (int i)
{
  int saved_errno = errno;
  size_t at = i < 0 ? NXS_ENTRY_COUNT : (size_t) i;
  const char *text = nxsi_translate_entry (at);
  errno = saved_errno;
  return text != NULL ? text : nxsi_english (at);
}

const char *
nxsi_entry_text (size_t i)
{
  return localized ((int) i);
}

const char *
nxs_strerror (unsigned int status)
{
  return localized (nxsi_primary_index (status));
}

const char *
nxs_strerror_l (unsigned int status, locale_t locale)
{
  if (locale == (locale_t) 0)
    return nxs_strerror (status);

  int saved_errno = errno;
  locale_t previous = uselocale (locale);
  const char *text = nxs_strerror (status);
  if (previous != (locale_t) 0)
    uselocale (previous);
  errno = saved_errno;
  return text;
}

/* nxsi_fit_fn for the charset of the thread's LC_CTYPE locale, which
   the text is in: whole characters as mbrlen counts them.  */
static size_t
fit_locale (const char *s, size_t room)
{
  if (MB_CUR_MAX == 1)
    return room;
  if (strcmp (nl_langinfo (CODESET), "UTF-8") == 0)
    return nxsi_fit_utf8 (s, room);
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t at = 0, len = strlen (s);
  while (at < room)
    {
      size_t n = mbrlen (s + at, len - at, &state);
      if (n == 0 || n == (size_t) -1 || n == (size_t) -2 || n > room - at)
        break;
      at += n;
    }
  return at;
}

int
nxs_strerror_r (unsigned int status, char *buf, size_t buflen)
{
  int saved_errno = errno;
  int i = nxsi_primary_index (status);
  int result = nxsi_write_text (buf, buflen, localized (i), i >= 0, status,
                                fit_locale);
  errno = saved_errno;
  return result;
}

const char *
nxs_gettext (const char *msgid)
{
  if (msgid == NULL)
    return NULL;
  int saved_errno = errno;
  const char *text = nxsi_translate_message (msgid);
  errno = saved_errno;
  return text != NULL ? text : msgid;
}
