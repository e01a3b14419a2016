/* status.h — the one status enum of kinerja and the error record passed down.
 *
 * Every function that can fail for a reason a user can fix returns a
 * kj_status and, when given a non-NULL kj_error, writes a one-line message
 * there (file, line, column, what was expected). The numeric values are the
 * process exit codes of cli.md. Out of memory is not a status: see xalloc.h.
 */
#ifndef KJ_STATUS_H
#define KJ_STATUS_H

#include <stdarg.h>

typedef enum kj_status {
  KJ_OK = 0,       /* success */
  KJ_USAGE = 1,    /* bad command line */
  KJ_DATA = 2,     /* invalid input data; nothing was changed */
  KJ_IO = 3,       /* cannot read or write a file */
  KJ_DB = 4,       /* database locked, corrupt or newer than this binary */
  KJ_INTERNAL = 5  /* a bug */
} kj_status;

typedef struct kj_error {
  kj_status status; /* KJ_OK until kj_fail is called */
  char msg[2048];   /* NUL-terminated, no trailing newline */
} kj_error;

/* MinGW: kinerja uses MinGW's C99 printf (_POSIX_C_SOURCE selects it), so
 * formats are checked as GNU ones, not as msvcrt's (which lacks %zu, %lld). */
#if defined(__MINGW32__)
#define KJ_PRINTF(a, b) __attribute__((format(gnu_printf, a, b)))
#elif defined(__GNUC__)
#define KJ_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define KJ_PRINTF(a, b)
#endif

/* Short English name of a status ("invalid input data", ...). Never NULL. */
const char *kj_strerror(kj_status s);

/* Records status s and the formatted message in err (if err is not NULL) and
 * returns s, so callers can write `return kj_fail(err, KJ_IO, "...")`. */
kj_status kj_fail(kj_error *err, kj_status s, const char *fmt, ...) KJ_PRINTF(3, 4);
kj_status kj_vfail(kj_error *err, kj_status s, const char *fmt, va_list ap);

/* Resets err to KJ_OK with an empty message. NULL-safe. */
void kj_error_clear(kj_error *err);

#endif
