/* checkpack.c - what a device maker must know of a language pack
   before shipping it (--check-pack).

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   Every figure comes from the public pack API, as a device would find
   it: nxs_pack_check for each entry, the texts from nxs_entry_get_pack
   and nxs_strerror_pack.  A pack that opens is usable, whatever it
   refuses or cuts; the report says what.  */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "checkpack.h"
#include "glyphs.h"
#include "i18n.h"
#include "packfile.h"

/* What nxs_strerror_pack_r appends to the unknown sentence, at most.  */
static const char unknown_value[] = " (0xFFFFFFFF)";

/* Why a translation is refused, for an error of nxs_pack_check.  */
static const char *
refusal (int why)
{
  return why == EILSEQ ? _("not valid UTF-8")
         : why == EBADMSG ? _("holds a control character")
         : strerror (why);
}

static const char *
error_name (int why)
{
  return why == EINVAL ? "EINVAL" : why == EILSEQ ? "EILSEQ"
         : why == ENOMSG ? "ENOMSG" : why == EBADMSG ? "EBADMSG"
         : why == ENOBUFS ? "ENOBUFS" : "unknown";
}

/* The figures of a pack.  */
struct report
{
  const nxs_pack *pack;
  size_t entries;               /* nxs_entry_count (): the unknown
                                   sentence's index too */
  size_t translated;
  size_t *family_translated;    /* by family number */
  size_t refused;
  size_t too_long;              /* texts that do not fit
                                   NXS_STRERROR_MAX with the NUL */
  size_t longest, longest_at;   /* bytes, and whose (ENTRIES: the
                                   unknown sentence) */
  int unknown;                  /* nxs_pack_check of the unknown
                                   sentence */
  char *glyphs;                 /* UTF-8 */
};

/* Bytes of the text of entry I (the unknown sentence for I ==
   R->entries) as nxs_strerror_pack_r writes it, without the NUL.  */
static size_t
text_bytes (const struct report *r, size_t i)
{
  nxs_entry e;
  if (i == r->entries)
    return strlen (nxs_strerror_pack (0xFFFFFFFF, r->pack))
           + strlen (unknown_value);
  return nxs_entry_get_pack (i, r->pack, &e) == 0 ? strlen (e.text) : 0;
}

/* Why the library refuses the translation of entry I (the unknown
   sentence for I == R->entries), or 0 if it does not (or there is
   none).  */
static int
refused (const struct report *r, size_t i)
{
  int why = nxs_pack_check (r->pack, i);
  return why == ENOENT ? 0 : why;
}

/* The bytes of the translation of entry I if they do not fit
   NXS_STRERROR_MAX with the NUL, else 0.  */
static size_t
too_long (const struct report *r, size_t i)
{
  size_t bytes = nxs_pack_check (r->pack, i) == 0 ? text_bytes (r, i) : 0;
  return bytes >= NXS_STRERROR_MAX ? bytes : 0;
}

static void
measure (struct report *r, const nxs_pack *pack)
{
  memset (r, 0, sizeof *r);
  r->pack = pack;
  r->entries = nxs_entry_count ();
  r->family_translated = xmalloc ((nxs_family_count () + 1)
                                  * sizeof *r->family_translated);
  memset (r->family_translated, 0,
          (nxs_family_count () + 1) * sizeof *r->family_translated);
  struct glyphs g = GLYPHS_INIT;
  for (size_t i = 0; i <= r->entries; i++)
    {
      int why = nxs_pack_check (pack, i);
      nxs_entry e;
      if (i < r->entries && nxs_entry_get_pack (i, pack, &e) == 0)
        {
          glyphs_add (&g, e.text);
          if (why == 0)
            {
              r->translated++;
              r->family_translated[e.family]++;
            }
        }
      if (i == r->entries)
        {
          r->unknown = why;
          glyphs_add (&g, nxs_strerror_pack (0xFFFFFFFF, pack));
        }
      r->refused += refused (r, i) != 0;
      r->too_long += too_long (r, i) != 0;
      size_t bytes = why == 0 ? text_bytes (r, i) : 0;
      if (bytes > r->longest)
        r->longest = bytes, r->longest_at = i;
    }
  glyphs_add_value (&g);
  r->glyphs = glyphs_text (&g);
}

