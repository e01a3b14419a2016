/* narrative_more.c — finding sentences on public satisfaction, evaluators,
 * the recognition and coaching lists, data quality and leader feedback
 * (the first sections are in narrative.c).
 */
#include "analysis/narrative_int.h"

#include <string.h>

/* The IKM-IKP association, worded by its status (analytics.md §6): when one
 * unit decides it, the sentence quotes Spearman and never says "kuat" or
 * "nyata". */
static void skm_association(an_nv *v, const kj_asosiasi *s, kj_buf *b) {
  const kj_analysis *r = v->r;
  char a[48], x[48], y[48], z[48];
  const char *unit = s->unit_berpengaruh >= 0 ? r->unit[s->unit_berpengaruh].kode : "-";
  switch (s->status) {
  case KJ_AS_SATU_UNIT:
    kj_buf_printf(b, L("Hubungan IKM–IKP antar-unit (n = %ld) tidak kokoh: Spearman rho = %s (%s); "
                       "r Pearson %s bergantung pada satu unit (%s; tanpa satu unit r antara %s dan %s) "
                       "(asosiasi, bukan sebab-akibat)",
                       "The IKM–IKP association across units (n = %ld) is not robust: Spearman rho = %s (%s); "
                       "Pearson r %s depends on one unit (%s; without one unit r ranges %s to %s) "
                       "(an association, not a cause)"),
                  s->n, an_nv_num(v, a, sizeof a, s->rho, 2), an_nv_p(v, x, sizeof x, "p", s->rho_p),
                  an_nv_num(v, y, sizeof y, s->r, 2), unit,
                  an_nv_num(v, z, sizeof z, s->r_tanpa_min, 2),
                  an_nv_num(v, a, sizeof a, s->r_tanpa_max, 2));
    break;
  case KJ_AS_NYATA:
    kj_buf_printf(b, L("Hubungan IKM–IKP antar-unit nyata (n = %ld): r = %s, %s, Spearman rho = %s (%s); "
                       "tetap nyata tanpa unit mana pun (asosiasi, bukan sebab-akibat)",
                       "IKM–IKP association across units significant (n = %ld): r = %s, %s, Spearman rho = %s (%s); "
                       "it holds without any single unit (an association, not a cause)"),
                  s->n, an_nv_num(v, a, sizeof a, s->r, 2), an_nv_p(v, x, sizeof x, "p", s->p),
                  an_nv_num(v, y, sizeof y, s->rho, 2), an_nv_p(v, z, sizeof z, "p", s->rho_p));
    break;
  default:
    kj_buf_printf(b, L("Tidak terdeteksi hubungan IKM–IKP antar-unit (n = %ld): r = %s, %s, Spearman rho = %s",
                       "No IKM–IKP association detected across units (n = %ld): r = %s, %s, Spearman rho = %s"),
                  s->n, an_nv_num(v, a, sizeof a, s->r, 2), an_nv_p(v, x, sizeof x, "p", s->p),
                  an_nv_num(v, y, sizeof y, s->rho, 2));
  }
}

static void skm(an_nv *v) {
  const kj_analysis *r = v->r;
  const kj_skm *c = &r->skm_opd[KJ_KOTA(r)];
  kj_buf b = {0};
  char a[48], x[48];
  if (c->n_responden == 0) {
    kj_buf_printf(&b, L("Tidak ada data SKM untuk %d.", "No SKM survey data for %d."), r->tahun);
    an_nv_emit(v, "skm", &b);
    return;
  }
  int sedikit = 0;
  for (size_t i = 0; i < r->n_skm_unit; i++) sedikit += r->skm_unit[i].sedikit;
  kj_buf_printf(&b, L("IKM kota %s (mutu %s, %s; %s responden di %zu unit)",
                      "City IKM %s (grade %s, %s; %s respondents in %zu units)"),
                an_nv_num(v, a, sizeof a, c->ikm, 2), kj_enum_canon(&kj_enum_mutu, c->mutu),
                kj_mutu_label(c->mutu, v->lang), an_nv_num(v, x, sizeof x, (double)c->n_responden, 0),
                r->n_skm_unit);
  if (c->unsur_terlemah >= 0)
    kj_buf_printf(&b, L("; unsur terlemah %s", "; weakest item %s"),
                  kj_dimensi_label(KJ_DIM_SKM + c->unsur_terlemah, v->lang));
  if (sedikit)
    kj_buf_printf(&b, L("; %d unit dengan responden kurang dari %ld", "; %d units with fewer than %ld respondents"),
                  sedikit, r->params.skm_min_responden);
  kj_buf_puts(&b, ".");
  an_nv_emit(v, "skm", &b);
  for (int i = 0; i < r->n_asosiasi; i++) {
    const kj_asosiasi *s = &r->asosiasi[i];
    if (strcmp(s->nama, "skm_ikm_ikp") != 0 || !isfinite(s->r)) continue;
    skm_association(v, s, &b);
    int k = 0;
    for (size_t j = 0; j < r->n_skm_ikp; j++) {
      if (r->skm_ikp[j].flag != KJ_SKMF_TINGGI_RENDAH) continue;
      kj_buf_printf(&b, "%s%s", k++ ? ", " : L("; penilaian tinggi, kepuasan rendah (selisih IKM dan IKP nyata, q < alpha): ",
                                                "; high ratings, low satisfaction (IKM and IKP gaps significant, q < alpha): "),
                    r->unit[r->skm_ikp[j].unit].kode);
    }
    k = 0;
    for (size_t j = 0; j < r->n_skm_ikp; j++) {
      if (r->skm_ikp[j].flag != KJ_SKMF_DICERMATI) continue;
      kj_buf_printf(&b, "%s%s", k++ ? ", " : L("; perlu dicermati (hanya aturan skor-z): ",
                                                "; to watch (z-score rule only): "),
                    r->unit[r->skm_ikp[j].unit].kode);
    }
    kj_buf_puts(&b, ".");
    an_nv_emit(v, "skm", &b);
  }
}

