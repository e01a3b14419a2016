/* skm_form_load.c — the rows of a survey-form export into the store
 * (skm_form.c tells the columns apart): unit, period and answers of each
 * row, its content-hash id_responden, then the native skm kind. */
#include "ingest/csv.h"
#include "ingest/kinds.h"
#include "ingest/pipe.h"
#include "ingest/skm_form_int.h"
#include "ingest/xlsx.h"
#include "util/sha256.h"
#include "util/text.h"

/* ---- loading --------------------------------------------------------------- */

typedef struct sf_run {
  sf_file *f;
  long rec;            /* current row index */
  int src[18];         /* synthesized field -> file column (-1 none) */
  kj_strmap unit_by;   /* normalised code / name / singkatan -> unit index (-2 ambiguous) */
} sf_run;

static void sf_locate(const kj_loader *L, int col, char *out, size_t cap) {
  const sf_run *R = L->locate_ctx;
  int fi = col >= 0 ? L->colmap[col] : -1;
  int pc = fi >= 0 ? R->src[fi] : -1;
  sf_cell_loc(R->f, R->f->rowno[R->rec], pc, out, cap);
}

static void unit_put(sf_run *R, const char *text, int idx) {
  char k[256];
  int32_t cur;
  sf_norm_label(text, k, sizeof k);
  if (!k[0]) return;
  if (!kj_strmap_get(&R->unit_by, k, &cur)) kj_strmap_put(&R->unit_by, k, idx);
  else if (cur != idx) kj_strmap_put(&R->unit_by, k, -2);
}

static kj_status load_units(kj_loader *L, sf_run *R, kj_error *err) {
  kj_stmt *q = NULL;
  kj_status s = kj_store_prepare_query(L->store, "ingest/skm_form_units", &q, err);
  if (s != KJ_OK) return s;
  kj_step r;
  while ((r = kj_stmt_step(q, err)) == KJ_STEP_ROW) {
    int idx = kj_loader_find_unit(L, kj_stmt_text(q, 0));
    if (idx < 0) continue;
    for (int c = 0; c < 3; c++)
      if (!kj_stmt_is_null(q, c)) unit_put(R, kj_stmt_text(q, c), idx);
  }
  kj_stmt_free(q);
  return r == KJ_STEP_ERROR ? err->status : KJ_OK;
}

/* The id_responden of row r: SHA-256 of its content, and its occurrence. */
static void row_id(const sf_file *f, long r, const char *unit, kj_strmap *seen, char out[80]) {
  kj_sha256 h;
  kj_sha256_init(&h);
  kj_sha256_update(&h, unit, strlen(unit) + 1);
  int cols[16], n = 0;
  cols[n++] = f->special[SP_TIME];
  for (int u = 1; u <= 9; u++) cols[n++] = f->unsur_col[u];
  for (int sp = SP_JK; sp <= SP_LAYANAN; sp++) cols[n++] = f->special[sp];
  for (int i = 0; i < n; i++) {
    const char *v = cols[i] >= 0 ? f->rows[r][cols[i]] : "";
    kj_sha256_update(&h, v, strlen(v) + 1);
  }
  char hex[65];
  kj_sha256_hex(&h, hex);
  hex[40] = '\0';
  int32_t occ = 0;
  kj_strmap_get(seen, hex, &occ);
  kj_strmap_put(seen, hex, occ + 1);
  snprintf(out, 80, "%.40s-%d", hex, (int)occ + 1);
}

/* [skm_form] tanggal = mdy: "12/31/2025 ..." -> "31/12/2025 ..." (ISO dates
 * and date cells, "2025-12-31", are left alone). */
static void swap_day_month(char *t) {
  char *s1 = strchr(t, '/');
  char *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
  if (!s1 || !s2 || s1 - t > 2 || s2 - s1 - 1 > 2) return;
  size_t na = (size_t)(s1 - t), nb = (size_t)(s2 - s1 - 1);
  char a[3] = {0}, b[3] = {0};
  memcpy(a, t, na);
  memcpy(b, s1 + 1, nb);
  memcpy(t, b, nb); /* same length: "b/a" replaces "a/b" in place */
  t[nb] = '/';
  memcpy(t + nb + 1, a, na);
}

