/* test_analysis_study.c — the multi-year study and the per-OPD details on a
 * small hand-built city: the per-year ANOVA of IKP across OPD and the
 * chi-square of predikat across OPD against scipy, the min_kelompok rule for
 * their groups, the series with a merged unit and a merged OPD counted under
 * their successors, the window rules, and the per-unit figures of the Rapor
 * OPD (values worked out by hand below).
 *
 * The city (min_kelompok 3 in these tests): OPD A with units A, A1 and A2
 * (A2 menjadi A1 after 2024), OPD B, OPD C, and OPD D (2 staff in 2024 only,
 * menjadi C). Every employee has two monthly records per year, so their IKP
 * is the mean of two predikat points and their annual predikat the second
 * month's.
 */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/study.h"
#include "testutil.h"
#include "util/buf.h"

static char *dir, *db_path;

typedef struct emp {
  int id;          /* NIP suffix */
  const char *u24; /* unit in 2024, NULL: no records */
  const char *p24[2];
  const char *u25; /* unit in 2025, NULL: no records */
  const char *p25[2];
} emp;

/* predikat -> (hasil, perilaku) of the PermenPAN-RB 6/2022 matrix */
static const char *hasil(const char *p) {
  return !strcmp(p, "SB") ? "DI_ATAS" : !strcmp(p, "B") || !strcmp(p, "K") ? "SESUAI" : "DI_BAWAH";
}
static const char *perilaku(const char *p) {
  return !strcmp(p, "SB") ? "DI_ATAS" : !strcmp(p, "B") || !strcmp(p, "BP") ? "SESUAI" : "DI_BAWAH";
}
static const char *canon(const char *p) {
  return !strcmp(p, "SB")   ? "SANGAT_BAIK"
         : !strcmp(p, "B")  ? "BAIK"
         : !strcmp(p, "BP") ? "BUTUH_PERBAIKAN"
         : !strcmp(p, "K")  ? "KURANG"
                            : "SANGAT_KURANG";
}

static const emp staff[] = {
    {1, "A", {"B", "B"}, "A", {"SB", "B"}},    {2, "A", {"B", "SB"}, "A", {"B", "B"}},
    {3, "A", {"B", "B"}, "A", {"BP", "K"}},    {4, "A1", {"SB", "B"}, "A1", {"SB", "SB"}},
    {5, "A2", {"BP", "B"}, "A1", {"B", "BP"}}, {6, "A2", {"B", "B"}, "A1", {"B", "SK"}},
    {7, "B", {"B", "B"}, "B", {"B", "B"}},     {8, "B", {"B", "B"}, "B", {"SB", "B"}},
    {9, "B", {"SB", "SB"}, "B", {"B", "SB"}},  {10, "B", {"B", "K"}, "B", {"K", "BP"}},
    {11, "B", {"B", "B"}, "B", {"B", "B"}},    {12, "C", {"SB", "B"}, "C", {"SB", "SB"}},
    {13, "C", {"B", "B"}, "C", {"SB", "SB"}},  {14, "C", {"B", "B"}, "C", {"B", "SB"}},
    {15, "C", {"SB", "SB"}, "C", {"B", "B"}},  {16, "C", {"B", "B"}, "C", {"SB", "B"}},
    {17, "C", {"B", "BP"}, "C", {"BP", "BP"}}, {18, "C", {"SB", "B"}, "C", {"SB", "SB"}},
    {19, "D", {"B", "B"}, NULL, {NULL, NULL}}, {20, "D", {"B", "B"}, NULL, {NULL, NULL}},
};
#define NSTAFF (sizeof staff / sizeof staff[0])
#define NIP0 198001012005011000LL

static void exec(kj_store *st, const char *sql) {
  kj_error err = {KJ_OK, ""};
  if (kj_store_exec(st, sql, &err) != KJ_OK) fail_msg("%s\n%s", err.msg, sql);
}

