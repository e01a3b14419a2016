/* canvas.c — surfaces, the two-pass run, output bytes and what was drawn.
 *
 * Where charts meet cairo's surfaces. Every format is streamed into one
 * memory buffer (cairo_*_create_for_stream, cairo_surface_write_to_png_stream)
 * and only then written: to memory for the workbooks, or to a temporary file
 * renamed over the target, so a failed chart never leaves a partial file.
 * Cairo's status is checked once per chart, after drawing, and converted to
 * kj_status here.
 *
 * Two cairo 1.16 quirks are handled so the bytes are reproducible and valid:
 * SVG names its top group after a process-wide surface counter (renumbered
 * here, see svg_renumber), and PDF dates are written without the "D:"
 * prefix the PDF standard asks for (patched in place, see pdf_fix_dates).
 */
#include "charts/canvas.h"
#include "charts/png.h"
#include "charts/fonts.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/fsutil.h"
#include "util/xalloc.h"

static int valid_date(const char *d) {
  if (!d || strlen(d) != 10 || d[4] != '-' || d[7] != '-') return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) return 0;
  int m = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
  return m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

kj_status kj_canvas_init(kj_canvas *c, const kj_chart_out *o, kj_chart_result *res,
                         const char *title_id, const char *title_en, kj_error *err) {
  memset(c, 0, sizeof *c);
  c->res = res ? res : &c->own_res;
  memset(c->res, 0, sizeof *c->res);
  c->title = title_id;
  if (!o) return kj_fail(err, KJ_INTERNAL, "chart \"%s\": no output options", c->title);
  c->o = o;
  c->lang = o->lang == KJ_LANG_EN ? KJ_LANG_EN : KJ_LANG_ID;
  c->title = o->title && *o->title ? o->title : KJ_TR(c, title_id, title_en);
  if ((int)o->format < 0 || o->format >= KJ_CHART_FORMAT_N)
    return kj_fail(err, KJ_INTERNAL, "chart \"%s\": unknown output format %d", c->title,
                   (int)o->format);
  if (!o->path && !res)
    return kj_fail(err, KJ_INTERNAL,
                   "chart \"%s\": neither a file path nor a result to receive the bytes", c->title);
  if (!o->source || !*o->source)
    return kj_fail(err, KJ_INTERNAL,
                   "chart \"%s\": no data source for the footer (kj_chart_out.source)", c->title);
  if (o->format == KJ_CHART_PDF && !valid_date(o->date))
    return kj_fail(
        err, KJ_INTERNAL,
        "chart \"%s\": PDF needs the creation date from the data as YYYY-MM-DD (got \"%s\")",
        c->title, o->date ? o->date : "(none)");
  if (o->width != 0 && !(o->width >= 200 && o->width <= 4000))
    return kj_fail(err, KJ_INTERNAL, "chart \"%s\": width %g pt outside 200..4000", c->title,
                   o->width);
  if (o->height != 0 && !(o->height >= 100 && o->height <= 20000))
    return kj_fail(err, KJ_INTERNAL, "chart \"%s\": height %g pt outside 100..20000", c->title,
                   o->height);
  if (o->png_scale != 0 && !(o->png_scale > 0 && o->png_scale <= 8))
    return kj_fail(err, KJ_INTERNAL, "chart \"%s\": PNG scale %g outside (0, 8]", c->title,
                   o->png_scale);
  c->th = kj_theme_init(&c->theme_store, o->font);
  c->w = o->width > 0 ? o->width : 680;
  c->pctx = pango_font_map_create_context(kj_chart_font_map());
  /* Points as user units, and no hinting or metric rounding: the layout is
   * then the same whatever the surface, so PNG, SVG and PDF agree. */
  pango_cairo_context_set_resolution(c->pctx, 72.0);
  cairo_font_options_t *fo = cairo_font_options_create();
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(c->pctx, fo);
  cairo_font_options_destroy(fo);
  pango_context_set_round_glyph_positions(c->pctx, FALSE);
  return KJ_OK;
}

double kj_canvas_flex(kj_canvas *c, double natural, double minimum) {
  if (c->pass == 0) {
    c->flex_natural = natural;
    c->flex_min = minimum < natural ? minimum : natural;
    return natural;
  }
  return c->flex_fit > 0 ? c->flex_fit : natural;
}

static cairo_status_t to_buf(void *closure, const unsigned char *data, unsigned int len) {
  kj_buf_append((kj_buf *)closure, data, len);
  return CAIRO_STATUS_SUCCESS;
}

