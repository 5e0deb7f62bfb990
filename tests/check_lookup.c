/* check_lookup.c - lookups by value and by name, entries, families,
   and what each function does with unknown and hostile input.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

/* Values in the gaps between and around the known ranges.  */
/* Values no family defines, values that add-ons define under different
   names (0x0B, 0x93: unknown without a family) and values with a
   family number above the last family.  */
static const unsigned int unknown_values[] = {
  0x0B, 0x1E, 0x1B, 0x1F, 0x2A, 0x3A, 0x57, 0x93, 0xFF, 0x155, 0x180,
  0x1AB, 0x1000, 0x1FFF, 0x20019, 0x2001F, 0x2FFFF, 0x7FFFFFFF,
  0x80000000, 0xFFFFFFFF
};
#define N_UNKNOWN (sizeof unknown_values / sizeof unknown_values[0])

START_TEST (unknown_value)
{
  unsigned int v = unknown_values[_i];
  use_english ();
  errno = 4242;
  ck_assert_ptr_null (nxs_name (v));
  ck_assert_ptr_null (nxs_description (v));
  ck_assert_int_eq (nxs_family_of (v), NXS_FAMILY_UNKNOWN);
  ck_assert_str_eq (nxs_strerror (v), "Unknown NetX status value");
  ck_assert_int_eq (errno, 4242);
  /* The fixed sentence is one string, not a buffer rewritten per call.  */
  ck_assert_ptr_eq (nxs_strerror (v), nxs_strerror (0xFFFFFFFF));
}
END_TEST

START_TEST (unknown_value_in_swedish)
{
  use_language ("sv");
  ck_assert_str_eq (nxs_strerror (0x1234),
                    swedish_if_nls ("Okänt NetX-statusvärde",
                                    "Unknown NetX status value"));
}
END_TEST

START_TEST (known_value)
{
  ck_assert_str_eq (nxs_name (0), "NX_SUCCESS");
  ck_assert_str_eq (nxs_name (56), "NX_NOT_CONNECTED");
  ck_assert_str_eq (nxs_name (0x56), "NX_TCPIP_OFFLOAD_ERROR");
  ck_assert_str_eq (nxs_name (0x154), "NX_SECURE_TLS_DOWNGRADE_DETECTED");
  ck_assert_str_eq (nxs_name (0x1AA), "NX_SECURE_X509_MISSING_CRYPTO_ROUTINE");
  ck_assert_str_eq (nxs_name (0x20001), "NX_CRYPTO_INVALID_LIBRARY");
  ck_assert_str_eq (nxs_name (0x20010), "NX_CRYPTO_FORMAT_NOT_SUPPORTED");
  ck_assert_int_eq (nxs_family_of (0), NXS_FAMILY_NETX);
  ck_assert_int_eq (nxs_family_of (56), NXS_FAMILY_NETX);
  ck_assert_int_eq (nxs_family_of (0x2000F), NXS_FAMILY_CRYPTO);
  ck_assert_str_eq (nxs_name (0x10C), "NX_SECURE_TLS_INVALID_SERVER_CERT");
  ck_assert_str_eq (nxs_name (0x124), "NX_SECURE_DTLS_SESSION_NOT_FOUND");
  ck_assert_str_eq (nxs_name (0x18A), "NX_SECURE_PKCS1_INVALID_PRIVATE_KEY");
  ck_assert_str_eq (nxs_name (0x13B), "NX_SECURE_TLS_MISSING_CRYPTO_ROUTINE");
  ck_assert_str_eq (nxs_name (0x1A0), "NX_SECURE_X509_KEY_USAGE_ERROR");
  ck_assert_int_eq (nxs_family_of (0x10C), NXS_FAMILY_TLS);
  ck_assert_int_eq (nxs_family_of (0x193), NXS_FAMILY_X509);
  ck_assert_str_eq (nxs_description (0x10C), en_10c);
}
END_TEST

START_TEST (name_lookup_exact_and_folded)
{
  unsigned int v = 0;
  ck_assert_int_eq (nxs_from_name ("NX_SECURE_TLS_INVALID_SERVER_CERT", &v), 0);
  ck_assert_uint_eq (v, 0x10C);
  v = 0;
  ck_assert_int_eq (nxs_from_name ("nx_secure_tls_invalid_server_cert", &v), 0);
  ck_assert_uint_eq (v, 0x10C);
  v = 0;
  ck_assert_int_eq (nxs_from_name ("Nx_Secure_X509_Certificate_Expired", &v), 0);
  ck_assert_uint_eq (v, 0x193);
  /* The upstream misspelling is the entry; the right spelling finds it.  */
  v = 0;
  ck_assert_int_eq (nxs_from_name ("NX_CRYTPO_MISSING_ECC_CURVE", &v), 0);
  ck_assert_uint_eq (v, 0x2000F);
  v = 0;
  ck_assert_int_eq (nxs_from_name ("nx_crypto_missing_ecc_curve", &v), 0);
  ck_assert_uint_eq (v, 0x2000F);
  nxs_entry e;
  ck_assert_int_eq (nxs_entry_find ("NX_CRYPTO_MISSING_ECC_CURVE", &e), 0);
  ck_assert_str_eq (e.name, "NX_CRYTPO_MISSING_ECC_CURVE");
  /* STATUS may be NULL: a pure existence test.  */
  ck_assert_int_eq (nxs_from_name ("NX_SECURE_X509_SUCCESS", NULL), 0);
}
END_TEST

