#ifndef WINNOW_CJPEG_SHIM_H
#define WINNOW_CJPEG_SHIM_H
#include <stdio.h>
#include <jpeglib.h>
#endif
