/* check_lang.c - the built-in catalogs: nxs_strerror_lang in every
   spelling of Swedish, the same text as the installed catalog, English
   when it should be, the _r contract, many threads with a language
   each, and the language list.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

/* Every way a caller may name Swedish.  */
static const char *const swedish[] = {
  "sv", "SV", "Sv", "sv_SE", "sv_se", "SV_SE", "sv_SE.UTF-8", "sv_SE.utf8",
  "sv_SE.ISO-8859-1", "sv_SE@euro", "sv_SE.UTF-8@euro", "sv_FI", "sv-SE",
  "SV-se", "sv-Latn-SE", "de:sv", "xx:yy_ZZ:sv", "de_DE.UTF-8:sv_SE",
  "sv-SE,sv;q=0.9,en;q=0.8", "de-DE, sv;q=0.7", " sv ", "C.UTF-8:sv"
};

/* Ways of naming English, or nothing the library has.  */
static const char *const english[] = {
  "", "C", "POSIX", "en", "en_US", "en_GB.UTF-8", "EN-us", "en:sv", "xx",
  "de:fr", "C:sv", "POSIX:sv", "en-US,sv;q=0.5", ":", ",", ";q=1", "..",
  "../sv", "sv/..", "/sv", "s", "\xC3\xA5", "sv\x1B[31m"
};

START_TEST (appendix_in_every_spelling)
{
  struct appendix_row rows[APPENDIX_ROWS + 1];
  size_t n = read_appendix (rows, APPENDIX_ROWS + 1);
  ck_assert_uint_eq (n, APPENDIX_ROWS);
  for (size_t s = 0; s < sizeof swedish / sizeof swedish[0]; s++)
    {
      ck_assert_msg (nxs_language_match (swedish[s]) != NULL
                     && strcmp (nxs_language_match (swedish[s]), "sv") == 0,
                     "'%s' is not Swedish", swedish[s]);
      for (size_t i = 0; i < n; i++)
        {
          /* The appendix's success rows are aliases of 0: by name.  */
          nxs_entry e;
          ck_assert_int_eq (nxs_entry_find (rows[i].name, &e), 0);
          if (!e.primary)
            continue;
          ck_assert_msg (strcmp (nxs_strerror_lang (rows[i].value,
                                                    swedish[s]),
                                 rows[i].swedish) == 0,
                         "%s in '%s'", rows[i].name, swedish[s]);
        }
    }
}
END_TEST

START_TEST (english_when_asked_or_missing)
{
  for (size_t s = 0; s < sizeof english / sizeof english[0]; s++)
    {
      ck_assert_msg (nxs_language_match (english[s]) == NULL,
                     "'%s' matched %s", english[s],
                     nxs_language_match (english[s]));
      ck_assert_str_eq (nxs_strerror_lang (0x10C, english[s]),
                        nxs_description (0x10C));
    }
  ck_assert_ptr_null (nxs_language_match (NULL));
  ck_assert_str_eq (nxs_strerror_lang (0x10C, NULL), nxs_description (0x10C));
  ck_assert_str_eq (nxs_strerror_lang (0x1234, NULL),
                    "Unknown NetX status value");
  ck_assert_str_eq (nxs_strerror_lang (0x1234, "sv"), "Okänt NetX-statusvärde");
  /* Of a list, the first 32 entries count.  */
  char list[256] = "";
  for (int i = 0; i < 31; i++)
    strcat (list, "xx:");
  ck_assert_str_eq (nxs_language_match (strcat (list, "sv")), "sv");
  memmove (list + 3, list, strlen (list) + 1);
  memcpy (list, "yy,", 3);
  ck_assert_ptr_null (nxs_language_match (list));
}
END_TEST

/* One source: the built-in Swedish is the installed catalog's.  */
START_TEST (same_text_as_installed_catalog)
{
#if ENABLE_NLS
  if (getenv ("NXSTATUS_LOCALEDIR") == NULL)
    return;                     /* under env -i: nothing installed */
  use_language ("sv");
  nxs_entry e;
  size_t same = 0;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    if (e.primary)
      {
        unsigned int status = entry_status (&e);
        ck_assert_msg (strcmp (nxs_strerror_lang (status, "sv"),
                               nxs_strerror (status)) == 0,
                       "%s differs", e.name);
        same++;
      }
  ck_assert_str_eq (nxs_strerror_lang (0xFFFF, "sv"), nxs_strerror (0xFFFF));
  ck_assert_uint_gt (same, 200);
#endif
}
END_TEST

START_TEST (language_list)
{
  /* What configure chose: all of po/LINGUAS, or a list.  */
  const char *chosen = getenv ("NXS_BUILTIN_LANGUAGES");
  int all = chosen == NULL || strcmp (chosen, "all") == 0;
  size_t n = nxs_language_count ();
  char lang[64];
  size_t expected = 0;
  for (size_t k = 0; shipped_language (k, lang, sizeof lang); k++)
    {
      char word[80];
      snprintf (word, sizeof word, " %s ", lang);
      char padded[512];
      snprintf (padded, sizeof padded, " %s ", chosen != NULL ? chosen : "");
      if (!all && strstr (padded, word) == NULL)
        continue;
      int found = 0;
      for (size_t i = 0; i < n; i++)
        found |= strcmp (nxs_language_get (i), lang) == 0;
      ck_assert_msg (found, "%s is not built in", lang);
      expected++;
    }
  ck_assert_uint_eq (n, expected);
  ck_assert_ptr_null (nxs_language_get (n));
  ck_assert_ptr_null (nxs_language_get ((size_t) -1));
}
END_TEST