static void evaluators(an_nv *v) {
  const kj_analysis *r = v->r;
  kj_buf b = {0}, list = {0};
  int tested = 0, n[2] = {0, 0};
  for (size_t i = 0; i < r->n_penilai; i++) {
    const kj_penilai *e = &r->penilai[i];
    if (e->label == KJ_PENILAI_TCD) continue;
    tested++;
    if (e->label != KJ_PENILAI_LONGGAR && e->label != KJ_PENILAI_KETAT) continue;
    n[e->label == KJ_PENILAI_KETAT]++;
    char a[48], q[48];
    kj_buf_printf(&list, "%sNIP %lld (%s, %s, %s %s, %s)", list.len ? "; " : "", (long long)e->nip,
                  kj_enum_label(&kj_enum_penilai, e->label, v->lang), an_nv_opd(r, e->opd),
                  an_nv_signed(v, a, sizeof a, e->selisih, 1), L("poin IKP", "IKP points"),
                  an_nv_p(v, q, sizeof q, "q", e->q));
  }
  kj_buf_printf(&b, L("Penilai (%d diuji): %d longgar, %d ketat", "Evaluators (%d tested): %d lenient, %d strict"),
                tested, n[0], n[1]);
  if (list.len) kj_buf_printf(&b, ": %s", kj_buf_cstr(&list));
  kj_buf_puts(&b, ".");
  an_nv_emit(v, "penilai", &b);
  kj_buf_free(&list);
}

static void lists(an_nv *v) {
  const kj_analysis *r = v->r;
  kj_buf b = {0};
  kj_buf_printf(&b, L("Teladan: %zu pegawai; perlu pembinaan: %zu pegawai.",
                      "Role models: %zu employees; needing coaching: %zu employees."),
                r->n_teladan, r->n_pembinaan);
  an_nv_emit(v, "daftar", &b);
}

static void quality(an_nv *v) {
  const kj_analysis *r = v->r;
  const kj_kualitas *q = &r->kualitas_tahun[KJ_KOTA(r)];
  long count[KJ_TEMUAN_N] = {0};
  for (size_t i = 0; i < r->n_temuan; i++) count[r->temuan[i].jenis]++;
  kj_buf b = {0};
  char a[48], c[48];
  kj_buf_printf(&b, L("Kelengkapan penilaian %s", "Appraisal completeness %s"),
                kj_fmt_pct(a, sizeof a, q->kelengkapan, 1, v->lang));
  if (q->bertanggal)
    kj_buf_printf(&b, L(", tepat waktu %s (batas %ld hari)", ", on time %s (limit %ld days)"),
                  kj_fmt_pct(c, sizeof c, q->tepat_waktu, 1, v->lang), r->params.batas_hari);
  for (int j = 0; j < KJ_TEMUAN_N; j++)
    if (count[j]) kj_buf_printf(&b, "; %s: %ld", kj_enum_label(&kj_enum_temuan, j, v->lang), count[j]);
  kj_buf_puts(&b, ".");
  an_nv_emit(v, "kualitas", &b);
}

