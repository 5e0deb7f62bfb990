/* bench.c - nxstatus against its peers and its floor, side by side in
   one process.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Each row runs one job in batches and reports the median batch in ns
   per call, and its ratio to the first row of its job (the reference
   the targets name: the floor, or the fastest peer).  Every call goes
   through a function pointer read from a volatile object, the floor's
   too, so no compiler hoists, inlines or folds a call.  Times are
   never asserted: machines are noisy; ratios within one run are not.

   Usage: bench [--csv FILE] [--quick] [APPENDIX.TSV]  */

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
#define MAX_CODES 1024

static volatile uintptr_t sink;         /* keeps results alive */
static unsigned long batch_calls = 20000;

/* The values cycled over: the appendix's (TLS and X.509); every
   primary entry's status, bare for the core families and qualified
   with NXS_IN for the add-ons, with their msgids and names; the core's
   alone; every primary entry qualified; the add-on values that resolve
   without a family; and the values add-ons share, unknown bare.  */
static unsigned int appendix[128];
static const char *appendix_msgids[128];
static size_t nappendix;
static unsigned int codes[MAX_CODES];
static const char *msgids[MAX_CODES];
static const char *names[MAX_CODES];
static size_t ncodes;
static unsigned int core_codes[MAX_CODES], qualified[MAX_CODES],
  addon_bare[MAX_CODES], shared_bare[MAX_CODES];
static size_t ncore, nqualified, naddon_bare, nshared_bare;

/* The floor: a table of text pointers indexed by value, as the fastest
   lookup by value could be.  */
static const char *floor_table[0x200];

static const char *
floor_text (unsigned int status)
{
  return floor_table[status & 0x1FF];
}

typedef const char *status_fn (unsigned int);
typedef const char *lang_fn (unsigned int, const char *);
static status_fn *volatile p_floor = floor_text;
static status_fn *volatile p_name = nxs_name;
static status_fn *volatile p_description = nxs_description;
static status_fn *volatile p_strerror = nxs_strerror;
static lang_fn *volatile p_lang = nxs_strerror_lang;
static const char *(*volatile p_strerror_l) (unsigned int, locale_t)
  = nxs_strerror_l;
static int (*volatile p_strerror_r) (unsigned int, char *, size_t)
  = nxs_strerror_r;
static int (*volatile p_from_name) (const char *, unsigned int *)
  = nxs_from_name;
static char *(*volatile p_dgettext) (const char *, const char *) = dgettext;
static char *(*volatile p_glibc) (int) = strerror;
static char *(*volatile p_glibc_l) (int, locale_t) = strerror_l;
#if HAVE_GPG_ERROR
static const char *(*volatile p_gpg) (gpg_error_t) = gpg_strerror;
#endif
#if HAVE_GNUTLS
static const char *(*volatile p_gnutls) (int) = gnutls_strerror;
#endif

/* Arguments read from volatile objects, so no call looks constant.  */
static volatile unsigned int hot_status = 0x10C;
static const char *volatile hot_lang = "sv";
static volatile int hot_errno = EACCES;
static const char *hot_msgid;
static locale_t loc_sv;

struct row
{
  const char *job;
  const char *what;
  double ns;                    /* median ns per call; < 0: skipped */
  const char *note;
};
static struct row rows[128];
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

/* Median over BATCHES of FN (CALLS) divided by CALLS.  */
static double
measure (void (*fn) (unsigned long), unsigned long calls)
{
  double t[BATCHES];
  fn (calls);                   /* warm up: catalogs, caches */
  for (int b = 0; b < BATCHES; b++)
    {
      double start = now_ns ();
      fn (calls);
      t[b] = (now_ns () - start) / (double) calls;
    }
  qsort (t, BATCHES, sizeof t[0], compare_double);
  return t[BATCHES / 2];
}

static void
add (const char *job, const char *what, void (*fn) (unsigned long))
{
  rows[nrows++] = (struct row) { job, what, measure (fn, batch_calls), NULL };
}

/* Two rows of one job measured batch by batch in turn (A, B, A, B ...),
   so that a machine that slows down or speeds up meanwhile weighs on
   both alike: for the ratios that matter most.  */
