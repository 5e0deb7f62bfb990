/* packfile.h - a language pack read from a file, as a device holds it.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_PACKFILE_H
#define NXS_PACKFILE_H 1

#include "nxstatus.h"

/* The largest pack read: 16 MiB, far beyond any catalog of the domain
   (Swedish is some 150 KB).  */
#define PACK_FILE_MAX (16UL * 1024 * 1024)

enum pack_file_result
{
  PACK_FILE_OK,                 /* *PACK is open */
  PACK_FILE_UNREADABLE,         /* errno says why */
  PACK_FILE_TOO_LARGE,          /* over PACK_FILE_MAX bytes */
  PACK_FILE_REFUSED             /* nxs_pack_open's error in *ERROR */
};

/* Read FILE whole into memory and open it into *PACK with an index of
   nxs_pack_index_size () bytes, as a device that holds it in RAM would.
   The bytes and the index stay until the program ends.  */
enum pack_file_result pack_file_open (const char *file, nxs_pack *pack,
                                      int *error);

/* Why nxs_pack_open refused a pack with ERROR, in words in the tool's
   language (the locale's charset).  */
const char *pack_reason (int error);

#endif /* NXS_PACKFILE_H */
