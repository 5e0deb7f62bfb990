/* i18n.h - the tool's own messages, in the language of its
   descriptions.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_I18N_H
#define NXS_I18N_H 1

#include <stddef.h>

#include "nxstatus.h"

/* Marks a string for xgettext without translating it here.  */
#define N_(msgid) msgid

/* MSGID translated, in the charset of the locale.  */
#define _(msgid) tool_gettext (msgid)

/* Where the tool's words come from (language.c chooses).  */
enum i18n_source
{
  I18N_ENGLISH,                 /* the msgids */
  I18N_INSTALLED,               /* gettext, through nxs_gettext */
  I18N_BUILTIN,                 /* tables compiled into the tool from
                                   po/LL.po, as the library's built-in
                                   catalogs are */
  I18N_PACK                     /* a language pack, through
                                   nxs_pack_gettext (i18n_use_pack) */
};

/* One message of a built-in table (catalogs/LL-messages.inc): UTF-8.  */
struct tool_message
{
  const char *msgid;
  const char *msgstr;
};

/* Take the messages from SOURCE from now on; for I18N_BUILTIN, LANG is
   the built-in language, as nxs_language_match names it.  Before the
   first call, the language of the environment is chosen
   (language_choose (NULL)).  */
void i18n_use (enum i18n_source source, const char *lang);

/* Take the messages from PACK, an open language pack that stays for the
   life of the program, from now on (I18N_PACK).  */
void i18n_use_pack (const nxs_pack *pack);

/* MSGID in the chosen language, in the charset of the LC_CTYPE locale,
   characters it lacks approximated; MSGID itself if untranslated.  The
   text lives until the program ends.  */
const char *tool_gettext (const char *msgid);

#endif /* NXS_I18N_H */
