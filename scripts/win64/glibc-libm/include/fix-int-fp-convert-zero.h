/* x86-64 converts integer zero to +0.0 correctly. */
#define FIX_INT_FP_CONVERT_ZERO 0
