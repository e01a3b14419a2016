/* demo_roster.c — positions and reporting lines of every unit.
 *
 * demo_build_people walks the OPD in table order (the Sekretariat Daerah
 * first, so the Sekda exists before the heads he rates), splits each OPD's
 * headcount between its office and its sub-units, and fills the positions of
 * each: the office's head, administrators and pengawas, then staff assigned
 * round-robin to the supervisor their position reports to; school, puskesmas,
 * kelurahan and UPT heads with their teams. Structural choices (functional or
 * pelaksana, which family) draw from a per-unit stream, the person from a
 * per-employee stream (demo_people.c). The regrouped school's staff move to
 * the successor school after the first year.
 */
#include "demo/demo_internal.h"
#include "domain/date.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <string.h>

enum { MAX_ADM = 9, MAX_PENG = 40 };

typedef struct office {
  int head;
  int adm[MAX_ADM], nadm; /* adm[0] is the sekretaris where there is one */
  int peng[MAX_PENG], npeng;
} office;

typedef struct rr_pool { /* round-robin assignment of staff to supervisors */
  int who[MAX_PENG + MAX_ADM + 1];
  int n, next;
} rr_pool;

static void pool_add(rr_pool *p, int who) {
  if (who >= 0 && p->n < (int)(sizeof p->who / sizeof p->who[0])) p->who[p->n++] = who;
}
static int pool_take(rr_pool *p, int fallback) {
  return p->n ? p->who[p->next++ % p->n] : fallback;
}

static double functional_share(demo_profile p) {
  static const double share[PROF_N] = {
      [PROF_UMUM] = 0.25, [PROF_GURU] = 0.88,    [PROF_KESEHATAN] = 0.45,
      [PROF_RS] = 0.72,   [PROF_AUDITOR] = 0.70, [PROF_TANI] = 0.60,
      [PROF_KB] = 0.55,   [PROF_POLPP] = 0.45,   [PROF_PAMONG] = 0.15};
  return share[p];
}

static int add(demo_people *pc, int unit, kj_jenis_jabatan jj, const char *title, int lead,
               int sup) {
  demo_role ro = {jj, NULL, title, NULL, lead, sup};
  return demo_add_person(pc, unit, &ro);
}

/* One functional or pelaksana employee under the supervisors of the pools. */
static void add_staff(demo_people *pc, gsl_rng *rs, int unit, double fshare, demo_profile prof,
                      rr_pool *ahli, rr_pool *terampil, rr_pool *pel, int fallback) {
  demo_role ro = {KJ_PELAKSANA, NULL, NULL, NULL, 0, -1};
  if (demo_bern(rs, fshare)) {
    ro.jj = KJ_FUNGSIONAL;
    ro.job = demo_pick_job(rs, prof);
    ro.sup = pool_take(ro.job->ahli ? ahli : terampil, fallback);
  } else {
    ro.sup = pool_take(pel, fallback);
  }
  demo_add_person(pc, unit, &ro);
}

static void head_title(const demo_unit *u, char *t, size_t cap) {
  if (strcmp(u->code, "SETDA") == 0)
    snprintf(t, cap, "Sekretaris Daerah");
  else if (strcmp(u->code, "SETWAN") == 0)
    snprintf(t, cap, "Sekretaris DPRD");
  else if (u->jenis == KJ_UNIT_INSPEKTORAT)
    snprintf(t, cap, "Inspektur");
  else if (u->jenis == KJ_UNIT_RSUD)
    snprintf(t, cap, "Direktur %s", u->name);
  else if (u->jenis == KJ_UNIT_KECAMATAN)
    snprintf(t, cap, "Camat %s", u->name + strlen("Kecamatan "));
  else
    snprintf(t, cap, "Kepala %s", u->name);
}

