/* studi.c — the study workbook: the table of its sheets (one builder per
 * sheet, studi_<sheet>.c), the helpers they share, and kj_studi_write,
 * which creates the sheets in reading order, fills them, adds the
 * Metodologi sheet of report_common and the appendix, and closes the
 * workbook atomically.
 *
 * The study spans several engine runs (one per year). Sheets take names and
 * parameters from the last year's run; pseudonyms, when anonymised, are
 * numbered over the NIPs of every year so one person keeps one pseudonym
 * across the years of the study. The document's creation date is the newest
 * record date of all the years, so the same data give the same bytes.
 */
#include "reports/studi/studi_int.h"

#include <stdio.h>
#include <string.h>

typedef struct st_sheet {
  const char *id, *en; /* sheet names, <= 31 characters */
  st_build build;      /* NULL: the Metodologi sheet of report_common */
} st_sheet;

static const st_sheet SHEETS[ST_N] = {
    [ST_RINGKASAN] = {"Ringkasan", "Summary", st_ringkasan},
    [ST_SERI_OPD] = {"Seri OPD", "OPD Series", st_seri_opd},
    [ST_SERI_UNIT] = {"Seri Unit", "Unit Series", st_seri_unit},
    [ST_TREN] = {"Tren", "Trends", st_tren},
    [ST_YOY] = {"Tahun ke Tahun", "Year over Year", st_yoy},
    [ST_UJI] = {"Uji Antar OPD", "Tests Across OPD", st_uji},
    [ST_KURVA] = {"Kepatuhan Kurva", "Curve Compliance", st_kurva},
    [ST_SKM] = {"SKM", "SKM", st_skm},
    [ST_PENILAI] = {"Penilai", "Evaluators", st_penilai},
    [ST_METODOLOGI] = {"Metodologi", "Methodology", NULL},
};

int kj_studi_sheet_count(void) { return ST_N; }

const char *kj_studi_sheet_name(int i, kj_lang lang) {
  if (i < 0 || i >= ST_N) return NULL;
  return KJ_T(lang, SHEETS[i].id, SHEETS[i].en);
}

/* ---- helpers ------------------------------------------------------------------ */

