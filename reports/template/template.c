/* template.c — `kinerja template`: the data-entry workbook (template.h).
 *
 * The sheets and their columns are the ingest kinds' own (kinds.h), in
 * dependency order, so the header row is always exactly what `kinerja
 * import` reads; the template never has columns the importer would warn
 * about. Rules per column are derived from its name: NIP columns (nip*)
 * are text of 18 characters, unit codes and periods are text, dates are
 * date cells, enumerations get a dropdown of their canonical values, SKM
 * answers whole numbers 1-4, BerAKHLAK scores decimals 1.0-5.0.
 */
#include "reports/template/template.h"
#include "domain/enums.h"
#include "ingest/kinds.h"
#include "reports/common/report_common.h"
#include "reports/workbook/workbook.h"
#include "util/buf.h"
#include "util/xalloc.h"

#include <string.h>
#include <time.h>

#define TP_ROWS 5000 /* rows of every data sheet that carry validation */

static int starts(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static int is_nip(const char *c) { return starts(c, "nip"); }
static int is_unit(const char *c) {
  return strcmp(c, "kode_unit") == 0 || strcmp(c, "kode_induk") == 0 || strcmp(c, "menjadi") == 0;
}
static int is_text(const char *c) {
  return is_nip(c) || is_unit(c) || strcmp(c, "periode") == 0 || strcmp(c, "id_responden") == 0 ||
         strcmp(c, "kode_rhk") == 0 || strcmp(c, "golongan") == 0;
}
static int is_date(const char *c) {
  return starts(c, "tanggal") || strcmp(c, "mulai") == 0 || strcmp(c, "selesai") == 0;
}

/* The enumeration of a column, NULL when it is none. */
static const kj_enum *enum_of(const char *kind, const char *c) {
  static const struct {
    const char *col;
    const kj_enum *e;
  } map[] = {{"jenis_unit", &kj_enum_jenis_unit},   {"jenis_pegawai", &kj_enum_jenis_pegawai},
             {"jenis_jabatan", &kj_enum_jenis_jabatan}, {"jenis_kelamin", &kj_enum_kelamin},
             {"rating_hasil_kerja", &kj_enum_rating}, {"rating_perilaku", &kj_enum_rating},
             {"jenis_rhk", &kj_enum_jenis_rhk},     {"aspek", &kj_enum_aspek},
             {"arah", &kj_enum_arah},               {"nilai", &kj_enum_nilai},
             {"sumber", &kj_enum_sumber},           {"jenis", &kj_enum_jenis_ub}};
  if (strcmp(c, "predikat") == 0)
    return strcmp(kind, "kinerja_organisasi") == 0 ? &kj_enum_predikat_org : &kj_enum_predikat;
  for (size_t i = 0; i < sizeof map / sizeof *map; i++)
    if (strcmp(map[i].col, c) == 0) return map[i].e;
  return NULL;
}

/* The validation of a column (type < 0: none). */
static kj_wb_valid valid_of(const char *kind, const char *c, int nunits, const char *unit_range,
                            const char **list, kj_lang l) {
  kj_wb_valid v = {.type = (kj_wb_valid_type)-1};
  const kj_enum *e = enum_of(kind, c);
  if (e) {
    for (int i = 0; i < e->n && i < 15; i++) list[i] = e->canon[i];
    list[e->n < 15 ? e->n : 15] = NULL;
    v = (kj_wb_valid){KJ_WB_V_LIST, list, NULL, 0, 0, KJ_T(l, "Pilih dari daftar", "Pick a value"),
                      KJ_T(l, "Pilih salah satu nilai dari daftar.", "Pick one value from the list."),
                      KJ_T(l, "Nilai ini tidak ada dalam daftar.", "This value is not in the list.")};
  } else if (is_nip(c)) {
    v = (kj_wb_valid){KJ_WB_V_LENGTH, NULL, NULL, 18, 18, "NIP",
                      KJ_T(l, "18 angka NIP/NI PPPK, tanpa spasi. Kolom ini berformat teks.",
                           "The 18 digits of the NIP/NI PPPK, no spaces. The column is text."),
                      KJ_T(l, "NIP harus 18 karakter.", "A NIP has 18 characters.")};
  } else if (is_unit(c) && nunits > 0) {
    v = (kj_wb_valid){KJ_WB_V_LIST_RANGE, NULL, unit_range, 0, 0, KJ_T(l, "Kode unit", "Unit code"),
                      KJ_T(l, "Pilih kode unit dari daftar (sheet _unit).",
                           "Pick the unit code from the list (sheet _unit)."),
                      KJ_T(l, "Kode unit ini tidak ada di database.",
                           "This unit code is not in the database.")};
  } else if (c[0] == 'u' && c[1] >= '1' && c[1] <= '9' && !c[2]) {
    v = (kj_wb_valid){KJ_WB_V_WHOLE, NULL, NULL, 1, 4, KJ_T(l, "Jawaban SKM", "SKM answer"),
                      KJ_T(l, "Bilangan bulat 1-4 (1 = tidak baik ... 4 = sangat baik); kosong "
                              "= tidak dijawab.",
                           "A whole number 1-4 (1 = poor ... 4 = very good); empty = not "
                           "answered."),
                      KJ_T(l, "Jawaban SKM adalah 1, 2, 3 atau 4.", "SKM answers are 1, 2, 3 or 4.")};
  } else if (strcmp(c, "skor") == 0) {
    v = (kj_wb_valid){KJ_WB_V_DECIMAL, NULL, NULL, 1, 5, KJ_T(l, "Skor BerAKHLAK", "BerAKHLAK score"),
                      KJ_T(l, "Angka 1,0 sampai 5,0.", "A number from 1.0 to 5.0."),
                      KJ_T(l, "Skor harus 1,0 sampai 5,0.", "The score must be 1.0 to 5.0.")};
  } else if (is_date(c)) {
    v = (kj_wb_valid){KJ_WB_V_DATE, NULL, NULL, 1, 2958465, KJ_T(l, "Tanggal", "Date"),
                      KJ_T(l, "Tanggal, misalnya 2025-03-12.", "A date, e.g. 2025-03-12."),
                      KJ_T(l, "Isi dengan tanggal.", "Enter a date.")};
  } else if (strcmp(c, "tahun") == 0 || strcmp(c, "berlaku_sampai") == 0) {
    v = (kj_wb_valid){KJ_WB_V_WHOLE, NULL, NULL, 1900, 2199, KJ_T(l, "Tahun", "Year"),
                      KJ_T(l, "Tahun empat angka, misalnya 2025.", "A four-digit year, e.g. 2025."),
                      KJ_T(l, "Isi dengan tahun, misalnya 2025.", "Enter a year, e.g. 2025.")};
  } else if (strcmp(c, "usia") == 0) {
    v = (kj_wb_valid){KJ_WB_V_WHOLE, NULL, NULL, 10, 120, KJ_T(l, "Usia", "Age"),
                      KJ_T(l, "Usia dalam tahun (10-120).", "Age in years (10-120)."),
                      KJ_T(l, "Usia harus 10-120.", "Age must be 10-120.")};
  } else if (strcmp(c, "target") == 0 || strcmp(c, "bobot") == 0) {
    v = (kj_wb_valid){KJ_WB_V_DECIMAL, NULL, NULL, 1e-9, 1e12, KJ_T(l, "Angka > 0", "Number > 0"),
                      KJ_T(l, "Angka lebih dari 0.", "A number above 0."),
                      KJ_T(l, "Harus angka lebih dari 0.", "Must be a number above 0.")};
  } else if (strcmp(c, "realisasi") == 0 || strcmp(c, "capaian") == 0) {
    v = (kj_wb_valid){KJ_WB_V_DECIMAL, NULL, NULL, 0, 1e12, KJ_T(l, "Angka >= 0", "Number >= 0"),
                      KJ_T(l, "Angka 0 atau lebih.", "A number 0 or more."),
                      KJ_T(l, "Harus angka 0 atau lebih.", "Must be a number 0 or more.")};
  }
  return v;
}

static void note_text(kj_buf *b, const kj_kind_def *d, int c, kj_lang l) {
  const tp_col_info *in = tp_col_info_of(d->name, d->cols[c].name);
  const char *name = d->cols[c].name;
  kj_buf_reset(b);
  kj_buf_printf(b, "%s\n%s", name, in ? KJ_T(l, in->id, in->en) : "");
  kj_buf_printf(b, "\n%s", d->cols[c].required ? KJ_T(l, "Wajib diisi.", "Required.")
                                                 : KJ_T(l, "Tidak wajib.", "Optional."));
  const kj_enum *e = enum_of(d->name, name);
  if (e) {
    kj_buf_puts(b, KJ_T(l, "\nNilai: ", "\nValues: "));
    for (int i = 0; i < e->n; i++) kj_buf_printf(b, "%s%s", i ? ", " : "", e->canon[i]);
  }
  if (in && in->example[0]) kj_buf_printf(b, KJ_T(l, "\nContoh: %s", "\nExample: %s"), in->example);
}

static void kind_sheet(kj_wb *wb, const kj_kind_def *d, int nunits, const char *range, kj_lang l,
                       kj_error *err) {
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, d->name, err);
  if (!sh) return;
  kj_buf note = {0};
  const char *list[16];
  for (int c = 0; c < d->ncols; c++) {
    const char *name = d->cols[c].name;
    kj_wb_text(sh, 0, c, name, KJ_WB_HEADER);
    note_text(&note, d, c, l);
    kj_wb_note(sh, 0, c, kj_buf_cstr(&note));
    double w = strlen(name) + 4.0;
    if (is_nip(name)) w = 21;
    if (is_text(name) || is_date(name)) kj_wb_col_input(sh, c, is_date(name), w < 14 ? 14 : w);
    else kj_wb_col_width(sh, c, c, w < 12 ? 12 : w);
    kj_wb_valid v = valid_of(d->name, name, nunits, range, list, l);
    if ((int)v.type >= 0) kj_wb_validate(sh, 1, c, TP_ROWS, &v);
  }
  kj_buf_free(&note);
}

