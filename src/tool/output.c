/* output.c - writing status rows as text, markdown, JSON or CSV.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The description is the only free text; each format escapes it the
   way that format needs, so any translation gives a valid document.  */

#include <config.h>

#include <string.h>

#include "i18n.h"
#include "output.h"

static const char *const format_names[] = {
  [FORMAT_TEXT] = "text",
  [FORMAT_MARKDOWN] = "markdown",
  [FORMAT_JSON] = "json",
  [FORMAT_CSV] = "csv",
};

int
output_format_from_name (const char *name, enum output_format *format)
{
  for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
    if (strcmp (name, format_names[i]) == 0)
      {
        *format = (enum output_format) i;
        return 0;
      }
  return -1;
}

/* Length of the valid UTF-8 sequence at S, or 0 if S does not start
   one (overlong forms, surrogates and values past U+10FFFF included).  */
static size_t
utf8_length (const unsigned char *s)
{
  unsigned int c = s[0];
  size_t len;
  unsigned int min;

  if (c < 0x80)
    return 1;
  else if (c >= 0xC2 && c <= 0xDF)
    len = 2, min = 0x80, c &= 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    len = 3, min = 0x800, c &= 0x0F;
  else if (c >= 0xF0 && c <= 0xF4)
    len = 4, min = 0x10000, c &= 0x07;
  else
    return 0;

  for (size_t i = 1; i < len; i++)
    {
      if ((s[i] & 0xC0) != 0x80)
        return 0;
      c = (c << 6) | (s[i] & 0x3F);
    }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  return len;
}

static void
put_json_string (FILE *fp, const char *s)
{
  const unsigned char *p = (const unsigned char *) s;
  putc ('"', fp);
  while (*p != '\0')
    {
      size_t len = utf8_length (p);
      if (len == 0)
        {
          fputs ("\\uFFFD", fp);        /* not UTF-8: keep the JSON valid */
          p++;
        }
      else if (*p == '"' || *p == '\\')
        {
          putc ('\\', fp);
          putc (*p++, fp);
        }
      else if (*p < 0x20)
        fprintf (fp, "\\u%04X", (unsigned int) *p++);
      else
        {
          fwrite (p, 1, len, fp);
          p += len;
        }
    }
  putc ('"', fp);
}

static void
put_json_string_or_null (FILE *fp, const char *s)
{
  if (s == NULL)
    fputs ("null", fp);
  else
    put_json_string (fp, s);
}

static void
put_csv_field (FILE *fp, const char *s)
{
  if (strpbrk (s, ",\"\r\n") == NULL)
    {
      fputs (s, fp);
      return;
    }
  putc ('"', fp);
  for (; *s != '\0'; s++)
    {
      if (*s == '"')
        putc ('"', fp);
      putc (*s, fp);
    }
  putc ('"', fp);
}

static void
put_markdown_cell (FILE *fp, const char *s)
{
  for (; *s != '\0'; s++)
    if (*s == '|')
      fputs ("\\|", fp);
    else if (*s == '\n' || *s == '\r')
      putc (' ', fp);
    else
      putc (*s, fp);
}

void
output_begin (struct output *out, FILE *stream, enum output_format format)
{
  out->stream = stream;
  out->format = format;
  out->rows = 0;

  switch (format)
    {
    case FORMAT_MARKDOWN:
      fputs ("| ", stream);
      put_markdown_cell (stream, _("Name"));
      fputs (" | ", stream);
      put_markdown_cell (stream, _("Value"));
      fputs (" | ", stream);
      put_markdown_cell (stream, _("Description"));
      fputs (" | ", stream);
      put_markdown_cell (stream, _("Family"));
      fputs (" |\n| --- | --- | --- | --- |\n", stream);
      break;
    case FORMAT_JSON:
      putc ('[', stream);
      break;
    case FORMAT_CSV:
      fputs ("name,value,hex,family,description\r\n", stream);
      break;
    case FORMAT_TEXT:
      break;
    }
}

void
output_row (struct output *out, const struct output_row *row)
{
  FILE *fp = out->stream;
  char hex[16];
  snprintf (hex, sizeof hex, "0x%02X", row->value);

  switch (out->format)
    {
    case FORMAT_TEXT:
      if (row->name != NULL)
        fprintf (fp, "%s (%s): ", row->name, hex);
      fputs (row->text, fp);
      putc ('\n', fp);
      break;
    case FORMAT_MARKDOWN:
      fprintf (fp, "| %s | %s | ", row->name != NULL ? row->name : "", hex);
      put_markdown_cell (fp, row->text);
      fprintf (fp, " | %s |\n", row->family != NULL ? row->family : "");
      break;
    case FORMAT_JSON:
      fputs (out->rows == 0 ? "\n  {\"name\": " : ",\n  {\"name\": ", fp);
      put_json_string_or_null (fp, row->name);
      fprintf (fp, ", \"value\": %u, \"hex\": \"%s\", \"family\": ",
               row->value, hex);
      put_json_string_or_null (fp, row->family);
      fputs (", \"description\": ", fp);
      put_json_string (fp, row->text);
      putc ('}', fp);
      break;
    case FORMAT_CSV:
      fprintf (fp, "%s,%u,%s,%s,", row->name != NULL ? row->name : "",
               row->value, hex, row->family != NULL ? row->family : "");
      put_csv_field (fp, row->text);
      fputs ("\r\n", fp);
      break;
    }
  out->rows++;
}

void
output_end (struct output *out)
{
  if (out->format == FORMAT_JSON)
    fputs (out->rows == 0 ? "]\n" : "\n]\n", out->stream);
}
