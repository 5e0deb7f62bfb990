/* check_hostile.c - catalogs and settings an attacker controls: each
   case of the 0.1.0 review, from FIFOs and looping hash tables to
   catalogs rewritten in place and binds racing lookups.  Every one
   must give English or correct text, promptly, with no fault.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mofile.h"
#include "nxstatus.h"
#include "testutil.h"

/* A valid catalog in UTF-8 that translates 0x10C as TEXT.  */
static unsigned char *
catalog_with (const char *text, size_t *size)
{
  struct mo_pair p[] = { { en_10c, text } };
  return mo_build (p, 1, "UTF-8", 0, size);
}

/* Bind DIR and ask for LANG; a hang is a failure, not a stuck run.  */
static void
bind_and_use (const char *dir, const char *lang)
{
  alarm (60);
  ck_assert_int_eq (nxs_bind_localedir (dir), 0);
  use_language (lang);
}

static void
done_with (const char *dir)
{
  alarm (0);
  ck_assert_int_eq (nxs_bind_localedir (NULL), 0);
  remove_tree (dir);
}

/* 1: a FIFO or a device where a catalog should be: never opened for a
   blocking read, never read.  */
START_TEST (fifo_and_device_give_english)
{
  const char *d = scratch_dir (0);
  char path[4096];
  snprintf (path, sizeof path, "%s/xx", d);
  mkdir (path, 0700);
  strcat (path, "/LC_MESSAGES");
  mkdir (path, 0700);
  strcat (path, "/" PACKAGE ".mo");
  ck_assert_int_eq (mkfifo (path, 0600), 0);
  snprintf (path, sizeof path, "%s/yy", d);
  mkdir (path, 0700);
  strcat (path, "/LC_MESSAGES");
  mkdir (path, 0700);
  strcat (path, "/" PACKAGE ".mo");
  ck_assert_int_eq (symlink ("/dev/zero", path), 0);

  bind_and_use (d, "xx");
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  ck_assert_str_eq (nxs_gettext ("Name"), "Name");
  use_language ("yy");
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  done_with (d);
}
END_TEST

/* 2, 3: a hash table glibc would probe forever, and system-dependent
   strings glibc would expand from unchecked offsets: refused.  */
START_TEST (unsafe_tables_refused)
{
  /* Each in a directory of its own, so neither hides the other.  */
  const char *loop_dir = scratch_dir (0), *sysdep_dir = scratch_dir (1);
  size_t size;
  struct mo_pair p[] = { { en_10c, "EVIL" } };

  unsigned char *loop = mo_build (p, 1, "UTF-8", 3, &size);
  for (uint32_t i = 0; i < 3; i++)
    mo_set_word (loop, mo_word (loop, MO_HASH) + 4 * i, 1);
  mo_install (loop_dir, "xx", loop, size);
  free (loop);

  unsigned char *sysdep = mo_build (p, 1, "UTF-8", 7, &size);
  unsigned char *bigger = calloc (1, size + 64);
  memcpy (bigger, sysdep, size);
  mo_set_word (bigger, MO_REVISION, 1);
  mo_set_word (bigger, MO_NSYSDEP_SEGMENTS, 0);
  mo_set_word (bigger, MO_SYSDEP_SEGMENTS, 0);
  mo_set_word (bigger, MO_NSYSDEP_STRINGS, 1);
  mo_install (sysdep_dir, "xx", bigger, size + 64);
  free (sysdep);
  free (bigger);

  bind_and_use (loop_dir, "xx");
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  bind_and_use (sysdep_dir, "xx");
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  done_with (loop_dir);
  remove_tree (sysdep_dir);
}
END_TEST

/* 4: a charset that is not ASCII-compatible cannot pass through C
   strings: refused, and no garbage comes back.  */
