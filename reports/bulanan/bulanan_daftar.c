/* bulanan_daftar.c — the list sheets of the Pemantauan Bulanan workbook:
 * Belum Dinilai (who is not rated for P, grouped by the evaluator expected
 * to rate them), Penilai (due, given, on time; evaluators late repeatedly),
 * Peringatan Dini (sharp drops and repeated low ratings) and Apresiasi (high
 * performers without appreciation, feedback per leader). Rows follow the
 * export tables of `kinerja export --periode` (same figures, same keys);
 * with --anonymize names become pseudonyms and the NIP columns are left out.
 */
#include "reports/bulanan/bulanan_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/enums.h"
#include "util/xalloc.h"

/* Name of an evaluator or leader with due ratings in P (NULL when unknown). */
static const char *pen_nama(const kj_bulanan *b, int64_t nip) {
  size_t lo = 0, hi = b->n_penilai;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (b->penilai[mid].nip < nip) lo = mid + 1;
    else hi = mid;
  }
  if (lo < b->n_penilai && b->penilai[lo].nip == nip) return b->penilai[lo].nama;
  lo = 0, hi = b->n_pimpinan;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (b->pimpinan[mid].nip < nip) lo = mid + 1;
    else hi = mid;
  }
  return lo < b->n_pimpinan && b->pimpinan[lo].nip == nip ? b->pimpinan[lo].nama : NULL;
}

/* Keeps the columns of defs/cols not dropped (drop[j] = 1), filling map. */
static int keep(const kj_column_def *defs, const kj_wb_col *cols, const int *drop, int n,
                kj_column_def *od, kj_wb_col *oc, int *map) {
  int k = 0;
  for (int j = 0; j < n; j++) {
    map[j] = drop[j] ? -1 : k;
    if (drop[j]) continue;
    od[k] = defs[j];
    oc[k++] = cols[j];
  }
  return k;
}

static void set_nip(kj_table *t, size_t x, int col, int64_t nip) {
  if (col < 0) return;
  if (nip > 0) kj_table_set_int(t, x, col, nip);
  else kj_table_set_missing(t, x, col);
}

/* A list of employees under the person who should act on them (Belum
 * Dinilai: the evaluator; Apresiasi: the leader), one shape for both:
 * that person and their NIP, OPD code and name, unit, employee and NIP, and
 * the list's own figure. NIPs are left out when anonymised. */
enum { O_LEAD, O_LEAD_NIP, O_KODE, O_OPD, O_UNIT, O_NAMA, O_NIP, O_V, O_NCOL };

typedef struct orang_list {
  const char *name;                     /* the table's name */
  const char *lead, *lead_nip, *v;      /* column names: person, their NIP, the figure */
  const char *lead_h, *lead_nip_h, *v_h; /* headers */
  const char *no_lead;                  /* the person's cell without one; NULL: "unknown" */
} orang_list;

typedef struct orang_row {
  int64_t lead, nip; /* 0: none */
  const char *nama, *kode_unit;
  int opd;
  long v;
} orang_row;

