/* params.c — analysis parameters: defaults and the INI config (params.h).
 *
 * The file is read with libinih through ini_parse_stream and a reader of our
 * own, for two reasons: the reader counts physical lines, so an error found
 * in the handler (unknown key, bad value) names its line even though inih
 * only reports the first failing line number; and it notices lines longer
 * than inih's fixed buffer, which inih would otherwise split silently into
 * two "lines". Parsing stops being lenient at the first problem: a config
 * that says something we do not understand is an error, never ignored.
 */
#include "analysis/params.h"
#include "util/text.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <ini.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void kj_params_defaults(kj_params *p) {
  memset(p, 0, sizeof *p);
  p->min_kelompok = 5;
  p->alpha = 0.05;
  p->efek_min = 0.2;
  p->capaian_maks = 120.0;
  p->capaian_tambahan = 1;
  p->skm_bobot = 1.0 / 9.0;
  snprintf(p->skm_bobot_text, sizeof p->skm_bobot_text, "1/9");
  p->skm_min_responden = 30;
  p->batas_hari = 5;
  p->teladan_per_opd = 3;
  p->tepat_min = 0.9;
  p->skp_ganda = KJ_SKP_GANDA_TERAKHIR;
  p->skm_periode = 1; /* triwulan */
  p->tren_min_ikp = 2.0;
  p->tren_min_capaian = 1.0;
  p->tren_min_nilai = 0.10;
  p->kesetaraan_min = 5.0;
  p->seed = 20260101;
  for (int o = 0; o < KJ_ORG_N; o++) kj_curve_defaults((kj_predikat_org)o, &p->kurva[o]);
  snprintf(p->instansi, sizeof p->instansi, "BKPSDM Kota Padangsidimpuan");
  snprintf(p->kota, sizeof p->kota, "Kota Padangsidimpuan");
}

static const char *const skp_ganda_names[] = {"terakhir", "bulan", "terendah"};

int kj_skp_ganda_parse(const char *s) {
  for (int i = 0; i < 3; i++)
    if (strcasecmp(s, skp_ganda_names[i]) == 0) return i;
  return -1;
}

const char *kj_skp_ganda_name(int g) { return g >= 0 && g < 3 ? skp_ganda_names[g] : "?"; }

/* ---- reading ------------------------------------------------------------- */

enum { SEC_NONE, SEC_UMUM, SEC_ANALISIS, SEC_KURVA, SEC_IMPOR, SEC_SKM_FORM };

/* Scalar keys: where they live and which line set them (duplicates are errors). */
static const struct {
  const char *key;
  int section;
} scalar_keys[] = {
    {"instansi", SEC_UMUM},          {"kota", SEC_UMUM},
    {"min_kelompok", SEC_ANALISIS},  {"alpha", SEC_ANALISIS},
    {"efek_min", SEC_ANALISIS},      {"capaian_maks", SEC_ANALISIS},
    {"capaian_tambahan", SEC_ANALISIS}, {"skm_bobot", SEC_ANALISIS},
    {"skm_min_responden", SEC_ANALISIS}, {"batas_hari", SEC_ANALISIS},
    {"teladan_per_opd", SEC_ANALISIS}, {"tepat_min", SEC_ANALISIS},
    {"skp_ganda", SEC_IMPOR},
    {"periode", SEC_SKM_FORM},        {"tanggal", SEC_SKM_FORM},
    {"tren_min.ikp", SEC_ANALISIS},
    {"tren_min.capaian", SEC_ANALISIS}, {"tren_min.berakhlak", SEC_ANALISIS},
    {"kesetaraan_min", SEC_ANALISIS}, {"seed", SEC_ANALISIS},
};
#define N_SCALAR ((int)(sizeof scalar_keys / sizeof scalar_keys[0]))

typedef struct reader {
  FILE *fp;          /* file source, or */
  const char *text;  /* string source (advanced as it is read) */
  long line;         /* physical lines handed to inih */
  long long_line;    /* first line that did not fit, 0 = none */
  long bad_section;  /* first line with an unknown [section], 0 = none */
  char bad_name[64]; /* its name */
} reader;

