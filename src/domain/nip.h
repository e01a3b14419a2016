/* nip.h — NIP (PNS) and NI PPPK numbers (data.md "NIP").
 *
 * An 18-digit number with structure: birth date YYYYMMDD (1-8), then for PNS
 * TMT CPNS YYYYMM (9-14), for PPPK the appointment year (9-12) and two free
 * digits (13-14); gender 1 = L, 2 = P (15); sequence (16-18). Spaces are
 * removed first. Values that look like what Excel does to a long number
 * ("1.98609E+17", "198609262015051000.0") are rejected with a hint.
 * Stored as a 64-bit integer (18 digits < 2^63).
 */
#ifndef KJ_NIP_H
#define KJ_NIP_H

#include <stdint.h>

typedef enum kj_nip_kind {
  KJ_NIP_ANY,  /* valid as either PNS or PPPK */
  KJ_NIP_PNS,
  KJ_NIP_PPPK
} kj_nip_kind;

/* Parses and checks s for kind. Returns 0 and the number in *out, or -1
 * with the reason in why. */
int kj_nip_parse(const char *s, kj_nip_kind kind, int64_t *out, char *why, int cap);
/* Gender digit: 1 = L, 2 = P. */
int kj_nip_gender(int64_t nip);
/* Birth year from digits 1-4. */
int kj_nip_birth_year(int64_t nip);
/* The 18 digits into out (19 bytes). */
void kj_nip_format(int64_t nip, char out[19]);

#endif