/* --- text ------------------------------------------------------------- */

/* "NAME (0xHEX, family)" of entry I, or the unknown sentence's words.  */
static void
put_entry (FILE *fp, const struct report *r, size_t i)
{
  nxs_entry e;
  if (i == r->entries || nxs_entry_get_pack (i, r->pack, &e) != 0)
    fputs (_("the unknown-value sentence"), fp);
  else
    fprintf (fp, "%s (0x%02X, %s)", e.name, e.value,
             nxs_family_name (e.family));
}

/* Write LABEL, a message, and a space.  */
static void
put_label (FILE *fp, const char *label)
{
  fputs (label, fp);
  putc (' ', fp);
}

static void
put_text (FILE *fp, const struct report *r)
{
  /* TRANSLATORS: a label of --check-pack's report, as are those below
     that end in ":"; a value follows it after a space.  */
  put_label (fp, _("Language:"));
  const char *lang = nxs_pack_language (r->pack);
  fputs (lang[0] != '\0' ? lang : _("(none)"), fp);
  putc ('\n', fp);

  put_label (fp, _("Translated entries:"));
  fprintf (fp, "%zu/%zu\n", r->translated, r->entries);
  int width = 0;
  for (size_t f = 1; f <= nxs_family_count (); f++)
    if (nxs_family_name ((nxs_family) f) != NULL
        && (int) strlen (nxs_family_name ((nxs_family) f)) > width)
      width = (int) strlen (nxs_family_name ((nxs_family) f));
  for (size_t f = 1; f <= nxs_family_count (); f++)
    if (nxs_family_name ((nxs_family) f) != NULL)
      fprintf (fp, "  %-*s  %zu/%zu\n", width,
               nxs_family_name ((nxs_family) f), r->family_translated[f],
               nxs_family_size ((nxs_family) f));

  put_label (fp, _("Unknown-value sentence:"));
  /* TRANSLATORS: the unknown-value sentence is translated, not
     translated, or refused by the library.  */
  fputs (r->unknown == 0 ? _("translated")
         : r->unknown == ENOENT ? _("not translated") : _("refused"), fp);
  putc ('\n', fp);

  put_label (fp, _("Refused translations:"));
  fprintf (fp, "%zu\n", r->refused);
  for (size_t i = 0; i <= r->entries; i++)
    if (refused (r, i) != 0)
      {
        fputs ("  ", fp);
        put_entry (fp, r, i);
        fputs (": ", fp);
        fputs (refusal (refused (r, i)), fp);
        putc ('\n', fp);
      }

  put_label (fp, _("Longest text in bytes:"));
  fprintf (fp, "%zu, ", r->longest);
  put_entry (fp, r, r->longest_at);
  putc ('\n', fp);
  put_label (fp, _("Buffer in bytes (NXS_STRERROR_MAX):"));
  fprintf (fp, "%d\n", NXS_STRERROR_MAX);
  if (r->too_long == 0)
    fputs (_("Every text fits."), fp);
  else
    /* Usable all the same: nxs_strerror_pack_r cuts between
       characters, and keeps an unknown value whole.  */
    fputs (_("warning: these texts do not fit; nxs_strerror_pack_r "
             "cuts them:"), fp);
  for (size_t i = 0; i <= r->entries; i++)
    if (too_long (r, i) != 0)
      {
        fputs ("\n  ", fp);
        put_entry (fp, r, i);
        fprintf (fp, ": %zu", too_long (r, i));
      }
  putc ('\n', fp);

  fputs (_("Characters the texts need:"), fp);
  putc ('\n', fp);
  fputs (r->glyphs, fp);
  putc ('\n', fp);
}

/* --- JSON ------------------------------------------------------------- */