static void
add_pair (const char *job, const char *what_a, void (*a) (unsigned long),
          const char *what_b, void (*b) (unsigned long))
{
  double ta[BATCHES], tb[BATCHES];
  a (batch_calls);
  b (batch_calls);
  for (int k = 0; k < BATCHES; k++)
    {
      double start = now_ns ();
      a (batch_calls);
      double middle = now_ns ();
      b (batch_calls);
      tb[k] = (now_ns () - middle) / (double) batch_calls;
      ta[k] = (middle - start) / (double) batch_calls;
    }
  qsort (ta, BATCHES, sizeof ta[0], compare_double);
  qsort (tb, BATCHES, sizeof tb[0], compare_double);
  rows[nrows++] = (struct row) { job, what_a, ta[BATCHES / 2], NULL };
  rows[nrows++] = (struct row) { job, what_b, tb[BATCHES / 2], NULL };
}

/* The same for a function that takes microseconds: fewer calls.  */
static void
add_slow (const char *job, const char *what, void (*fn) (unsigned long))
{
  rows[nrows++] = (struct row) { job, what, measure (fn, 50), NULL };
}

static void
skip (const char *job, const char *what, const char *note)
{
  rows[nrows++] = (struct row) { job, what, -1, note };
}

/* --- the jobs ------------------------------------------------------- */

#define LOOP(body) for (unsigned long i = 0; i < n; i++) { body; }

static void floor_hot (unsigned long n) { LOOP (sink += (uintptr_t) p_floor (hot_status)) }
static void floor_cycle (unsigned long n) { LOOP (sink += (uintptr_t) p_floor (appendix[i % nappendix])) }
static void floor_all (unsigned long n) { LOOP (sink += (uintptr_t) p_floor (codes[i % ncodes])) }
static void lang_hot (unsigned long n) { LOOP (sink += (uintptr_t) p_lang (hot_status, hot_lang)) }
static void lang_cycle (unsigned long n) { LOOP (sink += (uintptr_t) p_lang (appendix[i % nappendix], hot_lang)) }
static void lang_region (unsigned long n)
{
  static const char *volatile tag = "sv-SE,sv;q=0.9,en;q=0.8";
  LOOP (sink += (uintptr_t) p_lang (hot_status, tag))
}
static void name_cycle (unsigned long n) { LOOP (sink += (uintptr_t) p_name (appendix[i % nappendix])) }
static void description_cycle (unsigned long n) { LOOP (sink += (uintptr_t) p_description (appendix[i % nappendix])) }
static void name_all (unsigned long n) { LOOP (sink += (uintptr_t) p_name (codes[i % ncodes])) }
static void floor_core (unsigned long n) { LOOP (sink += (uintptr_t) p_floor (core_codes[i % ncore])) }
static void name_core (unsigned long n) { LOOP (sink += (uintptr_t) p_name (core_codes[i % ncore])) }
static void floor_qualified (unsigned long n) { LOOP (sink += (uintptr_t) p_floor (qualified[i % nqualified])) }
static void name_qualified (unsigned long n) { LOOP (sink += (uintptr_t) p_name (qualified[i % nqualified])) }
static void lang_qualified (unsigned long n) { LOOP (sink += (uintptr_t) p_lang (qualified[i % nqualified], hot_lang)) }
static void floor_addon_bare (unsigned long n) { LOOP (sink += (uintptr_t) p_floor (addon_bare[i % naddon_bare])) }
static void name_addon_bare (unsigned long n) { LOOP (sink += (uintptr_t) p_name (addon_bare[i % naddon_bare])) }
static void name_shared_bare (unsigned long n) { LOOP (sink += (uintptr_t) p_name (shared_bare[i % nshared_bare])) }
static void strerror_hot (unsigned long n) { LOOP (sink += (uintptr_t) p_strerror (hot_status)) }
static void strerror_cycle (unsigned long n) { LOOP (sink += (uintptr_t) p_strerror (appendix[i % nappendix])) }
static void strerror_l_hot (unsigned long n) { LOOP (sink += (uintptr_t) p_strerror_l (hot_status, loc_sv)) }
static void strerror_r_hot (unsigned long n)
{
  char buf[NXS_STRERROR_MAX];
  LOOP (sink += (uintptr_t) p_strerror_r (hot_status, buf, sizeof buf))
}
static void dgettext_hot (unsigned long n) { LOOP (sink += (uintptr_t) p_dgettext (PACKAGE, hot_msgid)) }
static unsigned char *pack_data;
static size_t pack_size;
static nxs_pack pack_indexed, pack_bare;
static unsigned char pack_index[NXS_PACK_INDEX_MAX];
static const char *(*volatile p_pack) (unsigned int, const nxs_pack *)
  = nxs_strerror_pack;
