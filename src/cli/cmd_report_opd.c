/* cmd_report_opd.c — `kinerja report opd --unit CODE | --all`: the Rapor
 * OPD workbooks (reports/rapor.h) for the heads of OPD.
 *
 *   kj_report_analysis (config, --min-group, year Y, the default trend
 *   window; report_cli.h) -> kj_opd_rinci_new (sub-units) ->
 *   kj_rapor_write per OPD (temporary file, renamed into place)
 *
 * The analysis runs once; --all then writes one workbook per OPD with staff
 * in Y into the --out directory. File names come from the unit code through
 * kj_rapor_file_name (only [A-Za-z0-9._-], cli.md), never from free text,
 * so no code can name a file outside --out; two codes that would give the
 * same name on a case-insensitive file system stop the run before anything
 * is written.
 *
 * Exit status (cli.md): 0; 1 usage (also an unknown OPD code); 2 no data for
 * the year or a bad config; 3 a workbook cannot be written; 4 database; 5 a
 * bug.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "analysis/study.h"
#include "charts/chart.h"
#include "cli/commands.h"
#include "cli/report_cli.h"
#include "reports/rapor/rapor.h"
#include "util/buf.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

typedef struct opd_opts {
  kj_report_opts common; /* --year, --lang, --anonymize, --min-group, --out */
  const char *unit;      /* --unit CODE, or NULL with --all */
  int all;
} opd_opts;

static const char *ME = "report opd";

