/* report_common.h — what the report workbooks (the briefing, the per-OPD
 * report, the multi-year study) share on top of the workbook layer:
 *
 *   - kj_rep: the reader's view of one analysis result (language, whether
 *     individuals are anonymised, their pseudonyms);
 *   - pseudonyms "Pegawai 0042" ("Employee 0042"), stable per NIP: the same
 *     NIPs always get the same numbers, in an order that reveals nothing
 *     about the NIP (NIPs start with a birth date);
 *   - small text helpers for sentences and cells: a label with a capital,
 *     signed numbers, "A, B dan C" lists, the subtitle every sheet carries,
 *     the document properties taken from the data (reproducible);
 *   - the Metodologi sheet (reports.md): definitions of analytics.md,
 *     parameter values, input files with SHA-256, tool and library versions.
 *
 * Reports lay out what analysis computed: nothing here runs SQL or computes
 * a statistic. Ownership: a kj_rep borrows its kj_analysis, which must
 * outlive it, and owns its pseudonym table (kj_rep_free). Text helpers write
 * into caller buffers and return them.
 */
#ifndef KJ_REPORTS_REPORT_COMMON_H
#define KJ_REPORTS_REPORT_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/analysis.h"
#include "reports/workbook/workbook.h"
#include "util/buf.h"

/* The Indonesian or the English text. */
#define KJ_T(lang, id, en) ((lang) == KJ_LANG_EN ? (en) : (id))

/* ---- pseudonyms ----------------------------------------------------------- */

typedef struct kj_rep_pseudo {
  size_t n, cap;
  int64_t *nip; /* sorted ascending after kj_rep_pseudo_seal, unique */
  int32_t *num; /* pseudonym number 1..n of nip[i] */
  int width;    /* digits printed: at least 4 */
  int sealed;
} kj_rep_pseudo;

/* Adds a NIP to be numbered (0 and negative values are ignored); only before
 * kj_rep_pseudo_seal. Adding the same NIP twice is harmless. */
void kj_rep_pseudo_add(kj_rep_pseudo *ps, int64_t nip);
/* Adds every NIP a result can show: employees of the year, evaluators and
 * the NIPs of the consistency findings. */
void kj_rep_pseudo_add_analysis(kj_rep_pseudo *ps, const kj_analysis *r);
/* Numbers the NIPs 1..n in the order of a fixed hash of the NIP (ties by
 * NIP), so a set of NIPs always gives the same numbers and the numbers do
 * not follow birth dates. */
void kj_rep_pseudo_seal(kj_rep_pseudo *ps);
/* Number of nip (1..n), 0 when it was never added. */
int kj_rep_pseudo_number(const kj_rep_pseudo *ps, int64_t nip);
void kj_rep_pseudo_free(kj_rep_pseudo *ps); /* NULL-safe; leaves an empty table */

/* ---- the reader's view of a result ---------------------------------------- */

typedef struct kj_rep {
  const kj_analysis *r; /* borrowed */
  kj_lang lang;
  int anonymize;        /* 1: no name or NIP of an individual anywhere */
  kj_rep_pseudo pseudo; /* numbered when anonymize */
} kj_rep;

/* Fills rp for r; with anonymize builds the pseudonyms of every NIP r can
 * show (kj_rep_pseudo_add_analysis). Release with kj_rep_free. */
void kj_rep_init(kj_rep *rp, const kj_analysis *r, kj_lang lang, int anonymize);
void kj_rep_free(kj_rep *rp); /* NULL-safe */

/* How a person is named: their name (from the data) or, anonymised, the
 * pseudonym "Pegawai 0042" / "Employee 0042". nama may be NULL (an
 * evaluator outside the roster): then "NIP <nip>" or the pseudonym. */
const char *kj_rep_person(const kj_rep *rp, int64_t nip, const char *nama, char *out, size_t cap);
/* The NIP as 18 digits, or the pseudonym when anonymised; "" for nip 0. */
const char *kj_rep_nip(const kj_rep *rp, int64_t nip, char *out, size_t cap);

/* ---- names and text -------------------------------------------------------- */

/* Full name of OPD o (the configured city name for KJ_KOTA). */
const char *kj_rep_opd_name(const kj_analysis *r, int o);
/* Short name for charts and sentences: singkatan, else the full name. */
const char *kj_rep_opd_short(const kj_analysis *r, int o);

