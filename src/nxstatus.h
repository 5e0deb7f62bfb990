/* nxstatus.h - NetX Duo / NetX Secure status values as names and text.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT

   NetX Duo, NetX Secure (TLS, DTLS, X.509) and NetX Crypto report every
   failure as a bare number.  This library turns such a number into its
   symbolic name ("NX_SECURE_TLS_INVALID_SERVER_CERT") and into a
   description in the user's language, read from the gettext catalogs of
   the text domain "nxstatus".

   General rules, true of every function below:

   - Strings returned are immutable, never to be freed, and stay valid
     for the life of the process; a translation is gettext's, which
     stays unchanged as long as its catalog file is not rewritten in
     place.
   - No function changes errno.
   - Every function may be called from any thread at any time, and in
     the child of a fork() made while other threads were inside the
     library (no thread is inside gettext for the library when a fork
     happens).  A child forked while another thread of the program was
     inside setlocale(), bindtextdomain() or its own gettext call may
     block in gettext: after fork, POSIX promises only async-signal-safe
     calls, and the built-in languages (nxs_strerror_lang()) are the
     ones that are.
   - The library never calls setlocale() or textdomain().  Localized
     text (nxs_strerror() and its _l and _r forms) is what dcgettext()
     gives on the domain "nxstatus" for the calling thread, by gettext's
     own rules: the thread's LC_MESSAGES locale (uselocale), LANGUAGE
     unless that locale is C, locale.alias, and the charset of LC_CTYPE
     or of bind_textdomain_codeset().  A program that wants
     translations calls setlocale (LC_ALL, "") once, as for any
     localized library; as with gettext, a change of LANGUAGE counts
     from the next setlocale() on (gettext keeps what it found until
     then).
   - The domain's catalogs DIR/LANG/LC_MESSAGES/nxstatus.mo are those
     of gettext's binding of the domain.  Before its first translation
     the library binds it, unless the program already did with
     bindtextdomain(), to the directory given to nxs_bind_localedir(),
     else to the environment variable NXSTATUS_LOCALEDIR (ignored in
     set-user-ID and set-group-ID programs), else to the directory
     chosen at configure time.  Later, nxs_bind_localedir() and the
     program's bindtextdomain() set the same binding: the last call
     wins.  bind_textdomain_codeset() is honoured.
   - Before gettext may open a catalog file, the library reads it once
     and checks it: a regular file of at most 16 MiB whose every table,
     string and hash chain lies inside it, without system-dependent
     strings, whose charset converts.  gettext is asked only for
     messages it finds in a checked file before it would reach a
     refused one, and only if their translation is valid text without
     control characters; else the text is English.  A language entry
     that could be a path ("..", ".x", "a/b") is never handed to
     gettext.  The catalog directory is trusted as gettext trusts it
     for every program: a catalog is replaced by rename, never rewritten
     in place while programs run.
   - The first localized call for a setting (the bound directory, the
     thread's LC_MESSAGES locale and LANGUAGE), and the first after
     gettext's catalog counter moves (setlocale(), bindtextdomain(),
     bind_textdomain_codeset(), textdomain()), checks the files: it
     may allocate memory and read files.  The first lookup of each
     description after it may allocate too (gettext caches what it
     found); later ones of the same description do neither.  */

#ifndef NXSTATUS_H
#define NXSTATUS_H 1

#include <locale.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined __GNUC__ && __GNUC__ >= 4
# define NXS_API __attribute__ ((__visibility__ ("default")))
#else
# define NXS_API
#endif

/* Size of a buffer that nxs_strerror_r() never truncates, terminating
   NUL included, in every catalog shipped with this version: the longest
   description in any language, or the unknown-value sentence with the
   value appended.  Translations are checked against it when built.  */
#define NXS_STRERROR_MAX 256

/* Size of a buffer that holds any status name, terminating NUL
   included.  */
#define NXS_NAME_MAX 64

