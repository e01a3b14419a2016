/* narrative.c — the key findings of a result as sentences for leaders, in
 * Indonesian or English (kj_analysis_findings). The terminal summary prints
 * them and the briefing workbook's Ringkasan sheet shows them.
 *
 * Sentences are built from the result only, in a fixed order (city, ranking,
 * strengths and weaknesses, curve, trends, SKM, evaluators, lists, data
 * quality, feedback), with numbers formatted for the language (decimal comma
 * in Indonesian, kj_fmt_num). Associations are said to be associations.
 */
#include "analysis/narrative_int.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

void an_nv_emit(an_nv *v, const char *topik, kj_buf *b) {
  if (v->out->n == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 16;
    v->out->f = xreallocarray(v->out->f, v->cap, sizeof *v->out->f);
  }
  v->out->f[v->out->n].topik = topik;
  v->out->f[v->out->n].text = kj_buf_take(b);
  v->out->n++;
}

const char *an_nv_num(const an_nv *v, char *buf, size_t cap, double x, int dec) {
  if (!(x < 0)) return kj_fmt_num(buf, cap, x, dec, v->lang);
  char t[32]; /* a typographic minus, as an_nv_signed writes it */
  kj_fmt_num(t, sizeof t, -x, dec, v->lang);
  snprintf(buf, cap, "−%s", t);
  return buf;
}

const char *an_nv_signed(const an_nv *v, char *buf, size_t cap, double x, int dec) {
  char t[32];
  kj_fmt_num(t, sizeof t, fabs(x), dec, v->lang);
  snprintf(buf, cap, "%s%s", x < 0 ? "−" : "+", t);
  return buf;
}

const char *an_nv_p(const an_nv *v, char *buf, size_t cap, const char *name, double p) {
  char t[32];
  if (p < 0.001) snprintf(buf, cap, "%s < %s", name, kj_fmt_num(t, sizeof t, 0.001, 3, v->lang));
  else snprintf(buf, cap, "%s = %s", name, kj_fmt_num(t, sizeof t, p, 3, v->lang));
  return buf;
}

const char *an_nv_opd(const kj_analysis *r, int o) {
  return r->opd[o].singkatan && *r->opd[o].singkatan ? r->opd[o].singkatan : r->opd[o].kode;
}

/* Effect used to pick the largest strength/weakness: d, or +-inf when d is
 * undefined because both groups are constant. */
static double effect(const kj_kk *k) {
  if (isfinite(k->d)) return k->d;
  return k->mean_opd > k->mean_lain ? INFINITY : -INFINITY;
}

