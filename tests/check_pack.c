/* check_pack.c - language packs: po/sv.po as a pack gives the built-in
   Swedish; damaged, truncated, bit-flipped and hostile packs are
   refused or give English for what is bad, and nothing is ever read
   outside the pack; errno is kept and lookups work from a signal
   handler.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mofile.h"
#include "nxstatus.h"
#include "testutil.h"

#define UNKNOWN 0x1234u         /* no family has it */

/* The Swedish pack (sv_pack), or NULL if this build cannot make one.  */
static unsigned char *sv;
static size_t sv_size;

/* Load the Swedish pack, or say why a part is not checked; 1 if it is
   not.  */
static int
no_sv (void)
{
  static int loaded;
  if (!loaded)
    sv = sv_pack (&sv_size);
  loaded = 1;
  if (sv == NULL)
    printf ("# no Swedish pack: neither the build's catalog nor msgfmt "
            "(GMSGFMT) to make one: not checked\n");
  return sv == NULL;
}

/* Failures of a sweep, counted with the first one kept: a Check
   assertion per lookup would be too slow.  */
static unsigned long failures;
static char first_failure[512];

static void __attribute__ ((format (printf, 1, 2)))
failure (const char *fmt, ...)
{
  if (failures++ > 0)
    return;
  va_list ap;
  va_start (ap, fmt);
  vsnprintf (first_failure, sizeof first_failure, fmt, ap);
  va_end (ap);
}

#define EXPECT(cond, ...) ((cond) ? (void) 0 : failure (__VA_ARGS__))

/* Fail if the sweep failed; start the next one afresh (with CK_FORK=no
   the tests share this process).  */
static void
no_failures (void)
{
  unsigned long n = failures;
  failures = 0;
  ck_assert_msg (n == 0, "%lu failures, the first: %s", n, first_failure);
}

/* A malloc'd copy of exactly SIZE bytes of DATA, so that ASan and
   valgrind catch a read past it.  (Called in sweeps: no assertion on
   success.)  */
static unsigned char *
exact (const void *data, size_t size)
{
  unsigned char *p = malloc (size);
  if (p == NULL)
    ck_abort_msg ("out of memory");
  memcpy (p, data, size);
  return p;
}

/* 1 if the string S lies, NUL and all, in the SIZE bytes at DATA.  */
static int
inside (const char *s, const unsigned char *data, size_t size)
{
  uintptr_t p = (uintptr_t) s, d = (uintptr_t) data;
  return p >= d && p < d + size && strlen (s) < d + size - p;
}

/* 1 if S is text a pack may give: not empty, UTF-8, and no control
   character but, with LINES, newlines and tabs.  */
static int
shown (const char *s, int lines)
{
  if (*s == '\0' || !valid_utf8 (s))
    return 0;
  for (const unsigned char *p = (const unsigned char *) s; *p != '\0'; p++)
    if ((*p < 0x20 && !(lines && (*p == '\n' || *p == '\t'))) || *p == 0x7F
        || (*p == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0))
      return 0;
  return 1;
}

/* Messages of no entry, which nxs_pack_gettext is also asked for.  */
static const char *const others[] = {
  "Name", "Unknown NetX status value", "x", "\xFF\xFE", en_10c
};

/* Every lookup of PACK, open on the SIZE bytes at DATA: each text is
   the English one or lies inside DATA and is shown, as
   nxs_pack_check says; nxs_pack_translated counts them; the language
   is a plain code.  Failures are counted.  */
static void
vet (const nxs_pack *pack, const unsigned char *data, size_t size)
{
  size_t n = nxs_entry_count (), translated = 0;
  for (size_t i = 0; i <= n; i++)
    {
      nxs_entry e, en;
      const char *text, *english;
      if (i < n)
        {
          EXPECT (nxs_entry_get_pack (i, pack, &e) == 0, "entry %zu", i);
          EXPECT (nxs_entry_get_lang (i, NULL, &en) == 0, "entry %zu", i);
          text = e.text;
          english = en.text;
          EXPECT (!e.primary
                  || nxs_strerror_pack (entry_status (&e), pack) == text,
                  "nxs_strerror_pack of entry %zu", i);
        }
      else
        {
          text = nxs_strerror_pack (UNKNOWN, pack);
          english = nxs_strerror_lang (UNKNOWN, NULL);
        }
      int why = nxs_pack_check (pack, i);
      if (why == 0)
        {
          EXPECT (inside (text, data, size) && shown (text, 0),
                  "entry %zu: text not in the pack or not shown", i);
          translated += i < n;
        }
      else
        EXPECT (text == english
                && (why == ENOENT || why == EILSEQ || why == EBADMSG),
                "entry %zu: nxs_pack_check %d, text '%.40s'", i, why, text);
    }
  EXPECT (nxs_pack_check (pack, n + 1) == ERANGE, "check past the end");
  EXPECT (nxs_pack_translated (pack) == translated, "%zu translated, "
          "nxs_pack_translated %zu", translated, nxs_pack_translated (pack));
  const char *lang = nxs_pack_language (pack);
  EXPECT (strlen (lang) < 16
          && strspn (lang, "abcdefghijklmnopqrstuvwxyz"
                     "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@.-")
             == strlen (lang), "language '%.20s'", lang);
  for (size_t k = 0; k < sizeof others / sizeof others[0]; k++)
    {
      const char *t = nxs_pack_gettext (pack, others[k]);
      EXPECT (t == others[k] || (inside (t, data, size) && shown (t, 1)),
              "nxs_pack_gettext of '%s'", others[k]);
    }
}

