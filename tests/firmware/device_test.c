/* device_test.c - the on-target test, run in QEMU's mps2-an385
   (Cortex-M3) against the installed static library: every entry's
   name, value, family and English text, every built-in language's text
   of every entry, the appendix's Swedish, the unknown-value sentence,
   and the _r contracts at every buffer size.  Exits 1 on any mismatch.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The expected data come from the sources: codes.def, the built-in
   catalogs (expected-languages.h, as the build chose them) and the
   appendix (appendix.h, made from tests/appendix.tsv); a pack's text,
   the built-in Swedish (NXS_TEST_PACK_BUILTIN) or what the host tool
   prints for it (expected-pack.h).  */

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "nxstatus.h"
#include "table.h"
#include "expected-languages.h"
#include "semihost.h"

static unsigned long checks, failures;

static void
check (int ok, const char *what, const char *about)
{
  checks++;
  if (ok)
    return;
  if (++failures <= 25)
    {
      semihost_write ("FAIL: ");
      semihost_write (what);
      semihost_write (": ");
      semihost_write (about);
      semihost_write ("\n");
    }
}

static int
same (const char *a, const char *b)
{
  return a != NULL && b != NULL && strcmp (a, b) == 0;
}

static const struct row
{
  const char *name;
  unsigned int value;
  nxs_family family;
  const char *msgid;
  int primary;
} rows[] = {
#define NXS_CODE(name, value, family, msgid)                            \
  { #name, value, NXS_FAMILY_##family, msgid, 1 },
#define NXS_ALIAS(name, value, family, msgid)                           \
  { #name, value, NXS_FAMILY_##family, msgid, 0 },
#include "codes.def"
};

enum { ROWS = sizeof rows / sizeof rows[0] };

static const struct appendix_row
{
  const char *name;
  unsigned int value;
  const char *swedish;
} appendix[] = {
#include "appendix.h"
};

/* The status that resolves to row I: the bare value in the core
   families, else qualified with the row's family.  */
static unsigned int
status_of (size_t i)
{
  return rows[i].family <= NXS_FAMILY_CRYPTO
         ? rows[i].value : NXS_IN (rows[i].family, rows[i].value);
}

/* The row a lookup by row I's name finds: the first row of that name
   (the FTP client's, of a name its server shares).  */
static size_t
first_of_name (size_t i)
{
  size_t first = 0;
  while (!same (rows[first].name, rows[i].name))
    first++;
  return first;
}

/* The status nxs_from_name gives for row I's name.  */
static unsigned int
from_name_status (size_t i)
{
  return status_of (first_of_name (i));
}

/* The English text of row I (ROWS: the unknown sentence).  */
static const char *
english (size_t i)
{
  if (i == ROWS)
    return "Unknown NetX status value";
  return NXS_DESCRIPTIONS ? rows[i].msgid : rows[i].name;
}

/* Expected text of entry I in built-in language LANG: its catalog's, or
   English.  */
static const char *
expected (const char *lang, size_t i)
{
  nxsi_off at = 0;
  const char *pool = NULL;
#define X(id, name)                                                     \
  if (strcmp (lang, name) == 0)                                         \
    {                                                                   \
      at = nxsi_lang_##id##_index[i];                                   \
      pool = (const char *) &nxsi_lang_##id##_pool;                     \
    }
  NXSI_BUILTIN_LANGUAGES (X)
#undef X
  return at != 0 ? pool + at : english (i);
}

static void
check_entries (void)
{
  check (nxs_entry_count () == ROWS, "entry count", "nxs_entry_count");
  for (size_t i = 0; i < ROWS; i++)
    {
      const struct row *r = &rows[i];
      nxs_entry e;
      check (nxs_entry_get (i, &e) == 0 && same (e.name, r->name)
             && e.value == r->value && e.family == r->family
             && e.primary == r->primary
             && (NXS_DESCRIPTIONS ? same (e.description, r->msgid)
                                  : e.description == NULL),
             "nxs_entry_get", r->name);
      unsigned int v = 0xDEAD;
      char lower[NXS_NAME_MAX];
      size_t k = 0;
      for (; r->name[k] != '\0'; k++)
        lower[k] = (char) (r->name[k] >= 'A' && r->name[k] <= 'Z'
                           ? r->name[k] - 'A' + 'a' : r->name[k]);
      lower[k] = '\0';
      check (nxs_from_name (lower, &v) == 0 && v == from_name_status (i),
             "nxs_from_name", r->name);
      if (!r->primary)
        continue;
      unsigned int status = status_of (i);
      check (same (nxs_name (status), r->name), "nxs_name", r->name);
      check (nxs_family_of (status) == r->family, "nxs_family_of",
             r->name);
      check (NXS_DESCRIPTIONS ? same (nxs_description (status), r->msgid)
                              : nxs_description (status) == NULL,
             "nxs_description", r->name);
      check (same (nxs_strerror (status), english (i)), "nxs_strerror",
             r->name);
    }
}

/* The _r contract for TEXT, the whole text of STATUS in LANG or from
   PACK (both NULL: nxs_strerror_r), at every buffer size.  */
static void
check_sizes (unsigned int status, const char *lang, const nxs_pack *pack,
             const char *text, int known, const char *about)
{
  char buf[320];
  size_t len = strlen (text);
  for (size_t size = 0; size <= len + 1 && size < sizeof buf - 1; size++)
    {
      memset (buf, '#', sizeof buf);
      errno = 4242;
      int rc = lang != NULL ? nxs_strerror_lang_r (status, lang, buf, size)
               : pack != NULL ? nxs_strerror_pack_r (status, pack, buf, size)
               : nxs_strerror_r (status, buf, size);
      int ok = errno == 4242;
      if (known)
        ok &= rc == (size == len + 1 ? 0 : ERANGE);
      else
        ok &= rc == EINVAL;
      if (size == 0)
        ok &= buf[0] == '#';
      else
        {
          size_t got = strnlen (buf, size);
          ok &= got < size;
          if (known)
            /* A prefix, cut before a UTF-8 continuation byte, as late as
               the size allows.  */
            ok &= memcmp (buf, text, got) == 0
                  && (got == len || ((unsigned char) text[got] & 0xC0) != 0x80)
                  && (got == len || got + 4 > size - 1);
        }
      check (ok, "_r contract", about);
    }
}

static void
check_languages (void)
{
  size_t n = nxs_language_count ();
  size_t want = 0;
#define X(id, name) want++;
  NXSI_BUILTIN_LANGUAGES (X)
#undef X
  check (n == want, "language count", "nxs_language_count");
  check (nxs_language_get (n) == NULL, "past the last", "nxs_language_get");
  for (size_t l = 0; l < n; l++)
    {
      const char *lang = nxs_language_get (l);
      check (same (nxs_language_match (lang), lang), "nxs_language_match",
             lang);
      for (size_t i = 0; i < ROWS; i++)
        {
          nxs_entry e;
          const char *want_text = expected (lang, i);
          check (nxs_entry_get_lang (i, lang, &e) == 0
                 && same (e.text, want_text), "nxs_entry_get_lang",
                 rows[i].name);
          if (rows[i].primary)
            {
              check (same (nxs_strerror_lang (status_of (i), lang),
                           want_text), "nxs_strerror_lang", rows[i].name);
              check_sizes (status_of (i), lang, NULL, want_text, 1,
                           rows[i].name);
            }
        }
      check (same (nxs_strerror_lang (0x1234, lang), expected (lang, ROWS)),
             "unknown sentence", lang);
    }
}

static void
check_appendix (void)
{
  if (nxs_language_match ("sv") == NULL)
    return;
  for (size_t i = 0; i < sizeof appendix / sizeof appendix[0]; i++)
    {
      nxs_entry e;
      check (nxs_entry_find_lang (appendix[i].name, "sv-SE", &e) == 0
             && same (e.text, appendix[i].swedish), "appendix",
             appendix[i].name);
    }
}

static void
check_unknown (void)
{
  char buf[64];
  check (nxs_name (0x1234) == NULL && nxs_description (0x1234) == NULL
         && nxs_family_of (0x1234) == NXS_FAMILY_UNKNOWN, "unknown",
         "0x1234");
  check (same (nxs_strerror (0x1234), "Unknown NetX status value"),
         "unknown", "nxs_strerror");
  check (nxs_strerror_r (0x1234, buf, sizeof buf) == EINVAL
         && same (buf, "Unknown NetX status value (0x1234)"), "unknown",
         "nxs_strerror_r");
  check_sizes (0xFFFFFFFF, NULL, NULL,
               "Unknown NetX status value (0xFFFFFFFF)", 0, "unknown _r");
  /* With a family, the value part: the caller has the family.  */
  check (nxs_strerror_r (NXS_IN (NXS_FAMILY_DHCP, 0x1234), buf, sizeof buf)
         == EINVAL && same (buf, "Unknown NetX status value (0x1234)"),
         "unknown", "nxs_strerror_r with a family");
  check (nxs_strerror_lang_r (NXS_IN (NXS_FAMILY_DHCP, 0x1234), "en", buf,
                              sizeof buf) == EINVAL
         && same (buf, "Unknown NetX status value (0x1234)"), "unknown",
         "nxs_strerror_lang_r with a family");
  /* The value stays whole: the sentence makes room.  */
  check (nxs_strerror_lang_r (0xFFFFFFFF, "sv", buf, 20) == EINVAL
         && strlen (buf) == 19
         && same (buf + 6, " (0xFFFFFFFF)"), "unknown", "value whole");
  check (nxs_from_name ("NX_NO_SUCH_STATUS", NULL) == ENOENT
         && nxs_from_name (NULL, NULL) == EINVAL, "unknown", "names");
}

/* The families of this build: their sizes and names, and how a value
   that add-ons share resolves with and without one.  */
static void
check_families (void)
{
  size_t total = 0;
  for (size_t f = 1; f <= nxs_family_count (); f++)
    {
      size_t n = 0;
      for (size_t i = 0; i < ROWS; i++)
        n += rows[i].family == (nxs_family) f;
      total += n;
      const char *name = nxs_family_name ((nxs_family) f);
      check (nxs_family_size ((nxs_family) f) == n, "nxs_family_size",
             name != NULL ? name : "(left out)");
      check (n == 0 ? name == NULL
                    : nxs_family_from_name (name) == (nxs_family) f,
             "nxs_family_from_name", name != NULL ? name : "(left out)");
    }
  check (total == ROWS, "family sizes", "sum");
  check (nxs_family_of (NXS_IN (nxs_family_count () + 1, 0x38))
         == NXS_FAMILY_UNKNOWN, "no such family", "NXS_IN");
  /* Any service may return a core status.  */
  check (same (nxs_name (NXS_IN (NXS_FAMILY_DHCP, 0x07)), "NX_PTR_ERROR"),
         "core in a family", "NX_PTR_ERROR");
#ifndef NXS_WITHOUT_DHCP
  check (same (nxs_name (NXS_IN (NXS_FAMILY_DHCP, 0x93)),
               "NX_DHCP_ALREADY_STARTED"), "qualified", "dhcp 0x93");
# ifndef NXS_WITHOUT_DHCP_SERVER
  check (same (nxs_name (NXS_IN (NXS_FAMILY_DHCP_SERVER, 0x93)),
               "NX_DHCP_INADEQUATE_PACKET_POOL_PAYLOAD"), "qualified",
         "dhcp_server 0x93");
  check (nxs_name (0x93) == NULL, "two add-ons, unqualified", "0x93");
# endif
#endif
#ifndef NXS_WITHOUT_MQTT
  check (same (nxs_name (0x10005), "NXD_MQTT_CONNECT_FAILURE"),
         "one add-on, unqualified", "0x10005");
#endif
}

/* Language packs.  */

/* An index for a pack, one byte more than the most a build needs, so
   that it can start at an odd address: any alignment will do.  */
static unsigned char pack_index[NXS_PACK_INDEX_MAX + 1];

static void
put_word (unsigned char *buf, size_t at, uint32_t w)
{
  memcpy (buf + at, &w, sizeof w);
}

/* Lay out in BUF, as msgfmt would, a catalog of two messages: the
   header entry naming CHARSET, and MSGID translated as TEXT.  Return
   its size.  The header word at byte 16 gives the translations' table:
   44.  */
static size_t
tiny_pack (unsigned char *buf, const char *charset, const char *msgid,
           const char *text)
{
  static const char head[] = "Content-Type: text/plain; charset=";
  static const char tail[] = "\nLanguage: sv\n";
  size_t at = 60;
  put_word (buf, 0, 0x950412DEu);
  put_word (buf, 4, 0);
  put_word (buf, 8, 2);
  put_word (buf, 12, 28);
  put_word (buf, 16, 44);
  put_word (buf, 20, 0);
  put_word (buf, 24, 60);
  /* The originals, sorted: "" then MSGID.  */
  put_word (buf, 28, 0);
  put_word (buf, 32, (uint32_t) at);
  buf[at++] = '\0';
  put_word (buf, 36, (uint32_t) strlen (msgid));
  put_word (buf, 40, (uint32_t) at);
  memcpy (buf + at, msgid, strlen (msgid) + 1);
  at += strlen (msgid) + 1;
  size_t len = strlen (head) + strlen (charset) + strlen (tail);
  put_word (buf, 44, (uint32_t) len);
  put_word (buf, 48, (uint32_t) at);
  memcpy (buf + at, head, strlen (head));
  memcpy (buf + at + strlen (head), charset, strlen (charset));
  memcpy (buf + at + strlen (head) + strlen (charset), tail,
          strlen (tail) + 1);
  at += len + 1;
  put_word (buf, 52, (uint32_t) strlen (text));
  put_word (buf, 56, (uint32_t) at);
  memcpy (buf + at, text, strlen (text) + 1);
  return at + strlen (text) + 1;
}

/* 1 if PACK is closed: it gives nothing of its own.  */
static int
closed (const nxs_pack *pack)
{
  return nxs_pack_translated (pack) == 0 && same (nxs_pack_language (pack), "")
         && same (nxs_strerror_pack (status_of (0), pack), english (0));
}

/* A pack built here, in RAM: one that opens, and each way of damaging
   it, refused.  The message is NX_SUCCESS's, which every build has.  */
static void
check_tiny_pack (void)
{
  static unsigned char buf[512];
  static const char text[] = "\303\205tg\303\244rden lyckades.";
  nxs_pack pack;
  size_t translated = 0;
  for (size_t i = 0; i < ROWS; i++)
    translated += same (rows[i].msgid, rows[0].msgid);

  size_t size = tiny_pack (buf, "UTF-8", rows[0].msgid, text);
  const char *t = (const char *) buf + size - sizeof text;
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == 0
         && nxs_pack_translated (&pack) == translated
         && same (nxs_pack_language (&pack), "sv")
         && nxs_strerror_pack (status_of (0), &pack) == t
         && same (nxs_strerror_pack (0x1234, &pack), english (ROWS))
         && nxs_pack_gettext (&pack, rows[0].msgid) == t,
         "tiny pack", "opens");
  check (nxs_pack_open (&pack, buf, size, pack_index + 1,
                        nxs_pack_index_size ()) == 0
         && nxs_strerror_pack (status_of (0), &pack) == t,
         "tiny pack", "opens with an index at an odd address");
  check (nxs_pack_open (&pack, buf, size, pack_index,
                        nxs_pack_index_size () - 1) == ENOBUFS
         && closed (&pack), "tiny pack", "an index one byte short");
  check (nxs_pack_open (&pack, buf, size, NULL, 4) == EINVAL
         && closed (&pack), "tiny pack", "no index of 4 bytes");
  check (nxs_pack_open (&pack, buf, 0, NULL, 0) == EINVAL && closed (&pack),
         "tiny pack", "size 0");
  check (nxs_pack_open (&pack, buf, size - 1, NULL, 0) == EINVAL
         && closed (&pack), "tiny pack", "its last NUL cut off");
  check (nxs_pack_open (&pack, NULL, size, NULL, 0) == EINVAL
         && closed (&pack), "tiny pack", "NULL data");
  check (nxs_pack_open (NULL, buf, size, NULL, 0) == EINVAL, "tiny pack",
         "NULL pack");

  /* The translations' table past the end, then with room for one of
     its two descriptors; a translation past the end, and one whose
     length runs past its NUL.  */
  put_word (buf, 16, (uint32_t) size);
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == EINVAL
         && closed (&pack), "tiny pack", "translations' table past the end");
  put_word (buf, 16, (uint32_t) ((size - 8) & ~(size_t) 3));
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == EINVAL
         && closed (&pack), "tiny pack", "translations' table cut");
  put_word (buf, 16, 0xFFFFFFF0u);
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == EINVAL
         && closed (&pack), "tiny pack", "translations' table at 2^32 - 16");
  size = tiny_pack (buf, "UTF-8", rows[0].msgid, text);
  put_word (buf, 56, (uint32_t) size);
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == EINVAL
         && closed (&pack), "tiny pack", "a translation past the end");
  size = tiny_pack (buf, "UTF-8", rows[0].msgid, text);
  put_word (buf, 52, (uint32_t) sizeof text - 2);
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == EINVAL
         && closed (&pack), "tiny pack", "a length short of the NUL");

  /* Whole, but not for this library.  */
  size = tiny_pack (buf, "ISO-8859-1", rows[0].msgid, text);
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == EILSEQ
         && closed (&pack), "tiny pack", "ISO-8859-1");
  size = tiny_pack (buf, "UTF-8", "No message of nxstatus", text);
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == ENOMSG
         && closed (&pack), "tiny pack", "another domain's");
  size = tiny_pack (buf, "UTF-8", rows[0].msgid, "Bell\a");
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == ENOMSG,
         "tiny pack", "a control character is no translation");
  size = tiny_pack (buf, "UTF-8", rows[0].msgid, "\303(");
  check (nxs_pack_open (&pack, buf, size, NULL, 0) == ENOMSG,
         "tiny pack", "bad UTF-8 is no translation");
}

