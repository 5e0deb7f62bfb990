#!/bin/sh
# footprint.sh BUILDDIR - sizes of the library and its catalogs, and the
# dynamic relocations the code table adds (it should add none).
# Copyright (C) 2026 The nxstatus authors.
# SPDX-License-Identifier: MIT

b=${1:-.}
so=$(ls "$b"/src/.libs/libnxstatus.so.*.*.* 2>/dev/null | head -1)
test -n "$so" || { echo "footprint: no shared library in $b/src/.libs" >&2; exit 1; }
echo "library: $so"
size -A "$so" | awk '$1 ~ /^\.(text|rodata|data|data\.rel\.ro|bss)$/ { printf "  %-14s %7d bytes\n", $1, $2 }'
echo "dynamic relocations:"
readelf -rW "$so" | awk '/R_X86_64|R_AARCH64|R_386|R_ARM/ { n[$3]++ } END { for (t in n) printf "  %-24s %d\n", t, n[t] }'
echo "  (RELATIVE ones are the C runtime's init/fini arrays and __dso_handle;"
echo "   the table's pools use offsets and add none)"
echo "catalogs:"
for mo in "$b"/tests/locale/*/LC_MESSAGES/*.mo; do
  lang=$(basename "$(dirname "$(dirname "$mo")")")
  printf '  %-10s %7d bytes\n' "$lang" "$(wc -c <"$mo")"
done
