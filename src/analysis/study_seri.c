/* study_seri.c — the study's series over the years, with merged and renamed
 * units counted under their successors (data.md `menjadi`).
 *
 * An employee-year belongs to the unit of its latest record in that year.
 * For the series it counts for the final successor of that unit (view
 * unit_penerus) and for the OPD of that successor — and when that OPD was
 * itself merged, for the OPD it became — so a school regrouped in 2024 shows
 * its 2023 staff under the school it joined, and a renamed OPD keeps one
 * line. Every run of the study reads the same unit table, so unit and OPD
 * indexes agree across the years; this file checks that.
 *
 * The crosswalk is the engine's kj_an_unit.penerus (view unit_penerus).
 */
#include "analysis/study_int.h"

#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

#define CHAIN_MAX 32 /* as the unit_penerus view */

void study_describe(const double *x, size_t n, long min, kj_desc *d) {
  kj_describe(x, n, d);
  if ((long)d->n >= min) return;
  size_t keep = d->n;
  d->mean = d->sd = d->se = d->ci_low = d->ci_high = KJ_NA;
  d->median = d->q1 = d->q3 = KJ_NA;
  d->n = keep;
}

/* penerus[u] = unit index of u's final successor (the engine's view of
 * unit_penerus); checked, since every index below trusts it. */
static kj_status load_penerus(const kj_analysis *r, int *penerus, kj_error *err) {
  for (int u = 0; u < r->n_unit; u++) {
    penerus[u] = r->unit[u].penerus;
    if (penerus[u] < 0 || penerus[u] >= r->n_unit)
      return kj_fail(err, KJ_INTERNAL, "study: unit %s has no valid successor index (%d)",
                     r->unit[u].kode, penerus[u]);
  }
  return KJ_OK;
}

/* OPD (index into r->opd) whose line unit u's history belongs to. */
static int opd_final(const kj_analysis *r, const int *penerus, int u) {
  int x = penerus[u], o = r->unit[x].opd;
  for (int step = 0; step < CHAIN_MAX && o >= 0; step++) {
    int top = r->opd[o].unit, next = penerus[top];
    if (next == top) break;
    o = r->unit[next].opd;
  }
  return o;
}

static void entitas_set(kj_study_entitas *e, const char *kode, const char *nama,
                        const char *singkatan) {
  e->kode = xstrdup(kode);
  e->nama = xstrdup(nama);
  e->singkatan = xstrdup(singkatan);
  e->opd = -1;
}

static void add_pendahulu(kj_study_entitas *e, const char *kode) {
  e->pendahulu = xreallocarray(e->pendahulu, (size_t)e->n_pendahulu + 1, sizeof *e->pendahulu);
  e->pendahulu[e->n_pendahulu++] = xstrdup(kode); /* callers add in code order */
}

/* Describes every measure of every group: group g of pegawai i is gid[i]
 * (-1: none); out[((g * KJ_UKURAN_N) + uk) * n_tahun + t]. */
static void describe_groups(const kj_study *s, const kj_analysis *r, const int *gid, int ng, int t,
                            kj_desc *out) {
  size_t *off = xcalloc((size_t)ng + 2, sizeof *off);
  for (size_t i = 0; i < r->n_pegawai; i++)
    if (gid[i] >= 0) off[gid[i] + 1]++;
  for (int g = 0; g < ng; g++) off[g + 1] += off[g];
  size_t *pos = xcalloc(off[ng] + 1, sizeof *pos);
  size_t *fill = xcalloc((size_t)ng + 1, sizeof *fill);
  for (size_t i = 0; i < r->n_pegawai; i++) /* stable: nip order within a group */
    if (gid[i] >= 0) pos[off[gid[i]] + fill[gid[i]]++] = i;
  double *x = xcalloc(r->n_pegawai + 1, sizeof *x);
  for (int g = 0; g < ng; g++)
    for (int uk = 0; uk < KJ_UKURAN_N; uk++) {
      size_t n = 0;
      for (size_t j = off[g]; j < off[g + 1]; j++) {
        double v = r->pegawai[pos[j]].ukuran[uk];
        if (isfinite(v)) x[n++] = v;
      }
      study_describe(
          x, n, s->params.min_kelompok,
          &out[(((size_t)g * KJ_UKURAN_N) + (size_t)uk) * (size_t)s->n_tahun + (size_t)t]);
    }
  free(x);
  free(fill);
  free(pos);
  free(off);
}

