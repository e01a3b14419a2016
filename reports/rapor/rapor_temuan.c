/* rapor_temuan.c — the finding sentences of the Rapor OPD's Ringkasan.
 *
 * Each sentence is composed from the engine's results for the OPD, in words
 * a kepala dinas understands without statistics training ("lebih tinggi
 * dari OPD lain" stands for the engine's KEKUATAN label, never for a test
 * made here), with the figure it rests on and the sheet holding the
 * detail. Numbers are formatted in the language (decimal comma in
 * Indonesian).
 */
#include "reports/rapor/rapor_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static kj_buf *add(rp_temuan *t, const char *topik, const char *lembar) {
  rp_temuan_item *it = &t->t[t->n++];
  it->topik = topik;
  it->lembar = lembar;
  kj_buf_init(&it->text);
  return &it->text;
}

static void posisi(const rp_ctx *c, rp_temuan *t) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const kj_opd_stat *s = &r->stat[c->o];
  kj_buf *b = add(t, KJ_T(l, "Posisi", "Position"), c->sheet_name[RP_RINGKASAN]);
  char n[32], m[32], lo[32], hi[32], ml[32];
  if (!s->cukup) {
    kj_buf_printf(b,
                  KJ_T(l,
                       "%s memiliki %s pegawai dinilai, kurang dari %ld: angka OPD tidak "
                       "ditampilkan agar perorangan tidak dapat dikenali (angka kota tetap "
                       "menghitungnya).",
                       "%s has %s rated employees, fewer than %ld: OPD figures are not shown so "
                       "that no individual can be recognised (the city figures include them)."),
                  rp_short(c), kj_fmt_num(n, sizeof n, (double)s->n_pegawai, 0, l),
                  r->params.min_kelompok);
    return;
  }
  const kj_desc *d = &s->ukuran[KJ_UK_IKP];
  const kj_kk *k = &r->kk[c->o * KJ_DIMENSI_N + KJ_UK_IKP];
  const char *how = k->label == KJ_KK_KEKUATAN ? KJ_T(l, "lebih tinggi dari", "higher than")
                    : k->label == KJ_KK_KELEMAHAN
                        ? KJ_T(l, "lebih rendah dari", "lower than")
                        : KJ_T(l, "tidak berbeda bermakna dari", "not meaningfully different from");
  kj_buf_printf(
      b,
      KJ_T(l,
           "IKP rata-rata %s tahun %d adalah %s (IK 95 %% %s\xE2\x80\x93%s), %s rata-rata "
           "OPD lain (%s); peringkat %d dari %d OPD (kisaran 95 %% %d\xE2\x80\x93%d: "
           "peringkat di dalam kisaran ini tidak dapat dibedakan).",
           "Mean IKP of %s in %d is %s (95%% CI %s\xE2\x80\x93%s), %s the other OPD "
           "(%s); rank %d of %d OPD (95%% range %d\xE2\x80\x93%d: ranks within it cannot be "
           "told apart)."),
      rp_short(c), r->tahun, kj_fmt_num(m, sizeof m, d->mean, 1, l),
      kj_fmt_num(lo, sizeof lo, d->ci_low, 1, l), kj_fmt_num(hi, sizeof hi, d->ci_high, 1, l), how,
      kj_fmt_num(ml, sizeof ml, k->mean_lain, 1, l), c->rank, c->n_ranked, c->rank_lo,
      c->rank_hi);
}

static const kj_analysis *sort_r;
static int sort_o;

static int by_d_desc(const void *a, const void *b) {
  double x = sort_r->kk[sort_o * KJ_DIMENSI_N + *(const int *)a].d;
  double y = sort_r->kk[sort_o * KJ_DIMENSI_N + *(const int *)b].d;
  return x > y ? -1 : x < y ? 1 : *(const int *)a - *(const int *)b;
}

/* Strengths (want = KEKUATAN) or weaknesses: up to three, largest |d| first,
 * with the difference in the measure's own unit. */
