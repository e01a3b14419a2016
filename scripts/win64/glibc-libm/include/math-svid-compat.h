/* No SVID matherr compatibility: the new-style entry points only. */
#ifndef KJM_MATH_SVID_COMPAT_H
#define KJM_MATH_SVID_COMPAT_H
#define LIBM_SVID_COMPAT 0
#define _LIB_VERSION _IEEE_
#endif
