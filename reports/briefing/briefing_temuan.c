/* briefing_temuan.c — the key findings on the Ringkasan sheet: sentences a
 * head of OPD understands without statistics training, each resting on one
 * figure of the engine that is written next to it.
 *
 * The findings are chosen, not computed: each picks from the result the
 * entry a reader would look for (the largest significant strength, the
 * OPD furthest from its required curve, the steepest significant fall, a
 * unit flagged "high ratings, low satisfaction", the most lenient
 * evaluator...) and says it in plain words — "nyata" for significant, a
 * difference in the measure's own unit instead of an effect size, "perlu
 * ditinjau" instead of a p-value. Order: city, ranking, strength, weakness,
 * curve, trend, public satisfaction, evaluators, lists; at most
 * BF_TEMUAN_MAX, skipping what the data does not support.
 */
#include "reports/briefing/briefing_int.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct tm_ctx {
  const bf_ctx *c;
  const kj_analysis *r;
  kj_lang l;
  bf_temuan *out;
  int n;
} tm_ctx;

static bf_temuan *add(tm_ctx *t, const char *id, const char *en, double angka, kj_wb_fmt fmt,
                      int lembar) {
  bf_temuan *f = &t->out[t->n++];
  memset(f, 0, sizeof *f);
  f->topik = KJ_T(t->l, id, en);
  f->angka = angka;
  f->fmt = fmt;
  f->lembar = lembar;
  return f;
}

static int full(const tm_ctx *t) { return t->n >= BF_TEMUAN_MAX; }

static const char *num(const tm_ctx *t, char *buf, size_t cap, double v, int dec) {
  return kj_fmt_num(buf, cap, v, dec, t->l);
}

/* ---- city and ranking ---------------------------------------------------------- */

static void kota(tm_ctx *t) {
  const kj_analysis *r = t->r;
  kj_lang l = t->l;
  const kj_opd_stat *s = &r->stat[KJ_KOTA(r)];
  double m = s->ukuran[KJ_UK_IKP].mean;
  if (!isfinite(m)) return;
  char a[48], b[48];
  bf_temuan *f = add(t, "Kota", "City", m, KJ_WB_DEC1, BF_PERINGKAT);
  kj_buf_printf(&f->kalimat,
                KJ_T(l, "Pada %d ada %s pegawai dinilai di %d OPD dengan IKP rata-rata %s poin",
                     "In %d, %s employees in %d OPD were rated, with a mean IKP of %s points"),
                r->tahun, num(t, a, sizeof a, (double)s->n_pegawai, 0), r->n_opd,
                num(t, b, sizeof b, m, 1));
  const kj_yoy *y = &r->yoy[KJ_KOTA(r) * KJ_UKURAN_N + KJ_UK_IKP];
  if (isfinite(y->selisih)) {
    num(t, a, sizeof a, fabs(y->selisih), 1);
    if (y->label == KJ_YOY_MENINGKAT)
      kj_buf_printf(&f->kalimat,
                    KJ_T(l, "; dibanding %d naik nyata %s poin",
                         "; against %d it rose significantly by %s points"),
                    r->tahun - 1, a);
    else if (y->label == KJ_YOY_MENURUN)
      kj_buf_printf(&f->kalimat,
                    KJ_T(l, "; dibanding %d turun nyata %s poin",
                         "; against %d it fell significantly by %s points"),
                    r->tahun - 1, a);
    else
      kj_buf_printf(&f->kalimat,
                    KJ_T(l, "; dibanding %d praktis tidak berubah (selisih %s poin)",
                         "; against %d it is practically unchanged (difference %s points)"),
                    r->tahun - 1, kj_rep_signed(b, sizeof b, y->selisih, 1, l));
  }
  kj_buf_puts(&f->kalimat, ".");
}

static void peringkat(tm_ctx *t) {
  const bf_ctx *c = t->c;
  const kj_analysis *r = t->r;
  kj_lang l = t->l;
  if (c->n_ranked < 2) return;
  int top = c->rank[0], bot = c->rank[c->n_ranked - 1];
  double mt = r->stat[top].ukuran[KJ_UK_IKP].mean, mb = r->stat[bot].ukuran[KJ_UK_IKP].mean;
  char a[48], b[48], d[48];
  bf_temuan *f = add(t, "Peringkat", "Ranking", mt, KJ_WB_DEC1, BF_PERINGKAT);
  kj_buf_printf(&f->kalimat,
                KJ_T(l, "IKP tertinggi dicapai %s (%s) dan terendah %s (%s); jaraknya %s poin.",
                     "The highest IKP is %s's (%s) and the lowest %s's (%s), %s points apart."),
                kj_rep_opd_short(r, top), num(t, a, sizeof a, mt, 1), kj_rep_opd_short(r, bot),
                num(t, b, sizeof b, mb, 1), num(t, d, sizeof d, mt - mb, 1));
}

