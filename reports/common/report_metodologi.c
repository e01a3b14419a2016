/* report_metodologi.c — the Metodologi sheet every report workbook ends
 * with (reports.md "Common to every workbook"): how the report was made,
 * the definitions of analytics.md restated for readers, every parameter
 * value used, the imported input files with SHA-256 and row counts, and the
 * versions of the tool and its libraries.
 *
 * The definitions are a fixed text table (Indonesian and English); the
 * numbers in them come from the parameters actually used, so a reader with a
 * different kinerja.ini sees their own thresholds. Nothing here is computed:
 * the parameters are printed back, the file list is the import log the
 * engine read from the database.
 */
#include "reports/common/report_common.h"

#include <stdio.h>
#include <string.h>

#include "analysis/libinfo.h"
#include "charts/libinfo.h"
#include "reports/common/libinfo.h"
#include "store/store.h"
#include "util/fsutil.h"

typedef struct defn {
  const char *istilah, *term;
  const char *id, *en;
} defn;

/* analytics.md §1–§11, in the words of a reader without statistics training. */
static const defn DEFS[] = {
    {"Predikat", "Predikat",
     "Predikat kinerja pegawai dari matriks PermenPAN-RB 6/2022: baris hasil kerja, kolom perilaku "
     "kerja (Di Atas / Sesuai / Di Bawah Ekspektasi). Predikat yang diisi tetapi berbeda dari "
     "matriks tidak dipakai; perbedaannya dicatat di lembar Kualitas Data.",
     "Employee predikat from the PermenPAN-RB 6/2022 matrix: rows work results, columns work "
     "behaviour (Above / Meets / Below Expectations). A supplied predikat that differs from the "
     "matrix is not used; the difference is listed on the Data Quality sheet."},
    {"IKP", "IKP",
     "Indeks kinerja pegawai: predikat dikonversi dengan persentase angka kredit PerBKN 3/2023 "
     "(Sangat Baik 150, Baik 100, Butuh Perbaikan 75, Kurang 50, Sangat Kurang 25). IKP setahun = "
     "rata-rata catatan periodik tahun itu; tanpa catatan periodik, catatan tahunan. Ini konversi, "
     "bukan skor resmi.",
     "Employee performance index: predikat converted with the PerBKN 3/2023 credit-point "
     "percentages (Sangat Baik 150, Baik 100, Butuh Perbaikan 75, Kurang 50, Sangat Kurang 25). "
     "Yearly IKP = mean of the year's periodic records; without them, the annual record. A "
     "conversion, not an official score."},
    {"Predikat tahunan", "Annual predikat",
     "Catatan tahunan bila ada; jika tidak, predikat catatan periodik terakhir tahun itu.",
     "The annual record when present; otherwise the predikat of the last periodic record of the "
     "year."},
    {"Capaian", "Capaian (achievement)",
     "Per indikator: arah NAIK 100 x realisasi/target, arah TURUN 100 x (2 - realisasi/target), "
     "dibatasi 0 sampai capaian_maks. Per periode rata-rata berbobot indikator; per tahun "
     "rata-rata periode.",
     "Per indicator: direction NAIK 100 x actual/target, TURUN 100 x (2 - actual/target), clipped "
     "to 0..capaian_maks. Per period the weighted mean of the indicators; per year the mean of the "
     "periods."},
    {"Nilai BerAKHLAK", "BerAKHLAK values",
     "Rata-rata skor 1-5 setiap nilai inti (Berorientasi Pelayanan ... Kolaboratif) atas semua "
     "catatan tahun itu, dari sumber mana pun.",
     "Mean 1-5 score of each core value (Berorientasi Pelayanan ... Kolaboratif) over all of the "
     "year's records, from any source."},
    {"Statistik per OPD", "Per-OPD statistics",
     "n, rata-rata, simpangan baku (n-1), median dan kuartil (tipe 7), galat baku, interval "
     "kepercayaan (IK) 95 % = rata-rata +/- t(0,975; n-1) x galat baku. Pangsa predikat dengan "
     "interval Wilson 95 %. OPD dengan n di bawah min_kelompok ditampilkan \"data tidak cukup\"; "
     "angka kota tetap memuatnya.",
     "n, mean, standard deviation (n-1), median and quartiles (type 7), standard error, 95 % "
     "confidence interval (CI) = mean +/- t(0.975, n-1) x SE. Predikat shares with Wilson 95 % "
     "intervals. OPD with n below min_kelompok show \"not enough data\"; city figures still "
     "include them."},
    {"Peringkat dan kisarannya", "Ranking and its range",
     "Peringkat IKP OPD (1 = tertinggi; nilai sama berbagi peringkat terbaik) dengan kisaran "
     "peringkat 95 %: bootstrap parametrik, rata-rata tiap OPD ditarik dari N(rata-rata, galat "
     "baku^2) 10.000 kali (benih tetap, parameter seed), kuantil 2,5 % dan 97,5 % peringkatnya. "
     "Dua OPD dengan kisaran bertumpang tindih belum tentu berbeda. IKP disusutkan: Bayes empiris "
     "dengan tau^2 DerSimonian-Laird (bobot memakai galat baku minimal s^2 gabungan / n).",
     "IKP rank of each OPD (1 = highest; ties share the best rank) with a 95 % rank range: "
     "parametric bootstrap, each OPD mean drawn from N(mean, SE^2) 10,000 times (fixed seed, "
     "parameter seed), the 2.5 % and 97.5 % quantiles of its ranks. Two OPD whose ranges overlap "
     "need not differ. Shrunken IKP: empirical Bayes with the DerSimonian-Laird tau^2 (weights use "
     "an SE of at least pooled s^2 / n)."},
    {"Kekuatan dan kelemahan", "Strengths and weaknesses",
     "Setiap OPD dibandingkan dengan semua OPD lain pada setiap dimensi (IKP, capaian, 7 nilai "
     "BerAKHLAK, 9 unsur SKM bila ada survei): uji t Welch dan Cohen's d (selisih rata-rata dibagi "
     "simpangan baku gabungan). Nilai p seluruh uji tahun itu dikoreksi Benjamini-Hochberg (q). "
     "KEKUATAN bila q < alpha dan d >= efek_min; KELEMAHAN bila q < alpha dan d <= -efek_min.",
     "Each OPD is compared with all other OPD on each dimension (IKP, capaian, 7 BerAKHLAK values, "
     "9 SKM items where surveyed): Welch t-test and Cohen's d (difference of means over the pooled "
     "standard deviation). The p-values of all tests of the year are adjusted with "
     "Benjamini-Hochberg (q). STRENGTH when q < alpha and d >= efek_min; WEAKNESS when q < alpha "
     "and d <= -efek_min."},
    {"Tren", "Trend",
     "Rata-rata per periode dalam jendela tren; garis regresi (OLS) rata-rata terhadap waktu, "
     "kemiringan per tahun (perlu >= 3 periode). Galat baku Newey-West (HAC, lag floor(4(k/100)^"
     "(2/9)), dikali akar(k/(k-2))), tidak lebih kecil dari galat baku OLS, karena rata-rata "
     "bulanan orang yang sama saling berkorelasi; IK 95 % dan p dari t(k-2). Nilai p semua tren "
     "(semua OPD, kota, semua ukuran) dikoreksi Benjamini-Hochberg (q). NAIK/TURUN bila q < alpha, "
     "|kemiringan| >= tren_min ukuran itu, dan ada >= 12 titik. Walau begitu, deret yang "
     "berautokorelasi lebih mudah memberi tren palsu daripada alpha; tren_min-lah yang menjaga "
     "label tetap jujur. Unit yang digabung dihitung pada OPD penerusnya.",
     "Mean per period in the trend window; least-squares line of the means over time, slope per "
     "year (needs >= 3 periods). Newey-West (HAC) standard error (lag floor(4(k/100)^(2/9)), "
     "times sqrt(k/(k-2))), never below the OLS one, since monthly means of the same people are "
     "correlated; 95 % CI and p from t(k-2). The p-values of all trends (every OPD, the city, every "
     "measure) are adjusted with Benjamini-Hochberg (q). RISING/FALLING when q < alpha, |slope| >= "
     "the measure's tren_min, and >= 12 points. Even so, autocorrelated series give false trends "
     "more often than alpha; tren_min is what keeps labels honest. Merged units count for their "
     "successor's OPD."},
    {"Tahun ke tahun", "Year over year",
     "Uji t Welch nilai pegawai tahun ini terhadap tahun sebelumnya per OPD dan ukuran; p semua "
     "OPD dan ukuran dikoreksi Benjamini-Hochberg (q). MENINGKAT / MENURUN bila q < alpha dan "
     "selisih >= tren_min ukuran itu. Kedua sampel sebagian besar orang yang sama, sehingga uji "
     "ini konservatif (alat bantu keputusan).",
     "Welch t-test of this year's employee values against the previous year's per OPD and "
     "measure; the p-values of all OPD and measures are adjusted with Benjamini-Hochberg (q). "
     "IMPROVED / DECLINED when q < alpha and the change is at least the measure's tren_min. The "
     "two samples are mostly the same people, which makes the test conservative (a decision "
     "aid)."},
    {"Kurva distribusi", "Required distribution",
     "Aturan sebaran predikat pegawai menurut predikat kinerja organisasi (lihat parameter "
     "kurva.*). Setiap aturan LULUS/GAGAL; PATUH bila semua lulus. Perubahan minimum = jumlah "
     "pegawai paling sedikit yang predikatnya harus berubah agar semua aturan terpenuhi (dihitung "
     "tepat). Uji chi-kuadrat 2 x k sebaran OPD terhadap semua OPD lain (df = predikat yang dipakai "
     "kota - 1); bila ada frekuensi harapan < 5, p Monte Carlo (20.000 tarikan tanpa pengembalian, "
     "benih tetap); p dikoreksi Benjamini-Hochberg atas semua OPD (chi2_q); sebaran disebut "
     "berbeda hanya bila chi2_q < alpha.",
     "Rules on the spread of employee predikat by organisation predikat (see the kurva.* "
     "parameters). Each rule PASS/FAIL; COMPLIANT when all pass. Minimum changes = the fewest "
     "employees whose predikat would have to change for every rule to hold (solved exactly). "
     "2 x k chi-square test of the OPD's spread against all other OPD (df = predikat used in the "
     "city - 1); with an expected count < 5, a Monte Carlo p (20,000 draws without replacement, "
     "fixed seed); p adjusted with Benjamini-Hochberg over all OPD (chi2_q); a spread is called "
     "different only when chi2_q < alpha."},
    {"IKM", "IKM (satisfaction index)",
     "Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017): NRR setiap unsur = rata-rata jawaban 1-4; "
     "IKM = 25 x jumlah (bobot x NRR). Mutu A >= 88,31; B >= 76,61; C >= 65,00; selain itu D. "
     "Unit dengan responden kurang dari skm_min_responden ditandai.",
     "Public satisfaction survey (PermenPAN-RB 14/2017): NRR of each item = mean 1-4 answer; IKM = "
     "25 x sum (weight x NRR). Grade A >= 88.31; B >= 76.61; C >= 65.00; else D. Units with fewer "
     "respondents than skm_min_responden are flagged."},
    {"IKM dan IKP", "IKM and IKP",
     "Untuk unit yang punya survei dan penilaian: korelasi Pearson (IK 95 % Fisher z) dan "
     "Spearman (p, pendekatan t) antara IKM dan IKP rata-rata, r tanpa satu unit (leave-one-out) "
     "dan jarak Cook. Status: TIDAK_CUKUP_DATA bila n < 5; TIDAK_NYATA bila p Pearson >= alpha; "
     "DITENTUKAN_SATU_UNIT bila tanpa satu unit r berganti tanda atau p >= alpha, atau p Spearman "
     ">= alpha (kalimat memakai Spearman, tidak menyebut kuat); selain itu NYATA. Tanda "
     "\"penilaian tinggi, kepuasan rendah\" bila skor z IKP >= +1, skor z IKM <= -1, dan kedua "
     "selisih nyata (IKM responden unit vs responden lain, IKP pegawai unit vs pegawai lain, uji "
     "Welch, BH atas 2n nilai p, q < alpha); aturan z saja: \"perlu dicermati\". Hubungan, bukan "
     "sebab-akibat.",
     "For units with both a survey and appraisals: Pearson (95 % CI by Fisher z) and Spearman "
     "(p by the t approximation) correlation of IKM and mean IKP, leave-one-out r and Cook's "
     "distance. Status: NOT_ENOUGH_DATA when n < 5; NOT_SIGNIFICANT when Pearson p >= alpha; "
     "DRIVEN_BY_ONE_UNIT when without one unit r changes sign or p >= alpha, or Spearman p >= "
     "alpha (sentences quote Spearman and never say strong); else SIGNIFICANT. Flag \"high "
     "ratings, low satisfaction\" when the IKP z-score >= +1, the IKM z-score <= -1 and both gaps "
     "are real (the unit's respondents vs all others, its employees' IKP vs all others, Welch, BH "
     "over the 2n p-values, q < alpha); the z rule alone: \"to watch\". An association, not a "
     "cause."},
    {"Kesetaraan penilaian", "Fairness of appraisal",
     "Jenis kelamin (P vs L), jenis pegawai (PPPK vs PNS), golongan PNS (I-II dan IV vs III), "
     "jenis jabatan (masing-masing vs Pelaksana): selisih mentah IKP dan pangsa Sangat Baik, dan "
     "selisih terkoreksi: regresi IKP pegawai-tahun atas kelompok dengan efek tetap OPD dan "
     "(kecuali jenis jabatan) jenis jabatan, galat baku HC1, p dari t. Strata yang hanya berisi "
     "satu sisi dibuang. BH atas semua perbandingan; TIDAK_SETARA bila q < alpha dan |selisih| >= "
     "kesetaraan_min: perbedaan yang perlu ditelaah, bukan bukti diskriminasi. Selain itu "
     "\"tidak terdeteksi perbedaan\", bukan bukti kesetaraan.",
     "Gender (P vs L), employee type (PPPK vs PNS), PNS golongan (I-II and IV vs III), position "
     "type (each vs Pelaksana): raw gaps in IKP and in the share Sangat Baik, and the adjusted "
     "gap: OLS of employee-year IKP on the group with OPD and (except for position type) "
     "position-type fixed effects, HC1 standard error, p from t. Strata holding one side only are "
     "dropped. BH over all comparisons; NOT_EQUAL when q < alpha and |gap| >= kesetaraan_min: a "
     "difference to be examined, not proof of discrimination. Otherwise \"no difference "
     "detected\", not proof of equality."},
    {"Penilai", "Evaluators",
     "Penilai dengan >= min_kelompok pegawai: rata-rata IKP pegawai yang dinilainya dikurangi "
     "rata-rata pegawai lain di OPD yang sama, uji Welch, koreksi Benjamini-Hochberg. LONGGAR / "
     "KETAT bila q < alpha. Ditampilkan dengan NIP saja.",
     "Evaluators with >= min_kelompok ratees: mean IKP of their ratees minus that of the other "
     "ratees in the same OPD, Welch test, Benjamini-Hochberg adjustment. LENIENT / STRICT when q < "
     "alpha. Shown by NIP only."},
    {"Teladan", "Role models",
     "Pegawai dengan Sangat Baik pada >= 75 % catatan periodik (minimal 6 bulanan atau 3 "
     "triwulanan) dan capaian 10 % teratas di OPD-nya (di kota bila OPD < 20 pegawai); diurutkan "
     "menurut IKP lalu capaian, paling banyak teladan_per_opd per OPD.",
     "Employees with Sangat Baik in >= 75 % of their periodic records (at least 6 monthly or 3 "
     "quarterly) and capaian in the top 10 % of their OPD (of the city when the OPD has < 20 "
     "employees); ranked by IKP then capaian, at most teladan_per_opd per OPD."},
    {"Perlu pembinaan", "Needs coaching",
     "Pegawai dengan >= 2 predikat periodik berturut-turut di bawah Baik, atau predikat tahunan "
     "Kurang / Sangat Kurang, atau IKP periodik yang menurun nyata (p < alpha, >= 6 catatan).",
     "Employees with >= 2 consecutive periodic predikat below Baik, or an annual predikat Kurang / "
     "Sangat Kurang, or a significantly falling periodic IKP (p < alpha, >= 6 records)."},
    {"Kelengkapan dan ketepatan waktu", "Completeness and timeliness",
     "Kelengkapan = pegawai dalam daftar pegawai periode itu yang punya hasil penilaian dibagi "
     "semua pegawai dalam daftar itu (bertugas pada periode itu menurut mulai/selesai; yang belum "
     "pernah dinilai tetap dihitung). Tepat waktu = dinilai paling lambat batas_hari setelah akhir "
     "periode.",
     "Completeness = employees on the period's roster with a result divided by everyone on that "
     "roster (serving in the period by mulai/selesai; those never rated still count). On time = "
     "rated at most batas_hari days after the end of the period."},
    {"Peran pimpinan", "Leader feedback",
     "Umpan balik per pegawai dan pangsa pegawai yang menerima apresiasi, per OPD. Hubungan dengan "
     "IKP dihitung sebagai korelasi antar-OPD dan perbandingan Welch antar-pegawai; hubungan, "
     "bukan "
     "sebab-akibat.",
     "Feedback events per employee and the share of employees receiving appreciation, per OPD. "
     "Association with IKP as a correlation across OPD and a Welch comparison of employees; an "
     "association, not a cause."},
    {"Reprodusibilitas", "Reproducibility",
     "Basis data, konfigurasi dan perintah yang sama menghasilkan berkas yang sama byte demi byte: "
     "tanggal dokumen = tanggal catatan terbaru, urutan baris menurut kunci tetap.",
     "The same database, configuration and command give a byte-identical file: the document date "
     "is the newest record's date, rows are ordered by stable keys."},
};

