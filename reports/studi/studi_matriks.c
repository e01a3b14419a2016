/* studi_matriks.c — the study's OPD x year sheets: "Kepatuhan Kurva" (each
 * OPD's curve status and minimum changes per year, and the counts per year),
 * "SKM" (the city's and each OPD's IKM per year) and "Penilai" (evaluator
 * labels per year and the evaluators flagged lenient or strict in any year,
 * by NIP only: the study is not an OPD's own report). Every run of the study
 * has the same OPD in the same order (one unit table), so an OPD index means
 * the same OPD in every year.
 */
#include "reports/studi/studi_int.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/xalloc.h"

/* Column defs and labels built per year ("status_2023", "Status 2023"). */
typedef struct st_cols {
  kj_column_def *def;
  kj_wb_col *col;
  char **names;
  int n, cap;
} st_cols;

static void col_add(st_cols *c, char *name, kj_col_type type, char *label, kj_wb_fmt fmt,
                    const kj_wb_cf *cf, const char *missing) {
  if (c->n == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 16;
    c->def = xreallocarray(c->def, (size_t)c->cap, sizeof *c->def);
    c->col = xreallocarray(c->col, (size_t)c->cap, sizeof *c->col);
    c->names = xreallocarray(c->names, (size_t)c->cap * 2, sizeof *c->names);
  }
  c->names[2 * c->n] = name;
  c->names[2 * c->n + 1] = label;
  c->def[c->n] = (kj_column_def){name, type};
  c->col[c->n] = (kj_wb_col){label, fmt, 0, cf, missing};
  c->n++;
}

static void cols_free(st_cols *c) {
  for (int i = 0; i < 2 * c->n; i++) free(c->names[i]);
  free(c->names);
  free(c->def);
  free(c->col);
}

static const char *opd_name(const st_ctx *c, int o) { return kj_rep_opd_name(c->last, o); }

/* ---- Kepatuhan Kurva ---------------------------------------------------------- */

