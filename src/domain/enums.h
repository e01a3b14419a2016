/* enums.h — the enumerations of the data contract, their spellings and
 * their labels for people.
 *
 * Each enumeration is a kj_enum descriptor: canonical upper-case names (what
 * the database stores and the export tables print), the extra spellings that
 * data.md accepts, and Indonesian/English labels for workbooks and charts.
 * Matching ignores case, spaces, '_', '-', '/' and '.' (data.md), so only
 * spellings that differ after that normalisation are listed.
 */
#ifndef KJ_ENUMS_H
#define KJ_ENUMS_H

#include <stddef.h>

#include "util/text.h"

typedef struct kj_enum {
  const char *what;                 /* name in messages: "predikat" */
  int n;                            /* number of values */
  const char *const *canon;         /* n canonical names */
  const char *const *aliases;       /* "ALIAS=index" pairs, NULL-terminated */
  const char *const *label_id;      /* n Indonesian labels */
  const char *const *label_en;      /* n English labels */
} kj_enum;

/* Index of the value spelled s, or -1. */
int kj_enum_parse(const kj_enum *e, const char *s);
/* Canonical name of value v ("?" when out of range). */
const char *kj_enum_canon(const kj_enum *e, int v);
/* Label for people in lang. */
const char *kj_enum_label(const kj_enum *e, int v, kj_lang lang);
/* "DI_ATAS, SESUAI or DI_BAWAH" into out, for error messages. */
void kj_enum_expected(const kj_enum *e, char *out, size_t cap);

typedef enum kj_rating { KJ_DI_ATAS, KJ_SESUAI, KJ_DI_BAWAH, KJ_RATING_N } kj_rating;

typedef enum kj_predikat {
  KJ_SANGAT_BAIK,
  KJ_BAIK,
  KJ_BUTUH_PERBAIKAN,
  KJ_KURANG,
  KJ_SANGAT_KURANG,
  KJ_PREDIKAT_N
} kj_predikat;

typedef enum kj_predikat_org {
  KJ_ORG_ISTIMEWA,
  KJ_ORG_BAIK,
  KJ_ORG_BUTUH_PERBAIKAN,
  KJ_ORG_KURANG,
  KJ_ORG_SANGAT_KURANG,
  KJ_ORG_N
} kj_predikat_org;

/* The seven BerAKHLAK core values, in their official order. */
typedef enum kj_nilai {
  KJ_BERORIENTASI_PELAYANAN,
  KJ_AKUNTABEL,
  KJ_KOMPETEN,
  KJ_HARMONIS,
  KJ_LOYAL,
  KJ_ADAPTIF,
  KJ_KOLABORATIF,
  KJ_NILAI_N
} kj_nilai;

typedef enum kj_sumber { KJ_ATASAN, KJ_REKAN, KJ_BAWAHAN, KJ_DIRI, KJ_SUMBER_N } kj_sumber;

typedef enum kj_jenis_unit {
  KJ_UNIT_SEKRETARIAT,
  KJ_UNIT_DINAS,
  KJ_UNIT_BADAN,
  KJ_UNIT_INSPEKTORAT,
  KJ_UNIT_KECAMATAN,
  KJ_UNIT_KELURAHAN,
  KJ_UNIT_PUSKESMAS,
  KJ_UNIT_SEKOLAH,
  KJ_UNIT_RSUD,
  KJ_UNIT_KANTOR,
  KJ_UNIT_LAINNYA,
  KJ_JENIS_UNIT_N
} kj_jenis_unit;

typedef enum kj_jenis_jabatan {
  KJ_JPT,
  KJ_ADMINISTRATOR,
  KJ_PENGAWAS,
  KJ_FUNGSIONAL,
  KJ_PELAKSANA,
  KJ_JENIS_JABATAN_N
} kj_jenis_jabatan;

typedef enum kj_jenis_pegawai { KJ_PNS, KJ_PPPK, KJ_JENIS_PEGAWAI_N } kj_jenis_pegawai;
typedef enum kj_jenis_rhk { KJ_UTAMA, KJ_TAMBAHAN, KJ_JENIS_RHK_N } kj_jenis_rhk;
typedef enum kj_aspek { KJ_KUANTITAS, KJ_KUALITAS, KJ_WAKTU, KJ_BIAYA, KJ_ASPEK_N } kj_aspek;
typedef enum kj_arah { KJ_NAIK, KJ_TURUN, KJ_ARAH_N } kj_arah;
typedef enum kj_jenis_ub { KJ_APRESIASI, KJ_PERBAIKAN, KJ_DIALOG, KJ_JENIS_UB_N } kj_jenis_ub;
typedef enum kj_kelamin { KJ_L, KJ_P, KJ_KELAMIN_N } kj_kelamin;
/* pegawai.status (data.md): anything but AKTIF means the employee left. */
typedef enum kj_status_peg {
  KJ_AKTIF, KJ_PENSIUN, KJ_PINDAH, KJ_BERHENTI, KJ_WAFAT, KJ_STATUS_PEG_N
} kj_status_peg;

extern const kj_enum kj_enum_rating;
extern const kj_enum kj_enum_predikat;
extern const kj_enum kj_enum_predikat_org;
extern const kj_enum kj_enum_nilai;
extern const kj_enum kj_enum_sumber;
extern const kj_enum kj_enum_jenis_unit;
extern const kj_enum kj_enum_jenis_jabatan;
extern const kj_enum kj_enum_jenis_pegawai;
extern const kj_enum kj_enum_jenis_rhk;
extern const kj_enum kj_enum_aspek;
extern const kj_enum kj_enum_arah;
extern const kj_enum kj_enum_jenis_ub;
extern const kj_enum kj_enum_kelamin;
extern const kj_enum kj_enum_status_pegawai;

/* Lower-case column name of a BerAKHLAK value for export tables
 * ("berorientasi_pelayanan"). */
const char *kj_nilai_column(kj_nilai v);

#endif
