/* demo_capaian.c — SKP indicators and their monthly realisation (capaian.csv).
 *
 * Each employee's SKP has two to four indicators, in the same four slots for
 * everyone so that no OPD differs from another by the mix of aspects:
 * a quantity (UTAMA, RHK-1), a quality percentage (UTAMA, RHK-1), a time or
 * cost target where lower is better (UTAMA, RHK-2) and an additional quantity
 * (TAMBAHAN, RHK-T1). The wording comes from the position family (teacher,
 * nurse, extension worker, auditor, office...). Targets are set per year;
 * each rated month gets a realisation of target x ratio (ratio near 1, a
 * little higher for able staff, exactly 1 about half the time, as SKP
 * reports often are), inverted for TURUN indicators, percentages capped at
 * 100.
 */
#include "demo/demo_internal.h"

#include <math.h>
#include <string.h>

typedef enum ind_kind { IK_COUNT, IK_PCT, IK_DAYS, IK_RUPIAH } ind_kind;

typedef struct ind_tpl {
  const char *text;
  const char *satuan;
  ind_kind kind;
  double lo, hi; /* target range */
} ind_tpl;

typedef struct ind_set {
  const ind_tpl *slot[4];
  int n[4];
} ind_set;

#define N_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define SET(k, q, w, t)                                                                            \
  {                                                                                                \
    {k, q, w, t}, { N_OF(k), N_OF(q), N_OF(w), N_OF(t) }                                           \
  }

static const ind_tpl GURU_K[] = {{"Jumlah jam tatap muka pembelajaran", "jam", IK_COUNT, 80, 100},
                                 {"Jumlah modul ajar yang disusun", "dokumen", IK_COUNT, 4, 8}};
static const ind_tpl GURU_Q[] = {
    {"Persentase peserta didik yang mencapai KKTP", "persen", IK_PCT, 75, 90},
    {"Persentase kehadiran peserta didik", "persen", IK_PCT, 90, 95}};
static const ind_tpl GURU_W[] = {
    {"Waktu penyampaian nilai hasil belajar", "hari", IK_DAYS, 5, 7},
    {"Waktu penyusunan laporan evaluasi pembelajaran", "hari", IK_DAYS, 5, 10}};
static const ind_tpl GURU_T[] = {
    {"Jumlah kegiatan ekstrakurikuler yang dibina", "kegiatan", IK_COUNT, 2, 4},
    {"Jumlah kegiatan pengembangan keprofesian yang diikuti", "kegiatan", IK_COUNT, 1, 2}};

static const ind_tpl KES_K[] = {
    {"Jumlah pasien yang dilayani", "orang", IK_COUNT, 80, 300},
    {"Jumlah asuhan yang didokumentasikan", "dokumen", IK_COUNT, 40, 150}};
static const ind_tpl KES_Q[] = {
    {"Persentase asuhan sesuai standar operasional prosedur", "persen", IK_PCT, 90, 95},
    {"Persentase rekam medis yang lengkap", "persen", IK_PCT, 85, 95}};
static const ind_tpl KES_W[] = {
    {"Waktu tunggu pelayanan pasien", "menit", IK_DAYS, 30, 60},
    {"Waktu penyampaian laporan bulanan program", "hari", IK_DAYS, 5, 10}};
static const ind_tpl KES_T[] = {
    {"Jumlah kegiatan penyuluhan kesehatan", "kegiatan", IK_COUNT, 1, 4}};

static const ind_tpl AUD_K[] = {
    {"Jumlah laporan hasil pemeriksaan yang diselesaikan", "laporan", IK_COUNT, 2, 5},
    {"Jumlah rekomendasi tindak lanjut yang dipantau", "rekomendasi", IK_COUNT, 10, 30}};
static const ind_tpl AUD_Q[] = {
    {"Persentase temuan yang ditindaklanjuti", "persen", IK_PCT, 80, 90}};
static const ind_tpl AUD_W[] = {
    {"Waktu penyelesaian laporan hasil pemeriksaan", "hari", IK_DAYS, 10, 20}};
static const ind_tpl AUD_T[] = {
    {"Jumlah kegiatan konsultasi dan pendampingan", "kegiatan", IK_COUNT, 1, 3}};

static const ind_tpl TANI_K[] = {
    {"Jumlah kelompok tani yang dibina", "kelompok", IK_COUNT, 4, 10},
    {"Jumlah kunjungan penyuluhan lapangan", "kunjungan", IK_COUNT, 8, 16}};
static const ind_tpl TANI_Q[] = {
    {"Persentase kelompok tani yang menerapkan teknologi anjuran", "persen", IK_PCT, 60, 80}};
static const ind_tpl TANI_W[] = {
    {"Waktu penyampaian laporan programa penyuluhan", "hari", IK_DAYS, 5, 10}};
static const ind_tpl TANI_T[] = {{"Jumlah demplot yang difasilitasi", "unit", IK_COUNT, 1, 2}};

