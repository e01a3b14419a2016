/* wb_book.c — workbook lifetime: creation, document properties, the numeric
 * locale, the sticky error, and the atomic save.
 *
 * This is the last stage of the pipeline for workbooks. libxlsxwriter insists
 * on a file name and writes the zip at workbook_close, so the workbook is
 * opened on a temporary file next to the target (kj_tmp_path) and renamed
 * over it only after workbook_close succeeded, the file reads back complete
 * (wb_verify.c) and the bytes are synced: an interrupted or failed run
 * leaves any earlier file intact. Failures of the
 * many small content calls are kept in the workbook (the first one wins) and
 * make kj_wb_close discard the file, so a half-written sheet never reaches a
 * reader.
 */
#include "reports/workbook/wb_private.h"

#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "domain/date.h"
#include "util/fsutil.h"
#include "util/platform.h"
#include "util/xalloc.h"

kj_status wb_fail(kj_wb *wb, kj_status s, const char *fmt, ...) {
  if (wb->err.status != KJ_OK) return wb->err.status;
  va_list ap;
  va_start(ap, fmt);
  kj_vfail(&wb->err, s, fmt, ap);
  va_end(ap);
  return s;
}

int wb_ok(const kj_wb *wb) { return wb->err.status == KJ_OK; }

kj_status wb_lxw_status(lxw_error e) {
  switch (e) {
  case LXW_NO_ERROR: return KJ_OK;
  case LXW_ERROR_CREATING_XLSX_FILE:
  case LXW_ERROR_CREATING_TMPFILE:
  case LXW_ERROR_READING_TMPFILE:
  case LXW_ERROR_ZIP_FILE_OPERATION:
  case LXW_ERROR_ZIP_PARAMETER_ERROR:
  case LXW_ERROR_ZIP_BAD_ZIP_FILE:
  case LXW_ERROR_ZIP_INTERNAL_ERROR:
  case LXW_ERROR_ZIP_FILE_ADD:
  case LXW_ERROR_ZIP_CLOSE: return KJ_IO;
  default: return KJ_INTERNAL; /* we validate inputs first, so anything else is a bug */
  }
}

/* After a failed write: is the disk of dir (nearly) out of space? For when
 * libxlsxwriter's clean-up has overwritten the errno of the failed write. */
static int disk_full(const char *dir) { return kj_disk_nearly_full(dir, 65536); }

/* 1 when the disk of the workbook or of its scratch files is (nearly) full. */
static int wb_disk_full(const kj_wb *wb) {
  char *dir = wb_dir_of(wb->path);
  int full = disk_full(dir) || disk_full(wb->tmpdir);
  free(dir);
  return full;
}

int wb_fail_disk_full(kj_wb *wb, int sys) {
#ifdef EDQUOT
  if (sys == EDQUOT) sys = ENOSPC; /* over quota: the user's share of the disk is full */
#endif
  if (sys != ENOSPC && !wb_disk_full(wb)) return 0;
  wb_fail(wb, KJ_IO, "%s: the disk is full: the workbook could not be written (%s); the "
                     "previous file, if any, is unchanged. Free space on that disk and run "
                     "the command again",
          wb->path, strerror(ENOSPC));
  return 1;
}

kj_status wb_lxw(kj_wb_sheet *sh, lxw_error e, int row, int col, const char *what) {
  if (e == LXW_NO_ERROR) return KJ_OK;
  if (wb_lxw_status(e) == KJ_IO && wb_fail_disk_full(sh->wb, errno)) return KJ_IO;
  char cell[16] = "";
  if (row >= 0) wb_cell_name(row, col, cell, sizeof cell);
  return wb_fail(sh->wb, wb_lxw_status(e), "%s: sheet '%s'%s%s: %s: %s", sh->wb->path, sh->name,
                 row >= 0 ? " cell " : "", cell, what, lxw_strerror(e));
}

kj_status kj_wb_status(const kj_wb *wb, kj_error *err) {
  if (!wb) return KJ_OK;
  if (err && wb->err.status != KJ_OK) *err = wb->err;
  return wb->err.status;
}

kj_lang kj_wb_lang(const kj_wb *wb) { return wb->lang; }

/* libxlsxwriter 1.1.4 (as Debian builds it, without its dtoa option) writes
 * every number with snprintf("%.16G"), so under a locale with a decimal
 * comma the sheet XML would hold "1,5" and Excel would refuse the file. The
 * whole process keeps LC_NUMERIC "C" (style.md); we force it here as well,
 * because a workbook is where it matters, and then probe printf itself, which
 * also catches a per-thread uselocale() that setlocale cannot undo. */
static kj_status force_c_numeric(kj_error *err) {
  const char *cur = setlocale(LC_NUMERIC, NULL);
  if (!cur || (strcmp(cur, "C") != 0 && strcmp(cur, "POSIX") != 0)) setlocale(LC_NUMERIC, "C");
  char probe[32];
  snprintf(probe, sizeof probe, "%.16G", 1.5);
  if (strcmp(probe, "1.5") != 0)
    return kj_fail(err, KJ_INTERNAL,
                   "numbers print as \"%s\" under the current numeric locale; "
                   "workbooks need LC_NUMERIC \"C\"",
                   probe);
  return KJ_OK;
}

/* "YYYY-MM-DD" (exactly) to the time_t of its UTC midnight. libxlsxwriter
 * treats 0 as "now", and zip/Excel dates start in 1980, hence the floor. */