/* 1 if packs A and B give the same text for every entry.  */
static int
agree (const nxs_pack *a, const nxs_pack *b)
{
  size_t n = nxs_entry_count ();
  for (size_t i = 0; i <= n; i++)
    if (nxs_pack_check (a, i) != nxs_pack_check (b, i))
      return 0;
  for (size_t i = 0; i < n; i++)
    {
      nxs_entry ea, eb;
      nxs_entry_get_pack (i, a, &ea);
      nxs_entry_get_pack (i, b, &eb);
      if (ea.text != eb.text)
        return 0;
    }
  return nxs_strerror_pack (UNKNOWN, a) == nxs_strerror_pack (UNKNOWN, b)
         && nxs_pack_translated (a) == nxs_pack_translated (b)
         && strcmp (nxs_pack_language (a), nxs_pack_language (b)) == 0;
}

/* PACK is closed: English everywhere, no language, nothing
   translated.  */
static void
assert_closed (const nxs_pack *pack)
{
  ck_assert_str_eq (nxs_pack_language (pack), "");
  ck_assert_uint_eq (nxs_pack_translated (pack), 0);
  ck_assert_ptr_eq (nxs_strerror_pack (0x10C, pack), nxs_description (0x10C));
  ck_assert_ptr_eq (nxs_strerror_pack (UNKNOWN, pack),
                    nxs_strerror_lang (UNKNOWN, NULL));
  nxs_entry e;
  ck_assert_int_eq (nxs_entry_find_pack ("NX_SECURE_TLS_INVALID_SERVER_CERT",
                                         pack, &e), 0);
  ck_assert_ptr_eq (e.text, e.description);
  ck_assert_int_eq (nxs_pack_check (pack, 0), EINVAL);
  ck_assert_ptr_eq (nxs_pack_gettext (pack, others[4]), others[4]);
}

/* The index variants: none, exactly nxs_pack_index_size () bytes, and
   as many at an odd address.  */
enum { NO_INDEX, INDEX, ODD_INDEX, N_INDEX };

static unsigned char *index_block;

/* nxs_pack_open with index VARIANT, in a block of its own: that of the
   pack open_with opened before is freed.  */
static int
open_with (nxs_pack *pack, const void *data, size_t size, int variant)
{
  size_t need = nxs_pack_index_size ();
  free (index_block);
  index_block = NULL;
  if (variant == NO_INDEX)
    return nxs_pack_open (pack, data, size, NULL, 0);
  index_block = malloc (need + (variant == ODD_INDEX));
  if (index_block == NULL)
    ck_abort_msg ("out of memory");
  return nxs_pack_open (pack, data, size,
                        index_block + (variant == ODD_INDEX), need);
}

/* --- po/sv.po as a pack --------------------------------------------- */

START_TEST (swedish_as_builtin)
{
  if (no_sv ())
    return;
  int builtin = nxs_language_match ("sv") != NULL;
  if (!builtin)
    printf ("# sv is not built in: the pack is not compared with it\n");
  /* In either byte order: msgfmt --endianness=big, for one.  */
  unsigned char *data = exact (sv, sv_size);
  if (_i >= N_INDEX)
    mo_swap (data);
  nxs_pack pack;
  ck_assert_int_eq (open_with (&pack, data, sv_size, _i % N_INDEX), 0);
  size_t n = nxs_entry_count ();
  ck_assert_uint_eq (nxs_pack_translated (&pack), n);
  ck_assert_str_eq (nxs_pack_language (&pack), "sv");
  for (size_t i = 0; i <= n; i++)
    {
      nxs_entry e, l;
      int got = nxs_entry_get_pack (i, &pack, &e);
      EXPECT (got == nxs_entry_get_lang (i, "sv", &l), "entry %zu", i);
      EXPECT (nxs_pack_check (&pack, i) == 0, "check of entry %zu", i);
      if (got != 0)
        {
          EXPECT (i == n && got == ERANGE, "entry %zu: %d", i, got);
          continue;
        }
      EXPECT (inside (e.text, data, sv_size) && shown (e.text, 0),
              "entry %zu not in the pack", i);
      EXPECT (!builtin || strcmp (e.text, l.text) == 0,
              "entry %zu: '%s', built in '%s'", i, e.text, l.text);
      EXPECT (e.name == l.name && e.description == l.description
              && e.value == l.value && e.family == l.family
              && e.primary == l.primary, "entry %zu's fields", i);
      /* A name may be in several families: the first is found.  */
      nxs_entry f, fl;
      EXPECT (nxs_entry_find_pack (e.name, &pack, &f) == 0
              && nxs_entry_find_lang (e.name, "sv", &fl) == 0
              && f.family == fl.family && f.value == fl.value
              && (f.family != e.family || f.text == e.text)
              && (!builtin || strcmp (f.text, fl.text) == 0),
              "nxs_entry_find_pack of %s", e.name);
      if (!e.primary)
        continue;
      unsigned int status = entry_status (&e);
      const char *t = nxs_strerror_pack (status, &pack);
      EXPECT (t == e.text, "nxs_strerror_pack of %s", e.name);
      EXPECT (!builtin || strcmp (t, nxs_strerror_lang (status, "sv")) == 0,
              "nxs_strerror_pack of %s", e.name);
    }
  const char *unknown = nxs_strerror_pack (UNKNOWN, &pack);
  ck_assert (inside (unknown, data, sv_size));
  ck_assert_str_eq (unknown, "Okänt NetX-statusvärde");
  ck_assert_str_eq (nxs_strerror_pack (0x10C, &pack), sv_10c);
  ck_assert_str_eq (nxs_pack_gettext (&pack, en_10c), sv_10c);
  no_failures ();
  vet (&pack, data, sv_size);
  no_failures ();
  free (data);
}
END_TEST