static void city(an_nv *v) {
  const kj_analysis *r = v->r;
  const kj_opd_stat *s = &r->stat[KJ_KOTA(r)];
  const kj_desc *ikp = &s->ukuran[KJ_UK_IKP], *cap = &s->ukuran[KJ_UK_CAPAIAN];
  char a[48], b1[48], c[48], d[48];
  kj_buf b = {0};
  kj_buf_printf(&b, L("Tahun %d: %s pegawai di %d OPD; IKP rata-rata kota %s (IK 95 %% %s–%s)",
                      "Year %d: %s employees in %d OPD; city mean IKP %s (95%% CI %s–%s)"),
                r->tahun, an_nv_num(v, a, sizeof a, (double)s->n_pegawai, 0), r->n_opd,
                an_nv_num(v, b1, sizeof b1, ikp->mean, 1), an_nv_num(v, c, sizeof c, ikp->ci_low, 1),
                an_nv_num(v, d, sizeof d, ikp->ci_high, 1));
  if (isfinite(cap->mean))
    kj_buf_printf(&b, L(", capaian rata-rata %s %%", ", mean capaian %s%%"),
                  an_nv_num(v, a, sizeof a, cap->mean, 1));
  if (s->n_predikat > 0 && isfinite(s->predikat_share[KJ_SANGAT_BAIK])) {
    double below = 1 - s->predikat_share[KJ_SANGAT_BAIK] - s->predikat_share[KJ_BAIK];
    kj_buf_printf(&b, L("; predikat Sangat Baik %s, Baik %s, di bawah Baik %s",
                        "; predikat Sangat Baik %s, Baik %s, below Baik %s"),
                  kj_fmt_pct(a, sizeof a, s->predikat_share[KJ_SANGAT_BAIK], 1, v->lang),
                  kj_fmt_pct(b1, sizeof b1, s->predikat_share[KJ_BAIK], 1, v->lang),
                  kj_fmt_pct(c, sizeof c, below, 1, v->lang));
  }
  kj_buf_puts(&b, ".");
  an_nv_emit(v, "kota", &b);
  const kj_yoy *y = &r->yoy[KJ_KOTA(r) * KJ_UKURAN_N + KJ_UK_IKP];
  const kj_tren *t = &r->tren[KJ_KOTA(r) * KJ_UKURAN_N + KJ_UK_IKP];
  if (y->label != KJ_YOY_TCD || t->label != KJ_TREN_TCD) {
    if (y->label != KJ_YOY_TCD)
      kj_buf_printf(&b, L("Dibanding %d, IKP kota %s (%s poin, %s, BH atas semua OPD dan ukuran)",
                          "Compared with %d, the city IKP %s (%s points, %s, BH over every OPD "
                          "and measure)"),
                    r->tahun - 1, kj_enum_label(&kj_enum_yoy, y->label, v->lang),
                    an_nv_signed(v, a, sizeof a, y->selisih, 1), an_nv_p(v, b1, sizeof b1, "q", y->q));
    if (t->label != KJ_TREN_TCD)
      kj_buf_printf(&b, L("%s %s–%s: %s (%s poin per tahun)", "%s %s–%s: %s (%s points a year)"),
                    b.len ? L("; tren", "; trend") : L("Tren IKP kota", "City IKP trend"),
                    t->dari, t->sampai,
                    kj_enum_label(&kj_enum_tren, t->label, v->lang),
                    an_nv_signed(v, c, sizeof c, t->slope_per_tahun, 1));
    kj_buf_puts(&b, ".");
    an_nv_emit(v, "kota", &b);
  }
}

static void ranking(an_nv *v) {
  const kj_analysis *r = v->r;
  const int *ix = r->peringkat, n = r->n_peringkat;
  if (n >= 2) {
    kj_buf b = {0};
    char a[48];
    int k = n < 6 ? 1 : 3;
    /* every rank comes with its 95 % interval (analytics.md §2) */
    kj_buf_puts(&b, L("IKP tertinggi: ", "Highest IKP: "));
    for (int i = 0; i < k; i++) {
      const kj_rank *q = &r->rank[ix[i]];
      kj_buf_printf(&b, L("%s%s %s (peringkat %d, kisaran %d–%d)", "%s%s %s (rank %d, range %d–%d)"),
                    i ? ", " : "", an_nv_opd(r, ix[i]),
                    an_nv_num(v, a, sizeof a, r->stat[ix[i]].ukuran[KJ_UK_IKP].mean, 1),
                    q->peringkat, q->bawah, q->atas);
    }
    kj_buf_puts(&b, L("; terendah: ", "; lowest: "));
    for (int i = 0; i < k; i++) {
      const kj_rank *q = &r->rank[ix[n - 1 - i]];
      kj_buf_printf(&b, L("%s%s %s (peringkat %d, kisaran %d–%d)", "%s%s %s (rank %d, range %d–%d)"),
                    i ? ", " : "", an_nv_opd(r, ix[n - 1 - i]),
                    an_nv_num(v, a, sizeof a, r->stat[ix[n - 1 - i]].ukuran[KJ_UK_IKP].mean, 1),
                    q->peringkat, q->bawah, q->atas);
    }
    kj_buf_printf(&b, L(" dari %d OPD; kisaran = interval peringkat 95 %%", " of %d OPD; range = 95 %% rank interval"), n);
    int small = r->n_opd - n;
    if (small > 0)
      kj_buf_printf(&b, L(" (%d OPD: data tidak cukup)", " (%d OPD: not enough data)"), small);
    kj_buf_puts(&b, ".");
    an_nv_emit(v, "peringkat", &b);
  }
}

