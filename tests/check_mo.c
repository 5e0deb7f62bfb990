/* check_mo.c - the .mo checker and the names gettext would try, from
   the inside: every defect of a catalog that glibc or the library would
   trust is refused, and every well-formed catalog is accepted.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mo.h"
#include "mofile.h"
#include "names.h"
#include "testutil.h"

static const struct mo_pair pairs[] = {
  { "Name", "Felnamn" },
  { en_10c, sv_10c },
  { "Unknown NetX status value", "Okänt NetX-statusvärde" },
};

static unsigned char *
good (uint32_t hash_size, size_t *size)
{
  return mo_build (pairs, 3, "UTF-8", hash_size, size);
}

static int
accepted (const unsigned char *data, size_t size)
{
  struct nxsi_mo mo;
  return nxsi_mo_check (data, size, &mo) == 0;
}

START_TEST (well_formed_accepted)
{
  size_t size;
  unsigned char *mo = good (0, &size);
  struct nxsi_mo m;
  ck_assert_int_eq (nxsi_mo_check (mo, size, &m), 0);
  ck_assert_str_eq (m.charset, "UTF-8");
  long i = nxsi_mo_find (&m, "Name");
  ck_assert_int_ge (i, 0);
  ck_assert_str_eq (nxsi_mo_translation (&m, (uint32_t) i), "Felnamn");
  ck_assert_int_eq (nxsi_mo_find (&m, "Nope"), -1);
  free (mo);

  mo = good (7, &size);
  ck_assert (accepted (mo, size));
  free (mo);

  /* msgfmt's own output, and the same in the other byte order.  */
  mo = shipped_sv (&size);
  ck_assert (accepted (mo, size));
  uint32_t n = mo_word (mo, MO_NSTRINGS), hs = mo_word (mo, MO_HASH_SIZE);
  uint32_t tables[] = { mo_word (mo, MO_ORIG), mo_word (mo, MO_TRANS) };
  uint32_t hash = mo_word (mo, MO_HASH);
  for (int t = 0; t < 2; t++)
    for (uint32_t k = 0; k < 2 * n; k++)
      mo_set_word (mo, tables[t] + 4 * k,
                   __builtin_bswap32 (mo_word (mo, tables[t] + 4 * k)));
  for (uint32_t k = 0; k < hs; k++)
    mo_set_word (mo, hash + 4 * k, __builtin_bswap32 (mo_word (mo, hash + 4 * k)));
  for (size_t at = 0; at < 28; at += 4)
    mo_set_word (mo, at, __builtin_bswap32 (mo_word (mo, at)));
  ck_assert (accepted (mo, size));
  free (mo);
}
END_TEST

/* Each defect, made on a fresh good catalog with a hash table.  */
enum defect
{
  MAGIC, MAJOR_REVISION, FEW_BYTES, STRINGS_PAST_END, TABLE_PAST_END,
  NO_NUL, HASH_SLOT_PAST_N, HASH_NOT_PRIME, HASH_FULL, HASH_PAST_END,
  SYSDEP_STRINGS, SYSDEP_SHORT_HEADER, SYSDEP_NO_HASH, N_DEFECTS
};

START_TEST (each_defect_refused)
{
  size_t size;
  unsigned char *mo = good (7, &size);
  uint32_t hash = mo_word (mo, MO_HASH), orig = mo_word (mo, MO_ORIG);
  size_t use = size;
  switch ((enum defect) _i)
    {
    case MAGIC:
      mo[0] ^= 1;
      break;
    case MAJOR_REVISION:
      mo_set_word (mo, MO_REVISION, 2u << 16);
      break;
    case FEW_BYTES:
      use = 27;
      break;
    case STRINGS_PAST_END:
      mo_set_word (mo, MO_TRANS, 0x7FFFFF00);
      break;
    case TABLE_PAST_END:
      mo_set_word (mo, MO_NSTRINGS, 0x10000000);
      break;
    case NO_NUL:
      mo[mo_word (mo, orig + 4) + mo_word (mo, orig)] = 'x';
      break;
    case HASH_SLOT_PAST_N:
      mo_set_word (mo, hash, 99);
      break;
    case HASH_NOT_PRIME:
      mo_set_word (mo, MO_HASH_SIZE, 6);
      break;
    case HASH_FULL:
      for (uint32_t k = 0; k < 7; k++)
        mo_set_word (mo, hash + 4 * k, 1);
      break;
    case HASH_PAST_END:
      mo_set_word (mo, MO_HASH_SIZE, 0x3FFFFFFB);
      break;
    case SYSDEP_STRINGS:
      mo_set_word (mo, MO_REVISION, 1);
      mo_set_word (mo, MO_NSYSDEP_STRINGS, 1);
      break;
    case SYSDEP_SHORT_HEADER:
      mo_set_word (mo, MO_REVISION, 1);
      use = 40;
      break;
    case SYSDEP_NO_HASH:
      mo_set_word (mo, MO_REVISION, 1);
      mo_set_word (mo, MO_HASH_SIZE, 0);
      mo_set_word (mo, MO_NSYSDEP_STRINGS, 0);
      break;
    case N_DEFECTS:
      break;
    }
  ck_assert_msg (!accepted (mo, use), "defect %d accepted", _i);
  free (mo);
}
END_TEST