static void kv_row(kj_table *t, const char *k, const char *v, const char *w) {
  size_t row = kj_table_add_row(t);
  kj_table_set_text(t, row, 0, k);
  kj_table_set_text(t, row, 1, v);
  if (t->ncols > 2) kj_table_set_text(t, row, 2, w);
}

static int about(kj_wb_sheet *sh, int row, const kj_rep *rp, const kj_rep_meta *m) {
  const kj_analysis *r = rp->r;
  kj_lang l = rp->lang;
  static const kj_column_def defs[] = {{"hal", KJ_COL_TEXT}, {"isi", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("tentang", 2, defs);
  char buf[160], created[11];
  kv_row(t, KJ_T(l, "Laporan", "Report"), m->laporan, NULL);
  snprintf(buf, sizeof buf, "%d", r->tahun);
  kv_row(t, KJ_T(l, "Tahun analisis", "Analysis year"), buf, NULL);
  snprintf(buf, sizeof buf, "%d\xE2\x80\x93%d", r->dari, r->sampai);
  kv_row(t, KJ_T(l, "Jendela tren", "Trend window"), buf, NULL);
  kv_row(t, KJ_T(l, "Tanggal catatan terbaru (tanggal dokumen)", "Newest record (document date)"),
         kj_rep_created(r, created), NULL);
  kv_row(t, KJ_T(l, "Perintah", "Command"), m->perintah ? m->perintah : "\xE2\x80\x93", NULL);
  kv_row(t, KJ_T(l, "Nama dan NIP pegawai", "Names and NIPs of employees"),
         rp->anonymize ? KJ_T(l, "disamarkan (--anonymize): \"Pegawai 0042\" tetap per NIP",
                              "replaced (--anonymize): \"Employee 0042\", stable per NIP")
                       : KJ_T(l, "ditampilkan", "shown"),
         NULL);
  kv_row(t, KJ_T(l, "Berkas konfigurasi", "Configuration file"),
         r->params.source[0] ? kj_path_base(r->params.source)
                             : KJ_T(l, "tidak ada (nilai bawaan)", "none (built-in defaults)"),
         NULL);
  const kj_wb_col cols[] = {{KJ_T(l, "Hal", "Item"), KJ_WB_TEXT, 0, NULL, NULL},
                            {KJ_T(l, "Keterangan", "Value"), KJ_WB_WRAP, 70, NULL, NULL}};
  kj_wb_table_opts o = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

static int definitions(kj_wb_sheet *sh, int row, kj_lang l) {
  static const kj_column_def defs[] = {{"istilah", KJ_COL_TEXT}, {"definisi", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("definisi", 2, defs);
  for (size_t i = 0; i < sizeof DEFS / sizeof DEFS[0]; i++)
    kv_row(t, KJ_T(l, DEFS[i].istilah, DEFS[i].term), KJ_T(l, DEFS[i].id, DEFS[i].en), NULL);
  const kj_wb_col cols[] = {{KJ_T(l, "Istilah", "Term"), KJ_WB_TEXT, 0, NULL, NULL},
                            {KJ_T(l, "Definisi", "Definition"), KJ_WB_WRAP, 70, NULL, NULL}};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note = KJ_T(l, "Rumus lengkap: doc/ dan spesifikasi analytics.md proyek kinerja.",
                   "Full formulas: doc/ and the analytics.md specification of "
                   "the kinerja project.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

static void param_row(kj_table *t, const char *name, const char *value, const char *what) {
  kv_row(t, name, value, what);
}

static int parameters(kj_wb_sheet *sh, int row, const kj_params *p, kj_lang l) {
  static const kj_column_def defs[] = {
      {"parameter", KJ_COL_TEXT}, {"nilai", KJ_COL_TEXT}, {"arti", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("parameter", 3, defs);
  char v[512];
  snprintf(v, sizeof v, "%ld", p->min_kelompok);
  param_row(
      t, "min_kelompok", v,
      KJ_T(l, "kelompok lebih kecil: \"data tidak cukup\"", "smaller groups: \"not enough data\""));
  param_row(t, "alpha", kj_fmt_num_plain(v, sizeof v, p->alpha, 3, l),
            KJ_T(l, "batas kebermaknaan (p atau q)", "significance level (p or q)"));
  param_row(t, "efek_min", kj_fmt_num_plain(v, sizeof v, p->efek_min, 2, l),
            KJ_T(l, "|d| minimum untuk kekuatan/kelemahan", "minimum |d| for strength/weakness"));
  param_row(t, "capaian_maks", kj_fmt_num_plain(v, sizeof v, p->capaian_maks, 1, l),
            KJ_T(l, "batas atas capaian (persen)", "upper limit of capaian (percent)"));
  param_row(t, "capaian_tambahan", p->capaian_tambahan ? "yes" : "no",
            KJ_T(l, "indikator TAMBAHAN ikut dihitung", "TAMBAHAN indicators count"));
  param_row(t, "skm_bobot",
            p->skm_bobot_text[0] ? p->skm_bobot_text
                                 : kj_fmt_num_plain(v, sizeof v, p->skm_bobot, 4, l),
            KJ_T(l, "bobot setiap unsur SKM dalam IKM", "weight of each SKM item in IKM"));
  snprintf(v, sizeof v, "%ld", p->skm_min_responden);
  param_row(t, "skm_min_responden", v,
            KJ_T(l, "unit dengan responden lebih sedikit ditandai",
                 "units with fewer respondents are flagged"));
  snprintf(v, sizeof v, "%ld", p->batas_hari);
  param_row(t, "batas_hari", v,
            KJ_T(l, "hari setelah akhir periode yang masih tepat waktu",
                 "days after the period end still on time"));
  snprintf(v, sizeof v, "%ld", p->teladan_per_opd);
  param_row(t, "teladan_per_opd", v,
            KJ_T(l, "teladan paling banyak per OPD", "role models per OPD at most"));
  param_row(t, "tren_min.ikp", kj_fmt_num_plain(v, sizeof v, p->tren_min_ikp, 2, l),
            KJ_T(l, "perubahan IKP minimum per tahun untuk label tren",
                 "smallest IKP change a year labelled as a trend"));
  param_row(t, "tren_min.capaian", kj_fmt_num_plain(v, sizeof v, p->tren_min_capaian, 2, l),
            KJ_T(l, "idem, poin persen capaian", "the same, capaian percentage points"));
  param_row(t, "tren_min.berakhlak", kj_fmt_num_plain(v, sizeof v, p->tren_min_nilai, 2, l),
            KJ_T(l, "idem, poin skor tiap nilai BerAKHLAK", "the same, score points of each value"));
  param_row(t, "kesetaraan_min", kj_fmt_num_plain(v, sizeof v, p->kesetaraan_min, 1, l),
            KJ_T(l, "selisih IKP terkoreksi minimum untuk TIDAK_SETARA",
                 "smallest adjusted IKP gap called NOT_EQUAL"));
  snprintf(v, sizeof v, "%lu", p->seed);
  param_row(t, "seed", v,
            KJ_T(l, "benih bilangan acak (kisaran peringkat, p Monte Carlo)",
                 "random seed (rank ranges, Monte Carlo p)"));
  param_row(t, "instansi", p->instansi, KJ_T(l, "penyusun laporan", "agency"));
  param_row(t, "kota", p->kota, KJ_T(l, "nama kota", "city name"));
  for (int org = 0; org < KJ_ORG_N; org++) {
    kj_buf b = {0};
    for (int i = 0; i < p->kurva[org].n; i++) {
      char rule[128];
      kj_curve_rule_format(&p->kurva[org].rule[i], rule, sizeof rule);
      kj_buf_printf(&b, "%s%s", i ? "; " : "", rule);
    }
    char name[64];
    snprintf(name, sizeof name, "kurva.%s", kj_enum_canon(&kj_enum_predikat_org, org));
    char what[160];
    snprintf(
        what, sizeof what,
        KJ_T(l, "aturan bila predikat organisasi %s", "rules when the organisation predikat is %s"),
        kj_enum_label(&kj_enum_predikat_org, org, l));
    param_row(t, name, b.len ? kj_buf_cstr(&b) : KJ_T(l, "(tanpa aturan)", "(no rules)"), what);
    kj_buf_free(&b);
  }
  const kj_wb_col cols[] = {{"Parameter", KJ_WB_TEXT, 0, NULL, NULL},
                            {KJ_T(l, "Nilai", "Value"), KJ_WB_WRAP, 70, NULL, NULL},
                            {KJ_T(l, "Arti", "Meaning"), KJ_WB_WRAP, 0, NULL, NULL}};
  kj_wb_table_opts o = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

static int versions(kj_wb_sheet *sh, int row, kj_lang l) {
  static const kj_column_def defs[] = {{"perangkat", KJ_COL_TEXT}, {"versi", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("versi", 2, defs);
  kv_row(t, "kinerja", KJ_VERSION, NULL);
  kv_row(t, "SQLite", kj_store_sqlite_version(), NULL);
  kv_row(t, "GSL", kj_gsl_version(), NULL);
  kv_row(t, "libxlsxwriter", kj_xlsxwriter_version(), NULL);
  kv_row(t, "cairo", kj_cairo_version(), NULL);
  kv_row(t, "pango", kj_pango_version(), NULL);
  const kj_wb_col cols[] = {{KJ_T(l, "Perangkat lunak", "Software"), KJ_WB_TEXT, 0, NULL, NULL},
                            {KJ_T(l, "Versi", "Version"), KJ_WB_TEXT, 0, NULL, NULL}};
  kj_wb_table_opts o = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

static int input_files(kj_wb_sheet *sh, int row, const kj_analysis *r, kj_lang l) {
  static const kj_column_def defs[] = {
      {"nama_file", KJ_COL_TEXT}, {"sha256", KJ_COL_TEXT}, {"kind", KJ_COL_TEXT},
      {"format", KJ_COL_TEXT},    {"n_baris", KJ_COL_INT}, {"n_baru", KJ_COL_INT},
      {"n_ganti", KJ_COL_INT},    {"n_sama", KJ_COL_INT},  {"n_lewat", KJ_COL_INT}};
  kj_table *t = kj_table_new("berkas", 9, defs);
  for (size_t i = 0; i < r->n_impor; i++) {
    const kj_impor *f = &r->impor[i];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, 0, f->nama_file);
    kj_table_set_text(t, x, 1, f->sha256);
    kj_table_set_text(t, x, 2, f->kind);
    kj_table_set_text(t, x, 3, f->format);
    kj_table_set_int(t, x, 4, f->n_baris);
    kj_table_set_int(t, x, 5, f->n_baru);
    kj_table_set_int(t, x, 6, f->n_ganti);
    kj_table_set_int(t, x, 7, f->n_sama);
    kj_table_set_int(t, x, 8, f->n_lewat);
  }
  const kj_wb_col cols[] = {{KJ_T(l, "Berkas", "File"), KJ_WB_TEXT, 0, NULL, NULL},
                            {"SHA-256", KJ_WB_TEXT, 0, NULL, NULL},
                            {KJ_T(l, "Jenis", "Kind"), KJ_WB_TEXT, 0, NULL, NULL},
                            {"Format", KJ_WB_TEXT, 0, NULL, NULL},
                            {KJ_T(l, "Baris data", "Data rows"), KJ_WB_INT, 0, NULL, NULL},
                            {KJ_T(l, "Baru", "New"), KJ_WB_INT, 0, NULL, NULL},
                            {KJ_T(l, "Diganti", "Replaced"), KJ_WB_INT, 0, NULL, NULL},
                            {KJ_T(l, "Sama", "Unchanged"), KJ_WB_INT, 0, NULL, NULL},
                            {KJ_T(l, "Dilewati", "Skipped"), KJ_WB_INT, 0, NULL, NULL}};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note = KJ_T(l,
                   "Setiap berkas yang pernah diimpor ke basis data, dengan sidik SHA-256 isinya: "
                   "berkas yang sama menghasilkan sidik yang sama.",
                   "Every file imported into the database, with the SHA-256 fingerprint of its "
                   "bytes: the same file gives the same fingerprint.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

kj_status kj_rep_metodologi(kj_wb *wb, const kj_rep *rp, const kj_rep_meta *m, kj_error *err) {
  kj_lang l = rp->lang;
  const char *name = m->sheet_name ? m->sheet_name : KJ_T(l, "Metodologi", "Methodology");
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, name, err);
  if (!sh) return err->status;
  kj_buf sub = {0};
  kj_rep_subtitle(rp, m->laporan, &sub);
  int row = kj_wb_title(sh,
                        KJ_T(l, "Bagaimana angka-angka dalam laporan ini dihitung?",
                             "How were the figures in this report computed?"),
                        kj_buf_cstr(&sub), 6);
  kj_buf_free(&sub);
  row = kj_rep_heading(sh, row, KJ_T(l, "Tentang laporan ini", "About this report"));
  row = about(sh, row, rp, m);
  row = kj_rep_heading(sh, row, KJ_T(l, "Definisi", "Definitions"));
  row = definitions(sh, row, l);
  row = kj_rep_heading(sh, row, KJ_T(l, "Parameter yang dipakai", "Parameters used"));
  row = parameters(sh, row, &rp->r->params, l);
  row = kj_rep_heading(sh, row, KJ_T(l, "Berkas masukan", "Input files"));
  row = input_files(sh, row, rp->r, l);
  row = kj_rep_heading(sh, row, KJ_T(l, "Versi perangkat lunak", "Software versions"));
  versions(sh, row, l);
  return KJ_OK;
}
