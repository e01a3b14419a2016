/* measures.c — analytics.md §1: the per-employee-year measures.
 *
 * Runs after the loaders: groups each employee's appraisal records by year
 * into employee-years, takes the unit of the latest record of the year as
 * the employee's unit (and its OPD), and turns the accumulators of the
 * fact loaders into IKP, capaian, annual predikat and the seven BerAKHLAK
 * means. It also feeds the periodic IKP of every record into the trend
 * accumulators, counted for the OPD of the unit's final successor (§4).
 * The employee-years of Y, sorted by NIP, become r->pegawai.
 */
#include "analysis/engine_int.h"
#include "domain/period.h"
#include "domain/rules.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* 1 when record a is later than b: later period end, then the finer period. */
static int later(const an_rec *a, const an_rec *b) {
  long ea = an_pkey_end_days(a->pkey), eb = an_pkey_end_days(b->pkey);
  if (ea != eb) return ea > eb;
  return a->pkey > b->pkey;
}

/* Employee-years from the records, with their unit and record range. */
static void group_records(an_model *m) {
  for (long e = 0; e < m->n_emp; e++) {
    const an_emp *em = &m->emp[e];
    for (int32_t i = em->rec0; i < em->rec0 + em->nrec;) {
      int tahun = m->recs[i].tahun;
      int32_t j = i, latest = i;
      while (j < em->rec0 + em->nrec && m->recs[j].tahun == tahun) {
        if (later(&m->recs[j], &m->recs[latest])) latest = j;
        j++;
      }
      int32_t x = an_ey_get(m, (int32_t)e, tahun, 1);
      if (x >= 0) {
        m->ey[x].rec0 = i;
        m->ey[x].nrec = j - i;
        m->ey[x].unit = m->recs[latest].unit;
      }
      i = j;
    }
  }
}

static void finish(an_model *m, an_ey *ey) {
  kj_analysis *r = m->r;
  kj_pegawai_tahun *o = &ey->out;
  memset(o, 0, sizeof *o);
  o->nip = m->emp[ey->emp].nip;
  if (ey->unit < 0) ey->unit = m->emp[ey->emp].unit;
  o->unit = ey->unit;
  ey->opd = o->opd = ey->unit >= 0 ? r->unit[ey->unit].opd : -1;
  ey->opd_penerus = ey->unit >= 0 ? r->unit[ey->unit].opd_penerus : -1;
  o->predikat_tahunan = -1;
  double ikp_sum = 0, ikp_tahunan = KJ_NA;
  int latest = -1;
  for (int32_t i = ey->rec0; i < ey->rec0 + ey->nrec; i++) {
    const an_rec *x = &m->recs[i];
    double pts = an_rec_ikp(x);
    if (x->jenis == KJ_PER_TAHUNAN) {
      o->tahunan = 1;
      o->predikat_tahunan = x->predikat;
      ikp_tahunan = pts;
      continue;
    }
    o->n_periode++;
    o->n_bulanan += x->jenis == KJ_PER_BULANAN;
    o->n_triwulan += x->jenis == KJ_PER_TRIWULAN;
    o->n_sangat_baik += x->predikat == KJ_SANGAT_BAIK;
    ikp_sum += pts;
    if (latest < 0 || later(x, &m->recs[latest])) latest = i;
    int opd = r->unit[x->unit].opd_penerus;
    an_slot_add(m, x->pkey, opd, KJ_UK_IKP, pts);
  }
  if (!o->tahunan && latest >= 0) o->predikat_tahunan = m->recs[latest].predikat;
  o->ukuran[KJ_UK_IKP] = o->n_periode ? ikp_sum / o->n_periode : ikp_tahunan;
  o->ukuran[KJ_UK_CAPAIAN] = ey->cap_n ? ey->cap_sum / ey->cap_n : ey->cap_tahunan;
  for (int v = 0; v < KJ_NILAI_N; v++)
    o->ukuran[KJ_UK_NILAI + v] = ey->nil_n[v] ? ey->nil_sum[v] / (double)ey->nil_n[v] : KJ_NA;
}

typedef struct peg_key {
  int64_t nip;
  int32_t ey;
} peg_key;

static int cmp_peg(const void *a, const void *b) {
  int64_t x = ((const peg_key *)a)->nip, y = ((const peg_key *)b)->nip;
  return (x > y) - (x < y);
}

void an_measures(an_model *m) {
  kj_analysis *r = m->r;
  group_records(m);
  size_t n_y = 0;
  for (size_t i = 0; i < m->n_ey; i++) {
    finish(m, &m->ey[i]);
    n_y += m->ey[i].tahun == r->tahun && m->ey[i].opd >= 0;
  }
  /* employee-years made by a fact loader come after the others: sort by NIP */
  peg_key *keys = xcalloc(n_y + 1, sizeof *keys);
  size_t k = 0;
  for (size_t i = 0; i < m->n_ey; i++)
    if (m->ey[i].tahun == r->tahun && m->ey[i].opd >= 0)
      keys[k++] = (peg_key){m->ey[i].out.nip, (int32_t)i};
  qsort(keys, n_y, sizeof *keys, cmp_peg);
  m->peg_ey = xcalloc(n_y + 1, sizeof *m->peg_ey);
  r->n_pegawai = n_y;
  r->pegawai = xcalloc(n_y + 1, sizeof *r->pegawai);
  for (size_t i = 0; i < n_y; i++) {
    m->peg_ey[i] = keys[i].ey;
    r->pegawai[i] = m->ey[keys[i].ey].out;
    r->pegawai[i].nama = xstrdup(m->emp[m->ey[keys[i].ey].emp].nama);
  }
  free(keys);
  /* pegawai grouped by OPD (counting sort, NIP order kept within an OPD) */
  size_t no = (size_t)r->n_opd;
  m->opd_off = xcalloc(no + 2, sizeof *m->opd_off);
  m->opd_peg = xcalloc(n_y + 1, sizeof *m->opd_peg);
  for (size_t i = 0; i < n_y; i++) m->opd_off[r->pegawai[i].opd + 1]++;
  for (size_t o = 0; o < no; o++) m->opd_off[o + 1] += m->opd_off[o];
  m->opd_off[no + 1] = m->opd_off[no];
  size_t *fill = xcalloc(no + 1, sizeof *fill);
  for (size_t i = 0; i < n_y; i++) {
    int o = r->pegawai[i].opd;
    m->opd_peg[m->opd_off[o] + fill[o]++] = (int32_t)i;
  }
  free(fill);
}
