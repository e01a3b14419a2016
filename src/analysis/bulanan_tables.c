/* bulanan_tables.c — the export tables of the monthly monitoring
 * (analytics.md §14, `kinerja export --periode YYYY-MM`): bulanan_belum_dinilai,
 * bulanan_penilai, bulanan_kendali, bulanan_peringatan and bulanan_apresiasi
 * with the columns of the spec (plus a few after them), and two tables this
 * tool adds: bulanan_pimpinan (leaders' teams and feedback) and
 * bulanan_kelengkapan (completeness of P, P-1 and P-12 per OPD). Every table
 * starts with `periode`; rows are sorted by key; NIPs are 18-digit integers,
 * an empty cell where there is none.
 */
#include "analysis/bulanan.h"
#include "analysis/tables_int.h"
#include "domain/enums.h"

static void nip_or_na(tb *b, int64_t nip) {
  if (nip) tb_i(b, nip);
  else tb_na(b);
}

static void belum(const kj_bulanan *bl, kj_tables *out) {
  static const kj_column_def c[] = {
      {"periode", KJ_COL_TEXT},     {"nip", KJ_COL_INT},       {"kode_opd", KJ_COL_TEXT},
      {"nip_penilai", KJ_COL_INT},  {"hari_terlambat", KJ_COL_INT}, {"kode_unit", KJ_COL_TEXT}};
  tb b = {kj_table_new("bulanan_belum_dinilai", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < bl->n_belum; i++) {
    const kj_bl_belum *y = &bl->belum[i];
    tb_row(&b);
    tb_s(&b, bl->periode);
    tb_i(&b, y->nip);
    tb_s(&b, tb_opd(bl->r, y->opd));
    nip_or_na(&b, y->nip_penilai);
    tb_i(&b, y->hari_terlambat);
    tb_s(&b, y->kode_unit);
  }
  an_tables_add(out, b.t, 2);
}

static void penilai(const kj_bulanan *bl, kj_tables *out) {
  static const kj_column_def c[] = {
      {"periode", KJ_COL_TEXT},         {"nip_penilai", KJ_COL_INT},
      {"kode_opd", KJ_COL_TEXT},        {"jatuh_tempo", KJ_COL_INT},
      {"diberikan", KJ_COL_INT},        {"tepat_waktu", KJ_COL_INT},
      {"bulan_terlambat", KJ_COL_INT},  {"terdaftar", KJ_COL_INT},
      {"terlambat_berulang", KJ_COL_INT}, {"p_berulang_kebetulan", KJ_COL_REAL}};
  tb b = {kj_table_new("bulanan_penilai", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < bl->n_penilai; i++) {
    const kj_bl_penilai *y = &bl->penilai[i];
    tb_row(&b);
    tb_s(&b, bl->periode);
    tb_i(&b, y->nip);
    tb_s(&b, tb_opd(bl->r, y->opd));
    tb_i(&b, y->jatuh_tempo);
    tb_i(&b, y->diberikan);
    tb_i(&b, y->tepat_waktu);
    tb_i(&b, y->bulan_terlambat);
    tb_i(&b, y->terdaftar);
    tb_i(&b, y->berulang);
    tb_d(&b, y->p_kebetulan);
  }
  an_tables_add(out, b.t, 2);
}

static void kendali(const kj_bulanan *bl, kj_tables *out) {
  static const kj_column_def c[] = {
      {"periode", KJ_COL_TEXT}, {"kode_opd", KJ_COL_TEXT}, {"bulan", KJ_COL_TEXT},
      {"n", KJ_COL_INT},        {"mean", KJ_COL_REAL},     {"centre", KJ_COL_REAL},
      {"lcl", KJ_COL_REAL},     {"ucl", KJ_COL_REAL},      {"sinyal", KJ_COL_TEXT},
      {"riwayat", KJ_COL_TEXT}};
  tb b = {kj_table_new("bulanan_kendali", TB_COLS(c), c), 0, 0};
  for (int o = 0; o <= KJ_KOTA(bl->r); o++) {
    const kj_bl_opd *q = &bl->opd[o];
    for (int i = 0; i < KJ_BL_BULAN; i++) {
      tb_row(&b);
      tb_s(&b, bl->periode);
      tb_s(&b, tb_opd(bl->r, o));
      tb_s(&b, q->bulan[i]);
      tb_i(&b, q->n[i]);
      tb_d(&b, q->mean[i]);
      tb_d(&b, q->centre);
      tb_d(&b, q->lcl[i]);
      tb_d(&b, q->ucl[i]);
      tb_s(&b, q->sinyal[i]);
      tb_s(&b, q->cukup ? "CUKUP" : "BELUM_CUKUP");
    }
  }
  an_tables_add(out, b.t, 3);
}

static void peringatan(const kj_bulanan *bl, kj_tables *out) {
  static const kj_column_def c[] = {
      {"periode", KJ_COL_TEXT},   {"nip", KJ_COL_INT},           {"kode_opd", KJ_COL_TEXT},
      {"alasan", KJ_COL_TEXT},    {"kode_unit", KJ_COL_TEXT},    {"predikat", KJ_COL_TEXT},
      {"predikat_sebelum", KJ_COL_TEXT}, {"median_sebelum", KJ_COL_REAL}};
  tb b = {kj_table_new("bulanan_peringatan", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < bl->n_peringatan; i++) {
    const kj_bl_peringatan *w = &bl->peringatan[i];
    tb_row(&b);
    tb_s(&b, bl->periode);
    tb_i(&b, w->nip);
    tb_s(&b, tb_opd(bl->r, w->opd));
    tb_s(&b, w->alasan);
    tb_s(&b, w->kode_unit);
    tb_s(&b, kj_enum_canon(&kj_enum_predikat, w->predikat));
    if (w->predikat_sebelum >= 0) tb_s(&b, kj_enum_canon(&kj_enum_predikat, w->predikat_sebelum));
    else tb_na(&b);
    tb_d(&b, w->median_sebelum);
  }
  an_tables_add(out, b.t, 2);
}

static void apresiasi(const kj_bulanan *bl, kj_tables *out) {
  static const kj_column_def c[] = {
      {"periode", KJ_COL_TEXT},      {"nip", KJ_COL_INT},
      {"kode_opd", KJ_COL_TEXT},     {"nip_pimpinan", KJ_COL_INT},
      {"nip_penilai", KJ_COL_INT},   {"periode_terakhir", KJ_COL_TEXT},
      {"kode_unit", KJ_COL_TEXT},    {"n_sangat_baik", KJ_COL_INT}};
  tb b = {kj_table_new("bulanan_apresiasi", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < bl->n_apresiasi; i++) {
    const kj_bl_apresiasi *a = &bl->apresiasi[i];
    tb_row(&b);
    tb_s(&b, bl->periode);
    tb_i(&b, a->nip);
    tb_s(&b, tb_opd(bl->r, a->opd));
    nip_or_na(&b, a->nip_pimpinan);
    nip_or_na(&b, a->nip_penilai);
    tb_s(&b, a->periode_terakhir);
    tb_s(&b, a->kode_unit);
    tb_i(&b, a->n_sangat_baik);
  }
  an_tables_add(out, b.t, 2);
}

static void pimpinan(const kj_bulanan *bl, kj_tables *out) {
  static const kj_column_def c[] = {
      {"periode", KJ_COL_TEXT},       {"nip_pimpinan", KJ_COL_INT},
      {"kode_opd", KJ_COL_TEXT},      {"tim", KJ_COL_INT},
      {"tanpa_apresiasi", KJ_COL_INT}, {"umpan_balik_3_bulan", KJ_COL_INT},
      {"per_anggota", KJ_COL_REAL}};
  tb b = {kj_table_new("bulanan_pimpinan", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < bl->n_pimpinan; i++) {
    const kj_bl_pimpinan *p = &bl->pimpinan[i];
    tb_row(&b);
    tb_s(&b, bl->periode);
    tb_i(&b, p->nip);
    tb_s(&b, tb_opd(bl->r, p->opd));
    tb_i(&b, p->tim);
    tb_i(&b, p->tanpa_apresiasi);
    tb_i(&b, p->umpan_balik);
    tb_d(&b, p->per_anggota);
  }
  an_tables_add(out, b.t, 2);
}

static void kelengkapan(const kj_bulanan *bl, kj_tables *out) {
  static const kj_column_def c[] = {
      {"periode", KJ_COL_TEXT},    {"kode_opd", KJ_COL_TEXT},   {"bulan", KJ_COL_TEXT},
      {"roster", KJ_COL_INT},      {"dinilai", KJ_COL_INT},     {"kelengkapan", KJ_COL_REAL},
      {"bertanggal", KJ_COL_INT},  {"tepat", KJ_COL_INT},       {"tepat_waktu", KJ_COL_REAL}};
  static const int col_of[3] = {KJ_BL_BULAN - 1, KJ_BL_BULAN - 2, 0};
  tb b = {kj_table_new("bulanan_kelengkapan", TB_COLS(c), c), 0, 0};
  for (int o = 0; o <= KJ_KOTA(bl->r); o++) {
    const kj_bl_opd *q = &bl->opd[o];
    for (int k = 0; k < 3; k++) {
      if (!q->roster[k]) continue;
      tb_row(&b);
      tb_s(&b, bl->periode);
      tb_s(&b, tb_opd(bl->r, o));
      tb_s(&b, q->bulan[col_of[k]]);
      tb_i(&b, q->roster[k]);
      tb_i(&b, q->dinilai[k]);
      tb_d(&b, q->kelengkapan[k]);
      tb_i(&b, q->bertanggal[k]);
      tb_i(&b, q->tepat[k]);
      tb_d(&b, q->tepat_waktu[k]);
    }
  }
  an_tables_add(out, b.t, 3);
}

void kj_bulanan_tables(const kj_bulanan *bl, kj_tables *out) {
  out->n = 0;
  out->t = NULL;
  belum(bl, out);
  penilai(bl, out);
  kendali(bl, out);
  peringatan(bl, out);
  apresiasi(bl, out);
  pimpinan(bl, out);
  kelengkapan(bl, out);
}