static kj_status run_file(kj_loader *L, sf_run *R, kj_error *err) {
  static const char *const hdr[18] = {
      "kode_unit", "periode", "tanggal", "u1", "u2", "u3", "u4", "u5", "u6",
      "u7", "u8", "u9", "id_responden", "jenis_layanan", "jenis_kelamin", "usia",
      "pendidikan", "pekerjaan"};
  sf_file *f = R->f;
  const kj_kind_def *d = &kj_kind_skm;
  L->kind = KJ_KIND_SKM;
  L->file = f->path;
  L->res = f->res;
  L->decimal_comma = 0;
  kj_kind_map_header(d, (char *const *)hdr, 18, L->colmap, NULL);
  for (int c = 0; c < d->ncols; c++) {
    int fi = L->colmap[c];
    int pc = fi >= 0 ? R->src[fi] : -1;
    L->colname[c] = pc >= 0 ? f->header[pc] : d->cols[c].name;
  }
  kj_fpset_clear(&L->keys);
  L->file_errors = 0;
  L->locate = sf_locate;
  L->locate_ctx = R;
  kj_period forced = {0};
  int has_forced = 0;
  char why[300];
  if (L->opts->periode && kj_period_parse(L->opts->periode, &forced, why, (int)sizeof why) == 0)
    has_forced = 1;
  int fixed_unit = -1;
  if (L->opts->unit) {
    fixed_unit = kj_loader_find_unit(L, L->opts->unit);
    if (fixed_unit < 0) {
      kj_diag_error(L->diag, f->path, 0, NULL, "--unit %s: no such unit in the database",
                    L->opts->unit);
      return KJ_OK;
    }
  } else if (f->special[SP_UNIT] < 0) {
    kj_diag_error(L->diag, f->path, 0, NULL,
                  "no unit column (Unit Layanan, Unit, ...): name the unit with --unit CODE");
    return KJ_OK;
  }
  if (!has_forced && f->special[SP_TIME] < 0) {
    kj_diag_error(L->diag, f->path, 0, NULL,
                  "no timestamp column (Timestamp, Stempel waktu, Tanggal, Waktu): give the "
                  "period with --periode P");
    return KJ_OK;
  }
  void *state = NULL;
  kj_strmap seen = {0};
  kj_status s = d->begin(L, &state, err);
  char *fl[18], per[16], iso[24], idbuf[80], ans[9][12], usia[8];
  for (long r = 0; s == KJ_OK && r < f->nrows; r++) {
    char **row = f->rows[r];
    R->rec = r;
    L->line = f->rowno[r];
    L->row_bad = 0;
    f->res->rows++;
    /* the unit */
    int unit = fixed_unit;
    if (unit < 0) {
      char k[256];
      int32_t u = -1;
      sf_norm_label(row[f->special[SP_UNIT]], k, sizeof k);
      if (!kj_strmap_get(&R->unit_by, k, &u) || u < 0) {
        char loc[1200];
        sf_cell_loc(f, f->rowno[r], f->special[SP_UNIT], loc, sizeof loc);
        kj_diag_error_at(L->diag, loc, f->header[f->special[SP_UNIT]],
                         "'%s' is not the code, name or singkatan of a unit%s", row[f->special[SP_UNIT]],
                         u == -2 ? " (it names several units)" : "");
        continue;
      }
      unit = u;
    }
    /* the period */
    iso[0] = '\0';
    if (f->special[SP_TIME] >= 0 && row[f->special[SP_TIME]][0]) {
      kj_date dt;
      char tbuf[80];
      snprintf(tbuf, sizeof tbuf, "%s", row[f->special[SP_TIME]]);
      if (L->opts->skm_mdy) swap_day_month(tbuf);
      if (kj_date_parse(tbuf, &dt, why, (int)sizeof why) != 0) {
        char loc[1200];
        sf_cell_loc(f, f->rowno[r], f->special[SP_TIME], loc, sizeof loc);
        kj_diag_error_at(L->diag, loc, f->header[f->special[SP_TIME]], "%s", why);
        continue;
      }
      snprintf(iso, sizeof iso, "%04d-%02d-%02d", dt.y, dt.m, dt.d);
      if (!has_forced) kj_period_format(kj_skm_period_of(dt.y, dt.m, L->opts->skm_periode), per);
    }
    if (has_forced) kj_period_format(forced, per);
    else if (!iso[0]) {
      char loc[1200];
      sf_cell_loc(f, f->rowno[r], f->special[SP_TIME], loc, sizeof loc);
      kj_diag_error_at(L->diag, loc, f->header[f->special[SP_TIME]],
                       "a timestamp is required (or --periode P)");
      continue;
    }
    /* the answers */
    int bad = 0;
    for (int u = 1; u <= 9; u++) {
      int c = f->unsur_col[u];
      int a = sf_answer(row[c], f->col_set[c] >= 0 ? f->col_set[c] : SF_UNSUR_SET[u]);
      if (a < 0) {
        char loc[1200];
        const char *const *l = SF_LABELS[SF_UNSUR_SET[u]];
        sf_cell_loc(f, f->rowno[r], c, loc, sizeof loc);
        kj_diag_error_at(L->diag, loc, f->header[c],
                         "%s '%s' for U%d %s; accepted: %s, %s, %s, %s (or 1-4, a-d)",
                         a == -5 ? "answer outside 1-4 (the SKM questionnaire has four answers; "
                                   "a 1-5 scale cannot be converted):"
                                 : "unknown answer",
                         row[c], u, SF_UNSUR_NAME[u], l[0], l[1], l[2], l[3]);
        L->file_errors++;
        bad = 1;
        continue;
      }
      if (a) snprintf(ans[u - 1], sizeof ans[u - 1], "%d", a);
      else ans[u - 1][0] = '\0';
    }
    if (bad) continue;
    /* the profile: kept when it reads, else left out (it is optional) */
    char blank[6][2] = {""}; /* the kinds trim fields in place: never a literal */
    char *jk = f->special[SP_JK] >= 0 ? row[f->special[SP_JK]] : blank[0];
    if (*jk && kj_enum_parse(&kj_enum_kelamin, jk) < 0) jk = blank[0];
    usia[0] = '\0';
    if (f->special[SP_USIA] >= 0) {
      const char *v = row[f->special[SP_USIA]];
      long a = 0;
      int nd = 0;
      while (v[nd] >= '0' && v[nd] <= '9' && nd < 4) a = a * 10 + (v[nd++] - '0');
      const char *rest = v + nd;
      while (*rest == ' ') rest++;
      if (nd && (!*rest || kj_streq_ci(rest, "tahun")) && a >= 10 && a <= 120)
        snprintf(usia, sizeof usia, "%ld", a);
    }
    row_id(f, r, L->units[unit].code, &seen, idbuf);
    fl[0] = L->units[unit].code;
    fl[1] = per;
    fl[2] = iso;
    for (int u = 0; u < 9; u++) fl[3 + u] = ans[u];
    fl[12] = idbuf;
    fl[13] = f->special[SP_LAYANAN] >= 0 ? row[f->special[SP_LAYANAN]] : blank[1];
    fl[14] = jk;
    fl[15] = usia;
    fl[16] = f->special[SP_PENDIDIKAN] >= 0 ? row[f->special[SP_PENDIDIKAN]] : blank[2];
    fl[17] = f->special[SP_PEKERJAAN] >= 0 ? row[f->special[SP_PEKERJAAN]] : blank[3];
    L->fields = fl;
    L->nfields = 18;
    s = d->row(L, state, err);
  }
  if (s == KJ_OK && d->end) s = d->end(L, state, err);
  if (L->pipe) {
    kj_status ds = kj_pipe_drain(L->pipe, s == KJ_OK ? err : NULL);
    if (s == KJ_OK) s = ds;
  }
  if (state) d->free(state);
  kj_strmap_free(&seen);
  L->locate = NULL;
  L->locate_ctx = NULL;
  return s;
}

