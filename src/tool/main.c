/* main.c - the nxstatus command: decode NetX status values.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   It uses only the public API of libnxstatus, and shares its text
   domain for its own messages.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "annotate.h"
#include "charset.h"
#include "checkpack.h"
#include "i18n.h"
#include "nxstatus.h"
#include "output.h"
#include "language.h"
#include "packfile.h"
#include "parse.h"
#include "search.h"

enum exit_code
{
  EXIT_ALL_KNOWN = 0,
  EXIT_SOME_UNKNOWN = 1,
  EXIT_PACK_REFUSED = 1,        /* --check-pack: nxs_pack_open refuses */
  EXIT_TROUBLE = 2              /* usage error, bad argument, write error */
};

static const char *program_name = PACKAGE;

static int close_stdout (void);

/* Messages put the program name and arguments in by code: a translated
   string never becomes a printf format.  */
static void
usage (int status)
{
  if (status != EXIT_ALL_KNOWN)
    {
      fputs (_("Try 'nxstatus --help' for more information.\n"), stderr);
      exit (status);
    }

  fputs (_("Usage: nxstatus [OPTION]... STATUS...\n"
           "  or:  nxstatus --list[=FAMILY] [OPTION]...\n"
           "  or:  nxstatus --search=TEXT [--list=FAMILY] [OPTION]...\n"
           "  or:  nxstatus --glyphs [--lang=LANG]\n"
           "  or:  nxstatus --annotate [--family=FAMILY] [OPTION]... "
           "[FILE]...\n"
           "  or:  nxstatus --check-pack=FILE [--format=FORMAT]\n"), stdout);
  fputs (_("Print the name and description of NetX Duo, NetX Secure and "
           "NetX Crypto\nstatus values.\n\n"), stdout);
  fputs (_("STATUS is a value in hex (0x10C) or decimal (268; a leading 0 "
           "is still\ndecimal), or a status name in any case "
           "(NX_SECURE_TLS_INVALID_SERVER_CERT).\n\n"), stdout);
  /* One message per option, so that a new option leaves the others'
     translations alone.  */
  fputs (_("  -l, --list[=FAMILY]  list every entry, or those of FAMILY "
           "(netx, tls,\n                       x509, crypto, dhcp, mqtt, "
           "...)\n"), stdout);
  fputs (_("      --list=families  list the families, with the number of "
           "entries of each\n"), stdout);
  fputs (_("      --list=languages list the languages built into the "
           "library\n"), stdout);
  fputs (_("  -F, --family=FAMILY  read every numeric STATUS as returned by a "
           "service of\n                       FAMILY (dhcp, mqtt, web_http, "
           "...), whose values\n                       other families "
           "reuse\n"), stdout);
  fputs (_("  -s, --search=TEXT    list the entries whose name or description "
           "contains\n                       TEXT, ignoring case\n"), stdout);
  fputs (_("  -L, --lang=LANG      describe in language LANG, such as sv, "
           "even in the\n                       C locale; by default the "
           "language of LANGUAGE,\n                       LC_ALL, "
           "LC_MESSAGES or LANG, installed or not\n"), stdout);
  fputs (_("      --pack=FILE      describe in the language of FILE, a "
           "language pack (a\n                       .mo catalog as msgfmt "
           "writes it), as a device does\n"), stdout);
  fputs (_("  -a, --annotate       copy FILEs (standard input without one) "
           "to standard\n                       output unchanged, each "
           "status name or hex value\n                       followed by "
           "[NAME: description]\n"), stdout);
  fputs (_("  -g, --glyphs         print every character the texts of the "
           "language use,\n                       on one line in UTF-8, "
           "for a device's font\n"), stdout);
  fputs (_("      --check-pack=FILE\n                       report what a "
           "device maker must know of the\n                       language "
           "pack FILE: what it translates and refuses,\n                  "
           "     its longest text and the characters it needs\n"), stdout);
  fputs (_("  -f, --format=FORMAT  text (the default), markdown, json or "
           "csv\n"), stdout);
  fputs (_("  -h, --help           display this help and exit\n"
           "  -V, --version        output version information and exit\n\n"),
         stdout);
  fputs (_("Exit status is 0 if every STATUS is known, 1 if some STATUS is "
           "unknown,\n--search found nothing or the FILE of --check-pack is "
           "no language pack,\nand 2 on a usage error, a FILE that cannot be "
           "read or when output fails.\n"), stdout);
  exit (close_stdout ());
}