/* The groups of status values, after the NetX header that defines
   them.  The numbers are part of the ABI and never change.

   The first four are NetX Duo's core and NetX Secure: their values never
   collide, and any service may return them.  The others are NetX Duo's
   add-ons, which reuse each other's values: 0x93 is
   NX_DHCP_ALREADY_STARTED to the DHCP client but
   NX_DHCP_INADEQUATE_PACKET_POOL_PAYLOAD to the DHCP server, and Azure
   IoT's 0x20001 is NX_CRYPTO_INVALID_LIBRARY's number.  Only the caller
   knows which service returned a status, so a status may carry its
   family: see NXS_IN.  */
typedef enum nxs_family
{
  NXS_FAMILY_UNKNOWN = 0,       /* not a known status value */
  NXS_FAMILY_NETX = 1,          /* NetX Duo core: IP, UDP, TCP, packets */
  NXS_FAMILY_TLS = 2,           /* NetX Secure TLS and DTLS */
  NXS_FAMILY_X509 = 3,          /* NetX Secure X.509 */
  NXS_FAMILY_CRYPTO = 4,        /* NetX Crypto */
  NXS_FAMILY_AUTO_IP = 5,       /* AutoIP */
  NXS_FAMILY_AZURE_IOT = 6,     /* Azure IoT Hub client, provisioning */
  NXS_FAMILY_BSD = 7,           /* BSD sockets */
  NXS_FAMILY_CLOUD = 8,         /* cloud helper */
  NXS_FAMILY_DHCP = 9,          /* DHCP client */
  NXS_FAMILY_DHCP_SERVER = 10,  /* DHCP server */
  NXS_FAMILY_DHCPV6 = 11,       /* DHCPv6 client */
  NXS_FAMILY_DHCPV6_SERVER = 12, /* DHCPv6 server */
  NXS_FAMILY_DNS = 13,          /* DNS client */
  NXS_FAMILY_FTP = 14,          /* FTP client */
  NXS_FAMILY_FTP_SERVER = 15,   /* FTP server */
  NXS_FAMILY_HTTP = 16,         /* HTTP client and server */
  NXS_FAMILY_MDNS = 17,         /* mDNS and DNS-SD */
  NXS_FAMILY_MQTT = 18,         /* MQTT client */
  NXS_FAMILY_NAT = 19,          /* NAT */
  NXS_FAMILY_POP3 = 20,         /* POP3 client */
  NXS_FAMILY_PPP = 21,          /* PPP */
  NXS_FAMILY_PPPOE = 22,        /* PPPoE client and server */
  NXS_FAMILY_PTP = 23,          /* PTP client */
  NXS_FAMILY_RTSP = 24,         /* RTSP server */
  NXS_FAMILY_SMTP = 25,         /* SMTP client */
  NXS_FAMILY_SNMP = 26,         /* SNMP agent */
  NXS_FAMILY_SNTP = 27,         /* SNTP client */
  NXS_FAMILY_TCPSERVER = 28,    /* TCP server helper */
  NXS_FAMILY_TELNET = 29,       /* Telnet client and server */
  NXS_FAMILY_TFTP = 30,         /* TFTP client */
  NXS_FAMILY_TFTP_SERVER = 31,  /* TFTP server */
  NXS_FAMILY_WEB_HTTP = 32,     /* web HTTP client and server */
  NXS_FAMILY_WEBSOCKET = 33     /* WebSocket client */
} nxs_family;

