/* tables_extra.c — the rest of the export tables (analytics.md §12): the
 * recognition and coaching lists, data quality, leader feedback, and the
 * tables this tool adds (tren_periode, kualitas_tahun, capaian_indikator,
 * konsistensi, asosiasi).
 */
#include "analysis/tables_int.h"
#include "util/buf.h"

#include <string.h>

static void teladan(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},      {"nip", KJ_COL_INT},        {"kode_opd", KJ_COL_TEXT},
      {"nama", KJ_COL_TEXT},      {"alasan", KJ_COL_TEXT},    {"peringkat", KJ_COL_INT},
      {"ikp", KJ_COL_REAL},       {"capaian", KJ_COL_REAL},   {"n_periode", KJ_COL_INT},
      {"share_sangat_baik", KJ_COL_REAL}, {"batas_capaian", KJ_COL_REAL},
      {"acuan_capaian", KJ_COL_TEXT}};
  tb b = {kj_table_new("teladan", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < r->n_teladan; i++) {
    const kj_daftar *d = &r->teladan[i];
    const kj_pegawai_tahun *p = &r->pegawai[d->pegawai];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_i(&b, p->nip);
    tb_s(&b, tb_opd(r, p->opd));
    tb_s(&b, p->nama);
    tb_s(&b, d->acuan_kota ? "SANGAT_BAIK_75_PERSEN;CAPAIAN_10_PERSEN_TERATAS_KOTA"
                           : "SANGAT_BAIK_75_PERSEN;CAPAIAN_10_PERSEN_TERATAS_OPD");
    tb_i(&b, d->peringkat);
    tb_d(&b, p->ukuran[KJ_UK_IKP]);
    tb_d(&b, p->ukuran[KJ_UK_CAPAIAN]);
    tb_i(&b, p->n_periode);
    tb_d(&b, d->share_sangat_baik);
    tb_d(&b, d->batas_capaian);
    tb_s(&b, d->acuan_kota ? "KOTA" : "OPD");
  }
  an_tables_add(out, b.t, 2);
}

static void pembinaan(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},        {"nip", KJ_COL_INT},          {"kode_opd", KJ_COL_TEXT},
      {"nama", KJ_COL_TEXT},        {"alasan", KJ_COL_TEXT},      {"berturut", KJ_COL_INT},
      {"predikat_tahunan", KJ_COL_TEXT}, {"slope_per_tahun", KJ_COL_REAL},
      {"slope_p", KJ_COL_REAL},     {"n_periode", KJ_COL_INT},    {"ikp", KJ_COL_REAL}};
  tb b = {kj_table_new("pembinaan", TB_COLS(c), c), 0, 0};
  kj_buf why = {0};
  for (size_t i = 0; i < r->n_pembinaan; i++) {
    const kj_daftar *d = &r->pembinaan[i];
    const kj_pegawai_tahun *p = &r->pegawai[d->pegawai];
    kj_buf_reset(&why);
    if (d->alasan & KJ_BINA_BERTURUT) kj_buf_puts(&why, "PREDIKAT_RENDAH_BERTURUT");
    if (d->alasan & KJ_BINA_TAHUNAN) kj_buf_puts(&why, why.len ? ";PREDIKAT_TAHUNAN_RENDAH"
                                                              : "PREDIKAT_TAHUNAN_RENDAH");
    if (d->alasan & KJ_BINA_TREN) kj_buf_puts(&why, why.len ? ";TREN_IKP_MENURUN" : "TREN_IKP_MENURUN");
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_i(&b, p->nip);
    tb_s(&b, tb_opd(r, p->opd));
    tb_s(&b, p->nama);
    tb_s(&b, kj_buf_cstr(&why));
    tb_i(&b, d->berturut);
    tb_s(&b, p->predikat_tahunan >= 0 ? kj_enum_canon(&kj_enum_predikat, p->predikat_tahunan) : NULL);
    tb_d(&b, d->slope_per_tahun);
    tb_d(&b, d->slope_p);
    tb_i(&b, p->n_periode);
    tb_d(&b, p->ukuran[KJ_UK_IKP]);
  }
  kj_buf_free(&why);
  an_tables_add(out, b.t, 2);
}

