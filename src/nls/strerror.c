/* strerror.c - localized descriptions through gettext: nxs_strerror and
   its _l and _r forms, nxs_gettext and nxs_language_installed.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Every translation comes from dcgettext on the domain.  The fast path
   costs a lookup, a check that the thread's setting was verified
   (gettext's catalog counter and the thread's locale, the same key
   gettext's own cache uses), and the dcgettext call; anything new (a
   setting, or a description gettext has not cached at this counter)
   goes through the slow path, under the hosted lock, which checks the
   setting's files first (guard.c).  */

#include <config.h>

#include <errno.h>
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "gate.h"
#include "guard.h"
#include "localedir.h"
#include "table.h"
#include "text.h"

#if HAVE_NL_MSG_CAT_CNTR
/* gettext's catalog counter: setlocale, bindtextdomain,
   bind_textdomain_codeset and textdomain move it, and gettext's cache
   holds only while it stays.  */
extern int _nl_msg_cat_cntr;
# define COUNTER() (*(volatile int *) &_nl_msg_cat_cntr)
#else
# define COUNTER() 0
#endif

/* The name of LOC's LC_MESSAGES locale.  */
static const char *
locale_name (locale_t loc)
{
#if HAVE_DECL_NL_LOCALE_NAME
  return nl_langinfo_l (NL_LOCALE_NAME (LC_MESSAGES), loc);
#else
  (void) loc;
  return "";
#endif
}

/* The setting T verified for its locale now, or NULL.  */
static inline const struct nxsi_setting *
cached (const struct nxsi_thread *t)
{
#if HAVE_NL_MSG_CAT_CNTR && HAVE_DECL_NL_LOCALE_NAME
  int counter = COUNTER ();
  locale_t loc = uselocale ((locale_t) 0);
  if (loc == LC_GLOBAL_LOCALE)
    return t->global_counter == counter ? t->global : NULL;
  /* A thread's own locale object may be freed and another made at the
     same address: its name tells them apart.  */
  if (t->local_counter == counter && t->local_locale == loc
      && strcmp (t->local_name, locale_name (loc)) == 0)
    return t->local;
#else
  (void) t;
#endif
  return NULL;
}

/* Let T's fast path use S, kept for the process, from now on, for the
   thread's locale at gettext's counter COUNTER.  */
static void
remember (struct nxsi_thread *t, const struct nxsi_setting *s, int counter)
{
  locale_t loc = uselocale ((locale_t) 0);
  if (loc == LC_GLOBAL_LOCALE)
    {
      t->global = s;
      t->global_counter = counter;
      return;
    }
  const char *name = locale_name (loc);
  size_t len = strlen (name);
  t->local = NULL;
  if (len < sizeof t->local_name)
    {
      memcpy (t->local_name, name, len + 1);
      t->local_locale = loc;
      t->local_counter = counter;
      t->local = s;
    }
}

/* 1 if LANGUAGE is what it was when S was checked.  */
static int
same_language (const struct nxsi_setting *s)
{
  const char *now = getenv ("LANGUAGE");
  if (now != NULL && now[0] == '\0')
    now = NULL;
  return s->language == NULL ? now == NULL
         : now != NULL && strcmp (now, s->language) == 0;
}

/* The text of MSGID, entry I (or any message if I is ENTRIES), through
   the slow path.  */
static __attribute__ ((__noinline__)) const char *
slow (size_t i, const char *msgid)
{
  nxsi_bind_default ();
  /* glibc sets up a multibyte decoder on first use, with malloc; do it
     now, so that cutting text later (nxs_strerror_r) allocates nothing.
     UTF-8 text is cut without it.  */
  if (MB_CUR_MAX > 1 && strcmp (nl_langinfo (CODESET), "UTF-8") != 0)
    {
      mbstate_t state;
      memset (&state, 0, sizeof state);
      mbrlen ("", 1, &state);
    }
  nxsi_nls_lock ();
  int counter = COUNTER (), kept;
  struct nxsi_setting *s = nxsi_setting_now (counter, &kept);
  const char *text = msgid;
  if (s != NULL)
    {
      /* Binds wait for the lock: gettext reads the files just checked.  */
      if (i >= NXS_ENTRY_COUNT + 1)
        {
          if (nxsi_setting_message (s, msgid) & NXSI_SHOWN_TEXT)
            text = dcgettext (PACKAGE, msgid, LC_MESSAGES);
        }
      else if (atomic_load_explicit (&s->ask[i], memory_order_relaxed)
               != NXSI_ASK_NOT)
        text = nxsi_setting_ask (s, i);
      if (kept && nxsi_gate_join () == 0)
        remember (&nxsi_self, s, counter);
      else
        nxsi_setting_free (s);
    }
  nxsi_nls_unlock ();
  return text;
}

/* The localized text of entry I (NXS_ENTRY_COUNT: the unknown
   sentence); keeps errno.  Inline: the fast path costs a few loads.  */