/* A status qualified with the FAMILY of the service that returned it:
   the family in the top 8 bits, the value in the low 24 (NetX values
   fit).  Every function that takes a status takes one of these too;
   usable in constant expressions:

     UINT status = nx_dhcp_start (&dhcp);
     puts (nxs_strerror (NXS_IN (NXS_FAMILY_DHCP, status)));

   A qualified status resolves to FAMILY's own entry for the value; if
   FAMILY has none, to the entry of the core, TLS, X.509 or crypto
   family, which any service may return (NX_PTR_ERROR); else it is
   unknown.

   An unqualified status (family 0) resolves to the core, TLS, X.509 or
   crypto entry for the value if there is one; else to the entry of the
   one add-on name that has the value (the FTP, TFTP and DHCPv6 clients
   share names and values with their servers: the client's entry, or
   the server's in a build without the client); a value that add-on
   families define under different names is unknown unqualified, as only
   the caller can say which it is, whether or not this build has all of
   those families (configure --with-families).  A family above
   NXS_FAMILY_WEBSOCKET is unknown.  To see every candidate, try each
   family:

     for (int f = 1; f <= (int) nxs_family_count (); f++)
       if (nxs_family_of (NXS_IN (f, status)) == (nxs_family) f)
         printf ("%s: %s\n", nxs_family_name (f), nxs_name (NXS_IN (f, status)));  */
#define NXS_IN(family, value)                                           \
  ((unsigned int) (family) << 24 | ((unsigned int) (value) & 0xFFFFFFu))

/* The family a status carries (0: none), and its value.  */
#define NXS_FAMILY_PART(status) ((unsigned int) (status) >> 24)
#define NXS_VALUE_PART(status) ((unsigned int) (status) & 0xFFFFFFu)

/* One entry of the code table, as filled in by nxs_entry_get().  */
typedef struct nxs_entry
{
  const char *name;             /* "NX_SECURE_TLS_INVALID_SERVER_CERT" */
  const char *description;      /* English description (gettext msgid) */
  const char *text;             /* description in the thread's language */
  unsigned int value;           /* 0x10C: the bare value, no family */
  nxs_family family;            /* NXS_FAMILY_TLS */
  int primary;                  /* nonzero if nxs_name (NXS_IN (family,
                                   value)) is name */
} nxs_entry;

/* Describe STATUS in the language of the calling thread's locale.
   For an unknown value, return a fixed localized sentence that does not
   contain the value (use nxs_strerror_r() to get it).  Never NULL.  */
NXS_API const char *nxs_strerror (unsigned int status);

#ifdef LC_ALL_MASK             /* <locale.h> has POSIX 2008's locale_t */
/* Like nxs_strerror(), but take LC_MESSAGES and LC_CTYPE from LOCALE for
   this call only, as POSIX strerror_l() does; other threads are not
   affected.  LOCALE may be LC_GLOBAL_LOCALE; (locale_t) 0 means the
   calling thread's current locale.  Never NULL.  Declared only where
   <locale.h> defines locale_t (not under strict -std=c11 on glibc).  */
NXS_API const char *nxs_strerror_l (unsigned int status, locale_t locale);
#endif

/* Write the description of STATUS, localized as by nxs_strerror(), into
   BUF of BUFLEN bytes.  For an unknown value the text is the unknown
   sentence followed by the value, as in "... (0x1234)".  Of a status
   that carries a family of this version (1 to NXS_FAMILY_WEBSOCKET),
   only the value part is shown, as the nxstatus tool shows it:
   NXS_IN (NXS_FAMILY_DHCP, 0x1234) gives "... (0x1234)" too, and the
   caller has the family in NXS_FAMILY_PART (status).  A status whose
   top 8 bits are no family (0xFFFFFFFF) is shown whole.

   The text is always NUL-terminated when BUFLEN > 0.  When it does not
   fit, it is cut at the last whole character that fits (a multibyte
   character is never split, in any charset of the locale) and ERANGE
   is returned.  For an unknown value, the value is kept whole and the
   sentence shortened to make room, unless BUFLEN is below 14, when what
   fits of the value is written.  Nothing is written when BUFLEN is 0 or
   BUF is NULL; that counts as not fitting.

   Returns 0 on success, EINVAL if STATUS is unknown (whether or not the
   text fit), or ERANGE if a known text was truncated.  A buffer of
   NXS_STRERROR_MAX bytes is always large enough.  */
NXS_API int nxs_strerror_r (unsigned int status, char *buf, size_t buflen);

