/* pack.c - language packs: a .mo catalog the caller holds as bytes.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   A pack is untrusted input: it is checked whole at open (mo.c), and a
   translation is used only if it is valid UTF-8 without control
   characters, so every text handed out lies inside the caller's bytes.
   Messages are found as gettext finds them, by msgid, or in a build
   without descriptions by the msgid's hash, which is all such a build
   keeps (4 bytes an entry).  With an index, open notes each entry's
   text once: a lookup is then two loads.  No heap, no locale, no errno:
   portable core.  */

#include <config.h>

#include <errno.h>
#include <string.h>

#include "mo.h"
#include "table.h"
#include "text.h"
#include "utf8.h"

enum { ENTRIES = NXS_ENTRY_COUNT + 1 };

_Static_assert (NXS_PACK_INDEX_MAX >= NXS_PACK_INDEX_ENTRY * ENTRIES,
                "NXS_PACK_INDEX_MAX is too small for codes.def");
_Static_assert (NXS_PACK_INDEX_ENTRY == sizeof (uint32_t),
                "an index entry is an offset into the pack");

/* The checked catalog PACK holds.  */
static struct nxsi_mo
catalog (const nxs_pack *pack)
{
  struct nxsi_mo mo;
  memset (&mo, 0, sizeof mo);
  mo.data = pack->nxs_data;
  mo.size = pack->nxs_size;
  mo.swap = pack->nxs_swap;
  mo.n = pack->nxs_strings;
  mo.orig = pack->nxs_originals;
  mo.trans = pack->nxs_translations;
  mo.hash_size = pack->nxs_hash_size;
  mo.hash = pack->nxs_hash;
  return mo;
}

/* The message of MO that gettext would find for entry I, or -1.  */
static long
entry_message (const struct nxsi_mo *mo, size_t i)
{
#if NXS_DESCRIPTIONS
  return nxsi_mo_lookup (mo, nxsi_english (i));
#else
  return nxsi_mo_lookup_hash (mo, nxsi_entry_hash (i));
#endif
}

/* Why the translation T is not used, with or without LINES (newlines
   and tabs): 0 (it is), ENOENT (empty), EILSEQ (not UTF-8) or EBADMSG
   (a control character).  */
static int
fault (const char *t, int lines)
{
  const unsigned char *p = (const unsigned char *) t;
  if (*p == '\0')
    return ENOENT;
  int control = 0;
  for (size_t len; *p != '\0'; p += len)
    {
      len = nxsi_utf8_char (p);
      if (len == 0)
        return EILSEQ;
      control |= nxsi_utf8_control (p) && !(lines && (*p == '\n' || *p == '\t'));
    }
  return control ? EBADMSG : 0;
}

/* Entry I's text in MO, or NULL; the reason in *WHY.  */
static const char *
entry_text (const struct nxsi_mo *mo, size_t i, int *why)
{
  long k = entry_message (mo, i);
  const char *t = k >= 0 ? nxsi_mo_translation (mo, (uint32_t) k) : "";
  *why = fault (t, 0);
  return *why == 0 ? t : NULL;
}

/* Entry I's text in PACK, or NULL: from the index if it has one.  */
static const char *
pack_text (const nxs_pack *pack, size_t i)
{
  if (pack == NULL || !pack->nxs_open)
    return NULL;
  if (pack->nxs_index != NULL)
    {
      uint32_t at;
      memcpy (&at, pack->nxs_index + NXS_PACK_INDEX_ENTRY * i, sizeof at);
      return at != 0 ? (const char *) pack->nxs_data + at : NULL;
    }
  struct nxsi_mo mo = catalog (pack);
  int why;
  return entry_text (&mo, i, &why);
}

/* 1 if the LEN bytes at S name a charset whose text is UTF-8: UTF-8,
   or ASCII, its subset, which msginit writes where the language's
   locale is not installed (msgfmt then refuses any byte beyond ASCII,
   and each text is checked as UTF-8 all the same).  */
static int
utf8_charset (const char *s, size_t len)
{
  return nxsi_charset_is (s, len, "utf8") || nxsi_charset_is (s, len, "ascii")
         || nxsi_charset_is (s, len, "usascii");
}

/* 1 if C may be part of a language code ("pt_BR", "sr@latin").  */
static int
code_char (unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
         || (c >= '0' && c <= '9') || c == '_' || c == '@' || c == '.'
         || c == '-';
}

/* Copy the "Language:" header of MO into LANG (16 bytes): "" if there
   is none, it is not where msgfmt puts it, or it is no plain language
   code.  Loops, not strspn and the
   like, which would add half a kilobyte to a firmware.  */