static void build_db(void) {
  kj_store *st = NULL;
  kj_error err = {KJ_OK, ""};
  if (kj_store_open(db_path, KJ_OPEN_CREATE, &st, &err) != KJ_OK) fail_msg("%s", err.msg);
  exec(st, "INSERT INTO unit (kode_unit, nama_unit, kode_induk, menjadi, berlaku_sampai) VALUES"
           " ('A','Dinas A',NULL,NULL,NULL), ('A1','Bidang A1','A',NULL,NULL),"
           " ('A2','Bidang A2','A','A1',2024), ('B','Dinas B',NULL,NULL,NULL),"
           " ('C','Dinas C',NULL,NULL,NULL), ('D','Kantor D',NULL,'C',2024);");
  kj_buf b = {0};
  for (size_t i = 0; i < NSTAFF; i++) {
    const emp *e = &staff[i];
    long long nip = NIP0 + e->id;
    kj_buf_reset(&b);
    kj_buf_printf(&b,
                  "INSERT INTO pegawai (nip, nama, kode_unit) VALUES (%lld, 'Pegawai %d', '%s');",
                  nip, e->id, e->u25 ? e->u25 : e->u24);
    for (int y = 2024; y <= 2025; y++) {
      const char *u = y == 2024 ? e->u24 : e->u25;
      const char *const *p = y == 2024 ? e->p24 : e->p25;
      for (int m = 0; u && m < 2; m++)
        kj_buf_printf(&b,
                      "INSERT INTO penilaian (nip, periode, tahun, rating_hasil_kerja, "
                      "rating_perilaku, predikat, kode_unit) VALUES "
                      "(%lld, '%d-%02d', %d, '%s', '%s', '%s', '%s');",
                      nip, y, m + 1, y, hasil(p[m]), perilaku(p[m]), canon(p[m]), u);
    }
    exec(st, kj_buf_cstr(&b));
  }
  kj_buf_free(&b);
  kj_store_close(st);
}

static int setup(void **state) {
  (void)state;
  dir = kj_test_tmpdir("study");
  size_t n = strlen(dir) + 16;
  db_path = malloc(n);
  snprintf(db_path, n, "%s/s.db", dir);
  build_db();
  return 0;
}

static int teardown(void **state) {
  (void)state;
  kj_test_rmtree(dir);
  free(dir);
  free(db_path);
  return 0;
}

static kj_params test_params(void) {
  kj_params p;
  kj_params_defaults(&p);
  p.min_kelompok = 3;
  return p;
}

static kj_study *run_study(int from, int to) {
  kj_store *st = NULL;
  kj_error err = {KJ_OK, ""};
  if (kj_store_open(db_path, KJ_OPEN_EXISTING, &st, &err) != KJ_OK) fail_msg("%s", err.msg);
  kj_params p = test_params();
  kj_study *s = NULL;
  kj_status rc = kj_study_run(st, &p, from, to, &s, &err);
  kj_store_close(st);
  if (rc != KJ_OK) fail_msg("kj_study_run: %s", err.msg);
  return s;
}

#define near(a, b, tol)                                                                            \
  assert_true(fabs((double)(a) - (double)(b)) <= (tol) * (1 + fabs((double)(b))))

static void anova_of_ikp_across_opd_matches_scipy(void **state) {
  (void)state;
  kj_study *s = run_study(0, 0);
  assert_int_equal(s->n_tahun, 2);
  assert_int_equal(s->tahun[0].tahun, 2024);
  assert_int_equal(s->tahun[1].tahun, 2025);
  const kj_study_tahun *y = &s->tahun[1];
  assert_int_equal(y->anova_k, 3); /* A, B, C; D has no staff in 2025 */
  /* scipy 1.x: stats.f_oneway([125,100,62.5,150,87.5,62.5], [100,125,125,62.5,100],
   * [150,150,125,100,125,75,150]) and eta2 = SSB/SST from numpy */
  near(y->anova.f, 1.4958158995815898, 1e-12);
  near(y->anova.p, 0.25565558412081424, 1e-10);
  near(y->anova.eta2, 0.16627906976744181, 1e-12);
  assert_true(y->anova.df1 == 2 && y->anova.df2 == 15);
  /* 2024: D (2 staff) is below min_kelompok 3 and left out:
   * scipy f_oneway([100,125,100,125,87.5,100], [100,100,150,75,100],
   * [125,100,100,150,100,87.5,125]) */
  y = &s->tahun[0];
  assert_int_equal(y->anova_k, 3);
  near(y->anova.f, 0.21812080536912754, 1e-12);
  near(y->anova.p, 0.80653401073749498, 1e-10);
  near(y->anova.eta2, 0.028260869565217395, 1e-12);
  assert_true(y->anova.df1 == 2 && y->anova.df2 == 15);
  kj_study_free(s);
}

