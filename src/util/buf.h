/* buf.h — a growable byte buffer that is always NUL-terminated.
 *
 * Zero-initialise (`kj_buf b = {0};`) or call kj_buf_init; release with
 * kj_buf_free. data is NULL until the first append; kj_buf_cstr never
 * returns NULL.
 */
#ifndef KJ_BUF_H
#define KJ_BUF_H

#include <stddef.h>

typedef struct kj_buf {
  char *data; /* NUL-terminated when non-NULL */
  size_t len; /* bytes used, excluding the NUL */
  size_t cap; /* bytes allocated */
} kj_buf;

void kj_buf_init(kj_buf *b);
void kj_buf_free(kj_buf *b);
void kj_buf_reset(kj_buf *b); /* len = 0, keeps the allocation */
void kj_buf_reserve(kj_buf *b, size_t extra);
void kj_buf_append(kj_buf *b, const void *p, size_t n);
void kj_buf_puts(kj_buf *b, const char *s);
void kj_buf_putc(kj_buf *b, char c);
void kj_buf_printf(kj_buf *b, const char *fmt, ...)
#if defined(__MINGW32__) /* see KJ_PRINTF in status.h */
    __attribute__((format(gnu_printf, 2, 3)))
#elif defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
const char *kj_buf_cstr(const kj_buf *b); /* "" when empty */
/* Hands the string to the caller (free() it) and resets b. */
char *kj_buf_take(kj_buf *b);

#endif
