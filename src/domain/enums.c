/* enums.c — tables of canonical names, accepted spellings and labels.
 *
 * Spellings come from data.md and from what real exports contain (domain.md:
 * "Kurang/misconduct", "Cukup/Butuh Perbaikan", upper case). Because matching
 * normalises case and separators, "Di Atas Ekspektasi", "DI_ATAS" and
 * "diatas" all reach the same entry.
 */
#include "domain/enums.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_sep(char c) {
  return c == ' ' || c == '_' || c == '-' || c == '/' || c == '.' || c == '\t';
}

/* Compares an already normalised key with the first n bytes of a spelling,
 * normalising the spelling on the fly (no copies: this runs once per
 * imported value). */
static int key_matches(const char *key, const char *spelling, size_t n) {
  size_t i = 0;
  for (; i < n; i++) {
    char c = spelling[i];
    if (is_sep(c)) continue;
    if (*key++ != (char)toupper((unsigned char)c)) return 0;
  }
  return *key == '\0';
}

int kj_enum_parse(const kj_enum *e, const char *s) {
  for (int i = 0; i < e->n; i++) /* fast path: the canonical spelling */
    if (strcmp(s, e->canon[i]) == 0) return i;
  char key[128];
  kj_enum_key(s, key, sizeof key);
  if (!key[0]) return -1;
  for (int i = 0; i < e->n; i++)
    if (key_matches(key, e->canon[i], strlen(e->canon[i]))) return i;
  for (const char *const *a = e->aliases; a && *a; a++) {
    const char *eq = strrchr(*a, '=');
    if (key_matches(key, *a, (size_t)(eq - *a))) return (int)strtol(eq + 1, NULL, 10);
  }
  return -1;
}

const char *kj_enum_canon(const kj_enum *e, int v) {
  return v >= 0 && v < e->n ? e->canon[v] : "?";
}

const char *kj_enum_label(const kj_enum *e, int v, kj_lang lang) {
  if (v < 0 || v >= e->n) return "?";
  const char *const *t = lang == KJ_LANG_EN ? e->label_en : e->label_id;
  return t ? t[v] : e->canon[v];
}

void kj_enum_expected(const kj_enum *e, char *out, size_t cap) {
  size_t j = 0;
  out[0] = '\0';
  for (int i = 0; i < e->n && j < cap; i++) {
    const char *sep = i == 0 ? "" : (i == e->n - 1 ? " or " : ", ");
    int w = snprintf(out + j, cap - j, "%s%s", sep, e->canon[i]);
    if (w < 0) break;
    j += (size_t)w;
  }
}

#define ENUM(name, what_, canon_, aliases_, id_, en_)                                       \
  const kj_enum name = {what_, (int)(sizeof canon_ / sizeof canon_[0]), canon_, aliases_, id_, en_}

static const char *const rating_c[] = {"DI_ATAS", "SESUAI", "DI_BAWAH"};
static const char *const rating_a[] = {"Di Atas Ekspektasi=0", "Sesuai Ekspektasi=1",
                                       "Di Bawah Ekspektasi=2", "Above Expectations=0",
                                       "Meets Expectations=1", "Below Expectations=2", NULL};
static const char *const rating_id[] = {"Di Atas Ekspektasi", "Sesuai Ekspektasi",
                                        "Di Bawah Ekspektasi"};
static const char *const rating_en[] = {"Above expectations", "Meets expectations",
                                        "Below expectations"};
ENUM(kj_enum_rating, "rating", rating_c, rating_a, rating_id, rating_en);

static const char *const pred_c[] = {"SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG",
                                     "SANGAT_KURANG"};
static const char *const pred_a[] = {"Cukup=2", "Cukup/Butuh Perbaikan=2",
                                     "Butuh Perbaikan/Cukup=2", "Kurang/Misconduct=3",
                                     "Misconduct=3", "Kurang (Misconduct)=3", NULL};
static const char *const pred_id[] = {"Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang",
                                      "Sangat Kurang"};
static const char *const pred_en[] = {"Outstanding", "Good", "Needs improvement", "Poor",
                                      "Very poor"};
ENUM(kj_enum_predikat, "predikat", pred_c, pred_a, pred_id, pred_en);

static const char *const org_c[] = {"ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG",
                                    "SANGAT_KURANG"};
static const char *const org_a[] = {"Cukup=2", "Cukup/Butuh Perbaikan=2", "Sangat Baik=0", NULL};
static const char *const org_id[] = {"Istimewa", "Baik", "Butuh Perbaikan", "Kurang",
                                     "Sangat Kurang"};
static const char *const org_en[] = {"Exceptional", "Good", "Needs improvement", "Poor",
                                     "Very poor"};
ENUM(kj_enum_predikat_org, "predikat organisasi", org_c, org_a, org_id, org_en);

static const char *const nilai_c[] = {"BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN",
                                      "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"};
static const char *const nilai_a[] = {"Pelayanan=0", "Service Oriented=0", "Accountable=1",
                                      "Competent=2", "Harmonious=3", "Loyal=4", "Adaptive=5",
                                      "Collaborative=6", NULL};
static const char *const nilai_id[] = {"Berorientasi Pelayanan", "Akuntabel", "Kompeten",
                                       "Harmonis", "Loyal", "Adaptif", "Kolaboratif"};
static const char *const nilai_en[] = {"Service orientation", "Accountability", "Competence",
                                       "Harmony", "Loyalty", "Adaptability", "Collaboration"};
ENUM(kj_enum_nilai, "nilai BerAKHLAK", nilai_c, nilai_a, nilai_id, nilai_en);