/* Describe STATUS in language LANG, from the catalogs compiled into the
   library (see nxs_language_count()), whatever the locale: for a device
   that keeps its own language setting, or a server that answers each
   request in the language it asked for.  Never NULL.

   LANG is a language as a locale names it ("sv", "sv_SE",
   "sv_SE.UTF-8", "sr@latin") or as BCP 47 does ("sv-SE"), in any letter
   case, or a list of them separated by ':' as LANGUAGE takes it
   ("de:sv") or by ',' as an HTTP Accept-Language header has it
   ("sv-SE,sv;q=0.9"; the weights are ignored, the order counts).  The
   first entry the library has a catalog for wins, trying ll_CC@mod,
   ll@mod, ll_CC and ll in turn; of a list, the first 32 entries count.
   English (en, en_US, ...) is always there, so an entry "en" ends the
   search with English, as do "C" and "POSIX".  NULL, "", and a
   language without a catalog also give English (the msgid), and so
   does a message the catalog leaves untranslated.  This is no error.

   The text is UTF-8, whatever the locale's charset.  For an unknown
   STATUS it is the unknown-value sentence, as from nxs_strerror().

   nxs_strerror_lang() and nxs_strerror_lang_r() take no lock, make no
   allocation, read no environment variable and no file, and leave errno
   alone: they are async-signal-safe and work in a process with no
   locale at all.  */
NXS_API const char *nxs_strerror_lang (unsigned int status,
                                       const char *lang);

/* Write the description of STATUS in language LANG, as from
   nxs_strerror_lang(), into BUF of BUFLEN bytes, under the contract of
   nxs_strerror_r(): NUL-terminated when BUFLEN > 0, cut between UTF-8
   characters, the value appended to an unknown status and kept whole
   (of a status that carries a family of this version, its value part
   only, as in "... (0x1234)"; NXS_FAMILY_PART (status) gives the
   family).
   Return 0, ERANGE if a known text was cut, or EINVAL if STATUS is
   unknown.  */
NXS_API int nxs_strerror_lang_r (unsigned int status, const char *lang,
                                 char *buf, size_t buflen);

/* Return the built-in language LANG resolves to, as
   nxs_strerror_lang() resolves it ("sv" for "sv-SE,en"), or NULL when
   the text would be English.  */
NXS_API const char *nxs_language_match (const char *lang);

/* Return the number of built-in languages, and the name of language
   INDEX as po/LINGUAS spells it ("sv"), or NULL if INDEX is out of
   range: the list for a language menu.  English, always there, is not
   counted.  */
NXS_API size_t nxs_language_count (void);
NXS_API const char *nxs_language_get (size_t index);

/* A language pack: a GNU .mo catalog, exactly as msgfmt writes it from
   a translator's po/LL.po, that the program holds as bytes: read from
   an SD card, in memory-mapped external flash, received with an
   update.  It is untrusted: any bytes are safe to open, and every text
   the functions below give from it lies inside it, is valid UTF-8 and
   holds no control character.  They need no heap, no file, no lock and
   no locale, never set errno (errors are return values), keep no
   pointer outside the caller's pack, bytes and index, and copy no
   text: they work on a microcontroller, and the lookups are
   async-signal-safe.

   The caller declares the pack (static or on the stack); its members
   are private.  */
typedef struct nxs_pack
{
  const unsigned char *nxs_data;        /* private, as all below */
  unsigned char *nxs_index;
  unsigned int nxs_size, nxs_strings, nxs_originals, nxs_translations;
  unsigned int nxs_hash_size, nxs_hash, nxs_translated;
  unsigned char nxs_swap, nxs_open;
  char nxs_language[16];
} nxs_pack;

/* Bytes of index per entry, and an index large enough for every entry
   of this version whatever the build leaves out (770 statuses and the
   unknown sentence): size a static index with it.  */
