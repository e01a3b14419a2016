/* cmd_check.c — `kinerja check [--year Y] [--lang id|en]`: the data-quality
 * findings of analytics.md §9 on the terminal: completeness and timeliness
 * per OPD (summed over the periods of Y) and the OPD-periods with the
 * lowest completeness, then each kind of consistency finding with its count
 * and the first examples. Exit 0 even when it finds problems (cli.md); the
 * full lists are in `kinerja export` (kualitas_data.csv, konsistensi.csv).
 * First it runs PRAGMA integrity_check: a damaged database is not a data
 * finding but a database error (exit 4, cli.md).
 */
#include "cli/analysis_cli.h"
#include "util/buf.h"
#include "cli/commands.h"
#include "util/xalloc.h"

#include <getopt.h>
#include <stdlib.h>

#define EXAMPLES 5  /* examples printed per kind of finding */
#define WORST 10    /* OPD-periods listed by lowest completeness */

static void pct_cell(FILE *fp, double share, int w, kj_lang lang) {
  char a[48];
  kj_cli_cell(fp, isfinite(share) ? kj_fmt_pct(a, sizeof a, share, 1, lang) : "–", w, 1);
}

static void per_opd(const kj_analysis *r, kj_lang lang, FILE *fp) {
  int en = lang == KJ_LANG_EN;
  fprintf(fp, en ? "\nCOMPLETENESS AND TIMELINESS (periods of %d; on time: within %ld days)\n"
                 : "\nKELENGKAPAN DAN KETEPATAN WAKTU (periode %d; tepat: <= %ld hari)\n",
          r->tahun, r->params.batas_hari);
  fputs("  ", fp);
  kj_cli_cell(fp, "OPD", 20, 0);
  kj_cli_cell(fp, en ? "expected" : "roster", 10, 1);
  kj_cli_cell(fp, en ? "rated" : "dinilai", 10, 1);
  kj_cli_cell(fp, en ? "missing" : "kosong", 8, 1);
  kj_cli_cell(fp, en ? "complete" : "lengkap", 10, 1);
  kj_cli_cell(fp, en ? "on time" : "tepat", 9, 1);
  fputc('\n', fp);
  for (int o = 0; o <= r->n_opd; o++) {
    const kj_kualitas *q = &r->kualitas_tahun[o];
    if (!q->roster) continue;
    char a[32];
    fputs("  ", fp);
    kj_cli_cell(fp, r->opd[o].kode, 20, 0);
    snprintf(a, sizeof a, "%ld", q->roster);
    kj_cli_cell(fp, a, 10, 1);
    snprintf(a, sizeof a, "%ld", q->dinilai);
    kj_cli_cell(fp, a, 10, 1);
    snprintf(a, sizeof a, "%ld", q->kosong);
    kj_cli_cell(fp, a, 8, 1);
    pct_cell(fp, q->kelengkapan, 10, lang);
    pct_cell(fp, q->tepat_waktu, 9, lang);
    fputc('\n', fp);
  }
}

/* The roster of Y: who joined and left (pegawai.mulai / selesai / status). */
static void roster(const kj_analysis *r, kj_lang lang, FILE *fp) {
  const struct kj_roster_tahun *t = &r->roster_tahun;
  int en = lang == KJ_LANG_EN;
  kj_buf b = {0};
  kj_buf_printf(&b, en ? "%ld employees served in %d; %ld joined (mulai in %d)"
                       : "%ld pegawai bertugas pada %d; %ld masuk (mulai %d)",
                t->pegawai, r->tahun, t->masuk, r->tahun);
  for (int s = 0; s < KJ_STATUS_PEG_N; s++)
    if (t->keluar[s])
      kj_buf_printf(&b, en ? "; %ld %s (selesai in %d)" : "; %ld %s (selesai %d)", t->keluar[s],
                    kj_enum_label(&kj_enum_status_pegawai, s, lang), r->tahun);
  if (t->tanpa_mulai)
    kj_buf_printf(&b, en ? "; %ld without mulai (counted from the start of the data)"
                         : "; %ld tanpa mulai (dihitung sejak awal data)",
                  t->tanpa_mulai);
  kj_buf_puts(&b, ".");
  fprintf(fp, en ? "\nROSTER %d\n" : "\nDAFTAR PEGAWAI %d\n", r->tahun);
  kj_cli_wrap(fp, kj_buf_cstr(&b), 2, 2, 78);
  kj_buf_free(&b);
}

