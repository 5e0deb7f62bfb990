/* device_test.c - the on-target test, run in QEMU's mps2-an385
   (Cortex-M3) against the installed static library: every entry's
   name, value, family and English text, every built-in language's text
   of every entry, the appendix's Swedish, the unknown-value sentence,
   and the _r contracts at every buffer size.  Exits 1 on any mismatch.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The expected data come from the sources: codes.def, the built-in
   catalogs (expected-languages.h, as the build chose them) and the
   appendix (appendix.h, made from tests/appendix.tsv).  */

#include <errno.h>
#include <stddef.h>
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

/* The status nxs_from_name gives for row I's name: the first row of
   that name (the FTP client's, of a name its server shares).  */
static unsigned int
from_name_status (size_t i)
{
  size_t first = 0;
  while (!same (rows[first].name, rows[i].name))
    first++;
  return status_of (first);
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

/* The _r contract for TEXT, the whole text of STATUS in LANG (NULL:
   nxs_strerror_r), at every buffer size.  */
static void
check_sizes (unsigned int status, const char *lang, const char *text,
             int known, const char *about)
{
  char buf[320];
  size_t len = strlen (text);
  for (size_t size = 0; size <= len + 1 && size < sizeof buf - 1; size++)
    {
      memset (buf, '#', sizeof buf);
      errno = 4242;
      int rc = lang != NULL ? nxs_strerror_lang_r (status, lang, buf, size)
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
              check_sizes (status_of (i), lang, want_text, 1, rows[i].name);
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
  check_sizes (0xFFFFFFFF, NULL, "Unknown NetX status value (0xFFFFFFFF)",
               0, "unknown _r");
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

int
main (void)
{
  check_entries ();
  check_families ();
  check_languages ();
  check_appendix ();
  check_unknown ();
  semihost_write ("device test: ");
  semihost_write_number (checks);
  semihost_write (" checks, ");
  semihost_write_number (failures);
  semihost_write (" failures; ");
  semihost_write_number (nxs_entry_count ());
  semihost_write (" entries, ");
  semihost_write_number (nxs_language_count ());
  semihost_write (" built-in languages, version ");
  semihost_write (nxs_version ());
  semihost_write ("\n");
  return failures == 0 ? 0 : 1;
}
