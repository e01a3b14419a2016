/* testutil.h — helpers shared by the cmocka unit tests. */
#ifndef KJ_TESTUTIL_H
#define KJ_TESTUTIL_H

#include <stddef.h>

/* A fresh empty directory under $TMPDIR (or /tmp); caller frees the string. */
char *kj_test_tmpdir(const char *tag);
/* Writes n bytes (n < 0: strlen) to dir/name; returns the path (caller frees). */
char *kj_test_write(const char *dir, const char *name, const char *data, long n);
/* Reads a whole file; returns NULL when missing. *len gets the size. */
char *kj_test_read(const char *path, size_t *len);
/* rm -rf of a directory made by kj_test_tmpdir. */
void kj_test_rmtree(const char *dir);

#endif