/* ---- strengths and weaknesses ---------------------------------------------------- */

/* Digits of a difference in dimension d's own unit. */
static int dim_decimals(int d) { return d == KJ_UK_IKP || d == KJ_UK_CAPAIAN ? 1 : 2; }

#define KK_SHOWN 3 /* strengths or weaknesses named in the sentence */

static void kk(tm_ctx *t, kj_kk_label want) {
  const kj_analysis *r = t->r;
  kj_lang l = t->l;
  int top_o[KK_SHOWN], top_d[KK_SHOWN], n_top = 0, n = 0, opd_n = 0;
  for (int o = 0; o < r->n_opd; o++) {
    int here = 0;
    for (int d = 0; d < KJ_DIMENSI_N; d++) {
      const kj_kk *k = &r->kk[o * KJ_DIMENSI_N + d];
      if (!k->ada || k->label != want) continue;
      n++;
      here = 1;
      /* keep the KK_SHOWN largest |d|, largest first (ties: earlier OPD) */
      int at = n_top;
      while (at > 0 && fabs(k->d) > fabs(r->kk[top_o[at - 1] * KJ_DIMENSI_N + top_d[at - 1]].d))
        at--;
      if (at >= KK_SHOWN) continue;
      for (int j = (n_top < KK_SHOWN ? n_top : KK_SHOWN - 1); j > at; j--)
        top_o[j] = top_o[j - 1], top_d[j] = top_d[j - 1];
      top_o[at] = o, top_d[at] = d;
      if (n_top < KK_SHOWN) n_top++;
    }
    opd_n += here;
  }
  int strong = want == KJ_KK_KEKUATAN;
  const char *topik =
      strong ? KJ_T(l, "Kekuatan", "Strengths") : KJ_T(l, "Kelemahan", "Weaknesses");
  if (n_top == 0) {
    bf_temuan *f = add(t, topik, topik, 0, KJ_WB_INT, BF_KK);
    kj_buf_puts(
        &f->kalimat,
        strong ? KJ_T(l, "Tidak ada OPD yang unggul nyata dari OPD lain pada dimensi mana pun.",
                      "No OPD is significantly ahead of the others on any dimension.")
               : KJ_T(l, "Tidak ada OPD yang tertinggal nyata dari OPD lain pada dimensi mana pun.",
                      "No OPD is significantly behind the others on any dimension."));
    return;
  }
  const kj_kk *k0 = &r->kk[top_o[0] * KJ_DIMENSI_N + top_d[0]];
  bf_temuan *f = add(t, topik, topik, k0->mean_opd - k0->mean_lain,
                     dim_decimals(top_d[0]) == 1 ? KJ_WB_DEC1 : KJ_WB_DEC2, BF_KK);
  kj_buf_puts(&f->kalimat, strong ? KJ_T(l, "Keunggulan nyata terbesar dibanding OPD lain: ",
                                         "Largest significant leads over the other OPD: ")
                                  : KJ_T(l, "Ketertinggalan nyata terbesar dibanding OPD lain: ",
                                         "Largest significant gaps behind the other OPD: "));
  char items[KK_SHOWN][320];
  const char *ptr[KK_SHOWN];
  for (int i = 0; i < n_top; i++) {
    const kj_kk *k = &r->kk[top_o[i] * KJ_DIMENSI_N + top_d[i]];
    char a[48];
    snprintf(items[i], sizeof items[i], KJ_T(l, "%s pada %s (%s %s)", "%s on %s (%s %s)"),
             kj_rep_opd_short(r, top_o[i]), kj_dimensi_label(top_d[i], l),
             kj_rep_signed(a, sizeof a, k->mean_opd - k->mean_lain, dim_decimals(top_d[i]), l),
             kj_dimensi_unit(top_d[i], l));
    ptr[i] = items[i];
  }
  kj_rep_join(&f->kalimat, ptr, (size_t)n_top, l);
  char b[48], c3[48];
  kj_buf_printf(&f->kalimat,
                strong
                    ? KJ_T(l, ". Seluruhnya %s keunggulan nyata di %s OPD.",
                           ". In all, %s significant strengths in %s OPD.")
                    : KJ_T(l, ". Seluruhnya %s kelemahan nyata di %s OPD; ini bahan pembinaan.",
                           ". In all, %s significant weaknesses in %s OPD; subjects for coaching."),
                num(t, b, sizeof b, n, 0), num(t, c3, sizeof c3, opd_n, 0));
}