static int section_of(const char *s, int *org);

typedef struct load_ctx {
  kj_params *p;
  reader *rd;
  const char *name;
  long err_line;                 /* line of msg, 0 = no error yet */
  char msg[1024];
  long set_line[N_SCALAR];       /* line that set each scalar key */
  int kurva_seen[KJ_ORG_N];      /* section's first rule replaces the defaults */
} load_ctx;

/* inih's fgets-style reader: one physical line per call; the rest of a line
 * longer than the buffer is skipped and remembered as an error. */
static char *read_line(char *str, int num, void *stream) {
  reader *rd = stream;
  int n = 0, c, cut = 0;
  for (;;) {
    if (rd->fp) c = fgetc(rd->fp);
    else c = *rd->text ? (unsigned char)*rd->text++ : EOF;
    if (c == EOF) break;
    if (n < num - 2) str[n++] = (char)c;
    else if (c != '\n' && c != '\r') cut = 1;
    if (c == '\n') break;
  }
  if (n == 0 && c == EOF) return NULL;
  str[n] = '\0';
  rd->line++;
  if (cut && !rd->long_line) rd->long_line = rd->line;
  /* inih calls the handler only for keys: check section names here, so an
   * unknown (even empty) section is reported on its own line */
  const char *b = str;
  while (*b == ' ' || *b == '\t') b++;
  const char *e = *b == '[' ? strchr(b, ']') : NULL;
  if (e && !rd->bad_section) {
    char name[64];
    int org;
    snprintf(name, sizeof name, "%.*s", (int)(e - b - 1), b + 1);
    if (section_of(kj_trim(name), &org) < 0) {
      rd->bad_section = rd->line;
      snprintf(rd->bad_name, sizeof rd->bad_name, "%s", name);
    }
  }
  return str;
}

static int fail(load_ctx *cx, const char *fmt, ...) KJ_PRINTF(2, 3);
static int fail(load_ctx *cx, const char *fmt, ...) {
  if (cx->err_line) return 0;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cx->msg, sizeof cx->msg, fmt, ap);
  va_end(ap);
  cx->err_line = cx->rd->line;
  return 0;
}

/* Strict number: the whole value, finite, '.' or one ',' as decimal mark. */
static int parse_num(const char *s, double *out) {
  char tmp[64];
  size_t n = strlen(s);
  if (n == 0 || n >= sizeof tmp) return -1;
  memcpy(tmp, s, n + 1);
  char *comma = strchr(tmp, ',');
  if (comma) {
    if (strchr(tmp, '.') || strchr(comma + 1, ',')) return -1;
    *comma = '.';
  }
  if (strpbrk(tmp, "xXnNiI")) return -1; /* no hex, nan, inf */
  char *end;
  errno = 0;
  double v = strtod(tmp, &end);
  if (*end || errno || !isfinite(v)) return -1;
  *out = v;
  return 0;
}

/* long long: the seed's upper bound 4294967295 does not fit a long on
 * Windows (32 bits there), where it became -1 and refused every seed. */
static int parse_whole(const char *s, long long min, long long max, long long *out) {
  double v;
  if (parse_num(s, &v) < 0 || v != floor(v) || v < (double)min || v > (double)max) return -1;
  *out = (long long)v;
  return 0;
}

static int parse_bool(const char *s, int *out) {
  static const char *const yes[] = {"yes", "ya", "true", "1", "on"};
  static const char *const no[] = {"no", "tidak", "false", "0", "off"};
  for (size_t i = 0; i < 5; i++) {
    if (strcasecmp(s, yes[i]) == 0) return *out = 1, 0;
    if (strcasecmp(s, no[i]) == 0) return *out = 0, 0;
  }
  return -1;
}

