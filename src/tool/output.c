/* output.c - writing status rows as text, markdown, JSON or CSV.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The description is the only free text, in UTF-8; each format escapes
   it the way that format needs, so any translation gives a valid
   document, and text for a terminal never carries a control character.
   JSON and CSV are UTF-8 whatever the locale; text and markdown are in
   the locale's charset.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "charset.h"
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

void
output_json_string (FILE *fp, const char *s)
{
  /* S is UTF-8 (the rows are): only quotes, backslashes and control
     characters need escapes.  */
  putc ('"', fp);
  for (const unsigned char *p = (const unsigned char *) s; *p != '\0'; p++)
    if (*p == '"' || *p == '\\')
      {
        putc ('\\', fp);
        putc (*p, fp);
      }
    else if (*p < 0x20 || *p == 0x7F)
      fprintf (fp, "\\u%04X", (unsigned int) *p);
    else
      putc (*p, fp);
  putc ('"', fp);
}

static void
put_json_string_or_null (FILE *fp, const char *s)
{
  if (s == NULL)
    fputs ("null", fp);
  else
    output_json_string (fp, s);
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

/* A cell of UTF-8 text: '|' escaped, a line break a space, shown with
   put_display.  */
static void
put_markdown_cell (FILE *fp, const char *s)
{
  size_t len = strlen (s), n = 0;
  char *cell = malloc (2 * len + 1);
  if (cell == NULL)
    {
      put_display (fp, "?", 0);
      return;
    }
  for (; *s != '\0'; s++)
    if (*s == '|')
      {
        cell[n++] = '\\';
        cell[n++] = '|';
      }
    else
      cell[n++] = *s == '\n' || *s == '\r' ? ' ' : *s;
  cell[n] = '\0';
  put_display (fp, cell, 0);
  free (cell);
}

/* A markdown cell of a message in the locale's charset.  */
static void
put_markdown_message (FILE *fp, const char *message)
{
  char *utf8 = locale_to_utf8 (message);
  put_markdown_cell (fp, utf8);
  free (utf8);
}

/* Set OUT up to write FORMAT to STREAM, a table of COLUMNS named KEYS
   or (KEYS NULL) status rows; a JSON document opens here.  */
static void
start (struct output *out, FILE *stream, enum output_format format,
       const char *const *keys, size_t columns)
{
  out->stream = stream;
  out->format = format;
  out->rows = 0;
  out->keys = keys;
  out->columns = columns;
  if (format == FORMAT_JSON)
    putc ('[', stream);
}

void
output_begin (struct output *out, FILE *stream, enum output_format format)
{
  start (out, stream, format, NULL, 0);
  switch (format)
    {
    case FORMAT_MARKDOWN:
      fputs ("| ", stream);
      /* TRANSLATORS: the column headings of the appendix's table, whose
         Swedish edition heads this column "Felnamn".  */
      put_markdown_message (stream, _("Name"));
      fputs (" | ", stream);
      put_markdown_message (stream, _("Value"));
      fputs (" | ", stream);
      put_markdown_message (stream, _("Description"));
      fputs (" | ", stream);
      put_markdown_message (stream, _("Family"));
      fputs (" |\n| --- | --- | --- | --- |\n", stream);
      break;
    case FORMAT_CSV:
      fputs ("name,value,hex,family,description\r\n", stream);
      break;
    case FORMAT_JSON:
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
      if (row->name != NULL && row->with_family && row->family != NULL)
        fprintf (fp, "%s (%s, %s): ", row->name, hex, row->family);
      else if (row->name != NULL)
        fprintf (fp, "%s (%s): ", row->name, hex);
      put_display (fp, row->text, 0);
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
      output_json_string (fp, row->text);
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

void
output_table (struct output *out, FILE *stream, enum output_format format,
              const char *const *keys, size_t columns)
{
  start (out, stream, format, keys, columns);
  switch (format)
    {
    case FORMAT_MARKDOWN:
      for (size_t i = 0; i < columns; i++)
        fprintf (stream, "| %s ", keys[i]);
      fputs ("|\n", stream);
      for (size_t i = 0; i < columns; i++)
        fputs ("| --- ", stream);
      fputs ("|\n", stream);
      break;
    case FORMAT_CSV:
      for (size_t i = 0; i < columns; i++)
        fprintf (stream, "%s%s", i > 0 ? "," : "", keys[i]);
      fputs ("\r\n", stream);
      break;
    case FORMAT_JSON:
    case FORMAT_TEXT:
      break;
    }
}

void
output_table_row (struct output *out, const char *const *cells)
{
  FILE *fp = out->stream;
  for (size_t i = 0; i < out->columns; i++)
    switch (out->format)
      {
      case FORMAT_TEXT:
        if (i > 0)
          fputs ("  ", fp);
        put_display (fp, cells[i], 0);
        break;
      case FORMAT_MARKDOWN:
        fputs ("| ", fp);
        put_markdown_cell (fp, cells[i]);
        putc (' ', fp);
        break;
      case FORMAT_JSON:
        fputs (i > 0 ? ", " : out->rows == 0 ? "\n  {" : ",\n  {", fp);
        output_json_string (fp, out->keys[i]);
        fputs (": ", fp);
        output_json_string (fp, cells[i]);
        break;
      case FORMAT_CSV:
        if (i > 0)
          putc (',', fp);
        put_csv_field (fp, cells[i]);
        break;
      }
  fputs (out->format == FORMAT_MARKDOWN ? "|\n"
         : out->format == FORMAT_JSON ? "}"
         : out->format == FORMAT_CSV ? "\r\n" : "\n", fp);
  out->rows++;
}

void
output_note (struct output *out, const char *note)
{
  if (out->format != FORMAT_TEXT)
    return;
  char *utf8 = locale_to_utf8 (note);
  fputs ("(", out->stream);
  put_display (out->stream, utf8, 0);
  fputs (")\n", out->stream);
  free (utf8);
}
