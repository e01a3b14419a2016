/* tables.c — the export tables of analytics.md §12 built from a result:
 * the tables whose names and columns are public (pegawai_tahun,
 * opd_ukuran, opd_predikat, kekuatan_kelemahan, tren, tahun_ke_tahun,
 * kurva, skm, skm_ikp, penilai). The lists, data quality, feedback and the
 * extra tables are in tables_extra.c. doc/export-tables.md documents every
 * column.
 *
 * Tables never compute: they copy figures from kj_analysis, turning NA into
 * missing cells, and sort rows by their key columns (which come first).
 */
#include "analysis/tables_int.h"
#include "util/xalloc.h"

#include <stdlib.h>

void an_tables_add(kj_tables *out, kj_table *t, int nkeys) {
  int keys[8];
  for (int i = 0; i < nkeys && i < 8; i++) keys[i] = i;
  kj_table_sort(t, nkeys, keys);
  out->t = xreallocarray(out->t, (size_t)out->n + 1, sizeof *out->t);
  out->t[out->n++] = t;
}

static void pegawai_tahun(const kj_analysis *r, kj_tables *out) {
  kj_column_def c[9 + KJ_NILAI_N] = {
      {"tahun", KJ_COL_INT},    {"nip", KJ_COL_INT},        {"kode_opd", KJ_COL_TEXT},
      {"kode_unit", KJ_COL_TEXT}, {"n_periode", KJ_COL_INT}, {"ikp", KJ_COL_REAL},
      {"capaian", KJ_COL_REAL}, {"predikat_tahunan", KJ_COL_TEXT}, {"tahunan", KJ_COL_INT}};
  for (int v = 0; v < KJ_NILAI_N; v++) c[9 + v] = (kj_column_def){kj_nilai_column((kj_nilai)v), KJ_COL_REAL};
  tb b = {kj_table_new("pegawai_tahun", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < r->n_pegawai; i++) {
    const kj_pegawai_tahun *p = &r->pegawai[i];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_i(&b, p->nip);
    tb_s(&b, tb_opd(r, p->opd));
    tb_s(&b, r->unit[p->unit].kode);
    tb_i(&b, p->n_periode);
    tb_d(&b, p->ukuran[KJ_UK_IKP]);
    tb_d(&b, p->ukuran[KJ_UK_CAPAIAN]);
    tb_s(&b, p->predikat_tahunan >= 0 ? kj_enum_canon(&kj_enum_predikat, p->predikat_tahunan) : NULL);
    tb_i(&b, p->tahunan);
    for (int v = 0; v < KJ_NILAI_N; v++) tb_d(&b, p->ukuran[KJ_UK_NILAI + v]);
  }
  an_tables_add(out, b.t, 2);
}

static void opd_ukuran(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT}, {"ukuran", KJ_COL_TEXT},
      {"n", KJ_COL_INT},     {"mean", KJ_COL_REAL},     {"sd", KJ_COL_REAL},
      {"se", KJ_COL_REAL},   {"ci_low", KJ_COL_REAL},   {"ci_high", KJ_COL_REAL},
      {"median", KJ_COL_REAL}, {"q1", KJ_COL_REAL},     {"q3", KJ_COL_REAL},
      {"catatan", KJ_COL_TEXT}};
  tb b = {kj_table_new("opd_ukuran", TB_COLS(c), c), 0, 0};
  for (int o = 0; o <= r->n_opd; o++)
    for (int uk = 0; uk < KJ_UKURAN_N; uk++) {
      const kj_desc *d = &r->stat[o].ukuran[uk];
      tb_row(&b);
      tb_i(&b, r->tahun);
      tb_s(&b, tb_opd(r, o));
      tb_s(&b, kj_dimensi_name(uk));
      tb_i(&b, (int64_t)d->n);
      tb_d(&b, d->mean);
      tb_d(&b, d->sd);
      tb_d(&b, d->se);
      tb_d(&b, d->ci_low);
      tb_d(&b, d->ci_high);
      tb_d(&b, d->median);
      tb_d(&b, d->q1);
      tb_d(&b, d->q3);
      tb_s(&b, (long)d->n < r->params.min_kelompok ? kj_enum_canon(&kj_enum_kk, KJ_KK_TCD) : NULL);
    }
  an_tables_add(out, b.t, 3);
}

