/* demo_units.c — the organisation of the demo city and unit.csv.
 *
 * A typical kota structure after the 2016 perangkat daerah regulation (PP
 * 18/2016) and the 2021 simplification of eselon IV: Sekretariat Daerah,
 * Sekretariat DPRD, Inspektorat, eight badan, the usual dinas, the RSUD,
 * Satpol PP and the six kecamatan of Kota Padangsidimpuan with their 37
 * kelurahan. Below Disdik sit 85 SD and 10 SMP, below Dinkes 10 puskesmas,
 * and three dinas run an UPT. The list is fixed, whatever --employees says:
 * a small run leaves some sub-units unstaffed rather than changing the city.
 * Headcount weights follow the shape of a kota this size (most ASN are
 * teachers and health staff; doc/demo-data.md gives the sources).
 *
 * One school is regrouped into its neighbour at the end of the first year
 * (menjadi + berlaku_sampai), the way SD regrouping happens in practice.
 */
#include "demo/demo_internal.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

typedef struct opd_def {
  const char *code, *name, *abbr;
  kj_jenis_unit jenis;
  int weight;            /* headcount out of about 4,900 */
  demo_profile prof;     /* staff of the office */
  int female, pppk;      /* percent of staff */
  int skm;               /* the office itself is a surveyed service unit */
  const char *bidang[9]; /* bidang / bagian / inspektur pembantu, NULL-terminated */
} opd_def;

/* One OPD per entry: code, name, abbreviation, jenis, headcount weight,
 * staff profile, % women, % PPPK, surveyed, bidang. Kept as a table by hand. */