static void chisq_of_predikat_across_opd_matches_scipy(void **state) {
  (void)state;
  kj_study *s = run_study(0, 0);
  /* scipy.stats.chi2_contingency([[1,2,1,1,1],[1,3,1,0,0],[4,2,1,0,0]],
   * correction=False); V = sqrt(chi2 / (n (min(r,c)-1))) with n = 18 */
  const kj_study_tahun *y = &s->tahun[1];
  assert_int_equal(y->chisq_k, 3);
  near(y->chisq.stat, 6.8265306122448992, 1e-12);
  near(y->chisq.p, 0.55545931538820803, 1e-10);
  assert_true(y->chisq.df == 8);
  near(y->chisq.cramer_v, 0.43546050376599726, 1e-12);
  near(y->chisq.min_expected, 0.27777777777777779, 1e-12);
  assert_int_equal(y->chisq.low_expected, 1);
  /* 2024: the empty SANGAT_KURANG column is dropped before the test:
   * chi2_contingency([[1,5,0,0],[1,3,0,1],[1,5,1,0]], correction=False) */
  y = &s->tahun[0];
  near(y->chisq.stat, 4.4351648351648354, 1e-12);
  near(y->chisq.p, 0.61800300226170934, 1e-10);
  assert_true(y->chisq.df == 6);
  near(y->chisq.cramer_v, 0.35099718403289676, 1e-12);
  kj_study_free(s);
}

static void merged_unit_history_counts_under_its_successor(void **state) {
  (void)state;
  kj_study *s = run_study(0, 0);
  assert_int_equal(kj_study_find_unit(s, "A2"), -1); /* no line of its own */
  int u = kj_study_find_unit(s, "A1");
  assert_true(u >= 0);
  assert_int_equal(s->unit[u].n_pendahulu, 1);
  assert_string_equal(s->unit[u].pendahulu[0], "A2");
  assert_int_equal(s->unit[u].opd, kj_study_find_opd(s, "A"));
  /* 2024: staff 4 (A1) and 5, 6 (A2): IKP 125, 87.5, 100 */
  const kj_desc *d = &KJ_STUDY_SERI(s, s->seri_unit, u, KJ_UK_IKP, 0);
  assert_int_equal(d->n, 3);
  near(d->mean, (125 + 87.5 + 100) / 3.0, 1e-12);
  /* 2025: the same three now in A1: 150, 87.5, 62.5 */
  d = &KJ_STUDY_SERI(s, s->seri_unit, u, KJ_UK_IKP, 1);
  assert_int_equal(d->n, 3);
  near(d->mean, 100, 1e-12);
  kj_study_free(s);
}

static void merged_opd_history_counts_under_its_successor(void **state) {
  (void)state;
  kj_study *s = run_study(0, 0);
  assert_int_equal(kj_study_find_opd(s, "D"), -1);
  int c = kj_study_find_opd(s, "C");
  assert_true(c >= 0);
  assert_int_equal(s->opd[c].n_pendahulu, 1);
  assert_string_equal(s->opd[c].pendahulu[0], "D");
  /* 2024: C's 7 and D's 2 (IKP 100 each) */
  const kj_desc *d = &KJ_STUDY_SERI(s, s->seri_opd, c, KJ_UK_IKP, 0);
  assert_int_equal(d->n, 9);
  near(d->mean, (125 + 100 + 100 + 150 + 100 + 87.5 + 125 + 200) / 9.0, 1e-12);
  /* an OPD without merges has the engine's own figures */
  int a = kj_study_find_opd(s, "A");
  const kj_analysis *r = s->tahun[1].r;
  int ra = kj_analysis_find_opd(r, "A");
  d = &KJ_STUDY_SERI(s, s->seri_opd, a, KJ_UK_IKP, 1);
  assert_int_equal(d->n, r->stat[ra].ukuran[KJ_UK_IKP].n);
  near(d->mean, r->stat[ra].ukuran[KJ_UK_IKP].mean, 1e-12);
  near(d->ci_high, r->stat[ra].ukuran[KJ_UK_IKP].ci_high, 1e-12);
  /* the city line pools everyone */
  d = &KJ_STUDY_SERI(s, s->seri_opd, s->n_opd, KJ_UK_IKP, 0);
  assert_int_equal(d->n, 20);
  assert_string_equal(s->opd[s->n_opd].kode, "KOTA");
  kj_study_free(s);
}

static void small_groups_keep_n_and_lose_figures(void **state) {
  (void)state;
  kj_store *st = NULL;
  kj_error err = {KJ_OK, ""};
  assert_int_equal(kj_store_open(db_path, KJ_OPEN_EXISTING, &st, &err), KJ_OK);
  kj_params p = test_params();
  p.min_kelompok = 6;
  kj_study *s = NULL;
  assert_int_equal(kj_study_run(st, &p, 2025, 2025, &s, &err), KJ_OK);
  kj_store_close(st);
  assert_int_equal(s->n_tahun, 1);
  /* only A (6) and C (7) reach 6: B (5) leaves the ANOVA and the chi-square */
  assert_int_equal(s->tahun[0].anova_k, 2);
  assert_int_equal(s->tahun[0].chisq_k, 2);
  int b = kj_study_find_opd(s, "B");
  const kj_desc *d = &KJ_STUDY_SERI(s, s->seri_opd, b, KJ_UK_IKP, 0);
  assert_int_equal(d->n, 5);
  assert_true(kj_is_na(d->mean) && kj_is_na(d->ci_low));
  kj_study_free(s);
}

