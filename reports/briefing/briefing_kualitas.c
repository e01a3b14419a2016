/* briefing_kualitas.c — the "Kualitas Data" sheet: can the figures be
 * trusted, and where is the appraisal data incomplete, late or
 * inconsistent (analytics.md §9, with the evaluator leniency of §7)?
 *
 * Blocks: the year per OPD (completeness, timeliness, median lag), then
 * completeness and timeliness as OPD × period grids with traffic lights (the
 * city as the total row in each), the evaluators who rate markedly more
 * leniently or strictly than their colleagues (by NIP, or pseudonym), a count
 * of the consistency findings by kind and the findings themselves.
 */
#include "reports/briefing/briefing_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

/* Distinct periods of the quality rows, ascending (rows are sorted by OPD,
 * then period). */
static int periods(const kj_analysis *r, char (**out)[16]) {
  char(*p)[16] = xcalloc(r->n_kualitas + 1, sizeof *p);
  int n = 0;
  for (size_t i = 0; i < r->n_kualitas; i++) {
    int k = 0;
    while (k < n && strcmp(p[k], r->kualitas[i].periode) < 0) k++;
    if (k < n && strcmp(p[k], r->kualitas[i].periode) == 0) continue;
    memmove(p[k + 1], p[k], (size_t)(n - k) * sizeof *p);
    snprintf(p[k], sizeof p[k], "%s", r->kualitas[i].periode);
    n++;
  }
  *out = p;
  return n;
}

static const kj_kualitas *cell(const kj_analysis *r, int o, const char *per) {
  for (size_t i = 0; i < r->n_kualitas; i++)
    if (r->kualitas[i].opd == o && strcmp(r->kualitas[i].periode, per) == 0) return &r->kualitas[i];
  return NULL;
}

/* One OPD × period grid of completeness (what = 0) or timeliness (1). */
static int grid(bf_ctx *c, kj_wb_sheet *sh, int row, char (*per)[16], int np, int what) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  int nc = 2 + np;
  kj_column_def *defs = xcalloc((size_t)nc, sizeof *defs);
  kj_wb_col *cols = xcalloc((size_t)nc, sizeof *cols);
  const kj_wb_cf lights = {
      .kind = KJ_WB_CF_TRAFFIC, .lo = what ? 0.80 : 0.90, .hi = what ? 0.95 : 0.98};
  defs[0] = (kj_column_def){"kode_opd", KJ_COL_TEXT};
  defs[1] = (kj_column_def){"opd", KJ_COL_TEXT};
  cols[0] = (kj_wb_col){KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL};
  cols[1] = (kj_wb_col){"OPD", KJ_WB_TEXT, 0, NULL, NULL};
  for (int j = 0; j < np; j++) {
    defs[2 + j] = (kj_column_def){per[j], KJ_COL_REAL};
    cols[2 + j] = (kj_wb_col){per[j], KJ_WB_PCT1, 0, &lights, NULL};
  }
  kj_table *t = kj_table_new(what ? "tepat_waktu" : "kelengkapan", nc, defs);
  for (int i = 0; i <= r->n_opd; i++) {
    int o = i < r->n_opd ? c->rank[i] : KJ_KOTA(r);
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, 0, c->r->opd[o].kode);
    kj_table_set_text(t, x, 1, kj_rep_opd_name(r, o));
    for (int j = 0; j < np; j++) {
      const kj_kualitas *q = cell(r, o, per[j]);
      if (q) kj_table_set_real(t, x, 2 + j, what ? q->tepat_waktu : q->kelengkapan);
    }
  }
  char note[400];
  snprintf(note, sizeof note, "%s",
           what
               ? KJ_T(l,
                      "Tepat waktu = dinilai paling lambat batas_hari setelah akhir periode, dari "
                      "penilaian yang bertanggal. Hijau \xE2\x89\xA5 95 %, merah < 80 %.",
                      "On time = rated at most batas_hari days after the period end, of the "
                      "dated ratings. Green \xE2\x89\xA5 95%, red < 80%.")
               : KJ_T(l,
                      "Kelengkapan = pegawai dengan hasil penilaian \xC3\xB7 pegawai yang "
                      "seharusnya dinilai pada periode itu. Hijau \xE2\x89\xA5 98 %, merah < 90 %.",
                      "Completeness = employees with a result \xC3\xB7 employees expected in the "
                      "period. Green \xE2\x89\xA5 98%, red < 90%."));
  kj_wb_table_opts o = {.cols = cols, .native = 1, .total_row = 1, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  free(defs);
  free(cols);
  return row;
}

enum {
  Y_KODE,
  Y_OPD,
  Y_ROSTER,
  Y_DINILAI,
  Y_LENGKAP,
  Y_KOSONG,
  Y_BERTANGGAL,
  Y_TEPAT,
  Y_LAG,
  Y_NCOL
};

