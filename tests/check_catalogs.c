/* check_catalogs.c - broken and hostile catalogs: a truncated, empty,
   garbage or wrong-magic .mo gives English; printf directives in a
   translation come out as they are.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nxstatus.h"
#include "testutil.h"

static char base[] = "/tmp/nxs-catalogs.XXXXXX";
static unsigned char *good;
static size_t good_size;

enum damage { TRUNCATED_HEADER, TRUNCATED_HALF, TRUNCATED_TABLES, EMPTY,
              GARBAGE, WRONG_MAGIC, N_DAMAGE };
static const char *const damage_names[] = {
  "truncated-header", "truncated-half", "truncated-tables", "empty",
  "garbage", "wrong-magic"
};

static void
read_good (void)
{
  char path[4096];
  snprintf (path, sizeof path, "%s/sv/LC_MESSAGES/" PACKAGE ".mo",
            getenv ("NXSTATUS_LOCALEDIR"));
  FILE *fp = fopen (path, "rb");
  if (fp == NULL)
    {
      perror (path);
      exit (EXIT_FAILURE);
    }
  good = malloc (1 << 20);
  good_size = fread (good, 1, 1 << 20, fp);
  fclose (fp);
}

/* Write the damaged catalog of kind D below BASE/NAME and return that
   directory's path (static storage).  */
static const char *
write_damaged (enum damage d)
{
  static char dir[4096];
  char path[4200];
  snprintf (dir, sizeof dir, "%s/%s", base, damage_names[d]);
  snprintf (path, sizeof path, "%s/sv", dir);
  mkdir (dir, 0700);
  mkdir (path, 0700);
  snprintf (path, sizeof path, "%s/sv/LC_MESSAGES", dir);
  mkdir (path, 0700);
  snprintf (path, sizeof path, "%s/sv/LC_MESSAGES/" PACKAGE ".mo", dir);

  unsigned char *data = malloc (good_size);
  memcpy (data, good, good_size);
  size_t size = good_size;
  switch (d)
    {
    case TRUNCATED_HEADER:
      size = 10;
      break;
    case TRUNCATED_HALF:
      size = good_size / 2;
      break;
    case TRUNCATED_TABLES:
      size = 28 + 16;           /* header and two table slots */
      break;
    case EMPTY:
      size = 0;
      break;
    case GARBAGE:
      {
        uint32_t x = 12345;
        for (size_t i = 0; i < size; i++)
          {
            x = x * 1103515245 + 12345;
            data[i] = (unsigned char) (x >> 16);
          }
      }
      break;
    case WRONG_MAGIC:
      data[0] ^= 0xFF;
      break;
    case N_DAMAGE:
      break;
    }
  FILE *fp = fopen (path, "wb");
  ck_assert_ptr_nonnull (fp);
  ck_assert_uint_eq (fwrite (data, 1, size, fp), size);
  ck_assert_int_eq (fclose (fp), 0);
  free (data);
  return dir;
}

START_TEST (damaged_catalog_gives_english)
{
  enum damage d = (enum damage) _i;
  use_language ("sv");
  ck_assert_int_eq (nxs_bind_localedir (write_damaged (d)), 0);

  nxs_entry e;
  char buf[NXS_STRERROR_MAX];
  size_t english = 0;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    {
      english += strcmp (e.text, e.description) == 0;
      ck_assert_msg (strcmp (e.text, e.description) == 0,
                     "%s: %s gave '%s'", damage_names[d], e.name, e.text);
      if (e.primary)
        {
          unsigned int status = entry_status (&e);
          ck_assert_str_eq (nxs_strerror (status), e.description);
          ck_assert_int_eq (nxs_strerror_r (status, buf, sizeof buf), 0);
          ck_assert_str_eq (buf, e.description);
        }
    }
  ck_assert_str_eq (nxs_strerror (0x1234), "Unknown NetX status value");
  ck_assert_int_eq (nxs_bind_localedir (NULL), 0);
}
END_TEST

START_TEST (hostile_translation_is_literal)
{
  use_language ("sv");
  ck_assert_int_eq (nxs_bind_localedir (getenv ("NXS_TEST_HOSTILE_LOCALEDIR")),
                    0);
  ck_assert_str_eq (nxs_strerror (0x10C), "%s %n %x %p %99999999s %%");
  char buf[NXS_STRERROR_MAX];
  ck_assert_int_eq (nxs_strerror_r (0x10C, buf, sizeof buf), 0);
  ck_assert_str_eq (buf, "%s %n %x %p %99999999s %%");
  /* The value is appended by code, never through the translation.  */
  ck_assert_int_eq (nxs_strerror_r (0x1234, buf, sizeof buf), EINVAL);
  ck_assert_str_eq (buf, "%n%n%n%s (0x1234)");
  ck_assert_int_eq (nxs_bind_localedir (NULL), 0);
}
END_TEST

static void
cleanup (void)
{
  char cmd[4200];
  snprintf (cmd, sizeof cmd, "rm -rf '%s'", base);
  if (system (cmd) != 0)
    fprintf (stderr, "could not remove %s\n", base);
  free (good);
}

int
main (void)
{
#if !ENABLE_NLS
  puts ("1..0 # SKIP built without NLS: no catalog is ever read");
  return EXIT_SUCCESS;
#endif
  if (mkdtemp (base) == NULL)
    {
      perror ("mkdtemp");
      return EXIT_FAILURE;
    }
  read_good ();
  Suite *s = suite_create ("catalogs");
  TCase *tc = tcase_create ("broken");
  tcase_add_loop_test (tc, damaged_catalog_gives_english, 0, N_DAMAGE);
  tcase_add_test (tc, hostile_translation_is_literal);
  suite_add_tcase (s, tc);
  int status = run_suite (s);
  cleanup ();
  return status;
}
