#ifndef WINNOW_CPNG_SHIM_H
#define WINNOW_CPNG_SHIM_H
#include <png.h>

/* Swift does not import these macros (they are built from other macros). */
static inline png_uint_32 winnow_png_format_rgba(void) { return PNG_FORMAT_RGBA; }
static inline png_uint_32 winnow_png_format_linear_rgba(void) { return PNG_FORMAT_LINEAR_RGB_ALPHA; }
static inline png_uint_32 winnow_png_format_flag_linear(void) { return PNG_FORMAT_FLAG_LINEAR; }
static inline png_uint_32 winnow_png_image_version(void) { return PNG_IMAGE_VERSION; }

#endif