static void build_office(demo_people *pc, gsl_rng *rs, int u, long h, office *of) {
  demo_city *c = pc->c;
  const demo_unit *U = &c->units[u];
  int kec = U->jenis == KJ_UNIT_KECAMATAN, setda = strcmp(U->code, "SETDA") == 0;
  int rsud = U->jenis == KJ_UNIT_RSUD, insp = U->jenis == KJ_UNIT_INSPEKTORAT;
  int nb = demo_opd_nbidang(U);
  /* The sekretaris post exists where there is no bidang list standing for
   * it (Setda has bagian only; the RSUD's first bagian is its secretariat). */
  int has_sek = !setda && !rsud;
  char t[200];
  memset(of, 0, sizeof *of);
  head_title(U, t, sizeof t);
  of->head = add(pc, u, kec ? KJ_ADMINISTRATOR : KJ_JPT, t, 1, setda ? -1 : c->sekda);
  if (setda) c->sekda = of->head;
  long left = h - 1;
  if (left >= 5) {
    int want = kec ? 1 : (int)(1 + (left - 5) / (setda ? 18 : 22));
    int most = kec ? 1 : nb + has_sek;
    of->nadm = want < most ? want : most;
    if (of->nadm > MAX_ADM) of->nadm = MAX_ADM;
  }
  for (int k = 0; k < of->nadm; k++) {
    if (kec)
      snprintf(t, sizeof t, "Sekretaris Camat");
    else if (has_sek && k == 0)
      snprintf(t, sizeof t, "Sekretaris %s", U->name);
    else {
      const char *b = demo_opd_bidang(U, k - has_sek);
      snprintf(t, sizeof t, insp ? "%s" : "Kepala %s", b);
    }
    of->adm[k] = add(pc, u, KJ_ADMINISTRATOR, t, 1, of->head);
  }
  left -= of->nadm;
  if (left >= 8) {
    long want = kec ? left / 4 : left / 10;
    long most = kec ? 5 : insp ? 3 : 2 + 3L * of->nadm;
    if (want < 1) want = 1;
    of->npeng = (int)(want < most ? want : most);
    if (of->npeng > MAX_PENG) of->npeng = MAX_PENG;
  }
  static const char *const KASI_KEC[] = {
      "Kepala Subbagian Umum dan Kepegawaian", "Kepala Seksi Pemerintahan",
      "Kepala Seksi Ketenteraman dan Ketertiban Umum", "Kepala Seksi Pemberdayaan Masyarakat",
      "Kepala Seksi Pelayanan Umum"};
  int sek = of->nadm ? of->adm[0] : of->head;
  int nkabid = of->nadm - (has_sek || kec ? 1 : 0);
  if (nkabid < 0) nkabid = 0;
  for (int k = 0; k < of->npeng; k++) {
    int sup = sek;
    if (kec)
      snprintf(t, sizeof t, "%s", KASI_KEC[k]);
    else if (has_sek && k == 0)
      snprintf(t, sizeof t, "Kepala Subbagian Umum dan Kepegawaian");
    else if (has_sek && k == 1)
      snprintf(t, sizeof t, "Kepala Subbagian Perencanaan dan Keuangan");
    else if (insp)
      snprintf(t, sizeof t, "Kepala Subbagian Evaluasi dan Pelaporan");
    else if (nkabid > 0) {
      int j = (k - (has_sek ? 2 : 0)) % nkabid + (of->nadm - nkabid);
      sup = of->adm[j];
      const char *b = demo_opd_bidang(U, j - has_sek);
      snprintf(t, sizeof t, "%s pada %s",
               strncmp(b, "Bagian", 6) == 0 ? "Kepala Subbagian" : "Kepala Seksi", b);
    } else
      snprintf(t, sizeof t, "Kepala Subbagian Umum dan Kepegawaian");
    of->peng[k] = add(pc, u, KJ_PENGAWAS, t, 1, sup);
  }
  left -= of->npeng;
  if (!c->o->no_effects && strcmp(U->code, DEMO_OPD_LONGGAR) == 0 && of->npeng > 0) {
    c->longgar = of->peng[of->npeng > 2 ? 2 : of->npeng - 1];
    c->emp[c->longgar].leniency = DEMO_EFF_LONGGAR;
  }
  rr_pool ahli = {0}, terampil = {0}, pel = {0};
  for (int k = of->nadm - nkabid; k < of->nadm; k++) pool_add(&ahli, of->adm[k]);
  if (!ahli.n) pool_add(&ahli, sek);
  for (int k = 0; k < of->npeng; k++) pool_add(&pel, of->peng[k]), pool_add(&terampil, of->peng[k]);
  if (!pel.n) pel = ahli, terampil = ahli;
  for (long s = 0; s < left; s++)
    add_staff(pc, rs, u, functional_share(U->prof), U->prof, &ahli, &terampil, &pel, of->head);
}

