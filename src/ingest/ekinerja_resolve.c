/* ekinerja_resolve.c — step 2 of reading e-Kinerja exports (ekinerja.c):
 * which row of each employee and evaluation period is their result.
 *
 * Rows are grouped by NIP and period. Rows of the same SKP (the same
 * periode_awal_skp, e.g. one export downloaded twice) collapse to the
 * latest one with a result. Several distinct SKPs of one period (a mutasi
 * or a promotion during the period) are all kept, and the period's result
 * follows the skp_ganda policy (data.md): terakhir, the SKP with the latest
 * end; bulan, the days-weighted IKP with predikat and unit from the SKP
 * covering most days; terendah, the lowest predikat; ties go to the later
 * end. Rated SKPs take precedence over unrated ones. Acting rows never take
 * part; a NIP with only acting rows for a period is warned about. The
 * employees with several SKPs and those whose (partial-)year SKPs cover
 * fewer than 12 months are listed for the import summary.
 */
#include "domain/rules.h"
#include "ingest/ekinerja_int.h"

#include <math.h>

/* Employees listed by name in the import summary per list (several SKPs,
 * partial years); `kinerja check` lists them all. */
#define EKJ_NOTES_MAX 20

static const char *kj_ekinerja_policy_name(int p) {
  return p == 1 ? "bulan" : p == 2 ? "terendah" : "terakhir";
}

void ekj_day_text(int32_t days, char out[16]) {
  int y, m, d;
  kj_date_from_days(days, &y, &m, &d);
  snprintf(out, 16, "%04d-%02d-%02d", y, m, d);
}

typedef struct sort_key {
  int64_t nip;
  int32_t per, awal, akhir;
  uint32_t idx;
  int acting;
} sort_key;

