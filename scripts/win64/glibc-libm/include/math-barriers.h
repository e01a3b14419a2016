/* glibc 2.36's sysdeps/x86/fpu/math-barriers.h, __SSE2_MATH__ branch
 * (LGPL-2.1-or-later, Free Software Foundation): keeps the compiler from
 * moving or dropping the operations the dbl-64 code fences. */
#ifndef KJM_MATH_BARRIERS_H
#define KJM_MATH_BARRIERS_H
#define math_opt_barrier(x) \
  ({ __typeof (x) __x; \
     if (sizeof (x) <= sizeof (double) \
         || __builtin_types_compatible_p (__typeof (x), _Float128)) \
       __asm ("" : "=x" (__x) : "0" (x)); \
     else \
       __asm ("" : "=t" (__x) : "0" (x)); \
     __x; })
#define math_force_eval(x) \
  do { \
    if (sizeof (x) <= sizeof (double) \
        || __builtin_types_compatible_p (__typeof (x), _Float128)) \
      __asm __volatile ("" : : "x" (x)); \
    else \
      __asm __volatile ("" : : "f" (x)); \
  } while (0)
#endif
