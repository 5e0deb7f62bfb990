/* bench.c - nxstatus against its peers, side by side in one process.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Each row runs one job in batches and reports the median batch in ns
   per call, and its ratio to the fastest row of the same job.  Times
   are never asserted: machines are noisy, ratios in one run are not.

   Usage: bench [--csv FILE] [--quick]  */

#include <config.h>

#include <errno.h>
#include <libintl.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nxstatus.h"

#if HAVE_GPG_ERROR
# include <gpg-error.h>
#endif
#if HAVE_GNUTLS
# include <gnutls/gnutls.h>
#endif

#define BATCHES 21
#define MAX_CODES 256

static volatile uintptr_t sink;         /* keeps results alive */
static unsigned int codes[MAX_CODES];   /* every primary value */
static const char *msgids[MAX_CODES];   /* and its English msgid */
static const char *names[MAX_CODES];
static size_t ncodes;
static unsigned long batch_calls = 20000;

struct row
{
  const char *job;              /* rows of one job are compared */
  const char *what;
  double ns;                    /* median ns per call; < 0: skipped */
  const char *note;
};
static struct row rows[64];
static size_t nrows;

static double
now_ns (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* Median over BATCHES of FN (N) divided by N.  */
static double
measure (void (*fn) (unsigned long))
{
  double t[BATCHES];
  fn (batch_calls);             /* warm up: catalogs, caches */
  for (int b = 0; b < BATCHES; b++)
    {
      double start = now_ns ();
      fn (batch_calls);
      t[b] = (now_ns () - start) / (double) batch_calls;
    }
  qsort (t, BATCHES, sizeof t[0], compare_double);
  return t[BATCHES / 2];
}

static void
add (const char *job, const char *what, void (*fn) (unsigned long))
{
  rows[nrows++] = (struct row) { job, what, fn != NULL ? measure (fn) : -1,
                                 NULL };
}

static void
skip (const char *job, const char *what, const char *note)
{
  rows[nrows++] = (struct row) { job, what, -1, note };
}

/* --- the jobs ------------------------------------------------------- */

/* Hot arguments come from volatile variables, so no compiler can hoist
   a call it believes pure (gnutls_strerror is declared const).  */
#define HOT hot_status
static volatile unsigned int hot_status = 0x10C;
static volatile int hot_errno = EACCES;
static const char *hot_msgid;
static locale_t loc_c, loc_sv;

static void
strerror_hot (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_strerror (HOT);
}

static void
strerror_cycle (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_strerror (codes[i % ncodes]);
}

static void
strerror_unknown (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_strerror (0x1000 + (unsigned int) (i & 0xFF));
}

static void
strerror_r_hot (unsigned long n)
{
  char buf[NXS_STRERROR_MAX];
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_strerror_r (HOT, buf, sizeof buf);
}

static void
strerror_l_hot (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_strerror_l (HOT, loc_sv);
}

static void
dgettext_hot (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) dgettext (PACKAGE, hot_msgid);
}

static void
dgettext_cycle (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) dgettext (PACKAGE, msgids[i % ncodes]);
}

static void
glibc_strerror (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) strerror (hot_errno);
}

static void
glibc_strerror_l (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) strerror_l (hot_errno, loc_sv);
}

#if HAVE_GPG_ERROR
static volatile gpg_error_t hot_gpg = GPG_ERR_BAD_CERT;
static void
gpg_hot (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) gpg_strerror (hot_gpg);
}
#endif

#if HAVE_GNUTLS
static volatile int hot_gnutls = GNUTLS_E_CERTIFICATE_ERROR;
static void
gnutls_hot (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) gnutls_strerror (hot_gnutls);
}
#endif

static void
name_hot (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_name (HOT);
}

static void
name_cycle (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_name (codes[i % ncodes]);
}

static void
description_cycle (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_description (codes[i % ncodes]);
}

/* What any cache of translations must still do per call to stay
   correct: read LANGUAGE (gettext does, every call) and the thread's
   locale.  */
static void
cache_checks (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    {
      const char *lang = getenv ("LANGUAGE");
      sink += (uintptr_t) lang + (uintptr_t) uselocale ((locale_t) 0);
    }
}

/* The floor: a plain array index over the same pointers.  */
static void
floor_cycle (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) names[i % ncodes];
}

static void
from_name_found (unsigned long n)
{
  unsigned int v;
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_from_name (names[i % ncodes], &v);
}

static void
from_name_missing (unsigned long n)
{
  unsigned int v;
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_from_name ("NX_SECURE_TLS_NO_SUCH_STATUS", &v);
}

/* What nxs_from_name would cost as a linear scan of the table.  */
static void
linear_scan_found (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    {
      const char *want = names[i % ncodes];
      size_t j = 0;
      while (j < ncodes && strcmp (names[j], want) != 0)
        j++;
      sink += j;
    }
}

/* Scaling: nxs_name cycling over the values of one family only.  */
static unsigned int family_codes[MAX_CODES];
static size_t nfamily;

static void
name_family (unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    sink += (uintptr_t) nxs_name (family_codes[i % nfamily]);
}

/* --- setup and report ------------------------------------------------ */