static const char *const BULAN[2][12] = {
    {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
     "Oktober", "November", "Desember"},
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"}};

const char *st_window(const st_ctx *c, char *out, size_t cap) {
  int a = c->s->tahun[0].tahun, b = c->s->tahun[c->s->n_tahun - 1].tahun;
  if (a == b)
    snprintf(out, cap, "%d", a);
  else
    snprintf(out, cap, "%d\xE2\x80\x93%d", a, b);
  return out;
}

int st_title(st_ctx *c, kj_wb_sheet *sh, const char *question, const char *extra, int ncols) {
  kj_lang l = c->lang;
  kj_buf b = {0};
  char w[32];
  kj_buf_printf(&b, KJ_T(l, "Tahun %s", "Years %s"), st_window(c, w, sizeof w));
  if (extra && *extra) kj_buf_printf(&b, " \xC2\xB7 %s", extra);
  int y = 0, m = 0, d = 0;
  if (sscanf(c->s->data_terbaru, "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12)
    kj_buf_printf(&b, KJ_T(l, " \xC2\xB7 data sampai %d %s %d", " \xC2\xB7 data up to %d %s %d"), d,
                  BULAN[l == KJ_LANG_EN][m - 1], y);
  kj_buf_printf(&b,
                KJ_T(l, " \xC2\xB7 Sumber: e-Kinerja dan SKM, diolah %s dengan kinerja %s",
                     " \xC2\xB7 Source: e-Kinerja and SKM, processed by %s with kinerja %s"),
                c->last->params.instansi, KJ_VERSION);
  int row = kj_wb_title(sh, question, kj_buf_cstr(&b), ncols);
  kj_buf_free(&b);
  return row;
}

const char *st_label(const st_ctx *c, const kj_enum *e, int v, char *out, size_t cap) {
  return kj_rep_label(e, v, c->lang, out, cap);
}

/* ---- the workbook ------------------------------------------------------------- */

static kj_wb *open_book(st_ctx *c, const char *path, kj_error *err) {
  kj_lang l = c->lang;
  const kj_analysis *r = c->last;
  char created[11], title[200], subject[300], w[32];
  st_window(c, w, sizeof w);
  snprintf(title, sizeof title, KJ_T(l, "Studi Evaluasi Tahunan %s", "Annual Evaluation Study %s"),
           w);
  snprintf(subject, sizeof subject,
           KJ_T(l, "Kinerja ASN dan kepuasan masyarakat %s, tahun %s",
                "Civil-service performance and public satisfaction, %s, %s"),
           r->params.kota, w);
  if (c->s->data_terbaru[0])
    snprintf(created, sizeof created, "%.10s", c->s->data_terbaru);
  else
    snprintf(created, sizeof created, "%04d-12-31", c->s->tahun[c->s->n_tahun - 1].tahun);
  kj_wb_props p = {.title = title,
                   .subject = subject,
                   .author = r->params.instansi,
                   .keywords =
                       KJ_T(l, "studi evaluasi; kinerja ASN; IKP; ANOVA; kurva distribusi; SKM",
                            "evaluation study; civil-service performance; IKP; ANOVA; "
                            "required distribution; SKM"),
                   .company = r->params.kota,
                   .created = created,
                   .lang = l};
  return kj_wb_new(path, &p, err);
}

static void rep_init(st_ctx *c, const kj_studi_opts *o) {
  kj_rep_init(&c->rep, c->last, o->lang, 0);
  if (!o->anonymize) return;
  c->rep.anonymize = 1;
  for (int t = 0; t < c->s->n_tahun; t++)
    kj_rep_pseudo_add_analysis(&c->rep.pseudo, c->s->tahun[t].r);
  kj_rep_pseudo_seal(&c->rep.pseudo);
}

kj_status kj_studi_write(const kj_study *s, const kj_studi_opts *o, const char *path,
                         kj_error *err) {
  if (!s || s->n_tahun < 1)
    return kj_fail(err, KJ_INTERNAL, "kj_studi_write: a study without years");
  st_ctx c;
  memset(&c, 0, sizeof c);
  c.s = s;
  c.last = s->tahun[s->n_tahun - 1].r;
  c.lang = o->lang;
  c.opts = o;
  rep_init(&c, o);
  for (int i = 0; i < ST_N; i++) c.sheet_name[i] = kj_studi_sheet_name(i, o->lang);
  kj_status st = KJ_OK;
  c.wb = open_book(&c, path, err);
  if (!c.wb) {
    st = err->status;
    goto out;
  }
  for (int i = 0; i < ST_METODOLOGI && st == KJ_OK; i++) {
    c.sheet[i] = kj_wb_sheet_add(c.wb, c.sheet_name[i], err);
    if (!c.sheet[i]) st = err->status;
  }
  for (int i = 0; i < ST_METODOLOGI && st == KJ_OK; i++) st = SHEETS[i].build(&c, c.sheet[i], err);
  if (st == KJ_OK) {
    char laporan[200], w[32];
    snprintf(laporan, sizeof laporan,
             KJ_T(o->lang, "Studi Evaluasi Tahunan %s", "Annual Evaluation Study %s"),
             st_window(&c, w, sizeof w));
    kj_rep_meta m = {
        .laporan = laporan, .perintah = o->perintah, .sheet_name = c.sheet_name[ST_METODOLOGI]};
    st = kj_rep_metodologi(c.wb, &c.rep, &m, err);
  }
  if (st == KJ_OK) st = st_lampiran(&c, err);
  if (st == KJ_OK) {
    st = kj_wb_close(c.wb, err);
    c.wb = NULL;
  }
out:
  kj_wb_abort(c.wb);
  kj_rep_free(&c.rep);
  return st;
}