#define NXS_PACK_INDEX_ENTRY 4
#define NXS_PACK_INDEX_MAX (NXS_PACK_INDEX_ENTRY * 771)

/* Open the SIZE bytes at DATA as a language pack into *PACK.  DATA is
   checked completely first, with the checker that stands in front of
   gettext on a hosted system: every table, string and hash chain inside
   the SIZE bytes, every string NUL-terminated there, no
   system-dependent strings.  DATA must stay unchanged, and readable,
   while the pack is in use (it may be execute-in-place flash); the
   library copies nothing from it.

   INDEX, of INDEX_SIZE bytes, may be NULL with INDEX_SIZE 0: the pack
   then needs no RAM, and each lookup probes the catalog's own hash
   table (or its table of originals, if it has no hash table) and checks
   the text it finds.  Given INDEX_SIZE >= nxs_pack_index_size () bytes
   (NXS_PACK_INDEX_ENTRY per entry, any alignment), nxs_pack_open fills
   it once and every later lookup is two loads: O(1).  INDEX must then
   stay with the pack.

   Return 0, or:
     EINVAL   PACK or DATA is NULL, INDEX is NULL with INDEX_SIZE not 0,
              or the bytes are not a catalog, or a damaged one (SIZE 0
              included);
     EILSEQ   the catalog's charset is not UTF-8, nor ASCII, its subset
              (msgconv -t UTF-8 makes it so);
     ENOMSG   it translates none of the library's descriptions (a
              catalog of another domain, say);
     ENOBUFS  INDEX is given but smaller than nxs_pack_index_size ().
   On error *PACK is closed: the functions below treat it as NULL.  */
NXS_API int nxs_pack_open (nxs_pack *pack, const void *data, size_t size,
                           void *index, size_t index_size);

/* Return the bytes of index this build needs: NXS_PACK_INDEX_ENTRY for
   each entry (nxs_entry_count ()) and one for the unknown sentence;
   never more than NXS_PACK_INDEX_MAX.  */
NXS_API size_t nxs_pack_index_size (void);

/* Return the value of PACK's "Language:" header ("fi", "pt_BR"), or ""
   if it has none, if it is longer than 15 bytes or holds characters no
   language code has, or if PACK is NULL or closed.  */
NXS_API const char *nxs_pack_language (const nxs_pack *pack);

/* Return how many of this build's entries PACK translates (with text
   the library shows), for a settings screen: "Suomi, 770/770" with
   nxs_entry_count (); 0 for NULL or a closed pack.  */
NXS_API size_t nxs_pack_translated (const nxs_pack *pack);

/* Describe STATUS (NXS_IN accepted) from PACK, as nxs_strerror_lang()
   does from a built-in catalog: never NULL, UTF-8, the unknown sentence
   for an unknown value (from the pack too).  Where PACK has no
   translation, or one that is not valid UTF-8 or holds a control
   character, and for a NULL or closed PACK, the text is English; in a
   build without descriptions (--disable-descriptions), the name, as
   nxs_strerror() gives there.  Async-signal-safe.  */
NXS_API const char *nxs_strerror_pack (unsigned int status,
                                       const nxs_pack *pack);

/* Write that text into BUF of BUFLEN bytes under the contract of
   nxs_strerror_lang_r(): NUL-terminated when BUFLEN > 0, cut between
   UTF-8 characters, the value appended to an unknown status.  Return 0,
   ERANGE if a known text was cut, or EINVAL if STATUS is unknown.  */
NXS_API int nxs_strerror_pack_r (unsigned int status, const nxs_pack *pack,
                                 char *buf, size_t buflen);

/* Like nxs_entry_get_lang() and nxs_entry_find_lang(), with ENTRY->text
   from PACK as nxs_strerror_pack() gives it: aliases have descriptions
   of their own, which a lookup by value does not reach.  */
NXS_API int nxs_entry_get_pack (size_t index, const nxs_pack *pack,
                                nxs_entry *entry);
