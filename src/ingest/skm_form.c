/* skm_form.c — `kinerja import --format skm-form`: SKM answers exported from
 * a web form or an SKM app (data.md "Survey-form exports"), one row per
 * respondent, one column per question whose header is the question text and
 * whose answers are the questionnaire's labels.
 *
 * A column is an unsur by the set of answer labels it holds, never by its
 * position (the regulation's sample questionnaire asks about sarana before
 * pengaduan): most of its answers must be labels of one unsur. Persyaratan
 * and produk share one set (Tidak sesuai ... Sangat sesuai); their header's
 * words or leading number decide. Columns of digits 1-4 or letters a-d are
 * unsur only when the header begins with U1..U9. Recognised profile columns
 * are kept; free text (saran, nama, nomor HP) never is.
 *
 * The rows are handed to the native skm kind (kind_skm.c) as synthesized
 * records, so validation and the upsert are the kind's; each row's
 * id_responden is a SHA-256 of its content plus an occurrence number, so a
 * cumulative export imported again, or next month's larger download,
 * changes only what is new.
 */
#include "ingest/skm_form.h"
#include "ingest/csv.h"
#include "ingest/import_xlsx.h"
#include "ingest/kinds.h"
#include "ingest/pipe.h"
#include "ingest/xlsx.h"
#include "util/buf.h"
#include "util/sha256.h"
#include "util/text.h"

#include <ctype.h>

#define SF_MAX_COLS 512

/* The label sets, 1..4 in order; set 0 is shared by U1 and U5. */
static const char *const LABELS[8][4] = {
    {"tidak sesuai", "kurang sesuai", "sesuai", "sangat sesuai"},
    {"tidak mudah", "kurang mudah", "mudah", "sangat mudah"},
    {"tidak cepat", "kurang cepat", "cepat", "sangat cepat"},
    {"sangat mahal", "cukup mahal", "murah", "gratis"},
    {"tidak kompeten", "kurang kompeten", "kompeten", "sangat kompeten"},
    {"tidak sopan dan ramah", "kurang sopan dan ramah", "sopan dan ramah",
     "sangat sopan dan ramah"},
    {"tidak ada", "ada tetapi tidak berfungsi", "berfungsi kurang maksimal",
     "dikelola dengan baik"},
    {"buruk", "cukup", "baik", "sangat baik"},
};
static const int SET_UNSUR[8] = {0, 2, 3, 4, 6, 7, 8, 9}; /* 0 = U1 or U5 by the header */
static const char *const UNSUR_NAME[10] = {"",        "persyaratan", "prosedur", "waktu",
                                           "biaya",   "produk",      "kompetensi", "perilaku",
                                           "pengaduan", "sarana"};
static const int UNSUR_SET[10] = {-1, 0, 1, 2, 3, 0, 4, 5, 6, 7};

enum { SP_NONE, SP_TIME, SP_UNIT, SP_JK, SP_USIA, SP_PENDIDIKAN, SP_PEKERJAAN, SP_LAYANAN };
static const struct {
  const char *key;
  int what;
} SPECIAL[] = {
    {"timestamp", SP_TIME},          {"stempel_waktu", SP_TIME},
    {"tanggal", SP_TIME},            {"waktu", SP_TIME},
    {"tanggal_pengisian", SP_TIME},  {"waktu_pengisian", SP_TIME},
    {"unit_layanan", SP_UNIT},       {"unit", SP_UNIT},
    {"unit_kerja", SP_UNIT},         {"unit_pelayanan", SP_UNIT},
    {"nama_unit", SP_UNIT},          {"kode_unit", SP_UNIT},
    {"jenis_kelamin", SP_JK},        {"jk", SP_JK},
    {"usia", SP_USIA},               {"umur", SP_USIA},
    {"pendidikan", SP_PENDIDIKAN},   {"pendidikan_terakhir", SP_PENDIDIKAN},
    {"pekerjaan", SP_PEKERJAAN},     {"pekerjaan_utama", SP_PEKERJAAN},
    {"jenis_layanan", SP_LAYANAN},   {"layanan", SP_LAYANAN},
    {"jenis_layanan_yang_diterima", SP_LAYANAN},
};

