/* demo_names.c — names, academic degrees and position titles.
 *
 * Names are built the way they read in a SIMPEG export from Tapanuli: a
 * given name, sometimes a second one, mostly a Batak Angkola/Mandailing marga
 * (Harahap, Siregar, Nasution, Lubis are the most common), and the academic
 * degree behind a comma ("Siti Aminah Harahap, S.Pd.") or a medical title in
 * front ("dr. ..."). Position titles follow the functional-position families
 * of the PermenPAN-RB regulations (Guru, Perawat, Bidan, Penyuluh Pertanian,
 * Auditor, Polisi Pamong Praja, ...) with the level (jenjang) derived from the
 * grade, and the 2024 pelaksana nomenclature (Pengadministrasi Perkantoran,
 * Operator/Pengelola/Penata Layanan Operasional). Names are invented and any
 * resemblance to a real person is chance.
 */
#include "demo/demo_internal.h"

#include <stdio.h>
#include <string.h>

#define N_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const char *const MALE[] = {
    "Ahmad",        "Muhammad",   "Abdul",   "Rizki",      "Fauzan",  "Hendra",  "Syahrul",
    "Irwan",        "Zulkarnain", "Ali",     "Amir",       "Budi",    "Darwin",  "Erwin",
    "Fahri",        "Gunawan",    "Hamdani", "Ikhsan",     "Khairul", "Mahmud",  "Nasir",
    "Parlindungan", "Rahmat",     "Sahat",   "Taufik",     "Yusuf",   "Marwan",  "Ridwan",
    "Hasan",        "Husein",     "Arif",    "Dedi",       "Fajar",   "Hanafi",  "Ismail",
    "Junaidi",      "Lukman",     "Mukhlis", "Poltak",     "Rusli",   "Saiful",  "Torang",
    "Umar",         "Wahyu",      "Zainal",  "Mangaraja",  "Sutan",   "Doli",    "Ilham",
    "Agus",         "Bambang",    "Fadli",   "Maradongan", "Hotman",  "Syamsul", "Efendi"};
static const char *const FEMALE[] = {
    "Siti",      "Nur",       "Aisyah",  "Fitri",  "Dewi",     "Rina",     "Sri",     "Mariani",
    "Nurhayati", "Rahmadani", "Sari",    "Yulia",  "Hafni",    "Ika",      "Lely",    "Masitah",
    "Nurul",     "Rosmawati", "Ummi",    "Wirda",  "Zuraidah", "Hotmaida", "Erni",    "Fatimah",
    "Khadijah",  "Asnah",     "Dahlia",  "Elida",  "Hayati",   "Juliana",  "Kartika", "Lailan",
    "Maimunah",  "Nila",      "Putri",   "Rosita", "Salmah",   "Tiurma",   "Yanti",   "Zahara",
    "Anni",      "Dina",      "Irma",    "Melati", "Nova",     "Rukiah",   "Suryani", "Widya",
    "Farida",    "Hasnah",    "Mardiah", "Nirwana"};
static const char *const MIDDLE_M[] = {"Sahril", "Rahman",   "Hidayat",  "Syahputra", "Hakim",
                                       "Saleh",  "Ramadhan", "Pratama",  "Kurniawan", "Husin",
                                       "Sakti",  "Iskandar", "Fadillah", "Anshari"};
static const char *const MIDDLE_F[] = {"Fitria",    "Amalia",    "Handayani", "Lestari", "Wahyuni",
                                       "Aminah",    "Rahmawati", "Sari",      "Hasanah", "Yusnita",
                                       "Damayanti", "Safitri",   "Ramadhani", "Novita"};
/* Repeated entries weight the most common marga of the city. */
static const char *const MARGA[] = {
    "Harahap",    "Harahap",    "Harahap",   "Siregar",   "Siregar",    "Siregar",  "Nasution",
    "Nasution",   "Nasution",   "Lubis",     "Lubis",     "Hasibuan",   "Hasibuan", "Pulungan",
    "Ritonga",    "Daulay",     "Rangkuti",  "Pohan",     "Dalimunthe", "Batubara", "Tanjung",
    "Simatupang", "Matondang",  "Hutasuhut", "Rambe",     "Pane",       "Siagian",  "Sitompul",
    "Hutagalung", "Nainggolan", "Gultom",    "Parinduri", "Hasibuan",   "Pardede",  "Munthe"};

