/* ekinerja_scan.c — first step of reading e-Kinerja exports: every data
 * row of every file is checked for what decides where it goes (the NIP, the
 * SKP period from its two dates, the unit) and kept as a compact ekj_rec.
 *
 * Nothing is written here. Which row of an employee and period survives a
 * mutasi can only be known once every file has been read, so the rows are
 * held in memory: one ekj_rec (72 bytes) per row, their texts interned in
 * one string pool (names, units, ratings and dates repeat every month), so
 * a 100,000-row year stays within a few tens of megabytes.
 *
 * Rows of acting officials (is_skp_plt_plh_pjb / is_plt_plh != 0) are
 * validated like the others and kept flagged: their SKP is for a post they
 * only hold temporarily, so they go to the table skp_plt and never into a
 * statistic. A lone '-' is e-Kinerja's empty cell; in hasil_akhir it, an
 * empty cell or "Tidak membuat SKP" mean "not rated".
 */
#include "ingest/ekinerja_int.h"
#include "util/fsutil.h"
#include "util/text.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

char *ekj_str(ekj_state *S, uint32_t off) { return S->pool.data + off; }

uint32_t ekj_intern(ekj_state *S, const char *s) {
  if (!s || !*s) return 0;
  int32_t off;
  if (kj_strmap_get(&S->pool_ix, s, &off)) return (uint32_t)off;
  if (S->pool.len > (size_t)INT32_MAX - 65536) {
    fprintf(stderr, "kinerja: e-Kinerja exports too large to hold (over 2 GB of distinct text)\n");
    exit(KJ_INTERNAL);
  }
  off = (int32_t)S->pool.len;
  kj_buf_append(&S->pool, s, strlen(s) + 1);
  kj_strmap_put(&S->pool_ix, s, off);
  return (uint32_t)off;
}

int32_t ekj_period_pack(kj_period p) {
  int t = p.type == KJ_PER_BULANAN    ? 1
          : p.type == KJ_PER_TRIWULAN ? 2
          : p.type == KJ_PER_SEMESTER ? 3
                                      : 4;
  return p.year * 10000 + t * 100 + p.num;
}

kj_period ekj_period_unpack(int32_t v) {
  static const kj_period_type types[] = {KJ_PER_BULANAN, KJ_PER_TRIWULAN, KJ_PER_SEMESTER,
                                         KJ_PER_TAHUNAN};
  kj_period p = {v / 10000, types[(v / 100 % 100 - 1) & 3], v % 100};
  return p;
}

int kj_ekinerja_period(const kj_date *a, const kj_date *b, kj_period *out, char *why, int cap) {
  long da = kj_date_days(a->y, a->m, a->d), db = kj_date_days(b->y, b->m, b->d);
  if (db < da) {
    snprintf(why, (size_t)cap,
             "periode_akhir_skp %04d-%02d-%02d is before periode_awal_skp "
             "%04d-%02d-%02d",
             b->y, b->m, b->d, a->y, a->m, a->d);
    return -1;
  }
  if (a->y < 1900 || b->y > 2199) {
    snprintf(why, (size_t)cap, "the SKP year %d is outside 1900-2199", a->y < 1900 ? a->y : b->y);
    return -1;
  }
  if (a->y == b->y && a->m == b->m) {
    *out = (kj_period){a->y, KJ_PER_BULANAN, a->m};
    return 0;
  }
  if (a->y == b->y && a->d == 1 && b->d == kj_days_in_month(b->y, b->m)) {
    int m1 = a->m, m2 = b->m;
    if (m1 == 1 && m2 == 12) {
      *out = (kj_period){a->y, KJ_PER_TAHUNAN, 0};
      return 0;
    }
    if (m2 - m1 == 5 && (m1 - 1) % 6 == 0) {
      *out = (kj_period){a->y, KJ_PER_SEMESTER, (m1 - 1) / 6 + 1};
      return 0;
    }
    if (m2 - m1 == 2 && (m1 - 1) % 3 == 0) {
      *out = (kj_period){a->y, KJ_PER_TRIWULAN, (m1 - 1) / 3 + 1};
      return 0;
    }
  }
  if (a->y != b->y) {
    snprintf(why, (size_t)cap,
             "the SKP span %04d-%02d-%02d to %04d-%02d-%02d crosses a year boundary (an SKP "
             "lies within one calendar year)",
             a->y, a->m, a->d, b->y, b->m, b->d);
    return -1;
  }
  /* any other span inside one year: a partial-year SKP (appointment,
   * mutasi, promotion during the year) is part of the annual appraisal */
  *out = (kj_period){a->y, KJ_PER_TAHUNAN, 0};
  return 0;
}

void ekj_locate(const kj_loader *L, int col, char *out, size_t cap) {
  const ekj_state *S = L->locate_ctx;
  if (S->field_src) {
    if (L->line < 1 || (size_t)L->line > S->nrecs) {
      snprintf(out, cap, "%s", L->file ? L->file : "?");
      return;
    }
    const ekj_rec *r = &S->recs[L->line - 1];
    int fi = col >= 0 ? L->colmap[col] : -1;
    ekj_cell_loc(&S->files[r->file], r->row, fi >= 0 ? S->field_src[fi] : EK_NIP, out, cap);
  } else {
    ekj_cell_loc(&S->files[S->cur_file], L->line, col >= 0 ? col : EK_NIP, out, cap);
  }
}