static kj_table *orang_table(bl_rep *c, const orang_list *s, const orang_row *rows, size_t n,
                             kj_wb_col ck[O_NCOL]) {
  const kj_bulanan *b = c->b;
  kj_lang l = c->lang;
  int anon = c->rep.anonymize;
  const kj_column_def defs[O_NCOL] = {
      {s->lead, KJ_COL_TEXT}, {s->lead_nip, KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT},
      {"opd", KJ_COL_TEXT},   {"kode_unit", KJ_COL_TEXT}, {"nama", KJ_COL_TEXT},
      {"nip", KJ_COL_INT},    {s->v, KJ_COL_INT}};
  const kj_wb_col cols[O_NCOL] = {
      {s->lead_h, KJ_WB_TEXT, 0, NULL, NULL},
      {s->lead_nip_h, KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Kode OPD", "OPD code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Unit", "Unit"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, anon ? "Pegawai (disamarkan)" : "Pegawai", anon ? "Employee (pseudonym)" : "Employee"),
       KJ_WB_TEXT, 0, NULL, NULL},
      {"NIP", KJ_WB_TEXT, 0, NULL, NULL},
      {s->v_h, KJ_WB_INT, 0, NULL, NULL}};
  int drop[O_NCOL] = {[O_LEAD_NIP] = anon, [O_NIP] = anon}, map[O_NCOL];
  kj_column_def dk[O_NCOL];
  int k = keep(defs, cols, drop, O_NCOL, dk, ck, map);
  kj_table *t = kj_table_new(s->name, k, dk);
  char who[200];
  for (size_t i = 0; i < n; i++) {
    const orang_row *y = &rows[i];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, map[O_LEAD],
                      !y->lead && s->no_lead
                          ? s->no_lead
                          : blr_person(c, y->lead, pen_nama(b, y->lead), who, sizeof who));
    set_nip(t, x, map[O_LEAD_NIP], y->lead);
    kj_table_set_text(t, x, map[O_KODE], b->r->opd[y->opd].kode);
    kj_table_set_text(t, x, map[O_OPD], kj_rep_opd_name(b->r, y->opd));
    kj_table_set_text(t, x, map[O_UNIT], y->kode_unit);
    kj_table_set_text(t, x, map[O_NAMA], blr_person(c, y->nip, y->nama, who, sizeof who));
    set_nip(t, x, map[O_NIP], y->nip);
    kj_table_set_int(t, x, map[O_V], y->v);
  }
  return t;
}

/* ---- Belum Dinilai ---------------------------------------------------------------- */


