/* domain.c - binds the "nxstatus" text domain once, where the user wants.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>
#if HAVE_GETAUXVAL
# include <sys/auxv.h>
#endif

#include "catalog.h"
#include "domain.h"
#include "i18n.h"
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

static const char *
default_localedir (void)
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

#if ENABLE_NLS

static pthread_once_t bind_once = PTHREAD_ONCE_INIT;

/* Zero while the bound directory holds a damaged catalog: then every
   text stays English rather than gettext reading past its data.  */
static atomic_int catalogs_usable;

/* Bind DIR, checking its catalogs first; return bindtextdomain's
   result.  A reader never sees a damaged directory marked usable.  */
static const char *
bind_checked (const char *dir)
{
  int usable = nxsi_localedir_valid (dir);
  if (!usable)
    atomic_store (&catalogs_usable, 0);
  errno = 0;
  const char *bound = bindtextdomain (PACKAGE, dir);
  if (usable && bound != NULL)
    atomic_store (&catalogs_usable, 1);
  return bound;
}

static void
bind_default (void)
{
  bind_checked (default_localedir ());
}

const char *
nxsi_translate (const char *msgid)
{
  int saved_errno = errno;
  pthread_once (&bind_once, bind_default);
  if (!atomic_load_explicit (&catalogs_usable, memory_order_acquire))
    {
      errno = saved_errno;
      return msgid;
    }
  const char *text = dgettext (PACKAGE, msgid);
  errno = saved_errno;
  /* An empty translation says nothing; show the English instead.  */
  return text[0] != '\0' ? text : msgid;
}

int
nxs_bind_localedir (const char *dir)
{
  int saved_errno = errno;
  /* Run the default binding first, so it cannot override DIR later.  */
  pthread_once (&bind_once, bind_default);
  const char *bound = bind_checked (dir != NULL ? dir : default_localedir ());
  int result = bound != NULL ? 0 : errno != 0 ? errno : ENOMEM;
  errno = saved_errno;
  return result;
}

const char *
nxs_localedir (void)
{
  int saved_errno = errno;
  pthread_once (&bind_once, bind_default);
  const char *dir = bindtextdomain (PACKAGE, NULL);
  errno = saved_errno;
  return dir != NULL ? dir : LOCALEDIR;
}

#else /* !ENABLE_NLS */

const char *
nxsi_translate (const char *msgid)
{
  return msgid;
}

int
nxs_bind_localedir (const char *dir)
{
  (void) dir;
  return 0;
}

const char *
nxs_localedir (void)
{
  return default_localedir ();
}

#endif /* !ENABLE_NLS */
