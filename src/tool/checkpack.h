/* checkpack.h - what a device maker must know of a language pack
   before shipping it (--check-pack).

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_CHECKPACK_H
#define NXS_CHECKPACK_H 1

#include <stdio.h>

#include "nxstatus.h"
#include "output.h"

/* Write to FP, in FORMAT (text or JSON), the report on PACK, open,
   read from FILE: its language; the entries it translates, of all and
   of each family; the translations it holds that the library refuses,
   and why; whether it translates the unknown-value sentence; its
   longest text as nxs_strerror_pack_r writes it, against
   NXS_STRERROR_MAX, and those that do not fit; and the characters its
   texts need, as --glyphs prints them.  Text is in the locale's
   charset but the characters, UTF-8 on the last line.  */
void check_pack_report (FILE *fp, const nxs_pack *pack, const char *file,
                        enum output_format format);

/* For FILE, which nxs_pack_open refused with ERROR: in JSON, write the
   report that says so to FP; other formats write nothing (the error is
   named on stderr).  */
void check_pack_refused (FILE *fp, const char *file, int error,
                         enum output_format format);

#endif /* NXS_CHECKPACK_H */
