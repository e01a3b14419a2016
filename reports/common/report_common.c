/* report_common.c — the reader's view shared by the report workbooks:
 * pseudonyms, how people and OPD are named, and the small text helpers the
 * sheet builders use for cells and finding sentences. The Metodologi sheet
 * is in report_metodologi.c.
 *
 * Pseudonyms are numbered in the order of a fixed hash of the NIP, not in
 * NIP order: a NIP begins with the birth date, so numbering by NIP would
 * tell a reader who is older than whom. The hash is a fixed function
 * (splitmix64), so the same NIPs always get the same numbers and two runs
 * give the same bytes.
 */
#include "reports/common/report_common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/period.h"
#include "util/hash.h"
#include "util/xalloc.h"

/* ---- pseudonyms ------------------------------------------------------------ */

void kj_rep_pseudo_add(kj_rep_pseudo *ps, int64_t nip) {
  if (nip <= 0 || ps->sealed) return;
  if (ps->n == ps->cap) {
    ps->cap = ps->cap ? ps->cap * 2 : 256;
    ps->nip = xreallocarray(ps->nip, ps->cap, sizeof *ps->nip);
  }
  ps->nip[ps->n++] = nip;
}

void kj_rep_pseudo_add_analysis(kj_rep_pseudo *ps, const kj_analysis *r) {
  for (size_t i = 0; i < r->n_pegawai; i++) kj_rep_pseudo_add(ps, r->pegawai[i].nip);
  for (size_t i = 0; i < r->n_penilai; i++) kj_rep_pseudo_add(ps, r->penilai[i].nip);
  for (size_t i = 0; i < r->n_temuan; i++) kj_rep_pseudo_add(ps, r->temuan[i].nip);
}

static int cmp_i64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

typedef struct hashed {
  uint64_t h;
  size_t ix;
} hashed;

static int cmp_hashed(const void *a, const void *b) {
  const hashed *x = a, *y = b;
  if (x->h != y->h) return x->h < y->h ? -1 : 1;
  return (x->ix > y->ix) - (x->ix < y->ix); /* ix follows NIP order */
}

void kj_rep_pseudo_seal(kj_rep_pseudo *ps) {
  if (ps->sealed) return;
  ps->sealed = 1;
  if (ps->n) qsort(ps->nip, ps->n, sizeof *ps->nip, cmp_i64);
  size_t u = 0;
  for (size_t i = 0; i < ps->n; i++)
    if (u == 0 || ps->nip[i] != ps->nip[u - 1]) ps->nip[u++] = ps->nip[i];
  ps->n = u;
  ps->num = xcalloc(u + 1, sizeof *ps->num);
  hashed *h = xcalloc(u + 1, sizeof *h);
  for (size_t i = 0; i < u; i++) h[i] = (hashed){kj_hash_u64((uint64_t)ps->nip[i]), i};
  if (u) qsort(h, u, sizeof *h, cmp_hashed);
  for (size_t k = 0; k < u; k++) ps->num[h[k].ix] = (int32_t)(k + 1);
  free(h);
  ps->width = 4;
  for (size_t lim = 10000; u >= lim && ps->width < 12; lim *= 10) ps->width++;
}

int kj_rep_pseudo_number(const kj_rep_pseudo *ps, int64_t nip) {
  if (!ps->sealed || ps->n == 0) return 0;
  const int64_t *p = bsearch(&nip, ps->nip, ps->n, sizeof *ps->nip, cmp_i64);
  return p ? ps->num[p - ps->nip] : 0;
}

void kj_rep_pseudo_free(kj_rep_pseudo *ps) {
  if (!ps) return;
  free(ps->nip);
  free(ps->num);
  memset(ps, 0, sizeof *ps);
}

/* ---- the reader's view -------------------------------------------------------- */

void kj_rep_init(kj_rep *rp, const kj_analysis *r, kj_lang lang, int anonymize) {
  memset(rp, 0, sizeof *rp);
  rp->r = r;
  rp->lang = lang;
  rp->anonymize = anonymize != 0;
  if (rp->anonymize) kj_rep_pseudo_add_analysis(&rp->pseudo, r);
  kj_rep_pseudo_seal(&rp->pseudo);
}

