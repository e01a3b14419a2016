/* ekinerja_int.h — what the e-Kinerja files (ekinerja*.c) share; not part
 * of the module's interface (see ekinerja.h).
 *
 *   ekinerja_src.c    opening .xlsx/.csv, the header row, data rows, cell
 *                     locations
 *   ekinerja_units.c  unit names -> existing or derived units
 *   ekinerja_scan.c   pass 2, step 1: every row validated into an ekj_rec
 *   ekinerja_resolve.c pass 2, step 2: the result of each NIP and period
 *   ekinerja.c        pass 1 check; pass 2 de-duplication and the writes
 */
#ifndef KJ_EKINERJA_INT_H
#define KJ_EKINERJA_INT_H

#include "ingest/ekinerja.h"
#include "ingest/kinds.h"
#include "util/buf.h"

/* The columns of the export that are read (data.md); others are ignored. */
enum {
  EK_NIP,
  EK_NAMA,
  EK_GOLRU,
  EK_JENIS_PEG,
  EK_UNOR,
  EK_UNOR_INDUK,
  EK_JABATAN,
  EK_JENIS_JAB,
  EK_TAHUN,
  EK_AWAL,
  EK_AKHIR,
  EK_HASIL_KERJA,
  EK_PERILAKU,
  EK_HASIL_AKHIR,
  EK_ATASAN,
  EK_WAKTU,
  EK_PLT,
  EK_BULAN,
  EK_NCOL
};

/* The column table, as a kind definition so kj_kind_map_header matches
 * names and aliases exactly as for the native kinds. */
extern const kj_kind_def ekj_def;

/* Header rows are looked for among this many first non-empty rows. */
#define EKJ_HEADER_ROWS 20

/* One input file. */
typedef struct ekj_file {
  const char *path;          /* as given (borrowed from the command line) */
  char *sheet;               /* xlsx: the sheet read; NULL for CSV */
  int phys[EK_NCOL];         /* column -> 0-based column in the file, -1 when absent */
  long header_row;           /* xlsx row / CSV line of the header */
  long numeric_nips;         /* NIP cells stored as numbers (xlsx) */
  long first_numeric_nip;    /* the row of the first of them */
  int has_result;            /* a hasil_akhir column: Laporan Penilaian (else Laporan SKP) */
  int meta_type;             /* "Periode : ..." line: kj_period_type, -1 when none */
  int meta_num, meta_year;   /* its month/quarter/semester (0 annual) and year (0 = per row) */
  long meta_row;             /* where it is, for messages */
  kj_buf meta;               /* the metadata lines above the header, '\n'-separated */
  size_t rec_begin, rec_end; /* its rows in ekj_state.recs */
  kj_import_file_result *res;
} ekj_file;

/* Text fields kept per row, as offsets into the string pool (0 = empty). */
enum {
  R_NAMA,
  R_GOLRU,
  R_JENIS_PEG,
  R_JABATAN,
  R_JENIS_JAB,
  R_HASIL_KERJA,
  R_PERILAKU,
  R_HASIL_AKHIR,
  R_ATASAN,
  R_WAKTU,
  R_UNOR_TEXT, /* the unit as written, for the import summary */
  R_NTEXT
};

/* One valid data row (acting officials and rows with errors are not kept). */
typedef struct ekj_rec {
  int64_t nip;
  int32_t file;           /* index into ekj_state.files */
  int32_t unit;           /* index into L->units */
  int32_t row;            /* xlsx row / CSV line */
  int32_t awal, akhir;    /* periode_awal_skp, periode_akhir_skp: days since 1970-01-01 */
  int32_t per;            /* packed evaluation period, see ekj_period_pack */
  int32_t span_per;       /* packed period of the SKP span itself (tahunan: a (partial-)year SKP) */
  uint32_t text[R_NTEXT]; /* pool offsets */
  double ikp;              /* skp_ganda = bulan, on the winner of several SKPs; else NaN */
  uint8_t not_rated;      /* hasil_akhir '-', empty or 'Tidak membuat SKP' */
  uint8_t no_result;      /* from a Laporan SKP: a span, never a result or a missing one */
  uint8_t acting;         /* an acting post (PLT/PLH/PJ): table skp_plt only */
  uint8_t winner;         /* the row kept for its (nip, period) */
  uint8_t employee;       /* the employee's latest row: their roster record */
  uint8_t duplicate;      /* the same SKP (start) again for its period: superseded */
  uint8_t nskp;           /* on the winner: distinct SKPs of its (nip, period), capped 255 */
} ekj_rec;

/* A unit created from the export. */
typedef struct ekj_newunit {
  int idx;    /* in L->units */
  char *name; /* as first written in the export */
  int jenis;  /* kj_jenis_unit guessed from the name, -1 if none */
} ekj_newunit;

