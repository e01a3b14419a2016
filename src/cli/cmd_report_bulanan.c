/* cmd_report_bulanan.c — `kinerja report bulanan [--periode YYYY-MM |
 * YYYY-MM..YYYY-MM] [--jobs N] --out FILE.xlsx|DIR`: the monthly monitoring
 * workbook (reports/bulanan/bulanan.h) and a short summary on the terminal,
 * for a scheduled job a few days after each month's e-Kinerja export. When
 * --out is an existing directory the workbook is DIR/pemantauan_YYYY-MM.xlsx
 * (one file per month, for the monthly routine of
 * scripts/pemantauan-bulanan.sh).
 *
 *   parameters (config, --min-group) -> kj_bulanan_open (the data of year(P),
 *   once per year) -> kj_bulanan_month (month P, default the latest month
 *   with monthly records) -> kj_bulanan_write (temporary file, renamed into
 *   place) -> summary on stdout (unless --quiet)
 *
 * A range of months (catching up, or a year of monitoring at once) writes
 * DIR/pemantauan_YYYY-MM.xlsx for each month, each equal to the workbook of
 * its month alone; the workbooks are written side by side by --jobs child
 * processes (default: the processors, at most 4; util/procs.h), and one
 * summary line per month is printed when all are done.
 *
 * Exit status (cli.md): 0; 1 usage; 2 no monthly data or a bad config; 3 the
 * workbook cannot be written; 4 database; 5 a bug.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analysis/bulanan.h"
#include "cli/analysis_cli.h"
#include "cli/commands.h"
#include "cli/report_cli.h"
#include "domain/period.h"
#include "reports/bulanan/bulanan.h"
#include "util/buf.h"
#include "util/fsutil.h"
#include "util/procs.h"
#include "util/xalloc.h"

static const char *ME = "report bulanan";

static int parse(int argc, char **argv, kj_report_opts *o, const char **periode, int *jobs) {
  static const struct option opts[] = {
      KJ_REPORT_LONGOPTS,
      {"periode", required_argument, NULL, 'p'},
      {"period", required_argument, NULL, 'p'},
      {"jobs", required_argument, NULL, 'j'},
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
    case 'p': {
      const char *dots = strstr(optarg, "..");
      char a[16];
      snprintf(a, sizeof a, "%.*s", dots ? (int)(dots - optarg) : 15, optarg);
      if (!kj_cli_is_month(a) || (dots && !kj_cli_is_month(dots + 2)) ||
          (dots && strcmp(a, dots + 2) > 0))
        return kj_cli_usage_error(ME, "--periode needs a month such as 2025-07 or a range of "
                                      "months such as 2025-01..2025-12, not '%s'", optarg);
      *periode = optarg;
      break;
    }
    case 'j': {
      long long v = kj_cli_parse_long(optarg, 1, KJ_PROCS_MAX);
      if (v < 1)
        return kj_cli_usage_error(ME, "--jobs needs a number from 1 to %d, not '%s'",
                                  KJ_PROCS_MAX, optarg);
      *jobs = (int)v;
      break;
    }
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
  char rentang[96] = "";
  if (!isnan(b->berulang_harapan))
    snprintf(rentang, sizeof rentang,
             l == KJ_LANG_EN ? " (if all were as punctual as the city: about %.0f, %.0f-%.0f)"
                             : " (jika semua setepat rata-rata kota: sekitar %.0f, kisaran %.0f-%.0f)",
             b->berulang_harapan, b->berulang_lo, b->berulang_hi);
  printf(l == KJ_LANG_EN ? "  on time %s; evaluators late repeatedly %d%s\n"
                         : "  tepat waktu %s; penilai terlambat berulang %d%s\n",
         p0, b->n_penilai_berulang, rentang);
  char kebetulan[32];
  kj_fmt_num(kebetulan, sizeof kebetulan, b->sinyal_kebetulan, 1, l);
  printf(l == KJ_LANG_EN ? "  control-chart signals %d OPD (about %s by chance; %d without enough "
                           "history); early warnings %zu; high performers without appreciation "
                           "%zu\n"
                         : "  sinyal diagram kendali %d OPD (sekitar %s karena kebetulan; %d "
                           "riwayat belum cukup); peringatan dini %zu; berprestasi tanpa "
                           "apresiasi %zu\n",
         b->n_sinyal, kebetulan, b->n_riwayat_kurang, b->n_peringatan, b->n_apresiasi);
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

/* One line per month of a range. */
static void summary_line(kj_buf *out, const kj_bulanan *b, const kj_report_opts *o,
                         const char *path) {
  kj_lang l = o->lang;
  const kj_bl_opd *k = &b->opd[KJ_KOTA(b->r)];
  char p0[32], p1[32];
  pct(p0, sizeof p0, k->kelengkapan[0], l);
  pct(p1, sizeof p1, k->tepat_waktu[0], l);
  kj_buf_printf(out,
                l == KJ_LANG_EN ? "%s: rated %ld of %ld (%s), on time %s, signals %d OPD, early "
                                  "warnings %zu, without appreciation %zu -> %s\n"
                                : "%s: dinilai %ld dari %ld (%s), tepat waktu %s, sinyal %d OPD, "
                                  "peringatan dini %zu, tanpa apresiasi %zu -> %s\n",
                b->periode, k->dinilai[0], k->roster[0], p0, p1, b->n_sinyal, b->n_peringatan,
                b->n_apresiasi, path);
}

