/* ekinerja.c — `kinerja import --format ekinerja`: e-Kinerja BKN exports
 * into the store (data.md "e-Kinerja BKN exports"; the pieces are listed in
 * ekinerja_int.h).
 *
 * Pass 2 runs in three steps over all files of the invocation together,
 * because a mutasi can put an employee's two SKPs for one period in two
 * files: (1) every row is validated into a compact record
 * (ekinerja_scan.c); (2) for each NIP and period the SKP whose result is
 * the period's is chosen by the skp_ganda policy, and each employee's latest
 * row overall becomes their roster record (ekinerja_resolve.c); (3) the
 * writes: new units, then the roster, then each file's SKP spans (skp,
 * skp_plt) and appraisals.
 *
 * Step 3 does not re-implement the native rules: it hands each record to
 * the native pegawai and penilaian kinds (kind_pegawai.c, kind_penilaian.c)
 * as a synthesized record with their own column names, so NIP structure,
 * golongan, enumerations, the predikat matrix and the upserts are exactly
 * those of a CSV import. L->line then holds the record's index + 1, which
 * lets ekj_locate point every message at the original cell. Rows whose
 * hasil_akhir is '-' go to penilaian_kosong instead.
 */
#include "ingest/csv.h"
#include "ingest/ekinerja_int.h"
#include "domain/rules.h"
#include "ingest/pipe.h"

#include <math.h>

/* Exports larger than this drop and rebuild the secondary indexes (an xlsx
 * is compressed: 2 MB hold some 40,000 rows). */
#define EKJ_REINDEX_BYTES (2LL << 20)

kj_status kj_ekinerja_check(kj_loader *L, const char *path, kj_error *err) {
  ekj_file f;
  memset(&f, 0, sizeof f);
  f.path = path;
  ekj_src *src = NULL;
  kj_status s = ekj_src_open(L, &f, &src, err);
  ekj_src_close(src);
  free(f.sheet);
  kj_buf_free(&f.meta);
  return s;
}

static kj_status drain(kj_loader *L, kj_status s, kj_error *err) {
  if (!L->pipe) return s;
  kj_status ds = kj_pipe_drain(L->pipe, s == KJ_OK ? err : NULL);
  return s == KJ_OK ? ds : s;
}

/* Exports spell enumerations their own way ("DIATAS EKSPEKTASI",
 * "Kurang/misconduct"): each distinct text is parsed once here and replaced
 * by its canonical name, which the native kinds then match on their fast
 * path instead of normalising every row again. Texts that are not valid
 * stay as written, so the kinds report them as they appear in the file. */
static void canonicalise(ekj_state *S) {
  static const struct {
    int text;
    const kj_enum *e;
  } fields[] = {{R_HASIL_KERJA, &kj_enum_rating},
                {R_PERILAKU, &kj_enum_rating},
                {R_HASIL_AKHIR, &kj_enum_predikat},
                {R_JENIS_PEG, &kj_enum_jenis_pegawai},
                {R_JENIS_JAB, &kj_enum_jenis_jabatan}};
  kj_i64map done = {0}; /* (field, pool offset) -> canonical offset */
  for (size_t k = 0; k < S->nrecs; k++) {
    for (size_t j = 0; j < sizeof fields / sizeof *fields; j++) {
      uint32_t *off = &S->recs[k].text[fields[j].text];
      int64_t key = (int64_t)j << 32 | *off;
      int32_t canon;
      if (!*off) continue;
      if (!kj_i64map_get(&done, key, &canon)) {
        int v = kj_enum_parse(fields[j].e, ekj_str(S, *off));
        canon = v >= 0 ? (int32_t)ekj_intern(S, kj_enum_canon(fields[j].e, v)) : (int32_t)*off;
        kj_i64map_put(&done, key, canon);
      }
      *off = (uint32_t)canon;
    }
  }
  kj_i64map_free(&done);
}

/* Points the loader at a native kind fed with synthesized records whose
 * field i has header hdr[i] and comes from export column src[i]. */
static void set_kind(ekj_state *S, const kj_kind_def *d, const char *const *hdr, const int *src,
                     int n) {
  kj_loader *L = S->L;
  L->kind = d->kind;
  kj_kind_map_header(d, (char *const *)hdr, n, L->colmap, NULL);
  for (int c = 0; c < d->ncols; c++)
    L->colname[c] = L->colmap[c] >= 0 ? ekj_def.cols[src[L->colmap[c]]].name : d->cols[c].name;
  S->field_src = src;
  kj_fpset_clear(&L->keys);
  L->file_errors = 0;
}

