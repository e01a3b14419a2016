/* study.c — kj_study_run: the multi-year study of `kinerja report study`.
 *
 * The study is the engine run once per year of the window, laid side by
 * side. Each year gets exactly the run `kinerja export --year Y` makes
 * (default trend window), so the study's appendix sheets are the export
 * tables and a reader can check one against the other. On top of those
 * runs this file computes what only the study asks: per year, a one-way
 * ANOVA of employee IKP across OPD and a chi-square test of the OPD x
 * predikat table (both on the OPD the engine shows that year, i.e. with
 * n >= min_kelompok), and counts of curve compliance and evaluator labels.
 * The series over the years, with merged units under their successors, are
 * built in study_seri.c.
 *
 * Design choice: the per-year results are kept whole (kj_analysis each)
 * rather than copied into study structs, so the workbook can show any
 * engine figure of any year without this file knowing about it. Memory is a
 * few MB per year for a city of thousands.
 */
#include "analysis/study.h"
#include "analysis/study_int.h"

#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/xalloc.h"

#define STUDY_MAX_YEARS 30 /* as the engine's trend window */

static kj_status data_years(kj_store *st, int **years, int *n, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/tahun_data", &s, err);
  if (rc != KJ_OK) return rc;
  size_t cap = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    if ((size_t)*n == cap) {
      cap = cap ? cap * 2 : 8;
      *years = xreallocarray(*years, cap, sizeof **years);
    }
    (*years)[(*n)++] = (int)kj_stmt_int64(s, 0);
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

/* Resolves the window and keeps the years with data inside it. */
static kj_status choose_years(kj_study *s, const int *years, int n, int from, int to,
                              kj_error *err) {
  if (n == 0)
    return kj_fail(err, KJ_DATA,
                   "the database has no appraisal records (penilaian) to study; "
                   "import data first (kinerja import, or kinerja demo)");
  s->dari = from ? from : years[0];
  s->sampai = to ? to : years[n - 1];
  if (s->dari > s->sampai)
    return kj_fail(err, KJ_USAGE, "the study window %d..%d is reversed", s->dari, s->sampai);
  if (s->sampai - s->dari >= STUDY_MAX_YEARS)
    return kj_fail(err, KJ_USAGE, "the study window %d..%d is longer than %d years", s->dari,
                   s->sampai, STUDY_MAX_YEARS);
  s->tahun = xcalloc((size_t)n, sizeof *s->tahun);
  for (int i = 0; i < n; i++)
    if (years[i] >= s->dari && years[i] <= s->sampai) s->tahun[s->n_tahun++].tahun = years[i];
  if (s->n_tahun > 0) return KJ_OK;
  kj_buf b = {0};
  for (int i = 0; i < n; i++) kj_buf_printf(&b, "%s%d", i ? ", " : "", years[i]);
  kj_status rc = kj_fail(err, KJ_DATA, "no appraisal records in %d..%d (years with data: %s)",
                         s->dari, s->sampai, kj_buf_cstr(&b));
  kj_buf_free(&b);
  return rc;
}

/* One-way ANOVA of employee IKP across the OPD with at least min_kelompok
 * IKP values (the OPD whose mean the year's opd_ukuran table shows). */
static void year_anova(kj_study_tahun *y) {
  const kj_analysis *r = y->r;
  long min = r->params.min_kelompok;
  size_t *cnt = xcalloc((size_t)r->n_opd + 1, sizeof *cnt);
  for (size_t i = 0; i < r->n_pegawai; i++) {
    const kj_pegawai_tahun *p = &r->pegawai[i];
    if (p->opd >= 0 && p->opd < r->n_opd && isfinite(p->ukuran[KJ_UK_IKP])) cnt[p->opd]++;
  }
  size_t *off = xcalloc((size_t)r->n_opd + 1, sizeof *off);
  int *slot = xcalloc((size_t)r->n_opd + 1, sizeof *slot);
  int k = 0;
  size_t total = 0;
  for (int o = 0; o < r->n_opd; o++) {
    slot[o] = -1;
    if ((long)cnt[o] < min) continue;
    slot[o] = k;
    off[k++] = total;
    total += cnt[o];
  }
  double *v = xcalloc(total + 1, sizeof *v);
  size_t *fill = xcalloc((size_t)k + 1, sizeof *fill);
  for (size_t i = 0; i < r->n_pegawai; i++) { /* nip order inside each group */
    const kj_pegawai_tahun *p = &r->pegawai[i];
    if (p->opd < 0 || p->opd >= r->n_opd || slot[p->opd] < 0) continue;
    if (!isfinite(p->ukuran[KJ_UK_IKP])) continue;
    int g = slot[p->opd];
    v[off[g] + fill[g]++] = p->ukuran[KJ_UK_IKP];
  }
  const double **groups = xcalloc((size_t)k + 1, sizeof *groups);
  for (int g = 0; g < k; g++) groups[g] = v + off[g];
  y->anova_k = k;
  kj_anova_oneway(groups, fill, (size_t)k, &y->anova);
  free(groups);
  free(fill);
  free(v);
  free(slot);
  free(off);
  free(cnt);
}

/* Chi-square of independence of OPD and annual predikat over the OPD whose
 * predikat counts the year shows (n_predikat >= min_kelompok). */
static kj_status year_chisq(kj_study_tahun *y, kj_error *err) {
  const kj_analysis *r = y->r;
  long *t = xcalloc(((size_t)r->n_opd + 1) * KJ_PREDIKAT_N, sizeof *t);
  int k = 0;
  for (int o = 0; o < r->n_opd; o++) {
    const kj_opd_stat *s = &r->stat[o];
    if (s->n_predikat < r->params.min_kelompok || s->predikat_n[0] < 0) continue;
    for (int p = 0; p < KJ_PREDIKAT_N; p++) t[(size_t)k * KJ_PREDIKAT_N + p] = s->predikat_n[p];
    k++;
  }
  y->chisq_k = k;
  kj_status rc = kj_chisq_indep(t, (size_t)k, KJ_PREDIKAT_N, &y->chisq, err);
  free(t);
  return rc;
}

static void year_counts(kj_study_tahun *y) {
  const kj_analysis *r = y->r;
  for (int o = 0; o < r->n_opd; o++) {
    const kj_kurva *k = &r->kurva[o];
    if (k->n == 0) continue; /* an OPD without staff that year is not assessed */
    y->kurva_n[k->status]++;
    if (k->status == KJ_KURVA_TIDAK_PATUH && k->cek.min_changes > 0)
      y->perubahan_min += k->cek.min_changes;
  }
  for (size_t i = 0; i < r->n_penilai; i++) y->penilai_n[r->penilai[i].label]++;
}

kj_status kj_study_run(kj_store *st, const kj_params *params, int from, int to, kj_study **out,
                       kj_error *err) {
  kj_analysis_init();
  *out = NULL;
  kj_study *s = xcalloc(1, sizeof *s);
  s->params = *params;
  int *years = NULL, n = 0;
  kj_status rc = data_years(st, &years, &n, err);
  if (rc == KJ_OK) rc = choose_years(s, years, n, from, to, err);
  free(years);
  for (int t = 0; rc == KJ_OK && t < s->n_tahun; t++) {
    kj_study_tahun *y = &s->tahun[t];
    rc = kj_analysis_run(st, params, y->tahun, 0, 0, &y->r, err);
    if (rc != KJ_OK) break;
    year_anova(y);
    rc = year_chisq(y, err);
    year_counts(y);
    if (strcmp(y->r->data_terbaru, s->data_terbaru) > 0)
      memcpy(s->data_terbaru, y->r->data_terbaru, sizeof s->data_terbaru);
  }
  if (rc == KJ_OK) {
    /* trends over the whole study window, unless the last year's own run
     * already covers exactly that window */
    const kj_analysis *last = s->tahun[s->n_tahun - 1].r;
    int first = s->tahun[0].tahun, final = s->tahun[s->n_tahun - 1].tahun;
    if (last->dari != first || last->sampai != final)
      rc = kj_analysis_run(st, params, final, first, final, &s->jendela, err);
  }
  if (rc == KJ_OK) rc = study_seri(s, err);
  if (rc != KJ_OK) {
    kj_study_free(s);
    return rc;
  }
  *out = s;
  return KJ_OK;
}

const kj_analysis *kj_study_trend(const kj_study *s) {
  return s->jendela ? s->jendela : s->tahun[s->n_tahun - 1].r;
}

static void entitas_free(kj_study_entitas *e, int n) {
  if (!e) return;
  for (int i = 0; i < n; i++) {
    free(e[i].kode);
    free(e[i].nama);
    free(e[i].singkatan);
    for (int j = 0; j < e[i].n_pendahulu; j++) free(e[i].pendahulu[j]);
    free(e[i].pendahulu);
  }
  free(e);
}

void kj_study_free(kj_study *s) {
  if (!s) return;
  for (int t = 0; t < s->n_tahun; t++) kj_analysis_free(s->tahun[t].r);
  free(s->tahun);
  kj_analysis_free(s->jendela);
  entitas_free(s->opd, s->opd ? s->n_opd + 1 : 0);
  free(s->seri_opd);
  entitas_free(s->unit, s->n_unit);
  free(s->seri_unit);
  free(s);
}

static int find_entitas(const kj_study_entitas *e, int n, const char *kode) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2, c = strcmp(e[mid].kode, kode);
    if (c == 0) return mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return -1;
}

int kj_study_find_opd(const kj_study *s, const char *kode) {
  if (strcmp(kode, "KOTA") == 0) return s->n_opd;
  return find_entitas(s->opd, s->n_opd, kode);
}

int kj_study_find_unit(const kj_study *s, const char *kode) {
  return find_entitas(s->unit, s->n_unit, kode);
}