/* The workbook of one month: FILE, or DIR/pemantauan_P.xlsx when out is a
 * directory (always for a range). */
static char *out_path(const char *out, const char *periode, int dir) {
  struct stat sb;
  if (!dir && !(stat(out, &sb) == 0 && S_ISDIR(sb.st_mode))) return xstrdup(out);
  char name[64];
  snprintf(name, sizeof name, "pemantauan_%s.xlsx", periode);
  return kj_path_join(out, name);
}

typedef struct months_job {      /* the months from (y0, m0) on, split over processes */
  const kj_cli_ctx *ctx;
  const kj_params *p;
  const kj_report_opts *o;
  int y0, m0, n_months;
  kj_bulanan_src *src0;          /* year y0, loaded before the split */
  kj_procs_queue *queue;         /* the months' indexes, taken in turn by the parts */
  int range;
} months_job;

/* Part k of n: the next month of the job's queue until none is left (in
 * increasing order); loads any other year through its own database
 * connection. On failure says why on stderr. */
static int months_part(int k, int n, void *arg, kj_buf *out) {
  (void)k, (void)n;
  const months_job *j = arg;
  const kj_report_opts *o = j->o;
  kj_error err = {0};
  kj_status s = KJ_OK;
  kj_store *st = NULL;
  kj_bulanan_src *own = NULL, *src = NULL;
  for (int i; s == KJ_OK && (i = kj_procs_queue_next(j->queue)) >= 0;) {
    int idx = j->y0 * 12 + (j->m0 - 1) + i, y = idx / 12, m = idx % 12 + 1;
    if (y == j->y0) {
      src = j->src0;
    } else if (!own || kj_bulanan_src_tahun(own) != y) {
      kj_bulanan_src_free(own);
      own = NULL;
      if (!st && (s = kj_store_open(j->ctx->db_path, KJ_OPEN_EXISTING, &st, &err)) != KJ_OK) break;
      if ((s = kj_bulanan_open(st, j->p, y, &own, &err)) != KJ_OK) break;
      src = own;
    } else {
      src = own;
    }
    char periode[16];
    snprintf(periode, sizeof periode, "%04d-%02d", y, m);
    kj_bulanan *b = NULL;
    if ((s = kj_bulanan_month(src, periode, &b, &err)) != KJ_OK) break;
    kj_buf cmd = {0};
    kj_buf_printf(&cmd, "kinerja report bulanan --periode %s --lang %s", b->periode,
                  o->lang == KJ_LANG_EN ? "en" : "id");
    if (o->min_group > 0) kj_buf_printf(&cmd, " --min-group %ld", o->min_group);
    if (o->anonymize) kj_buf_puts(&cmd, " --anonymize");
    kj_bulanan_opts bo = {.lang = o->lang, .anonymize = o->anonymize, .perintah = kj_buf_cstr(&cmd)};
    char *path = out_path(o->out, b->periode, j->range);
    int progress = !j->range && !j->ctx->quiet && j->ctx->progress;
    if (progress) fprintf(stderr, "report bulanan: writing %s ...\r", path);
    s = kj_bulanan_write(b, &bo, path, &err);
    if (progress) fprintf(stderr, "\r\033[K");
    if (s == KJ_OK && !j->ctx->quiet) {
      if (j->range) {
        summary_line(out, b, o, path);
      } else {
        summary(b, o);
        fprintf(stderr, "report bulanan: %s%s -> %s\n", b->periode,
                o->anonymize ? ", anonymised" : "", path);
      }
    }
    free(path);
    kj_buf_free(&cmd);
    kj_bulanan_free(b);
  }
  kj_bulanan_src_free(own);
  kj_store_close(st);
  return s == KJ_OK ? 0 : kj_cli_report(&err);
}

