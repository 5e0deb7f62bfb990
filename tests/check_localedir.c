/* check_localedir.c - where the catalogs are read from, and why a
   privileged process ignores NXSTATUS_LOCALEDIR.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdlib.h>

#include "localedir.h"
#include "nxstatus.h"
#include "testutil.h"

START_TEST (environment_wins_when_unprivileged)
{
  ck_assert_str_eq (nxsi_pick_localedir ("/opt/x/locale", 0, "/usr/share/locale"),
                    "/opt/x/locale");
}
END_TEST

START_TEST (unset_or_empty_means_default)
{
  ck_assert_str_eq (nxsi_pick_localedir (NULL, 0, "/usr/share/locale"),
                    "/usr/share/locale");
  ck_assert_str_eq (nxsi_pick_localedir ("", 0, "/usr/share/locale"),
                    "/usr/share/locale");
}
END_TEST

START_TEST (privileged_ignores_environment)
{
  ck_assert_str_eq (nxsi_pick_localedir ("/tmp/evil", 1, "/usr/share/locale"),
                    "/usr/share/locale");
  ck_assert_str_eq (nxsi_pick_localedir (NULL, 1, "/usr/share/locale"),
                    "/usr/share/locale");
}
END_TEST

START_TEST (this_process_is_not_privileged)
{
  /* The test runs as an ordinary program, so the variable counts.  */
  ck_assert_int_eq (nxsi_privileged (), 0);
  ck_assert_str_eq (nxs_localedir (), getenv ("NXSTATUS_LOCALEDIR"));
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("localedir");
  TCase *tc = tcase_create ("decision");
  tcase_add_test (tc, environment_wins_when_unprivileged);
  tcase_add_test (tc, unset_or_empty_means_default);
  tcase_add_test (tc, privileged_ignores_environment);
  tcase_add_test (tc, this_process_is_not_privileged);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
