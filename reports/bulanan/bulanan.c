/* bulanan.c — the Pemantauan Bulanan workbook: the table of its sheets (one
 * builder each, in bulanan_ringkasan.c, bulanan_daftar.c and
 * bulanan_kendali.c), the helpers they share, and kj_bulanan_write, which
 * adds the sheets in reading order, the Metodologi sheet of report_common,
 * and closes the workbook atomically.
 *
 * Document properties come from the data (the month in the title, the
 * configured agency as author, the newest record date as creation date), so
 * the same database and options give the same bytes. With --anonymize every
 * employee, evaluator and leader gets a pseudonym and no NIP is written.
 */
#include "reports/bulanan/bulanan_int.h"

#include <stdio.h>
#include <string.h>

#include "domain/period.h"
#include "util/buf.h"

enum { S_RINGKASAN, S_BELUM, S_PENILAI, S_KENDALI, S_PERINGATAN, S_APRESIASI, S_METODOLOGI, S_N };

typedef kj_status (*blr_build)(bl_rep *c, kj_wb_sheet *sh, kj_error *err);

static const struct {
  const char *id, *en;
  blr_build build;
} SHEETS[S_N] = {
    [S_RINGKASAN] = {"Ringkasan", "Summary", blr_ringkasan},
    [S_BELUM] = {"Belum Dinilai", "Not Yet Rated", blr_belum},
    [S_PENILAI] = {"Penilai", "Evaluators", blr_penilai},
    [S_KENDALI] = {"Kendali", "Control Charts", blr_kendali},
    [S_PERINGATAN] = {"Peringatan Dini", "Early Warnings", blr_peringatan},
    [S_APRESIASI] = {"Apresiasi", "Appreciation", blr_apresiasi},
    [S_METODOLOGI] = {"Metodologi", "Methodology", NULL},
};

const char *blr_bulan(const bl_rep *c, const char *periode, char *out, size_t cap) {
  return kj_rep_periode(periode, c->lang, out, cap);
}

const char *blr_person(const bl_rep *c, int64_t nip, const char *nama, char *out, size_t cap) {
  if (nip <= 0) {
    snprintf(out, cap, "%s", KJ_T(c->lang, "(tidak diketahui)", "(unknown)"));
    return out;
  }
  return kj_rep_person(&c->rep, nip, nama, out, cap);
}

