#ifndef WINNOW_CJPEG_SHIM_H
#define WINNOW_CJPEG_SHIM_H
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>
#include <jerror.h>

/* libjpeg reports fatal errors through error_exit, which must not return. Swift cannot
 * setjmp, so every libjpeg call sequence lives here: error_exit longjmps back into the
 * function that started it, which cleans up and hands a message to the caller. */

typedef struct {
    struct jpeg_error_mgr pub;
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
} winnow_jpeg_error_mgr;

static inline void winnow_jpeg_error_exit(j_common_ptr cinfo) {
    winnow_jpeg_error_mgr *mgr = (winnow_jpeg_error_mgr *)cinfo->err;
    (*cinfo->err->format_message)(cinfo, mgr->message);
    /* Over max_memory_to_use libjpeg asks for a backing store, which this build lacks. */
    if (cinfo->err->msg_code == JERR_NO_BACKING_STORE)
        snprintf(mgr->message, sizeof mgr->message, "needs more than %ld MB of working memory to decode (a progressive JPEG this large)",
                 cinfo->mem->max_memory_to_use / 1000000);
    longjmp(mgr->jump, 1);
}

/* Warnings are counted, not printed to stderr (that would corrupt the terminal UI).
 * Running out of data is the one warning we treat as fatal: libjpeg would otherwise pad
 * the missing rows with gray and call the file fine. */
static inline void winnow_jpeg_emit_message(j_common_ptr cinfo, int level) {
    if (level >= 0) return;
    cinfo->err->num_warnings++;
    if (cinfo->err->msg_code == JWRN_JPEG_EOF) {
        winnow_jpeg_error_mgr *mgr = (winnow_jpeg_error_mgr *)cinfo->err;
        snprintf(mgr->message, sizeof mgr->message, "JPEG data is truncated (premature end of file)");
        longjmp(mgr->jump, 1);
    }
}

static inline void winnow_jpeg_install_errors(struct jpeg_decompress_struct *cinfo, winnow_jpeg_error_mgr *mgr) {
    cinfo->err = jpeg_std_error(&mgr->pub);
    mgr->pub.error_exit = winnow_jpeg_error_exit;
    mgr->pub.emit_message = winnow_jpeg_emit_message;
    mgr->message[0] = 0;
}

static inline void winnow_jpeg_copy_message(const winnow_jpeg_error_mgr *mgr, char *error, size_t errorSize) {
    if (error && errorSize > 0) snprintf(error, errorSize, "%s", mgr->message);
}

/* Reads only the header. Returns 1 and the size decoded at 1/scaleDenom (1, 2, 4 or 8: the DCT
 * scaling libjpeg does almost for free), or 0 with a message in `error`. */
static inline int winnow_jpeg_read_scaled_size(const unsigned char *data, unsigned long size, int scaleDenom,
                                               int *width, int *height, char *error, size_t errorSize) {
    struct jpeg_decompress_struct cinfo;
    winnow_jpeg_error_mgr mgr;
    winnow_jpeg_install_errors(&cinfo, &mgr);
    jpeg_create_decompress(&cinfo);
    if (setjmp(mgr.jump)) {
        winnow_jpeg_copy_message(&mgr, error, errorSize);
        jpeg_destroy_decompress(&cinfo);
        return 0;
    }
    jpeg_mem_src(&cinfo, data, size);
    jpeg_read_header(&cinfo, TRUE);
    cinfo.scale_num = 1;
    cinfo.scale_denom = (unsigned int)scaleDenom;
    jpeg_calc_output_dimensions(&cinfo);
    *width = (int)cinfo.output_width;
    *height = (int)cinfo.output_height;
    jpeg_destroy_decompress(&cinfo);
    return 1;
}

/* Reads only the header. Returns 1 and the size, or 0 with a message in `error`. */
static inline int winnow_jpeg_read_size(const unsigned char *data, unsigned long size,
                                        int *width, int *height, char *error, size_t errorSize) {
    return winnow_jpeg_read_scaled_size(data, size, 1, width, height, error, errorSize);
}

/* CMYK as Photoshop writes it (Adobe marker) is stored inverted: 255 means no ink. */
static inline void winnow_jpeg_cmyk_row_to_rgba(unsigned char *row, int width, int inverted) {
    for (int x = 0; x < width; x++) {
        unsigned char *p = row + (size_t)x * 4;
        unsigned int c = p[0], m = p[1], y = p[2], k = p[3];
        if (!inverted) { c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k; }
        p[0] = (unsigned char)((c * k + 127) / 255);
        p[1] = (unsigned char)((m * k + 127) / 255);
        p[2] = (unsigned char)((y * k + 127) / 255);
        p[3] = 255;
    }
}

