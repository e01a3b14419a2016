/* labels.c — names and labels of the engine's measures, dimensions and
 * result labels: the canonical upper-case words of analytics.md (what the
 * export tables print) and their Indonesian / English labels for people.
 */
#include "analysis/analysis.h"

#define ENUM(name, what_, canon_, id_, en_)                                                 \
  const kj_enum name = {what_, (int)(sizeof canon_ / sizeof canon_[0]), canon_, no_alias, id_, en_}

static const char *const no_alias[] = {NULL};

static const char *const kk_c[] = {"KEKUATAN", "KELEMAHAN", "SETARA", "TIDAK_CUKUP_DATA"};
static const char *const kk_id[] = {"kekuatan", "kelemahan", "setara", "data tidak cukup"};
static const char *const kk_en[] = {"strength", "weakness", "on par", "not enough data"};
ENUM(kj_enum_kk, "label", kk_c, kk_id, kk_en);

static const char *const tren_c[] = {"NAIK", "TURUN", "STABIL", "TIDAK_CUKUP_DATA"};
static const char *const tren_id[] = {"naik", "turun", "stabil", "data tidak cukup"};
static const char *const tren_en[] = {"rising", "falling", "stable", "not enough data"};
ENUM(kj_enum_tren, "tren", tren_c, tren_id, tren_en);

static const char *const yoy_c[] = {"MENINGKAT", "MENURUN", "TIDAK_BERUBAH", "TIDAK_CUKUP_DATA"};
static const char *const yoy_id[] = {"meningkat", "menurun", "tidak berubah", "data tidak cukup"};
static const char *const yoy_en[] = {"improved", "declined", "unchanged", "not enough data"};
ENUM(kj_enum_yoy, "tahun ke tahun", yoy_c, yoy_id, yoy_en);

static const char *const kurva_c[] = {"PATUH", "TIDAK_PATUH", "TIDAK_DAPAT_DIPENUHI",
                                      "BELUM_ADA_PREDIKAT_ORGANISASI"};
static const char *const kurva_id[] = {"patuh", "tidak patuh", "kurva tidak dapat dipenuhi",
                                       "predikat organisasi belum ada"};
static const char *const kurva_en[] = {"compliant", "not compliant", "curve cannot be met",
                                       "no organisation predikat yet"};
ENUM(kj_enum_kurva, "status kurva", kurva_c, kurva_id, kurva_en);

static const char *const penilai_c[] = {"LONGGAR", "KETAT", "WAJAR", "TIDAK_CUKUP_DATA"};
static const char *const penilai_id[] = {"longgar", "ketat", "wajar", "data tidak cukup"};
static const char *const penilai_en[] = {"lenient", "strict", "typical", "not enough data"};
ENUM(kj_enum_penilai, "penilai", penilai_c, penilai_id, penilai_en);

static const char *const asosiasi_c[] = {"NYATA", "TIDAK_NYATA", "DITENTUKAN_SATU_UNIT",
                                         "TIDAK_CUKUP_DATA"};
static const char *const asosiasi_id[] = {"nyata", "tidak nyata", "ditentukan satu unit",
                                          "data tidak cukup"};
static const char *const asosiasi_en[] = {"significant", "not significant",
                                          "driven by a single unit", "not enough data"};
ENUM(kj_enum_asosiasi, "status asosiasi", asosiasi_c, asosiasi_id, asosiasi_en);

static const char *const skm_flag_c[] = {"", "PENILAIAN_TINGGI_KEPUASAN_RENDAH", "PERLU_DICERMATI"};
static const char *const skm_flag_id[] = {"", "penilaian tinggi, kepuasan rendah",
                                          "perlu dicermati"};
static const char *const skm_flag_en[] = {"", "high ratings, low satisfaction", "to watch"};
ENUM(kj_enum_skm_flag, "tanda SKM-IKP", skm_flag_c, skm_flag_id, skm_flag_en);

static const char *const setara_c[] = {"TIDAK_SETARA", "SETARA", "TIDAK_CUKUP_DATA"};
static const char *const setara_id[] = {"perbedaan yang perlu ditelaah",
                                        "tidak terdeteksi perbedaan", "data tidak cukup"};
static const char *const setara_en[] = {"a difference to be examined", "no difference detected",
                                        "not enough data"};
