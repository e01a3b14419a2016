/* glibc saves and restores the rounding mode around some kernels; kinerja
 * never leaves round-to-nearest, so these are no-ops here. */
#ifndef KJM_FENV_PRIVATE_H
#define KJM_FENV_PRIVATE_H
#include <fenv.h>
#define SET_RESTORE_ROUND(r) do { } while (0)
#define SET_RESTORE_ROUND_NOEX(r) do { } while (0)
#define SET_RESTORE_ROUND_53BIT(r) do { } while (0)
#define SET_RESTORE_ROUNDF(r) do { } while (0)
#endif
