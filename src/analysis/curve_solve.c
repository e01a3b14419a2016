/* curve_solve.c — the exact minimum number of predikat changes that makes an
 * OPD's distribution satisfy its curve rules (analytics.md §5).
 *
 * The problem is a five-variable integer program: find integer x >= 0 with
 * sum x = n and lo_r <= x(S_r) <= hi_r for every rule r (x(S) = sum of x_i
 * over the predikat set S), minimising 1/2 sum |x_i - c_i|. Because the
 * totals agree, 1/2 sum |x - c| = sum max(0, x_i - c_i), which becomes linear
 * with split variables p_i >= x_i - c_i, p_i >= 0: minimise sum p. n runs into
 * the thousands, so enumerating x (O(n^4)) is out; custom rules may use any
 * predikat sets, so the constraint matrix need not be totally unimodular and
 * the LP optimum need not be integral. Hence branch and bound: solve the LP
 * relaxation with a dense two-phase simplex (Bland's rule, so degenerate
 * pivots cannot cycle), branch on a fractional x_i (x_i <= floor | x_i >=
 * ceil), and prune a node when the ceiling of its LP bound is no better than
 * the best integer solution found. Every integer x lies in exactly one leaf
 * region and each leaf's LP value bounds the objective of all integer points
 * in it from below, so the search returns the true minimum; it terminates
 * because every branch shrinks a bounded integer range.
 *
 * Why floating point is safe here: all coefficients are 0 or +-1 and every
 * right-hand side is an integer <= n. Expanding a basis determinant along its
 * slack and artificial columns (unit vectors) and its p columns (one -1 each)
 * leaves a minor of at most 5 x 5 with entries in {0, 1}, whose determinant
 * is at most 5 in absolute value. By Cramer's rule every vertex coordinate,
 * tableau entry and reduced cost is then a rational with denominator <= 5: a
 * non-integral value is at least 1/5 away from an integer and a non-zero
 * entry at least 1/5 away from 0. Rounding errors for n up to KJ_CURVE_MAX_N
 * stay below 1e-7, so the tolerances below (1e-9 on pivots, 1e-4 on
 * integrality, pruning and phase-1 feasibility) classify every value
 * correctly. The integer solution returned is re-checked in exact integer
 * arithmetic all the same.
 */
#include "analysis/curve_int.h"

#include "util/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NX KJ_PREDIKAT_N                                   /* x_0..x_4 */
#define NV (2 * NX)                                        /* x and p */
#define LP_MAXR (NX + 1 + 2 * KJ_CURVE_MAX_RULES + 2 * NX) /* rows */
#define LP_MAXC (NV + 2 * LP_MAXR)                         /* + slacks, artificials */
#define PIVOT_EPS 1e-9
#define INT_TOL 1e-4
#define BB_MAX_NODES 200000L
#define SIMPLEX_MAX_ITER 5000

enum { LP_OPTIMAL, LP_INFEASIBLE, LP_UNBOUNDED, LP_STALLED };
enum { LE = -1, EQ = 0, GE = 1 };

typedef struct lp {
  int m;                             /* rows */
  double a[LP_MAXR][NV], b[LP_MAXR]; /* a x (sense) b */
  int sense[LP_MAXR];
  /* tableau: rows 0..m-1 constraints, row m reduced costs; column ncols = rhs */
  double t[LP_MAXR + 1][LP_MAXC + 1];
  int basis[LP_MAXR];
  int ncols, first_art;
} lp;

typedef struct bb {
  const long *c;
  long n;
  const kj_curve_bound *b;
  int m;
  long best; /* best objective so far, -1 = none */
  long best_x[NX];
  long nodes;
  lp lp; /* one workspace, rebuilt at every node */
} bb;

static void lp_add(lp *p, const double *a, double b, int sense) {
  memcpy(p->a[p->m], a, sizeof p->a[0]);
  p->b[p->m] = b;
  p->sense[p->m] = sense;
  p->m++;
}

static void lp_pivot(lp *p, int r, int col) {
  int w = p->ncols;
  double pv = p->t[r][col];
  for (int j = 0; j <= w; j++) p->t[r][j] /= pv;
  p->t[r][col] = 1.0;
  for (int i = 0; i <= p->m; i++) {
    double f = p->t[i][col];
    if (i == r || f == 0) continue;
    for (int j = 0; j <= w; j++) p->t[i][j] -= f * p->t[r][j];
    p->t[i][col] = 0.0;
    if (i < p->m && fabs(p->t[i][w]) < 1e-11) p->t[i][w] = 0.0;
  }
  p->basis[r] = col;
}

