/* text.h - a status's text written into the caller's buffer.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_TEXT_H
#define NXS_TEXT_H 1

#include <stddef.h>

/* The sentence for a value that is no status: the English msgid.  The
   value is not part of it; code appends it where wanted.  */
extern const char nxsi_unknown_msgid[];

/* The length of the longest prefix of S, at most ROOM < strlen (S)
   bytes, that does not split a character.  */
typedef size_t nxsi_fit_fn (const char *s, size_t room);

/* nxsi_fit_fn for UTF-8 text.  */
size_t nxsi_fit_utf8 (const char *s, size_t room);

/* Write TEXT into BUF of BUFLEN bytes as the nxs_strerror_r contract
   says: for an unknown status (KNOWN is 0), TEXT followed by
   " (0xSTATUS)", without a family of this version in STATUS, the value
   kept whole and TEXT shortened if both do not fit; any cut made with
   FIT.  Return 0, ERANGE or EINVAL.  */
int nxsi_write_text (char *buf, size_t buflen, const char *text, int known,
                     unsigned int status, nxsi_fit_fn *fit);

#endif /* NXS_TEXT_H */
