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

#ifdef _WIN32
/* What MinGW lacks and some tests use (the Windows cross build of the suite
 * force-includes this header): BSD strsep(3), and open_memstream(3) emulated
 * with a temporary file whose bytes land in *buf at fclose (as on Linux,
 * the buffer is valid after fclose; the tests never read it before). */
#include <stdio.h>
char *strsep(char **sp, const char *delim);
FILE *kj_test_open_memstream(char **buf, size_t *len);
int kj_test_fclose(FILE *fp);
#define open_memstream(buf, len) kj_test_open_memstream(buf, len)
#define fclose(fp) kj_test_fclose(fp)
#endif

#endif
