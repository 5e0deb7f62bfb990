/* localedir.c - the directory the catalogs are read from.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   A directory is made absolute when it is bound, so a later chdir
   cannot change which files are read.  Binding only switches a
   pointer: catalogs are read and checked when a language first needs
   them (catalogs.c).  */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if HAVE_GETAUXVAL
# include <sys/auxv.h>
#endif

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

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

/* A child of fork must not inherit the lock held by a thread that is
   not there: take it across every fork.  */
static void
take (void)
{
  pthread_mutex_lock (&lock);
}

static void
give (void)
{
  pthread_mutex_unlock (&lock);
}

static void
register_atfork (void)
{
  pthread_atfork (take, give, give);
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

static _Atomic (const struct nxsi_dir *) current;
static struct nxsi_dir *known;          /* every directory ever bound */
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

/* The directory object for PATH (absolute, not too long), made on first
   use; NULL if memory ran out.  Call with the lock held.  */
static const struct nxsi_dir *
intern (const char *path)
{
  for (struct nxsi_dir *d = known; d != NULL; d = d->next)
    if (strcmp (d->path, path) == 0)
      return d;
  size_t len = strlen (path);
  struct nxsi_dir *d = malloc (sizeof *d + len + 1);
  if (d == NULL)
    return NULL;
  d->path = memcpy (d + 1, path, len + 1);
  d->next = known;
  known = d;
  return d;
}

/* Bind DIR, made absolute against the working directory.  Return 0 or
   an errno value; on error the binding is unchanged.  */
static int
bind_dir (const char *dir)
{
  if (dir[0] == '\0')
    return EINVAL;
  char path[NXSI_LOCALEDIR_MAX + 1];
  size_t len = strlen (dir), at = 0;
  if (dir[0] != '/')
    {
      if (getcwd (path, sizeof path) == NULL)
        return errno == ERANGE ? ENAMETOOLONG : errno;
      at = strlen (path);
      if (at > 1)
        path[at++] = '/';
    }
  if (len > NXSI_LOCALEDIR_MAX - at)
    return ENAMETOOLONG;
  memcpy (path + at, dir, len + 1);

  nxsi_nls_lock ();
  const struct nxsi_dir *d = intern (path);
  if (d != NULL)
    atomic_store_explicit (&current, d, memory_order_release);
  nxsi_nls_unlock ();
  return d != NULL ? 0 : ENOMEM;
}

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

static void
bind_default (void)
{
  if (bind_dir (default_dir ()) != 0 && bind_dir (LOCALEDIR) != 0)
    {
      /* No memory even for the configured path: a static one will do
         (its path set here, so the object needs no relocation).  */
      static struct nxsi_dir fallback;
      fallback.path = LOCALEDIR;
      atomic_store_explicit (&current, &fallback, memory_order_release);
    }
}

const struct nxsi_dir *
nxsi_dir_now (void)
{
  const struct nxsi_dir *d
    = atomic_load_explicit (&current, memory_order_acquire);
  if (d == NULL)
    {
      pthread_once (&default_once, bind_default);
      d = atomic_load_explicit (&current, memory_order_acquire);
    }
  return d;
}

int
nxs_bind_localedir (const char *dir)
{
  int saved_errno = errno;
  /* Run the default binding first, so it cannot override DIR later.  */
  pthread_once (&default_once, bind_default);
  /* NULL: the choice made at first use, made again now.  */
  int result = bind_dir (dir != NULL ? dir : default_dir ());
  errno = saved_errno;
  return result;
}

const char *
nxs_localedir (void)
{
  int saved_errno = errno;
  const char *path = nxsi_dir_now ()->path;
  errno = saved_errno;
  return path;
}