kj_status kj_skmform_run(kj_loader *L, int nfiles, char *const *files, kj_import_result *res,
                         kj_error *err) {
  sf_run R;
  memset(&R, 0, sizeof R);
  kj_status s = load_units(L, &R, err);
  for (int i = 0; s == KJ_OK && i < nfiles; i++) {
    kj_import_file_result *fr = &res->files[res->nfiles++];
    fr->path = xstrdup(files[i]);
    fr->kind = KJ_KIND_SKM;
    sf_file f;
    memset(&f, 0, sizeof f);
    f.path = files[i];
    f.res = fr;
    s = sf_read_file(L, &f, err);
    if (s == KJ_OK && f.ncols && sf_classify(L, &f) == 0) {
      R.f = &f;
      R.src[0] = f.special[SP_UNIT];
      R.src[1] = R.src[2] = f.special[SP_TIME];
      for (int u = 1; u <= 9; u++) R.src[2 + u] = f.unsur_col[u];
      R.src[12] = -1;
      R.src[13] = f.special[SP_LAYANAN];
      R.src[14] = f.special[SP_JK];
      R.src[15] = f.special[SP_USIA];
      R.src[16] = f.special[SP_PENDIDIKAN];
      R.src[17] = f.special[SP_PEKERJAAN];
      long before = L->diag->n_errors;
      s = run_file(L, &R, err);
      if (s == KJ_OK && f.sheet) {
        kj_csv *c = NULL; /* the CSV reader hashes the raw bytes of any file */
        s = kj_csv_open(files[i], &c, err);
        if (s == KJ_OK) s = kj_csv_sha256(c, fr->sha256, err);
        kj_csv_close(c);
      }
      if (s == KJ_OK && L->diag->n_errors == before)
        s = kj_import_log_file(L->store, fr, "skm-form", err);
    }
    sf_free_file(&f);
  }
  kj_strmap_free(&R.unit_by);
  return s;
}
