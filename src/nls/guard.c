/* guard.c - the check in front of gettext.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   gettext maps a catalog and trusts every byte of it for the life of
   the process.  Before it may open a catalog of the domain, the library
   reads the file once and checks it (core/mo.c: tables, strings and
   hash chains inside the file, a charset that converts; a regular file
   of at most 16 MiB), and notes which messages gettext finds in it and
   whether their translations are text the library shows.  gettext is
   then asked only for messages it finds in a checked file before it
   would reach a refused one, so it never opens a refused file.

   Which files gettext opens for a setting, and in which order, is
   names.c's business.  A setting is checked once; right after, gettext
   is made to open its files: asked for a message no catalog holds, it
   opens every file of the setting, or, when a refused file blocks the
   way, asked for the message found deepest, every file before it.
   Each description is then asked for the first time under the lock
   (gettext caches it, with an allocation), and later without it.  Not
   asking for all of them at once keeps gettext's cache, which every
   gettext call of the process searches, to what the program uses.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guard.h"
#include "localedir.h"
#include "mo.h"
#include "names.h"
#include "utf8.h"

enum
{
  ENTRIES = NXS_ENTRY_COUNT + 1,
  MAX_SETTINGS = 256,           /* settings kept for the process */
  MAX_CATALOGS = 16384          /* files remembered; past this, a
                                   missing one is not */
};

/* --- charsets ----------------------------------------------------------- */

/* 1 if charset name S is UTF-8 in any spelling ("utf8", "UTF-8").  */
static int
is_utf8 (const char *s)
{
  return nxsi_utf8_name (s, strlen (s));
}

int
nxsi_charset_usable (const char *charset)
{
  static const char probe[] = " !#%&()*+,-./0123456789:;<=>?"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
  if (is_utf8 (charset))
    return 1;
  iconv_t cd = iconv_open ("UTF-8", charset);
  if (cd == (iconv_t) -1)
    return 0;
  char out[sizeof probe * 4];
  char *in = (char *) probe, *o = out;
  size_t inleft = sizeof probe - 1, oleft = sizeof out;
  size_t r = iconv (cd, &in, &inleft, &o, &oleft);
  iconv_close (cd);
  return r == 0 && (size_t) (o - out) == sizeof probe - 1
         && memcmp (out, probe, sizeof probe - 1) == 0;
}

int
nxsi_catalog_acceptable (const unsigned char *data, size_t size,
                         struct nxsi_mo *mo)
{
  char charset[NXSI_MO_CHARSET_MAX + 1];
  return nxsi_mo_check (data, size, mo) == 0
         && nxsi_mo_charset (mo, charset, sizeof charset) == 0
         && nxsi_charset_usable (charset)
         && nxsi_mo_lookup (mo, NXSI_PROBE_MSGID) < 0;
}

/* S converted with CD into *BUF (of *SIZE bytes, grown as needed), or
   NULL if it does not convert or memory ran out.  */
static const char *
convert (iconv_t cd, const char *s, char **buf, size_t *size)
{
  size_t want = strlen (s) * 4 + 16;
  for (;;)
    {
      if (*size < want)
        {
          char *b = realloc (*buf, want);
          if (b == NULL)
            return NULL;
          *buf = b;
          *size = want;
        }
      char *in = (char *) s, *o = *buf;
      size_t inleft = strlen (s), oleft = *size - 1;
      iconv (cd, NULL, NULL, NULL, NULL);
      if (iconv (cd, &in, &inleft, &o, &oleft) != (size_t) -1
          && iconv (cd, NULL, NULL, &o, &oleft) != (size_t) -1)
        {
          *o = '\0';
          return *buf;
        }
      if (errno != E2BIG)
        return NULL;
      want = *size * 2;
    }
}

/* --- catalog files ------------------------------------------------------- */

enum state { MISSING, GOOD, REFUSED };

/* A message gettext finds in a catalog, and how it is translated.  */
struct message
{
  const char *msgid;
  unsigned char flags;
};