START_TEST (utf16_catalog_refused)
{
  const char *d = scratch_dir (0);
  size_t size;
  struct mo_pair p[] = { { en_10c, "E\0V\0I\0L\0" },
                         { "Unknown NetX status value", "x" } };
  unsigned char *mo = mo_build (p, 2, "UTF-16", 0, &size);
  mo_install (d, "xx", mo, size);
  free (mo);

  bind_and_use (d, "xx");
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  ck_assert_str_eq (nxs_strerror (0x1234), "Unknown NetX status value");
  char buf[NXS_STRERROR_MAX];
  ck_assert_int_eq (nxs_strerror_r (0x1234, buf, sizeof buf), EINVAL);
  ck_assert_str_eq (buf, "Unknown NetX status value (0x1234)");
  done_with (d);
}
END_TEST

/* 5: language names that are paths never reach the file system.  */
START_TEST (path_languages_ignored)
{
  const char *base = scratch_dir (0);
  char dir[4096], other[4096];
  size_t size;
  unsigned char *evil = catalog_with ("EVIL", &size);
  snprintf (dir, sizeof dir, "%s/locale", base);
  mkdir (dir, 0700);
  mo_install (base, "out", evil, size);         /* base/out: ../out */
  mo_install (dir, ".x", evil, size);
  snprintf (other, sizeof other, "%s/LC_MESSAGES", base);
  mkdir (other, 0700);
  snprintf (other, sizeof other, "%s/LC_MESSAGES/" PACKAGE ".mo", base);
  FILE *fp = fopen (other, "wb");           /* base/LC_MESSAGES: ".." */
  ck_assert_uint_eq (fwrite (evil, 1, size, fp), size);
  fclose (fp);
  free (evil);

  static const char *const langs[] = { "../out", ".x", "..", ".", "/tmp",
                                       "sv/../../out", "xx:../out" };
  bind_and_use (dir, "sv");
  for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
    {
      use_language (langs[i]);
      ck_assert_msg (strcmp (nxs_strerror (0x10C), en_10c) == 0,
                     "LANGUAGE=%s read a catalog outside", langs[i]);
    }
  done_with (base);
}
END_TEST

/* 6: a catalog that cannot be opened now (no file descriptor left) is
   not used and not forgotten: it is read once it can be.  */
START_TEST (unreadable_now_read_later)
{
  const char *good = scratch_dir (0), *bad = scratch_dir (1);
  size_t size;
  unsigned char *sv = shipped_sv (&size);
  mo_install (good, "sv", sv, size);
  sv[16] = 0xFF;                /* the translations' table far outside */
  mo_install (bad, "sv", sv, size);
  free (sv);

  struct rlimit saved, none;
  ck_assert_int_eq (getrlimit (RLIMIT_NOFILE, &saved), 0);
  int lowest = dup (0);
  ck_assert_int_ge (lowest, 0);
  close (lowest);
  none = saved;
  none.rlim_cur = (rlim_t) lowest;

  for (int pass = 0; pass < 2; pass++)
    {
      const char *dir = pass == 0 ? good : bad;
      bind_and_use (dir, "sv");
      ck_assert_int_eq (setrlimit (RLIMIT_NOFILE, &none), 0);
      ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
      ck_assert_int_eq (setrlimit (RLIMIT_NOFILE, &saved), 0);
      ck_assert_str_eq (nxs_strerror (0x10C), pass == 0 ? sv_10c : en_10c);
    }
  alarm (0);
  nxs_bind_localedir (NULL);
  remove_tree (good);
  remove_tree (bad);
}
END_TEST

/* 6: a directory that another user can enter but not list, holding a
   damaged catalog: read (it can be opened) and refused.  */
START_TEST (unlistable_directory)
{
  if (geteuid () != 0)
    return;                     /* needs root to become another user */
  const char *d = scratch_dir (0);
  size_t size;
  unsigned char *sv = shipped_sv (&size);
  sv[16] = 0xFF;
  mo_install (d, "sv", sv, size);
  free (sv);
  char cmd[4200];
  snprintf (cmd, sizeof cmd, "chmod 0711 '%s' '%s/sv' '%s/sv/LC_MESSAGES' "
            "&& chmod 0644 '%s/sv/LC_MESSAGES/" PACKAGE ".mo'", d, d, d, d);
  ck_assert_int_eq (system (cmd), 0);

  pid_t pid = fork ();
  ck_assert_int_ge (pid, 0);
  if (pid == 0)
    {
      alarm (30);
      if (setgid (65534) != 0 || setuid (65534) != 0)
        _exit (3);
      nxs_bind_localedir (d);
      setenv ("LANGUAGE", "sv", 1);
      setlocale (LC_ALL, "C.UTF-8");
      _exit (strcmp (nxs_strerror (0x10C), en_10c) == 0 ? 0 : 1);
    }
  int status;
  ck_assert_int_eq (waitpid (pid, &status, 0), pid);
  ck_assert_msg (WIFEXITED (status) && WEXITSTATUS (status) == 0,
                 "child status %d", status);
  remove_tree (d);
}
END_TEST

