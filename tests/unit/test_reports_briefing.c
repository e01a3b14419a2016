/* test_reports_briefing.c — the briefing workbook and the report helpers it
 * shares with the other reports (reports/report_common.h):
 *  - pseudonyms: the same NIPs always get the same numbers whatever the
 *    order they were added in, numbers are 1..n, they do not follow the NIP
 *    (a birth date), unknown NIPs get none, the width grows past 9,999;
 *  - people and NIPs as the report shows them, named and anonymised;
 *  - text helpers: signed numbers, period names, lists, capitals, the
 *    creation date from the data;
 *  - the briefing of a small hand-built city (analysis_fixture.h): its
 *    sheets in order in both languages, byte-identical twice, read back by
 *    check_xlsx.py; the key findings cite the engine's figures; an existing
 *    file is replaced only by a complete workbook, and a path that cannot be
 *    written is KJ_IO with nothing left behind.
 * The full read-back against `kinerja export` is t_briefing_figures.sh.
 */
/* cmocka needs these first */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "analysis_fixture.h"
#include "charts/chart.h"
#include "reports/briefing/briefing.h"
#include "reports/briefing/briefing_int.h"
#include "reports/common/report_common.h"
#include "testutil.h"
#include "util/fsutil.h"

#define CHECKER KJ_TEST_DATA "/../scripts/check_xlsx.py"

/* ---- pseudonyms --------------------------------------------------------------- */

static int64_t nip_of(int i) { return 198001012005011000LL + (int64_t)i * 7919; }

static void pseudonyms_are_stable_and_hide_the_nip_order(void **st) {
  (void)st;
  enum { N = 60 };
  kj_rep_pseudo a = {0}, b = {0};
  for (int i = 0; i < N; i++) kj_rep_pseudo_add(&a, nip_of(i));
  for (int i = N - 1; i >= 0; i--) { /* reverse order, every NIP twice, plus ignored ones */
    kj_rep_pseudo_add(&b, nip_of(i));
    kj_rep_pseudo_add(&b, nip_of(i));
  }
  kj_rep_pseudo_add(&b, 0);
  kj_rep_pseudo_add(&b, -5);
  kj_rep_pseudo_seal(&a);
  kj_rep_pseudo_seal(&b);
  assert_int_equal(a.n, N);
  assert_int_equal(b.n, N);
  assert_int_equal(a.width, 4);
  int seen[N + 1] = {0}, ascending = 1, prev = 0;
  for (int i = 0; i < N; i++) {
    int k = kj_rep_pseudo_number(&a, nip_of(i));
    assert_in_range(k, 1, N);
    assert_int_equal(k, kj_rep_pseudo_number(&b, nip_of(i)));
    seen[k]++;
    if (k < prev) ascending = 0;
    prev = k;
  }
  for (int k = 1; k <= N; k++) assert_int_equal(seen[k], 1);
  assert_false(ascending); /* numbering by NIP would tell who is older */
  assert_int_equal(kj_rep_pseudo_number(&a, 199001012015011001LL), 0);
  kj_rep_pseudo_add(&a, nip_of(N)); /* sealed: ignored */
  assert_int_equal(a.n, N);
  kj_rep_pseudo_free(&a);
  kj_rep_pseudo_free(&b);
  kj_rep_pseudo_free(NULL);

  kj_rep_pseudo big = {0};
  for (int i = 0; i < 10000; i++) kj_rep_pseudo_add(&big, nip_of(i));
  kj_rep_pseudo_seal(&big);
  assert_int_equal(big.width, 5); /* "Pegawai 10000" needs five digits */
  kj_rep_pseudo_free(&big);
}

