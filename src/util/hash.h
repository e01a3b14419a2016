/* hash.h — hashing and three small open-addressing hash tables.
 *
 * kj_i64map  int64 key -> int32 value (NIPs -> unit index, ...)
 * kj_strmap  string key -> int32 value; keys are copied and owned by the map
 * kj_fpset   key fingerprints -> the line that first used the key, for
 *            "duplicate key within a file" checks without storing keys: 96
 *            of the 128 bits are kept, beside the line in one 16-byte slot
 *            (one cache miss per key; collision probability ~6e-17 for 3
 *            million keys, ~1e-14 for 40 million).
 * Tables grow by doubling at 50 % load (kj_fpset: 75 %); zero-initialise,
 * then _free.
 */
#ifndef KJ_HASH_H
#define KJ_HASH_H

#include <stddef.h>
#include <stdint.h>

/* MurmurHash64A (Austin Appleby, public domain) of n bytes with seed. */
uint64_t kj_hash_bytes(const void *p, size_t n, uint64_t seed);
/* A 64-bit integer finaliser (splitmix64). */
uint64_t kj_hash_u64(uint64_t x);

typedef struct kj_i64map {
  int64_t *keys;   /* INT64_MIN marks an empty slot */
  int32_t *vals;
  size_t cap, len; /* cap is a power of two or 0 */
} kj_i64map;

/* Sets key -> val (replacing). key must not be INT64_MIN. */
void kj_i64map_put(kj_i64map *m, int64_t key, int32_t val);
/* Returns 1 and stores the value in *val (if val) when present, else 0. */
int kj_i64map_get(const kj_i64map *m, int64_t key, int32_t *val);
void kj_i64map_free(kj_i64map *m);

typedef struct kj_strmap {
  char **keys;     /* NULL marks an empty slot; owned copies */
  int32_t *vals;
  size_t cap, len;
} kj_strmap;

void kj_strmap_put(kj_strmap *m, const char *key, int32_t val);
int kj_strmap_get(const kj_strmap *m, const char *key, int32_t *val);
void kj_strmap_free(kj_strmap *m);

typedef struct kj_fp {
  uint64_t a, b;
} kj_fp;

/* Incremental fingerprint of a composite key: start with kj_fp_init, then
 * kj_fp_add each part (parts are length-delimited, so ("ab","c") differs
 * from ("a","bc")). */
kj_fp kj_fp_init(void);
void kj_fp_add(kj_fp *fp, const void *p, size_t n);
void kj_fp_add_i64(kj_fp *fp, int64_t v);

typedef struct kj_fpslot {
  uint64_t a;      /* fingerprint bits 0..63 */
  uint32_t b;      /* bits 64..95; a == 0 && b == 0 marks an empty slot */
  uint32_t line;
} kj_fpslot;

typedef struct kj_fpset {
  kj_fpslot *slots;
  size_t cap, len;
} kj_fpset;

/* Inserts fp with line. Returns 0 when new; when fp was already present
 * returns the line stored with it (>= 1) and changes nothing. */
uint32_t kj_fpset_add(kj_fpset *s, kj_fp fp, uint32_t line);
void kj_fpset_clear(kj_fpset *s); /* empties, keeps the allocation */
void kj_fpset_free(kj_fpset *s);

#endif
