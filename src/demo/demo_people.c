/* demo_people.c — the roster: who works where, for whom, since when.
 *
 * The employees are split over the OPD by headcount weight (largest
 * remainder, at least three per OPD), then over each OPD's office and its
 * sub-units. Every office gets a head, a sekretaris and kabid
 * (administrators) when it is big enough, kasubbag and kasi (pengawas), then
 * functional and pelaksana staff; schools and puskesmas get a head with a
 * tugas tambahan, kelurahan a lurah with his pengawas. Supervisors follow
 * PermenPAN-RB 6/2022: pengawas rate pelaksana, administrators rate
 * pengawas and the expert functional staff, the kepala OPD rates the
 * administrators, the Sekda rates the kepala OPD (camat included), and the
 * Wali Kota — who has no NIP, so a pseudo-NIP outside the roster stands in —
 * rates the Sekda.
 *
 * People with staff under them are aged so they stay for the whole window;
 * other staff may reach the retirement age (BUP 58, 60 for teachers, JPT and
 * ahli madya) and leave, and some are hired (CPNS or PPPK) after the first
 * year. NIPs carry the birth date, TMT CPNS (PPPK: appointment year and the
 * digits 21), the gender digit and a sequence that counts people sharing the
 * first 15 digits, as the national numbering does.
 */
#include "demo/demo_internal.h"
#include "domain/date.h"
#include "domain/nip.h"
#include "util/hash.h"

#include <gsl/gsl_randist.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- headcount --------------------------------------------------------- */

/* Splits total over n parts by weight w: floors, at least min each, the rest
 * by largest remainder (ties to the lower index). */
void demo_apportion(long total, const double *w, int n, long min, long *out) {
  double W = 0;
  for (int i = 0; i < n; i++) W += w[i];
  long sum = 0;
  for (int i = 0; i < n; i++) {
    out[i] = (long)floor((double)total * w[i] / W);
    if (out[i] < min) out[i] = min;
    sum += out[i];
  }
  while (sum < total) { /* one more for the largest remainder */
    int best = 0;
    double br = -1e9;
    for (int i = 0; i < n; i++) {
      double r = (double)total * w[i] / W - (double)out[i];
      if (r > br) br = r, best = i;
    }
    out[best]++, sum++;
  }
  while (sum > total) { /* minimums overshot: take from the largest */
    int best = 0;
    for (int i = 1; i < n; i++)
      if (out[i] > out[best]) best = i;
    out[best]--, sum--;
  }
}

/* ---- one person --------------------------------------------------------- */

static int bup(const demo_emp *e, const demo_unit *u) {
  if (e->jj == KJ_JPT || u->prof == PROF_GURU) return 60;
  if (e->jj == KJ_FUNGSIONAL && e->jp == KJ_PNS && e->gol >= 12) return 60;
  return 58;
}

static int gol_pns(gsl_rng *r, int edu, int service, kj_jenis_jabatan jj, demo_profile prof) {
  static const int start[] = {4, 6, 8, 9}, cap[] = {9, 11, 13, 14};
  /* Regular promotion is at most every four years; many wait longer. */
  int g = start[edu] + (service > 0 ? service / demo_int(r, 4, 6) : 0);
  if (g > cap[edu]) g = cap[edu];
  if (prof == PROF_GURU && g > 13) g = 13;
  if (jj == KJ_JPT) g = g < 13 ? 13 + demo_int(r, 0, 2) : g > 15 ? 15 : g;
  if (jj == KJ_ADMINISTRATOR) g = g < 11 ? 11 + demo_int(r, 0, 1) : g > 13 ? 13 : g;
  if (jj == KJ_PENGAWAS) g = g < 9 ? 9 + demo_int(r, 0, 2) : g > 12 ? 12 : g;
  return g;
}

/* Birth date, appointment, NIP, grade and retirement of e. lead = has staff
 * (never leaves); hire = joins after the first year. */
