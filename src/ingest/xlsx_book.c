/* xlsx_book.c — finding the worksheet: package relationships, workbook,
 * workbook relationships and the date-ness of cell styles.
 *
 * The chain is the one OPC prescribes, not a guess at file names:
 * _rels/.rels (officeDocument) -> xl/workbook.xml <sheet name r:id> ->
 * xl/_rels/workbook.xml.rels <Relationship Id Target> -> the worksheet part.
 * Shared strings and styles are found through the same relationships and
 * are optional. Only the first "officeDocument" target is trusted; when
 * _rels/.rels is missing we fall back to xl/workbook.xml, which is where
 * every producer we know puts it.
 */
#include "ingest/xlsx_int.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct rel {
  char *id, *type, *target; /* target resolved to a zip path */
} rel;

typedef struct sheet_ent {
  char *name, *rid;
} sheet_ent;

/* One context serves the three small parts (rels, workbook, styles). */
typedef struct book_ctx {
  kj_xl_ctx c;
  const char *source; /* part the relationships belong to */
  rel *rels;
  long n_rels;
  sheet_ent *sheets;
  long n_sheets;
  int date1904;
  long *xf_fmt; /* cellXfs numFmtId per xf */
  long n_xf;
  long *fmt_id; /* custom numFmts */
  unsigned char *fmt_date;
  long n_fmt;
  int in_cellxfs;
} book_ctx;

static int too_many(book_ctx *b, long n, long cap, const char *what) {
  if (n < cap) return 0;
  kj_xl_fail(&b->c, KJ_DATA, "%s: %s: more than %ld %s", b->c.x->file, b->c.part, cap, what);
  return 1;
}

static int truthy(const char *v) {
  return v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0 || strcmp(v, "on") == 0);
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts) {
  book_ctx *b = ud;
  if (b->c.failed) return;
  const char *l = kj_xl_local(name);
  if (strcmp(l, "Relationship") == 0) {
    const char *id = kj_xl_attr(atts, "Id", 0), *target = kj_xl_attr(atts, "Target", 0);
    const char *type = kj_xl_attr(atts, "Type", 0), *mode = kj_xl_attr(atts, "TargetMode", 0);
    if (!id || !target || (mode && strcmp(mode, "External") == 0)) return;
    if (too_many(b, b->n_rels, KJ_XL_MAX_ITEMS, "relationships")) return;
    b->rels = xreallocarray(b->rels, (size_t)b->n_rels + 1, sizeof *b->rels);
    rel *r = &b->rels[b->n_rels++];
    r->id = xstrdup(id);
    r->type = xstrdup(type ? type : "");
    r->target = kj_xl_resolve(b->source, target);
  } else if (strcmp(l, "sheet") == 0) {
    const char *nm = kj_xl_attr(atts, "name", 0), *rid = kj_xl_attr(atts, "id", 1);
    if (!nm || !rid) {
      kj_xl_fail(&b->c, KJ_DATA, "%s: %s line %lu: <sheet> without name or r:id", b->c.x->file,
                 b->c.part, (unsigned long)XML_GetCurrentLineNumber(b->c.p));
      return;
    }
    if (too_many(b, b->n_sheets, KJ_XL_MAX_ITEMS, "sheets")) return;
    b->sheets = xreallocarray(b->sheets, (size_t)b->n_sheets + 1, sizeof *b->sheets);
    b->sheets[b->n_sheets].name = xstrdup(nm);
    b->sheets[b->n_sheets++].rid = xstrdup(rid);
  } else if (strcmp(l, "workbookPr") == 0) {
    b->date1904 = truthy(kj_xl_attr(atts, "date1904", 0));
  } else if (strcmp(l, "cellXfs") == 0) {
    b->in_cellxfs = 1;
  } else if (strcmp(l, "xf") == 0 && b->in_cellxfs) {
    if (too_many(b, b->n_xf, KJ_XL_MAX_XF, "cell formats")) return;
    const char *id = kj_xl_attr(atts, "numFmtId", 0);
    b->xf_fmt = xreallocarray(b->xf_fmt, (size_t)b->n_xf + 1, sizeof *b->xf_fmt);
    b->xf_fmt[b->n_xf++] = id ? strtol(id, NULL, 10) : 0;
  } else if (strcmp(l, "numFmt") == 0) {
    const char *id = kj_xl_attr(atts, "numFmtId", 0), *code = kj_xl_attr(atts, "formatCode", 0);
    if (!id || !code) return;
    if (too_many(b, b->n_fmt, KJ_XL_MAX_XF, "number formats")) return;
    b->fmt_id = xreallocarray(b->fmt_id, (size_t)b->n_fmt + 1, sizeof *b->fmt_id);
    b->fmt_date = xreallocarray(b->fmt_date, (size_t)b->n_fmt + 1, 1);
    b->fmt_id[b->n_fmt] = strtol(id, NULL, 10);
    b->fmt_date[b->n_fmt++] = (unsigned char)kj_xl_fmt_is_date(code);
  }
}