/* ---- the required curve ---------------------------------------------------------- */

static void kurva(tm_ctx *t) {
  const kj_analysis *r = t->r;
  kj_lang l = t->l;
  int with_org = 0, tidak = 0, worst = -1;
  for (int o = 0; o < r->n_opd; o++) {
    if (r->opd[o].org < 0) continue;
    with_org++;
    const kj_kurva *k = &r->kurva[o];
    if (k->status != KJ_KURVA_TIDAK_PATUH && k->status != KJ_KURVA_MUSTAHIL) continue;
    tidak++;
    if (k->status == KJ_KURVA_TIDAK_PATUH &&
        (worst < 0 || k->cek.min_changes > r->kurva[worst].cek.min_changes))
      worst = o;
  }
  if (with_org == 0) return;
  char a[48], b[48], c3[48];
  if (tidak == 0) {
    bf_temuan *f = add(t, "Kurva distribusi", "Required curve", with_org, KJ_WB_INT, BF_DISTRIBUSI);
    kj_buf_printf(
        &f->kalimat,
        KJ_T(l,
             "Semua %d OPD yang punya predikat kinerja organisasi memenuhi kurva sebaran predikat "
             "yang diwajibkan.",
             "All %d OPD with an organisation predikat meet the required spread of predikat."),
        with_org);
    return;
  }
  if (worst < 0) { /* only curves that cannot be met for their size */
    bf_temuan *f = add(t, "Kurva distribusi", "Required curve", tidak, KJ_WB_INT, BF_DISTRIBUSI);
    kj_buf_printf(
        &f->kalimat,
        KJ_T(l,
             "%d dari %d OPD tidak dapat memenuhi kurva karena jumlah pegawainya terlalu kecil "
             "untuk aturannya.",
             "%d of %d OPD cannot meet the curve because they are too small for its rules."),
        tidak, with_org);
    return;
  }
  const kj_kurva *k = &r->kurva[worst];
  bf_temuan *f = add(t, "Kurva distribusi", "Required curve", (double)k->cek.min_changes, KJ_WB_INT,
                     BF_DISTRIBUSI);
  kj_buf_printf(&f->kalimat,
                KJ_T(l,
                     "%d dari %d OPD belum memenuhi kurva sebaran predikat yang diwajibkan. Paling "
                     "jauh %s (predikat organisasi %s)",
                     "%d of %d OPD do not yet meet the required spread of predikat. Furthest off "
                     "is %s (organisation predikat %s)"),
                tidak, with_org, kj_rep_opd_short(r, worst),
                kj_enum_label(&kj_enum_predikat_org, r->opd[worst].org, l));
  double sb = r->stat[worst].predikat_share[KJ_SANGAT_BAIK];
  if (isfinite(sb))
    kj_buf_printf(&f->kalimat,
                  KJ_T(l, ": %s pegawainya Sangat Baik", ": %s of its staff are Sangat Baik"),
                  kj_fmt_pct(a, sizeof a, sb, 0, l));
  kj_buf_printf(&f->kalimat,
                KJ_T(l, "; sedikitnya %s dari %s pegawai harus berubah predikat agar patuh.",
                     "; at least %s of %s employees would have to change predikat to comply."),
                num(t, b, sizeof b, (double)k->cek.min_changes, 0),
                num(t, c3, sizeof c3, (double)k->n, 0));
}

/* ---- trends ------------------------------------------------------------------------ */