/* By NIP and evaluation period; own SKPs before acting rows; then by SKP. */
static int cmp_key(const void *pa, const void *pb) {
  const sort_key *a = pa, *b = pb;
  if (a->nip != b->nip) return a->nip < b->nip ? -1 : 1;
  if (a->per != b->per) return a->per < b->per ? -1 : 1;
  if (a->acting != b->acting) return a->acting - b->acting;
  if (a->awal != b->awal) return a->awal < b->awal ? -1 : 1;
  if (a->akhir != b->akhir) return a->akhir < b->akhir ? -1 : 1;
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static void warn_tie(ekj_state *S, const ekj_rec *kept, const ekj_rec *other) {
  char loc[1200], oloc[1200], per[16], nip[19];
  ekj_cell_loc(&S->files[kept->file], kept->row, EK_AKHIR, loc, sizeof loc);
  ekj_cell_loc(&S->files[other->file], other->row, EK_AKHIR, oloc, sizeof oloc);
  kj_period_format(ekj_period_unpack(kept->per), per);
  kj_nip_format(kept->nip, nip);
  kj_diag_warn_at(S->L->diag, loc, "periode_akhir_skp",
                  "NIP %s has another row for periode %s with the same periode_akhir_skp (%s); "
                  "the later row, this one, is kept",
                  nip, per, oloc);
}

/* The predikat of a row from its two ratings (the matrix), -1 when it has
 * none (not rated, a Laporan SKP, an invalid rating the kind will report). */
int ekj_rec_predikat(ekj_state *S, const ekj_rec *r) {
  if (r->not_rated || r->no_result) return -1;
  int hk = kj_enum_parse(&kj_enum_rating, ekj_str(S, r->text[R_HASIL_KERJA]));
  int pk = kj_enum_parse(&kj_enum_rating, ekj_str(S, r->text[R_PERILAKU]));
  if (hk < 0 || pk < 0) return -1;
  return (int)kj_predikat_matrix((kj_rating)hk, (kj_rating)pk);
}

/* First and last day (days since 1970) of a period. */
static void period_days(kj_period p, long *from, long *to) {
  int m1 = kj_period_first_month(p), m2 = kj_period_last_month(p);
  *from = kj_date_days(p.year, m1, 1);
  *to = kj_date_days(p.year, m2, kj_days_in_month(p.year, m2));
}

static long overlap_days(const ekj_rec *r, long from, long to) {
  long a = r->awal > from ? r->awal : from, b = r->akhir < to ? r->akhir : to;
  return b >= a ? b - a + 1 : 0;
}

/* 1 when candidate c beats the current choice b under the policy. */
static int better(int policy, const ekj_rec *c, int pc, long dc, const ekj_rec *b, int pb,
                  long db) {
  if (policy == 2 && pc != pb) return pc > pb; /* terendah: higher enum = lower predikat */
  if (policy == 1 && dc != db) return dc > db; /* bulan: the SKP covering most days */
  return c->akhir > b->akhir || (c->akhir == b->akhir && c >= b);
}

/* One (nip, period) with n > 1 distinct SKPs k[0..n) (their latest rows):
 * marks the winner by the skp_ganda policy, computes the weighted IKP for
 * `bulan`, counts the others, and lists the employee in the notes. */
static void choose(ekj_state *S, const sort_key *k, int n) {
  int policy = S->L->opts->skp_ganda;
  kj_period per = ekj_period_unpack(S->recs[k[0].idx].per);
  long from, to;
  period_days(per, &from, &to);
  int any_rated = 0;
  for (int i = 0; i < n; i++) any_rated |= ekj_rec_predikat(S, &S->recs[k[i].idx]) >= 0;
  int best = -1, pbest = 0;
  long dbest = 0;
  double wsum = 0, isum = 0;
  for (int i = 0; i < n; i++) {
    const ekj_rec *c = &S->recs[k[i].idx];
    int pc = ekj_rec_predikat(S, c);
    if (any_rated && pc < 0) continue;
    long dc = overlap_days(c, from, to);
    if (pc >= 0) {
      double w = dc > 0 ? (double)dc : 0;
      wsum += w;
      isum += w * kj_ikp_points((kj_predikat)pc);
    }
    if (best < 0 || better(policy, c, pc, dc, &S->recs[k[best].idx], pbest, dbest)) {
      best = i;
      pbest = pc;
      dbest = dc;
    }
  }
  ekj_rec *w = &S->recs[k[best].idx];
  w->winner = 1;
  w->nskp = (uint8_t)(n > 255 ? 255 : n);
  if (policy == 1 && any_rated && wsum > 0) w->ikp = isum / wsum;
  for (int i = 0; i < n; i++) {
    if (i == best) continue;
    kj_import_file_result *fr = S->files[S->recs[k[i].idx].file].res;
    fr->several++;
    fr->skipped++;
  }
  kj_import_result *res = S->res;
  if (res->skp_ganda++ < EKJ_NOTES_MAX) {
    char nip[19], ps[16], d1[16], d2[16];
    kj_nip_format(w->nip, nip);
    kj_period_format(per, ps);
    ekj_day_text(w->awal, d1);
    ekj_day_text(w->akhir, d2);
    kj_buf_printf(&S->notes, "    %s %s, periode %s: %d SKPs; %s chose %s to %s (%s)", nip,
                  ekj_str(S, w->text[R_NAMA]), ps, n, kj_ekinerja_policy_name(policy), d1, d2,
                  ekj_str(S, w->text[R_UNOR_TEXT]));
    if (policy == 1 && !isnan(w->ikp)) kj_buf_printf(&S->notes, ", IKP %.2f", (double)w->ikp);
    kj_buf_putc(&S->notes, '\n');
  }
}

/* Months (bit m-1) of the year covered by a (partial-)year SKP span. */
static int span_months(const ekj_rec *r) {
  int y, m1, m2, d;
  kj_date_from_days(r->awal, &y, &m1, &d);
  kj_date_from_days(r->akhir, &y, &m2, &d);
  int mask = 0;
  for (int m = m1; m <= m2; m++) mask |= 1 << (m - 1);
  return mask;
}

static int popcount12(int v) {
  int n = 0;
  for (int i = 0; i < 12; i++) n += (v >> i) & 1;
  return n;
}

/* Step 2: winners per (nip, period) by the skp_ganda policy, the roster row
 * per nip, skip counts, and the lists for the summary: several SKPs,
 * partial years (from the SKPs whose own span is a (partial) year), acting
 * rows without an own SKP. */
void ekj_resolve(ekj_state *S) {
  size_t n = S->nrecs;
  sort_key *k = xmalloc((n + 1) * sizeof *k);
  for (size_t i = 0; i < n; i++) {
    const ekj_rec *r = &S->recs[i];
    k[i] = (sort_key){r->nip, r->per, r->awal, r->akhir, (uint32_t)i, r->acting};
  }
  qsort(k, n, sizeof *k, cmp_key);
  kj_buf sebagian = {0};
  sort_key *reps = xmalloc((n + 1) * sizeof *reps);
  size_t emp_best = SIZE_MAX;
  int months = 0, year = -1;
  for (size_t g = 0; g < n;) {
    size_t e = g; /* the group (nip, per): [g, e) */
    while (e < n && k[e].nip == k[g].nip && k[e].per == k[g].per) e++;
    size_t own = g; /* own SKPs: [g, own) */
    while (own < e && !k[own].acting) own++;
    if (own == g) { /* acting rows only */
      const ekj_rec *r = &S->recs[k[g].idx];
      if (S->res->plt_saja++ < EKJ_NOTES_MAX) {
        char loc[1200], nip[19], ps[16];
        ekj_cell_loc(&S->files[r->file], r->row, EK_PLT, loc, sizeof loc);
        kj_nip_format(r->nip, nip);
        kj_period_format(ekj_period_unpack(r->per), ps);
        kj_diag_warn_at(S->L->diag, loc, NULL,
                        "NIP %s has only acting (PLT/PLH/PJ) rows for periode %s and no SKP of "
                        "their own post; the acting rows are kept apart and count nowhere",
                        nip, ps);
      }
    }
    int nreps = 0;
    for (size_t i = g; i < own;) {
      /* one SKP [i, j): the rows of the same start; its latest row with a
       * result represents it (a Laporan SKP row never hides a result) */
      size_t j = i, rep = SIZE_MAX;
      while (j < own && k[j].awal == k[i].awal) j++;
      for (size_t x = i; x < j; x++)
        if (!S->recs[k[x].idx].no_result) rep = x;
      if (rep == SIZE_MAX) rep = j - 1;
      for (size_t x = i; x < j; x++) {
        ekj_rec *r = &S->recs[k[x].idx];
        if (x == rep) continue;
        r->duplicate = 1;
        S->files[r->file].res->skipped++;
        if (r->no_result) continue;
        S->files[r->file].res->superseded++;
        if (x + 1 == rep && k[x].akhir == k[rep].akhir) warn_tie(S, &S->recs[k[rep].idx], r);
      }
      reps[nreps++] = k[rep];
      i = j;
    }
    if (nreps == 1) {
      S->recs[reps[0].idx].winner = 1;
      S->recs[reps[0].idx].nskp = 1;
    } else if (nreps > 1) {
      choose(S, reps, nreps);
    }
    for (int i = 0; i < nreps; i++) {
      ekj_rec *r = &S->recs[reps[i].idx];
      if (r->winner && r->not_rated) {
        S->files[r->file].res->not_rated++;
        S->files[r->file].res->skipped++;
      } else if (r->winner && r->no_result) {
        S->files[r->file].res->skipped++;
      }
    }
    /* the employee's latest own row; the months their yearly SKPs cover */
    for (size_t i = g; i < own; i++) {
      const ekj_rec *r = &S->recs[k[i].idx];
      if (emp_best == SIZE_MAX || S->recs[emp_best].akhir < r->akhir ||
          (S->recs[emp_best].akhir == r->akhir && emp_best < k[i].idx))
        emp_best = k[i].idx;
      if (r->span_per % 10000 / 100 == 4) { /* tahunan */
        int y = r->span_per / 10000;
        if (y != year) months = 0;
        year = y;
        months |= span_months(r);
      }
    }
    int last_of_nip = e == n || k[e].nip != k[g].nip;
    int next_year = last_of_nip ? -1 : k[e].per / 10000;
    if (year >= 0 && (last_of_nip || next_year != year)) {
      if (months != 0xFFF && S->res->skp_sebagian++ < EKJ_NOTES_MAX) {
        char nip[19];
        kj_nip_format(k[g].nip, nip);
        kj_buf_printf(&sebagian, "    %s %s, %d: SKPs cover %d of 12 months\n", nip,
                      emp_best != SIZE_MAX ? ekj_str(S, S->recs[emp_best].text[R_NAMA]) : "",
                      year, popcount12(months));
      }
      year = -1;
      months = 0;
    }
    if (last_of_nip) {
      if (emp_best != SIZE_MAX) S->recs[emp_best].employee = 1;
      emp_best = SIZE_MAX;
    }
    g = e;
  }
  kj_import_result *res = S->res;
  kj_buf out = {0};
  if (res->skp_ganda) {
    kj_buf_printf(&out, "employees with several SKPs for one period (mutasi, promosi): %ld; "
                        "skp_ganda = %s\n%s", res->skp_ganda,
                  kj_ekinerja_policy_name(S->L->opts->skp_ganda), kj_buf_cstr(&S->notes));
    if (res->skp_ganda > EKJ_NOTES_MAX)
      kj_buf_printf(&out, "    ... and %ld more (kinerja check lists them all)\n",
                    res->skp_ganda - EKJ_NOTES_MAX);
  }
  if (res->skp_sebagian) {
    kj_buf_printf(&out, "employees whose SKPs cover part of a year (appointment, mutasi, leave): "
                        "%ld\n%s", res->skp_sebagian, kj_buf_cstr(&sebagian));
    if (res->skp_sebagian > EKJ_NOTES_MAX)
      kj_buf_printf(&out, "    ... and %ld more (kinerja check lists them all)\n",
                    res->skp_sebagian - EKJ_NOTES_MAX);
  }
  if (res->plt_saja)
    kj_buf_printf(&out, "employee-periods with only acting rows: %ld (warned above)\n",
                  res->plt_saja);
  if (out.len) res->notes = kj_buf_take(&out);
  kj_buf_free(&out);
  kj_buf_free(&sebagian);
  free(reps);
  free(k);
}

