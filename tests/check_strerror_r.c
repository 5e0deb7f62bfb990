/* check_strerror_r.c - the nxs_strerror_r contract, in every shipped
   language: every buffer size, ERANGE, EINVAL, whole characters only,
   errno kept, and NXS_STRERROR_MAX large enough.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

/* Try every BUFLEN from 0 to strlen (FULL) + 1 for STATUS, whose whole
   text is FULL, and check each result.  KNOWN says which code a fitting
   text returns.  */
static void
check_all_sizes (unsigned int status, const char *full, int known)
{
  size_t len = strlen (full);
  char *buf = malloc (len + 2);
  ck_assert_ptr_nonnull (buf);

  for (size_t size = 0; size <= len + 1; size++)
    {
      memset (buf, '#', len + 2);
      errno = 4242;
      int rc = nxs_strerror_r (status, buf, size);
      ck_assert_int_eq (errno, 4242);

      int fits = size == len + 1;
      ck_assert_int_eq (rc, !known ? EINVAL : fits ? 0 : ERANGE);
      if (size == 0)
        {
          ck_assert_int_eq (buf[0], '#');       /* nothing written */
          continue;
        }
      size_t got = strlen (buf);
      ck_assert_uint_lt (got, size);
      ck_assert_int_eq (memcmp (buf, full, got), 0);
      ck_assert_msg (valid_utf8 (buf), "split character at size %zu: %s",
                     size, buf);
      /* The cut is as late as possible: the next character would not
         have fit.  */
      if (!fits)
        {
          size_t next = got + 1;
          while (next < len && ((unsigned char) full[next] & 0xC0) == 0x80)
            next++;
          ck_assert_uint_gt (next, size - 1);
        }
      /* Bytes past the terminator are untouched.  */
      if (got + 1 < len + 2)
        ck_assert_int_eq (buf[got + 1], '#');
    }
  free (buf);
}

/* Every BUFLEN for an unknown STATUS whose sentence is SENTENCE and
   whose value is written SUFFIX (" (0x1234)"), from nxs_strerror_r, or
   from nxs_strerror_lang_r in LANG if LANG is not NULL: the value is
   kept whole and the sentence cut to make room, at a character
   boundary; a buffer too small for the value holds what fits of it.  */
static void
check_unknown_sizes_in (const char *lang, unsigned int status,
                        const char *sentence, const char *suffix)
{
  size_t slen = strlen (sentence), xlen = strlen (suffix);
  char buf[NXS_STRERROR_MAX + 2], want[NXS_STRERROR_MAX + 2];
  ck_assert_uint_lt (slen + xlen, NXS_STRERROR_MAX);
  for (size_t size = 1; size <= slen + xlen + 1; size++)
    {
      size_t room = size - 1;
      if (room < xlen)
        snprintf (want, room + 1, "%s", suffix);
      else
        {
          size_t keep = slen < room - xlen ? slen : room - xlen;
          while (keep > 0 && keep < slen
                 && ((unsigned char) sentence[keep] & 0xC0) == 0x80)
            keep--;
          memcpy (want, sentence, keep);
          strcpy (want + keep, suffix);
        }
      memset (buf, '#', sizeof buf);
      errno = 4242;
      ck_assert_int_eq (lang != NULL
                        ? nxs_strerror_lang_r (status, lang, buf, size)
                        : nxs_strerror_r (status, buf, size), EINVAL);
      ck_assert_int_eq (errno, 4242);
      ck_assert_msg (strcmp (buf, want) == 0, "size %zu: '%s', not '%s'",
                     size, buf, want);
      ck_assert_msg (valid_utf8 (buf), "split character at size %zu", size);
    }
}

static void
check_unknown_sizes (unsigned int status, const char *sentence,
                     const char *suffix)
{
  check_unknown_sizes_in (NULL, status, sentence, suffix);
}

static void
check_language_all_entries (const char *lang)
{
  use_language (lang);
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    if (e.primary)
      check_all_sizes (entry_status (&e), nxs_strerror (entry_status (&e)),
                       1);
}

START_TEST (every_size_english)
{
  use_english ();
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    if (e.primary)
      check_all_sizes (entry_status (&e), e.description, 1);
}
END_TEST

START_TEST (every_size_swedish)
{
  check_language_all_entries ("sv");
}
END_TEST

#if ENABLE_NLS
/* Only a translation has multibyte characters to split.  */
START_TEST (multibyte_never_split)
{
  /* "Internt fel – tillståndet känns inte igen." has a 3-byte en dash at
     bytes 12-14: sizes 13, 14 and 15 must all stop before it.  */
  use_language ("sv");
  char buf[32];
  for (size_t size = 13; size <= 15; size++)
    {
      ck_assert_int_eq (nxs_strerror_r (0x103, buf, size), ERANGE);
      ck_assert_str_eq (buf, "Internt fel ");
    }
  ck_assert_int_eq (nxs_strerror_r (0x103, buf, 16), ERANGE);
  ck_assert_str_eq (buf, "Internt fel \xe2\x80\x93");
}
END_TEST
#endif