static void opd_predikat(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT}, {"predikat", KJ_COL_TEXT},
      {"n", KJ_COL_INT},     {"share", KJ_COL_REAL},    {"ci_low", KJ_COL_REAL},
      {"ci_high", KJ_COL_REAL}, {"n_total", KJ_COL_INT}, {"catatan", KJ_COL_TEXT}};
  tb b = {kj_table_new("opd_predikat", TB_COLS(c), c), 0, 0};
  for (int o = 0; o <= r->n_opd; o++)
    for (int p = 0; p < KJ_PREDIKAT_N; p++) {
      const kj_opd_stat *s = &r->stat[o];
      tb_row(&b);
      tb_i(&b, r->tahun);
      tb_s(&b, tb_opd(r, o));
      tb_s(&b, kj_enum_canon(&kj_enum_predikat, p));
      tb_n(&b, s->predikat_n[p]);
      tb_d(&b, s->predikat_share[p]);
      tb_d(&b, s->predikat_lo[p]);
      tb_d(&b, s->predikat_hi[p]);
      tb_i(&b, s->n_predikat);
      tb_s(&b, s->predikat_n[p] < 0 ? kj_enum_canon(&kj_enum_kk, KJ_KK_TCD) : NULL);
    }
  an_tables_add(out, b.t, 3);
}

static void kekuatan_kelemahan(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT}, {"dimensi", KJ_COL_TEXT},
      {"n", KJ_COL_INT},     {"mean_opd", KJ_COL_REAL}, {"mean_lain", KJ_COL_REAL},
      {"d", KJ_COL_REAL},    {"t", KJ_COL_REAL},        {"df", KJ_COL_REAL},
      {"p", KJ_COL_REAL},    {"q", KJ_COL_REAL},        {"label", KJ_COL_TEXT}};
  tb b = {kj_table_new("kekuatan_kelemahan", TB_COLS(c), c), 0, 0};
  for (int o = 0; o < r->n_opd; o++)
    for (int d = 0; d < KJ_DIMENSI_N; d++) {
      const kj_kk *k = &r->kk[o * KJ_DIMENSI_N + d];
      if (!k->ada) continue;
      tb_row(&b);
      tb_i(&b, r->tahun);
      tb_s(&b, tb_opd(r, o));
      tb_s(&b, kj_dimensi_name(d));
      tb_i(&b, k->n);
      tb_d(&b, k->mean_opd);
      tb_d(&b, k->mean_lain);
      tb_d(&b, k->d);
      tb_d(&b, k->t);
      tb_d(&b, k->df);
      tb_d(&b, k->p);
      tb_d(&b, k->q);
      tb_s(&b, kj_enum_canon(&kj_enum_kk, k->label));
    }
  an_tables_add(out, b.t, 3);
}

static void tren(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"kode_opd", KJ_COL_TEXT}, {"ukuran", KJ_COL_TEXT}, {"dari", KJ_COL_TEXT},
      {"sampai", KJ_COL_TEXT},   {"k", KJ_COL_INT},       {"slope_per_tahun", KJ_COL_REAL},
      {"se", KJ_COL_REAL},       {"se_ols", KJ_COL_REAL}, {"ci_low", KJ_COL_REAL},
      {"ci_high", KJ_COL_REAL},  {"p", KJ_COL_REAL},      {"q", KJ_COL_REAL},
      {"label", KJ_COL_TEXT},    {"jenis_periode", KJ_COL_TEXT},
      {"tahun_dari", KJ_COL_INT}, {"tahun_sampai", KJ_COL_INT}};
  tb b = {kj_table_new("tren", TB_COLS(c), c), 0, 0};
  for (int o = 0; o <= r->n_opd; o++)
    for (int uk = 0; uk < KJ_UKURAN_N; uk++) {
      const kj_tren *t = &r->tren[o * KJ_UKURAN_N + uk];
      const char jenis[2] = {t->jenis, 0};
      tb_row(&b);
      tb_s(&b, tb_opd(r, o));
      tb_s(&b, kj_dimensi_name(uk));
      tb_s(&b, t->k ? t->dari : NULL);
      tb_s(&b, t->k ? t->sampai : NULL);
      tb_i(&b, t->k);
      tb_d(&b, t->slope_per_tahun);
      tb_d(&b, t->se);
      tb_d(&b, t->se_ols);
      tb_d(&b, t->ci_low);
      tb_d(&b, t->ci_high);
      tb_d(&b, t->p);
      tb_d(&b, t->q);
      tb_s(&b, kj_enum_canon(&kj_enum_tren, t->label));
      tb_s(&b, t->jenis ? jenis : NULL);
      tb_i(&b, r->dari);
      tb_i(&b, r->sampai);
    }
  an_tables_add(out, b.t, 2);
}