/* The year per OPD: completeness, timeliness and median lag over all periods. */
static int year(bf_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[Y_NCOL] = {
      {"kode_opd", KJ_COL_TEXT},  {"opd", KJ_COL_TEXT},         {"roster", KJ_COL_INT},
      {"dinilai", KJ_COL_INT},    {"kelengkapan", KJ_COL_REAL}, {"kosong", KJ_COL_INT},
      {"bertanggal", KJ_COL_INT}, {"tepat_waktu", KJ_COL_REAL}, {"median_lag_hari", KJ_COL_REAL}};
  kj_table *t = kj_table_new("kualitas_tahun", Y_NCOL, defs);
  for (int i = 0; i <= r->n_opd; i++) {
    int o = i < r->n_opd ? c->rank[i] : KJ_KOTA(r);
    const kj_kualitas *q = &r->kualitas_tahun[o];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, Y_KODE, c->r->opd[o].kode);
    kj_table_set_text(t, x, Y_OPD, kj_rep_opd_name(r, o));
    kj_table_set_int(t, x, Y_ROSTER, q->roster);
    kj_table_set_int(t, x, Y_DINILAI, q->dinilai);
    if (q->roster > 0) kj_table_set_real(t, x, Y_LENGKAP, q->kelengkapan);
    kj_table_set_int(t, x, Y_KOSONG, q->kosong);
    kj_table_set_int(t, x, Y_BERTANGGAL, q->bertanggal);
    kj_table_set_real(t, x, Y_TEPAT, q->tepat_waktu);
    kj_table_set_real(t, x, Y_LAG, q->median_lag);
  }
  static const kj_wb_cf full = {.kind = KJ_WB_CF_TRAFFIC, .lo = 0.90, .hi = 0.98};
  static const kj_wb_cf ontime = {.kind = KJ_WB_CF_TRAFFIC, .lo = 0.80, .hi = 0.95};
  static const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR};
  const kj_wb_col cols[Y_NCOL] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Penilaian seharusnya", "Appraisals expected"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Terisi", "Filled in"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Kelengkapan", "Completeness"), KJ_WB_PCT1, 0, &full, NULL},
      {KJ_T(l, "Tercatat kosong (\"-\")", "Recorded missing (\"-\")"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Bertanggal", "Dated"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Tepat waktu", "On time"), KJ_WB_PCT1, 0, &ontime, NULL},
      {KJ_T(l, "Median keterlambatan (hari)", "Median lag (days)"), KJ_WB_DEC1, 0, &bars, NULL}};
  char note[300];
  snprintf(
      note, sizeof note,
      KJ_T(l,
           "Seluruh periode tahun %d. Tepat waktu = dinilai paling lambat %ld hari setelah "
           "akhir periode. Hijau: kelengkapan \xE2\x89\xA5 98 %%, tepat waktu \xE2\x89\xA5 95 %%; "
           "merah: di bawah 90 %% dan 80 %%.",
           "All periods of %d. On time = rated at most %ld days after the period end. Green: "
           "completeness \xE2\x89\xA5 98%%, on time \xE2\x89\xA5 95%%; red: below 90%% and 80%%."),
      r->tahun, r->params.batas_hari);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .total_row = 1, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

enum { E_NIP, E_KODE, E_OPD, E_N, E_MEAN, E_LAIN, E_SELISIH, E_P, E_Q, E_LABEL, E_NCOL };

