/* xlsx_zip.c — the zip container of an .xlsx and the chunked expat loop.
 *
 * Bottom layer of the xlsx reader (see xlsx.h): minizip opens the archive
 * (from a path, or from memory through our own zlib_filefunc64_def, which
 * is what the fuzzer uses) and inflates one entry at a time; expat parses
 * each part in KJ_XL_CHUNK pieces, so no part is ever held whole in memory.
 * Every minizip and expat failure is turned into a kj_error here, naming the
 * file and the part. Parts are looked up case-insensitively, as OPC says
 * part names are.
 */
#include "ingest/xlsx_int.h"
#include "util/platform.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- memory I/O for minizip --- */

static voidpf ZCALLBACK mem_open(voidpf opaque, const void *filename, int mode) {
  (void)filename;
  kj_xl_mem *m = opaque;
  if (mode & ZLIB_FILEFUNC_MODE_WRITE) return NULL;
  m->pos = 0;
  return m;
}

static uLong ZCALLBACK mem_read(voidpf opaque, voidpf stream, void *buf, uLong size) {
  (void)opaque;
  kj_xl_mem *m = stream;
  size_t avail = m->len - m->pos;
  size_t n = size < avail ? (size_t)size : avail;
  if (n) memcpy(buf, m->data + m->pos, n);
  m->pos += n;
  return (uLong)n;
}

static uLong ZCALLBACK mem_write(voidpf opaque, voidpf stream, const void *buf, uLong size) {
  (void)opaque, (void)stream, (void)buf, (void)size;
  return 0;
}

static ZPOS64_T ZCALLBACK mem_tell(voidpf opaque, voidpf stream) {
  (void)opaque;
  return ((kj_xl_mem *)stream)->pos;
}

static long ZCALLBACK mem_seek(voidpf opaque, voidpf stream, ZPOS64_T off, int origin) {
  (void)opaque;
  kj_xl_mem *m = stream;
  size_t base;
  switch (origin) {
  case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
  case ZLIB_FILEFUNC_SEEK_CUR: base = m->pos; break;
  case ZLIB_FILEFUNC_SEEK_END: base = m->len; break;
  default: return -1;
  }
  if (off > m->len - base) return -1;
  m->pos = base + (size_t)off;
  return 0;
}

static int ZCALLBACK mem_close(voidpf opaque, voidpf stream) {
  (void)opaque, (void)stream;
  return 0;
}

static int ZCALLBACK mem_error(voidpf opaque, voidpf stream) {
  (void)opaque, (void)stream;
  return 0;
}

/* Old .xls files and password-protected .xlsx files are OLE2 compound
 * documents, not zips; users meet both, so they get their own message. */
static int is_ole2(const unsigned char *p, size_t n) {
  static const unsigned char magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  return n >= 8 && memcmp(p, magic, 8) == 0;
}

kj_status kj_xl_zip_open(struct kj_xlsx *x, const char *path, kj_error *err) {
  unsigned char head[8] = {0};
  size_t nhead = 0;
  if (x->mem.data) {
    zlib_filefunc64_def io = {mem_open, mem_read,  mem_write, mem_tell,
                              mem_seek, mem_close, mem_error, &x->mem};
    nhead = x->mem.len < 8 ? x->mem.len : 8;
    memcpy(head, x->mem.data, nhead);
    x->zip = unzOpen2_64("memory", &io);
  } else {
    /* A folder: Linux opens it and fails the read, Windows refuses the open
     * ("Permission denied"); the same clear message on both. */
    if (kj_is_dir(path)) return kj_fail(err, KJ_IO, "%s: cannot read: %s", x->file, strerror(EISDIR));
    FILE *f = fopen(path, "rb");
    if (!f) return kj_fail(err, KJ_IO, "%s: cannot open: %s", x->file, strerror(errno));
    nhead = fread(head, 1, sizeof head, f);
    int bad = ferror(f), e = errno; /* a directory opens, but does not read */
    fclose(f);
    if (bad) return kj_fail(err, KJ_IO, "%s: cannot read: %s", x->file, strerror(e));
    x->zip = unzOpen64(path);
  }
  if (x->zip) return KJ_OK;
  if (is_ole2(head, nhead))
    return kj_fail(err, KJ_DATA,
                   "%s: not an .xlsx workbook but an old .xls or a password-protected file; "
                   "save it from Excel as .xlsx without a password",
                   x->file);
  return kj_fail(err, KJ_DATA, "%s: not an .xlsx workbook (not a zip archive, or a damaged one)",
                 x->file);
}

