/* ekinerja.c — `kinerja import --format ekinerja`: e-Kinerja BKN exports
 * into the store (data.md "e-Kinerja BKN exports"; the pieces are listed in
 * ekinerja_int.h).
 *
 * Pass 2 runs in three steps over all files of the invocation together,
 * because a mutasi can put an employee's two rows for one period in two
 * monthly files: (1) every row is validated into a compact record
 * (ekinerja_scan.c); (2) for each NIP and period the row with the latest
 * periode_akhir_skp is kept, and each employee's latest row overall becomes
 * their roster record; (3) the writes: new units, then the roster, then the
 * appraisals file by file.
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

/* Employees listed by name in the import summary per list (several SKPs,
 * partial years); `kinerja check` lists them all. */
#define EKJ_NOTES_MAX 20

static void day_text(int32_t days, char out[16]);

static const char *kj_ekinerja_policy_name(int p) {
  return p == 1 ? "bulan" : p == 2 ? "terendah" : "terakhir";
}

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

typedef struct sort_key {
  int64_t nip;
  int32_t per, awal, akhir;
  uint32_t idx;
  int acting;
} sort_key;

/* By NIP and evaluation period; own SKPs before acting rows; then by SKP. */
static int cmp_key(const void *pa, const void *pb) {
  const sort_key *a = pa, *b = pb;
  if (a->nip != b->nip) return a->nip < b->nip ? -1 : 1;
  if (a->per != b->per) return a->per < b->per ? -1 : 1;
  if (a->acting != b->acting) return a->acting - b->acting;
  if (a->awal != b->awal) return a->awal < b->awal ? -1 : 1;
  if (a->akhir != b->akhir) return a->akhir < b->akhir ? -1 : 1;
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static void warn_tie(ekj_state *S, const ekj_rec *kept, const ekj_rec *other) {
  char loc[1200], oloc[1200], per[16], nip[19];
  ekj_cell_loc(&S->files[kept->file], kept->row, EK_AKHIR, loc, sizeof loc);
  ekj_cell_loc(&S->files[other->file], other->row, EK_AKHIR, oloc, sizeof oloc);
  kj_period_format(ekj_period_unpack(kept->per), per);
  kj_nip_format(kept->nip, nip);
  kj_diag_warn_at(S->L->diag, loc, "periode_akhir_skp",
                  "NIP %s has another row for periode %s with the same periode_akhir_skp (%s); "
                  "the later row, this one, is kept",
                  nip, per, oloc);
}

/* The predikat of a row from its two ratings (the matrix), -1 when it has
 * none (not rated, a Laporan SKP, an invalid rating the kind will report). */
static int rec_predikat(ekj_state *S, const ekj_rec *r) {
  if (r->not_rated || r->no_result) return -1;
  int hk = kj_enum_parse(&kj_enum_rating, ekj_str(S, r->text[R_HASIL_KERJA]));
  int pk = kj_enum_parse(&kj_enum_rating, ekj_str(S, r->text[R_PERILAKU]));
  if (hk < 0 || pk < 0) return -1;
  return (int)kj_predikat_matrix((kj_rating)hk, (kj_rating)pk);
}

/* First and last day (days since 1970) of a period. */
static void period_days(kj_period p, long *from, long *to) {
  int m1 = kj_period_first_month(p), m2 = kj_period_last_month(p);
  *from = kj_date_days(p.year, m1, 1);
  *to = kj_date_days(p.year, m2, kj_days_in_month(p.year, m2));
}

static long overlap_days(const ekj_rec *r, long from, long to) {
  long a = r->awal > from ? r->awal : from, b = r->akhir < to ? r->akhir : to;
  return b >= a ? b - a + 1 : 0;
}

/* 1 when candidate c beats the current choice b under the policy. */
static int better(int policy, const ekj_rec *c, int pc, long dc, const ekj_rec *b, int pb,
                  long db) {
  if (policy == 2 && pc != pb) return pc > pb; /* terendah: higher enum = lower predikat */
  if (policy == 1 && dc != db) return dc > db; /* bulan: the SKP covering most days */
  return c->akhir > b->akhir || (c->akhir == b->akhir && c >= b);
}

/* One (nip, period) with n > 1 distinct SKPs k[0..n) (their latest rows):
 * marks the winner by the skp_ganda policy, computes the weighted IKP for
 * `bulan`, counts the others, and lists the employee in the notes. */
static void choose(ekj_state *S, const sort_key *k, int n) {
  int policy = S->L->opts->skp_ganda;
  kj_period per = ekj_period_unpack(S->recs[k[0].idx].per);
  long from, to;
  period_days(per, &from, &to);
  int any_rated = 0;
  for (int i = 0; i < n; i++) any_rated |= rec_predikat(S, &S->recs[k[i].idx]) >= 0;
  int best = -1, pbest = 0;
  long dbest = 0;
  double wsum = 0, isum = 0;
  for (int i = 0; i < n; i++) {
    const ekj_rec *c = &S->recs[k[i].idx];
    int pc = rec_predikat(S, c);
    if (any_rated && pc < 0) continue;
    long dc = overlap_days(c, from, to);
    if (pc >= 0) {
      double w = dc > 0 ? (double)dc : 0;
      wsum += w;
      isum += w * kj_ikp_points((kj_predikat)pc);
    }
    if (best < 0 || better(policy, c, pc, dc, &S->recs[k[best].idx], pbest, dbest)) {
      best = i;
      pbest = pc;
      dbest = dc;
    }
  }
  ekj_rec *w = &S->recs[k[best].idx];
  w->winner = 1;
  w->nskp = (uint8_t)(n > 255 ? 255 : n);
  if (policy == 1 && any_rated && wsum > 0) w->ikp = isum / wsum;
  for (int i = 0; i < n; i++) {
    if (i == best) continue;
    kj_import_file_result *fr = S->files[S->recs[k[i].idx].file].res;
    fr->several++;
    fr->skipped++;
  }
  kj_import_result *res = S->res;
  if (res->skp_ganda++ < EKJ_NOTES_MAX) {
    char nip[19], ps[16], d1[16], d2[16];
    kj_nip_format(w->nip, nip);
    kj_period_format(per, ps);
    day_text(w->awal, d1);
    day_text(w->akhir, d2);
    kj_buf_printf(&S->notes, "    %s %s, periode %s: %d SKPs; %s chose %s to %s (%s)", nip,
                  ekj_str(S, w->text[R_NAMA]), ps, n, kj_ekinerja_policy_name(policy), d1, d2,
                  ekj_str(S, w->text[R_UNOR_TEXT]));
    if (policy == 1 && !isnan(w->ikp)) kj_buf_printf(&S->notes, ", IKP %.2f", (double)w->ikp);
    kj_buf_putc(&S->notes, '\n');
  }
}

/* Months (bit m-1) of the year covered by a (partial-)year SKP span. */
static int span_months(const ekj_rec *r) {
  int y, m1, m2, d;
  kj_date_from_days(r->awal, &y, &m1, &d);
  kj_date_from_days(r->akhir, &y, &m2, &d);
  int mask = 0;
  for (int m = m1; m <= m2; m++) mask |= 1 << (m - 1);
  return mask;
}

static int popcount12(int v) {
  int n = 0;
  for (int i = 0; i < 12; i++) n += (v >> i) & 1;
  return n;
}

/* Step 2: winners per (nip, period) by the skp_ganda policy, the roster row
 * per nip, skip counts, and the lists for the summary: several SKPs,
 * partial years (from the SKPs whose own span is a (partial) year), acting
 * rows without an own SKP. */
static void resolve(ekj_state *S) {
  size_t n = S->nrecs;
  sort_key *k = xmalloc((n + 1) * sizeof *k);
  for (size_t i = 0; i < n; i++) {
    const ekj_rec *r = &S->recs[i];
    k[i] = (sort_key){r->nip, r->per, r->awal, r->akhir, (uint32_t)i, r->acting};
  }
  qsort(k, n, sizeof *k, cmp_key);
  kj_buf sebagian = {0};
  sort_key *reps = xmalloc((n + 1) * sizeof *reps);
  size_t emp_best = SIZE_MAX;
  int months = 0, year = -1;
  for (size_t g = 0; g < n;) {
    size_t e = g; /* the group (nip, per): [g, e) */
    while (e < n && k[e].nip == k[g].nip && k[e].per == k[g].per) e++;
    size_t own = g; /* own SKPs: [g, own) */
    while (own < e && !k[own].acting) own++;
    if (own == g) { /* acting rows only */
      const ekj_rec *r = &S->recs[k[g].idx];
      if (S->res->plt_saja++ < EKJ_NOTES_MAX) {
        char loc[1200], nip[19], ps[16];
        ekj_cell_loc(&S->files[r->file], r->row, EK_PLT, loc, sizeof loc);
        kj_nip_format(r->nip, nip);
        kj_period_format(ekj_period_unpack(r->per), ps);
        kj_diag_warn_at(S->L->diag, loc, NULL,
                        "NIP %s has only acting (PLT/PLH/PJ) rows for periode %s and no SKP of "
                        "their own post; the acting rows are kept apart and count nowhere",
                        nip, ps);
      }
    }
    int nreps = 0;
    for (size_t i = g; i < own;) {
      /* one SKP [i, j): the rows of the same start; its latest row with a
       * result represents it (a Laporan SKP row never hides a result) */
      size_t j = i, rep = SIZE_MAX;
      while (j < own && k[j].awal == k[i].awal) j++;
      for (size_t x = i; x < j; x++)
        if (!S->recs[k[x].idx].no_result) rep = x;
      if (rep == SIZE_MAX) rep = j - 1;
      for (size_t x = i; x < j; x++) {
        ekj_rec *r = &S->recs[k[x].idx];
        if (x == rep) continue;
        r->duplicate = 1;
        S->files[r->file].res->skipped++;
        if (r->no_result) continue;
        S->files[r->file].res->superseded++;
        if (x + 1 == rep && k[x].akhir == k[rep].akhir) warn_tie(S, &S->recs[k[rep].idx], r);
      }
      reps[nreps++] = k[rep];
      i = j;
    }
    if (nreps == 1) {
      S->recs[reps[0].idx].winner = 1;
      S->recs[reps[0].idx].nskp = 1;
    } else if (nreps > 1) {
      choose(S, reps, nreps);
    }
    for (int i = 0; i < nreps; i++) {
      ekj_rec *r = &S->recs[reps[i].idx];
      if (r->winner && r->not_rated) {
        S->files[r->file].res->not_rated++;
        S->files[r->file].res->skipped++;
      } else if (r->winner && r->no_result) {
        S->files[r->file].res->skipped++;
      }
    }
    /* the employee's latest own row; the months their yearly SKPs cover */
    for (size_t i = g; i < own; i++) {
      const ekj_rec *r = &S->recs[k[i].idx];
      if (emp_best == SIZE_MAX || S->recs[emp_best].akhir < r->akhir ||
          (S->recs[emp_best].akhir == r->akhir && emp_best < k[i].idx))
        emp_best = k[i].idx;
      if (r->span_per % 10000 / 100 == 4) { /* tahunan */
        int y = r->span_per / 10000;
        if (y != year) months = 0;
        year = y;
        months |= span_months(r);
      }
    }
    int last_of_nip = e == n || k[e].nip != k[g].nip;
    int next_year = last_of_nip ? -1 : k[e].per / 10000;
    if (year >= 0 && (last_of_nip || next_year != year)) {
      if (months != 0xFFF && S->res->skp_sebagian++ < EKJ_NOTES_MAX) {
        char nip[19];
        kj_nip_format(k[g].nip, nip);
        kj_buf_printf(&sebagian, "    %s %s, %d: SKPs cover %d of 12 months\n", nip,
                      emp_best != SIZE_MAX ? ekj_str(S, S->recs[emp_best].text[R_NAMA]) : "",
                      year, popcount12(months));
      }
      year = -1;
      months = 0;
    }
    if (last_of_nip) {
      if (emp_best != SIZE_MAX) S->recs[emp_best].employee = 1;
      emp_best = SIZE_MAX;
    }
    g = e;
  }
  kj_import_result *res = S->res;
  kj_buf out = {0};
  if (res->skp_ganda) {
    kj_buf_printf(&out, "employees with several SKPs for one period (mutasi, promosi): %ld; "
                        "skp_ganda = %s\n%s", res->skp_ganda,
                  kj_ekinerja_policy_name(S->L->opts->skp_ganda), kj_buf_cstr(&S->notes));
    if (res->skp_ganda > EKJ_NOTES_MAX)
      kj_buf_printf(&out, "    ... and %ld more (kinerja check lists them all)\n",
                    res->skp_ganda - EKJ_NOTES_MAX);
  }
  if (res->skp_sebagian) {
    kj_buf_printf(&out, "employees whose SKPs cover part of a year (appointment, mutasi, leave): "
                        "%ld\n%s", res->skp_sebagian, kj_buf_cstr(&sebagian));
    if (res->skp_sebagian > EKJ_NOTES_MAX)
      kj_buf_printf(&out, "    ... and %ld more (kinerja check lists them all)\n",
                    res->skp_sebagian - EKJ_NOTES_MAX);
  }
  if (res->plt_saja)
    kj_buf_printf(&out, "employee-periods with only acting rows: %ld (warned above)\n",
                  res->plt_saja);
  if (out.len) res->notes = kj_buf_take(&out);
  kj_buf_free(&out);
  kj_buf_free(&sebagian);
  free(reps);
  free(k);
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

static void day_text(int32_t days, char out[16]) {
  int y, m, d;
  kj_date_from_days(days, &y, &m, &d);
  snprintf(out, 16, "%04d-%02d-%02d", y, m, d);
}

/* The SKP span of a row: table skp, or skp_plt for an acting post. */
static kj_status write_span(ekj_state *S, kosong_stmts *ks, const ekj_rec *r, kj_error *err) {
  kj_loader *L = S->L;
  kj_import_file_result *saved = L->res;
  kj_period p = ekj_period_unpack(r->per);
  char per[16], sper[16], awal[16], akhir[16];
  kj_period_format(p, per);
  kj_period_format(ekj_period_unpack(r->span_per), sper);
  day_text(r->awal, awal);
  day_text(r->akhir, akhir);
  int pk = rec_predikat(S, r);
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
    resolve(&S);
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