/* A school, puskesmas, kelurahan or UPT with h people. */
static void build_sub(demo_people *pc, gsl_rng *rs, int u, long h, const office *parent) {
  if (h <= 0) return;
  demo_city *c = pc->c;
  demo_unit *U = &c->units[u];
  /* The administrator who rates the head: the kabid for schools (SD: first
   * bidang, SMP: second), health services, or the camat for a lurah. */
  int kabid = parent->nadm >= 2 ? parent->adm[1] : parent->nadm ? parent->adm[0] : parent->head;
  if (U->kind == SUB_SMP && parent->nadm >= 3) kabid = parent->adm[2];
  char t[200];
  demo_role ro = {KJ_FUNGSIONAL, NULL, NULL, NULL, 1, kabid};
  rr_pool lead = {0};
  long made = 0;
  if (U->kind == SUB_SD || U->kind == SUB_SMP || U->kind == SUB_PKM) {
    ro.job = demo_head_job(U->kind);
    ro.suffix = U->kind == SUB_PKM ? " (Kepala Puskesmas)" : " (Kepala Sekolah)";
    U->head = demo_add_person(pc, u, &ro);
    made = 1;
    if (U->kind == SUB_PKM && h >= 12) {
      snprintf(t, sizeof t, "Kepala Subbagian Tata Usaha %s", U->name);
      pool_add(&lead, add(pc, u, KJ_PENGAWAS, t, 1, U->head));
      made++;
    }
  } else if (U->kind == SUB_KEL) {
    snprintf(t, sizeof t, "Lurah %s", U->name + strlen("Kelurahan "));
    U->head = add(pc, u, KJ_PENGAWAS, t, 1, parent->head);
    made = 1;
    static const char *const KASI[] = {"Kepala Seksi Pemerintahan",
                                       "Kepala Seksi Pemberdayaan Masyarakat",
                                       "Kepala Seksi Ketenteraman dan Ketertiban Umum"};
    long nk = h >= 5 ? (h - 3) / 2 : 0;
    if (nk > 3) nk = 3;
    if (h >= 3) {
      snprintf(t, sizeof t, "Sekretaris %s", U->name);
      pool_add(&lead, add(pc, u, KJ_PENGAWAS, t, 1, U->head));
      made++;
    }
    for (long k = 0; k < nk; k++, made++)
      pool_add(&lead, add(pc, u, KJ_PENGAWAS, KASI[k], 1, U->head));
  } else {
    snprintf(t, sizeof t, "Kepala %s", U->name);
    U->head = add(pc, u, KJ_PENGAWAS, t, 1, kabid);
    made = 1;
  }
  rr_pool head = {0};
  pool_add(&head, U->head);
  double fshare = U->kind == SUB_KEL   ? 0.20
                  : U->kind == SUB_UPT ? 0.25
                  : U->kind == SUB_PKM ? 0.70
                                       : 0.82;
  rr_pool *pel = lead.n ? &lead : &head;
  for (; made < h; made++)
    add_staff(pc, rs, u, fshare, U->prof, &head, U->kind == SUB_KEL ? pel : &head, pel, U->head);
}

static double office_share(const demo_city *c, int o, int nchild) {
  const demo_unit *U = &c->units[o];
  if (nchild == 0) return 1.0;
  if (strcmp(U->code, "DISDIK") == 0) return 0.04;
  if (strcmp(U->code, "DINKES") == 0) return 0.12;
  if (U->jenis == KJ_UNIT_KECAMATAN) return 22.0 / (22.0 + 8.0 * nchild);
  return 0.78;
}

static void build_opd(demo_people *pc, gsl_rng *rs, int o, long h) {
  demo_city *c = pc->c;
  int nchild = 0;
  for (int i = o + 1; i < c->nunits && c->units[i].parent == o; i++) nchild++;
  long h_off = (long)(h * office_share(c, o, nchild) + 0.5);
  if (h_off < 3) h_off = h < 3 ? h : 3;
  if (h_off > h) h_off = h;
  office of;
  demo_reseed(rs, c->o->seed, DS_STRUCT, o);
  build_office(pc, rs, o, h_off, &of);
  if (!nchild) return;
  double *w = xcalloc((size_t)nchild, sizeof *w);
  long *hc = xcalloc((size_t)nchild, sizeof *hc);
  for (int k = 0; k < nchild; k++) w[k] = c->units[o + 1 + k].weight;
  demo_apportion(h - h_off, w, nchild, 0, hc);
  for (int k = 0; k < nchild; k++) {
    demo_reseed(rs, c->o->seed, DS_STRUCT, o + 1 + k);
    build_sub(pc, rs, o + 1 + k, hc[k], &of);
  }
  free(w);
  free(hc);
}