static void kk_sentence(const rp_ctx *c, rp_temuan *t, kj_kk_label want) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  int dims[KJ_DIMENSI_N], n = 0;
  for (int d = 0; d < KJ_DIMENSI_N; d++) {
    const kj_kk *k = &r->kk[c->o * KJ_DIMENSI_N + d];
    if (k->ada && k->label == want) dims[n++] = d;
  }
  sort_r = r;
  sort_o = c->o;
  qsort(dims, (size_t)n, sizeof *dims, by_d_desc);
  int strong = want == KJ_KK_KEKUATAN;
  kj_buf *b = add(t, strong ? KJ_T(l, "Kekuatan", "Strengths") : KJ_T(l, "Kelemahan", "Weaknesses"),
                  c->sheet_name[RP_PROFIL]);
  if (!r->stat[c->o].cukup) {
    kj_buf_puts(b, KJ_T(l, "Tidak dinilai: data tidak cukup.", "Not assessed: not enough data."));
    return;
  }
  if (n == 0) {
    kj_buf_puts(b, strong ? KJ_T(l, "Tidak ada ukuran yang bermakna lebih tinggi dari OPD lain.",
                                 "No measure is meaningfully higher than in the other OPD.")
                          : KJ_T(l, "Tidak ada ukuran yang bermakna lebih rendah dari OPD lain.",
                                 "No measure is meaningfully lower than in the other OPD."));
    return;
  }
  kj_buf_puts(b, strong ? KJ_T(l, "Lebih tinggi dari OPD lain: ", "Higher than the other OPD: ")
                        : KJ_T(l, "Lebih rendah dari OPD lain: ", "Lower than the other OPD: "));
  int shown = n < 3 ? n : 3;
  for (int i = 0; i < shown; i++) {
    int d = strong ? dims[i] : dims[n - 1 - i];
    const kj_kk *k = &r->kk[c->o * KJ_DIMENSI_N + d];
    char v[32];
    kj_buf_printf(b, "%s%s (%s %s)", i ? "; " : "", kj_dimensi_label(d, l),
                  kj_rep_signed(v, sizeof v, k->mean_opd - k->mean_lain, 2, l),
                  kj_dimensi_unit(d, l));
  }
  if (n > shown)
    kj_buf_printf(b, KJ_T(l, "; dan %d lainnya.", "; and %d more."), n - shown);
  else
    kj_buf_putc(b, '.');
}

static void kurva(const rp_ctx *c, rp_temuan *t) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const kj_kurva *k = &r->kurva[c->o];
  kj_buf *b = add(t, KJ_T(l, "Kurva distribusi", "Required distribution"), c->sheet_name[RP_KURVA]);
  const char *org =
      r->opd[c->o].org >= 0 ? kj_enum_label(&kj_enum_predikat_org, r->opd[c->o].org, l) : "";
  char n[32];
  switch (k->status) {
  case KJ_KURVA_PATUH:
    kj_buf_printf(b,
                  KJ_T(l, "Sebaran predikat pegawai memenuhi kurva untuk predikat organisasi %s.",
                       "The employees' predikat meet the curve of organisation predikat %s."),
                  org);
    break;
  case KJ_KURVA_TIDAK_PATUH:
    kj_buf_printf(b,
                  KJ_T(l,
                       "Sebaran predikat belum memenuhi kurva untuk predikat organisasi %s: paling "
                       "sedikit %s pegawai harus berganti predikat agar semua aturan terpenuhi.",
                       "The predikat do not meet the curve of organisation predikat %s: at least "
                       "%s employees would have to change predikat for every rule to hold."),
                  org, kj_fmt_num(n, sizeof n, (double)k->cek.min_changes, 0, l));
    break;
  case KJ_KURVA_MUSTAHIL:
    kj_buf_printf(
        b,
        KJ_T(l, "Aturan kurva predikat organisasi %s tidak dapat dipenuhi dengan %s pegawai.",
             "The curve rules of organisation predikat %s cannot hold with %s employees."),
        org, kj_fmt_num(n, sizeof n, (double)k->n, 0, l));
    break;
  default:
    kj_buf_printf(
        b,
        KJ_T(l, "Predikat kinerja organisasi %d belum ada, sehingga kurva belum dapat diperiksa.",
             "There is no organisation predikat for %d yet, so the curve cannot be checked."),
        r->tahun);
  }
}

