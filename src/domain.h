/* domain.h - binding of the "nxstatus" text domain.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_DOMAIN_H
#define NXS_DOMAIN_H 1

/* The catalog directory to bind: ENV_VALUE (the value of
   NXSTATUS_LOCALEDIR as secure_getenv returns it) when set and not
   empty, else FALLBACK.  */
const char *nxsi_pick_localedir (const char *env_value,
                                 const char *fallback);

/* MSGID translated for the calling thread's locale; binds the domain on
   first use and leaves errno as it was.  */
const char *nxsi_translate (const char *msgid);

#endif /* NXS_DOMAIN_H */