#ifdef NXS_TEST_PACK
/* po/sv.po as msgfmt writes it, linked in (.incbin) as read-only data:
   in flash, as an execute-in-place pack would be.  */
extern const unsigned char sv_mo_start[], sv_mo_end[];

# ifdef NXS_TEST_PACK_BUILTIN
/* The text of entry I (ROWS: the unknown sentence) in the pack.  */
static const char *
pack_expected (size_t i)
{
  return expected ("sv", i);
}
# else
/* expected-pack.h: pack_unknown, the unknown sentence, and pack_rows,
   each entry's text, of every family the host tool has.  */
struct pack_row
{
  const char *name;
  nxs_family family;
  const char *text;
};
#  include "expected-pack.h"

static const char *
pack_expected (size_t i)
{
  if (i == ROWS)
    return pack_unknown;
  for (size_t k = 0; k < sizeof pack_rows / sizeof pack_rows[0]; k++)
    if (pack_rows[k].family == rows[i].family
        && same (pack_rows[k].name, rows[i].name))
      return pack_rows[k].text;
  return NULL;
}
# endif

/* 1 if T, with its NUL, lies inside the pack.  */
static int
in_pack (const char *t)
{
  uintptr_t at = (uintptr_t) t, end = (uintptr_t) sv_mo_end;
  return t != NULL && at >= (uintptr_t) sv_mo_start && at < end
         && memchr (t, '\0', end - at) != NULL;
}

