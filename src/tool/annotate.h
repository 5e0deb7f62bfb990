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
   comes.  Return 0, or -1 if reading failed (errno says why).  */
int annotate (int fd, FILE *out, nxs_family family);

#endif /* NXS_ANNOTATE_H */
