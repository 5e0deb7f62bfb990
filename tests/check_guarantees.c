/* check_guarantees.c - the promises of README "Guarantees": no heap
   allocation once a message was looked up (none at all for language
   packs),
   errno kept even by the first call, strings that outlive any change
   of language or catalog directory, and the async-signal-safe
   functions used from a signal handler.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "mofile.h"
#include "nxstatus.h"
#include "testutil.h"

/* A malloc-counting shim: the program's malloc family wraps glibc's, so
   every allocation by the library (or by glibc for it) is counted.
   Sanitizers bring their own allocator, so there the shim is left out
   and the allocation test is skipped.  */
#if defined __SANITIZE_ADDRESS__ || defined __SANITIZE_THREAD__
# define COUNTING 0
#else
# define COUNTING 1
extern void *__libc_malloc (size_t);
extern void *__libc_calloc (size_t, size_t);
extern void *__libc_realloc (void *, size_t);
extern void *__libc_memalign (size_t, size_t);
void *memalign (size_t, size_t);
static volatile unsigned long allocations;

void *
malloc (size_t n)
{
  allocations++;
  return __libc_malloc (n);
}

void *
calloc (size_t n, size_t m)
{
  allocations++;
  return __libc_calloc (n, m);
}

void *
realloc (void *p, size_t n)
{
  allocations++;
  return __libc_realloc (p, n);
}

void *
memalign (size_t a, size_t n)
{
  allocations++;
  return __libc_memalign (a, n);
}
#endif

/* Language packs, without and with an index: open in
   no_allocation_after_first_lookup, else closed (English).  */
static nxs_pack packs[2];

/* One call of every function on every primary value and a few unknown
   ones, in the current language and from each pack.  */
static void
every_call (void)
{
  char buf[NXS_STRERROR_MAX];
  nxs_entry e;
  static const unsigned int unknown[] = {
    0x0B, 0x93, 0x155, NXS_IN (NXS_FAMILY_DHCP, 0xFFFF), 0xFFFFFFFF
  };
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    {
      unsigned int v, status = entry_status (&e);
      nxs_strerror (status);
      nxs_strerror_l (status, (locale_t) 0);
      nxs_strerror_r (status, buf, sizeof buf);
      nxs_strerror_r (status, buf, 7);
      nxs_name (status);
      nxs_description (status);
      nxs_family_of (status);
      nxs_family_name (e.family);
      nxs_family_from_name (nxs_family_name (e.family));
      nxs_family_size (e.family);
      nxs_strerror_lang (status, "sv");
      nxs_strerror_lang_r (status, "sv-SE,en", buf, sizeof buf);
      nxs_from_name (e.name, &v);
      for (int k = 0; k < 2; k++)
        {
          nxs_entry p;
          nxs_strerror_pack (status, &packs[k]);
          nxs_strerror_pack_r (status, &packs[k], buf, sizeof buf);
          nxs_strerror_pack_r (status, &packs[k], buf, 7);
          nxs_entry_get_pack (i, &packs[k], &p);
          nxs_entry_find_pack (e.name, &packs[k], &p);
          nxs_pack_check (&packs[k], i);
          nxs_pack_gettext (&packs[k], e.description);
        }
      nxs_entry_find (e.name, &e);
    }
  for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
    {
      nxs_strerror (unknown[i]);
      nxs_strerror_r (unknown[i], buf, sizeof buf);
      nxs_strerror_lang (unknown[i], "sv");
      nxs_strerror_pack (unknown[i], &packs[0]);
      nxs_strerror_pack_r (unknown[i], &packs[1], buf, sizeof buf);
    }
  for (int k = 0; k < 2; k++)
    {
      nxs_pack_language (&packs[k]);
      nxs_pack_translated (&packs[k]);
      nxs_pack_check (&packs[k], nxs_entry_count ());
      nxs_pack_gettext (&packs[k], "Name");
    }
  nxs_pack_index_size ();
  nxs_family_count ();
  nxs_from_name ("NX_NO_SUCH_NAME", NULL);
  nxs_localedir ();
  nxs_version ();
}

