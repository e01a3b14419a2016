/* Forced first include (-include) for every glibc libm file compiled by
 * scripts/win64/glibc-libm/build.sh: the few glibc-internal macros that the
 * dbl-64 sources use, defined for MinGW-w64. Nothing here changes numerics:
 * the algorithms are glibc's own files, compiled as glibc compiles them. */
#ifndef KJM_CONFIG_H
#define KJM_CONFIG_H
#include <errno.h>
#define __glibc_likely(c) __builtin_expect ((c), 1)
#define __glibc_unlikely(c) __builtin_expect ((c), 0)
#define __set_errno(e) (errno = (e))
#define attribute_hidden
#ifndef __always_inline
#define __always_inline __inline __attribute__ ((__always_inline__))
#endif
#define attribute_tls_model_ie
#define hidden_def(name)
#define hidden_proto(name, ...)
#define libm_hidden_def(name)
#define libm_hidden_proto(name, ...)
#define weak_alias(name, aliasname)
/* A real alias: e_hypot.c names its result __ieee754_hypot this way. */
#define strong_alias(name, aliasname) \
  extern __typeof (name) aliasname __attribute__ ((alias (#name)));
#define versioned_symbol(lib, local, symbol, version)
#define compat_symbol(lib, local, symbol, version)
#define SHLIB_COMPAT(lib, introduced, obsoleted) 0
#endif
