/* diag.c — printing data errors and warnings with limits (see diag.h). */
#include "util/diag.h"

#include <stdarg.h>

void kj_diag_init(kj_diag *d, FILE *out, long max_errors, int quiet) {
  d->out = out;
  d->max_errors = max_errors;
  d->max_warnings = 50;
  d->quiet = quiet;
  d->n_errors = 0;
  d->n_warnings = 0;
}

static void emit(FILE *out, const char *kind, const char *loc, const char *column,
                 const char *fmt, va_list ap) {
  fprintf(out, "%s: %s", loc, kind);
  if (column) fprintf(out, "column %s: ", column);
  vfprintf(out, fmt, ap);
  fputc('\n', out);
}

static FILE *dest(const kj_diag *d) { return d->out ? d->out : stderr; }

static void verror(kj_diag *d, const char *loc, const char *column, const char *fmt, va_list ap) {
  d->n_errors++;
  if (d->n_errors <= d->max_errors) emit(dest(d), "", loc, column, fmt, ap);
}

static void vwarn(kj_diag *d, const char *loc, const char *column, const char *fmt, va_list ap) {
  d->n_warnings++;
  if (!d->quiet && d->n_warnings <= d->max_warnings) emit(dest(d), "warning: ", loc, column, fmt, ap);
}

void kj_diag_error_at(kj_diag *d, const char *loc, const char *column, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verror(d, loc, column, fmt, ap);
  va_end(ap);
}

void kj_diag_warn_at(kj_diag *d, const char *loc, const char *column, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vwarn(d, loc, column, fmt, ap);
  va_end(ap);
}

static void fmt_loc(char *loc, size_t cap, const char *file, long line) {
  if (line > 0) snprintf(loc, cap, "%s:%ld", file, line);
  else snprintf(loc, cap, "%s", file);
}

void kj_diag_error(kj_diag *d, const char *file, long line, const char *column, const char *fmt, ...) {
  char loc[1024];
  fmt_loc(loc, sizeof loc, file, line);
  va_list ap;
  va_start(ap, fmt);
  verror(d, loc, column, fmt, ap);
  va_end(ap);
}

void kj_diag_warn(kj_diag *d, const char *file, long line, const char *column, const char *fmt, ...) {
  char loc[1024];
  fmt_loc(loc, sizeof loc, file, line);
  va_list ap;
  va_start(ap, fmt);
  vwarn(d, loc, column, fmt, ap);
  va_end(ap);
}

void kj_diag_error_msg(kj_diag *d, const char *msg) {
  d->n_errors++;
  if (d->n_errors <= d->max_errors) fprintf(dest(d), "%s\n", msg);
}

void kj_diag_finish(kj_diag *d) {
  if (d->n_errors > d->max_errors)
    fprintf(dest(d), "... and %ld more errors (raise --max-errors to see them)\n",
            d->n_errors - d->max_errors);
  if (!d->quiet && d->n_warnings > d->max_warnings)
    fprintf(dest(d), "... and %ld more warnings\n", d->n_warnings - d->max_warnings);
}