#if COUNTING
/* The allocations EVERY_CALL makes.  */
static unsigned long
allocations_of (void (*every) (void))
{
  unsigned long before = allocations;
  every ();
  return allocations - before;
}

static locale_t latin1;

static void
every_call_latin1 (void)
{
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    nxs_strerror_l (entry_status (&e), latin1);
  nxs_strerror_l (0x1234, latin1);
}
#endif

START_TEST (no_allocation_after_first_lookup)
{
#if COUNTING
  if (under_valgrind ())
    return;                     /* valgrind replaces the malloc family */
  /* One call initializes a language (and charset), and gettext
     caches each translation the first time; after that, a pass over
     every function and value allocates nothing.  */
  /* However long LANGUAGE is: 1,000 entries before sv, and a list over
     the 4 KiB handed to gettext.  */
  static char many[3010], too_long[6010];
  for (size_t at = 0; at < 3000; at += 3)
    memcpy (many + at, "xx:", 3);
  memcpy (many + 3000, "sv", 3);
  memset (too_long, 'x', 6000);
  memcpy (too_long + 6000, ":sv", 4);
  static const char *const languages[] = { "sv", NULL, many, too_long };

  /* Opening a pack allocates nothing either.  */
  static unsigned char pack_index[NXS_PACK_INDEX_MAX];
  size_t size;
  unsigned char *sv = sv_pack (&size);
  if (sv == NULL)
    {
      static const struct mo_pair one[] = { { en_10c, sv_10c } };
      sv = mo_build (one, 1, "UTF-8", 0, &size);
    }
  unsigned long before = allocations;
  int opened = nxs_pack_open (&packs[0], sv, size, NULL, 0);
  int indexed = nxs_pack_open (&packs[1], sv, size, pack_index,
                               sizeof pack_index);
  before = allocations - before;
  ck_assert_int_eq (opened, 0);
  ck_assert_int_eq (indexed, 0);
  ck_assert_msg (before == 0, "nxs_pack_open: %lu allocations", before);
  ck_assert_str_eq (nxs_strerror_pack (0x10C, &packs[1]), sv_10c);

  for (size_t i = 0; i < sizeof languages / sizeof languages[0]; i++)
    {
      if (languages[i] != NULL)
        use_language (languages[i]);
      else
        use_english ();
      unsigned long first = allocations;
      nxs_strerror (0x10C);
      nxs_localedir ();         /* binds the directory without NLS */
      first = allocations - first;
      /* gettext caches each translation the first time it is asked for
         it; English asks it nothing.  */
      unsigned long pass = allocations_of (every_call);
      unsigned long after = allocations_of (every_call);
      const char *name = languages[i] ? languages[i] : "en";
      ck_assert_msg (after == 0, "%.20s: %lu allocations in the second "
                     "pass", name, after);
      if (i == 0)
        {
#if ENABLE_NLS
          ck_assert_uint_gt (pass, 0);  /* gettext's cache grew */
#else
          ck_assert_msg (pass == 0, "no NLS: %lu allocations in the first "
                         "pass", pass);
#endif
        }
      else if (i == 1 || i == 3)
        ck_assert_msg (pass == 0, "%.20s: %lu allocations in the first "
                       "pass", name, pass);
      ck_assert_str_eq (nxs_strerror (0x10C),
                        i == 0 || i == 2 ? swedish_if_nls (sv_10c, en_10c)
                        : en_10c);
      if (i == 0)
        ck_assert_uint_gt (first, 0);   /* the shim does count */
    }

  /* The same through a locale_t in another charset.  */
  const char *dir = getenv ("NXS_TEST_LOCPATH");
  setenv ("LOCPATH", dir != NULL ? dir : "", 1);
  latin1 = newlocale (LC_ALL_MASK, "sv_SE.ISO-8859-1", (locale_t) 0);
  if (latin1 != (locale_t) 0)
    {
      use_english ();
      nxs_strerror (0x10C);
      nxs_strerror_l (0x10C, latin1);
      every_call_latin1 ();
      unsigned long after = allocations_of (every_call_latin1);
      ck_assert_msg (after == 0, "Latin-1: %lu allocations in the second "
                     "pass", after);
      ck_assert_str_eq (nxs_strerror_l (0x10C, latin1),
                        swedish_if_nls (sv_10c, en_10c));
      freelocale (latin1);
    }
  for (int k = 0; k < 2; k++)
    nxs_pack_open (&packs[k], NULL, 0, NULL, 0);        /* closed */
  free (sv);
#endif
}
END_TEST

