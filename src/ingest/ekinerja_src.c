/* ekinerja_src.c — one e-Kinerja export as a stream of rows of the columns
 * the mapping reads, whether it is the .xlsx BKN gives out or that sheet
 * saved as .csv.
 *
 * An export does not start with its header: a title, "Instansi ...",
 * "Periode : Bulanan 4 Tahun 2025", a timestamp come first. The header is
 * the first of the first 20 non-empty rows that has `nip` and one of
 * `hasil_akhir`, `periode_awal_skp` or `periode_awal` (names normalised as
 * for the native kinds, so Title Case works too); without hasil_akhir it is
 * a "Laporan SKP" (spans and roster, no results). Everything after it is
 * data. The rows above it are kept as the file's metadata, and a "Periode"
 * line among them gives the evaluation period of every row.
 * For CSV the delimiter cannot be guessed from the first line (a title
 * often has none), so the raw lines are scanned for the header line first
 * and its delimiter is imposed on the CSV reader.
 *
 * Each data row is copied into an arena as EK_NCOL trimmed strings: the
 * validators (kj_field_*) trim in place, and the xlsx reader's strings are
 * borrowed and shared between cells, so they must not be written to.
 */
#include "ingest/csv.h"
#include "ingest/ekinerja_int.h"
#include "ingest/xlsx.h"
#include "util/platform.h"
#include "util/text.h"

#include <ctype.h>
#include <stdlib.h>
#include <strings.h>

static const kj_kind_col cols[EK_NCOL] = {
    {"nip", 1, "nip_baru|nip_pegawai"},
    {"nama", 1, "nama_pegawai|nama_lengkap"},
    {"golru", 0, "golongan|gol_ruang|pangkat_golongan"},
    {"jenis_pegawai", 0, "status_pegawai|jenis_asn"},
    {"skp_unor", 1, "unor|unit_kerja|nama_unor"},
    {"skp_unor_induk", 0, "unor_induk|unit_kerja_induk|nama_unor_induk"},
    {"skp_jabatan", 0, "jabatan|nama_jabatan"},
    {"skp_jenis_jabatan", 0, "jenis_jabatan"},
    {"tahun_skp", 0, "tahun"},
    {"periode_awal_skp", 1, "periode_awal|tanggal_awal_skp"},
    {"periode_akhir_skp", 1, "periode_akhir|tanggal_akhir_skp"},
    {"hasil_kerja", 0, "rating_hasil_kerja"},
    {"perilaku_kerja", 0, "rating_perilaku_kerja|rating_perilaku"},
    {"hasil_akhir", 0, NULL},
    {"pegawai_atasan_nip", 0, "atasan_nip|nip_atasan|nip_penilai"},
    {"waktu_dinilai", 0, "tanggal_dinilai|waktu_penilaian"},
    {"is_skp_plt_plh_pjb", 0, "is_plt_plh|plt_plh"},
    {"bulan", 0, "bulan_penilaian"},
};

const kj_kind_def ekj_def = {
    KJ_KIND_PENILAIAN, "e-Kinerja", cols, EK_NCOL, NULL, NULL, NULL, NULL, NULL};

struct ekj_src {
  ekj_file *f;
  kj_xlsx *x;
  kj_csv *c;
  const kj_xrow *xrow; /* current xlsx row (borrowed) */
  const char **raw;    /* current row: every cell's text, NULL when empty */
  int nraw, raw_cap;
  long row;
  kj_buf arena; /* copied fields, NUL-separated */
  size_t offs[EK_NCOL];
  char *fields[EK_NCOL];
};

enum { FT_CSV, FT_XLSX, FT_XLS };

static int has_ext(const char *path, const char *ext) {
  size_t n = strlen(path), e = strlen(ext);
  return n >= e && kj_streq_ci(path + n - e, ext);
}

/* By extension first (a broken .xlsx must get the zip reader's message),
 * then by the first bytes. */
