/* kind_capaian.c — SKP indicator targets and realisation (data.md
 * `capaian`). Key (nip, periode, kode_rhk, indikator), kode_rhk '' when not
 * given. arah defaults to TURUN for WAKTU and BIAYA (less time or money is
 * better), NAIK otherwise; the default is resolved here so analysis never
 * has to know the rule. */
#include "ingest/kinds.h"

enum {
  C_NIP, C_PERIODE, C_INDIKATOR, C_TARGET, C_REALISASI, C_RHK, C_JENIS, C_ASPEK, C_ARAH,
  C_SATUAN, C_BOBOT, NCOL
};

static const kj_kind_col cols[NCOL] = {
    {"nip", 1, "nip_pegawai"},
    {"periode", 1, "period"},
    {"indikator", 1, "indikator_kinerja|indikator_kinerja_individu|iki"},
    {"target", 1, NULL},
    {"realisasi", 1, NULL},
    {"kode_rhk", 0, "rhk"},
    {"jenis_rhk", 0, NULL},
    {"aspek", 0, NULL},
    {"arah", 0, NULL},
    {"satuan", 0, NULL},
    {"bobot", 0, "weight"},
};

static kj_status begin(kj_loader *L, void **state, kj_error *err) {
  kj_upsert *u = xcalloc(1, sizeof *u);
  *state = u;
  return kj_upsert_prepare(L->store, "capaian", 12, u, err);
}

static kj_status row(kj_loader *L, void *state, kj_error *err) {
  int64_t nip = 0;
  kj_period p;
  char per[16] = "";
  double target = 0, real = 0, bobot = 1;
  int jenis = KJ_UTAMA, aspek = KJ_KUANTITAS, arah = -1;
  kj_field_nip_ref(L, C_NIP, 1, 0, &nip, NULL);
  kj_field_period(L, C_PERIODE, 1, &p, per);
  const char *ind = kj_field(L, C_INDIKATOR);
  if (!ind) kj_field_error(L, C_INDIKATOR, "a value is required");
  if (kj_field_number(L, C_TARGET, 1, &target) == 1 && !(target > 0))
    kj_field_error(L, C_TARGET, "target must be greater than 0, found %s", kj_field(L, C_TARGET));
  if (kj_field_number(L, C_REALISASI, 1, &real) == 1 && real < 0)
    kj_field_error(L, C_REALISASI, "realisasi must be 0 or more, found %s",
                   kj_field(L, C_REALISASI));
  const char *rhk = kj_field(L, C_RHK);
  kj_field_enum(L, C_JENIS, 0, &kj_enum_jenis_rhk, &jenis);
  kj_field_enum(L, C_ASPEK, 0, &kj_enum_aspek, &aspek);
  if (kj_field_enum(L, C_ARAH, 0, &kj_enum_arah, &arah) == 0)
    arah = aspek == KJ_WAKTU || aspek == KJ_BIAYA ? KJ_TURUN : KJ_NAIK;
  if (kj_field_number(L, C_BOBOT, 0, &bobot) == 1 && !(bobot > 0))
    kj_field_error(L, C_BOBOT, "bobot must be greater than 0, found %s", kj_field(L, C_BOBOT));
  if (L->row_bad) return KJ_OK;
  if (!rhk) rhk = "";
  kj_fp key = kj_fp_init();
  kj_fp_add_i64(&key, nip);
  kj_fp_add(&key, per, strlen(per));
  kj_fp_add(&key, rhk, strlen(rhk));
  kj_fp_add(&key, ind, strlen(ind));
  uint32_t first = kj_loader_key(L, key);
  if (first) {
    kj_field_error(L, -1, "duplicate key (nip %s, periode %s, kode_rhk '%s', indikator '%.200s') (first on line %u)", kj_field(L, C_NIP), per, rhk, ind, first);
    return KJ_OK;
  }
  kj_value v[12] = {kj_v_int(nip),
                    kj_v_text(per),
                    kj_v_int(p.year),
                    kj_v_text(rhk),
                    kj_v_text(ind),
                    kj_v_real(target),
                    kj_v_real(real),
                    kj_v_text(kj_enum_canon(&kj_enum_jenis_rhk, jenis)),
                    kj_v_text(kj_enum_canon(&kj_enum_aspek, aspek)),
                    kj_v_text(kj_enum_canon(&kj_enum_arah, arah)),
                    kj_v_text(kj_field(L, C_SATUAN)),
                    kj_v_real(bobot)};
  return kj_upsert_run(L, state, v, err);
}

static void free_state(void *state) {
  if (!state) return;
  kj_upsert_free(state);
  free(state);
}

const kj_kind_def kj_kind_capaian = {KJ_KIND_CAPAIAN, "capaian", cols, NCOL, NULL,
                                     begin, row, NULL, free_state};