static void
language (const struct nxsi_mo *mo, char lang[16])
{
  static const char field[] = "Language:";
  lang[0] = '\0';
  /* The header is the empty msgid, first of the sorted originals, as
     msgfmt writes it; a firmware without descriptions needs no lookup
     by string for it.  */
  const char *h = mo->n > 0 && nxsi_mo_original (mo, 0)[0] == '\0'
                  ? nxsi_mo_translation (mo, 0) : "";
  while (*h != '\0')
    {
      size_t n = 0;
      while (n < sizeof field - 1 && h[n] == field[n])
        n++;
      if (n == sizeof field - 1)
        {
          h += n;
          while (*h == ' ' || *h == '\t')
            h++;
          size_t len = 0;
          while (len < 16 && code_char ((unsigned char) h[len]))
            len++;
          if (len < 16 && (h[len] == '\0' || h[len] == '\n'))
            {
              memcpy (lang, h, len);
              lang[len] = '\0';
            }
          return;
        }
      while (*h != '\0' && *h++ != '\n')
        continue;
    }
}

int
nxs_pack_open (nxs_pack *pack, const void *data, size_t size, void *index,
               size_t index_size)
{
  if (pack != NULL)
    pack->nxs_open = 0;
  if (pack == NULL || data == NULL || (index == NULL && index_size != 0))
    return EINVAL;
  struct nxsi_mo mo;
  if (nxsi_mo_check (data, size, &mo) != 0)
    return EINVAL;
  if (!utf8_charset ((const char *) mo.data + mo.charset_at,
                     mo.charset_len))
    return EILSEQ;
  if (index != NULL && index_size < NXS_PACK_INDEX_ENTRY * (size_t) ENTRIES)
    return ENOBUFS;

  size_t translated = 0;
  for (size_t i = 0; i < ENTRIES; i++)
    {
      int why;
      const char *t = entry_text (&mo, i, &why);
      translated += t != NULL && i < NXS_ENTRY_COUNT;
      if (index != NULL)
        {
          /* 0 is the magic number, never a translation: none.  */
          uint32_t at = t != NULL ? (uint32_t) ((const unsigned char *) t
                                                - mo.data) : 0;
          memcpy ((unsigned char *) index + NXS_PACK_INDEX_ENTRY * i, &at,
                  sizeof at);
        }
    }
  if (translated == 0)
    return ENOMSG;

  pack->nxs_data = mo.data;
  pack->nxs_index = index;
  pack->nxs_size = (unsigned int) mo.size;
  pack->nxs_swap = (unsigned char) mo.swap;
  pack->nxs_strings = mo.n;
  pack->nxs_originals = mo.orig;
  pack->nxs_translations = mo.trans;
  pack->nxs_hash_size = mo.hash_size;
  pack->nxs_hash = mo.hash;
  pack->nxs_translated = (unsigned int) translated;
  language (&mo, pack->nxs_language);
  pack->nxs_open = 1;
  return 0;
}

size_t
nxs_pack_index_size (void)
{
  return NXS_PACK_INDEX_ENTRY * (size_t) ENTRIES;
}

const char *
nxs_pack_language (const nxs_pack *pack)
{
  return pack != NULL && pack->nxs_open ? pack->nxs_language : "";
}

size_t
nxs_pack_translated (const nxs_pack *pack)
{
  return pack != NULL && pack->nxs_open ? pack->nxs_translated : 0;
}

const char *
nxs_strerror_pack (unsigned int status, const nxs_pack *pack)
{
  int i = nxsi_primary_index (status);
  size_t at = i < 0 ? NXS_ENTRY_COUNT : (size_t) i;
  const char *text = pack_text (pack, at);
  return text != NULL ? text : nxsi_english (at);
}

int
nxs_strerror_pack_r (unsigned int status, const nxs_pack *pack, char *buf,
                     size_t buflen)
{
  return nxsi_write_text (buf, buflen, nxs_strerror_pack (status, pack),
                          nxsi_primary_index (status) >= 0, status,
                          nxsi_fit_utf8);
}

int
nxs_entry_get_pack (size_t index, const nxs_pack *pack, nxs_entry *entry)
{
  int result = nxsi_fill_entry (index, 1, NULL, entry);
  if (result == 0)
    {
      const char *text = pack_text (pack, index);
      if (text != NULL)
        entry->text = text;
    }
  return result;
}

int
nxs_entry_find_pack (const char *name, const nxs_pack *pack,
                     nxs_entry *entry)
{
  if (name == NULL || entry == NULL)
    return EINVAL;
  int i = nxsi_find_name (name);
  return i < 0 ? ENOENT : nxs_entry_get_pack ((size_t) i, pack, entry);
}

int
nxs_pack_check (const nxs_pack *pack, size_t index)
{
  if (pack == NULL || !pack->nxs_open)
    return EINVAL;
  if (index >= ENTRIES)
    return ERANGE;
  struct nxsi_mo mo = catalog (pack);
  int why;
  entry_text (&mo, index, &why);
  return why;
}

const char *
nxs_pack_gettext (const nxs_pack *pack, const char *msgid)
{
  if (msgid == NULL || msgid[0] == '\0' || pack == NULL || !pack->nxs_open)
    return msgid;
  struct nxsi_mo mo = catalog (pack);
  long k = nxsi_mo_lookup (&mo, msgid);
  const char *t = k >= 0 ? nxsi_mo_translation (&mo, (uint32_t) k) : "";
  return fault (t, 1) == 0 ? t : msgid;
}
