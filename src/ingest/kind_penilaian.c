/* kind_penilaian.c — periodic and annual appraisal results (data.md
 * `penilaian`, PermenPAN-RB 6/2022). Key (nip, periode).
 *
 * The predikat stored is always the matrix result of the two ratings
 * (analytics.md §1.1). A supplied predikat that disagrees is kept in
 * predikat_input for the data-quality sheet, and the file summary says how
 * many rows disagreed; the row itself loads. kode_unit defaults to the
 * employee's unit at import time, which freezes history against later
 * roster changes. An unknown evaluator is a warning (they may work
 * elsewhere).
 */
#include "domain/rules.h"
#include "ingest/kinds.h"

enum { C_NIP, C_PERIODE, C_HASIL, C_PERILAKU, C_PREDIKAT, C_UNIT, C_PENILAI, C_TANGGAL, NCOL };

static const kj_kind_col cols[NCOL] = {
    {"nip", 1, "nip_pegawai"},
    {"periode", 1, "period"},
    {"rating_hasil_kerja", 1, "hasil_kerja"},
    {"rating_perilaku", 1, "perilaku_kerja|rating_perilaku_kerja"},
    {"predikat", 0, "hasil_akhir|predikat_kinerja"},
    {"kode_unit", 0, NULL},
    {"nip_penilai", 0, "penilai|pejabat_penilai|nip_pejabat_penilai"},
    {"tanggal_dinilai", 0, "waktu_dinilai|tanggal_penilaian"},
};

typedef struct state {
  kj_upsert up;
  long disagree; /* supplied predikat != matrix */
} state;

static kj_status begin(kj_loader *L, void **out, kj_error *err) {
  state *s = xcalloc(1, sizeof *s);
  *out = s;
  return kj_upsert_prepare(L->store, "penilaian", 10, &s->up, err);
}

static kj_status row(kj_loader *L, void *vs, kj_error *err) {
  state *s = vs;
  int64_t nip = 0, penilai = 0;
  kj_period p;
  char per[16] = "", iso[24] = "";
  int hasil = 0, perilaku = 0, pred_in = -1, unit = -1, emp_unit = -1;
  kj_date d;
  kj_field_nip_ref(L, C_NIP, 1, 0, &nip, &emp_unit);
  kj_field_period(L, C_PERIODE, 1, &p, per);
  kj_field_enum(L, C_HASIL, 1, &kj_enum_rating, &hasil);
  kj_field_enum(L, C_PERILAKU, 1, &kj_enum_rating, &perilaku);
  kj_field_enum(L, C_PREDIKAT, 0, &kj_enum_predikat, &pred_in);
  if (kj_field_unit_ref(L, C_UNIT, 0, &unit) == 0) unit = emp_unit;
  int has_penilai = kj_field_nip_ref(L, C_PENILAI, 0, 1, &penilai, NULL);
  int has_date = kj_field_date(L, C_TANGGAL, 0, &d, iso);
  if (L->row_bad) return KJ_OK;
  if (unit < 0) {
    kj_field_error(L, C_UNIT, "no unit for NIP %s", kj_field(L, C_NIP));
    return KJ_OK;
  }
  kj_fp key = kj_fp_init();
  kj_fp_add_i64(&key, nip);
  kj_fp_add(&key, per, strlen(per));
  uint32_t first = kj_loader_key(L, key);
  if (first) {
    kj_field_error(L, -1, "duplicate key (nip %s, periode %s) (first on line %u)", kj_field(L, C_NIP), per, first);
    return KJ_OK;
  }
  kj_predikat pred = kj_predikat_matrix((kj_rating)hasil, (kj_rating)perilaku);
  if (pred_in >= 0 && pred_in != (int)pred) s->disagree++;
  kj_value v[10] = {kj_v_int(nip),
                    kj_v_text(per),
                    kj_v_int(p.year),
                    kj_v_text(kj_enum_canon(&kj_enum_rating, hasil)),
                    kj_v_text(kj_enum_canon(&kj_enum_rating, perilaku)),
                    kj_v_text(kj_enum_canon(&kj_enum_predikat, (int)pred)),
                    pred_in >= 0 ? kj_v_text(kj_enum_canon(&kj_enum_predikat, pred_in)) : kj_v_null(),
                    kj_v_text(L->units[unit].code),
                    has_penilai == 1 ? kj_v_int(penilai) : kj_v_null(),
                    has_date == 1 ? kj_v_text(iso) : kj_v_null()};
  return kj_upsert_run(L, &s->up, v, err);
}

static kj_status end(kj_loader *L, void *vs, kj_error *err) {
  (void)err;
  state *s = vs;
  if (s->disagree)
    kj_diag_warn(L->diag, L->file, 0, NULL,
                 "%ld row%s %s a predikat that differs from the PermenPAN-RB 6/2022 matrix of "
                 "their two ratings; the matrix result is used (see the data-quality findings)",
                 s->disagree, s->disagree == 1 ? "" : "s", s->disagree == 1 ? "has" : "have");
  return KJ_OK;
}

static void free_state(void *vs) {
  state *s = vs;
  if (!s) return;
  kj_upsert_free(&s->up);
  free(s);
}

const kj_kind_def kj_kind_penilaian = {KJ_KIND_PENILAIAN, "penilaian", cols, NCOL, NULL,
                                       begin, row, end, free_state};
