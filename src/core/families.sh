# families.sh - the add-on families a build keeps, from configure's
# --with-families; sourced by configure and by tests/familylist.test.
# Copyright (C) 2026 The nxstatus authors.
# SPDX-License-Identifier: MIT
#
# The rule, which cmake/families.cmake follows for CMake's
# NXSTATUS_FAMILIES word for word (tests/familylist.test holds both to
# it):
#
#   The value is one or more items separated by "," or ";", taken as
#   they are: no space is dropped, no letter case changed.
#   "all" or "yes" alone keeps every add-on family (the default);
#   "none", "no" or "core" alone keeps none.  Otherwise each item is the
#   id of a family of families.def ("dhcp", "mqtt"): the add-ons named
#   are kept, and "core" and the ids of the core families (netx, tls,
#   x509, crypto), which are always in, add nothing.
#   A value is refused, for the first of these that holds:
#     1. an item is empty ("", "dhcp,,dns", "dhcp,"):
#        empty family name in "VALUE"
#     2. an item is none of those words (" dhcp", "DHCP"), the first:
#        no family "ITEM"
#     3. "all", "yes", "none" or "no" is not alone, the first of them:
#        "ITEM" comes alone
#   Each add-on left out is NXS_WITHOUT_TOKEN; when none is kept,
#   NXS_CORE_ONLY too.

# nxs_parse_families VALUE FAMILIES.DEF: apply the rule.  On success set
# nxs_families_kept to the number of add-on families kept and
# nxs_families_defines to the macros to define, separated by spaces,
# and return 0; else set nxs_families_error to why and return 1.
nxs_parse_families () {
  nxs_families_kept=0 nxs_families_defines= nxs_families_error=
  # "TOKEN:id" of each add-on, and the ids of the core families.
  nxs_families_addons=`sed -n 's/^NXS_FAMILY (\([A-Z0-9_]*\), \([a-z0-9_]*\), .*, ADDON,.*/\1:\2/p' "$2" | tr '\n' ' '`
  nxs_families_core=`sed -n 's/^NXS_FAMILY ([A-Z0-9_]*, \([a-z0-9_]*\), .*, CORE,.*/\1/p' "$2" | tr '\n' ' '`
  if test -z "$nxs_families_addons" || test -z "$nxs_families_core"; then
    nxs_families_error="no family found in $2"
    return 1
  fi

  # The items, split by hand: no IFS, no globbing, every character kept.
  nxs_families_items= nxs_families_count=0 nxs_families_rest="$1,"
  while test -n "$nxs_families_rest"; do
    nxs_families_item=${nxs_families_rest%%[,;]*}
    nxs_families_rest=${nxs_families_rest#*[,;]}
    if test -z "$nxs_families_item"; then
      nxs_families_error="empty family name in \"$1\""
      return 1
    fi
  done
  nxs_families_rest="$1,"
  while test -n "$nxs_families_rest"; do
    nxs_families_item=${nxs_families_rest%%[,;]*}
    nxs_families_rest=${nxs_families_rest#*[,;]}
    case " all yes none no core $nxs_families_core " in
      *" $nxs_families_item "*) ;;
      *)
        case " $nxs_families_addons" in
          *":$nxs_families_item "*) ;;
          *)
            nxs_families_error="no family \"$nxs_families_item\""
            return 1
            ;;
        esac
        ;;
    esac
    # Now a word without spaces: a list of them is safe to split.
    nxs_families_items="$nxs_families_items $nxs_families_item"
    nxs_families_count=`expr $nxs_families_count + 1`
  done
  if test $nxs_families_count -gt 1; then
    for nxs_families_item in $nxs_families_items; do
      case $nxs_families_item in
        all|yes|none|no)
          nxs_families_error="\"$nxs_families_item\" comes alone"
          return 1
          ;;
      esac
    done
  fi

  for nxs_families_row in $nxs_families_addons; do
    case "$nxs_families_items " in
      " all "|" yes "|*" ${nxs_families_row#*:} "*)
        nxs_families_kept=`expr $nxs_families_kept + 1` ;;
      *)
        nxs_families_defines="$nxs_families_defines NXS_WITHOUT_${nxs_families_row%%:*}" ;;
    esac
  done
  if test $nxs_families_kept -eq 0; then
    nxs_families_defines="NXS_CORE_ONLY$nxs_families_defines"
  fi
  nxs_families_defines=${nxs_families_defines# }
  return 0
}
