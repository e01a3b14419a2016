/* status.c — names of kj_status values and the kj_fail helper. */
#include "util/status.h"

#include <stdio.h>
#include <string.h>

const char *kj_strerror(kj_status s) {
  switch (s) {
  case KJ_OK: return "success";
  case KJ_USAGE: return "usage error";
  case KJ_DATA: return "invalid input data";
  case KJ_IO: return "file or I/O error";
  case KJ_DB: return "database error";
  case KJ_INTERNAL: return "internal error";
  }
  return "unknown status";
}

kj_status kj_vfail(kj_error *err, kj_status s, const char *fmt, va_list ap) {
  if (err) {
    err->status = s;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  }
  return s;
}

kj_status kj_fail(kj_error *err, kj_status s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  kj_vfail(err, s, fmt, ap);
  va_end(ap);
  return s;
}

void kj_error_clear(kj_error *err) {
  if (!err) return;
  err->status = KJ_OK;
  err->msg[0] = '\0';
}
