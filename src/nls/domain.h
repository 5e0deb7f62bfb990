/* domain.h - binding of the "nxstatus" text domain.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_DOMAIN_H
#define NXS_DOMAIN_H 1

/* The catalog directory to bind: ENV_VALUE (NXSTATUS_LOCALEDIR) when
   it is set and not empty and the process is not PRIVILEGED (set-user-ID
   or set-group-ID), else FALLBACK.  */
const char *nxsi_pick_localedir (const char *env_value, int privileged,
                                 const char *fallback);

/* Nonzero if the process runs with privileges its user did not give
   it: set-user-ID, set-group-ID or file capabilities.  */
int nxsi_privileged (void);

/* MSGID translated for the calling thread's locale; binds the domain on
   first use and leaves errno as it was.  */
const char *nxsi_translate (const char *msgid);

#endif /* NXS_DOMAIN_H */
