/* rapor.c — the Rapor OPD workbook: the table of its sheets (one builder per
 * file, rapor_<sheet>.c), the helpers they share, and kj_rapor_write, which
 * creates the sheets in reading order, fills them, adds the Metodologi sheet
 * of report_common and closes the workbook atomically.
 *
 * One OPD per workbook: `report opd --all` calls kj_rapor_write once per
 * OPD with the same analysis, so everything here is per call and nothing is
 * cached between OPD. The document properties come from the data (title with
 * the OPD and year, the configured agency as author, the newest record date
 * as creation date), so the same result and options give the same bytes.
 */
#include "reports/rapor/rapor_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

typedef struct rp_sheet {
  const char *id, *en; /* sheet names, <= 31 characters */
  rp_build build;      /* NULL: the Metodologi sheet of report_common */
} rp_sheet;

static const rp_sheet SHEETS[RP_N] = {
    [RP_RINGKASAN] = {"Ringkasan", "Summary", rp_ringkasan},
    [RP_UNIT] = {"Sub Unit", "Sub-units", rp_unit},
    [RP_PROFIL] = {"Profil BerAKHLAK", "BerAKHLAK Profile", rp_profil},
    [RP_TREN] = {"Tren", "Trends", rp_tren},
    [RP_KURVA] = {"Distribusi Predikat", "Predikat Distribution", rp_kurva},
    [RP_INDIKATOR] = {"Indikator", "Indicators", rp_indikator},
    [RP_PENILAI] = {"Penilai", "Evaluators", rp_penilai},
    [RP_TELADAN] = {"Teladan", "Role Models", rp_teladan},
    [RP_PEMBINAAN] = {"Perlu Pembinaan", "Needs Coaching", rp_pembinaan},
    [RP_SKM] = {"Kepuasan Masyarakat", "Public Satisfaction", rp_skm},
    [RP_KUALITAS] = {"Kualitas Data", "Data Quality", rp_kualitas},
    [RP_METODOLOGI] = {"Metodologi", "Methodology", NULL},
};

int kj_rapor_sheet_count(void) { return RP_N; }

const char *kj_rapor_sheet_name(int i, kj_lang lang) {
  if (i < 0 || i >= RP_N) return NULL;
  return KJ_T(lang, SHEETS[i].id, SHEETS[i].en);
}

char *kj_rapor_file_name(const char *kode, int tahun) {
  char *safe = kj_safe_filename(kode ? kode : "");
  char *name = xasprintf("rapor_%s_%d.xlsx", safe, tahun);
  free(safe);
  return name;
}

/* ---- helpers shared by the sheet files ---------------------------------------- */

int rp_title(rp_ctx *c, kj_wb_sheet *sh, const char *question, const char *extra, int ncols) {
  kj_buf sub = {0}, ex = {0};
  kj_buf_printf(&ex, "%s (%s)", kj_rep_opd_name(c->r, c->o), c->r->opd[c->o].kode);
  if (extra && *extra) kj_buf_printf(&ex, " \xC2\xB7 %s", extra);
  kj_rep_subtitle(&c->rep, kj_buf_cstr(&ex), &sub);
  int row = kj_wb_title(sh, question, kj_buf_cstr(&sub), ncols);
  kj_buf_free(&sub);
  kj_buf_free(&ex);
  return row;
}

const char *rp_short(const rp_ctx *c) { return kj_rep_opd_short(c->r, c->o); }

const char *rp_unit_name(const kj_analysis *r, int u) {
  return r->unit[u].nama && *r->unit[u].nama ? r->unit[u].nama : r->unit[u].kode;
}

const char *rp_person(const rp_ctx *c, size_t i, char *out, size_t cap) {
  const kj_pegawai_tahun *p = &c->r->pegawai[i];
  return kj_rep_person(&c->rep, p->nip, p->nama, out, cap);
}

const char *rp_nip(const rp_ctx *c, int64_t nip, char *out, size_t cap) {
  return kj_rep_nip(&c->rep, nip, out, cap);
}

const char *rp_label(const rp_ctx *c, const kj_enum *e, int v, char *out, size_t cap) {
  return kj_rep_label(e, v, c->lang, out, cap);
}

int rp_figure(rp_ctx *c, kj_wb_sheet *sh, int row, int col, kj_status built, kj_figure *f,
              const kj_error *why) {
  if (built != KJ_OK) {
    kj_buf b = {0};
    kj_buf_printf(&b, KJ_T(c->lang, "(Grafik tidak dibuat: %s)", "(Chart not drawn: %s)"),
                  why && why->msg[0] ? why->msg : "-");
    row = kj_rep_note(sh, row, kj_buf_cstr(&b));
    kj_buf_free(&b);
    return row + 1;
  }
  kj_chart_result res;
  memset(&res, 0, sizeof res);
  kj_error err = {KJ_OK, ""};
  if (kj_figure_render(f, KJ_CHART_PNG, NULL, &res, &err) != KJ_OK) {
    row = rp_figure(c, sh, row, col, err.status, f, &err);
    kj_chart_result_free(&res);
    return row;
  }
  /* the PNG is drawn at 2x: half its pixels is its size in points */
  row = kj_wb_image(sh, row, col, res.data, res.len, 0.5, f->title);
  kj_chart_result_free(&res);
  return row;
}

