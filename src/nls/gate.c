/* gate.c - keeping gettext calls and binds apart.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   A thread on the fast path checks that its setting was verified, then
   calls dcgettext.  If nxs_bind_localedir rebound the domain between
   the two, gettext would read files of a directory nobody checked.  So
   a bind first closes the gate and waits until no thread is inside.

   The fast path must cost next to nothing, so it marks itself with a
   plain store, and the binder pays for the ordering instead, with
   membarrier(2), which runs a full memory barrier on every thread of
   the process (the asymmetric fence of user-space RCU).  Where the
   kernel lacks it, or under ThreadSanitizer (which cannot see it), the
   fast path uses sequentially consistent atomics instead.  */

#include <config.h>

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stddef.h>
#if HAVE_LINUX_MEMBARRIER_H
# include <linux/membarrier.h>
# include <sys/syscall.h>
# include <unistd.h>
#endif

#include "gate.h"
#include "localedir.h"

#if defined __SANITIZE_THREAD__
# define NXSI_TSAN 1
#elif defined __has_feature
# if __has_feature (thread_sanitizer)
#  define NXSI_TSAN 1
# endif
#endif

NXSI_TLS struct nxsi_thread nxsi_self;
atomic_int nxsi_gate_closed;
int nxsi_gate_asymmetric;
static struct nxsi_thread *threads;     /* registered, under the lock */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_key_t exit_key;
static int have_exit_key;

/* A thread that ends leaves the list.  */
static void
thread_exit (void *arg)
{
  struct nxsi_thread *t = arg;
  nxsi_nls_lock ();
  for (struct nxsi_thread **p = &threads; *p != NULL; p = &(*p)->next)
    if (*p == t)
      {
        *p = t->next;
        break;
      }
  t->registered = 0;
  /* Off the list, the thread must not use its settings on the fast
     path any more (another destructor may still translate).  */
  t->global = NULL;
  t->local = NULL;
  nxsi_nls_unlock ();
}

static void
setup (void)
{
  have_exit_key = pthread_key_create (&exit_key, thread_exit) == 0;
#if HAVE_LINUX_MEMBARRIER_H && !defined NXSI_TSAN
  long cmds = syscall (SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  nxsi_gate_asymmetric
    = cmds > 0 && (cmds & MEMBARRIER_CMD_PRIVATE_EXPEDITED)
      && syscall (SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED,
                  0, 0) == 0;
#endif
}

int
nxsi_gate_join (void)
{
  if (nxsi_self.registered)
    return 0;
  pthread_once (&once, setup);
  /* Told when the thread ends, or never on the list.  */
  if (!have_exit_key || pthread_setspecific (exit_key, &nxsi_self) != 0)
    return -1;
  nxsi_self.next = threads;
  threads = &nxsi_self;
  nxsi_self.registered = 1;
  return 0;
}

void
nxsi_gate_close (void)
{
  pthread_once (&once, setup);
  atomic_store (&nxsi_gate_closed, 1);
#if HAVE_LINUX_MEMBARRIER_H
  if (nxsi_gate_asymmetric)
    syscall (SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
#endif
  /* Not the calling thread: a signal handler may fork while it is
     inside.  */
  for (struct nxsi_thread *t = threads; t != NULL; t = t->next)
    while (t != &nxsi_self && atomic_load (&t->active))
      sched_yield ();
}

void
nxsi_gate_open (void)
{
  atomic_store_explicit (&nxsi_gate_closed, 0, memory_order_release);
}

void
nxsi_gate_forked (void)
{
  threads = nxsi_self.registered ? &nxsi_self : NULL;
  nxsi_self.next = NULL;
  atomic_store (&nxsi_gate_closed, 0);
}
