/* check_codes.c - every status of NetX Duo's core and NetX Secure headers
   (netx-status-codes.tsv): names, values, families, primary entries,
   aliases, and a Swedish text for each.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

#define CODES_ROWS 210

struct code_row
{
  char name[64];
  unsigned int value;
  nxs_family family;
};

static struct code_row rows[CODES_ROWS + 1];
static size_t nrows;

/* The family follows the header that defines the name: the TSV's
   "success" rows belong to the header they come from.  */
static nxs_family
family_of_header (const char *header)
{
  if (strstr (header, "nx_api.h") != NULL)
    return NXS_FAMILY_NETX;
  if (strstr (header, "nx_secure_tls.h") != NULL)
    return NXS_FAMILY_TLS;
  if (strstr (header, "nx_secure_x509.h") != NULL)
    return NXS_FAMILY_X509;
  if (strstr (header, "nx_crypto_const.h") != NULL)
    return NXS_FAMILY_CRYPTO;
  return NXS_FAMILY_UNKNOWN;
}

static void
load (void)
{
  const char *dir = getenv ("srcdir");
  char path[4096];
  snprintf (path, sizeof path, "%s/netx-status-codes.tsv",
            dir != NULL ? dir : ".");
  FILE *fp = fopen (path, "r");
  if (fp == NULL)
    {
      perror (path);
      exit (EXIT_FAILURE);
    }
  char line[512];
  while (fgets (line, sizeof line, fp) != NULL)
    {
      char name[64], value[32], family[32], header[256];
      if (line[0] == '#' || strncmp (line, "name\t", 5) == 0)
        continue;
      if (sscanf (line, "%63s %31s %31s %255s", name, value, family,
                  header) != 4 || nrows == CODES_ROWS + 1)
        {
          fprintf (stderr, "%s: bad line: %s", path, line);
          exit (EXIT_FAILURE);
        }
      struct code_row *r = &rows[nrows++];
      snprintf (r->name, sizeof r->name, "%s", name);
      r->value = (unsigned int) strtoul (value, NULL, 16);
      r->family = family_of_header (header);
    }
  fclose (fp);
}

/* The name a lookup of VALUE must give: NX_SUCCESS for 0 (documented
   in nxstatus.h), else the only name the headers give VALUE.  */
static const char *
documented_primary (unsigned int value)
{
  if (value == 0)
    return "NX_SUCCESS";
  const char *only = NULL;
  for (size_t i = 0; i < nrows; i++)
    if (rows[i].value == value)
      {
        ck_assert_msg (only == NULL, "0x%X has two names in the TSV", value);
        only = rows[i].name;
      }
  return only;
}

START_TEST (fixture_is_whole)
{
  ck_assert_uint_eq (nrows, CODES_ROWS);
  size_t core = 0;
  for (int f = NXS_FAMILY_NETX; f <= NXS_FAMILY_CRYPTO; f++)
    core += nxs_family_size ((nxs_family) f);
  ck_assert_uint_eq (core, CODES_ROWS);
  size_t per_family[5] = { 0 };
  for (size_t i = 0; i < nrows; i++)
    per_family[rows[i].family]++;
  ck_assert_uint_eq (per_family[NXS_FAMILY_UNKNOWN], 0);
  ck_assert_uint_eq (per_family[NXS_FAMILY_NETX], 65);
  ck_assert_uint_eq (per_family[NXS_FAMILY_TLS], 85);
  ck_assert_uint_eq (per_family[NXS_FAMILY_X509], 43);
  ck_assert_uint_eq (per_family[NXS_FAMILY_CRYPTO], 17);
}
END_TEST

START_TEST (row_round_trips)
{
  const struct code_row *r = &rows[_i];
  unsigned int value = 0xDEADBEEF;
  ck_assert_int_eq (nxs_from_name (r->name, &value), 0);
  ck_assert_uint_eq (value, r->value);

  /* value -> name -> value  */
  const char *name = nxs_name (r->value);
  ck_assert_ptr_nonnull (name);
  ck_assert_str_eq (name, documented_primary (r->value));
  value = 0xDEADBEEF;
  ck_assert_int_eq (nxs_from_name (name, &value), 0);
  ck_assert_uint_eq (value, r->value);

  nxs_entry e;
  ck_assert_int_eq (nxs_entry_find (r->name, &e), 0);
  ck_assert_str_eq (e.name, r->name);
  ck_assert_int_eq (e.family, r->family);
  ck_assert_int_eq (e.primary != 0, strcmp (name, r->name) == 0);
  ck_assert_ptr_nonnull (nxs_description (r->value));
}
END_TEST