/* The Swedish pack, without an index and with one: every entry's text
   as expected and from the pack.  */
static void
check_sv_pack (void)
{
  size_t size = (size_t) (sv_mo_end - sv_mo_start);
  check ((uintptr_t) sv_mo_end <= 0x20000000u, "sv pack",
         "in flash, below RAM");
  check (nxs_pack_index_size () == NXS_PACK_INDEX_ENTRY * (ROWS + 1)
         && nxs_pack_index_size () <= NXS_PACK_INDEX_MAX, "sv pack",
         "nxs_pack_index_size");
  for (int indexed = 0; indexed <= 1; indexed++)
    {
      const char *how = indexed ? "with an index" : "without an index";
      nxs_pack pack;
      check (nxs_pack_open (&pack, sv_mo_start, size,
                            indexed ? pack_index + 1 : NULL,
                            indexed ? nxs_pack_index_size () : 0) == 0,
             "sv pack opens", how);
      check (same (nxs_pack_language (&pack), "sv"), "nxs_pack_language",
             how);
      check (nxs_pack_translated (&pack) == ROWS, "nxs_pack_translated",
             how);
      for (size_t i = 0; i < ROWS; i++)
        {
          const char *want = pack_expected (i);
          nxs_entry e;
          check (want != NULL, "expected pack text", rows[i].name);
          check (nxs_entry_get_pack (i, &pack, &e) == 0
                 && same (e.text, want) && in_pack (e.text)
                 && same (e.name, rows[i].name), "nxs_entry_get_pack",
                 rows[i].name);
          check (nxs_entry_find_pack (rows[i].name, &pack, &e) == 0
                 && same (e.text, pack_expected (first_of_name (i)))
                 && in_pack (e.text), "nxs_entry_find_pack", rows[i].name);
          check (nxs_pack_check (&pack, i) == 0, "nxs_pack_check",
                 rows[i].name);
          if (!rows[i].primary)
            continue;
          const char *t = nxs_strerror_pack (status_of (i), &pack);
          check (same (t, want) && in_pack (t), "nxs_strerror_pack",
                 rows[i].name);
          if (want != NULL)
            {
              if (indexed)
                check_sizes (status_of (i), NULL, &pack, want, 1,
                             rows[i].name);
              else
                {
                  char buf[NXS_STRERROR_MAX];
                  check (nxs_strerror_pack_r (status_of (i), &pack, buf,
                                              sizeof buf) == 0
                         && same (buf, want), "nxs_strerror_pack_r",
                         rows[i].name);
                }
            }
        }
      const char *unknown = nxs_strerror_pack (0x1234, &pack);
      check (same (unknown, pack_expected (ROWS)) && in_pack (unknown)
             && same (unknown, "Ok\303\244nt NetX-statusv\303\244rde"),
             "unknown sentence from the pack", how);
      check (nxs_pack_check (&pack, ROWS) == 0
             && nxs_pack_check (&pack, ROWS + 1) == ERANGE,
             "nxs_pack_check of the unknown sentence", how);
      check_sizes (0xFFFFFFFF, NULL, &pack,
                   "Ok\303\244nt NetX-statusv\303\244rde (0xFFFFFFFF)", 0,
                   "unknown _r from the pack");
      const char *g = nxs_pack_gettext (&pack, rows[0].msgid);
      check (same (g, pack_expected (0)) && in_pack (g), "nxs_pack_gettext",
             how);
    }
  nxs_pack pack;
  check (nxs_pack_open (&pack, sv_mo_start, size, pack_index,
                        nxs_pack_index_size () - 1) == ENOBUFS
         && closed (&pack), "sv pack", "an index one byte short");
}
#endif

int
main (void)
{
  check_entries ();
  check_families ();
  check_languages ();
  check_appendix ();
  check_unknown ();
  check_tiny_pack ();
#ifdef NXS_TEST_PACK
  check_sv_pack ();
#endif
  semihost_write ("device test: ");
  semihost_write_number (checks);
  semihost_write (" checks, ");
  semihost_write_number (failures);
  semihost_write (" failures; ");
  semihost_write_number (nxs_entry_count ());
  semihost_write (" entries, ");
  semihost_write_number (nxs_language_count ());
  semihost_write (" built-in languages, ");
#ifdef NXS_TEST_PACK
  semihost_write ("a Swedish pack, ");
#endif
  semihost_write ("version ");
  semihost_write (nxs_version ());
  semihost_write ("\n");
  return failures == 0 ? 0 : 1;
}