/* The OPD lines: every OPD that is not merged into another, then KOTA. */
static void build_opd(kj_study *s, const kj_analysis *r, const int *penerus, int *opd_ent) {
  s->opd = xcalloc((size_t)r->n_opd + 1, sizeof *s->opd);
  for (int o = 0; o < r->n_opd; o++) {
    opd_ent[o] = -1;
    if (opd_final(r, penerus, r->opd[o].unit) != o) continue;
    opd_ent[o] = s->n_opd;
    entitas_set(&s->opd[s->n_opd++], r->opd[o].kode, r->opd[o].nama, r->opd[o].singkatan);
  }
  for (int o = 0; o < r->n_opd; o++) {
    int f = opd_final(r, penerus, r->opd[o].unit);
    if (f != o && f >= 0 && opd_ent[f] >= 0) add_pendahulu(&s->opd[opd_ent[f]], r->opd[o].kode);
  }
  entitas_set(&s->opd[s->n_opd], "KOTA", r->opd[KJ_KOTA(r)].nama, NULL);
}

/* The unit lines: final successors that hold an employee-year in some year. */
static void build_units(kj_study *s, const kj_analysis *r, const int *penerus, const int *opd_ent,
                        int *unit_ent) {
  unsigned char *used = xcalloc((size_t)r->n_unit + 1, 1);
  for (int t = 0; t < s->n_tahun; t++) {
    const kj_analysis *ry = s->tahun[t].r;
    for (size_t i = 0; i < ry->n_pegawai; i++)
      if (ry->pegawai[i].unit >= 0) used[penerus[ry->pegawai[i].unit]] = 1;
  }
  s->unit = xcalloc((size_t)r->n_unit + 1, sizeof *s->unit);
  for (int u = 0; u < r->n_unit; u++) {
    unit_ent[u] = -1;
    if (penerus[u] != u || !used[u]) continue;
    unit_ent[u] = s->n_unit;
    kj_study_entitas *e = &s->unit[s->n_unit++];
    entitas_set(e, r->unit[u].kode, r->unit[u].nama, r->unit[u].singkatan);
    int f = opd_final(r, penerus, u);
    e->opd = f >= 0 ? opd_ent[f] : -1;
  }
  for (int u = 0; u < r->n_unit; u++)
    if (penerus[u] != u && unit_ent[penerus[u]] >= 0)
      add_pendahulu(&s->unit[unit_ent[penerus[u]]], r->unit[u].kode);
  free(used);
}

kj_status study_seri(kj_study *s, kj_error *err) {
  const kj_analysis *r = s->tahun[s->n_tahun - 1].r; /* names as of the last year */
  for (int t = 0; t < s->n_tahun; t++)
    if (s->tahun[t].r->n_unit != r->n_unit || s->tahun[t].r->n_opd != r->n_opd)
      return kj_fail(err, KJ_INTERNAL,
                     "study: the unit table changed between the runs of %d "
                     "and %d",
                     s->tahun[t].tahun, s->tahun[s->n_tahun - 1].tahun);
  int *penerus = xcalloc((size_t)r->n_unit + 1, sizeof *penerus);
  int *opd_ent = xcalloc((size_t)r->n_opd + 1, sizeof *opd_ent);
  int *unit_ent = xcalloc((size_t)r->n_unit + 1, sizeof *unit_ent);
  kj_status rc = load_penerus(r, penerus, err);
  if (rc == KJ_OK) {
    build_opd(s, r, penerus, opd_ent);
    build_units(s, r, penerus, opd_ent, unit_ent);
    size_t per = (size_t)KJ_UKURAN_N * (size_t)s->n_tahun;
    s->seri_opd = xcalloc(((size_t)s->n_opd + 1) * per, sizeof *s->seri_opd);
    s->seri_unit = xcalloc(((size_t)s->n_unit + 1) * per, sizeof *s->seri_unit);
    for (int t = 0; t < s->n_tahun; t++) {
      const kj_analysis *ry = s->tahun[t].r;
      int *g_opd = xcalloc(ry->n_pegawai + 1, sizeof *g_opd);
      int *g_unit = xcalloc(ry->n_pegawai + 1, sizeof *g_unit);
      int *g_kota = xcalloc(ry->n_pegawai + 1, sizeof *g_kota);
      for (size_t i = 0; i < ry->n_pegawai; i++) {
        int u = ry->pegawai[i].unit;
        int f = u >= 0 ? opd_final(ry, penerus, u) : -1;
        g_opd[i] = f >= 0 ? opd_ent[f] : -1;
        g_unit[i] = u >= 0 ? unit_ent[penerus[u]] : -1;
        g_kota[i] = 0;
      }
      describe_groups(s, ry, g_opd, s->n_opd, t, s->seri_opd);
      describe_groups(s, ry, g_kota, 1, t, s->seri_opd + (size_t)s->n_opd * per);
      describe_groups(s, ry, g_unit, s->n_unit, t, s->seri_unit);
      free(g_opd);
      free(g_unit);
      free(g_kota);
    }
  }
  free(penerus);
  free(opd_ent);
  free(unit_ent);
  return rc;
}
