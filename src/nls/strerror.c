/* strerror.c - localized descriptions: nxs_strerror and its _l, _r forms.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "i18n.h"
#include "table.h"

/* The value is not part of the msgid: nxs_strerror returns text that
   lives for the process, and code, not a translation, appends it.  */
static const char unknown_msgid[] = N_("Unknown NetX status value");

static const char *
msgid_of (unsigned int status)
{
  int i = nxsi_primary_index (status);
  return i < 0 ? unknown_msgid : nxsi_entry_msgid ((size_t) i);
}

const char *
nxs_strerror (unsigned int status)
{
  return nxsi_translate (msgid_of (status));
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

/* Copy SRC to BUF + *POS, keeping room for the NUL in BUFLEN > 0 bytes.
   Return 1 if SRC had to be cut; then cut before a partial character.  */
static int
append (char *buf, size_t buflen, size_t *pos, const char *src)
{
  size_t room = buflen - 1 - *pos;
  size_t len = strlen (src);
  int cut = len > room;

  if (cut)
    {
      len = room;
      /* In a multibyte (UTF-8) charset, back off over continuation
         bytes so that the cut lands on a character boundary.  */
      if (MB_CUR_MAX > 1)
        while (len > 0 && ((unsigned char) src[len] & 0xC0) == 0x80)
          len--;
    }
  memcpy (buf + *pos, src, len);
  *pos += len;
  buf[*pos] = '\0';
  return cut;
}

/* Write " (0xHEX)" for VALUE into OUT, which has room for 16 bytes.  */
static void
format_value (char out[16], unsigned int value)
{
  static const char digits[] = "0123456789ABCDEF";
  char tmp[8];
  size_t n = 0;
  do
    tmp[n++] = digits[value & 0xF];
  while ((value >>= 4) != 0 && n < sizeof tmp);

  char *p = out;
  *p++ = ' ';
  *p++ = '(';
  *p++ = '0';
  *p++ = 'x';
  while (n > 0)
    *p++ = tmp[--n];
  *p++ = ')';
  *p = '\0';
}

int
nxs_strerror_r (unsigned int status, char *buf, size_t buflen)
{
  int saved_errno = errno;
  int known = nxsi_primary_index (status) >= 0;
  int cut = 1;

  if (buf != NULL && buflen > 0)
    {
      size_t pos = 0;
      buf[0] = '\0';
      cut = append (buf, buflen, &pos, nxs_strerror (status));
      if (!known && !cut)
        {
          char suffix[16];
          format_value (suffix, status);
          cut = append (buf, buflen, &pos, suffix);
        }
    }

  errno = saved_errno;
  return !known ? EINVAL : cut ? ERANGE : 0;
}
