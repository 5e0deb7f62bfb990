/* startup.c - reset and fault handlers and the vector table of a
   Cortex-M program for QEMU's mps2-an385: copy .data, clear .bss, run
   main, and end the emulation with its return value.

   Copyright (C) 2026 The nxstatus authors.
   SPDX-License-Identifier: MIT  */

#include <stdint.h>

#include "semihost.h"

int main (void);
void reset_handler (void);

extern uint32_t __data_start[], __data_end[], __data_load[];
extern uint32_t __bss_start[], __bss_end[], __stack_top[];

void
reset_handler (void)
{
  uint32_t *src = __data_load, *dst = __data_start;
  while (dst < __data_end)
    *dst++ = *src++;
  for (dst = __bss_start; dst < __bss_end; dst++)
    *dst = 0;
  semihost_exit (main ());
}

static void
fault_handler (void)
{
  semihost_write ("fault\n");
  semihost_exit (99);
}

/* Initial stack pointer, then reset, NMI, hard fault, memory
   management, bus and usage faults.  */
__attribute__ ((section (".vectors"), used))
static const void *const vectors[] = {
  __stack_top, reset_handler, fault_handler, fault_handler, fault_handler,
  fault_handler, fault_handler
};