/* One DIR/NAME/LC_MESSAGES/nxstatus.mo.  */
struct nxsi_catalog
{
  struct nxsi_catalog *next;    /* in its hash bucket */
  enum state state;
  int seen;                     /* gettext has looked for it since */
  size_t n;
  struct message *messages;     /* GOOD: sorted by msgid */
  char *pool;                   /* their msgids */
  char path[];
};

static struct nxsi_catalog **buckets;
static size_t nbuckets, ncatalogs;

enum load { LOADED, ABSENT, AGAIN };   /* AGAIN: try on a later call */

/* Read PATH whole into memory of its own; never block on a FIFO or a
   device, never read one; a file over the size limit is REFUSED.  */
static enum load
read_file (const char *path, unsigned char **data, size_t *size,
           int *refused)
{
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  *refused = 0;
  if (fd < 0)
    return errno == EMFILE || errno == ENFILE || errno == ENOMEM
           || errno == EINTR || errno == EAGAIN ? AGAIN : ABSENT;
  struct stat st;
  enum load result = LOADED;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size < 0
      || (uintmax_t) st.st_size > NXSI_MO_MAX_SIZE)
    {
      /* There, but nothing gettext may read: refused, not missing.  */
      *refused = 1;
      close (fd);
      return LOADED;
    }
  size_t want = (size_t) st.st_size, got = 0;
  unsigned char *buf = malloc (want > 0 ? want : 1);
  if (buf == NULL)
    result = AGAIN;
  while (result == LOADED && got < want)
    {
      ssize_t r = read (fd, buf + got, want - got);
      if (r > 0)
        got += (size_t) r;
      else if (r < 0 && errno == EINTR)
        continue;
      else
        result = AGAIN;         /* changed while read: look again later */
    }
  close (fd);
  if (result != LOADED)
    {
      free (buf);
      return result;
    }
  *data = buf;
  *size = want;
  return LOADED;
}

static int
by_msgid (const void *a, const void *b)
{
  return strcmp (((const struct message *) a)->msgid,
                 ((const struct message *) b)->msgid);
}

/* The messages gettext finds in the checked catalog MO, with their
   translations judged, into C; 0, or -1 if memory ran out.  */
static int
take_messages (struct nxsi_catalog *c, const struct nxsi_mo *mo)
{
  size_t n = 0, bytes = 0;
  for (uint32_t i = 0; i < mo->n; i++)
    {
      const char *orig = nxsi_mo_original (mo, i);
      /* Each msgid once: at the index gettext finds it at.  */
      if (orig[0] != '\0' && nxsi_mo_lookup (mo, orig) == (long) i)
        n++, bytes += strlen (orig) + 1;
    }
  char charset[NXSI_MO_CHARSET_MAX + 1];
  nxsi_mo_charset (mo, charset, sizeof charset);
  c->messages = malloc ((n > 0 ? n : 1) * sizeof *c->messages);
  c->pool = malloc (bytes > 0 ? bytes : 1);
  iconv_t cd = is_utf8 (charset) ? (iconv_t) -1
                                 : iconv_open ("UTF-8", charset);
  char *buf = NULL;
  size_t size = 0;
  int failed = c->messages == NULL || c->pool == NULL
               || (!is_utf8 (charset) && cd == (iconv_t) -1);
  char *at = c->pool;
  c->n = 0;
  for (uint32_t i = 0; !failed && i < mo->n; i++)
    {
      const char *orig = nxsi_mo_original (mo, i);
      if (orig[0] == '\0' || nxsi_mo_lookup (mo, orig) != (long) i)
        continue;
      const char *text = nxsi_mo_translation (mo, i);
      if (cd != (iconv_t) -1)
        text = convert (cd, text, &buf, &size);
      struct message *m = &c->messages[c->n++];
      m->flags = NXSI_FOUND;
      if (text != NULL && nxsi_utf8_shown (text, 0))
        m->flags |= NXSI_SHOWN_LINE;
      if (text != NULL && nxsi_utf8_shown (text, 1))
        m->flags |= NXSI_SHOWN_TEXT;
      size_t len = strlen (orig) + 1;
      m->msgid = memcpy (at, orig, len);
      at += len;
    }
  if (cd != (iconv_t) -1)
    iconv_close (cd);
  free (buf);
  if (failed)
    {
      free (c->messages);
      free (c->pool);
      c->messages = NULL;
      c->pool = NULL;
      return -1;
    }
  qsort (c->messages, c->n, sizeof *c->messages, by_msgid);
  return 0;
}

