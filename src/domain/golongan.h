/* golongan.h — civil-service grades.
 *
 * PNS: I/a .. IV/e (I, II, III take a..d; IV takes a..e), written many ways:
 * "III/b", "III b", "IIIb", "Penata Muda Tk.I, III/b". PPPK: I .. XVII.
 * Canonical forms: "III/b" and "IX".
 */
#ifndef KJ_GOLONGAN_H
#define KJ_GOLONGAN_H

#include "domain/enums.h"

/* Parses s for an employee of type jp. Returns 0 with the canonical form in
 * out (8 bytes), or -1 with a reason in why. */
int kj_golongan_parse(const char *s, kj_jenis_pegawai jp, char out[8], char *why, int cap);

#endif
