/* glibc's <endian.h> names, for the dbl-64 sources (x86-64: little endian). */
#ifndef KJM_ENDIAN_H
#define KJM_ENDIAN_H
#define __LITTLE_ENDIAN 1234
#define __BIG_ENDIAN 4321
#define __BYTE_ORDER __LITTLE_ENDIAN
#define __FLOAT_WORD_ORDER __BYTE_ORDER
/* glibc's include/endian.h: the halves of a double seen as int[2]. */
#define LOW_HALF 0
#define HIGH_HALF 1
#define LITTLE_ENDI 1
#endif
