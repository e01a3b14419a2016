/* period.h — appraisal periods (data.md "Periods").
 *
 * Canonical text: "2025" (tahunan), "2025-S1" (semester), "2025-Q3"
 * (triwulan), "2025-07" (bulanan). Accepted spellings: YYYY-MM, YYYY-Qn,
 * YYYY-TWn, YYYY-Sn, YYYY, and names such as "Januari 2025", "Jan 2025",
 * "Triwulan I 2025", "TW 2 2025", "Semester II 2025", "Tahun 2025".
 */
#ifndef KJ_PERIOD_H
#define KJ_PERIOD_H

typedef enum kj_period_type {
  KJ_PER_TAHUNAN = 'A',
  KJ_PER_SEMESTER = 'S',
  KJ_PER_TRIWULAN = 'Q',
  KJ_PER_BULANAN = 'M'
} kj_period_type;

typedef struct kj_period {
  int year;            /* 1900..2199 */
  kj_period_type type;
  int num;             /* month 1..12, quarter 1..4, semester 1..2; 0 for tahunan */
} kj_period;

/* Parses s. Returns 0, or -1 with a reason in why. */
int kj_period_parse(const char *s, kj_period *out, char *why, int cap);
/* Canonical text (at most 8 chars + NUL). */
void kj_period_format(kj_period p, char out[16]);
/* First and last month (1..12) covered by the period. */
int kj_period_first_month(kj_period p);
int kj_period_last_month(kj_period p);
/* Index on a period-type scale across years: months since year 0 for
 * bulanan, quarters for triwulan, semesters for semester, years for tahunan.
 * Differences of indexes give spacing for trend regressions. */
long kj_period_index(kj_period p);
/* Periods per year of the type (12, 4, 2, 1). */
int kj_period_per_year(kj_period_type t);

/* Name of month m (1..12) for people: "Januari"/"January", or with compact
 * "Jan"/"Jan", "Agu"/"Aug". english selects English. "?" out of range. */
const char *kj_month_name(int m, int english, int compact);
/* A period for people: "Januari 2025", "Triwulan I 2025", "Semester II 2025",
 * "2025" (English "January 2025", "Quarter 1 2025", "Half 2 2025"); with
 * compact, for chart axes: "Jan 2025", "TW I 2025", "Sem II 2025" ("Q1
 * 2025", "H2 2025"). Writes to out (cap bytes) and returns it. */
char *kj_period_label(kj_period p, int english, int compact, char *out, int cap);

#endif
