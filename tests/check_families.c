/* check_families.c - every status of NetX Duo's add-ons
   (netx-addon-status-codes.tsv): families and their identifiers, every
   row qualified with its family, the rule for an unqualified value that
   add-ons share, and the fallback to the core.  The tables hold the
   headers' facts; the expectations below are the rules of nxstatus.h's
   NXS_IN, applied to those facts.  Families that configure
   --with-families leaves out must be absent.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nxstatus.h"
#include "testutil.h"

#define ADDON_ROWS 560
#define CORE_ROWS 210
#define ADDON_FAMILIES 29

struct row
{
  char name[64];
  unsigned int value;
  char family[24];
  char alias_of[64];
};

static struct row addon[ADDON_ROWS + 1], core[CORE_ROWS + 1];
static size_t naddon, ncore;

/* Read the tab-separated FILE from $srcdir: name, value (hex), family,
   header, then for the add-ons alias_of.  */
static size_t
load (const char *file, struct row *rows, size_t max)
{
  const char *dir = getenv ("srcdir");
  char path[4096];
  snprintf (path, sizeof path, "%s/%s", dir != NULL ? dir : ".", file);
  FILE *fp = fopen (path, "r");
  if (fp == NULL)
    {
      perror (path);
      exit (EXIT_FAILURE);
    }
  char line[1024];
  size_t n = 0;
  while (fgets (line, sizeof line, fp) != NULL)
    {
      if (line[0] == '#' || strncmp (line, "name\t", 5) == 0)
        continue;
      char *field[6] = { NULL };
      char *p = line;
      for (int k = 0; k < 6 && p != NULL; k++)
        {
          field[k] = p;
          p = strchr (p, '\t');
          if (p != NULL)
            *p++ = '\0';
        }
      if (field[3] == NULL || n == max)
        {
          fprintf (stderr, "%s: bad line %zu\n", path, n + 1);
          exit (EXIT_FAILURE);
        }
      struct row *r = &rows[n++];
      snprintf (r->name, sizeof r->name, "%s", field[0]);
      r->value = (unsigned int) strtoul (field[1], NULL, 16);
      snprintf (r->family, sizeof r->family, "%s", field[2]);
      snprintf (r->alias_of, sizeof r->alias_of, "%s",
                field[4] != NULL ? field[4] : "");
      r->alias_of[strcspn (r->alias_of, "\n")] = '\0';
    }
  fclose (fp);
  return n;
}

static nxs_family
family_of_row (const struct row *r)
{
  return nxs_family_from_name (r->family);
}

/* Whether row R's family is in this build.  */
static int
built (const struct row *r)
{
  return family_of_row (r) != NXS_FAMILY_UNKNOWN;
}

/* Two names of one value in one family that the header defines without
   saying which is the other's alias: the one the SNMP agent returns is
   the primary.  */
static const struct
{
  const char *alias, *primary;
} same_value[] = {
  { "NX_SNMP_TIMEOUT", "NX_SNMP_NEXT_ENTRY" },
  { "NX_SNMP_ENTRY_END", "NX_SNMP_FAILED" },
};

/* The name that NXS_IN (family of R, value of R) must give.  */
static const char *
qualified_name (const struct row *r)
{
  if (r->alias_of[0] != '\0')
    return r->alias_of;
  for (size_t k = 0; k < sizeof same_value / sizeof same_value[0]; k++)
    if (strcmp (r->name, same_value[k].alias) == 0)
      return same_value[k].primary;
  return r->name;
}

/* The core's row for VALUE: NX_SUCCESS for 0, of which the TLS,
   X.509 and crypto successes are aliases; else the only one.  */
static const struct row *
core_row (unsigned int value)
{
  for (size_t i = 0; i < ncore; i++)
    if (core[i].value == value
        && (value != 0 || strcmp (core[i].name, "NX_SUCCESS") == 0))
      return &core[i];
  return NULL;
}

START_TEST (fixture_is_whole)
{
  ck_assert_uint_eq (naddon, ADDON_ROWS);
  ck_assert_uint_eq (ncore, CORE_ROWS);
  size_t in_build = 0;
  for (size_t i = 0; i < naddon; i++)
    in_build += built (&addon[i]);
  ck_assert_uint_eq (nxs_entry_count (), CORE_ROWS + in_build);
}
END_TEST

