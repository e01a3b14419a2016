/* demo_annual.c — organisation predikat, annual appraisals, penilaian.csv
 * and kinerja_organisasi.csv.
 *
 * Every OPD gets an organisation predikat per year: mostly BAIK, three
 * ISTIMEWA per year, BUTUH_PERBAIKAN for the planted inflated OPD in the last
 * two years, and none for one kecamatan in the last year. The annual
 * predikat of the staff is then set the way agencies apply the distribution
 * curve of PermenPAN-RB 6/2022: staff are ranked by their monthly results and
 * the top share becomes SANGAT_BAIK, the next BAIK and so on, with shares that
 * follow the organisation predikat up to a little noise (so a few OPD miss
 * the curve by a person or two). The inflated OPD ignores its BUTUH_PERBAIKAN
 * and rates two thirds of its staff SANGAT_BAIK. With --no-effects every OPD
 * applies the BAIK curve, so organisation predikat say nothing of ratings.
 */
#include "demo/demo_internal.h"
#include "domain/date.h"
#include "domain/rules.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static int opd_is(const demo_city *c, int o, const char *code) {
  return strcmp(c->units[o].code, code) == 0;
}

static int planted_opd(const demo_city *c, int o) {
  if (c->o->no_effects) return 0;
  static const char *const codes[] = {
      DEMO_OPD_PELAYANAN, DEMO_OPD_ADAPTIF,   DEMO_OPD_INFLASI, DEMO_OPD_TREN,
      DEMO_OPD_LONGGAR,   DEMO_OPD_TANPA_ORG, "DINKES"};
  for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
    if (opd_is(c, o, codes[k])) return 1;
  return 0;
}

static void org_predikat(demo_city *c) {
  size_t n = (size_t)c->nunits * (size_t)c->years;
  c->org = xcalloc(n, sizeof *c->org);
  c->org_cap = xcalloc(n, sizeof *c->org_cap);
  double *key = xcalloc((size_t)c->nunits, sizeof *key);
  for (int y = 0; y < c->years; y++) {
    demo_reseed(c->rng, c->o->seed, DS_ORG, y);
    for (int o = 0; o < c->nunits; o++) key[o] = demo_unif(c->rng);
    for (int o = 0; o < c->nunits; o++) {
      if (c->units[o].parent >= 0) continue;
      int p = KJ_ORG_BAIK;
      int rank = 0; /* eligible OPD with a smaller key: the three smallest are ISTIMEWA */
      for (int q = 0; q < c->nunits; q++)
        if (c->units[q].parent < 0 && !planted_opd(c, q) && key[q] < key[o]) rank++;
      if (!planted_opd(c, o) && rank < 3) p = KJ_ORG_ISTIMEWA;
      if (!c->o->no_effects && opd_is(c, o, DEMO_OPD_INFLASI) && y >= c->years - 2)
        p = KJ_ORG_BUTUH_PERBAIKAN;
      if (opd_is(c, o, DEMO_OPD_TANPA_ORG) && y == c->years - 1) p = -1;
      double u = demo_unif(c->rng);
      c->org[o * c->years + y] = p;
      c->org_cap[o * c->years + y] = p == KJ_ORG_ISTIMEWA ? 100.5 + 11.0 * u
                                     : p == KJ_ORG_BAIK   ? 88.0 + 11.5 * u
                                                          : 68.0 + 16.0 * u;
    }
  }
  free(key);
}

typedef struct ranked {
  long i;
  double score;
} ranked;