static const ind_tpl KB_K[] = {{"Jumlah keluarga yang dibina", "keluarga", IK_COUNT, 30, 80}};
static const ind_tpl KB_Q[] = {
    {"Persentase peserta KB aktif terhadap pasangan usia subur", "persen", IK_PCT, 65, 75}};
static const ind_tpl KB_W[] = {
    {"Waktu penyampaian laporan pendataan keluarga", "hari", IK_DAYS, 5, 7}};
static const ind_tpl KB_T[] = {
    {"Jumlah kegiatan KIE yang dilaksanakan", "kegiatan", IK_COUNT, 2, 4}};

static const ind_tpl POL_K[] = {
    {"Jumlah kegiatan patroli ketertiban umum", "kegiatan", IK_COUNT, 8, 20},
    {"Jumlah pelanggaran perda yang ditertibkan", "kasus", IK_COUNT, 5, 20},
    {"Jumlah respons kejadian kebakaran dan penyelamatan", "kejadian", IK_COUNT, 2, 8}};
static const ind_tpl POL_Q[] = {
    {"Persentase pengaduan ketertiban yang ditindaklanjuti", "persen", IK_PCT, 85, 95}};
static const ind_tpl POL_W[] = {{"Waktu tanggap penanganan pengaduan", "menit", IK_DAYS, 15, 30}};
static const ind_tpl POL_T[] = {
    {"Jumlah kegiatan pengamanan acara pemerintah", "kegiatan", IK_COUNT, 1, 4}};

static const ind_tpl PAM_K[] = {
    {"Jumlah layanan surat dan administrasi yang diproses", "dokumen", IK_COUNT, 50, 200}};
static const ind_tpl PAM_Q[] = {
    {"Persentase layanan selesai sesuai standar pelayanan", "persen", IK_PCT, 90, 95}};
static const ind_tpl PAM_W[] = {{"Waktu penyelesaian surat keterangan", "hari", IK_DAYS, 1, 3}};
static const ind_tpl PAM_T[] = {
    {"Jumlah rapat koordinasi kewilayahan yang difasilitasi", "kegiatan", IK_COUNT, 1, 3}};

static const ind_tpl UM_K[] = {{"Jumlah dokumen yang diselesaikan", "dokumen", IK_COUNT, 10, 40},
                               {"Jumlah kegiatan yang difasilitasi", "kegiatan", IK_COUNT, 2, 8},
                               {"Jumlah naskah dinas yang diproses", "naskah", IK_COUNT, 30, 120}};
static const ind_tpl UM_Q[] = {{"Persentase dokumen tanpa revisi", "persen", IK_PCT, 85, 95},
                               {"Persentase capaian output kegiatan", "persen", IK_PCT, 90, 100}};
static const ind_tpl UM_W[] = {
    {"Waktu penyelesaian laporan bulanan", "hari", IK_DAYS, 5, 10},
    {"Waktu penyelesaian disposisi", "hari", IK_DAYS, 2, 5},
    {"Biaya pemeliharaan kendaraan dinas", "rupiah", IK_RUPIAH, 1.5e6, 5e6}};
static const ind_tpl UM_T[] = {
    {"Jumlah kegiatan koordinasi lintas OPD yang diikuti", "kegiatan", IK_COUNT, 1, 4}};

static const ind_tpl LEAD_K[] = {
    {"Jumlah program dan kegiatan unit yang dilaksanakan", "kegiatan", IK_COUNT, 3, 10}};
static const ind_tpl LEAD_Q[] = {
    {"Persentase capaian kinerja unit kerja", "persen", IK_PCT, 90, 100}};
static const ind_tpl LEAD_W[] = {
    {"Waktu penyampaian laporan kinerja unit", "hari", IK_DAYS, 5, 10}};
static const ind_tpl LEAD_T[] = {
    {"Jumlah rapat koordinasi yang dipimpin", "kegiatan", IK_COUNT, 2, 6}};

static const ind_set S_GURU = SET(GURU_K, GURU_Q, GURU_W, GURU_T);
static const ind_set S_KES = SET(KES_K, KES_Q, KES_W, KES_T);
static const ind_set S_AUD = SET(AUD_K, AUD_Q, AUD_W, AUD_T);
static const ind_set S_TANI = SET(TANI_K, TANI_Q, TANI_W, TANI_T);
static const ind_set S_KB = SET(KB_K, KB_Q, KB_W, KB_T);
static const ind_set S_POL = SET(POL_K, POL_Q, POL_W, POL_T);
static const ind_set S_PAM = SET(PAM_K, PAM_Q, PAM_W, PAM_T);
static const ind_set S_UM = SET(UM_K, UM_Q, UM_W, UM_T);
static const ind_set S_LEAD = SET(LEAD_K, LEAD_Q, LEAD_W, LEAD_T);