/* "1/9" or a decimal; 0 < w <= 1. */
static int parse_weight(const char *s, double *out) {
  const char *slash = strchr(s, '/');
  double a, b;
  if (slash) {
    char num[64];
    size_t n = (size_t)(slash - s);
    if (n == 0 || n >= sizeof num) return -1;
    memcpy(num, s, n);
    num[n] = '\0';
    while (n > 0 && num[n - 1] == ' ') num[--n] = '\0';
    const char *den = slash + 1;
    while (*den == ' ') den++;
    if (parse_num(num, &a) < 0 || parse_num(den, &b) < 0 || !(b > 0)) return -1;
    a /= b;
  } else if (parse_num(s, &a) < 0) {
    return -1;
  }
  if (!(a > 0) || a > 1) return -1;
  *out = a;
  return 0;
}

static int set_scalar(load_ctx *cx, int k, const char *v) {
  kj_params *p = cx->p;
  const char *key = scalar_keys[k].key;
  double d;
  long long l;
  int b;
  if (strcmp(key, "instansi") == 0 || strcmp(key, "kota") == 0) {
    char *dst = key[0] == 'i' ? p->instansi : p->kota;
    size_t cap = key[0] == 'i' ? sizeof p->instansi : sizeof p->kota;
    if (!*v) return fail(cx, "%s: needs a name", key);
    if (strlen(v) >= cap) return fail(cx, "%s: longer than %zu bytes", key, cap - 1);
    /* Names go into workbooks and back into `kinerja config`'s file: valid
     * UTF-8 without control characters, and no leading ';' (written after
     * "key = " it would read back as a comment; found by fuzz_ini). */
    if (kj_utf8_check(v, strlen(v)) != strlen(v))
      return fail(cx, "%s: not valid UTF-8; save the file as UTF-8", key);
    for (const unsigned char *c = (const unsigned char *)v; *c; c++)
      if (*c < 0x20 || *c == 0x7f) return fail(cx, "%s: contains a control character", key);
    if (*v == ';') return fail(cx, "%s: '%s' starts with ';', which reads as a comment", key, v);
    snprintf(dst, cap, "%s", v);
  } else if (strcmp(key, "min_kelompok") == 0) {
    if (parse_whole(v, 1, 1000000, &l) < 0)
      return fail(cx, "min_kelompok: '%s' is not a whole number from 1 to 1000000", v);
    p->min_kelompok = l;
  } else if (strcmp(key, "alpha") == 0) {
    if (parse_num(v, &d) < 0 || !(d > 0 && d < 1))
      return fail(cx, "alpha: '%s' is not a number between 0 and 1 (e.g. 0.05)", v);
    p->alpha = d;
  } else if (strcmp(key, "efek_min") == 0) {
    if (parse_num(v, &d) < 0 || d < 0 || d > 10)
      return fail(cx, "efek_min: '%s' is not a number from 0 to 10 (Cohen's d, e.g. 0.2)", v);
    p->efek_min = d;
  } else if (strcmp(key, "capaian_maks") == 0) {
    if (parse_num(v, &d) < 0 || !(d > 0) || d > 1000)
      return fail(cx, "capaian_maks: '%s' is not a percent above 0 and at most 1000", v);
    p->capaian_maks = d;
  } else if (strcmp(key, "capaian_tambahan") == 0) {
    if (parse_bool(v, &b) < 0) return fail(cx, "capaian_tambahan: '%s' is not yes or no", v);
    p->capaian_tambahan = b;
  } else if (strcmp(key, "skm_bobot") == 0) {
    if (parse_weight(v, &d) < 0 || strlen(v) >= sizeof p->skm_bobot_text)
      return fail(cx, "skm_bobot: '%s' is not a weight above 0 and at most 1 (1/9 or 0.11)", v);
    p->skm_bobot = d;
    snprintf(p->skm_bobot_text, sizeof p->skm_bobot_text, "%s", v);
  } else if (strcmp(key, "skm_min_responden") == 0) {
    if (parse_whole(v, 1, 1000000, &l) < 0)
      return fail(cx, "skm_min_responden: '%s' is not a whole number from 1 to 1000000", v);
    p->skm_min_responden = l;
  } else if (strcmp(key, "batas_hari") == 0) {
    if (parse_whole(v, 0, 366, &l) < 0)
      return fail(cx, "batas_hari: '%s' is not a whole number of days from 0 to 366", v);
    p->batas_hari = l;
  } else if (strcmp(key, "teladan_per_opd") == 0) {
    if (parse_whole(v, 0, 1000, &l) < 0)
      return fail(cx, "teladan_per_opd: '%s' is not a whole number from 0 to 1000", v);
    p->teladan_per_opd = l;
  } else if (strcmp(key, "tepat_min") == 0) {
    if (parse_num(v, &d) < 0 || !(d > 0) || d > 1)
      return fail(cx, "tepat_min: '%s' is not a share above 0 and at most 1 (e.g. 0.9)", v);
    p->tepat_min = d;
  } else if (strcmp(key, "periode") == 0) {
    static const char *const names[] = {"bulan", "triwulan", "semester", "tahun"};
    int t = -1;
    for (int i = 0; i < 4; i++)
      if (strcasecmp(v, names[i]) == 0) t = i;
    if (t < 0) return fail(cx, "periode: '%s' is not bulan, triwulan, semester or tahun", v);
    p->skm_periode = t;
  } else if (strcmp(key, "tanggal") == 0) {
    if (strcasecmp(v, "dmy") != 0 && strcasecmp(v, "mdy") != 0)
      return fail(cx, "tanggal: '%s' is not dmy or mdy (the order of day and month in text dates)",
                  v);
    p->skm_mdy = strcasecmp(v, "mdy") == 0;
  } else if (strcmp(key, "skp_ganda") == 0) {
    int g = kj_skp_ganda_parse(v);
    if (g < 0) return fail(cx, "skp_ganda: '%s' is not terakhir, bulan or terendah", v);
    p->skp_ganda = g;
  } else if (strncmp(key, "tren_min.", 9) == 0) {
    if (parse_num(v, &d) < 0 || d < 0 || d > 1000)
      return fail(cx, "%s: '%s' is not a number from 0 to 1000 (change per year)", key, v);
    if (strcmp(key + 9, "ikp") == 0) p->tren_min_ikp = d;
    else if (strcmp(key + 9, "capaian") == 0) p->tren_min_capaian = d;
    else p->tren_min_nilai = d;
  } else if (strcmp(key, "kesetaraan_min") == 0) {
    if (parse_num(v, &d) < 0 || d < 0 || d > 125)
      return fail(cx, "kesetaraan_min: '%s' is not a number of IKP points from 0 to 125", v);
    p->kesetaraan_min = d;
  } else if (strcmp(key, "seed") == 0) {
    if (parse_whole(v, 0, 4294967295LL, &l) < 0)
      return fail(cx, "seed: '%s' is not a whole number from 0 to 4294967295", v);
    p->seed = (unsigned long)l;
  }
  return 1;
}