static int is_dash(const char *s) {
  return strcmp(s, "-") == 0 || strcmp(s, "\xE2\x80\x93") == 0 || strcmp(s, "\xE2\x80\x94") == 0;
}

/* is_skp_plt_plh_pjb: 1 acting, 0 not, -1 invalid (reported). */
static int acting(kj_loader *L) {
  const char *v = kj_field(L, EK_PLT);
  if (!v) return 0;
  double d;
  char why[200];
  if (kj_parse_number(v, 1, &d, why, (int)sizeof why) == 0) return d != 0;
  static const char *const yes[] = {"TRUE", "YA", "Y"}, *const no[] = {"FALSE", "TIDAK", "T", "N"};
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
    if (kj_streq_ci(v, yes[i])) return 1;
  for (size_t i = 0; i < sizeof no / sizeof *no; i++)
    if (kj_streq_ci(v, no[i])) return 0;
  kj_field_error(L, EK_PLT,
                 "expected 0 (own post) or 1 (acting official: PLT, PLH or PJ), "
                 "found '%s'",
                 v);
  return -1;
}

/* The SKP span from periode_awal_skp and periode_akhir_skp, its period,
 * checked against tahun_skp. Returns 0, or -1 after reporting. */
static int row_span(ekj_state *S, kj_period *p, int32_t *awal_days, int32_t *akhir_days) {
  kj_loader *L = S->L;
  kj_date a, b;
  char iso[24], why[300];
  int ha = kj_field_date(L, EK_AWAL, 1, &a, iso);
  int hb = kj_field_date(L, EK_AKHIR, 1, &b, iso);
  if (ha != 1 || hb != 1) return -1;
  if (kj_ekinerja_period(&a, &b, p, why, (int)sizeof why) != 0) {
    const ekj_file *f = &S->files[S->cur_file];
    char ra[16], rb[16];
    ekj_cell_ref(f, L->line, EK_AWAL, ra);
    ekj_cell_ref(f, L->line, EK_AKHIR, rb);
    if (f->sheet)
      kj_field_error(L, EK_AWAL, "%s (cells %s and %s)", why, ra, rb);
    else
      kj_field_error(L, EK_AWAL, "%s (periode_awal_skp and periode_akhir_skp)", why);
    return -1;
  }
  *awal_days = (int32_t)kj_date_days(a.y, a.m, a.d);
  *akhir_days = (int32_t)kj_date_days(b.y, b.m, b.d);
  long tahun;
  if (kj_field_int(L, EK_TAHUN, 0, 1900, 2199, &tahun) == 1 && tahun != p->year) {
    char canon[16];
    kj_period_format(*p, canon);
    kj_field_error(L, EK_TAHUN,
                   "tahun_skp %ld does not match the SKP period %s (from "
                   "periode_awal_skp and periode_akhir_skp)",
                   tahun, canon);
    return -1;
  }
  return 0;
}

/* The evaluation period of a row (data.md "Which period a row is for"):
 * --periode, a bulan column, the file's "Periode :" line, and only then the
 * SKP span's own period (span). Returns 0, or -1 after reporting. */
static int row_period(ekj_state *S, const ekj_file *f, kj_period span, kj_period *out) {
  kj_loader *L = S->L;
  if (S->forced_set) {
    *out = S->forced;
    return 0;
  }
  const char *bulan = kj_field(L, EK_BULAN);
  if (bulan) {
    char w[64];
    snprintf(w, sizeof w, "%s", bulan);
    int m = 0;
    char *end;
    long v = strtol(w, &end, 10);
    if (end != w && !*end && v >= 1 && v <= 12) m = (int)v;
    for (int k = 1; k <= 12 && !m; k++)
      if (kj_streq_ci(w, kj_month_name(k, 0, 0)) || kj_streq_ci(w, kj_month_name(k, 1, 0))) m = k;
    if (!m) {
      kj_field_error(L, EK_BULAN, "expected a month 1-12 or its name, found '%s'", bulan);
      return -1;
    }
    *out = (kj_period){span.year, KJ_PER_BULANAN, m};
    return 0;
  }
  if (f->meta_type >= 0) {
    *out = (kj_period){f->meta_year ? f->meta_year : span.year, (kj_period_type)f->meta_type,
                       f->meta_num};
    return 0;
  }
  /* a Laporan SKP lists the SKPs of a year, not evaluations: an SKP of
   * exactly a quarter or semester is still one of the year's SKPs */
  *out = f->has_result ? span : (kj_period){span.year, KJ_PER_TAHUNAN, 0};
  return 0;
}