START_TEST (family_identifiers)
{
  /* The add-on families are numbered 5 to 33 in the order of their
     identifiers, which the ABI fixes.  */
  static const char *const ids[ADDON_FAMILIES] = {
    "auto_ip", "azure_iot", "bsd", "cloud", "dhcp", "dhcp_server",
    "dhcpv6", "dhcpv6_server", "dns", "ftp", "ftp_server", "http", "mdns",
    "mqtt", "nat", "pop3", "ppp", "pppoe", "ptp", "rtsp", "smtp", "snmp",
    "sntp", "tcpserver", "telnet", "tftp", "tftp_server", "web_http",
    "websocket"
  };
  ck_assert_uint_eq (nxs_family_count (), 33);
  ck_assert_int_eq (NXS_FAMILY_AUTO_IP, 5);
  ck_assert_int_eq (NXS_FAMILY_WEBSOCKET, 33);
  for (int k = 0; k < ADDON_FAMILIES; k++)
    {
      nxs_family f = (nxs_family) (NXS_FAMILY_AUTO_IP + k);
      size_t rows = 0;
      for (size_t i = 0; i < naddon; i++)
        rows += strcmp (addon[i].family, ids[k]) == 0;
      ck_assert_msg (rows > 0, "%s is no family of the TSV", ids[k]);
      if (nxs_family_size (f) == 0)
        {
          /* left out of this build */
          ck_assert_ptr_null (nxs_family_name (f));
          ck_assert_int_eq (nxs_family_from_name (ids[k]), NXS_FAMILY_UNKNOWN);
          continue;
        }
      ck_assert_str_eq (nxs_family_name (f), ids[k]);
      ck_assert_int_eq (nxs_family_from_name (ids[k]), f);
      ck_assert_uint_eq (nxs_family_size (f), rows);
      char upper[24];
      size_t n = 0;
      for (; ids[k][n] != '\0'; n++)
        upper[n] = (char) (ids[k][n] >= 'a' && ids[k][n] <= 'z'
                           ? ids[k][n] - 'a' + 'A' : ids[k][n]);
      upper[n] = '\0';
      ck_assert_int_eq (nxs_family_from_name (upper), f);
    }
  ck_assert_int_eq (nxs_family_from_name ("netx"), NXS_FAMILY_NETX);
  ck_assert_int_eq (nxs_family_from_name ("Crypto"), NXS_FAMILY_CRYPTO);
  ck_assert_uint_eq (nxs_family_size (NXS_FAMILY_TLS), 85);
  static const char *const bad[] = {
    "", "dhcp ", " dhcp", "dhcp\n", "dhcp_", "dhc", "dhcpv", "unknown",
    "DHCP-SERVER", "d\xC3\xA4" "cp", "families", "languages"
  };
  for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++)
    ck_assert_int_eq (nxs_family_from_name (bad[k]), NXS_FAMILY_UNKNOWN);
  ck_assert_int_eq (nxs_family_from_name (NULL), NXS_FAMILY_UNKNOWN);
  ck_assert_uint_eq (nxs_family_size (NXS_FAMILY_UNKNOWN), 0);
  ck_assert_uint_eq (nxs_family_size ((nxs_family) 34), 0);
  ck_assert_uint_eq (nxs_family_size ((nxs_family) -1), 0);
  ck_assert_ptr_null (nxs_family_name ((nxs_family) 34));
}
END_TEST

/* Row _i qualified with its family: its name (or what it aliases), its
   family, its description; its name found and leading back to it.  */
START_TEST (row_qualified)
{
  const struct row *r = &addon[_i];
  nxs_family f = family_of_row (r);
  nxs_entry e;
  unsigned int status = 0xDEADBEEF;
  if (f == NXS_FAMILY_UNKNOWN)
    {
      /* Its family is left out: the name is unknown too, unless the
         client family that shares it is in.  */
      if (nxs_entry_find (r->name, &e) == 0)
        ck_assert_uint_eq (e.value, r->value);
      return;
    }
  unsigned int qualified = NXS_IN (f, r->value);
  const char *want = qualified_name (r);
  ck_assert_str_eq (nxs_name (qualified), want);
  const struct row *c = core_row (r->value);
  if (r->alias_of[0] != '\0' && c != NULL && strcmp (c->name, want) == 0)
    ck_assert_int_le (nxs_family_of (qualified), NXS_FAMILY_CRYPTO);
  else
    ck_assert_int_eq (nxs_family_of (qualified), f);
  use_english ();
  ck_assert_ptr_nonnull (nxs_description (qualified));
  ck_assert_str_eq (nxs_strerror (qualified), nxs_description (qualified));

  ck_assert_int_eq (nxs_entry_find (r->name, &e), 0);
  ck_assert_str_eq (e.name, r->name);
  ck_assert_uint_eq (e.value, r->value);
  ck_assert_int_le (e.family, f);   /* a shared name is the client's */
  ck_assert_int_eq (e.primary != 0, strcmp (want, r->name) == 0);
  ck_assert_int_eq (nxs_from_name (r->name, &status), 0);
  ck_assert_uint_eq (NXS_VALUE_PART (status), r->value);
  ck_assert_uint_eq (NXS_FAMILY_PART (status), e.family);
  ck_assert_str_eq (nxs_name (status), want);
}
END_TEST

