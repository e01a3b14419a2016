/* json.h — a tiny JSON writer for `kinerja summary --json`.
 *
 * Values are appended to a kj_buf in document order; the writer inserts
 * commas and two-space indentation. Keys are given for members of objects
 * and NULL for elements of arrays. Strings are escaped (quotes, backslash,
 * control characters as \uXXXX; UTF-8 passes through); non-finite numbers
 * become null, so the output is always valid JSON.
 *
 * Ownership: the caller owns the kj_json and releases j->out with
 * kj_buf_free (or takes it with kj_buf_take).
 */
#ifndef KJ_CLI_JSON_H
#define KJ_CLI_JSON_H

#include <stdint.h>

#include "util/buf.h"

#define KJ_JSON_MAX_DEPTH 16

typedef struct kj_json {
  kj_buf out;
  int depth;
  int count[KJ_JSON_MAX_DEPTH]; /* values written at each level */
} kj_json;

void kj_json_object(kj_json *j, const char *key); /* opens { */
void kj_json_array(kj_json *j, const char *key);  /* opens [ */
void kj_json_end(kj_json *j, char close);         /* '}' or ']' */
void kj_json_str(kj_json *j, const char *key, const char *s); /* NULL -> null */
void kj_json_num(kj_json *j, const char *key, double v);      /* %.15g, non-finite -> null */
void kj_json_int(kj_json *j, const char *key, int64_t v);
void kj_json_bool(kj_json *j, const char *key, int v);

#endif