static void unit_sheet(kj_wb *wb, const kj_template_unit *u, int n, kj_error *err) {
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, "_unit", err);
  if (!sh) return;
  kj_wb_text(sh, 0, 0, "kode", KJ_WB_HEADER);
  kj_wb_text(sh, 0, 1, "nama", KJ_WB_HEADER);
  for (int i = 0; i < n; i++) {
    kj_wb_text(sh, i + 1, 0, u[i].kode, KJ_WB_TEXT);
    kj_wb_text(sh, i + 1, 1, u[i].nama, KJ_WB_TEXT);
  }
}

static const char *const PURPOSE[KJ_KIND_N][2] = {
    {"unit: daftar unit organisasi (OPD dan sub-unitnya).",
     "unit: the organisation units (OPD and their sub-units)."},
    {"pegawai: daftar pegawai (ASN) dan unitnya.", "pegawai: the employees (ASN) and their units."},
    {"kinerja_organisasi: predikat kinerja organisasi per OPD dan tahun.",
     "kinerja_organisasi: organisation predikat per OPD and year."},
    {"penilaian: hasil penilaian kinerja periodik dan tahunan.",
     "penilaian: periodic and annual appraisal results."},
    {"capaian: target dan realisasi indikator SKP.", "capaian: SKP indicator targets and results."},
    {"perilaku: skor perilaku BerAKHLAK.", "perilaku: BerAKHLAK behaviour scores."},
    {"skm: jawaban survei kepuasan masyarakat, satu baris per responden (dari kertas).",
     "skm: public satisfaction survey answers, one row per respondent (from paper)."},
    {"umpan_balik: umpan balik dan apresiasi pimpinan.",
     "umpan_balik: leader feedback and recognition events."},
};