int kj_xl_part_open(struct kj_xlsx *x, const char *name, kj_error *err) {
  if (x->part_open) {
    unzCloseCurrentFile(x->zip);
    x->part_open = 0;
  }
  /* 2 = case-insensitive comparison of entry names */
  if (unzLocateFile(x->zip, name, 2) != UNZ_OK) return 0;
  unz_file_info64 info;
  if (unzGetCurrentFileInfo64(x->zip, &info, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK) {
    kj_fail(err, KJ_DATA, "%s: %s: damaged zip directory entry", x->file, name);
    return -1;
  }
  if (info.flag & 1) {
    kj_fail(err, KJ_DATA, "%s: %s: the zip entry is encrypted", x->file, name);
    return -1;
  }
  int rc = unzOpenCurrentFile(x->zip);
  if (rc != UNZ_OK) {
    kj_fail(err, KJ_DATA,
            "%s: %s: cannot read the zip entry (unsupported compression or "
            "damaged archive, minizip error %d)",
            x->file, name, rc);
    return -1;
  }
  x->part_open = 1;
  return 1;
}

int kj_xl_part_read(struct kj_xlsx *x, const char *name, void *buf, int n, kj_error *err) {
  int got = unzReadCurrentFile(x->zip, buf, (unsigned)n);
  if (got >= 0) return got;
  kj_fail(err, KJ_DATA, "%s: %s: damaged compressed data (%s %d)", x->file, name,
          got == UNZ_ERRNO ? "read error" : "zlib error", got);
  return -1;
}

int kj_xl_part_close(struct kj_xlsx *x, const char *name, kj_error *err) {
  if (!x->part_open) return 0;
  x->part_open = 0;
  int rc = unzCloseCurrentFile(x->zip);
  if (rc == UNZ_CRCERROR) {
    kj_fail(err, KJ_DATA, "%s: %s: damaged zip entry (CRC mismatch)", x->file, name);
    return -1;
  }
  return 0;
}

/* --- expat --- */

const char *kj_xl_local(const char *name) {
  const char *bar = strrchr(name, '|');
  return bar ? bar + 1 : name;
}

const char *kj_xl_attr(const char **atts, const char *local, int ns) {
  for (size_t i = 0; atts[i]; i += 2) {
    const char *bar = strrchr(atts[i], '|');
    if (ns ? bar && strcmp(bar + 1, local) == 0 : !bar && strcmp(atts[i], local) == 0)
      return atts[i + 1];
  }
  return NULL;
}

void kj_xl_fail(kj_xl_ctx *c, kj_status s, const char *fmt, ...) {
  if (c->failed) return;
  va_list ap;
  va_start(ap, fmt);
  kj_vfail(&c->err, s, fmt, ap);
  va_end(ap);
  c->failed = 1;
  XML_StopParser(c->p, XML_FALSE);
}

/* OOXML parts never carry a DTD; refusing one closes the door on entity
 * expansion tricks altogether. */
static void XMLCALL on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                               const XML_Char *pubid, int has_internal_subset) {
  (void)name, (void)sysid, (void)pubid, (void)has_internal_subset;
  kj_xl_ctx *c = ud;
  kj_xl_fail(c, KJ_DATA, "%s: %s line %lu: a DTD is not allowed in an .xlsx part", c->x->file,
             c->part, (unsigned long)XML_GetCurrentLineNumber(c->p));
}

XML_Parser kj_xl_parser_new(kj_xl_ctx *c, XML_StartElementHandler start, XML_EndElementHandler end,
                            XML_CharacterDataHandler chars) {
  XML_Parser p = XML_ParserCreateNS(NULL, '|');
  if (!p) {
    fputs("kinerja: out of memory (expat)\n", stderr);
    exit(KJ_INTERNAL);
  }
  XML_SetUserData(p, c);
  XML_SetElementHandler(p, start, end);
  XML_SetCharacterDataHandler(p, chars);
  XML_SetStartDoctypeDeclHandler(p, on_doctype);
  c->p = p;
  c->failed = 0;
  kj_error_clear(&c->err);
  return p;
}

kj_status kj_xl_xml_error(kj_xl_ctx *c, kj_error *err) {
  if (c->failed) {
    if (err) *err = c->err;
    return c->err.status;
  }
  return kj_fail(err, KJ_DATA, "%s: %s line %lu, column %lu: malformed XML: %s", c->x->file,
                 c->part, (unsigned long)XML_GetCurrentLineNumber(c->p),
                 (unsigned long)XML_GetCurrentColumnNumber(c->p) + 1,
                 XML_ErrorString(XML_GetErrorCode(c->p)));
}

kj_status kj_xl_parse_part(kj_xl_ctx *c, int *found, kj_error *err) {
  struct kj_xlsx *x = c->x;
  int rc = kj_xl_part_open(x, c->part, err);
  *found = rc > 0;
  if (rc <= 0) return rc < 0 ? err->status : KJ_OK;
  for (;;) {
    void *buf = XML_GetBuffer(c->p, KJ_XL_CHUNK);
    if (!buf) {
      fputs("kinerja: out of memory (expat)\n", stderr);
      exit(KJ_INTERNAL);
    }
    int n = kj_xl_part_read(x, c->part, buf, KJ_XL_CHUNK, err);
    if (n < 0) return err->status;
    if (XML_ParseBuffer(c->p, n, n == 0) != XML_STATUS_OK) {
      kj_xl_part_close(x, c->part, NULL);
      return kj_xl_xml_error(c, err);
    }
    if (n == 0) break;
  }
  return kj_xl_part_close(x, c->part, err) < 0 ? err->status : KJ_OK;
}

/* --- part names --- */

char *kj_xl_resolve(const char *source, const char *target) {
  kj_buf b = {0};
  if (target[0] == '/') {
    target++;
  } else {
    const char *slash = strrchr(source, '/');
    if (slash) kj_buf_append(&b, source, (size_t)(slash - source) + 1);
  }
  /* b holds "dir/" (or ""); apply target segment by segment */
  while (*target) {
    const char *end = strchr(target, '/');
    size_t n = end ? (size_t)(end - target) : strlen(target);
    if (n == 2 && target[0] == '.' && target[1] == '.') {
      if (b.len) { /* drop the last "seg/" */
        size_t i = b.len - 1;
        while (i > 0 && b.data[i - 1] != '/') i--;
        b.len = i;
        b.data[i] = '\0';
      }
    } else if (!(n == 1 && target[0] == '.') && n > 0) {
      kj_buf_append(&b, target, n);
      if (end) kj_buf_putc(&b, '/');
    }
    target += n + (end ? 1 : 0);
  }
  return kj_buf_take(&b);
}