/* The nxs_strerror_r contract, at every size, for every entry.  */
START_TEST (every_size)
{
  char buf[NXS_STRERROR_MAX + 2];
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    {
      if (!e.primary)
        continue;
      unsigned int status = entry_status (&e);
      const char *full = nxs_strerror_lang (status, "sv");
      size_t len = strlen (full);
      for (size_t size = 0; size <= len + 1; size++)
        {
          memset (buf, '#', sizeof buf);
          errno = 4242;
          int rc = nxs_strerror_lang_r (status, "sv", buf, size);
          ck_assert_int_eq (errno, 4242);
          ck_assert_int_eq (rc, size == len + 1 ? 0 : ERANGE);
          if (size == 0)
            {
              ck_assert_int_eq (buf[0], '#');
              continue;
            }
          size_t got = strlen (buf);
          ck_assert_int_eq (memcmp (buf, full, got), 0);
          ck_assert (valid_utf8 (buf));
          /* As late as possible: the next character would not fit.  */
          size_t next = got + 1;
          while (next < len && ((unsigned char) full[next] & 0xC0) == 0x80)
            next++;
          ck_assert (got == len || next > size - 1);
        }
    }
  ck_assert_int_eq (nxs_strerror_lang_r (0x1234, "sv", buf, sizeof buf),
                    EINVAL);
  ck_assert_str_eq (buf, "Okänt NetX-statusvärde (0x1234)");
  ck_assert_int_eq (nxs_strerror_lang_r (0x1234, "sv", buf, 12), EINVAL);
  ck_assert_str_eq (buf, "Ok (0x1234)");
  ck_assert_int_eq (nxs_strerror_lang_r (0x10C, "sv", NULL, 10), ERANGE);
}
END_TEST

/* 16 threads, a language each, every answer checked.  */
static const char *const thread_langs[] = { "sv", "en", "sv-SE", "de:sv",
                                            NULL, "C" };

static void *
worker (void *arg)
{
  size_t id = (size_t) (uintptr_t) arg;
  const char *lang = thread_langs[id % 6];
  int sv = lang != NULL && nxs_language_match (lang) != NULL;
  unsigned long wrong = 0;
  char buf[NXS_STRERROR_MAX];
  for (unsigned long k = 0; k < 20000; k++)
    {
      unsigned int v = k % 2 ? 0x10C : 0x193;
      const char *t = nxs_strerror_lang (v, lang);
      const char *want = sv ? (v == 0x10C
                               ? "Ett inkommande servercertifikat parsade "
                                 "inte korrekt."
                               : "Ett certifikat hade ett \"inte efter\"-f"
                                 "ält som var mindre än den aktuella tiden.")
                            : nxs_description (v);
      wrong += strcmp (t, want) != 0;
      wrong += nxs_strerror_lang_r (v, lang, buf, sizeof buf) != 0
               || strcmp (buf, want) != 0;
    }
  return (void *) (uintptr_t) wrong;
}

START_TEST (threads_each_in_a_language)
{
  pthread_t t[16];
  for (size_t i = 0; i < 16; i++)
    pthread_create (&t[i], NULL, worker, (void *) (uintptr_t) i);
  uintptr_t wrong = 0;
  for (size_t i = 0; i < 16; i++)
    {
      void *r;
      pthread_join (t[i], &r);
      wrong += (uintptr_t) r;
    }
  ck_assert_uint_eq (wrong, 0);
}
END_TEST

/* From a signal handler that interrupts the library itself.  */
static volatile sig_atomic_t handled, bad;

static void
on_alarm (int sig)
{
  (void) sig;
  char buf[64];
  const char *t = nxs_strerror_lang (0x10C, "sv_SE.UTF-8");
  if (strncmp (t, "Ett inkommande", 14) != 0
      || nxs_strerror_lang_r (0x10C, "sv", buf, sizeof buf) != 0
      || nxs_language_match ("sv-SE") == NULL)
    bad = 1;
  handled++;
}

START_TEST (signal_handler)
{
  start_alarms (on_alarm);
  while (handled < 300)
    nxs_strerror_lang (0x193, "de-DE,sv;q=0.5");
  stop_alarms ();
  ck_assert_int_eq (bad, 0);
}
END_TEST

int
main (void)
{
  if (nxs_language_match ("sv") == NULL)
    {
      puts ("1..0 # SKIP sv is not built in (--with-builtin-languages)");
      return EXIT_SUCCESS;
    }
  Suite *s = suite_create ("lang");
  TCase *tc = tcase_create ("built-in");
  tcase_add_test (tc, appendix_in_every_spelling);
  tcase_add_test (tc, english_when_asked_or_missing);
  tcase_add_test (tc, same_text_as_installed_catalog);
  tcase_add_test (tc, language_list);
  tcase_add_test (tc, every_size);
  tcase_add_test (tc, threads_each_in_a_language);
  tcase_add_test (tc, signal_handler);
  tcase_set_timeout (tc, 120);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