static const char *const RULES[][2] = {
    {"Baris 1 setiap sheet adalah judul kolom: jangan diubah. Isi data mulai baris 2.",
     "Row 1 of every sheet is the header: do not change it. Enter data from row 2."},
    {"Arahkan kursor ke judul kolom untuk membaca catatannya: arti, wajib atau tidak, nilai yang "
     "boleh, contoh.",
     "Rest the pointer on a header cell to read its note: meaning, required or not, allowed "
     "values, an example."},
    {"NIP ditulis 18 angka sebagai teks (kolomnya sudah berformat teks). Jangan ketik NIP sebagai "
     "angka: Excel hanya menyimpan 15 digit.",
     "Type NIPs as 18 digits of text (the columns are text). Never as numbers: Excel keeps only "
     "15 digits."},
    {"Periode: 2025-01 (bulan), 2025-TW1 (triwulan), 2025-S1 (semester) atau 2025 (tahunan).",
     "Periods: 2025-01 (month), 2025-TW1 (quarter), 2025-S1 (semester) or 2025 (year)."},
    {"Tanggal diisi sebagai tanggal (2025-03-12). Kolom berdaftar pilihan hanya menerima nilai "
     "dari daftarnya.",
     "Dates are dates (2025-03-12). Columns with a dropdown accept only its values."},
    {"Sheet yang tidak dipakai boleh dibiarkan kosong atau dihapus. Sheet ini (Petunjuk) dan "
     "sheet berawalan _ tidak dibaca.",
     "Sheets you do not need may stay empty or be deleted. This sheet (Petunjuk) and sheets "
     "starting with _ are not read."},
    {"Simpan sebagai .xlsx lalu jalankan: kinerja import FILE.xlsx. Satu impor adalah satu "
     "transaksi: bila ada kesalahan, tidak ada yang berubah, dan pesan menyebut sheet dan sel.",
     "Save as .xlsx and run: kinerja import FILE.xlsx. An import is one transaction: on any error "
     "nothing changes, and the message names the sheet and cell."},
    {"Data yang sudah ada (kunci yang sama) diganti; mengimpor file yang sama dua kali tidak "
     "mengubah apa pun.",
     "Existing records (same key) are replaced; importing the same file twice changes nothing."},
};