static int by_score_desc(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->score != y->score) return x->score < y->score ? 1 : -1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* Target shares of SB, B, BP, K for an organisation predikat. */
static void curve_shares(const demo_city *c, int o, int org, gsl_rng *r, double sh[4]) {
  static const double istimewa[4] = {0.58, 0.36, 0.05, 0.01};
  static const double baik[4] = {0.26, 0.64, 0.08, 0.02};
  static const double bp[4] = {0.05, 0.25, 0.65, 0.05};
  static const double inflated[4] = {0.66, 0.32, 0.02, 0.0};
  const double *t = c->o->no_effects                 ? baik
                    : opd_is(c, o, DEMO_OPD_INFLASI)  ? inflated
                    : org == KJ_ORG_ISTIMEWA          ? istimewa
                    : org == KJ_ORG_BUTUH_PERBAIKAN   ? bp
                                                      : baik;
  double d_sb = demo_norm(r, 0.035), d_bp = demo_norm(r, 0.015);
  /* --no-effects: one curve for every OPD, whatever its organisation
   * predikat, so the annual shares differ between OPD by chance only. */
  if (c->o->no_effects) d_sb = d_bp = 0;
  sh[0] = demo_clamp(t[0] + d_sb, 0.0, 1.0);
  sh[2] = demo_clamp(t[2] + d_bp, 0.0, 1.0);
  sh[3] = t[3];
  sh[1] = demo_clamp(1.0 - sh[0] - sh[2] - sh[3], 0.0, 1.0);
}

static void annual_for(demo_city *c, int o, int y, ranked *buf) {
  int t0 = y * 12, t1 = t0 + 12;
  long n = 0;
  for (long i = 0; i < c->nemp; i++) {
    const demo_emp *e = &c->emp[i];
    if (e->end <= t0 || e->start >= t1) continue;
    int last = (e->end < t1 ? e->end : t1) - 1;
    if (c->units[demo_unit_at(c, i, last)].opd != o) continue;
    double sum = 0;
    int k = 0;
    for (int t = t0; t < t1; t++) {
      uint8_t r = c->rate[(size_t)i * (size_t)c->months + (size_t)t];
      if (!r) continue;
      sum += kj_ikp_points(kj_predikat_matrix((kj_rating)((r - 1) / 3), (kj_rating)((r - 1) % 3)));
      k++;
    }
    if (k) buf[n].i = i, buf[n].score = sum / k, n++;
  }
  if (!n) return;
  gsl_rng *r = c->rng;
  demo_reseed(r, c->o->seed, DS_ANNUAL, (long)y * c->nunits + o);
  for (long j = 0; j < n; j++) buf[j].score += demo_norm(r, 4.0);
  qsort(buf, (size_t)n, sizeof *buf, by_score_desc);
  double sh[4];
  curve_shares(c, o, c->org[o * c->years + y], r, sh);
  long cnt[4];
  demo_apportion(n, sh, 4, 0, cnt);
  static const uint8_t codes[4][3] = {
      {1 + KJ_DI_ATAS * 3 + KJ_DI_ATAS, 0, 0},
      {1 + KJ_SESUAI * 3 + KJ_SESUAI, 1 + KJ_DI_ATAS * 3 + KJ_SESUAI,
       1 + KJ_SESUAI * 3 + KJ_DI_ATAS},
      {1 + KJ_DI_BAWAH * 3 + KJ_SESUAI, 1 + KJ_DI_BAWAH * 3 + KJ_DI_ATAS, 0},
      {1 + KJ_SESUAI * 3 + KJ_DI_BAWAH, 1 + KJ_DI_ATAS * 3 + KJ_DI_BAWAH, 0}};
  long j = 0;
  for (int p = 0; p < 4; p++) {
    for (long m = 0; m < cnt[p]; m++, j++) {
      size_t k = (size_t)buf[j].i * (size_t)c->years + (size_t)y;
      double u = demo_unif(r), u_miss = demo_unif(r), u_late = demo_unif(r), u_pf = demo_unif(r);
      int lag_ok = demo_int(r, 2, 5), lag_late = demo_int(r, 6, 45);
      int alt = p == 1 ? (u < 0.80 ? 0 : u < 0.92 ? 1 : 2) : (p >= 2 && u >= 0.85 ? 1 : 0);
      if (u_miss < 0.005) continue;
      c->arate[k] = codes[p][alt];
      c->alag[k] = (uint8_t)(u_late < 1.5 * c->opd_late[o] ? lag_late : lag_ok);
      c->apflag[k] = u_pf < 0.03 ? 1 : u_pf > 1.0 - 5e-4 ? 2 : 0;
    }
  }
}