void demo_person_name(gsl_rng *r, kj_kelamin sex, const char *deg, char *out, size_t cap) {
  const char *first =
      sex == KJ_P ? FEMALE[demo_int(r, 0, N_OF(FEMALE) - 1)] : MALE[demo_int(r, 0, N_OF(MALE) - 1)];
  const char *mid = NULL, *marga = NULL;
  if (demo_bern(r, 0.40))
    mid = sex == KJ_P ? MIDDLE_F[demo_int(r, 0, N_OF(MIDDLE_F) - 1)]
                      : MIDDLE_M[demo_int(r, 0, N_OF(MIDDLE_M) - 1)];
  if (demo_bern(r, 0.78)) marga = MARGA[demo_int(r, 0, N_OF(MARGA) - 1)];
  /* A medical title ("dr.", "drg.", "drh.") goes in front; what follows its
   * comma stays behind the name. */
  char pre[16] = "";
  const char *post = deg ? deg : "";
  if (strncmp(post, "dr", 2) == 0) {
    const char *comma = strstr(post, ", ");
    size_t n = comma ? (size_t)(comma - post) : strlen(post);
    snprintf(pre, sizeof pre, "%.*s ", (int)n, post);
    post = comma ? comma + 2 : "";
  }
  snprintf(out, cap, "%s%s%s%s%s%s%s%s", pre, first, mid ? " " : "", mid ? mid : "",
           marga ? " " : "", marga ? marga : "", *post ? ", " : "", post);
}

/* Functional-position families per staff profile; w = relative frequency. */
typedef struct job_row {
  demo_job job;
  double w;
} job_row;

static const job_row J_GURU[] = {{{"Guru", 2, "S.Pd.", 1}, 82},
                                 {{"Guru", 3, "S.Pd., M.Pd.", 1}, 8},
                                 {{"Guru", 2, "S.Ag.", 1}, 7},
                                 {{"Guru", 2, "S.Pd.I.", 1}, 3}};
static const job_row J_KES[] = {{{"Perawat", 1, "A.Md.Kep.", 0}, 22},
                                {{"Perawat", 2, "S.Kep., Ns.", 1}, 10},
                                {{"Bidan", 1, "A.Md.Keb.", 0}, 25},
                                {{"Bidan", 2, "S.Tr.Keb.", 1}, 4},
                                {{"Dokter", 2, "dr.", 1}, 7},
                                {{"Dokter Gigi", 2, "drg.", 1}, 2},
                                {{"Apoteker", 2, "S.Farm., Apt.", 1}, 3},
                                {{"Asisten Apoteker", 1, "A.Md.Farm.", 0}, 3},
                                {{"Pranata Laboratorium Kesehatan", 1, "A.Md.AK.", 0}, 4},
                                {{"Nutrisionis", 1, "A.Md.Gz.", 0}, 4},
                                {{"Sanitarian", 1, "A.Md.KL.", 0}, 4},
                                {{"Epidemiolog Kesehatan", 2, "S.KM.", 1}, 3},
                                {{"Penyuluh Kesehatan Masyarakat", 2, "S.KM.", 1}, 4},
                                {{"Administrator Kesehatan", 2, "S.KM.", 1}, 3}};
static const job_row J_RS[] = {{{"Perawat", 1, "A.Md.Kep.", 0}, 30},
                               {{"Perawat", 2, "S.Kep., Ns.", 1}, 15},
                               {{"Bidan", 1, "A.Md.Keb.", 0}, 8},
                               {{"Dokter", 2, "dr.", 1}, 7},
                               {{"Dokter", 3, "dr., Sp.PD.", 1}, 1},
                               {{"Dokter", 3, "dr., Sp.A.", 1}, 1},
                               {{"Dokter", 3, "dr., Sp.OG.", 1}, 1},
                               {{"Dokter", 3, "dr., Sp.B.", 1}, 1},
                               {{"Apoteker", 2, "S.Farm., Apt.", 1}, 3},
                               {{"Asisten Apoteker", 1, "A.Md.Farm.", 0}, 3},
                               {{"Radiografer", 1, "A.Md.Rad.", 0}, 3},
                               {{"Perekam Medis", 1, "A.Md.RMIK.", 0}, 4},
                               {{"Pranata Laboratorium Kesehatan", 1, "A.Md.AK.", 0}, 4},
                               {{"Nutrisionis", 1, "A.Md.Gz.", 0}, 2},
                               {{"Fisioterapis", 1, "A.Md.Ftr.", 0}, 2}};
