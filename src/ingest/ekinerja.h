/* ekinerja.h — reading e-Kinerja BKN "Laporan Penilaian SKP" exports
 * (data.md "e-Kinerja BKN exports", issue 7), as .xlsx or the same layout
 * saved as .csv, for `kinerja import --format ekinerja`.
 *
 * The import orchestrator (import.c) calls kj_ekinerja_check for every file
 * before its transaction (pass 1: the file opens, a header row is found and
 * has the required columns) and kj_ekinerja_run once for all files inside
 * it (pass 2). One export row yields up to three records: the unit (created
 * when not in the database), the employee (inserted or updated from their
 * latest row) and the appraisal (penilaian, or penilaian_kosong when
 * hasil_akhir is '-' or empty). Rows are validated by the native unit,
 * pegawai and penilaian rules; errors are located as FILE:SHEET!CELL
 * (xlsx) or FILE:LINE (csv). See doc/input-format.md for what is skipped and
 * how unit codes are derived.
 *
 * The three helpers below are the mapping's rules on their own, exposed for
 * tests and documentation.
 */
#ifndef KJ_EKINERJA_H
#define KJ_EKINERJA_H

#include <stddef.h>

#include "domain/date.h"
#include "domain/period.h"
#include "ingest/import.h"
#include "ingest/loader.h"

/* Pass 1 for one file: opens it (xlsx by extension or content, else CSV),
 * finds the header row and checks the required columns. Data problems
 * (not an xlsx, no header row, missing columns) are reported to L->diag and
 * return KJ_OK; KJ_IO when the file cannot be read. */
kj_status kj_ekinerja_check(kj_loader *L, const char *path, kj_error *err);

/* Pass 2, inside the import's transaction (L as set up by kj_import_files,
 * with L->pipe possibly running): reads every file, validates each row,
 * de-duplicates mutasi rows across all files, then writes units, employees
 * and appraisals and logs each file (format 'ekinerja'). res->files gets
 * one entry per file (kind penilaian) in command-line order; the roster
 * counts go to res too. Returns KJ_OK (data errors are counted in
 * L->diag), or KJ_IO / KJ_DB / KJ_INTERNAL. */
kj_status kj_ekinerja_run(kj_loader *L, int nfiles, char *const *files, kj_import_result *res,
                          kj_error *err);

/* The period of an SKP span [awal, akhir] (data.md "Periods from the SKP
 * span"): both days in one calendar month give that month (also a part of
 * a month, as after a mutasi), exact quarters and semesters those, and any
 * other span inside one calendar year the annual appraisal (a partial-year
 * SKP after an appointment, mutasi or promotion). A span that ends before
 * it starts or crosses a year boundary returns -1 with the reason in why
 * (cap bytes). Times of day are ignored. */
int kj_ekinerja_period(const kj_date *awal, const kj_date *akhir, kj_period *out, char *why,
                       int cap);

/* Matching key of a unit name: ASCII letters upper-cased, digits and other
 * UTF-8 bytes kept, every run of anything else (spaces, punctuation) one
 * space, trimmed. "Dinas  Kesehatan." and "DINAS KESEHATAN" have one key. */
void kj_ekinerja_name_key(const char *name, char *out, size_t cap);

/* The unit code derived from a name (and, for a sub-unit, the name of its
 * OPD): the key's ASCII letters and digits as an upper-case slug joined by
 * '_' (at most 23 characters, cut at a word boundary where possible; "UNIT"
 * when nothing is left), '-', and the FNV-1a 32-bit hash of the key (of
 * "OPD key/unit key" for a sub-unit) as 8 upper-case hex digits. Always
 * matches [A-Z0-9_-]{10,32}. opd_name is NULL for an OPD. */
void kj_ekinerja_unit_code(const char *name, const char *opd_name, char out[33]);

#endif
