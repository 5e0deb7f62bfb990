/* check_appendix.c - every row of the appendix: name, value, family,
   English msgid and the appendix's Swedish text, word for word.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

static struct appendix_row rows[APPENDIX_ROWS + 1];
static size_t nrows;

static void
load (void)
{
  nrows = read_appendix (rows, sizeof rows / sizeof rows[0]);
}

START_TEST (fixture_has_every_row)
{
  ck_assert_uint_eq (nrows, APPENDIX_ROWS);
  size_t tls = 0, x509 = 0;
  for (size_t i = 0; i < nrows; i++)
    {
      tls += strcmp (rows[i].table, "tls") == 0;
      x509 += strcmp (rows[i].table, "x509") == 0;
    }
  ck_assert_uint_eq (tls, 60);  /* success, 0x101-0x13B */
  ck_assert_uint_eq (x509, 33); /* success, 0x181-0x1A0 */
}
END_TEST

START_TEST (name_and_value)
{
  const struct appendix_row *r = &rows[_i];
  unsigned int value = 0xDEADBEEF;
  ck_assert_int_eq (nxs_from_name (r->name, &value), 0);
  ck_assert_uint_eq (value, r->value);

  nxs_entry e;
  ck_assert_int_eq (nxs_entry_find (r->name, &e), 0);
  ck_assert_str_eq (e.name, r->name);
  ck_assert_uint_eq (e.value, r->value);
  ck_assert_int_eq (e.family, strcmp (r->table, "tls") == 0
                              ? NXS_FAMILY_TLS : NXS_FAMILY_X509);

  /* Where a value has one appendix row, that row is its name.  */
  if (r->value != 0)
    {
      ck_assert_int_ne (e.primary, 0);
      ck_assert_str_eq (nxs_name (r->value), r->name);
      ck_assert_int_eq (nxs_family_of (r->value), e.family);
    }
}
END_TEST

START_TEST (english_msgid)
{
  const struct appendix_row *r = &rows[_i];
  use_english ();
  nxs_entry e;
  ck_assert_int_eq (nxs_entry_find (r->name, &e), 0);
  /* Untranslated, the text is the msgid itself: one English sentence
     (or two), plain ASCII, ending in a full stop (maybe inside a final
     parenthesis).  */
  ck_assert_str_eq (e.text, e.description);
  size_t len = strlen (e.description);
  ck_assert_uint_gt (len, 10);
  ck_assert_msg (e.description[len - 1] == '.'
                 || strcmp (e.description + len - 2, ".)") == 0,
                 "%s: no full stop at the end", r->name);
  for (size_t i = 0; i < len; i++)
    ck_assert_msg ((unsigned char) e.description[i] >= 0x20
                   && (unsigned char) e.description[i] < 0x7F,
                   "%s: msgid is not plain ASCII", r->name);
  if (e.primary)
    {
      ck_assert_ptr_eq (nxs_description (r->value), e.description);
      ck_assert_str_eq (nxs_strerror (r->value), e.description);
    }
}
END_TEST

START_TEST (swedish_text)
{
  const struct appendix_row *r = &rows[_i];
  use_language ("sv");
  nxs_entry e;
  ck_assert_int_eq (nxs_entry_find (r->name, &e), 0);
  const char *want = swedish_if_nls (r->swedish, e.description);
  ck_assert_str_eq (e.text, want);
  if (e.primary)
    ck_assert_str_eq (nxs_strerror (r->value), want);
}
END_TEST

START_TEST (both_success_rows)
{
  /* The appendix has a success row per table, each with its own text;
     both are aliases of 0, whose primary entry is NX_SUCCESS.  */
  use_language ("sv");
  nxs_entry tls, x509;
  ck_assert_int_eq (nxs_entry_find ("NX_SECURE_TLS_SUCCESS", &tls), 0);
  ck_assert_int_eq (nxs_entry_find ("NX_SECURE_X509_SUCCESS", &x509), 0);
  ck_assert_uint_eq (tls.value, 0);
  ck_assert_uint_eq (x509.value, 0);
  ck_assert_int_eq (tls.primary, 0);
  ck_assert_int_eq (x509.primary, 0);
  ck_assert_str_eq (nxs_name (0), "NX_SUCCESS");
  ck_assert_str_eq (tls.text,
                    swedish_if_nls ("Funktionen returnerades. (Samma som "
                                    "NX_SUCCESS).", tls.description));
  ck_assert_str_eq (x509.text,
                    swedish_if_nls ("Lyckad returstatus. (Samma som NX_SUCCESS)",
                                    x509.description));
}
END_TEST

static Suite *
appendix_suite (void)
{
  Suite *s = suite_create ("appendix");
  TCase *tc = tcase_create ("rows");
  tcase_add_unchecked_fixture (tc, load, NULL);
  tcase_add_test (tc, fixture_has_every_row);
  tcase_add_loop_test (tc, name_and_value, 0, APPENDIX_ROWS);
  tcase_add_loop_test (tc, english_msgid, 0, APPENDIX_ROWS);
  tcase_add_loop_test (tc, swedish_text, 0, APPENDIX_ROWS);
  tcase_add_test (tc, both_success_rows);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return run_suite (appendix_suite ());
}