static void feedback(an_nv *v) {
  const kj_analysis *r = v->r;
  const kj_umpan *u = &r->umpan[KJ_KOTA(r)];
  kj_buf b = {0};
  char a[48], c[48], d[48], e[48];
  if (!isfinite(u->kejadian_per_pegawai)) return;
  if (u->kejadian[0] + u->kejadian[1] + u->kejadian[2] == 0) {
    kj_buf_printf(&b, L("Tidak ada data umpan balik pimpinan untuk %d.",
                        "No leader feedback data for %d."),
                  r->tahun);
    an_nv_emit(v, "umpan_balik", &b);
    return;
  }
  kj_buf_printf(&b, L("Umpan balik pimpinan: %s kejadian per pegawai; %s pegawai menerima apresiasi",
                      "Leader feedback: %s events per employee; %s of employees were appreciated"),
                an_nv_num(v, a, sizeof a, u->kejadian_per_pegawai, 2),
                kj_fmt_pct(c, sizeof c, u->share_apresiasi, 1, v->lang));
  for (int i = 0; i < r->n_asosiasi; i++) {
    const kj_asosiasi *s = &r->asosiasi[i];
    if (strcmp(s->nama, "apresiasi_ikp") == 0 && isfinite(s->r))
      kj_buf_printf(&b, L("; antar-unit (n = %ld), tingkat apresiasi dan IKP r = %s (%s)",
                          "; across units (n = %ld), appreciation rate and IKP r = %s (%s)"),
                    s->n, an_nv_num(v, d, sizeof d, s->r, 2), an_nv_p(v, e, sizeof e, "p", s->p));
    if (strcmp(s->nama, "apresiasi_delta_ikp") == 0 && isfinite(s->selisih))
      kj_buf_printf(&b, L("; perubahan IKP penerima apresiasi %s poin dibanding yang lain (%s)",
                          "; IKP change of appreciated employees %s points against the others (%s)"),
                    an_nv_signed(v, d, sizeof d, s->selisih, 1), an_nv_p(v, e, sizeof e, "p", s->p));
  }
  kj_buf_puts(&b, L(" — asosiasi, bukan sebab-akibat.", " — associations, not causes."));
  an_nv_emit(v, "umpan_balik", &b);
}

/* §13: a gap is "perlu ditelaah", never a verdict; the rest "tidak terdeteksi
 * perbedaan >= kesetaraan_min", never proof of equality. */
static void fairness(an_nv *v) {
  const kj_analysis *r = v->r;
  kj_buf b = {0}, list = {0};
  int tested = 0;
  char a[48], q[48], m[48];
  for (int i = 0; i < r->n_setara; i++) {
    const kj_setara *s = &r->setara[i];
    if (s->label == KJ_SETARA_TCD) continue;
    tested++;
    if (s->label != KJ_SETARA_TIDAK) continue;
    kj_buf_printf(&list, "%s%s %s %s (%s %s, %s)", list.len ? "; " : "", s->kelompok,
                  L("dibanding", "against"), s->pembanding,
                  an_nv_signed(v, a, sizeof a, s->selisih_disesuaikan, 1),
                  L("poin IKP", "IKP points"), an_nv_p(v, q, sizeof q, "q", s->q));
  }
  if (!tested) return;
  an_nv_num(v, m, sizeof m, r->params.kesetaraan_min, 0);
  if (list.len)
    kj_buf_printf(&b, L("Kesetaraan penilaian (selisih IKP setelah memperhitungkan OPD dan jenis "
                        "jabatan): %s — perbedaan yang perlu ditelaah, bukan bukti diskriminasi; "
                        "kelompok lain: tidak terdeteksi perbedaan ≥ %s poin.",
                        "Fairness of appraisal (IKP gap after accounting for OPD and jenis "
                        "jabatan): %s — a difference to be examined, not proof of "
                        "discrimination; other groups: no difference of %s points or more "
                        "detected."),
                  kj_buf_cstr(&list), m);
  else
    kj_buf_printf(&b, L("Kesetaraan penilaian: pada %d perbandingan (jenis kelamin, PNS/PPPK, "
                        "golongan, jenis jabatan) tidak terdeteksi perbedaan IKP ≥ %s poin setelah "
                        "memperhitungkan OPD dan jenis jabatan.",
                        "Fairness of appraisal: in %d comparisons (gender, PNS/PPPK, golongan, "
                        "jenis jabatan) no IKP difference of %s points or more was detected after "
                        "accounting for OPD and jenis jabatan."),
                  tested, m);
  an_nv_emit(v, "kesetaraan", &b);
  kj_buf_free(&list);
}

void an_nv_more(an_nv *v) {
  skm(v);
  evaluators(v);
  fairness(v);
  lists(v);
  quality(v);
  feedback(v);
}
