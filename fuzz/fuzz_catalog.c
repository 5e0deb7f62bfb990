/* fuzz_catalog.c - libFuzzer harness: .mo catalogs of any bytes.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Whatever the library accepts (nxsi_catalog_check), two readers must
   read without fault or hang: the library's own (here, under the
   sanitizers), and glibc's gettext, in a child process with a time
   limit, since gettext keeps a catalog loaded for life.  A crash, a
   hang or a wrong exit of the child aborts this process.  */

#include <config.h>

#include <libintl.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "catalogs.h"
#include "mo.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char dir[] = "/tmp/nxs-fuzz.XXXXXX";
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

/* Install the catalog as DIR/xx/LC_MESSAGES/fuzz.mo and let glibc look
   up every original string of it and a few others, in a child.  */
static void
glibc_reads (const unsigned char *data, size_t size, const struct nxsi_mo *mo)
{
  static int ready;
  char path[256];
  if (!ready)
    {
      if (mkdtemp (dir) == NULL)
        abort ();
      snprintf (path, sizeof path, "%s/xx", dir);
      mkdir (path, 0700);
      snprintf (path, sizeof path, "%s/xx/LC_MESSAGES", dir);
      mkdir (path, 0700);
      ready = 1;
    }
  snprintf (path, sizeof path, "%s/xx/LC_MESSAGES/fuzz.mo", dir);
  FILE *fp = fopen (path, "wb");
  if (fp == NULL || fwrite (data, 1, size, fp) != size || fclose (fp) != 0)
    abort ();

  accepted++;
  pid_t pid = fork ();
  if (pid < 0)
    abort ();
  if (pid == 0)
    {
      alarm (10);
      setlocale (LC_ALL, "C.UTF-8");
      setenv ("LANGUAGE", "xx", 1);
      bindtextdomain ("fuzz", dir);
      volatile size_t sink = 0;
      static const char *const others[] = {
        "", "Name", "Unknown NetX status value", "x", "\xFF\xFE",
        "Reserved: an incoming server certificate that could not be parsed; "
        "NetX Secure does not return it (a certificate that cannot be parsed "
        "gives an NX_SECURE_X509 status)."
      };
      for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        sink += strlen (dgettext ("fuzz", others[i]));
      for (uint32_t i = 0; i < mo->n && i < 256; i++)
        sink += strlen (dgettext ("fuzz", nxsi_mo_original (mo, i)));
      (void) sink;
      _exit (0);
    }
  int status;
  if (waitpid (pid, &status, 0) != pid || !WIFEXITED (status)
      || WEXITSTATUS (status) != 0)
    {
      fprintf (stderr, "glibc failed on a catalog the library accepts: "
               "status %d\n", status);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* A copy of exactly SIZE bytes, so any read past the end is caught.  */
  unsigned char *copy = malloc (size > 0 ? size : 1);
  if (copy == NULL)
    return 0;
  memcpy (copy, data, size);
  struct nxsi_mo mo;
  if (nxsi_catalog_check (copy, size, &mo) == 0)
    {
      /* The library's reader: every string, every lookup.  */
      volatile size_t sink = 0;
      for (uint32_t i = 0; i < mo.n; i++)
        {
          const char *orig = nxsi_mo_original (&mo, i);
          sink += strlen (orig) + strlen (nxsi_mo_translation (&mo, i));
          sink += (size_t) nxsi_mo_find (&mo, orig);
        }
      sink += (size_t) nxsi_mo_find (&mo, "Name");
      (void) sink;
      glibc_reads (copy, size, &mo);
    }
  free (copy);
  return 0;
}
