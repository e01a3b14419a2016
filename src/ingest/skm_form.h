/* skm_form.h — survey-form exports of SKM answers (data.md "Survey-form
 * exports"), for `kinerja import --format skm-form FILE.xlsx|FILE.csv
 * [--unit CODE] [--periode P]`; used by import.c.
 */
#ifndef KJ_SKM_FORM_H
#define KJ_SKM_FORM_H

#include "ingest/import.h"
#include "ingest/loader.h"

/* Pass 1 for one file: it opens, has a header, and its columns can be
 * told apart (nine unsur). Data problems go to L->diag (KJ_OK); KJ_IO when
 * the file cannot be read. */
kj_status kj_skmform_check(kj_loader *L, const char *path, kj_error *err);

/* Pass 2 inside the import's transaction: every file's rows through the
 * skm kind; res->files gets one entry per file. */
kj_status kj_skmform_run(kj_loader *L, int nfiles, char *const *files, kj_import_result *res,
                         kj_error *err);

#endif