// clang-format off
static const opd_def OPD[] = {
  {"SETDA", "Sekretariat Daerah", "Setda", KJ_UNIT_SEKRETARIAT, 150, PROF_UMUM, 45, 5, 0,
   {"Bagian Pemerintahan", "Bagian Hukum", "Bagian Organisasi", "Bagian Perekonomian dan SDA",
    "Bagian Kesejahteraan Rakyat", "Bagian Umum", "Bagian Pengadaan Barang dan Jasa",
    "Bagian Protokol dan Komunikasi Pimpinan", NULL}},
  {"SETWAN", "Sekretariat DPRD", "Setwan", KJ_UNIT_SEKRETARIAT, 55, PROF_UMUM, 45, 5, 0,
   {"Bagian Umum dan Keuangan", "Bagian Persidangan dan Perundang-undangan",
    "Bagian Fasilitasi Penganggaran dan Pengawasan", NULL}},
  {"INSPEKTORAT", "Inspektorat", "Inspektorat", KJ_UNIT_INSPEKTORAT, 55, PROF_AUDITOR, 50, 3, 0,
   {"Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II",
    "Inspektur Pembantu Wilayah III", "Inspektur Pembantu Wilayah IV", NULL}},
  {"BAPELITBANG", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
   "Bapelitbang", KJ_UNIT_BADAN, 50, PROF_UMUM, 50, 5, 0,
   {"Bidang Pemerintahan dan Pembangunan Manusia", "Bidang Perekonomian dan SDA",
    "Bidang Infrastruktur dan Kewilayahan", "Bidang Penelitian dan Pengembangan", NULL}},
  {"BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM",
   KJ_UNIT_BADAN, 50, PROF_UMUM, 55, 5, 0,
   {"Bidang Pengadaan, Pemberhentian dan Informasi", "Bidang Mutasi dan Promosi",
    "Bidang Pengembangan Kompetensi Aparatur", "Bidang Penilaian Kinerja dan Penghargaan", NULL}},
  {"BPKPD", "Badan Pengelolaan Keuangan dan Pendapatan Daerah", "BPKPD", KJ_UNIT_BADAN, 95,
   PROF_UMUM, 50, 5, 1,
   {"Bidang Anggaran", "Bidang Perbendaharaan", "Bidang Akuntansi dan Aset",
    "Bidang Pendapatan Daerah", NULL}},
  {"BPBD", "Badan Penanggulangan Bencana Daerah", "BPBD", KJ_UNIT_BADAN, 45, PROF_UMUM, 30, 8, 0,
   {"Bidang Pencegahan dan Kesiapsiagaan", "Bidang Kedaruratan dan Logistik",
    "Bidang Rehabilitasi dan Rekonstruksi", NULL}},
  {"KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol", KJ_UNIT_BADAN, 28,
   PROF_UMUM, 40, 5, 0,
   {"Bidang Ideologi dan Wawasan Kebangsaan", "Bidang Politik Dalam Negeri dan Ormas", NULL}},
  {"DISDIK", "Dinas Pendidikan", "Disdik", KJ_UNIT_DINAS, 2050, PROF_UMUM, 64, 35, 0,
   {"Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama",
    "Bidang Pembinaan PAUD dan Pendidikan Nonformal", "Bidang Pembinaan Ketenagaan", NULL}},
  {"DINKES", "Dinas Kesehatan", "Dinkes", KJ_UNIT_DINAS, 520, PROF_KESEHATAN, 72, 20, 0,
   {"Bidang Pelayanan dan Sumber Daya Kesehatan", "Bidang Kesehatan Masyarakat",
    "Bidang Pencegahan dan Pengendalian Penyakit", NULL}},
  {"RSUD", "Rumah Sakit Umum Daerah Kota Padangsidimpuan", "RSUD", KJ_UNIT_RSUD, 390, PROF_RS,
   70, 18, 1,
   {"Bagian Umum dan Keuangan", "Bidang Pelayanan Medik", "Bidang Keperawatan",
    "Bidang Penunjang Medik", NULL}},
  {"DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR", KJ_UNIT_DINAS, 95, PROF_UMUM,
   30, 5, 0,
   {"Bidang Bina Marga", "Bidang Sumber Daya Air", "Bidang Cipta Karya", "Bidang Penataan Ruang",
    NULL}},
  {"DPERKIM", "Dinas Perumahan dan Kawasan Permukiman", "Perkim", KJ_UNIT_DINAS, 40, PROF_UMUM,
   35, 5, 0, {"Bidang Perumahan", "Bidang Kawasan Permukiman", "Bidang Pertanahan", NULL}},
  {"DINSOS", "Dinas Sosial", "Dinsos", KJ_UNIT_DINAS, 45, PROF_UMUM, 55, 8, 0,
   {"Bidang Rehabilitasi Sosial", "Bidang Perlindungan dan Jaminan Sosial",
    "Bidang Pemberdayaan Sosial", NULL}},
  {"DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", KJ_UNIT_DINAS, 60,
   PROF_UMUM, 55, 8, 1,
   {"Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil",
    "Bidang Pengelolaan Informasi Administrasi Kependudukan", NULL}},
  {"DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP",
   KJ_UNIT_DINAS, 40, PROF_UMUM, 50, 5, 1,
   {"Bidang Penanaman Modal", "Bidang Pelayanan Perizinan", "Bidang Pengaduan dan Informasi",
    NULL}},
  {"DISHUB", "Dinas Perhubungan", "Dishub", KJ_UNIT_DINAS, 75, PROF_UMUM, 20, 8, 0,
   {"Bidang Lalu Lintas dan Angkutan", "Bidang Sarana dan Prasarana", "Bidang Perparkiran",
    NULL}},
  {"DISKOMINFO", "Dinas Komunikasi dan Informatika", "Diskominfo", KJ_UNIT_DINAS, 40,
   PROF_UMUM, 45, 5, 0,
   {"Bidang Informasi dan Komunikasi Publik", "Bidang Aplikasi Informatika",
    "Bidang Statistik dan Persandian", NULL}},
  {"DLH", "Dinas Lingkungan Hidup", "DLH", KJ_UNIT_DINAS, 110, PROF_UMUM, 30, 8, 0,
   {"Bidang Tata Lingkungan", "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan",
    "Bidang Pengelolaan Sampah dan Limbah B3", NULL}},
  {"DISTAN", "Dinas Pertanian", "Distan", KJ_UNIT_DINAS, 110, PROF_TANI, 45, 10, 0,
   {"Bidang Tanaman Pangan dan Hortikultura", "Bidang Peternakan dan Kesehatan Hewan",
    "Bidang Penyuluhan", "Bidang Prasarana dan Sarana Pertanian", NULL}},
  {"DKP", "Dinas Ketahanan Pangan", "DKP", KJ_UNIT_DINAS, 35, PROF_UMUM, 50, 5, 0,
   {"Bidang Ketersediaan dan Distribusi Pangan", "Bidang Konsumsi dan Keamanan Pangan", NULL}},
  {"DISDAG", "Dinas Perdagangan", "Disdag", KJ_UNIT_DINAS, 45, PROF_UMUM, 45, 5, 0,
   {"Bidang Perdagangan", "Bidang Pengelolaan Pasar", "Bidang Metrologi Legal", NULL}},
  {"DISKOPUKM", "Dinas Koperasi dan Usaha Kecil Menengah", "Diskop UKM", KJ_UNIT_DINAS, 30,
   PROF_UMUM, 50, 5, 0, {"Bidang Koperasi", "Bidang Usaha Mikro, Kecil dan Menengah", NULL}},
  {"DISPAR", "Dinas Pariwisata dan Kebudayaan", "Dispar", KJ_UNIT_DINAS, 30, PROF_UMUM, 50, 5, 0,
   {"Bidang Destinasi Pariwisata", "Bidang Pemasaran Pariwisata", "Bidang Kebudayaan", NULL}},
  {"DISPORA", "Dinas Pemuda dan Olahraga", "Dispora", KJ_UNIT_DINAS, 30, PROF_UMUM, 40, 5, 0,
   {"Bidang Kepemudaan", "Bidang Keolahragaan", NULL}},
  {"DISNAKER", "Dinas Tenaga Kerja", "Disnaker", KJ_UNIT_DINAS, 30, PROF_UMUM, 45, 5, 0,
   {"Bidang Pelatihan dan Penempatan Tenaga Kerja", "Bidang Hubungan Industrial", NULL}},
  {"DP3AKB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan "
   "Keluarga Berencana", "DP3AKB", KJ_UNIT_DINAS, 60, PROF_KB, 70, 8, 0,
   {"Bidang Pemberdayaan Perempuan", "Bidang Perlindungan Anak",
    "Bidang Pengendalian Penduduk dan Keluarga Berencana", NULL}},
  {"SATPOLPP", "Satuan Polisi Pamong Praja", "Satpol PP", KJ_UNIT_KANTOR, 150, PROF_POLPP, 20, 8,
   0, {"Bidang Penegakan Perundang-undangan Daerah", "Bidang Ketertiban Umum",
       "Bidang Pemadam Kebakaran", "Bidang Perlindungan Masyarakat", NULL}},
  {"KEC.UTARA", "Kecamatan Padangsidimpuan Utara", "Kec. PSP Utara", KJ_UNIT_KECAMATAN, 150,
   PROF_PAMONG, 45, 5, 1, {NULL}},
  {"KEC.SELATAN", "Kecamatan Padangsidimpuan Selatan", "Kec. PSP Selatan", KJ_UNIT_KECAMATAN,
   118, PROF_PAMONG, 45, 5, 1, {NULL}},
  {"KEC.BATUNADUA", "Kecamatan Padangsidimpuan Batunadua", "Kec. PSP Batunadua",
   KJ_UNIT_KECAMATAN, 36, PROF_PAMONG, 45, 5, 1, {NULL}},
  {"KEC.HUTAIMBARU", "Kecamatan Padangsidimpuan Hutaimbaru", "Kec. PSP Hutaimbaru",
   KJ_UNIT_KECAMATAN, 52, PROF_PAMONG, 45, 5, 1, {NULL}},
  {"KEC.TENGGARA", "Kecamatan Padangsidimpuan Tenggara", "Kec. PSP Tenggara", KJ_UNIT_KECAMATAN,
   36, PROF_PAMONG, 45, 5, 1, {NULL}},
  {"KEC.ANGKOLAJULU", "Kecamatan Padangsidimpuan Angkola Julu", "Kec. PSP Angkola Julu",
   KJ_UNIT_KECAMATAN, 26, PROF_PAMONG, 45, 5, 1, {NULL}},
};
// clang-format on
enum { NOPD = (int)(sizeof OPD / sizeof OPD[0]) };