/* A message of the tool as a JSON string.  */
static void
put_json_message (FILE *fp, const char *message)
{
  char *utf8 = locale_to_utf8 (message);
  output_json_string (fp, utf8);
  free (utf8);
}

/* The members that name entry I: name, value, hex, family (null for
   the unknown sentence).  */
static void
put_json_entry (FILE *fp, const struct report *r, size_t i)
{
  nxs_entry e;
  if (i == r->entries || nxs_entry_get_pack (i, r->pack, &e) != 0)
    fputs ("\"name\": null, \"value\": null, \"hex\": null, "
           "\"family\": null", fp);
  else
    fprintf (fp, "\"name\": \"%s\", \"value\": %u, \"hex\": \"0x%02X\", "
             "\"family\": \"%s\"", e.name, e.value, e.value,
             nxs_family_name (e.family));
}

static void
put_json_file (FILE *fp, const char *file)
{
  char *utf8 = locale_to_utf8 (file);
  fputs ("{\"file\": ", fp);
  output_json_string (fp, utf8);
  free (utf8);
}

static void
put_json (FILE *fp, const struct report *r, const char *file)
{
  put_json_file (fp, file);
  fputs (", \"usable\": true, \"language\": ", fp);
  output_json_string (fp, nxs_pack_language (r->pack));
  fprintf (fp, ",\n \"entries\": %zu, \"translated\": %zu,\n"
           " \"families\": [", r->entries, r->translated);
  const char *sep = "\n  ";
  for (size_t f = 1; f <= nxs_family_count (); f++)
    if (nxs_family_name ((nxs_family) f) != NULL)
      {
        fprintf (fp, "%s{\"family\": \"%s\", \"entries\": %zu, "
                 "\"translated\": %zu}", sep,
                 nxs_family_name ((nxs_family) f),
                 nxs_family_size ((nxs_family) f), r->family_translated[f]);
        sep = ",\n  ";
      }
  fprintf (fp, "],\n \"unknown_translated\": %s,\n \"refused\": [",
           r->unknown == 0 ? "true" : "false");
  sep = "\n  ";
  for (size_t i = 0; i <= r->entries; i++)
    if (refused (r, i) != 0)
      {
        fprintf (fp, "%s{", sep);
        put_json_entry (fp, r, i);
        fprintf (fp, ", \"error\": \"%s\", \"reason\": ",
                 error_name (refused (r, i)));
        put_json_message (fp, refusal (refused (r, i)));
        putc ('}', fp);
        sep = ",\n  ";
      }
  fprintf (fp, "],\n \"longest\": {\"bytes\": %zu, ", r->longest);
  put_json_entry (fp, r, r->longest_at);
  fprintf (fp, "},\n \"strerror_max\": %d, \"fits\": %s,\n \"too_long\": [",
           NXS_STRERROR_MAX, r->too_long == 0 ? "true" : "false");
  sep = "\n  ";
  for (size_t i = 0; i <= r->entries; i++)
    if (too_long (r, i) != 0)
      {
        fprintf (fp, "%s{", sep);
        put_json_entry (fp, r, i);
        fprintf (fp, ", \"bytes\": %zu}", too_long (r, i));
        sep = ",\n  ";
      }
  fputs ("],\n \"glyphs\": ", fp);
  output_json_string (fp, r->glyphs);
  fputs ("}\n", fp);
}

void
check_pack_report (FILE *fp, const nxs_pack *pack, const char *file,
                   enum output_format format)
{
  struct report r;
  measure (&r, pack);
  if (format == FORMAT_JSON)
    put_json (fp, &r, file);
  else
    put_text (fp, &r);
  free (r.family_translated);
  free (r.glyphs);
}

void
check_pack_refused (FILE *fp, const char *file, int error,
                    enum output_format format)
{
  if (format != FORMAT_JSON)
    return;
  put_json_file (fp, file);
  fprintf (fp, ", \"usable\": false, \"error\": \"%s\", \"reason\": ",
           error_name (error));
  put_json_message (fp, pack_reason (error));
  fputs ("}\n", fp);
}
