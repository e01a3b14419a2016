/* demo_write.c — kj_demo_write: build the city, write the eight files.
 *
 * The stage before the importer: it builds the model (units, roster,
 * ratings, annual calibration) in memory — a few megabytes for the default
 * size, the monthly ratings being one byte each — then streams every file
 * row by row through a large stdio buffer into a temporary file that is
 * renamed into place when complete (fsutil.h). Indicators, behaviour
 * scores, survey responses and feedback events are generated while they are
 * written and never held in memory.
 */
#include "demo/demo_internal.h"
#include "domain/date.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static const char *const FILES[KJ_DEMO_FILES] = {
    "unit.csv",     "pegawai.csv", "kinerja_organisasi.csv", "penilaian.csv", "capaian.csv",
    "perilaku.csv", "skm.csv",     "umpan_balik.csv"};

const char *kj_demo_file_name(int i) { return i >= 0 && i < KJ_DEMO_FILES ? FILES[i] : NULL; }

static const kj_demo_effect EFFECTS[] = {
    {"PELAYANAN", DEMO_OPD_PELAYANAN, "BERORIENTASI_PELAYANAN", "kekuatan_kelemahan.csv: KEKUATAN",
     "+0.50 skor points on the 1-5 scale, every source"},
    {"ADAPTIF", DEMO_OPD_ADAPTIF, "ADAPTIF", "kekuatan_kelemahan.csv: KELEMAHAN",
     "-0.45 skor points on the 1-5 scale, every source"},
    {"INFLASI", DEMO_OPD_INFLASI, "predikat distribution",
     "kurva.csv: TIDAK_PATUH, large perubahan_min",
     "about 2/3 of staff SANGAT_BAIK while the organisation predikat is BUTUH_PERBAIKAN "
     "(last two years); monthly ratings +1.0 sd"},
    {"TREN", DEMO_OPD_TREN, "ikp", "tren.csv: TURUN",
     "rating latent falls linearly from +0.55 to -0.15 sd over the window"},
    {"LONGGAR", DEMO_OPD_LONGGAR, "ikp of ratees (nip_penilai)", "penilai.csv: LONGGAR",
     "one Kepala Seksi rates his team +1.1 sd higher than the rest of the OPD"},
    {"SKM_IKP", DEMO_UNIT_SKM, "ikm vs ikp",
     "skm_ikp.csv: flag (penilaian tinggi, kepuasan rendah)",
     "staff ratings +0.8 sd, survey answers -0.75 on the answer latent (IKM about 9 points lower)"},
    {"PPPK", "KOTA", "ikp by jenis_pegawai (PPPK vs PNS)", "kesetaraan.csv: TIDAK_SETARA",
     "every PPPK employee's rating latent -0.45 sd (about 9 IKP points lower than PNS in the "
     "same OPD and jenis jabatan)"},
};

const kj_demo_effect *kj_demo_effects(int *n) {
  *n = (int)(sizeof EFFECTS / sizeof EFFECTS[0]);
  return EFFECTS;
}

void kj_demo_opts_init(kj_demo_opts *o) {
  memset(o, 0, sizeof *o);
  o->seed = 7;
  o->employees = 4800;
  o->from_year = 2023;
  o->to_year = 2025;
  o->csv_dir = "demo-data";
}

kj_status kj_demo_check(const kj_demo_opts *o, kj_error *err) {
  if (o->employees < KJ_DEMO_MIN_EMPLOYEES || o->employees > KJ_DEMO_MAX_EMPLOYEES)
    return kj_fail(err, KJ_USAGE, "--employees must be between %d and %d, got %ld",
                   KJ_DEMO_MIN_EMPLOYEES, KJ_DEMO_MAX_EMPLOYEES, o->employees);
  if (o->from_year < KJ_DEMO_MIN_YEAR || o->from_year > KJ_DEMO_MAX_YEAR)
    return kj_fail(err, KJ_USAGE, "--from must be a year from %d to %d, got %d", KJ_DEMO_MIN_YEAR,
                   KJ_DEMO_MAX_YEAR, o->from_year);
  if (o->to_year < o->from_year || o->to_year > KJ_DEMO_MAX_YEAR)
    return kj_fail(err, KJ_USAGE, "--to must be a year from --from (%d) to %d, got %d",
                   o->from_year, KJ_DEMO_MAX_YEAR, o->to_year);
  if (o->to_year - o->from_year + 1 > KJ_DEMO_MAX_YEARS)
    return kj_fail(err, KJ_USAGE, "--from %d --to %d spans more than %d years", o->from_year,
                   o->to_year, KJ_DEMO_MAX_YEARS);
  if (!o->csv_dir || !*o->csv_dir) return kj_fail(err, KJ_USAGE, "--csv-dir must not be empty");
  return KJ_OK;
}

/* ---- CSV cells ---------------------------------------------------------- */

