/* consumer.c - a program outside the tree, built against the installed
   library with pkg-config by install.test.  */

#include <locale.h>
#include <stdio.h>
#include <nxstatus.h>

int
main (void)
{
  setlocale (LC_ALL, "");
  printf ("%s: %s\n", nxs_name (0x10C), nxs_strerror (0x10C));
  return 0;
}