static void window_rules(void **state) {
  (void)state;
  kj_store *st = NULL;
  kj_error err = {KJ_OK, ""};
  assert_int_equal(kj_store_open(db_path, KJ_OPEN_EXISTING, &st, &err), KJ_OK);
  kj_params p = test_params();
  kj_study *s = NULL;
  assert_int_equal(kj_study_run(st, &p, 2025, 2024, &s, &err), KJ_USAGE);
  assert_null(s);
  assert_int_equal(kj_study_run(st, &p, 1990, 2025, &s, &err), KJ_USAGE);
  assert_int_equal(kj_study_run(st, &p, 2019, 2020, &s, &err), KJ_DATA);
  assert_non_null(strstr(err.msg, "2024, 2025"));
  /* a one-year study: its trend run covers just that year, while the year's
   * own run (the export's) keeps the default three-year window */
  assert_int_equal(kj_study_run(st, &p, 2025, 0, &s, &err), KJ_OK);
  assert_int_equal(s->n_tahun, 1);
  assert_non_null(s->jendela);
  assert_int_equal(kj_study_trend(s)->dari, 2025);
  assert_int_equal(s->tahun[0].r->dari, 2024);
  kj_study_free(s);
  /* the whole range: the last year's run already spans it */
  assert_int_equal(kj_study_run(st, &p, 0, 0, &s, &err), KJ_OK);
  assert_null(s->jendela);
  assert_true(kj_study_trend(s) == s->tahun[1].r);
  kj_study_free(s);
  kj_store_close(st);
}

static kj_opd_rinci *rinci_2025(kj_study **s_out) {
  kj_store *st = NULL;
  kj_error err = {KJ_OK, ""};
  assert_int_equal(kj_store_open(db_path, KJ_OPEN_EXISTING, &st, &err), KJ_OK);
  kj_params p = test_params();
  kj_study *s = NULL;
  assert_int_equal(kj_study_run(st, &p, 2025, 2025, &s, &err), KJ_OK);
  kj_store_close(st);
  *s_out = s;
  return kj_opd_rinci_new(s->tahun[0].r);
}

static void rinci_units_of_an_opd(void **state) {
  (void)state;
  kj_study *s = NULL;
  kj_opd_rinci *x = rinci_2025(&s);
  const kj_analysis *r = s->tahun[0].r;
  int a = kj_analysis_find_opd(r, "A");
  assert_int_equal(x->unit_off[a + 1] - x->unit_off[a], 2); /* A and A1; A2 has nobody */
  const kj_unit_stat *u0 = &x->unit[x->unit_off[a]], *u1 = u0 + 1;
  assert_string_equal(r->unit[u0->unit].kode, "A");
  assert_string_equal(r->unit[u1->unit].kode, "A1");
  assert_int_equal(u0->n_pegawai, 3);
  near(u0->ikp.mean, (125 + 100 + 62.5) / 3.0, 1e-12);
  /* annual predikat of A1: SB, BP, SK */
  assert_int_equal(u1->predikat_n[KJ_SANGAT_BAIK], 1);
  assert_int_equal(u1->predikat_n[KJ_BUTUH_PERBAIKAN], 1);
  assert_int_equal(u1->predikat_n[KJ_SANGAT_KURANG], 1);
  near(u1->predikat_share[KJ_SANGAT_BAIK], 1 / 3.0, 1e-12);
  /* B has one unit; C's is its own office */
  int b = kj_analysis_find_opd(r, "B");
  assert_int_equal(x->unit_off[b + 1] - x->unit_off[b], 1);
  assert_int_equal(x->unit[x->unit_off[b]].n_pegawai, 5);
  kj_opd_rinci_free(x);
  kj_study_free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(anova_of_ikp_across_opd_matches_scipy),
      cmocka_unit_test(chisq_of_predikat_across_opd_matches_scipy),
      cmocka_unit_test(merged_unit_history_counts_under_its_successor),
      cmocka_unit_test(merged_opd_history_counts_under_its_successor),
      cmocka_unit_test(small_groups_keep_n_and_lose_figures),
      cmocka_unit_test(window_rules),
      cmocka_unit_test(rinci_units_of_an_opd),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