static int file_type(const char *path) {
  if (has_ext(path, ".xlsx") || has_ext(path, ".xlsm")) return FT_XLSX;
  unsigned char m[8] = {0};
  FILE *fp = fopen(path, "rb");
  size_t n = fp ? fread(m, 1, sizeof m, fp) : 0;
  if (fp) fclose(fp);
  if (n >= 4 && memcmp(m, "PK\3\4", 4) == 0) return FT_XLSX;
  if (has_ext(path, ".xls") || (n == 8 && memcmp(m, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0))
    return FT_XLS;
  return FT_CSV;
}

/* The delimiter of the first raw line (among the first 20 non-blank ones)
 * that mentions nip and hasil_akhir; 0 when there is none. */
static char csv_header_delim(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) return 0;
  char *line = NULL, low[4096];
  size_t cap = 0;
  ssize_t n;
  char d = 0;
  for (int seen = 0; !d && seen < EKJ_HEADER_ROWS && (n = kj_getline(&line, &cap, fp)) > 0;) {
    size_t j = 0;
    for (ssize_t i = 0; i < n && j + 1 < sizeof low; i++)
      low[j++] = (char)tolower((unsigned char)line[i]);
    low[j] = '\0';
    if (!kj_trim(low)[0]) continue;
    seen++;
    if (strstr(low, "nip") && (strstr(low, "hasil_akhir") || strstr(low, "hasil akhir") ||
                               strstr(low, "periode_awal") || strstr(low, "periode awal")))
      d = kj_csv_detect_delimiter(line, (size_t)n);
  }
  free(line);
  fclose(fp);
  return d;
}

/* Next raw row into s->raw. 1, 0 at the end, -1 data error reported, -2 I/O
 * error in err. */
static int raw_next(kj_loader *L, ekj_src *s, kj_error *err) {
  kj_error e2 = {0};
  int r;
  if (s->x) {
    r = kj_xlsx_next(s->x, &s->xrow, &e2);
    if (r == 1) {
      if (s->xrow->ncells > s->raw_cap) {
        s->raw_cap = s->xrow->ncells;
        s->raw = xreallocarray(s->raw, (size_t)s->raw_cap, sizeof *s->raw);
      }
      s->nraw = s->xrow->ncells;
      for (int i = 0; i < s->nraw; i++) s->raw[i] = s->xrow->cells[i].text;
      s->row = s->xrow->row;
    }
  } else {
    const kj_csv_record *rec = NULL;
    r = kj_csv_next(s->c, &rec, &e2);
    if (r == 1) {
      s->raw = (const char **)rec->fields;
      s->nraw = rec->nfields;
      s->row = rec->line;
    }
  }
  if (r >= 0) return r;
  if (e2.status == KJ_IO) {
    kj_fail(err, KJ_IO, "%s", e2.msg);
    return -2;
  }
  kj_diag_error_msg(L->diag, e2.msg);
  return -1;
}

static int blank(const char *t) {
  if (!t) return 1;
  for (; *t; t++)
    if (!isspace((unsigned char)*t)) return 0;
  return 1;
}

/* Copies n texts into the arena and points out[] at them (trimmed). */
static void copy_fields(ekj_src *s, const char *const *texts, int n, char **out) {
  kj_buf_reset(&s->arena);
  for (int i = 0; i < n; i++) {
    s->offs[i] = s->arena.len;
    kj_buf_puts(&s->arena, texts[i] ? texts[i] : "");
    kj_buf_putc(&s->arena, '\0');
  }
  for (int i = 0; i < n; i++) out[i] = kj_trim(s->arena.data + s->offs[i]);
}

static void list_found(char *out, size_t cap, char *const *h, int n) {
  size_t j = 0;
  out[0] = '\0';
  for (int i = 0; i < n && j + 4 < cap; i++)
    if (h[i][0]) j += (size_t)snprintf(out + j, cap - j, "%s%s", j ? ", " : "", h[i]);
}

/* A month, quarter or semester number written as digits, a Roman numeral
 * (I..XII) or an Indonesian/English month name; 0 when it is none. */
