/* bulanan_ringkasan.c — the Ringkasan sheet of the Pemantauan Bulanan
 * workbook and the five most urgent actions as sentences (also printed by
 * `kinerja report bulanan` on the terminal).
 *
 * Actions are ranked by a fixed order of urgency, then by size: an OPD whose
 * monthly IKP fell beyond its control limits or stayed below its centre line
 * (how far, in σ), the OPD with the lowest completeness below 95 %,
 * evaluators late repeatedly, early warnings, high performers without
 * appreciation, and an OPD whose IKP jumped above its upper limit (worth a
 * check for lenient rating). Sentences name OPD, never individuals, so they
 * are the same with --anonymize.
 */
#include "reports/bulanan/bulanan_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/xalloc.h"

typedef struct cand {
  double score;
  char *text;
} cand;

static int cmp_cand(const void *a, const void *b) {
  const cand *x = a, *y = b;
  return (x->score < y->score) - (x->score > y->score);
}

static const char *opd_short(const kj_bulanan *b, int o) { return kj_rep_opd_short(b->r, o); }

/* The OPD with the most entries among n values of opd (the first on a tie); -1 none. */
static int top_opd(const kj_bulanan *b, const int *opd, size_t n, long *count) {
  long *c = xcalloc((size_t)b->r->n_opd + 1, sizeof *c);
  int best = -1;
  for (size_t i = 0; i < n; i++) c[opd[i]]++;
  for (int o = 0; o < b->r->n_opd; o++)
    if (c[o] && (best < 0 || c[o] > c[best])) best = o;
  *count = best >= 0 ? c[best] : 0;
  free(c);
  return best;
}

