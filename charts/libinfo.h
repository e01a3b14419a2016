/* libinfo.h — versions of cairo and pango this binary runs with. */
#ifndef KJ_CHARTS_LIBINFO_H
#define KJ_CHARTS_LIBINFO_H

const char *kj_cairo_version(void);
const char *kj_pango_version(void);

#endif