/* Decodes at 1/scaleDenom into `rgba` (width * height * 4 bytes, the size winnow_jpeg_read_scaled_size reported).
 * Gray, YCbCr and RGB come out through libjpeg-turbo's JCS_EXT_RGBA; CMYK and YCCK are
 * decoded as CMYK and converted here. Returns 1, or 0 with a message in `error`. */
static inline int winnow_jpeg_decode_rgba(const unsigned char *data, unsigned long size, int scaleDenom,
                                          unsigned char *rgba, int width, int height, long maxWorkingBytes,
                                          char *error, size_t errorSize) {
    struct jpeg_decompress_struct cinfo;
    winnow_jpeg_error_mgr mgr;
    winnow_jpeg_install_errors(&cinfo, &mgr);
    jpeg_create_decompress(&cinfo);
    /* A progressive file keeps every coefficient of the full-size image, whatever the scale: 600 MB
     * for a 557-byte file declaring 10000x10000. Past this, decoding stops with a message. */
    cinfo.mem->max_memory_to_use = maxWorkingBytes;
    if (setjmp(mgr.jump)) {
        winnow_jpeg_copy_message(&mgr, error, errorSize);
        jpeg_destroy_decompress(&cinfo);
        return 0;
    }
    jpeg_mem_src(&cinfo, data, size);
    jpeg_read_header(&cinfo, TRUE);
    int isCMYK = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
    cinfo.out_color_space = isCMYK ? JCS_CMYK : JCS_EXT_RGBA;
    cinfo.scale_num = 1;
    cinfo.scale_denom = (unsigned int)scaleDenom;
    jpeg_start_decompress(&cinfo);
    if ((int)cinfo.output_width != width || (int)cinfo.output_height != height || cinfo.output_components != 4) {
        snprintf(mgr.message, sizeof mgr.message, "unexpected JPEG output size %ux%u", cinfo.output_width, cinfo.output_height);
        winnow_jpeg_copy_message(&mgr, error, errorSize);
        jpeg_destroy_decompress(&cinfo);
        return 0;
    }
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW row = rgba + (size_t)cinfo.output_scanline * (size_t)width * 4;
        jpeg_read_scanlines(&cinfo, &row, 1);
        if (isCMYK) winnow_jpeg_cmyk_row_to_rgba(row, width, cinfo.saw_Adobe_marker);
    }
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    return 1;
}

/* Encodes `components`-byte pixels (1 gray, 3 RGB, 4 CMYK as stored, i.e. Adobe-inverted)
 * into a malloc'd buffer the caller releases with winnow_jpeg_free. Returns 1, or 0 with a
 * message in `error`. */
static inline int winnow_jpeg_encode(const unsigned char *pixels, int width, int height, int components,
                                     int quality, unsigned char **out, unsigned long *outSize,
                                     char *error, size_t errorSize) {
    struct jpeg_compress_struct cinfo;
    winnow_jpeg_error_mgr mgr;
    cinfo.err = jpeg_std_error(&mgr.pub);
    mgr.pub.error_exit = winnow_jpeg_error_exit;
    mgr.pub.emit_message = winnow_jpeg_emit_message;
    mgr.message[0] = 0;
    *out = NULL;
    *outSize = 0;
    jpeg_create_compress(&cinfo);
    if (setjmp(mgr.jump)) {
        winnow_jpeg_copy_message(&mgr, error, errorSize);
        jpeg_destroy_compress(&cinfo);
        free(*out);
        *out = NULL;
        return 0;
    }
    jpeg_mem_dest(&cinfo, out, outSize);
    cinfo.image_width = (JDIMENSION)width;
    cinfo.image_height = (JDIMENSION)height;
    cinfo.input_components = components;
    cinfo.in_color_space = components == 1 ? JCS_GRAYSCALE : components == 4 ? JCS_CMYK : JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = (JSAMPROW)(pixels + (size_t)cinfo.next_scanline * (size_t)width * (size_t)components);
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    return 1;
}

static inline void winnow_jpeg_free(unsigned char *buffer) { free(buffer); }

#endif
