/* xalloc.h — allocation that cannot fail.
 *
 * kinerja is a batch tool: running out of memory is not something the user
 * can fix mid-run, so these print a message and exit(KJ_INTERNAL) instead of
 * returning NULL. Everything they return is released with free().
 */
#ifndef KJ_XALLOC_H
#define KJ_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* realloc for arrays: count * size with overflow check. */
void *xreallocarray(void *p, size_t count, size_t size);
char *xstrdup(const char *s);            /* NULL in, NULL out */
char *xstrndup(const char *s, size_t n); /* copies at most n bytes, NUL-terminates */
/* Formats into a new string (like asprintf). */
char *xasprintf(const char *fmt, ...)
#if defined(__MINGW32__) /* see KJ_PRINTF in status.h */
    __attribute__((format(gnu_printf, 1, 2)))
#elif defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

#endif
