/* FLT_EVAL_METHOD is 0 on x86-64: no excess precision to narrow. */
#ifndef KJM_MATH_NARROW_EVAL_H
#define KJM_MATH_NARROW_EVAL_H
#define math_narrow_eval(x) (x)
#endif