static void demography(demo_people *pc, gsl_rng *r, demo_emp *e, const demo_unit *u, int lead,
                       int hire) {
  demo_city *c = pc->c;
  int from = c->o->from_year, to = c->o->to_year;
  int age, by, bm, bd, tmt_y, tmt_m;
  if (lead && e->jj == KJ_JPT)
    age = demo_int(r, 45, 59 - c->years < 56 ? 59 - c->years : 56);
  else if (lead && e->jj == KJ_ADMINISTRATOR)
    age = demo_int(r, 38, 57 - c->years < 55 ? 57 - c->years : 55);
  else if (lead)
    age = demo_int(r, 32, 57 - c->years < 54 ? 57 - c->years : 54);
  else if (hire)
    age = demo_int(r, 23, e->jp == KJ_PPPK ? 45 : 34);
  else
    age = 23 + (int)(34.0 * gsl_ran_beta(r, 1.6, 1.3));
  if (hire) {
    int y = 1 + demo_int(r, 0, c->years - 2);
    static const int tmt_month[] = {3, 6, 10};
    tmt_m = tmt_month[demo_int(r, 0, 2)];
    tmt_y = from + y;
    e->start = y * 12 + tmt_m - 1;
    by = tmt_y - age;
  } else {
    by = from - age;
    e->start = 0;
    if (e->jp == KJ_PPPK) {
      tmt_y = from - 1 - demo_int(r, 0, 3);
      if (tmt_y < 2019) tmt_y = 2019;
    } else {
      tmt_y = by + demo_int(r, 20 + 2 * e->edu, 27 + 2 * e->edu);
      if (tmt_y > from - 1) tmt_y = from - 1 - demo_int(r, 0, 2);
      if (tmt_y < by + 18) tmt_y = by + 18;
    }
    tmt_m = demo_int(r, 1, 12);
  }
  bm = demo_int(r, 1, 12);
  bd = demo_int(r, 1, kj_days_in_month(by, bm));
  if (e->jp == KJ_PPPK) {
    static const int pppk_gol[] = {5, 7, 9, 10};
    e->gol = pppk_gol[e->edu];
  } else {
    e->gol = gol_pns(r, e->edu, to - tmt_y, e->jj, u->prof);
  }
  /* Retirement: the first month after the birthday month at BUP. */
  long out = (long)(by + bup(e, u) - from) * 12 + bm;
  e->end = out < c->months ? (int)out : c->months;
  if (e->end <= e->start) e->end = e->start + 1; /* keep one month: BUP at the edge */
  int64_t prefix = (int64_t)by * 10000 + bm * 100 + bd;
  prefix = prefix * 1000000 + (e->jp == KJ_PPPK ? (int64_t)tmt_y * 100 + 21 : tmt_y * 100 + tmt_m);
  prefix = prefix * 10 + (e->sex == KJ_P ? 2 : 1);
  int32_t n = 0;
  kj_i64map_get(&pc->seq, prefix, &n);
  kj_i64map_put(&pc->seq, prefix, n + 1);
  e->nip = prefix * 1000 + (n + 1);
}

