/* wb_verify.c — reading the written workbook back before it may replace
 * anything.
 *
 * libxlsxwriter 1.1.4 assembles each XML part in a scratch file and does not
 * check those writes: on a full disk it zips the truncated parts and
 * workbook_close still returns LXW_NO_ERROR (seen with RLIMIT_FSIZE in
 * test_reports_wbsafety.c). So kj_wb_close opens the finished zip with
 * minizip and reads every part: the archive must be readable with correct
 * CRCs, every XML part must end with the closing tag of its root element,
 * and every PNG must end with its IEND chunk. Only then is the file renamed
 * over the target. Reading back costs one decompression of the file.
 */
#include <minizip/unzip.h>
#include <string.h>

#include "reports/workbook/wb_private.h"

#define HEAD_MAX 1024
#define TAIL_MAX 64

typedef struct part {
  char head[HEAD_MAX];
  size_t nhead;
  char tail[TAIL_MAX]; /* the last bytes, in order */
  size_t ntail;
  unsigned long long size;
} part;

static void take(part *p, const char *buf, size_t n) {
  size_t h = n < HEAD_MAX - p->nhead ? n : HEAD_MAX - p->nhead;
  memcpy(p->head + p->nhead, buf, h);
  p->nhead += h;
  if (n >= TAIL_MAX) {
    memcpy(p->tail, buf + n - TAIL_MAX, TAIL_MAX);
    p->ntail = TAIL_MAX;
  } else {
    size_t keep = p->ntail + n > TAIL_MAX ? TAIL_MAX - n : p->ntail;
    memmove(p->tail, p->tail + p->ntail - keep, keep);
    memcpy(p->tail + keep, buf, n);
    p->ntail = keep + n;
  }
  p->size += n;
}

static int has_suffix(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* 1 when the XML in p ends with the end tag of its root element. */
static int xml_complete(const part *p) {
  size_t i = 0;
  for (;;) { /* skip the declaration, comments and processing instructions */
    while (i < p->nhead && p->head[i] != '<') i++;
    if (i + 1 >= p->nhead) return 0;
    if (p->head[i + 1] != '?' && p->head[i + 1] != '!') break;
    i++;
  }
  size_t start = ++i;
  while (i < p->nhead && !strchr(" \t\r\n/>", p->head[i])) i++;
  size_t len = i - start;
  if (len == 0 || len > 60 || i >= p->nhead) return 0;
  size_t end = p->ntail;
  while (end > 0 && strchr(" \t\r\n", p->tail[end - 1])) end--;
  if (p->head[i] == '/' && p->size == p->nhead) /* a document of one empty element */
    return end >= 2 && p->tail[end - 2] == '/' && p->tail[end - 1] == '>';
  if (end < len + 3) return 0;
  const char *close = p->tail + end - len - 3;
  return close[0] == '<' && close[1] == '/' && memcmp(close + 2, p->head + start, len) == 0 &&
         close[len + 2] == '>';
}

static int png_complete(const part *p) {
  return p->ntail >= 12 && memcmp(p->tail + p->ntail - 8, "IEND", 4) == 0;
}

static kj_status damaged(kj_error *err, const char *path, const char *what, const char *name) {
  return kj_fail(err, KJ_IO,
                 "%s: the written workbook is damaged (%s%s%s); is the disk full? "
                 "The previous file, if any, is unchanged",
                 path, what, name ? " " : "", name ? name : "");
}

kj_status wb_verify_zip(const char *tmp, const char *path, kj_error *err) {
  unzFile z = unzOpen64(tmp);
  if (!z) return damaged(err, path, "not a readable zip archive", NULL);
  kj_status st = KJ_OK;
  char buf[16384];
  int rc = unzGoToFirstFile(z), nparts = 0;
  while (rc == UNZ_OK && st == KJ_OK) {
    char name[512];
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(z, &info, name, sizeof name, NULL, 0, NULL, 0) != UNZ_OK ||
        unzOpenCurrentFile(z) != UNZ_OK) {
      st = damaged(err, path, "unreadable part", NULL);
      break;
    }
    part p;
    memset(&p, 0, sizeof p);
    int n;
    while ((n = unzReadCurrentFile(z, buf, sizeof buf)) > 0) take(&p, buf, (size_t)n);
    int closed = unzCloseCurrentFile(z);
    if (n < 0 || closed != UNZ_OK)
      st = damaged(err, path, "bad data in part", name);
    else if ((has_suffix(name, ".xml") || has_suffix(name, ".rels")) && !xml_complete(&p))
      st = damaged(err, path, "incomplete part", name);
    else if (has_suffix(name, ".png") && !png_complete(&p))
      st = damaged(err, path, "incomplete image", name);
    nparts++;
    rc = unzGoToNextFile(z);
  }
  if (st == KJ_OK && (rc != UNZ_END_OF_LIST_OF_FILE || nparts == 0))
    st = damaged(err, path, "unreadable zip directory", NULL);
  unzClose(z);
  return st;
}