static const char *const nilai_col[] = {"berorientasi_pelayanan", "akuntabel", "kompeten",
                                        "harmonis", "loyal", "adaptif", "kolaboratif"};
const char *kj_nilai_column(kj_nilai v) {
  return v < KJ_NILAI_N ? nilai_col[v] : "?";
}

static const char *const sumber_c[] = {"ATASAN", "REKAN", "BAWAHAN", "DIRI"};
static const char *const sumber_a[] = {"Rekan Kerja=1", "Sendiri=3", "Diri Sendiri=3",
                                       "Supervisor=0", "Peer=1", "Subordinate=2", "Self=3", NULL};
static const char *const sumber_id[] = {"Atasan", "Rekan kerja", "Bawahan", "Diri sendiri"};
static const char *const sumber_en[] = {"Supervisor", "Peer", "Subordinate", "Self"};
ENUM(kj_enum_sumber, "sumber", sumber_c, sumber_a, sumber_id, sumber_en);

static const char *const unit_c[] = {"SEKRETARIAT", "DINAS", "BADAN", "INSPEKTORAT",
                                     "KECAMATAN", "KELURAHAN", "PUSKESMAS", "SEKOLAH",
                                     "RSUD", "KANTOR", "LAINNYA"};
static const char *const unit_a[] = {"Sekretariat Daerah=0", "Sekretariat DPRD=0", "Setda=0",
                                     "Rumah Sakit=8", "Rumah Sakit Umum Daerah=8",
                                     "Satuan=9", "Lain-lain=10", "Lain=10", NULL};
static const char *const unit_id[] = {"Sekretariat", "Dinas", "Badan", "Inspektorat",
                                      "Kecamatan", "Kelurahan", "Puskesmas", "Sekolah",
                                      "RSUD", "Kantor", "Lainnya"};
ENUM(kj_enum_jenis_unit, "jenis_unit", unit_c, unit_a, unit_id, unit_id);

static const char *const jab_c[] = {"JPT", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL",
                                    "PELAKSANA"};
static const char *const jab_a[] = {"JPT Pratama=0", "Jabatan Pimpinan Tinggi=0",
                                    "Struktural=1", "Jabatan Administrator=1",
                                    "Jabatan Pengawas=2", "Jabatan Fungsional=3",
                                    "JF=3", "JFT=3", "JFU=4", "Jabatan Pelaksana=4", NULL};
static const char *const jab_id[] = {"JPT", "Administrator", "Pengawas", "Fungsional",
                                     "Pelaksana"};
ENUM(kj_enum_jenis_jabatan, "jenis_jabatan", jab_c, jab_a, jab_id, jab_id);

static const char *const jp_c[] = {"PNS", "PPPK"};
static const char *const jp_a[] = {"P3K=1", "Pegawai Negeri Sipil=0", "CPNS=0", NULL};
ENUM(kj_enum_jenis_pegawai, "jenis_pegawai", jp_c, jp_a, jp_c, jp_c);

static const char *const rhk_c[] = {"UTAMA", "TAMBAHAN"};
static const char *const rhk_id[] = {"Utama", "Tambahan"};
static const char *const rhk_en[] = {"Main", "Additional"};
ENUM(kj_enum_jenis_rhk, "jenis_rhk", rhk_c, NULL, rhk_id, rhk_en);

static const char *const aspek_c[] = {"KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"};
static const char *const aspek_id[] = {"Kuantitas", "Kualitas", "Waktu", "Biaya"};
static const char *const aspek_en[] = {"Quantity", "Quality", "Time", "Cost"};
ENUM(kj_enum_aspek, "aspek", aspek_c, NULL, aspek_id, aspek_en);

static const char *const arah_c[] = {"NAIK", "TURUN"};
static const char *const arah_a[] = {"Higher=0", "Lower=1", NULL};
ENUM(kj_enum_arah, "arah", arah_c, arah_a, arah_c, arah_c);

static const char *const ub_c[] = {"APRESIASI", "PERBAIKAN", "DIALOG"};
static const char *const ub_a[] = {"Saran Perbaikan=1", "Dialog Kinerja=2", "Apresiasi Kinerja=0",
                                   "Penghargaan=0", NULL};
static const char *const ub_id[] = {"Apresiasi", "Saran perbaikan", "Dialog kinerja"};
static const char *const ub_en[] = {"Appreciation", "Improvement advice", "Performance dialogue"};
ENUM(kj_enum_jenis_ub, "jenis", ub_c, ub_a, ub_id, ub_en);

static const char *const jk_c[] = {"L", "P"};
static const char *const jk_a[] = {"Laki-laki=0", "Laki Laki=0", "Pria=0", "Perempuan=1",
                                   "Wanita=1", "M=0", "F=1", NULL};
static const char *const jk_id[] = {"Laki-laki", "Perempuan"};
static const char *const jk_en[] = {"Male", "Female"};
ENUM(kj_enum_kelamin, "jenis_kelamin", jk_c, jk_a, jk_id, jk_en);

static const char *const st_c[] = {"AKTIF", "PENSIUN", "PINDAH", "BERHENTI", "WAFAT"};
static const char *const st_a[] = {"Aktif Bekerja=0", "Pindah Keluar=2", "Mutasi Keluar=2",
                                   "Meninggal=4", "Meninggal Dunia=4", "Diberhentikan=3", NULL};
static const char *const st_id[] = {"Aktif", "Pensiun", "Pindah", "Berhenti", "Wafat"};
static const char *const st_en[] = {"Active", "Retired", "Moved away", "Dismissed", "Deceased"};
ENUM(kj_enum_status_pegawai, "status", st_c, st_a, st_id, st_en);