static void tahun_ke_tahun(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},     {"kode_opd", KJ_COL_TEXT}, {"ukuran", KJ_COL_TEXT},
      {"mean_sebelum", KJ_COL_REAL}, {"mean", KJ_COL_REAL}, {"selisih", KJ_COL_REAL},
      {"t", KJ_COL_REAL},        {"df", KJ_COL_REAL},       {"p", KJ_COL_REAL},
      {"q", KJ_COL_REAL},        {"label", KJ_COL_TEXT},    {"n_sebelum", KJ_COL_INT},
      {"n", KJ_COL_INT}};
  tb b = {kj_table_new("tahun_ke_tahun", TB_COLS(c), c), 0, 0};
  for (int o = 0; o <= r->n_opd; o++)
    for (int uk = 0; uk < KJ_UKURAN_N; uk++) {
      const kj_yoy *y = &r->yoy[o * KJ_UKURAN_N + uk];
      tb_row(&b);
      tb_i(&b, r->tahun);
      tb_s(&b, tb_opd(r, o));
      tb_s(&b, kj_dimensi_name(uk));
      tb_d(&b, y->mean_sebelum);
      tb_d(&b, y->mean);
      tb_d(&b, y->selisih);
      tb_d(&b, y->t);
      tb_d(&b, y->df);
      tb_d(&b, y->p);
      tb_d(&b, y->q);
      tb_s(&b, kj_enum_canon(&kj_enum_yoy, y->label));
      tb_i(&b, y->n_sebelum);
      tb_i(&b, y->n);
    }
  an_tables_add(out, b.t, 3);
}

/* "SANGAT_BAIK > 50%: FAIL; SANGAT_BAIK <= 70%: PASS" */
static void rules_text(const kj_analysis *r, int o, char *out, size_t cap) {
  const kj_kurva *k = &r->kurva[o];
  const kj_curve_rules *rs = &r->params.kurva[r->opd[o].org];
  size_t j = 0;
  out[0] = '\0';
  for (int i = 0; i < rs->n && j < cap; i++) {
    char rule[128];
    kj_curve_rule_format(&rs->rule[i], rule, sizeof rule);
    int w = snprintf(out + j, cap - j, "%s%s: %s", i ? "; " : "", rule,
                     k->cek.pass[i] ? "PASS" : "FAIL");
    if (w < 0) break;
    j += (size_t)w;
  }
}

