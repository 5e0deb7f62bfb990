/* footprint.c - a firmware that keeps every function of libnxstatus, for
   measuring what the library costs on a Cortex-M3 (tests/firmware/
   footprint.sh reads the link map); with NXS_FOOTPRINT_PACK also those
   that check, open and look up a language pack, for what packs add.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include "nxstatus.h"

/* Every function but the packs', so that the linker's garbage
   collection keeps all: the most a firmware can take of the library
   without packs.  */
void *volatile keep[] = {
  (void *) nxs_strerror, (void *) nxs_strerror_r, (void *) nxs_strerror_lang,
  (void *) nxs_strerror_lang_r, (void *) nxs_language_match,
  (void *) nxs_language_count, (void *) nxs_language_get,
  (void *) nxs_name, (void *) nxs_description, (void *) nxs_family_of,
  (void *) nxs_family_name, (void *) nxs_family_from_name,
  (void *) nxs_family_count, (void *) nxs_family_size,
  (void *) nxs_from_name, (void *) nxs_entry_find,
  (void *) nxs_entry_find_lang, (void *) nxs_entry_count,
  (void *) nxs_entry_get, (void *) nxs_entry_get_lang,
  (void *) nxs_bind_localedir, (void *) nxs_localedir, (void *) nxs_gettext,
  (void *) nxs_version,
#ifdef NXS_FOOTPRINT_PACK
  (void *) nxs_pack_open, (void *) nxs_strerror_pack,
  (void *) nxs_strerror_pack_r, (void *) nxs_pack_language,
  (void *) nxs_pack_translated,
#endif
};

int
main (void)
{
  return keep[0] == 0;
}