/* 7, 8: an empty directory is refused; a relative one is made absolute
   when bound, so a later chdir changes nothing.  */
START_TEST (relative_directories)
{
  const char *a = scratch_dir (0), *b = scratch_dir (1);
  char dir[4096], cwd[4096];
  ck_assert_ptr_nonnull (getcwd (cwd, sizeof cwd));
  size_t size;
  unsigned char *sv = shipped_sv (&size);
  snprintf (dir, sizeof dir, "%s/locale", a);
  mo_install (dir, "sv", sv, size);
  free (sv);
  unsigned char *evil = catalog_with ("EVIL", &size);
  snprintf (dir, sizeof dir, "%s/locale", b);
  mo_install (dir, "sv", evil, size);
  mo_install (b, "sv", evil, size);
  free (evil);

  use_language ("sv");
  const char *before = nxs_localedir ();
  ck_assert_int_eq (chdir (b), 0);
  ck_assert_int_eq (nxs_bind_localedir (""), EINVAL);
  ck_assert_str_eq (nxs_localedir (), before);
  ck_assert_str_eq (nxs_strerror (0x10C), swedish_if_nls (sv_10c, en_10c));

  ck_assert_int_eq (chdir (a), 0);
  ck_assert_int_eq (nxs_bind_localedir ("locale"), 0);
  snprintf (dir, sizeof dir, "%s/locale", a);
  ck_assert_str_eq (nxs_localedir (), dir);
  ck_assert_int_eq (chdir (b), 0);
  ck_assert_str_eq (nxs_strerror (0x10C), sv_10c);

  ck_assert_int_eq (chdir (cwd), 0);
  nxs_bind_localedir (NULL);
  remove_tree (a);
  remove_tree (b);
}
END_TEST

/* 9: a damaged catalog put in place after the bind, before its language
   is first asked for, is checked when it is first read.  */
START_TEST (catalog_added_after_bind)
{
  const char *d = scratch_dir (0);
  bind_and_use (d, "sv");
  size_t size;
  unsigned char *sv = shipped_sv (&size);
  mo_set_word (sv, MO_TRANS, 0x7FFFFF00);
  mo_install (d, "sv", sv, size);
  free (sv);
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  ck_assert_str_eq (nxs_strerror (0x193), nxs_description (0x193));
  done_with (d);
}
END_TEST

/* 10: binds racing each other and lookups: every text is the Swedish or
   the English one, never another.  */
static const char *race_dirs[2];
static atomic_int race_over;

static void *
binder (void *arg)
{
  unsigned long n = (unsigned long) (uintptr_t) arg, bad = 0;
  /* Under valgrind, which runs one thread at a time, fewer binds.  */
  unsigned long binds = under_valgrind () ? 400 : 4000;
  for (unsigned long i = 0; i < binds; i++)
    bad += nxs_bind_localedir (race_dirs[(i + n) % 2]) != 0;
  return (void *) (uintptr_t) bad;
}

static void *
translator (void *arg)
{
  (void) arg;
  unsigned long wrong = 0;
  while (!race_over)
    {
      const char *t = nxs_strerror (0x10C);
      wrong += strcmp (t, sv_10c) != 0 && strcmp (t, en_10c) != 0;
    }
  return (void *) (uintptr_t) wrong;
}

