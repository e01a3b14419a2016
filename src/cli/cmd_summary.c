/* cmd_summary.c — `kinerja summary [--year Y] [--json] [--lang id|en]`: the
 * key findings of analytics.md on the terminal for a leader or analyst:
 * city figures, the OPD ranking, strengths and weaknesses, curve
 * compliance, trends, SKM, evaluators, data quality and feedback.
 *
 * Text mode is laid out for an 80-column terminal: sentences from
 * kj_analysis_findings wrapped under section headings, and one ranking
 * table whose columns fit in 78. --json prints the same findings and the
 * figures behind them as one JSON document (numbers with '.', null for
 * "not computed").
 */
#include "cli/analysis_cli.h"
#include "cli/commands.h"
#include "cli/json.h"
#include "util/xalloc.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define WIDTH 78

static const struct {
  const char *topik, *id, *en;
} sections[] = {
    {"kota", "KOTA", "CITY"},
    {"peringkat", "PERINGKAT OPD", "OPD RANKING"},
    {"kekuatan", "KEKUATAN DAN KELEMAHAN", "STRENGTHS AND WEAKNESSES"},
    {"kurva", "KURVA DISTRIBUSI PREDIKAT", "PREDIKAT DISTRIBUTION CURVE"},
    {"tren", "TREN", "TRENDS"},
    {"skm", "KEPUASAN MASYARAKAT (SKM)", "PUBLIC SATISFACTION (SKM)"},
    {"penilai", "PENILAI", "EVALUATORS"},
    {"kesetaraan", "KESETARAAN PENILAIAN", "FAIRNESS OF APPRAISAL"},
    {"daftar", "TELADAN DAN PEMBINAAN", "ROLE MODELS AND COACHING"},
    {"kualitas", "KUALITAS DATA", "DATA QUALITY"},
    {"umpan_balik", "PERAN PIMPINAN", "LEADER FEEDBACK"},
};
#define N_SECTIONS ((int)(sizeof sections / sizeof sections[0]))

/* The curve status in a 12-column cell (the full labels are longer). */
static const char *curve_word(kj_kurva_status s, kj_lang lang) {
  static const char *const id[] = {"patuh", "tidak patuh", "mustahil", "belum ada"};
  static const char *const en[] = {"compliant", "not compl.", "impossible", "no org."};
  const char *const *t = lang == KJ_LANG_EN ? en : id;
  return (unsigned)s < 4 ? t[s] : "?";
}

static void ranking_table(const kj_analysis *r, kj_lang lang, FILE *fp) {
  const int *ix = r->peringkat, n = r->n_peringkat;
  int en = lang == KJ_LANG_EN;
  fprintf(fp, "  %3s  ", "#");
  kj_cli_cell(fp, "OPD", 16, 0);
  kj_cli_cell(fp, "n", 6, 1);
  kj_cli_cell(fp, "IKP", 7, 1);
  kj_cli_cell(fp, en ? "95% CI" : "IK 95 %", 14, 1);
  kj_cli_cell(fp, en ? "% SB" : "% SB", 7, 1);
  kj_cli_cell(fp, en ? "rank 95%" : "kisaran", 9, 1);
  fputs("  ", fp);
  kj_cli_cell(fp, en ? "curve" : "kurva", 12, 0);
  fputc('\n', fp);
  for (int i = 0; i < n; i++) {
    int o = ix[i];
    const kj_opd_stat *s = &r->stat[o];
    const kj_desc *d = &s->ukuran[KJ_UK_IKP];
    char a[48], b[48], c[48], ci[100];
    fprintf(fp, "  %3d  ", r->rank[o].peringkat);
    kj_cli_cell(fp, r->opd[o].singkatan ? r->opd[o].singkatan : r->opd[o].kode, 16, 0);
    snprintf(a, sizeof a, "%ld", s->n_pegawai);
    kj_cli_cell(fp, a, 6, 1);
    kj_cli_cell(fp, kj_fmt_num(a, sizeof a, d->mean, 1, lang), 7, 1);
    snprintf(ci, sizeof ci, "%s–%s", kj_fmt_num(b, sizeof b, d->ci_low, 1, lang),
             kj_fmt_num(c, sizeof c, d->ci_high, 1, lang));
    kj_cli_cell(fp, ci, 14, 1);
    kj_cli_cell(fp, kj_fmt_num(a, sizeof a, 100 * s->predikat_share[KJ_SANGAT_BAIK], 1, lang), 7, 1);
    snprintf(ci, sizeof ci, "%d–%d", r->rank[o].bawah, r->rank[o].atas);
    kj_cli_cell(fp, ci, 9, 1);
    fputs("  ", fp);
    kj_cli_cell(fp, curve_word(r->kurva[o].status, lang), 12, 0);
    fputc('\n', fp);
  }
}