static const job_row J_AUDITOR[] = {
    {{"Auditor", 2, "S.E.", 1}, 30},
    {{"Auditor", 2, "S.Ak.", 1}, 20},
    {{"Auditor", 3, "S.E., M.Si.", 1}, 10},
    {{"Pengawas Penyelenggaraan Urusan Pemerintahan Daerah", 2, "S.H.", 1}, 25},
    {{"Pengawas Penyelenggaraan Urusan Pemerintahan Daerah", 2, "S.STP.", 1}, 15}};
static const job_row J_TANI[] = {{{"Penyuluh Pertanian", 1, "A.Md.", 0}, 30},
                                 {{"Penyuluh Pertanian", 2, "S.P.", 1}, 35},
                                 {{"Medik Veteriner", 2, "drh.", 1}, 5},
                                 {{"Paramedik Veteriner", 1, "A.Md.Pt.", 0}, 8},
                                 {{"Pengawas Mutu Hasil Pertanian", 2, "S.P.", 1}, 7},
                                 {{"Analis Kebijakan", 2, "S.P.", 1}, 5}};
static const job_row J_KB[] = {{{"Penyuluh Keluarga Berencana", 2, "S.Sos.", 1}, 40},
                               {{"Penyuluh Keluarga Berencana", 1, "A.Md.", 0}, 20},
                               {{"Pekerja Sosial", 2, "S.Sos.", 1}, 10},
                               {{"Analis Kebijakan", 2, "S.KM.", 1}, 10}};
static const job_row J_POLPP[] = {{{"Polisi Pamong Praja", 0, "", 0}, 55},
                                  {{"Polisi Pamong Praja", 2, "S.H.", 1}, 15},
                                  {{"Pemadam Kebakaran", 0, "", 0}, 20},
                                  {{"Analis Kebakaran", 2, "S.T.", 1}, 5}};
static const job_row J_UMUM[] = {{{"Analis Kebijakan", 2, "S.Sos.", 1}, 10},
                                 {{"Perencana", 2, "S.E.", 1}, 10},
                                 {{"Pranata Komputer", 2, "S.Kom.", 1}, 8},
                                 {{"Pranata Komputer", 1, "A.Md.Kom.", 0}, 6},
                                 {{"Arsiparis", 1, "A.Md.", 0}, 6},
                                 {{"Analis Sumber Daya Manusia Aparatur", 2, "S.Psi.", 1}, 6},
                                 {{"Pengelola Pengadaan Barang/Jasa", 2, "S.T.", 1}, 5},
                                 {{"Pranata Hubungan Masyarakat", 2, "S.I.Kom.", 1}, 5},
                                 {{"Analis Keuangan Pusat dan Daerah", 2, "S.E.", 1}, 8},
                                 {{"Analis Hukum", 2, "S.H.", 1}, 5},
                                 {{"Statistisi", 2, "S.Si.", 1}, 3},
                                 {{"Teknik Jalan dan Jembatan", 2, "S.T.", 1}, 5},
                                 {{"Pengawas Lingkungan Hidup", 2, "S.T.", 1}, 4},
                                 {{"Pustakawan", 1, "A.Md.", 0}, 3}};
static const job_row J_PAMONG[] = {{{"Analis Kebijakan", 2, "S.Sos.", 1}, 30},
                                   {{"Pranata Komputer", 1, "A.Md.Kom.", 0}, 20},
                                   {{"Arsiparis", 1, "A.Md.", 0}, 20},
                                   {{"Penyuluh Sosial", 2, "S.Sos.", 1}, 10},
                                   {{"Perencana", 2, "S.STP.", 1}, 20}};

