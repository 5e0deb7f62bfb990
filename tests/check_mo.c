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
#include "alias.h"
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
  char charset[NXSI_MO_CHARSET_MAX + 1];
  ck_assert_int_eq (nxsi_mo_charset (&m, charset, sizeof charset), 0);
  ck_assert_str_eq (charset, "UTF-8");
  ck_assert_int_eq (nxsi_mo_charset (&m, charset, 5), -1);
  ck_assert (nxsi_utf8_name ("utf8", 4) && nxsi_utf8_name ("UTF-8", 5)
             && nxsi_utf8_name ("Utf_8", 5) && !nxsi_utf8_name ("UTF-16", 6)
             && !nxsi_utf8_name ("utf", 3) && !nxsi_utf8_name ("utf88", 5));
  long i = nxsi_mo_lookup (&m, "Name");
  ck_assert_int_ge (i, 0);
  ck_assert_str_eq (nxsi_mo_translation (&m, (uint32_t) i), "Felnamn");
  ck_assert_int_eq (nxsi_mo_lookup (&m, "Nope"), -1);
  free (mo);

  mo = good (7, &size);
  ck_assert (accepted (mo, size));
  free (mo);

  /* msgfmt's own output, and the same in the other byte order.  */
  mo = shipped_sv (&size);
  ck_assert (accepted (mo, size));
  mo_swap (mo);
  ck_assert (accepted (mo, size));
  free (mo);
}
END_TEST

/* Each defect, made on a fresh good catalog with a hash table.  */
START_TEST (each_defect_refused)
{
  size_t size;
  unsigned char *mo = good (7, &size);
  size_t use = mo_damage (mo, size, (enum mo_defect) _i);
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
  /* ... of one length, differing in one byte; and the same twice.  */
  two[1].msgstr = "Content-Type: text/plain; charset=UTF_8\n";
  mo = mo_build (two, 2, NULL, 0, &size);
  ck_assert (!accepted (mo, size));
  free (mo);
  two[1].msgstr = "Project-Id-Version: x\ncharset=UTF-8\n";
  mo = mo_build (two, 2, NULL, 0, &size);
  ck_assert (accepted (mo, size));
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

/* Names collected by nxsi_walk_names, one per line: entry, kind (o:
   opened, l: later, u: unsafe) and name.  */
static char collected[16384];

static int
collect (const char *name, int entry, enum nxsi_name_kind kind, void *arg)
{
  (void) arg;
  char line[320];
  snprintf (line, sizeof line, "%d%c%s\n", entry,
            kind == NXSI_NAME_OPENED ? ':' : kind == NXSI_NAME_LATER ? '+'
            : '!', name);
  strcat (collected, line);
  return 0;
}

static const char *
names_of (const char *list)
{
  collected[0] = '\0';
  nxsi_walk_names (list, collect, NULL);
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
  /* gettext's corners: empty parts, a name without a language part,
     empty entries skipped, "C" or "POSIX" end the list.  */
  ck_assert_str_eq (names_of ("sv_.@"), "0:sv\n");
  ck_assert_str_eq (names_of ("_x@y"), "0:_x@y\n");
  ck_assert_str_eq (names_of ("::de::sv"), "0:de\n1:sv\n");
  ck_assert_str_eq (names_of ("de:C:sv"), "0:de\n");
  ck_assert_str_eq (names_of ("de:POSIX:sv"), "0:de\n");
  ck_assert_str_eq (names_of (""), "");
  /* An entry that could be a path ends the walk: gettext must never be
     handed it, nor anything after it.  */
  ck_assert_str_eq (names_of ("de:../x:sv"), "0:de\n1!../x\n");
  ck_assert_str_eq (names_of (".x"), "0!.x\n");
  ck_assert_str_eq (names_of ("a/b"), "0!a/b\n");
  ck_assert_str_eq (names_of ("sv@../../x"), "0!sv@../../x\n");
  ck_assert_str_eq (names_of ("sv\x1B"), "0!sv\x1B\n");
}
END_TEST

/* gettext counts every entry, however many; so does the walk.  */
START_TEST (every_entry_counted)
{
  char list[512] = "";
  for (int i = 0; i < 40; i++)
    strcat (list, "x:");
  strcat (list, "sv");
  const char *names = names_of (list);
  ck_assert_str_eq (names + strlen (names) - 6, "40:sv\n");
}
END_TEST

/* A locale.alias name (glibc's file): gettext opens the files of its
   value, and those of the name itself only in a later walk.  */
START_TEST (alias_expanded)
{
  if (nxsi_alias_count ("swedish") != 1)
    {
      printf ("# no single alias \"swedish\" in locale.alias: not checked\n");
      return;
    }
  ck_assert_uint_eq (nxsi_alias_count ("SWEDISH"), 1);
  const char *names = names_of ("swedish:de");
  ck_assert_msg (strncmp (names, "0:sv_SE.", 8) == 0, "%s", names);
  ck_assert_ptr_nonnull (strstr (names, "\n0:sv\n0+swedish\n1:de\n"));
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
  tcase_add_test (tc, every_entry_counted);
  tcase_add_test (tc, alias_expanded);
  tcase_add_test (tc, language_list_rules);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