/* Sets the reduced-cost row for column costs cc. */
static void lp_price(lp *p, const double *cc) {
  int w = p->ncols;
  for (int j = 0; j <= w; j++) {
    double d = j < w ? cc[j] : 0.0;
    for (int i = 0; i < p->m; i++) d -= cc[p->basis[i]] * p->t[i][j];
    p->t[p->m][j] = d;
  }
}

/* Primal simplex with Bland's rule on the current tableau. */
static int lp_iterate(lp *p, int ncand) {
  int w = p->ncols;
  for (int it = 0; it < SIMPLEX_MAX_ITER; it++) {
    int col = -1;
    for (int j = 0; j < ncand && col < 0; j++)
      if (p->t[p->m][j] < -PIVOT_EPS) col = j;
    if (col < 0) return LP_OPTIMAL;
    int r = -1;
    double best = 0;
    for (int i = 0; i < p->m; i++) {
      if (p->t[i][col] <= PIVOT_EPS) continue;
      double ratio = p->t[i][w] / p->t[i][col];
      if (r < 0 || ratio < best - PIVOT_EPS ||
          (ratio <= best + PIVOT_EPS && p->basis[i] < p->basis[r])) {
        r = i;
        best = ratio;
      }
    }
    if (r < 0) return LP_UNBOUNDED;
    lp_pivot(p, r, col);
  }
  return LP_STALLED;
}

/* Minimises cost . x subject to the rows, x >= 0. Two phases. */
static int lp_solve(lp *p, const double *cost, double *x, double *z) {
  int ns = 0, na = 0;
  for (int i = 0; i < p->m; i++) {
    if (p->b[i] < 0) { /* keep b >= 0 so the starting basis is feasible */
      for (int j = 0; j < NV; j++) p->a[i][j] = -p->a[i][j];
      p->b[i] = -p->b[i];
      p->sense[i] = -p->sense[i];
    }
    ns += p->sense[i] != EQ;
    na += p->sense[i] != LE;
  }
  p->first_art = NV + ns;
  p->ncols = NV + ns + na;
  int w = p->ncols;
  memset(p->t, 0, sizeof p->t);
  int s = NV, a = p->first_art;
  for (int i = 0; i < p->m; i++) {
    memcpy(p->t[i], p->a[i], sizeof p->a[i]);
    p->t[i][w] = p->b[i];
    if (p->sense[i] != EQ) p->t[i][s] = p->sense[i] == LE ? 1.0 : -1.0;
    if (p->sense[i] == LE) p->basis[i] = s;
    if (p->sense[i] != EQ) s++;
    if (p->sense[i] != LE) {
      p->t[i][a] = 1.0;
      p->basis[i] = a++;
    }
  }

  double cc[LP_MAXC] = {0};
  for (int j = p->first_art; j < w; j++) cc[j] = 1.0;
  lp_price(p, cc);
  int rc = lp_iterate(p, w);
  if (rc != LP_OPTIMAL) return rc == LP_UNBOUNDED ? LP_STALLED : rc; /* phase 1 is bounded */
  if (-p->t[p->m][w] > INT_TOL) return LP_INFEASIBLE;
  for (int i = 0; i < p->m; i++) { /* drive artificials (at 0) out of the basis */
    if (p->basis[i] < p->first_art) continue;
    for (int j = 0; j < p->first_art; j++)
      if (fabs(p->t[i][j]) > PIVOT_EPS) {
        lp_pivot(p, i, j);
        break;
      }
  }

  memset(cc, 0, sizeof cc);
  memcpy(cc, cost, NV * sizeof *cost);
  lp_price(p, cc);
  rc = lp_iterate(p, p->first_art);
  if (rc != LP_OPTIMAL) return rc;
  for (int j = 0; j < NV; j++) x[j] = 0;
  for (int i = 0; i < p->m; i++)
    if (p->basis[i] < NV) x[p->basis[i]] = p->t[i][w];
  *z = -p->t[p->m][w];
  return LP_OPTIMAL;
}

/* The LP relaxation of the node with bounds l <= x <= u. */
static void node_lp(bb *s, const long *l, const long *u) {
  lp *p = &s->lp;
  double a[NV];
  p->m = 0;
  for (int i = 0; i < NX; i++) { /* x_i - p_i <= c_i */
    memset(a, 0, sizeof a);
    a[i] = 1;
    a[NX + i] = -1;
    lp_add(p, a, (double)s->c[i], LE);
  }
  memset(a, 0, sizeof a);
  for (int i = 0; i < NX; i++) a[i] = 1;
  lp_add(p, a, (double)s->n, EQ);
  for (int r = 0; r < s->m; r++) {
    memset(a, 0, sizeof a);
    for (int i = 0; i < NX; i++) a[i] = (s->b[r].set >> i) & 1u;
    if (s->b[r].lo > 0) lp_add(p, a, (double)s->b[r].lo, GE);
    if (s->b[r].hi < s->n) lp_add(p, a, (double)s->b[r].hi, LE);
  }
  for (int i = 0; i < NX; i++) {
    memset(a, 0, sizeof a);
    a[i] = 1;
    if (l[i] > 0) lp_add(p, a, (double)l[i], GE);
    if (u[i] < s->n) lp_add(p, a, (double)u[i], LE);
  }
}

