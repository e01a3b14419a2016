/* date.h — calendar dates and the date spellings of data.md.
 *
 * Accepted: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY, each optionally followed by
 * " HH:MM" or " HH:MM:SS" (a 'T' separator is accepted too).
 */
#ifndef KJ_DATE_H
#define KJ_DATE_H

typedef struct kj_date {
  int y, m, d;      /* calendar date, validated */
  int hh, mi, ss;   /* time of day, 0 when absent */
  int has_time;     /* 1 when a time was given */
} kj_date;

/* Parses s. Returns 0, or -1 with a reason in why (cap bytes). */
int kj_date_parse(const char *s, kj_date *out, char *why, int cap);
/* "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" into out (20 bytes suffice). */
void kj_date_format(const kj_date *d, char *out, int cap);
/* 1 when y-m-d is a real calendar day. */
int kj_date_valid(int y, int m, int d);
int kj_days_in_month(int y, int m);
/* Days since 1970-01-01 (proleptic Gregorian), for lags. */
long kj_date_days(int y, int m, int d);
/* Inverse of kj_date_days. */
void kj_date_from_days(long days, int *y, int *m, int *d);

#endif
