/* glibc 2.36's answers for x86-64 (sysdeps/generic/math-use-builtins-*.h,
 * sysdeps/x86_64/fpu/math-use-builtins-sqrt.h). */
#define USE_SQRT_BUILTIN 1
#define USE_FMA_BUILTIN 0
#define USE_FMAF_BUILTIN 0
#define USE_FMAX_BUILTIN 0
#define USE_FMIN_BUILTIN 0
