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

static __thread struct nxsi_thread self;
static struct nxsi_thread *threads;     /* registered, under the lock */
static atomic_int closed;
static int asymmetric;                  /* membarrier in use */
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
  nxsi_nls_unlock ();
}

static void
setup (void)
{
  have_exit_key = pthread_key_create (&exit_key, thread_exit) == 0;
#if HAVE_LINUX_MEMBARRIER_H && !defined NXSI_TSAN
  long cmds = syscall (SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  asymmetric = cmds > 0 && (cmds & MEMBARRIER_CMD_PRIVATE_EXPEDITED)
               && syscall (SYS_membarrier,
                           MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0;
#endif
}

/* Put the calling thread on the list; 0, or -1 if it cannot be told
   when it ends.  */
static int
join (void)
{
  pthread_once (&once, setup);
  if (!have_exit_key || pthread_setspecific (exit_key, &self) != 0)
    return -1;
  nxsi_nls_lock ();
  self.next = threads;
  threads = &self;
  self.registered = 1;
  nxsi_nls_unlock ();
  return 0;
}

struct nxsi_thread *
nxsi_gate_enter (void)
{
  struct nxsi_thread *t = &self;
  if (__builtin_expect (!t->registered, 0) && join () != 0)
    return NULL;
  if (asymmetric)
    {
      atomic_store_explicit (&t->active, 1, memory_order_relaxed);
      atomic_signal_fence (memory_order_seq_cst);
      if (__builtin_expect (atomic_load_explicit (&closed,
                                                  memory_order_acquire), 0))
        {
          atomic_store_explicit (&t->active, 0, memory_order_release);
          return NULL;
        }
      return t;
    }
  atomic_store (&t->active, 1);
  if (atomic_load (&closed))
    {
      atomic_store_explicit (&t->active, 0, memory_order_release);
      return NULL;
    }
  return t;
}

struct nxsi_thread *
nxsi_gate_self (void)
{
  return &self;
}

void
nxsi_gate_leave (struct nxsi_thread *t)
{
  atomic_signal_fence (memory_order_seq_cst);
  atomic_store_explicit (&t->active, 0, memory_order_release);
}

void
nxsi_gate_close (void)
{
  pthread_once (&once, setup);
  atomic_store (&closed, 1);
#if HAVE_LINUX_MEMBARRIER_H
  if (asymmetric)
    syscall (SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
#endif
  /* Not the calling thread: a signal handler may fork while it is
     inside.  */
  for (struct nxsi_thread *t = threads; t != NULL; t = t->next)
    while (t != &self && atomic_load (&t->active))
      sched_yield ();
}

void
nxsi_gate_open (void)
{
  atomic_store_explicit (&closed, 0, memory_order_release);
}

void
nxsi_gate_forked (void)
{
  threads = self.registered ? &self : NULL;
  self.next = NULL;
  atomic_store (&closed, 0);
}
