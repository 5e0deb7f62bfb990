/* fuzz_pack.c - libFuzzer harness: language packs of any bytes.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Each input is opened as a pack, without an index and with one: both
   give the same answer.  A pack that opens is asked for every entry
   and a few other messages, and every text it gives must lie inside
   the input and be shown text (UTF-8, no control character), or be the
   English one.  Then, differentially, glibc's gettext reads the same
   bytes installed as a catalog, in a child process with a time limit:
   it must not fault or hang, and must find the text the pack gives.

   A crash, a hang or a wrong answer aborts this process.  */

#include <config.h>

#include <errno.h>
#include <libintl.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mo.h"
#include "nxstatus.h"
#include "scratch_locale.h"
#include "utf8.h"

#define DOMAIN "fuzzpack"
#define UNKNOWN 0xFFFFFFFFu

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char dir[] = "/tmp/nxs-fuzz-pack.XXXXXX";
static char path[256];
static unsigned long inputs, opened;

/* The figures that tell whether the lookups and glibc ran at all.  */
__attribute__ ((destructor)) static void
report (void)
{
  fprintf (stderr, "fuzz_pack: %lu inputs, %lu packs opened and read by "
           "glibc\n", inputs, opened);
  if (dir[sizeof dir - 2] != 'X')
    {
      char cmd[128];
      snprintf (cmd, sizeof cmd, "rm -rf '%s'", dir);
      if (system (cmd) != 0)
        fprintf (stderr, "could not remove %s\n", dir);
    }
}

static void
wrong (const char *what, size_t i)
{
  fprintf (stderr, "fuzz_pack: %s (%zu)\n", what, i);
  abort ();
}

/* 1 if the string S lies, NUL and all, in the SIZE bytes at DATA.  */
static int
inside (const char *s, const unsigned char *data, size_t size)
{
  uintptr_t p = (uintptr_t) s, d = (uintptr_t) data;
  return p >= d && p < d + size && memchr (s, '\0', d + size - p) != NULL;
}

/* Messages of no entry, for nxs_pack_gettext.  */
static const char *const others[] = {
  "Name", "Unknown NetX status value", "x", "\xFF\xFE", "Menu",
  "An incoming server certificate could not be parsed."
};

/* The text of each entry (and the unknown sentence) from the pack, or
   NULL where it is English: for glibc to match.  */
static const char *texts[NXS_PACK_INDEX_MAX / NXS_PACK_INDEX_ENTRY];
static const char *english[NXS_PACK_INDEX_MAX / NXS_PACK_INDEX_ENTRY];

/* Every lookup of PACK and INDEXED, open on the SIZE bytes at DATA.  */
static void
look_up (const nxs_pack *pack, const nxs_pack *indexed,
         const unsigned char *data, size_t size)
{
  size_t n = nxs_entry_count (), translated = 0;
  for (size_t i = 0; i <= n; i++)
    {
      const char *text, *en;
      if (i < n)
        {
          nxs_entry e, x;
          if (nxs_entry_get_pack (i, pack, &e) != 0
              || nxs_entry_get_pack (i, indexed, &x) != 0 || x.text != e.text)
            wrong ("nxs_entry_get_pack", i);
          unsigned int status = NXS_IN (e.family, e.value);
          if (e.primary && nxs_strerror_pack (status, pack) != e.text)
            wrong ("nxs_strerror_pack", i);
          text = e.text;
          en = e.description;
        }
      else
        {
          text = nxs_strerror_pack (UNKNOWN, pack);
          if (nxs_strerror_pack (UNKNOWN, indexed) != text)
            wrong ("nxs_strerror_pack with an index", i);
          en = nxs_strerror_pack (UNKNOWN, NULL);
        }
      int why = nxs_pack_check (pack, i);
      if (nxs_pack_check (indexed, i) != why)
        wrong ("nxs_pack_check with an index", i);
      if (why == 0)
        {
          if (!inside (text, data, size) || !nxsi_utf8_shown (text, 0))
            wrong ("a text outside the pack or not shown", i);
          translated += i < n;
        }
      else if (text != en || (why != ENOENT && why != EILSEQ
                              && why != EBADMSG))
        wrong ("English expected", i);
      texts[i] = why == 0 ? text : NULL;
      english[i] = en;
    }
  if (nxs_pack_check (pack, n + 1) != ERANGE
      || nxs_pack_translated (pack) != translated || translated == 0
      || nxs_pack_translated (indexed) != translated)
    wrong ("nxs_pack_translated", translated);
  const char *lang = nxs_pack_language (pack);
  if (strlen (lang) >= 16 || strcmp (lang, nxs_pack_language (indexed)) != 0
      || strspn (lang, "abcdefghijklmnopqrstuvwxyz"
                 "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@.-") != strlen (lang))
    wrong ("nxs_pack_language", 0);

  /* The _r form: the same text, cut between characters.  */
  static const unsigned int statuses[] = { 0x10C, 0x38, UNKNOWN };
  for (size_t s = 0; s < sizeof statuses / sizeof statuses[0]; s++)
    for (size_t len = 1; len <= NXS_STRERROR_MAX; len += len < 16 ? 1 : 61)
      {
        char buf[NXS_STRERROR_MAX];
        int r = nxs_strerror_pack_r (statuses[s], indexed, buf, len);
        const char *t = nxs_strerror_pack (statuses[s], pack);
        if (memchr (buf, '\0', len) == NULL
            || (r == 0 && strcmp (buf, t) != 0)
            || (r == ERANGE && strncmp (buf, t, strlen (buf)) != 0)
            || (r != 0 && r != ERANGE && r != EINVAL)
            || (buf[0] != '\0' && !nxsi_utf8_shown (buf, 0)))
          wrong ("nxs_strerror_pack_r", len);
      }

  for (size_t k = 0; k < sizeof others / sizeof others[0]; k++)
    {
      const char *t = nxs_pack_gettext (pack, others[k]);
      if (t != nxs_pack_gettext (indexed, others[k])
          || (t != others[k]
              && (!inside (t, data, size) || !nxsi_utf8_shown (t, 1))))
        wrong ("nxs_pack_gettext", k);
    }
}

