/* localedir.h - the directory the catalogs are read from.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_LOCALEDIR_H
#define NXS_LOCALEDIR_H 1

/* Longest catalog directory accepted, in bytes; room is left below
   PATH_MAX for "/LANG/LC_MESSAGES/nxstatus.mo".  */
#define NXSI_LOCALEDIR_MAX 3840

/* A catalog directory: an absolute path, kept for the life of the
   process, one object per distinct path.  */
struct nxsi_dir
{
  struct nxsi_dir *next;
  const char *path;
};

/* The directory bound now.  The first call binds the default one (see
   nxstatus.h).  Never NULL.  */
const struct nxsi_dir *nxsi_dir_now (void);

/* The catalog directory to bind: ENV_VALUE (NXSTATUS_LOCALEDIR) when
   it is set and not empty and the process is not PRIVILEGED (set-user-ID
   or set-group-ID), else FALLBACK.  */
const char *nxsi_pick_localedir (const char *env_value, int privileged,
                                 const char *fallback);

/* Nonzero if the process runs with privileges its user did not give
   it: set-user-ID, set-group-ID or file capabilities.  */
int nxsi_privileged (void);

/* The lock of the hosted code, held while a directory is bound and
   while a catalog is read or converted.  A fork never happens while it
   is held.  */
void nxsi_nls_lock (void);
void nxsi_nls_unlock (void);

#endif /* NXS_LOCALEDIR_H */