void demo_csv_str(FILE *fp, const char *s) {
  if (!strpbrk(s, ",\"\r\n")) {
    fputs(s, fp);
    return;
  }
  fputc('"', fp);
  for (; *s; s++) {
    if (*s == '"') fputc('"', fp);
    fputc(*s, fp);
  }
  fputc('"', fp);
}

void demo_csv_nip(FILE *fp, int64_t nip) { fprintf(fp, "%018lld", (long long)nip); }

void demo_csv_date(FILE *fp, long days) {
  int y, m, d;
  kj_date_from_days(days, &y, &m, &d);
  fprintf(fp, "%04d-%02d-%02d", y, m, d);
}

/* ---- the city ----------------------------------------------------------- */

const char *demo_intern(demo_city *c, const char *s) {
  int32_t idx;
  if (kj_strmap_get(&c->pool_index, s, &idx)) return c->pool[idx];
  if (c->npool == c->pool_cap) {
    c->pool_cap = c->pool_cap ? c->pool_cap * 2 : 1024;
    c->pool = xreallocarray(c->pool, (size_t)c->pool_cap, sizeof *c->pool);
  }
  c->pool[c->npool] = xstrdup(s);
  kj_strmap_put(&c->pool_index, s, (int32_t)c->npool);
  return c->pool[c->npool++];
}

static void city_free(demo_city *c) {
  if (!c) return;
  for (long i = 0; i < c->npool; i++) free(c->pool[i]);
  free(c->pool);
  kj_strmap_free(&c->pool_index);
  free(c->units);
  free(c->emp);
  free(c->opd_eff);
  free(c->opd_late);
  free(c->opd_fb);
  free(c->opd_val);
  free(c->org);
  free(c->org_cap);
  free(c->rate);
  free(c->lag);
  free(c->pflag);
  free(c->arate);
  free(c->alag);
  free(c->apflag);
  if (c->rng) gsl_rng_free(c->rng);
  memset(c, 0, sizeof *c);
}

static void city_build(demo_city *c, const kj_demo_opts *o) {
  memset(c, 0, sizeof *c);
  c->o = o;
  c->years = o->to_year - o->from_year + 1;
  c->months = 12 * c->years;
  c->merge_month = 12; /* the regrouping takes effect after the first year */
  c->nemp = o->employees;
  c->rng = gsl_rng_alloc(gsl_rng_mt19937);
  if (!c->rng) {
    fputs("kinerja: out of memory\n", stderr);
    exit(KJ_INTERNAL);
  }
  demo_build_units(c);
  demo_build_people(c);
  demo_build_ratings(c);
  demo_build_annual(c);
}

typedef void (*writer_fn)(demo_city *c, FILE *fp, long *rows);

static void w_units(demo_city *c, FILE *fp, long *r) { demo_write_units(c, fp, r); }
static void w_pegawai(demo_city *c, FILE *fp, long *r) { demo_write_pegawai(c, fp, r); }
static void w_org(demo_city *c, FILE *fp, long *r) { demo_write_org(c, fp, r); }
static void w_penilaian(demo_city *c, FILE *fp, long *r) { demo_write_penilaian(c, fp, r); }

static const writer_fn WRITERS[KJ_DEMO_FILES] = {
    w_units,        w_pegawai,          w_org, w_penilaian, demo_write_capaian, demo_write_perilaku,
    demo_write_skm, demo_write_feedback};

kj_status kj_demo_write(const kj_demo_opts *o, kj_demo_summary *sum, kj_error *err) {
  kj_status st = kj_demo_check(o, err);
  if (st != KJ_OK) return st;
  st = kj_mkdirs(o->csv_dir, err);
  if (st != KJ_OK) return st;
  demo_city c;
  city_build(&c, o);
  kj_demo_summary s;
  memset(&s, 0, sizeof s);
  enum { BUFSZ = 1 << 20 };
  char *buf = xmalloc(BUFSZ);
  kj_out out = {0};
  st = demo_check_roster(&c, err);
  if (st != KJ_OK) goto out;
  for (int i = 0; i < KJ_DEMO_FILES; i++) {
    char *path = kj_path_join(o->csv_dir, FILES[i]);
    st = kj_out_open(&out, path, err);
    free(path);
    if (st != KJ_OK) goto out;
    setvbuf(out.fp, buf, _IOFBF, BUFSZ);
    WRITERS[i](&c, out.fp, &s.rows[i]);
    st = kj_out_commit(&out, err); /* closes the stream before buf is reused */
    if (st != KJ_OK) goto out;
  }
  s.n_opd = c.nopd;
  s.n_units = c.nunits;
  s.n_employees = c.nemp;
  s.nip_longgar = c.longgar >= 0 ? c.emp[c.longgar].nip : 0;
  s.nip_walikota = c.nip_walikota;
  if (sum) *sum = s;
out:
  kj_out_abort(&out);
  free(buf);
  city_free(&c);
  return st;
}
