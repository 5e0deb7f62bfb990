/* check_charsets.c - text in the charset of the caller's locale: cut
   only between whole characters in EUC-JP, Shift_JIS, GB18030, Big5
   and Latin-1, and first calls in several charsets at once.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wchar.h>

#include "nxstatus.h"
#include "testutil.h"

/* A locale, the language of tests/po/LL.po it reads, and the UTF-8
   source of the texts checked.  */
static const struct setting
{
  const char *locale;
  const char *lang;
  const char *text_10c;
  const char *text_38;
  const char *unknown;
} settings[] = {
  { "ja_JP.EUC-JP", "ja",
    "予約済み: 解析できなかった受信サーバー証明書。NetX Secure はこの値を"
    "返しません（解析できない証明書には NX_SECURE_X509 のステータスが"
    "返されます）。",
    "TCP ソケット（または DTLS セッション）が接続されていないか、"
    "接続できませんでした。",
    "不明な NetX ステータス値" },
  { "ja_JP.SJIS", "ja",
    "予約済み: 解析できなかった受信サーバー証明書。NetX Secure はこの値を"
    "返しません（解析できない証明書には NX_SECURE_X509 のステータスが"
    "返されます）。",
    "TCP ソケット（または DTLS セッション）が接続されていないか、"
    "接続できませんでした。",
    "不明な NetX ステータス値" },
  { "zh_CN.GB18030", "zh_CN",
    "保留：收到的服务器证书无法解析；NetX Secure 不返回此值"
    "（无法解析的证书会得到 NX_SECURE_X509 状态）。",
    "TCP 套接字（或 DTLS 会话）未连接，或无法建立连接。", "未知的 NetX 状态值" },
  { "zh_TW.BIG5", "zh_TW",
    "保留：收到的伺服器憑證無法剖析；NetX Secure 不會傳回此值"
    "（無法剖析的憑證會得到 NX_SECURE_X509 狀態）。",
    "TCP 通訊端（或 DTLS 工作階段）未連線，或無法建立連線。", "未知的 NetX 狀態值" },
  { "sv_SE.ISO-8859-1", "sv",
    "Ett inkommande servercertifikat parsade inte korrekt.",
    "TCP-socketen (eller DTLS-sessionen) är inte ansluten, eller så gick "
    "det inte att upprätta anslutningen.", "Okänt NetX-statusvärde" },
};
enum { SETTINGS = sizeof settings / sizeof settings[0] };

static locale_t locales[SETTINGS];

/* UTF8 converted to CODESET; static storage per slot.  */
static const char *
in_charset (const char *utf8, const char *codeset, int slot)
{
  static char out[8][512];
  iconv_t cd = iconv_open (codeset, "UTF-8");
  ck_assert_msg (cd != (iconv_t) -1, "no conversion to %s", codeset);
  char *in = (char *) utf8, *o = out[slot];
  size_t inleft = strlen (utf8), oleft = sizeof out[slot] - 1;
  ck_assert_int_ne (iconv (cd, &in, &inleft, &o, &oleft), (size_t) -1);
  *o = '\0';
  iconv_close (cd);
  return out[slot];
}

static const char *
codeset_of (locale_t loc)
{
  locale_t old = uselocale (loc);
  const char *cs = nl_langinfo (CODESET);
  uselocale (old);
  return cs;
}

/* Open every locale, or skip the program when the build could not
   make them.  */
static int
open_locales (void)
{
  const char *dir = getenv ("NXS_TEST_LOCPATH");
  if (dir == NULL)
    return 0;
  setenv ("LOCPATH", dir, 1);
  for (size_t i = 0; i < SETTINGS; i++)
    {
      locales[i] = newlocale (LC_ALL_MASK, settings[i].locale, (locale_t) 0);
      if (locales[i] == (locale_t) 0)
        {
          printf ("1..0 # SKIP locale %s not built in %s\n",
                  settings[i].locale, dir);
          return 0;
        }
    }
  return 1;
}

/* The longest prefix of FULL that fits ROOM bytes and ends between two
   characters of the thread's charset, as glibc's mbrlen counts them.  */
static size_t
boundary (const char *full, size_t room)
{
  mbstate_t st;
  memset (&st, 0, sizeof st);
  size_t at = 0, len = strlen (full);
  while (at < len)
    {
      size_t n = mbrlen (full + at, len - at, &st);
      ck_assert_msg (n != (size_t) -1 && n != (size_t) -2 && n != 0,
                     "not valid in the locale at byte %zu", at);
      if (at + n > room)
        break;
      at += n;
    }
  return at;
}

static void
check_every_size (unsigned int status, const char *full, int known)
{
  char buf[512], want[512];
  size_t len = strlen (full);
  for (size_t size = 1; size <= len + 1; size++)
    {
      int rc = nxs_strerror_r (status, buf, size);
      if (known)
        {
          size_t keep = boundary (full, size - 1);
          memcpy (want, full, keep);
          want[keep] = '\0';
          ck_assert_int_eq (rc, size == len + 1 ? 0 : ERANGE);
        }
      else
        {
          /* The value stays whole: " (0x1234)" is 9 bytes.  */
          const char *suffix = full + len - 9;
          size_t room = size - 1;
          if (room < 9)
            snprintf (want, room + 1, "%s", suffix);
          else
            {
              size_t keep = boundary (full, room - 9);
              if (keep > len - 9)
                keep = len - 9;
              memcpy (want, full, keep);
              strcpy (want + keep, suffix);
            }
          ck_assert_int_eq (rc, EINVAL);
        }
      ck_assert_msg (strcmp (buf, want) == 0, "0x%X, %zu bytes: cut wrong",
                     status, size);
    }
}