/* A bare value: the core's entry if the core defines it; else the entry
   of the one add-on name of all NetX Duo's add-ons that has the value,
   if its family is in this build; else unknown.  */
START_TEST (unqualified_values)
{
  size_t core_wins = 0, one_addon = 0, shared = 0;
  for (size_t i = 0; i < naddon; i++)
    {
      unsigned int v = addon[i].value;
      const struct row *c = core_row (v);
      const struct row *first = NULL;
      int names_differ = 0;
      for (size_t j = 0; j < naddon; j++)
        if (addon[j].value == v && addon[j].alias_of[0] == '\0'
            && strcmp (qualified_name (&addon[j]), addon[j].name) == 0)
          {
            if (first == NULL)
              first = &addon[j];
            else if (strcmp (first->name, addon[j].name) != 0)
              names_differ = 1;
          }
      if (first != &addon[i])
        continue;               /* each value once */
      if (c != NULL)
        {
          ck_assert_str_eq (nxs_name (v), c->name);
          core_wins++;
        }
      else if (!names_differ)
        {
          /* the first family in the build with that name */
          const char *want = NULL;
          for (size_t j = 0; j < naddon && want == NULL; j++)
            if (addon[j].value == v && strcmp (addon[j].name, first->name) == 0
                && built (&addon[j]))
              want = addon[j].name;
          if (want == NULL)
            ck_assert_ptr_null (nxs_name (v));
          else
            ck_assert_str_eq (nxs_name (v), want);
          one_addon++;
        }
      else
        {
          ck_assert_msg (nxs_name (v) == NULL, "0x%X: %s", v, nxs_name (v));
          ck_assert_int_eq (nxs_family_of (v), NXS_FAMILY_UNKNOWN);
          ck_assert_ptr_null (nxs_description (v));
          char buf[NXS_STRERROR_MAX];
          ck_assert_int_eq (nxs_strerror_r (v, buf, sizeof buf), EINVAL);
          shared++;
        }
    }
  printf ("# add-on values: %zu also the core's, %zu of one add-on name, "
          "%zu of several\n", core_wins, one_addon, shared);
  ck_assert_uint_gt (core_wins, 0);
  ck_assert_uint_gt (one_addon, 0);
  ck_assert_uint_gt (shared, 0);
}
END_TEST