static void kualitas_row(tb *b, const kj_kualitas *q) {
  tb_i(b, q->roster);
  tb_i(b, q->dinilai);
  tb_d(b, q->kelengkapan);
  tb_d(b, q->tepat_waktu);
  tb_d(b, q->median_lag);
  tb_i(b, q->kosong);
  tb_i(b, q->bertanggal);
  tb_i(b, q->tepat);
}

#define KUALITAS_COLS                                                                      \
  {"roster", KJ_COL_INT}, {"dinilai", KJ_COL_INT}, {"kelengkapan", KJ_COL_REAL},           \
      {"tepat_waktu", KJ_COL_REAL}, {"median_lag_hari", KJ_COL_REAL}, {"kosong", KJ_COL_INT}, \
      {"bertanggal", KJ_COL_INT}, {"tepat", KJ_COL_INT}

static void kualitas_data(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT}, {"periode", KJ_COL_TEXT}, KUALITAS_COLS};
  static const kj_column_def cy[] = {{"tahun", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT}, KUALITAS_COLS};
  tb b = {kj_table_new("kualitas_data", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < r->n_kualitas; i++) {
    const kj_kualitas *q = &r->kualitas[i];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, tb_opd(r, q->opd));
    tb_s(&b, q->periode);
    kualitas_row(&b, q);
  }
  an_tables_add(out, b.t, 3);
  tb by = {kj_table_new("kualitas_tahun", TB_COLS(cy), cy), 0, 0};
  for (int o = 0; o <= r->n_opd; o++) {
    if (!r->kualitas_tahun[o].roster) continue;
    tb_row(&by);
    tb_i(&by, r->tahun);
    tb_s(&by, tb_opd(r, o));
    kualitas_row(&by, &r->kualitas_tahun[o]);
  }
  an_tables_add(out, by.t, 2);
}

static void umpan_balik(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},       {"kode_opd", KJ_COL_TEXT},
      {"n_pegawai", KJ_COL_INT},   {"kejadian_per_pegawai", KJ_COL_REAL},
      {"share_apresiasi", KJ_COL_REAL}, {"n_pegawai_apresiasi", KJ_COL_INT},
      {"apresiasi", KJ_COL_INT},   {"perbaikan", KJ_COL_INT}, {"dialog", KJ_COL_INT}};
  tb b = {kj_table_new("umpan_balik", TB_COLS(c), c), 0, 0};
  for (int o = 0; o <= r->n_opd; o++) {
    const kj_umpan *u = &r->umpan[o];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, tb_opd(r, o));
    tb_i(&b, u->n_pegawai);
    tb_d(&b, u->kejadian_per_pegawai);
    tb_d(&b, u->share_apresiasi);
    tb_i(&b, u->n_apresiasi);
    for (int j = 0; j < KJ_JENIS_UB_N; j++) tb_i(&b, u->kejadian[j]);
  }
  an_tables_add(out, b.t, 2);
}

static void tren_periode(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"kode_opd", KJ_COL_TEXT}, {"ukuran", KJ_COL_TEXT},  {"periode", KJ_COL_TEXT},
      {"n", KJ_COL_INT},         {"mean", KJ_COL_REAL},    {"ci_low", KJ_COL_REAL},
      {"ci_high", KJ_COL_REAL}};
  tb b = {kj_table_new("tren_periode", TB_COLS(c), c), 0, 0};
  for (int o = 0; o <= r->n_opd; o++)
    for (int uk = 0; uk < KJ_UKURAN_N; uk++)
      for (int j = 0; j < r->n_periode; j++) {
        const kj_tren_titik *t =
            &r->titik[((size_t)o * KJ_UKURAN_N + (size_t)uk) * (size_t)r->n_periode + (size_t)j];
        if (t->n == 0) continue;
        tb_row(&b);
        tb_s(&b, tb_opd(r, o));
        tb_s(&b, kj_dimensi_name(uk));
        tb_s(&b, r->periode[j]);
        tb_i(&b, t->n);
        tb_d(&b, t->mean);
        tb_d(&b, t->ci_low);
        tb_d(&b, t->ci_high);
      }
  an_tables_add(out, b.t, 3);
}