START_TEST (binds_race_lookups)
{
  const char *good = scratch_dir (0), *bad = scratch_dir (1);
  size_t size;
  unsigned char *sv = shipped_sv (&size);
  mo_install (good, "sv", sv, size);
  mo_set_word (sv, MO_TRANS, 0x7FFFFF00);
  mo_install (bad, "sv", sv, size);
  free (sv);
  race_dirs[0] = good;
  race_dirs[1] = bad;
  use_language ("sv");
  race_over = 0;

  pthread_t b[2], t[4];
  for (int i = 0; i < 4; i++)
    pthread_create (&t[i], NULL, translator, NULL);
  for (int i = 0; i < 2; i++)
    pthread_create (&b[i], NULL, binder, (void *) (uintptr_t) i);
  uintptr_t failed_binds = 0, wrong = 0;
  for (int i = 0; i < 2; i++)
    {
      void *r;
      pthread_join (b[i], &r);
      failed_binds += (uintptr_t) r;
    }
  race_over = 1;
  for (int i = 0; i < 4; i++)
    {
      void *r;
      pthread_join (t[i], &r);
      wrong += (uintptr_t) r;
    }
  ck_assert_uint_eq (failed_binds, 0);
  ck_assert_uint_eq (wrong, 0);
  /* The last bind wins, and its directory decides the text.  */
  const char *now = nxs_localedir ();
  ck_assert_str_eq (nxs_strerror (0x10C),
                    strcmp (now, good) == 0 ? sv_10c : en_10c);
  nxs_bind_localedir (NULL);
  remove_tree (good);
  remove_tree (bad);
}
END_TEST

/* A catalog replaced by rename, as make install and package managers
   replace one, after gettext read it: the texts stay as they were, and
   reading them is safe.  */
START_TEST (replaced_by_rename)
{
  const char *d = scratch_dir (0);
  size_t size;
  unsigned char *sv = shipped_sv (&size);
  mo_install (d, "sv", sv, size);
  free (sv);
  bind_and_use (d, "sv");
  const char *text = nxs_strerror (0x10C);
  ck_assert_str_eq (text, sv_10c);

  /* The new file is complete before it takes the old one's name.  */
  char path[4096], fresh[4096 + 8];
  snprintf (path, sizeof path, "%s/sv/LC_MESSAGES/" PACKAGE ".mo", d);
  snprintf (fresh, sizeof fresh, "%s.new", path);
  unsigned char *evil = catalog_with ("EVIL", &size);
  FILE *fp = fopen (fresh, "wb");
  ck_assert_uint_eq (fwrite (evil, 1, size, fp), size);
  ck_assert_int_eq (fclose (fp), 0);
  free (evil);
  ck_assert_int_eq (rename (fresh, path), 0);

  ck_assert_str_eq (text, sv_10c);
  ck_assert_ptr_eq (nxs_strerror (0x10C), text);
  ck_assert_str_eq (nxs_strerror (0x193),
                    "Ett certifikat hade ett \"inte efter\"-fält som var "
                    "mindre än den aktuella tiden.");
  done_with (d);
}
END_TEST

/* The stated limit: gettext maps a catalog and reads it for the life of
   the process, so a file rewritten in place while a program runs
   changes the text the program holds, and cut short, makes reading it
   fault (SIGBUS).  Shown in a child, which this ends.  */
START_TEST (rewritten_in_place_is_seen)
{
  const char *d = scratch_dir (0);
  size_t size;
  unsigned char *sv = shipped_sv (&size);
  mo_install (d, "sv", sv, size);
  char path[4096];
  snprintf (path, sizeof path, "%s/sv/LC_MESSAGES/" PACKAGE ".mo", d);

  pid_t pid = fork ();
  ck_assert_int_ge (pid, 0);
  if (pid == 0)
    {
      alarm (30);
      nxs_bind_localedir (d);
      setenv ("LANGUAGE", "sv", 1);
      setlocale (LC_ALL, "C.UTF-8");
      const char *text = nxs_strerror (0x10C);
      if (strcmp (text, sv_10c) != 0)
        _exit (1);
      /* The same file with the text's bytes changed.  */
      unsigned char *at = memmem (sv, size, sv_10c, strlen (sv_10c));
      int fd = open (path, O_WRONLY);
      if (at == NULL || fd < 0)
        _exit (2);
      memset (at, 'X', strlen (sv_10c));
      if (write (fd, sv, size) != (ssize_t) size)
        _exit (2);
      /* The text changed under the program's feet...  */
      if (strspn (text, "X") != strlen (sv_10c))
        _exit (3);
#if defined __SANITIZE_THREAD__ || defined __SANITIZE_ADDRESS__
      /* The sanitizers take SIGBUS over: the change is enough.  */
      _exit (0);
#endif
      /* ... and once the file is cut, reading it faults.  */
      if (ftruncate (fd, 0) != 0)
        _exit (4);
      volatile size_t n = strlen (text);
      (void) n;
      _exit (5);
    }
  free (sv);
  int status;
  ck_assert_int_eq (waitpid (pid, &status, 0), pid);
#if defined __SANITIZE_THREAD__ || defined __SANITIZE_ADDRESS__
  ck_assert_msg (WIFEXITED (status) && WEXITSTATUS (status) == 0,
                 "child status %d", status);
#else
  ck_assert_msg (WIFSIGNALED (status) && WTERMSIG (status) == SIGBUS,
                 "child status %d", status);
#endif
  remove_tree (d);
}
END_TEST

