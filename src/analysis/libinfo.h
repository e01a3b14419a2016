/* libinfo.h — version of the GSL this binary runs with. */
#ifndef KJ_ANALYSIS_LIBINFO_H
#define KJ_ANALYSIS_LIBINFO_H

const char *kj_gsl_version(void);

#endif