void demo_build_annual(demo_city *c) {
  org_predikat(c);
  size_t n = (size_t)c->nemp * (size_t)c->years;
  c->arate = xcalloc(n, 1);
  c->alag = xcalloc(n, 1);
  c->apflag = xcalloc(n, 1);
  ranked *buf = xcalloc((size_t)c->nemp, sizeof *buf);
  for (int y = 0; y < c->years; y++)
    for (int o = 0; o < c->nunits; o++)
      if (c->units[o].parent < 0) annual_for(c, o, y, buf);
  free(buf);
}

/* The predikat column: the matrix result, empty, or a deliberate mistake
 * (the next predikat up, or down from SANGAT_BAIK) for the data-quality check. */
static void predikat_cell(FILE *fp, uint8_t rate, uint8_t flag) {
  kj_predikat p = kj_predikat_matrix((kj_rating)((rate - 1) / 3), (kj_rating)((rate - 1) % 3));
  if (flag == 1) return;
  if (flag == 2) p = p == KJ_SANGAT_BAIK ? KJ_BAIK : (kj_predikat)(p - 1);
  fputs(kj_enum_canon(&kj_enum_predikat, (int)p), fp);
}

static void penilaian_row(const demo_city *c, FILE *fp, long i, const char *periode, uint8_t rate,
                          uint8_t flag, int unit, int64_t penilai, long date) {
  demo_csv_nip(fp, c->emp[i].nip);
  fprintf(fp, ",%s,%s,%s,", periode, kj_enum_canon(&kj_enum_rating, (rate - 1) / 3),
          kj_enum_canon(&kj_enum_rating, (rate - 1) % 3));
  predikat_cell(fp, rate, flag);
  fprintf(fp, ",%s,", c->units[unit].code);
  demo_csv_nip(fp, penilai);
  fputc(',', fp);
  demo_csv_date(fp, date);
  fputc('\n', fp);
}

void demo_write_penilaian(const demo_city *c, FILE *fp, long *rows) {
  fputs("nip,periode,rating_hasil_kerja,rating_perilaku,predikat,kode_unit,nip_penilai,"
        "tanggal_dinilai\n",
        fp);
  long n = 0;
  char per[16];
  for (long i = 0; i < c->nemp; i++) {
    for (int y = 0; y < c->years; y++) {
      int year = c->o->from_year + y, last = -1;
      for (int t = y * 12; t < y * 12 + 12; t++) {
        size_t k = (size_t)i * (size_t)c->months + (size_t)t;
        if (t >= c->emp[i].start && t < c->emp[i].end) last = t;
        if (!c->rate[k]) continue;
        int m = demo_month_of(t);
        snprintf(per, sizeof per, "%04d-%02d", year, m);
        long end = kj_date_days(year, m, kj_days_in_month(year, m));
        penilaian_row(c, fp, i, per, c->rate[k], c->pflag[k], demo_unit_at(c, i, t),
                      demo_sup_nip_at(c, i, t), end + c->lag[k]);
        n++;
      }
      size_t ka = (size_t)i * (size_t)c->years + (size_t)y;
      if (!c->arate[ka] || last < 0) continue;
      snprintf(per, sizeof per, "%04d", year);
      penilaian_row(c, fp, i, per, c->arate[ka], c->apflag[ka], demo_unit_at(c, i, last),
                    demo_sup_nip_at(c, i, last), kj_date_days(year, 12, 31) + c->alag[ka]);
      n++;
    }
  }
  *rows = n;
}

void demo_write_org(const demo_city *c, FILE *fp, long *rows) {
  fputs("kode_unit,tahun,predikat,capaian\n", fp);
  long n = 0;
  for (int o = 0; o < c->nunits; o++) {
    if (c->units[o].parent >= 0) continue;
    for (int y = 0; y < c->years; y++) {
      int p = c->org[o * c->years + y];
      if (p < 0) continue;
      fprintf(fp, "%s,%d,%s,%.2f\n", c->units[o].code, c->o->from_year + y,
              kj_enum_canon(&kj_enum_predikat_org, p), c->org_cap[o * c->years + y]);
      n++;
    }
  }
  *rows = n;
}