static void XMLCALL on_end(void *ud, const XML_Char *name) {
  book_ctx *b = ud;
  if (strcmp(kj_xl_local(name), "cellXfs") == 0) b->in_cellxfs = 0;
}

static void XMLCALL on_chars(void *ud, const XML_Char *s, int len) { (void)ud, (void)s, (void)len; }

/* Parses one part into b; *found = 0 when it is absent. */
static kj_status parse(book_ctx *b, struct kj_xlsx *x, const char *part, const char *source,
                       int *found, kj_error *err) {
  b->c.x = x;
  b->c.part = part;
  b->source = source;
  XML_Parser p = kj_xl_parser_new(&b->c, on_start, on_end, on_chars);
  kj_status s = kj_xl_parse_part(&b->c, found, err);
  XML_ParserFree(p);
  b->c.p = NULL;
  return s;
}

static void free_rels(book_ctx *b) {
  for (long i = 0; i < b->n_rels; i++) {
    free(b->rels[i].id);
    free(b->rels[i].type);
    free(b->rels[i].target);
  }
  free(b->rels);
  b->rels = NULL;
  b->n_rels = 0;
}

/* First relationship whose Type ends in "/suffix" (any OOXML flavour). */
static const rel *rel_by_type(const book_ctx *b, const char *suffix) {
  size_t n = strlen(suffix);
  for (long i = 0; i < b->n_rels; i++) {
    size_t tn = strlen(b->rels[i].type);
    if (tn > n && b->rels[i].type[tn - n - 1] == '/' &&
        strcmp(b->rels[i].type + tn - n, suffix) == 0)
      return &b->rels[i];
  }
  return NULL;
}

static const rel *rel_by_id(const book_ctx *b, const char *id) {
  for (long i = 0; i < b->n_rels; i++)
    if (strcmp(b->rels[i].id, id) == 0) return &b->rels[i];
  return NULL;
}

static int is_worksheet(const rel *r) {
  size_t n = strlen(r->type);
  return n >= 10 && strcmp(r->type + n - 10, "/worksheet") == 0;
}

static int ascii_casecmp(const char *a, const char *b) {
  for (; *a && *b; a++, b++)
    if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 1;
  return *a != *b;
}

/* Index of the requested sheet, or -1 with the list of sheets in err. */
static long pick_sheet(const book_ctx *b, struct kj_xlsx *x, const char *want, kj_error *err) {
  if (b->n_sheets == 0) {
    kj_fail(err, KJ_DATA, "%s: the workbook has no sheets", x->file);
    return -1;
  }
  if (!want) { /* the first worksheet (not chart sheet) in workbook order */
    for (long i = 0; i < b->n_sheets; i++) {
      const rel *r = rel_by_id(b, b->sheets[i].rid);
      if (r && is_worksheet(r)) return i;
    }
    return 0;
  }
  for (long i = 0; i < b->n_sheets; i++)
    if (strcmp(b->sheets[i].name, want) == 0) return i;
  for (long i = 0; i < b->n_sheets; i++)
    if (ascii_casecmp(b->sheets[i].name, want) == 0) return i;
  kj_buf list = {0};
  for (long i = 0; i < b->n_sheets && list.len < 1500; i++)
    kj_buf_printf(&list, "%s'%s'", i ? ", " : "", b->sheets[i].name);
  kj_fail(err, KJ_DATA, "%s: no sheet named '%s'; the workbook has %s", x->file, want,
          kj_buf_cstr(&list));
  kj_buf_free(&list);
  return -1;
}

/* Resolves every cellXfs entry to "is a date format". */
static void styles_to_flags(book_ctx *b, struct kj_xlsx *x) {
  x->n_xf = b->n_xf;
  x->xf_date = xcalloc((size_t)b->n_xf + 1, 1);
  for (long i = 0; i < b->n_xf; i++) {
    long id = b->xf_fmt[i];
    int date = kj_xl_builtin_is_date(id);
    for (long k = 0; k < b->n_fmt; k++) /* a custom format may redefine an id */
      if (b->fmt_id[k] == id) {
        date = b->fmt_date[k];
        break;
      }
    x->xf_date[i] = (unsigned char)date;
  }
}

