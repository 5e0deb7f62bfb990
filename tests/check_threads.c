/* check_threads.c - many threads, each in its own locale, calling every
   function at once; and the very first call made by many threads at
   the same moment.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <locale.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

#define THREADS 16

static locale_t locales[2];     /* [0] sv_SE.UTF-8, [1] C.UTF-8 */
static unsigned long calls_per_thread = 100000;

/* Values to draw from: every primary value and a few unknown ones, with
   their expected name and text in each locale.  */
#define MAX_VALUES 1024
static struct expected
{
  unsigned int value;
  const char *name;
  const char *text[2];
} values[MAX_VALUES];
static size_t nvalues;

struct worker
{
  int id;
  pthread_barrier_t *barrier;
  unsigned long mismatches;
  unsigned long calls;
  char first_mismatch[128];
};

static void
mismatch (struct worker *w, const char *what, unsigned int value)
{
  if (w->mismatches++ == 0)
    snprintf (w->first_mismatch, sizeof w->first_mismatch,
              "thread %d: %s for 0x%X", w->id, what, value);
}

/* The first call of the process, from every thread at once.  */
static void *
first_call (void *arg)
{
  struct worker *w = arg;
  int mine = w->id % 2;
  uselocale (locales[mine]);
  pthread_barrier_wait (w->barrier);
  const char *text = nxs_strerror (0x10C);
  if (strcmp (text, mine == 0 ? sv_10c : en_10c) != 0)
    mismatch (w, "first nxs_strerror", 0x10C);
  unsigned int v = 0;
  if (nxs_from_name ("nx_not_connected", &v) != 0 || v != 0x38)
    mismatch (w, "first nxs_from_name", 0x38);
  return NULL;
}

static void *
mixed_calls (void *arg)
{
  struct worker *w = arg;
  int mine = w->id % 2, other = 1 - mine;
  uint32_t state = 0x9E3779B9u * (uint32_t) (w->id + 1);
  char buf[NXS_STRERROR_MAX];

  uselocale (locales[mine]);
  pthread_barrier_wait (w->barrier);
  for (unsigned long i = 0; i < calls_per_thread; i++)
    {
      const struct expected *x = &values[next_random (&state) % nvalues];
      unsigned int v = x->value;
      switch (next_random (&state) % 5)
        {
        case 0:
          if (strcmp (nxs_strerror (v), x->text[mine]) != 0)
            mismatch (w, "nxs_strerror", v);
          break;
        case 1:
          if (strcmp (nxs_strerror_l (v, locales[other]), x->text[other]) != 0)
            mismatch (w, "nxs_strerror_l", v);
          break;
        case 2:
          {
            int rc = nxs_strerror_r (v, buf, sizeof buf);
            size_t len = strlen (x->text[mine]);
            if (rc != (x->name != NULL ? 0 : EINVAL)
                || strncmp (buf, x->text[mine], len) != 0)
              mismatch (w, "nxs_strerror_r", v);
          }
          break;
        case 3:
          if (x->name == NULL ? nxs_name (v) != NULL
                              : strcmp (nxs_name (v), x->name) != 0)
            mismatch (w, "nxs_name", v);
          break;
        case 4:
          if (x->name != NULL)
            {
              unsigned int back = ~v;
              if (nxs_from_name (x->name, &back) != 0
                  || NXS_VALUE_PART (back) != NXS_VALUE_PART (v)
                  || strcmp (nxs_name (back), x->name) != 0)
                mismatch (w, "nxs_from_name", v);
            }
          else if (nxs_description (v) != NULL)
            mismatch (w, "nxs_description", v);
          break;
        }
      w->calls++;
    }
  uselocale (LC_GLOBAL_LOCALE);
  return NULL;
}

static void
run_threads (void *(*fn) (void *), struct worker *w)
{
  pthread_t t[THREADS];
  pthread_barrier_t barrier;
  ck_assert_int_eq (pthread_barrier_init (&barrier, NULL, THREADS), 0);
  for (int i = 0; i < THREADS; i++)
    {
      w[i] = (struct worker) { .id = i, .barrier = &barrier };
      ck_assert_int_eq (pthread_create (&t[i], NULL, fn, &w[i]), 0);
    }
  for (int i = 0; i < THREADS; i++)
    ck_assert_int_eq (pthread_join (t[i], NULL), 0);
  pthread_barrier_destroy (&barrier);
  for (int i = 0; i < THREADS; i++)
    ck_assert_msg (w[i].mismatches == 0, "%lu mismatches, first: %s",
                   w[i].mismatches, w[i].first_mismatch);
}

START_TEST (first_call_from_many_threads)
{
  /* Check forks each test from a parent that never called the library,
     so this really is the process's first call (unless CK_FORK=no).  */
  struct worker w[THREADS];
  run_threads (first_call, w);
}
END_TEST

START_TEST (mixed_calls_in_two_languages)
{
  nxs_entry e;
  nvalues = 0;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    if (e.primary)
      {
        ck_assert_uint_lt (nvalues, MAX_VALUES);
        values[nvalues++] = (struct expected) { entry_status (&e), e.name,
                                                { NULL, NULL } };
      }
  static const unsigned int unknown[] = { 0x0B, 0x155, 0x20019, 0xFFFFFFFF };
  for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
    if (nvalues < MAX_VALUES)
      values[nvalues++] = (struct expected) { unknown[i], NULL, { NULL, NULL } };
  ck_assert_uint_le (nvalues, MAX_VALUES);
  for (size_t i = 0; i < nvalues; i++)
    for (int l = 0; l < 2; l++)
      values[i].text[l] = nxs_strerror_l (values[i].value, locales[l]);
  ck_assert_str_eq (nxs_strerror_l (0x10C, locales[0]), sv_10c);

  struct worker w[THREADS];
  run_threads (mixed_calls, w);
  unsigned long total = 0;
  for (int i = 0; i < THREADS; i++)
    total += w[i].calls;
  printf ("# %d threads x %lu calls = %lu checked calls\n", THREADS,
          calls_per_thread, total);
  ck_assert_uint_eq (total, THREADS * calls_per_thread);
}
END_TEST

int
main (void)
{
#if !ENABLE_NLS
  puts ("1..0 # SKIP built without NLS: no language to tell apart");
  return EXIT_SUCCESS;
#endif
  if (!open_test_locales (&locales[0], &locales[1]))
    return EXIT_SUCCESS;
  const char *calls = getenv ("NXS_THREAD_CALLS");
  if (calls != NULL)
    calls_per_thread = strtoul (calls, NULL, 10);

  Suite *s = suite_create ("threads");
  TCase *tc = tcase_create ("locales");
  tcase_add_test (tc, first_call_from_many_threads);
  tcase_add_test (tc, mixed_calls_in_two_languages);
  tcase_set_timeout (tc, 900);
  suite_add_tcase (s, tc);
  int status = run_suite (s);
  freelocale (locales[0]);
  freelocale (locales[1]);
  return status;
}