/* The fields are copied into S->synth, so L->fields stays valid for the
 * kind's end(), after the caller's array is gone. */
static void set_record(ekj_state *S, size_t k, char *const *fields, int n) {
  kj_loader *L = S->L;
  memcpy(S->synth, fields, (size_t)n * sizeof *fields);
  L->fields = S->synth;
  L->nfields = n;
  L->line = (long)k + 1;
  L->row_bad = 0;
  L->file = S->files[S->recs[k].file].path;
}

/* nip -> end of the latest period the database holds for them (yyyymm). */
static kj_status load_latest(kj_store *st, kj_i64map *out, kj_error *err) {
  kj_stmt *q = NULL;
  kj_status s = kj_store_prepare_query(st, "ingest/ekinerja_latest_period", &q, err);
  if (s != KJ_OK) return s;
  kj_step r;
  while ((r = kj_stmt_step(q, err)) == KJ_STEP_ROW)
    kj_i64map_put(out, kj_stmt_int64(q, 0), (int32_t)kj_stmt_int64(q, 1));
  kj_stmt_free(q);
  return r == KJ_STEP_ERROR ? err->status : KJ_OK;
}

/* Step 3b: each employee from their latest row, through the pegawai kind.
 * An employee the database already holds appraisals for after that row's
 * period keeps their record (counted unchanged). */
static kj_status write_roster(ekj_state *S, kj_import_result *res, kj_error *err) {
  static const char *const hdr[] = {"nip",      "nama",    "kode_unit",     "jenis_pegawai",
                                    "golongan", "jabatan", "jenis_jabatan", "nip_atasan"};
  static const int src[] = {EK_NIP,   EK_NAMA,    EK_UNOR,      EK_JENIS_PEG,
                            EK_GOLRU, EK_JABATAN, EK_JENIS_JAB, EK_ATASAN};
  kj_loader *L = S->L;
  const kj_kind_def *d = &kj_kind_pegawai;
  void *state = NULL;
  kj_import_file_result counts = {0}, *saved = L->res;
  L->res = &counts;
  kj_i64map latest = {0};
  long kept = 0;
  set_kind(S, d, hdr, src, 8);
  kj_status s = drain(L, KJ_OK, err);
  if (s == KJ_OK) s = load_latest(L->store, &latest, err);
  if (s == KJ_OK) s = d->begin(L, &state, err);
  for (size_t k = 0; s == KJ_OK && k < S->nrecs; k++) {
    ekj_rec *r = &S->recs[k];
    if (!r->employee) continue;
    kj_period p = ekj_period_unpack(r->per);
    int32_t db_akhir;
    if (kj_i64map_get(&latest, r->nip, &db_akhir) &&
        db_akhir > p.year * 100 + kj_period_last_month(p)) {
      kept++; /* not counts.unchanged: the writer thread updates counts */
      continue;
    }
    kj_nip_format(r->nip, S->scratch[0]);
    char *f[8] = {S->scratch[0],
                  ekj_str(S, r->text[R_NAMA]),
                  L->units[r->unit].code,
                  ekj_str(S, r->text[R_JENIS_PEG]),
                  ekj_str(S, r->text[R_GOLRU]),
                  ekj_str(S, r->text[R_JABATAN]),
                  ekj_str(S, r->text[R_JENIS_JAB]),
                  ekj_str(S, r->text[R_ATASAN])};
    set_record(S, k, f, 8);
    s = d->row(L, state, err);
    if (L->row_bad) kj_i64map_put(&S->bad_nip, r->nip, 1);
  }
  if (s == KJ_OK && d->end) s = d->end(L, state, err);
  s = drain(L, s, err);
  if (state) d->free(state);
  kj_i64map_free(&latest);
  L->res = saved;
  res->pegawai_inserted = counts.inserted;
  res->pegawai_replaced = counts.replaced;
  res->pegawai_unchanged = counts.unchanged + kept;
  return s;
}

typedef struct kosong_stmts {
  kj_upsert add;                /* ekinerja_kosong_insert + penilaian_kosong_update */
  kj_upsert clear;              /* ekinerja_kosong_clear (insert slot; no update) */
  int need_clear;               /* the database records missing appraisals */
  kj_upsert skp, plt;           /* the SKP spans, the acting posts */
  kj_upsert skp_span, plt_span; /* the same from a Laporan SKP: results kept */
  kj_upsert ikp, ikp_clear;     /* penilaian_ikp (skp_ganda = bulan) */
  int need_ikp_clear;           /* the database holds weighted IKPs */
  kj_import_file_result counts; /* scratch: these writes are not the file's results */
} kosong_stmts;