/* 18 and the terminal: translations that are not valid UTF-8, or that
   hold control characters, are not used.  */
START_TEST (bad_text_not_used)
{
  /* MESSAGE: whether a message (help text) may use it; a description
     never may.  */
  static const struct { const char *text; int message; } bad[] = {
    { "\xFF\xFE\xC0\xAF\xED\xA0\x80", 0 }, { "\x1B]0;pwned\x07", 0 },
    { "red \x1B[31m", 0 }, { "csi \xC2\x9B" "31m", 0 }, { "bell\a", 0 },
    { "del\x7F", 0 }, { "", 0 }, { "line\nbreak", 1 }, { "tab\there", 1 }
  };
  const char *d = scratch_dir (0);
  char lang[8];
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      size_t size;
      struct mo_pair p[] = { { en_10c, bad[i].text },
                             { "Name", bad[i].text } };
      unsigned char *mo = mo_build (p, 2, "UTF-8", 0, &size);
      snprintf (lang, sizeof lang, "x%zu", i);
      mo_install (d, lang, mo, size);
      free (mo);
    }
  ck_assert_int_eq (nxs_bind_localedir (d), 0);
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      snprintf (lang, sizeof lang, "x%zu", i);
      use_language (lang);
      ck_assert_msg (strcmp (nxs_strerror (0x10C), en_10c) == 0,
                     "translation %zu used", i);
      ck_assert_str_eq (nxs_gettext ("Name"),
                        bad[i].message ? bad[i].text : "Name");
    }
  done_with (d);
}
END_TEST

/* 20: the unknown sentence as long as a catalog likes: the value still
   comes out whole.  */
START_TEST (long_unknown_sentence)
{
  const char *d = scratch_dir (0);
  char sentence[246];
  memset (sentence, 'x', 245);
  sentence[245] = '\0';
  struct mo_pair p[] = { { "Unknown NetX status value", sentence } };
  size_t size;
  unsigned char *mo = mo_build (p, 1, "UTF-8", 0, &size);
  mo_install (d, "xx", mo, size);
  free (mo);
  bind_and_use (d, "xx");
  char buf[NXS_STRERROR_MAX];
  ck_assert_int_eq (nxs_strerror_r (0xFFFFFFFF, buf, sizeof buf), EINVAL);
  ck_assert_uint_eq (strlen (buf), sizeof buf - 1);
  ck_assert_str_eq (buf + strlen (buf) - 13, " (0xFFFFFFFF)");
  ck_assert_int_eq (strspn (buf, "x"), sizeof buf - 1 - 13);
  done_with (d);
}
END_TEST

/* 19: fork while other threads are inside the library: the child can
   still bind and translate.  */
static atomic_int forking_over;

static void *
busy (void *arg)
{
  const char *dir = arg;
  for (unsigned long i = 0; !forking_over; i++)
    {
      nxs_strerror ((unsigned int) (0x101 + i % 80));
      if (i % 64 == 0)
        nxs_bind_localedir (i % 128 == 0 ? dir : NULL);
    }
  return NULL;
}