static inline __attribute__ ((__always_inline__)) const char *
translate (size_t i)
{
  const char *msgid = nxsi_msgid (i);
  struct nxsi_thread *t = nxsi_gate_enter ();
  if (t != NULL)
    {
      const struct nxsi_setting *s = cached (t);
      int ask = s != NULL ? atomic_load_explicit (&s->ask[i],
                                                  memory_order_relaxed)
                          : NXSI_ASK_FIRST;
      if (ask == NXSI_ASK_CACHED)
        {
          /* dcgettext keeps errno.  */
          const char *text = dcgettext (PACKAGE, msgid, LC_MESSAGES);
          nxsi_gate_leave (t);
          return text;
        }
      nxsi_gate_leave (t);
      /* gettext keeps what it found until the locale changes, but looks
         for an untranslated message again in the LANGUAGE of now.  */
      if (ask == NXSI_ASK_NOT
          && (!s->follows_language || same_language (s)))
        return msgid;
    }
  int saved_errno = errno;
  const char *text = slow (i, msgid);
  errno = saved_errno;
  return text;
}

const char *
nxsi_entry_text (size_t i)
{
  return translate (i);
}

const char *
nxs_strerror (unsigned int status)
{
  int i = nxsi_primary_index (status);
  return translate (i < 0 ? NXS_ENTRY_COUNT : (size_t) i);
}

const char *
nxs_strerror_l (unsigned int status, locale_t locale)
{
  if (locale == (locale_t) 0)
    return nxs_strerror (status);

  int saved_errno = errno;
  locale_t previous = uselocale (locale);
  const char *text = nxs_strerror (status);
  if (previous != (locale_t) 0)
    uselocale (previous);
  errno = saved_errno;
  return text;
}

/* The codesets a program binds the domain to that are kept here; the
   others are asked for each time (asking gettext takes its lock for
   writing).  */
static const char known_codesets[][11] = { "UTF-8", "utf8", "ISO-8859-1" };
enum { KNOWN_CODESETS = sizeof known_codesets / sizeof known_codesets[0] };

/* The last answer, for gettext's catalog counter (binding a codeset
   moves it) as COUNTER * 4 + the index in known_codesets (3: none), in
   one word so that a reader never pairs a counter with another's
   codeset.  */
static atomic_uint bound_answer;

/* The codeset bound to the domain now, or NULL.  */
static const char *
codeset_bound (void)
{
  unsigned int counter = (unsigned int) COUNTER () * 4;
  unsigned int seen = atomic_load_explicit (&bound_answer, memory_order_relaxed);
  if (seen - counter < KNOWN_CODESETS + 1 && seen != 0)
    return seen - counter < KNOWN_CODESETS ? known_codesets[seen - counter]
                                          : NULL;
  const char *now = bind_textdomain_codeset (PACKAGE, NULL);
  unsigned int k = now == NULL ? KNOWN_CODESETS : 0;
  while (now != NULL && k < KNOWN_CODESETS && strcmp (now, known_codesets[k]))
    k++;
  if (k < KNOWN_CODESETS || now == NULL)
    atomic_store_explicit (&bound_answer, counter + k, memory_order_relaxed);
  return now;
}

/* nxsi_fit_fn for the charset gettext gives the text in: the one bound
   with bind_textdomain_codeset, else that of the thread's LC_CTYPE
   locale; whole characters as mbrlen counts them.  */
static size_t
fit_locale (const char *s, size_t room)
{
  const char *bound = codeset_bound ();
  const char *codeset = nl_langinfo (CODESET);
  if (bound != NULL && strcmp (bound, codeset) != 0)
    /* Not the locale's charset: only UTF-8 is known to cut here.  */
    return strcmp (bound, "UTF-8") == 0 || strcmp (bound, "utf8") == 0
           ? nxsi_fit_utf8 (s, room) : room;
  if (MB_CUR_MAX == 1)
    return room;
  if (strcmp (codeset, "UTF-8") == 0)
    return nxsi_fit_utf8 (s, room);
  mbstate_t state;
  memset (&state, 0, sizeof state);
  size_t at = 0, len = strlen (s);
  while (at < room)
    {
      size_t n = mbrlen (s + at, len - at, &state);
      if (n == 0 || n == (size_t) -1 || n == (size_t) -2 || n > room - at)
        break;
      at += n;
    }
  return at;
}

int
nxs_strerror_r (unsigned int status, char *buf, size_t buflen)
{
  int saved_errno = errno;
  int i = nxsi_primary_index (status);
  int result = nxsi_write_text (buf, buflen,
                                translate (i < 0 ? NXS_ENTRY_COUNT
                                                 : (size_t) i),
                                i >= 0, status, fit_locale);
  errno = saved_errno;
  return result;
}

const char *
nxs_gettext (const char *msgid)
{
  if (msgid == NULL || msgid[0] == '\0')
    return msgid;               /* "" would give the catalog's header */
  int saved_errno = errno;
  const char *text = slow (NXS_ENTRY_COUNT + 1, msgid);
  errno = saved_errno;
  return text;
}

int
nxs_language_installed (const char *lang)
{
  int saved_errno = errno;
  nxsi_bind_default ();
  nxsi_nls_lock ();
  int installed = nxsi_installed (lang);
  nxsi_nls_unlock ();
  errno = saved_errno;
  return installed;
}
