/* annotate.c - a log with its NetX statuses explained.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Every input byte goes out as it came, at once; only a bounded copy of
   the current token is kept, so a line of any length, NUL bytes and
   bytes that are not text pass through, and nothing waits for a
   newline.  */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annotate.h"
#include "charset.h"
#include "i18n.h"
#include "language.h"
#include "parse.h"

/* Longest token kept: a name is at most NXS_NAME_MAX - 1 bytes, a hex
   value "0x" and digits.  */
#define TOKEN_MAX 80

static int
token_byte (unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
         || (c >= '0' && c <= '9') || c == '_';
}

/* Write " [NAME: TEXT]", and free TEXT.  */
static void
put_explanation (FILE *out, const char *name, char *text)
{
  fprintf (out, " [%s: ", name);
  put_display (out, text, 0);
  fputs ("]", out);
  free (text);
}

/* For VALUE, which add-on families define under different names, write
   " [one of: NAME (family), ...]": too long for descriptions, enough to
   choose --family.  */
static void
list_candidates (FILE *out, unsigned int value)
{
  nxs_family f = next_candidate (value, NXS_FAMILY_UNKNOWN);
  if (f == NXS_FAMILY_UNKNOWN)
    return;
  char *one_of = locale_to_utf8 (_("one of"));
  fputs (" [", out);
  put_display (out, one_of, 0);
  fputs (": ", out);
  free (one_of);
  for (const char *sep = ""; f != NXS_FAMILY_UNKNOWN;
       f = next_candidate (value, f), sep = ", ")
    fprintf (out, "%s%s (%s)", sep, nxs_name (NXS_IN (f, value)),
             nxs_family_name (f));
  fputs ("]", out);
}

/* Write " [NAME: description]" for the token of LEN bytes at TOKEN, if
   it is a known status name or a known hex value; for a hex value that
   add-ons share, the names it may be.  */
static void
explain (FILE *out, const char *token, size_t len, nxs_family family)
{
  char word[TOKEN_MAX + 1];
  unsigned int value;
  memcpy (word, token, len);
  word[len] = '\0';

  switch (parse_status (word, &value))
    {
    case PARSE_NAME:
      {
        nxs_entry e;
        char *text;
        if (language_find (word, &e, &text) == 0)
          put_explanation (out, e.name, text);
      }
      return;
    case PARSE_VALUE:
      if (len < 3 || word[0] != '0' || (word[1] != 'x' && word[1] != 'X'))
        return;                 /* decimal: most numbers are no status */
      {
        unsigned int status = qualify_status (value, family);
        const char *name = nxs_name (status);
        if (name != NULL)
          put_explanation (out, name, language_describe (status));
        else
          list_candidates (out, status);
      }
      return;
    case PARSE_EMPTY:
    case PARSE_RANGE:
    case PARSE_SYNTAX:
      return;
    }
}

enum annotate_result
annotate (int fd, FILE *out, nxs_family family)
{
  char token[TOKEN_MAX];
  size_t len = 0;
  int in_token = 0, too_long = 0;
  unsigned char buf[4096];

  for (;;)
    {
      ssize_t n = read (fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return ANNOTATE_READ_ERROR;
      for (ssize_t i = 0; i < n; i++)
        {
          unsigned char c = buf[i];
          if (token_byte (c))
            {
              if (!in_token)
                in_token = 1, len = 0, too_long = 0;
              if (len < sizeof token)
                token[len++] = (char) c;
              else
                too_long = 1;
            }
          else if (in_token)
            {
              /* The token ends before C: its explanation goes here.  */
              if (!too_long)
                explain (out, token, len, family);
              in_token = 0;
            }
          putc (c, out);
        }
      if (n == 0 && in_token && !too_long)
        explain (out, token, len, family);
      /* Endless input (tail -f) into a full disk or a closed pipe with
         SIGPIPE ignored must not run on silently: stop here.  */
      if (fflush (out) != 0 || ferror (out))
        return ANNOTATE_WRITE_ERROR;
      if (n == 0)
        return ANNOTATE_OK;
    }
}
