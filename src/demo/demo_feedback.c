/* demo_feedback.c — leader feedback events (umpan_balik.csv).
 *
 * Continuous feedback (umpan balik berkelanjutan, PermenPAN-RB 6/2022) from
 * the supervisor of the month: each employee-year gets a Poisson number of
 * events whose mean is the OPD's habit (1 to 3.5 a year, pro rata for part
 * years), on working days. Able employees get APRESIASI a little more often
 * and PERBAIKAN less, so the association analytics.md §10 looks for exists
 * but is mild; DIALOG is the rest. An event repeating the same day, giver,
 * receiver and jenis (the key) is dropped.
 */
#include "demo/demo_internal.h"
#include "domain/date.h"

#include <gsl/gsl_randist.h>
#include <stdlib.h>

typedef struct event {
  long day;
  int jenis;
  int64_t giver;
} event;

static int by_day(const void *a, const void *b) {
  const event *x = a, *y = b;
  if (x->day != y->day) return x->day < y->day ? -1 : 1;
  if (x->jenis != y->jenis) return x->jenis - y->jenis;
  return x->giver < y->giver ? -1 : x->giver > y->giver;
}

/* Moves a weekend day to the Friday before, or the Monday after when the
 * Friday falls in the previous month. */
static long working_day(int y, int m, int d) {
  long days = kj_date_days(y, m, d);
  int wd = (int)((days % 7 + 7 + 4) % 7); /* 0 = Sunday; 1970-01-01 was a Thursday */
  int back = wd == 6 ? 1 : wd == 0 ? 2 : 0;
  if (back && d - back < 1) return days + (wd == 6 ? 2 : 1);
  return days - back;
}

void demo_write_feedback(demo_city *c, FILE *fp, long *rows) {
  fputs("tanggal,nip_pemberi,nip_penerima,jenis\n", fp);
  long n = 0;
  gsl_rng *r = c->rng;
  enum { MAXEV = 64 };
  event ev[MAXEV];
  for (long i = 0; i < c->nemp; i++) {
    const demo_emp *e = &c->emp[i];
    demo_reseed(r, c->o->seed, DS_FEEDBACK, i);
    for (int y = 0; y < c->years; y++) {
      int t0 = y * 12, t1 = t0 + 12;
      int a = e->start > t0 ? e->start : t0, b = e->end < t1 ? e->end : t1;
      int o = c->units[demo_unit_at(c, i, a < b ? a : t0)].opd;
      double lambda = c->opd_fb[o] * (a < b ? (b - a) / 12.0 : 0.0);
      unsigned k = lambda > 0 ? gsl_ran_poisson(r, lambda) : 0;
      if (k > MAXEV) k = MAXEV;
      double pa = demo_clamp(0.40 + 0.12 * e->a, 0.10, 0.80);
      double pp = demo_clamp(0.20 - 0.08 * e->a, 0.05, 0.50);
      int ne = 0;
      for (unsigned j = 0; j < k; j++) {
        int t = demo_int(r, a, b - 1);
        int year = demo_year_of(c, t), mon = demo_month_of(t);
        int d = demo_int(r, 1, kj_days_in_month(year, mon));
        double u = demo_unif(r);
        ev[ne].day = working_day(year, mon, d);
        ev[ne].jenis = u < pa ? KJ_APRESIASI : u < pa + pp ? KJ_PERBAIKAN : KJ_DIALOG;
        ev[ne].giver = demo_sup_nip_at(c, i, t);
        ne++;
      }
      qsort(ev, (size_t)ne, sizeof ev[0], by_day);
      for (int j = 0; j < ne; j++) {
        if (j > 0 && by_day(&ev[j], &ev[j - 1]) == 0) continue;
        demo_csv_date(fp, ev[j].day);
        fputc(',', fp);
        demo_csv_nip(fp, ev[j].giver);
        fputc(',', fp);
        demo_csv_nip(fp, e->nip);
        fprintf(fp, ",%s\n", kj_enum_canon(&kj_enum_jenis_ub, ev[j].jenis));
        n++;
      }
    }
  }
  *rows = n;
}