static kj_status kosong_prepare(kj_store *st, kosong_stmts *k, kj_error *err) {
  kj_stmt *q = NULL;
  kj_status s = kj_store_prepare_query(st, "ingest/ekinerja_kosong_any", &q, err);
  if (s != KJ_OK) return s;
  kj_step r = kj_stmt_step(q, err);
  k->need_clear = r == KJ_STEP_ROW && kj_stmt_int64(q, 0) != 0;
  kj_stmt_free(q);
  if (r == KJ_STEP_ERROR) return err->status;
  k->add.nparams = 4;
  s = kj_store_prepare_query(st, "ingest/ekinerja_kosong_insert", &k->add.insert, err);
  if (s == KJ_OK)
    s = kj_store_prepare_query(st, "ingest/penilaian_kosong_update", &k->add.update, err);
  k->clear.nparams = 2;
  if (s == KJ_OK && k->need_clear)
    s = kj_store_prepare_query(st, "ingest/ekinerja_kosong_clear", &k->clear.insert, err);
  if (s == KJ_OK) s = kj_upsert_prepare(st, "skp", 10, &k->skp, err);
  if (s == KJ_OK) s = kj_upsert_prepare(st, "skp_plt", 8, &k->plt, err);
  if (s == KJ_OK) s = kj_upsert_prepare(st, "skp_span", 10, &k->skp_span, err);
  if (s == KJ_OK) s = kj_upsert_prepare(st, "skp_plt_span", 8, &k->plt_span, err);
  if (s == KJ_OK) s = kj_upsert_prepare(st, "penilaian_ikp", 5, &k->ikp, err);
  if (s != KJ_OK) return s;
  s = kj_store_prepare_query(st, "ingest/ekinerja_ikp_any", &q, err);
  if (s != KJ_OK) return s;
  r = kj_stmt_step(q, err);
  k->need_ikp_clear = r == KJ_STEP_ROW && kj_stmt_int64(q, 0) != 0;
  kj_stmt_free(q);
  if (r == KJ_STEP_ERROR) return err->status;
  k->ikp_clear.nparams = 2;
  if (k->need_ikp_clear)
    s = kj_store_prepare_query(st, "ingest/penilaian_ikp_clear", &k->ikp_clear.insert, err);
  return s;
}

/* The SKP span of a row: table skp, or skp_plt for an acting post. */
static kj_status write_span(ekj_state *S, kosong_stmts *ks, const ekj_rec *r, kj_error *err) {
  kj_loader *L = S->L;
  kj_import_file_result *saved = L->res;
  kj_period p = ekj_period_unpack(r->per);
  char per[16], sper[16], awal[16], akhir[16];
  kj_period_format(p, per);
  kj_period_format(ekj_period_unpack(r->span_per), sper);
  ekj_day_text(r->awal, awal);
  ekj_day_text(r->akhir, akhir);
  int pk = ekj_rec_predikat(S, r);
  const char *jab = ekj_str(S, r->text[R_JABATAN]);
  kj_value pred = pk >= 0 ? kj_v_text(kj_enum_canon(&kj_enum_predikat, pk)) : kj_v_null();
  kj_value jv = *jab ? kj_v_text(jab) : kj_v_null();
  L->res = &ks->counts;
  kj_status s;
  if (r->acting) {
    kj_value v[8] = {kj_v_int(r->nip), kj_v_text(per), kj_v_text(awal), kj_v_text(akhir),
                     kj_v_int(p.year), kj_v_text(L->units[r->unit].code), jv, pred};
    s = kj_upsert_run(L, r->no_result ? &ks->plt_span : &ks->plt, v, err);
  } else {
    kj_value v[10] = {kj_v_int(r->nip),
                      kj_v_text(per),
                      kj_v_text(awal),
                      kj_v_text(akhir),
                      kj_v_text(sper),
                      kj_v_int(p.year),
                      kj_v_text(L->units[r->unit].code),
                      jv,
                      pred,
                      kj_v_int(r->winner && pk >= 0)};
    s = kj_upsert_run(L, r->no_result ? &ks->skp_span : &ks->skp, v, err);
  }
  L->res = saved;
  if (s == KJ_OK) S->files[r->file].res->skp_rows++;
  return s;
}

