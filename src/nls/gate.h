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

/* Enter the fast path: return the calling thread, marked as inside,
   or NULL when a bind is under way or the thread cannot be registered;
   then take the slow path, under the hosted lock.  Never call it with
   that lock held.  */
struct nxsi_thread *nxsi_gate_enter (void);

/* The calling thread, registered or not, for the slow path to note its
   setting in.  */
struct nxsi_thread *nxsi_gate_self (void);

/* Leave the fast path.  */
void nxsi_gate_leave (struct nxsi_thread *t);

/* Keep threads out of the fast path and wait for those inside to
   leave; then open it again.  Call both with the hosted lock held,
   around anything that changes which files gettext may open.  */
void nxsi_gate_close (void);
void nxsi_gate_open (void);

/* After fork, in the child, with the hosted lock held: only the calling
   thread is left.  */
void nxsi_gate_forked (void);

#endif /* NXS_GATE_H */