static const ind_set *set_of(const demo_city *c, const demo_emp *e) {
  if (e->jj == KJ_JPT || e->jj == KJ_ADMINISTRATOR || e->jj == KJ_PENGAWAS) return &S_LEAD;
  switch (c->units[e->unit].prof) {
  case PROF_GURU: return e->jj == KJ_FUNGSIONAL ? &S_GURU : &S_UM;
  case PROF_KESEHATAN:
  case PROF_RS: return e->jj == KJ_FUNGSIONAL ? &S_KES : &S_UM;
  case PROF_AUDITOR: return e->jj == KJ_FUNGSIONAL ? &S_AUD : &S_UM;
  case PROF_TANI: return e->jj == KJ_FUNGSIONAL ? &S_TANI : &S_UM;
  case PROF_KB: return e->jj == KJ_FUNGSIONAL ? &S_KB : &S_UM;
  case PROF_POLPP: return &S_POL;
  case PROF_PAMONG: return &S_PAM;
  case PROF_UMUM:
  case PROF_N: break;
  }
  return &S_UM;
}

static const char *const RHK[4] = {"RHK-1", "RHK-1", "RHK-2", "RHK-T1"};
static const kj_aspek ASPEK[4] = {KJ_KUANTITAS, KJ_KUALITAS, KJ_WAKTU, KJ_KUANTITAS};
static const int BOBOT[3][4] = {{60, 40, 0, 0}, {40, 30, 30, 0}, {35, 25, 25, 15}};

static double draw_target(gsl_rng *r, const ind_tpl *t) {
  switch (t->kind) {
  case IK_PCT: return 5.0 * demo_int(r, (int)(t->lo / 5), (int)(t->hi / 5));
  case IK_RUPIAH: return 100000.0 * demo_int(r, (int)(t->lo / 1e5), (int)(t->hi / 1e5));
  case IK_COUNT:
  case IK_DAYS: break;
  }
  return demo_int(r, (int)t->lo, (int)t->hi);
}

static void number(FILE *fp, ind_kind k, double v) {
  if (k == IK_PCT)
    fprintf(fp, "%.2f", v);
  else
    fprintf(fp, "%.0f", v);
}

void demo_write_capaian(demo_city *c, FILE *fp, long *rows) {
  fputs("nip,periode,kode_rhk,jenis_rhk,indikator,aspek,arah,satuan,target,realisasi,bobot\n", fp);
  long n = 0;
  gsl_rng *r = c->rng;
  for (long i = 0; i < c->nemp; i++) {
    const demo_emp *e = &c->emp[i];
    const ind_set *set = set_of(c, e);
    demo_reseed(r, c->o->seed, DS_CAPAIAN, i);
    const ind_tpl *tpl[4];
    for (int s = 0; s < 4; s++) tpl[s] = &set->slot[s][demo_int(r, 0, set->n[s] - 1)];
    /* Cost indicators are for a few office staff only. */
    if (tpl[2]->kind == IK_RUPIAH && !demo_bern(r, 0.3)) tpl[2] = &set->slot[2][0];
    double target[4];
    for (int t = 0; t < c->months; t++) {
      if (t % 12 == 0)
        for (int s = 0; s < 4; s++) target[s] = draw_target(r, tpl[s]);
      double month = demo_norm(r, 0.03), noise[4];
      int exact[4];
      for (int s = 0; s < 4; s++) exact[s] = demo_bern(r, 0.45), noise[s] = demo_norm(r, 0.05);
      uint8_t rate = c->rate[(size_t)i * (size_t)c->months + (size_t)t];
      if (!rate) continue;
      char per[16];
      snprintf(per, sizeof per, "%04d-%02d", demo_year_of(c, t), demo_month_of(t));
      for (int s = 0; s < e->ind; s++) {
        double ratio = exact[s] ? 1.0 : 1.0 + 0.035 * e->a + month + noise[s];
        if (ratio < 0.3) ratio = 0.3;
        const ind_tpl *tp = tpl[s];
        int turun = tp->kind == IK_DAYS || tp->kind == IK_RUPIAH;
        double real = turun ? target[s] * (2.0 - ratio) : target[s] * ratio;
        if (real < 0) real = 0;
        if (tp->kind == IK_PCT)
          real = real > 100.0 ? 100.0 : floor(real * 100.0 + 0.5) / 100.0;
        else if (tp->kind == IK_RUPIAH)
          real = floor(real / 1000.0 + 0.5) * 1000.0;
        else
          real = floor(real + 0.5);
        demo_csv_nip(fp, e->nip);
        fprintf(fp, ",%s,%s,%s,", per, RHK[s], s == 3 ? "TAMBAHAN" : "UTAMA");
        demo_csv_str(fp, tp->text);
        kj_aspek asp = tp->kind == IK_RUPIAH ? KJ_BIAYA : ASPEK[s];
        fprintf(fp, ",%s,%s,%s,", kj_enum_canon(&kj_enum_aspek, (int)asp), turun ? "TURUN" : "NAIK",
                tp->satuan);
        number(fp, tp->kind, target[s]);
        fputc(',', fp);
        number(fp, tp->kind, real);
        fprintf(fp, ",%d\n", BOBOT[e->ind - 2][s]);
        n++;
      }
    }
  }
  *rows = n;
}
