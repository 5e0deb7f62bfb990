/* lookup.c - the untranslated queries: names, msgids, families, entries.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>

#include "table.h"

/* The short names of the families in this build, relocation-free like
   the tables; offset 0 (none_) marks a family left out.  */
static const struct family_names
{
  char none_;
#define NXS_FAMILY(token, id, first, last, kind, what) char token[sizeof #id];
#include "families.def"
} family_names = {
  0,
#define NXS_FAMILY(token, id, first, last, kind, what) #id,
#include "families.def"
};

static const uint16_t family_name_at[] = {
#define NXS_FAMILY(token, id, first, last, kind, what)                  \
  [NXS_FAMILY_##token - 1] = offsetof (struct family_names, token),
#include "families.def"
};

enum { FAMILIES = sizeof family_name_at / sizeof family_name_at[0] };

const char *
nxs_family_name (nxs_family family)
{
  size_t f = (size_t) family;
  if (f < 1 || f > FAMILIES || family_name_at[f - 1] == 0)
    return NULL;
  return (const char *) &family_names + family_name_at[f - 1];
}

nxs_family
nxs_family_from_name (const char *name)
{
  for (size_t f = 1; name != NULL && f <= FAMILIES; f++)
    {
      const char *id = nxs_family_name ((nxs_family) f), *p = name;
      if (id == NULL)
        continue;
      while (*id != '\0' && (*p == *id || (*p >= 'A' && *p <= 'Z'
                                           && *p - 'A' + 'a' == *id)))
        p++, id++;
      if (*id == '\0' && *p == '\0')
        return (nxs_family) f;
    }
  return NXS_FAMILY_UNKNOWN;
}

size_t
nxs_family_count (void)
{
  return NXS_FAMILY_WEBSOCKET;
}

size_t
nxs_entry_count (void)
{
  return NXS_ENTRY_COUNT;
}

int
nxsi_fill_entry (size_t index, int builtin, const char *lang,
                 nxs_entry *entry)
{
  if (entry == NULL)
    return EINVAL;
  if (index >= NXS_ENTRY_COUNT)
    return ERANGE;

  entry->name = nxsi_entry_name (index);
  entry->description = nxsi_entry_msgid (index);
  entry->text = builtin ? nxsi_entry_text_lang (index, lang)
                       : nxsi_entry_text (index);
  entry->value = nxsi_entry_value (index);
  entry->family = nxsi_entry_family (index);
  entry->primary = nxsi_entry_primary (index);
  return 0;
}

int
nxs_entry_get (size_t index, nxs_entry *entry)
{
  return nxsi_fill_entry (index, 0, NULL, entry);
}

int
nxs_entry_get_lang (size_t index, const char *lang, nxs_entry *entry)
{
  return nxsi_fill_entry (index, 1, lang, entry);
}

int
nxs_from_name (const char *name, unsigned int *status)
{
  if (name == NULL)
    return EINVAL;
  int i = nxsi_find_name (name);
  if (i < 0)
    return ENOENT;
  if (status != NULL)
    {
      unsigned int v = nxsi_entry_value ((size_t) i);
#if !defined NXS_CORE_ONLY
      /* An add-on's value may be another add-on's too: qualify it, so
         that it resolves to this name.  */
      nxs_family f = nxsi_entry_family ((size_t) i);
      if (f > NXS_FAMILY_CRYPTO)
        v = NXS_IN (f, v);
#endif
      *status = v;
    }
  return 0;
}

/* nxs_entry_find and its _lang form.  */
static int
find (const char *name, int builtin, const char *lang, nxs_entry *entry)
{
  if (name == NULL || entry == NULL)
    return EINVAL;
  int i = nxsi_find_name (name);
  return i < 0 ? ENOENT : nxsi_fill_entry ((size_t) i, builtin, lang, entry);
}

int
nxs_entry_find (const char *name, nxs_entry *entry)
{
#if ENABLE_NLS
  return find (name, 0, NULL, entry);
#else
  /* Without NLS the caller's language is English, as for no language:
     one copy of the code for a firmware.  */
  return nxs_entry_find_lang (name, NULL, entry);
#endif
}

int
nxs_entry_find_lang (const char *name, const char *lang, nxs_entry *entry)
{
  return find (name, 1, lang, entry);
}

const char *
nxs_version (void)
{
  return PACKAGE_VERSION;
}