static kj_status parse_created(const char *s, time_t *out, kj_error *err) {
  int y = 0, m = 0, d = 0;
  int ok = wb_parse_ymd(s, &y, &m, &d) && y >= 1980;
  if (!ok)
    return kj_fail(err, KJ_INTERNAL,
                   "workbook creation date \"%s\": expected YYYY-MM-DD, 1980 or later",
                   s ? s : "(none)");
  *out = (time_t)kj_date_days(y, m, d) * 86400;
  return KJ_OK;
}

static void set_properties(kj_wb *wb, const kj_wb_props *p, time_t created) {
  /* lxw_doc_properties has non-const char * fields and workbook_set_properties
   * copies them, so hand it private copies instead of casting const away. */
  lxw_doc_properties dp;
  memset(&dp, 0, sizeof dp);
  dp.title = xstrdup(p->title);
  dp.subject = xstrdup(p->subject);
  dp.author = xstrdup(p->author ? p->author : KJ_WB_DEFAULT_AUTHOR);
  dp.keywords = xstrdup(p->keywords);
  dp.company = xstrdup(p->company);
  dp.created = created;
  lxw_error e = workbook_set_properties(wb->book, &dp);
  if (e != LXW_NO_ERROR)
    wb_fail(wb, wb_lxw_status(e), "%s: document properties: %s", wb->path, lxw_strerror(e));
  free(dp.title);
  free(dp.subject);
  free(dp.author);
  free(dp.keywords);
  free(dp.company);
}

static void wb_free(kj_wb *wb) {
  for (int i = 0; i < wb->nsheets; i++) wb_sheet_free(wb->sheets[i]);
  free(wb->sheets);
  free(wb->path);
  wb_scratch_close(wb);
  free(wb->tmp);
  free(wb);
}

kj_wb *kj_wb_new(const char *path, const kj_wb_props *props, kj_error *err) {
  kj_wb *wb = NULL;
  time_t created = 0;
  if (!path || !*path || !props) {
    kj_fail(err, KJ_INTERNAL, "kj_wb_new: missing path or properties");
    return NULL;
  }
  if (force_c_numeric(err) != KJ_OK || wb_zip_init(err) != KJ_OK ||
      parse_created(props->created, &created, err) != KJ_OK)
    return NULL;
  wb = xcalloc(1, sizeof *wb);
  wb->tmpdir_lock = -1;
  wb->lang = props->lang;
  wb->path = xstrdup(path);
  wb->tmp = kj_tmp_path(path, err);
  if (!wb->tmp) goto fail;
  wb_scratch_open(wb);

  lxw_workbook_options opt;
  memset(&opt, 0, sizeof opt);
  opt.constant_memory = LXW_FALSE;
  opt.tmpdir = wb->tmpdir;
  opt.use_zip64 = LXW_FALSE; /* reports are far below 4 GB; Excel 2007 cannot read zip64 */
  wb->book = workbook_new_opt(wb->tmp, &opt);
  if (!wb->book) {
    kj_fail(err, KJ_IO, "%s: cannot start the workbook", path);
    goto fail;
  }
  wb_formats_init(wb);
  set_properties(wb, props, created);
  if (!wb_ok(wb)) {
    if (err) *err = wb->err;
    goto fail;
  }
  return wb;

fail:
  kj_wb_abort(wb);
  return NULL;
}

void kj_wb_abort(kj_wb *wb) {
  if (!wb) return;
  /* lxw_workbook_free releases a workbook without writing it (workbook_close
   * would write the file first). */
  if (wb->book) lxw_workbook_free(wb->book);
  if (wb->tmp) unlink(wb->tmp);
  wb_free(wb);
}

/* fsync the finished file so that the rename publishes complete bytes even
 * if the machine stops right after it. */
static kj_status sync_file(const char *tmp, const char *path, kj_error *err) {
  if (kj_sync_path(tmp) != 0)
    return kj_fail(err, KJ_IO, "%s: cannot sync the written workbook: %s", path,
                   strerror(errno));
  return KJ_OK;
}

kj_status kj_wb_close(kj_wb *wb, kj_error *err) {
  if (!wb) return KJ_OK;
  kj_status st = KJ_OK;
  if (!wb_ok(wb)) {
    st = kj_wb_status(wb, err);
    kj_wb_abort(wb);
    return st;
  }
  for (int i = 0; i < wb->nsheets; i++) wb_sheet_finish(wb->sheets[i]);
  if (!wb_ok(wb)) {
    st = kj_wb_status(wb, err);
    kj_wb_abort(wb);
    return st;
  }
  errno = 0;
  lxw_error e = workbook_close(wb->book); /* frees the lxw workbook either way */
  int sys = errno;
  wb->book = NULL;
  if (e != LXW_NO_ERROR) {
    if (wb_lxw_status(e) != KJ_IO || !wb_fail_disk_full(wb, sys))
      wb_fail(wb, wb_lxw_status(e), "%s: cannot write the workbook: %s", wb->path,
              lxw_strerror(e));
    st = kj_wb_status(wb, err);
    goto out;
  }
  st = wb_verify_zip(wb->tmp, wb->path, err);
  if (st == KJ_OK) st = sync_file(wb->tmp, wb->path, err);
  if (st == KJ_OK) st = kj_tmp_commit(wb->tmp, wb->path, err);
  if (st == KJ_OK) {
    free(wb->tmp); /* renamed: nothing left to remove */
    wb->tmp = NULL;
  }

out:
  if (wb->tmp) unlink(wb->tmp);
  wb_free(wb);
  return st;
}