double kj_params_tren_min(const kj_params *p, int uk) {
  return uk == 0 ? p->tren_min_ikp : uk == 1 ? p->tren_min_capaian : p->tren_min_nilai;
}

static int section_of(const char *s, int *org) {
  *org = -1;
  if (strcasecmp(s, "umum") == 0) return SEC_UMUM;
  if (strcasecmp(s, "analisis") == 0) return SEC_ANALISIS;
  if (strcasecmp(s, "impor") == 0) return SEC_IMPOR;
  if (strcasecmp(s, "skm_form") == 0) return SEC_SKM_FORM;
  if (strncasecmp(s, "kurva.", 6) == 0) {
    *org = kj_enum_parse(&kj_enum_predikat_org, s + 6);
    return *org >= 0 ? SEC_KURVA : -1;
  }
  return -1;
}

/* [skm_form] HEADER TEXT = U1..U9 or an unsur name: a survey-form column. */
static int add_skm_map(load_ctx *cx, const char *header, const char *v) {
  static const char *const unsur[] = {"persyaratan", "prosedur", "waktu", "biaya", "produk",
                                      "kompetensi", "perilaku", "pengaduan", "sarana"};
  int u = 0;
  if ((v[0] == 'U' || v[0] == 'u') && v[1] >= '1' && v[1] <= '9' && !v[2]) u = v[1] - '0';
  for (int i = 0; i < 9 && !u; i++)
    if (strcasecmp(v, unsur[i]) == 0) u = i + 1;
  if (!u)
    return fail(cx, "[skm_form] '%s': '%s' is not U1..U9 or an unsur name (persyaratan, prosedur, "
                    "waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana)",
                header, v);
  kj_params *p = cx->p;
  if (p->n_skm_map >= KJ_SKM_MAP_MAX)
    return fail(cx, "[skm_form]: more than %d column mappings", KJ_SKM_MAP_MAX);
  if (strlen(header) >= sizeof p->skm_map[0].header)
    return fail(cx, "[skm_form]: header text longer than %zu bytes",
                sizeof p->skm_map[0].header - 1);
  snprintf(p->skm_map[p->n_skm_map].header, sizeof p->skm_map[0].header, "%s", header);
  p->skm_map[p->n_skm_map++].unsur = u;
  return 1;
}