static void text_summary(const kj_analysis *r, const kj_findings *f, kj_lang lang, FILE *fp) {
  int en = lang == KJ_LANG_EN;
  fprintf(fp, en ? "kinerja: summary %d, %s\n" : "kinerja: ringkasan %d, %s\n", r->tahun,
          r->params.kota);
  fprintf(fp, en ? "(trend window %d–%d; IKP is the PerBKN 3/2023 conversion of predikat)\n"
                 : "(jendela tren %d–%d; IKP = konversi predikat menurut PerBKN 3/2023)\n",
          r->dari, r->sampai);
  for (int s = 0; s < N_SECTIONS; s++) {
    int any = 0;
    for (size_t i = 0; i < f->n; i++) {
      const char *t = f->f[i].topik;
      int match = strcmp(t, sections[s].topik) == 0 ||
                  (strcmp(sections[s].topik, "kekuatan") == 0 && strcmp(t, "kelemahan") == 0);
      if (!match) continue;
      if (!any++) fprintf(fp, "\n%s\n", en ? sections[s].en : sections[s].id);
      kj_cli_wrap(fp, f->f[i].text, 2, 4, WIDTH);
    }
    if (strcmp(sections[s].topik, "peringkat") == 0) {
      if (!any) fprintf(fp, "\n%s\n", en ? sections[s].en : sections[s].id);
      ranking_table(r, lang, fp);
    }
  }
}

static void json_desc(kj_json *j, const char *key, const kj_desc *d) {
  kj_json_object(j, key);
  kj_json_int(j, "n", (int64_t)d->n);
  kj_json_num(j, "mean", d->mean);
  kj_json_num(j, "ci_low", d->ci_low);
  kj_json_num(j, "ci_high", d->ci_high);
  kj_json_end(j, '}');
}

static void json_opd(kj_json *j, const kj_analysis *r) {
  const int *ix = r->peringkat, n = r->n_peringkat;
  kj_json_array(j, "opd");
  for (int o = 0; o < r->n_opd; o++) {
    const kj_opd_stat *s = &r->stat[o];
    int rank = 0;
    for (int i = 0; i < n; i++)
      if (ix[i] == o) rank = i + 1;
    kj_json_object(j, NULL);
    kj_json_str(j, "kode", r->opd[o].kode);
    kj_json_str(j, "nama", r->opd[o].nama);
    kj_json_int(j, "n_pegawai", s->n_pegawai);
    kj_json_bool(j, "cukup", s->cukup);
    if (rank) {
      kj_json_int(j, "peringkat", r->rank[o].peringkat);
      kj_json_int(j, "peringkat_bawah", r->rank[o].bawah);
      kj_json_int(j, "peringkat_atas", r->rank[o].atas);
      kj_json_num(j, "mean_susut", r->rank[o].mean_susut);
    } else {
      kj_json_str(j, "peringkat", NULL);
    }
    json_desc(j, "ikp", &s->ukuran[KJ_UK_IKP]);
    json_desc(j, "capaian", &s->ukuran[KJ_UK_CAPAIAN]);
    kj_json_num(j, "share_sangat_baik", s->predikat_share[KJ_SANGAT_BAIK]);
    kj_json_str(j, "tren_ikp", kj_enum_canon(&kj_enum_tren, r->tren[o * KJ_UKURAN_N].label));
    kj_json_str(j, "tahun_ke_tahun_ikp", kj_enum_canon(&kj_enum_yoy, r->yoy[o * KJ_UKURAN_N].label));
    kj_json_str(j, "predikat_organisasi",
                r->opd[o].org >= 0 ? kj_enum_canon(&kj_enum_predikat_org, r->opd[o].org) : NULL);
    kj_json_str(j, "kurva", kj_enum_canon(&kj_enum_kurva, r->kurva[o].status));
    if (r->kurva[o].cek.min_changes >= 0) kj_json_int(j, "perubahan_min", r->kurva[o].cek.min_changes);
    else kj_json_str(j, "perubahan_min", NULL);
    kj_json_num(j, "ikm", r->skm_opd[o].ikm);
    kj_json_array(j, "kekuatan");
    for (int d = 0; d < KJ_DIMENSI_N; d++)
      if (r->kk[o * KJ_DIMENSI_N + d].ada && r->kk[o * KJ_DIMENSI_N + d].label == KJ_KK_KEKUATAN)
        kj_json_str(j, NULL, kj_dimensi_name(d));
    kj_json_end(j, ']');
    kj_json_array(j, "kelemahan");
    for (int d = 0; d < KJ_DIMENSI_N; d++)
      if (r->kk[o * KJ_DIMENSI_N + d].ada && r->kk[o * KJ_DIMENSI_N + d].label == KJ_KK_KELEMAHAN)
        kj_json_str(j, NULL, kj_dimensi_name(d));
    kj_json_end(j, ']');
    kj_json_end(j, '}');
  }
  kj_json_end(j, ']');
}