static void
version (void)
{
  printf ("%s (%s) %s\n", program_name, PACKAGE_NAME, nxs_version ());
  fputs ("Copyright (C) 2026 The nxstatus authors.\n", stdout);
  fputs (_("License MIT: <https://opensource.org/licenses/MIT>.\n"
           "This is free software: you are free to change and "
           "redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n"),
         stdout);
}

/* Write "nxstatus: WHAT" and, if ARG is not NULL, ": 'ARG'" with ARG
   quoted safely, and, if REASON is not NULL, ": REASON", to stderr.  */
static void
complain_because (const char *what, const char *arg, const char *reason)
{
  fputs (program_name, stderr);
  fputs (": ", stderr);
  fputs (what, stderr);
  if (arg != NULL)
    {
      char quoted[96];
      fputs (": '", stderr);
      fputs (quote_arg (arg, quoted, sizeof quoted), stderr);
      putc ('\'', stderr);
    }
  if (reason != NULL)
    {
      fputs (": ", stderr);
      fputs (reason, stderr);
    }
  putc ('\n', stderr);
}

static void
complain (const char *what, const char *arg)
{
  complain_because (what, arg, NULL);
}

/* Complain about the bad argument ARG and exit with EXIT_TROUBLE.  */
static void
bad_argument (const char *what, const char *arg)
{
  complain (what, arg);
  usage (EXIT_TROUBLE);
}

/* A language list as LANGUAGE takes it, of any length: entries
   separated by ':', each a letter followed by letters, digits and
   "_@.-", so that none can name a path ("..", ".x", "a/b").  */
static int
valid_lang (const char *lang)
{
  static const char letters[] = "abcdefghijklmnopqrstuvwxyz"
                                "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  size_t len = strlen (lang);
  if (len == 0)
    return 0;
  for (const char *p = lang; *p != '\0'; p += *p == ':')
    {
      if (strchr (letters, *p) == NULL || *p == '\0')
        return 0;
      p += strspn (p, "abcdefghijklmnopqrstuvwxyz"
                      "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@.-");
      if (*p != ':' && *p != '\0')
        return 0;
    }
  return lang[len - 1] != ':';
}

/* Write a row for NAME (NULL if unknown) with TEXT, UTF-8; in text,
   with its family if WITH_FAMILY.  */
static void
put_family_row (struct output *out, const char *name, unsigned int value,
                nxs_family family, const char *text, int with_family)
{
  struct output_row row = { name, value, nxs_family_name (family), text,
                            with_family };
  output_row (out, &row);
}

static void
put_row (struct output *out, const char *name, unsigned int value,
         nxs_family family, const char *text)
{
  put_family_row (out, name, value, family, text, 0);
}

/* Print the entries of FAMILY (all if NXS_FAMILY_UNKNOWN) whose name or
   description contains SEARCH (all if NULL).  Return how many.  */
static size_t
list_entries (struct output *out, nxs_family family, const char *search)
{
  nxs_entry e;
  char *text;
  size_t listed = 0;
  for (size_t i = 0; language_entry (i, &e, &text) == 0; i++)
    {
      if ((family == NXS_FAMILY_UNKNOWN || e.family == family)
          && (search == NULL || search_contains (e.name, search)
              || search_contains (text, search)))
        {
          put_row (out, e.name, e.value, e.family, text);
          listed++;
        }
      free (text);
    }
  return listed;
}

/* Print the built-in languages, one row each.  */
static void
list_languages (struct output *out, enum output_format format)
{
  static const char *const keys[] = { "language" };
  output_table (out, stdout, format, keys, 1);
  for (size_t i = 0; i < nxs_language_count (); i++)
    {
      const char *cells[] = { nxs_language_get (i) };
      output_table_row (out, cells);
    }
}

/* Print the families with the number of entries each has here.  */
static void
list_families (struct output *out, enum output_format format)
{
  static const char *const keys[] = { "family", "entries" };
  output_table (out, stdout, format, keys, 2);
  for (size_t f = 1; f <= nxs_family_count (); f++)
    {
      const char *name = nxs_family_name ((nxs_family) f);
      char count[24];
      if (name == NULL)
        continue;
      snprintf (count, sizeof count, "%zu", nxs_family_size ((nxs_family) f));
      const char *cells[] = { name, count };
      output_table_row (out, cells);
    }
}

/* Print the entry for ARG, already checked by parse_status, in FAMILY
   (0: none given).  Return 1 if it is known, 0 if not.  */
