/* kind_pegawai.c — the ASN roster (data.md `pegawai`). Key nip.
 *
 * The NIP is checked against the structure of its jenis_pegawai (PNS or NI
 * PPPK). Every valid row is registered at once, so later files of the same
 * import can refer to the employee. Supervisors (nip_atasan) are checked
 * after the whole file, because a file may list subordinates before their
 * supervisor; one outside the roster is a warning, not an error.
 *
 * mulai, selesai and status (the service dates that define the roster of a
 * period) change only when the file has the column: the e-Kinerja import and
 * older rosters without them never erase dates loaded from another file.
 * A status other than AKTIF needs selesai; selesai with AKTIF is accepted
 * only when it lies after the newest dated record already in the database
 * (a known future retirement), checked at the end of the file.
 */
#include "domain/golongan.h"
#include "ingest/kinds.h"

enum {
  C_NIP, C_NAMA, C_UNIT, C_JENIS_PEG, C_GOL, C_JABATAN, C_JENIS_JAB, C_ATASAN, C_JK,
  C_MULAI, C_SELESAI, C_STATUS, NCOL
};

static const kj_kind_col cols[NCOL] = {
    {"nip", 1, "nip_baru|nip_pegawai|ni_pppk"},
    {"nama", 1, "nama_pegawai|nama_lengkap"},
    {"kode_unit", 1, NULL},
    {"jenis_pegawai", 0, "status_pegawai"},
    {"golongan", 0, "golru|pangkat_golongan|gol"},
    {"jabatan", 0, "nama_jabatan"},
    {"jenis_jabatan", 0, NULL},
    {"nip_atasan", 0, "atasan|nip_atasan_langsung"},
    {"jenis_kelamin", 0, "jk|gender"},
    {"mulai", 0, "tmt_mulai|tanggal_mulai"},
    {"selesai", 0, "tanggal_selesai|tmt_selesai"},
    {"status", 0, "status_kepegawaian"},
};

#define NPARAM 13

typedef struct pending {
  long line;
  int64_t atasan;
  char text[32];
} pending;

typedef struct aktif_end {      /* AKTIF with selesai: checked against the newest data */
  long line;
  char selesai[11];
} aktif_end;

typedef struct state {
  kj_upsert up;
  pending *atasan;
  size_t n, cap;
  aktif_end *aktif;
  size_t n_aktif, cap_aktif;
  char newest[16];               /* newest dated record before this file, "" none */
} state;

static kj_status begin(kj_loader *L, void **out, kj_error *err) {
  state *s = xcalloc(1, sizeof *s);
  *out = s;
  /* read here, while no upsert of this file is queued on the writer thread */
  kj_stmt *q = NULL;
  kj_status rc = kj_store_prepare_query(L->store, "analysis/data_terbaru", &q, err);
  if (rc != KJ_OK) return rc;
  kj_step k = kj_stmt_step(q, err);
  if (k == KJ_STEP_ROW && !kj_stmt_is_null(q, 0))
    snprintf(s->newest, sizeof s->newest, "%.10s", kj_stmt_text(q, 0));
  kj_stmt_free(q);
  if (k == KJ_STEP_ERROR) return err->status;
  return kj_upsert_prepare(L->store, "pegawai", NPARAM, &s->up, err);
}

