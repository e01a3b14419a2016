/* analysis_cli.c — config, database and analysis run for the analysis
 * commands (analysis_cli.h). */
#include "cli/analysis_cli.h"

#include "util/text.h"

#include <getopt.h>
#include <string.h>

int kj_cli_load_params(const kj_cli_ctx *ctx, kj_params *p) {
  kj_error err = {0};
  if (kj_params_load(p, ctx->config_path, ctx->config_explicit, &err) != KJ_OK)
    return kj_cli_report(&err);
  return KJ_OK;
}

int kj_cli_analysis_open(const kj_cli_ctx *ctx, int year, long min_group, kj_cli_analysis *a) {
  memset(a, 0, sizeof *a);
  int rc = kj_cli_load_params(ctx, &a->params);
  if (rc != KJ_OK) return rc;
  if (min_group > 0) a->params.min_kelompok = min_group;
  kj_error err = {0};
  if (kj_store_open(ctx->db_path, KJ_OPEN_EXISTING, &a->st, &err) != KJ_OK ||
      kj_analysis_run(a->st, &a->params, year, 0, 0, &a->r, &err) != KJ_OK) {
    kj_cli_analysis_close(a);
    return kj_cli_report(&err);
  }
  return KJ_OK;
}

void kj_cli_analysis_close(kj_cli_analysis *a) {
  if (!a) return;
  kj_analysis_free(a->r);
  kj_store_close(a->st);
  a->r = NULL;
  a->st = NULL;
}

int kj_cli_shared_opt(const char *cmd, int c, char **argv, kj_cli_shared *o) {
  switch (c) {
  case 'y':
    if ((o->year = kj_cli_parse_year(optarg)) >= 0) return 1;
    kj_cli_usage_error(cmd, "--year needs a year such as 2025, not '%s'", optarg);
    return -1;
  case 'g':
    if ((o->min_group = kj_cli_parse_min_group(optarg)) >= 0) return 1;
    kj_cli_usage_error(cmd, "--min-group needs a number from 1 to 1000000, not '%s'", optarg);
    return -1;
  case 'l':
    if ((o->lang = kj_cli_parse_lang(optarg)) >= 0) return 1;
    kj_cli_usage_error(cmd, "--lang is id or en, not '%s'", optarg);
    return -1;
  case ':': kj_cli_usage_error(cmd, "%s needs a value", argv[optind - 1]); return -1;
  case '?': kj_cli_usage_error(cmd, "unknown option '%s'", argv[optind - 1]); return -1;
  default: return 0;
  }
}

int kj_cli_parse_year(const char *s) { return (int)kj_cli_parse_long(s, 1900, 2199); }

long kj_cli_parse_min_group(const char *s) { return kj_cli_parse_long(s, 1, 1000000); }

int kj_cli_is_month(const char *s) {
  if (strlen(s) != 7 || s[4] != '-') return 0;
  for (int i = 0; i < 7; i++)
    if (i != 4 && (s[i] < '0' || s[i] > '9')) return 0;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  return y >= 1900 && y <= 2199 && m >= 1 && m <= 12;
}

int kj_cli_parse_lang(const char *s) {
  if (strcmp(s, "id") == 0) return KJ_LANG_ID;
  if (strcmp(s, "en") == 0) return KJ_LANG_EN;
  return -1;
}

void kj_cli_wrap(FILE *fp, const char *text, int first, int rest, int width) {
  int col = 0, indent = first;
  const char *p = text;
  while (*p) {
    while (*p == ' ') p++;
    if (!*p) break;
    const char *e = p;
    while (*e && *e != ' ') e++;
    if (e[0] == ' ' && e[1] == '%') /* "47,3 %": the sign stays with its number */
      for (e += 2; *e && *e != ' ';) e++;
    else if (e[0] == ' ' && (e[1] == '=' || e[1] == '<') && e[2] == ' ') /* "p = 0,012" */
      for (e += 3; *e && *e != ' ';) e++;
    char word[256];
    size_t n = (size_t)(e - p) < sizeof word - 1 ? (size_t)(e - p) : sizeof word - 1;
    memcpy(word, p, n);
    word[n] = '\0';
    int w = (int)kj_utf8_len(word);
    if (col > indent && col + 1 + w > width) {
      fputc('\n', fp);
      col = 0;
      indent = rest;
    }
    if (col == 0) {
      fprintf(fp, "%*s", indent, "");
      col = indent;
    } else {
      fputc(' ', fp);
      col++;
    }
    fwrite(p, 1, (size_t)(e - p), fp);
    col += w;
    p = e;
  }
  if (col) fputc('\n', fp);
}

void kj_cli_cell(FILE *fp, const char *s, int w, int right) {
  char buf[256];
  snprintf(buf, sizeof buf, "%s", s ? s : "");
  if (kj_utf8_truncate(buf, (size_t)w)) { /* mark the cut with an ellipsis */
    kj_utf8_truncate(buf, (size_t)(w > 1 ? w - 1 : 0));
    size_t n = strlen(buf);
    snprintf(buf + n, sizeof buf - n, "…");
  }
  int pad = w - (int)kj_utf8_len(buf);
  if (right) fprintf(fp, "%*s%s", pad > 0 ? pad : 0, "", buf);
  else fprintf(fp, "%s%*s", buf, pad > 0 ? pad : 0, "");
}