NXS_API int nxs_entry_find_pack (const char *name, const nxs_pack *pack,
                                 nxs_entry *entry);

/* How PACK translates entry INDEX (nxs_entry_count () for the unknown
   sentence), for a tool that vets a pack before it ships: 0 if it does,
   with text nxs_strerror_pack() gives; ENOENT if it has no translation
   (or an empty one); EILSEQ if the translation is not valid UTF-8;
   EBADMSG if it holds a control character; ERANGE if INDEX is out of
   range; EINVAL if PACK is NULL or closed.  */
NXS_API int nxs_pack_check (const nxs_pack *pack, size_t index);

/* Translate MSGID, any message of PACK (a device may keep its own UI
   strings in the same catalog): the translation, if it is valid UTF-8
   without control characters but newlines and tabs, else MSGID itself;
   NULL for a NULL MSGID; "" gives "".  Async-signal-safe.  */
NXS_API const char *nxs_pack_gettext (const nxs_pack *pack,
                                      const char *msgid);

/* Return the symbolic name of STATUS, such as "NX_NOT_CONNECTED" for
   0x38, or NULL if STATUS is unknown; STATUS may carry its family (see
   NXS_IN).  Where several names share a value, this is the primary one
   (see nxs_entry.primary): 0 gives "NX_SUCCESS", of which
   NX_SECURE_TLS_SUCCESS, NX_DNS_SUCCESS and others are aliases.  */
NXS_API const char *nxs_name (unsigned int status);

/* Return the English description of STATUS (the untranslated gettext
   msgid), or NULL if STATUS is unknown.  */
NXS_API const char *nxs_description (unsigned int status);

/* Return the family of the entry STATUS resolves to (see NXS_IN), or
   NXS_FAMILY_UNKNOWN if it resolves to none.  */
NXS_API nxs_family nxs_family_of (unsigned int status);

/* Return the short ASCII identifier of FAMILY ("netx", "tls", "dhcp",
   "web_http": the enumerator's tail in lower case), or NULL if FAMILY is
   not one of the enumerators above (NXS_FAMILY_UNKNOWN included) or a
   family this build leaves out (configure --with-families).  */
NXS_API const char *nxs_family_name (nxs_family family);

/* Return the family whose identifier is NAME, ignoring ASCII case
   ("DHCP" gives NXS_FAMILY_DHCP), or NXS_FAMILY_UNKNOWN if there is none
   in this build or NAME is NULL.  */
NXS_API nxs_family nxs_family_from_name (const char *name);

/* Return the highest family number: the families are 1 to this.  */
NXS_API size_t nxs_family_count (void);

/* Return the number of entries of FAMILY in this build (0 for one left
   out or unknown).  */
NXS_API size_t nxs_family_size (nxs_family family);

/* Look up the status value called NAME, ignoring ASCII case, so that
   "nx_not_connected" finds NX_NOT_CONNECTED.  The upstream name
   NX_CRYTPO_MISSING_ECC_CURVE is also found as
   NX_CRYPTO_MISSING_ECC_CURVE.  On success store the status in
   *STATUS, unless STATUS is NULL, and return 0: for a name of the core,
   TLS, X.509 or crypto family the bare value, for an add-on's name the
   value qualified with its family (NXS_IN), which resolves to that name
   whatever other add-ons define (NXS_VALUE_PART gives the bare value).
   Names the FTP, TFTP and DHCPv6 clients share with their servers, with
   the same value, are found in the client's family.  Return EINVAL if NAME
   is NULL, or ENOENT if no entry has that name (an empty, overlong or
   non-ASCII NAME included); *STATUS is then left unchanged.  */
NXS_API int nxs_from_name (const char *name, unsigned int *status);

/* Fill *ENTRY, as nxs_entry_get() does, with the entry called NAME
   (ignoring ASCII case).  Unlike a lookup by value, this finds aliases
   too: "NX_SECURE_X509_SUCCESS" gives that entry, not the primary entry
   of 0.  Return 0, EINVAL if NAME or ENTRY is NULL, or ENOENT if no
   entry has that name; *ENTRY is untouched on error.  */