/* "data tidak cukup" / "not enough data": what a group under min_kelompok shows. */
const char *kj_rep_tcd(kj_lang lang);

/* kj_enum_label of v in lang with its first letter in upper case ("Naik",
 * "Data tidak cukup"). Returns out. */
const char *kj_rep_label(const kj_enum *e, int v, kj_lang lang, char *out, size_t cap);
/* Same for any label text. */
const char *kj_rep_capital(const char *s, char *out, size_t cap);

/* The arrow format of a label column (KJ_WB_CF_TREND) for the labels of
 * kj_enum_tren (NAIK / TURUN / STABIL) or kj_enum_yoy (MENINGKAT / MENURUN /
 * TIDAK_BERUBAH) in lang. a->cf points into a: keep a alive while the
 * format is in use. */
typedef struct kj_rep_arrows {
  char up[64], down[64], flat[64];
  kj_wb_cf cf;
} kj_rep_arrows;
void kj_rep_arrows_tren(kj_lang lang, kj_rep_arrows *a);
void kj_rep_arrows_yoy(kj_lang lang, kj_rep_arrows *a);

/* Writes a trend's k, dari, sampai, slope_per_tahun, se, ci_low, ci_high and
 * p into eight consecutive columns from first (dari and sampai stay empty
 * when no period was used). */
void kj_rep_tren_cells(kj_table *t, size_t row, int first, const kj_tren *k);
/* Writes a year-over-year test's n_sebelum, mean_sebelum, n, mean, selisih,
 * t, df and p into eight consecutive columns from first. */
void kj_rep_yoy_cells(kj_table *t, size_t row, int first, const kj_yoy *y);

/* v with dec decimals and an explicit sign ("+0,42", "−1,5" with U+2212);
 * an en dash for NaN. Returns out. */
const char *kj_rep_signed(char *out, size_t cap, double v, int dec, kj_lang lang);

/* A period code for people: "2025-03" -> "Maret 2025" ("March 2025"),
 * "2025-Q2" -> "Triwulan II 2025" ("Quarter 2 2025"), "2025-S1" -> "Semester
 * I 2025", "2025" -> "2025"; anything else is copied. Returns out. */
const char *kj_rep_periode(const char *code, kj_lang lang, char *out, size_t cap);

/* Appends items[0..n) to b as "A", "A dan B", "A, B dan C" ("and" in English). */
void kj_rep_join(kj_buf *b, const char *const *items, size_t n, kj_lang lang);

/* The subtitle under every sheet title: "Tahun 2025 · data sampai 31 Des
 * 2025 · Sumber: e-Kinerja dan SKM, diolah <instansi> dengan kinerja
 * <version>", with extra (may be NULL) inserted after the year. */
void kj_rep_subtitle(const kj_rep *rp, const char *extra, kj_buf *out);

/* A section heading inside a sheet (KJ_WB_HEADING) at column 0; returns the
 * next row. */
int kj_rep_heading(kj_wb_sheet *sh, int row, const char *text);
/* A note line (small grey text, KJ_WB_NOTE) at column 0; returns the next row. */
int kj_rep_note(kj_wb_sheet *sh, int row, const char *text);

/* The data's creation date for the document properties: r->data_terbaru, or
 * 31 December of the analysis year when the data carries no date. out must
 * hold 11 bytes. */
const char *kj_rep_created(const kj_analysis *r, char out[11]);

/* ---- the Metodologi sheet ---------------------------------------------------- */

typedef struct kj_rep_meta {
  const char *laporan;    /* report name for people: "Briefing Pimpinan" */
  const char *perintah;   /* the command line that made it (options only, no paths
                             outside the report's own), or NULL */
  const char *sheet_name; /* NULL: "Metodologi" / "Methodology" */
} kj_rep_meta;

/* Adds the Metodologi sheet to wb: what the report is and how it was made
 * (options, analysis year and trend window, the data's date), the
 * definitions of analytics.md in lang, every parameter value used (the
 * curve rules per organisation predikat included), the imported input files
 * with their SHA-256 and row counts, and the versions of kinerja, SQLite,
 * GSL, libxlsxwriter, cairo and pango. Returns KJ_OK, or the sheet-add
 * failure with err set; content errors are sticky in wb (kj_wb_close
 * reports them). */
kj_status kj_rep_metodologi(kj_wb *wb, const kj_rep *rp, const kj_rep_meta *m, kj_error *err);

#endif