int blr_title(bl_rep *c, kj_wb_sheet *sh, const char *question, int ncols) {
  const kj_bulanan *b = c->b;
  kj_lang l = c->lang;
  char bulan[64];
  kj_buf sub = {0};
  kj_buf_printf(&sub, KJ_T(l, "Bulan %s", "Month %s"), blr_bulan(c, b->periode, bulan, sizeof bulan));
  int y = 0, m = 0, d = 0;
  if (sscanf(b->tanggal_data, "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12)
    kj_buf_printf(&sub, KJ_T(l, " \xC2\xB7 penilaian sampai %d %s %d",
                             " \xC2\xB7 ratings up to %d %s %d"),
                  d, kj_month_name(m, l == KJ_LANG_EN, 0), y);
  kj_buf_printf(&sub,
                KJ_T(l, " \xC2\xB7 Sumber: e-Kinerja, diolah %s dengan kinerja %s",
                     " \xC2\xB7 Source: e-Kinerja, processed by %s with kinerja %s"),
                b->r->params.instansi, KJ_VERSION);
  int row = kj_wb_title(sh, question, kj_buf_cstr(&sub), ncols);
  kj_buf_free(&sub);
  return row;
}

int blr_lines(kj_wb_sheet *sh, int row, const char *text, kj_wb_fmt fmt) {
  enum { LINE = 150 }; /* bytes per printed line: keeps the sheet one page wide */
  const char *p = text;
  while (*p) {
    size_t n = strlen(p);
    if (n > LINE) {
      n = LINE;
      while (n > 0 && p[n] != ' ') n--;
      if (n == 0) n = LINE;
    }
    char line[LINE + 8];
    snprintf(line, sizeof line, "%.*s", (int)n, p);
    kj_wb_text(sh, row++, 0, line, fmt);
    p += n;
    while (*p == ' ') p++;
  }
  return row;
}

int blr_note(kj_wb_sheet *sh, int row, const char *text) { return blr_lines(sh, row, text, KJ_WB_NOTE); }

static void pseudonyms(bl_rep *c, int anonymize) {
  const kj_bulanan *b = c->b;
  memset(&c->rep, 0, sizeof c->rep);
  c->rep.r = b->r;
  c->rep.lang = c->lang;
  c->rep.anonymize = anonymize != 0;
  kj_rep_pseudo *ps = &c->rep.pseudo;
  if (anonymize) {
    for (size_t i = 0; i < b->n_belum; i++) {
      kj_rep_pseudo_add(ps, b->belum[i].nip);
      kj_rep_pseudo_add(ps, b->belum[i].nip_penilai);
    }
    for (size_t i = 0; i < b->n_penilai; i++) kj_rep_pseudo_add(ps, b->penilai[i].nip);
    for (size_t i = 0; i < b->n_peringatan; i++) kj_rep_pseudo_add(ps, b->peringatan[i].nip);
    for (size_t i = 0; i < b->n_apresiasi; i++) {
      kj_rep_pseudo_add(ps, b->apresiasi[i].nip);
      kj_rep_pseudo_add(ps, b->apresiasi[i].nip_pimpinan);
      kj_rep_pseudo_add(ps, b->apresiasi[i].nip_penilai);
    }
    for (size_t i = 0; i < b->n_pimpinan; i++) kj_rep_pseudo_add(ps, b->pimpinan[i].nip);
  }
  kj_rep_pseudo_seal(ps);
}

static kj_wb *open_book(bl_rep *c, const char *path, kj_error *err) {
  const kj_bulanan *b = c->b;
  kj_lang l = c->lang;
  char created[11], title[200], subject[300], bulan[64];
  blr_bulan(c, b->periode, bulan, sizeof bulan);
  snprintf(title, sizeof title, KJ_T(l, "Pemantauan Bulanan %s", "Monthly Monitoring %s"), bulan);
  snprintf(subject, sizeof subject,
           KJ_T(l, "Penilaian kinerja ASN %s bulan %s: kelengkapan, ketepatan, sinyal",
                "Civil-service appraisals, %s, %s: completeness, timeliness, signals"),
           b->r->params.kota, bulan);
  kj_wb_props p = {.title = title,
                   .subject = subject,
                   .author = b->r->params.instansi,
                   .keywords = KJ_T(l, "pemantauan bulanan; kinerja ASN; diagram kendali; IKP",
                                    "monthly monitoring; civil-service performance; control "
                                    "chart; IKP"),
                   .company = b->r->params.kota,
                   .created = kj_rep_created(b->r, created),
                   .lang = l};
  return kj_wb_new(path, &p, err);
}

kj_status kj_bulanan_write(const kj_bulanan *b, const kj_bulanan_opts *o, const char *path,
                           kj_error *err) {
  bl_rep c;
  memset(&c, 0, sizeof c);
  c.b = b;
  c.lang = o->lang;
  pseudonyms(&c, o->anonymize);
  kj_status s = KJ_OK;
  c.wb = open_book(&c, path, err);
  if (!c.wb) {
    s = err->status;
    goto out;
  }
  for (int i = 0; i < S_METODOLOGI && s == KJ_OK; i++) {
    kj_wb_sheet *sh = kj_wb_sheet_add(c.wb, KJ_T(c.lang, SHEETS[i].id, SHEETS[i].en), err);
    s = sh ? SHEETS[i].build(&c, sh, err) : err->status;
  }
  if (s == KJ_OK) {
    kj_rep_meta m = {.laporan = KJ_T(o->lang, "Pemantauan Bulanan", "Monthly Monitoring"),
                     .perintah = o->perintah,
                     .sheet_name = KJ_T(c.lang, SHEETS[S_METODOLOGI].id, SHEETS[S_METODOLOGI].en)};
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
