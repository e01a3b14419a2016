/* qsort_win.c — the Windows build's qsort: the algorithm of glibc's qsort
 * (stdlib/msort.c, a top-down merge sort), so that kinerja.exe orders equal
 * keys as the Linux build does.
 *
 * The C standard leaves the order of elements that compare equal open.
 * glibc's qsort is a merge sort: stable, and a function of the comparison
 * results only. msvcrt's qsort (MinGW-w64) is a quicksort, which reorders
 * ties; where a comparator does not separate two records that differ (an
 * evaluator's ratings in src/analysis/evaluators.c), sums then ran in another
 * order and printed statistics differed in the last digits. Here the same
 * halving (n1 = n / 2) and the same merge rule (take the left element when
 * cmp(left, right) <= 0) as glibc make the same calls to the comparator, so
 * the result is glibc's even for a comparator that is not a strict order.
 * glibc falls back to an in-place quicksort only when the scratch copy would
 * exceed a quarter of physical memory; here a failed allocation falls back
 * to a stable insertion sort. Nothing is compiled on other systems. */
#ifdef _WIN32
#include <stdlib.h>
#include <string.h>

typedef int (*kj_cmp_fn)(const void *, const void *);

static void msort_with_tmp(char *b, size_t n, size_t s, kj_cmp_fn cmp, char *t) {
  if (n <= 1) return;
  size_t n1 = n / 2, n2 = n - n1;
  char *b1 = b, *b2 = b + n1 * s, *tmp = t;
  msort_with_tmp(b1, n1, s, cmp, t);
  msort_with_tmp(b2, n2, s, cmp, t);
  while (n1 > 0 && n2 > 0) {
    if (cmp(b1, b2) <= 0) {
      memcpy(tmp, b1, s);
      b1 += s;
      --n1;
    } else {
      memcpy(tmp, b2, s);
      b2 += s;
      --n2;
    }
    tmp += s;
  }
  if (n1 > 0) memcpy(tmp, b1, n1 * s);
  memcpy(b, t, (n - n2) * s);
}

void qsort(void *base, size_t n, size_t s, kj_cmp_fn cmp) {
  if (n <= 1 || s == 0) return;
  char *t = n <= (size_t)-1 / s ? malloc(n * s) : NULL;
  if (t) {
    msort_with_tmp(base, n, s, cmp, t);
    free(t);
    return;
  }
  /* no scratch memory: a stable insertion sort, element by element */
  char *b = base, one[256];
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0 && cmp(b + (j - 1) * s, b + j * s) > 0; j--)
      for (size_t off = 0; off < s; off += sizeof one) {
        size_t k = s - off < sizeof one ? s - off : sizeof one;
        memcpy(one, b + (j - 1) * s + off, k);
        memcpy(b + (j - 1) * s + off, b + j * s + off, k);
        memcpy(b + j * s + off, one, k);
      }
}
#else
typedef int kj_qsort_win_unused; /* glibc's own qsort is used */
#endif
