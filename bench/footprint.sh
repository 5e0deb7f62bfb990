#!/bin/sh
# footprint.sh BUILDDIR - sizes of the shared library, where its
# RELATIVE relocations fall (the tables should hold none), and the size
# of each built-in language.
# Copyright (C) 2026 The nxstatus authors.
# SPDX-License-Identifier: MIT

b=${1:-.}
so=$(ls "$b"/src/.libs/libnxstatus.so.*.*.* 2>/dev/null | head -1)
test -n "$so" || { echo "footprint: no shared library in $b/src/.libs" >&2; exit 1; }
echo "library: $so"
size -A "$so" | awk '$1 ~ /^\.(text|rodata|data|data\.rel\.ro|bss)$/ { printf "  %-14s %7d bytes\n", $1, $2 }'

echo "dynamic relocations, by type:"
readelf -rW "$so" | awk '/R_X86_64|R_AARCH64|R_386|R_ARM/ { n[$3]++ } END { for (t in n) printf "  %-24s %d\n", t, n[t] }'
# Each RELATIVE relocation by the section it patches.
echo "RELATIVE relocations, by section (.init_array, .fini_array and .data's"
echo "__dso_handle are the C runtime's; a table would show in .data.rel.ro):"
# .tbss takes no address space: the sections after it share its range.
readelf -SW "$so" | awk '$1 ~ /^\[/ { sub(/^\[ */, ""); sub(/\]/, "") }
  $2 ~ /^\./ && $2 != ".tbss" { printf "%s %s %s\n", $2, $4, $6 }' >"$b/sections.tmp"
# POSIX awk has no hex numbers: HEX converts.
HEX='function hex(s, i, v) { v = 0; s = tolower(s)
  for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
  return v }'
readelf -rW "$so" | awk '/RELATIVE/ { print $1 }' | while read -r off; do
  awk -v o="$off" "$HEX"' { a = hex($2); s = hex($3); x = hex(o)
    if (x >= a && x < a + s) print $1 }' "$b/sections.tmp"
done | sort | uniq -c | awk '{ printf "  %-14s %d\n", $2, $1 }'
rm -f "$b/sections.tmp"

echo "built-in languages (pool + index, bytes):"
nm -S "$so" | awk "$HEX"' $4 ~ /^nxsi_lang_.*_(pool|index)$/ {
    lang = $4; sub(/^nxsi_lang_/, "", lang); sub(/_(pool|index)$/, "", lang);
    n[lang] += hex($2) }
  END { for (l in n) printf "  %-10s %7d\n", l, n[l] }'

echo "installed-style catalogs (.mo, bytes):"
for mo in "$b"/tests/locale/*/LC_MESSAGES/*.mo; do
  lang=$(basename "$(dirname "$(dirname "$mo")")")
  printf '  %-10s %7d\n' "$lang" "$(wc -c <"$mo")"
done