kj_status st_kurva(st_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_study *s = c->s;
  kj_lang l = c->lang;
  int nt = s->n_tahun;
  char good[64], bad[64], lab[64];
  st_label(c, &kj_enum_kurva, KJ_KURVA_PATUH, good, sizeof good);
  st_label(c, &kj_enum_kurva, KJ_KURVA_TIDAK_PATUH, bad, sizeof bad);
  const kj_wb_cf tl = {.kind = KJ_WB_CF_TRAFFIC_TEXT, .good = good, .bad = bad};
  /* counts per year */
  st_cols a = {0};
  col_add(&a, xstrdup("tahun"), KJ_COL_INT, xstrdup(KJ_T(l, "Tahun", "Year")), KJ_WB_GENERAL, NULL,
          NULL);
  for (int k = 0; k <= KJ_KURVA_TANPA_PREDIKAT; k++)
    col_add(&a, xstrdup(kj_enum_canon(&kj_enum_kurva, k)), KJ_COL_INT,
            xstrdup(st_label(c, &kj_enum_kurva, k, lab, sizeof lab)), KJ_WB_INT, NULL, NULL);
  col_add(&a, xstrdup("perubahan_min"), KJ_COL_INT,
          xstrdup(KJ_T(l, "Perubahan minimal (jumlah)", "Minimum changes (total)")), KJ_WB_INT,
          NULL, NULL);
  kj_table *ta = kj_table_new("kurva_tahun", a.n, a.def);
  for (int y = 0; y < nt; y++) {
    size_t i = kj_table_add_row(ta);
    kj_table_set_int(ta, i, 0, s->tahun[y].tahun);
    for (int k = 0; k <= KJ_KURVA_TANPA_PREDIKAT; k++)
      kj_table_set_int(ta, i, 1 + k, s->tahun[y].kurva_n[k]);
    kj_table_set_int(ta, i, a.n - 1, s->tahun[y].perubahan_min);
  }
  /* OPD x year */
  st_cols b = {0};
  col_add(&b, xstrdup("kode_opd"), KJ_COL_TEXT, xstrdup(KJ_T(l, "Kode", "Code")), KJ_WB_TEXT, NULL,
          NULL);
  col_add(&b, xstrdup("opd"), KJ_COL_TEXT, xstrdup("OPD"), KJ_WB_TEXT, NULL, NULL);
  for (int y = 0; y < nt; y++) {
    int yr = s->tahun[y].tahun;
    col_add(&b, xasprintf("status_%d", yr), KJ_COL_TEXT, xasprintf("Status %d", yr), KJ_WB_TEXT,
            &tl, ST_DASH);
    col_add(&b, xasprintf("perubahan_min_%d", yr), KJ_COL_INT,
            xasprintf(KJ_T(l, "Perubahan minimal %d", "Minimum changes %d"), yr), KJ_WB_INT, NULL,
            ST_DASH);
  }
  kj_table *tb = kj_table_new("kurva_opd", b.n, b.def);
  for (int o = 0; o < c->last->n_opd; o++) {
    size_t i = kj_table_add_row(tb);
    kj_table_set_text(tb, i, 0, c->last->opd[o].kode);
    kj_table_set_text(tb, i, 1, opd_name(c, o));
    for (int y = 0; y < nt; y++) {
      const kj_kurva *k = &s->tahun[y].r->kurva[o];
      if (k->n == 0) continue;
      kj_table_set_text(tb, i, 2 + 2 * y, st_label(c, &kj_enum_kurva, k->status, lab, sizeof lab));
      if (k->status == KJ_KURVA_PATUH || k->status == KJ_KURVA_TIDAK_PATUH)
        kj_table_set_int(tb, i, 3 + 2 * y, k->cek.min_changes);
    }
  }
  char q[200], w[32];
  snprintf(q, sizeof q,
           KJ_T(l, "Apakah sebaran predikat OPD memenuhi kurva distribusi, %s?",
                "Did the OPD's predikat meet the required distribution, %s?"),
           st_window(c, w, sizeof w));
  int row = st_title(c, sh, q, NULL, b.n);
  kj_wb_table_opts oa = {.cols = a.col, .native = 1};
  row = kj_wb_table(sh, row, 0, ta, &oa);
  row = kj_rep_heading(sh, row, KJ_T(l, "Status per OPD dan tahun", "Status per OPD and year"));
  kj_wb_table_opts ob = {
      .cols = b.col,
      .native = 1,
      .note = KJ_T(l,
                   "Aturan kurva menurut predikat kinerja organisasi OPD pada tahun itu "
                   "(parameter [kurva.*]); perubahan minimal = paling sedikit pegawai yang harus "
                   "berganti predikat agar semua aturan terpenuhi. \xE2\x80\x93: OPD tanpa pegawai "
                   "dinilai tahun itu.",
                   "Curve rules by the OPD's organisation predikat of that year (parameters "
                   "[kurva.*]); minimum changes = the fewest employees whose predikat would have "
                   "to change for every rule to hold. \xE2\x80\x93: no rated staff that year.")};
  kj_wb_table(sh, row, 0, tb, &ob);
  kj_table_free(ta);
  kj_table_free(tb);
  cols_free(&a);
  cols_free(&b);
  return KJ_OK;
}

/* ---- SKM ------------------------------------------------------------------------ */

