/* testutil.c - helpers shared by the Check suites.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <wchar.h>

#include "testutil.h"

const char sv_10c[] =
  "Ett inkommande servercertifikat parsade inte korrekt.";
const char en_10c[] =
  "Reserved: an unparsable server certificate; NetX Secure does not "
  "return it (an NX_SECURE_X509 status instead).";

static FILE *
open_in (const char *env, const char *fallback, const char *file)
{
  const char *dir = getenv (env);
  char path[4096];
  snprintf (path, sizeof path, "%s/%s", dir != NULL ? dir : fallback, file);
  FILE *fp = fopen (path, "r");
  ck_assert_msg (fp != NULL, "cannot open %s", path);
  return fp;
}

size_t
read_appendix (struct appendix_row *rows, size_t max)
{
  FILE *fp = open_in ("srcdir", ".", "appendix.tsv");
  char line[1024];
  size_t n = 0;

  while (fgets (line, sizeof line, fp) != NULL)
    {
      if (line[0] == '#')
        continue;
      line[strcspn (line, "\n")] = '\0';
      ck_assert_msg (n < max, "appendix.tsv has more than %zu rows", max);
      struct appendix_row *r = &rows[n++];
      char *fields[4];
      char *p = line;
      for (int i = 0; i < 4; i++)
        {
          fields[i] = p;
          p = strchr (p, '\t');
          if (i < 3)
            {
              ck_assert_msg (p != NULL, "appendix.tsv row %zu is short", n);
              *p++ = '\0';
            }
        }
      snprintf (r->name, sizeof r->name, "%s", fields[0]);
      snprintf (r->value_text, sizeof r->value_text, "%s", fields[1]);
      r->value = (unsigned int) strtoul (fields[1], NULL, 16);
      snprintf (r->table, sizeof r->table, "%s", fields[2]);
      snprintf (r->swedish, sizeof r->swedish, "%s", fields[3]);
    }
  fclose (fp);
  return n;
}

/* Set the locale again, as a program that changes LANGUAGE must: gettext
   keeps its translations until the locale changes.  */
static void
locale_again (void)
{
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "C"));
  ck_assert_ptr_nonnull (setlocale (LC_ALL, "C.UTF-8"));
}

void
use_english (void)
{
  unsetenv ("LANGUAGE");
  locale_again ();
}

void
use_language (const char *lang)
{
  setenv ("LANGUAGE", lang, 1);
  locale_again ();
}

int
under_valgrind (void)
{
  return getenv ("NXS_UNDER_VALGRIND") != NULL;
}

const char *
swedish_if_nls (const char *swedish, const char *english)
{
#if ENABLE_NLS
  (void) english;
  return swedish;
#else
  (void) swedish;
  return english;
#endif
}

int
valid_utf8 (const char *s)
{
  /* glibc's own decoder is the judge, not a copy of the library's.  */
  static locale_t utf8;
  if (utf8 == (locale_t) 0)
    {
      /* Asserted only here: each Check assertion writes to a pipe, too
         slow for a sweep of millions.  */
      utf8 = newlocale (LC_CTYPE_MASK, "C.UTF-8", (locale_t) 0);
      ck_assert_msg (utf8 != (locale_t) 0, "no C.UTF-8 locale");
    }
  locale_t previous = uselocale (utf8);
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t len = strlen (s);
  int valid = 1;
  while (len > 0)
    {
      size_t n = mbrtowc (NULL, s, len, &state);
      if (n == (size_t) -1 || n == (size_t) -2 || n == 0)
        {
          valid = 0;
          break;
        }
      s += n;
      len -= n;
    }
  uselocale (previous);
  return valid;
}

int
shipped_language (size_t i, char *lang, size_t size)
{
  FILE *fp = open_in ("NXS_TEST_PODIR", "../po", "LINGUAS");
  char word[64];
  size_t n = 0;
  int found = 0;

  while (!found && fscanf (fp, "%63s", word) == 1)
    {
      if (word[0] == '#')
        {
          int c;
          while ((c = getc (fp)) != EOF && c != '\n')
            ;
          continue;
        }
      if (n++ == i)
        {
          snprintf (lang, size, "%s", word);
          found = 1;
        }
    }
  fclose (fp);
  return found;
}

uint32_t
next_random (uint32_t *state)
{
  uint32_t x = *state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *state = x;
}

int
open_test_locales (locale_t *sv, locale_t *c)
{
  const char *dir = getenv ("NXS_TEST_LOCPATH");
  char probe[4096];
  struct stat st;
  snprintf (probe, sizeof probe, "%s/sv_SE.UTF-8", dir != NULL ? dir : "");
  if (dir == NULL || stat (probe, &st) != 0)
    {
      printf ("1..0 # SKIP no sv_SE.UTF-8 locale built in %s (localedef "
              "or the locales package missing)\n", dir != NULL ? dir : "?");
      return 0;
    }
  setenv ("LOCPATH", dir, 1);
  unsetenv ("LANGUAGE");
  *sv = newlocale (LC_ALL_MASK, "sv_SE.UTF-8", (locale_t) 0);
  *c = newlocale (LC_ALL_MASK, "C.UTF-8", (locale_t) 0);
  if (*sv == (locale_t) 0 || *c == (locale_t) 0
      || setlocale (LC_ALL, "C.UTF-8") == NULL)
    {
      perror ("sv_SE.UTF-8 or C.UTF-8");
      exit (EXIT_FAILURE);
    }
  return 1;
}

int
run_suite (Suite *s)
{
  SRunner *sr = srunner_create (s);
  srunner_run_all (sr, CK_NORMAL);
  int failed = srunner_ntests_failed (sr);
  srunner_free (sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

unsigned int
entry_status (const nxs_entry *e)
{
  return e->family <= NXS_FAMILY_CRYPTO ? e->value
                                        : NXS_IN (e->family, e->value);
}

void
start_alarms (void (*handler) (int))
{
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigemptyset (&sa.sa_mask);
  ck_assert_int_eq (sigaction (SIGALRM, &sa, NULL), 0);
  struct itimerval every = { { 0, 200 }, { 0, 200 } };
  ck_assert_int_eq (setitimer (ITIMER_REAL, &every, NULL), 0);
}

void
stop_alarms (void)
{
  struct itimerval stop = { { 0, 0 }, { 0, 0 } };
  setitimer (ITIMER_REAL, &stop, NULL);
}