static void pack_cycle (unsigned long n) { LOOP (sink += (uintptr_t) p_pack (appendix[i % nappendix], &pack_indexed)) }
static void pack_bare_cycle (unsigned long n) { LOOP (sink += (uintptr_t) p_pack (appendix[i % nappendix], &pack_bare)) }
static void pack_open_index (unsigned long n) { LOOP (sink += (uintptr_t) nxs_pack_open (&pack_indexed, pack_data, pack_size, pack_index, sizeof pack_index)) }
static void pack_open_bare (unsigned long n) { LOOP (sink += (uintptr_t) nxs_pack_open (&pack_bare, pack_data, pack_size, NULL, 0)) }
static void dgettext_cycle (unsigned long n) { LOOP (sink += (uintptr_t) p_dgettext (PACKAGE, appendix_msgids[i % nappendix])) }
static void glibc_hot (unsigned long n) { LOOP (sink += (uintptr_t) p_glibc (hot_errno)) }
static void glibc_l_hot (unsigned long n) { LOOP (sink += (uintptr_t) p_glibc_l (hot_errno, loc_sv)) }
#if HAVE_GPG_ERROR
static volatile gpg_error_t hot_gpg = GPG_ERR_BAD_CERT;
static void gpg_hot (unsigned long n) { LOOP (sink += (uintptr_t) p_gpg (hot_gpg)) }
#endif
#if HAVE_GNUTLS
static volatile int hot_gnutls = GNUTLS_E_CERTIFICATE_ERROR;
static void gnutls_hot (unsigned long n) { LOOP (sink += (uintptr_t) p_gnutls (hot_gnutls)) }
#endif
static void from_name_found (unsigned long n)
{
  unsigned int v;
  LOOP (sink += (uintptr_t) p_from_name (names[i % ncodes], &v))
}
static void from_name_missing (unsigned long n)
{
  unsigned int v;
  LOOP (sink += (uintptr_t) p_from_name ("NX_SECURE_TLS_NO_SUCH_STATUS", &v))
}

/* Scaling: nxs_name over the statuses of one family only.  */
static unsigned int family_codes[MAX_CODES];
static size_t nfamily;
static void name_family (unsigned long n) { LOOP (sink += (uintptr_t) p_name (family_codes[i % nfamily])) }

/* --- setup and report ------------------------------------------------ */

static void
use_language (const char *lang)
{
  if (lang != NULL)
    setenv ("LANGUAGE", lang, 1);
  else
    unsetenv ("LANGUAGE");
  /* Set again, as gettext wants after LANGUAGE changes.  */
  setlocale (LC_ALL, "C");
  setlocale (LC_ALL, "C.UTF-8");
}

/* The appendix's values from its fixture, else every TLS and X.509
   primary value.  */
static void
read_appendix (const char *path)
{
  FILE *fp = path != NULL ? fopen (path, "r") : NULL;
  char line[1024];
  while (fp != NULL && fgets (line, sizeof line, fp) != NULL
         && nappendix < sizeof appendix / sizeof appendix[0])
    {
      /* The appendix's success rows are aliases of 0: left out.  */
      char *tab = strchr (line, '\t');
      unsigned int v;
      if (line[0] == '#' || tab == NULL || sscanf (tab + 1, "%x", &v) != 1)
        continue;
      *tab = '\0';
      if (nxs_name (v) != NULL && strcmp (nxs_name (v), line) == 0)
        appendix[nappendix++] = v;
    }
  if (fp != NULL)
    fclose (fp);
  for (size_t i = 0; nappendix == 0 && i < ncodes; i++)
    if (nxs_family_of (codes[i]) == NXS_FAMILY_TLS
        || nxs_family_of (codes[i]) == NXS_FAMILY_X509)
      appendix[nappendix++] = codes[i];
}

