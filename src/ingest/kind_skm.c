/* kind_skm.c — public satisfaction survey responses, one row per respondent
 * (data.md `skm`, PermenPAN-RB 14/2017).
 *
 * The nine unsur come as u1..u9 or by name (questionnaires often swap the
 * last two, so names win over positions). An empty answer is missing, not
 * zero. With id_responden the key is (kode_unit, periode, id_responden);
 * without it rows are appended — the importer skips a file whose bytes were
 * imported before (import log SHA-256), so re-running never doubles them.
 */
#include "ingest/kinds.h"

enum {
  C_UNIT, C_PERIODE, C_TANGGAL, C_U1, C_U2, C_U3, C_U4, C_U5, C_U6, C_U7, C_U8, C_U9, C_ID,
  C_LAYANAN, C_JK, C_USIA, C_PENDIDIKAN, C_PEKERJAAN, NCOL
};

static const kj_kind_col cols[NCOL] = {
    {"kode_unit", 1, "unit_layanan|kode_unit_layanan"},
    {"periode", 0, "period"},
    {"tanggal", 0, "tanggal_survei|date"},
    {"u1", 1, "persyaratan"},
    {"u2", 1, "prosedur|sistem_mekanisme_dan_prosedur|sistem_mekanisme_prosedur"},
    {"u3", 1, "waktu|waktu_pelayanan|waktu_penyelesaian"},
    {"u4", 1, "biaya|tarif|biaya_tarif"},
    {"u5", 1, "produk|produk_layanan|produk_spesifikasi_jenis_pelayanan"},
    {"u6", 1, "kompetensi|kompetensi_pelaksana"},
    {"u7", 1, "perilaku|perilaku_pelaksana"},
    {"u8", 1, "pengaduan|penanganan_pengaduan|penanganan_pengaduan_saran_dan_masukan"},
    {"u9", 1, "sarana|sarana_prasarana|sarana_dan_prasarana"},
    {"id_responden", 0, "responden|no_responden|id"},
    {"jenis_layanan", 0, "layanan"},
    {"jenis_kelamin", 0, "jk"},
    {"usia", 0, "umur"},
    {"pendidikan", 0, NULL},
    {"pekerjaan", 0, NULL},
};

static const char *check_header(const int *colmap) {
  if (colmap[C_PERIODE] < 0 && colmap[C_TANGGAL] < 0)
    return "it needs a periode or a tanggal column";
  return NULL;
}

static kj_status begin(kj_loader *L, void **state, kj_error *err) {
  kj_upsert *u = xcalloc(1, sizeof *u);
  *state = u;
  return kj_upsert_prepare(L->store, "skm", 19, u, err);
}

static kj_status row(kj_loader *L, void *state, kj_error *err) {
  int unit = -1, jk = -1;
  kj_period p = {0};
  kj_date d;
  char per[16] = "", iso[24] = "";
  long ans[9], usia = 0;
  int given = 0;
  kj_field_unit_ref(L, C_UNIT, 1, &unit);
  int has_per = kj_field_period(L, C_PERIODE, 0, &p, per);
  int has_date = kj_field_date(L, C_TANGGAL, 0, &d, iso);
  if (has_per == 0 && has_date == 1) { /* data.md: its quarter, or [skm_form] periode */
    p = kj_skm_period_of(d.y, d.m, L->opts->skm_periode);
    kj_period_format(p, per);
  } else if (has_per == 0 && has_date == 0) {
    kj_field_error(L, L->colmap[C_PERIODE] >= 0 ? C_PERIODE : C_TANGGAL,
                   "a periode or a tanggal is required");
  }
  for (int i = 0; i < 9; i++) {
    int r = kj_field_int(L, C_U1 + i, 0, 1, 4, &ans[i]);
    if (r == 1) given++;
    else ans[i] = 0;
  }
  if (given == 0 && !L->row_bad)
    kj_field_error(L, -1, "the respondent answered none of u1..u9");
  const char *id = kj_field(L, C_ID);
  kj_field_enum(L, C_JK, 0, &kj_enum_kelamin, &jk);
  int has_usia = kj_field_int(L, C_USIA, 0, 10, 120, &usia);
  if (L->row_bad) return KJ_OK;
  if (id) {
    kj_fp key = kj_fp_init();
    kj_fp_add(&key, L->units[unit].code, strlen(L->units[unit].code));
    kj_fp_add(&key, per, strlen(per));
    kj_fp_add(&key, id, strlen(id));
    uint32_t first = kj_loader_key(L, key);
    if (first) {
      kj_field_error(L, -1, "duplicate key (kode_unit %s, periode %s, id_responden %.60s) (first on line %u)", L->units[unit].code, per, id, first);
      return KJ_OK;
    }
  }
  kj_value v[19];
  v[0] = kj_v_text(L->units[unit].code);
  v[1] = kj_v_text(per);
  v[2] = kj_v_int(p.year);
  v[3] = has_date == 1 ? kj_v_text(iso) : kj_v_null();
  v[4] = kj_v_text(id);
  for (int i = 0; i < 9; i++) v[5 + i] = ans[i] ? kj_v_int(ans[i]) : kj_v_null();
  v[14] = kj_v_text(kj_field(L, C_LAYANAN));
  v[15] = jk >= 0 ? kj_v_text(kj_enum_canon(&kj_enum_kelamin, jk)) : kj_v_null();
  v[16] = has_usia == 1 ? kj_v_int(usia) : kj_v_null();
  v[17] = kj_v_text(kj_field(L, C_PENDIDIKAN));
  v[18] = kj_v_text(kj_field(L, C_PEKERJAAN));
  return kj_upsert_run(L, state, v, err);
}

static void free_state(void *state) {
  if (!state) return;
  kj_upsert_free(state);
  free(state);
}

const kj_kind_def kj_kind_skm = {KJ_KIND_SKM, "skm", cols, NCOL, check_header,
                                 begin, row, NULL, free_state};
