#ifndef WINNOW_CLIBPQ_SHIM_H
#define WINNOW_CLIBPQ_SHIM_H
/* PostgreSQL's client library, for the team journal (Debian: libpq-dev). */
#include <libpq-fe.h>
#endif
