/* sha256.h — SHA-256 through nettle, for the import log.
 *
 * The importer hashes each file's bytes as it streams them, so a file is read
 * once. kj_sha256_hex renders the 32-byte digest as 64 lower-case hex digits.
 */
#ifndef KJ_SHA256_H
#define KJ_SHA256_H

#include <stddef.h>

typedef struct kj_sha256 {
  unsigned char state[128]; /* opaque: a struct sha256_ctx (112 bytes in nettle 3.8) */
} kj_sha256;

void kj_sha256_init(kj_sha256 *h);
void kj_sha256_update(kj_sha256 *h, const void *p, size_t n);
/* Writes 64 hex digits and a NUL into hex. */
void kj_sha256_hex(kj_sha256 *h, char hex[65]);

#endif