static void tren(const rp_ctx *c, rp_temuan *t) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const kj_tren *k = &r->tren[c->o * KJ_UKURAN_N + KJ_UK_IKP];
  kj_buf *b = add(t, KJ_T(l, "Tren", "Trend"), c->sheet_name[RP_TREN]);
  char v[32], p[32];
  if (k->label == KJ_TREN_TCD) {
    kj_buf_printf(b,
                  KJ_T(l,
                       "Tren IKP %d\xE2\x80\x93%d tidak dapat dihitung (kurang dari tiga periode "
                       "dengan data cukup).",
                       "The IKP trend %d\xE2\x80\x93%d cannot be computed (fewer than three "
                       "periods with enough data)."),
                  r->dari, r->sampai);
    return;
  }
  const char *word = k->label == KJ_TREN_NAIK    ? KJ_T(l, "naik", "rose")
                     : k->label == KJ_TREN_TURUN ? KJ_T(l, "turun", "fell")
                                                 : KJ_T(l, "stabil", "was stable");
  /* a p below 0.001 reads "p < 0,001", never "p = 0,000" */
  char pp[48];
  if (k->p < 0.001)
    snprintf(pp, sizeof pp, "p < %s", kj_fmt_num(p, sizeof p, 0.001, 3, l));
  else
    snprintf(pp, sizeof pp, "p = %s", kj_fmt_num(p, sizeof p, k->p, 3, l));
  kj_buf_printf(b,
                KJ_T(l, "IKP per periode %s sampai %s %s (kemiringan %s poin per tahun, %s).",
                     "IKP per period from %s to %s %s (slope %s points per year, %s)."),
                k->dari, k->sampai, word, kj_rep_signed(v, sizeof v, k->slope_per_tahun, 2, l), pp);
}

static void yoy(const rp_ctx *c, rp_temuan *t) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const kj_yoy *y = &r->yoy[c->o * KJ_UKURAN_N + KJ_UK_IKP];
  if (y->n_sebelum == 0) return;
  kj_buf *b = add(t, KJ_T(l, "Dibanding tahun lalu", "Versus last year"), c->sheet_name[RP_TREN]);
  char a[32], m[32];
  if (y->label == KJ_YOY_TCD) {
    kj_buf_printf(b,
                  KJ_T(l, "Perbandingan dengan %d: data tidak cukup.",
                       "Comparison with %d: not enough data."),
                  r->tahun - 1);
    return;
  }
  kj_buf_printf(
      b,
      KJ_T(l,
           "IKP rata-rata %d: %s, %d: %s \xE2\x80\x93 %s (uji Welch, koreksi BH atas semua OPD "
           "dan ukuran).",
           "Mean IKP %d: %s, %d: %s \xE2\x80\x93 %s (Welch test, BH over every OPD and measure)."),
      r->tahun - 1, kj_fmt_num(a, sizeof a, y->mean_sebelum, 1, l), r->tahun,
      kj_fmt_num(m, sizeof m, y->mean, 1, l), kj_enum_label(&kj_enum_yoy, y->label, l));
}