START_TEST (the_documented_examples)
{
  use_english ();
  if (nxs_family_size (NXS_FAMILY_DHCP) > 0
      && nxs_family_size (NXS_FAMILY_DHCP_SERVER) > 0)
    {
      ck_assert_str_eq (nxs_name (NXS_IN (NXS_FAMILY_DHCP, 0x93)),
                        "NX_DHCP_ALREADY_STARTED");
      ck_assert_str_eq (nxs_name (NXS_IN (NXS_FAMILY_DHCP_SERVER, 0x93)),
                        "NX_DHCP_INADEQUATE_PACKET_POOL_PAYLOAD");
      ck_assert_ptr_null (nxs_name (0x93));
      ck_assert_str_eq (nxs_strerror (0x93), "Unknown NetX status value");
    }
  if (nxs_family_size (NXS_FAMILY_MQTT) > 0)
    {
      ck_assert_str_eq (nxs_name (0x10005), "NXD_MQTT_CONNECT_FAILURE");
      ck_assert_int_eq (nxs_family_of (0x10005), NXS_FAMILY_MQTT);
      ck_assert_str_eq (nxs_name (NXS_IN (NXS_FAMILY_MQTT, 0x10005)),
                        "NXD_MQTT_CONNECT_FAILURE");
      /* NXD_MQTT_SUCCESS is NX_SUCCESS, of the core.  */
      ck_assert_str_eq (nxs_name (NXS_IN (NXS_FAMILY_MQTT, 0)), "NX_SUCCESS");
      ck_assert_int_eq (nxs_family_of (NXS_IN (NXS_FAMILY_MQTT, 0)),
                        NXS_FAMILY_NETX);
    }
  /* Any service may return a core status: in a family that does not
     define the value itself, it is the core's.  */
  for (size_t f = 1; f <= nxs_family_count (); f++)
    {
      const char *id = nxs_family_name ((nxs_family) f);
      int own = 0;
      for (size_t i = 0; i < naddon && id != NULL; i++)
        own |= addon[i].value == 0x07 && strcmp (addon[i].family, id) == 0;
      if (!own)
        ck_assert_str_eq (nxs_name (NXS_IN (f, 0x07)), "NX_PTR_ERROR");
      ck_assert_str_eq (nxs_name (NXS_IN (f, 0x10C)),
                        "NX_SECURE_TLS_INVALID_SERVER_CERT");
    }
  if (nxs_family_size (NXS_FAMILY_BSD) > 0)
    ck_assert_str_eq (nxs_name (NXS_IN (NXS_FAMILY_BSD, 0x07)),
                      "NX_BSD_EVENT_ERROR");
  /* Core values win unqualified: Azure IoT's 0x20001 is crypto's.  */
  ck_assert_str_eq (nxs_name (0x20001), "NX_CRYPTO_INVALID_LIBRARY");
  if (nxs_family_size (NXS_FAMILY_AZURE_IOT) > 0)
    ck_assert_int_eq (nxs_family_of (NXS_IN (NXS_FAMILY_AZURE_IOT, 0x20001)),
                      NXS_FAMILY_AZURE_IOT);
  /* A family past the last is no family: unknown, even for a core
     value; family 0 is no family at all.  */
  for (unsigned int f = 34; f <= 255; f++)
    {
      ck_assert_ptr_null (nxs_name (NXS_IN (f, 0x07)));
      ck_assert_ptr_null (nxs_name (NXS_IN (f, 0x93)));
    }
  ck_assert_uint_eq (NXS_IN (0, 0x38), 0x38);
  ck_assert_uint_eq (NXS_IN (NXS_FAMILY_DHCP, 0x93), 0x09000093u);
  ck_assert_uint_eq (NXS_IN (NXS_FAMILY_DHCP, 0xFF000093u), 0x09000093u);
  ck_assert_uint_eq (NXS_FAMILY_PART (0x09000093u), NXS_FAMILY_DHCP);
  ck_assert_uint_eq (NXS_VALUE_PART (0x09000093u), 0x93);
}
END_TEST

START_TEST (in_swedish)
{
  /* A qualified status comes in the language like any other.  */
  if (nxs_family_size (NXS_FAMILY_DHCP) == 0)
    return;
  unsigned int status = NXS_IN (NXS_FAMILY_DHCP, 0x93);
  const char *english = nxs_description (status);
  const char *builtin = nxs_strerror_lang (status, "sv");
  if (nxs_language_match ("sv") != NULL)
    ck_assert_str_ne (builtin, english);
  else
    ck_assert_str_eq (builtin, english);
  ck_assert (valid_utf8 (builtin));
  use_language ("sv");
#if ENABLE_NLS
  ck_assert_str_ne (nxs_strerror (status), english);
  if (nxs_language_match ("sv") != NULL)
    ck_assert_str_eq (nxs_strerror (status), builtin);
#else
  ck_assert_str_eq (nxs_strerror (status), english);
#endif
}
END_TEST

int
main (void)
{
  naddon = load ("netx-addon-status-codes.tsv", addon, ADDON_ROWS + 1);
  ncore = load ("netx-status-codes.tsv", core, CORE_ROWS + 1);
  Suite *s = suite_create ("families");
  TCase *tc = tcase_create ("add-ons");
  tcase_add_test (tc, fixture_is_whole);
  tcase_add_test (tc, family_identifiers);
  tcase_add_loop_test (tc, row_qualified, 0, ADDON_ROWS);
  tcase_add_test (tc, unqualified_values);
  tcase_add_test (tc, the_documented_examples);
  tcase_add_test (tc, in_swedish);
  suite_add_tcase (s, tc);
  return run_suite (s);
}
