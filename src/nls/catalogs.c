/* catalogs.c - translations read from the installed .mo catalogs.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The library reads its catalogs itself instead of through glibc's
   dgettext: glibc maps a catalog and trusts it for the life of the
   process, so a file checked first could still change under it (and
   truncating it makes every read fault).  Here each catalog is read
   once into memory of its own, checked there (mo.c), converted to
   UTF-8 and then to each charset a caller needs, and kept: every
   string handed out stays valid and unchanged.

   Which catalog a call uses follows gettext's rules (names.c), and the
   answer for a setting (directory, language list, charset) is cached
   in a list that readers walk without a lock.  Reading and converting
   happen under one lock, which also keeps glibc's iconv from loading
   two conversions at once (it is not safe against that).  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

#include "catalogs.h"
#include "localedir.h"
#include "mo.h"
#include "names.h"
#include "table.h"
#include "text.h"
#include "utf8.h"

enum
{
  ENTRIES = NXS_ENTRY_COUNT + 1,        /* the last: the unknown sentence */
  MAX_CHOICES = 64,             /* settings cached */
  MAX_ABSENT = 1024,            /* missing or refused files remembered */
  KEY_MAX = 4096                /* longer language lists are not cached */
};

/* --- charsets ------------------------------------------------------- */

/* 1 if charset name S is UTF-8 in any spelling ("utf8", "UTF-8").  */
static int
is_utf8 (const char *s)
{
  char n[8];
  size_t len = 0;
  for (; *s != '\0'; s++)
    if (*s != '-' && *s != '_')
      {
        if (len + 1 >= sizeof n)
          return 0;
        n[len++] = (char) (*s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s);
      }
  n[len] = '\0';
  return strcmp (n, "utf8") == 0;
}

/* --- conversion ----------------------------------------------------- */

/* Convert each of the N strings SRC[i] (NULL ones stay NULL) with CD
   into one block; store the results in OUT[i], NULL where a string does
   not convert.  Return 0, or -1 if memory ran out.  */
static int
convert_all (iconv_t cd, const char *const *src, size_t n, const char **out)
{
  size_t *at = malloc (n * sizeof *at);
  size_t size = 4096, used = 0;
  char *block = malloc (size);
  if (at == NULL || block == NULL)
    goto fail;
  for (size_t i = 0; i < n; i++)
    {
      at[i] = SIZE_MAX;
      if (src[i] == NULL)
        continue;
      char *in = (char *) src[i];
      size_t inleft = strlen (in), start = used;
      iconv (cd, NULL, NULL, NULL, NULL);
      for (;;)
        {
          char *o = block + used;
          size_t oleft = size - used - 1;
          size_t r = inleft > 0 ? iconv (cd, &in, &inleft, &o, &oleft) : 0;
          if (r != (size_t) -1)
            r = iconv (cd, NULL, NULL, &o, &oleft);
          used = (size_t) (o - block);
          if (r != (size_t) -1)
            {
              block[used++] = '\0';
              at[i] = start;
              break;
            }
          if (errno != E2BIG)
            {
              used = start;     /* not convertible: English */
              break;
            }
          char *bigger = size < SIZE_MAX / 2 ? realloc (block, size * 2)
                                             : NULL;
          if (bigger == NULL)
            goto fail;
          block = bigger;
          size *= 2;
        }
    }
  for (size_t i = 0; i < n; i++)
    out[i] = at[i] == SIZE_MAX ? NULL : block + at[i];
  free (at);
  return 0;
fail:
  free (at);
  free (block);
  return -1;
}

/* Open a conversion, or (iconv_t) -1.  */
static iconv_t
open_conversion (const char *to, const char *from)
{
  char target[NXSI_MO_CHARSET_MAX + 16];
  size_t len = strlen (to);
  if (len > NXSI_MO_CHARSET_MAX)
    return (iconv_t) -1;
  /* As gettext does: approximate what the target charset lacks.  */
  memcpy (target, to, len);
  memcpy (target + len, is_utf8 (to) ? "" : "//TRANSLIT", 11);
  return iconv_open (target, from);
}

