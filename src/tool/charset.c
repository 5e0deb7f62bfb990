/* charset.c - the tool's text kept in UTF-8, whatever the locale's
   charset, and shown safely on a terminal.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "utf8.h"

void
out_of_memory (void)
{
  fputs ("nxstatus: out of memory\n", stderr);
  exit (2);
}

void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (p == NULL)
    out_of_memory ();
  return p;
}

/* P, of *SIZE bytes, made twice as large.  */
static char *
grow (char *p, size_t *size)
{
  char *bigger = *size < (size_t) -1 / 2 ? realloc (p, *size * 2) : NULL;
  if (bigger == NULL)
    out_of_memory ();
  *size *= 2;
  return bigger;
}

int
utf8_valid (const char *s)
{
  const unsigned char *p = (const unsigned char *) s;
  while (*p != '\0')
    {
      size_t len = nxsi_utf8_char (p);
      if (len == 0)
        return 0;
      p += len;
    }
  return 1;
}

uint32_t
utf8_next (const char **s)
{
  unsigned int cp;
  size_t len = nxsi_utf8_decode ((const unsigned char *) *s, &cp);
  *s += len > 0 ? len : 1;
  return len > 0 ? cp : 0xFFFD;
}

static int
locale_is_utf8 (void)
{
  const char *cs = nl_langinfo (CODESET);
  return strcmp (cs, "UTF-8") == 0 || strcmp (cs, "utf8") == 0;
}

/* Convert IN with CD into memory the caller frees; where a character
   does not convert, put BAD and skip one byte.  */
static char *
convert (iconv_t cd, const char *in, const char *bad)
{
  size_t len = strlen (in), size = 4 * len + 16, used = 0;
  char *out = xmalloc (size);
  char *ip = (char *) in;
  size_t ileft = len;
  while (ileft > 0)
    {
      char *op = out + used;
      size_t oleft = size - used - 8;
      size_t r = iconv (cd, &ip, &ileft, &op, &oleft);
      used = (size_t) (op - out);
      if (r != (size_t) -1)
        break;
      if (errno == E2BIG)
        {
          out = grow (out, &size);
          continue;
        }
      /* EILSEQ or EINVAL: one byte that does not convert.  */
      size_t blen = strlen (bad);
      if (used + blen + 8 > size)
        out = grow (out, &size);
      memcpy (out + used, bad, blen);
      used += blen;
      ip++;
      ileft--;
      iconv (cd, NULL, NULL, NULL, NULL);
    }
  out[used] = '\0';
  return out;
}

char *
locale_to_utf8 (const char *s)
{
  if (locale_is_utf8 () && utf8_valid (s))
    return strcpy (xmalloc (strlen (s) + 1), s);
  iconv_t cd = iconv_open ("UTF-8", locale_is_utf8 () ? "UTF-8"
                                                      : nl_langinfo (CODESET));
  if (cd == (iconv_t) -1)
    cd = iconv_open ("UTF-8", "ASCII");
  char *out = convert (cd, s, "\xEF\xBF\xBD");
  iconv_close (cd);
  return out;
}

void
put_display (FILE *fp, const char *s, int newlines)
{
  static const char hex[] = "0123456789ABCDEF";
  size_t len = strlen (s);
  char *safe = xmalloc (4 * len + 1);
  size_t n = 0;
  const unsigned char *p = (const unsigned char *) s;
  while (*p != '\0')
    {
      size_t clen = nxsi_utf8_char (p);
      int control = clen == 0 || nxsi_utf8_control (p);
      if (!control || (newlines && *p == '\n'))
        {
          memcpy (safe + n, p, clen);
          n += clen;
          p += clen;
          continue;
        }
      /* One \xHH per byte of the control character or bad byte.  */
      for (size_t i = 0; i < (clen == 0 ? 1 : clen); i++, p++)
        {
          safe[n++] = '\\';
          safe[n++] = 'x';
          safe[n++] = hex[*p >> 4];
          safe[n++] = hex[*p & 0xF];
        }
    }
  safe[n] = '\0';

  char *out = utf8_to_locale (safe);
  fputs (out, fp);
  free (out);
  free (safe);
}

char *
utf8_to_locale (const char *s)
{
  if (locale_is_utf8 ())
    return strcpy (xmalloc (strlen (s) + 1), s);
  /* The C locale's own transliteration knows no letter beyond ASCII
     ("?" for "ä"); C.UTF-8's gives "a".  */
  locale_t previous = (locale_t) 0, c_utf8 = (locale_t) 0;
  if (MB_CUR_MAX == 1 && strcmp (nl_langinfo (CODESET), "ANSI_X3.4-1968") == 0)
    {
      c_utf8 = newlocale (LC_CTYPE_MASK, "C.UTF-8", (locale_t) 0);
      if (c_utf8 != (locale_t) 0)
        previous = uselocale (c_utf8);
    }
  char target[64];
  snprintf (target, sizeof target, "%s//TRANSLIT",
            c_utf8 != (locale_t) 0 ? "ASCII" : nl_langinfo (CODESET));
  iconv_t cd = iconv_open (target, "UTF-8");
  char *out = cd == (iconv_t) -1 ? strcpy (xmalloc (strlen (s) + 1), s)
                                 : convert (cd, s, "?");
  if (cd != (iconv_t) -1)
    iconv_close (cd);
  if (c_utf8 != (locale_t) 0)
    {
      uselocale (previous);
      freelocale (c_utf8);
    }
  return out;
}