START_TEST (unknown_value_has_number)
{
  use_english ();
  char buf[NXS_STRERROR_MAX];
  errno = 4242;
  ck_assert_int_eq (nxs_strerror_r (0x1234, buf, sizeof buf), EINVAL);
  ck_assert_int_eq (errno, 4242);
  ck_assert_str_eq (buf, "Unknown NetX status value (0x1234)");
  ck_assert_int_eq (nxs_strerror_r (0xFFFFFFFF, buf, sizeof buf), EINVAL);
  ck_assert_str_eq (buf, "Unknown NetX status value (0xFFFFFFFF)");
  ck_assert_int_eq (nxs_strerror_r (0x1B, buf, sizeof buf), EINVAL);
  ck_assert_str_eq (buf, "Unknown NetX status value (0x1B)");

  check_unknown_sizes (0x1234, "Unknown NetX status value", " (0x1234)");
  check_unknown_sizes (0xFFFFFFFF, "Unknown NetX status value",
                       " (0xFFFFFFFF)");

  use_language ("sv");
  const char *want = swedish_if_nls ("Okänt NetX-statusvärde",
                                     "Unknown NetX status value");
  ck_assert_int_eq (nxs_strerror_r (0x1234, buf, sizeof buf), EINVAL);
  ck_assert_str_eq (buf, swedish_if_nls ("Okänt NetX-statusvärde (0x1234)",
                                         "Unknown NetX status value (0x1234)"));
  check_unknown_sizes (0x1234, want, " (0x1234)");
}
END_TEST

/* An unknown status that carries a family of this version shows its
   value part only, as the tool does: the caller knows the family.  A
   status whose top 8 bits are no family is shown whole.  */
START_TEST (unknown_with_family)
{
  static const struct
  {
    unsigned int status;
    const char *suffix;
  } cases[] = {
    { NXS_IN (NXS_FAMILY_DHCP, 0x1234), " (0x1234)" },
    { NXS_IN (NXS_FAMILY_NETX, 0x1234), " (0x1234)" },
    { NXS_IN (NXS_FAMILY_WEBSOCKET, 0xABCDEF), " (0xABCDEF)" },
    { NXS_IN (NXS_FAMILY_WEBSOCKET + 1, 0x1234), " (0x22001234)" },
    { 0xFF001234, " (0xFF001234)" },
  };
  use_english ();
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      char buf[NXS_STRERROR_MAX], want[64];
      snprintf (want, sizeof want, "Unknown NetX status value%s",
                cases[i].suffix);
      ck_assert_int_eq (nxs_strerror_r (cases[i].status, buf, sizeof buf),
                        EINVAL);
      ck_assert_str_eq (buf, want);
      ck_assert_int_eq (nxs_strerror_lang_r (cases[i].status, "en", buf,
                                             sizeof buf), EINVAL);
      ck_assert_str_eq (buf, want);
      check_unknown_sizes (cases[i].status, "Unknown NetX status value",
                           cases[i].suffix);
      check_unknown_sizes_in ("en", cases[i].status,
                              "Unknown NetX status value", cases[i].suffix);
    }
  /* The family is still the caller's to have.  */
  ck_assert_uint_eq (NXS_FAMILY_PART (NXS_IN (NXS_FAMILY_DHCP, 0x1234)),
                     NXS_FAMILY_DHCP);
}
END_TEST

START_TEST (null_buffer)
{
  errno = 4242;
  ck_assert_int_eq (nxs_strerror_r (0x10C, NULL, 0), ERANGE);
  ck_assert_int_eq (nxs_strerror_r (0x10C, NULL, 100), ERANGE);
  ck_assert_int_eq (nxs_strerror_r (0x1234, NULL, 100), EINVAL);
  ck_assert_int_eq (errno, 4242);
}
END_TEST

START_TEST (max_size_is_enough)
{
  /* Every text of every shipped language, and the longest unknown one,
     fits in NXS_STRERROR_MAX bytes.  */
  char lang[64];
  char buf[NXS_STRERROR_MAX];
  size_t checked = 0;
  for (size_t k = 0; shipped_language (k, lang, sizeof lang); k++)
    {
      use_language (lang);
      ck_assert_int_eq (nxs_strerror_r (0xFFFFFFFF, buf, sizeof buf), EINVAL);
      ck_assert_ptr_nonnull (strstr (buf, "(0xFFFFFFFF)"));
      nxs_entry e;
      for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
        {
          ck_assert_msg (strlen (e.text) < NXS_STRERROR_MAX,
                         "%s: %s is %zu bytes", lang, e.name, strlen (e.text));
          if (e.primary)
            ck_assert_int_eq (nxs_strerror_r (entry_status (&e), buf,
                                              sizeof buf), 0);
        }
      checked++;
    }
  ck_assert_uint_ge (checked, 1);
}
END_TEST

static Suite *
strerror_r_suite (void)
{
  Suite *s = suite_create ("strerror_r");
  TCase *tc = tcase_create ("contract");
  /* Every buffer size of every text takes seconds, more than Check's
     default of 4 under a loaded make check -j.  */
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, every_size_english);
  tcase_add_test (tc, every_size_swedish);
#if ENABLE_NLS
  tcase_add_test (tc, multibyte_never_split);
#endif
  tcase_add_test (tc, unknown_value_has_number);
  tcase_add_test (tc, unknown_with_family);
  tcase_add_test (tc, null_buffer);
  tcase_add_test (tc, max_size_is_enough);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return run_suite (strerror_r_suite ());
}