/* Check C's file now.  Return 0, or -1 if it could not be read now.  */
static int
check (struct nxsi_catalog *c)
{
  unsigned char *data = NULL;
  size_t size = 0;
  int refused;
  enum load r = read_file (c->path, &data, &size, &refused);
  if (r == AGAIN)
    return -1;
  free (c->messages);
  free (c->pool);
  c->messages = NULL;
  c->pool = NULL;
  c->n = 0;
  if (r == ABSENT)
    {
      c->state = MISSING;
      return 0;
    }
  struct nxsi_mo mo;
  c->state = REFUSED;
  if (!refused && nxsi_catalog_acceptable (data, size, &mo))
    {
      if (take_messages (c, &mo) != 0)
        {
          free (data);
          return -1;
        }
      c->state = GOOD;
    }
  free (data);
  return 0;
}

static size_t
hash_path (const char *s)
{
  size_t h = 2166136261u;
  for (; *s != '\0'; s++)
    h = (h ^ (unsigned char) *s) * 16777619u;
  return h;
}

/* Make room for more catalogs; 0, or -1 if memory ran out.  */
static int
grow (void)
{
  size_t n = nbuckets > 0 ? nbuckets * 2 : 256;
  struct nxsi_catalog **b = calloc (n, sizeof *b);
  if (b == NULL)
    return -1;
  for (size_t i = 0; i < nbuckets; i++)
    for (struct nxsi_catalog *c = buckets[i], *next; c != NULL; c = next)
      {
        next = c->next;
        size_t k = hash_path (c->path) % n;
        c->next = b[k];
        b[k] = c;
      }
  free (buckets);
  buckets = b;
  nbuckets = n;
  return 0;
}

/* The catalog at PATH, checked: on first use; again while it was
   missing and gettext has not looked for it yet, since it may have
   appeared.  A refused file stays refused.  NULL if it cannot be read
   or memory ran out now.  */
static struct nxsi_catalog *
catalog (const char *path)
{
  if (ncatalogs >= nbuckets && grow () != 0)
    return NULL;
  size_t k = hash_path (path) % nbuckets;
  struct nxsi_catalog *c;
  for (c = buckets[k]; c != NULL; c = c->next)
    if (strcmp (c->path, path) == 0)
      break;
  if (c != NULL)
    return c->state != MISSING || c->seen || check (c) == 0 ? c : NULL;

  size_t len = strlen (path);
  c = calloc (1, sizeof *c + len + 1);
  if (c == NULL)
    return NULL;
  memcpy (c->path, path, len + 1);
  if (check (c) != 0)
    {
      free (c);
      return NULL;
    }
  /* Endless new language lists must not make the table grow without
     end: past the limit, files that are not there are looked for each
     time (as "missing, not yet opened by gettext" are anyway).  */
  if (c->state == MISSING && ncatalogs >= MAX_CATALOGS)
    {
      static struct nxsi_catalog absent;
      free (c);
      return &absent;
    }
  c->next = buckets[k];
  buckets[k] = c;
  ncatalogs++;
  return c;
}

/* The flags of MSGID in C, or 0.  */
static int
catalog_message (const struct nxsi_catalog *c, const char *msgid)
{
  if (c->state != GOOD)
    return 0;
  struct message key = { msgid, 0 };
  const struct message *m = bsearch (&key, c->messages, c->n,
                                     sizeof *c->messages, by_msgid);
  return m != NULL ? m->flags : 0;
}

/* --- settings ------------------------------------------------------------ */

static struct nxsi_setting *settings;
static size_t nsettings;

