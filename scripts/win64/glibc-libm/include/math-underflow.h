/* glibc's math-underflow.h: forces the underflow exception for tiny results
 * (no effect on the values returned). */
#ifndef KJM_MATH_UNDERFLOW_H
#define KJM_MATH_UNDERFLOW_H
#include <float.h>
#include <math.h>
#include <math-barriers.h>
#define math_check_force_underflow(x) do { __typeof (x) force_underflow_tmp = (x); \
    if (fabs (force_underflow_tmp) < DBL_MIN) { \
      __typeof (x) force_underflow_tmp2 = force_underflow_tmp * force_underflow_tmp; \
      math_force_eval (force_underflow_tmp2); } } while (0)
#define math_check_force_underflow_nonneg(x) math_check_force_underflow (x)
#define math_check_force_underflow_complex(x) do { } while (0)
#endif