static void skm(const rp_ctx *c, rp_temuan *t) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const kj_skm *k = &r->skm_opd[c->o];
  kj_buf *b = add(t, KJ_T(l, "Kepuasan masyarakat", "Public satisfaction"), c->sheet_name[RP_SKM]);
  char v[32], n[32];
  if (k->n_responden == 0) {
    kj_buf_printf(b,
                  KJ_T(l, "Tidak ada survei kepuasan masyarakat (SKM) untuk unit %s tahun %d.",
                       "No public satisfaction survey (SKM) for the units of %s in %d."),
                  rp_short(c), r->tahun);
    return;
  }
  kj_buf_printf(b,
                KJ_T(l, "IKM unit layanan %s: %s (%s) dari %s responden",
                     "IKM of the service units of %s: %s (%s) from %s respondents"),
                rp_short(c), kj_fmt_num(v, sizeof v, k->ikm, 2, l),
                k->mutu < KJ_MUTU_N ? kj_mutu_label(k->mutu, l) : RP_DASH,
                kj_fmt_num(n, sizeof n, (double)k->n_responden, 0, l));
  if (k->unsur_terlemah >= 0)
    kj_buf_printf(b, KJ_T(l, "; unsur terlemah: %s.", "; weakest item: %s."),
                  kj_dimensi_label(KJ_DIM_SKM + k->unsur_terlemah, l));
  else
    kj_buf_putc(b, '.');
}

static void penilai(const rp_ctx *c, rp_temuan *t) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  long n = 0, lg = 0, kt = 0;
  for (size_t i = 0; i < r->n_penilai; i++) {
    if (r->penilai[i].opd != c->o) continue;
    n++;
    lg += r->penilai[i].label == KJ_PENILAI_LONGGAR;
    kt += r->penilai[i].label == KJ_PENILAI_KETAT;
  }
  kj_buf *b = add(t, KJ_T(l, "Penilai", "Evaluators"), c->sheet_name[RP_PENILAI]);
  if (lg + kt == 0)
    kj_buf_printf(b,
                  KJ_T(l,
                       "Tidak ada dari %ld penilai yang menilai jelas lebih longgar atau lebih "
                       "ketat dari penilai lain di OPD ini.",
                       "None of the %ld evaluators rates clearly more leniently or strictly than "
                       "the others in this OPD."),
                  n);
  else
    kj_buf_printf(b,
                  KJ_T(l,
                       "Dari %ld penilai, %ld menilai lebih longgar dan %ld lebih ketat dari "
                       "penilai lain di OPD ini (q < %g).",
                       "Of %ld evaluators, %ld rate more leniently and %ld more strictly than the "
                       "others in this OPD (q < %g)."),
                  n, lg, kt, r->params.alpha);
}

static void daftar(const rp_ctx *c, rp_temuan *t) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  long tel = 0, bin = 0;
  for (size_t i = 0; i < r->n_teladan; i++) tel += r->pegawai[r->teladan[i].pegawai].opd == c->o;
  for (size_t i = 0; i < r->n_pembinaan; i++)
    bin += r->pegawai[r->pembinaan[i].pegawai].opd == c->o;
  kj_buf *b = add(t, KJ_T(l, "Teladan dan pembinaan", "Role models and coaching"),
                  c->sheet_name[RP_TELADAN]);
  kj_buf_printf(b,
                KJ_T(l,
                     "%ld pegawai teladan (lembar %s) dan %ld pegawai perlu pembinaan (lembar %s).",
                     "Role models: %ld (sheet %s); employees who need coaching: %ld (sheet %s)."),
                tel, c->sheet_name[RP_TELADAN], bin, c->sheet_name[RP_PEMBINAAN]);
}

void rp_temuan_build(const rp_ctx *c, rp_temuan *out) {
  out->n = 0;
  posisi(c, out);
  kk_sentence(c, out, KJ_KK_KEKUATAN);
  kk_sentence(c, out, KJ_KK_KELEMAHAN);
  kurva(c, out);
  tren(c, out);
  yoy(c, out);
  skm(c, out);
  penilai(c, out);
  daftar(c, out);
}

void rp_temuan_free(rp_temuan *t) {
  if (!t) return;
  for (int i = 0; i < t->n; i++) kj_buf_free(&t->t[i].text);
  t->n = 0;
}
