/* gate.h - keeping gettext calls and binds apart.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_GATE_H
#define NXS_GATE_H 1

#include <locale.h>
#include <stdatomic.h>

/* A thread of the process, as the fast path knows it: whether it is
   inside a gettext call, and the settings it used last (strerror.c).  */
struct nxsi_thread
{
  atomic_int active;            /* inside the fast path */
  struct nxsi_thread *next;     /* every registered thread */
  int registered;
  /* The setting of the global locale, valid while gettext's catalog
     counter is GLOBAL_COUNTER.  */
  int global_counter;
  const struct nxsi_setting *global;
  /* The setting of the thread's own locale LOCAL_LOCALE (uselocale),
     whose LC_MESSAGES is LOCAL_NAME.  */
  int local_counter;
  locale_t local_locale;
  const struct nxsi_setting *local;
  char local_name[64];
};

#if defined __GNUC__
# define NXSI_HIDDEN __attribute__ ((__visibility__ ("hidden")))
/* A few bytes of static TLS: one load on the fast path, not a call.  */
# define NXSI_TLS __thread __attribute__ ((__tls_model__ ("initial-exec")))
#else
# define NXSI_HIDDEN
# define NXSI_TLS __thread
#endif

/* The calling thread, registered or not.  */
extern NXSI_TLS struct nxsi_thread nxsi_self NXSI_HIDDEN;
/* Binds keep threads out while this is set (gate.c).  */
extern atomic_int nxsi_gate_closed NXSI_HIDDEN;
/* Whether binds pay for the ordering with membarrier (gate.c).  */
extern int nxsi_gate_asymmetric NXSI_HIDDEN;

/* Put the calling thread on the list of threads, if it is not yet; 0,
   or -1 if it cannot be (then it keeps to the slow path).  The slow
   path does it before it lets a thread's fast path use a setting.
   Call with the hosted lock held.  */
int nxsi_gate_join (void);

/* Enter the fast path: return the calling thread, marked as inside,
   or NULL when a bind is under way; then take the slow path, under the
   hosted lock.  A thread that is not registered finds no setting of
   its own there, and takes the slow path too.  Never call it with that
   lock held.  */
static inline struct nxsi_thread *
nxsi_gate_enter (void)
{
  struct nxsi_thread *t = &nxsi_self;
  if (__builtin_expect (nxsi_gate_asymmetric, 1))
    {
      atomic_store_explicit (&t->active, 1, memory_order_relaxed);
      atomic_signal_fence (memory_order_seq_cst);
    }
  else
    atomic_store (&t->active, 1);
  if (__builtin_expect (atomic_load_explicit (&nxsi_gate_closed,
                                              memory_order_acquire), 0))
    {
      atomic_store_explicit (&t->active, 0, memory_order_release);
      return NULL;
    }
  return t;
}

/* Leave the fast path.  */
static inline void
nxsi_gate_leave (struct nxsi_thread *t)
{
  atomic_signal_fence (memory_order_seq_cst);
  atomic_store_explicit (&t->active, 0, memory_order_release);
}

/* Keep threads out of the fast path and wait for those inside to
   leave; then open it again.  Call both with the hosted lock held,
   around anything that changes which files gettext may open.  */
void nxsi_gate_close (void);
void nxsi_gate_open (void);

/* After fork, in the child, with the hosted lock held: only the calling
   thread is left.  */
void nxsi_gate_forked (void);

#endif /* NXS_GATE_H */