static void tren(tm_ctx *t) {
  const kj_analysis *r = t->r;
  kj_lang l = t->l;
  int fall = -1, rise = -1, n_fall = 0;
  for (int o = 0; o < r->n_opd; o++) {
    const kj_tren *x = &r->tren[o * KJ_UKURAN_N + KJ_UK_IKP];
    if (x->label == KJ_TREN_TURUN) {
      n_fall++;
      if (fall < 0 || x->slope_per_tahun < r->tren[fall * KJ_UKURAN_N + KJ_UK_IKP].slope_per_tahun)
        fall = o;
    } else if (x->label == KJ_TREN_NAIK) {
      if (rise < 0 || x->slope_per_tahun > r->tren[rise * KJ_UKURAN_N + KJ_UK_IKP].slope_per_tahun)
        rise = o;
    }
  }
  char a[48], b[64], c3[64];
  if (fall >= 0) {
    const kj_tren *x = &r->tren[fall * KJ_UKURAN_N + KJ_UK_IKP];
    bf_temuan *f = add(t, "Tren", "Trend", x->slope_per_tahun, KJ_WB_DEC1, BF_TREN);
    kj_buf_printf(&f->kalimat,
                  KJ_T(l,
                       "IKP %s terus menurun dari %s sampai %s, rata-rata %s poin per tahun; "
                       "penyebabnya perlu dicari.",
                       "%s's IKP kept falling from %s to %s, by %s points per year on average; the "
                       "cause should be found."),
                  kj_rep_opd_short(r, fall), kj_rep_periode(x->dari, l, b, sizeof b),
                  kj_rep_periode(x->sampai, l, c3, sizeof c3),
                  kj_rep_signed(a, sizeof a, x->slope_per_tahun, 1, l));
    if (n_fall > 1)
      kj_buf_printf(
          &f->kalimat,
          KJ_T(l, " %d OPD lain juga menurun nyata.", " %d other OPD also fell significantly."),
          n_fall - 1);
    return;
  }
  if (rise >= 0) {
    const kj_tren *x = &r->tren[rise * KJ_UKURAN_N + KJ_UK_IKP];
    bf_temuan *f = add(t, "Tren", "Trend", x->slope_per_tahun, KJ_WB_DEC1, BF_TREN);
    kj_buf_printf(
        &f->kalimat,
        KJ_T(
            l,
            "Tidak ada OPD yang IKP-nya menurun nyata; kenaikan terbesar di %s, %s poin per tahun.",
            "No OPD's IKP fell significantly; the largest rise is %s's, %s points per year."),
        kj_rep_opd_short(r, rise), kj_rep_signed(a, sizeof a, x->slope_per_tahun, 1, l));
    return;
  }
  const kj_tren *x = &r->tren[KJ_KOTA(r) * KJ_UKURAN_N + KJ_UK_IKP];
  if (!isfinite(x->slope_per_tahun)) return;
  bf_temuan *f = add(t, "Tren", "Trend", x->slope_per_tahun, KJ_WB_DEC1, BF_TREN);
  kj_buf_printf(
      &f->kalimat,
      KJ_T(l, "IKP semua OPD bergerak stabil selama %d\xE2\x80\x93%d (kota: %s poin per tahun).",
           "Every OPD's IKP stayed stable over %d\xE2\x80\x93%d (city: %s points per year)."),
      r->dari, r->sampai, kj_rep_signed(a, sizeof a, x->slope_per_tahun, 1, l));
}

/* ---- public satisfaction ------------------------------------------------------------- */