/* The weighted IKP of a winner (skp_ganda = bulan), or its removal. */
static kj_status write_ikp(ekj_state *S, kosong_stmts *ks, const ekj_rec *r, kj_error *err) {
  kj_loader *L = S->L;
  if (isnan(r->ikp) && !ks->need_ikp_clear) return KJ_OK;
  kj_import_file_result *saved = L->res;
  kj_period p = ekj_period_unpack(r->per);
  char per[16];
  kj_period_format(p, per);
  kj_value v[5] = {kj_v_int(r->nip), kj_v_text(per), kj_v_int(p.year), kj_v_real(r->ikp),
                   kj_v_int(r->nskp)};
  L->res = &ks->counts;
  kj_status s = isnan(r->ikp) ? kj_upsert_run(L, &ks->ikp_clear, v, err)
                              : kj_upsert_run(L, &ks->ikp, v, err);
  L->res = saved;
  return s;
}

static kj_status write_kosong(ekj_state *S, kosong_stmts *ks, const ekj_rec *r, int rated,
                              kj_error *err) {
  kj_loader *L = S->L;
  kj_import_file_result *saved = L->res;
  kj_period p = ekj_period_unpack(r->per);
  char per[16];
  kj_period_format(p, per);
  kj_value v[4] = {kj_v_int(r->nip), kj_v_text(per), kj_v_int(p.year),
                   kj_v_text(L->units[r->unit].code)};
  L->res = &ks->counts;
  kj_status s = KJ_OK;
  if (!rated)
    s = kj_upsert_run(L, &ks->add, v, err);
  else if (ks->need_clear)
    s = kj_upsert_run(L, &ks->clear, v, err);
  L->res = saved;
  return s;
}

/* Step 3c for one file: its kept rows through the penilaian kind. */
static kj_status write_file(ekj_state *S, int fi, kosong_stmts *ks, kj_error *err) {
  static const char *const hdr[] = {
      "nip",      "periode",   "rating_hasil_kerja", "rating_perilaku",
      "predikat", "kode_unit", "nip_penilai",        "tanggal_dinilai"};
  static const int src[] = {EK_NIP,         EK_AWAL, EK_HASIL_KERJA, EK_PERILAKU,
                            EK_HASIL_AKHIR, EK_UNOR, EK_ATASAN,      EK_WAKTU};
  kj_loader *L = S->L;
  ekj_file *f = &S->files[fi];
  const kj_kind_def *d = &kj_kind_penilaian;
  void *state = NULL;
  set_kind(S, d, hdr, src, 8);
  L->file = f->path;
  L->res = f->res;
  kj_status s = drain(L, KJ_OK, err);
  if (s == KJ_OK) s = d->begin(L, &state, err);
  for (size_t k = f->rec_begin; s == KJ_OK && k < f->rec_end; k++) {
    const ekj_rec *r = &S->recs[k];
    if (r->duplicate || (!r->acting && kj_i64map_get(&S->bad_nip, r->nip, NULL))) continue;
    s = write_span(S, ks, r, err);
    if (s != KJ_OK || r->acting || !r->winner || r->no_result) continue;
    if (r->not_rated) {
      s = write_kosong(S, ks, r, 0, err);
      continue;
    }
    kj_nip_format(r->nip, S->scratch[0]);
    kj_period_format(ekj_period_unpack(r->per), S->scratch[1]);
    char *fl[8] = {S->scratch[0],
                   S->scratch[1],
                   ekj_str(S, r->text[R_HASIL_KERJA]),
                   ekj_str(S, r->text[R_PERILAKU]),
                   ekj_str(S, r->text[R_HASIL_AKHIR]),
                   L->units[r->unit].code,
                   ekj_str(S, r->text[R_ATASAN]),
                   ekj_str(S, r->text[R_WAKTU])};
    set_record(S, k, fl, 8);
    s = d->row(L, state, err);
    if (s == KJ_OK && !L->row_bad) s = write_kosong(S, ks, r, 1, err);
    if (s == KJ_OK && !L->row_bad) s = write_ikp(S, ks, r, err);
  }
  if (s == KJ_OK && d->end) s = d->end(L, state, err);
  s = drain(L, s, err);
  if (state) d->free(state);
  return s;
}

static kj_status file_sha256(const char *path, char hex[65], kj_error *err) {
  kj_csv *r = NULL; /* the CSV reader hashes the raw bytes of any file */
  kj_status s = kj_csv_open(path, &r, err);
  if (s == KJ_OK) s = kj_csv_sha256(r, hex, err);
  kj_csv_close(r);
  return s;
}

/* A supervisor outside the roster is both an employee's nip_atasan and
 * their rows' nip_penilai, from the same cell: one warning per NIP for the
 * whole import (the loader's per-file memory is kept across the steps). */