static const char *const bad_names[] = {
  "", " ", "NX_", "NX_SECURE_TLS_INVALID_SERVER_CER",
  "NX_SECURE_TLS_INVALID_SERVER_CERTX", " NX_SECURE_TLS_INVALID_SERVER_CERT",
  "NX_SECURE_TLS_INVALID_SERVER_CERT ", "NX-SECURE-TLS-INVALID-SERVER-CERT",
  "0x10C", "268", "NX_SECURE_TLS_INVALID_SERVER_CERT\n",
  "NX_SECURE_TLS_\xc3\xa5NVALID_SERVER_CERT", "\xff\xfe", "%s%n%x",
  "NX_CRYPTO_MISSING_ECC_CURVEX", "NX_CRYPTO_MISSING_ECC_CURV",
};
#define N_BAD (sizeof bad_names / sizeof bad_names[0])

START_TEST (name_lookup_rejects)
{
  unsigned int v = 77;
  errno = 4242;
  ck_assert_int_eq (nxs_from_name (bad_names[_i], &v), ENOENT);
  ck_assert_uint_eq (v, 77);
  ck_assert_int_eq (errno, 4242);
  nxs_entry e = { .name = "untouched" };
  ck_assert_int_eq (nxs_entry_find (bad_names[_i], &e), ENOENT);
  ck_assert_str_eq (e.name, "untouched");
}
END_TEST

START_TEST (name_lookup_null)
{
  unsigned int v = 77;
  nxs_entry e;
  ck_assert_int_eq (nxs_from_name (NULL, &v), EINVAL);
  ck_assert_uint_eq (v, 77);
  ck_assert_int_eq (nxs_entry_find (NULL, &e), EINVAL);
  ck_assert_int_eq (nxs_entry_find ("NX_SECURE_TLS_SUCCESS", NULL), EINVAL);
}
END_TEST

START_TEST (name_lookup_overlong)
{
  /* A name one byte past NXS_NAME_MAX, and one of 100 KiB, both built
     from a real name so only the length is wrong.  */
  size_t sizes[] = { NXS_NAME_MAX, NXS_NAME_MAX + 1, 100 * 1024 };
  for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
    {
      char *name = malloc (sizes[k] + 1);
      ck_assert_ptr_nonnull (name);
      memset (name, 'X', sizes[k]);
      memcpy (name, "NX_SECURE_TLS_SUCCESS", 21);
      name[sizes[k]] = '\0';
      unsigned int v = 77;
      ck_assert_int_eq (nxs_from_name (name, &v), ENOENT);
      ck_assert_uint_eq (v, 77);
      free (name);
    }
}
END_TEST

START_TEST (entries_are_consistent)
{
  size_t n = nxs_entry_count ();
  nxs_entry e;
  for (size_t i = 0; i < n; i++)
    {
      ck_assert_int_eq (nxs_entry_get (i, &e), 0);
      ck_assert_uint_lt (strlen (e.name), NXS_NAME_MAX);
      ck_assert_ptr_nonnull (nxs_family_name (e.family));
      /* Name lookup finds this very entry.  */
      nxs_entry f;
      ck_assert_int_eq (nxs_entry_find (e.name, &f), 0);
      ck_assert_str_eq (f.name, e.name);
      ck_assert_uint_eq (f.value, e.value);
      /* A name two families share is the client's, found first.  */
      ck_assert_int_le (f.family, e.family);
      ck_assert_uint_le (e.value, 0xFFFFFF);
      /* The primary entry of a value in its family is the one nxs_name
         returns for the qualified value.  */
      unsigned int status = NXS_IN (e.family, e.value);
      if (e.primary)
        {
          ck_assert_ptr_eq (nxs_name (status), e.name);
          ck_assert_int_eq (nxs_family_of (status), e.family);
        }
      else
        ck_assert_str_ne (nxs_name (status), e.name);
    }
}
END_TEST

/* Whether A and B are a client family and its server (FTP, TFTP,
   DHCPv6), which share some names.  */
static int
client_and_server (nxs_family a, nxs_family b)
{
  return (a == NXS_FAMILY_FTP && b == NXS_FAMILY_FTP_SERVER)
    || (a == NXS_FAMILY_TFTP && b == NXS_FAMILY_TFTP_SERVER)
    || (a == NXS_FAMILY_DHCPV6 && b == NXS_FAMILY_DHCPV6_SERVER);
}