static void worst(const kj_analysis *r, kj_lang lang, FILE *fp) {
  size_t n = 0;
  size_t *ix = xcalloc(r->n_kualitas + 1, sizeof *ix);
  for (size_t i = 0; i < r->n_kualitas; i++)
    if (r->kualitas[i].opd != KJ_KOTA(r) && r->kualitas[i].dinilai < r->kualitas[i].roster) ix[n++] = i;
  /* selection of the WORST lowest, ties by OPD then period (stable order) */
  for (size_t i = 0; i < n && i < WORST; i++)
    for (size_t j = i + 1; j < n; j++)
      if (r->kualitas[ix[j]].kelengkapan < r->kualitas[ix[i]].kelengkapan) {
        size_t t = ix[i];
        ix[i] = ix[j];
        ix[j] = t;
      }
  int en = lang == KJ_LANG_EN;
  if (n) fprintf(fp, en ? "\nLOWEST COMPLETENESS (OPD and period)\n" : "\nKELENGKAPAN TERENDAH (OPD dan periode)\n");
  for (size_t i = 0; i < n && i < WORST; i++) {
    const kj_kualitas *q = &r->kualitas[ix[i]];
    char a[48], b[48];
    fprintf(fp, "  %-20s %-8s %s (%ld/%ld)", r->opd[q->opd].kode, q->periode,
            kj_fmt_pct(a, sizeof a, q->kelengkapan, 1, lang), q->dinilai, q->roster);
    if (isfinite(q->median_lag))
      fprintf(fp, en ? ", median lag %s days" : ", median keterlambatan %s hari",
              kj_fmt_num(b, sizeof b, q->median_lag, 1, lang));
    fputc('\n', fp);
  }
  free(ix);
}

static void findings(const kj_analysis *r, kj_lang lang, FILE *fp) {
  int en = lang == KJ_LANG_EN;
  fprintf(fp, en ? "\nCONSISTENCY\n" : "\nKONSISTENSI\n");
  for (int t = 0; t < KJ_TEMUAN_N; t++) {
    long n = 0;
    for (size_t i = 0; i < r->n_temuan; i++) n += r->temuan[i].jenis == (kj_temuan_jenis)t;
    fprintf(fp, "  %s: %ld\n", kj_enum_label(&kj_enum_temuan, t, lang), n);
    long shown = 0;
    for (size_t i = 0; i < r->n_temuan && shown < EXAMPLES; i++) {
      const kj_temuan *x = &r->temuan[i];
      if (x->jenis != (kj_temuan_jenis)t) continue;
      shown++;
      fprintf(fp, "    - %s", x->opd >= 0 ? r->opd[x->opd].kode : "");
      if (x->nip) fprintf(fp, " NIP %lld", (long long)x->nip);
      if (x->kode[0]) fprintf(fp, " %s", x->kode);
      if (x->rincian[0]) fprintf(fp, " (%s)", x->rincian);
      fputc('\n', fp);
    }
    if (n > shown)
      fprintf(fp, en ? "    ... and %ld more (kinerja export: konsistensi.csv)\n"
                     : "    ... dan %ld lainnya (kinerja export: konsistensi.csv)\n",
              n - shown);
  }
}

int kj_cmd_check(const kj_cli_ctx *ctx, int argc, char **argv) {
  static const struct option opts[] = {{"year", required_argument, NULL, 'y'},
                                       {"min-group", required_argument, NULL, 'g'},
                                       {"lang", required_argument, NULL, 'l'},
                                       {NULL, 0, NULL, 0}};
  kj_cli_shared so = {0, 0, KJ_LANG_ID};
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1)
    if (kj_cli_shared_opt("check", c, argv, &so) < 0) return KJ_USAGE;
  if (optind < argc) return kj_cli_usage_error("check", "unexpected argument '%s'", argv[optind]);
  kj_cli_analysis a;
  int rc = kj_cli_analysis_open(ctx, so.year, so.min_group, &a);
  if (rc != KJ_OK) return rc;
  kj_error err = {0};
  if (kj_store_integrity(a.st, &err) != KJ_OK) {
    kj_cli_analysis_close(&a);
    return kj_cli_report(&err);
  }
  printf(so.lang == KJ_LANG_EN ? "kinerja: data quality check %d, %s\n"
                               : "kinerja: pemeriksaan kualitas data %d, %s\n",
         a.r->tahun, a.r->params.kota);
  printf(so.lang == KJ_LANG_EN ? "database: intact (PRAGMA integrity_check ok)\n"
                               : "basis data: utuh (PRAGMA integrity_check ok)\n");
  roster(a.r, (kj_lang)so.lang, stdout);
  per_opd(a.r, (kj_lang)so.lang, stdout);
  worst(a.r, (kj_lang)so.lang, stdout);
  findings(a.r, (kj_lang)so.lang, stdout);
  kj_cli_analysis_close(&a);
  return fflush(stdout) == 0 ? KJ_OK : KJ_IO;
}
