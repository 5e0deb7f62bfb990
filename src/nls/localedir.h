/* localedir.h - the text domain's binding and the hosted lock.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_LOCALEDIR_H
#define NXS_LOCALEDIR_H 1

/* Longest catalog directory accepted, in bytes; room is left below
   PATH_MAX for "/LANG/LC_MESSAGES/nxstatus.mo".  */
#define NXSI_LOCALEDIR_MAX 3840

/* Bind the text domain to the default directory unless the program or
   nxs_bind_localedir bound it already (see nxstatus.h); done once.  */
void nxsi_bind_default (void);

/* The directory gettext reads the domain's catalogs from now, as an
   absolute path (a relative binding is taken against the working
   directory, as gettext takes it), kept for the life of the process:
   one string per distinct path, so pointers compare.  NULL if memory
   ran out or the path is too long.  Call with the hosted lock held.  */
const char *nxsi_bound_dir (void);

/* The catalog directory to bind: ENV_VALUE (NXSTATUS_LOCALEDIR) when
   it is set and not empty and the process is not PRIVILEGED (set-user-ID
   or set-group-ID), else FALLBACK.  */
const char *nxsi_pick_localedir (const char *env_value, int privileged,
                                 const char *fallback);

/* Nonzero if the process runs with privileges its user did not give
   it: set-user-ID, set-group-ID or file capabilities.  */
int nxsi_privileged (void);

/* The lock of the hosted code, held while the domain is bound and while
   a setting is checked or gettext's cache is filled for it.  A fork
   never happens while it is held.  */
void nxsi_nls_lock (void);
void nxsi_nls_unlock (void);

#endif /* NXS_LOCALEDIR_H */