static int period_number(const char *w) {
  static const char *const roman[] = {"I",   "II", "III", "IV", "V",  "VI",
                                      "VII", "VIII", "IX", "X", "XI", "XII"};
  char *end;
  long v = strtol(w, &end, 10);
  if (end != w && !*end) return v >= 1 && v <= 12 ? (int)v : 0;
  for (int m = 1; m <= 12; m++)
    if (kj_streq_ci(w, roman[m - 1]) || kj_streq_ci(w, kj_month_name(m, 0, 0)) ||
        kj_streq_ci(w, kj_month_name(m, 1, 0)))
      return m;
  return 0;
}

/* The text after "Periode :" of a metadata line: "Bulanan 4 Tahun 2025",
 * "Triwulan II Tahun 2025", "Semester 1 2025", "Tahunan 2025", "Final",
 * or a period code. Sets f->meta_*; -1 when it cannot be read. */
static int parse_meta_period(ekj_file *f, const char *text) {
  char buf[200];
  snprintf(buf, sizeof buf, "%s", text);
  int type = -1, num = 0, year = 0, words = 0;
  for (char *p = buf; *p;) {
    p += strspn(p, " \t,/-");
    if (!*p) break;
    char *w = p;
    p += strcspn(p, " \t,/-");
    if (*p) *p++ = '\0';
    words++;
    char *end;
    long v = strtol(w, &end, 10);
    if (words == 1) {
      if (kj_streq_ci(w, "bulanan") || kj_streq_ci(w, "bulan")) type = KJ_PER_BULANAN;
      else if (kj_streq_ci(w, "triwulan") || kj_streq_ci(w, "triwulanan")) type = KJ_PER_TRIWULAN;
      else if (kj_streq_ci(w, "semester") || kj_streq_ci(w, "semesteran")) type = KJ_PER_SEMESTER;
      else if (kj_streq_ci(w, "tahunan") || kj_streq_ci(w, "final") || kj_streq_ci(w, "akhir"))
        type = KJ_PER_TAHUNAN;
      else break;
      continue;
    }
    if (kj_streq_ci(w, "tahun")) continue;
    if (end != w && !*end && v >= 1900 && v <= 2199) year = (int)v;
    else if (!num && period_number(w)) num = period_number(w);
    else return -1;
  }
  if (type < 0) { /* a period code or name: "2025-04", "April 2025" */
    kj_period p;
    char why[200];
    if (kj_period_parse(text, &p, why, (int)sizeof why) != 0) return -1;
    type = (int)p.type;
    num = p.num;
    year = p.year;
  }
  int max = type == KJ_PER_BULANAN ? 12 : type == KJ_PER_TRIWULAN ? 4 : type == KJ_PER_SEMESTER ? 2 : 0;
  if (type == KJ_PER_TAHUNAN) num = 0;
  else if (num < 1 || num > max) return -1;
  f->meta_type = type;
  f->meta_num = num;
  f->meta_year = year;
  return 0;
}

/* A row above the header: kept as metadata; a "Periode : ..." line read. */
static void meta_row(kj_loader *L, ekj_src *s) {
  ekj_file *f = s->f;
  kj_buf line = {0};
  for (int i = 0; i < s->nraw; i++)
    if (!blank(s->raw[i])) {
      if (line.len) kj_buf_putc(&line, ' ');
      kj_buf_puts(&line, s->raw[i]);
    }
  char *t = kj_trim(line.data ? line.data : (char *)"");
  if (!*t) {
    kj_buf_free(&line);
    return;
  }
  if (f->meta.len) kj_buf_putc(&f->meta, '\n');
  kj_buf_puts(&f->meta, t);
  if (strncasecmp(t, "periode", 7) == 0 && f->meta_type < 0) {
    const char *v = t + 7;
    while (*v == ' ' || *v == '\t') v++;
    if (*v == ':') {
      v++;
      while (*v == ' ' || *v == '\t') v++;
      f->meta_row = s->row;
      if (parse_meta_period(f, v) != 0) {
        char loc[1200];
        if (f->sheet)
          snprintf(loc, sizeof loc, "%s:%s!A%ld", f->path, f->sheet, s->row);
        else
          snprintf(loc, sizeof loc, "%s:%ld", f->path, s->row);
        kj_diag_warn_at(L->diag, loc, NULL,
                        "cannot read the period in '%s' (expected e.g. 'Periode : Bulanan 4 "
                        "Tahun 2025', 'Triwulan II Tahun 2025', 'Tahunan'); the periods come "
                        "from the SKP dates",
                        t);
      }
    }
  }
  kj_buf_free(&line);
}