START_TEST (every_entry_is_a_row)
{
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    {
      if (e.family > NXS_FAMILY_CRYPTO)
        continue;               /* an add-on's: check_families */
      size_t j = 0;
      while (j < nrows && strcmp (rows[j].name, e.name) != 0)
        j++;
      ck_assert_msg (j < nrows, "%s is in no NetX header", e.name);
      ck_assert_uint_eq (e.value, rows[j].value);
    }
}
END_TEST

START_TEST (value_zero)
{
  /* One primary, three aliases, each with its own family.  */
  static const struct { const char *name; nxs_family family; } zero[] = {
    { "NX_SUCCESS", NXS_FAMILY_NETX },
    { "NX_SECURE_TLS_SUCCESS", NXS_FAMILY_TLS },
    { "NX_SECURE_X509_SUCCESS", NXS_FAMILY_X509 },
    { "NX_CRYPTO_SUCCESS", NXS_FAMILY_CRYPTO },
  };
  for (size_t i = 0; i < sizeof zero / sizeof zero[0]; i++)
    {
      nxs_entry e;
      ck_assert_int_eq (nxs_entry_find (zero[i].name, &e), 0);
      ck_assert_uint_eq (e.value, 0);
      ck_assert_int_eq (e.family, zero[i].family);
      ck_assert_int_eq (e.primary != 0, i == 0);
    }
  ck_assert_int_eq (nxs_family_of (0), NXS_FAMILY_NETX);
}
END_TEST

START_TEST (spelling_is_no_entry)
{
  /* The corrected spelling finds the entry but is not listed as one.  */
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    ck_assert_str_ne (e.name, "NX_CRYPTO_MISSING_ECC_CURVE");
  unsigned int value = 0;
  ck_assert_int_eq (nxs_from_name ("NX_CRYPTO_MISSING_ECC_CURVE", &value), 0);
  ck_assert_uint_eq (value, 0x2000F);
  ck_assert_str_eq (nxs_name (0x2000F), "NX_CRYTPO_MISSING_ECC_CURVE");
}
END_TEST

START_TEST (descriptions_say_what_they_are)
{
  /* Statuses that report no failure say so; placeholders say they are
     reserved.  */
  static const char *const not_failures[] = {
    "NX_IN_PROGRESS", "NX_CONNECTION_PENDING", "NX_CONTINUE"
  };
  static const char *const reserved[] = {
    "NX_RESERVED_CODE0", "NX_RESERVED_CODE1", "NX_RESERVED_CODE2"
  };
  nxs_entry e;
  for (size_t i = 0; i < 3; i++)
    {
      ck_assert_int_eq (nxs_entry_find (not_failures[i], &e), 0);
      ck_assert_ptr_nonnull (strstr (e.description, "not a failure"));
      ck_assert_int_eq (nxs_entry_find (reserved[i], &e), 0);
      ck_assert_ptr_nonnull (strstr (e.description, "Reserved"));
    }
}
END_TEST

START_TEST (every_entry_in_swedish)
{
  use_language ("sv");
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    {
#if ENABLE_NLS
      ck_assert_msg (strcmp (e.text, e.description) != 0,
                     "%s has no Swedish text", e.name);
#endif
      ck_assert_msg (valid_utf8 (e.text), "%s: not UTF-8", e.name);
    }
}
END_TEST

int
main (void)
{
  load ();
  Suite *s = suite_create ("codes");
  TCase *tc = tcase_create ("headers");
  tcase_add_test (tc, fixture_is_whole);
  tcase_add_loop_test (tc, row_round_trips, 0, CODES_ROWS);
  tcase_add_test (tc, every_entry_is_a_row);
  tcase_add_test (tc, value_zero);
  tcase_add_test (tc, spelling_is_no_entry);
  tcase_add_test (tc, descriptions_say_what_they_are);
  tcase_add_test (tc, every_entry_in_swedish);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