static kj_status row(kj_loader *L, void *vs, kj_error *err) {
  state *s = vs;
  int jp = KJ_PNS, unit = -1, jj = -1, jk = -1;
  int64_t nip = 0, atasan = 0;
  char gol[8] = "";
  kj_field_enum(L, C_JENIS_PEG, 0, &kj_enum_jenis_pegawai, &jp);
  kj_field_nip(L, C_NIP, 1, jp == KJ_PPPK ? KJ_NIP_PPPK : KJ_NIP_PNS, &nip);
  const char *nama = kj_field(L, C_NAMA);
  if (!nama) kj_field_error(L, C_NAMA, "a value is required");
  kj_field_unit_ref(L, C_UNIT, 1, &unit);
  const char *g = kj_field(L, C_GOL);
  char why[300];
  if (g && kj_golongan_parse(g, (kj_jenis_pegawai)jp, gol, why, (int)sizeof why) != 0)
    kj_field_error(L, C_GOL, "%s", why);
  kj_field_enum(L, C_JENIS_JAB, 0, &kj_enum_jenis_jabatan, &jj);
  int has_atasan = kj_field_nip(L, C_ATASAN, 0, KJ_NIP_ANY, &atasan);
  int has_jk = kj_field_enum(L, C_JK, 0, &kj_enum_kelamin, &jk);
  kj_date dm, ds;
  char mulai[24] = "", selesai[24] = "";
  int st = KJ_AKTIF;
  int has_m = kj_field_date(L, C_MULAI, 0, &dm, mulai);
  int has_s = kj_field_date(L, C_SELESAI, 0, &ds, selesai);
  int has_st = kj_field_enum(L, C_STATUS, 0, &kj_enum_status_pegawai, &st);
  if (has_m == 1 && dm.has_time) kj_field_error(L, C_MULAI, "expected a date without a time");
  if (has_s == 1 && ds.has_time) kj_field_error(L, C_SELESAI, "expected a date without a time");
  if (has_m == 1 && has_s == 1 && strcmp(selesai, mulai) < 0)
    kj_field_error(L, C_SELESAI, "selesai %s lies before mulai %s", selesai, mulai);
  if (has_st >= 0 && st != KJ_AKTIF && has_s == 0)
    kj_field_error(L, C_SELESAI, "status %s requires selesai (the last day of service)",
                   kj_enum_canon(&kj_enum_status_pegawai, st));
  if (L->row_bad) return KJ_OK;
  int nip_jk = kj_nip_gender(nip) == 1 ? KJ_L : KJ_P;
  if (has_jk == 1 && jk != nip_jk)
    kj_field_warn(L, C_JK, "jenis_kelamin %s disagrees with NIP digit 15 (%d)",
                  kj_enum_canon(&kj_enum_kelamin, jk), kj_nip_gender(nip));
  if (has_jk != 1) jk = nip_jk;
  kj_fp key = kj_fp_init();
  kj_fp_add_i64(&key, nip);
  uint32_t first = kj_loader_key(L, key);
  if (first) {
    kj_field_error(L, -1, "duplicate key (nip %s) (first on line %u)", kj_field(L, C_NIP), first);
    return KJ_OK;
  }
  if (has_atasan == 1) {
    if (atasan == nip) {
      kj_field_warn(L, C_ATASAN, "the employee is recorded as their own supervisor");
    } else {
      if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1024;
        s->atasan = xreallocarray(s->atasan, s->cap, sizeof *s->atasan);
      }
      pending *p = &s->atasan[s->n++];
      p->line = L->line;
      p->atasan = atasan;
      snprintf(p->text, sizeof p->text, "%s", kj_field(L, C_ATASAN));
    }
  }
  if (st == KJ_AKTIF && has_s == 1) {
    if (s->n_aktif == s->cap_aktif) {
      s->cap_aktif = s->cap_aktif ? s->cap_aktif * 2 : 64;
      s->aktif = xreallocarray(s->aktif, s->cap_aktif, sizeof *s->aktif);
    }
    s->aktif[s->n_aktif].line = L->line;
    snprintf(s->aktif[s->n_aktif++].selesai, sizeof s->aktif->selesai, "%.10s", selesai);
  }
  kj_i64map_put(&L->nip_unit, nip, unit);
  kj_value v[NPARAM] = {kj_v_int(nip),
                   kj_v_text(nama),
                   kj_v_text(L->units[unit].code),
                   kj_v_text(kj_enum_canon(&kj_enum_jenis_pegawai, jp)),
                   kj_v_text(gol[0] ? gol : NULL),
                   kj_v_text(kj_field(L, C_JABATAN)),
                   jj >= 0 ? kj_v_text(kj_enum_canon(&kj_enum_jenis_jabatan, jj)) : kj_v_null(),
                   has_atasan == 1 ? kj_v_int(atasan) : kj_v_null(),
                   kj_v_text(kj_enum_canon(&kj_enum_kelamin, jk)),
                   kj_v_text(mulai[0] ? mulai : NULL),
                   kj_v_text(selesai[0] ? selesai : NULL),
                   kj_v_text(kj_enum_canon(&kj_enum_status_pegawai, st)),
                   /* which of the three columns the file has (bits 1, 2, 4) */
                   kj_v_int((L->colmap[C_MULAI] >= 0) | (L->colmap[C_SELESAI] >= 0) << 1 |
                            (L->colmap[C_STATUS] >= 0) << 2)};
  return kj_upsert_run(L, &s->up, v, err);
}

static kj_status end(kj_loader *L, void *vs, kj_error *err) {
  (void)err;
  state *s = vs;
  if (s->n_aktif) {
    for (size_t i = 0; i < s->n_aktif && s->newest[0]; i++) {
      if (strcmp(s->aktif[i].selesai, s->newest) > 0) continue;
      L->line = s->aktif[i].line;
      kj_field_error(L, C_SELESAI,
                     "selesai %s with status AKTIF lies before the newest data (%s): give the "
                     "status (PENSIUN, PINDAH, BERHENTI or WAFAT) or correct the date",
                     s->aktif[i].selesai, s->newest);
    }
  }
  for (size_t i = 0; i < s->n; i++) {
    if (kj_i64map_get(&L->nip_unit, s->atasan[i].atasan, NULL)) continue;
    L->line = s->atasan[i].line;
    kj_loader_warn_outside(L, C_ATASAN, s->atasan[i].atasan, s->atasan[i].text);
  }
  return KJ_OK;
}

static void free_state(void *vs) {
  state *s = vs;
  if (!s) return;
  kj_upsert_free(&s->up);
  free(s->atasan);
  free(s->aktif);
  free(s);
}

const kj_kind_def kj_kind_pegawai = {KJ_KIND_PEGAWAI, "pegawai", cols, NCOL, NULL,
                                     begin, row, end, free_state};