/* Looks for the header among the first rows; reports what is wrong. */
static int find_header(kj_loader *L, ekj_src *s, kj_error *err) {
  ekj_file *f = s->f;
  char **h = NULL;
  int seen = 0, r;
  f->meta_type = -1;
  kj_buf_reset(&f->meta);
  while (seen < EKJ_HEADER_ROWS && (r = raw_next(L, s, err)) == 1) {
    int any = 0;
    for (int i = 0; i < s->nraw && !any; i++) any = !blank(s->raw[i]);
    if (!any) continue;
    seen++;
    h = xreallocarray(h, (size_t)s->nraw + 1, sizeof *h);
    /* header texts are few and short; copy them so the arena stays for rows */
    for (int i = 0; i < s->nraw; i++) h[i] = kj_trim(xstrdup(s->raw[i] ? s->raw[i] : ""));
    kj_kind_map_header(&ekj_def, h, s->nraw, f->phys, NULL);
    if (f->phys[EK_NIP] >= 0 && (f->phys[EK_HASIL_AKHIR] >= 0 || f->phys[EK_AWAL] >= 0)) {
      f->header_row = s->row;
      f->has_result = f->phys[EK_HASIL_AKHIR] >= 0;
      char missing[400] = "", found[1500];
      size_t j = 0;
      for (int c = 0; c < EK_NCOL; c++) {
        int req = cols[c].required ||
                  (f->has_result && (c == EK_HASIL_KERJA || c == EK_PERILAKU));
        if (req && f->phys[c] < 0)
          j += (size_t)snprintf(missing + j, sizeof missing - j, "%s%s", j ? ", " : "",
                                cols[c].name);
      }
      if (missing[0]) {
        char loc[1200];
        list_found(found, sizeof found, h, s->nraw);
        ekj_cell_loc(f, s->row, EK_NIP, loc, sizeof loc);
        kj_diag_error_at(L->diag, loc, NULL,
                         "missing required column(s) of an e-Kinerja export: %s; columns found: %s",
                         missing, found);
      }
      for (int i = 0; i < s->nraw; i++) free(h[i]);
      free(h);
      return missing[0] ? -1 : 1;
    }
    for (int i = 0; i < s->nraw; i++) free(h[i]);
    meta_row(L, s);
  }
  free(h);
  if (seen < EKJ_HEADER_ROWS && r < 0) return r; /* a broken file: already said */
  for (int c = 0; c < EK_NCOL; c++) f->phys[c] = -1;
  char loc[1200];
  if (f->sheet)
    snprintf(loc, sizeof loc, "%s:%s", f->path, f->sheet);
  else
    snprintf(loc, sizeof loc, "%s", f->path);
  kj_diag_error_at(L->diag, loc, NULL,
                   "no header row: none of the first %d non-empty rows has the column nip and "
                   "one of hasil_akhir, periode_awal_skp or periode_awal; is this an e-Kinerja "
                   "\"Laporan Penilaian SKP\" or \"Laporan SKP\" export?%s",
                   EKJ_HEADER_ROWS,
                   f->sheet && !L->opts->sheet
                       ? " (if the report is on another sheet, name it with --sheet)"
                       : "");
  return -1;
}