/* After the first year the regrouped school's people work at the successor,
 * under its head; its former head teaches there. */
static void apply_merge(demo_city *c) {
  int m = demo_unit_find(c, DEMO_UNIT_MERGED), s = demo_unit_find(c, DEMO_UNIT_SUCCESSOR);
  if (m < 0 || s < 0) return;
  int new_sup = c->units[s].head;
  for (long i = 0; i < c->nemp; i++) {
    demo_emp *e = &c->emp[i];
    if (e->unit != m) continue;
    e->unit0 = m;
    e->sup0 = e->sup;
    e->unit = s;
    if (new_sup >= 0) e->sup = new_sup;
    if (i == c->units[m].head) {
      char jabatan[128];
      demo_job_title(demo_head_job(SUB_SD), e, jabatan, sizeof jabatan);
      e->jabatan = demo_intern(c, jabatan);
    }
  }
}

void demo_build_people(demo_city *c) {
  c->emp = xcalloc((size_t)c->nemp, sizeof *c->emp);
  c->longgar = -1;
  c->sekda = -1;
  /* The Wali Kota is elected and has no NIP; a structurally valid number
   * outside the roster stands in as the Sekda's evaluator. */
  c->nip_walikota = 197001011990011999LL;
  demo_people pc = {c, 0, {0}};
  gsl_rng *rs = gsl_rng_alloc(gsl_rng_mt19937);
  double *w = xcalloc((size_t)c->nopd, sizeof *w);
  long *h = xcalloc((size_t)c->nopd, sizeof *h);
  int *idx = xcalloc((size_t)c->nopd, sizeof *idx);
  int k = 0;
  for (int i = 0; i < c->nunits; i++)
    if (c->units[i].parent < 0) idx[k] = i, w[k++] = c->units[i].weight;
  demo_apportion(c->nemp, w, c->nopd, 3, h);
  for (k = 0; k < c->nopd; k++) build_opd(&pc, rs, idx[k], h[k]);
  c->nemp = pc.next; /* equal by construction; never more than allocated */
  apply_merge(c);
  for (long i = 0; i < c->nemp; i++) /* keep the pseudo-NIP outside the roster */
    if (c->emp[i].nip == c->nip_walikota) c->nip_walikota -= 1, i = -1;
  for (long i = 0; i < c->nemp; i++)
    if (c->emp[i].sup < 0) c->emp[i].sup_ext = c->nip_walikota;
  kj_i64map_free(&pc.seq);
  gsl_rng_free(rs);
  free(w);
  free(h);
  free(idx);
}

void demo_write_pegawai(const demo_city *c, FILE *fp, long *rows) {
  fputs("nip,nama,kode_unit,jenis_pegawai,golongan,jabatan,jenis_jabatan,nip_atasan,"
        "jenis_kelamin,mulai,selesai,status\n",
        fp);
  for (long i = 0; i < c->nemp; i++) {
    const demo_emp *e = &c->emp[i];
    char gol[8];
    demo_golongan_text(e, gol);
    demo_csv_nip(fp, e->nip);
    fputc(',', fp);
    demo_csv_str(fp, e->nama);
    fprintf(fp, ",%s,%s,%s,", c->units[e->unit].code,
            kj_enum_canon(&kj_enum_jenis_pegawai, (int)e->jp), gol);
    demo_csv_str(fp, e->jabatan);
    fprintf(fp, ",%s,", kj_enum_canon(&kj_enum_jenis_jabatan, (int)e->jj));
    demo_csv_nip(fp, e->sup >= 0 ? c->emp[e->sup].nip : e->sup_ext);
    fprintf(fp, ",%s,", kj_enum_canon(&kj_enum_kelamin, (int)e->sex));
    /* joiners: TMT on the first day of their first month; retirees: the day
     * before TMT pensiun (the first day of the month after the BUP birthday) */
    if (e->start > 0)
      fprintf(fp, "%04d-%02d-01", demo_year_of(c, e->start), demo_month_of(e->start));
    fputc(',', fp);
    if (e->end < c->months) {
      int y = demo_year_of(c, e->end - 1), m = demo_month_of(e->end - 1);
      fprintf(fp, "%04d-%02d-%02d,PENSIUN\n", y, m, kj_days_in_month(y, m));
    } else {
      fputs(",AKTIF\n", fp);
    }
  }
  *rows = c->nemp;
}