/* ---- the ranking ------------------------------------------------------------ */

static void rank_of(rp_ctx *c) {
  const kj_analysis *r = c->r;
  c->rank = c->rank_lo = c->rank_hi = 0;
  c->n_ranked = 0;
  const kj_opd_stat *me = &r->stat[c->o];
  double mine = me->cukup ? me->ukuran[KJ_UK_IKP].mean : NAN;
  int above = 0;
  for (int o = 0; o < r->n_opd; o++) {
    const kj_opd_stat *s = &r->stat[o];
    double m = s->cukup ? s->ukuran[KJ_UK_IKP].mean : NAN;
    if (!isfinite(m)) continue;
    c->n_ranked++;
    /* as the briefing ranks: higher mean first, ties by code */
    if (isfinite(mine) &&
        (m > mine || (m == mine && strcmp(r->opd[o].kode, r->opd[c->o].kode) < 0)))
      above++;
  }
  if (isfinite(mine)) c->rank = above + 1;
  /* the engine's rank (ties share the best) with its 95 % range (analytics.md §2) */
  if (r->rank && r->rank[c->o].peringkat > 0) {
    c->rank = r->rank[c->o].peringkat;
    c->rank_lo = r->rank[c->o].bawah;
    c->rank_hi = r->rank[c->o].atas;
  }
}

/* ---- the workbook ------------------------------------------------------------ */

static kj_wb *open_book(rp_ctx *c, const char *path, kj_error *err) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  char created[11], title[300], subject[400];
  snprintf(title, sizeof title, KJ_T(l, "Rapor OPD %s %d", "OPD Report %s %d"), rp_short(c),
           r->tahun);
  snprintf(subject, sizeof subject,
           KJ_T(l, "Kinerja ASN %s dibanding %s, tahun %d",
                "Civil-service performance of %s compared with %s, %d"),
           kj_rep_opd_name(r, c->o), r->params.kota, r->tahun);
  kj_wb_props p = {.title = title,
                   .subject = subject,
                   .author = r->params.instansi,
                   .keywords = KJ_T(l, "rapor OPD; kinerja ASN; IKP; BerAKHLAK; kurva distribusi",
                                    "OPD report; civil-service performance; IKP; BerAKHLAK; "
                                    "required distribution"),
                   .company = r->params.kota,
                   .created = kj_rep_created(r, created),
                   .lang = l};
  return kj_wb_new(path, &p, err);
}

kj_status kj_rapor_write(const kj_analysis *r, const kj_opd_rinci *x, int opd,
                         const kj_rapor_opts *o, const char *path, kj_error *err) {
  if (opd < 0 || opd >= r->n_opd || !x || x->tahun != r->tahun || x->n_opd != r->n_opd)
    return kj_fail(err, KJ_INTERNAL,
                   "kj_rapor_write: OPD %d or its details do not belong to "
                   "the analysis of %d",
                   opd, r->tahun);
  rp_ctx c;
  memset(&c, 0, sizeof c);
  kj_rep_init(&c.rep, r, o->lang, o->anonymize);
  c.r = r;
  c.x = x;
  c.o = opd;
  c.lang = o->lang;
  c.opts = o;
  rank_of(&c);
  for (int i = 0; i < RP_N; i++) c.sheet_name[i] = kj_rapor_sheet_name(i, o->lang);
  kj_status s = KJ_OK;
  c.wb = open_book(&c, path, err);
  if (!c.wb) {
    s = err->status;
    goto out;
  }
  for (int i = 0; i < RP_METODOLOGI && s == KJ_OK; i++) {
    c.sheet[i] = kj_wb_sheet_add(c.wb, c.sheet_name[i], err);
    if (!c.sheet[i]) s = err->status;
  }
  for (int i = 0; i < RP_METODOLOGI && s == KJ_OK; i++) s = SHEETS[i].build(&c, c.sheet[i], err);
  if (s == KJ_OK) {
    char laporan[300];
    snprintf(laporan, sizeof laporan, KJ_T(o->lang, "Rapor OPD %s", "OPD Report %s"),
             kj_rep_opd_name(r, opd));
    kj_rep_meta m = {
        .laporan = laporan, .perintah = o->perintah, .sheet_name = c.sheet_name[RP_METODOLOGI]};
    s = kj_rep_metodologi(c.wb, &c.rep, &m, err);
  }
  if (s == KJ_OK) {
    s = kj_wb_close(c.wb, err);
    c.wb = NULL;
  }
out:
  kj_wb_abort(c.wb);
  kj_rep_free(&c.rep);
  return s;
}
