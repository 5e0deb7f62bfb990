# tap.sh - a little TAP for the shell tests; sourced, not run.
# Copyright (C) 2026 The nxstatus authors.
# SPDX-License-Identifier: MIT

tap_count=0
tap_failed=0
tap_tmp=$(mktemp -d "${TMPDIR:-/tmp}/nxstatus-test.XXXXXX") || exit 99
trap 'rm -rf "$tap_tmp"' EXIT

# ok CONDITION-STATUS DESCRIPTION: report the result of the last command.
tap_result () {
  tap_count=$((tap_count + 1))
  if test "$1" -eq 0; then
    echo "ok $tap_count - $2"
  else
    echo "not ok $tap_count - $2"
    tap_failed=$((tap_failed + 1))
  fi
}

# run EXPECTED-EXIT ARGS...: run the tool (under $NXS_TOOL_WRAPPER, such
# as valgrind, if set), keep stdout and stderr in
# $out and $err, and return 0 if it exited with EXPECTED-EXIT.
run () {
  expect=$1; shift
  $NXS_TOOL_WRAPPER "$NXSTATUS" "$@" >"$tap_tmp/out" 2>"$tap_tmp/err"
  rc=$?
  out=$(cat "$tap_tmp/out")
  err=$(cat "$tap_tmp/err")
  if test "$rc" -ne "$expect"; then
    echo "# exit $rc, expected $expect: $*" | head -c 300; echo
    sed 's/^/#   err: /' "$tap_tmp/err" | head -5
    return 1
  fi
  return 0
}

# same A B: compare two strings, showing both on a mismatch.
same () {
  if test "x$1" = "x$2"; then
    return 0
  fi
  printf '#   got:      %s\n#   expected: %s\n' "$1" "$2" | head -20
  return 1
}

# tap_skip REASON: report one case as skipped.
tap_skip () {
  tap_count=$((tap_count + 1))
  echo "ok $tap_count # SKIP $1"
}

# nls_only DESCRIPTION: return 0 in a build with NLS; else report
# DESCRIPTION as skipped and return 1.
nls_only () {
  test "$USE_NLS" = yes && return 0
  tap_skip "$1: built without NLS"
  return 1
}

# scratch_sources DIR: a copy of the sources in DIR, as a fresh checkout
# would be: no build directories, and a configuration made in place
# cleaned, so that configure will also build there in a subdirectory.
scratch_sources () {
  mkdir -p "$1" \
    && tar -C "${top_srcdir:-..}" --exclude='./_*' --exclude=./.git -cf - . \
       | tar -C "$1" -xf - \
    && chmod -R u+w "$1" && test -x "$1/configure" || return 1
  if test -f "$1/config.status"; then
    (cd "$1" && MAKEFLAGS= "${MAKE:-make}" distclean) >"$tap_tmp/distclean.log" 2>&1 \
      || { tail -20 "$tap_tmp/distclean.log" | sed 's/^/# /'; return 1; }
  fi
}

# decoy_library DIR LIB: in DIR, a stub shared library with the soname
# of LIB, the library under test, whose every text reads "decoy": what
# another nxstatus installation on the caller's LD_LIBRARY_PATH
# (/usr/local/lib) would be to a test.  Return 1 if it cannot be made.
decoy_library () {
  soname=$(readelf -d "$2" 2>/dev/null \
           | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
  test -n "$soname" && mkdir -p "$1" || return 1
  cat >"$1/decoy.c" <<'DECOY'
#include <stddef.h>
#include <string.h>
static const char decoy[] = "decoy";
static int
fill (char *buf, size_t len)
{
  if (buf != NULL && len > 0)
    strncpy (buf, decoy, len)[len - 1] = '\0';
  return 0;
}
const char *nxs_strerror (unsigned s) { (void) s; return decoy; }
const char *nxs_strerror_lang (unsigned s, const char *l)
{ (void) s; (void) l; return decoy; }
int nxs_strerror_r (unsigned s, char *b, size_t n) { (void) s; return fill (b, n); }
int nxs_strerror_lang_r (unsigned s, const char *l, char *b, size_t n)
{ (void) s; (void) l; return fill (b, n); }
const char *nxs_name (unsigned s) { (void) s; return decoy; }
const char *nxs_description (unsigned s) { (void) s; return decoy; }
const char *nxs_gettext (const char *m) { (void) m; return decoy; }
const char *nxs_strerror_l (unsigned s, void *l)
{ (void) s; (void) l; return decoy; }
const char *nxs_language_match (const char *l) { (void) l; return NULL; }
size_t nxs_language_count (void) { return 0; }
const char *nxs_language_get (size_t i) { (void) i; return NULL; }
int nxs_family_of (unsigned s) { (void) s; return 0; }
const char *nxs_family_name (int f) { (void) f; return decoy; }
int nxs_family_from_name (const char *n) { (void) n; return 1; }
size_t nxs_family_count (void) { return 1; }
size_t nxs_family_size (int f) { (void) f; return 0; }
int nxs_from_name (const char *n, unsigned *s) { (void) n; *s = 0; return 0; }
size_t nxs_entry_count (void) { return 0; }
int nxs_entry_get (size_t i, void *e) { (void) i; (void) e; return 34; }
int nxs_entry_find (const char *n, void *e) { (void) n; (void) e; return 2; }
int nxs_entry_get_lang (size_t i, const char *l, void *e)
{ (void) i; (void) l; (void) e; return 34; }
int nxs_entry_find_lang (const char *n, const char *l, void *e)
{ (void) n; (void) l; (void) e; return 2; }
int nxs_bind_localedir (const char *d) { (void) d; return 0; }
const char *nxs_localedir (void) { return decoy; }
const char *nxs_version (void) { return decoy; }
DECOY
  ${CC:-cc} -shared -fPIC -Wl,-soname,"$soname" -o "$1/$soname" \
    "$1/decoy.c" >"$1/decoy.log" 2>&1
}

tap_done () {
  echo "1..$tap_count"
  test "$tap_failed" -eq 0
}