static const job_row *jobs_of(demo_profile p, int *n) {
#define JOBS(t)                                                                                    \
  do {                                                                                             \
    *n = N_OF(t);                                                                                  \
    return t;                                                                                      \
  } while (0)
  switch (p) {
  case PROF_GURU: JOBS(J_GURU);
  case PROF_KESEHATAN: JOBS(J_KES);
  case PROF_RS: JOBS(J_RS);
  case PROF_AUDITOR: JOBS(J_AUDITOR);
  case PROF_TANI: JOBS(J_TANI);
  case PROF_KB: JOBS(J_KB);
  case PROF_POLPP: JOBS(J_POLPP);
  case PROF_PAMONG: JOBS(J_PAMONG);
  case PROF_UMUM:
  case PROF_N: break;
  }
  JOBS(J_UMUM);
#undef JOBS
}

const demo_job *demo_pick_job(gsl_rng *r, demo_profile prof) {
  int n;
  const job_row *t = jobs_of(prof, &n);
  double w[32];
  for (int i = 0; i < n; i++) w[i] = t[i].w;
  return &t[demo_pick(r, w, n)].job;
}

const demo_job *demo_head_job(demo_subkind kind) {
  static const demo_job kepsek = {"Guru", 3, "S.Pd., M.Pd.", 1};
  static const demo_job kapus = {"Dokter", 2, "dr.", 1};
  return kind == SUB_PKM ? &kapus : &kepsek;
}

void demo_job_title(const demo_job *j, const demo_emp *e, char *out, size_t cap) {
  const char *lvl;
  if (e->jp == KJ_PPPK)
    lvl = j->ahli ? "Ahli Pertama" : "Terampil";
  else if (j->ahli)
    lvl = e->gol <= 9 ? "Ahli Pertama" : e->gol <= 11 ? "Ahli Muda" : "Ahli Madya";
  else
    lvl = e->gol <= 7 ? "Terampil" : e->gol <= 9 ? "Mahir" : "Penyelia";
  snprintf(out, cap, "%s %s", j->base, lvl);
}

const char *demo_pelaksana_title(gsl_rng *r, int edu) {
  if (edu >= 2) return "Penata Layanan Operasional";
  if (edu == 1) return "Pengelola Layanan Operasional";
  return demo_bern(r, 0.6) ? "Pengadministrasi Perkantoran" : "Operator Layanan Operasional";
}

const char *demo_degree(gsl_rng *r, int edu, demo_profile prof, int struktural) {
  static const char *const S1[] = {"S.E.", "S.Sos.", "S.H.", "S.Kom.", "S.AP.", "S.T."};
  static const char *const S2[] = {"S.Sos., M.Si.", "S.H., M.H.", "S.E., M.M.",
                                   "S.STP., M.AP.", "S.T., M.T.", "S.Sos., M.AP."};
  /* Health agencies and the hospital are led by doctors; their other
   * structural posts are held by public-health graduates. */
  if (struktural == 2 && (prof == PROF_KESEHATAN || prof == PROF_RS)) return "dr., M.Kes.";
  if (struktural && (prof == PROF_KESEHATAN || prof == PROF_RS))
    return edu >= 3 ? "S.KM., M.Kes." : "S.KM.";
  if (struktural && prof == PROF_GURU) return edu >= 3 ? "S.Pd., M.Pd." : "S.Pd.";
  if (edu >= 3) return S2[demo_int(r, 0, N_OF(S2) - 1)];
  if (edu == 2) return S1[demo_int(r, 0, N_OF(S1) - 1)];
  if (edu == 1) return "A.Md.";
  return "";
}

void demo_golongan_text(const demo_emp *e, char out[8]) {
  static const char *const ROMAN[] = {"I", "II", "III", "IV",   "V",   "VI", "VII", "VIII", "IX",
                                      "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"};
  if (e->jp == KJ_PPPK) {
    snprintf(out, 8, "%s", ROMAN[(e->gol < 1 ? 1 : e->gol > 17 ? 17 : e->gol) - 1]);
    return;
  }
  int g = e->gol < 0 ? 0 : e->gol > 16 ? 16 : e->gol;
  int ruang = g < 12 ? g / 4 : 3, letter = g < 12 ? g % 4 : g - 12;
  snprintf(out, 8, "%s/%c", ROMAN[ruang], 'a' + letter);
}