static void kurva(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},          {"kode_opd", KJ_COL_TEXT},
      {"predikat_organisasi", KJ_COL_TEXT}, {"n", KJ_COL_INT},
      {"n_sangat_baik", KJ_COL_INT},  {"n_baik", KJ_COL_INT},
      {"n_butuh_perbaikan", KJ_COL_INT}, {"n_kurang", KJ_COL_INT},
      {"n_sangat_kurang", KJ_COL_INT}, {"status", KJ_COL_TEXT},
      {"perubahan_min", KJ_COL_INT},  {"chi2", KJ_COL_REAL},
      {"chi2_p", KJ_COL_REAL},        {"chi2_df", KJ_COL_REAL},
      {"ekspektasi_kecil", KJ_COL_INT}, {"aturan", KJ_COL_TEXT},
      {"target_sangat_baik", KJ_COL_INT}, {"target_baik", KJ_COL_INT},
      {"target_butuh_perbaikan", KJ_COL_INT}, {"target_kurang", KJ_COL_INT},
      {"target_sangat_kurang", KJ_COL_INT}, {"chi2_p_mc", KJ_COL_REAL},
      {"chi2_q", KJ_COL_REAL}};
  tb b = {kj_table_new("kurva", TB_COLS(c), c), 0, 0};
  for (int o = 0; o <= r->n_opd; o++) {
    const kj_kurva *k = &r->kurva[o];
    int org = o < r->n_opd ? r->opd[o].org : -1;
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, tb_opd(r, o));
    tb_s(&b, org >= 0 ? kj_enum_canon(&kj_enum_predikat_org, org) : NULL);
    tb_i(&b, k->n);
    for (int p = 0; p < KJ_PREDIKAT_N; p++) tb_i(&b, k->count[p]);
    tb_s(&b, o < r->n_opd ? kj_enum_canon(&kj_enum_kurva, k->status) : NULL);
    tb_n(&b, org >= 0 ? k->cek.min_changes : -1);
    tb_d(&b, k->chi2.stat);
    tb_d(&b, k->chi2.p);
    tb_d(&b, k->chi2.df);
    if (isfinite(k->chi2.p)) tb_i(&b, k->chi2.low_expected);
    else tb_na(&b);
    char rules[512];
    if (org >= 0) rules_text(r, o, rules, sizeof rules);
    tb_s(&b, org >= 0 ? rules : NULL);
    for (int p = 0; p < KJ_PREDIKAT_N; p++) tb_n(&b, org >= 0 ? k->cek.target[p] : -1);
    tb_d(&b, k->chi2_p_mc);
    tb_d(&b, k->chi2_q);
  }
  an_tables_add(out, b.t, 2);
}

static void skm_row(tb *b, const kj_skm *s) {
  tb_i(b, s->n_responden);
  for (int u = 0; u < KJ_SKM_UNSUR; u++) tb_d(b, s->nrr[u]);
  tb_d(b, s->ikm);
  tb_d(b, s->ci_low);
  tb_d(b, s->ci_high);
  tb_s(b, s->mutu < KJ_MUTU_N ? kj_enum_canon(&kj_enum_mutu, s->mutu) : NULL);
  static const char *const u[] = {"U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"};
  tb_s(b, s->unsur_terlemah >= 0 ? u[s->unsur_terlemah] : NULL);
}

/* Columns of an SKM aggregate after its keys (shared with tables_extra.c). */
#define SKM_COLS                                                                           \
  {"n_responden", KJ_COL_INT}, {"nrr_u1", KJ_COL_REAL}, {"nrr_u2", KJ_COL_REAL},           \
      {"nrr_u3", KJ_COL_REAL}, {"nrr_u4", KJ_COL_REAL}, {"nrr_u5", KJ_COL_REAL},           \
      {"nrr_u6", KJ_COL_REAL}, {"nrr_u7", KJ_COL_REAL}, {"nrr_u8", KJ_COL_REAL},           \
      {"nrr_u9", KJ_COL_REAL}, {"ikm", KJ_COL_REAL}, {"ci_low", KJ_COL_REAL},              \
      {"ci_high", KJ_COL_REAL}, {"mutu", KJ_COL_TEXT}, {"unsur_terlemah", KJ_COL_TEXT}

static void skm(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {{"tahun", KJ_COL_INT}, {"kode_unit", KJ_COL_TEXT}, SKM_COLS,
                                    {"kode_opd", KJ_COL_TEXT}, {"responden_kurang", KJ_COL_INT}};
  static const kj_column_def co[] = {{"tahun", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT}, SKM_COLS};
  static const kj_column_def cp[] = {{"tahun", KJ_COL_INT}, {"kode_unit", KJ_COL_TEXT},
                                     {"periode", KJ_COL_TEXT}, SKM_COLS,
                                     {"responden_kurang", KJ_COL_INT}};
  tb b = {kj_table_new("skm", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < r->n_skm_unit; i++) {
    const kj_skm *s = &r->skm_unit[i];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, r->unit[s->unit].kode);
    skm_row(&b, s);
    tb_s(&b, tb_opd(r, r->unit[s->unit].opd));
    tb_i(&b, s->sedikit);
  }
  an_tables_add(out, b.t, 2);
  tb bo = {kj_table_new("skm_opd", TB_COLS(co), co), 0, 0};
  for (int o = 0; o <= r->n_opd; o++) {
    if (r->skm_opd[o].n_responden == 0) continue;
    tb_row(&bo);
    tb_i(&bo, r->tahun);
    tb_s(&bo, tb_opd(r, o));
    skm_row(&bo, &r->skm_opd[o]);
  }
  an_tables_add(out, bo.t, 2);
  tb bp = {kj_table_new("skm_periode", TB_COLS(cp), cp), 0, 0};
  for (size_t i = 0; i < r->n_skm_periode; i++) {
    const kj_skm *s = &r->skm_periode[i];
    tb_row(&bp);
    tb_i(&bp, r->tahun);
    tb_s(&bp, r->unit[s->unit].kode);
    tb_s(&bp, s->periode);
    skm_row(&bp, s);
    tb_i(&bp, s->sedikit);
  }
  an_tables_add(out, bp.t, 3);
}