/* The walk over the names of a setting's language list.  */
struct build
{
  struct nxsi_setting *s;
  size_t size;                  /* room in s->files */
  int entry;                    /* the entry being walked */
  size_t entry_start;           /* its first file in s->files */
  int again, found;
};

static int
visit (const char *name, int entry, enum nxsi_name_kind kind, void *arg)
{
  struct build *b = arg;
  struct nxsi_setting *s = b->s;
  if (entry != b->entry)
    b->entry = entry, b->entry_start = s->nfiles;
  if (kind == NXSI_NAME_UNSAFE)
    {
      /* gettext must never be handed this entry: it ends the files, and
         what it would have given is English.  */
      s->blocked = 1;
      s->nfiles = b->entry_start;
      return 1;
    }
  char path[NXSI_LOCALEDIR_MAX + NXSI_CATALOG_NAME_MAX * 4 + 64];
  size_t dlen = strlen (s->dir), nlen = strlen (name);
  if (dlen + nlen + sizeof "//LC_MESSAGES/" PACKAGE ".mo" > sizeof path)
    return 0;                   /* gettext cannot open it either */
  memcpy (path, s->dir, dlen);
  path[dlen] = '/';
  memcpy (path + dlen + 1, name, nlen);
  strcpy (path + dlen + 1 + nlen, "/LC_MESSAGES/" PACKAGE ".mo");

  struct nxsi_catalog *c = catalog (path);
  if (c == NULL)
    {
      b->again = 1;
      return 1;
    }
  if (c->state == REFUSED)
    {
      s->blocked = 1;
      s->nfiles = b->entry_start;
      return 1;
    }
  if (kind == NXSI_NAME_OPENED)
    {
      if (s->nfiles == b->size)
        {
          size_t bigger = b->size * 2 + 16;
          struct nxsi_catalog **f = realloc (s->files, bigger * sizeof *f);
          if (f == NULL)
            {
              b->again = 1;
              return 1;
            }
          s->files = f;
          b->size = bigger;
        }
      s->files[s->nfiles++] = c;
      b->found |= c->state == GOOD;
    }
  return 0;
}

/* Walk LIST for S; 0, or -1 if a file could not be read now.  */
static int
walk (struct nxsi_setting *s, const char *list, int *found)
{
  struct build b = { s, 0, -1, 0, 0, 0 };
  nxsi_walk_names (list, visit, &b);
  *found = b.found && !s->blocked;
  return b.again ? -1 : 0;
}

/* The flags of MSGID where gettext finds it first among S's files, and
   the index of that file in *AT; 0 if none has it.  */
static int
first_message (const struct nxsi_setting *s, const char *msgid, size_t *at)
{
  for (size_t k = 0; k < s->nfiles; k++)
    {
      int flags = catalog_message (s->files[k], msgid);
      if (flags != 0)
        {
          *at = k;
          return flags;
        }
    }
  return 0;
}

int
nxsi_setting_message (const struct nxsi_setting *s, const char *msgid)
{
  size_t at;
  return s->english ? 0 : first_message (s, msgid, &at);
}

void
nxsi_setting_free (struct nxsi_setting *s)
{
  if (s == NULL)
    return;
  free (s->files);
  free (s->locale);
  free (s->language);
  free (s);
}

static char *
copy (const char *s)
{
  return s != NULL ? strdup (s) : NULL;
}

/* A setting made and checked; NULL if not now.  */
static struct nxsi_setting *
make (const char *dir, const char *locale, const char *language)
{
  struct nxsi_setting *s = calloc (1, sizeof *s);
  if (s == NULL)
    return NULL;
  s->dir = dir;
  s->counter = -1;
  s->locale = copy (locale);
  s->language = copy (language);
  if (s->locale == NULL || (language != NULL && s->language == NULL))
    {
      nxsi_setting_free (s);
      return NULL;
    }
  const char *list = nxsi_language_list (language, locale);
  s->follows_language = nxsi_language_list (NULL, locale) != NULL;
  s->english = dir == NULL || list == NULL || strlen (list) > NXSI_LIST_MAX;
  int found;
  if (!s->english && walk (s, list, &found) != 0)
    {
      nxsi_setting_free (s);
      return NULL;
    }
  for (size_t i = 0; i < ENTRIES; i++)
    {
      size_t at = 0;
      int flags = s->english ? 0 : first_message (s, nxsi_english (i), &at);
      atomic_init (&s->ask[i], (flags & NXSI_SHOWN_LINE) ? NXSI_ASK_FIRST
                                                         : NXSI_ASK_NOT);
      if ((flags & NXSI_SHOWN_LINE) && at + 1 > s->last_used)
        {
          s->last_used = at + 1;
          s->deepest = i;
        }
    }
  return s;
}