START_TEST (fork_while_translating)
{
  const char *d = scratch_dir (0);
  size_t size;
  unsigned char *sv = shipped_sv (&size);
  mo_install (d, "sv", sv, size);
  free (sv);
  use_language ("sv");
  forking_over = 0;
  pthread_t t[4];
  for (int i = 0; i < 4; i++)
    pthread_create (&t[i], NULL, busy, (void *) d);
  int hung = 0, wrong = 0;
  /* Under valgrind, which runs one thread at a time, fewer rounds.  */
  int rounds = under_valgrind () ? 2 : 40;
  for (int round = 0; round < rounds; round++)
    {
      pid_t pid = fork ();
      ck_assert_int_ge (pid, 0);
      if (pid == 0)
        {
          /* A child that blocks must die of its own alarm, whatever
             handler the test harness set for it.  */
          signal (SIGALRM, SIG_DFL);
          alarm (20);
          nxs_bind_localedir (NULL);
          nxs_bind_localedir (d);
          _exit (strcmp (nxs_strerror (0x10C), sv_10c) == 0 ? 0 : 1);
        }
      int status;
      waitpid (pid, &status, 0);
      hung += WIFSIGNALED (status);
      wrong += WIFEXITED (status) && WEXITSTATUS (status) != 0;
    }
  forking_over = 1;
  for (int i = 0; i < 4; i++)
    pthread_join (t[i], NULL);
#if defined __SANITIZE_ADDRESS__
  /* AddressSanitizer's allocator is not fork-safe with threads (a
     child may block in malloc, which glibc's is): counted, not held
     against the library.  */
  if (hung > 0)
    printf ("# fork while translating: %d of %d children blocked under "
            "AddressSanitizer\n", hung, rounds);
#else
  ck_assert_int_eq (hung, 0);
#endif
  ck_assert_int_eq (wrong, 0);
  nxs_bind_localedir (NULL);
  remove_tree (d);
}
END_TEST

/* The stated limit of fork: a child forked while another thread of the
   program is inside setlocale inherits glibc's locale lock taken, and
   may block in gettext; the built-in languages take no lock and always
   work there.  Shown in a process of its own, whose thread keeps
   setting the locale while it forks.  */
static void *
set_locales (void *arg)
{
  (void) arg;
  for (;;)
    {
      setlocale (LC_ALL, "C");
      setlocale (LC_ALL, "C.UTF-8");
    }
  return NULL;
}