static kj_status open_surface(kj_canvas *c, kj_error *err) {
  const kj_chart_out *o = c->o;
  double scale = o->png_scale > 0 ? o->png_scale : 2.0;
  switch (o->format) {
  case KJ_CHART_PNG:
    c->res->width_px = (int)lround(c->w * scale);
    c->res->height_px = (int)lround(c->h * scale);
    c->surface =
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, c->res->width_px, c->res->height_px);
    break;
  case KJ_CHART_SVG:
    c->surface = cairo_svg_surface_create_for_stream(to_buf, &c->bytes, c->w, c->h);
    if (cairo_surface_status(c->surface) == CAIRO_STATUS_SUCCESS)
      cairo_svg_surface_restrict_to_version(c->surface, CAIRO_SVG_VERSION_1_1);
    break;
  default:
    c->surface = cairo_pdf_surface_create_for_stream(to_buf, &c->bytes, c->w, c->h);
    if (cairo_surface_status(c->surface) == CAIRO_STATUS_SUCCESS) {
      /* "YYYY-MM-DDThh:mm" makes cairo write (YYYYMMDDhhmm); pdf_fix_dates
       * turns that into the standard (D:YYYYMMDDhh) of the same length. */
      char date[32];
      snprintf(date, sizeof date, "%sT00:00", o->date);
      cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
      cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_MOD_DATE, date);
      cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_TITLE, c->title);
      cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_CREATOR, "kinerja " KJ_VERSION);
      if (o->author && *o->author)
        cairo_pdf_surface_set_metadata(c->surface, CAIRO_PDF_METADATA_AUTHOR, o->author);
    }
    break;
  }
  if (cairo_surface_status(c->surface) != CAIRO_STATUS_SUCCESS)
    return kj_fail(err, KJ_INTERNAL, "chart \"%s\": cannot create the %s surface: %s", c->title,
                   kj_chart_format_ext(o->format),
                   cairo_status_to_string(cairo_surface_status(c->surface)));
  c->cr = cairo_create(c->surface);
  if (o->format == KJ_CHART_PNG) cairo_scale(c->cr, scale, scale);
  cairo_set_source_rgb(c->cr, 1, 1, 1); /* white paper in every format */
  cairo_paint(c->cr);
  return KJ_OK;
}

/* cairo 1.16 names the SVG's top group "surface<N>" with N from a counter
 * shared by every surface of the process, so the second chart drawn by a
 * run would differ from the same chart drawn alone. Renumber the ids in
 * order of first appearance. */
static void svg_renumber(kj_buf *b) {
  kj_buf out = {0};
  long seen[64];
  int nseen = 0;
  const char *s = kj_buf_cstr(b), *p = s;
  const char *hit;
  while ((hit = strstr(p, "surface")) != NULL) {
    const char *q = hit + 7;
    int prefixed = hit > s && (hit[-1] == '"' || hit[-1] == '#');
    if (!prefixed || *q < '0' || *q > '9') {
      kj_buf_append(&out, p, (size_t)(q - p));
      p = q;
      continue;
    }
    char *end;
    long id = strtol(q, &end, 10);
    int k = 0;
    while (k < nseen && seen[k] != id) k++;
    kj_buf_append(&out, p, (size_t)(q - p));
    if (k == nseen && nseen == 64) { /* never seen in practice (one per chart): keep it */
      kj_buf_printf(&out, "%ld", id);
      p = end;
      continue;
    }
    if (k == nseen) seen[nseen++] = id;
    kj_buf_printf(&out, "%d", k + 1);
    p = end;
  }
  kj_buf_puts(&out, p);
  kj_buf_free(b);
  *b = out;
}

/* The PDF holds binary streams with NUL bytes: search by length. */
static char *find_bytes(char *hay, size_t n, const char *needle) {
  size_t m = strlen(needle);
  for (size_t i = 0; i + m <= n; i++)
    if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0) return hay + i;
  return NULL;
}

static void pdf_fix_dates(kj_buf *b) {
  static const char *const keys[] = {"/CreationDate (", "/ModDate ("};
  for (int k = 0; k < 2; k++) {
    char *p = find_bytes(b->data, b->len, keys[k]);
    if (!p || (size_t)(p - b->data) + strlen(keys[k]) + 13 > b->len) continue;
    p += strlen(keys[k]);
    /* exactly 12 digits then ')': (YYYYMMDD0000) -> (D:YYYYMMDD00) */
    if (strspn(p, "0123456789") != 12 || p[12] != ')') continue;
    memmove(p + 2, p, 10);
    p[0] = 'D';
    p[1] = ':';
  }
}

static kj_status write_output(kj_canvas *c, kj_error *err) {
  kj_chart_result *r = c->res;
  r->len = c->bytes.len;
  r->pages = 1;
  r->width_pt = c->w;
  r->height_pt = c->h;
  if (!c->o->path) {
    r->data = (unsigned char *)kj_buf_take(&c->bytes);
    return KJ_OK;
  }
  kj_out out;
  kj_status st = kj_out_open(&out, c->o->path, err);
  if (st != KJ_OK) return st;
  fwrite(c->bytes.data, 1, c->bytes.len, out.fp);
  return kj_out_commit(&out, err);
}