kj_status st_skm(st_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_study *s = c->s;
  kj_lang l = c->lang;
  int nt = s->n_tahun;
  const kj_wb_cf ikm = {.kind = KJ_WB_CF_TRAFFIC, .lo = 76.61, .hi = 88.31};
  st_cols b = {0};
  col_add(&b, xstrdup("kode_opd"), KJ_COL_TEXT, xstrdup(KJ_T(l, "Kode", "Code")), KJ_WB_TEXT, NULL,
          NULL);
  col_add(&b, xstrdup("opd"), KJ_COL_TEXT, xstrdup("OPD"), KJ_WB_TEXT, NULL, NULL);
  for (int y = 0; y < nt; y++) {
    int yr = s->tahun[y].tahun;
    col_add(&b, xasprintf("n_responden_%d", yr), KJ_COL_INT,
            xasprintf(KJ_T(l, "Responden %d", "Respondents %d"), yr), KJ_WB_INT, NULL, ST_DASH);
    col_add(&b, xasprintf("ikm_%d", yr), KJ_COL_REAL, xasprintf("IKM %d", yr), KJ_WB_DEC2, &ikm,
            ST_DASH);
    col_add(&b, xasprintf("mutu_%d", yr), KJ_COL_TEXT,
            xasprintf(KJ_T(l, "Mutu %d", "Grade %d"), yr), KJ_WB_TEXT, NULL, ST_DASH);
  }
  kj_table *t = kj_table_new("skm_opd", b.n, b.def);
  for (int o = 0; o <= c->last->n_opd; o++) {
    int any = 0;
    for (int y = 0; y < nt; y++) any |= s->tahun[y].r->skm_opd[o].n_responden > 0;
    if (!any) continue;
    size_t i = kj_table_add_row(t);
    kj_table_set_text(t, i, 0, c->last->opd[o].kode);
    kj_table_set_text(t, i, 1, opd_name(c, o));
    for (int y = 0; y < nt; y++) {
      const kj_skm *k = &s->tahun[y].r->skm_opd[o];
      if (k->n_responden == 0) continue;
      kj_table_set_int(t, i, 2 + 3 * y, k->n_responden);
      kj_table_set_real(t, i, 3 + 3 * y, k->ikm);
      if (k->mutu < KJ_MUTU_N)
        kj_table_set_text(t, i, 4 + 3 * y, kj_enum_canon(&kj_enum_mutu, k->mutu));
    }
  }
  char q[200], w[32];
  snprintf(q, sizeof q,
           KJ_T(l, "Bagaimana kepuasan masyarakat terhadap layanan OPD berubah, %s?",
                "How did public satisfaction with the OPD's services change, %s?"),
           st_window(c, w, sizeof w));
  int row = st_title(c, sh, q, NULL, b.n);
  kj_wb_table_opts o = {
      .cols = b.col,
      .native = 0,
      .total_row = t->nrows > 0 && s->tahun[nt - 1].r->skm_opd[c->last->n_opd].n_responden > 0,
      .note = KJ_T(
          l,
          "IKM per OPD dari responden semua unit layanannya (PermenPAN-RB 14/2017); mutu "
          "A \xE2\x89\xA5 88,31, B \xE2\x89\xA5 76,61, C \xE2\x89\xA5 65,00, D di bawahnya. "
          "Per unit dan periode: Lampiran skm dan skm_periode.",
          "IKM per OPD from the respondents of all its service units (PermenPAN-RB "
          "14/2017); grade A \xE2\x89\xA5 88.31, B \xE2\x89\xA5 76.61, C \xE2\x89\xA5 65.00, D "
          "below. Per unit and period: appendix skm and skm_periode.")};
  kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  cols_free(&b);
  return KJ_OK;
}

/* ---- Penilai -------------------------------------------------------------------- */

static const kj_penilai *find_penilai(const kj_analysis *r, int64_t nip) {
  size_t lo = 0, hi = r->n_penilai;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (r->penilai[mid].nip == nip) return &r->penilai[mid];
    if (r->penilai[mid].nip < nip)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

static int cmp_i64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return x < y ? -1 : x > y;
}