/* Kelurahan per kecamatan (16 + 12 + 2 + 4 + 2 + 1 = 37; the 42 desa are
 * village governments without ASN staff and are left out). */
static const char *const KEL_UTARA[] = {
    "Wek I",      "Wek II",    "Wek III",           "Wek IV",
    "Kantin",     "Kayuombun", "Sadabuan",          "Tano Bato",
    "Timbangan",  "Tobat",     "Bonan Dolok",       "Losung Batu",
    "Panyanggar", "Bincar",    "Batang Ayumi Julu", "Batang Ayumi Jae",
    NULL};
static const char *const KEL_SELATAN[] = {
    "Ujung Padang",           "Silandit",    "Sitamiang", "Sitamiang Baru", "Padangmatinggi",
    "Padangmatinggi Lestari", "Aek Tampang", "Wek V",     "Wek VI",         "Kampung Darek",
    "Pasar Siborang",         "Sidangkal",   NULL};
static const char *const KEL_BATUNADUA[] = {"Batunadua Julu", "Batunadua Jae", NULL};
static const char *const KEL_HUTAIMBARU[] = {"Hutaimbaru", "Sabungan Jae", "Lembah Lubuk Manik",
                                             "Palopat Maria", NULL};
static const char *const KEL_TENGGARA[] = {"Pijorkoling", "Sihitang", NULL};
static const char *const KEL_ANGKOLAJULU[] = {"Pal IV Pijorkoling", NULL};

