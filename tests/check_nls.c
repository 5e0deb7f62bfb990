/* check_nls.c - what a build with or without NLS gives for a Swedish
   request, and switching catalog directories at run time.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

#if ENABLE_NLS
# define sv_request_10c sv_10c
#else
/* Without NLS the catalogs are never read: English, always.  */
# define sv_request_10c en_10c
#endif

START_TEST (swedish_request)
{
  use_language ("sv");
  ck_assert_str_eq (nxs_strerror (0x10C), sv_request_10c);
#if !ENABLE_NLS
  ck_assert_str_eq (nxs_strerror (0x1234), "Unknown NetX status value");
#endif
}
END_TEST

START_TEST (localedir_follows_environment)
{
  const char *dir = getenv ("NXSTATUS_LOCALEDIR");
  ck_assert_ptr_nonnull (dir);
  ck_assert_str_eq (nxs_localedir (), dir);
}
END_TEST

START_TEST (bind_other_directory)
{
  use_language ("sv");
  ck_assert_int_eq (nxs_bind_localedir ("/nonexistent/nxstatus-test"), 0);
#if ENABLE_NLS
  ck_assert_str_eq (nxs_localedir (), "/nonexistent/nxstatus-test");
#endif
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);

  /* NULL goes back to the default choice: the environment here.  */
  ck_assert_int_eq (nxs_bind_localedir (NULL), 0);
  ck_assert_str_eq (nxs_localedir (), getenv ("NXSTATUS_LOCALEDIR"));
  ck_assert_str_eq (nxs_strerror (0x10C), sv_request_10c);
}
END_TEST

/* Which languages the installed catalogs serve: the tests install sv
   only.  */
START_TEST (installed_languages)
{
#if ENABLE_NLS
  int nls = 1;
#else
  int nls = 0;            /* ENABLE_NLS is undefined then */
#endif
  ck_assert_int_eq (nxs_language_installed ("sv"), nls);
  ck_assert_int_eq (nxs_language_installed ("sv_SE.UTF-8"), nls);
  ck_assert_int_eq (nxs_language_installed ("sv_FI@euro"), nls);
  ck_assert_int_eq (nxs_language_installed ("de"), 0);
  ck_assert_int_eq (nxs_language_installed ("en"), 0);
  /* One language, not a list; never a path, never C.  */
  ck_assert_int_eq (nxs_language_installed ("de:sv"), 0);
  ck_assert_int_eq (nxs_language_installed ("../sv"), 0);
  ck_assert_int_eq (nxs_language_installed (".sv"), 0);
  ck_assert_int_eq (nxs_language_installed ("C"), 0);
  ck_assert_int_eq (nxs_language_installed (""), 0);
  ck_assert_int_eq (nxs_language_installed (NULL), 0);
  /* Elsewhere, nothing.  */
  ck_assert_int_eq (nxs_bind_localedir ("/nonexistent/nxstatus-test"), 0);
  ck_assert_int_eq (nxs_language_installed ("sv"), 0);
  ck_assert_int_eq (nxs_bind_localedir (NULL), 0);
  ck_assert_int_eq (nxs_language_installed ("sv"), nls);
}
END_TEST

int
main (void)
{
#if ENABLE_NLS
  Suite *s = suite_create ("nls");
#else
  Suite *s = suite_create ("no-nls");
#endif
  TCase *tc = tcase_create ("catalogs");
  tcase_add_test (tc, swedish_request);
  tcase_add_test (tc, localedir_follows_environment);
  tcase_add_test (tc, bind_other_directory);
  tcase_add_test (tc, installed_languages);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
