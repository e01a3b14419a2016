/* study_rinci.c — what the Rapor OPD shows below the OPD level that the
 * engine does not: its units' own figures (kj_opd_rinci_new). The
 * employee-years of Y are grouped by the unit of their latest record and
 * described like the OPD rows of §2: IKP and capaian with min_kelompok
 * suppression, annual predikat shares. Also the NIP lookup the reports use
 * to name evaluators (kj_study_pegawai).
 */
#include "analysis/study_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

long kj_study_pegawai(const kj_analysis *r, int64_t nip) {
  size_t lo = 0, hi = r->n_pegawai;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (r->pegawai[mid].nip == nip) return (long)mid;
    if (r->pegawai[mid].nip < nip)
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

/* ---- units --------------------------------------------------------------- */

static void unit_stats(const kj_analysis *r, kj_opd_rinci *x) {
  long min = r->params.min_kelompok;
  size_t *off = xcalloc((size_t)r->n_unit + 2, sizeof *off);
  for (size_t i = 0; i < r->n_pegawai; i++)
    if (r->pegawai[i].unit >= 0) off[r->pegawai[i].unit + 1]++;
  for (int u = 0; u < r->n_unit; u++) off[u + 1] += off[u];
  size_t *pos = xcalloc(off[r->n_unit] + 1, sizeof *pos);
  size_t *fill = xcalloc((size_t)r->n_unit + 1, sizeof *fill);
  for (size_t i = 0; i < r->n_pegawai; i++) {
    int u = r->pegawai[i].unit;
    if (u >= 0) pos[off[u] + fill[u]++] = i;
  }
  double *ikp = xcalloc(r->n_pegawai + 1, sizeof *ikp),
         *cap = xcalloc(r->n_pegawai + 1, sizeof *cap);
  x->unit = xcalloc((size_t)r->n_unit + 1, sizeof *x->unit);
  x->unit_off = xcalloc((size_t)r->n_opd + 1, sizeof *x->unit_off);
  for (int o = 0; o < r->n_opd; o++) {
    x->unit_off[o] = x->n_unit;
    for (int u = 0; u < r->n_unit; u++) { /* units are sorted by code */
      if (r->unit[u].opd != o || off[u + 1] == off[u]) continue;
      kj_unit_stat *s = &x->unit[x->n_unit++];
      s->unit = u;
      s->opd = o;
      s->n_pegawai = (long)(off[u + 1] - off[u]);
      s->cukup = s->n_pegawai >= min;
      size_t ni = 0, nc = 0;
      for (size_t j = off[u]; j < off[u + 1]; j++) {
        const kj_pegawai_tahun *p = &r->pegawai[pos[j]];
        if (isfinite(p->ukuran[KJ_UK_IKP])) ikp[ni++] = p->ukuran[KJ_UK_IKP];
        if (isfinite(p->ukuran[KJ_UK_CAPAIAN])) cap[nc++] = p->ukuran[KJ_UK_CAPAIAN];
        if (p->predikat_tahunan >= 0) s->n_predikat++, s->predikat_n[p->predikat_tahunan]++;
      }
      study_describe(ikp, ni, min, &s->ikp);
      study_describe(cap, nc, min, &s->capaian);
      for (int k = 0; k < KJ_PREDIKAT_N; k++) {
        if (s->n_predikat < min) {
          s->predikat_n[k] = -1;
          s->predikat_share[k] = KJ_NA;
        } else {
          s->predikat_share[k] = (double)s->predikat_n[k] / (double)s->n_predikat;
        }
      }
    }
  }
  x->unit_off[r->n_opd] = x->n_unit;
  free(ikp);
  free(cap);
  free(fill);
  free(pos);
  free(off);
}

kj_opd_rinci *kj_opd_rinci_new(const kj_analysis *r) {
  kj_opd_rinci *x = xcalloc(1, sizeof *x);
  x->tahun = r->tahun;
  x->n_opd = r->n_opd;
  unit_stats(r, x);
  return x;
}

void kj_opd_rinci_free(kj_opd_rinci *x) {
  if (!x) return;
  free(x->unit);
  free(x->unit_off);
  free(x);
}