int demo_add_person(demo_people *pc, int unit, const demo_role *ro) {
  demo_city *c = pc->c;
  if (pc->next >= c->nemp) return -1;
  int i = (int)pc->next++;
  demo_emp *e = &c->emp[i];
  const demo_unit *u = &c->units[unit], *opd = &c->units[u->opd];
  gsl_rng *r = c->rng;
  demo_reseed(r, c->o->seed, DS_PEOPLE, i);
  memset(e, 0, sizeof *e);
  e->unit = unit;
  e->unit0 = -1;
  e->jj = ro->jj;
  e->sup = ro->sup;
  e->sup_ext = ro->sup < 0 ? c->nip_walikota : 0;
  double fem = demo_opd_female_pct(opd) / 100.0 * (ro->lead ? 0.6 : 1.0);
  e->sex = demo_bern(r, fem) ? KJ_P : KJ_L;
  /* PPPK fill functional and pelaksana posts, teachers above all. */
  double pppk = ro->lead || ro->jj != KJ_FUNGSIONAL ? 0.0 : demo_opd_pppk_pct(opd) / 100.0;
  if (!ro->lead && ro->jj == KJ_PELAKSANA) pppk = 0.04;
  e->jp = demo_bern(r, pppk) ? KJ_PPPK : KJ_PNS;
  const char *deg;
  if (ro->job) {
    e->edu = ro->job->edu;
    deg = ro->job->deg;
  } else if (ro->jj == KJ_PELAKSANA) {
    e->edu = demo_pick(r, (const double[]){50, 20, 30, 0}, 4);
    deg = demo_degree(r, e->edu, u->prof, 0);
  } else {
    e->edu = ro->jj == KJ_PENGAWAS ? 2 + demo_bern(r, 0.3) : 2 + demo_bern(r, 0.6);
    deg = demo_degree(r, e->edu, u->prof, ro->jj == KJ_JPT ? 2 : 1);
  }
  double p_hire = u->prof == PROF_GURU                              ? 0.12
                  : u->prof == PROF_KESEHATAN || u->prof == PROF_RS ? 0.08
                                                                    : 0.04;
  int hire = !ro->lead && c->years >= 2 && demo_bern(r, p_hire);
  demography(pc, r, e, u, ro->lead, hire);
  char nama[96], jabatan[128];
  demo_person_name(r, e->sex, deg, nama, sizeof nama);
  e->nama = demo_intern(c, nama);
  if (ro->title)
    snprintf(jabatan, sizeof jabatan, "%s", ro->title);
  else if (ro->job) {
    demo_job_title(ro->job, e, jabatan, sizeof jabatan);
    if (ro->suffix) {
      size_t n = strlen(jabatan);
      snprintf(jabatan + n, sizeof jabatan - n, "%s", ro->suffix);
    }
  } else
    snprintf(jabatan, sizeof jabatan, "%s", demo_pelaksana_title(r, e->edu));
  e->jabatan = demo_intern(c, jabatan);
  /* Latent traits come from their own stream. */
  demo_reseed(r, c->o->seed, DS_LATENT, i);
  e->a = demo_norm(r, 1.0);
  e->b = 0.5 * e->a + sqrt(0.75) * demo_norm(r, 1.0);
  for (int k = 0; k < KJ_NILAI_N; k++) e->v[k] = demo_norm(r, 1.0);
  e->leniency = demo_norm(r, 0.03);
  if (c->o->no_effects) e->leniency = 0; /* drawn all the same: later draws keep their numbers */
  e->ind = demo_int(r, 2, 4);
  if (ro->sup >= 0) c->emp[ro->sup].nratees++;
  return i;
}

kj_status demo_check_roster(const demo_city *c, kj_error *err) {
  kj_i64map seen = {0};
  kj_status st = KJ_OK;
  for (long i = 0; i < c->nemp && st == KJ_OK; i++) {
    const demo_emp *e = &c->emp[i];
    char txt[19], why[256];
    int64_t back;
    kj_nip_format(e->nip, txt);
    if (kj_nip_parse(txt, e->jp == KJ_PPPK ? KJ_NIP_PPPK : KJ_NIP_PNS, &back, why, (int)sizeof why))
      st = kj_fail(err, KJ_INTERNAL, "demo: generated NIP %s is invalid: %s", txt, why);
    else if (kj_nip_gender(back) != (e->sex == KJ_P ? 2 : 1))
      st = kj_fail(err, KJ_INTERNAL, "demo: NIP %s has the wrong gender digit", txt);
    else if (kj_i64map_get(&seen, back, NULL) || back == c->nip_walikota)
      st = kj_fail(err, KJ_INTERNAL, "demo: NIP %s is not unique", txt);
    kj_i64map_put(&seen, back, 0);
  }
  kj_i64map_free(&seen);
  return st;
}