static int
decode (struct output *out, const char *arg, nxs_family family)
{
  unsigned int value = 0;
  nxs_entry e;
  char *text;

  if (parse_status (arg, &value) == PARSE_NAME)
    {
      if (language_find (arg, &e, &text) == 0)
        {
          put_row (out, e.name, e.value, e.family, text);
          free (text);
          return 1;
        }
      complain (_("unknown status name"), arg);
      return 0;
    }

  /* A value several families define: each of them, core first.  */
  nxs_family first = family == NXS_FAMILY_UNKNOWN
                     ? next_candidate (value, NXS_FAMILY_UNKNOWN)
                     : NXS_FAMILY_UNKNOWN;
  if (first != NXS_FAMILY_UNKNOWN
      && next_candidate (value, first) != NXS_FAMILY_UNKNOWN)
    {
      for (nxs_family f = first; f != NXS_FAMILY_UNKNOWN;
           f = next_candidate (value, f))
        {
          unsigned int status = NXS_IN (f, value);
          text = language_describe (status);
          put_family_row (out, nxs_name (status), value, f, text, 1);
          free (text);
        }
      output_note (out, _("several families define this value; "
                          "--family chooses one"));
      return 1;
    }

  unsigned int status = qualify_status (value, family);
  const char *name = nxs_name (status);
  /* An unknown value is shown as given, without the family.  */
  text = language_describe (name != NULL ? status : value);
  put_row (out, name, value, nxs_family_of (status), text);
  free (text);
  return name != NULL;
}

/* Read FILE and open it into *PACK, for the life of the program.
   Return 0, or nxs_pack_open's error, named on stderr with the reason
   in words.  A FILE that cannot be read, or is too large to be a pack,
   is named on stderr and ends the program with EXIT_TROUBLE.  */
static int
open_pack (const char *file, nxs_pack *pack)
{
  int error = 0;
  switch (pack_file_open (file, pack, &error))
    {
    case PACK_FILE_OK:
      return 0;
    case PACK_FILE_UNREADABLE:
      complain (strerror (errno), file);
      break;
    case PACK_FILE_TOO_LARGE:
      complain (_("language pack larger than 16 MiB"), file);
      break;
    case PACK_FILE_REFUSED:
      complain_because (_("not a language pack"), file, pack_reason (error));
      return error;
    }
  exit (EXIT_TROUBLE);
}

/* --check-pack FILE: the report, in FORMAT.  Return the exit status:
   EXIT_PACK_REFUSED for a pack nxs_pack_open refuses.  */
static int
check_pack (const char *file, enum output_format format)
{
  static nxs_pack pack;
  int error = open_pack (file, &pack);
  if (error != 0)
    check_pack_refused (stdout, file, error, format);
  else
    check_pack_report (stdout, &pack, file, format);
  int close_status = close_stdout ();
  return close_status != EXIT_ALL_KNOWN ? close_status
         : error != 0 ? EXIT_PACK_REFUSED : EXIT_ALL_KNOWN;
}

/* 1 if FD is the regular file OUT describes.  */
static int
same_regular_file (int fd, const struct stat *out)
{
  struct stat in;
  return S_ISREG (out->st_mode) && fstat (fd, &in) == 0
         && in.st_dev == out->st_dev && in.st_ino == out->st_ino;
}

/* --annotate: each of the N FILES ("-": standard input), or standard
   input if there is none, copied to standard output with its statuses
   explained.  A file that cannot be read, or that is standard output
   itself (it would grow without end), is named on stderr; the others
   are still done.  A failed write ends it at once.  Return the exit
   status.  */
static int
annotate_files (char **files, int n, nxs_family family)
{
  static char *const standard_input[] = { (char *) "-" };
  int status = EXIT_ALL_KNOWN;
  struct stat out;
  if (fstat (STDOUT_FILENO, &out) != 0)
    out.st_mode = 0;            /* no file to compare with */
  if (n == 0)
    files = (char **) standard_input, n = 1;
  for (int i = 0; i < n; i++)
    {
      int stdin_file = strcmp (files[i], "-") == 0;
      int fd = stdin_file ? STDIN_FILENO : open (files[i], O_RDONLY);
      enum annotate_result result = ANNOTATE_OK;
      if (fd < 0)
        result = ANNOTATE_READ_ERROR;
      else if (same_regular_file (fd, &out))
        {
          complain (_("input file is output file"), files[i]);
          status = EXIT_TROUBLE;
        }
      else
        result = annotate (fd, stdout, family);
      if (result == ANNOTATE_READ_ERROR)
        {
          complain (strerror (errno), files[i]);
          status = EXIT_TROUBLE;
        }
      int saved_errno = errno;
      if (fd >= 0 && !stdin_file)
        close (fd);
      errno = saved_errno;      /* close_stdout reports the write's */
      if (result == ANNOTATE_WRITE_ERROR)
        break;
    }
  int close_status = close_stdout ();
  return close_status != EXIT_ALL_KNOWN ? close_status : status;
}

