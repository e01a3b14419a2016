/* import.c — the import orchestrator (data.md "Import semantics").
 *
 * Two passes over the command line. Pass 1 reads only each file's header:
 * detects or checks the kind and the required columns, so a wrong file is
 * reported before anything is written. Pass 2 runs inside one transaction:
 * files are processed in dependency order of their kinds (unit, pegawai,
 * kinerja_organisasi, then the facts), each record validated by its kind
 * and upserted with prepared statements. Validation continues after an error
 * (to report up to --max-errors at once); any error rolls the whole
 * transaction back, so the database is either fully updated or untouched.
 *
 * Speed: statements are prepared once per file; references resolve through
 * in-memory maps loaded once; duplicate keys are caught with 128-bit key
 * fingerprints; for large loads the secondary indexes are dropped first and
 * rebuilt once at the end (inside the same transaction, so a failure restores
 * them too).
 */
#include "ingest/csv.h"
#include "ingest/ekinerja.h"
#include "ingest/import_xlsx.h"
#include "ingest/skm_form.h"
#include "ingest/kinds.h"
#include "ingest/pipe.h"
#include "util/fsutil.h"
#include "util/text.h"

#include <time.h>

/* Loads larger than this drop and rebuild the secondary indexes. */
#define KJ_REINDEX_BYTES (8LL << 20)

void kj_import_opts_init(kj_import_opts *o) {
  memset(o, 0, sizeof *o);
  o->kind = KJ_KIND_AUTO;
  o->format = KJ_FORMAT_NATIVE;
  o->max_errors = 20;
  o->skm_periode = 1;
}