static void people_are_named_or_pseudonymised(void **st) {
  (void)st;
  kj_pegawai_tahun peg[2];
  memset(peg, 0, sizeof peg);
  peg[0].nip = 198001012005011001LL;
  peg[0].nama = "Budi Santoso";
  peg[1].nip = 198502022010012002LL;
  peg[1].nama = "Siti Aminah";
  kj_analysis r;
  memset(&r, 0, sizeof r);
  r.n_pegawai = 2;
  r.pegawai = peg;
  char out[64];

  kj_rep named;
  kj_rep_init(&named, &r, KJ_LANG_ID, 0);
  assert_string_equal(kj_rep_person(&named, peg[0].nip, peg[0].nama, out, sizeof out),
                      "Budi Santoso");
  assert_string_equal(kj_rep_person(&named, 197001011990011999LL, NULL, out, sizeof out),
                      "NIP 197001011990011999");
  assert_string_equal(kj_rep_nip(&named, peg[1].nip, out, sizeof out), "198502022010012002");
  assert_string_equal(kj_rep_nip(&named, 0, out, sizeof out), "");
  kj_rep_free(&named);

  kj_rep anon;
  kj_rep_init(&anon, &r, KJ_LANG_ID, 1);
  char p0[64], p1[64];
  kj_rep_person(&anon, peg[0].nip, peg[0].nama, p0, sizeof p0);
  kj_rep_nip(&anon, peg[1].nip, p1, sizeof p1);
  assert_true(strcmp(p0, "Pegawai 0001") == 0 || strcmp(p0, "Pegawai 0002") == 0);
  assert_true(strcmp(p1, "Pegawai 0001") == 0 || strcmp(p1, "Pegawai 0002") == 0);
  assert_string_not_equal(p0, p1);
  /* the NIP shown by kj_rep_nip is the person's pseudonym, the same on every sheet */
  assert_string_equal(kj_rep_nip(&anon, peg[0].nip, out, sizeof out), p0);
  /* a NIP the table was never given is not printed either */
  assert_string_equal(kj_rep_person(&anon, 197001011990011999LL, NULL, out, sizeof out),
                      "Pegawai ?");
  kj_rep_free(&anon);

  kj_rep en;
  kj_rep_init(&en, &r, KJ_LANG_EN, 1);
  assert_memory_equal(kj_rep_person(&en, peg[0].nip, NULL, out, sizeof out), "Employee 000", 12);
  kj_rep_free(&en);
}

static void text_helpers(void **st) {
  (void)st;
  char out[128];
  assert_string_equal(kj_rep_signed(out, sizeof out, 0.4234, 2, KJ_LANG_ID), "+0,42");
  assert_string_equal(kj_rep_signed(out, sizeof out, -1.5, 1, KJ_LANG_EN), "\xE2\x88\x92"
                                                                           "1.5");
  assert_string_equal(kj_rep_signed(out, sizeof out, -0.001, 2, KJ_LANG_ID), "0,00");
  assert_string_equal(kj_rep_signed(out, sizeof out, 1234.5, 1, KJ_LANG_ID), "+1.234,5");
  assert_string_equal(kj_rep_signed(out, sizeof out, NAN, 1, KJ_LANG_ID), "\xE2\x80\x93");
  assert_string_equal(kj_rep_periode("2025-03", KJ_LANG_ID, out, sizeof out), "Maret 2025");
  assert_string_equal(kj_rep_periode("2025-03", KJ_LANG_EN, out, sizeof out), "March 2025");
  assert_string_equal(kj_rep_periode("2024-Q2", KJ_LANG_ID, out, sizeof out), "Triwulan II 2024");
  assert_string_equal(kj_rep_periode("2024-S1", KJ_LANG_EN, out, sizeof out), "Half 1 2024");
  assert_string_equal(kj_rep_periode("2023", KJ_LANG_ID, out, sizeof out), "2023");
  assert_string_equal(kj_rep_periode("kemarin", KJ_LANG_ID, out, sizeof out), "kemarin");
  assert_string_equal(kj_rep_capital("data tidak cukup", out, sizeof out), "Data tidak cukup");
  assert_string_equal(kj_rep_label(&kj_enum_kk, KJ_KK_KELEMAHAN, KJ_LANG_EN, out, sizeof out),
                      "Weakness");
  const char *items[] = {"A", "B", "C"};
  kj_buf b = {0};
  kj_rep_join(&b, items, 1, KJ_LANG_ID);
  assert_string_equal(kj_buf_cstr(&b), "A");
  kj_buf_reset(&b);
  kj_rep_join(&b, items, 2, KJ_LANG_ID);
  assert_string_equal(kj_buf_cstr(&b), "A dan B");
  kj_buf_reset(&b);
  kj_rep_join(&b, items, 3, KJ_LANG_EN);
  assert_string_equal(kj_buf_cstr(&b), "A, B and C");
  kj_buf_free(&b);

  kj_analysis r;
  memset(&r, 0, sizeof r);
  r.tahun = 2025;
  char d[11];
  assert_string_equal(kj_rep_created(&r, d), "2025-12-31"); /* no dated record */
  snprintf(r.data_terbaru, sizeof r.data_terbaru, "2026-01-14");
  assert_string_equal(kj_rep_created(&r, d), "2026-01-14");
}

