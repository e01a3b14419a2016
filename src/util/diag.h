/* diag.h — collects data errors and warnings while validating input.
 *
 * Messages are printed as they are found (streaming: nothing is kept), in the
 * form of data.md:
 *     FILE:LINE: column NAME: message        (CSV)
 *     FILE:SHEET!CELL: column NAME: message  (xlsx)
 * At most max_errors errors are printed; kj_diag_finish prints how many more
 * there were. Warnings are printed up to max_warnings, then counted; quiet
 * suppresses warnings entirely (errors are always printed).
 */
#ifndef KJ_DIAG_H
#define KJ_DIAG_H

#include <stdio.h>

#include "util/status.h"

typedef struct kj_diag {
  FILE *out;           /* destination; NULL = stderr */
  long max_errors;     /* printed errors limit (data.md default 20) */
  long max_warnings;   /* printed warnings limit */
  int quiet;           /* no warnings at all */
  long n_errors;       /* errors seen */
  long n_warnings;     /* warnings seen */
} kj_diag;

void kj_diag_init(kj_diag *d, FILE *out, long max_errors, int quiet);

/* loc is "FILE:LINE" or "FILE:SHEET!CELL" or just "FILE"; column may be NULL. */
void kj_diag_error_at(kj_diag *d, const char *loc, const char *column, const char *fmt, ...)
    KJ_PRINTF(4, 5);
void kj_diag_warn_at(kj_diag *d, const char *loc, const char *column, const char *fmt, ...)
    KJ_PRINTF(4, 5);
/* Convenience for CSV: line 0 means "no line". */
void kj_diag_error(kj_diag *d, const char *file, long line, const char *column,
                   const char *fmt, ...) KJ_PRINTF(5, 6);
void kj_diag_warn(kj_diag *d, const char *file, long line, const char *column,
                  const char *fmt, ...) KJ_PRINTF(5, 6);
/* Counts and prints an error whose text already holds its location. */
void kj_diag_error_msg(kj_diag *d, const char *msg);
/* Prints the "... and N more" lines. */
void kj_diag_finish(kj_diag *d);

#endif