typedef struct sf_file {
  const char *path;
  char *sheet;            /* xlsx: the sheet read; NULL for CSV */
  int ncols;
  char **header;          /* ncols trimmed header texts */
  long header_row;
  char ***rows;           /* nrows x ncols trimmed texts ("" when empty) */
  long *rowno;
  long nrows, cap;
  int special[SP_LAYANAN + 1]; /* column of each special, -1 */
  int unsur_col[10];      /* 1..9: the column of each unsur, -1 */
  int col_set[SF_MAX_COLS];   /* label set of each column, -1 digits/none */
  kj_import_file_result *res;
} sf_file;

static void norm_label(const char *s, char *out, size_t cap) {
  size_t j = 0;
  int sp = 0;
  for (; *s && j + 1 < cap; s++) {
    unsigned char c = (unsigned char)*s;
    if (isspace(c)) {
      sp = j > 0;
      continue;
    }
    if (sp && j + 2 < cap) out[j++] = ' ';
    sp = 0;
    out[j++] = (char)tolower(c);
  }
  out[j] = '\0';
}

/* Header text -> key as the native kinds match names ("Stempel waktu" ->
 * "stempel_waktu"). */
static void norm_key(const char *s, char *out, size_t cap) {
  char t[256];
  norm_label(s, t, sizeof t);
  size_t j = 0;
  for (const char *p = t; *p && j + 1 < cap; p++) out[j++] = *p == ' ' || *p == '-' ? '_' : *p;
  out[j] = '\0';
}

/* 1..4 for an answer of label set `set` (labels, digits, letters), 0 empty,
 * -1 unknown, -5 a digit outside 1..4. */
static int answer(const char *v, int set) {
  if (!*v) return 0;
  char n[160];
  norm_label(v, n, sizeof n);
  if (set >= 0)
    for (int i = 0; i < 4; i++)
      if (strcmp(n, LABELS[set][i]) == 0) return i + 1;
  if (n[0] >= '0' && n[0] <= '9' && !n[1]) return n[0] >= '1' && n[0] <= '4' ? n[0] - '0' : -5;
  if (n[0] >= 'a' && n[0] <= 'd' && !n[1]) return n[0] - 'a' + 1;
  return -1;
}

/* U1..U9 at the start of a header, else 0. */
static int header_u(const char *h) {
  while (*h == ' ' || *h == '[' || *h == '(') h++;
  if ((h[0] == 'U' || h[0] == 'u') && h[1] >= '1' && h[1] <= '9' && !isalnum((unsigned char)h[2]))
    return h[1] - '0';
  return 0;
}

/* Persyaratan (1) or produk (5) for a column of the shared label set, from
 * the header's U prefix, its words, or its leading number; 0 undecided. */
static int u1_or_u5(const char *h) {
  int u = header_u(h);
  if (u == 1 || u == 5) return u;
  char n[512];
  norm_label(h, n, sizeof n);
  int p = strstr(n, "persyaratan") != NULL;
  int q = strstr(n, "produk") != NULL || strstr(n, "spesifikasi") != NULL;
  if (p != q) return p ? 1 : 5;
  const char *s = n;
  while (*s == ' ' || *s == '(') s++;
  if ((s[0] == '1' || s[0] == '5') && !isdigit((unsigned char)s[1])) return s[0] - '0';
  return 0;
}

/* ---- reading the whole file ---------------------------------------------- */