static void strengths(an_nv *v) {
  const kj_analysis *r = v->r;
  int none = 0;
  for (int o = 0; o < r->n_opd; o++) {
    int best = -1, worst = -1;
    for (int d = 0; d < KJ_DIMENSI_N; d++) {
      const kj_kk *k = &r->kk[o * KJ_DIMENSI_N + d];
      if (!k->ada) continue;
      double e = effect(k);
      if (k->label == KJ_KK_KEKUATAN && (best < 0 || e > effect(&r->kk[o * KJ_DIMENSI_N + best])))
        best = d;
      if (k->label == KJ_KK_KELEMAHAN &&
          (worst < 0 || e < effect(&r->kk[o * KJ_DIMENSI_N + worst])))
        worst = d;
    }
    if (best < 0 && worst < 0) {
      none += r->kk[o * KJ_DIMENSI_N + KJ_UK_IKP].label == KJ_KK_SETARA;
      continue;
    }
    kj_buf b = {0};
    kj_buf_printf(&b, "%s: ", an_nv_opd(r, o));
    for (int s = 0; s < 2; s++) {
      int d = s ? worst : best;
      if (d < 0) continue;
      const kj_kk *k = &r->kk[o * KJ_DIMENSI_N + d];
      char a[48], c[48], q[48];
      kj_buf_printf(&b, "%s%s %s (%s %s, d = %s, %s)", s && best >= 0 ? L("; ", "; ") : "",
                    s ? L("kelemahan terbesar", "largest weakness") : L("kekuatan terbesar", "largest strength"),
                    kj_dimensi_label(d, v->lang),
                    an_nv_signed(v, a, sizeof a, k->mean_opd - k->mean_lain, 2),
                    kj_dimensi_unit(d, v->lang), an_nv_num(v, c, sizeof c, k->d, 2),
                    an_nv_p(v, q, sizeof q, "q", k->q));
    }
    kj_buf_puts(&b, L(" dibanding OPD lain.", " compared with the other OPD."));
    an_nv_emit(v, best >= 0 ? "kekuatan" : "kelemahan", &b);
  }
  if (none) {
    kj_buf b = {0};
    kj_buf_printf(&b, L("%d OPD tidak berbeda bermakna dari OPD lain pada dimensi mana pun.",
                        "%d OPD differ significantly from the other OPD on no dimension."),
                  none);
    an_nv_emit(v, "kekuatan", &b);
  }
}

static void curve(an_nv *v) {
  const kj_analysis *r = v->r;
  int with = 0, patuh = 0, none = 0;
  kj_buf list = {0}, miss = {0};
  for (int o = 0; o < r->n_opd; o++) {
    const kj_kurva *k = &r->kurva[o];
    if (k->status == KJ_KURVA_TANPA_PREDIKAT) {
      kj_buf_printf(&miss, "%s%s", none++ ? ", " : "", an_nv_opd(r, o));
      continue;
    }
    with++;
    if (k->status == KJ_KURVA_PATUH) {
      patuh++;
      continue;
    }
    if (k->status == KJ_KURVA_MUSTAHIL)
      kj_buf_printf(&list, "%s%s (%s)", list.len ? "; " : "", an_nv_opd(r, o),
                    kj_enum_label(&kj_enum_kurva, k->status, v->lang));
    else
      kj_buf_printf(&list, L("%s%s (organisasi %s: min. %ld pegawai harus berubah)",
                             "%s%s (organisation %s: at least %ld employees must change)"),
                    list.len ? "; " : "", an_nv_opd(r, o),
                    kj_enum_label(&kj_enum_predikat_org, r->opd[o].org, v->lang),
                    k->cek.min_changes);
  }
  kj_buf b = {0};
  kj_buf_printf(&b, L("Kurva distribusi predikat: %d dari %d OPD ber-predikat organisasi patuh",
                      "Predikat distribution curve: %d of %d OPD with an organisation predikat comply"),
                patuh, with);
  if (list.len) kj_buf_printf(&b, L("; tidak patuh: %s", "; not compliant: %s"), kj_buf_cstr(&list));
  if (none)
    kj_buf_printf(&b, L("; predikat organisasi belum ada: %s", "; no organisation predikat yet: %s"),
                  kj_buf_cstr(&miss));
  kj_buf_puts(&b, ".");
  an_nv_emit(v, "kurva", &b);
  kj_buf_free(&list);
  kj_buf_free(&miss);
}

