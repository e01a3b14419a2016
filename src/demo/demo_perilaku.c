/* demo_perilaku.c — BerAKHLAK behaviour scores (perilaku.csv).
 *
 * Per employee and semester (YYYY-S1, YYYY-S2) each of the seven core values
 * is scored 1.0–5.0 by the supervisor (ATASAN), a peer (REKAN; missing for a
 * few employee-semesters) and the employee (DIRI):
 *
 *   skor = 3.72 + 0.30 b + 0.12 v_k + opd_k + bias_source + N(0, 0.28)
 *
 * with b the behaviour trait that also drives the monthly perilaku rating,
 * v_k the person's own tilt on value k, opd_k the OPD's habit on value k
 * (tiny, except the two planted effects) and a source bias (self-ratings
 * +0.30, peers +0.05), clamped to the scale and printed with two decimals.
 */
#include "demo/demo_internal.h"

static const kj_sumber SOURCES[] = {KJ_ATASAN, KJ_REKAN, KJ_DIRI};
static const double BIAS[] = {0.0, 0.05, 0.30};

void demo_write_perilaku(demo_city *c, FILE *fp, long *rows) {
  fputs("nip,periode,nilai,sumber,skor\n", fp);
  long n = 0;
  gsl_rng *r = c->rng;
  for (long i = 0; i < c->nemp; i++) {
    const demo_emp *e = &c->emp[i];
    demo_reseed(r, c->o->seed, DS_PERILAKU, i);
    for (int sem = 0; sem < c->years * 2; sem++) {
      int t0 = sem * 6, t1 = t0 + 6;
      double noise[3][KJ_NILAI_N];
      for (int s = 0; s < 3; s++)
        for (int v = 0; v < KJ_NILAI_N; v++) noise[s][v] = demo_norm(r, 0.28);
      int no_peer = demo_bern(r, 0.08);
      if (e->end <= t0 || e->start >= t1) continue;
      int last = (e->end < t1 ? e->end : t1) - 1;
      int o = c->units[demo_unit_at(c, i, last)].opd;
      char per[16];
      snprintf(per, sizeof per, "%04d-S%d", c->o->from_year + sem / 2, sem % 2 + 1);
      for (int v = 0; v < KJ_NILAI_N; v++) {
        for (int s = 0; s < 3; s++) {
          if (SOURCES[s] == KJ_REKAN && no_peer) continue;
          double skor = 3.72 + 0.30 * e->b + 0.12 * e->v[v] + c->opd_val[o * KJ_NILAI_N + v] +
                        BIAS[s] + noise[s][v];
          skor = demo_clamp(skor, 1.0, 5.0);
          demo_csv_nip(fp, e->nip);
          fprintf(fp, ",%s,%s,%s,%.2f\n", per, kj_enum_canon(&kj_enum_nilai, v),
                  kj_enum_canon(&kj_enum_sumber, (int)SOURCES[s]), skor);
          n++;
        }
      }
    }
  }
  *rows = n;
}