int
nxsi_catalog_check (const unsigned char *data, size_t size,
                    struct nxsi_mo *mo)
{
  return nxsi_mo_check (data, size, mo) == 0
         && nxsi_charset_usable (mo->charset) ? 0 : -1;
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

/* --- catalog files ---------------------------------------------------- */

/* One DIR/NAME/LC_MESSAGES/nxstatus.mo, read once.  */
struct file
{
  struct file *next;
  const struct nxsi_dir *dir;
  char *name;
  int usable;                   /* 0: missing or refused */
  struct nxsi_mo mo;
  const char **utf8;            /* [mo.n]: each translation in UTF-8 */
  struct texts *texts;          /* its conversions */
};

/* A file's translations in one charset.  */
struct texts
{
  struct texts *next;
  const struct file *file;
  char *codeset;
  const char **str;             /* [mo.n] */
  const char *entry[ENTRIES];   /* the table's descriptions, or NULL */
};

static struct file *files;
static size_t absent_files;

enum load { LOADED, MISSING, AGAIN };  /* AGAIN: try on a later call */

/* Read PATH whole into memory of its own; never block on a FIFO or a
   device, never read one.  */
static enum load
read_file (const char *path, unsigned char **data, size_t *size)
{
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    return errno == EMFILE || errno == ENFILE || errno == ENOMEM
           || errno == EINTR || errno == EAGAIN ? AGAIN : MISSING;
  struct stat st;
  enum load result = MISSING;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_size >= 0
      && (uintmax_t) st.st_size <= NXSI_MO_MAX_SIZE)
    {
      size_t want = (size_t) st.st_size, got = 0;
      unsigned char *buf = malloc (want > 0 ? want : 1);
      result = buf != NULL ? LOADED : AGAIN;
      while (result == LOADED && got < want)
        {
          ssize_t r = read (fd, buf + got, want - got);
          if (r > 0)
            got += (size_t) r;
          else if (r < 0 && errno == EINTR)
            continue;
          else
            result = AGAIN;     /* changed while read: look again later */
        }
      if (result == LOADED)
        {
          *data = buf;
          *size = want;
        }
      else
        free (buf);
    }
  close (fd);
  return result;
}

/* Make FILE usable from the bytes read: check them, and have every
   translation in UTF-8.  */
static enum load
take_data (struct file *file, unsigned char *data, size_t size)
{
  if (nxsi_catalog_check (data, size, &file->mo) != 0)
    return MISSING;
  size_t n = file->mo.n;
  const char **src = malloc (n * sizeof *src);
  file->utf8 = malloc (n * sizeof *file->utf8);
  if (src == NULL || file->utf8 == NULL)
    {
      free (src);
      free (file->utf8);
      return AGAIN;
    }
  for (size_t i = 0; i < n; i++)
    src[i] = nxsi_mo_original (&file->mo, (uint32_t) i)[0] != '\0'
             ? nxsi_mo_translation (&file->mo, (uint32_t) i) : NULL;
  int failed = 0;
  if (is_utf8 (file->mo.charset))
    memcpy (file->utf8, src, n * sizeof *src);
  else
    {
      iconv_t cd = iconv_open ("UTF-8", file->mo.charset);
      failed = cd == (iconv_t) -1
               || convert_all (cd, src, n, file->utf8) != 0;
      if (cd != (iconv_t) -1)
        iconv_close (cd);
    }
  free (src);
  if (failed)
    {
      free (file->utf8);
      return AGAIN;
    }
  for (size_t i = 0; i < n; i++)
    if (file->utf8[i] != NULL && !nxsi_utf8_shown (file->utf8[i], 1))
      file->utf8[i] = NULL;
  return LOADED;
}

/* The file NAME of DIR, read on first use.  NULL if it is missing,
   refused, or could not be read now (then *AGAIN is set).  */
