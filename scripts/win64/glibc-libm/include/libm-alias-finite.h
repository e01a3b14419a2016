/* The __*_finite aliases are not needed. */
#define libm_alias_finite(from, to)