static void trends(an_nv *v) {
  const kj_analysis *r = v->r;
  char a0[48];
  kj_buf up = {0}, down = {0};
  int fitted = 0;
  for (int o = 0; o < r->n_opd; o++) fitted += isfinite(r->tren[o * KJ_UKURAN_N + KJ_UK_IKP].p);
  if (!fitted) {
    kj_buf b = {0};
    kj_buf_printf(&b, L("Tren IKP %d–%d tidak dihitung: tidak ada OPD dengan 3 periode atau lebih "
                        "yang datanya cukup.",
                        "IKP trend %d–%d not computed: no OPD has 3 or more periods with enough "
                        "data."),
                  r->dari, r->sampai);
    an_nv_emit(v, "tren", &b);
    return;
  }
  for (int o = 0; o < r->n_opd; o++) {
    const kj_tren *t = &r->tren[o * KJ_UKURAN_N + KJ_UK_IKP];
    if (t->label != KJ_TREN_NAIK && t->label != KJ_TREN_TURUN) continue;
    char a[48], q[48];
    kj_buf *b = t->label == KJ_TREN_NAIK ? &up : &down;
    kj_buf_printf(b, L("%s%s (%s poin per tahun, %s)", "%s%s (%s points a year, %s)"),
                  b->len ? ", " : "", an_nv_opd(r, o),
                  an_nv_signed(v, a, sizeof a, t->slope_per_tahun, 1), an_nv_p(v, q, sizeof q, "q", t->q));
  }
  kj_buf b = {0};
  char m[48];
  /* a trend is called rising or falling only when its family's test says so
   * and it is large enough to matter (analytics.md §4) */
  kj_buf_printf(&b, L("Tren IKP %d–%d (naik/turun bila q < %s setelah koreksi BH atas semua tren, "
                      "minimal %s poin per tahun, dari 12 titik atau lebih): ",
                      "IKP trend %d–%d (rising/falling when q < %s after BH over every trend, at "
                      "least %s points a year, from 12 or more points): "),
                r->dari, r->sampai, an_nv_num(v, a0, sizeof a0, r->params.alpha, 2),
                an_nv_num(v, m, sizeof m, r->params.tren_min_ikp, 1));
  kj_buf_printf(&b, L("menurun: %s; naik: %s.", "falling: %s; rising: %s."),
                down.len ? kj_buf_cstr(&down) : L("tidak ada", "none"),
                up.len ? kj_buf_cstr(&up) : L("tidak ada", "none"));
  an_nv_emit(v, "tren", &b);
  kj_buf_free(&up);
  kj_buf_free(&down);
}

void kj_analysis_findings(const kj_analysis *r, kj_lang lang, kj_findings *out) {
  an_nv v = {r, lang, out, 0};
  out->n = 0;
  out->f = NULL;
  city(&v);
  ranking(&v);
  strengths(&v);
  curve(&v);
  trends(&v);
  an_nv_more(&v);
}

void kj_findings_free(kj_findings *f) {
  if (!f) return;
  for (size_t i = 0; i < f->n; i++) free(f->f[i].text);
  free(f->f);
  f->f = NULL;
  f->n = 0;
}