static int cmp_line(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Prints the summary lines of a range in month order (each starts with
 * its YYYY-MM). */
static void print_lines(kj_buf *text) {
  size_t n = 0, cap = 0;
  char **line = NULL;
  for (char *p = text->data, *nl; p && *p; p = nl + 1) {
    if (!(nl = strchr(p, '\n'))) break;
    *nl = '\0';
    if (n == cap) line = xreallocarray(line, cap = cap ? cap * 2 : 16, sizeof *line);
    line[n++] = p;
  }
  if (n) qsort(line, n, sizeof *line, cmp_line);
  for (size_t i = 0; i < n; i++) puts(line[i]);
  fflush(stdout);
  free(line);
}

/* Writes the workbook of each month from..to (and closes st): the data of
 * the first year is loaded once here, then `jobs` processes (this one and
 * jobs - 1 children, util/procs.h) take the months in turn (each month's
 * workbook equals the workbook of that month alone; months differ in cost,
 * so taking them in turn rather than every n-th keeps the processes busy
 * to the end). Every workbook written is complete; a part stops at its
 * first failure. */
static kj_status run_months(const kj_cli_ctx *ctx, kj_store *st, const kj_params *p,
                            const kj_report_opts *o, const char *from, const char *to,
                            int range, int jobs, int *reported, kj_error *err) {
  months_job j = {.ctx = ctx, .p = p, .o = o, .range = range};
  int y1 = 0, m1 = 0;
  sscanf(from, "%4d-%2d", &j.y0, &j.m0);
  sscanf(to, "%4d-%2d", &y1, &m1);
  j.n_months = (y1 * 12 + m1) - (j.y0 * 12 + j.m0) + 1;
  kj_status s = kj_bulanan_open(st, p, j.y0, &j.src0, err);
  kj_store_close(st); /* the parts open their own when they need one */
  if (s != KJ_OK) return s;
  kj_buf lines = {0};
  j.queue = kj_procs_queue_new(j.n_months);
  int rc = kj_procs_split(j.n_months < jobs ? j.n_months : jobs, months_part, &j, &lines);
  kj_procs_queue_free(j.queue);
  if (rc == 0) print_lines(&lines);
  kj_buf_free(&lines);
  kj_bulanan_src_free(j.src0);
  *reported = rc != 0; /* the part that failed said why */
  return rc == 0 ? KJ_OK : (kj_status)rc;
}

int kj_report_bulanan(const kj_cli_ctx *ctx, int argc, char **argv) {
  kj_report_opts o = {0, KJ_LANG_ID, 0, 0, NULL};
  const char *periode = NULL;
  int jobs = kj_cpu_count() < 4 ? kj_cpu_count() : 4;
  int rc = parse(argc, argv, &o, &periode, &jobs);
  if (rc != KJ_OK) return rc;
  kj_params p;
  if ((rc = kj_cli_load_params(ctx, &p)) != KJ_OK) return rc;
  if (o.min_group > 0) p.min_kelompok = o.min_group;
  kj_error err = {0};
  kj_store *st = NULL;
  kj_status status;
  int reported = 0;
  char from[16] = "", to[16] = "";
  const char *dots = periode ? strstr(periode, "..") : NULL;
  if ((status = kj_store_open(ctx->db_path, KJ_OPEN_EXISTING, &st, &err)) != KJ_OK) goto out;
  if (dots) {
    snprintf(from, sizeof from, "%.*s", (int)(dots - periode), periode);
    snprintf(to, sizeof to, "%s", dots + 2);
    if ((status = kj_mkdirs(o.out, &err)) != KJ_OK) goto out;
  } else if (periode) {
    snprintf(from, sizeof from, "%s", periode);
    snprintf(to, sizeof to, "%s", periode);
  } else {
    if ((status = kj_bulanan_latest(st, from, &err)) != KJ_OK) goto out;
    snprintf(to, sizeof to, "%s", from);
  }
  status = run_months(ctx, st, &p, &o, from, to, dots != NULL, dots ? jobs : 1, &reported,
                      &err);
  st = NULL; /* closed by run_months */
out:
  kj_store_close(st);
  if (status == KJ_OK) return KJ_OK;
  return reported ? (int)status : kj_cli_report(&err);
}