static int add_rules(load_ctx *cx, int org, const char *v) {
  kj_curve_rules parsed;
  kj_error e = {0};
  if (kj_curve_rules_parse(v, &parsed, &e) != KJ_OK) return fail(cx, "aturan: %s", e.msg);
  kj_curve_rules *r = &cx->p->kurva[org];
  if (!cx->kurva_seen[org]) r->n = 0;
  cx->kurva_seen[org] = 1;
  if (r->n + parsed.n > KJ_CURVE_MAX_RULES)
    return fail(cx, "aturan: more than %d rules for %s", KJ_CURVE_MAX_RULES,
                kj_enum_canon(&kj_enum_predikat_org, org));
  for (int i = 0; i < parsed.n; i++) r->rule[r->n++] = parsed.rule[i];
  return 1;
}

static int handler(void *user, const char *section, const char *name, const char *value) {
  load_ctx *cx = user;
  if (cx->err_line) return 0;
  if (cx->rd->long_line == cx->rd->line) return fail(cx, "line too long (at most 196 bytes)");
  int org, sec = *section ? section_of(section, &org) : SEC_NONE;
  if (sec < 0) return 0; /* reported by the reader on the section's line */
  if (sec == SEC_KURVA) {
    if (strcasecmp(name, "aturan") != 0)
      return fail(cx, "unknown key '%s' in [%s] (only 'aturan')", name, section);
    return add_rules(cx, org, value);
  }
  if (sec == SEC_SKM_FORM && strcasecmp(name, "periode") != 0 && strcasecmp(name, "tanggal") != 0)
    return add_skm_map(cx, name, value);
  for (int k = 0; k < N_SCALAR; k++) {
    if (strcasecmp(name, scalar_keys[k].key) != 0) continue;
    if (scalar_keys[k].section != sec)
      return fail(cx, "key '%s' belongs in [%s]", scalar_keys[k].key,
                  scalar_keys[k].section == SEC_UMUM       ? "umum"
                  : scalar_keys[k].section == SEC_ANALISIS ? "analisis"
                  : scalar_keys[k].section == SEC_IMPOR    ? "impor"
                                                           : "skm_form");
    if (cx->set_line[k])
      return fail(cx, "'%s' is given twice (first on line %ld)", scalar_keys[k].key,
                  cx->set_line[k]);
    cx->set_line[k] = cx->rd->line;
    return set_scalar(cx, k, value);
  }
  return fail(cx, "unknown key '%s'%s%s%s", name, *section ? " in [" : "", section,
              *section ? "]" : "");
}