START_TEST (names_are_unique)
{
  /* A name is in one family, or in a client's and its server's with
     the same value.  */
  size_t n = nxs_entry_count (), shared = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      {
        nxs_entry a, b;
        nxs_entry_get (i, &a);
        nxs_entry_get (j, &b);
        if (strcmp (a.name, b.name) != 0)
          continue;
        ck_assert_msg (client_and_server (a.family, b.family),
                       "%s twice", a.name);
        ck_assert_uint_eq (a.value, b.value);
        ck_assert_int_eq (a.primary, b.primary);
        shared++;
      }
  /* netx-addon-status-codes.md: 39 names in two rows each.  */
  static const nxs_family pairs[] = {
    NXS_FAMILY_FTP, NXS_FAMILY_FTP_SERVER, NXS_FAMILY_TFTP,
    NXS_FAMILY_TFTP_SERVER, NXS_FAMILY_DHCPV6, NXS_FAMILY_DHCPV6_SERVER
  };
  int all = 1;
  for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
    all &= nxs_family_size (pairs[k]) > 0;
  if (all)
    ck_assert_uint_eq (shared, 39);
}
END_TEST

/* In each family, a value has one primary entry.  */
START_TEST (one_primary_per_value)
{
  size_t n = nxs_entry_count ();
  for (size_t i = 0; i < n; i++)
    {
      nxs_entry a;
      nxs_entry_get (i, &a);
      size_t primaries = 0;
      for (size_t j = 0; j < n; j++)
        {
          nxs_entry b;
          nxs_entry_get (j, &b);
          primaries += b.value == a.value && b.family == a.family
                       && b.primary;
        }
      /* An add-on's alias of a core name (NX_DNS_SUCCESS is
         NX_SUCCESS) leaves its family without a primary entry.  */
      nxs_family to = nxs_family_of (NXS_IN (a.family, a.value));
      if (primaries == 0)
        ck_assert_int_le (to, NXS_FAMILY_CRYPTO);
      else
        ck_assert_int_eq (to, a.family);
      ck_assert_uint_le (primaries, 1);
      ck_assert_int_ne (to, NXS_FAMILY_UNKNOWN);
    }
}
END_TEST

START_TEST (entry_get_bounds)
{
  nxs_entry e = { .name = "untouched" };
  errno = 4242;
  ck_assert_int_eq (nxs_entry_get (nxs_entry_count (), &e), ERANGE);
  ck_assert_int_eq (nxs_entry_get ((size_t) -1, &e), ERANGE);
  ck_assert_str_eq (e.name, "untouched");
  ck_assert_int_eq (nxs_entry_get (0, NULL), EINVAL);
  ck_assert_int_eq (errno, 4242);
}
END_TEST

START_TEST (family_names)
{
  ck_assert_str_eq (nxs_family_name (NXS_FAMILY_NETX), "netx");
  ck_assert_str_eq (nxs_family_name (NXS_FAMILY_TLS), "tls");
  ck_assert_str_eq (nxs_family_name (NXS_FAMILY_X509), "x509");
  ck_assert_str_eq (nxs_family_name (NXS_FAMILY_CRYPTO), "crypto");
  ck_assert_ptr_null (nxs_family_name (NXS_FAMILY_UNKNOWN));
  ck_assert_ptr_null (nxs_family_name ((nxs_family) 99));
  ck_assert_ptr_null (nxs_family_name ((nxs_family) -1));
}
END_TEST

START_TEST (version)
{
  ck_assert_str_eq (nxs_version (), PACKAGE_VERSION);
}
END_TEST

static Suite *
lookup_suite (void)
{
  Suite *s = suite_create ("lookup");
  TCase *tc = tcase_create ("value");
  tcase_add_loop_test (tc, unknown_value, 0, N_UNKNOWN);
  tcase_add_test (tc, unknown_value_in_swedish);
  tcase_add_test (tc, known_value);
  suite_add_tcase (s, tc);

  tc = tcase_create ("name");
  tcase_add_test (tc, name_lookup_exact_and_folded);
  tcase_add_loop_test (tc, name_lookup_rejects, 0, N_BAD);
  tcase_add_test (tc, name_lookup_null);
  tcase_add_test (tc, name_lookup_overlong);
  suite_add_tcase (s, tc);

  tc = tcase_create ("entries");
  tcase_add_test (tc, entries_are_consistent);
  tcase_add_test (tc, names_are_unique);
  tcase_add_test (tc, one_primary_per_value);
  tcase_add_test (tc, entry_get_bounds);
  tcase_add_test (tc, family_names);
  tcase_add_test (tc, version);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return run_suite (lookup_suite ());
}