/* Two narrow columns (name, text) so the sheet reads on screen and on A4:
 * what each sheet is for, the rules, and an example row per kind written
 * downwards (column, example, required). */
static void petunjuk(kj_wb *wb, kj_lang l, kj_error *err) {
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, "Petunjuk", err);
  if (!sh) return;
  kj_wb_col_width(sh, 0, 0, 24);
  kj_wb_col_width(sh, 1, 1, 80);
  kj_wb_col_width(sh, 2, 2, 14);
  int row = 0;
  kj_wb_text(sh, row++, 0, KJ_T(l, "Template pengisian data kinerja", "kinerja data-entry template"),
             KJ_WB_TITLE);
  row++;
  kj_wb_text(sh, row++, 0, KJ_T(l, "Isi tiap sheet", "What each sheet is for"), KJ_WB_HEADING);
  for (int k = 0; k < KJ_KIND_N; k++) {
    const char *t = PURPOSE[k][l];
    const char *colon = strchr(t, ':');
    kj_wb_text(sh, row, 0, kj_kind_defs[k]->name, KJ_WB_TEXT);
    kj_wb_text(sh, row++, 1, colon ? colon + 2 : t, KJ_WB_WRAP);
  }
  row++;
  kj_wb_text(sh, row++, 0, KJ_T(l, "Aturan pengisian", "Rules"), KJ_WB_HEADING);
  for (size_t i = 0; i < sizeof RULES / sizeof *RULES; i++) {
    char num[8];
    snprintf(num, sizeof num, "%zu", i + 1);
    kj_wb_text(sh, row, 0, num, KJ_WB_TEXT);
    kj_wb_text(sh, row++, 1, RULES[i][l], KJ_WB_WRAP);
  }
  row++;
  kj_wb_text(sh, row++, 0, KJ_T(l, "Contoh satu baris per sheet", "An example row per sheet"),
             KJ_WB_HEADING);
  for (int k = 0; k < KJ_KIND_N; k++) {
    const kj_kind_def *d = kj_kind_defs[k];
    row++;
    kj_wb_text(sh, row, 0, d->name, KJ_WB_HEADER);
    kj_wb_text(sh, row, 1, KJ_T(l, "contoh isian", "example value"), KJ_WB_HEADER);
    kj_wb_text(sh, row++, 2, KJ_T(l, "wajib", "required"), KJ_WB_HEADER);
    for (int c = 0; c < d->ncols; c++) {
      const tp_col_info *in = tp_col_info_of(d->name, d->cols[c].name);
      kj_wb_text(sh, row, 0, d->cols[c].name, KJ_WB_TEXT);
      if (in && in->example[0]) kj_wb_text(sh, row, 1, in->example, KJ_WB_TEXT);
      kj_wb_text(sh, row++, 2, d->cols[c].required ? KJ_T(l, "ya", "yes") : KJ_T(l, "tidak", "no"),
                 KJ_WB_TEXT);
    }
  }
}

kj_status kj_template_write(const char *path, kj_lang lang, const kj_template_unit *units, int n,
                            kj_error *err) {
  char created[11];
  time_t now = time(NULL);
  struct tm tmv;
  gmtime_r(&now, &tmv);
  strftime(created, sizeof created, "%Y-%m-%d", &tmv);
  kj_wb_props props = {.title = KJ_T(lang, "Template data kinerja", "kinerja data template"),
                       .created = created,
                       .lang = lang};
  kj_wb *wb = kj_wb_new(path, &props, err);
  if (!wb) return err->status;
  char range[64];
  snprintf(range, sizeof range, "=_unit!$A$2:$A$%d", n + 1);
  petunjuk(wb, lang, err);
  for (int k = 0; k < KJ_KIND_N && kj_wb_status(wb, NULL) == KJ_OK; k++)
    kind_sheet(wb, kj_kind_defs[k], n, range, lang, err);
  if (n > 0 && kj_wb_status(wb, NULL) == KJ_OK) unit_sheet(wb, units, n, err);
  if (kj_wb_status(wb, NULL) != KJ_OK || err->status != KJ_OK) {
    kj_status s = kj_wb_status(wb, err);
    kj_wb_abort(wb);
    return s != KJ_OK ? s : err->status;
  }
  return kj_wb_close(wb, err);
}
