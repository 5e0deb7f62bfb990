/* output.h - writing status rows as text, markdown, JSON or CSV.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_OUTPUT_H
#define NXS_OUTPUT_H 1

#include <stddef.h>
#include <stdio.h>

enum output_format
{
  FORMAT_TEXT,
  FORMAT_MARKDOWN,
  FORMAT_JSON,
  FORMAT_CSV
};

/* One row: NAME and FAMILY are NULL for an unknown value.  */
struct output_row
{
  const char *name;
  unsigned int value;
  const char *family;
  const char *text;             /* localized description, UTF-8 */
  int with_family;              /* text: name the family too */
};

struct output
{
  FILE *stream;
  enum output_format format;
  size_t rows;                  /* rows written so far */
  const char *const *keys;      /* a table's columns (output_table) */
  size_t columns;
};

/* Set *FORMAT from its name ("text", "markdown", "json", "csv").
   Return 0, or -1 if NAME is none of them.  */
int output_format_from_name (const char *name, enum output_format *format);

/* Start, add to and finish a document on STREAM.  Write errors are left
   for the caller to find with ferror().  */
void output_begin (struct output *out, FILE *stream,
                   enum output_format format);
void output_row (struct output *out, const struct output_row *row);
void output_end (struct output *out);

/* Add NOTE, a message in the locale's charset for the reader, to a
   text document; other formats leave it out.  */
void output_note (struct output *out, const char *note);

/* Start a document on STREAM that is a table of COLUMNS columns named
   KEYS (ASCII, the JSON keys and CSV header; shown in markdown), for
   lists other than status rows; add rows of COLUMNS UTF-8 cells with
   output_table_row; finish with output_end.  Text output is the cells
   separated by two spaces.  */
void output_table (struct output *out, FILE *stream,
                   enum output_format format, const char *const *keys,
                   size_t columns);
void output_table_row (struct output *out, const char *const *cells);

/* Write S, UTF-8, to FP as a JSON string, quoted and escaped.  */
void output_json_string (FILE *fp, const char *s);

#endif /* NXS_OUTPUT_H */
