/* check_sweep.c - every value from 0 to 0x2FFFF and a million random
   32-bit values through every lookup: results non-NULL where promised,
   NUL-terminated, valid UTF-8, and consistent with each other.

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

#define SWEEP_LAST 0x2FFFFu

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
      unsigned int back = ~value;
      EXPECT (strlen (name) < NXS_NAME_MAX, value);
      EXPECT (nxs_from_name (name, &back) == 0 && back == value, value);
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

static void
sweep (void)
{
  const char *env = getenv ("NXS_SWEEP_RANDOM");
  unsigned long randoms = env != NULL ? strtoul (env, NULL, 10) : 1000000;
  size_t primaries = 0, known = 0;
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    primaries += e.primary != 0;

  failures = 0;
  for (unsigned int v = 0; v <= SWEEP_LAST; v++)
    known += check_value (v, v % 65);
  /* Every primary entry lies in the swept range, and nothing else.  */
  ck_assert_uint_eq (known, primaries);

  uint32_t state = 0x4E585354;  /* "NXST" */
  for (unsigned long i = 0; i < randoms; i++)
    {
      uint32_t v = next_random (&state);
      check_value (v, next_random (&state) % 65);
    }
  printf ("# swept %u values and %lu random ones\n", SWEEP_LAST + 1, randoms);
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
