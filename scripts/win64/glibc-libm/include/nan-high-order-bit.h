/* x86-64: a set high-order mantissa bit means a quiet NaN. */
#define HIGH_ORDER_BIT_IS_SET_FOR_SNAN 0
