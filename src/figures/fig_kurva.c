/* fig_kurva.c — the predikat distribution against the required curve: all
 * OPD on one chart (distribusi) and one OPD at a time (kurva).
 *
 * The engine has already checked each OPD's counts against the rules of its
 * organisation predikat (§5): PASS/FAIL per rule, PATUH or not, the exact
 * minimum number of changes, and MUSTAHIL when the rules cannot hold for its
 * n. The charts only know "compliant, not compliant, not assessed", so an
 * impossible curve is drawn as not assessed and said in words in the note.
 * Shares are the engine's (NA for suppressed groups, which are greyed).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "figures/fig_int.h"
#include "util/buf.h"

/* Compliance of an OPD in chart terms; *impossible set for MUSTAHIL. */
static void compliance(const kj_kurva *k, int org, int muted, int *compliant, long *min_changes,
                       int *impossible) {
  *compliant = -1;
  *min_changes = 0;
  *impossible = 0;
  if (org < 0 || muted) return; /* no verdict on a group too small to show */
  if (k->status == KJ_KURVA_PATUH) {
    *compliant = 1;
  } else if (k->status == KJ_KURVA_TIDAK_PATUH && k->cek.min_changes > 0) {
    *compliant = 0;
    *min_changes = k->cek.min_changes;
  } else if (k->status == KJ_KURVA_MUSTAHIL) {
    *impossible = 1;
  }
}

/* A group is shown when the engine published its shares. */
static int shares_shown(const kj_analysis *r, int o) {
  const kj_opd_stat *st = &r->stat[o];
  if (!st->cukup || st->n_predikat <= 0) return 0;
  for (int p = 0; p < KJ_PREDIKAT_N; p++)
    if (isnan(st->predikat_share[p])) return 0;
  return 1;
}

typedef struct sort_key {
  int opd;
  double sb; /* share of Sangat Baik; -1 for greyed rows */
  const char *kode;
} sort_key;

static int by_sangat_baik(const void *a, const void *b) {
  const sort_key *x = a, *y = b;
  if (x->sb != y->sb) return x->sb > y->sb ? -1 : 1;
  return strcmp(x->kode, y->kode);
}

kj_status kj_fig_distribusi(const kj_analysis *r, kj_lang lang, kj_figure *out, kj_error *err) {
  (void)err;
  fig_begin(out, r, KJ_CHART_DISTRIBUSI, lang);
  sort_key *keys = fig_alloc(out, (size_t)r->n_opd, sizeof *keys);
  int n = 0;
  for (int o = 0; o < r->n_opd; o++) {
    if (!fig_opd_present(r, o)) continue;
    keys[n].opd = o;
    keys[n].sb = shares_shown(r, o) ? r->stat[o].predikat_share[KJ_SANGAT_BAIK] : -1;
    keys[n].kode = r->opd[o].kode;
    n++;
  }
  qsort(keys, (size_t)n, sizeof *keys, by_sangat_baik);

  kj_distribusi_row *rows = fig_alloc(out, (size_t)n, sizeof *rows);
  kj_buf impossible = {0};
  int n_impossible = 0, n_muted = 0, n_fail = 0;
  for (int i = 0; i < n; i++) {
    int o = keys[i].opd;
    const kj_kurva *k = &r->kurva[o];
    kj_distribusi_row *row = &rows[i];
    row->name = fig_strdup(out, r->opd[o].nama);
    row->short_name = fig_strdup(out, r->opd[o].singkatan);
    row->n = r->stat[o].n_predikat;
    row->insufficient = !shares_shown(r, o);
    n_muted += row->insufficient;
    for (int p = 0; p < KJ_PREDIKAT_N; p++)
      row->share[p] = row->insufficient ? 0 : r->stat[o].predikat_share[p];
    row->org = r->opd[o].org;
    kj_kurva_rule *rules;
    row->n_rules = fig_rules(out, &r->params, row->org, row->n,
                             row->insufficient || row->org < 0 ? NULL : &k->cek, &rules);
    row->rules = rules;
    int imp;
    compliance(k, row->org, row->insufficient, &row->compliant, &row->min_changes, &imp);
    n_fail += row->compliant == 0;
    if (imp) {
      kj_buf_printf(&impossible, "%s%s (n = %ld)", n_impossible ? ", " : "",
                    r->opd[o].singkatan ? r->opd[o].singkatan : r->opd[o].nama, row->n);
      n_impossible++;
    }
  }
  kj_distribusi_spec *s = &out->spec.distribusi;
  s->rows = rows;
  s->n_rows = n;
  s->min_kelompok = (int)r->params.min_kelompok;
  s->n_total = r->stat[KJ_KOTA(r)].n_predikat;

  fig_stem(out, "kota_distribusi", NULL, NULL);
  out->opd = KJ_KOTA(r);
  out->title = fig_strdup(out, FIG_TR(lang, "Distribusi predikat pegawai per OPD terhadap kurva",
                                      "Employee predikat per OPD against the required curve"));
  out->subtitle =
      fig_subtitle_year(out, r,
                        fig_printf(out, "%s %s",
                                   FIG_TR(lang, "predikat tahunan; urut menurut porsi",
                                          "annual predikat; sorted by the share rated"),
                                   kj_enum_label(&kj_enum_predikat, KJ_SANGAT_BAIK, lang)));
  fig_set_source(out, r, FIG_SRC_PENILAIAN);
  kj_buf note = {0};
  kj_buf_puts(&note, FIG_TR(lang,
                            "Aturan kurva menurut predikat kinerja organisasi (parameter "
                            "[kurva.*]); \"min. berubah\" = jumlah pegawai paling sedikit yang "
                            "predikatnya harus berubah agar semua aturan terpenuhi.",
                            "Curve rules by organisation predikat (parameters [kurva.*]); "
                            "\"min. changes\" = the fewest employees whose predikat must change "
                            "for every rule to hold."));
  if (n_fail)
    kj_buf_printf(&note, " %d %s", n_fail,
                  FIG_TR(lang, "OPD tidak patuh.",
                         n_fail == 1 ? "OPD is not compliant." : "OPD are not compliant."));
  if (n_impossible)
    kj_buf_printf(&note, " %s %s.",
                  FIG_TR(lang, "Kurva tidak dapat dipenuhi untuk jumlah pegawainya:",
                         "The curve cannot be met with its number of employees:"),
                  kj_buf_cstr(&impossible));
  if (n_muted)
    kj_buf_printf(&note, " %s %ld %s",
                  FIG_TR(lang, "OPD dengan kurang dari", "OPD with fewer than"),
                  r->params.min_kelompok,
                  FIG_TR(lang, "pegawai tidak ditampilkan.", "employees are not shown."));
  out->note = fig_strdup(out, kj_buf_cstr(&note));
  kj_buf_free(&note);
  kj_buf_free(&impossible);
  return KJ_OK;
}

