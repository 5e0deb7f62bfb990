/* semihost.c - output and exit status from a program in QEMU, through
   ARM semihosting (QEMU: -semihosting-config enable=on).

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <stdint.h>

#include "semihost.h"

enum
{
  SYS_WRITE0 = 0x04,
  SYS_EXIT_EXTENDED = 0x20,
  ADP_STOPPED_APPLICATION_EXIT = 0x20026
};

static int
semihost (int op, const void *arg)
{
  register int r0 __asm__ ("r0") = op;
  register const void *r1 __asm__ ("r1") = arg;
  __asm__ volatile ("bkpt 0xAB" : "+r" (r0) : "r" (r1) : "memory");
  return r0;
}

void
semihost_write (const char *s)
{
  semihost (SYS_WRITE0, s);
}

void
semihost_write_number (unsigned long n)
{
  char digits[24];
  char *p = digits + sizeof digits;
  *--p = '\0';
  do
    *--p = (char) ('0' + n % 10);
  while ((n /= 10) != 0);
  semihost_write (p);
}

void
semihost_exit (int code)
{
  /* The extended call carries the status; the plain one only says
     whether the program ended normally.  */
  uint32_t block[2] = { ADP_STOPPED_APPLICATION_EXIT, (uint32_t) code };
  semihost (SYS_EXIT_EXTENDED, block);
  for (;;)
    ;
}