static const char *const PUSKESMAS[] = {"Padangmatinggi", "Sadabuan",     "Wek I",     "Batunadua",
                                        "Hutaimbaru",     "Pijorkoling",  "Sidangkal", "Pokenjior",
                                        "Labuhan Rasoki", "Sabungan Jae", NULL};

enum { N_SD = 85, N_SMP = 10 };

int demo_opd_female_pct(const demo_unit *opd) { return OPD[opd->def].female; }
int demo_opd_pppk_pct(const demo_unit *opd) { return OPD[opd->def].pppk; }

int demo_opd_nbidang(const demo_unit *opd) {
  int n = 0;
  while (n < 8 && OPD[opd->def].bidang[n]) n++;
  return n;
}

const char *demo_opd_bidang(const demo_unit *opd, int i) {
  return i >= 0 && i < demo_opd_nbidang(opd) ? OPD[opd->def].bidang[i] : "";
}

/* "Wek I" -> "WEKI": upper-case letters and digits only. */
static void code_part(const char *name, char *out, size_t cap) {
  size_t j = 0;
  for (const char *p = name; *p && j + 1 < cap; p++)
    if (isalnum((unsigned char)*p)) out[j++] = (char)toupper((unsigned char)*p);
  out[j] = '\0';
}

static demo_unit *add_unit(demo_city *c, int *cap, const char *code, const char *name,
                           const char *abbr, kj_jenis_unit jenis) {
  if (c->nunits == *cap) {
    *cap = *cap ? *cap * 2 : 256;
    c->units = xreallocarray(c->units, (size_t)*cap, sizeof *c->units);
  }
  demo_unit *u = &c->units[c->nunits++];
  memset(u, 0, sizeof *u);
  snprintf(u->code, sizeof u->code, "%s", code);
  snprintf(u->name, sizeof u->name, "%s", name);
  snprintf(u->abbr, sizeof u->abbr, "%s", abbr);
  u->jenis = jenis;
  u->parent = u->successor = u->head = -1;
  return u;
}

static void add_sub(demo_city *c, int *cap, int opd, demo_subkind kind, demo_profile prof,
                    const char *code, const char *name, const char *abbr, kj_jenis_unit jenis,
                    int skm) {
  demo_unit *u = add_unit(c, cap, code, name, abbr, jenis);
  u->kind = kind;
  u->prof = prof;
  u->parent = u->opd = opd;
  u->def = c->units[opd].def;
  u->skm = skm;
}

static void add_named_subs(demo_city *c, int *cap, int opd, demo_subkind kind, demo_profile prof,
                           const char *const *names, const char *prefix, const char *name_word,
                           const char *abbr_word, kj_jenis_unit jenis, int skm) {
  for (int i = 0; names[i]; i++) {
    char part[24], code[33], name[112], abbr[32];
    code_part(names[i], part, sizeof part);
    snprintf(code, sizeof code, "%s.%s", prefix, part);
    snprintf(name, sizeof name, "%s %s", name_word, names[i]);
    snprintf(abbr, sizeof abbr, "%s %s", abbr_word, names[i]);
    add_sub(c, cap, opd, kind, prof, code, name, abbr, jenis, skm);
  }
}

static const char *const *kelurahan_of(const char *kec) {
  static const struct {
    const char *code;
    const char *const *names;
  } map[] = {{"KEC.UTARA", KEL_UTARA},         {"KEC.SELATAN", KEL_SELATAN},
             {"KEC.BATUNADUA", KEL_BATUNADUA}, {"KEC.HUTAIMBARU", KEL_HUTAIMBARU},
             {"KEC.TENGGARA", KEL_TENGGARA},   {"KEC.ANGKOLAJULU", KEL_ANGKOLAJULU}};
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (strcmp(map[i].code, kec) == 0) return map[i].names;
  return NULL;
}