static void add_row(sf_file *f, const char *const *cells, int n, long rowno) {
  if (f->nrows == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 256;
    f->rows = xreallocarray(f->rows, (size_t)f->cap, sizeof *f->rows);
    f->rowno = xreallocarray(f->rowno, (size_t)f->cap, sizeof *f->rowno);
  }
  char **r = xcalloc((size_t)f->ncols + 1, sizeof *r);
  for (int c = 0; c < f->ncols; c++) r[c] = kj_trim(xstrdup(c < n && cells[c] ? cells[c] : ""));
  f->rows[f->nrows] = r;
  f->rowno[f->nrows++] = rowno;
}

static int all_blank(const char *const *cells, int n) {
  for (int c = 0; c < n; c++)
    if (cells[c])
      for (const char *p = cells[c]; *p; p++)
        if (!isspace((unsigned char)*p)) return 0;
  return 1;
}

static void take_header(sf_file *f, const char *const *cells, int n, long rowno) {
  f->ncols = n < SF_MAX_COLS ? n : SF_MAX_COLS;
  f->header = xcalloc((size_t)f->ncols + 1, sizeof *f->header);
  for (int c = 0; c < f->ncols; c++) f->header[c] = kj_trim(xstrdup(cells[c] ? cells[c] : ""));
  f->header_row = rowno;
}

/* Reads the file into f. KJ_OK after a data problem reported to L->diag
 * (f->ncols 0); KJ_IO when it cannot be read. */
static kj_status read_file(kj_loader *L, sf_file *f, kj_error *err) {
  kj_error e2 = {0};
  int r;
  if (kj_xlsx_is_workbook(f->path)) {
    kj_xlsx *x = NULL;
    kj_status st = kj_xlsx_open(f->path, L->opts->sheet, &x, &e2);
    if (st != KJ_OK) {
      if (st == KJ_IO) return kj_fail(err, KJ_IO, "%s", e2.msg);
      kj_diag_error_msg(L->diag, e2.msg);
      return KJ_OK;
    }
    f->sheet = xstrdup(kj_xlsx_sheet_name(x));
    const kj_xrow *row;
    const char **cells = NULL;
    int cap = 0;
    while ((r = kj_xlsx_next(x, &row, &e2)) == 1) {
      if (row->ncells > cap) {
        cap = row->ncells;
        cells = xreallocarray(cells, (size_t)cap, sizeof *cells);
      }
      for (int c = 0; c < row->ncells; c++) cells[c] = row->cells[c].text;
      if (all_blank(cells, row->ncells)) continue;
      if (!f->header) take_header(f, cells, row->ncells, row->row);
      else add_row(f, cells, row->ncells, row->row);
    }
    free(cells);
    kj_xlsx_close(x);
  } else {
    kj_csv *c = NULL;
    kj_status st = kj_csv_open(f->path, &c, err);
    if (st != KJ_OK) return st;
    const kj_csv_record *rec;
    while ((r = kj_csv_next(c, &rec, &e2)) == 1) {
      const char *const *cells = (const char *const *)rec->fields;
      if (all_blank(cells, rec->nfields)) continue;
      if (!f->header) take_header(f, cells, rec->nfields, rec->line);
      else add_row(f, cells, rec->nfields, rec->line);
    }
    if (r == 0 && f->res) st = kj_csv_sha256(c, f->res->sha256, err);
    kj_csv_close(c);
    if (st != KJ_OK) return st;
  }
  if (r < 0) {
    if (e2.status == KJ_IO) return kj_fail(err, KJ_IO, "%s", e2.msg);
    kj_diag_error_msg(L->diag, e2.msg);
    f->ncols = 0;
    return KJ_OK;
  }
  if (!f->header) {
    kj_diag_error(L->diag, f->path, 0, NULL, "the file is empty (expected a header row)");
    f->ncols = 0;
  }
  return KJ_OK;
}

static void cell_loc(const sf_file *f, long rowno, int col, char *out, size_t cap) {
  if (f->sheet) {
    char ref[16];
    kj_xlsx_cell_ref(rowno, col < 0 ? 0 : col, ref);
    snprintf(out, cap, "%s:%s!%s", f->path, f->sheet, ref);
  } else {
    snprintf(out, cap, "%s:%ld", f->path, rowno);
  }
}