typedef struct ekj_state {
  kj_loader *L;
  kj_import_result *res;
  ekj_file *files;
  int nfiles;
  ekj_rec *recs;
  size_t nrecs, recs_cap;
  kj_buf pool;       /* NUL-terminated strings; offset 0 is "" */
  kj_strmap pool_ix; /* string -> offset */
  /* units by name key: OPDs (top-level preferred), any unit (-2 = ambiguous),
   * sub-units ("OPD code\x1f" key) */
  kj_strmap opd_by_name, any_by_name, sub_by_name;
  ekj_newunit *newunits;
  int nnew, new_cap;
  kj_i64map bad_nip; /* NIPs whose roster record failed: their rows are skipped */
  /* locating messages: phase 1 uses cur_file and L->line (the row); the
   * writes set field_src, and L->line is then a record index + 1 */
  kj_period forced;     /* --periode, when forced_set */
  int forced_set;
  kj_buf notes;         /* the import summary's lists (several SKPs, partial years) */
  int cur_file;
  const int *field_src; /* synthesized field index -> EK_ column */
  char scratch[2][24];  /* writable synthesized fields: the NIP, the period */
  char *synth[8];       /* the synthesized record L->fields points at */
} ekj_state;

/* --- ekinerja_src.c --- */
typedef struct ekj_src ekj_src;
/* Opens f->path, finds the header row, fills f->phys, f->sheet,
 * f->header_row. KJ_OK with *out NULL after reporting a data problem to
 * L->diag; KJ_IO when the file cannot be read. */
kj_status ekj_src_open(kj_loader *L, ekj_file *f, ekj_src **out, kj_error *err);
/* Next data row with at least one non-empty column that is read: 1 and
 * *fields (EK_NCOL writable, trimmed strings, "" when empty) and *row set;
 * 0 at the end; -1 after a data error reported to L->diag; -2 with err set
 * (KJ_IO). */
int ekj_src_next(kj_loader *L, ekj_src *s, char ***fields, long *row, kj_error *err);
/* Bytes read / size, for progress (0 when unknown). */
double ekj_src_fraction(const ekj_src *s);
void ekj_src_close(ekj_src *s); /* NULL-safe */
/* "FILE:SHEET!CELL" of column col (EK_*) in row, or "FILE:LINE" for CSV;
 * a column the file lacks falls back to a related one, else to nip. */
void ekj_cell_loc(const ekj_file *f, long row, int col, char *out, size_t cap);
/* Just the cell ("K7") for xlsx, "" for CSV. */
void ekj_cell_ref(const ekj_file *f, long row, int col, char out[16]);

/* --- ekinerja_units.c --- */
/* Loads the names of the database's units into the name maps (after
 * load_known filled L->units). */
kj_status ekj_units_load(ekj_state *S, kj_error *err);
/* The unit of a row from its skp_unor_induk and skp_unor (either may be
 * NULL): an existing unit matched by name, or a unit created (in memory)
 * with a derived code. Returns the index in L->units, or -1 when both are
 * empty. */
int ekj_unit_of(ekj_state *S, const char *induk, const char *unor);
/* Writes the created units (queries/ingest/unit_*.sql); counts in *created. */
kj_status ekj_units_write(ekj_state *S, long *created, kj_error *err);
void ekj_units_free(ekj_state *S);

/* --- ekinerja_resolve.c --- */
/* Step 2: winners, roster rows, skip counts and the summary's lists. */
void ekj_resolve(ekj_state *S);
/* The matrix predikat of a row (kj_predikat), -1 when it has no result. */
int ekj_rec_predikat(ekj_state *S, const ekj_rec *r);
/* "YYYY-MM-DD" of a day number. */
void ekj_day_text(int32_t days, char out[16]);

/* --- ekinerja_scan.c --- */
/* Reads and validates every row of file i into S->recs. KJ_OK also after
 * data errors (counted in L->diag); KJ_IO when reading fails. */
kj_status ekj_scan_file(ekj_state *S, int i, kj_error *err);
/* The string at a pool offset (writable; "" for 0). Valid until the next
 * ekj_intern. */
char *ekj_str(ekj_state *S, uint32_t off);
/* The pool offset of s, adding it when new (0 for NULL or ""). */
uint32_t ekj_intern(ekj_state *S, const char *s);
int32_t ekj_period_pack(kj_period p);
kj_period ekj_period_unpack(int32_t v);
/* The locate callback of kj_loader for both phases (see ekj_state). */
void ekj_locate(const kj_loader *L, int col, char *out, size_t cap);

#endif