/* nxs_strerror_pack_r follows nxs_strerror_lang_r to the byte, at every
   size, and writes nothing past BUFLEN.  */
START_TEST (every_size_as_builtin)
{
  static const unsigned int statuses[] = { 0x10C, 0x193, UNKNOWN };
  unsigned char *data = no_sv () ? NULL : exact (sv, sv_size);
  nxs_pack pack;
  /* A closed pack gives English, as the English built-in text.  */
  nxs_pack_open (&pack, "", 0, NULL, 0);
  for (int round = 0; round < 2; round++)
    {
      const char *lang = round == 0 ? NULL : "sv";
      if (round == 1)
        {
          if (data == NULL)
            break;
          if (nxs_language_match ("sv") == NULL)
            {
              printf ("# sv is not built in: nxs_strerror_pack_r is not "
                      "compared with it\n");
              break;
            }
          ck_assert_int_eq (nxs_pack_open (&pack, data, sv_size, NULL, 0), 0);
        }
      for (size_t s = 0; s < sizeof statuses / sizeof statuses[0]; s++)
        for (size_t len = 0; len <= NXS_STRERROR_MAX; len++)
          {
            char a[NXS_STRERROR_MAX + 8], b[NXS_STRERROR_MAX + 8];
            memset (a, 'Z', sizeof a);
            memset (b, 'Z', sizeof b);
            int ra = nxs_strerror_pack_r (statuses[s], &pack, a, len);
            int rb = nxs_strerror_lang_r (statuses[s], lang, b, len);
            EXPECT (ra == rb && memcmp (a, b, sizeof a) == 0,
                    "0x%X in %zu bytes (%s): %d '%.*s', %d '%.*s'",
                    statuses[s], len, lang ? lang : "en", ra, (int) len, a,
                    rb, (int) len, b);
          }
      /* And from a NULL pack, English too.  */
      char a[64], b[64];
      EXPECT (nxs_strerror_pack_r (0x10C, NULL, a, sizeof a)
              == nxs_strerror_lang_r (0x10C, NULL, b, sizeof b)
              && strcmp (a, b) == 0, "NULL pack");
    }
  no_failures ();
  free (data);
}
END_TEST

/* --- damaged packs -------------------------------------------------- */

static const struct mo_pair small_pairs[] = {
  { "Name", "Felnamn" },
  { en_10c, sv_10c },
  { "Unknown NetX status value", "Okänt NetX-statusvärde" },
};

/* Every defect check_mo refuses, on a small pack and on po/sv.po's:
   EINVAL, a closed pack and an untouched index.  */
START_TEST (each_defect_refused)
{
  for (int which = 0; which < 2; which++)
    {
      size_t size;
      unsigned char *mo;
      if (which == 0)
        mo = mo_build (small_pairs, 3, "UTF-8", 7, &size);
      else if (!no_sv ())
        mo = exact (sv, size = sv_size);
      else
        break;
      unsigned char *whole = exact (mo, size);
      size_t use = mo_damage (mo, size, (enum mo_defect) _i);
      unsigned char *data = exact (mo, use);
      for (int variant = 0; variant < N_INDEX; variant++)
        {
          nxs_pack pack;
          ck_assert_int_eq (open_with (&pack, whole, size, variant), 0);
          int got = open_with (&pack, data, use, variant);
          ck_assert_msg (got == EINVAL, "defect %d, %s pack, index %d: %d",
                         _i, which == 0 ? "small" : "Swedish", variant, got);
          assert_closed (&pack);
        }
      free (whole);
      free (data);
      free (mo);
    }
}
END_TEST

/* Cut at every length: EINVAL, or (for all of it) a pack whose every
   text lies in what is left.  Each cut pack ends where one block of the
   whole size ends, so that a read past it leaves the block (a block per
   length is ten times slower under ASan).  */
START_TEST (truncated_at_every_length)
{
  if (no_sv ())
    return;
  size_t step = under_valgrind () ? 101 : 1;
  unsigned char *block = exact (sv, sv_size);
  unsigned long opened = 0;
  for (size_t k = 0, len = 0; len < sv_size; k++)
    {
      len = k * step < sv_size ? k * step : sv_size;
      unsigned char *data = block + (sv_size - len);
      memcpy (data, sv, len);
      nxs_pack plain, indexed;
      int r = nxs_pack_open (&plain, data, len, NULL, 0);
      int ri = open_with (&indexed, data, len, _i == 0 ? INDEX : ODD_INDEX);
      EXPECT (r == ri && (r == 0 || r == EINVAL), "%zu bytes: %d, with "
              "an index %d", len, r, ri);
      if (r == 0 && ri == 0)
        {
          opened++;
          vet (&plain, data, len);
          vet (&indexed, data, len);
          EXPECT (agree (&plain, &indexed), "%zu bytes: the index differs",
                  len);
        }
    }
  free (block);
  no_failures ();
  /* msgfmt ends the file with the last string: only all of it opens.  */
  ck_assert_uint_eq (opened, 1);
}
END_TEST

