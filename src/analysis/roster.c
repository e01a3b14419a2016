/* roster.c — the roster of a period (data.md "Roster of a period"): who is
 * expected to be rated for a period, and in which unit. Every completeness
 * figure divides by it: the annual data-quality tables (quality.c, and
 * through them `check`, the briefing, the Rapor OPD and the study) and the
 * monthly monitoring (bulanan.c).
 *
 * An employee is on the roster of a period when their start lies on or
 * before the period's last day and they have no `selesai` or it lies on or
 * after the period's first day. The start is `mulai`; when it is empty the
 * start is open (the earliest e-Kinerja SKP span would come next, but this
 * store keeps no SKP spans). Having no appraisal never removes anyone.
 *
 * The unit for a period is the unit on the employee's record for it (a
 * result, else a known-missing record); without one, the unit on their
 * latest earlier record of any type (a coarser record ending in the same
 * month counts); else the current unit.
 */
#include "analysis/engine_int.h"
#include "domain/date.h"
#include "domain/period.h"

long an_pkey_start_days(an_pkey k) {
  int y = k / 100, c = k % 100;
  int m = c == 0 ? 1 : c <= 12 ? c : c < 30 ? 3 * (c - 21) + 1 : 6 * (c - 31) + 1;
  return kj_date_days(y, m, 1);
}

int an_roster_in(const an_model *m, int32_t e, long start, long end) {
  const an_emp *em = &m->emp[e];
  if (em->mulai != AN_OPEN_START && em->mulai > end) return 0;
  if (em->selesai != AN_OPEN_END && em->selesai < start) return 0;
  return 1;
}

int32_t an_roster_pick(const an_model *m, int32_t e, an_pkey p, int32_t kosong_unit, long latest) {
  const an_emp *em = &m->emp[e];
  if (!an_roster_in(m, e, an_pkey_start_days(p), an_pkey_end_days(p))) return -1;
  long own = em->nrec ? an_rec_find(m, e, p) : -1;
  if (own >= 0) return m->recs[own].unit;
  if (kosong_unit >= 0) return kosong_unit;
  return latest >= 0 ? m->recs[latest].unit : em->unit;
}

int32_t an_roster_unit(const an_model *m, int32_t e, an_pkey p, int32_t kosong_unit) {
  const an_emp *em = &m->emp[e];
  long end = an_pkey_end_days(p), best = -1, best_end = 0;
  for (int32_t k = em->rec0; k < em->rec0 + em->nrec; k++) {
    const an_rec *x = &m->recs[k];
    long xe = an_pkey_end_days(x->pkey);
    if (xe <= end && (best < 0 || xe > best_end || (xe == best_end && x->pkey > m->recs[best].pkey)))
      best = k, best_end = xe;
  }
  return an_roster_pick(m, e, p, kosong_unit, best);
}