void kj_rep_free(kj_rep *rp) {
  if (!rp) return;
  kj_rep_pseudo_free(&rp->pseudo);
}

static const char *pseudonym(const kj_rep *rp, int64_t nip, char *out, size_t cap) {
  int k = kj_rep_pseudo_number(&rp->pseudo, nip);
  const char *word = KJ_T(rp->lang, "Pegawai", "Employee");
  if (k > 0)
    snprintf(out, cap, "%s %0*d", word, rp->pseudo.width, k);
  else /* a NIP the table was not given: never print it */
    snprintf(out, cap, "%s ?", word);
  return out;
}

const char *kj_rep_person(const kj_rep *rp, int64_t nip, const char *nama, char *out, size_t cap) {
  if (rp->anonymize) return pseudonym(rp, nip, out, cap);
  if (nama && *nama)
    snprintf(out, cap, "%s", nama);
  else
    snprintf(out, cap, "NIP %018lld", (long long)nip);
  return out;
}

const char *kj_rep_nip(const kj_rep *rp, int64_t nip, char *out, size_t cap) {
  if (nip <= 0)
    snprintf(out, cap, "%s", "");
  else if (rp->anonymize)
    pseudonym(rp, nip, out, cap);
  else
    snprintf(out, cap, "%018lld", (long long)nip);
  return out;
}

/* ---- names and text ------------------------------------------------------------ */

const char *kj_rep_opd_name(const kj_analysis *r, int o) {
  if (o == KJ_KOTA(r)) return r->params.kota;
  const char *n = r->opd[o].nama;
  return n && *n ? n : r->opd[o].kode;
}

const char *kj_rep_opd_short(const kj_analysis *r, int o) {
  if (o == KJ_KOTA(r)) return r->params.kota;
  const char *s = r->opd[o].singkatan;
  return s && *s ? s : kj_rep_opd_name(r, o);
}

const char *kj_rep_capital(const char *s, char *out, size_t cap) {
  snprintf(out, cap, "%s", s ? s : "");
  if (out[0] >= 'a' && out[0] <= 'z') out[0] = (char)(out[0] - 'a' + 'A');
  return out;
}

const char *kj_rep_label(const kj_enum *e, int v, kj_lang lang, char *out, size_t cap) {
  return kj_rep_capital(kj_enum_label(e, v, lang), out, cap);
}

const char *kj_rep_signed(char *out, size_t cap, double v, int dec, kj_lang lang) {
  char t[64];
  if (!isfinite(v)) {
    snprintf(out, cap, "%s", "\xE2\x80\x93");
    return out;
  }
  kj_fmt_num(t, sizeof t, fabs(v), dec, lang);
  /* a value that rounds to zero gets no sign */
  int zero = strspn(t, "0,.") == strlen(t);
  snprintf(out, cap, "%s%s", zero ? "" : v < 0 ? "\xE2\x88\x92" : "+", t);
  return out;
}

void kj_rep_join(kj_buf *b, const char *const *items, size_t n, kj_lang lang) {
  for (size_t i = 0; i < n; i++) {
    if (i > 0) kj_buf_puts(b, i + 1 == n ? KJ_T(lang, " dan ", " and ") : ", ");
    kj_buf_puts(b, items[i]);
  }
}

const char *kj_rep_periode(const char *code, kj_lang lang, char *out, size_t cap) {
  kj_period p;
  char why[64];
  if (!code || kj_period_parse(code, &p, why, sizeof why) != 0) {
    snprintf(out, cap, "%s", code ? code : "");
    return out;
  }
  return kj_period_label(p, lang == KJ_LANG_EN, 0, out, (int)cap);
}

int kj_rep_heading(kj_wb_sheet *sh, int row, const char *text) {
  kj_wb_text(sh, row, 0, text, KJ_WB_HEADING);
  return row + 1;
}