void kj_import_result_free(kj_import_result *res) {
  if (!res) return;
  for (int i = 0; i < res->nfiles; i++) {
    free(res->files[i].path);
    free(res->files[i].meta);
  }
  free(res->files);
  free(res->notes);
  memset(res, 0, sizeof *res);
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static kj_status load_known(kj_loader *L, kj_error *err) {
  kj_stmt *q = NULL;
  kj_status s = kj_store_prepare_query(L->store, "ingest/known_units", &q, err);
  if (s != KJ_OK) return s;
  char **parents = NULL;
  int n = 0, cap = 0;
  kj_step r;
  while ((r = kj_stmt_step(q, err)) == KJ_STEP_ROW) {
    kj_loader_add_unit(L, kj_stmt_text(q, 0), -1, 1);
    if (n == cap) {
      cap = cap ? cap * 2 : 128;
      parents = xreallocarray(parents, (size_t)cap, sizeof *parents);
    }
    parents[n++] = kj_stmt_is_null(q, 1) ? NULL : xstrdup(kj_stmt_text(q, 1));
  }
  kj_stmt_free(q);
  for (int i = 0; i < n; i++) {
    if (parents[i]) L->units[i].parent = kj_loader_find_unit(L, parents[i]);
    free(parents[i]);
  }
  free(parents);
  if (r == KJ_STEP_ERROR) return err->status;
  s = kj_store_prepare_query(L->store, "ingest/known_pegawai", &q, err);
  if (s != KJ_OK) return s;
  while ((r = kj_stmt_step(q, err)) == KJ_STEP_ROW)
    kj_i64map_put(&L->nip_unit, kj_stmt_int64(q, 0), kj_loader_find_unit(L, kj_stmt_text(q, 1)));
  kj_stmt_free(q);
  return r == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static void list_fields(char *out, size_t cap, char *const *fields, int n) {
  size_t j = 0;
  out[0] = '\0';
  for (int i = 0; i < n && j + 4 < cap; i++)
    j += (size_t)snprintf(out + j, cap - j, "%s%s", i ? ", " : "", fields[i]);
}

/* Pass 1 for one file: header, kind, required columns. Returns the kind or
 * KJ_KIND_AUTO after reporting an error; KJ_IO errors go to err. */
static kj_status check_header(kj_loader *L, const char *path, kj_kind forced, kj_kind *kind,
                              kj_error *err) {
  kj_csv *r = NULL;
  *kind = KJ_KIND_AUTO;
  kj_status s = kj_csv_open(path, &r, err);
  if (s != KJ_OK) return s;
  const kj_csv_record *h = NULL;
  kj_error e2 = {0};
  int got = kj_csv_next(r, &h, &e2);
  if (got < 0) {
    kj_csv_close(r);
    if (e2.status == KJ_IO) return kj_fail(err, KJ_IO, "%s", e2.msg);
    kj_diag_error_msg(L->diag, e2.msg);
    return KJ_OK;
  }
  if (got == 0) {
    kj_diag_error(L->diag, path, 0, NULL, "the file is empty (expected a header line)");
    kj_csv_close(r);
    return KJ_OK;
  }
  char found[1500];
  list_fields(found, sizeof found, h->fields, h->nfields);
  kj_kind k = forced, closest = KJ_KIND_UNIT;
  if (k == KJ_KIND_AUTO) k = kj_kind_detect(h->fields, h->nfields, &closest);
  else closest = k;
  const kj_kind_def *d = kj_kind_def_of(closest);
  int colmap[KJ_MAX_COLS];
  kj_kind_map_header(d, h->fields, h->nfields, colmap, NULL);
  char missing[600];
  size_t j = 0;
  missing[0] = '\0';
  for (int c = 0; c < d->ncols; c++)
    if (d->cols[c].required && colmap[c] < 0)
      j += (size_t)snprintf(missing + j, sizeof missing - j, "%s%s", j ? ", " : "", d->cols[c].name);
  const char *extra = d->check_header && !missing[0] ? d->check_header(colmap) : NULL;
  if (k == KJ_KIND_AUTO || missing[0] || extra) {
    char hint[200] = "";
    if (h->nfields == 1 && strpbrk(h->fields[0], "|:^"))
      snprintf(hint, sizeof hint, " (the file seems to use another delimiter; use ',', ';' or TAB)");
    if (forced == KJ_KIND_AUTO && k == KJ_KIND_AUTO && extra)
      kj_diag_error(L->diag, path, h->line, NULL,
                    "cannot tell the kind of this file from its header; the closest kind is %s, "
                    "but %s; columns found: %s", d->name, extra, found);
    else if (forced == KJ_KIND_AUTO && k == KJ_KIND_AUTO)
      kj_diag_error(L->diag, path, h->line, NULL,
                    "cannot tell the kind of this file from its header; the closest kind is %s, "
                    "which needs %s; columns found: %s%s",
                    d->name, missing[0] ? missing : (extra ? extra : "?"), found, hint);
    else if (extra)
      kj_diag_error(L->diag, path, h->line, NULL, "%s; columns found: %s", extra, found);
    else
      kj_diag_error(L->diag, path, h->line, NULL,
                    "missing required column(s) for kind %s: %s; columns found: %s%s", d->name,
                    missing, found, hint);
    k = KJ_KIND_AUTO;
  }
  *kind = k;
  kj_csv_close(r);
  return KJ_OK;
}

static void warn_unknown_columns(kj_loader *L, const kj_kind_def *d, const kj_csv_record *h) {
  int colmap[KJ_MAX_COLS];
  int *unknown = xmalloc(((size_t)h->nfields + 1) * sizeof *unknown);
  kj_kind_map_header(d, h->fields, h->nfields, colmap, unknown);
  for (int i = 0; unknown[i] >= 0; i++)
    if (h->fields[unknown[i]][0])
      kj_diag_warn(L->diag, L->file, h->line, NULL, "column '%s' is not part of kind %s; ignored",
                   h->fields[unknown[i]], d->name);
  free(unknown);
}

static kj_status already_imported(kj_store *st, const char *sha, const char *kind, int *seen,
                                  kj_error *err) {
  kj_stmt *q = NULL;
  kj_status s = kj_store_prepare_query(st, "ingest/import_seen", &q, err);
  if (s != KJ_OK) return s;
  kj_stmt_bind_text(q, 1, sha, -1);
  kj_stmt_bind_text(q, 2, kind, -1);
  kj_step r = kj_stmt_step(q, err);
  *seen = r == KJ_STEP_ROW;
  kj_stmt_free(q);
  return r == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static kj_status sha_of_file(const char *path, char hex[65], kj_error *err) {
  kj_csv *r = NULL;
  kj_status s = kj_csv_open(path, &r, err);
  if (s == KJ_OK) s = kj_csv_sha256(r, hex, err);
  kj_csv_close(r);
  return s;
}

kj_status kj_import_log_file(kj_store *st, const kj_import_file_result *f, const char *format,
                             kj_error *err) {
  kj_stmt *q = NULL;
  kj_status s = kj_store_prepare_query(st, "ingest/import_log", &q, err);
  if (s != KJ_OK) return s;
  kj_stmt_bind_text(q, 1, f->sha256, -1);
  kj_stmt_bind_text(q, 2, kj_kind_name(f->kind), -1);
  kj_stmt_bind_text(q, 3, kj_path_base(f->path), -1);
  kj_stmt_bind_text(q, 4, format, -1);
  kj_stmt_bind_int64(q, 5, f->rows);
  kj_stmt_bind_int64(q, 6, f->inserted);
  kj_stmt_bind_int64(q, 7, f->replaced);
  kj_stmt_bind_int64(q, 8, f->unchanged);
  kj_stmt_bind_int64(q, 9, f->skipped);
  if (f->meta && *f->meta)
    kj_stmt_bind_text(q, 10, f->meta, -1);
  else
    kj_stmt_bind_null(q, 10);
  s = kj_stmt_run(q, err);
  kj_stmt_free(q);
  return s;
}

static void progress(kj_loader *L, kj_csv *r, double t0, int final) {
  long rows = L->res->rows;
  double dt = now_s() - t0;
  long long size = kj_csv_size(r);
  FILE *out = stderr;
  if (final) {
    fprintf(out, "\r\033[K");
    return;
  }
  fprintf(out, "\r\033[K%s: %ld rows", kj_path_base(L->file), rows);
  if (size > 0) fprintf(out, ", %.0f%%", 100.0 * (double)kj_csv_bytes_read(r) / (double)size);
  if (dt > 0) fprintf(out, ", %.0f rows/s", rows / dt);
  fflush(out);
}

/* Fields beyond the header are an error unless they are empty (trailing
 * delimiters): usually an unquoted delimiter inside a value. */
static int extra_fields(kj_loader *L, const kj_csv_record *rec, int header_n) {
  for (int i = header_n; i < rec->nfields; i++) {
    if (kj_trim(rec->fields[i])[0]) {
      kj_field_error(L, -1,
                     "%d fields but the header has %d (an unquoted '%c' inside a value, such as "
                     "a decimal comma? quote the value or use ';' as the delimiter)",
                     rec->nfields, header_n, L->decimal_comma ? ';' : ',');
      return 1;
    }
  }
  return 0;
}

/* Pass 2 for one native file. */
static kj_status process_file(kj_loader *L, const kj_kind_def *d, kj_error *err) {
  kj_csv *r = NULL;
  void *state = NULL;
  kj_status s = kj_csv_open(L->file, &r, err);
  if (s != KJ_OK) return s;
  const kj_csv_record *rec = NULL;
  kj_error e2 = {0};
  if (kj_csv_next(r, &rec, &e2) <= 0) {
    s = kj_fail(err, KJ_IO, "%s: could not re-read the header", L->file);
    goto out;
  }
  int header_n = rec->nfields;
  L->kind = d->kind;
  L->decimal_comma = kj_csv_delimiter(r) != ',';
  kj_kind_map_header(d, rec->fields, rec->nfields, L->colmap, NULL);
  for (int c = 0; c < d->ncols; c++) L->colname[c] = d->cols[c].name;
  warn_unknown_columns(L, d, rec);
  kj_fpset_free(&L->keys); /* not _clear: a big file's set need not outlive it */
  L->file_errors = 0;
  L->locate = NULL;
  s = d->begin(L, &state, err);
  if (s != KJ_OK) goto out;
  double t0 = now_s(), next = t0 + 0.25;
  int got;
  while ((got = kj_csv_next(r, &rec, &e2)) == 1) {
    L->line = rec->line;
    L->fields = rec->fields;
    L->nfields = rec->nfields;
    L->row_bad = 0;
    L->res->rows++;
    if (rec->nfields > header_n && extra_fields(L, rec, header_n)) continue;
    s = d->row(L, state, err);
    if (s != KJ_OK) goto out;
    if (L->opts->progress && (L->res->rows & 0x3fff) == 0 && now_s() > next) {
      progress(L, r, t0, 0);
      next = now_s() + 0.25;
    }
  }
  if (L->opts->progress) progress(L, r, t0, 1);
  if (got < 0) {
    if (e2.status == KJ_IO) {
      s = kj_fail(err, KJ_IO, "%s", e2.msg);
      goto out;
    }
    kj_diag_error_msg(L->diag, e2.msg);
    L->file_errors++;
  }
  if (d->end) s = d->end(L, state, err);
  kj_loader_file_done(L);
  if (s == KJ_OK) s = kj_csv_sha256(r, L->res->sha256, err);
out:
  if (L->pipe) { /* statements are finalized below: the writer must be done with them */
    kj_status ds = kj_pipe_drain(L->pipe, s == KJ_OK ? err : NULL);
    if (s == KJ_OK) s = ds;
  }
  if (state) d->free(state);
  kj_csv_close(r);
  return s;
}

static void print_summary(const kj_import_opts *o, const kj_import_file_result *f) {
  FILE *out = o->msg ? o->msg : stderr;
  if (f->already_loaded) {
    fprintf(out, "%s: skm: these bytes were imported before (SHA-256 %.12s…); skipped so "
                 "responses are not counted twice\n", f->path, f->sha256);
    return;
  }
  fprintf(out, "%s: %s, %ld row%s: %ld new, %ld replaced, %ld unchanged, %ld skipped\n", f->path,
          kj_kind_name(f->kind), f->rows, f->rows == 1 ? "" : "s", f->inserted, f->replaced, f->unchanged, f->skipped);
}

/* Why e-Kinerja rows were skipped (data.md: acting officials, several SKPs,
 * duplicates, not rated, a Laporan SKP without results). */
static void print_ekinerja_skips(const kj_import_opts *o, const kj_import_file_result *f) {
  FILE *out = o->msg ? o->msg : stderr;
  if (f->laporan_skp)
    fprintf(out, "  Laporan SKP (no hasil_akhir): %ld SKP span%s recorded, no results\n",
            f->skp_rows, f->skp_rows == 1 ? "" : "s");
  else if (f->skp_rows)
    fprintf(out, "  %ld SKP span%s recorded\n", f->skp_rows, f->skp_rows == 1 ? "" : "s");
  if (!f->skipped || f->laporan_skp) return;
  fprintf(out,
          "  skipped: %ld acting official%s (is_skp_plt_plh_pjb, kept in skp_plt), %ld other SKP%s "
          "of an employee with several for the period (skp_ganda), %ld superseded by a later "
          "row of the same SKP, %ld not rated (recorded as missing)\n",
          f->acting, f->acting == 1 ? "" : "s", f->several, f->several == 1 ? "" : "s",
          f->superseded, f->not_rated);
}

static void loader_free(kj_loader *L) {
  for (int i = 0; i < L->nunits; i++) free(L->units[i].code);
  free(L->units);
  kj_strmap_free(&L->unit_index);
  kj_i64map_free(&L->nip_unit);
  kj_fpset_free(&L->keys);
  kj_i64map_free(&L->outside);
}

/* The .xlsx workbooks among the files: their sheets and kinds (pass 1). */
typedef struct book_list {
  kj_xsheet **sheets; /* [file]: NULL for a CSV file */
  int *nsheets;
} book_list;

static kj_status run_files(kj_loader *L, int nfiles, char *const *files,
                           const kj_kind *kinds, const book_list *books, kj_import_result *res,
                           kj_error *err) {
  kj_status s = KJ_OK;
  long long total_bytes = 0;
  for (int i = 0; i < nfiles; i++) {
    kj_csv *r = NULL;
    if (kj_csv_open(files[i], &r, NULL) == KJ_OK) total_bytes += kj_csv_size(r);
    kj_csv_close(r);
  }
  if (total_bytes > KJ_REINDEX_BYTES) s = kj_store_exec_query(L->store, "drop_indexes", err);
  for (int k = 0; s == KJ_OK && k < KJ_KIND_N; k++) {
    for (int i = 0; s == KJ_OK && i < nfiles; i++) {
      for (int j = 0; s == KJ_OK && books->sheets[i] && j < books->nsheets[i]; j++) {
        const kj_xsheet *xs = &books->sheets[i][j];
        if (xs->kind != (kj_kind)k) continue;
        kj_import_file_result *f = &res->files[res->nfiles++];
        f->path = xasprintf("%s:%s", files[i], xs->sheet);
        f->kind = xs->kind;
        L->res = f;
        L->file = files[i];
        if (f->kind == KJ_KIND_SKM) {
          int seen = 0;
          s = sha_of_file(files[i], f->sha256, err);
          if (s == KJ_OK) s = already_imported(L->store, f->sha256, "skm", &seen, err);
          if (s == KJ_OK && seen) {
            f->already_loaded = 1;
            continue;
          }
        }
        long errors_before = L->diag->n_errors;
        if (s == KJ_OK) s = kj_xlsx_native_process(L, kj_kind_def_of(f->kind), files[i], xs, err);
        if (s == KJ_OK && L->diag->n_errors == errors_before)
          s = kj_import_log_file(L->store, f,
                                 L->opts->log_format ? L->opts->log_format : "native", err);
      }
      if (books->sheets[i] || kinds[i] != (kj_kind)k) continue;
      kj_import_file_result *f = &res->files[res->nfiles++];
      f->path = xstrdup(files[i]);
      f->kind = kinds[i];
      L->res = f;
      L->file = files[i];
      if (f->kind == KJ_KIND_SKM) {
        int seen = 0;
        s = sha_of_file(files[i], f->sha256, err);
        if (s == KJ_OK) s = already_imported(L->store, f->sha256, "skm", &seen, err);
        if (s == KJ_OK && seen) {
          f->already_loaded = 1;
          continue;
        }
      }
      long errors_before = L->diag->n_errors;
      if (s == KJ_OK) s = process_file(L, kj_kind_def_of(f->kind), err);
      if (s == KJ_OK && L->diag->n_errors == errors_before)
        s = kj_import_log_file(L->store, f, L->opts->log_format ? L->opts->log_format : "native",
                               err);
    }
  }
  if (s == KJ_OK && L->diag->n_errors == 0) s = kj_store_exec_query(L->store, "indexes", err);
  return s;
}

kj_status kj_import_files(kj_store *st, const kj_import_opts *o, int nfiles, char *const *files,
                          kj_import_result *res, kj_error *err) {
  memset(res, 0, sizeof *res);
  int ekinerja = o->format == KJ_FORMAT_EKINERJA;
  kj_diag diag;
  kj_diag_init(&diag, o->msg, o->max_errors, o->quiet);
  kj_loader L = {0};
  L.store = st;
  L.diag = &diag;
  L.opts = o;
  kj_kind *kinds = xcalloc((size_t)nfiles + 1, sizeof *kinds);
  book_list books = {xcalloc((size_t)nfiles + 1, sizeof *books.sheets),
                     xcalloc((size_t)nfiles + 1, sizeof *books.nsheets)};
  int nsources = 0;
  double t0 = now_s();
  kj_status s = load_known(&L, err);
  int skmform = o->format == KJ_FORMAT_SKM_FORM;
  for (int i = 0; s == KJ_OK && i < nfiles; i++) {
    if (ekinerja)
      s = kj_ekinerja_check(&L, files[i], err);
    else if (skmform)
      s = kj_skmform_check(&L, files[i], err);
    else if (kj_xlsx_is_workbook(files[i]))
      s = kj_xlsx_native_scan(&L, files[i], o->kind, &books.sheets[i], &books.nsheets[i], err);
    else
      s = check_header(&L, files[i], o->kind, &kinds[i], err);
    nsources += books.sheets[i] ? books.nsheets[i] : 1;
  }
  res->files = xcalloc((size_t)nsources + 1, sizeof *res->files);
  if (s == KJ_OK && diag.n_errors == 0) {
    s = kj_store_begin(st, err);
    if (s == KJ_OK) {
      L.pipe = kj_pipe_start(st);
      s = ekinerja  ? kj_ekinerja_run(&L, nfiles, files, res, err)
          : skmform ? kj_skmform_run(&L, nfiles, files, res, err)
                    : run_files(&L, nfiles, files, kinds, &books, res, err);
      kj_pipe_stop(L.pipe);
      L.pipe = NULL;
    }
    if (s == KJ_OK && diag.n_errors == 0 && !o->dry_run) s = kj_store_commit(st, err);
    kj_store_rollback(st); /* after an error or a dry run; no-op after a commit */
  }
  kj_diag_finish(&diag);
  res->errors = diag.n_errors;
  res->warnings = diag.n_warnings;
  if (s == KJ_OK && diag.n_errors > 0)
    s = kj_fail(err, KJ_DATA, "%ld error%s in the input; nothing was imported", diag.n_errors,
                diag.n_errors == 1 ? "" : "s");
  if (s == KJ_OK && !o->quiet) {
    long rows = 0;
    for (int i = 0; i < res->nfiles; i++) {
      print_summary(o, &res->files[i]);
      if (ekinerja) print_ekinerja_skips(o, &res->files[i]);
      rows += res->files[i].rows;
    }
    if (ekinerja)
      fprintf(o->msg ? o->msg : stderr,
              "roster from the export%s: %ld new unit%s; employees: %ld new, %ld replaced, "
              "%ld unchanged\n", res->nfiles == 1 ? "" : "s", res->units_created,
              res->units_created == 1 ? "" : "s", res->pegawai_inserted, res->pegawai_replaced,
              res->pegawai_unchanged);
    if (ekinerja && res->notes) fputs(res->notes, o->msg ? o->msg : stderr);
    double dt = now_s() - t0;
    fprintf(o->msg ? o->msg : stderr, "%s%ld row%s from %d file%s in %.2f s (%.0f rows/s)\n",
            o->dry_run ? "dry run, nothing changed: validated " : "imported ", rows,
            rows == 1 ? "" : "s", res->nfiles,
            res->nfiles == 1 ? "" : "s", dt, dt > 0 ? rows / dt : 0.0);
  }
  free(kinds);
  for (int i = 0; i < nfiles; i++) kj_xsheets_free(books.sheets[i], books.nsheets[i]);
  free(books.sheets);
  free(books.nsheets);
  loader_free(&L);
  return s;
}