/* Flush stdout and report a failed write: output that silently went
   missing is worse than an error.  */
static int
close_stdout (void)
{
  int failed = ferror (stdout);
  if (fclose (stdout) != 0)
    failed = 1;
  if (failed)
    {
      const char *reason = errno != 0 ? strerror (errno) : NULL;
      fputs (program_name, stderr);
      fputs (": ", stderr);
      fputs (_("write error"), stderr);
      if (reason != NULL)
        {
          fputs (": ", stderr);
          fputs (reason, stderr);
        }
      putc ('\n', stderr);
      return EXIT_TROUBLE;
    }
  return EXIT_ALL_KNOWN;
}

/* The option getopt stopped at, as the user wrote it: WORD if it is a
   long option ("--bogus=1"), else "-C" for the short option optopt.  */
static const char *
option_text (const char *word)
{
  static char short_option[3] = "-?";
  if (strncmp (word, "--", 2) == 0 || optopt == 0)
    return word;
  short_option[1] = (char) optopt;
  return short_option;
}

int
main (int argc, char **argv)
{
  enum { PACK_OPTION = 256, CHECK_PACK_OPTION };
  static const struct option long_options[] = {
    { "list", optional_argument, NULL, 'l' },
    { "lang", required_argument, NULL, 'L' },
    { "format", required_argument, NULL, 'f' },
    { "search", required_argument, NULL, 's' },
    { "glyphs", no_argument, NULL, 'g' },
    { "family", required_argument, NULL, 'F' },
    { "annotate", no_argument, NULL, 'a' },
    { "pack", required_argument, NULL, PACK_OPTION },
    { "check-pack", required_argument, NULL, CHECK_PACK_OPTION },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  const char *lang = NULL;
  const char *format_name = "text";
  const char *family_name = NULL;
  const char *qualifier = NULL;
  const char *search = NULL;
  const char *pack_file = NULL, *check_file = NULL;
  int list = 0, help = 0, show_version = 0, glyphs = 0, annotating = 0;

  language_locale ();

  /* getopt's own messages would echo a bad option raw and whole.  */
  opterr = 0;
  const char *bad_option = NULL, *bad_word = NULL;
  int c;
  /* A bad option is reported once the language is known.  */
  while (bad_option == NULL
         && (c = getopt_long (argc, argv, ":lL:f:s:gF:ahV", long_options,
                              NULL)) != -1)
    switch (c)
      {
      case 'l':
        list = 1;
        family_name = optarg;
        break;
      case 'L':
        lang = optarg;
        break;
      case 'f':
        format_name = optarg;
        break;
      case 's':
        search = optarg;
        break;
      case 'g':
        glyphs = 1;
        break;
      case 'F':
        qualifier = optarg;
        break;
      case 'a':
        annotating = 1;
        break;
      case PACK_OPTION:
        pack_file = optarg;
        break;
      case CHECK_PACK_OPTION:
        check_file = optarg;
        break;
      case 'h':
        help = 1;
        break;
      case 'V':
        show_version = 1;
        break;
      case ':':
        bad_option = N_("option requires an argument");
        bad_word = option_text (argv[optind - 1]);
        break;
      default:
        bad_option = N_("invalid option");
        bad_word = option_text (argv[optind - 1]);
        break;
      }

  /* The language comes first, so every message is in it, even that
     about an option after --lang.  */
  if (lang != NULL && !valid_lang (lang))
    {
      language_choose (NULL);
      bad_argument (_("invalid language"), lang);
    }
  language_choose (lang);
  /* A pack speaks for the tool too, as it would on a device.  */
  static nxs_pack pack;
  if (pack_file != NULL)
    {
      if (open_pack (pack_file, &pack) != 0)
        exit (EXIT_TROUBLE);
      language_use_pack (&pack);
    }
  if (bad_option != NULL)
    bad_argument (_(bad_option), bad_word);
  if (help)
    usage (EXIT_ALL_KNOWN);
  if (show_version)
    {
      version ();
      return close_stdout ();
    }

  enum output_format format;
  if (output_format_from_name (format_name, &format) != 0)
    bad_argument (_("invalid format"), format_name);

  int languages = family_name != NULL
                  && strcmp (family_name, "languages") == 0;
  int families = family_name != NULL && strcmp (family_name, "families") == 0;
  nxs_family family = NXS_FAMILY_UNKNOWN;
  if (family_name != NULL && !languages && !families
      && (family = nxs_family_from_name (family_name)) == NXS_FAMILY_UNKNOWN)
    bad_argument (_("invalid family"), family_name);
  nxs_family qualified = NXS_FAMILY_UNKNOWN;
  if (qualifier != NULL
      && (qualified = nxs_family_from_name (qualifier)) == NXS_FAMILY_UNKNOWN)
    bad_argument (_("invalid family"), qualifier);

  /* Which language would win is no guess to leave to the reader.  */
  if (pack_file != NULL && lang != NULL)
    bad_argument (_("--pack does not go with"), "--lang");
  if (check_file != NULL)
    {
      const char *other = list ? "--list" : search != NULL ? "--search"
                          : glyphs ? "--glyphs" : annotating ? "--annotate"
                          : qualifier != NULL ? "--family"
                          : pack_file != NULL ? "--pack" : NULL;
      char format_option[64];
      if (other == NULL && format != FORMAT_TEXT && format != FORMAT_JSON)
        {
          snprintf (format_option, sizeof format_option, "--format=%s",
                    format_name);
          other = format_option;
        }
      if (other != NULL)
        bad_argument (_("--check-pack does not go with"), other);
      if (optind < argc)
        bad_argument (_("--check-pack takes no operand"), argv[optind]);
      return check_pack (check_file, format);
    }

  if (search != NULL && search[0] == '\0')
    bad_argument (_("empty search text"), search);
  if (search != NULL && !search_text_valid (search))
    bad_argument (_("search text is not valid in the locale's charset"),
                  search);
  if (search != NULL && (languages || families))
    bad_argument (_("--search does not go with"), family_name);
  /* The option that prints something other than statuses, if any.  */
  const char *listing = list ? "--list" : search != NULL ? "--search"
                        : glyphs ? "--glyphs" : NULL;
  if (glyphs && (list || search != NULL))
    bad_argument (_("--glyphs does not go with"), listing);
  if (annotating && listing != NULL)
    bad_argument (_("--annotate does not go with"), listing);
  if (annotating && format != FORMAT_TEXT)
    bad_argument (_("--annotate does not go with"), "--format");
  /* A family chooses how values read; lists choose with --list=FAMILY.  */
  if (qualifier != NULL && listing != NULL)
    bad_argument (_("--family does not go with"), listing);
  if (annotating)
    return annotate_files (argv + optind, argc - optind, qualified);
  if (listing != NULL && optind < argc)
    bad_argument (search != NULL ? _("--search takes no status operand")
                  : list ? _("--list takes no status operand")
                  : _("--glyphs takes no status operand"), argv[optind]);
  if (listing == NULL && optind == argc)
    {
      complain (_("missing status operand"), NULL);
      usage (EXIT_TROUBLE);
    }

  /* Check every operand before printing anything, so a typo in the last
     one does not leave half a document behind.  */
  for (int i = optind; i < argc; i++)
    {
      unsigned int value;
      switch (parse_status (argv[i], &value))
        {
        case PARSE_VALUE:
        case PARSE_NAME:
          break;
        case PARSE_EMPTY:
          bad_argument (_("empty status operand"), argv[i]);
          break;
        case PARSE_RANGE:
          bad_argument (_("status value out of range"), argv[i]);
          break;
        case PARSE_SYNTAX:
          bad_argument (_("not a status value or name"), argv[i]);
          break;
        }
    }

  if (glyphs)
    {
      language_glyphs (stdout);
      return close_stdout ();
    }

  struct output out;
  int exit_code = EXIT_ALL_KNOWN;
  if (languages)
    list_languages (&out, format);
  else if (families)
    list_families (&out, format);
  else
    {
      output_begin (&out, stdout, format);
      if (search != NULL)
        {
          char *needle = locale_to_utf8 (search);
          if (list_entries (&out, family, needle) == 0)
            exit_code = EXIT_SOME_UNKNOWN;
          free (needle);
        }
      else if (list)
        list_entries (&out, family, NULL);
      else
        for (int i = optind; i < argc; i++)
          if (!decode (&out, argv[i], qualified))
            exit_code = EXIT_SOME_UNKNOWN;
    }
  output_end (&out);

  int close_status = close_stdout ();
  return close_status != EXIT_ALL_KNOWN ? close_status : exit_code;
}
