/* kind_kinerja_organisasi.c — predikat kinerja organisasi per OPD and year
 * (data.md `kinerja_organisasi`); it selects the required distribution of
 * employee predikat (analytics.md §5). Key (kode_unit, tahun); the unit must
 * be an OPD (top level), since the curve applies to the whole OPD. */
#include "ingest/kinds.h"

enum { C_UNIT, C_TAHUN, C_PREDIKAT, C_CAPAIAN, NCOL };

static const kj_kind_col cols[NCOL] = {
    {"kode_unit", 1, "kode_opd|unit"},
    {"tahun", 1, "year"},
    {"predikat", 1, "predikat_organisasi|predikat_kinerja_organisasi"},
    {"capaian", 0, "capaian_kinerja|capaian_organisasi"},
};

static kj_status begin(kj_loader *L, void **state, kj_error *err) {
  kj_upsert *u = xcalloc(1, sizeof *u);
  *state = u;
  return kj_upsert_prepare(L->store, "kinerja_organisasi", 4, u, err);
}

static kj_status row(kj_loader *L, void *state, kj_error *err) {
  int unit = -1, pred = 0;
  long tahun = 0;
  double capaian = 0;
  if (kj_field_unit_ref(L, C_UNIT, 1, &unit) == 1 && L->units[unit].parent >= 0)
    kj_field_error(L, C_UNIT, "'%s' is a sub-unit of '%s'; the organisation predikat belongs to an "
                              "OPD (a top-level unit)", L->units[unit].code,
                   L->units[kj_loader_opd_of(L, unit)].code);
  kj_field_int(L, C_TAHUN, 1, 1900, 2199, &tahun);
  kj_field_enum(L, C_PREDIKAT, 1, &kj_enum_predikat_org, &pred);
  int has_cap = kj_field_number(L, C_CAPAIAN, 0, &capaian);
  if (has_cap == 1 && capaian < 0)
    kj_field_error(L, C_CAPAIAN, "capaian is a percentage >= 0, found %s", kj_field(L, C_CAPAIAN));
  if (L->row_bad) return KJ_OK;
  kj_fp key = kj_fp_init();
  kj_fp_add(&key, L->units[unit].code, strlen(L->units[unit].code));
  kj_fp_add_i64(&key, tahun);
  uint32_t first = kj_loader_key(L, key);
  if (first) {
    kj_field_error(L, -1, "duplicate key (kode_unit %s, tahun %ld) (first on line %u)", L->units[unit].code, tahun, first);
    return KJ_OK;
  }
  kj_value v[4] = {kj_v_text(L->units[unit].code), kj_v_int(tahun),
                   kj_v_text(kj_enum_canon(&kj_enum_predikat_org, pred)),
                   has_cap == 1 ? kj_v_real(capaian) : kj_v_null()};
  return kj_upsert_run(L, state, v, err);
}

static void free_state(void *state) {
  if (!state) return;
  kj_upsert_free(state);
  free(state);
}

const kj_kind_def kj_kind_kinerja_organisasi = {
    KJ_KIND_KINERJA_ORGANISASI, "kinerja_organisasi", cols, NCOL, NULL, begin, row, NULL,
    free_state};