static void skm_ikp(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT}, {"kode_unit", KJ_COL_TEXT}, {"ikm", KJ_COL_REAL},
      {"ikp", KJ_COL_REAL},  {"z_ikm", KJ_COL_REAL},     {"z_ikp", KJ_COL_REAL},
      {"flag", KJ_COL_TEXT}, {"n_pegawai", KJ_COL_INT},  {"cook_d", KJ_COL_REAL},
      {"selisih_ikm", KJ_COL_REAL}, {"p_ikm", KJ_COL_REAL}, {"q_ikm", KJ_COL_REAL},
      {"selisih_ikp", KJ_COL_REAL}, {"p_ikp", KJ_COL_REAL}, {"q_ikp", KJ_COL_REAL}};
  tb b = {kj_table_new("skm_ikp", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < r->n_skm_ikp; i++) {
    const kj_skm_ikp *k = &r->skm_ikp[i];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, r->unit[k->unit].kode);
    tb_d(&b, k->ikm);
    tb_d(&b, k->ikp);
    tb_d(&b, k->z_ikm);
    tb_d(&b, k->z_ikp);
    tb_s(&b, k->flag ? kj_enum_canon(&kj_enum_skm_flag, (int)k->flag) : NULL);
    tb_i(&b, k->n_pegawai);
    tb_d(&b, k->cook_d);
    tb_d(&b, k->selisih_ikm);
    tb_d(&b, k->p_ikm);
    tb_d(&b, k->q_ikm);
    tb_d(&b, k->selisih_ikp);
    tb_d(&b, k->p_ikp);
    tb_d(&b, k->q_ikp);
  }
  an_tables_add(out, b.t, 2);
}

static void penilai(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},   {"nip_penilai", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT},
      {"n", KJ_COL_INT},       {"mean_ikp", KJ_COL_REAL},   {"mean_lain", KJ_COL_REAL},
      {"selisih", KJ_COL_REAL}, {"p", KJ_COL_REAL},         {"q", KJ_COL_REAL},
      {"label", KJ_COL_TEXT},  {"n_lain", KJ_COL_INT},      {"di_roster", KJ_COL_INT}};
  tb b = {kj_table_new("penilai", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < r->n_penilai; i++) {
    const kj_penilai *e = &r->penilai[i];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_i(&b, e->nip);
    tb_s(&b, tb_opd(r, e->opd));
    tb_i(&b, e->n);
    tb_d(&b, e->mean_ikp);
    tb_d(&b, e->mean_lain);
    tb_d(&b, e->selisih);
    tb_d(&b, e->p);
    tb_d(&b, e->q);
    tb_s(&b, kj_enum_canon(&kj_enum_penilai, e->label));
    tb_i(&b, e->n_lain);
    tb_i(&b, e->di_roster);
  }
  an_tables_add(out, b.t, 2);
}

void kj_analysis_tables(const kj_analysis *r, kj_tables *out) {
  out->n = 0;
  out->t = NULL;
  pegawai_tahun(r, out);
  opd_ukuran(r, out);
  opd_predikat(r, out);
  kekuatan_kelemahan(r, out);
  tren(r, out);
  tahun_ke_tahun(r, out);
  kurva(r, out);
  skm(r, out);
  skm_ikp(r, out);
  penilai(r, out);
  an_tables_extra(r, out);
  an_tables_klaim(r, out);
}

void kj_tables_free(kj_tables *t) {
  if (!t) return;
  for (int i = 0; i < t->n; i++) kj_table_free(t->t[i]);
  free(t->t);
  t->t = NULL;
  t->n = 0;
}
