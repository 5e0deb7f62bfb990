# families.cmake - the add-on families a build keeps, from
# NXSTATUS_FAMILIES; included by CMakeLists.txt and by
# tests/familylist.test.
# Copyright (C) 2026 The nxstatus authors.
# SPDX-License-Identifier: MIT
#
# The rule, which src/core/families.sh follows for configure's
# --with-families word for word (tests/familylist.test holds both to
# it).  CMake cannot run that one on a Windows host, which has no
# POSIX shell.
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

# nxstatus_families(VALUE DEF KEPT DEFINES ERROR): apply the rule to
# VALUE with the families of DEF (families.def).  On success set KEPT
# to the number of add-on families kept, DEFINES to the list of macros
# to define and ERROR to ""; else set ERROR to why.
function(nxstatus_families value def out_kept out_defines out_error)
  set(${out_kept} 0 PARENT_SCOPE)
  set(${out_defines} "" PARENT_SCOPE)
  # TOKEN and id of each add-on, and the ids of the core families.
  file(STRINGS "${def}" rows REGEX "^NXS_FAMILY \\([A-Z0-9_]+, [a-z0-9_]+, ")
  set(addon_tokens "")
  set(addon_ids "")
  set(core_ids "")
  foreach(row IN LISTS rows)
    if(row MATCHES "^NXS_FAMILY \\(([A-Z0-9_]+), ([a-z0-9_]+), .*, ADDON,")
      list(APPEND addon_tokens "${CMAKE_MATCH_1}")
      list(APPEND addon_ids "${CMAKE_MATCH_2}")
    elseif(row MATCHES "^NXS_FAMILY \\([A-Z0-9_]+, ([a-z0-9_]+), .*, CORE,")
      list(APPEND core_ids "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  if(NOT addon_ids OR NOT core_ids)
    set(${out_error} "no family found in ${def}" PARENT_SCOPE)
    return()
  endif()

  # The items, split by hand: a CMake list would treat "[", "]" and "\"
  # specially, and every character must be kept.
  string(REPLACE ";" "," rest "${value},")
  while(NOT rest STREQUAL "")
    string(FIND "${rest}" "," at)
    string(SUBSTRING "${rest}" 0 ${at} item)
    math(EXPR at "${at} + 1")
    string(SUBSTRING "${rest}" ${at} -1 rest)
    if(item STREQUAL "")
      set(${out_error} "empty family name in \"${value}\"" PARENT_SCOPE)
      return()
    endif()
  endwhile()
  # Now checked one by one, before any becomes a list element.
  set(words all yes none no core ${core_ids} ${addon_ids})
  set(items "")
  string(REPLACE ";" "," rest "${value},")
  while(NOT rest STREQUAL "")
    string(FIND "${rest}" "," at)
    string(SUBSTRING "${rest}" 0 ${at} item)
    math(EXPR at "${at} + 1")
    string(SUBSTRING "${rest}" ${at} -1 rest)
    if(NOT item IN_LIST words)
      set(${out_error} "no family \"${item}\"" PARENT_SCOPE)
      return()
    endif()
    list(APPEND items "${item}")
  endwhile()
  list(LENGTH items count)
  if(count GREATER 1)
    foreach(item IN LISTS items)
      if(item MATCHES "^(all|yes|none|no)$")
        set(${out_error} "\"${item}\" comes alone" PARENT_SCOPE)
        return()
      endif()
    endforeach()
  endif()

  set(kept 0)
  set(defines "")
  foreach(id IN LISTS addon_ids)
    list(FIND addon_ids "${id}" i)
    list(GET addon_tokens ${i} token)
    if(items MATCHES "^(all|yes)$" OR id IN_LIST items)
      math(EXPR kept "${kept} + 1")
    else()
      list(APPEND defines "NXS_WITHOUT_${token}")
    endif()
  endforeach()
  if(kept EQUAL 0)
    list(INSERT defines 0 NXS_CORE_ONLY)
  endif()
  set(${out_kept} ${kept} PARENT_SCOPE)
  set(${out_defines} "${defines}" PARENT_SCOPE)
  set(${out_error} "" PARENT_SCOPE)
endfunction()
