/* hash.c — MurmurHash64A and three linear-probing tables (see hash.h).
 *
 * Linear probing with power-of-two capacity and load <= 1/2 keeps lookups to
 * one or two cache lines; none of the tables supports deletion because the
 * import never needs it.
 */
#include "util/hash.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

uint64_t kj_hash_bytes(const void *p, size_t n, uint64_t seed) {
  const uint64_t m = 0xc6a4a7935bd1e995ULL;
  const int r = 47;
  uint64_t h = seed ^ (n * m);
  const unsigned char *d = p;
  size_t blocks = n / 8;
  for (size_t i = 0; i < blocks; i++) {
    uint64_t k;
    memcpy(&k, d + 8 * i, 8);
    k *= m;
    k ^= k >> r;
    k *= m;
    h ^= k;
    h *= m;
  }
  const unsigned char *t = d + 8 * blocks;
  switch (n & 7) {
  case 7: h ^= (uint64_t)t[6] << 48; /* fall through */
  case 6: h ^= (uint64_t)t[5] << 40; /* fall through */
  case 5: h ^= (uint64_t)t[4] << 32; /* fall through */
  case 4: h ^= (uint64_t)t[3] << 24; /* fall through */
  case 3: h ^= (uint64_t)t[2] << 16; /* fall through */
  case 2: h ^= (uint64_t)t[1] << 8;  /* fall through */
  case 1: h ^= (uint64_t)t[0]; h *= m;
  }
  h ^= h >> r;
  h *= m;
  h ^= h >> r;
  return h;
}

uint64_t kj_hash_u64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/* ---- int64 -> int32 ---- */

static void i64map_grow(kj_i64map *m) {
  size_t ncap = m->cap ? m->cap * 2 : 64;
  int64_t *nk = xmalloc(ncap * sizeof *nk);
  int32_t *nv = xmalloc(ncap * sizeof *nv);
  for (size_t i = 0; i < ncap; i++) nk[i] = INT64_MIN;
  for (size_t i = 0; i < m->cap; i++) {
    if (m->keys[i] == INT64_MIN) continue;
    size_t j = kj_hash_u64((uint64_t)m->keys[i]) & (ncap - 1);
    while (nk[j] != INT64_MIN) j = (j + 1) & (ncap - 1);
    nk[j] = m->keys[i];
    nv[j] = m->vals[i];
  }
  free(m->keys);
  free(m->vals);
  m->keys = nk;
  m->vals = nv;
  m->cap = ncap;
}

void kj_i64map_put(kj_i64map *m, int64_t key, int32_t val) {
  if ((m->len + 1) * 2 > m->cap) i64map_grow(m);
  size_t j = kj_hash_u64((uint64_t)key) & (m->cap - 1);
  while (m->keys[j] != INT64_MIN && m->keys[j] != key) j = (j + 1) & (m->cap - 1);
  if (m->keys[j] == INT64_MIN) {
    m->keys[j] = key;
    m->len++;
  }
  m->vals[j] = val;
}

int kj_i64map_get(const kj_i64map *m, int64_t key, int32_t *val) {
  if (!m->cap) return 0;
  size_t j = kj_hash_u64((uint64_t)key) & (m->cap - 1);
  while (m->keys[j] != INT64_MIN) {
    if (m->keys[j] == key) {
      if (val) *val = m->vals[j];
      return 1;
    }
    j = (j + 1) & (m->cap - 1);
  }
  return 0;
}

void kj_i64map_free(kj_i64map *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

/* ---- string -> int32 ---- */

static size_t str_slot(char *const *keys, size_t cap, const char *key) {
  size_t j = kj_hash_bytes(key, strlen(key), 0x6b6a) & (cap - 1);
  while (keys[j] && strcmp(keys[j], key) != 0) j = (j + 1) & (cap - 1);
  return j;
}

void kj_strmap_put(kj_strmap *m, const char *key, int32_t val) {
  if ((m->len + 1) * 2 > m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 64;
    char **nk = xcalloc(ncap, sizeof *nk);
    int32_t *nv = xmalloc(ncap * sizeof *nv);
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->keys[i]) continue;
      size_t j = str_slot(nk, ncap, m->keys[i]);
      nk[j] = m->keys[i];
      nv[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = nk;
    m->vals = nv;
    m->cap = ncap;
  }
  size_t j = str_slot(m->keys, m->cap, key);
  if (!m->keys[j]) {
    m->keys[j] = xstrdup(key);
    m->len++;
  }
  m->vals[j] = val;
}

int kj_strmap_get(const kj_strmap *m, const char *key, int32_t *val) {
  if (!m->cap) return 0;
  size_t j = str_slot(m->keys, m->cap, key);
  if (!m->keys[j]) return 0;
  if (val) *val = m->vals[j];
  return 1;
}

void kj_strmap_free(kj_strmap *m) {
  for (size_t i = 0; i < m->cap; i++) free(m->keys[i]);
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

/* ---- 128-bit fingerprints ---- */

kj_fp kj_fp_init(void) {
  kj_fp fp = {0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL};
  return fp;
}

void kj_fp_add(kj_fp *fp, const void *p, size_t n) {
  fp->a = kj_hash_bytes(p, n, fp->a ^ n);
  fp->b = kj_hash_bytes(p, n, kj_hash_u64(fp->b + n));
}

void kj_fp_add_i64(kj_fp *fp, int64_t v) { kj_fp_add(fp, &v, sizeof v); }

static int slot_empty(const kj_fpslot *e) { return e->a == 0 && e->b == 0; }

static size_t fp_slot(const kj_fpslot *slots, size_t cap, uint64_t a, uint32_t b) {
  size_t j = a & (cap - 1);
  while (!slot_empty(&slots[j]) && (slots[j].a != a || slots[j].b != b)) j = (j + 1) & (cap - 1);
  return j;
}

uint32_t kj_fpset_add(kj_fpset *s, kj_fp fp, uint32_t line) {
  uint64_t a = fp.a;
  uint32_t b = (uint32_t)(fp.b >> 32);
  if (a == 0 && b == 0) b = 1;
  /* 75 % load: the set can hold millions of keys (one per row of a large
   * file), and linear probing over 16-byte slots still finds one within a
   * cache line or two */
  if ((s->len + 1) * 4 > s->cap * 3) {
    size_t ncap = s->cap ? s->cap * 2 : 1024;
    kj_fpslot *ns = xcalloc(ncap, sizeof *ns);
    for (size_t i = 0; i < s->cap; i++) {
      if (slot_empty(&s->slots[i])) continue;
      ns[fp_slot(ns, ncap, s->slots[i].a, s->slots[i].b)] = s->slots[i];
    }
    free(s->slots);
    s->slots = ns;
    s->cap = ncap;
  }
  kj_fpslot *e = &s->slots[fp_slot(s->slots, s->cap, a, b)];
  if (!slot_empty(e)) return e->line ? e->line : 1;
  *e = (kj_fpslot){a, b, line};
  s->len++;
  return 0;
}

void kj_fpset_clear(kj_fpset *s) {
  if (s->cap) memset(s->slots, 0, s->cap * sizeof *s->slots);
  s->len = 0;
}

void kj_fpset_free(kj_fpset *s) {
  free(s->slots);
  memset(s, 0, sizeof *s);
}
