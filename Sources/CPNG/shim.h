#ifndef WINNOW_CPNG_SHIM_H
#define WINNOW_CPNG_SHIM_H
#include <png.h>
#endif
