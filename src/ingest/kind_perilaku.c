/* kind_perilaku.c — BerAKHLAK behaviour scores (data.md `perilaku`).
 * Key (nip, periode, nilai, sumber); skor 1.0-5.0; sumber defaults to ATASAN. */
#include "ingest/kinds.h"

enum { C_NIP, C_PERIODE, C_NILAI, C_SKOR, C_SUMBER, NCOL };

static const kj_kind_col cols[NCOL] = {
    {"nip", 1, "nip_pegawai"},
    {"periode", 1, "period"},
    {"nilai", 1, "nilai_berakhlak|core_value|aspek_perilaku"},
    {"skor", 1, "score|nilai_skor"},
    {"sumber", 0, "source|penilai_sumber"},
};

static kj_status begin(kj_loader *L, void **state, kj_error *err) {
  kj_upsert *u = xcalloc(1, sizeof *u);
  *state = u;
  return kj_upsert_prepare(L->store, "perilaku", 6, u, err);
}

static kj_status row(kj_loader *L, void *state, kj_error *err) {
  int64_t nip = 0;
  kj_period p;
  char per[16] = "";
  int nilai = 0, sumber = KJ_ATASAN;
  double skor = 0;
  kj_field_nip_ref(L, C_NIP, 1, 0, &nip, NULL);
  kj_field_period(L, C_PERIODE, 1, &p, per);
  kj_field_enum(L, C_NILAI, 1, &kj_enum_nilai, &nilai);
  if (kj_field_number(L, C_SKOR, 1, &skor) == 1 && (skor < 1.0 || skor > 5.0))
    kj_field_error(L, C_SKOR, "a score is from 1.0 to 5.0, found %s", kj_field(L, C_SKOR));
  kj_field_enum(L, C_SUMBER, 0, &kj_enum_sumber, &sumber);
  if (L->row_bad) return KJ_OK;
  kj_fp key = kj_fp_init();
  kj_fp_add_i64(&key, nip);
  kj_fp_add(&key, per, strlen(per));
  kj_fp_add_i64(&key, nilai);
  kj_fp_add_i64(&key, sumber);
  uint32_t first = kj_loader_key(L, key);
  if (first) {
    kj_field_error(L, -1, "duplicate key (nip %s, periode %s, nilai %s, sumber %s) (first on line %u)", kj_field(L, C_NIP), per,
           kj_enum_canon(&kj_enum_nilai, nilai), kj_enum_canon(&kj_enum_sumber, sumber), first);
    return KJ_OK;
  }
  kj_value v[6] = {kj_v_int(nip),
                   kj_v_text(per),
                   kj_v_int(p.year),
                   kj_v_text(kj_enum_canon(&kj_enum_nilai, nilai)),
                   kj_v_text(kj_enum_canon(&kj_enum_sumber, sumber)),
                   kj_v_real(skor)};
  return kj_upsert_run(L, state, v, err);
}

static void free_state(void *state) {
  if (!state) return;
  kj_upsert_free(state);
  free(state);
}

const kj_kind_def kj_kind_perilaku = {KJ_KIND_PERILAKU, "perilaku", cols, NCOL, NULL,
                                      begin, row, NULL, free_state};