static struct file *
get_file (const struct nxsi_dir *dir, const char *name, int *again)
{
  for (struct file *f = files; f != NULL; f = f->next)
    if (f->dir == dir && strcmp (f->name, name) == 0)
      return f->usable ? f : NULL;

  char path[NXSI_LOCALEDIR_MAX + 2 * NXSI_NAME_MAX + 64];
  size_t len = strlen (dir->path);
  if (len + strlen (name) + sizeof "//LC_MESSAGES/" PACKAGE ".mo" > sizeof path)
    return NULL;
  memcpy (path, dir->path, len);
  if (len == 0 || path[len - 1] != '/')
    path[len++] = '/';
  strcpy (path + len, name);
  strcat (path + len, "/LC_MESSAGES/" PACKAGE ".mo");

  struct file *f = calloc (1, sizeof *f);
  char *copy = strdup (name);
  if (f == NULL || copy == NULL)
    {
      free (f);
      free (copy);
      *again = 1;
      return NULL;
    }
  unsigned char *data = NULL;
  size_t size = 0;
  enum load r = read_file (path, &data, &size);
  if (r == LOADED)
    {
      r = take_data (f, data, size);
      if (r != LOADED)
        free (data);
    }
  if (r == AGAIN || (r == MISSING && absent_files >= MAX_ABSENT))
    {
      *again |= r == AGAIN;
      free (f);
      free (copy);
      return NULL;
    }
  f->dir = dir;
  f->name = copy;
  f->usable = r == LOADED;
  absent_files += !f->usable;
  f->next = files;
  files = f;
  return f->usable ? f : NULL;
}

/* FILE's translations in CODESET, made on first use; NULL if memory ran
   out or the charset cannot be reached (then *AGAIN is set only for
   memory).  */
static const struct texts *
get_texts (struct file *file, const char *codeset, int *again)
{
  for (struct texts *t = file->texts; t != NULL; t = t->next)
    if (strcmp (t->codeset, codeset) == 0)
      return t;

  size_t n = file->mo.n;
  struct texts *t = calloc (1, sizeof *t);
  char *copy = strdup (codeset);
  const char **str = is_utf8 (codeset) ? file->utf8
                                       : malloc (n * sizeof *str);
  if (t == NULL || copy == NULL || str == NULL)
    goto again;
  if (str != file->utf8)
    {
      iconv_t cd = open_conversion (codeset, "UTF-8");
      if (cd == (iconv_t) -1)
        {
          /* No way to that charset: nothing is translated in it.  */
          for (size_t i = 0; i < n; i++)
            str[i] = NULL;
        }
      else
        {
          int failed = convert_all (cd, file->utf8, n, str) != 0;
          iconv_close (cd);
          if (failed)
            goto again;
        }
    }
  for (size_t i = 0; i < ENTRIES; i++)
    {
      const char *msgid = nxsi_english (i);
      long k = nxsi_mo_find (&file->mo, msgid);
      /* A description is one line: no newline or tab either.  */
      t->entry[i] = k >= 0 && str[k] != NULL
                    && nxsi_utf8_shown (file->utf8[k], 0) ? str[k] : NULL;
    }
  t->file = file;
  t->codeset = copy;
  t->str = str;
  t->next = file->texts;
  file->texts = t;
  return t;

again:
  if (str != file->utf8)
    free (str);
  free (t);
  free (copy);
  *again = 1;
  return NULL;
}

/* --- choosing the catalogs for a setting ------------------------------- */

/* A setting and the catalogs it uses, in order of preference.  */
struct choice
{
  struct choice *next;
  const struct nxsi_dir *dir;
  const char *list;             /* the language list */
  const char *codeset;
  size_t n;
  const struct texts *texts[NXSI_NAMES_MAX_ENTRIES];
  const char *entry[ENTRIES];   /* the first translation of each entry */
};

static _Atomic (struct choice *) choices;
static size_t nchoices;

/* The walk over the names of a language list.  */
struct walk
{
  struct choice *c;
  int entry_done;               /* list entry that already found a file */
  int again;
};

static int
visit (const char *name, int entry, void *arg)
{
  struct walk *w = arg;
  if (entry == w->entry_done)
    return 0;                   /* one catalog per list entry */
  struct file *f = get_file (w->c->dir, name, &w->again);
  if (f == NULL)
    return 0;
  const struct texts *t = get_texts (f, w->c->codeset, &w->again);
  if (t != NULL)
    {
      w->c->texts[w->c->n++] = t;
      w->entry_done = entry;
    }
  return 0;
}

/* Fill C (its key already set) with the catalogs of its setting.
   Return 1 if the answer may be cached.  Call with the lock held.  */
