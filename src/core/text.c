/* text.c - a status's text written into the caller's buffer.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <string.h>

#include "nxstatus.h"
#include "text.h"

#define N_(msgid) msgid         /* marks a msgid for xgettext */

const char nxsi_unknown_msgid[] = N_("Unknown NetX status value");

size_t
nxsi_fit_utf8 (const char *s, size_t room)
{
  /* S[ROOM] is the first byte left out: never a continuation byte.  */
  while (room > 0 && ((unsigned char) s[room] & 0xC0) == 0x80)
    room--;
  return room;
}

/* Write " (0xVALUE)" into OUT, which has room for 14 bytes; for a
   status of a known family, only its value part.  */
static size_t
format_value (char *out, unsigned int value)
{
  size_t len = 4;
  int shift = 28;
  memcpy (out, " (0x", 4);
  /* Whoever qualified the status knows its family: the value alone.  */
  if (NXS_FAMILY_PART (value) <= NXS_FAMILY_WEBSOCKET)
    value = NXS_VALUE_PART (value);
  while (shift > 0 && (value >> shift) == 0)
    shift -= 4;
  for (; shift >= 0; shift -= 4)
    out[len++] = "0123456789ABCDEF"[(value >> shift) & 0xF];
  memcpy (out + len, ")", 2);   /* with the NUL: smaller code than two stores */
  return len + 1;
}

int
nxsi_write_text (char *buf, size_t buflen, const char *text, int known,
                 unsigned int status, nxsi_fit_fn *fit)
{
  int full = known ? 0 : EINVAL, cut = known ? ERANGE : EINVAL;
  if (buf == NULL || buflen == 0)
    return cut;

  char suffix[16] = "";
  size_t suffix_len = known ? 0 : format_value (suffix, status);
  size_t room = buflen - 1, len = strlen (text);
  int result = full;
  if (suffix_len > room)
    {
      /* Not even the value fits: as much of it as does.  */
      memcpy (buf, suffix, room);
      buf[room] = '\0';
      return cut;
    }
  if (len > room - suffix_len)
    {
      len = fit (text, room - suffix_len);
      result = cut;
    }
  memcpy (buf, text, len);
  memcpy (buf + len, suffix, suffix_len + 1);
  return result;
}
