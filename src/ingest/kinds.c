/* kinds.c — the kind registry, header mapping and kind detection. */
#include "ingest/kinds.h"
#include "util/text.h"

#include <string.h>

const kj_kind_def *const kj_kind_defs[KJ_KIND_N] = {
    &kj_kind_unit,     &kj_kind_pegawai,  &kj_kind_kinerja_organisasi, &kj_kind_penilaian,
    &kj_kind_capaian,  &kj_kind_perilaku, &kj_kind_skm,                &kj_kind_umpan_balik,
};

const kj_kind_def *kj_kind_def_of(kj_kind k) {
  return k >= 0 && k < KJ_KIND_N ? kj_kind_defs[k] : NULL;
}

const char *kj_kind_name(kj_kind k) {
  const kj_kind_def *d = kj_kind_def_of(k);
  return d ? d->name : "?";
}

kj_kind kj_kind_parse(const char *name) {
  char key[64];
  kj_header_key(name, key, sizeof key);
  for (int k = 0; k < KJ_KIND_N; k++)
    if (strcmp(key, kj_kind_defs[k]->name) == 0) return (kj_kind)k;
  return KJ_KIND_AUTO;
}

static int name_matches(const kj_kind_col *c, const char *key) {
  if (strcmp(c->name, key) == 0) return 1;
  if (!c->aliases) return 0;
  size_t n = strlen(key);
  for (const char *a = c->aliases; *a;) {
    const char *bar = strchr(a, '|');
    size_t len = bar ? (size_t)(bar - a) : strlen(a);
    if (len == n && strncmp(a, key, n) == 0) return 1;
    if (!bar) break;
    a = bar + 1;
  }
  return 0;
}

int kj_kind_map_header(const kj_kind_def *d, char *const *fields, int nfields, int *colmap,
                       int *unknown) {
  for (int c = 0; c < d->ncols; c++) colmap[c] = -1;
  int nunk = 0;
  for (int f = 0; f < nfields; f++) {
    char key[128];
    const char *h = fields[f];
    if (f == 0 && strncmp(h, "\xEF\xBB\xBF", 3) == 0) h += 3;
    kj_header_key(h, key, sizeof key);
    if (!key[0]) continue;
    int hit = 0;
    for (int c = 0; c < d->ncols && !hit; c++) {
      if (colmap[c] < 0 && name_matches(&d->cols[c], key)) {
        colmap[c] = f;
        hit = 1;
      }
    }
    if (!hit && unknown) unknown[nunk++] = f;
  }
  if (unknown) unknown[nunk] = -1;
  int missing = 0;
  for (int c = 0; c < d->ncols; c++)
    if (d->cols[c].required && colmap[c] < 0) missing++;
  return missing;
}

kj_kind kj_kind_detect(char *const *fields, int nfields, kj_kind *closest) {
  int colmap[KJ_MAX_COLS];
  kj_kind best = KJ_KIND_AUTO, near = KJ_KIND_UNIT;
  int best_req = -1, near_missing = 1 << 30;
  for (int k = 0; k < KJ_KIND_N; k++) {
    const kj_kind_def *d = kj_kind_defs[k];
    /* Rank by missing columns; a kind with all of them but failing its
     * extra header rule is closer than one missing a column. */
    int missing = 2 * kj_kind_map_header(d, fields, nfields, colmap, NULL);
    if (missing == 0 && d->check_header && d->check_header(colmap)) missing = 1;
    int req = 0;
    for (int c = 0; c < d->ncols; c++) req += d->cols[c].required && colmap[c] >= 0;
    if (missing == 0 && req > best_req) {
      best = (kj_kind)k;
      best_req = req;
    }
    if (missing < near_missing) {
      near = (kj_kind)k;
      near_missing = missing;
    }
  }
  if (closest) *closest = best != KJ_KIND_AUTO ? best : near;
  return best;
}

kj_period kj_skm_period_of(int y, int m, int type) {
  switch (type) {
  case 0: return (kj_period){y, KJ_PER_BULANAN, m};
  case 2: return (kj_period){y, KJ_PER_SEMESTER, (m + 5) / 6};
  case 3: return (kj_period){y, KJ_PER_TAHUNAN, 0};
  default: return (kj_period){y, KJ_PER_TRIWULAN, (m + 2) / 3};
  }
}
