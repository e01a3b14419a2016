/* libinfo.h — version of libxlsxwriter this binary runs with. */
#ifndef KJ_REPORTS_LIBINFO_H
#define KJ_REPORTS_LIBINFO_H

const char *kj_xlsxwriter_version(void);

#endif