kj_status st_penilai(st_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_study *s = c->s;
  kj_lang l = c->lang;
  int nt = s->n_tahun;
  char lab[64], longgar[64], ketat[64], wajar[64];
  st_label(c, &kj_enum_penilai, KJ_PENILAI_LONGGAR, longgar, sizeof longgar);
  st_label(c, &kj_enum_penilai, KJ_PENILAI_KETAT, ketat, sizeof ketat);
  st_label(c, &kj_enum_penilai, KJ_PENILAI_WAJAR, wajar, sizeof wajar);
  const kj_wb_cf tl = {
      .kind = KJ_WB_CF_TRAFFIC_TEXT, .good = wajar, .bad = longgar, .neutral = ketat};
  st_cols a = {0};
  col_add(&a, xstrdup("tahun"), KJ_COL_INT, xstrdup(KJ_T(l, "Tahun", "Year")), KJ_WB_GENERAL, NULL,
          NULL);
  col_add(&a, xstrdup("penilai"), KJ_COL_INT, xstrdup(KJ_T(l, "Penilai", "Evaluators")), KJ_WB_INT,
          NULL, NULL);
  for (int k = 0; k <= KJ_PENILAI_TCD; k++)
    col_add(&a, xstrdup(kj_enum_canon(&kj_enum_penilai, k)), KJ_COL_INT,
            xstrdup(st_label(c, &kj_enum_penilai, k, lab, sizeof lab)), KJ_WB_INT, NULL, NULL);
  kj_table *ta = kj_table_new("penilai_tahun", a.n, a.def);
  size_t cap = 0, n = 0;
  int64_t *flagged = NULL;
  for (int y = 0; y < nt; y++) {
    const kj_analysis *r = s->tahun[y].r;
    size_t i = kj_table_add_row(ta);
    kj_table_set_int(ta, i, 0, r->tahun);
    kj_table_set_int(ta, i, 1, (int64_t)r->n_penilai);
    for (int k = 0; k <= KJ_PENILAI_TCD; k++)
      kj_table_set_int(ta, i, 2 + k, s->tahun[y].penilai_n[k]);
    for (size_t e = 0; e < r->n_penilai; e++) {
      if (r->penilai[e].label != KJ_PENILAI_LONGGAR && r->penilai[e].label != KJ_PENILAI_KETAT)
        continue;
      if (n == cap) flagged = xreallocarray(flagged, cap = cap ? cap * 2 : 32, sizeof *flagged);
      flagged[n++] = r->penilai[e].nip;
    }
  }
  qsort(flagged, n, sizeof *flagged, cmp_i64);
  size_t u = 0;
  for (size_t i = 0; i < n; i++)
    if (u == 0 || flagged[u - 1] != flagged[i]) flagged[u++] = flagged[i];
  st_cols b = {0};
  col_add(&b, xstrdup("nip_penilai"), KJ_COL_TEXT, xstrdup("NIP"), KJ_WB_TEXT, NULL, NULL);
  col_add(&b, xstrdup("kode_opd"), KJ_COL_TEXT, xstrdup("OPD"), KJ_WB_TEXT, NULL, ST_DASH);
  for (int y = 0; y < nt; y++) {
    int yr = s->tahun[y].tahun;
    col_add(&b, xasprintf("label_%d", yr), KJ_COL_TEXT, xasprintf("Label %d", yr), KJ_WB_TEXT, &tl,
            ST_DASH);
    col_add(&b, xasprintf("n_%d", yr), KJ_COL_INT,
            xasprintf(KJ_T(l, "Dinilai %d", "Ratees %d"), yr), KJ_WB_INT, NULL, ST_DASH);
    col_add(&b, xasprintf("selisih_%d", yr), KJ_COL_REAL,
            xasprintf(KJ_T(l, "Selisih IKP %d", "IKP difference %d"), yr), KJ_WB_DEC1, NULL,
            ST_DASH);
  }
  kj_table *tb = kj_table_new("penilai_ditandai", b.n, b.def);
  for (size_t i = 0; i < u; i++) {
    size_t j = kj_table_add_row(tb);
    char nip[40];
    kj_table_set_text(tb, j, 0, kj_rep_nip(&c->rep, flagged[i], nip, sizeof nip));
    for (int y = nt - 1; y >= 0; y--) { /* the OPD of the latest year that has it */
      const kj_penilai *e = find_penilai(s->tahun[y].r, flagged[i]);
      if (e && e->opd >= 0) {
        kj_table_set_text(tb, j, 1, s->tahun[y].r->opd[e->opd].kode);
        break;
      }
    }
    for (int y = 0; y < nt; y++) {
      const kj_penilai *e = find_penilai(s->tahun[y].r, flagged[i]);
      if (!e) continue;
      kj_table_set_text(tb, j, 2 + 3 * y, st_label(c, &kj_enum_penilai, e->label, lab, sizeof lab));
      kj_table_set_int(tb, j, 3 + 3 * y, e->n);
      kj_table_set_real(tb, j, 4 + 3 * y, e->selisih);
    }
  }
  free(flagged);
  char q[200], w[32], note[500];
  snprintf(q, sizeof q,
           KJ_T(l, "Berapa penilai yang menilai terlalu longgar atau ketat, %s?",
                "How many evaluators rate too leniently or strictly, %s?"),
           st_window(c, w, sizeof w));
  int row = st_title(c, sh, q, NULL, b.n);
  kj_wb_table_opts oa = {.cols = a.col, .native = 1};
  row = kj_wb_table(sh, row, 0, ta, &oa);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Penilai yang ditandai longgar atau ketat pada salah satu tahun",
                            "Evaluators flagged lenient or strict in any year"));
  snprintf(note, sizeof note,
           KJ_T(l,
                "Penilai dengan paling sedikit %ld pegawai dinilai; selisih = IKP rata-rata yang "
                "dinilainya dikurangi pegawai lain di OPD yang sama; q < %g (Benjamini-Hochberg). "
                "Ditampilkan dengan NIP saja; nama ada di Rapor OPD masing-masing.",
                "Evaluators with at least %ld ratees; difference = their ratees' mean IKP minus "
                "that of the other employees of the same OPD; q < %g (Benjamini-Hochberg). Shown "
                "by NIP only; names are in each OPD's own report."),
           c->last->params.min_kelompok, c->last->params.alpha);
  kj_wb_table_opts ob = {.cols = b.col, .native = 1, .note = note};
  kj_wb_table(sh, row, 0, tb, &ob);
  kj_table_free(ta);
  kj_table_free(tb);
  cols_free(&a);
  cols_free(&b);
  return KJ_OK;
}