START_TEST (first_call_keeps_errno)
{
  /* Check runs each test in a fresh child: this is the first call.  */
  use_language ("sv");
  errno = 4242;
  nxs_strerror (0x10C);
  ck_assert_int_eq (errno, 4242);
  nxs_from_name ("nx_not_connected", NULL);
  ck_assert_int_eq (errno, 4242);
  nxs_bind_localedir ("/nonexistent/nxs");
  ck_assert_int_eq (errno, 4242);
  nxs_bind_localedir (NULL);
  nxs_localedir ();
  ck_assert_int_eq (errno, 4242);
}
END_TEST

START_TEST (strings_outlive_changes)
{
  use_language ("sv");
  const char *sv = nxs_strerror (0x10C);
  char copy[NXS_STRERROR_MAX];
  strcpy (copy, sv);
  const char *name = nxs_name (0x10C);

  use_english ();
  every_call ();
  nxs_bind_localedir ("/nonexistent/nxs");
  every_call ();
  nxs_bind_localedir (NULL);
  use_language ("sv");
  every_call ();

  ck_assert_str_eq (sv, copy);
  ck_assert_str_eq (name, "NX_SECURE_TLS_INVALID_SERVER_CERT");
}
END_TEST

static volatile sig_atomic_t handled, wrong;

static void
on_alarm (int sig)
{
  (void) sig;
  const char *n = nxs_name (0x38);
  const char *d = nxs_description (0x38);
  const char *sv = nxs_strerror_lang (NXS_IN (NXS_FAMILY_MQTT, 0x10005), "sv");
  char buf[24];
  if (n == NULL || n[3] != 'N' || d == NULL || sv == NULL
      || nxs_strerror_lang_r (0x38, "sv-SE", buf, sizeof buf) != ERANGE
      || nxs_family_of (0x38) != NXS_FAMILY_NETX
      || nxs_family_name (NXS_FAMILY_TLS) == NULL
      || nxs_family_from_name ("TLS") != NXS_FAMILY_TLS
      || nxs_family_size (NXS_FAMILY_TLS) != 85 || nxs_family_count () < 4
      || nxs_family_of (NXS_IN (NXS_FAMILY_DHCP, 0x07)) != NXS_FAMILY_NETX
      || nxs_entry_count () == 0 || nxs_version () == NULL)
    wrong = 1;
  handled++;
}

START_TEST (signal_safe_functions_in_a_handler)
{
  /* The handler interrupts the main thread while it is inside the
     library, localizing and searching names, a few hundred times.  */
  use_language ("sv");
  start_alarms (on_alarm);
  unsigned int v;
  while (handled < 300)
    {
      nxs_strerror (0x10C);
      nxs_from_name ("NX_SECURE_X509_CERTIFICATE_EXPIRED", &v);
    }
  stop_alarms ();
  ck_assert_int_eq (wrong, 0);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("guarantees");
  TCase *tc = tcase_create ("promises");
  tcase_add_test (tc, no_allocation_after_first_lookup);
  tcase_add_test (tc, first_call_keeps_errno);
  tcase_add_test (tc, strings_outlive_changes);
  tcase_add_test (tc, signal_safe_functions_in_a_handler);
  tcase_set_timeout (tc, 120);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