static void skm(tm_ctx *t) {
  const kj_analysis *r = t->r;
  kj_lang l = t->l;
  const kj_skm_ikp *flag = NULL;
  int n_flag = 0;
  for (size_t i = 0; i < r->n_skm_ikp; i++)
    if (r->skm_ikp[i].flag == KJ_SKMF_TINGGI_RENDAH) {
      n_flag++;
      if (!flag || r->skm_ikp[i].ikm < flag->ikm) flag = &r->skm_ikp[i];
    }
  char a[48], b[48];
  if (flag) {
    const kj_an_unit *u = &r->unit[flag->unit];
    bf_temuan *f = add(t, "Kepuasan warga", "Public satisfaction", flag->ikm, KJ_WB_DEC2, BF_SKM);
    kj_buf_printf(&f->kalimat,
                  KJ_T(l,
                       "%s (%s) perlu ditinjau: pegawainya dinilai tinggi (IKP %s) tetapi kepuasan "
                       "warganya rendah (IKM %s).",
                       "%s (%s) should be reviewed: its staff are rated highly (IKP %s) but "
                       "citizens are less satisfied (IKM %s)."),
                  u->nama, kj_rep_opd_short(r, u->opd), num(t, a, sizeof a, flag->ikp, 1),
                  num(t, b, sizeof b, flag->ikm, 2));
    if (n_flag > 1)
      kj_buf_printf(&f->kalimat,
                    KJ_T(l, " %d unit lain bertanda sama.", " %d other units carry the same flag."),
                    n_flag - 1);
    return;
  }
  const kj_skm *k = &r->skm_opd[KJ_KOTA(r)];
  if (k->n_responden == 0 || !isfinite(k->ikm)) return;
  const kj_skm *low = NULL;
  for (size_t i = 0; i < r->n_skm_unit; i++)
    if (isfinite(r->skm_unit[i].ikm) && (!low || r->skm_unit[i].ikm < low->ikm))
      low = &r->skm_unit[i];
  bf_temuan *f = add(t, "Kepuasan warga", "Public satisfaction", k->ikm, KJ_WB_DEC2, BF_SKM);
  kj_buf_printf(&f->kalimat,
                KJ_T(l, "Kepuasan warga (IKM kota) %s, mutu %s.",
                     "Public satisfaction (city IKM) is %s, grade %s."),
                num(t, a, sizeof a, k->ikm, 2), kj_mutu_label(k->mutu, l));
  if (low)
    kj_buf_printf(&f->kalimat, KJ_T(l, " Terendah %s dengan IKM %s.", " Lowest is %s with IKM %s."),
                  r->unit[low->unit].nama, num(t, b, sizeof b, low->ikm, 2));
}

/* ---- evaluators and lists ------------------------------------------------------------- */

static void penilai(tm_ctx *t) {
  const kj_analysis *r = t->r;
  kj_lang l = t->l;
  const kj_penilai *top = NULL;
  int longgar = 0, ketat = 0;
  for (size_t i = 0; i < r->n_penilai; i++) {
    const kj_penilai *e = &r->penilai[i];
    if (e->label == KJ_PENILAI_KETAT) ketat++;
    if (e->label != KJ_PENILAI_LONGGAR) continue;
    longgar++;
    if (!top || e->selisih > top->selisih) top = e;
  }
  if (!top) return;
  char a[48];
  bf_temuan *f = add(t, "Penilai", "Evaluators", top->selisih, KJ_WB_DEC1, BF_KUALITAS);
  kj_buf_printf(&f->kalimat,
                KJ_T(l,
                     "%d pejabat penilai memberi nilai jauh lebih tinggi daripada penilai lain di "
                     "OPD yang sama (paling besar %s poin IKP, di %s)",
                     "%d evaluators rate far higher than the other evaluators in the same OPD (the "
                     "largest gap %s IKP points, in %s)"),
                longgar, kj_rep_signed(a, sizeof a, top->selisih, 1, l),
                top->opd >= 0 ? kj_rep_opd_short(r, top->opd) : "?");
  if (ketat)
    kj_buf_printf(&f->kalimat, KJ_T(l, " dan %d jauh lebih rendah", " and %d far lower"), ketat);
  kj_buf_puts(&f->kalimat,
              KJ_T(l, "; penilaian mereka perlu diperiksa.", "; their ratings should be checked."));
}

static void daftar(tm_ctx *t) {
  const kj_analysis *r = t->r;
  kj_lang l = t->l;
  char a[48], b[48];
  bf_temuan *f = add(t, "Pembinaan dan teladan", "Coaching and role models", (double)r->n_pembinaan,
                     KJ_WB_INT, BF_PEMBINAAN);
  kj_buf_printf(&f->kalimat,
                KJ_T(l,
                     "%s pegawai perlu pembinaan dan %s pegawai layak dijadikan teladan; nama dan "
                     "alasannya ada di lembar masing-masing.",
                     "%s employees need coaching and %s can be held up as role models; names and "
                     "reasons are on their sheets."),
                num(t, a, sizeof a, (double)r->n_pembinaan, 0),
                num(t, b, sizeof b, (double)r->n_teladan, 0));
}

int bf_temuan_list(const bf_ctx *c, bf_temuan *out) {
  tm_ctx t = {c, c->r, c->lang, out, 0};
  kota(&t);
  peringkat(&t);
  kk(&t, KJ_KK_KEKUATAN);
  kk(&t, KJ_KK_KELEMAHAN);
  kurva(&t);
  if (!full(&t)) tren(&t);
  if (!full(&t)) skm(&t);
  if (!full(&t)) penilai(&t);
  if (!full(&t)) daftar(&t);
  return t.n;
}