static void
print_table (FILE *csv)
{
  printf ("%-22s %-46s %9s %8s\n", "job", "function", "ns/call", "ratio");
  if (csv != NULL)
    fprintf (csv, "job,function,ns_per_call,ratio_to_first,note\n");
  for (size_t i = 0; i < nrows; i++)
    {
      double ref = -1;
      for (size_t j = 0; j < nrows && ref < 0; j++)
        if (strcmp (rows[j].job, rows[i].job) == 0 && rows[j].ns >= 0)
          ref = rows[j].ns;
      if (rows[i].ns < 0)
        {
          printf ("%-22s %-46s %9s %8s  (%s)\n", rows[i].job, rows[i].what,
                  "-", "-", rows[i].note);
          if (csv != NULL)
            fprintf (csv, "%s,%s,,,%s\n", rows[i].job, rows[i].what,
                     rows[i].note);
          continue;
        }
      printf ("%-22s %-46s %9.2f %8.2f\n", rows[i].job, rows[i].what,
              rows[i].ns, rows[i].ns / ref);
      if (csv != NULL)
        fprintf (csv, "%s,%s,%.3f,%.3f,\n", rows[i].job, rows[i].what,
                 rows[i].ns, rows[i].ns / ref);
    }
}

int
main (int argc, char **argv)
{
  FILE *csv = NULL;
  const char *appendix_path = NULL;
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--csv") == 0 && i + 1 < argc)
      csv = fopen (argv[++i], "w");
    else if (strcmp (argv[i], "--quick") == 0)
      batch_calls = 2000;
    else
      appendix_path = argv[i];

  setlocale (LC_ALL, "C.UTF-8");
  /* A bare dgettext reads the same catalogs as the library.  */
  bindtextdomain (PACKAGE, nxs_localedir ());
  loc_sv = newlocale (LC_ALL_MASK, "sv_SE.UTF-8", (locale_t) 0);
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0 && ncodes < MAX_CODES; i++)
    if (e.primary)
      {
        unsigned int in = NXS_IN (e.family, e.value);
        codes[ncodes] = e.family <= NXS_FAMILY_CRYPTO ? e.value : in;
        msgids[ncodes] = e.description;
        names[ncodes++] = e.name;
        qualified[nqualified++] = in;
        if (e.family <= NXS_FAMILY_CRYPTO)
          core_codes[ncore++] = e.value;
        else if (nxs_family_of (e.value) == e.family)
          addon_bare[naddon_bare++] = e.value;
        else if (nxs_name (e.value) == NULL)
          shared_bare[nshared_bare++] = e.value;
      }
  read_appendix (appendix_path);
  for (size_t i = 0; i < nappendix; i++)
    appendix_msgids[i] = nxs_description (appendix[i]);
  hot_msgid = nxs_description (hot_status);
  for (size_t i = 0; i < sizeof floor_table / sizeof floor_table[0]; i++)
    floor_table[i] = nxs_strerror_lang (0x100 + (unsigned int) i, "sv");

  /* Swedish, everything asked for in it: the built-in catalog against
     the peers' gettext catalogs, and the floor.  */
  use_language ("sv");
  add ("sv hot", "floor: array index (0x10C)", floor_hot);
  add ("sv hot", "nxs_strerror_lang (0x10C, \"sv\")", lang_hot);
  add ("sv hot", "nxs_strerror_lang (0x10C, Accept-Language)", lang_region);
  add ("sv hot", "nxs_strerror (0x10C), installed catalog", strerror_hot);
  add ("sv hot", "nxs_strerror_r (0x10C)", strerror_r_hot);
  add ("sv hot", "dgettext (same msgid)", dgettext_hot);
#if HAVE_GPG_ERROR
  add ("sv hot", "gpg_strerror (GPG_ERR_BAD_CERT)", gpg_hot);
#else
  skip ("sv hot", "gpg_strerror", "libgpg-error-dev not found");
#endif
#if HAVE_GNUTLS
  add ("sv hot", "gnutls_strerror (CERTIFICATE_ERROR)", gnutls_hot);
#else
  skip ("sv hot", "gnutls_strerror", "libgnutls28-dev not found");