kj_status ekj_src_open(kj_loader *L, ekj_file *f, ekj_src **out, kj_error *err) {
  *out = NULL;
  for (int c = 0; c < EK_NCOL; c++) f->phys[c] = -1;
  int type = file_type(f->path);
  if (type == FT_XLS) {
    kj_diag_error(L->diag, f->path, 0, NULL,
                  "an old-format Excel workbook (.xls); open it in Excel or LibreOffice and save "
                  "it as .xlsx (Excel Workbook)");
    return KJ_OK;
  }
  ekj_src *s = xcalloc(1, sizeof *s);
  s->f = f;
  kj_error e2 = {0};
  if (type == FT_XLSX) {
    kj_status st = kj_xlsx_open(f->path, L->opts->sheet, &s->x, &e2);
    if (st != KJ_OK) {
      ekj_src_close(s);
      if (st == KJ_IO) return kj_fail(err, KJ_IO, "%s", e2.msg);
      kj_diag_error_msg(L->diag, e2.msg);
      return KJ_OK;
    }
    free(f->sheet);
    f->sheet = xstrdup(kj_xlsx_sheet_name(s->x));
  } else {
    kj_status st = kj_csv_open(f->path, &s->c, err);
    if (st != KJ_OK) {
      ekj_src_close(s);
      return st;
    }
    char d = csv_header_delim(f->path);
    if (d) kj_csv_set_delimiter(s->c, d);
  }
  int r = find_header(L, s, err);
  if (r != 1) {
    ekj_src_close(s);
    return r == -2 ? KJ_IO : KJ_OK;
  }
  *out = s;
  return KJ_OK;
}

int ekj_src_next(kj_loader *L, ekj_src *s, char ***fields, long *row, kj_error *err) {
  const ekj_file *f = s->f;
  const char *texts[EK_NCOL];
  for (;;) {
    int r = raw_next(L, s, err);
    if (r != 1) return r;
    int any = 0;
    for (int c = 0; c < EK_NCOL; c++) {
      int p = f->phys[c];
      texts[c] = p >= 0 && p < s->nraw ? s->raw[p] : NULL;
      any |= !blank(texts[c]);
    }
    if (!any) continue;
    int p = f->phys[EK_NIP];
    if (s->x && p < s->xrow->ncells && s->xrow->cells[p].type == KJ_XCELL_NUMBER &&
        !s->xrow->cells[p].text[strspn(s->xrow->cells[p].text, "0123456789")]) {
      /* stored with every digit: read, but worth a warning (a lost digit is an error) */
      if (!s->f->numeric_nips++) s->f->first_numeric_nip = s->row;
    }
    copy_fields(s, texts, EK_NCOL, s->fields);
    *fields = s->fields;
    *row = s->row;
    return 1;
  }
}

double ekj_src_fraction(const ekj_src *s) {
  if (!s->c || kj_csv_size(s->c) <= 0) return 0;
  return (double)kj_csv_bytes_read(s->c) / (double)kj_csv_size(s->c);
}

void ekj_src_close(ekj_src *s) {
  if (!s) return;
  kj_xlsx_close(s->x);
  kj_csv_close(s->c);
  if (s->x) free(s->raw); /* for CSV, raw pointed into the reader's record */
  kj_buf_free(&s->arena);
  free(s);
}

/* The file column to point at for col: itself, a related column, or nip. */
static int loc_col(const ekj_file *f, int col) {
  if (col >= 0 && f->phys[col] >= 0) return f->phys[col];
  if (col == EK_UNOR && f->phys[EK_UNOR_INDUK] >= 0) return f->phys[EK_UNOR_INDUK];
  return f->phys[EK_NIP] >= 0 ? f->phys[EK_NIP] : 0;
}

void ekj_cell_ref(const ekj_file *f, long row, int col, char out[16]) {
  if (!f->sheet)
    out[0] = '\0';
  else
    kj_xlsx_cell_ref(row, loc_col(f, col), out);
}

void ekj_cell_loc(const ekj_file *f, long row, int col, char *out, size_t cap) {
  if (!f->sheet) {
    snprintf(out, cap, "%s:%ld", f->path, row);
    return;
  }
  char ref[16];
  ekj_cell_ref(f, row, col, ref);
  snprintf(out, cap, "%s:%s!%s", f->path, f->sheet, ref);
}