static kj_status run_parse(kj_params *p, reader *rd, const char *name, kj_error *err) {
  load_ctx cx = {0};
  kj_params_defaults(p);
  cx.p = p;
  cx.rd = rd;
  cx.name = name;
  int rc = ini_parse_stream(read_line, rd, handler, &cx);
  if (rd->bad_section && (rc <= 0 || rd->bad_section <= rc)) {
    cx.err_line = rc = (int)rd->bad_section;
    snprintf(cx.msg, sizeof cx.msg,
             "unknown section [%s] (sections: [umum], [analisis], [impor], [skm_form], [kurva.ISTIMEWA], "
             "[kurva.BAIK], [kurva.BUTUH_PERBAIKAN], [kurva.KURANG], [kurva.SANGAT_KURANG])",
             rd->bad_name);
  }
  if (rc == 0 && rd->long_line) {
    cx.err_line = rd->long_line;
    snprintf(cx.msg, sizeof cx.msg, "line too long (at most 196 bytes)");
    rc = (int)rd->long_line;
  }
  if (rc == 0) {
    snprintf(p->source, sizeof p->source, "%s", name);
    return KJ_OK;
  }
  kj_params_defaults(p);
  if (rc < 0) return kj_fail(err, KJ_INTERNAL, "%s: the INI reader ran out of memory", name);
  if (cx.err_line == rc)
    return kj_fail(err, KJ_DATA, "%s:%d: %s", name, rc, cx.msg);
  return kj_fail(err, KJ_DATA, "%s:%d: expected '[section]' or 'key = value'", name, rc);
}

kj_status kj_params_load(kj_params *p, const char *path, int explicit_path, kj_error *err) {
  kj_params_defaults(p);
  if (!path) return KJ_OK;
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    if (!explicit_path && errno == ENOENT) return KJ_OK;
    return kj_fail(err, KJ_IO, "%s: cannot read the config file: %s", path, strerror(errno));
  }
  reader rd = {fp, NULL, 0, 0, 0, ""};
  kj_status s = run_parse(p, &rd, path, err);
  if (s == KJ_OK && ferror(fp)) {
    kj_params_defaults(p);
    s = kj_fail(err, KJ_IO, "%s: read error", path);
  }
  fclose(fp);
  return s;
}

kj_status kj_params_load_string(kj_params *p, const char *text, const char *name,
                                kj_error *err) {
  reader rd = {NULL, text ? text : "", 0, 0, 0, ""};
  return run_parse(p, &rd, name, err);
}

/* ---- writing ------------------------------------------------------------- */

/* Shortest of %.15g..%.17g that reads back to the same double. */
static void fmt_exact(char *out, size_t cap, double v) {
  for (int prec = 15; prec <= 17; prec++) {
    snprintf(out, cap, "%.*g", prec, v);
    if (strtod(out, NULL) == v) return;
  }
}