/* ---- which column is what ------------------------------------------------ */

static void col_name(const sf_file *f, int c, char *out, size_t cap) {
  char ref[16];
  kj_xlsx_cell_ref(1, c, ref);
  ref[strcspn(ref, "0123456789")] = '\0';
  snprintf(out, cap, "%s '%.80s'", ref, f->header[c]);
}

/* Classifies the columns; errors to L->diag. Returns 0 when usable. */
static int classify(kj_loader *L, sf_file *f) {
  for (int i = 0; i <= SP_LAYANAN; i++) f->special[i] = -1;
  for (int u = 0; u < 10; u++) f->unsur_col[u] = -1;
  int bad = 0;
  char loc[1200], nm[120], nm2[120];
  for (int c = 0; c < f->ncols; c++) {
    f->col_set[c] = -1;
    char key[256];
    norm_key(f->header[c], key, sizeof key);
    int sp = SP_NONE;
    for (size_t k = 0; k < sizeof SPECIAL / sizeof *SPECIAL; k++)
      if (strcmp(key, SPECIAL[k].key) == 0) sp = SPECIAL[k].what;
    if (sp != SP_NONE) {
      if (f->special[sp] < 0) f->special[sp] = c;
      continue;
    }
    long n = 0, dig = 0, match[8] = {0};
    for (long r = 0; r < f->nrows; r++) {
      const char *v = f->rows[r][c];
      if (!*v) continue;
      n++;
      char t[160];
      norm_label(v, t, sizeof t);
      for (int s = 0; s < 8; s++)
        for (int i = 0; i < 4; i++)
          if (strcmp(t, LABELS[s][i]) == 0) match[s]++;
      if ((t[0] >= '0' && t[0] <= '9' && !t[1]) || (t[0] >= 'a' && t[0] <= 'd' && !t[1])) dig++;
    }
    if (!n) continue;
    int best = 0;
    for (int s = 1; s < 8; s++)
      if (match[s] > match[best]) best = s;
    int hu = header_u(f->header[c]), u = 0;
    cell_loc(f, f->header_row, c, loc, sizeof loc);
    col_name(f, c, nm, sizeof nm);
    if (match[best] * 2 >= n) {
      f->col_set[c] = best;
      u = SET_UNSUR[best] ? SET_UNSUR[best] : u1_or_u5(f->header[c]);
      if (!u) {
        kj_diag_error_at(L->diag, loc, NULL,
                         "column %s has the answers of persyaratan and produk (Tidak sesuai ... "
                         "Sangat sesuai); its header must say which (the word persyaratan or "
                         "produk, a leading 1. or 5., or U1/U5)",
                         nm);
        bad = 1;
        continue;
      }
      if (hu && hu != u) {
        kj_diag_error_at(L->diag, loc, NULL,
                         "column %s begins with U%d but its answers are the labels of U%d %s",
                         nm, hu, u, UNSUR_NAME[u]);
        bad = 1;
        continue;
      }
    } else if (hu && dig * 2 >= n) {
      u = hu;
    } else {
      continue; /* free text or something else: never loaded */
    }
    if (f->unsur_col[u] >= 0) {
      col_name(f, f->unsur_col[u], nm2, sizeof nm2);
      kj_diag_error_at(L->diag, loc, NULL, "columns %s and %s both answer U%d %s", nm2, nm, u,
                       UNSUR_NAME[u]);
      bad = 1;
      continue;
    }
    f->unsur_col[u] = c;
  }
  kj_buf miss = {0};
  for (int u = 1; u <= 9; u++)
    if (f->unsur_col[u] < 0) kj_buf_printf(&miss, "%sU%d %s", miss.len ? ", " : "", u, UNSUR_NAME[u]);
  if (miss.len && !bad) {
    cell_loc(f, f->header_row, 0, loc, sizeof loc);
    kj_diag_error_at(L->diag, loc, NULL,
                     "no column with the answers of %s (a column is an unsur when most of its "
                     "answers are that unsur's labels, or its header begins with U1..U9)",
                     kj_buf_cstr(&miss));
    bad = 1;
  }
  kj_buf_free(&miss);
  return bad ? -1 : 0;
}