#endif
  add ("sv hot", "strerror (EACCES)", glibc_hot);

  /* The gettext path against gettext itself: the same catalog, msgids
     and binding, hot and cycling.  */
  add_pair ("gettext hot", "dgettext (0x10C's msgid)", dgettext_hot,
            "nxs_strerror (0x10C)", strerror_hot);
  add_pair ("gettext cycle appendix", "dgettext (each value's msgid)",
            dgettext_cycle, "nxs_strerror (value)", strerror_cycle);

  /* A language pack: the installed Swedish catalog, as a device would
     hold it in memory.  */
  char pack_path[4096];
  snprintf (pack_path, sizeof pack_path, "%s/sv/LC_MESSAGES/" PACKAGE ".mo",
            nxs_localedir ());
  FILE *fp = fopen (pack_path, "rb");
  if (fp != NULL && (pack_data = malloc (1 << 24)) != NULL)
    pack_size = fread (pack_data, 1, 1 << 24, fp);
  if (fp != NULL)
    fclose (fp);
  if (pack_size > 0
      && nxs_pack_open (&pack_indexed, pack_data, pack_size, pack_index,
                        sizeof pack_index) == 0
      && nxs_pack_open (&pack_bare, pack_data, pack_size, NULL, 0) == 0)
    {
      add_pair ("pack cycle appendix", "nxs_strerror_lang (value, \"sv\")",
                lang_cycle, "nxs_strerror_pack (value), index", pack_cycle);
      add ("pack cycle appendix", "nxs_strerror_pack (value), no index",
           pack_bare_cycle);
      add_slow ("pack open", "nxs_pack_open (sv, no index)", pack_open_bare);
      add_slow ("pack open", "nxs_pack_open (sv, index)", pack_open_index);
    }
  else
    skip ("pack cycle appendix", "nxs_strerror_pack", "no sv catalog");

  add ("sv cycle appendix", "floor: array index", floor_cycle);
  add ("sv cycle appendix", "nxs_strerror_lang (value, \"sv\")", lang_cycle);
  add ("sv cycle appendix", "nxs_strerror (value), installed catalog",
       strerror_cycle);

  if (loc_sv != (locale_t) 0)
    {
      use_language (NULL);
      add ("sv locale_t", "strerror_l (EACCES, sv_SE)", glibc_l_hot);
      add ("sv locale_t", "nxs_strerror_l (0x10C, sv_SE)", strerror_l_hot);
    }
  else
    skip ("sv locale_t", "nxs_strerror_l", "no sv_SE.UTF-8 (set LOCPATH)");

  /* Untranslated queries.  */
  use_language (NULL);
  add ("names cycle appendix", "floor: array index", floor_cycle);
  add ("names cycle appendix", "nxs_name", name_cycle);
  add ("names cycle appendix", "nxs_description", description_cycle);
  add ("names cycle all", "floor: array index", floor_all);
  add ("names cycle all", "nxs_name (every primary entry)", name_all);
  static char what[6][80];
  snprintf (what[0], sizeof what[0], "nxs_name (core, bare, %zu values)",
            ncore);
  add ("names core bare", "floor: array index", floor_core);
  add ("names core bare", what[0], name_core);
  snprintf (what[1], sizeof what[1], "nxs_name (NXS_IN, %zu entries)",
            nqualified);
  snprintf (what[2], sizeof what[2], "nxs_strerror_lang (NXS_IN, \"sv\")");
  add ("names with family", "floor: array index", floor_qualified);
  add ("names with family", what[1], name_qualified);
  add ("names with family", what[2], lang_qualified);
  snprintf (what[3], sizeof what[3],
            "nxs_name (one add-on's, bare, %zu values)", naddon_bare);
  snprintf (what[4], sizeof what[4],
            "nxs_name (several add-ons', bare, %zu values)", nshared_bare);
  add ("names add-on bare", "floor: array index", floor_addon_bare);
  add ("names add-on bare", what[3], name_addon_bare);
  if (nshared_bare > 0)
    add ("names add-on bare", what[4], name_shared_bare);

  add ("by name", "nxs_from_name (found)", from_name_found);
  add ("by name", "nxs_from_name (not found)", from_name_missing);

  static char labels[64][64];
  for (size_t f = 1; f <= nxs_family_count () && f < 64; f++)
    {
      nfamily = 0;
      for (size_t i = 0; i < nqualified; i++)
        if (NXS_FAMILY_PART (qualified[i]) == f)
          family_codes[nfamily++] = qualified[i];
      if (nfamily == 0)
        continue;
      snprintf (labels[f], sizeof labels[f], "nxs_name (%s, %zu values)",
                nxs_family_name ((nxs_family) f), nfamily);
      add ("scaling", labels[f], name_family);
    }

  print_table (csv);
  if (csv != NULL)
    fclose (csv);
  return 0;
}
