/* tables_klaim.c — the export tables that state a ranking or a fairness
 * finding with its uncertainty (analytics.md §12): peringkat (§2 rank
 * intervals and shrunken means), kesetaraan and kesetaraan_opd (§13),
 * apresiasi_kurang (§10a, a screening list).
 * Like every table, they copy figures from kj_analysis and never compute.
 */
#include "analysis/tables_int.h"

static void peringkat(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},     {"kode_opd", KJ_COL_TEXT},   {"n", KJ_COL_INT},
      {"mean", KJ_COL_REAL},     {"se", KJ_COL_REAL},         {"peringkat", KJ_COL_INT},
      {"peringkat_bawah", KJ_COL_INT}, {"peringkat_atas", KJ_COL_INT},
      {"mean_susut", KJ_COL_REAL}, {"n_diperingkat", KJ_COL_INT}};
  tb b = {kj_table_new("peringkat", TB_COLS(c), c), 0, 0};
  for (int o = 0; o < r->n_opd; o++) {
    const kj_rank *k = &r->rank[o];
    const kj_desc *d = &r->stat[o].ukuran[KJ_UK_IKP];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, tb_opd(r, o));
    tb_i(&b, (int64_t)r->stat[o].n_pegawai);
    tb_d(&b, k->peringkat ? d->mean : KJ_NA);
    tb_d(&b, k->peringkat ? d->se : KJ_NA);
    tb_n(&b, k->peringkat ? k->peringkat : -1);
    tb_n(&b, k->peringkat ? k->bawah : -1);
    tb_n(&b, k->peringkat ? k->atas : -1);
    tb_d(&b, k->mean_susut);
    tb_i(&b, r->n_peringkat);
  }
  an_tables_add(out, b.t, 2);
}

static void kesetaraan(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},           {"atribut", KJ_COL_TEXT},
      {"kelompok", KJ_COL_TEXT},       {"pembanding", KJ_COL_TEXT},
      {"n", KJ_COL_INT},               {"n_pembanding", KJ_COL_INT},
      {"selisih_mentah", KJ_COL_REAL}, {"selisih_sangat_baik", KJ_COL_REAL},
      {"selisih_disesuaikan", KJ_COL_REAL}, {"se", KJ_COL_REAL},
      {"p", KJ_COL_REAL},              {"q", KJ_COL_REAL},
      {"label", KJ_COL_TEXT},          {"df", KJ_COL_REAL}};
  tb b = {kj_table_new("kesetaraan", TB_COLS(c), c), 0, 0};
  for (int i = 0; i < r->n_setara; i++) {
    const kj_setara *s = &r->setara[i];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, s->atribut);
    tb_s(&b, s->kelompok);
    tb_s(&b, s->pembanding);
    tb_i(&b, s->n);
    tb_i(&b, s->n_pembanding);
    tb_d(&b, s->selisih_mentah);
    tb_d(&b, s->selisih_sangat_baik);
    tb_d(&b, s->selisih_disesuaikan);
    tb_d(&b, s->se);
    tb_d(&b, s->p);
    tb_d(&b, s->q);
    tb_s(&b, kj_enum_canon(&kj_enum_setara, (int)s->label));
    tb_d(&b, s->df);
  }
  an_tables_add(out, b.t, 3);
}

static void kesetaraan_opd(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {{"tahun", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT},
                                    {"n_p", KJ_COL_INT},   {"n_l", KJ_COL_INT},
                                    {"selisih_mentah", KJ_COL_REAL}};
  tb b = {kj_table_new("kesetaraan_opd", TB_COLS(c), c), 0, 0};
  for (int o = 0; o < r->n_opd; o++) {
    const kj_setara_opd *s = &r->setara_opd[o];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_s(&b, tb_opd(r, o));
    tb_i(&b, s->n_p);
    tb_i(&b, s->n_l);
    tb_d(&b, s->selisih_mentah);
  }
  an_tables_add(out, b.t, 2);
}

static void apresiasi_kurang(const kj_analysis *r, kj_tables *out) {
  static const kj_column_def c[] = {
      {"tahun", KJ_COL_INT},         {"nip", KJ_COL_INT},          {"kode_opd", KJ_COL_TEXT},
      {"kode_unit", KJ_COL_TEXT},    {"nip_pimpinan", KJ_COL_INT}, {"nip_penilai", KJ_COL_INT},
      {"periode_terakhir", KJ_COL_TEXT}, {"n_sangat_baik", KJ_COL_INT}};
  tb b = {kj_table_new("apresiasi_kurang", TB_COLS(c), c), 0, 0};
  for (size_t i = 0; i < r->n_apresiasi_kurang; i++) {
    const kj_apresiasi_kurang *a = &r->apresiasi_kurang[i];
    const kj_pegawai_tahun *p = &r->pegawai[a->pegawai];
    tb_row(&b);
    tb_i(&b, r->tahun);
    tb_i(&b, p->nip);
    tb_s(&b, tb_opd(r, p->opd));
    tb_s(&b, p->unit >= 0 ? r->unit[p->unit].kode : NULL);
    if (a->nip_pimpinan) tb_i(&b, a->nip_pimpinan);
    else tb_na(&b);
    if (a->nip_penilai) tb_i(&b, a->nip_penilai);
    else tb_na(&b);
    tb_s(&b, a->periode_terakhir);
    tb_i(&b, p->n_sangat_baik);
  }
  an_tables_add(out, b.t, 2);
}

void an_tables_klaim(const kj_analysis *r, kj_tables *out) {
  apresiasi_kurang(r, out);
  peringkat(r, out);
  kesetaraan(r, out);
  kesetaraan_opd(r, out);
}