START_TEST (headers_checked)
{
  static const struct { const char *charset; int ok; } cases[] = {
    { "UTF-8", 1 }, { "ISO-8859-1", 1 }, { "EUC-JP", 1 }, { "", 0 },
    { "UTF-8\"", 0 }, { "a/b", 0 },
    { "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 0 },      /* 41 */
    { "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 1 },       /* 40 */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      size_t size;
      unsigned char *mo = mo_build (pairs, 3, cases[i].charset, 0, &size);
      ck_assert_msg (accepted (mo, size) == cases[i].ok, "charset '%s'",
                     cases[i].charset);
      free (mo);
    }
  size_t size;
  unsigned char *mo = mo_build (pairs, 3, NULL, 0, &size);
  ck_assert (!accepted (mo, size));             /* no header */
  free (mo);

  /* Two header entries naming different charsets.  */
  struct mo_pair two[] = { { "", "Content-Type: text/plain; charset=UTF-8\n" },
                           { "", "Content-Type: text/plain; charset=UTF-16\n" } };
  mo = mo_build (two, 2, NULL, 0, &size);
  ck_assert (!accepted (mo, size));
  free (mo);

  /* A header glibc would parse past 4 KiB.  */
  char *big = malloc (5000);
  memset (big, 'x', 4999);
  memcpy (big, "charset=UTF-8\n", 14);
  big[4999] = '\0';
  struct mo_pair one[] = { { "", big } };
  mo = mo_build (one, 1, NULL, 0, &size);
  ck_assert (!accepted (mo, size));
  free (mo);
  free (big);
}
END_TEST

/* Names collected by nxsi_each_name, one per line.  */
static char collected[4096];

static int
collect (const char *name, int entry, void *arg)
{
  (void) arg;
  char line[128];
  snprintf (line, sizeof line, "%d:%s\n", entry, name);
  strcat (collected, line);
  return 0;
}

static const char *
names_of (const char *list)
{
  collected[0] = '\0';
  nxsi_each_name (list, collect, NULL);
  return collected;
}

START_TEST (names_in_gettext_order)
{
  ck_assert_str_eq (names_of ("sv_SE.UTF-8@euro"),
                    "0:sv_SE.UTF-8@euro\n0:sv_SE.utf8@euro\n0:sv_SE@euro\n"
                    "0:sv.UTF-8@euro\n0:sv.utf8@euro\n0:sv@euro\n"
                    "0:sv_SE.UTF-8\n0:sv_SE.utf8\n0:sv_SE\n"
                    "0:sv.UTF-8\n0:sv.utf8\n0:sv\n");
  ck_assert_str_eq (names_of ("de_AT:sv"), "0:de_AT\n0:de\n1:sv\n");
  ck_assert_str_eq (names_of ("pt_BR.ISO-8859-1"),
                    "0:pt_BR.ISO-8859-1\n0:pt_BR.iso88591\n0:pt_BR\n"
                    "0:pt.ISO-8859-1\n0:pt.iso88591\n0:pt\n");
  ck_assert_str_eq (names_of ("sv.utf8"), "0:sv.utf8\n0:sv\n");
  /* "C" ends the list; names that could be paths are skipped.  */
  ck_assert_str_eq (names_of ("de:C:sv"), "0:de\n");
  ck_assert_str_eq (names_of ("../x:.x:a/b::sv"), "4:sv\n");
  ck_assert_str_eq (names_of (""), "");
}
END_TEST

START_TEST (entries_counted)
{
  char list[512] = "";
  for (int i = 0; i < NXSI_NAMES_MAX_ENTRIES - 1; i++)
    strcat (list, "x:");
  strcat (list, "sv:de");
  ck_assert_str_eq (names_of (list) + strlen (names_of (list)) - 6, "31:sv\n");
  ck_assert_ptr_null (strstr (names_of (list), "de"));
}
END_TEST

START_TEST (language_list_rules)
{
  ck_assert_ptr_null (nxsi_language_list ("sv", NULL));
  ck_assert_ptr_null (nxsi_language_list ("sv", "C"));
  ck_assert_ptr_null (nxsi_language_list ("sv", "POSIX"));
  ck_assert_str_eq (nxsi_language_list ("sv:de", "C.UTF-8"), "sv:de");
  ck_assert_str_eq (nxsi_language_list ("", "sv_SE.UTF-8"), "sv_SE.UTF-8");
  ck_assert_str_eq (nxsi_language_list (NULL, "sv_SE.UTF-8"), "sv_SE.UTF-8");
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("mo");
  TCase *tc = tcase_create ("checker");
  tcase_add_test (tc, well_formed_accepted);
  tcase_add_loop_test (tc, each_defect_refused, 0, N_DEFECTS);
  tcase_add_test (tc, headers_checked);
  suite_add_tcase (s, tc);
  tc = tcase_create ("names");
  tcase_add_test (tc, names_in_gettext_order);
  tcase_add_test (tc, entries_counted);
  tcase_add_test (tc, language_list_rules);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