/* In the child: glibc alone reads the catalog; every text the pack
   gave, glibc gives too.  */
static int
through_glibc (const unsigned char *data, size_t size)
{
  setlocale (LC_ALL, "C.UTF-8");
  setenv ("LANGUAGE", "eo", 1);
  bindtextdomain (DOMAIN, dir);
  struct nxsi_mo mo;
  if (nxsi_mo_check (data, size, &mo) != 0)
    return 1;
  volatile size_t sink = 0;
  for (uint32_t i = 0; i < mo.n && i < 1024; i++)
    sink += strlen (dgettext (DOMAIN, nxsi_mo_original (&mo, i)));
  for (size_t k = 0; k < sizeof others / sizeof others[0]; k++)
    sink += strlen (dgettext (DOMAIN, others[k]));
  (void) sink;
  for (size_t i = 0; i <= nxs_entry_count (); i++)
    if (texts[i] != NULL && strcmp (dgettext (DOMAIN, english[i]), texts[i]))
      {
        fprintf (stderr, "fuzz_pack: glibc gives '%s' for '%s', the pack "
                 "'%s'\n", dgettext (DOMAIN, english[i]), english[i],
                 texts[i]);
        return 1;
      }
  return 0;
}

static void
in_child (const unsigned char *data, size_t size)
{
  pid_t pid = fork ();
  if (pid < 0)
    abort ();
  if (pid == 0)
    {
      alarm (10);
      _exit (through_glibc (data, size));
    }
  int status;
  if (waitpid (pid, &status, 0) != pid || !WIFEXITED (status)
      || WEXITSTATUS (status) != 0)
    {
      fprintf (stderr, "glibc failed on a pack that opens: status %d\n",
               status);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static int ready;
  if (!ready)
    {
      scratch_locale (dir, DOMAIN, path, sizeof path);
      ready = 1;
    }
  inputs++;

  /* A copy of exactly SIZE bytes, so any read past the end is caught.  */
  unsigned char *copy = malloc (size > 0 ? size : 1);
  if (copy == NULL)
    return 0;
  memcpy (copy, data, size);
  static unsigned char index[NXS_PACK_INDEX_MAX + 1];
  nxs_pack pack, indexed;
  int r = nxs_pack_open (&pack, copy, size, NULL, 0);
  /* At an odd address: an index may have any alignment.  */
  int ri = nxs_pack_open (&indexed, copy, size, index + 1,
                          nxs_pack_index_size ());
  if (r != ri || (r != 0 && r != EINVAL && r != EILSEQ && r != ENOMSG))
    wrong ("nxs_pack_open", (size_t) r);
  if (r != 0)
    {
      /* Closed: English, nothing else.  */
      if (nxs_pack_language (&pack)[0] != '\0'
          || nxs_pack_translated (&pack) != 0
          || nxs_strerror_pack (0x10C, &pack) != nxs_description (0x10C)
          || nxs_pack_check (&indexed, 0) != EINVAL)
        wrong ("a pack left open", (size_t) r);
      free (copy);
      return 0;
    }
  look_up (&pack, &indexed, copy, size);

  FILE *fp = fopen (path, "wb");
  if (fp == NULL || fwrite (data, 1, size, fp) != size || fclose (fp) != 0)
    abort ();
  opened++;
  in_child (copy, size);
  free (copy);
  return 0;
}
