/* localedir.c - the text domain's binding, and the hosted lock.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   gettext's binding of the domain is the only record of where the
   catalogs are: nxs_bind_localedir sets it with bindtextdomain, and a
   program may set it with bindtextdomain too, before or after the
   library's first call; the last one made counts.  The library binds
   its default directory only if nobody has bound the domain before its
   first translation.  A build without NLS only keeps the path, for
   nxs_localedir.  */

#include <config.h>

#include <errno.h>
#if ENABLE_NLS
# include <libintl.h>
#endif
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if HAVE_GETAUXVAL
# include <sys/auxv.h>
#endif

#include "gate.h"
#include "localedir.h"
#include "nxstatus.h"

#define ENV_LOCALEDIR "NXSTATUS_LOCALEDIR"

int
nxsi_privileged (void)
{
#if HAVE_GETAUXVAL
  return getauxval (AT_SECURE) != 0;
#else
  return getuid () != geteuid () || getgid () != getegid ();
#endif
}

const char *
nxsi_pick_localedir (const char *env_value, int privileged,
                     const char *fallback)
{
  /* A privileged program must not let its user point it at crafted
     catalogs.  */
  if (privileged || env_value == NULL || env_value[0] == '\0')
    return fallback;
  return env_value;
}

/* --- the lock ---------------------------------------------------------- */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

/* A child of fork must not inherit a lock held by a thread that is not
   there: take the lock across every fork, and keep every thread out of
   gettext meanwhile, since gettext's own locks are not reset in the
   child.  */
static void
take (void)
{
  pthread_mutex_lock (&lock);
#if ENABLE_NLS
  nxsi_gate_close ();
#endif
}

static void
give (void)
{
#if ENABLE_NLS
  nxsi_gate_open ();
#endif
  pthread_mutex_unlock (&lock);
}

static void
give_in_child (void)
{
#if ENABLE_NLS
  nxsi_gate_forked ();
#endif
  pthread_mutex_unlock (&lock);
}

static void
register_atfork (void)
{
  pthread_atfork (take, give, give_in_child);
}

void
nxsi_nls_lock (void)
{
  pthread_once (&atfork_once, register_atfork);
  pthread_mutex_lock (&lock);
}

void
nxsi_nls_unlock (void)
{
  pthread_mutex_unlock (&lock);
}

/* --- directories ------------------------------------------------------- */

/* Every directory ever bound or read, kept for the process, so that
   nxs_localedir's strings stay valid and settings compare pointers.  */
struct dir
{
  struct dir *next;
  char path[];
};

static struct dir *known;

/* The kept copy of PATH; NULL if memory ran out.  Call with the lock
   held.  */
static const char *
intern (const char *path)
{
  for (struct dir *d = known; d != NULL; d = d->next)
    if (strcmp (d->path, path) == 0)
      return d->path;
  size_t len = strlen (path);
  struct dir *d = malloc (sizeof *d + len + 1);
  if (d == NULL)
    return NULL;
  memcpy (d->path, path, len + 1);
  d->next = known;
  known = d;
  return d->path;
}

/* DIR made absolute against the working directory, into PATH; 0 or an
   errno value.  */
static int
absolute (const char *dir, char path[NXSI_LOCALEDIR_MAX + 1])
{
  if (dir[0] == '\0')
    return EINVAL;
  size_t len = strlen (dir), at = 0;
  if (dir[0] != '/')
    {
      if (getcwd (path, NXSI_LOCALEDIR_MAX + 1) == NULL)
        return errno == ERANGE ? ENAMETOOLONG : errno;
      at = strlen (path);
      if (at > 1)
        path[at++] = '/';
    }
  if (len > NXSI_LOCALEDIR_MAX - at)
    return ENAMETOOLONG;
  memcpy (path + at, dir, len + 1);
  return 0;
}

#if ENABLE_NLS
/* The domain's binding now: gettext's.  */
static const char *
binding (void)
{
  return bindtextdomain (PACKAGE, NULL);
}

/* Bind the domain to PATH; 0, or ENOMEM.  */
static int
rebind (const char *path)
{
  /* No thread may be inside gettext, checked against the old directory,
     when gettext starts reading the new one.  */
  nxsi_gate_close ();
  int result = bindtextdomain (PACKAGE, path) != NULL ? 0 : ENOMEM;
  nxsi_gate_open ();
  return result;
}
#else
static const char *bound;       /* interned; under the lock */

static const char *
binding (void)
{
  return bound;
}

static int
rebind (const char *path)
{
  bound = intern (path);
  return bound != NULL ? 0 : ENOMEM;
}
#endif

const char *
nxsi_bound_dir (void)
{
  char path[NXSI_LOCALEDIR_MAX + 1];
  const char *now = binding ();
  if (now == NULL || absolute (now, path) != 0)
    return NULL;
  return intern (path);
}

/* --- binding ----------------------------------------------------------- */

/* The directory to bind when the caller names none.  */
static const char *
default_dir (void)
{
  /* secure_getenv already hides the variable from a privileged process;
     the explicit check keeps that true where it is missing.  */
#if HAVE_SECURE_GETENV
  const char *env = secure_getenv (ENV_LOCALEDIR);
#else
  const char *env = getenv (ENV_LOCALEDIR);
#endif
  return nxsi_pick_localedir (env, nxsi_privileged (), LOCALEDIR);
}

/* 1 if the program has bound the domain itself.  gettext answers a
   query about an unbound domain with its own default directory, the
   very same string each time: compared with the answer for a domain
   nobody binds (a query binds nothing), not by name, so that a program
   that binds the default directory by name keeps it.  */
static int
bound_by_program (const char *now)
{
#if ENABLE_NLS
  return now != bindtextdomain (PACKAGE " (never bound)", NULL);
#else
  return now != NULL;
#endif
}

static pthread_once_t default_once = PTHREAD_ONCE_INIT;

/* No thread can be on the fast path yet: it needs a setting, and the
   slow path that makes one comes here first.  */
static void
bind_default_once (void)
{
  char path[NXSI_LOCALEDIR_MAX + 1];
  nxsi_nls_lock ();
  if (!bound_by_program (binding ())
      && absolute (default_dir (), path) == 0)
    rebind (path);
  nxsi_nls_unlock ();
}

void
nxsi_bind_default (void)
{
  pthread_once (&default_once, bind_default_once);
}

int
nxs_bind_localedir (const char *dir)
{
  int saved_errno = errno;
  char path[NXSI_LOCALEDIR_MAX + 1];
  /* Bind the default first, so that it cannot override DIR later.  */
  nxsi_bind_default ();
  int result = absolute (dir != NULL ? dir : default_dir (), path);
  if (result == 0)
    {
      nxsi_nls_lock ();
      const char *now = binding ();
      if (intern (path) == NULL)
        result = ENOMEM;
      else if (now == NULL || strcmp (now, path) != 0)
        result = rebind (path);
      nxsi_nls_unlock ();
    }
  errno = saved_errno;
  return result;
}

const char *
nxs_localedir (void)
{
  int saved_errno = errno;
  nxsi_bind_default ();
  nxsi_nls_lock ();
  const char *dir = nxsi_bound_dir ();
  nxsi_nls_unlock ();
  errno = saved_errno;
  return dir != NULL ? dir : LOCALEDIR;
}
