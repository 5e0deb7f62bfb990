/* testutil.h - helpers shared by the Check suites.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_TESTUTIL_H
#define NXS_TESTUTIL_H 1

#include <check.h>
#include <locale.h>
#include <stddef.h>
#include <stdint.h>

#include "nxstatus.h"

/* One row of the appendix fixture (appendix.tsv).  */
struct appendix_row
{
  char name[64];
  char value_text[16];          /* as the appendix prints it: "0x10C" */
  unsigned int value;
  char table[8];                /* "tls" or "x509" */
  char swedish[512];
};

#define APPENDIX_ROWS 93

/* The description of 0x10C in Swedish (the appendix's) and English.  */
extern const char sv_10c[];
extern const char en_10c[];

/* Read the fixture from $srcdir into ROWS (room for MAX); return the
   number of rows.  Any trouble fails the calling test.  */
size_t read_appendix (struct appendix_row *rows, size_t max);

/* Switch this process to untranslated text: C.UTF-8, no LANGUAGE.  */
void use_english (void);

/* Switch this process to LANG through LANGUAGE in the C.UTF-8 locale, as
   glibc ignores LANGUAGE in plain C; the locale is set again, so that
   gettext drops what it cached for the former LANGUAGE.  */
void use_language (const char *lang);

/* SWEDISH in a build with NLS; ENGLISH in one without, where every
   text stays English whatever the language asked for.  */
const char *swedish_if_nls (const char *swedish, const char *english);

/* 1 under make check-valgrind (NXS_UNDER_VALGRIND set), where the
   tests that loop or race do fewer rounds.  */
int under_valgrind (void);

/* 1 if S is valid UTF-8, else 0.  */
int valid_utf8 (const char *s);

/* The languages of po/LINGUAS, one per call: LANG is filled with the
   I-th one; return 0 past the last.  */
int shipped_language (size_t i, char *lang, size_t size);

/* xorshift32: the same sequence for the same seed, so a failure
   replays.  */
uint32_t next_random (uint32_t *state);

/* Point LOCPATH at the locales the build made with localedef
   (NXS_TEST_LOCPATH), switch to C.UTF-8 without LANGUAGE, and open
   sv_SE.UTF-8 and C.UTF-8 into *SV and *C.  If the locales are not
   there, print a TAP plan skipping the whole program and return 0.  */
int open_test_locales (locale_t *sv, locale_t *c);

/* The status that resolves to entry E (to its primary, for an alias):
   the bare value in the core families, which any service returns,
   else the value qualified with E's family (NXS_IN).  */
unsigned int entry_status (const nxs_entry *e);

/* Call HANDLER on SIGALRM every 200 microseconds, until stop_alarms:
   to interrupt the calling thread inside the library.  Any trouble
   fails the calling test.  */
void start_alarms (void (*handler) (int));
void stop_alarms (void);

/* Run suite S and return the exit status for automake.  */
int run_suite (Suite *s);

#endif /* NXS_TESTUTIL_H */