/* Open the SIZE bytes at DATA with and without an index: the same
   answer, and for an open pack only text inside DATA.  */
static int
open_and_vet (const unsigned char *data, size_t size, const char *what)
{
  nxs_pack plain, indexed;
  int r = nxs_pack_open (&plain, data, size, NULL, 0);
  int ri = open_with (&indexed, data, size, INDEX);
  EXPECT (r == ri && (r == 0 || r == EINVAL || r == EILSEQ || r == ENOMSG),
          "%s: %d, with an index %d", what, r, ri);
  if (r == 0 && ri == 0)
    {
      vet (&plain, data, size);
      EXPECT (agree (&plain, &indexed), "%s: the index differs", what);
    }
  return r;
}

/* Flip bit BIT of DATA, po/sv.po's pack, open it and flip the bit
   back; 1 if it opened.  */
static int
flipped (unsigned char *data, size_t bit)
{
  unsigned char mask = (unsigned char) (1u << bit % 8);
  data[bit / 8] ^= mask;
  char what[64];
  snprintf (what, sizeof what, "bit %zu of byte %zu", bit % 8, bit / 8);
  int r = open_and_vet (data, sv_size, what);
  data[bit / 8] ^= mask;
  return r == 0;
}

/* The offset of the first S (its NUL too if NUL) in po/sv.po's pack.  */
static size_t
offset_of (const char *s, int nul)
{
  const unsigned char *at = memmem (sv, sv_size, s, strlen (s) + !!nul);
  ck_assert_msg (at != NULL, "no '%s' in the Swedish pack", s);
  return (size_t) (at - sv);
}

/* Flip every bit of the header, of the first and last descriptors of
   each table, of the header entry's charset and language and of one
   translation, and a seeded random sample of the rest.  */
START_TEST (bit_flips)
{
  if (no_sv ())
    return;
  int valgrind = under_valgrind ();
  uint32_t n = mo_word (sv, MO_NSTRINGS), orig = mo_word (sv, MO_ORIG);
  uint32_t trans = mo_word (sv, MO_TRANS), hash = mo_word (sv, MO_HASH);
  uint32_t hash_end = hash + 4 * mo_word (sv, MO_HASH_SIZE);
  size_t spans[][2] = {
    { 0, 28 },
    { orig, 16 }, { orig + 8 * n - 16, 16 },
    { trans, 16 }, { trans + 8 * n - 16, 16 },
    { hash, 16 }, { hash_end - 16, 16 },
    { offset_of ("charset=UTF-8\n", 0), 14 },
    { offset_of ("\nLanguage: sv\n", 0), 14 },
    { offset_of (sv_10c, 1), strlen (sv_10c) + 1 },
  };
  unsigned char *data = exact (sv, sv_size);
  unsigned long flips = 0, opened = 0;
  for (size_t s = 0; s < sizeof spans / sizeof spans[0]; s++)
    for (size_t bit = 8 * spans[s][0]; bit < 8 * (spans[s][0] + spans[s][1]);
         bit += valgrind ? 11 : 1)
      {
        opened += flipped (data, bit);
        flips++;
      }
  uint32_t state = 0x5EED;
  for (int k = 0; k < (valgrind ? 40 : 1000); k++)
    {
      opened += flipped (data, next_random (&state) % (8 * sv_size));
      flips++;
    }
  free (data);
  printf ("# %lu bit flips, %lu opened\n", flips, opened);
  no_failures ();
  /* Most flips in strings leave a pack that opens; most in the header
     do not.  */
  ck_assert_uint_gt (opened, 0);
  ck_assert_uint_lt (opened, flips);
}
END_TEST

/* --- hostile packs -------------------------------------------------- */

/* A pack of the N PAIRS and a header naming CHARSET, in a block of its
   size; its size in *SIZE.  */
static unsigned char *
pack_of (const struct mo_pair *pairs, size_t n, const char *charset,
         uint32_t hash_size, size_t *size)
{
  unsigned char *mo = mo_build (pairs, n, charset, hash_size, size);
  unsigned char *data = exact (mo, *size);
  free (mo);
  return data;
}

