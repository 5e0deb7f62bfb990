/* check_locale_l.c - nxs_strerror_l with a real sv_SE.UTF-8 locale_t,
   built by localedef into the build tree.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

static locale_t sv_locale, c_locale;

static void
close_locales (void)
{
  freelocale (sv_locale);
  freelocale (c_locale);
}

START_TEST (swedish_locale_for_one_call)
{
  /* The process stays untranslated; only the _l call is Swedish.  */
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  errno = 4242;
  ck_assert_str_eq (nxs_strerror_l (0x10C, sv_locale), sv_10c);
  ck_assert_int_eq (errno, 4242);
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  ck_assert_str_eq (nxs_strerror_l (0x10C, c_locale), en_10c);
  ck_assert_str_eq (nxs_strerror_l (0x1234, sv_locale),
                    "Okänt NetX-statusvärde");
}
END_TEST

START_TEST (every_appendix_row)
{
  struct appendix_row rows[APPENDIX_ROWS + 1];
  size_t n = read_appendix (rows, APPENDIX_ROWS + 1);
  for (size_t i = 0; i < n; i++)
    if (strcmp (nxs_name (rows[i].value), rows[i].name) == 0)
      ck_assert_str_eq (nxs_strerror_l (rows[i].value, sv_locale),
                        rows[i].swedish);
}
END_TEST

START_TEST (thread_locale_is_restored)
{
  /* A thread with its own Swedish locale gets it back after a call
     that used the C locale.  */
  locale_t before = uselocale (sv_locale);
  ck_assert_str_eq (nxs_strerror (0x10C), sv_10c);
  ck_assert_str_eq (nxs_strerror_l (0x10C, c_locale), en_10c);
  ck_assert_ptr_eq (uselocale ((locale_t) 0), sv_locale);
  ck_assert_str_eq (nxs_strerror (0x10C), sv_10c);
  uselocale (before);
}
END_TEST

START_TEST (zero_and_global_locale)
{
  ck_assert_str_eq (nxs_strerror_l (0x10C, (locale_t) 0), en_10c);
  ck_assert_str_eq (nxs_strerror_l (0x10C, LC_GLOBAL_LOCALE), en_10c);
}
END_TEST

struct worker
{
  locale_t locale;
  const char *expect;
  int mismatches;
};

static void *
work (void *arg)
{
  struct worker *w = arg;
  for (int i = 0; i < 20000; i++)
    if (strcmp (nxs_strerror_l (0x10C, w->locale), w->expect) != 0)
      w->mismatches++;
  return NULL;
}

START_TEST (two_threads_two_locales)
{
  struct worker w[2] = { { sv_locale, sv_10c, 0 }, { c_locale, en_10c, 0 } };
  pthread_t t[2];
  for (int i = 0; i < 2; i++)
    ck_assert_int_eq (pthread_create (&t[i], NULL, work, &w[i]), 0);
  for (int i = 0; i < 2; i++)
    ck_assert_int_eq (pthread_join (t[i], NULL), 0);
  ck_assert_int_eq (w[0].mismatches, 0);
  ck_assert_int_eq (w[1].mismatches, 0);
}
END_TEST

int
main (void)
{
#if !ENABLE_NLS
  puts ("1..0 # SKIP built without NLS: every locale gives English");
  return EXIT_SUCCESS;
#endif
  if (!open_test_locales (&sv_locale, &c_locale))
    return EXIT_SUCCESS;

  Suite *s = suite_create ("strerror_l");
  TCase *tc = tcase_create ("locale_t");
  tcase_add_test (tc, swedish_locale_for_one_call);
  tcase_add_test (tc, every_appendix_row);
  tcase_add_test (tc, thread_locale_is_restored);
  tcase_add_test (tc, zero_and_global_locale);
  tcase_add_test (tc, two_threads_two_locales);
  tcase_set_timeout (tc, 60);
  suite_add_tcase (s, tc);
  int status = run_suite (s);
  close_locales ();
  return status;
}
