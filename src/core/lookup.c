/* lookup.c - the untranslated queries: names, msgids, families, entries.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>

#include "table.h"

const char *
nxs_name (unsigned int status)
{
  int i = nxsi_primary_index (status);
  return i < 0 ? NULL : nxsi_entry_name ((size_t) i);
}

const char *
nxs_description (unsigned int status)
{
  int i = nxsi_primary_index (status);
  return i < 0 ? NULL : nxsi_entry_msgid ((size_t) i);
}

nxs_family
nxs_family_of (unsigned int status)
{
  int i = nxsi_primary_index (status);
  return i < 0 ? NXS_FAMILY_UNKNOWN : nxsi_entry_family ((size_t) i);
}

const char *
nxs_family_name (nxs_family family)
{
  switch (family)
    {
    case NXS_FAMILY_NETX:
      return "netx";
    case NXS_FAMILY_TLS:
      return "tls";
    case NXS_FAMILY_X509:
      return "x509";
    case NXS_FAMILY_CRYPTO:
      return "crypto";
    case NXS_FAMILY_UNKNOWN:
    default:
      return NULL;
    }
}

size_t
nxs_entry_count (void)
{
  return NXS_ENTRY_COUNT;
}

int
nxs_entry_get (size_t index, nxs_entry *entry)
{
  if (entry == NULL)
    return EINVAL;
  if (index >= NXS_ENTRY_COUNT)
    return ERANGE;

  unsigned int value = nxsi_entry_value (index);
  entry->name = nxsi_entry_name (index);
  entry->description = nxsi_entry_msgid (index);
  entry->text = nxsi_entry_text (index);
  entry->value = value;
  entry->family = nxsi_entry_family (index);
  entry->primary = nxsi_primary_index (value) == (int) index;
  return 0;
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
    *status = nxsi_entry_value ((size_t) i);
  return 0;
}

int
nxs_entry_find (const char *name, nxs_entry *entry)
{
  if (name == NULL || entry == NULL)
    return EINVAL;
  int i = nxsi_find_name (name);
  return i < 0 ? ENOENT : nxs_entry_get ((size_t) i, entry);
}

const char *
nxs_version (void)
{
  return PACKAGE_VERSION;
}
