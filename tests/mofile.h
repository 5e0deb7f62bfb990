/* mofile.h - .mo catalogs made and damaged by the tests.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_MOFILE_H
#define NXS_MOFILE_H 1

#include <stddef.h>
#include <stdint.h>

/* Header words of a .mo file, by byte offset.  */
enum
{
  MO_REVISION = 4, MO_NSTRINGS = 8, MO_ORIG = 12, MO_TRANS = 16,
  MO_HASH_SIZE = 20, MO_HASH = 24, MO_NSYSDEP_SEGMENTS = 28,
  MO_SYSDEP_SEGMENTS = 32, MO_NSYSDEP_STRINGS = 36
};

struct mo_pair
{
  const char *msgid;
  const char *msgstr;
};

/* A .mo image of the N PAIRS and a header entry naming CHARSET (none if
   NULL), with a hash table of HASH_SIZE slots (0 for none) filled as
   msgfmt fills it.  The strings are sorted here.  Returns memory the
   caller frees; its size in *SIZE.  */
unsigned char *mo_build (const struct mo_pair *pairs, size_t n,
                         const char *charset, uint32_t hash_size,
                         size_t *size);

/* Rewrite MO, a catalog in host byte order, in the other one.  */
void mo_swap (unsigned char *mo);

/* The defects of a catalog that every reader of it must refuse.  */
enum mo_defect
{
  DEFECT_MAGIC, DEFECT_MAJOR_REVISION, DEFECT_FEW_BYTES,
  DEFECT_STRINGS_PAST_END, DEFECT_TABLE_PAST_END, DEFECT_NO_NUL,
  DEFECT_HASH_SLOT_PAST_N, DEFECT_HASH_NOT_PRIME, DEFECT_HASH_FULL,
  DEFECT_HASH_PAST_END, DEFECT_SYSDEP_STRINGS, DEFECT_SYSDEP_SHORT_HEADER,
  DEFECT_SYSDEP_NO_HASH, N_DEFECTS
};

/* Give MO, a well-formed catalog in host byte order with a hash table
   of more than 2 slots, DEFECT; return how many of its bytes to use
   (fewer than it has, for some defects).  */
size_t mo_damage (unsigned char *mo, size_t size, enum mo_defect defect);

/* The word at byte OFFSET of MO, and setting it (host byte order, as
   mo_build writes).  */
uint32_t mo_word (const unsigned char *mo, size_t offset);
void mo_set_word (unsigned char *mo, size_t offset, uint32_t w);

/* Write SIZE bytes of DATA as DIR/LANG/LC_MESSAGES/nxstatus.mo, making
   the directories.  Any trouble fails the calling test.  */
void mo_install (const char *dir, const char *lang,
                 const unsigned char *data, size_t size);

/* The whole file PATH, in memory the caller frees; its size in *SIZE.  */
unsigned char *read_whole (const char *path, size_t *size);

/* The shipped Swedish catalog the build made for the tests.  */
unsigned char *shipped_sv (size_t *size);

/* The Swedish catalog as msgfmt writes it from po/sv.po: the build's
   for the tests, or one made here with $GMSGFMT from $NXS_TEST_PODIR;
   NULL if neither can be had.  */
unsigned char *sv_pack (size_t *size);

/* A new empty directory below /tmp, for the test to fill; removed by
   remove_tree.  Returns static storage of the calling slot (0-7).  */
const char *scratch_dir (int slot);
void remove_tree (const char *dir);

#endif /* NXS_MOFILE_H */
