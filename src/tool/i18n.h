/* i18n.h - the tool's messages, translated by the library.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_I18N_H
#define NXS_I18N_H 1

#include "nxstatus.h"

/* Marks a string for xgettext without translating it here.  */
#define N_(msgid) msgid

/* Translates in the package's text domain, from the catalogs the
   library has checked.  */
#define _(msgid) nxs_gettext (msgid)

#endif /* NXS_I18N_H */