static void json_summary(const kj_analysis *r, const kj_findings *f, FILE *fp) {
  kj_json j = {0};
  const kj_opd_stat *c = &r->stat[KJ_KOTA(r)];
  kj_json_object(&j, NULL);
  kj_json_int(&j, "tahun", r->tahun);
  kj_json_int(&j, "dari", r->dari);
  kj_json_int(&j, "sampai", r->sampai);
  kj_json_object(&j, "kota");
  kj_json_str(&j, "nama", r->params.kota);
  kj_json_int(&j, "n_opd", r->n_opd);
  kj_json_int(&j, "n_pegawai", c->n_pegawai);
  json_desc(&j, "ikp", &c->ukuran[KJ_UK_IKP]);
  json_desc(&j, "capaian", &c->ukuran[KJ_UK_CAPAIAN]);
  kj_json_object(&j, "predikat");
  for (int p = 0; p < KJ_PREDIKAT_N; p++)
    kj_json_num(&j, kj_enum_canon(&kj_enum_predikat, p), c->predikat_share[p]);
  kj_json_end(&j, '}');
  kj_json_num(&j, "ikm", r->skm_opd[KJ_KOTA(r)].ikm);
  kj_json_str(&j, "mutu", r->skm_opd[KJ_KOTA(r)].mutu < KJ_MUTU_N
                              ? kj_enum_canon(&kj_enum_mutu, r->skm_opd[KJ_KOTA(r)].mutu)
                              : NULL);
  kj_json_end(&j, '}');
  json_opd(&j, r);
  kj_json_array(&j, "penilai");
  for (size_t i = 0; i < r->n_penilai; i++) {
    const kj_penilai *e = &r->penilai[i];
    if (e->label != KJ_PENILAI_LONGGAR && e->label != KJ_PENILAI_KETAT) continue;
    kj_json_object(&j, NULL);
    kj_json_int(&j, "nip", e->nip);
    kj_json_str(&j, "kode_opd", r->opd[e->opd].kode);
    kj_json_str(&j, "label", kj_enum_canon(&kj_enum_penilai, e->label));
    kj_json_num(&j, "selisih", e->selisih);
    kj_json_num(&j, "q", e->q);
    kj_json_end(&j, '}');
  }
  kj_json_end(&j, ']');
  kj_json_array(&j, "skm_ikp_flag");
  for (size_t i = 0; i < r->n_skm_ikp; i++)
    if (r->skm_ikp[i].flag == KJ_SKMF_TINGGI_RENDAH) kj_json_str(&j, NULL, r->unit[r->skm_ikp[i].unit].kode);
  kj_json_end(&j, ']');
  kj_json_object(&j, "temuan");
  long count[KJ_TEMUAN_N] = {0};
  for (size_t i = 0; i < r->n_temuan; i++) count[r->temuan[i].jenis]++;
  for (int t = 0; t < KJ_TEMUAN_N; t++) kj_json_int(&j, kj_enum_canon(&kj_enum_temuan, t), count[t]);
  kj_json_end(&j, '}');
  kj_json_array(&j, "temuan_kalimat");
  for (size_t i = 0; i < f->n; i++) {
    kj_json_object(&j, NULL);
    kj_json_str(&j, "topik", f->f[i].topik);
    kj_json_str(&j, "teks", f->f[i].text);
    kj_json_end(&j, '}');
  }
  kj_json_end(&j, ']');
  kj_json_end(&j, '}');
  fputs(kj_buf_cstr(&j.out), fp);
  kj_buf_free(&j.out);
}

int kj_cmd_summary(const kj_cli_ctx *ctx, int argc, char **argv) {
  static const struct option opts[] = {{"year", required_argument, NULL, 'y'},
                                       {"min-group", required_argument, NULL, 'g'},
                                       {"json", no_argument, NULL, 'j'},
                                       {"lang", required_argument, NULL, 'l'},
                                       {NULL, 0, NULL, 0}};
  kj_cli_shared so = {0, 0, KJ_LANG_ID};
  int json = 0, c, h;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    if ((h = kj_cli_shared_opt("summary", c, argv, &so)) < 0) return KJ_USAGE;
    if (h == 0 && c == 'j') json = 1;
  }
  if (optind < argc) return kj_cli_usage_error("summary", "unexpected argument '%s'", argv[optind]);
  kj_cli_analysis a;
  int rc = kj_cli_analysis_open(ctx, so.year, so.min_group, &a);
  if (rc != KJ_OK) return rc;
  kj_findings f;
  kj_analysis_findings(a.r, (kj_lang)so.lang, &f);
  if (json) json_summary(a.r, &f, stdout);
  else text_summary(a.r, &f, (kj_lang)so.lang, stdout);
  kj_findings_free(&f);
  kj_cli_analysis_close(&a);
  return fflush(stdout) == 0 ? KJ_OK : KJ_IO;
}
