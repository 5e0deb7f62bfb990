/* i18n.h - gettext glue that also builds without NLS.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_I18N_H
#define NXS_I18N_H 1

#if ENABLE_NLS
# include <libintl.h>
#else
# define dgettext(domain, msgid) ((void) (domain), (const char *) (msgid))
#endif

/* Marks a string for xgettext without translating it here.  */
#define N_(msgid) msgid

/* Translates in the package's own text domain, never the program's.  */
#define _(msgid) dgettext (PACKAGE, msgid)

#endif /* NXS_I18N_H */