const char *
nxsi_setting_ask (struct nxsi_setting *s, size_t i)
{
  const char *msgid = nxsi_english (i);
  const char *text = dcgettext (PACKAGE, msgid, LC_MESSAGES);
  /* gettext did not find it where it was checked: someone else made
     gettext read these files.  Ask it no more.  */
  atomic_store_explicit (&s->ask[i], text == msgid ? NXSI_ASK_NOT
                                                   : NXSI_ASK_CACHED,
                         memory_order_relaxed);
  return text;
}

/* Make gettext open the files of S (see above), at gettext's catalog
   counter COUNTER, which ended what it had cached.  */
static void
open_files (struct nxsi_setting *s, int counter)
{
  s->counter = counter;
  if (s->english)
    return;
  for (size_t i = 0; i < ENTRIES; i++)
    if (atomic_load_explicit (&s->ask[i], memory_order_relaxed)
        == NXSI_ASK_CACHED)
      atomic_store_explicit (&s->ask[i], NXSI_ASK_FIRST,
                             memory_order_relaxed);
  /* Every file opens now, right after its check: files that were
     missing are then missing to gettext for good.  */
  size_t seen = s->nfiles;
  if (!s->blocked)
    dcgettext (PACKAGE, NXSI_PROBE_MSGID, LC_MESSAGES);
  else
    {
      seen = s->last_used;
      if (seen > 0)
        nxsi_setting_ask (s, s->deepest);
    }
  for (size_t k = 0; k < seen; k++)
    s->files[k]->seen = 1;
}

/* The LC_MESSAGES locale of the calling thread.  */
static const char *
messages_locale (void)
{
#if HAVE_DECL_NL_LOCALE_NAME
  return nl_langinfo (NL_LOCALE_NAME (LC_MESSAGES));
#else
  const char *name = setlocale (LC_MESSAGES, NULL);
  return name != NULL ? name : "C";
#endif
}

struct nxsi_setting *
nxsi_setting_now (int counter, int *kept)
{
  const char *dir = nxsi_bound_dir ();
  const char *locale = messages_locale ();
  const char *language = getenv ("LANGUAGE");
  if (language != NULL && language[0] == '\0')
    language = NULL;
  /* LANGUAGE does not count in the C locale.  */
  if (nxsi_language_list (language, locale) == NULL)
    language = NULL;

  *kept = 0;
  struct nxsi_setting *s;
  for (s = settings; s != NULL; s = s->next)
    if (s->dir == dir && strcmp (s->locale, locale) == 0
        && (s->language == NULL ? language == NULL
            : language != NULL && strcmp (s->language, language) == 0))
      break;
  if (s == NULL)
    {
      s = make (dir, locale, language);
      if (s == NULL)
        return NULL;
      if (nsettings >= MAX_SETTINGS)
        return s;               /* checked, not kept: no cache to fill */
      s->next = settings;
      settings = s;
      nsettings++;
    }
  if (s->counter != counter)
    open_files (s, counter);
  *kept = 1;
  return s;
}

int
nxsi_installed (const char *lang)
{
  if (lang == NULL || lang[0] == '\0' || strchr (lang, ':') != NULL)
    return 0;
  struct nxsi_setting s;
  memset (&s, 0, sizeof s);
  s.dir = nxsi_bound_dir ();
  int found = 0;
  if (s.dir != NULL && walk (&s, lang, &found) != 0)
    found = 0;
  free (s.files);
  return found;
}