static int parse(int argc, char **argv, opd_opts *o) {
  static const struct option opts[] = {
      KJ_REPORT_LONGOPTS,
      {"unit", required_argument, NULL, 'u'},
      {"all", no_argument, NULL, 'A'},
      {NULL, 0, NULL, 0},
  };
  int c;
  opterr = 0;
  optind = 0; /* glibc: full re-initialisation, argv is a new vector */
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    int rc = kj_report_option(ME, c, optarg, &o->common);
    if (rc == KJ_OK) continue;
    if (rc > 0) return rc;
    switch (c) {
    case 'u': o->unit = optarg; break;
    case 'A': o->all = 1; break;
    case ':': return kj_cli_usage_error(ME, "%s needs a value", argv[optind - 1]);
    default: return kj_cli_usage_error(ME, "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind < argc) return kj_cli_usage_error(ME, "unexpected argument '%s'", argv[optind]);
  if (!!o->unit == o->all)
    return kj_cli_usage_error(ME, "give either --unit CODE (one OPD) or --all (every OPD)");
  if (o->unit && !*o->unit) return kj_cli_usage_error(ME, "--unit needs an OPD code");
  if (!o->common.out || !*o->common.out)
    return kj_cli_usage_error(ME, o->all ? "--out DIR is required" : "--out FILE.xlsx is required");
  return KJ_OK;
}

/* The command as the Metodologi sheet records it for OPD kode: the
 * effective options, never the output path (the same OPD written by --unit
 * or by --all, into any directory, gives the same bytes). */
static void command_text(const opd_opts *o, const kj_analysis *r, const char *kode, kj_buf *b) {
  kj_buf_reset(b);
  kj_buf_printf(b, "kinerja report opd --unit %s", kode);
  kj_report_command_text(&o->common, r, b);
}

static int is_dir(const char *p) {
  struct stat sb;
  return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* The OPD with code kode: exact, else ignoring case (codes are stored in
 * upper case, people type them as they like). A sub-unit's code is refused
 * with the name of its OPD. */
static int find_opd(const kj_analysis *r, const char *kode, kj_error *err) {
  int o = kj_analysis_find_opd(r, kode);
  if (o >= 0 && o < r->n_opd) return o;
  for (o = 0; o < r->n_opd; o++)
    if (strcasecmp(r->opd[o].kode, kode) == 0) return o;
  for (int u = 0; u < r->n_unit; u++)
    if (strcasecmp(r->unit[u].kode, kode) == 0 && r->unit[u].opd >= 0) {
      kj_fail(err, KJ_USAGE, "%s: unit %s is not an OPD; it belongs to OPD %s (use --unit %s)", ME,
              r->unit[u].kode, r->opd[r->unit[u].opd].kode, r->opd[r->unit[u].opd].kode);
      return -1;
    }
  kj_fail(err, KJ_USAGE, "%s: there is no OPD with code '%s' (kinerja summary lists them)", ME,
          kode);
  return -1;
}

typedef struct job {
  int opd;
  char *path;
} job;

/* The workbooks to write: one path per OPD. --all: every OPD with staff in
 * Y, named by kj_rapor_file_name inside --out (created when missing). */
static kj_status plan(const opd_opts *o, const kj_analysis *r, job **jobs, int *n, kj_error *err) {
  *jobs = xcalloc((size_t)r->n_opd + 1, sizeof **jobs);
  *n = 0;
  if (o->unit) {
    int k = find_opd(r, o->unit, err);
    if (k < 0) return err->status;
    char *name = kj_rapor_file_name(r->opd[k].kode, r->tahun);
    const char *out = o->common.out;
    (*jobs)[(*n)++] = (job){k, is_dir(out) ? kj_path_join(out, name) : xstrdup(out)};
    free(name);
    return KJ_OK;
  }
  kj_status s = kj_mkdirs(o->common.out, err);
  if (s != KJ_OK) return s;
  for (int k = 0; k < r->n_opd; k++) {
    if (r->stat[k].n_pegawai == 0) continue;
    char *name = kj_rapor_file_name(r->opd[k].kode, r->tahun);
    for (int i = 0; i < *n; i++)
      if (strcasecmp(kj_path_base((*jobs)[i].path), name) == 0) {
        s = kj_fail(err, KJ_DATA,
                    "%s: OPD %s and %s would both be written to %s (file names compare without "
                    "case on some systems); nothing was written",
                    ME, r->opd[(*jobs)[i].opd].kode, r->opd[k].kode, name);
        free(name);
        return s;
      }
    (*jobs)[(*n)++] = (job){k, kj_path_join(o->common.out, name)};
    free(name);
  }
  if (*n == 0) return kj_fail(err, KJ_DATA, "%s: no OPD has appraised staff in %d", ME, r->tahun);
  return KJ_OK;
}

int kj_report_opd(const kj_cli_ctx *ctx, int argc, char **argv) {
  opd_opts o = {{0, KJ_LANG_ID, 0, 0, NULL}, NULL, 0};
  int rc = parse(argc, argv, &o);
  if (rc != KJ_OK) return rc;
  kj_analysis *r = NULL;
  if ((rc = kj_report_analysis(ctx, &o.common, 0, 0, &r)) != KJ_OK) return rc;
  kj_error err = {0};
  kj_opd_rinci *x = kj_opd_rinci_new(r);
  job *jobs = NULL;
  int n = 0;
  kj_buf cmd = {0};
  kj_status s = plan(&o, r, &jobs, &n, &err);
  for (int i = 0; i < n && s == KJ_OK; i++) {
    command_text(&o, r, r->opd[jobs[i].opd].kode, &cmd);
    kj_rapor_opts ro = {
        .lang = o.common.lang, .anonymize = o.common.anonymize, .perintah = kj_buf_cstr(&cmd)};
    if (!ctx->quiet && ctx->progress)
      fprintf(stderr, "\r\033[Kreport opd: %d/%d %s", i + 1, n, r->opd[jobs[i].opd].kode);
    s = kj_rapor_write(r, x, jobs[i].opd, &ro, jobs[i].path, &err);
  }
  if (!ctx->quiet && ctx->progress) fprintf(stderr, "\r\033[K");
  if (s == KJ_OK && !ctx->quiet) {
    const char *anon = o.common.anonymize ? ", anonymised" : "";
    if (o.unit)
      fprintf(stderr, "report opd: %s, year %d, %d sheets%s -> %s\n", r->opd[jobs[0].opd].kode,
              r->tahun, kj_rapor_sheet_count(), anon, jobs[0].path);
    else
      fprintf(stderr, "report opd: %d workbooks, year %d%s -> %s\n", n, r->tahun, anon,
              o.common.out);
  }
  for (int i = 0; i < n; i++) free(jobs[i].path);
  free(jobs);
  kj_buf_free(&cmd);
  kj_opd_rinci_free(x);
  kj_analysis_free(r);
  return s == KJ_OK ? KJ_OK : kj_cli_report(&err);
}