NXS_API int nxs_entry_find (const char *name, nxs_entry *entry);

/* Return the number of entries in the code table.  Entries are numbered
   from 0 in a fixed order that groups them by family (nxs_family
   order).  A name appears once in each family that defines it (the FTP
   client and server both define NX_FTP_TIMEOUT, as 0xD1), and a value
   shared by several names appears once for each.  */
NXS_API size_t nxs_entry_count (void);

/* Fill *ENTRY with entry INDEX; ENTRY->text is localized as by
   nxs_strerror().  Return 0, EINVAL if ENTRY is NULL, or ERANGE if
   INDEX >= nxs_entry_count(); *ENTRY is untouched on error.  Iterate
   with:  for (i = 0; nxs_entry_get (i, &e) == 0; i++)  */
NXS_API int nxs_entry_get (size_t index, nxs_entry *entry);

/* Like nxs_entry_get() and nxs_entry_find(), but ENTRY->text is in
   language LANG from the built-in catalogs, as nxs_strerror_lang()
   gives it (UTF-8; English where there is no translation).  Aliases
   have descriptions of their own, which only these reach by language.
   They take no lock and allocate nothing.  */
NXS_API int nxs_entry_get_lang (size_t index, const char *lang,
                                nxs_entry *entry);
NXS_API int nxs_entry_find_lang (const char *name, const char *lang,
                                 nxs_entry *entry);

/* Bind the text domain to DIR (DIR/LANG/LC_MESSAGES/nxstatus.mo), as
   bindtextdomain ("nxstatus", DIR) does, for relocatable installs and
   tests; NULL binds the default directory described at the top of this
   file again.  A relative DIR is made absolute against the working
   directory now, so a later chdir() changes nothing.  Calls of the
   library in other threads use the old or the new directory, never a
   mix: the bind waits until none of them is inside gettext.  Return 0,
   or EINVAL if DIR is "", ENAMETOOLONG if it is too long, ENOMEM, or
   getcwd()'s error; the binding is then unchanged.  In a build without
   NLS no catalog is ever read; the binding only changes what
   nxs_localedir() returns.  */
NXS_API int nxs_bind_localedir (const char *dir);

/* Return the directory the domain is bound to now (see above), by
   nxs_bind_localedir(), the program's bindtextdomain() or the default,
   as an absolute path (a relative binding taken against the working
   directory, as gettext takes it).  In a build without NLS, return the
   directory that would be used; on a system without files (a
   microcontroller), "".  */
NXS_API const char *nxs_localedir (void);

/* Translate MSGID, a message of the text domain "nxstatus", as
   nxs_strerror() translates descriptions: through dcgettext, once the
   files gettext would read for it are checked, in the calling thread's
   language.  For programs that share the domain for their own messages,
   as the nxstatus tool does: calling dgettext() on the domain directly
   would skip the check.  Return the translation, MSGID itself if there
   is none or it holds a control character other than newline and tab,
   or NULL if MSGID is NULL; "" gives "".  */
NXS_API const char *nxs_gettext (const char *msgid);

/* Return 1 if the installed catalogs (see nxs_localedir()) hold one for
   LANG that the library would use: checked as described at the top of
   this file, under one of the names gettext tries for LANG (for
   "sv_FI.UTF-8": sv_FI.UTF-8, sv_FI.utf8, sv_FI, sv.UTF-8, sv.utf8, sv,
   after locale.alias).  LANG is one language, as one entry of
   LANGUAGE.  Return 0 otherwise, and for NULL, "", a list, "C", a name
   that could be a path, and in a build without NLS.  */
NXS_API int nxs_language_installed (const char *lang);

/* Return the library's version, such as "0.2.0".  */
NXS_API const char *nxs_version (void);

#ifdef __cplusplus
}
#endif

#endif /* NXSTATUS_H */
