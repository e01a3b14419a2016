/* kind_umpan_balik.c — leader feedback and recognition events (data.md
 * `umpan_balik`). Key (tanggal, nip_pemberi, nip_penerima, jenis). The
 * receiver must be on the roster; the giver may be outside it (the Wali
 * Kota, a leader of another agency), which is only a warning. */
#include "ingest/kinds.h"

enum { C_TANGGAL, C_PEMBERI, C_PENERIMA, C_JENIS, NCOL };

static const kj_kind_col cols[NCOL] = {
    {"tanggal", 1, "date"},
    {"nip_pemberi", 1, "pemberi"},
    {"nip_penerima", 1, "penerima"},
    {"jenis", 1, "jenis_umpan_balik|type"},
};

static kj_status begin(kj_loader *L, void **state, kj_error *err) {
  kj_upsert *u = xcalloc(1, sizeof *u);
  *state = u;
  return kj_upsert_prepare(L->store, "umpan_balik", 5, u, err);
}

static kj_status row(kj_loader *L, void *state, kj_error *err) {
  kj_date d;
  char iso[24] = "";
  int64_t pemberi = 0, penerima = 0;
  int jenis = 0;
  kj_field_date(L, C_TANGGAL, 1, &d, iso);
  kj_field_nip_ref(L, C_PEMBERI, 1, 1, &pemberi, NULL);
  kj_field_nip_ref(L, C_PENERIMA, 1, 0, &penerima, NULL);
  kj_field_enum(L, C_JENIS, 1, &kj_enum_jenis_ub, &jenis);
  if (L->row_bad) return KJ_OK;
  kj_fp key = kj_fp_init();
  kj_fp_add(&key, iso, strlen(iso));
  kj_fp_add_i64(&key, pemberi);
  kj_fp_add_i64(&key, penerima);
  kj_fp_add_i64(&key, jenis);
  uint32_t first = kj_loader_key(L, key);
  if (first) {
    kj_field_error(L, -1, "duplicate key (tanggal %s, nip_pemberi %s, nip_penerima %s, jenis %s) (first on line %u)", iso,
           kj_field(L, C_PEMBERI), kj_field(L, C_PENERIMA), kj_enum_canon(&kj_enum_jenis_ub, jenis), first);
    return KJ_OK;
  }
  kj_value v[5] = {kj_v_text(iso), kj_v_int(d.y), kj_v_int(pemberi), kj_v_int(penerima),
                   kj_v_text(kj_enum_canon(&kj_enum_jenis_ub, jenis))};
  return kj_upsert_run(L, state, v, err);
}

static void free_state(void *state) {
  if (!state) return;
  kj_upsert_free(state);
  free(state);
}

const kj_kind_def kj_kind_umpan_balik = {KJ_KIND_UMPAN_BALIK, "umpan_balik", cols, NCOL, NULL,
                                         begin, row, NULL, free_state};
