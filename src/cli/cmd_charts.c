/* cmd_charts.c — `kinerja charts`: every chart of the analysis year as a
 * file (PNG, SVG or PDF) in --out; with --periode YYYY-MM the control chart
 * (kind kendali) of each OPD and the city for that month instead, the charts
 * the Pemantauan Bulanan workbook draws natively in Excel.
 *
 * The pipeline end to end: parameters (config, --min-group), the analysis
 * of year Y (src/analysis), the list of figures (src/figures, the same list
 * the workbooks embed), one file per figure drawn by the chart library.
 * File names are the figures' stems, built from unit codes through
 * kj_safe_filename, so nothing lands outside --out; each file is written to
 * a temporary file and renamed into place. A chart that fails is reported
 * and the others are still written; the exit status is then the first
 * failure's. Exit status: 0, 1 (usage), 2 (no data for the year), 3 (cannot
 * write), 4 (database), 5 (a bug).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/analysis.h"
#include "analysis/bulanan.h"
#include "cli/analysis_cli.h"
#include "cli/commands.h"
#include "figures/figures.h"
#include "util/fsutil.h"

typedef struct charts_opts {
  int year; /* 0 = latest with data */
  const char *periode; /* --periode YYYY-MM: the monthly control charts instead */
  kj_chart_format format;
  kj_lang lang;
  long min_group; /* 0 = the configured min_kelompok */
  const char *out;
} charts_opts;

static int parse(int argc, char **argv, charts_opts *o) {
  static const struct option opts[] = {
      {"year", required_argument, NULL, 'y'}, {"format", required_argument, NULL, 'f'},
      {"lang", required_argument, NULL, 'l'}, {"min-group", required_argument, NULL, 'm'},
      {"out", required_argument, NULL, 'o'},  {"periode", required_argument, NULL, 'p'},
      {"period", required_argument, NULL, 'p'}, {NULL, 0, NULL, 0},
  };
  int c;
  long v;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    switch (c) {
    case 'y':
      if ((v = kj_cli_parse_year(optarg)) < 0)
        return kj_cli_usage_error("charts", "--year needs a year from 1900 to 2199, not '%s'",
                                  optarg);
      o->year = (int)v;
      break;
    case 'f':
      if ((v = kj_chart_format_parse(optarg)) < 0)
        return kj_cli_usage_error("charts", "--format must be png, svg or pdf, not '%s'", optarg);
      o->format = (kj_chart_format)v;
      break;
    case 'l':
      if ((v = kj_cli_parse_lang(optarg)) < 0)
        return kj_cli_usage_error("charts", "--lang must be id or en, not '%s'", optarg);
      o->lang = (kj_lang)v;
      break;
    case 'm':
      if ((v = kj_cli_parse_long(optarg, 1, 1000000)) < 0)
        return kj_cli_usage_error("charts",
                                  "--min-group needs a number from 1 to 1000000, not '%s'", optarg);
      o->min_group = v;
      break;
    case 'o': o->out = optarg; break;
    case 'p':
      if (!kj_cli_is_month(optarg))
        return kj_cli_usage_error("charts", "--periode needs a month such as 2025-07, not '%s'",
                                  optarg);
      o->periode = optarg;
      break;
    case ':': return kj_cli_usage_error("charts", "%s needs a value", argv[optind - 1]);
    default: return kj_cli_usage_error("charts", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind < argc) return kj_cli_usage_error("charts", "unexpected argument '%s'", argv[optind]);
  if (!o->out || !*o->out) return kj_cli_usage_error("charts", "--out DIR is required");
  if (o->periode && o->year)
    return kj_cli_usage_error("charts", "--periode (monthly charts) and --year exclude each other");
  return KJ_OK;
}

/* Draws every figure of l into dir; returns the first failure (after trying
 * the rest). */
static kj_status write_all(const kj_cli_ctx *ctx, const kj_figure_list *l, const charts_opts *o,
                           int *written) {
  kj_status first = KJ_OK;
  const char *ext = kj_chart_format_ext(o->format);
  for (int i = 0; i < l->n; i++) {
    const kj_figure *f = &l->f[i];
    char name[sizeof f->stem + 8];
    snprintf(name, sizeof name, "%s.%s", f->stem, ext);
    char *path = kj_path_join(o->out, name);
    kj_chart_result res = {0};
    kj_error err = {0};
    kj_status st = kj_figure_render(f, o->format, path, &res, &err);
    if (st == KJ_OK) {
      (*written)++;
      if (!ctx->quiet) {
        if (res.width_px)
          fprintf(stderr, "  %s (%d x %d px)\n", path, res.width_px, res.height_px);
        else
          fprintf(stderr, "  %s (%.0f x %.0f pt)\n", path, res.width_pt, res.height_pt);
      }
    } else {
      fprintf(stderr, "kinerja charts: %s: %s\n", path, err.msg);
      if (first == KJ_OK) first = st;
    }
    kj_chart_result_free(&res);
    free(path);
  }
  return first;
}

int kj_cmd_charts(const kj_cli_ctx *ctx, int argc, char **argv) {
  charts_opts o = {0, NULL, KJ_CHART_PNG, KJ_LANG_ID, 0, NULL};
  int rc = parse(argc, argv, &o);
  if (rc != KJ_OK) return rc;

  kj_params p;
  if ((rc = kj_cli_load_params(ctx, &p)) != KJ_OK) return rc;
  if (o.min_group > 0) p.min_kelompok = o.min_group;
  kj_error err = {0};
  kj_store *st = NULL;
  kj_analysis *r = NULL;
  kj_bulanan *b = NULL;
  kj_figure_list list = {0};
  int written = 0;
  kj_status s;
  char what[64];
  if ((s = kj_store_open(ctx->db_path, KJ_OPEN_EXISTING, &st, &err)) != KJ_OK) goto out;
  if (o.periode) { /* the control charts of the monthly monitoring */
    if ((s = kj_bulanan_run(st, &p, o.periode, &b, &err)) != KJ_OK) goto out;
    snprintf(what, sizeof what, "month %s", b->periode);
  } else {
    if ((s = kj_analysis_run(st, &p, o.year, 0, 0, &r, &err)) != KJ_OK) goto out;
    snprintf(what, sizeof what, "year %d", r->tahun);
  }
  kj_store_close(st);
  st = NULL;
  s = b ? kj_figures_bulanan(b, o.lang, &list, &err) : kj_figures_all(r, o.lang, &list, &err);
  if (s != KJ_OK) goto out;
  if ((s = kj_mkdirs(o.out, &err)) != KJ_OK) goto out;
  if (!ctx->quiet)
    fprintf(stderr, "charts: %s, %d charts (%s) -> %s/\n", what, list.n,
            kj_chart_format_ext(o.format), o.out);
  s = write_all(ctx, &list, &o, &written);
  if (!ctx->quiet) {
    for (int i = 0; i < list.n_skipped; i++)
      fprintf(stderr, "charts: skipped %s\n", list.skipped[i]);
    fprintf(stderr, "charts: %d of %d written\n", written, list.n);
  }
  if (s != KJ_OK) err.status = s, err.msg[0] = '\0'; /* each failure was printed already */
out:
  kj_figure_list_free(&list);
  kj_analysis_free(r);
  kj_bulanan_free(b);
  kj_store_close(st);
  if (s != KJ_OK) return err.msg[0] ? kj_cli_report(&err) : (int)s;
  return KJ_OK;
}