kj_status blr_belum(bl_rep *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_bulanan *b = c->b;
  kj_lang l = c->lang;
  int anon = c->rep.anonymize;
  char bulan[64], q[300], who[200], note[900];
  blr_bulan(c, b->periode, bulan, sizeof bulan);
  snprintf(q, sizeof q,
           KJ_T(l, "Siapa yang belum dinilai untuk %s, dan siapa penilainya?",
                "Who has not been rated for %s, and who should rate them?"),
           bulan);
  int row = blr_title(c, sh, q, O_NCOL);
  /* per evaluator: how many, the longest overdue */
  static const kj_column_def sd[] = {{"penilai", KJ_COL_TEXT}, {"nip_penilai", KJ_COL_INT},
                                     {"belum_dinilai", KJ_COL_INT}, {"hari_terlambat", KJ_COL_INT}};
  const kj_wb_col sc[] = {{KJ_T(l, "Penilai", "Evaluator"), KJ_WB_TEXT, 0, NULL, NULL},
                          {KJ_T(l, "NIP penilai", "Evaluator NIP"), KJ_WB_TEXT, 0, NULL, NULL},
                          {KJ_T(l, "Belum dinilai", "Not yet rated"), KJ_WB_INT, 0,
                           &(kj_wb_cf){.kind = KJ_WB_CF_DATABAR}, NULL},
                          {KJ_T(l, "Hari terlambat (terlama)", "Days overdue (longest)"),
                           KJ_WB_INT, 0, NULL, NULL}};
  int sdrop[] = {0, anon, 0, 0}, smap[4];
  kj_column_def sdk[4];
  kj_wb_col sck[4];
  int sn = keep(sd, sc, sdrop, 4, sdk, sck, smap);
  kj_table *s = kj_table_new("belum_per_penilai", sn, sdk);
  for (size_t i = 0; i < b->n_belum;) {
    size_t j = i;
    long hari = 0;
    for (; j < b->n_belum && b->belum[j].nip_penilai == b->belum[i].nip_penilai; j++)
      if (b->belum[j].hari_terlambat > hari) hari = b->belum[j].hari_terlambat;
    size_t x = kj_table_add_row(s);
    int64_t pn = b->belum[i].nip_penilai;
    kj_table_set_text(s, x, smap[0],
                      pn ? blr_person(c, pn, pen_nama(b, pn), who, sizeof who)
                         : KJ_T(l, "(tanpa penilai tercatat)", "(no evaluator on record)"));
    set_nip(s, x, smap[1], pn);
    kj_table_set_int(s, x, smap[2], (int64_t)(j - i));
    kj_table_set_int(s, x, smap[3], hari);
    i = j;
  }
  row = kj_rep_heading(sh, row, KJ_T(l, "Per penilai", "Per evaluator"));
  kj_wb_table_opts so = {.cols = sck, .native = 1};
  row = kj_wb_table(sh, row, 0, s, &so) + 1;
  kj_table_free(s);

  const orang_list ol = {"belum_dinilai", "penilai", "nip_penilai", "hari_terlambat",
                         KJ_T(l, "Penilai", "Evaluator"), KJ_T(l, "NIP penilai", "Evaluator NIP"),
                         KJ_T(l, "Hari terlambat", "Days overdue"),
                         KJ_T(l, "(tanpa penilai tercatat)", "(no evaluator on record)")};
  orang_row *rows = xcalloc(b->n_belum + 1, sizeof *rows);
  for (size_t i = 0; i < b->n_belum; i++) {
    const kj_bl_belum *y = &b->belum[i];
    rows[i] = (orang_row){y->nip_penilai, y->nip, y->nama, y->kode_unit, y->opd, y->hari_terlambat};
  }
  kj_wb_col ck[O_NCOL];
  kj_table *t = orang_table(c, &ol, rows, b->n_belum, ck);
  free(rows);
  snprintf(note, sizeof note,
           KJ_T(l,
                "%zu pegawai dalam daftar pegawai bulan %s belum punya penilaian bulanan untuk "
                "bulan itu (penilaian tahunan tidak dihitung). Penilai = penilai pada penilaian "
                "terakhir sebelumnya, atau atasan langsung. Hari terlambat = tanggal data "
                "terbaru dikurangi (akhir bulan + %ld hari).",
                "%zu employees on the roster of %s have no monthly rating for that month "
                "(annual ratings do not count). Evaluator = the evaluator of their latest "
                "earlier rating, or their direct supervisor. Days overdue = newest data date "
                "minus (end of the month + %ld days)."),
           b->n_belum, bulan, b->r->params.batas_hari);
  row = kj_rep_heading(sh, row, KJ_T(l, "Daftar pegawai", "Employees"));
  kj_wb_table_opts o = {.cols = ck, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  row = blr_note(sh, row, note);
  kj_table_free(t);
  return KJ_OK;
}

/* ---- Penilai ---------------------------------------------------------------------- */

enum { P_NAMA, P_NIP, P_KODE, P_OPD, P_DUE, P_GIVEN, P_ONTIME, P_SHARE, P_LATE, P_BERULANG,
       P_NCOL };

static int cmp_late(const void *pa, const void *pb) {
  const kj_bl_penilai *a = *(const kj_bl_penilai *const *)pa, *c = *(const kj_bl_penilai *const *)pb;
  if (a->bulan_terlambat != c->bulan_terlambat) return c->bulan_terlambat - a->bulan_terlambat;
  return (a->nip > c->nip) - (a->nip < c->nip);
}

kj_status blr_penilai(bl_rep *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_bulanan *b = c->b;
  kj_lang l = c->lang;
  int anon = c->rep.anonymize;
  char bulan[64], q[300], who[200], note[1400], ya[16], tidak[16];
  snprintf(ya, sizeof ya, "%s", KJ_T(l, "Ya", "Yes"));
  snprintf(tidak, sizeof tidak, "%s", KJ_T(l, "Tidak", "No"));
  blr_bulan(c, b->periode, bulan, sizeof bulan);
  snprintf(q, sizeof q,
           KJ_T(l, "Penilai mana yang menilai tepat waktu untuk %s, dan siapa yang berulang "
                   "terlambat?",
                "Which evaluators rated on time for %s, and who is late repeatedly?"),
           bulan);
  int row = blr_title(c, sh, q, P_NCOL);
  static const kj_column_def defs[P_NCOL] = {
      {"penilai", KJ_COL_TEXT},     {"nip_penilai", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT},
      {"opd", KJ_COL_TEXT},         {"jatuh_tempo", KJ_COL_INT}, {"diberikan", KJ_COL_INT},
      {"tepat_waktu", KJ_COL_INT},  {"share_tepat", KJ_COL_REAL},
      {"bulan_terlambat", KJ_COL_INT}, {"terlambat_berulang", KJ_COL_TEXT}};
  const kj_wb_cf traffic = {.kind = KJ_WB_CF_TRAFFIC, .lo = b->r->params.tepat_min, .hi = 0.999};
  const kj_wb_cf late = {.kind = KJ_WB_CF_TRAFFIC_TEXT, .bad = ya, .good = tidak};
  const kj_wb_col cols[P_NCOL] = {
      {KJ_T(l, anon ? "Penilai (disamarkan)" : "Penilai", anon ? "Evaluator (pseudonym)" : "Evaluator"),
       KJ_WB_TEXT, 0, NULL, NULL},
      {"NIP", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Kode OPD", "OPD code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Jatuh tempo", "Due"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Diberikan", "Given"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Tepat waktu", "On time"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "% tepat waktu", "% on time"), KJ_WB_PCT1, 0, &traffic, NULL},
      {KJ_T(l, "Bulan terlambat (dari 6)", "Late months (of 6)"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Terlambat berulang", "Late repeatedly"), KJ_WB_TEXT, 0, &late, NULL}};
  int drop[P_NCOL] = {[P_NIP] = anon}, map[P_NCOL];
  kj_column_def dk[P_NCOL];
  kj_wb_col ck[P_NCOL];
  int n = keep(defs, cols, drop, P_NCOL, dk, ck, map);
  const kj_bl_penilai **ord = xcalloc(b->n_penilai + 1, sizeof *ord);
  for (size_t i = 0; i < b->n_penilai; i++) ord[i] = &b->penilai[i];
  if (b->n_penilai) qsort(ord, b->n_penilai, sizeof *ord, cmp_late);
  kj_table *t = kj_table_new("penilai", n, dk);
  for (size_t i = 0; i < b->n_penilai; i++) {
    const kj_bl_penilai *y = ord[i];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, map[P_NAMA], blr_person(c, y->nip, y->nama, who, sizeof who));
    set_nip(t, x, map[P_NIP], y->nip);
    kj_table_set_text(t, x, map[P_KODE], b->r->opd[y->opd].kode);
    kj_table_set_text(t, x, map[P_OPD], kj_rep_opd_name(b->r, y->opd));
    kj_table_set_int(t, x, map[P_DUE], y->jatuh_tempo);
    kj_table_set_int(t, x, map[P_GIVEN], y->diberikan);
    kj_table_set_int(t, x, map[P_ONTIME], y->tepat_waktu);
    kj_table_set_real(t, x, map[P_SHARE], (double)y->tepat_waktu / (double)y->jatuh_tempo);
    kj_table_set_int(t, x, map[P_LATE], y->bulan_terlambat);
    kj_table_set_text(t, x, map[P_BERULANG], y->berulang ? ya : tidak);
  }
  free(ord);
  char pct[32], ve[32] = "\xE2\x80\x93", vlo[32] = "\xE2\x80\x93", vhi[32] = "\xE2\x80\x93";
  kj_fmt_pct(pct, sizeof pct, b->r->params.tepat_min, 0, l);
  if (!isnan(b->berulang_harapan)) {
    kj_fmt_num(ve, sizeof ve, b->berulang_harapan, 1, l);
    kj_fmt_num(vlo, sizeof vlo, b->berulang_lo, 0, l);
    kj_fmt_num(vhi, sizeof vhi, b->berulang_hi, 0, l);
  }
  snprintf(note, sizeof note,
           KJ_T(l,
                "%d dari %zu penilai terlambat berulang. Penilai terlambat pada suatu bulan bila "
                "kurang dari %s penilaian yang jatuh tempo darinya diberikan paling lambat %ld "
                "hari setelah akhir bulan; terlambat berulang = terlambat pada \xE2\x89\xA5 3 dari "
                "6 bulan (bulan ini dan 5 sebelumnya). Penilaian tanpa tanggal tidak dihitung "
                "tepat waktu. Bila setiap penilaian tepat waktu dengan peluang sebesar rata-rata "
                "kota bulan itu, sekitar %s penilai (kisaran %s\xE2\x80\x93%s, \xC2\xB1 2 "
                "simpangan baku) akan tercatat terlambat berulang karena kebetulan saja: hitungan "
                "di atas kisaran itu berarti sebagian penilai memang lebih sering terlambat.",
                "%d of %zu evaluators are late repeatedly. An evaluator is late in a month when "
                "fewer than %s of the ratings due from them were given within %ld days after "
                "the month's end; late repeatedly = late in \xE2\x89\xA5 3 of 6 months (this "
                "month and the 5 before). Ratings without a date do not count as on time. If "
                "every rating were on time with the city's share of its month, about %s "
                "evaluators (range %s\xE2\x80\x93%s, \xC2\xB1 2 standard deviations) would be "
                "listed by chance alone: a count above that range means some evaluators are "
                "late more often."),
           b->n_penilai_berulang, b->n_penilai, pct, b->r->params.batas_hari, ve, vlo, vhi);
  kj_wb_table_opts o = {.cols = ck, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  row = blr_note(sh, row, note);
  kj_table_free(t);
  return KJ_OK;
}

/* ---- Peringatan Dini ---------------------------------------------------------------- */

enum { W_KODE, W_OPD, W_UNIT, W_NAMA, W_NIP, W_PRED, W_SEBELUM, W_MEDIAN, W_ALASAN, W_NCOL };

kj_status blr_peringatan(bl_rep *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_bulanan *b = c->b;
  kj_lang l = c->lang;
  int anon = c->rep.anonymize;
  char bulan[64], q[300], who[200], note[900], lab[64], why[300];
  blr_bulan(c, b->periode, bulan, sizeof bulan);
  snprintf(q, sizeof q,
           KJ_T(l, "Pegawai mana yang penilaiannya turun tajam atau tetap rendah di %s?",
                "Whose rating dropped sharply or stayed low in %s?"),
           bulan);
  int row = blr_title(c, sh, q, W_NCOL);
  static const kj_column_def defs[W_NCOL] = {
      {"kode_opd", KJ_COL_TEXT}, {"opd", KJ_COL_TEXT},      {"kode_unit", KJ_COL_TEXT},
      {"nama", KJ_COL_TEXT},     {"nip", KJ_COL_INT},       {"predikat", KJ_COL_TEXT},
      {"predikat_sebelum", KJ_COL_TEXT}, {"median_sebelum", KJ_COL_REAL}, {"alasan", KJ_COL_TEXT}};
  const kj_wb_col cols[W_NCOL] = {
      {KJ_T(l, "Kode OPD", "OPD code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Unit", "Unit"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, anon ? "Pegawai (disamarkan)" : "Pegawai", anon ? "Employee (pseudonym)" : "Employee"),
       KJ_WB_TEXT, 0, NULL, NULL},
      {"NIP", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Predikat bulan ini", "This month's predikat"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Predikat sebelumnya", "Previous predikat"), KJ_WB_TEXT, 0, NULL, "\xE2\x80\x93"},
      {KJ_T(l, "Median langkah 6 bulan sebelumnya", "Median step, 6 months before"), KJ_WB_DEC1,
       0, NULL, "\xE2\x80\x93"},
      {KJ_T(l, "Alasan", "Reason"), KJ_WB_WRAP, 48, NULL, NULL}};
  int drop[W_NCOL] = {[W_NIP] = anon}, map[W_NCOL];
  kj_column_def dk[W_NCOL];
  kj_wb_col ck[W_NCOL];
  int n = keep(defs, cols, drop, W_NCOL, dk, ck, map);
  kj_table *t = kj_table_new("peringatan", n, dk);
  for (size_t i = 0; i < b->n_peringatan; i++) {
    const kj_bl_peringatan *w = &b->peringatan[i];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, map[W_KODE], b->r->opd[w->opd].kode);
    kj_table_set_text(t, x, map[W_OPD], kj_rep_opd_name(b->r, w->opd));
    kj_table_set_text(t, x, map[W_UNIT], w->kode_unit);
    kj_table_set_text(t, x, map[W_NAMA], blr_person(c, w->nip, w->nama, who, sizeof who));
    set_nip(t, x, map[W_NIP], w->nip);
    kj_table_set_text(t, x, map[W_PRED], kj_rep_label(&kj_enum_predikat, w->predikat, l, lab, sizeof lab));
    if (w->predikat_sebelum >= 0)
      kj_table_set_text(t, x, map[W_SEBELUM],
                        kj_rep_label(&kj_enum_predikat, w->predikat_sebelum, l, lab, sizeof lab));
    else
      kj_table_set_missing(t, x, map[W_SEBELUM]);
    kj_table_set_real(t, x, map[W_MEDIAN], w->median_sebelum);
    int turun = strstr(w->alasan, "TURUN_TAJAM") != NULL,
        rendah = strstr(w->alasan, "RENDAH_BERTURUT") != NULL;
    snprintf(why, sizeof why, "%s%s%s",
             turun ? KJ_T(l, "Turun tajam: \xE2\x89\xA5 2 langkah di bawah median 6 bulan "
                             "sebelumnya", "Sharp drop: \xE2\x89\xA5 2 steps below the median of "
                             "the 6 months before") : "",
             turun && rendah ? "; " : "",
             rendah ? KJ_T(l, "Rendah berturut-turut: bulan ini dan bulan sebelumnya "
                              "\xE2\x89\xA4 Butuh Perbaikan", "Low twice in a row: this and the "
                              "previous month \xE2\x89\xA4 Butuh Perbaikan") : "");
    kj_table_set_text(t, x, map[W_ALASAN], why);
  }
  snprintf(note, sizeof note,
           KJ_T(l,
                "%zu pegawai. Langkah predikat: Sangat Baik 5, Baik 4, Butuh Perbaikan 3, Kurang 2, "
                "Sangat Kurang 1. Turun tajam dinilai hanya bila ada \xE2\x89\xA5 3 penilaian "
                "bulanan sebelumnya. Daftar ini untuk dicermati bersama atasan, bukan kesimpulan.",
                "%zu employees. Predikat steps: Sangat Baik 5, Baik 4, Butuh Perbaikan 3, Kurang 2, "
                "Sangat Kurang 1. A sharp drop is judged only with \xE2\x89\xA5 3 earlier monthly "
                "ratings. This list is for a closer look with the supervisor, not a verdict."),
           b->n_peringatan);
  kj_wb_table_opts o = {.cols = ck, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  row = blr_note(sh, row, note);
  kj_table_free(t);
  return KJ_OK;
}

/* ---- Apresiasi ------------------------------------------------------------------------ */

enum { L_NAMA, L_NIP, L_KODE, L_OPD, L_TIM, L_TANPA, L_UB, L_PER, L_NCOL };

kj_status blr_apresiasi(bl_rep *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_bulanan *b = c->b;
  kj_lang l = c->lang;
  int anon = c->rep.anonymize;
  char bulan[64], q[300], who[200], note[900];
  blr_bulan(c, b->periode, bulan, sizeof bulan);
  snprintf(q, sizeof q,
           KJ_T(l, "Siapa yang berprestasi tetapi belum diapresiasi, dan bagaimana umpan balik "
                   "tiap pimpinan (%s)?",
                "Who performs well but has not been appreciated, and how much feedback does "
                "each leader give (%s)?"),
           bulan);
  int row = blr_title(c, sh, q, O_NCOL);
  const orang_list ol = {"apresiasi", "pimpinan", "nip_pimpinan", "n_sangat_baik",
                         KJ_T(l, "Pimpinan", "Leader"), KJ_T(l, "NIP pimpinan", "Leader NIP"),
                         KJ_T(l, "Sangat Baik berturut-turut", "Sangat Baik in a row"), NULL};
  orang_row *rows = xcalloc(b->n_apresiasi + 1, sizeof *rows);
  for (size_t i = 0; i < b->n_apresiasi; i++) {
    const kj_bl_apresiasi *a = &b->apresiasi[i];
    rows[i] = (orang_row){a->nip_pimpinan, a->nip, a->nama, a->kode_unit, a->opd, a->n_sangat_baik};
  }
  kj_wb_col ck[O_NCOL];
  kj_table *t = orang_table(c, &ol, rows, b->n_apresiasi, ck);
  free(rows);
  snprintf(note, sizeof note,
           KJ_T(l,
                "%zu pegawai: Sangat Baik pada 3 penilaian bulanan terakhir (yang terakhir %s) "
                "dan tanpa APRESIASI dalam 6 bulan sampai akhir %s. Pimpinan = atasan langsung, "
                "atau penilai pada penilaian terakhir.",
                "%zu employees: Sangat Baik in their last 3 monthly ratings (the last in %s) "
                "and no APRESIASI in the 6 months up to the end of %s. Leader = direct "
                "supervisor, or the evaluator of the latest rating."),
           b->n_apresiasi, bulan, bulan);
  row = kj_rep_heading(sh, row, KJ_T(l, "Berprestasi tetapi belum diapresiasi",
                                     "High performers without appreciation"));
  kj_wb_table_opts o = {.cols = ck, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  row = blr_note(sh, row, note) + 1;
  kj_table_free(t);

  static const kj_column_def ld[L_NCOL] = {
      {"pimpinan", KJ_COL_TEXT}, {"nip_pimpinan", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT},
      {"opd", KJ_COL_TEXT},      {"tim", KJ_COL_INT},          {"tanpa_apresiasi", KJ_COL_INT},
      {"umpan_balik_3_bulan", KJ_COL_INT}, {"per_anggota", KJ_COL_REAL}};
  const kj_wb_col lc[L_NCOL] = {
      {KJ_T(l, "Pimpinan", "Leader"), KJ_WB_TEXT, 0, NULL, NULL},
      {"NIP", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Kode OPD", "OPD code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Anggota tim", "Team members"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Berprestasi tanpa apresiasi", "High performers without appreciation"),
       KJ_WB_INT, 0, &(kj_wb_cf){.kind = KJ_WB_CF_DATABAR}, NULL},
      {KJ_T(l, "Umpan balik diberikan (3 bulan)", "Feedback given (3 months)"), KJ_WB_INT, 0,
       NULL, NULL},
      {KJ_T(l, "Per anggota tim", "Per team member"), KJ_WB_DEC2, 0,
       &(kj_wb_cf){.kind = KJ_WB_CF_SEQUENTIAL}, NULL}};
  int ldrop[L_NCOL] = {[L_NIP] = anon}, lmap[L_NCOL];
  kj_column_def ldk[L_NCOL];
  kj_wb_col lck[L_NCOL];
  int ln = keep(ld, lc, ldrop, L_NCOL, ldk, lck, lmap);
  kj_table *p = kj_table_new("pimpinan", ln, ldk);
  for (size_t i = 0; i < b->n_pimpinan; i++) {
    const kj_bl_pimpinan *y = &b->pimpinan[i];
    size_t x = kj_table_add_row(p);
    kj_table_set_text(p, x, lmap[L_NAMA], blr_person(c, y->nip, y->nama, who, sizeof who));
    set_nip(p, x, lmap[L_NIP], y->nip);
    kj_table_set_text(p, x, lmap[L_KODE], b->r->opd[y->opd].kode);
    kj_table_set_text(p, x, lmap[L_OPD], kj_rep_opd_name(b->r, y->opd));
    kj_table_set_int(p, x, lmap[L_TIM], y->tim);
    kj_table_set_int(p, x, lmap[L_TANPA], y->tanpa_apresiasi);
    kj_table_set_int(p, x, lmap[L_UB], y->umpan_balik);
    kj_table_set_real(p, x, lmap[L_PER], y->per_anggota);
  }
  snprintf(note, sizeof note,
           KJ_T(l,
                "Tim = pegawai dalam daftar pegawai %s yang pimpinannya dia. Umpan balik = "
                "kejadian APRESIASI, PERBAIKAN dan DIALOG yang dia berikan pada %s dan 2 bulan "
                "sebelumnya, kepada siapa pun.",
                "Team = employees on the roster of %s whose leader they are. Feedback = "
                "APRESIASI, PERBAIKAN and DIALOG events they gave in %s and the 2 months "
                "before, to anyone."),
           bulan, bulan);
  row = kj_rep_heading(sh, row, KJ_T(l, "Umpan balik per pimpinan", "Feedback per leader"));
  kj_wb_table_opts po = {.cols = lck, .native = 1};
  row = kj_wb_table(sh, row, 0, p, &po);
  row = blr_note(sh, row, note);
  kj_table_free(p);
  return KJ_OK;
}
