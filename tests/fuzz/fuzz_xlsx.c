/* fuzz_xlsx.c — libFuzzer harness for the xlsx reader (src/ingest/xlsx*.c).
 *
 * Two kinds of input, so that mutations reach both layers:
 *
 * - an input starting with a zip local header ("PK\3\4") is read as the
 *   .xlsx itself (kj_xlsx_open_mem), which exercises the container handling;
 * - anything else is split at NUL bytes into up to five parts — worksheet,
 *   shared strings, styles, workbook, workbook relationships — which the
 *   harness packs into a stored (uncompressed) zip with correct CRCs before
 *   reading it. Missing parts get a minimal default; an empty part is left
 *   out of the archive. Random bytes in a deflated zip rarely survive the
 *   inflater, so this mode is what lets the fuzzer explore the XML handlers.
 *
 * Every row is read and every cell text is touched, so a dangling pointer
 * shows up under ASan. See README.md for how to build and run it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "ingest/xlsx.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void read_all(const void *data, size_t size, const char *sheet) {
  kj_xlsx *x = NULL;
  kj_error err = {0};
  if (kj_xlsx_open_mem(data, size, "fuzz.xlsx", sheet, &x, &err) != KJ_OK) {
    if (x || err.status == KJ_OK || !err.msg[0]) abort(); /* a failure must explain itself */
    return;
  }
  const kj_xrow *r;
  int rc;
  long last = 0;
  size_t sum = 0;
  while ((rc = kj_xlsx_next(x, &r, &err)) == 1) {
    if (r->row <= last || r->row > KJ_XLSX_MAX_ROWS || r->ncells < 0 ||
        r->ncells > KJ_XLSX_MAX_COLS)
      abort();
    last = r->row;
    for (int c = 0; c < r->ncells; c++) {
      const kj_xcell *cell = &r->cells[c];
      if ((cell->type == KJ_XCELL_EMPTY) != (cell->text == NULL)) abort();
      if (cell->text) sum += strlen(cell->text);
      if (cell->num != cell->num) abort(); /* never NaN */
    }
    if (r->ncells > 0 && r->cells[r->ncells - 1].type == KJ_XCELL_EMPTY) abort();
  }
  if (rc < 0 && (err.status == KJ_OK || !err.msg[0])) abort();
  if (kj_xlsx_next(x, &r, &err) != rc) abort(); /* the end (or failure) repeats */
  kj_xlsx_close(x);
  (void)sum;
}

/* --- a stored zip built in memory --- */

static void put16(kj_buf *b, unsigned v) {
  unsigned char p[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
  kj_buf_append(b, p, 2);
}

static void put32(kj_buf *b, unsigned long v) {
  put16(b, (unsigned)(v & 0xFFFF));
  put16(b, (unsigned)(v >> 16));
}

typedef struct part {
  const char *name;
  const unsigned char *data;
  size_t len;
} part;

static void header(kj_buf *b, unsigned long sig, const part *p, unsigned long crc, int central,
                   unsigned long offset) {
  put32(b, sig);
  if (central) put16(b, 20);     /* version made by */
  put16(b, 20);                  /* version needed */
  put16(b, 0);                   /* flags */
  put16(b, 0);                   /* method: stored */
  put16(b, 0), put16(b, 0x5821); /* time, date */
  put32(b, crc);
  put32(b, p->len), put32(b, p->len);
  put16(b, (unsigned)strlen(p->name));
  put16(b, 0); /* extra */
  if (central) {
    put16(b, 0), put16(b, 0), put16(b, 0); /* comment, disk, internal attributes */
    put32(b, 0), put32(b, offset);         /* external attributes, local header offset */
  }
  kj_buf_puts(b, p->name);
}

static void zip_parts(kj_buf *zip, const part *parts, int n) {
  unsigned long offsets[8], crcs[8];
  int kept = 0;
  for (int i = 0; i < n; i++) {
    if (parts[i].len == 0) continue;
    offsets[i] = (unsigned long)zip->len;
    crcs[i] = crc32(0, parts[i].data, (uInt)parts[i].len);
    header(zip, 0x04034b50, &parts[i], crcs[i], 0, 0);
    kj_buf_append(zip, parts[i].data, parts[i].len);
    kept++;
  }
  size_t cd = zip->len;
  for (int i = 0; i < n; i++)
    if (parts[i].len) header(zip, 0x02014b50, &parts[i], crcs[i], 1, offsets[i]);
  put32(zip, 0x06054b50);
  put16(zip, 0), put16(zip, 0);
  put16(zip, (unsigned)kept), put16(zip, (unsigned)kept);
  put32(zip, (unsigned long)(zip->len - cd)), put32(zip, (unsigned long)cd);
  put16(zip, 0);
}

#define WB_DEFAULT                                                                                 \
  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "                 \
  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"               \
  "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define RELS_DEFAULT                                                                               \
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"         \
  "<Relationship Id=\"rId1\" Type=\"" REL_NS "worksheet\" Target=\"worksheets/sheet1.xml\"/>"      \
  "<Relationship Id=\"rId2\" Type=\"" REL_NS "sharedStrings\" Target=\"sharedStrings.xml\"/>"      \
  "<Relationship Id=\"rId3\" Type=\"" REL_NS "styles\" Target=\"styles.xml\"/>"                    \
  "</Relationships>"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size >= 4 && memcmp(data, "PK\3\4", 4) == 0) {
    read_all(data, size, NULL);
    return 0;
  }
  part parts[5] = {
      {"xl/worksheets/sheet1.xml", NULL, 0},
      {"xl/sharedStrings.xml", NULL, 0},
      {"xl/styles.xml", NULL, 0},
      {"xl/workbook.xml", (const unsigned char *)WB_DEFAULT, sizeof WB_DEFAULT - 1},
      {"xl/_rels/workbook.xml.rels", (const unsigned char *)RELS_DEFAULT, sizeof RELS_DEFAULT - 1},
  };
  const uint8_t *p = data, *end = data + size;
  for (int i = 0; i < 5 && p <= end; i++) {
    const uint8_t *nul = memchr(p, 0, (size_t)(end - p));
    size_t n = nul ? (size_t)(nul - p) : (size_t)(end - p);
    parts[i].data = p;
    parts[i].len = n;
    p += n + 1;
    if (!nul) break;
  }
  kj_buf zip = {0};
  zip_parts(&zip, parts, 5);
  read_all(zip.data, zip.len, NULL);
  read_all(zip.data, zip.len, "data"); /* the named (case-insensitive) lookup */
  kj_buf_free(&zip);
  return 0;
}