kj_status kj_canvas_run(kj_canvas *c, kj_paint_fn paint, const void *ctx, kj_error *err) {
  kj_status st = KJ_OK;
  /* pass 0: measure on a scratch surface; nothing is recorded */
  cairo_surface_t *scratch = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1);
  c->cr = cairo_create(scratch);
  c->pass = 0;
  c->h = 1000;
  double natural = paint(c, ctx);
  cairo_destroy(c->cr);
  cairo_surface_destroy(scratch);
  c->cr = NULL;
  c->h = ceil(natural);
  if (c->o->height > 0) {
    double fit = c->flex_natural + (c->o->height - natural);
    c->flex_fit = fit > c->flex_min ? fit : c->flex_min;
    c->h = ceil(natural - c->flex_natural + c->flex_fit);
    if (c->h < c->o->height) c->h = c->o->height;
  }
  /* pass 1: draw for real */
  if ((st = open_surface(c, err)) != KJ_OK) goto out;
  c->pass = 1;
  paint(c, ctx);
  cairo_status_t cs = cairo_status(c->cr);
  if (cs == CAIRO_STATUS_SUCCESS) {
    cairo_surface_flush(c->surface);
    if (c->o->format == KJ_CHART_PNG)
      cs = kj_png_encode(c->surface, &c->bytes) == 0 ? CAIRO_STATUS_SUCCESS
                                                     : CAIRO_STATUS_WRITE_ERROR;
    else
      cairo_surface_finish(c->surface);
  }
  if (cs == CAIRO_STATUS_SUCCESS) cs = cairo_surface_status(c->surface);
  if (cs != CAIRO_STATUS_SUCCESS) {
    st = kj_fail(err, KJ_INTERNAL, "chart \"%s\": cairo failed: %s", c->title,
                 cairo_status_to_string(cs));
    goto out;
  }
  if (c->bytes.len == 0) {
    st = kj_fail(err, KJ_INTERNAL, "chart \"%s\": cairo produced no output", c->title);
    goto out;
  }
  if (c->o->format == KJ_CHART_SVG) svg_renumber(&c->bytes);
  if (c->o->format == KJ_CHART_PDF) pdf_fix_dates(&c->bytes);
  st = write_output(c, err);
out:
  return st;
}

void kj_canvas_free(kj_canvas *c, kj_status st) {
  if (!c) return;
  if (c->cr) cairo_destroy(c->cr);
  if (c->surface) cairo_surface_destroy(c->surface);
  if (c->pctx) g_object_unref(c->pctx);
  kj_buf_free(&c->bytes);
  if (c->res && (st != KJ_OK || c->res == &c->own_res)) kj_chart_result_free(c->res);
  c->cr = NULL;
  c->surface = NULL;
  c->pctx = NULL;
}

/* ---- recording ---- */

void kj_rec_rows(kj_canvas *c, int n, const int *order, const unsigned char *muted,
                 const unsigned char *flagged) {
  kj_chart_result *r = c->res;
  if (r->order) return; /* recorded once, before the run */
  size_t k = n > 0 ? (size_t)n : 1;
  r->n_rows = n;
  r->order = xcalloc(k, sizeof *r->order);
  r->muted = xcalloc(k, 1);
  r->flagged = xcalloc(k, 1);
  for (int i = 0; i < n; i++) {
    r->order[i] = order ? order[i] : i;
    r->muted[i] = muted ? muted[i] : 0;
    r->flagged[i] = flagged ? flagged[i] : 0;
  }
}

void kj_rec_mark(kj_canvas *c, kj_chart_mark_kind kind, int row, int col, double value) {
  if (c->pass != 1) return;
  kj_chart_result *r = c->res;
  if (r->n_marks == c->cap_marks) {
    c->cap_marks = c->cap_marks ? 2 * c->cap_marks : 16;
    r->marks = xreallocarray(r->marks, (size_t)c->cap_marks, sizeof *r->marks);
  }
  kj_chart_mark m = {kind, row, col, value};
  r->marks[r->n_marks++] = m;
}

void kj_rec_axis(kj_canvas *c, int which, const kj_chart_ticks *t) {
  if (c->pass == 1 && which >= 0 && which < 2) c->res->axis[which] = *t;
}

void kj_rec_text(kj_canvas *c, const char *s, int shortened) {
  if (c->pass != 1 || !s || !*s) return;
  kj_chart_result *r = c->res;
  if (r->n_texts == c->cap_texts) {
    c->cap_texts = c->cap_texts ? 2 * c->cap_texts : 64;
    r->texts = xreallocarray(r->texts, (size_t)c->cap_texts, sizeof *r->texts);
  }
  r->texts[r->n_texts++] = xstrdup(s);
  if (shortened) r->n_shortened++;
}
