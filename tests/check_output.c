/* check_output.c - the tool's output with hostile text: control
   characters never reach a terminal, JSON and CSV stay valid UTF-8.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "output.h"
#include "testutil.h"

/* What put_display writes for S, as a string (static storage).  */
static const char *
displayed (const char *s, int newlines)
{
  static char buf[1024];
  FILE *fp = fmemopen (buf, sizeof buf, "w");
  ck_assert_ptr_nonnull (fp);
  put_display (fp, s, newlines);
  fclose (fp);
  return buf;
}

/* One row of TEXT in FORMAT, as a string (static storage).  */
static const char *
row_in (enum output_format format, const char *text, int with_family)
{
  static char buf[2048];
  FILE *fp = fmemopen (buf, sizeof buf, "w");
  ck_assert_ptr_nonnull (fp);
  struct output out;
  struct output_row row = { "NX_X", 0x10C, "tls", text, with_family };
  output_begin (&out, fp, format);
  output_row (&out, &row);
  output_end (&out);
  fclose (fp);
  return buf;
}

static const char *
row_as (enum output_format format, const char *text)
{
  return row_in (format, text, 0);
}

START_TEST (terminal_never_sees_controls)
{
  use_english ();
  ck_assert_str_eq (displayed ("a\x1B[31mb", 0), "a\\x1B[31mb");
  ck_assert_str_eq (displayed ("\x1B]0;x\x07", 0), "\\x1B]0;x\\x07");
  ck_assert_str_eq (displayed ("c1 \xC2\x9B" "0m", 0), "c1 \\xC2\\x9B0m");
  ck_assert_str_eq (displayed ("bad \xFF\xFE", 0), "bad \\xFF\\xFE");
  ck_assert_str_eq (displayed ("del\x7F", 0), "del\\x7F");
  ck_assert_str_eq (displayed ("two\nlines", 0), "two\\x0Alines");
  ck_assert_str_eq (displayed ("two\nlines", 1), "two\nlines");
  ck_assert_str_eq (displayed ("fält – ok", 0), "fält – ok");
}
END_TEST

START_TEST (every_format_escapes)
{
  use_english ();
  const char *evil = "x\x1B[2J|\"y\"\n,z";
  ck_assert_str_eq (row_as (FORMAT_TEXT, evil),
                    "NX_X (0x10C): x\\x1B[2J|\"y\"\\x0A,z\n");
  ck_assert_str_eq (row_as (FORMAT_JSON, evil),
                    "[\n  {\"name\": \"NX_X\", \"value\": 268, \"hex\": "
                    "\"0x10C\", \"family\": \"tls\", \"description\": "
                    "\"x\\u001B[2J|\\\"y\\\"\\u000A,z\"}\n]\n");
  ck_assert_str_eq (row_as (FORMAT_CSV, evil),
                    "name,value,hex,family,description\r\n"
                    "NX_X,268,0x10C,tls,\"x\x1B[2J|\"\"y\"\"\n,z\"\r\n");
  const char *md = strstr (row_as (FORMAT_MARKDOWN, evil), "| NX_X");
  ck_assert_ptr_nonnull (md);
  ck_assert_str_eq (md, "| NX_X | 0x10C | x\\x1B[2J\\|\"y\" ,z | tls |\n");
}
END_TEST

START_TEST (text_names_family_when_asked)
{
  use_english ();
  ck_assert_str_eq (row_in (FORMAT_TEXT, "d", 1), "NX_X (0x10C, tls): d\n");
  ck_assert_str_eq (row_in (FORMAT_TEXT, "d", 0), "NX_X (0x10C): d\n");
  /* the family is a column of its own in the other formats already */
  ck_assert_str_eq (row_in (FORMAT_CSV, "d", 1),
                    "name,value,hex,family,description\r\n"
                    "NX_X,268,0x10C,tls,d\r\n");
}
END_TEST

START_TEST (locale_text_to_utf8)
{
  use_english ();
  char *s = locale_to_utf8 ("fält");
  ck_assert_str_eq (s, "fält");
  free (s);
  s = locale_to_utf8 ("bad \xFF");
  ck_assert_str_eq (s, "bad \xEF\xBF\xBD");
  free (s);
  ck_assert_int_eq (utf8_valid ("fält"), 1);
  ck_assert_int_eq (utf8_valid ("\xED\xA0\x80"), 0);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("output");
  TCase *tc = tcase_create ("hostile text");
  tcase_add_test (tc, terminal_never_sees_controls);
  tcase_add_test (tc, every_format_escapes);
  tcase_add_test (tc, text_names_family_when_asked);
  tcase_add_test (tc, locale_text_to_utf8);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
