/* check_sweep.c - every value from 0 to 0x3FFFF, bare and in every
   family, and a million random 32-bit values through every lookup:
   results non-NULL where promised, NUL-terminated, valid UTF-8, and
   consistent with each other and with the entry list.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

#define SWEEP_LAST 0x3FFFFu

/* Check's assertions report every pass to the parent process, far too
   slow for millions of values: count failures here, keep the first.  */
static unsigned long failures;
static char first_failure[256];

#define EXPECT(cond, value)                                              \
  do                                                                      \
    if (!(cond) && failures++ == 0)                                       \
      snprintf (first_failure, sizeof first_failure, "0x%X: %s",         \
                (unsigned int) (value), #cond);                          \
  while (0)

/* Put VALUE through every function; BUFLEN is the size offered to
   nxs_strerror_r.  Return 1 if VALUE is known.  */
static int
check_value (unsigned int value, size_t buflen)
{
  const char *name = nxs_name (value);
  const char *description = nxs_description (value);
  const char *text = nxs_strerror (value);
  int known = name != NULL;

  EXPECT (text != NULL && valid_utf8 (text), value);
  EXPECT ((description != NULL) == known, value);
  EXPECT ((nxs_family_of (value) != NXS_FAMILY_UNKNOWN) == known, value);
  if (known)
    {
      /* The name leads back to an entry of that name for this value (a
         name the FTP client and server share is found as the
         client's).  */
      unsigned int back = ~value;
      EXPECT (strlen (name) < NXS_NAME_MAX, value);
      EXPECT (nxs_from_name (name, &back) == 0
              && NXS_VALUE_PART (back) == NXS_VALUE_PART (value)
              && nxs_name (back) != NULL
              && strcmp (nxs_name (back), name) == 0, value);
      EXPECT (valid_utf8 (description), value);
    }

  /* A canary byte past BUFLEN shows any write beyond the buffer.  */
  char buf[72];
  memset (buf, 0x5A, sizeof buf);
  errno = 4242;
  int rc = nxs_strerror_r (value, buflen > 0 ? buf : NULL, buflen);
  EXPECT (errno == 4242, value);
  EXPECT (buf[buflen] == 0x5A, value);
  EXPECT (known ? rc == 0 || rc == ERANGE : rc == EINVAL, value);
  if (buflen > 0)
    EXPECT (memchr (buf, '\0', buflen) != NULL && valid_utf8 (buf), value);
  return known;
}

/* Per value of the swept range, from the entry list: a bit for each
   family with a primary entry for it, and whether add-ons give it
   different names.  */
static uint64_t defined_by[SWEEP_LAST + 1];
static unsigned char addon_names_differ[SWEEP_LAST + 1];
/* Whether this build leaves an add-on family out (configure
   --with-families).  */
static int partial;

static void
map_entries (void)
{
  static const char *addon_name[SWEEP_LAST + 1];
  nxs_entry e;
  memset (defined_by, 0, sizeof defined_by);
  partial = 0;
  for (size_t f = 1; f <= nxs_family_count (); f++)
    partial |= nxs_family_name ((nxs_family) f) == NULL;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    {
      ck_assert_uint_le (e.value, SWEEP_LAST);
      if (!e.primary)
        continue;
      defined_by[e.value] |= UINT64_C (1) << e.family;
      if (e.family <= NXS_FAMILY_CRYPTO)
        continue;
      if (addon_name[e.value] != NULL
          && strcmp (addon_name[e.value], e.name) != 0)
        addon_names_differ[e.value] = 1;
      addon_name[e.value] = e.name;
    }
}

#define CORE_FAMILIES (UINT64_C (0x1F) & ~UINT64_C (1))

/* Whether STATUS is known, by nxstatus.h's rule for NXS_IN: 1 or 0,
   or -1 for either.  */
static int
expected_known (unsigned int family, unsigned int value)
{
  uint64_t by = defined_by[value];
  if ((by & CORE_FAMILIES) != 0)
    return 1;                   /* any service's */
  if (family != 0)
    return (by >> family & 1) != 0;
  if (by == 0 || addon_names_differ[value])
    return 0;
  /* One add-on of this build, but maybe not of all NetX Duo's:
     check_families knows which.  */
  return partial ? -1 : 1;
}

static void
sweep (void)
{
  const char *env = getenv ("NXS_SWEEP_RANDOM");
  unsigned long randoms = env != NULL ? strtoul (env, NULL, 10) : 1000000;
  /* Under valgrind, every STEP-th value of each family.  */
  env = getenv ("NXS_SWEEP_STEP");
  unsigned int step = env != NULL ? (unsigned int) strtoul (env, NULL, 10) : 1;
  if (step < 1)
    step = 1;
  size_t known = 0, expected = 0, mismatched = 0, swept = 0;

  map_entries ();
  failures = 0;
  for (unsigned int f = 0; f <= nxs_family_count (); f++)
    for (unsigned int v = f % step; v <= SWEEP_LAST; v += step)
      {
        swept++;
        int k = check_value (NXS_IN (f, v), v % 65);
        int want = expected_known (f, v);
        known += k;
        expected += want < 0 ? k : want;
        mismatched += want >= 0 && k != want;
      }
  ck_assert_uint_eq (mismatched, 0);
  ck_assert_uint_eq (known, expected);
  printf ("# %zu of %zu bare and qualified values known\n", known, swept);

  uint32_t state = 0x4E585354;  /* "NXST" */
  for (unsigned long i = 0; i < randoms; i++)
    {
      uint32_t v = next_random (&state);
      check_value (v, next_random (&state) % 65);
    }
  printf ("# swept 0 to 0x%X in %zu families, step %u, and %lu random "
          "values\n", SWEEP_LAST, nxs_family_count () + 1, step, randoms);
  ck_assert_msg (failures == 0, "%lu failures, first: %s", failures,
                 first_failure);
}

START_TEST (sweep_english)
{
  use_english ();
  sweep ();
}
END_TEST

START_TEST (sweep_swedish)
{
  use_language ("sv");
  sweep ();
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("sweep");
  TCase *tc = tcase_create ("values");
  tcase_add_test (tc, sweep_english);
  tcase_add_test (tc, sweep_swedish);
  tcase_set_timeout (tc, 600);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