static void capaian_indikator(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},     {"kode_opd", KJ_COL_TEXT},   {"indikator", KJ_COL_TEXT},
      {"n_pegawai", KJ_COL_INT}, {"n_catatan", KJ_COL_INT},   {"mean", KJ_COL_REAL},
      {"median", KJ_COL_REAL},   {"share_di_bawah_100", KJ_COL_REAL}};
  tb b = {kj_table_new("capaian_indikator", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < r->n_indikator; i++) {
    const kj_capaian_indikator *x = &r->indikator[i];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, tb_opd(r, x->opd));
    tb_s(&b, x->indikator);
    tb_i(&b, x->n_pegawai);
    tb_i(&b, x->n_catatan);
    tb_d(&b, x->mean);
    tb_d(&b, x->median);
    tb_d(&b, x->share_di_bawah_100);
  }
  an_tables_add(out, b.t, 3);
}

static void konsistensi(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT}, {"jenis", KJ_COL_TEXT},  {"kode_opd", KJ_COL_TEXT},
      {"nip", KJ_COL_INT},   {"kode", KJ_COL_TEXT},   {"rincian", KJ_COL_TEXT}};
  tb b = {kj_table_new("konsistensi", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < r->n_temuan; i++) {
    const kj_temuan *t = &r->temuan[i];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, kj_enum_canon(&kj_enum_temuan, t->jenis));
    tb_s(&b, t->opd >= 0 ? tb_opd(r, t->opd) : NULL);
    if (t->nip) tb_i(&b, t->nip);
    else tb_na(&b);
    tb_s(&b, t->kode[0] ? t->kode : NULL);
    tb_s(&b, t->rincian[0] ? t->rincian : NULL);
  }
  an_tables_add(out, b.t, 5);
}

static void asosiasi(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},  {"ukuran", KJ_COL_TEXT},   {"nama", KJ_COL_TEXT},
      {"metode", KJ_COL_TEXT},
      {"n", KJ_COL_INT},      {"n_lain", KJ_COL_INT},    {"r", KJ_COL_REAL},
      {"ci_low", KJ_COL_REAL}, {"ci_high", KJ_COL_REAL}, {"selisih", KJ_COL_REAL},
      {"p", KJ_COL_REAL},     {"rho", KJ_COL_REAL},      {"rho_p", KJ_COL_REAL},
      {"intercept", KJ_COL_REAL}, {"slope", KJ_COL_REAL}, {"r_ci_low", KJ_COL_REAL},
      {"r_ci_high", KJ_COL_REAL}, {"r_tanpa_min", KJ_COL_REAL}, {"r_tanpa_max", KJ_COL_REAL},
      {"unit_berpengaruh", KJ_COL_TEXT}, {"status", KJ_COL_TEXT}};
  tb b = {kj_table_new("asosiasi", TB_COLS(c), c), 0, 0};
  for (int i = 0; i < r->n_asosiasi; i++) {
    const kj_asosiasi *a = &r->asosiasi[i];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, a->nama); /* ukuran (analytics.md §12); nama kept for earlier readers */
    tb_s(&b, a->nama);
    tb_s(&b, a->metode);
    tb_i(&b, a->n);
    tb_i(&b, a->n_lain);
    tb_d(&b, a->r);
    tb_d(&b, a->ci_low);
    tb_d(&b, a->ci_high);
    tb_d(&b, a->selisih);
    tb_d(&b, a->p);
    tb_d(&b, a->rho);
    tb_d(&b, a->rho_p);
    int line = strcmp(a->nama, "skm_ikm_ikp") == 0; /* the scatter's fitted line */
    tb_d(&b, line ? r->skm_garis.fit.intercept : KJ_NA);
    tb_d(&b, line ? r->skm_garis.fit.slope : KJ_NA);
    tb_d(&b, a->ci_low);
    tb_d(&b, a->ci_high);
    tb_d(&b, a->r_tanpa_min);
    tb_d(&b, a->r_tanpa_max);
    tb_s(&b, a->unit_berpengaruh >= 0 ? r->unit[a->unit_berpengaruh].kode : NULL);
    tb_s(&b, line ? kj_enum_canon(&kj_enum_asosiasi, (int)a->status) : NULL);
  }
  an_tables_add(out, b.t, 2);
}

void an_tables_extra(const kj_analysis *r, kj_tables *out) {
  teladan(r, out);
  pembinaan(r, out);
  kualitas_data(r, out);
  umpan_balik(r, out);
  tren_periode(r, out);
  capaian_indikator(r, out);
  konsistensi(r, out);
  asosiasi(r, out);
}