START_TEST (charset_not_utf8)
{
  static const struct { const char *charset; int want; } cases[] = {
    { "UTF-16", EILSEQ }, { "ISO-8859-1", EILSEQ }, { "UTF-32", EILSEQ },
    { "EBCDIC-US", EILSEQ }, { "utf8", 0 }, { "UTF-8", 0 }, { "utf_8", 0 },
    /* ASCII is UTF-8's subset, as msginit writes it where no locale of
       the language is installed.  */
    { "ASCII", 0 }, { "US-ASCII", 0 },
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
    for (int variant = 0; variant < N_INDEX; variant++)
      {
        size_t size;
        unsigned char *data = pack_of (small_pairs, 3, cases[c].charset,
                                       7 * (variant != 0), &size);
        nxs_pack pack;
        ck_assert_msg (open_with (&pack, data, size, variant) == cases[c].want,
                       "charset %s", cases[c].charset);
        if (cases[c].want != 0)
          assert_closed (&pack);
        else
          ck_assert_str_eq (nxs_strerror_pack (0x10C, &pack), sv_10c);
        free (data);
      }
}
END_TEST

START_TEST (other_domain)
{
  static const struct mo_pair menu[] = {
    { "Open", "Öppna" }, { "Close", "Stäng" }, { "Name", "Namn" },
    /* The unknown sentence is no entry's description.  */
    { "Unknown NetX status value", "Okänt NetX-statusvärde" },
  };
  /* A description translated only with what the library never shows.  */
  static const struct mo_pair shown_none[] = {
    { en_10c, "\x1B[2J" },
  };
  for (int variant = 0; variant < N_INDEX; variant++)
    for (int k = 0; k < 2; k++)
      {
        size_t size;
        unsigned char *data = k == 0 ? pack_of (menu, 4, "UTF-8", 11, &size)
                              : pack_of (shown_none, 1, "UTF-8", 0, &size);
        nxs_pack pack;
        ck_assert_int_eq (open_with (&pack, data, size, variant), ENOMSG);
        assert_closed (&pack);
        free (data);
      }
}
END_TEST

START_TEST (index_sizes)
{
  size_t need = nxs_pack_index_size ();
  ck_assert_uint_eq (need, NXS_PACK_INDEX_ENTRY * (nxs_entry_count () + 1));
  ck_assert_uint_ge (NXS_PACK_INDEX_MAX, need);
  size_t size;
  unsigned char *data = pack_of (small_pairs, 3, "UTF-8", 7, &size);
  unsigned char *index = malloc (need + 64);
  ck_assert_ptr_nonnull (index);
  nxs_pack pack;
  static const size_t small[] = { 0, 1, 4, 3 };
  for (size_t k = 0; k < sizeof small / sizeof small[0]; k++)
    {
      size_t give = k == 3 ? need - 1 : small[k];
      memset (index, 0xA5, need + 64);
      ck_assert_int_eq (nxs_pack_open (&pack, data, size, index, give),
                        ENOBUFS);
      assert_closed (&pack);
      for (size_t b = 0; b < need + 64; b++)
        ck_assert_msg (index[b] == 0xA5, "byte %zu of a small index", b);
    }
  /* Exactly enough, and more: nothing written past what it needs.  */
  for (size_t extra = 0; extra <= 64; extra += 64)
    {
      memset (index, 0xA5, need + 64);
      ck_assert_int_eq (nxs_pack_open (&pack, data, size, index, need + extra),
                        0);
      for (size_t b = need; b < need + 64; b++)
        ck_assert_msg (index[b] == 0xA5, "byte %zu past the index", b);
      ck_assert_str_eq (nxs_strerror_pack (0x10C, &pack), sv_10c);
      ck_assert_uint_eq (nxs_pack_translated (&pack), 1);
    }
  free (index);
  free (data);
}
END_TEST

START_TEST (bad_arguments)
{
  size_t size;
  unsigned char *data = pack_of (small_pairs, 3, "UTF-8", 7, &size);
  unsigned char index[NXS_PACK_INDEX_MAX];
  nxs_pack pack;
  ck_assert_int_eq (nxs_pack_open (&pack, data, size, NULL, 0), 0);
  ck_assert_int_eq (nxs_pack_open (&pack, data, 0, NULL, 0), EINVAL);
  assert_closed (&pack);
  ck_assert_int_eq (nxs_pack_open (&pack, data, size, index, sizeof index),
                    0);
  ck_assert_int_eq (nxs_pack_open (NULL, data, size, NULL, 0), EINVAL);
  ck_assert_str_eq (nxs_strerror_pack (0x10C, &pack), sv_10c);
  ck_assert_int_eq (nxs_pack_open (&pack, NULL, size, NULL, 0), EINVAL);
  assert_closed (&pack);
  ck_assert_int_eq (nxs_pack_open (&pack, data, size, index, sizeof index),
                    0);
  ck_assert_int_eq (nxs_pack_open (&pack, data, size, NULL, 1), EINVAL);
  assert_closed (&pack);
  ck_assert_int_eq (nxs_pack_open (&pack, data, 27, NULL, 0), EINVAL);
  assert_closed (&pack);

  /* A NULL pack: English from every lookup.  */
  assert_closed (NULL);
  nxs_entry e;
  ck_assert_int_eq (nxs_entry_get_pack (0, NULL, &e), 0);
  ck_assert_ptr_eq (e.text, e.description);
  ck_assert_int_eq (nxs_entry_get_pack (nxs_entry_count (), NULL, &e),
                    ERANGE);
  ck_assert_int_eq (nxs_entry_get_pack (0, &pack, NULL), EINVAL);
  ck_assert_int_eq (nxs_entry_find_pack (NULL, NULL, &e), EINVAL);
  ck_assert_int_eq (nxs_entry_find_pack ("NX_NOT_CONNECTED", NULL, NULL),
                    EINVAL);
  ck_assert_int_eq (nxs_entry_find_pack ("NX_NO_SUCH_NAME", NULL, &e),
                    ENOENT);
  ck_assert_int_eq (nxs_pack_check (NULL, nxs_entry_count () + 1), EINVAL);
  char buf[NXS_STRERROR_MAX];
  ck_assert_int_eq (nxs_strerror_pack_r (0x10C, NULL, buf, sizeof buf), 0);
  ck_assert_str_eq (buf, en_10c);
  ck_assert_int_eq (nxs_strerror_pack_r (UNKNOWN, NULL, buf, sizeof buf),
                    EINVAL);
  ck_assert_str_eq (buf, "Unknown NetX status value (0x1234)");
  ck_assert_ptr_null (nxs_pack_gettext (NULL, NULL));
  ck_assert_ptr_null (nxs_pack_gettext (&pack, NULL));
  const char *empty = "";
  ck_assert_ptr_eq (nxs_pack_gettext (&pack, empty), empty);
  ck_assert_int_eq (nxs_pack_open (&pack, data, size, NULL, 0), 0);
  ck_assert_ptr_eq (nxs_pack_gettext (&pack, empty), empty);
  ck_assert_ptr_null (nxs_pack_gettext (&pack, NULL));
  free (data);
}
END_TEST

/* Translations the library never shows: English for that entry, and
   the reason from nxs_pack_check.  */
static const struct
{
  const char *text;
  int why;
} translations[] = {
  { "Ett inkommande servercertifikat parsade inte korrekt.", 0 },
  { "Hårt blanksteg\xC2\xA0och U+10FFFF \xF4\x8F\xBF\xBF", 0 },
  { "Ogiltig \xFF byte", EILSEQ },
  { "För lång form \xC0\xAF", EILSEQ },
  { "Surrogat \xED\xA0\x80", EILSEQ },
  { "Över U+10FFFF \xF4\x90\x80\x80", EILSEQ },
  { "Avkortad \xE2\x82", EILSEQ },
  { "Röd \x1B[31m", EBADMSG },
  { "CSI \xC2\x9B" "31m", EBADMSG },
  { "DEL \x7F", EBADMSG },
  { "Två\nrader", EBADMSG },
  { "Flik\tflik", EBADMSG },
  { "Retur\r", EBADMSG },
  { "", ENOENT },
};
#define N_TRANSLATIONS (sizeof translations / sizeof translations[0])
#define TWO_LINES 10

/* Messages of a device's own, for nxs_pack_gettext: newlines and tabs
   are allowed there.  */
static const struct
{
  const char *msgid, *text;
  int shown;
} ui[] = {
  { "Menu", "Meny\tval\nrad två", 1 },
  { "Escape", "Fly\x1B[2J", 0 },
  { "Return", "Retur\rx", 0 },
  { "NEL", "Nästa rad\xC2\x85", 0 },
  { "DEL", "Radera\x7F", 0 },
  { "Byte", "Byte \xFF", 0 },
  { "Empty", "", 0 },
};
#define N_UI (sizeof ui / sizeof ui[0])

START_TEST (bad_translations_give_english)
{
  /* One primary entry with a description of its own per translation,
     0x10C first; the unknown sentence gets a bad one.  */
  size_t n = nxs_entry_count (), picked[N_TRANSLATIONS];
  struct mo_pair pairs[N_TRANSLATIONS + N_UI + 1];
  size_t count = 0;
  for (size_t i = 0; i < n && count < N_TRANSLATIONS; i++)
    {
      nxs_entry e;
      ck_assert_int_eq (nxs_entry_get (i, &e), 0);
      int own = e.primary
                && (count == 0 ? e.value == 0x10C
                               : strcmp (e.description, en_10c) != 0);
      for (size_t j = 0; own && j < count; j++)
        own = strcmp (pairs[j].msgid, e.description) != 0;
      if (own)
        {
          picked[count] = i;
          pairs[count] = (struct mo_pair) { e.description,
                                            translations[count].text };
          count++;
        }
    }
  ck_assert_uint_eq (count, N_TRANSLATIONS);
  ck_assert_str_eq (translations[TWO_LINES].text, "Två\nrader");
  for (size_t k = 0; k < N_UI; k++)
    pairs[count++] = (struct mo_pair) { ui[k].msgid, ui[k].text };
  const char *unknown = nxs_strerror_lang (UNKNOWN, NULL);
  pairs[count++] = (struct mo_pair) { unknown, "Okänd\x1B" };

  /* The entries with a good translation: every one sharing its
     description.  */
  size_t good = 0;
  for (size_t i = 0; i < n; i++)
    {
      nxs_entry e;
      nxs_entry_get (i, &e);
      for (size_t t = 0; t < N_TRANSLATIONS; t++)
        good += translations[t].why == 0
                && strcmp (e.description, pairs[t].msgid) == 0;
    }

  for (int variant = 0; variant < N_INDEX; variant++)
    for (uint32_t hash_size = 0; hash_size <= 29; hash_size += 29)
      {
        size_t size;
        unsigned char *data = pack_of (pairs, count, "UTF-8", hash_size,
                                       &size);
        nxs_pack pack;
        ck_assert_int_eq (open_with (&pack, data, size, variant), 0);
        ck_assert_uint_eq (nxs_pack_translated (&pack), good);
        for (size_t t = 0; t < N_TRANSLATIONS; t++)
          {
            nxs_entry e;
            ck_assert_int_eq (nxs_entry_get_pack (picked[t], &pack, &e), 0);
            ck_assert_msg (nxs_pack_check (&pack, picked[t])
                           == translations[t].why, "translation %zu", t);
            const char *text = nxs_strerror_pack (entry_status (&e), &pack);
            ck_assert_ptr_eq (text, e.text);
            if (translations[t].why == 0)
              {
                ck_assert (inside (text, data, size));
                ck_assert_str_eq (text, translations[t].text);
              }
            else
              ck_assert_ptr_eq (text, e.description);
          }
        ck_assert_int_eq (nxs_pack_check (&pack, n), EBADMSG);
        ck_assert_ptr_eq (nxs_strerror_pack (UNKNOWN, &pack), unknown);

        /* nxs_pack_gettext: newlines and tabs allowed, nothing else.  */
        for (size_t k = 0; k < N_UI; k++)
          {
            const char *t = nxs_pack_gettext (&pack, ui[k].msgid);
            if (ui[k].shown)
              {
                ck_assert (inside (t, data, size));
                ck_assert_str_eq (t, ui[k].text);
              }
            else
              ck_assert_ptr_eq (t, ui[k].msgid);
          }
        const char *two_lines = pairs[TWO_LINES].msgid;
        ck_assert (inside (nxs_pack_gettext (&pack, two_lines), data, size));
        ck_assert_str_eq (nxs_pack_gettext (&pack, two_lines), "Två\nrader");
        ck_assert_ptr_eq (nxs_pack_gettext (&pack, unknown), unknown);
        const char *absent = "Absent";
        ck_assert_ptr_eq (nxs_pack_gettext (&pack, absent), absent);
        vet (&pack, data, size);
        no_failures ();
        free (data);
      }
}
END_TEST

START_TEST (language_header)
{
  static const struct { const char *header, *lang; } cases[] = {
    { "Language: sv\nContent-Type: text/plain; charset=UTF-8\n", "sv" },
    { "Content-Type: text/plain; charset=UTF-8\n", "" },
    { "Language-Team: Swedish\nLanguage: sv\n"
      "Content-Type: text/plain; charset=UTF-8\n", "sv" },
    { "Content-Type: text/plain; charset=UTF-8\nLanguage: pt_BR\n", "pt_BR" },
    { "Content-Type: text/plain; charset=UTF-8\nLanguage:\tfi", "fi" },
    { "Language: sr@latin\nContent-Type: text/plain; charset=UTF-8\n",
      "sr@latin" },
    { "Language: abcdefghijklmno\n"
      "Content-Type: text/plain; charset=UTF-8\n", "abcdefghijklmno" },
    { "Language: abcdefghijklmnop\n"
      "Content-Type: text/plain; charset=UTF-8\n", "" },
    { "Language: sv;rm -rf\nContent-Type: text/plain; charset=UTF-8\n", "" },
    { "Language: sv \nContent-Type: text/plain; charset=UTF-8\n", "" },
    { "Language: s\x1B[31m\nContent-Type: text/plain; charset=UTF-8\n", "" },
    { "Language: \xC3\xA5\nContent-Type: text/plain; charset=UTF-8\n", "" },
    { "Language: \nContent-Type: text/plain; charset=UTF-8\n", "" },
    { "X-Language: de\nContent-Type: text/plain; charset=UTF-8\n", "" },
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
    for (uint32_t hash_size = 0; hash_size <= 5; hash_size += 5)
      {
        struct mo_pair pairs[] = { { "", cases[c].header }, small_pairs[1] };
        size_t size;
        unsigned char *data = pack_of (pairs, 2, NULL, hash_size, &size);
        nxs_pack pack;
        ck_assert_int_eq (nxs_pack_open (&pack, data, size, NULL, 0), 0);
        ck_assert_msg (strcmp (nxs_pack_language (&pack), cases[c].lang) == 0,
                       "case %zu: '%s'", c, nxs_pack_language (&pack));
        free (data);
      }
}
END_TEST

/* --- the contracts -------------------------------------------------- */

#define KEEPS_ERRNO(call)                                               \
  do                                                                    \
    {                                                                   \
      errno = 4242;                                                     \
      call;                                                             \
      ck_assert_msg (errno == 4242, "%s set errno to %d", #call, errno); \
    }                                                                   \
  while (0)

START_TEST (errno_kept)
{
  size_t size;
  unsigned char *data = pack_of (small_pairs, 3, "UTF-8", 7, &size);
  size_t latin1_size;
  unsigned char *latin1 = pack_of (small_pairs, 3, "ISO-8859-1", 0,
                                   &latin1_size);
  static const struct mo_pair menu[] = { { "Open", "Öppna" } };
  size_t menu_size;
  unsigned char *other = pack_of (menu, 1, "UTF-8", 0, &menu_size);
  unsigned char index[NXS_PACK_INDEX_MAX];
  char buf[NXS_STRERROR_MAX];
  nxs_pack pack, closed;
  nxs_entry e;
  KEEPS_ERRNO (nxs_pack_open (NULL, data, size, NULL, 0));
  KEEPS_ERRNO (nxs_pack_open (&closed, data, 0, NULL, 0));
  KEEPS_ERRNO (nxs_pack_open (&closed, data, 27, NULL, 0));
  KEEPS_ERRNO (nxs_pack_open (&closed, latin1, latin1_size, NULL, 0));
  KEEPS_ERRNO (nxs_pack_open (&closed, other, menu_size, NULL, 0));
  KEEPS_ERRNO (nxs_pack_open (&closed, data, size, index, 3));
  KEEPS_ERRNO (nxs_pack_open (&pack, data, size, index, sizeof index));
  KEEPS_ERRNO (nxs_pack_index_size ());
  for (int k = 0; k < 3; k++)
    {
      const nxs_pack *p = k == 0 ? &pack : k == 1 ? &closed : NULL;
      KEEPS_ERRNO (nxs_pack_language (p));
      KEEPS_ERRNO (nxs_pack_translated (p));
      KEEPS_ERRNO (nxs_strerror_pack (0x10C, p));
      KEEPS_ERRNO (nxs_strerror_pack (UNKNOWN, p));
      KEEPS_ERRNO (nxs_strerror_pack_r (0x10C, p, buf, sizeof buf));
      KEEPS_ERRNO (nxs_strerror_pack_r (0x10C, p, buf, 5));
      KEEPS_ERRNO (nxs_strerror_pack_r (UNKNOWN, p, buf, sizeof buf));
      KEEPS_ERRNO (nxs_entry_get_pack (0, p, &e));
      KEEPS_ERRNO (nxs_entry_get_pack (nxs_entry_count (), p, &e));
      KEEPS_ERRNO (nxs_entry_find_pack ("NX_NOT_CONNECTED", p, &e));
      KEEPS_ERRNO (nxs_entry_find_pack ("NX_NO_SUCH_NAME", p, &e));
      KEEPS_ERRNO (nxs_pack_check (p, 0));
      KEEPS_ERRNO (nxs_pack_check (p, nxs_entry_count () + 1));
      KEEPS_ERRNO (nxs_pack_gettext (p, en_10c));
      KEEPS_ERRNO (nxs_pack_gettext (p, "Absent"));
    }
  ck_assert_str_eq (nxs_strerror_pack (0x10C, &pack), sv_10c);
  free (data);
  free (latin1);
  free (other);
}
END_TEST

/* Two Swedish packs, with and without an index, and what they give
   for 0x10C, for the signal handler.  */
static nxs_pack signal_packs[2];
static const char *signal_texts[2];
static volatile sig_atomic_t handled, wrong;

static void
on_alarm (int sig)
{
  (void) sig;
  for (int k = 0; k < 2; k++)
    {
      const nxs_pack *p = &signal_packs[k];
      nxs_entry e;
      char buf[24];
      if (nxs_strerror_pack (0x10C, p) != signal_texts[k]
          || nxs_pack_gettext (p, en_10c) != signal_texts[k]
          || nxs_entry_find_pack ("NX_SECURE_TLS_INVALID_SERVER_CERT", p, &e)
             != 0 || e.text != signal_texts[k]
          || nxs_strerror_pack_r (0x10C, p, buf, sizeof buf) != ERANGE
          || nxs_pack_check (p, 0) != 0 || nxs_pack_translated (p) == 0)
        wrong = 1;
    }
  handled++;
}

START_TEST (lookups_in_a_signal_handler)
{
  if (no_sv ())
    return;
  unsigned char *data = exact (sv, sv_size);
  static unsigned char index[NXS_PACK_INDEX_MAX];
  ck_assert_int_eq (nxs_pack_open (&signal_packs[0], data, sv_size, NULL, 0),
                    0);
  ck_assert_int_eq (nxs_pack_open (&signal_packs[1], data, sv_size, index,
                                   sizeof index), 0);
  for (int k = 0; k < 2; k++)
    {
      signal_texts[k] = nxs_strerror_pack (0x10C, &signal_packs[k]);
      ck_assert_str_eq (signal_texts[k], sv_10c);
    }
  /* The handler interrupts lookups of every entry, a few hundred
     times.  */
  start_alarms (on_alarm);
  size_t n = nxs_entry_count ();
  while (handled < 300)
    for (size_t i = 0; i < n; i++)
      for (int k = 0; k < 2; k++)
        {
          nxs_entry e;
          nxs_entry_get_pack (i, &signal_packs[k], &e);
          nxs_strerror_pack (entry_status (&e), &signal_packs[k]);
        }
  stop_alarms ();
  ck_assert_int_eq (wrong, 0);
  free (data);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("pack");
  TCase *tc = tcase_create ("swedish");
  tcase_add_loop_test (tc, swedish_as_builtin, 0, 2 * N_INDEX);
  tcase_add_test (tc, every_size_as_builtin);
  suite_add_tcase (s, tc);
  tc = tcase_create ("damaged");
  tcase_add_loop_test (tc, each_defect_refused, 0, N_DEFECTS);
  tcase_add_loop_test (tc, truncated_at_every_length, 0, 2);
  tcase_add_test (tc, bit_flips);
  tcase_set_timeout (tc, 300);
  suite_add_tcase (s, tc);
  tc = tcase_create ("hostile");
  tcase_add_test (tc, charset_not_utf8);
  tcase_add_test (tc, other_domain);
  tcase_add_test (tc, index_sizes);
  tcase_add_test (tc, bad_arguments);
  tcase_add_test (tc, bad_translations_give_english);
  tcase_add_test (tc, language_header);
  suite_add_tcase (s, tc);
  tc = tcase_create ("contracts");
  tcase_add_test (tc, errno_kept);
  tcase_add_test (tc, lookups_in_a_signal_handler);
  tcase_set_timeout (tc, 120);
  suite_add_tcase (s, tc);
  int status = run_suite (s);
  free (sv);
  free (index_block);
  return status;
}