/* ---- the briefing of a small city ------------------------------------------------ */

#define NIPX(i) (198001012005011000LL + (i))

/* Two OPD of eight employees rated monthly through 2025 (A better than B,
 * with one of B's people rated Kurang all year), a third OPD of three
 * employees (under min_kelompok), organisation predikat for A and B. */
static void build_city(fx *f) {
  fx_unit(f, "A", NULL);
  fx_unit(f, "B", NULL);
  fx_unit(f, "C", NULL);
  static const char *const units[] = {"A", "B", "C"};
  for (int u = 0; u < 3; u++)
    for (int i = 0; i < (u == 2 ? 3 : 8); i++) {
      int64_t nip = NIPX(u * 100 + i);
      fx_emp(f, nip, units[u]);
      for (int m = 1; m <= 12; m++) {
        char per[32], tgl[32];
        snprintf(per, sizeof per, "2025-%02d", m);
        snprintf(tgl, sizeof tgl, "2025-%02d-28", m);
        const char *p = "BAIK";
        if (u == 0 && (i + m) % 2 == 0) p = "SANGAT_BAIK";
        if (u == 1 && i == 0) p = "KURANG";
        fx_pen(f, nip, per, p, units[u], NIPX(900 + u), tgl);
      }
    }
  fx_org(f, "A", 2025, "ISTIMEWA");
  fx_org(f, "B", 2025, "BAIK");
}

