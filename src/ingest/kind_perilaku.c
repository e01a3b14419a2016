/* kind_perilaku.c — BerAKHLAK behaviour scores (data.md `perilaku`).
 * Key (nip, periode, nilai, sumber); skor 1.0-5.0; sumber defaults to ATASAN.
 *
 * The file is long (one row per value) but the store is wide (perilaku_skor,
 * one row per nip, periode, sumber; doc/store.md): consecutive rows of the
 * same (nip, periode) are gathered and written as one row per sumber. A
 * group that comes back later in the file is merged into its stored rows, so
 * any row order loads the same content; the counts stay per input value.
 * The duplicate check keeps, per group, the line of each value and source. */
#include "ingest/kinds.h"

enum { C_NIP, C_PERIODE, C_NILAI, C_SKOR, C_SUMBER, NCOL };

static const kj_kind_col cols[NCOL] = {
    {"nip", 1, "nip_pegawai"},
    {"periode", 1, "period"},
    {"nilai", 1, "nilai_berakhlak|core_value|aspek_perilaku"},
    {"skor", 1, "score|nilai_skor"},
    {"sumber", 0, "source|penilai_sumber"},
};

enum { NPARAM = 4 + KJ_NILAI_N };

typedef struct perilaku_state {
  kj_upsert u;
  /* the group being gathered */
  int open;
  int64_t nip;
  char per[16];
  int year;
  double skor[KJ_SUMBER_N][KJ_NILAI_N];
  unsigned mask[KJ_SUMBER_N];
  size_t cur;    /* its index in lines */
  /* per group seen in this file: the line of each value (0 = not yet) */
  uint32_t (*lines)[KJ_SUMBER_N][KJ_NILAI_N];
  size_t ngroups, groups_cap;
} perilaku_state;

static kj_status begin(kj_loader *L, void **state, kj_error *err) {
  perilaku_state *ps = xcalloc(1, sizeof *ps);
  *state = ps;
  return kj_upsert_prepare_wide(L->store, "perilaku", NPARAM, 3, KJ_NILAI_N, &ps->u, err);
}

static kj_status flush(kj_loader *L, perilaku_state *ps, kj_error *err) {
  if (!ps->open) return KJ_OK;
  /* in key order (sumber is stored as its word), which keeps inserts appending */
  static const int order[KJ_SUMBER_N] = {KJ_ATASAN, KJ_BAWAHAN, KJ_DIRI, KJ_REKAN};
  ps->open = 0;
  for (int k = 0; k < KJ_SUMBER_N; k++) {
    int sb = order[k];
    if (!ps->mask[sb]) continue;
    kj_value v[NPARAM] = {kj_v_int(ps->nip), kj_v_text(ps->per),
                          kj_v_text(kj_enum_canon(&kj_enum_sumber, sb)), kj_v_int(ps->year)};
    for (int i = 0; i < KJ_NILAI_N; i++)
      v[4 + i] = ps->mask[sb] & (1u << i) ? kj_v_real(ps->skor[sb][i]) : kj_v_null();
    kj_status s = kj_upsert_run(L, &ps->u, v, err);
    if (s != KJ_OK) return s;
  }
  return KJ_OK;
}

/* Opens the group of (nip, per): the current one, or a new or earlier one
 * of this file. Returns its index in ps->lines. */
static kj_status open_group(kj_loader *L, perilaku_state *ps, int64_t nip, const char *per,
                            int year, size_t *g, kj_error *err) {
  if (ps->open && ps->nip == nip && strcmp(ps->per, per) == 0) {
    *g = ps->cur;
    return KJ_OK;
  }
  kj_status s = flush(L, ps, err);
  if (s != KJ_OK) return s;
  kj_fp key = kj_fp_init();
  kj_fp_add_i64(&key, nip);
  kj_fp_add(&key, per, strlen(per));
  uint32_t known = kj_fpset_add(&L->keys, key, (uint32_t)ps->ngroups + 1);
  if (known) {
    ps->cur = known - 1;
  } else {
    if (ps->ngroups == ps->groups_cap) {
      ps->groups_cap = ps->groups_cap ? ps->groups_cap * 2 : 4096;
      ps->lines = xreallocarray(ps->lines, ps->groups_cap, sizeof *ps->lines);
    }
    ps->cur = ps->ngroups++;
    memset(ps->lines[ps->cur], 0, sizeof ps->lines[ps->cur]);
  }
  ps->open = 1;
  ps->nip = nip;
  snprintf(ps->per, sizeof ps->per, "%s", per);
  ps->year = year;
  memset(ps->mask, 0, sizeof ps->mask);
  *g = ps->cur;
  return KJ_OK;
}

static kj_status row(kj_loader *L, void *state, kj_error *err) {
  perilaku_state *ps = state;
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
  size_t g;
  kj_status s = open_group(L, ps, nip, per, p.year, &g, err);
  if (s != KJ_OK) return s;
  uint32_t first = ps->lines[g][sumber][nilai];
  if (first) {
    kj_field_error(L, -1, "duplicate key (nip %s, periode %s, nilai %s, sumber %s) (first on line %u)", kj_field(L, C_NIP), per,
           kj_enum_canon(&kj_enum_nilai, nilai), kj_enum_canon(&kj_enum_sumber, sumber), first);
    return KJ_OK;
  }
  ps->lines[g][sumber][nilai] = L->line > 0 && L->line <= (long)UINT32_MAX ? (uint32_t)L->line : 1;
  ps->skor[sumber][nilai] = skor;
  ps->mask[sumber] |= 1u << nilai;
  return KJ_OK;
}

static kj_status end(kj_loader *L, void *state, kj_error *err) { return flush(L, state, err); }

static void free_state(void *state) {
  perilaku_state *ps = state;
  if (!ps) return;
  kj_upsert_free(&ps->u);
  free(ps->lines);
  free(ps);
}

const kj_kind_def kj_kind_perilaku = {KJ_KIND_PERILAKU, "perilaku", cols, NCOL, NULL,
                                      begin, row, end, free_state};
