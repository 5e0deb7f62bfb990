/* annotate.h - a log with its NetX statuses explained.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_ANNOTATE_H
#define NXS_ANNOTATE_H 1

#include <stdio.h>

#include "nxstatus.h"

/* Copy what file descriptor FD holds to OUT, byte for byte, and after
   each token that is a known status name, or a hex value (0x...) known
   in FAMILY (0: unqualified), add " [NAME: description]"; after a hex
   value that add-on families define under different names, without
   FAMILY, add " [one of: NAME (family), ...]".  A token is a
   run of ASCII letters, digits and underscores; decimal numbers are left
   alone.  OUT is flushed after every read, so a line shows as soon as it
   comes.  Return ANNOTATE_OK at the end of the input, ANNOTATE_READ_ERROR
   if reading failed, or ANNOTATE_WRITE_ERROR as soon as a flush of OUT
   fails or OUT has its error indicator set, input left or not (errno
   says why).  */
enum annotate_result
{
  ANNOTATE_OK = 0,
  ANNOTATE_READ_ERROR = -1,
  ANNOTATE_WRITE_ERROR = -2
};
enum annotate_result annotate (int fd, FILE *out, nxs_family family);

#endif /* NXS_ANNOTATE_H */