static int run_checker(const char *xlsx, const char *expect) {
  pid_t pid = fork();
  if (pid == 0) {
    execl("/usr/bin/python3", "python3", CHECKER, xlsx, "--expect", expect, (char *)NULL);
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static int count_entries(const char *dir) {
  DIR *d = opendir(dir);
  int n = 0;
  for (struct dirent *e; d && (e = readdir(d));)
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
  if (d) closedir(d);
  return n;
}

static void briefing_of_a_small_city(void **st) {
  (void)st;
  fx f;
  fx_open(&f, "briefing");
  build_city(&f);
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 2025);
  char *dir = kj_test_tmpdir("briefing-out");
  char *a = kj_path_join(dir, "a.xlsx"), *b = kj_path_join(dir, "b.xlsx");
  kj_briefing_opts o = {.lang = KJ_LANG_ID, .anonymize = 0, .perintah = "kinerja report briefing"};
  kj_error err = {KJ_OK, ""};

  /* an existing file is replaced only by a complete workbook */
  char *old = kj_test_write(dir, "a.xlsx", "an earlier workbook", -1);
  if (kj_briefing_write(r, &o, a, &err) != KJ_OK) fail_msg("%s", err.msg);
  sleep(1); /* a clock-dependent timestamp would now differ */
  if (kj_briefing_write(r, &o, b, &err) != KJ_OK) fail_msg("%s", err.msg);
  size_t na = 0, nb = 0;
  char *da = kj_test_read(a, &na), *db = kj_test_read(b, &nb);
  assert_true(na > 10000);
  assert_int_equal(na, nb);
  assert_memory_equal(da, db, na);
  assert_int_equal(count_entries(dir), 2); /* no temporary file left */

  /* sheets in order, the common rules of every workbook */
  kj_buf exp = {0};
  kj_buf_puts(&exp, "{\"sheets\": [");
  for (int i = 0; i < kj_briefing_sheet_count(); i++)
    kj_buf_printf(&exp, "%s\"%s\"", i ? ", " : "", kj_briefing_sheet_name(i, KJ_LANG_ID));
  kj_buf_puts(&exp, "], \"properties\": {\"title\": \"Briefing Pimpinan 2025\"}}");
  char *expect = kj_test_write(dir, "expect.json", kj_buf_cstr(&exp), -1);
  assert_int_equal(run_checker(a, expect), 0);
  assert_int_equal(kj_briefing_sheet_count(), 12);
  assert_string_equal(kj_briefing_sheet_name(0, KJ_LANG_ID), "Ringkasan");
  assert_string_equal(kj_briefing_sheet_name(11, KJ_LANG_EN), "Methodology");
  assert_null(kj_briefing_sheet_name(12, KJ_LANG_ID));

  /* a path that cannot be written: KJ_IO, nothing created */
  char *bad = kj_path_join(dir, "no/such/dir/x.xlsx");
  kj_error e2 = {KJ_OK, ""};
  assert_int_equal(kj_briefing_write(r, &o, bad, &e2), KJ_IO);
  assert_non_null(strstr(e2.msg, "x.xlsx"));
  assert_int_equal(count_entries(dir), 3); /* a.xlsx, b.xlsx, expect.json */

  kj_buf_free(&exp);
  free(expect);
  free(bad);
  free(old);
  free(da);
  free(db);
  free(a);
  free(b);
  kj_test_rmtree(dir);
  free(dir);
  kj_analysis_free(r);
  fx_close(&f);
}

static void findings_cite_the_engine_figures(void **st) {
  (void)st;
  fx f;
  fx_open(&f, "briefing-find");
  build_city(&f);
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 2025);
  for (int lang = 0; lang < 2; lang++) {
    bf_ctx c;
    memset(&c, 0, sizeof c);
    c.r = r;
    c.lang = (kj_lang)lang;
    int rank[4] = {0};
    for (int i = 0; i < r->n_peringkat; i++) rank[i] = r->peringkat[i];
    c.rank = rank;
    c.n_ranked = r->n_peringkat;
    bf_temuan t[BF_TEMUAN_MAX];
    int n = bf_temuan_list(&c, t);
    assert_in_range(n, 5, BF_TEMUAN_MAX);
    /* first the city: its mean IKP, in the language's number format */
    const kj_desc *ikp = &r->stat[KJ_KOTA(r)].ukuran[KJ_UK_IKP];
    assert_true(t[0].angka == ikp->mean);
    assert_int_equal(t[0].lembar, BF_PERINGKAT);
    char num[32];
    kj_fmt_num(num, sizeof num, ikp->mean, 1, (kj_lang)lang);
    assert_non_null(strstr(kj_buf_cstr(&t[0].kalimat), num));
    assert_non_null(strstr(kj_buf_cstr(&t[0].kalimat), lang ? "were rated" : "dinilai"));
    /* then the ranking: the best OPD's mean, named by its short name */
    assert_string_equal(t[1].topik, lang ? "Ranking" : "Peringkat");
    assert_true(t[1].angka == r->stat[r->peringkat[0]].ukuran[KJ_UK_IKP].mean);
    assert_string_equal(r->opd[r->peringkat[0]].kode, "A");
    assert_non_null(strstr(kj_buf_cstr(&t[1].kalimat), lang ? "is A's (" : "dicapai A ("));
    /* B is not compliant: the curve finding cites its minimum changes */
    int found = 0;
    for (int i = 0; i < n; i++) {
      if (t[i].lembar == BF_DISTRIBUSI && t[i].fmt == KJ_WB_INT) {
        long want = 0;
        for (int o = 0; o < r->n_opd; o++)
          if (r->kurva[o].status == KJ_KURVA_TIDAK_PATUH && r->kurva[o].cek.min_changes > want)
            want = r->kurva[o].cek.min_changes;
        assert_true(t[i].angka == (double)want);
        found = 1;
      }
      assert_true(kj_buf_cstr(&t[i].kalimat)[0] != '\0');
      kj_buf_free(&t[i].kalimat);
    }
    assert_true(found);
  }
  kj_analysis_free(r);
  fx_close(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(pseudonyms_are_stable_and_hide_the_nip_order),
      cmocka_unit_test(people_are_named_or_pseudonymised),
      cmocka_unit_test(text_helpers),
      cmocka_unit_test(briefing_of_a_small_city),
      cmocka_unit_test(findings_cite_the_engine_figures),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  return rc;
}
