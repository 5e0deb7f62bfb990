/* i18n.c - the tool's own messages, in the language of its
   descriptions.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   The tool speaks one language at a time: where the descriptions come
   from an installed catalog, its words do too (through the library's
   nxs_gettext, so gettext does the work); where they come from a
   built-in catalog, its words come from the tables the build compiled
   from the same po/LL.po into the tool; where they come from a
   language pack (--pack), its words come from the pack, a full catalog
   of the domain.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "i18n.h"
#include "language.h"
#include "nxstatus.h"

/* Includes catalogs/LL-messages.inc of each built-in language and
   defines TOOL_MESSAGES (X) as X (ID, "LL") for each.  */
#include "tool-messages.h"

static const struct tool_table
{
  const char *lang;
  const struct tool_message *messages;
} tables[] = {
#define X(id, name) { name, tool_messages_##id },
  TOOL_MESSAGES (X)
#undef X
  { NULL, NULL }
};

static int chosen;
static enum i18n_source source;
static const struct tool_message *table;
static const nxs_pack *pack;

void
i18n_use (enum i18n_source from, const char *lang)
{
  chosen = 1;
  source = from;
  table = NULL;
  pack = NULL;
  for (size_t i = 0; from == I18N_BUILTIN && tables[i].lang != NULL; i++)
    if (strcmp (tables[i].lang, lang) == 0)
      table = tables[i].messages;
  if (from == I18N_BUILTIN && table == NULL)
    source = I18N_ENGLISH;
}

void
i18n_use_pack (const nxs_pack *from)
{
  i18n_use (I18N_PACK, NULL);
  pack = from;
}

/* The translation of MSGID in TABLE, UTF-8, or NULL.  */
static const char *
lookup (const char *msgid)
{
  size_t lo = 0, hi = 0;
  while (table[hi].msgid != NULL)
    hi++;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int cmp = strcmp (msgid, table[mid].msgid);
      if (cmp == 0)
        return table[mid].msgstr;
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}

/* Built-in translations already put in the locale's charset, kept for
   the life of the program: few, and each asked for many times.  */
static struct converted
{
  const char *msgstr;
  char *text;
  struct converted *next;
} *converted;

static const char *
in_locale_charset (const char *utf8)
{
  for (struct converted *c = converted; c != NULL; c = c->next)
    if (c->msgstr == utf8)
      return c->text;
  struct converted *c = xmalloc (sizeof *c);
  c->msgstr = utf8;
  c->text = utf8_to_locale (utf8);
  c->next = converted;
  converted = c;
  return c->text;
}

const char *
tool_gettext (const char *msgid)
{
  if (!chosen)
    language_choose (NULL);
  const char *text = NULL;
  switch (source)
    {
    case I18N_INSTALLED:
      /* UTF-8: language.c binds the domain's codeset.  */
      text = nxs_gettext (msgid);
      text = text != msgid ? in_locale_charset (text) : NULL;
      break;
    case I18N_PACK:
      /* UTF-8, valid and without control characters but line breaks
         and tabs: nxs_pack_gettext checks each.  */
      text = nxs_pack_gettext (pack, msgid);
      text = text != msgid ? in_locale_charset (text) : NULL;
      break;
    case I18N_BUILTIN:
      text = lookup (msgid);
      if (text != NULL)
        text = in_locale_charset (text);
      break;
    case I18N_ENGLISH:
      break;
    }
  return text != NULL ? text : msgid;
}