kj_status kj_xl_book_load(struct kj_xlsx *x, const char *sheet, kj_error *err) {
  book_ctx b = {0};
  char *wb = NULL, *wbrels = NULL, *styles = NULL, *sst = NULL;
  int found = 0;
  kj_status s = parse(&b, x, "_rels/.rels", "", &found, err);
  if (s != KJ_OK) goto out;
  const rel *office = rel_by_type(&b, "officeDocument");
  wb = xstrdup(office ? office->target : "xl/workbook.xml");
  free_rels(&b);

  if ((s = parse(&b, x, wb, wb, &found, err)) != KJ_OK) goto out;
  if (!found) {
    s = kj_fail(err, KJ_DATA, "%s: not an .xlsx workbook (the archive has no %s)", x->file, wb);
    goto out;
  }
  const char *slash = strrchr(wb, '/');
  size_t dirlen = slash ? (size_t)(slash - wb) + 1 : 0;
  wbrels = xasprintf("%.*s_rels/%s.rels", (int)dirlen, wb, wb + dirlen);
  if ((s = parse(&b, x, wbrels, wb, &found, err)) != KJ_OK) goto out;
  if (!found) {
    s = kj_fail(err, KJ_DATA, "%s: damaged workbook (the archive has no %s)", x->file, wbrels);
    goto out;
  }
  long i = pick_sheet(&b, x, sheet, err);
  if (i < 0) {
    s = err->status;
    goto out;
  }
  x->sheet_names = xcalloc((size_t)b.n_sheets + 1, sizeof *x->sheet_names);
  for (long k = 0; k < b.n_sheets; k++) {
    const rel *rk = rel_by_id(&b, b.sheets[k].rid);
    if (rk && is_worksheet(rk)) x->sheet_names[x->n_sheet_names++] = xstrdup(b.sheets[k].name);
  }
  const rel *r = rel_by_id(&b, b.sheets[i].rid);
  x->sheet = xstrdup(b.sheets[i].name);
  if (!r) {
    s = kj_fail(err, KJ_DATA, "%s: sheet '%s' has no relationship '%s' in %s", x->file, x->sheet,
                b.sheets[i].rid, wbrels);
    goto out;
  }
  x->sheet_part = xstrdup(r->target);
  x->date1904 = b.date1904;
  const rel *st = rel_by_type(&b, "styles"), *ss = rel_by_type(&b, "sharedStrings");
  styles = st ? xstrdup(st->target) : NULL;
  sst = ss ? xstrdup(ss->target) : NULL;
  free_rels(&b);

  if (styles && (s = parse(&b, x, styles, styles, &found, err)) != KJ_OK) goto out;
  styles_to_flags(&b, x);
  if (sst && (s = kj_xl_sst_load(x, sst, err)) != KJ_OK) goto out;
  /* the worksheet must exist before we call the open a success */
  int rc = kj_xl_part_open(x, x->sheet_part, err);
  if (rc < 0) {
    s = err->status;
    goto out;
  }
  if (rc == 0)
    s = kj_fail(err, KJ_DATA, "%s: sheet '%s' is missing from the archive (no %s)", x->file,
                x->sheet, x->sheet_part);
out:
  free_rels(&b);
  for (long k = 0; k < b.n_sheets; k++) {
    free(b.sheets[k].name);
    free(b.sheets[k].rid);
  }
  free(b.sheets);
  free(b.xf_fmt);
  free(b.fmt_id);
  free(b.fmt_date);
  free(wb);
  free(wbrels);
  free(styles);
  free(sst);
  return s;
}

int kj_xl_builtin_is_date(long id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

/* True when bracket content [..] is an elapsed-time token ([h], [mm], [ss]). */
static int elapsed_token(const char *p, const char *end) {
  if (p == end) return 0;
  char c0 = (char)tolower((unsigned char)*p);
  if (c0 != 'h' && c0 != 'm' && c0 != 's') return 0;
  for (; p < end; p++)
    if (tolower((unsigned char)*p) != c0) return 0;
  return 1;
}

int kj_xl_fmt_is_date(const char *code) {
  for (const char *p = code; *p; p++) {
    switch (*p) {
    case '"': { /* quoted literal */
      const char *q = strchr(p + 1, '"');
      if (!q) return 0;
      p = q;
      break;
    }
    case '[': { /* colour, condition, locale — or an elapsed-time token */
      const char *q = strchr(p + 1, ']');
      if (!q) return 0;
      if (elapsed_token(p + 1, q)) return 1;
      p = q;
      break;
    }
    case '\\':
    case '_':
    case '*': /* escaped char, space-as-wide-as, fill */
      if (p[1]) p++;
      break;
    default:
      if (strchr("dmyhsDMYHS", *p)) return 1;
    }
  }
  return 0;
}