int kj_rep_note(kj_wb_sheet *sh, int row, const char *text) {
  kj_wb_text(sh, row, 0, text, KJ_WB_NOTE);
  return row + 1;
}

const char *kj_rep_created(const kj_analysis *r, char out[11]) {
  if (strlen(r->data_terbaru) >= 10)
    snprintf(out, 11, "%.10s", r->data_terbaru);
  else
    snprintf(out, 11, "%04d-12-31", r->tahun > 1980 && r->tahun < 10000 ? r->tahun : 1980);
  return out;
}

void kj_rep_subtitle(const kj_rep *rp, const char *extra, kj_buf *out) {
  const kj_analysis *r = rp->r;
  kj_lang l = rp->lang;
  kj_buf_printf(out, KJ_T(l, "Tahun %d", "Year %d"), r->tahun);
  if (extra && *extra) kj_buf_printf(out, " \xC2\xB7 %s", extra);
  int y = 0, m = 0, d = 0;
  if (sscanf(r->data_terbaru, "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12)
    kj_buf_printf(out, KJ_T(l, " \xC2\xB7 data sampai %d %s %d", " \xC2\xB7 data up to %d %s %d"),
                  d, kj_month_name(m, l == KJ_LANG_EN, 0), y);
  kj_buf_printf(out,
                KJ_T(l, " \xC2\xB7 Sumber: e-Kinerja dan SKM, diolah %s dengan kinerja %s",
                     " \xC2\xB7 Source: e-Kinerja and SKM, processed by %s with kinerja %s"),
                r->params.instansi, KJ_VERSION);
}

static void arrows(const kj_enum *e, int up, int down, int flat, kj_lang lang, kj_rep_arrows *a) {
  kj_rep_label(e, up, lang, a->up, sizeof a->up);
  kj_rep_label(e, down, lang, a->down, sizeof a->down);
  kj_rep_label(e, flat, lang, a->flat, sizeof a->flat);
  a->cf = (kj_wb_cf){.kind = KJ_WB_CF_TREND, .up = a->up, .down = a->down, .flat = a->flat};
}

void kj_rep_arrows_tren(kj_lang lang, kj_rep_arrows *a) {
  arrows(&kj_enum_tren, KJ_TREN_NAIK, KJ_TREN_TURUN, KJ_TREN_STABIL, lang, a);
}

void kj_rep_arrows_yoy(kj_lang lang, kj_rep_arrows *a) {
  arrows(&kj_enum_yoy, KJ_YOY_MENINGKAT, KJ_YOY_MENURUN, KJ_YOY_TIDAK_BERUBAH, lang, a);
}

void kj_rep_tren_cells(kj_table *t, size_t row, int first, const kj_tren *k) {
  kj_table_set_int(t, row, first, k->k);
  if (k->k) {
    kj_table_set_text(t, row, first + 1, k->dari);
    kj_table_set_text(t, row, first + 2, k->sampai);
  }
  kj_table_set_real(t, row, first + 3, k->slope_per_tahun);
  kj_table_set_real(t, row, first + 4, k->se);
  kj_table_set_real(t, row, first + 5, k->ci_low);
  kj_table_set_real(t, row, first + 6, k->ci_high);
  kj_table_set_real(t, row, first + 7, k->p);
}

void kj_rep_yoy_cells(kj_table *t, size_t row, int first, const kj_yoy *y) {
  kj_table_set_int(t, row, first, y->n_sebelum);
  kj_table_set_real(t, row, first + 1, y->mean_sebelum);
  kj_table_set_int(t, row, first + 2, y->n);
  kj_table_set_real(t, row, first + 3, y->mean);
  kj_table_set_real(t, row, first + 4, y->selisih);
  kj_table_set_real(t, row, first + 5, y->t);
  kj_table_set_real(t, row, first + 6, y->df);
  kj_table_set_real(t, row, first + 7, y->p);
}

const char *kj_rep_tcd(kj_lang lang) { return KJ_T(lang, "data tidak cukup", "not enough data"); }
