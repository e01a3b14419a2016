/* wb_zip.c — the deflate level of the workbook zip.
 *
 * libxlsxwriter 1.1.4 zips every part of a workbook at zlib's default level
 * (6) and has no option to change it. At that level deflate was about a
 * third of writing a workbook: the twelve Pemantauan Bulanan workbooks of
 * 2025 of the demo (report bulanan --jobs 1 --periode 2025-01..2025-12) took
 * 0.68 s of CPU, 0.58 s at Z_BEST_SPEED (mean of 8 interleaved runs each),
 * for files about a fifth larger (June 2025: 197 KB, 240 KB). Levels 2 and 3
 * were no faster than 1 within the noise. Reports are written far more
 * often than they are mailed, so the workbooks take the fast level.
 *
 * Linux: Debian's libxlsxwriter calls minizip's zipOpenNewFileInZip4_64
 * through the dynamic linker, and a definition in the executable comes
 * first in the lookup order. The one below passes Z_BEST_SPEED where the
 * default was asked for and otherwise forwards every argument to minizip's
 * own function, found once by wb_zip_init. CMakeLists.txt keeps the
 * definition linked and exported (-Wl,--export-dynamic-symbol).
 * test_reports_workbook checks the level in the written zip's headers, so a
 * libxlsxwriter built differently (minizip linked in) fails a test instead of
 * silently going back to the slow level.
 *
 * Windows: libxlsxwriter carries its own copy of minizip there, so
 * scripts/win64/build-deps.sh compiles the same level into it; the two
 * builds still write identical bytes (scripts/win64/check.sh).
 */
#include "reports/workbook/wb_private.h"

#ifndef _WIN32

#include <dlfcn.h>
#include <string.h>
#include <minizip/zip.h>

typedef int (*zip_open_fn)(zipFile, const char *, const zip_fileinfo *, const void *, uInt,
                           const void *, uInt, const char *, int, int, int, int, int, int,
                           const char *, uLong, uLong, uLong, int);

static zip_open_fn minizip_open; /* minizip's zipOpenNewFileInZip4_64 */

kj_status wb_zip_init(kj_error *err) {
  if (!minizip_open) {
    /* POSIX has no function-pointer type for dlsym's result; the memcpy
     * keeps -Wpedantic quiet about the conversion. */
    void *sym = dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
    if (!sym)
      return kj_fail(err, KJ_INTERNAL, "minizip's zipOpenNewFileInZip4_64 was not found: %s",
                     dlerror());
    memcpy(&minizip_open, &sym, sizeof minizip_open);
  }
  return KJ_OK;
}

/* Declared in minizip/zip.h; called by libxlsxwriter's packager. */
int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                            const void *extrafield_local, uInt size_extrafield_local,
                            const void *extrafield_global, uInt size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password,
                            uLong crcForCrypting, uLong versionMadeBy, uLong flagBase,
                            int zip64) {
  if (!minizip_open) return ZIP_INTERNALERROR; /* wb_zip_init was not called */
  if (method == Z_DEFLATED && level == Z_DEFAULT_COMPRESSION) level = Z_BEST_SPEED;
  return minizip_open(file, filename, zipfi, extrafield_local, size_extrafield_local,
                      extrafield_global, size_extrafield_global, comment, method, level, raw,
                      windowBits, memLevel, strategy, password, crcForCrypting, versionMadeBy,
                      flagBase, zip64);
}

#else

kj_status wb_zip_init(kj_error *err) {
  (void)err;
  return KJ_OK;
}

#endif
