#!/bin/sh
# footprint.sh - what libnxstatus costs a Cortex-M3 firmware, for each
# budget configure offers: cross-builds these sources (arm-none-eabi,
# -Os, sections collected), links footprint.c, which keeps every
# function, and adds up the input sections that came from libnxstatus.a
# in the link map: the library's share, not newlib's.  For the core
# families, names only and with English, also what language packs add:
# footprint.c linked again with the functions that check, open and look
# up a pack, the library's share and the C library's compared.
#
#   make footprint          (from the top of a build)
#
# Copyright (C) 2026 The nxstatus authors.
# SPDX-License-Identifier: MIT

set -e
srcdir=${srcdir:?}
top_srcdir=${top_srcdir:?}
tap_tmp=$(mktemp -d "${TMPDIR:-/tmp}/nxstatus-footprint.XXXXXX")
trap 'rm -rf "$tap_tmp"' EXIT
. "$srcdir/firmware/target.sh"
missing=$(target_tools_missing)
test -z "$missing" || { echo "footprint: $missing" >&2; exit 1; }
unset CC CFLAGS CPPFLAGS LDFLAGS LIBS MAKEFLAGS MFLAGS

mkdir "$tap_tmp/src"
tar -C "$top_srcdir" --exclude='./_*' --exclude=./.git -cf - . \
  | tar -C "$tap_tmp/src" -xf -
if test -f "$tap_tmp/src/config.status"; then
  (cd "$tap_tmp/src" && ${MAKE:-make} distclean) >/dev/null 2>&1
fi

# share MAP [ARCHIVE]: "flash ram" of the input sections from ARCHIVE
# (libnxstatus.a).
share () {
  awk -v archive="${2:-libnxstatus.a}" '
    /^Linker script and memory map/ { on = 1; next }
    !on { next }
    /^ \.[^ ]+$/ { section = $1; next }
    /^ \.[^ ]+ +0x/ { section = $1; sub(/^ \.[^ ]+/, "") }
    $1 ~ /^0x/ && $2 ~ /^0x/ && index($3, "/" archive "(") {
      size = 0; hex = tolower(substr($2, 3))
      for (i = 1; i <= length(hex); i++)
        size = size * 16 + index("0123456789abcdef", substr(hex, i, 1)) - 1
      if (section ~ /^\.(data|bss)/) ram += size
      else if (section ~ /^\.(text|rodata)/) flash += size
    }
    END { printf "%d %d\n", flash, ram }' "$1"
}

# hashes MAP: the bytes of the msgids' hashes (table.c's msgid_hash)
# from libnxstatus.a, which a build without descriptions keeps for packs.
hashes () {
  awk '
    /^ \.rodata\.msgid_hash/ { on = 1; next }
    on && $1 ~ /^0x/ && $3 ~ /libnxstatus\.a\(/ {
      size = 0; hex = tolower(substr($2, 3))
      for (i = 1; i <= length(hex); i++)
        size = size * 16 + index("0123456789abcdef", substr(hex, i, 1)) - 1
      n += size
    }
    { on = 0 }
    END { print n + 0 }' "$1"
}

packs=
printf '%-44s %12s %10s\n' "configuration (Cortex-M3, -Os)" "flash bytes" "RAM bytes"
for config in "core: names only|--disable-descriptions --with-families=core" \
              "core: names and English|--with-builtin-languages=none --with-families=core" \
              "core: names, English and Swedish|--with-builtin-languages=sv --with-families=core" \
              "core + DHCP, DNS, MQTT: names and English|--with-builtin-languages=none --with-families=dhcp,dns,mqtt" \
              "all families: names only|--disable-descriptions" \
              "all families: names and English|--with-builtin-languages=none" \
              "all families: names, English and Swedish|--with-builtin-languages=sv"; do
  name=${config%%|*} options=${config#*|}
  build="$tap_tmp/build-$(echo "$name" | tr -c 'a-z\n' _)"
  mkdir "$build"
  # shellcheck disable=SC2086
  # One configure cache for all: the builds differ in options only.
  (cd "$build" && "$tap_tmp/src/configure" -q --host=arm-none-eabi \
     --cache-file="$tap_tmp/config.cache" \
     --disable-shared --disable-nls $options --prefix="$build/inst" \
     CFLAGS="$ARM_CFLAGS" && ${MAKE:-make} -j2 && ${MAKE:-make} install) \
    >"$build.log" 2>&1 || { tail -20 "$build.log" >&2; exit 1; }
  target_link "$build/footprint.elf" "$srcdir/firmware/footprint.c" \
    -I"$build/inst/include" -L"$build/inst/lib"
  set -- $(share "$build/footprint.elf.map")
  printf '%-44s %12d %10d\n' "$name" "$1" "$2"
  case $name in
    "core: names only"|"core: names and English")
      target_link "$build/footprint-pack.elf" "$srcdir/firmware/footprint.c" \
        -I"$build/inst/include" -L"$build/inst/lib" -DNXS_FOOTPRINT_PACK
      set -- $1 $2 $(share "$build/footprint-pack.elf.map") \
        $(share "$build/footprint.elf.map" libc.a) \
        $(share "$build/footprint-pack.elf.map" libc.a) \
        $(hashes "$build/footprint-pack.elf.map")
      packs="$packs$(printf '%-44s %12d %10d %9d %9d' "$name" \
                       $(($3 - $1)) $(($4 - $2)) $(($7 - $5)) "${9}")
"
      ;;
  esac
  case $name in
    "core: names and English") core_english=$1 ;;
    "core: names, English and Swedish") core_swedish=$1 ;;
    "all families: names and English") english=$1 ;;
    "all families: names, English and Swedish") swedish=$1 ;;
  esac
done

# What Swedish adds, against its text: the char arrays of the catalog's
# pool (mkcatalog writes one per text, NUL included), of the core
# families and the unknown sentence, or all.
catalog="$tap_tmp/src/src/catalogs/sv.inc"
text () {
  sed -n "s/^  char \($1\)[A-Za-z0-9_]*\[\([0-9]*\)\];\$/\2/p" "$catalog" \
    | awk '{ n += $1 } END { print n + 0 }'
}
core_text=$(text 'NETX__\|TLS__\|X509__\|CRYPTO__\|unknown_')
all_text=$(text '[A-Z0-9_]*__\|unknown_')
added=$((core_swedish - core_english))
printf 'Swedish adds %d bytes of flash to the core: its UTF-8 text is %d bytes, %d more\n' \
  "$added" "$core_text" "$((added - core_text))"
added=$((swedish - english))
printf 'Swedish adds %d bytes of flash to all families: its UTF-8 text is %d bytes, %d more\n' \
  "$added" "$all_text" "$((added - all_text))"

# What packs add: the library's flash and RAM, of that flash the
# msgids' hashes, and the C library's flash besides.
printf '\nLanguage packs: what nxs_pack_open, nxs_strerror_pack(_r),\n'
printf 'nxs_pack_language and nxs_pack_translated add (no index)\n'
printf '%-44s %12s %10s %9s %9s\n' "configuration (Cortex-M3, -Os)" \
  "flash bytes" "RAM bytes" "C library" "hashes"
printf '%s' "$packs"
printf 'hashes: of the flash bytes, the msgids'"'"' hashes (4 bytes an entry)\n'