static int
resolve (struct choice *c)
{
  struct walk w = { c, -1, 0 };
  c->n = 0;
  nxsi_each_name (c->list, visit, &w);
  for (size_t i = 0; i < ENTRIES; i++)
    {
      c->entry[i] = NULL;
      for (size_t k = 0; k < c->n && c->entry[i] == NULL; k++)
        c->entry[i] = c->texts[k]->entry[i];
    }
  return !w.again;
}

static int
same_key (const struct choice *c, const struct nxsi_dir *dir,
          const char *list, const char *codeset)
{
  return c->dir == dir && strcmp (c->list, list) == 0
         && strcmp (c->codeset, codeset) == 0;
}

static const struct choice *
find_choice (const struct nxsi_dir *dir, const char *list,
             const char *codeset)
{
  for (const struct choice *c
         = atomic_load_explicit (&choices, memory_order_acquire);
       c != NULL; c = c->next)
    if (same_key (c, dir, list, codeset))
      return c;
  return NULL;
}

/* The current setting of the calling thread; 0, or -1 for English.  */
static int
current_setting (const struct nxsi_dir **dir, const char **list,
                 const char **codeset)
{
#if HAVE_DECL_NL_LOCALE_NAME
  const char *locale = nl_langinfo (NL_LOCALE_NAME (LC_MESSAGES));
#else
  const char *locale = setlocale (LC_MESSAGES, NULL);
#endif
  *list = nxsi_language_list (getenv ("LANGUAGE"), locale);
  if (*list == NULL)
    return -1;
  *codeset = nl_langinfo (CODESET);
  *dir = nxsi_dir_now ();
  return 0;
}

/* C's translation of entry I, or of MSGID if not NULL, or NULL.  */
static const char *
answer (const struct choice *c, size_t i, const char *msgid)
{
  if (msgid == NULL)
    return c->entry[i];
  for (size_t k = 0; k < c->n; k++)
    {
      long at = nxsi_mo_find (&c->texts[k]->file->mo, msgid);
      if (at >= 0 && c->texts[k]->str[at] != NULL)
        return c->texts[k]->str[at];
    }
  return NULL;
}

static const char *
translate (size_t i, const char *msgid)
{
  const struct nxsi_dir *dir;
  const char *list, *codeset;
  if (msgid != NULL && msgid[0] == '\0')
    return NULL;                /* the header entry is no message */
  if (current_setting (&dir, &list, &codeset) != 0)
    return NULL;

  const struct choice *c = find_choice (dir, list, codeset);
  if (c != NULL)
    return answer (c, i, msgid);

  /* A setting seen first: read what it needs, under the lock.  glibc
     sets up a locale's multibyte decoder on first use, with malloc; do
     it now, so that cutting text later (nxs_strerror_r) allocates
     nothing.  UTF-8 text is cut without it.  */
  if (MB_CUR_MAX > 1 && !is_utf8 (codeset))
    {
      mbstate_t state;
      memset (&state, 0, sizeof state);
      mbrlen ("", 1, &state);
    }
  nxsi_nls_lock ();
  const char *result = NULL;
  c = find_choice (dir, list, codeset);
  if (c != NULL)
    result = answer (c, i, msgid);
  else
    {
      size_t list_len = strlen (list);
      struct choice *fresh = malloc (sizeof *fresh);
      char *keys = list_len < KEY_MAX ? malloc (list_len + strlen (codeset) + 2)
                                      : NULL;
      if (fresh != NULL)
        {
          fresh->dir = dir;
          fresh->list = list;
          fresh->codeset = codeset;
          int cacheable = resolve (fresh) && keys != NULL
                          && nchoices < MAX_CHOICES;
          result = answer (fresh, i, msgid);
          if (cacheable)
            {
              fresh->list = strcpy (keys, list);
              fresh->codeset = strcpy (keys + list_len + 1, codeset);
              fresh->next = atomic_load_explicit (&choices,
                                                  memory_order_relaxed);
              nchoices++;
              atomic_store_explicit (&choices, fresh, memory_order_release);
              fresh = NULL;
              keys = NULL;
            }
        }
      free (fresh);
      free (keys);
    }
  nxsi_nls_unlock ();
  return result;
}

const char *
nxsi_translate_entry (size_t i)
{
  return translate (i, NULL);
}

const char *
nxsi_translate_message (const char *msgid)
{
  return translate (0, msgid);
}