int kj_bulanan_actions(const kj_bulanan *b, kj_lang l, int anonymize, char *out[KJ_BL_AKSI_MAX]) {
  (void)anonymize; /* sentences name OPD only */
  const kj_analysis *r = b->r;
  int K = KJ_KOTA(r), P = KJ_BL_BULAN - 1;
  cand *c = xcalloc((size_t)K * 2 + 8, sizeof *c);
  size_t n = 0;
  char bulan[64], v1[32], v2[32];
  kj_rep_periode(b->periode, l, bulan, sizeof bulan);
  kj_buf t = {0};
  for (int o = 0; o < K; o++) { /* control-chart signals */
    const kj_bl_opd *q = &b->opd[o];
    if (!q->sinyal[P][0] || isnan(q->mean[P])) continue;
    double z = q->sigma_dasar > 0 ? fabs(q->mean[P] - q->centre) / q->sigma_dasar : 0;
    kj_buf_reset(&t);
    kj_buf_puts(&t, KJ_T(l, "Perlu dicermati: ", "To look into: "));
    kj_fmt_num(v1, sizeof v1, q->mean[P], 1, l);
    int below = q->mean[P] < q->centre;
    if (strstr(q->sinyal[P], "BATAS")) {
      kj_fmt_num(v2, sizeof v2, below ? q->lcl[P] : q->ucl[P], 1, l);
      if (below)
        kj_buf_printf(&t, KJ_T(l, "IKP rata-rata %s pada %s (%s) jatuh di bawah batas kendali "
                                  "bawah (%s): telaah bersama kepala OPD apa yang berubah bulan ini.",
                               "%s's mean IKP in %s (%s) fell below its lower control limit "
                               "(%s): review with the head of the OPD what changed this month."),
                      opd_short(b, o), bulan, v1, v2);
      else
        kj_buf_printf(&t, KJ_T(l, "IKP rata-rata %s pada %s (%s) melonjak di atas batas kendali "
                                  "atas (%s): pastikan kenaikan ini sesuai kinerja nyata, bukan "
                                  "penilaian yang melonggar.",
                               "%s's mean IKP in %s (%s) jumped above its upper control limit "
                               "(%s): make sure the rise reflects real performance, not more "
                               "lenient rating."),
                      opd_short(b, o), bulan, v1, v2);
    } else {
      kj_fmt_num(v2, sizeof v2, q->centre, 1, l);
      kj_buf_printf(&t, KJ_T(l, "IKP rata-rata %s sudah 8 bulan berturut-turut %s garis "
                                "tengahnya (%s; %s: %s): %s",
                             "%s's mean IKP has been %s its centre line (%s) for 8 months in a "
                             "row (%s: %s): %s"),
                    opd_short(b, o),
                    below ? KJ_T(l, "di bawah", "below") : KJ_T(l, "di atas", "above"), v2,
                    bulan, v1,
                    below ? KJ_T(l, "bahas penyebabnya dengan kepala OPD sebelum menjadi temuan "
                                    "tahunan.",
                                 "discuss the cause with the head of the OPD before it becomes "
                                 "an annual finding.")
                          : KJ_T(l, "periksa apakah penilaiannya makin longgar.",
                                 "check whether its rating is getting more lenient."));
    }
    kj_fmt_num(v1, sizeof v1, b->sinyal_kebetulan, 1, l);
    kj_buf_printf(&t, KJ_T(l, " (Tanpa perubahan apa pun, %d OPD yang punya batas memberi "
                              "rata-rata sekitar %s sinyal per bulan karena kebetulan.)",
                           " (Even with no change at all, the %d OPD with limits give about %s "
                           "signals a month by chance.)"),
                  b->n_berbatas, v1);
    c[n].score = (below ? 1000 : 100) + z;
    c[n++].text = xstrdup(kj_buf_cstr(&t));
  }
  int worst = -1; /* completeness */
  int under = 0;
  for (int o = 0; o < K; o++) {
    const kj_bl_opd *q = &b->opd[o];
    if (!q->roster[0] || isnan(q->kelengkapan[0]) || q->kelengkapan[0] >= 0.95) continue;
    under++;
    if (worst < 0 || q->kelengkapan[0] < b->opd[worst].kelengkapan[0]) worst = o;
  }
  if (worst >= 0) {
    const kj_bl_opd *q = &b->opd[worst];
    long pen = 0, hari = 0;
    for (size_t i = 0; i < b->n_belum; i++) { /* sorted by evaluator */
      if (b->belum[i].opd != worst) continue;
      if (b->belum[i].hari_terlambat > hari) hari = b->belum[i].hari_terlambat;
    }
    int64_t *seen = xcalloc(b->n_belum + 1, sizeof *seen);
    for (size_t i = 0; i < b->n_belum; i++) {
      if (b->belum[i].opd != worst || !b->belum[i].nip_penilai) continue;
      int dup = 0;
      for (long j = 0; j < pen && !dup; j++) dup = seen[j] == b->belum[i].nip_penilai;
      if (!dup) seen[pen++] = b->belum[i].nip_penilai;
    }
    free(seen);
    kj_fmt_pct(v1, sizeof v1, q->kelengkapan[0], 1, l);
    kj_buf_reset(&t);
    kj_buf_printf(&t, KJ_T(l, "%ld pegawai %s belum dinilai untuk %s (kelengkapan %s, terlama "
                              "%ld hari lewat batas): minta %ld penilainya menyelesaikan "
                              "penilaian di e-Kinerja (daftar di lembar Belum Dinilai)",
                           "%ld employees of %s have no rating for %s (completeness %s, longest "
                           "%ld days past the deadline): ask their %ld evaluators to finish the "
                           "ratings in e-Kinerja (list on the Not Yet Rated sheet)"),
                  q->belum, opd_short(b, worst), bulan, v1, hari, pen);
    if (under > 1)
      kj_buf_printf(&t, KJ_T(l, "; %d OPD lain juga di bawah 95 %%.",
                             under == 2 ? "; %d other OPD is also below 95%%."
                                        : "; %d other OPD are also below 95%%."),
                    under - 1);
    else
      kj_buf_puts(&t, ".");
    c[n].score = 500 + (1 - q->kelengkapan[0]) * 100;
    c[n++].text = xstrdup(kj_buf_cstr(&t));
  }
  if (b->n_penilai_berulang) {
    int *op = xcalloc(b->n_penilai + 1, sizeof *op);
    size_t m = 0;
    for (size_t i = 0; i < b->n_penilai; i++)
      if (b->penilai[i].berulang) op[m++] = b->penilai[i].opd;
    long k = 0;
    int o = top_opd(b, op, m, &k);
    free(op);
    kj_buf_reset(&t);
    /* against the count if everyone were as punctual as the city (bulanan.h) */
    double e = b->berulang_harapan;
    int merata = !isnan(e) && b->n_penilai_berulang <= b->berulang_hi;
    char ve[32], vlo[32], vhi[32];
    kj_fmt_num(ve, sizeof ve, e, 0, l);
    kj_fmt_num(vlo, sizeof vlo, b->berulang_lo, 0, l);
    kj_fmt_num(vhi, sizeof vhi, b->berulang_hi, 0, l);
    kj_buf_printf(&t, KJ_T(l, "%d penilai terlambat pada sedikitnya 3 dari 6 bulan terakhir, "
                              "terbanyak di %s (%ld)",
                           "%d evaluators were late in at least 3 of the last 6 months, most in "
                           "%s (%ld)"),
                  b->n_penilai_berulang, o >= 0 ? opd_short(b, o) : "-", k);
    if (isnan(e))
      kj_buf_puts(&t, KJ_T(l, ": ingatkan mereka melalui sekretaris OPD dan pantau bulan depan.",
                           ": remind them through the OPD secretary and follow up next month."));
    else if (merata)
      kj_buf_printf(&t, KJ_T(l, ". Bila semua penilai setepat rata-rata kota, sekitar %s (kisaran "
                                "%s\xE2\x80\x93%s) juga akan tercatat: jumlah ini sesuai tingkat "
                                "keterlambatan kota, bukan ulah segelintir penilai, jadi perbaiki "
                                "proses penilaian di e-Kinerja (pengingat, batas waktu), bukan "
                                "hanya menegur orangnya.",
                             ". If every evaluator were as punctual as the city on average, about "
                             "%s (range %s\xE2\x80\x93%s) would be listed too: the count matches "
                             "the city's level of lateness, not a few evaluators, so fix the "
                             "rating process in e-Kinerja (reminders, deadlines) rather than only "
                             "the people."),
                    ve, vlo, vhi);
    else
      kj_buf_printf(&t, KJ_T(l, ", lebih banyak daripada sekitar %s (kisaran %s\xE2\x80\x93%s) "
                                "bila semua setepat rata-rata kota: sebagian penilai memang lebih "
                                "sering terlambat; ingatkan mereka melalui sekretaris OPD dan "
                                "pantau bulan depan.",
                             ", more than the about %s (range %s\xE2\x80\x93%s) expected if all "
                             "were as punctual as the city: some evaluators are late more often; "
                             "remind them through the OPD secretary and follow up next month."),
                    ve, vlo, vhi);
    c[n].score = 400 + b->n_penilai_berulang / 1000.0;
    c[n++].text = xstrdup(kj_buf_cstr(&t));
  }
  if (b->n_peringatan) {
    int *op = xcalloc(b->n_peringatan + 1, sizeof *op);
    for (size_t i = 0; i < b->n_peringatan; i++) op[i] = b->peringatan[i].opd;
    long k = 0;
    int o = top_opd(b, op, b->n_peringatan, &k);
    free(op);
    kj_buf_reset(&t);
    kj_buf_printf(&t, KJ_T(l, "%zu pegawai mendapat peringatan dini (penilaian turun tajam atau "
                              "rendah dua bulan berturut-turut), terbanyak di %s (%ld): atasan "
                              "langsung perlu berdialog dengan mereka bulan ini.",
                           "%zu employees have an early warning (a sharp drop or low ratings two "
                           "months in a row), most in %s (%ld): their supervisors should talk "
                           "with them this month."),
                  b->n_peringatan, o >= 0 ? opd_short(b, o) : "-", k);
    c[n].score = 300 + (double)b->n_peringatan / 1e6;
    c[n++].text = xstrdup(kj_buf_cstr(&t));
  }
  if (b->n_apresiasi) {
    int *op = xcalloc(b->n_apresiasi + 1, sizeof *op);
    for (size_t i = 0; i < b->n_apresiasi; i++) op[i] = b->apresiasi[i].opd;
    long k = 0, lead = 0;
    int o = top_opd(b, op, b->n_apresiasi, &k);
    free(op);
    for (size_t i = 0; i < b->n_pimpinan; i++) lead += b->pimpinan[i].tanpa_apresiasi > 0;
    kj_buf_reset(&t);
    kj_buf_printf(&t, KJ_T(l, "%zu pegawai dinilai Sangat Baik tiga bulan berturut-turut tetapi "
                              "tidak menerima apresiasi dalam 6 bulan, terbanyak di %s (%ld): "
                              "%ld pimpinan mereka dapat memberikannya (lembar Apresiasi).",
                           "%zu employees were rated Sangat Baik three months in a row but "
                           "received no appreciation in 6 months, most in %s (%ld): their %ld "
                           "leaders can give it (Appreciation sheet)."),
                  b->n_apresiasi, o >= 0 ? opd_short(b, o) : "-", k, lead);
    c[n].score = 200 + (double)b->n_apresiasi / 1e6;
    c[n++].text = xstrdup(kj_buf_cstr(&t));
  }
  kj_buf_free(&t);
  if (n) qsort(c, n, sizeof *c, cmp_cand);
  int k = 0;
  for (size_t i = 0; i < n; i++) {
    if (k < KJ_BL_AKSI_MAX) out[k++] = c[i].text;
    else free(c[i].text);
  }
  free(c);
  return k;
}

