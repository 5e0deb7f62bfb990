/* semihost.h - output and exit status from a program in QEMU, through
   ARM semihosting.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#ifndef NXS_SEMIHOST_H
#define NXS_SEMIHOST_H 1

/* Write S to the host's standard output.  */
void semihost_write (const char *s);

/* Write N in decimal.  */
void semihost_write_number (unsigned long n);

/* End the emulation with exit status CODE.  */
void semihost_exit (int code) __attribute__ ((__noreturn__));

#endif /* NXS_SEMIHOST_H */
