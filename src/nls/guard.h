/* guard.h - the check in front of gettext: the catalog files gettext
   may open for a setting are checked before it opens them, and gettext
   is asked only for messages it finds in a checked file.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_GUARD_H
#define NXS_GUARD_H 1

#include <stdatomic.h>
#include <stddef.h>

#include "table.h"

/* Largest catalog file handed to gettext, in bytes.  */
#define NXSI_MO_MAX_SIZE (16u << 20)

/* Longest language list (LANGUAGE, or the locale's name) handed to
   gettext, in bytes: gettext copies it to the stack.  */
#define NXSI_LIST_MAX 4095

/* A msgid no catalog may translate: asking for it makes gettext open
   every file of a setting, right after they were checked.  */
#define NXSI_PROBE_MSGID "nxstatus: a message no catalog translates"

/* What a setting knows of a message.  */
enum
{
  NXSI_FOUND = 1,               /* gettext finds it in a checked file */
  NXSI_SHOWN_LINE = 2,          /* ... translated as one line of text */
  NXSI_SHOWN_TEXT = 4           /* ... translated as text (newlines and
                                   tabs allowed) */
};

struct nxsi_catalog;

/* A setting: the catalog directory, the LC_MESSAGES locale and the
   LANGUAGE variable, with the files gettext may open for it, checked.  */
struct nxsi_setting
{
  struct nxsi_setting *next;
  const char *dir;              /* interned (localedir.c) */
  char *locale;
  char *language;               /* NULL: unset, or not used */
  int follows_language;         /* LANGUAGE counts (the locale is not C) */
  int english;                  /* gettext is not asked at all */
  int blocked;                  /* a refused file or unsafe entry ends
                                   the files below */
  size_t nfiles, last_used;
  struct nxsi_catalog **files;  /* opened in this order, up to a block */
  size_t deepest;               /* the entry found in files[last_used - 1] */
  int counter;                  /* gettext's catalog counter when it
                                   opened the files of this setting */
  /* For each entry (NXS_ENTRY_COUNT: the unknown sentence), whether
     gettext may be asked for its description (NXSI_ASK_*).  */
  atomic_uchar ask[NXS_ENTRY_COUNT + 1];
};

/* What a setting does with an entry's description.  */
enum
{
  NXSI_ASK_NOT,                 /* English: gettext is not asked */
  NXSI_ASK_FIRST,               /* asked under the hosted lock: gettext
                                   has not cached it at this counter */
  NXSI_ASK_CACHED               /* asked on the fast path: cached */
};

/* The setting of the calling thread now (the bound directory, its
   LC_MESSAGES locale, LANGUAGE): found, or made and checked.  If it is
   kept (*KEPT set to 1), it lives for the process and gettext opens
   its files when COUNTER (gettext's catalog counter) is new to it;
   else the caller frees it with nxsi_setting_free.  NULL if it
   cannot be checked now (a file could not be read): English this
   time.  Call with the hosted lock held.  */
struct nxsi_setting *nxsi_setting_now (int counter, int *kept);

void nxsi_setting_free (struct nxsi_setting *s);

/* Ask gettext for the description of entry I of S, whose state is not
   NXSI_ASK_NOT, and note what it did with it; the text.  Call with the
   hosted lock held.  */
const char *nxsi_setting_ask (struct nxsi_setting *s, size_t i);

/* NXSI_FOUND, NXSI_SHOWN_* flags of MSGID in S: 0 if gettext would
   not find it in a file checked before any block.  */
int nxsi_setting_message (const struct nxsi_setting *s, const char *msgid);

/* 1 if the bound directory holds a catalog that checks out for LANG,
   one entry of a language list, under one of the names gettext tries
   for it; else 0.  Call with the hosted lock held.  */
int nxsi_installed (const char *lang);

/* 1 if the system can convert text in CHARSET to UTF-8 and that text
   can pass through NUL-terminated C strings: printable ASCII converts
   unchanged (not so in UTF-16, UTF-32 or EBCDIC).  Else 0.  */
int nxsi_charset_usable (const char *charset);

/* 1 if the SIZE bytes at DATA are a catalog gettext may be handed (its
   file being a regular one of at most NXSI_MO_MAX_SIZE bytes): they
   pass nxsi_mo_check, name a charset nxsi_charset_usable accepts, and
   do not translate NXSI_PROBE_MSGID; *MO is then filled.  Else 0.  */
struct nxsi_mo;
int nxsi_catalog_acceptable (const unsigned char *data, size_t size,
                             struct nxsi_mo *mo);

#endif /* NXS_GUARD_H */