/* hasil_akhir that means "no result": '-', empty, "Tidak membuat SKP". */
static int not_rated_text(const char *v) {
  if (!v[0] || is_dash(v)) return 1;
  char k[64];
  size_t j = 0;
  for (const char *p = v; *p && j + 1 < sizeof k; p++)
    if (*p != ' ' && *p != '_' && *p != '-') k[j++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
  k[j] = '\0';
  return strcmp(k, "TIDAKMEMBUATSKP") == 0 || strcmp(k, "BELUMDINILAI") == 0;
}

static void scan_row(ekj_state *S, ekj_file *f, char **fields, long row) {
  kj_loader *L = S->L;
  L->fields = fields;
  L->nfields = EK_NCOL;
  L->line = row;
  L->row_bad = 0;
  f->res->rows++;
  for (int c = 0; c < EK_NCOL; c++)
    if (c != EK_HASIL_AKHIR && is_dash(fields[c])) fields[c][0] = '\0';
  int act = acting(L);
  if (act < 0) return;
  int64_t nip = 0;
  kj_period span, p;
  int32_t awal = 0, akhir = 0;
  int nip_ok = kj_field_nip(L, EK_NIP, 1, KJ_NIP_ANY, &nip) == 1;
  if (row_span(S, &span, &awal, &akhir) != 0 || !nip_ok) return;
  if (row_period(S, f, span, &p) != 0) return;
  int unit = ekj_unit_of(S, kj_field(L, EK_UNOR_INDUK), kj_field(L, EK_UNOR));
  if (unit < 0) {
    kj_field_error(L, EK_UNOR, "a unit is required (skp_unor, or at least skp_unor_induk)");
    return;
  }
  if (act > 0) {
    f->res->acting++;
    f->res->skipped++;
  }
  if (S->nrecs == S->recs_cap) {
    S->recs_cap = S->recs_cap ? S->recs_cap * 2 : 4096;
    S->recs = xreallocarray(S->recs, S->recs_cap, sizeof *S->recs);
  }
  ekj_rec *r = &S->recs[S->nrecs++];
  memset(r, 0, sizeof *r);
  r->nip = nip;
  r->file = S->cur_file;
  r->unit = unit;
  r->row = (int32_t)row;
  r->awal = awal;
  r->akhir = akhir;
  r->per = ekj_period_pack(p);
  r->span_per = ekj_period_pack(span);
  r->ikp = NAN;
  r->acting = act > 0;
  static const int src[R_NTEXT] = {EK_NAMA,      EK_GOLRU,       EK_JENIS_PEG, EK_JABATAN,
                                   EK_JENIS_JAB, EK_HASIL_KERJA, EK_PERILAKU,  EK_HASIL_AKHIR,
                                   EK_ATASAN,    EK_WAKTU,       EK_UNOR};
  for (int t = 0; t < R_NTEXT; t++) r->text[t] = ekj_intern(S, fields[src[t]]);
  r->no_result = !f->has_result;
  r->not_rated = f->has_result && not_rated_text(fields[EK_HASIL_AKHIR]);
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

kj_status ekj_scan_file(ekj_state *S, int i, kj_error *err) {
  kj_loader *L = S->L;
  ekj_file *f = &S->files[i];
  ekj_src *src = NULL;
  kj_status s = ekj_src_open(L, f, &src, err);
  if (s != KJ_OK || !src) return s;
  S->cur_file = i;
  S->field_src = NULL;
  L->file = f->path;
  L->kind = KJ_KIND_PENILAIAN;
  L->decimal_comma = 0;
  L->file_errors = 0;
  L->locate = ekj_locate;
  L->locate_ctx = S;
  for (int c = 0; c < EK_NCOL; c++) {
    L->colmap[c] = c;
    L->colname[c] = ekj_def.cols[c].name;
  }
  char **fields;
  long row;
  int r;
  double t0 = now_s(), next = t0 + 0.25;
  while ((r = ekj_src_next(L, src, &fields, &row, err)) == 1) {
    scan_row(S, f, fields, row);
    if (L->opts->progress && (f->res->rows & 0x3fff) == 0 && now_s() > next) {
      fprintf(stderr, "\r\033[K%s: %ld rows, %.0f rows/s", kj_path_base(f->path), f->res->rows,
              f->res->rows / (now_s() - t0));
      double frac = ekj_src_fraction(src);
      if (frac > 0) fprintf(stderr, ", %.0f%%", 100 * frac);
      fflush(stderr);
      next = now_s() + 0.25;
    }
  }
  if (L->opts->progress) fprintf(stderr, "\r\033[K");
  if (r == -2) s = KJ_IO;
  ekj_src_close(src);
  if (s == KJ_OK && f->numeric_nips) {
    char loc[1200];
    ekj_cell_loc(f, f->first_numeric_nip, EK_NIP, loc, sizeof loc);
    kj_diag_warn_at(L->diag, loc, "nip",
                    "%ld NIP cell%s stored as numbers, the first here; they were read from the "
                    "digits stored in the file, but spreadsheet programs keep only 15 significant "
                    "digits of a number: format the NIP column as text before editing the file",
                    f->numeric_nips, f->numeric_nips == 1 ? " is" : "s are");
  }
  return s;
}