/* #12: every buffer size in every multibyte charset.  */
START_TEST (cut_between_characters)
{
  const struct setting *s = &settings[_i];
  ck_assert_int_eq (nxs_bind_localedir (getenv ("NXS_TEST_CJK_LOCALEDIR")),
                    0);
  setenv ("LANGUAGE", s->lang, 1);
  uselocale (locales[_i]);
  const char *cs = codeset_of (locales[_i]);
  const char *t10c = in_charset (s->text_10c, cs, 0);
  const char *t38 = in_charset (s->text_38, cs, 1);
  char unknown[512];
  snprintf (unknown, sizeof unknown, "%s (0x1234)",
            in_charset (s->unknown, cs, 2));

  ck_assert_str_eq (nxs_strerror (0x10C), t10c);
  ck_assert_str_eq (nxs_strerror (0x38), t38);
  check_every_size (0x10C, t10c, 1);
  check_every_size (0x38, t38, 1);
  check_every_size (0x1234, unknown, 0);

  /* The same through a locale_t, from a thread in another locale.  */
  uselocale (LC_GLOBAL_LOCALE);
  ck_assert_str_eq (nxs_strerror_l (0x10C, locales[_i]), t10c);
  nxs_bind_localedir (NULL);
}
END_TEST

/* #11: the very first calls of a process made by twelve threads at
   once in three charsets; every text right, no fault.  */
enum { FIRST_THREADS = 12, COLD_ROUNDS = 60 };
static pthread_barrier_t barrier;
static const char *expected[3];

static void *
first_call (void *arg)
{
  size_t k = (size_t) (uintptr_t) arg % 3;
  /* ja_JP.EUC-JP, sv_SE.ISO-8859-1 and the shared C.UTF-8 in Swedish
     through LANGUAGE would differ; the locale names choose here.  */
  static const size_t which[3] = { 0, 4, SETTINGS };
  uselocale (which[k] < SETTINGS ? locales[which[k]] : LC_GLOBAL_LOCALE);
  pthread_barrier_wait (&barrier);
  return (void *) (uintptr_t) (strcmp (nxs_strerror (0x10C), expected[k])
                               != 0);
}

START_TEST (first_calls_in_three_charsets)
{
  /* Languages from the locale names: ja, sv and sv (sv_SE.UTF-8).  */
  unsetenv ("LANGUAGE");
  locale_t sv_utf8 = newlocale (LC_ALL_MASK, "sv_SE.UTF-8", (locale_t) 0);
  if (sv_utf8 == (locale_t) 0)
    return;
  freelocale (sv_utf8);
  expected[0] = in_charset (settings[0].text_10c, "EUC-JP", 3);
  expected[1] = in_charset (settings[4].text_10c, "ISO-8859-1", 4);
  expected[2] = settings[4].text_10c;

  /* Under valgrind each child takes seconds: a few rounds there.  */
  int rounds = under_valgrind () ? 3 : COLD_ROUNDS;
  int bad = 0;
  for (int round = 0; round < rounds; round++)
    {
      pid_t pid = fork ();
      ck_assert_int_ge (pid, 0);
      if (pid == 0)
        {
          /* A cold library: nothing was translated in this process.  */
          alarm (30);
          setlocale (LC_ALL, "sv_SE.UTF-8");
          nxs_bind_localedir (getenv ("NXS_TEST_CJK_LOCALEDIR"));
          pthread_barrier_init (&barrier, NULL, FIRST_THREADS);
          pthread_t t[FIRST_THREADS];
          for (int i = 0; i < FIRST_THREADS; i++)
            pthread_create (&t[i], NULL, first_call,
                            (void *) (uintptr_t) i);
          uintptr_t wrong = 0;
          for (int i = 0; i < FIRST_THREADS; i++)
            {
              void *r;
              pthread_join (t[i], &r);
              wrong += (uintptr_t) r;
            }
          _exit (wrong == 0 ? 0 : 1);
        }
      int status;
      waitpid (pid, &status, 0);
      bad += !(WIFEXITED (status) && WEXITSTATUS (status) == 0);
    }
  ck_assert_msg (bad == 0, "%d of %d cold runs failed", bad, rounds);
}
END_TEST

int
main (void)
{
#if !ENABLE_NLS
  puts ("1..0 # SKIP built without NLS: text is English, ASCII");
  return EXIT_SUCCESS;
#endif
  if (!open_locales ())
    return EXIT_SUCCESS;
  Suite *s = suite_create ("charsets");
  TCase *tc = tcase_create ("multibyte");
  tcase_add_loop_test (tc, cut_between_characters, 0, SETTINGS);
  tcase_add_test (tc, first_calls_in_three_charsets);
  tcase_set_timeout (tc, 300);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