kj_status kj_params_write_ini(const kj_params *p, FILE *fp, kj_error *err) {
  char a[40], e[40], c[40], t[40];
  fmt_exact(t, sizeof t, p->tepat_min);
  fmt_exact(a, sizeof a, p->alpha);
  fmt_exact(e, sizeof e, p->efek_min);
  fmt_exact(c, sizeof c, p->capaian_maks);
  fprintf(fp,
          "; kinerja.ini: parameter analisis (lihat analytics.md). Nilai efektif%s%s.\n"
          "; Simpan sebagai kinerja.ini atau pakai dengan --config FILE.\n\n"
          "[umum]\n"
          "; nama instansi (penulis workbook) dan nama kota\n"
          "instansi = %s\nkota = %s\n\n"
          "[analisis]\n"
          "; kelompok dengan n di bawah ini ditampilkan sebagai \"data tidak cukup\"\n"
          "min_kelompok = %ld\n"
          "; tingkat signifikansi (kekuatan/kelemahan, tren, tahun ke tahun, penilai, pembinaan)\n"
          "alpha = %s\n"
          "; |Cohen's d| minimum untuk KEKUATAN / KELEMAHAN\n"
          "efek_min = %s\n"
          "; batas atas capaian indikator, persen (PP 30/2019: 120)\n"
          "capaian_maks = %s\n"
          "; indikator RHK TAMBAHAN ikut dihitung dalam capaian (yes/no)\n"
          "capaian_tambahan = %s\n"
          "; bobot tiap unsur SKM dalam IKM: 1/9, atau 0.11 seperti contoh regulasi\n"
          "skm_bobot = %s\n"
          "; unit SKM dengan responden kurang dari ini ditandai\n"
          "skm_min_responden = %ld\n"
          "; penilaian tepat waktu bila paling lambat sekian hari setelah akhir periode\n"
          "batas_hari = %ld\n"
          "; jumlah teladan paling banyak per OPD\n"
          "teladan_per_opd = %ld\n"
          "; penilai terlambat pada bulan dengan porsi tepat waktu di bawah ini (pemantauan bulanan)\n"
          "tepat_min = %s\n",
          p->source[0] ? " dari " : " (bawaan)", p->source, p->instansi, p->kota,
          p->min_kelompok, a, e, c, p->capaian_tambahan ? "yes" : "no", p->skm_bobot_text,
          p->skm_min_responden, p->batas_hari, p->teladan_per_opd, t);
  char t1[40], t2[40], t3[40], k[40];
  fmt_exact(t1, sizeof t1, p->tren_min_ikp);
  fmt_exact(t2, sizeof t2, p->tren_min_capaian);
  fmt_exact(t3, sizeof t3, p->tren_min_nilai);
  fmt_exact(k, sizeof k, p->kesetaraan_min);
  fprintf(fp,
          "; perubahan minimum per tahun agar tren (dan perubahan tahun ke tahun) diberi label\n"
          "; NAIK/TURUN: poin IKP, poin persen capaian, poin skor tiap nilai BerAKHLAK\n"
          "tren_min.ikp = %s\ntren_min.capaian = %s\ntren_min.berakhlak = %s\n"
          "; selisih IKP terkoreksi minimum (poin) agar kesetaraan diberi label TIDAK_SETARA\n"
          "kesetaraan_min = %s\n"
          "; benih bilangan acak (kisaran peringkat, p Monte Carlo): hasil selalu sama\n"
          "seed = %lu\n",
          t1, t2, t3, k, p->seed);
  fprintf(fp,
          "\n[impor]\n"
          "; beberapa SKP definitif satu pegawai untuk satu periode (mutasi, promosi):\n"
          "; terakhir = SKP dengan akhir paling akhir; bulan = IKP rata-rata berbobot hari;\n"
          "; terendah = predikat terendah (berlaku saat impor e-Kinerja)\n"
          "skp_ganda = %s\n",
          kj_skp_ganda_name(p->skp_ganda));
  static const char *const per[] = {"bulan", "triwulan", "semester", "tahun"};
  fprintf(fp,
          "\n[skm_form]\n"
          "; periode survei dari tanggal: bulan, triwulan, semester atau tahun\n"
          "periode = %s\n"
          "; urutan tanggal teks: dmy (31/12/2025) atau mdy (12/31/2025)\n"
          "tanggal = %s\n"
          "; judul kolom formulir = unsur (U1..U9), untuk kolom berisi angka atau huruf\n",
          per[p->skm_periode & 3], p->skm_mdy ? "mdy" : "dmy");
  for (int i = 0; i < p->n_skm_map; i++)
    fprintf(fp, "%s = U%d\n", p->skm_map[i].header, p->skm_map[i].unsur);
  fprintf(fp, "\n; Kurva distribusi predikat pegawai menurut predikat kinerja organisasi.\n"
              "; Satu aturan per baris: HIMPUNAN PEMBANDING NILAI SATUAN (%% atau orang).\n");
  for (int o = 0; o < KJ_ORG_N; o++) {
    fprintf(fp, "\n[kurva.%s]\n", kj_enum_canon(&kj_enum_predikat_org, o));
    if (p->kurva[o].n == 0) fputs("aturan =\n", fp); /* no rules, not the defaults */
    for (int i = 0; i < p->kurva[o].n; i++) {
      char rule[160];
      kj_curve_rule_format(&p->kurva[o].rule[i], rule, sizeof rule);
      fprintf(fp, "aturan = %s\n", rule);
    }
  }
  if (fflush(fp) != 0 || ferror(fp))
    return kj_fail(err, KJ_IO, "cannot write the configuration: %s", strerror(errno));
  return KJ_OK;
}