static int evaluators(bf_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[E_NCOL] = {
      {"nip_penilai", KJ_COL_TEXT}, {"kode_opd", KJ_COL_TEXT},
      {"opd", KJ_COL_TEXT},         {"n", KJ_COL_INT},
      {"mean_ikp", KJ_COL_REAL},    {"mean_lain", KJ_COL_REAL},
      {"selisih", KJ_COL_REAL},     {"p", KJ_COL_REAL},
      {"q", KJ_COL_REAL},           {"label", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("penilai", E_NCOL, defs);
  char nip[64], lab[64];
  for (size_t i = 0; i < r->n_penilai; i++) {
    const kj_penilai *e = &r->penilai[i];
    if (e->label != KJ_PENILAI_LONGGAR && e->label != KJ_PENILAI_KETAT) continue;
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, E_NIP, kj_rep_nip(&c->rep, e->nip, nip, sizeof nip));
    if (e->opd >= 0) {
      kj_table_set_text(t, x, E_KODE, c->r->opd[e->opd].kode);
      kj_table_set_text(t, x, E_OPD, kj_rep_opd_name(r, e->opd));
    }
    kj_table_set_int(t, x, E_N, e->n);
    kj_table_set_real(t, x, E_MEAN, e->mean_ikp);
    kj_table_set_real(t, x, E_LAIN, e->mean_lain);
    kj_table_set_real(t, x, E_SELISIH, e->selisih);
    kj_table_set_real(t, x, E_P, e->p);
    kj_table_set_real(t, x, E_Q, e->q);
    kj_table_set_text(t, x, E_LABEL, kj_rep_label(&kj_enum_penilai, e->label, l, lab, sizeof lab));
  }
  static const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING};
  const kj_wb_col cols[E_NCOL] = {
      {c->rep.anonymize ? KJ_T(l, "Penilai (disamarkan)", "Evaluator (pseudonym)")
                        : KJ_T(l, "NIP penilai", "Evaluator NIP"),
       KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai yang dinilai", "Ratees"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "IKP rata-rata yang dinilai", "Mean IKP of ratees"), KJ_WB_DEC1, 0, NULL, NULL},
      {KJ_T(l, "IKP rata-rata pegawai lain di OPD", "Mean IKP of other ratees in the OPD"),
       KJ_WB_DEC1, 0, NULL, NULL},
      {KJ_T(l, "Selisih (poin IKP)", "Difference (IKP points)"), KJ_WB_DEC1, 0, &div, NULL},
      {"p", KJ_WB_PVAL, 0, NULL, NULL},
      {"q (BH)", KJ_WB_PVAL, 0, NULL, NULL},
      {KJ_T(l, "Penilaian", "Rating style"), KJ_WB_TEXT, 0, NULL, NULL}};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note =
          KJ_T(l,
               "Hanya penilai yang berbeda nyata dari rekan di OPD yang sama (q < alpha setelah "
               "koreksi Benjamini\xE2\x80\x93Hochberg). Ditampilkan dengan NIP saja; perlu "
               "dikonfirmasi sebelum ditindaklanjuti.",
               "Only evaluators who differ significantly from the others in the same OPD (q < "
               "alpha after Benjamini\xE2\x80\x93Hochberg adjustment). Shown by NIP only; "
               "confirm before acting.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

static int findings(bf_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def sdefs[] = {{"jenis", KJ_COL_TEXT}, {"jumlah", KJ_COL_INT}};
  kj_table *s = kj_table_new("konsistensi_ringkas", 2, sdefs);
  long count[KJ_TEMUAN_N] = {0};
  for (size_t i = 0; i < r->n_temuan; i++) count[r->temuan[i].jenis]++;
  char lab[160];
  for (int j = 0; j < KJ_TEMUAN_N; j++) {
    size_t x = kj_table_add_row(s);
    kj_table_set_text(s, x, 0, kj_rep_label(&kj_enum_temuan, j, l, lab, sizeof lab));
    kj_table_set_int(s, x, 1, count[j]);
  }
  static const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR};
  const kj_wb_col scols[] = {
      {KJ_T(l, "Jenis temuan", "Kind of finding"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Jumlah", "Count"), KJ_WB_INT, 0, &bars, NULL}};
  kj_wb_table_opts so = {.cols = scols, .native = 1};
  row = kj_wb_table(sh, row, 0, s, &so);
  kj_table_free(s);

  static const kj_column_def defs[] = {{"jenis", KJ_COL_TEXT}, {"kode_opd", KJ_COL_TEXT},
                                       {"opd", KJ_COL_TEXT},   {"nip", KJ_COL_TEXT},
                                       {"kode", KJ_COL_TEXT},  {"rincian", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("konsistensi", 6, defs);
  char nip[64];
  for (size_t i = 0; i < r->n_temuan; i++) {
    const kj_temuan *f = &r->temuan[i];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, 0, kj_rep_label(&kj_enum_temuan, f->jenis, l, lab, sizeof lab));
    if (f->opd >= 0) {
      kj_table_set_text(t, x, 1, c->r->opd[f->opd].kode);
      kj_table_set_text(t, x, 2, kj_rep_opd_short(r, f->opd));
    }
    if (f->nip) kj_table_set_text(t, x, 3, kj_rep_nip(&c->rep, f->nip, nip, sizeof nip));
    if (f->kode[0]) kj_table_set_text(t, x, 4, f->kode);
    if (f->rincian[0]) kj_table_set_text(t, x, 5, f->rincian);
  }
  const kj_wb_col cols[] = {
      {KJ_T(l, "Jenis temuan", "Kind of finding"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {c->rep.anonymize ? KJ_T(l, "Pegawai (disamarkan)", "Employee (pseudonym)") : "NIP",
       KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Unit / periode", "Unit / period"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Rincian", "Details"), KJ_WB_TEXT, 0, NULL, NULL}};
  kj_wb_table_opts o = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

kj_status bf_kualitas(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  char(*per)[16] = NULL;
  int np = periods(r, &per);
  char q[200];
  snprintf(q, sizeof q,
           KJ_T(l, "Seberapa lengkap, tepat waktu dan konsisten data penilaian tahun %d?",
                "How complete, timely and consistent are the appraisal data of %d?"),
           r->tahun);
  int row = bf_title(c, sh, q, NULL, 2 + (np < 10 ? np : 10));
  row = kj_rep_heading(sh, row, KJ_T(l, "Sepanjang tahun per OPD", "The whole year per OPD"));
  row = year(c, sh, row);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Kelengkapan penilaian per periode", "Completeness per period"));
  row = grid(c, sh, row, per, np, 0);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Ketepatan waktu penilaian per periode", "Timeliness per period"));
  row = grid(c, sh, row, per, np, 1);
  free(per);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Penilai yang jauh lebih longgar atau ketat",
                            "Evaluators markedly more lenient or strict"));
  row = evaluators(c, sh, row);
  row = kj_rep_heading(sh, row, KJ_T(l, "Temuan konsistensi data", "Consistency findings"));
  findings(c, sh, row);
  return KJ_OK;
}
