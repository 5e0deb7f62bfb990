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

tap_done () {
  echo "1..$tap_count"
  test "$tap_failed" -eq 0
}
