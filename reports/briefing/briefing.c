/* briefing.c — the leadership briefing workbook: the table of its sheets
 * (one builder per file, briefing_<sheet>.c), the ranking every sheet shares,
 * the cairo charts they embed (drawn once each), and kj_briefing_write,
 * which adds and fills the sheets in reading order, adds the Metodologi
 * sheet from report_common and closes the workbook atomically.
 *
 * The document properties come from the data (title with the year, the
 * configured agency as author, the newest record date as creation date), so
 * the same result and options always give the same bytes.
 */
#include "reports/briefing/briefing_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures/figures.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* Widest chart on a sheet, in pixels. */
#define BF_IMAGE_MAX_W 1000.0

typedef struct bf_sheet {
  const char *id, *en; /* sheet names, <= 31 characters */
  bf_build build;      /* NULL: the Metodologi sheet of report_common */
} bf_sheet;

static const bf_sheet SHEETS[BF_N] = {
    [BF_RINGKASAN] = {"Ringkasan", "Summary", bf_ringkasan},
    [BF_PERINGKAT] = {"Peringkat OPD", "OPD Ranking", bf_peringkat},
    [BF_KK] = {"Kekuatan & Kelemahan", "Strengths & Weaknesses", bf_kk},
    [BF_TREN] = {"Tren", "Trends", bf_tren},
    [BF_DISTRIBUSI] = {"Distribusi Predikat", "Predikat Distribution", bf_distribusi},
    [BF_SKM] = {"Kepuasan Masyarakat", "Public Satisfaction", bf_skm},
    [BF_PIMPINAN] = {"Peran Pimpinan", "Leader Feedback", bf_pimpinan},
    [BF_KESETARAAN] = {"Kesetaraan Penilaian", "Fairness of Appraisal", bf_kesetaraan},
    [BF_TELADAN] = {"Teladan", "Role Models", bf_teladan},
    [BF_PEMBINAAN] = {"Perlu Pembinaan", "Needs Coaching", bf_pembinaan},
    [BF_KUALITAS] = {"Kualitas Data", "Data Quality", bf_kualitas},
    [BF_METODOLOGI] = {"Metodologi", "Methodology", NULL},
};

const kj_wb_cf bf_ikp_bars = {.kind = KJ_WB_CF_DATABAR, .bounds = 1, .lo = 25, .hi = 150};

int kj_briefing_sheet_count(void) { return BF_N; }

const char *kj_briefing_sheet_name(int i, kj_lang lang) {
  if (i < 0 || i >= BF_N) return NULL;
  return KJ_T(lang, SHEETS[i].id, SHEETS[i].en);
}

/* ---- helpers shared by the sheet files ------------------------------------------ */

int bf_title(bf_ctx *c, kj_wb_sheet *sh, const char *question, const char *extra, int ncols) {
  kj_buf sub = {0};
  kj_rep_subtitle(&c->rep, extra, &sub);
  int row = kj_wb_title(sh, question, kj_buf_cstr(&sub), ncols);
  kj_buf_free(&sub);
  return row;
}

/* ---- cairo charts ------------------------------------------------------------------ */

static kj_status build_figure(const bf_ctx *c, bf_fig which, kj_figure *f, kj_error *err) {
  switch (which) {
  case BF_FIG_PERINGKAT: return kj_fig_peringkat(c->r, KJ_UK_IKP, c->lang, f, err);
  case BF_FIG_DISTRIBUSI: return kj_fig_distribusi(c->r, c->lang, f, err);
  case BF_FIG_HEATMAP: return kj_fig_heatmap(c->r, c->lang, f, err);
  case BF_FIG_TREN: return kj_fig_tren(c->r, KJ_UK_IKP, c->lang, f, err);
  case BF_FIG_SEBARAN: return kj_fig_sebaran(c->r, c->lang, f, err);
  case BF_FIG_SKM: return kj_fig_skm(c->r, -1, c->lang, f, err);
  case BF_FIG_KESETARAAN: return kj_fig_kesetaraan(c->r, c->lang, f, err);
  default: return kj_fail(err, KJ_INTERNAL, "briefing: no chart %d", (int)which);
  }
}

/* Why a chart is missing, in the reader's language (the builders' messages
 * are English, for the command line). */
static const char *missing_reason(bf_fig which, kj_lang l) {
  switch (which) {
  case BF_FIG_SEBARAN:
    return KJ_T(l, "belum ada unit layanan yang punya survei SKM sekaligus cukup pegawai dinilai",
                "no service unit has both an SKM survey and enough rated staff");
  case BF_FIG_SKM: return KJ_T(l, "belum ada survei SKM tahun ini", "no SKM survey this year");
  case BF_FIG_TREN:
    return KJ_T(l, "belum ada rata-rata per periode dalam jendela tren",
                "no period means in the trend window");
  default:
    return KJ_T(l, "data tahun ini tidak cukup untuk grafik ini",
                "this year's data cannot support this chart");
  }
}

/* Draws chart `which` once. KJ_DATA from the builder (the data cannot
 * support the chart) is not a failure: a note says why instead. */
static kj_status draw(bf_ctx *c, bf_fig which, kj_error *err) {
  bf_png *p = &c->png[which];
  if (p->done) return KJ_OK;
  p->done = 1;
  kj_figure f;
  kj_error why = {0};
  kj_status s = build_figure(c, which, &f, &why);
  if (s == KJ_DATA) {
    p->why = xstrdup(missing_reason(which, c->lang));
    kj_figure_free(&f);
    return KJ_OK;
  }
  if (s != KJ_OK) {
    kj_figure_free(&f);
    return kj_fail(err, s, "%s", why.msg);
  }
  kj_chart_result res = {0};
  s = kj_figure_render(&f, KJ_CHART_PNG, NULL, &res, err);
  if (s == KJ_OK) {
    p->png = res.data; /* taken from the result */
    p->len = res.len;
    p->w_px = res.width_px;
    p->h_px = res.height_px;
    res.data = NULL;
    p->alt = xstrdup(f.title);
  }
  kj_chart_result_free(&res);
  kj_figure_free(&f);
  return s;
}