static void outside_done(ekj_state *S) {
  kj_loader *L = S->L;
  if (L->outside_more > 0)
    kj_diag_warn(L->diag, S->files[S->nfiles - 1].path, 0, NULL,
                 "%ld more row%s to the same NIPs outside the roster (each NIP is warned about "
                 "once per import)",
                 L->outside_more, L->outside_more == 1 ? " refers" : "s refer");
  kj_i64map_free(&L->outside);
  L->outside_more = 0;
}

static kj_status write_all(ekj_state *S, kj_import_result *res, kj_error *err) {
  kj_loader *L = S->L;
  kj_status s = ekj_units_write(S, &res->units_created, err);
  if (s == KJ_OK) s = write_roster(S, res, err);
  kosong_stmts ks;
  memset(&ks, 0, sizeof ks);
  if (s == KJ_OK) s = kosong_prepare(L->store, &ks, err);
  for (int i = 0; s == KJ_OK && i < S->nfiles; i++) s = write_file(S, i, &ks, err);
  s = drain(L, s, err);
  outside_done(S);
  kj_upsert_free(&ks.add);
  kj_upsert_free(&ks.clear);
  kj_upsert_free(&ks.skp);
  kj_upsert_free(&ks.plt);
  kj_upsert_free(&ks.skp_span);
  kj_upsert_free(&ks.plt_span);
  kj_upsert_free(&ks.ikp);
  kj_upsert_free(&ks.ikp_clear);
  for (int i = 0; s == KJ_OK && L->diag->n_errors == 0 && i < S->nfiles; i++)
    s = kj_import_log_file(L->store, S->files[i].res,
                           L->opts->log_format ? L->opts->log_format : "ekinerja", err);
  return s;
}

static void state_free(ekj_state *S) {
  for (int i = 0; i < S->nfiles; i++) {
    free(S->files[i].sheet);
    kj_buf_free(&S->files[i].meta);
  }
  kj_buf_free(&S->notes);
  free(S->files);
  free(S->recs);
  kj_buf_free(&S->pool);
  kj_strmap_free(&S->pool_ix);
  kj_i64map_free(&S->bad_nip);
  ekj_units_free(S);
}

kj_status kj_ekinerja_run(kj_loader *L, int nfiles, char *const *files, kj_import_result *res,
                          kj_error *err) {
  ekj_state S;
  memset(&S, 0, sizeof S);
  S.L = L;
  S.res = res;
  if (L->opts->periode) {
    char why[300];
    if (kj_period_parse(L->opts->periode, &S.forced, why, (int)sizeof why) != 0) {
      kj_diag_error(L->diag, "--periode", 0, NULL, "%s", why);
      return KJ_OK;
    }
    S.forced_set = 1;
  }
  kj_buf_putc(&S.pool, '\0'); /* offset 0: the empty string */
  S.files = xcalloc((size_t)nfiles + 1, sizeof *S.files);
  S.nfiles = nfiles;
  long long bytes = 0;
  for (int i = 0; i < nfiles; i++) {
    kj_import_file_result *f = &res->files[res->nfiles++];
    f->path = xstrdup(files[i]);
    f->kind = KJ_KIND_PENILAIAN;
    S.files[i].path = files[i];
    S.files[i].res = f;
    kj_csv *r = NULL;
    if (kj_csv_open(files[i], &r, NULL) == KJ_OK) bytes += kj_csv_size(r);
    kj_csv_close(r);
  }
  kj_status s = drain(L, KJ_OK, err);
  if (s == KJ_OK && bytes > EKJ_REINDEX_BYTES)
    s = kj_store_exec_query(L->store, "drop_indexes", err);
  if (s == KJ_OK) s = ekj_units_load(&S, err);
  for (int i = 0; s == KJ_OK && i < nfiles; i++) {
    S.files[i].rec_begin = S.nrecs;
    s = ekj_scan_file(&S, i, err);
    S.files[i].rec_end = S.nrecs;
    S.files[i].res->laporan_skp = !S.files[i].has_result;
    if (S.files[i].meta.len) S.files[i].res->meta = xstrdup(kj_buf_cstr(&S.files[i].meta));
    if (s == KJ_OK) s = file_sha256(files[i], S.files[i].res->sha256, err);
  }
  if (s == KJ_OK) {
    ekj_resolve(&S);
    canonicalise(&S);
    s = write_all(&S, res, err);
  }
  s = drain(L, s, err);
  if (s == KJ_OK && L->diag->n_errors == 0) s = kj_store_exec_query(L->store, "indexes", err);
  L->locate = NULL;
  L->locate_ctx = NULL;
  state_free(&S);
  return s;
}
