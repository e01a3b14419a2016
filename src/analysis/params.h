/* params.h — the parameters of the analysis (analytics.md), their defaults
 * and their INI file (`kinerja.ini`, `--config FILE`).
 *
 * File layout (every section and key optional; what is absent keeps its
 * default; `kinerja config` prints the effective values in this form):
 *
 *   [umum]
 *   instansi = BKPSDM Kota Padangsidimpuan
 *   kota = Kota Padangsidimpuan
 *   [analisis]
 *   min_kelompok = 5            ; groups smaller than this: "data tidak cukup"
 *   alpha = 0.05
 *   efek_min = 0.2              ; |Cohen's d| for KEKUATAN / KELEMAHAN
 *   capaian_maks = 120
 *   capaian_tambahan = yes      ; TAMBAHAN indicators count in capaian
 *   skm_bobot = 1/9             ; or 0.11 (the regulation's worked example)
 *   skm_min_responden = 30
 *   batas_hari = 5              ; days after the period end still on time
 *   teladan_per_opd = 3
 *   tepat_min = 0.9             ; §14: evaluator late below this on-time share
 *   [impor]
 *   skp_ganda = terakhir        ; or bulan, terendah (data.md e-Kinerja: several SKPs)
 *   [skm_form]
 *   periode = triwulan          ; survey period from a date: bulan|triwulan|semester|tahun
 *   tanggal = dmy               ; text dates D/M/Y, or mdy
 *   Pertanyaan 1 = U1           ; a form column (header text) of digits/letters -> unsur
 *   tren_min.ikp = 2.0          ; practical minimum of a trend, per year (§4)
 *   tren_min.capaian = 1.0
 *   tren_min.berakhlak = 0.10
 *   kesetaraan_min = 5          ; IKP points (§13)
 *   seed = 20260101             ; random draws (rank intervals, Monte Carlo p)
 *   [kurva.BAIK]                ; one section per organisation predikat
 *   aturan = BAIK > 50%         ; one rule per line (repeat the key), or
 *   aturan = BAIK <= 70%        ; several joined by ';' with no space before it
 *   aturan = BUTUH_PERBAIKAN + KURANG >= 1 orang
 *
 * A [kurva.X] section replaces all default rules of X. Comments start with
 * ';' or '#' at the start of a line, or with " ;" after a value (inih). A
 * decimal comma is accepted in numbers ("0,05"). Unknown sections or keys,
 * keys in the wrong section, bad values and lines longer than the reader's
 * limit are errors reported as FILE:LINE: message.
 *
 * Ownership: kj_params is a plain value; nothing needs freeing.
 */
#ifndef KJ_ANALYSIS_PARAMS_H
#define KJ_ANALYSIS_PARAMS_H

#include <stdio.h>

#include "analysis/curve.h"
#include "domain/enums.h"
#include "util/status.h"

/* The skp_ganda policy (data.md e-Kinerja "Several definitive SKPs"). */
typedef enum kj_skp_ganda {
  KJ_SKP_GANDA_TERAKHIR = 0, /* the SKP with the latest end (default) */
  KJ_SKP_GANDA_BULAN,        /* IKP weighted by the days each SKP covers */
  KJ_SKP_GANDA_TERENDAH      /* the lowest predikat */
} kj_skp_ganda;
/* "terakhir" / "bulan" / "terendah" (case-insensitive) -> kj_skp_ganda, -1 else. */
int kj_skp_ganda_parse(const char *s);
const char *kj_skp_ganda_name(int g);

/* [skm_form] HEADER = Un: a survey-form column (data.md "Survey-form exports"). */
#define KJ_SKM_MAP_MAX 24
typedef struct kj_skm_map {
  char header[192];
  int unsur; /* 1..9 */
} kj_skm_map;

typedef struct kj_params {
  long min_kelompok;          /* groups with n below this are TIDAK_CUKUP_DATA; >= 1 */
  double alpha;               /* significance level, 0 < alpha < 1 */
  double efek_min;            /* minimum |Cohen's d| for KEKUATAN/KELEMAHAN, >= 0 */
  double capaian_maks;        /* percent; capaian clipped to [0, capaian_maks], > 0 */
  int capaian_tambahan;       /* 1: TAMBAHAN indicators count in capaian */
  double skm_bobot;           /* weight w of each unsur in IKM = 25 sum w NRR_i, 0 < w <= 1 */
  char skm_bobot_text[32];    /* as written ("1/9", "0.11"), printed back by config */
  long skm_min_responden;     /* SKM units with fewer respondents are flagged */
  long batas_hari;            /* a rating is on time up to this many days after the period */
  double tepat_min;            /* §14: an evaluator is late in a month below this on-time share */
  long teladan_per_opd;       /* at most this many role models per OPD */
  double tren_min_ikp;        /* §4: smallest |slope per year| (and year-over-year change)
                                 labelled, IKP points (default 2.0) */
  double tren_min_capaian;    /* the same for capaian, percentage points (1.0) */
  double tren_min_nilai;      /* the same for each BerAKHLAK value, score points (0.10) */
  unsigned long seed;         /* fixed seed of every random draw (rank intervals §2, Monte
                                 Carlo p §5), default 20260101 */
  double kesetaraan_min;      /* §13: smallest |adjusted gap| called TIDAK_SETARA, IKP points (5) */
  kj_curve_rules kurva[KJ_ORG_N]; /* required distribution per organisation predikat */
  int skp_ganda;               /* kj_skp_ganda: e-Kinerja, several SKPs of one period */
  int skm_periode;             /* [skm_form] periode: 0 bulan, 1 triwulan (default), 2 semester, 3 tahun */
  int skm_mdy;                 /* [skm_form] tanggal = mdy: text dates are M/D/Y */
  kj_skm_map skm_map[KJ_SKM_MAP_MAX]; /* [skm_form] header text = unsur */
  int n_skm_map;
  char instansi[160];         /* agency name (workbook author) */
  char kota[160];             /* city name */
  char source[512];           /* config file read, "" for built-in defaults */
} kj_params;

/* The defaults of analytics.md (min_kelompok 5, alpha 0.05, efek_min 0.2,
 * capaian_maks 120, capaian_tambahan yes, skm_bobot 1/9, skm_min_responden
 * 30, batas_hari 5, teladan_per_opd 3, the §5 curve rules, agency
 * "BKPSDM Kota Padangsidimpuan", city "Kota Padangsidimpuan"). */
void kj_params_defaults(kj_params *p);

/* Defaults, then the values of the INI file at path. explicit = 1 means the
 * user named the file (--config): a missing file is then KJ_IO; with
 * explicit = 0 a missing file just leaves the defaults. path NULL: defaults.
 * Returns KJ_OK, KJ_IO (cannot read) or KJ_DATA with "FILE:LINE: message"
 * for the first bad line (unknown section or key, bad value, bad rule);
 * *p holds the defaults after a failure. */
kj_status kj_params_load(kj_params *p, const char *path, int explicit_path, kj_error *err);

/* Same from INI text in memory; name is used in messages in place of FILE. */
kj_status kj_params_load_string(kj_params *p, const char *text, const char *name,
                                kj_error *err);

/* tren_min of measure uk (KJ_UK_IKP, KJ_UK_CAPAIAN, else a BerAKHLAK value). */
double kj_params_tren_min(const kj_params *p, int uk);

/* Writes the effective values as an INI file that kj_params_load reads back
 * to the same parameters, with a comment per key. KJ_IO on a write error. */
kj_status kj_params_write_ini(const kj_params *p, FILE *fp, kj_error *err);

#endif
