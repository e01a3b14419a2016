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
#include "ingest/skm_form_int.h"
#include "ingest/csv.h"
#include "ingest/import_xlsx.h"
#include "ingest/kinds.h"
#include "ingest/pipe.h"
#include "ingest/xlsx.h"
#include "util/buf.h"
#include "util/sha256.h"
#include "util/text.h"

#include <ctype.h>

/* The label sets, 1..4 in order; set 0 is shared by U1 and U5. */
const char *const SF_LABELS[8][4] = {
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
const char *const SF_UNSUR_NAME[10] = {"",        "persyaratan", "prosedur", "waktu",
                                           "biaya",   "produk",      "kompetensi", "perilaku",
                                           "pengaduan", "sarana"};
const int SF_UNSUR_SET[10] = {-1, 0, 1, 2, 3, 0, 4, 5, 6, 7};


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



void sf_norm_label(const char *s, char *out, size_t cap) {
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
  sf_norm_label(s, t, sizeof t);
  size_t j = 0;
  for (const char *p = t; *p && j + 1 < cap; p++) out[j++] = *p == ' ' || *p == '-' ? '_' : *p;
  out[j] = '\0';
}

/* 1..4 for an answer of label set `set` (labels, digits, letters), 0 empty,
 * -1 unknown, -5 a digit outside 1..4. */
int sf_answer(const char *v, int set) {
  if (!*v) return 0;
  char n[160];
  sf_norm_label(v, n, sizeof n);
  if (set >= 0)
    for (int i = 0; i < 4; i++)
      if (strcmp(n, SF_LABELS[set][i]) == 0) return i + 1;
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

/* The unsur kinerja.ini's [skm_form] gives a header, else 0. */
static int mapped_unsur(const kj_loader *L, const char *h) {
  char a[512], b[512];
  sf_norm_label(h, a, sizeof a);
  for (int i = 0; i < L->opts->n_skm_map; i++) {
    sf_norm_label(L->opts->skm_map_header[i], b, sizeof b);
    if (strcmp(a, b) == 0) return L->opts->skm_map_unsur[i];
  }
  return 0;
}

/* Persyaratan (1) or produk (5) for a column of the shared label set, from
 * the header's U prefix, its words, or its leading number; 0 undecided. */
static int u1_or_u5(const char *h) {
  int u = header_u(h);
  if (u == 1 || u == 5) return u;
  char n[512];
  sf_norm_label(h, n, sizeof n);
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
kj_status sf_read_file(kj_loader *L, sf_file *f, kj_error *err) {
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

void sf_cell_loc(const sf_file *f, long rowno, int col, char *out, size_t cap) {
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
int sf_classify(kj_loader *L, sf_file *f) {
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
      sf_norm_label(v, t, sizeof t);
      for (int s = 0; s < 8; s++)
        for (int i = 0; i < 4; i++)
          if (strcmp(t, SF_LABELS[s][i]) == 0) match[s]++;
      if ((t[0] >= '0' && t[0] <= '9' && !t[1]) || (t[0] >= 'a' && t[0] <= 'd' && !t[1])) dig++;
    }
    if (!n) continue;
    int best = 0;
    for (int s = 1; s < 8; s++)
      if (match[s] > match[best]) best = s;
    int hu = header_u(f->header[c]), u = 0;
    if (!hu) hu = mapped_unsur(L, f->header[c]);
    sf_cell_loc(f, f->header_row, c, loc, sizeof loc);
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
                         "column %s is U%d by its header (or kinerja.ini [skm_form]) but its "
                         "answers are the labels of U%d %s",
                         nm, hu, u, SF_UNSUR_NAME[u]);
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
                       SF_UNSUR_NAME[u]);
      bad = 1;
      continue;
    }
    f->unsur_col[u] = c;
  }
  kj_buf miss = {0};
  for (int u = 1; u <= 9; u++)
    if (f->unsur_col[u] < 0) kj_buf_printf(&miss, "%sU%d %s", miss.len ? ", " : "", u, SF_UNSUR_NAME[u]);
  if (miss.len && !bad) {
    sf_cell_loc(f, f->header_row, 0, loc, sizeof loc);
    kj_diag_error_at(L->diag, loc, NULL,
                     "no column with the answers of %s (a column is an unsur when most of its "
                     "answers are that unsur's labels, or its header begins with U1..U9)",
                     kj_buf_cstr(&miss));
    bad = 1;
  }
  kj_buf_free(&miss);
  return bad ? -1 : 0;
}

void sf_free_file(sf_file *f) {
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
  kj_status s = sf_read_file(L, &f, err);
  if (s == KJ_OK && f.ncols) sf_classify(L, &f);
  sf_free_file(&f);
  return s;
}