START_TEST (fork_during_setlocale)
{
  int fds[2];
  /* Under valgrind, a blocked child costs its whole alarm.  */
  int children = under_valgrind () ? 3 : 10;
  ck_assert_int_eq (pipe (fds), 0);
  pid_t program = fork ();
  ck_assert_int_ge (program, 0);
  if (program == 0)
    {
      /* A child that blocks must die of its alarm, whatever handler
         the test harness set.  */
      signal (SIGALRM, SIG_DFL);
      alarm (120);
      use_language ("sv");
      pthread_t t;
      pthread_create (&t, NULL, set_locales, NULL);
      for (int i = 0; i < children; i++)
        {
          pid_t child = fork ();
          if (child == 0)
            {
              alarm (2);
              const char *text = nxs_strerror_lang (0x10C, "sv");
              if (write (fds[1], strcmp (text, nxs_description (0x10C)) == 0
                                 || strcmp (text, sv_10c) == 0 ? "L" : "x",
                         1) != 1)
                _exit (3);
              nxs_strerror (0x10C);
              _exit (write (fds[1], "G", 1) == 1 ? 0 : 3);
            }
          waitpid (child, NULL, 0);
        }
      _exit (0);
    }
  close (fds[1]);
  int status;
  ck_assert_int_eq (waitpid (program, &status, 0), program);
  ck_assert (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  char got[64];
  ssize_t n = read (fds[0], got, sizeof got - 1);
  close (fds[0]);
  ck_assert_int_ge (n, 0);
  got[n] = '\0';
  size_t builtin = 0, through_gettext = 0;
  for (ssize_t i = 0; i < n; i++)
    {
      builtin += got[i] == 'L';
      through_gettext += got[i] == 'G';
    }
  /* Every child answered from the built-in catalog; through gettext,
     some may have blocked.  */
  ck_assert_uint_eq (builtin, (size_t) children);
  printf ("# fork during setlocale: %zu of %d children got through "
          "gettext\n", through_gettext, children);
}
END_TEST

/* Also seen: a 60 KB LANGUAGE on a 64 KiB thread stack.  gettext copies
   the list to the stack, so a list over 4 KiB is not handed to it.  */
static void *
small_stack_call (void *arg)
{
  (void) arg;
  return (void *) nxs_strerror (0x10C);
}

START_TEST (huge_language_small_stack)
{
  size_t len = 60 * 1024;
  char *language = malloc (len + 1);
  for (size_t i = 0; i < len; i += 3)
    memcpy (language + i, "xx:", 3);
  memcpy (language + len - 2, "sv", 3);
  use_language (language);
  pthread_attr_t attr;
  pthread_attr_init (&attr);
  ck_assert_int_eq (pthread_attr_setstacksize (&attr, 64 * 1024), 0);
  pthread_t t;
  void *text;
  ck_assert_int_eq (pthread_create (&t, &attr, small_stack_call, NULL), 0);
  pthread_join (t, &text);
  ck_assert_str_eq (text, en_10c);
  pthread_attr_destroy (&attr);
  free (language);
}
END_TEST

/* gettext counts every entry of a list, however many; so does the
   library (0.2.0 stopped at 32).  */
START_TEST (language_list_has_no_entry_limit)
{
  char language[512] = "";
  for (int i = 0; i < 100; i++)
    strcat (language, "xx:");
  strcat (language, "sv");
  use_language (language);
  ck_assert_str_eq (nxs_strerror (0x10C), swedish_if_nls (sv_10c, en_10c));
}
END_TEST

/* Also seen: a catalog over the size limit is never handed to gettext.
   The languages before it keep their texts; what gettext would have
   looked up in it first is English (the stated limit: gettext cannot
   be made to skip one file).  */
START_TEST (oversized_catalog_only_its_language)
{
  const char *d = scratch_dir (0);
  size_t size, big_size;
  unsigned char *sv = shipped_sv (&size);
  mo_install (d, "sv", sv, size);
  free (sv);
  char *huge = malloc ((17u << 20) + 1);
  memset (huge, 'a', 17u << 20);
  huge[17u << 20] = '\0';
  struct mo_pair p[] = { { en_10c, huge } };
  unsigned char *big = mo_build (p, 1, "UTF-8", 0, &big_size);
  mo_install (d, "de", big, big_size);
  free (big);
  free (huge);

  bind_and_use (d, "sv:de");
  ck_assert_str_eq (nxs_strerror (0x10C), sv_10c);
  use_language ("de:sv");
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  use_language ("de");
  ck_assert_str_eq (nxs_strerror (0x10C), en_10c);
  done_with (d);
}
END_TEST

int
main (void)
{
#if !ENABLE_NLS
  puts ("1..0 # SKIP built without NLS: no catalog is ever read");
  return EXIT_SUCCESS;
#endif
  Suite *s = suite_create ("hostile");
  TCase *tc = tcase_create ("review");
  tcase_add_test (tc, fifo_and_device_give_english);
  tcase_add_test (tc, unsafe_tables_refused);
  tcase_add_test (tc, utf16_catalog_refused);
  tcase_add_test (tc, path_languages_ignored);
  tcase_add_test (tc, unreadable_now_read_later);
  tcase_add_test (tc, unlistable_directory);
  tcase_add_test (tc, relative_directories);
  tcase_add_test (tc, catalog_added_after_bind);
  tcase_add_test (tc, binds_race_lookups);
  tcase_add_test (tc, replaced_by_rename);
  tcase_add_test (tc, rewritten_in_place_is_seen);
  tcase_add_test (tc, bad_text_not_used);
  tcase_add_test (tc, long_unknown_sentence);
  tcase_add_test (tc, fork_while_translating);
  tcase_add_test (tc, fork_during_setlocale);
  tcase_add_test (tc, huge_language_small_stack);
  tcase_add_test (tc, language_list_has_no_entry_limit);
  tcase_add_test (tc, oversized_catalog_only_its_language);
  tcase_set_timeout (tc, 300);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