/* The sub-units of OPD index opd (a unit index). */
static void add_children(demo_city *c, int *cap, int opd) {
  const char *code = c->units[opd].code;
  char sc[33], sn[112], sa[32];
  if (strcmp(code, "DISDIK") == 0) {
    for (int i = 1; i <= N_SD; i++) {
      snprintf(sc, sizeof sc, "SDN.2001%02d", i);
      snprintf(sn, sizeof sn, "SD Negeri 2001%02d Padangsidimpuan", i);
      snprintf(sa, sizeof sa, "SDN 2001%02d", i);
      add_sub(c, cap, opd, SUB_SD, PROF_GURU, sc, sn, sa, KJ_UNIT_SEKOLAH, 0);
    }
    for (int i = 1; i <= N_SMP; i++) {
      snprintf(sc, sizeof sc, "SMPN.%d", i);
      snprintf(sn, sizeof sn, "SMP Negeri %d Padangsidimpuan", i);
      snprintf(sa, sizeof sa, "SMPN %d", i);
      add_sub(c, cap, opd, SUB_SMP, PROF_GURU, sc, sn, sa, KJ_UNIT_SEKOLAH, 0);
    }
  } else if (strcmp(code, "DINKES") == 0) {
    add_named_subs(c, cap, opd, SUB_PKM, PROF_KESEHATAN, PUSKESMAS, "PKM", "Puskesmas", "PKM",
                   KJ_UNIT_PUSKESMAS, 1);
  } else if (strncmp(code, "KEC.", 4) == 0) {
    add_named_subs(c, cap, opd, SUB_KEL, PROF_PAMONG, kelurahan_of(code), "KEL", "Kelurahan",
                   "Kel.", KJ_UNIT_KELURAHAN, 0);
  } else if (strcmp(code, "DISHUB") == 0) {
    add_sub(c, cap, opd, SUB_UPT, PROF_UMUM, "UPT.PKB", "UPT Pengujian Kendaraan Bermotor",
            "UPT PKB", KJ_UNIT_LAINNYA, 1);
  } else if (strcmp(code, "DLH") == 0) {
    add_sub(c, cap, opd, SUB_UPT, PROF_UMUM, "UPT.TPA", "UPT Pengelolaan Sampah dan TPA", "UPT TPA",
            KJ_UNIT_LAINNYA, 0);
  } else if (strcmp(code, "DISDAG") == 0) {
    add_sub(c, cap, opd, SUB_UPT, PROF_UMUM, "UPT.PASAR", "UPT Pasar Sangkumpal Bonang",
            "UPT Pasar", KJ_UNIT_LAINNYA, 0);
  }
}

int demo_unit_find(const demo_city *c, const char *code) {
  for (int i = 0; i < c->nunits; i++)
    if (strcmp(c->units[i].code, code) == 0) return i;
  return -1;
}

void demo_build_units(demo_city *c) {
  int cap = 0;
  for (int d = 0; d < NOPD; d++) {
    const opd_def *od = &OPD[d];
    int idx = c->nunits;
    demo_unit *u = add_unit(c, &cap, od->code, od->name, od->abbr, od->jenis);
    u->opd = idx;
    u->def = d;
    u->prof = od->prof;
    u->skm = od->skm;
    u->weight = od->weight;
    c->nopd++;
    add_children(c, &cap, idx);
  }
  /* Sizes and service quality come from the units stream, one entity per
   * unit, in table order. */
  for (int i = 0; i < c->nunits; i++) {
    demo_unit *u = &c->units[i];
    demo_reseed(c->rng, c->o->seed, DS_UNITS, i);
    double w = 0.7 + 0.6 * demo_unif(c->rng);
    if (u->parent >= 0) u->weight = w;
    u->skm_q = demo_norm(c->rng, 0.10);
    if (c->o->no_effects) u->skm_q = 0; /* one service quality for every unit */
    else if (strcmp(u->code, DEMO_UNIT_SKM) == 0) u->skm_q += DEMO_EFF_SKM_IKM;
  }
  int m = demo_unit_find(c, DEMO_UNIT_MERGED), s = demo_unit_find(c, DEMO_UNIT_SUCCESSOR);
  if (m >= 0 && s >= 0) {
    c->units[m].successor = s;
    c->units[m].until_year = c->o->from_year;
  }
}

void demo_write_units(const demo_city *c, FILE *fp, long *rows) {
  fputs("kode_unit,nama_unit,singkatan,jenis_unit,kode_induk,menjadi,berlaku_sampai\n", fp);
  for (int i = 0; i < c->nunits; i++) {
    const demo_unit *u = &c->units[i];
    demo_csv_str(fp, u->code);
    fputc(',', fp);
    demo_csv_str(fp, u->name);
    fputc(',', fp);
    demo_csv_str(fp, u->abbr);
    fprintf(fp, ",%s,", kj_enum_canon(&kj_enum_jenis_unit, (int)u->jenis));
    if (u->parent >= 0) demo_csv_str(fp, c->units[u->parent].code);
    fputc(',', fp);
    if (u->successor >= 0)
      fprintf(fp, "%s,%d", c->units[u->successor].code, u->until_year);
    else
      fputc(',', fp);
    fputc('\n', fp);
  }
  *rows = c->nunits;
}
