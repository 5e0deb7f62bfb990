// consumer.cc - the same consumer in C++: nxstatus.h is extern "C".

#include <clocale>
#include <cstdio>
#include <nxstatus.h>

int
main ()
{
  std::setlocale (LC_ALL, "");
  nxs_entry e;
  if (nxs_entry_find ("NX_SECURE_TLS_INVALID_SERVER_CERT", &e) != 0)
    return 1;
  std::printf ("%s: %s\n", e.name, nxs_strerror (e.value));
  return 0;
}