int bf_image(bf_ctx *c, kj_wb_sheet *sh, int row, bf_fig which, double max_h, kj_status *st,
             kj_error *err) {
  kj_error e = {0};
  kj_status s = draw(c, which, &e);
  if (s != KJ_OK) {
    if (*st == KJ_OK) *st = kj_fail(err, s, "%s", e.msg);
    return row;
  }
  const bf_png *p = &c->png[which];
  if (!p->png) {
    char note[600];
    snprintf(note, sizeof note,
             KJ_T(c->lang, "(Grafik tidak ditampilkan: %s)", "(Chart not shown: %s)"),
             p->why ? p->why : "");
    return kj_rep_note(sh, row, note) + 1;
  }
  /* Drawn at 2x: half scale shows it at its size in points. A chart taller
   * than a printed page (a long OPD list) is shrunk to fit one page, since
   * the workbook keeps each image whole on paper. */
  double scale = 0.5;
  if (p->h_px > 0 && p->h_px * scale > max_h) scale = max_h / (double)p->h_px;
  if (p->w_px > 0 && p->w_px * scale > BF_IMAGE_MAX_W) scale = BF_IMAGE_MAX_W / (double)p->w_px;
  return kj_wb_image(sh, row, 0, p->png, p->len, scale, p->alt);
}

const kj_asosiasi *bf_assoc(const kj_analysis *r, const char *nama) {
  for (int i = 0; i < r->n_asosiasi; i++)
    if (r->asosiasi[i].nama && strcmp(r->asosiasi[i].nama, nama) == 0) return &r->asosiasi[i];
  return NULL;
}

/* ---- the ranking ------------------------------------------------------------------ */

/* The engine's ranking (OPD with a mean IKP, highest first), then the OPD
 * without a figure in code order: the row order of every per-OPD table. */
static void rank_opd(bf_ctx *c) {
  const kj_analysis *r = c->r;
  c->rank = xcalloc((size_t)r->n_opd + 1, sizeof *c->rank);
  unsigned char *in = xcalloc((size_t)r->n_opd + 1, 1);
  int n = 0;
  for (int i = 0; i < r->n_peringkat; i++) {
    c->rank[n++] = r->peringkat[i];
    in[r->peringkat[i]] = 1;
  }
  c->n_ranked = n;
  for (int o = 0; o < r->n_opd; o++)
    if (!in[o]) c->rank[n++] = o;
  free(in);
}

/* ---- the workbook -------------------------------------------------------------------- */

static kj_wb *open_book(bf_ctx *c, const char *path, kj_error *err) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  char created[11], title[200], subject[300];
  snprintf(title, sizeof title, KJ_T(l, "Briefing Pimpinan %d", "Leadership Briefing %d"),
           r->tahun);
  snprintf(subject, sizeof subject,
           KJ_T(l, "Kinerja ASN dan kepuasan masyarakat %s tahun %d",
                "Civil-service performance and public satisfaction, %s, %d"),
           r->params.kota, r->tahun);
  kj_wb_props p = {.title = title,
                   .subject = subject,
                   .author = r->params.instansi,
                   .keywords = KJ_T(l, "kinerja ASN; IKP; predikat; kurva distribusi; SKM; IKM",
                                    "civil-service performance; IKP; predikat; required "
                                    "distribution; SKM; IKM"),
                   .company = r->params.kota,
                   .created = kj_rep_created(r, created),
                   .lang = l};
  return kj_wb_new(path, &p, err);
}

kj_status kj_briefing_write(const kj_analysis *r, const kj_briefing_opts *o, const char *path,
                            kj_error *err) {
  bf_ctx c;
  memset(&c, 0, sizeof c);
  kj_rep_init(&c.rep, r, o->lang, o->anonymize);
  c.r = r;
  c.lang = o->lang;
  rank_opd(&c);
  for (int i = 0; i < BF_N; i++) c.sheet_name[i] = kj_briefing_sheet_name(i, o->lang);
  kj_status s = KJ_OK;
  c.wb = open_book(&c, path, err);
  if (!c.wb) {
    s = err->status;
    goto out;
  }
  for (int i = 0; i < BF_METODOLOGI && s == KJ_OK; i++) {
    kj_wb_sheet *sh = kj_wb_sheet_add(c.wb, c.sheet_name[i], err);
    s = sh ? SHEETS[i].build(&c, sh, err) : err->status;
  }
  if (s == KJ_OK) {
    kj_rep_meta m = {.laporan = KJ_T(o->lang, "Briefing Pimpinan", "Leadership Briefing"),
                     .perintah = o->perintah,
                     .sheet_name = c.sheet_name[BF_METODOLOGI]};
    s = kj_rep_metodologi(c.wb, &c.rep, &m, err);
  }
  if (s == KJ_OK) {
    s = kj_wb_close(c.wb, err);
    c.wb = NULL;
  }
out:
  kj_wb_abort(c.wb);
  free(c.rank);
  for (int i = 0; i < BF_FIG_N; i++) {
    free(c.png[i].png);
    free(c.png[i].alt);
    free(c.png[i].why);
  }
  kj_rep_free(&c.rep);
  return s;
}
