/* cmd_report_bulanan.c — `kinerja report bulanan [--periode YYYY-MM] --out
 * FILE.xlsx|DIR`: the monthly monitoring workbook (reports/bulanan/bulanan.h)
 * and a short summary on the terminal, for a scheduled job a few days after
 * each month's e-Kinerja export. When --out is an existing directory the
 * workbook is DIR/pemantauan_YYYY-MM.xlsx (one file per month, for the
 * monthly routine of scripts/pemantauan-bulanan.sh).
 *
 *   parameters (config, --min-group) -> kj_bulanan_run (month P, default the
 *   latest month with monthly records) -> kj_bulanan_write (temporary file,
 *   renamed into place) -> summary on stdout (unless --quiet)
 *
 * Exit status (cli.md): 0; 1 usage; 2 no monthly data or a bad config; 3 the
 * workbook cannot be written; 4 database; 5 a bug.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "analysis/bulanan.h"
#include "cli/analysis_cli.h"
#include "cli/commands.h"
#include "cli/report_cli.h"
#include "domain/period.h"
#include "reports/bulanan/bulanan.h"
#include "util/buf.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

static const char *ME = "report bulanan";

static int parse(int argc, char **argv, kj_report_opts *o, const char **periode) {
  static const struct option opts[] = {
      KJ_REPORT_LONGOPTS,
      {"periode", required_argument, NULL, 'p'},
      {"period", required_argument, NULL, 'p'},
      {NULL, 0, NULL, 0},
  };
  int c;
  opterr = 0;
  optind = 0; /* glibc: full re-initialisation, argv is a new vector */
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    if (c == 'y') return kj_cli_usage_error(ME, "the monthly report takes --periode YYYY-MM, not --year");
    int rc = kj_report_option(ME, c, optarg, o);
    if (rc == KJ_OK) continue;
    if (rc > 0) return rc;
    switch (c) {
    case 'p':
      if (!kj_cli_is_month(optarg))
        return kj_cli_usage_error(ME, "--periode needs a month such as 2025-07, not '%s'", optarg);
      *periode = optarg;
      break;
    case ':': return kj_cli_usage_error(ME, "%s needs a value", argv[optind - 1]);
    default: return kj_cli_usage_error(ME, "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind < argc) return kj_cli_usage_error(ME, "unexpected argument '%s'", argv[optind]);
  if (!o->out || !*o->out) return kj_cli_usage_error(ME, "--out FILE.xlsx is required");
  return KJ_OK;
}

static void pct(char *out, size_t cap, double v, kj_lang l) {
  if (isnan(v)) snprintf(out, cap, "-");
  else kj_fmt_pct(out, cap, v, 1, l);
}

/* The short terminal summary (stdout): the month's figures and the actions. */
static void summary(const kj_bulanan *b, const kj_report_opts *o) {
  kj_lang l = o->lang;
  const kj_bl_opd *k = &b->opd[KJ_KOTA(b->r)];
  char p0[32], p1[32], p2[32], bulan[64];
  kj_period per;
  char why[8];
  if (kj_period_parse(b->periode, &per, why, (int)sizeof why) == 0)
    kj_period_label(per, l == KJ_LANG_EN, 0, bulan, (int)sizeof bulan);
  else
    snprintf(bulan, sizeof bulan, "%s", b->periode);
  pct(p0, sizeof p0, k->kelengkapan[0], l);
  pct(p1, sizeof p1, k->kelengkapan[1], l);
  pct(p2, sizeof p2, k->kelengkapan[2], l);
  printf(l == KJ_LANG_EN ? "Monthly monitoring %s (ratings up to %s)\n"
                         : "Pemantauan bulanan %s (penilaian sampai %s)\n",
         bulan, b->tanggal_data[0] ? b->tanggal_data : "-");
  printf(l == KJ_LANG_EN ? "  rated %ld of %ld (%s; previous month %s, a year ago %s)\n"
                         : "  dinilai %ld dari %ld (%s; bulan lalu %s, setahun lalu %s)\n",
         k->dinilai[0], k->roster[0], p0, p1, p2);
  pct(p0, sizeof p0, k->tepat_waktu[0], l);
  printf(l == KJ_LANG_EN ? "  on time %s; evaluators late repeatedly %d\n"
                         : "  tepat waktu %s; penilai terlambat berulang %d\n",
         p0, b->n_penilai_berulang);
  printf(l == KJ_LANG_EN ? "  control-chart signals %d OPD (%d without enough history); "
                           "early warnings %zu; high performers without appreciation %zu\n"
                         : "  sinyal diagram kendali %d OPD (%d riwayat belum cukup); "
                           "peringatan dini %zu; berprestasi tanpa apresiasi %zu\n",
         b->n_sinyal, b->n_riwayat_kurang, b->n_peringatan, b->n_apresiasi);
  char *akt[KJ_BL_AKSI_MAX];
  int n = kj_bulanan_actions(b, l, o->anonymize, akt);
  if (n) printf(l == KJ_LANG_EN ? "Most urgent:\n" : "Paling mendesak:\n");
  for (int i = 0; i < n; i++) {
    kj_buf line = {0};
    kj_buf_printf(&line, "%d. %s", i + 1, akt[i]);
    kj_cli_wrap(stdout, kj_buf_cstr(&line), 2, 5, 96);
    kj_buf_free(&line);
    free(akt[i]);
  }
  fflush(stdout);
}

int kj_report_bulanan(const kj_cli_ctx *ctx, int argc, char **argv) {
  kj_report_opts o = {0, KJ_LANG_ID, 0, 0, NULL};
  const char *periode = NULL;
  int rc = parse(argc, argv, &o, &periode);
  if (rc != KJ_OK) return rc;
  kj_params p;
  if ((rc = kj_cli_load_params(ctx, &p)) != KJ_OK) return rc;
  if (o.min_group > 0) p.min_kelompok = o.min_group;
  kj_error err = {0};
  kj_store *st = NULL;
  kj_bulanan *b = NULL;
  kj_buf cmd = {0};
  char *path = NULL;
  kj_status status;
  if ((status = kj_store_open(ctx->db_path, KJ_OPEN_EXISTING, &st, &err)) != KJ_OK) goto out;
  if ((status = kj_bulanan_run(st, &p, periode, &b, &err)) != KJ_OK) goto out;
  kj_store_close(st);
  st = NULL;
  kj_buf_printf(&cmd, "kinerja report bulanan --periode %s --lang %s", b->periode,
                o.lang == KJ_LANG_EN ? "en" : "id");
  if (o.min_group > 0) kj_buf_printf(&cmd, " --min-group %ld", o.min_group);
  if (o.anonymize) kj_buf_puts(&cmd, " --anonymize");
  kj_bulanan_opts bo = {.lang = o.lang, .anonymize = o.anonymize, .perintah = kj_buf_cstr(&cmd)};
  struct stat sb;
  if (stat(o.out, &sb) == 0 && S_ISDIR(sb.st_mode)) { /* one workbook per month */
    char name[64];
    snprintf(name, sizeof name, "pemantauan_%s.xlsx", b->periode);
    path = kj_path_join(o.out, name);
  } else {
    path = xstrdup(o.out);
  }
  if (!ctx->quiet && ctx->progress) fprintf(stderr, "report bulanan: writing %s ...\r", path);
  status = kj_bulanan_write(b, &bo, path, &err);
  if (!ctx->quiet && ctx->progress) fprintf(stderr, "\r\033[K");
  if (status != KJ_OK) goto out;
  if (!ctx->quiet) {
    summary(b, &o);
    fprintf(stderr, "report bulanan: %s%s -> %s\n", b->periode, o.anonymize ? ", anonymised" : "",
            path);
  }
out:
  free(path);
  kj_buf_free(&cmd);
  kj_bulanan_free(b);
  kj_store_close(st);
  return status == KJ_OK ? KJ_OK : kj_cli_report(&err);
}