static void
use_language (const char *lang)
{
  if (lang != NULL)
    setenv ("LANGUAGE", lang, 1);
  else
    unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
print_table (FILE *csv)
{
  printf ("%-20s %-44s %10s %8s\n", "job", "function", "ns/call",
          "ratio");
  if (csv != NULL)
    fprintf (csv, "job,function,ns_per_call,ratio_to_fastest,note\n");
  for (size_t i = 0; i < nrows; i++)
    {
      double best = -1;
      for (size_t j = 0; j < nrows; j++)
        if (strcmp (rows[j].job, rows[i].job) == 0 && rows[j].ns >= 0
            && (best < 0 || rows[j].ns < best))
          best = rows[j].ns;
      if (rows[i].ns < 0)
        {
          printf ("%-20s %-44s %10s %8s  (%s)\n", rows[i].job, rows[i].what,
                  "-", "-", rows[i].note);
          if (csv != NULL)
            fprintf (csv, "%s,%s,,,%s\n", rows[i].job, rows[i].what,
                     rows[i].note);
          continue;
        }
      printf ("%-20s %-44s %10.2f %8.2f\n", rows[i].job, rows[i].what,
              rows[i].ns, rows[i].ns / best);
      if (csv != NULL)
        fprintf (csv, "%s,%s,%.3f,%.3f,\n", rows[i].job, rows[i].what,
                 rows[i].ns, rows[i].ns / best);
    }
}

int
main (int argc, char **argv)
{
  FILE *csv = NULL;
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--csv") == 0 && i + 1 < argc)
      csv = fopen (argv[++i], "w");
    else if (strcmp (argv[i], "--quick") == 0)
      batch_calls = 2000;

  setlocale (LC_ALL, "C.UTF-8");
  nxs_localedir ();             /* binds the domain for bare dgettext */
  loc_c = newlocale (LC_ALL_MASK, "C.UTF-8", (locale_t) 0);
  loc_sv = newlocale (LC_ALL_MASK, "sv_SE.UTF-8", (locale_t) 0);
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0 && ncodes < MAX_CODES; i++)
    if (e.primary)
      {
        codes[ncodes] = e.value;
        msgids[ncodes] = e.description;
        names[ncodes++] = e.name;
      }
  hot_msgid = nxs_description (HOT);

  static const char *const langs[] = { NULL, "sv" };
  for (int l = 0; l < 2; l++)
    {
      const char *job_hot = l ? "text hot sv" : "text hot C";
      const char *job_cycle = l ? "text cycle sv" : "text cycle C";
      const char *job_err = l ? "unknown sv" : "unknown C";
      use_language (langs[l]);
      add (job_hot, "nxs_strerror (0x10C)", strerror_hot);
      add (job_hot, "nxs_strerror_r (0x10C)", strerror_r_hot);
      add (job_hot, "dgettext (same msgid)", dgettext_hot);
#if HAVE_GPG_ERROR
      add (job_hot, "gpg_strerror (GPG_ERR_BAD_CERT)", gpg_hot);
#else
      skip (job_hot, "gpg_strerror", "libgpg-error-dev not found");
#endif
#if HAVE_GNUTLS
      add (job_hot, "gnutls_strerror (CERTIFICATE_ERROR)",
           gnutls_hot);
#else
      skip (job_hot, "gnutls_strerror", "libgnutls28-dev not found");
#endif
      add (job_hot, "strerror (EACCES)", glibc_strerror);
      add (l ? "cache floor sv" : "cache floor C", "getenv (LANGUAGE) + uselocale (0)",
           cache_checks);
      add (job_cycle, "nxs_strerror (every code)", strerror_cycle);
      add (job_cycle, "dgettext (every msgid)", dgettext_cycle);
      add (job_err, "nxs_strerror (unknown values)",
           strerror_unknown);
    }
  if (loc_sv != (locale_t) 0)
    {
      use_language (NULL);
      add ("locale_t sv", "nxs_strerror_l (0x10C, sv_SE)", strerror_l_hot);
      add ("locale_t sv", "strerror_l (EACCES, sv_SE)", glibc_strerror_l);
    }
  else
    skip ("locale_t sv", "nxs_strerror_l", "no sv_SE.UTF-8 (set LOCPATH)");

  add ("untranslated", "floor: array index", floor_cycle);
  add ("untranslated", "nxs_name (every code)", name_cycle);
  add ("untranslated", "nxs_name (0x10C)", name_hot);
  add ("untranslated", "nxs_description (every code)", description_cycle);
  add ("by name", "nxs_from_name (found)", from_name_found);
  add ("by name", "nxs_from_name (not found)", from_name_missing);
  add ("by name", "linear scan (found)", linear_scan_found);

  static const nxs_family fams[] = { NXS_FAMILY_NETX, NXS_FAMILY_TLS,
                                     NXS_FAMILY_X509, NXS_FAMILY_CRYPTO };
  static char labels[4][48];
  for (int f = 0; f < 4; f++)
    {
      nfamily = 0;
      for (size_t i = 0; i < ncodes; i++)
        if (nxs_family_of (codes[i]) == fams[f])
          family_codes[nfamily++] = codes[i];
      snprintf (labels[f], sizeof labels[f], "nxs_name (%s, %zu codes)",
                nxs_family_name (fams[f]), nfamily);
      add ("scaling", labels[f], name_family);
    }

  print_table (csv);
  if (csv != NULL)
    fclose (csv);
  return 0;
}