static void free_file(sf_file *f) {
  for (long r = 0; r < f->nrows; r++) {
    for (int c = 0; c < f->ncols; c++) free(f->rows[r][c]);
    free(f->rows[r]);
  }
  free(f->rows);
  free(f->rowno);
  for (int c = 0; c < f->ncols && f->header; c++) free(f->header[c]);
  free(f->header);
  free(f->sheet);
}

kj_status kj_skmform_check(kj_loader *L, const char *path, kj_error *err) {
  sf_file f;
  memset(&f, 0, sizeof f);
  f.path = path;
  kj_status s = read_file(L, &f, err);
  if (s == KJ_OK && f.ncols) classify(L, &f);
  free_file(&f);
  return s;
}

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
  cell_loc(R->f, R->f->rowno[R->rec], pc, out, cap);
}

static void unit_put(sf_run *R, const char *text, int idx) {
  char k[256];
  int32_t cur;
  norm_label(text, k, sizeof k);
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
  char *fl[18], per[16], iso[24], idbuf[80], ans[9][4], usia[8];
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
      norm_label(row[f->special[SP_UNIT]], k, sizeof k);
      if (!kj_strmap_get(&R->unit_by, k, &u) || u < 0) {
        char loc[1200];
        cell_loc(f, f->rowno[r], f->special[SP_UNIT], loc, sizeof loc);
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
      if (kj_date_parse(row[f->special[SP_TIME]], &dt, why, (int)sizeof why) != 0) {
        char loc[1200];
        cell_loc(f, f->rowno[r], f->special[SP_TIME], loc, sizeof loc);
        kj_diag_error_at(L->diag, loc, f->header[f->special[SP_TIME]], "%s", why);
        continue;
      }
      snprintf(iso, sizeof iso, "%04d-%02d-%02d", dt.y, dt.m, dt.d);
      if (!has_forced) kj_period_format((kj_period){dt.y, KJ_PER_TRIWULAN, (dt.m + 2) / 3}, per);
    }
    if (has_forced) kj_period_format(forced, per);
    else if (!iso[0]) {
      char loc[1200];
      cell_loc(f, f->rowno[r], f->special[SP_TIME], loc, sizeof loc);
      kj_diag_error_at(L->diag, loc, f->header[f->special[SP_TIME]],
                       "a timestamp is required (or --periode P)");
      continue;
    }
    /* the answers */
    int bad = 0;
    for (int u = 1; u <= 9; u++) {
      int c = f->unsur_col[u];
      int a = answer(row[c], f->col_set[c] >= 0 ? f->col_set[c] : UNSUR_SET[u]);
      if (a < 0) {
        char loc[1200];
        const char *const *l = LABELS[UNSUR_SET[u]];
        cell_loc(f, f->rowno[r], c, loc, sizeof loc);
        kj_diag_error_at(L->diag, loc, f->header[c],
                         "%s '%s' for U%d %s; accepted: %s, %s, %s, %s (or 1-4, a-d)",
                         a == -5 ? "answer outside 1-4 (the SKM questionnaire has four answers; "
                                   "a 1-5 scale cannot be converted):"
                                 : "unknown answer",
                         row[c], u, UNSUR_NAME[u], l[0], l[1], l[2], l[3]);
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
    s = read_file(L, &f, err);
    if (s == KJ_OK && f.ncols && classify(L, &f) == 0) {
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
    free_file(&f);
  }
  kj_strmap_free(&R.unit_by);
  return s;
}
