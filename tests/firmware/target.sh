# target.sh - building for QEMU's mps2-an385 (Cortex-M3) and running a
# program there; sourced, not run.  Needs $srcdir.
# Copyright (C) 2026 The nxstatus authors.
# SPDX-License-Identifier: MIT

ARM_CC=${ARM_CC:-arm-none-eabi-gcc}
QEMU_ARM=${QEMU_ARM:-qemu-system-arm}
# What a Cortex-M3 firmware build passes, and what the library is built
# with for it.
ARM_CFLAGS="-mcpu=cortex-m3 -mthumb -Os -ffunction-sections -fdata-sections"
firmware="${srcdir:-.}/firmware"

# Print why the target tools are missing, or nothing.
target_tools_missing () {
  command -v "$ARM_CC" >/dev/null 2>&1 \
    || { echo "$ARM_CC not found (Debian: gcc-arm-none-eabi libnewlib-arm-none-eabi)"; return; }
  printf 'int main (void) { return 0; }\n' >"$tap_tmp/probe.c"
  "$ARM_CC" $ARM_CFLAGS --specs=nosys.specs -o "$tap_tmp/probe.elf" \
    "$tap_tmp/probe.c" >/dev/null 2>&1 \
    || { echo "$ARM_CC cannot link (Debian: libnewlib-arm-none-eabi)"; return; }
  command -v "$QEMU_ARM" >/dev/null 2>&1 \
    || echo "$QEMU_ARM not found (Debian: qemu-system-arm)"
}

# target_link ELF PROGRAM.c [CFLAGS...]: PROGRAM with the startup code,
# the linker script and semihosting, linked with -lnxstatus as the
# flags find it, keeping only what is used, and a link map ELF.map.
target_link () {
  elf=$1 prog=$2
  shift 2
  "$ARM_CC" $ARM_CFLAGS -I"$firmware" "$@" -nostartfiles \
    -T "$firmware/mps2-an385.ld" -Wl,--gc-sections -Wl,-Map,"$elf.map" \
    -o "$elf" "$firmware/startup.c" "$firmware/semihost.c" "$prog" \
    -lnxstatus -lc -lgcc
}

# target_run ELF: run it in QEMU, its output in $tap_tmp/target.out;
# return its exit status (124 if it hangs).
target_run () {
  timeout 300 "$QEMU_ARM" -M mps2-an385 -nographic -monitor none \
    -serial none -semihosting-config enable=on,target=native \
    -kernel "$1" >"$tap_tmp/target.out" 2>&1
}

# appendix_header OUT: the appendix's rows as C initializers.
appendix_header () {
  grep -v '^#' "${srcdir:-.}/appendix.tsv" | awk -F '\t' '{
    gsub(/\\/, "\\\\", $4); gsub(/"/, "\\\"", $4)
    printf "  { \"%s\", %s, \"%s\" },\n", $1, $2, $4 }' >"$1"
}
