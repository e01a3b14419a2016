/* sha256.c — thin wrapper over nettle's SHA-256 (a vetted implementation
 * instead of hand-written cryptographic code). */
#include "util/sha256.h"

#include <nettle/sha2.h>
#include <stdio.h>

_Static_assert(sizeof(struct sha256_ctx) <= sizeof(((kj_sha256 *)0)->state),
               "kj_sha256 too small for nettle's sha256_ctx");

void kj_sha256_init(kj_sha256 *h) { sha256_init((struct sha256_ctx *)(void *)h->state); }

void kj_sha256_update(kj_sha256 *h, const void *p, size_t n) {
  sha256_update((struct sha256_ctx *)(void *)h->state, n, p);
}

void kj_sha256_hex(kj_sha256 *h, char hex[65]) {
  unsigned char d[SHA256_DIGEST_SIZE];
  sha256_digest((struct sha256_ctx *)(void *)h->state, sizeof d, d);
  for (int i = 0; i < SHA256_DIGEST_SIZE; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
}
