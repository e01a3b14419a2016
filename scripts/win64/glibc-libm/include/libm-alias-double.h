/* Public names come from dispatch.c, not from aliases. */
#define libm_alias_double(from, to)
#define libm_alias_double_other(from, to)
#define libm_alias_double_r(from, to, r)