ENUM(kj_enum_setara, "kesetaraan", setara_c, setara_id, setara_en);

static const char *const temuan_c[] = {"PREDIKAT_TIDAK_SESUAI_MATRIKS", "DINILAI_SENDIRI",
                                       "PENILAI_DI_LUAR_ROSTER", "TANPA_PREDIKAT_ORGANISASI",
                                       "SKM_RESPONDEN_KURANG", "TANPA_PENILAIAN",
                                       "SKP_GANDA", "SKP_SEBAGIAN_TAHUN"};
static const char *const temuan_id[] = {
    "predikat yang diisi berbeda dari matriks", "pegawai dinilai oleh dirinya sendiri",
    "penilai tidak ada di daftar pegawai", "OPD tanpa predikat kinerja organisasi",
    "unit SKM dengan responden kurang dari minimum", "pegawai tanpa penilaian pada tahun ini",
    "pegawai dengan beberapa SKP dalam satu periode (mutasi/promosi)",
    "pegawai dengan SKP kurang dari 12 bulan dalam tahun ini"};
static const char *const temuan_en[] = {
    "supplied predikat differs from the matrix", "employee rated by themselves",
    "evaluator not on the roster", "OPD without an organisation predikat",
    "SKM unit under the minimum number of respondents", "employee without any appraisal this year",
    "employee with several SKPs in one period (mutasi/promotion)",
    "employee whose SKPs cover fewer than 12 months of the year"};
ENUM(kj_enum_temuan, "temuan", temuan_c, temuan_id, temuan_en);

static const char *const skm_col[KJ_SKM_UNSUR] = {"skm_u1", "skm_u2", "skm_u3", "skm_u4", "skm_u5",
                                                  "skm_u6", "skm_u7", "skm_u8", "skm_u9"};
static const char *const skm_id[KJ_SKM_UNSUR] = {
    "SKM U1 Persyaratan", "SKM U2 Prosedur",   "SKM U3 Waktu pelayanan",
    "SKM U4 Biaya/tarif", "SKM U5 Produk",     "SKM U6 Kompetensi pelaksana",
    "SKM U7 Perilaku pelaksana", "SKM U8 Penanganan pengaduan", "SKM U9 Sarana prasarana"};
static const char *const skm_en[KJ_SKM_UNSUR] = {
    "SKM U1 Requirements", "SKM U2 Procedure",  "SKM U3 Service time",
    "SKM U4 Cost",         "SKM U5 Product",    "SKM U6 Staff competence",
    "SKM U7 Staff conduct", "SKM U8 Complaint handling", "SKM U9 Facilities"};

const char *kj_dimensi_name(int d) {
  if (d == KJ_UK_IKP) return "ikp";
  if (d == KJ_UK_CAPAIAN) return "capaian";
  if (d >= KJ_UK_NILAI && d < KJ_UKURAN_N) return kj_nilai_column((kj_nilai)(d - KJ_UK_NILAI));
  if (d >= KJ_DIM_SKM && d < KJ_DIMENSI_N) return skm_col[d - KJ_DIM_SKM];
  return NULL;
}

const char *kj_dimensi_label(int d, kj_lang lang) {
  if (d == KJ_UK_IKP) return "IKP";
  if (d == KJ_UK_CAPAIAN) return lang == KJ_LANG_EN ? "Achievement (capaian)" : "Capaian";
  if (d >= KJ_UK_NILAI && d < KJ_UKURAN_N)
    return kj_enum_label(&kj_enum_nilai, d - KJ_UK_NILAI, lang);
  if (d >= KJ_DIM_SKM && d < KJ_DIMENSI_N) {
    const char *const *t = lang == KJ_LANG_EN ? skm_en : skm_id;
    return t[d - KJ_DIM_SKM];
  }
  return "?";
}

const char *kj_dimensi_unit(int d, kj_lang lang) {
  int en = lang == KJ_LANG_EN;
  if (d == KJ_UK_IKP) return en ? "IKP points" : "poin IKP";
  if (d == KJ_UK_CAPAIAN) return en ? "percentage points of capaian" : "poin persen capaian";
  if (d >= KJ_UK_NILAI && d < KJ_UKURAN_N) return en ? "score points" : "poin skor";
  if (d >= KJ_DIM_SKM && d < KJ_DIMENSI_N) return en ? "answer points" : "poin jawaban";
  return "";
}