kj_status kj_fig_kurva(const kj_analysis *r, int o, kj_lang lang, kj_figure *out, kj_error *err) {
  fig_begin(out, r, KJ_CHART_KURVA, lang);
  if (o < 0 || o >= r->n_opd)
    return kj_fail(err, KJ_INTERNAL, "figure kurva: OPD %d out of range", o);
  const kj_kurva *k = &r->kurva[o];
  const int K = KJ_KOTA(r);
  kj_kurva_spec *s = &out->spec.kurva;
  s->name = fig_strdup(out, r->opd[o].nama);
  s->short_name = fig_strdup(out, r->opd[o].singkatan);
  s->insufficient = !shares_shown(r, o);
  s->n = r->stat[o].n_predikat;
  s->min_kelompok = (int)r->params.min_kelompok;
  if (!s->insufficient) {
    for (int p = 0; p < KJ_PREDIKAT_N; p++) {
      s->count[p] = r->stat[o].predikat_n[p];
      s->share[p] = r->stat[o].predikat_share[p];
    }
  }
  if (shares_shown(r, K)) {
    double *city = fig_alloc(out, KJ_PREDIKAT_N, sizeof *city);
    for (int p = 0; p < KJ_PREDIKAT_N; p++) city[p] = r->stat[K].predikat_share[p];
    s->city_share = city;
  }
  s->org = r->opd[o].org;
  kj_kurva_rule *rules;
  s->n_rules = fig_rules(out, &r->params, s->org, s->n,
                         s->insufficient || s->org < 0 ? NULL : &k->cek, &rules);
  s->rules = rules;
  int impossible;
  compliance(k, s->org, s->insufficient, &s->compliant, &s->min_changes, &impossible);

  fig_stem(out, "opd_", r->opd[o].kode, "_kurva");
  out->opd = o;
  out->title = fig_printf(out, "%s: %s", r->opd[o].nama,
                          FIG_TR(lang, "distribusi predikat terhadap kurva",
                                 "predikat distribution against the required curve"));
  out->subtitle = fig_subtitle_year(
      out, r, FIG_TR(lang, "predikat tahunan pegawai", "annual predikat of employees"));
  fig_set_source(out, r, FIG_SRC_PENILAIAN);
  kj_buf note = {0};
  if (impossible)
    kj_buf_printf(&note, "%s (n = %ld). ",
                  FIG_TR(lang, "Aturan kurva tidak dapat dipenuhi bersama untuk jumlah pegawai ini",
                         "The curve rules cannot all hold for this number of employees"),
                  s->n);
  if (!s->insufficient && isfinite(k->chi2.stat) && isfinite(k->chi2_q)) {
    /* the p used (Monte Carlo when an expected count is small) and its BH q
     * across OPD: only q decides whether the distribution is called different */
    int mc = isfinite(k->chi2_p_mc);
    double pv = mc ? k->chi2_p_mc : k->chi2.p;
    char x2[32], p[32], q[32], df[16];
    kj_fmt_num(x2, sizeof x2, k->chi2.stat, 1, lang);
    kj_fmt_num(p, sizeof p, pv < 0.001 ? 0.001 : pv, 3, lang);
    kj_fmt_num(q, sizeof q, k->chi2_q < 0.001 ? 0.001 : k->chi2_q, 3, lang);
    kj_fmt_num(df, sizeof df, k->chi2.df, 0, lang);
    kj_buf_printf(&note, "%s: \xCF\x87\xC2\xB2 = %s (df %s), p%s %s %s, q %s %s: %s",
                  FIG_TR(lang, "Uji khi-kuadrat terhadap OPD lain",
                         "Chi-square test against the other OPD"),
                  x2, df, mc ? " Monte Carlo" : "", pv < 0.001 ? "<" : "=", p,
                  k->chi2_q < 0.001 ? "<" : "=", q,
                  k->chi2_q < r->params.alpha
                      ? FIG_TR(lang, "sebaran berbeda dari OPD lain.",
                               "the distribution differs from the other OPD.")
                      : FIG_TR(lang, "tidak terdeteksi berbeda dari OPD lain.",
                               "no difference from the other OPD detected."));
  }
  out->note = note.len ? fig_strdup(out, kj_buf_cstr(&note)) : NULL;
  kj_buf_free(&note);
  return KJ_OK;
}
