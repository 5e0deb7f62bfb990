/* fuzz_catalog.c - libFuzzer harness: .mo catalogs of any bytes.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Each input is installed as the Esperanto catalog of the domain and
   used, in a child process with a time limit (gettext keeps a catalog
   for life), two ways:

   - through the library: every description and every message of the
     catalog.  A catalog the check refuses must never reach gettext (it
     is not in the child's memory map afterwards) and gives English; one
     it accepts gives only text the library shows.
   - differentially, if the check accepts it: glibc's gettext alone,
     asked for every original string of the catalog, must read it
     without fault or hang.

   A crash, a hang or a wrong answer aborts this process.  */

#include <config.h>

#include <libintl.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "guard.h"
#include "mo.h"
#include "nxstatus.h"
#include "scratch_locale.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char dir[] = "/tmp/nxs-fuzz.XXXXXX";
static char path[256];
static unsigned long accepted;          /* inputs glibc was given */

/* The figure that tells whether the differential part ran at all.  */
__attribute__ ((destructor)) static void
report (void)
{
  fprintf (stderr, "fuzz_catalog: %lu accepted catalogs read by glibc\n",
           accepted);
  if (dir[sizeof dir - 2] != 'X')
    {
      char cmd[128];
      snprintf (cmd, sizeof cmd, "rm -rf '%s'", dir);
      if (system (cmd) != 0)
        fprintf (stderr, "could not remove %s\n", dir);
    }
}

/* 1 if the catalog file is mapped into this process: gettext opened
   it.  */
static int
mapped (void)
{
  FILE *fp = fopen ("/proc/self/maps", "r");
  char line[512];
  int found = 0;
  while (fp != NULL && fgets (line, sizeof line, fp) != NULL)
    found |= strstr (line, path) != NULL;
  if (fp != NULL)
    fclose (fp);
  return found;
}

/* In the child: the library's answers for the catalog; 0 if right.  */
static int
through_library (int acceptable, const struct nxsi_mo *mo)
{
  setlocale (LC_ALL, "C.UTF-8");
  setenv ("LANGUAGE", "eo", 1);
  if (nxs_bind_localedir (dir) != 0)
    return 1;
  nxs_entry e;
  for (size_t i = 0; nxs_entry_get (i, &e) == 0; i++)
    if (acceptable ? !nxsi_utf8_shown (e.text, 0)
                   : strcmp (e.text, e.description) != 0)
      return 1;
  if (!acceptable)
    return mapped () || strcmp (nxs_gettext ("Name"), "Name") != 0;
  for (uint32_t i = 0; i < mo->n && i < 256; i++)
    {
      const char *orig = nxsi_mo_original (mo, i);
      const char *text = nxs_gettext (orig);
      if (text != orig && !nxsi_utf8_shown (text, 1))
        return 1;
    }
  return 0;
}

/* In the child: glibc alone, every original of the catalog.  */
static void
through_glibc (const struct nxsi_mo *mo)
{
  setlocale (LC_ALL, "C.UTF-8");
  setenv ("LANGUAGE", "eo", 1);
  bindtextdomain (PACKAGE, dir);
  volatile size_t sink = 0;
  static const char *const others[] = {
    "", "Name", "Unknown NetX status value", "x", "\xFF\xFE",
    "Reserved: an unparsable server certificate; NetX Secure does not "
    "return it (an NX_SECURE_X509 status instead)."
  };
  for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
    sink += strlen (dgettext (PACKAGE, others[i]));
  for (uint32_t i = 0; i < mo->n && i < 256; i++)
    sink += strlen (dgettext (PACKAGE, nxsi_mo_original (mo, i)));
  (void) sink;
}

/* Run FN's part in a child; abort on a crash, a hang or exit 1.  */
static void
in_child (int glibc, int acceptable, const struct nxsi_mo *mo)
{
  pid_t pid = fork ();
  if (pid < 0)
    abort ();
  if (pid == 0)
    {
      alarm (10);
      if (glibc)
        through_glibc (mo);
      _exit (glibc ? 0 : through_library (acceptable, mo));
    }
  int status;
  if (waitpid (pid, &status, 0) != pid || !WIFEXITED (status)
      || WEXITSTATUS (status) != 0)
    {
      fprintf (stderr, "%s failed on a catalog the check %s: status %d\n",
               glibc ? "glibc" : "the library",
               acceptable ? "accepts" : "refuses", status);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static int ready;
  if (!ready)
    {
      scratch_locale (dir, PACKAGE, path, sizeof path);
      ready = 1;
    }
  FILE *fp = fopen (path, "wb");
  if (fp == NULL || fwrite (data, 1, size, fp) != size || fclose (fp) != 0)
    abort ();

  /* A copy of exactly SIZE bytes, so any read past the end is caught.  */
  unsigned char *copy = malloc (size > 0 ? size : 1);
  if (copy == NULL)
    return 0;
  memcpy (copy, data, size);
  struct nxsi_mo mo;
  int acceptable = size <= NXSI_MO_MAX_SIZE
                   && nxsi_catalog_acceptable (copy, size, &mo);
  if (acceptable)
    {
      /* The lookups the check relies on, under the sanitizers here.  */
      volatile size_t sink = 0;
      for (uint32_t i = 0; i < mo.n; i++)
        {
          const char *orig = nxsi_mo_original (&mo, i);
          sink += strlen (orig) + strlen (nxsi_mo_translation (&mo, i));
          sink += (size_t) nxsi_mo_lookup (&mo, orig);
        }
      (void) sink;
      accepted++;
      in_child (1, 1, &mo);
    }
  in_child (0, acceptable, &mo);
  free (copy);
  return 0;
}