/* Exact integer check of a candidate; returns its objective or -1. */
static long candidate_cost(const bb *s, const long *x) {
  long sum = 0, cost = 0;
  for (int i = 0; i < NX; i++) {
    if (x[i] < 0) return -1;
    sum += x[i];
    if (x[i] > s->c[i]) cost += x[i] - s->c[i];
  }
  if (sum != s->n) return -1;
  for (int r = 0; r < s->m; r++) {
    long v = 0;
    for (int i = 0; i < NX; i++)
      if ((s->b[r].set >> i) & 1u) v += x[i];
    if (v < s->b[r].lo || v > s->b[r].hi) return -1;
  }
  return cost;
}

static kj_status bb_node(bb *s, long *l, long *u, kj_error *err) {
  if (++s->nodes > BB_MAX_NODES)
    return kj_fail(err, KJ_INTERNAL, "curve solver: more than %ld branch-and-bound nodes",
                   BB_MAX_NODES);
  static const double cost[NV] = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
  double x[NV], z;
  node_lp(s, l, u);
  int rc = lp_solve(&s->lp, cost, x, &z);
  if (rc == LP_INFEASIBLE) return KJ_OK;
  if (rc != LP_OPTIMAL)
    return kj_fail(err, KJ_INTERNAL, "curve solver: the LP relaxation did not converge");
  if (s->best >= 0 && (long)ceil(z - INT_TOL) >= s->best) return KJ_OK;

  int bi = -1;
  double bf = INT_TOL;
  for (int i = 0; i < NX; i++) {
    double f = fabs(x[i] - nearbyint(x[i]));
    if (f > bf) {
      bf = f;
      bi = i;
    }
  }
  if (bi < 0) {
    long xi[NX];
    for (int i = 0; i < NX; i++) xi[i] = (long)nearbyint(x[i]);
    long cost_i = candidate_cost(s, xi);
    if (cost_i < 0)
      return kj_fail(err, KJ_INTERNAL, "curve solver: LP vertex fails the exact check");
    if (s->best < 0 || cost_i < s->best) {
      s->best = cost_i;
      memcpy(s->best_x, xi, sizeof xi);
    }
    return KJ_OK;
  }

  /* Branch; the side nearer the LP value first, for a good incumbent early. */
  long fl = (long)floor(x[bi]);
  int up_first = x[bi] - (double)fl > 0.5;
  for (int side = 0; side < 2; side++) {
    int up = side == 0 ? up_first : !up_first;
    long keep_l = l[bi], keep_u = u[bi];
    if (up)
      l[bi] = fl + 1;
    else
      u[bi] = fl;
    kj_status st = l[bi] <= u[bi] ? bb_node(s, l, u, err) : KJ_OK;
    l[bi] = keep_l;
    u[bi] = keep_u;
    if (st != KJ_OK) return st;
  }
  return KJ_OK;
}

kj_status kj_curve_solve(const long c[KJ_PREDIKAT_N], const kj_curve_bound *b, int m,
                         long *min_changes, long target[KJ_PREDIKAT_N], kj_error *err) {
  kj_status st = KJ_OK;
  long l[NX] = {0}, u[NX];
  bb *s = xcalloc(1, sizeof *s); /* ~20 KB of tableau, kept off the stack */
  s->c = c;
  s->b = b;
  s->m = m;
  s->best = -1;
  for (int i = 0; i < NX; i++) s->n += c[i];
  *min_changes = -1;
  for (int i = 0; i < NX; i++) target[i] = -1;

  for (int r = 0; r < m; r++) /* a rule no count can meet, or one on the fixed total */
    if (b[r].lo > b[r].hi || ((b[r].set & 0x1fu) == 0x1fu && (s->n < b[r].lo || s->n > b[r].hi)))
      goto out;
  for (int i = 0; i < NX; i++) u[i] = s->n;
  st = bb_node(s, l, u, err);
  if (st == KJ_OK && s->best >= 0) {
    *min_changes = s->best;
    memcpy(target, s->best_x, sizeof s->best_x);
  }
out:
  free(s);
  return st;
}