/* ---- the sheet ------------------------------------------------------------------ */

enum { R_KODE, R_OPD, R_ROSTER, R_DINILAI, R_K0, R_K1, R_K2, R_T0, R_T1, R_T2, R_BELUM, R_SINYAL,
       R_NCOL };

kj_status blr_ringkasan(bl_rep *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_bulanan *b = c->b;
  const kj_analysis *r = b->r;
  kj_lang l = c->lang;
  int K = KJ_KOTA(r), P = KJ_BL_BULAN - 1;
  char bulan[64], prev[64], lalu[64], q[300], txt[600];
  blr_bulan(c, b->periode, bulan, sizeof bulan);
  blr_bulan(c, b->opd[K].bulan[P - 1], prev, sizeof prev);
  blr_bulan(c, b->opd[K].bulan[0], lalu, sizeof lalu);
  snprintf(q, sizeof q,
           KJ_T(l, "Bagaimana penilaian kinerja %s berjalan, dan apa yang perlu segera "
                   "ditindaklanjuti?",
                "How did the %s appraisals go, and what needs action now?"),
           bulan);
  int row = blr_title(c, sh, q, R_NCOL);

  /* headline figures */
  row = kj_rep_heading(sh, row, KJ_T(l, "Angka utama", "Key figures"));
  const kj_bl_opd *k = &b->opd[K];
  struct {
    const char *label;
    double v;
    kj_wb_fmt f;
  } head[] = {
      {KJ_T(l, "Pegawai dalam daftar bulan ini", "Employees on this month's roster"),
       (double)k->roster[0], KJ_WB_INT},
      {KJ_T(l, "Sudah dinilai", "Rated"), (double)k->dinilai[0], KJ_WB_INT},
      {KJ_T(l, "Belum dinilai", "Not yet rated"), (double)(k->roster[0] - k->dinilai[0]), KJ_WB_INT},
      {KJ_T(l, "Kelengkapan", "Completeness"), k->kelengkapan[0], KJ_WB_PCT1},
      {KJ_T(l, "Tepat waktu (dari yang dinilai)", "On time (of those rated)"), k->tepat_waktu[0],
       KJ_WB_PCT1},
      {KJ_T(l, "Penilai terlambat berulang", "Evaluators late repeatedly"),
       (double)b->n_penilai_berulang, KJ_WB_INT},
      {KJ_T(l, "OPD dengan sinyal diagram kendali", "OPD with a control-chart signal"),
       (double)b->n_sinyal, KJ_WB_INT},
      {KJ_T(l, "Pegawai dengan peringatan dini", "Employees with an early warning"),
       (double)b->n_peringatan, KJ_WB_INT},
      {KJ_T(l, "Berprestasi tanpa apresiasi 6 bulan", "High performers without appreciation"),
       (double)b->n_apresiasi, KJ_WB_INT},
  };
  /* labels overflow to the right (they do not widen the table's columns) */
  for (size_t i = 0; i < sizeof head / sizeof head[0]; i++, row++) {
    kj_wb_text(sh, row, 0, head[i].label, KJ_WB_NOTE);
    if (isnan(head[i].v)) kj_wb_text(sh, row, 3, "\xE2\x80\x93", KJ_WB_TEXT);
    else kj_wb_num(sh, row, 3, head[i].v, head[i].f);
  }
  row++;

  /* the five actions */
  char *akt[KJ_BL_AKSI_MAX];
  int na = kj_bulanan_actions(b, l, c->rep.anonymize, akt);
  row = kj_rep_heading(sh, row, KJ_T(l, "Tindakan paling mendesak", "Most urgent actions"));
  if (!na)
    row = kj_rep_note(sh, row, KJ_T(l, "Tidak ada tindakan mendesak bulan ini.",
                                    "Nothing urgent this month."));
  for (int i = 0; i < na; i++) {
    char line[1200];
    snprintf(line, sizeof line, "%d. %s", i + 1, akt[i]);
    row = blr_lines(sh, row, line, KJ_WB_HEADING);
    free(akt[i]);
  }
  row++;

  /* which parts need more history */
  if (b->riwayat < 12 || b->n_riwayat_kurang) {
    row = kj_rep_heading(sh, row, KJ_T(l, "Bagian yang butuh riwayat lebih panjang",
                                       "Parts that need more history"));
    snprintf(txt, sizeof txt,
             KJ_T(l, "Data bulanan ada sejak %s: %d dari 12 bulan sebelum %s. Diagram kendali: %d "
                     "OPD belum punya 12 bulan tergambar, tanpa garis tengah, batas dan sinyal.",
                  "Monthly data start in %s: %d of the 12 months before %s. Control charts: %d "
                  "OPD lack 12 charted months, so no centre line, limits or signals."),
             b->bulan_pertama, b->riwayat, bulan, b->n_riwayat_kurang);
    row = blr_note(sh, row, txt);
    if (b->riwayat < 12) {
      snprintf(txt, sizeof txt, KJ_T(l, "Perbandingan dengan %s tidak tersedia.",
                                     "No comparison with %s is possible."), lalu);
      row = kj_rep_note(sh, row, txt);
    }
    if (b->riwayat < 5)
      row = kj_rep_note(sh, row, KJ_T(l, "Penilai terlambat berulang dihitung dari bulan yang "
                                         "ada (kurang dari 6).",
                                      "Repeated lateness counts the months there are (fewer "
                                      "than 6)."));
    if (b->riwayat < 3)
      row = kj_rep_note(sh, row, KJ_T(l, "Peringatan turun tajam butuh 3 penilaian bulanan "
                                         "sebelumnya; apresiasi butuh 3 bulan Sangat Baik.",
                                      "A sharp-drop warning needs 3 earlier monthly ratings; "
                                      "the appreciation list needs 3 months of Sangat Baik."));
    row++;
  }

  /* per OPD */
  static const kj_column_def defs[R_NCOL] = {
      {"kode_opd", KJ_COL_TEXT},        {"opd", KJ_COL_TEXT},
      {"roster", KJ_COL_INT},           {"dinilai", KJ_COL_INT},
      {"kelengkapan", KJ_COL_REAL},     {"kelengkapan_sebelum", KJ_COL_REAL},
      {"kelengkapan_tahun_lalu", KJ_COL_REAL}, {"tepat_waktu", KJ_COL_REAL},
      {"tepat_waktu_sebelum", KJ_COL_REAL}, {"tepat_waktu_tahun_lalu", KJ_COL_REAL},
      {"belum_dinilai", KJ_COL_INT},    {"sinyal", KJ_COL_TEXT}};
  char h0[96], h1[96], h2[96], t0[96], t1[96], t2[96];
  snprintf(h0, sizeof h0, KJ_T(l, "Kelengkapan %s", "Completeness %s"), bulan);
  snprintf(h1, sizeof h1, KJ_T(l, "Kelengkapan %s", "Completeness %s"), prev);
  snprintf(h2, sizeof h2, KJ_T(l, "Kelengkapan %s", "Completeness %s"), lalu);
  snprintf(t0, sizeof t0, KJ_T(l, "Tepat waktu %s", "On time %s"), bulan);
  snprintf(t1, sizeof t1, KJ_T(l, "Tepat waktu %s", "On time %s"), prev);
  snprintf(t2, sizeof t2, KJ_T(l, "Tepat waktu %s", "On time %s"), lalu);
  const kj_wb_cf light = {.kind = KJ_WB_CF_TRAFFIC, .lo = 0.9, .hi = 0.98};
  const char *dash = "\xE2\x80\x93";
  const kj_wb_col cols[R_NCOL] = {
      {KJ_T(l, "Kode OPD", "OPD code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai dalam daftar", "On the roster"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Dinilai", "Rated"), KJ_WB_INT, 0, NULL, NULL},
      {h0, KJ_WB_PCT1, 0, &light, dash},
      {h1, KJ_WB_PCT1, 0, &light, dash},
      {h2, KJ_WB_PCT1, 0, &light, dash},
      {t0, KJ_WB_PCT1, 0, &light, dash},
      {t1, KJ_WB_PCT1, 0, &light, dash},
      {t2, KJ_WB_PCT1, 0, &light, dash},
      {KJ_T(l, "Belum dinilai", "Not yet rated"), KJ_WB_INT, 0,
       &(kj_wb_cf){.kind = KJ_WB_CF_DATABAR}, NULL},
      {KJ_T(l, "Sinyal kendali", "Control signal"), KJ_WB_TEXT, 0, NULL, NULL}};
  kj_table *t = kj_table_new("ringkasan_opd", R_NCOL, defs);
  for (int o = 0; o <= K; o++) {
    const kj_bl_opd *x = &b->opd[o];
    if (!x->roster[0] && o != K) continue;
    size_t i = kj_table_add_row(t);
    kj_table_set_text(t, i, R_KODE, r->opd[o].kode);
    kj_table_set_text(t, i, R_OPD, kj_rep_opd_name(r, o));
    kj_table_set_int(t, i, R_ROSTER, x->roster[0]);
    kj_table_set_int(t, i, R_DINILAI, x->dinilai[0]);
    for (int j = 0; j < 3; j++) {
      kj_table_set_real(t, i, R_K0 + j, x->kelengkapan[j]);
      kj_table_set_real(t, i, R_T0 + j, x->tepat_waktu[j]);
    }
    kj_table_set_int(t, i, R_BELUM, x->belum);
    kj_table_set_text(t, i, R_SINYAL, x->sinyal[P]);
  }
  snprintf(txt, sizeof txt,
           KJ_T(l, "Kelengkapan = pegawai dalam daftar bulan itu yang sudah dinilai \xC3\xB7 "
                   "pegawai dalam daftar (yang belum pernah dinilai tetap dihitung). Tepat waktu = "
                   "dinilai paling lambat %ld hari setelah akhir bulan, dari penilaian bertanggal. "
                   "Baris KOTA = seluruh kota.",
                "Completeness = employees on the month's roster who were rated \xC3\xB7 employees "
                "on the roster (those never rated still count). On time = rated at most %ld "
                "days after the month's end, of dated ratings. Row KOTA = the whole city."),
           r->params.batas_hari);
  row = kj_rep_heading(sh, row, KJ_T(l, "Per OPD", "Per OPD"));
  kj_wb_table_opts o = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  row = blr_note(sh, row, txt);
  kj_table_free(t);
  return KJ_OK;
}
