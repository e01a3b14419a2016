/* fonts.c — the bundled chart fonts on Windows (see fonts.h).
 *
 * kinerja.exe looks for *.ttf in the "fonts" folder beside itself (the zip's
 * layout, scripts/win64/package.sh) and adds each with AddFontResourceExW
 * (FR_PRIVATE: visible to this process only, gone when it exits). pango's
 * win32 font map enumerates GDI's fonts when it is first created, so this
 * must run before pango_cairo_font_map_get_default(). The DejaVu files are
 * Debian's (fonts-dejavu-core), the same as on Linux, so the charts measure
 * the same text with the same metrics on both systems.
 */
#include "charts/fonts.h"

#ifdef _WIN32
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <windows.h>

#include "util/xalloc.h"

static pthread_once_t fonts_once = PTHREAD_ONCE_INIT;

/* The folder of kinerja.exe plus "\fonts\", as a new wide string; NULL if unknown. */
static wchar_t *fonts_dir(void) {
  DWORD cap = MAX_PATH;
  wchar_t *p = NULL;
  for (;;) {
    p = xreallocarray(p, cap, sizeof *p);
    DWORD n = GetModuleFileNameW(NULL, p, cap);
    if (n == 0) {
      free(p);
      return NULL;
    }
    if (n < cap - 16) break; /* room left for "fonts\*.ttf" */
    cap *= 2;
  }
  wchar_t *slash = wcsrchr(p, L'\\');
  if (!slash) {
    free(p);
    return NULL;
  }
  memcpy(slash + 1, L"fonts\\", sizeof L"fonts\\");
  return p;
}

/* a (alen characters) followed by b (blen), NUL-terminated, new. */
static wchar_t *wjoin(const wchar_t *a, size_t alen, const wchar_t *b, size_t blen) {
  wchar_t *s = xreallocarray(NULL, alen + blen + 1, sizeof *s);
  memcpy(s, a, alen * sizeof *s);
  memcpy(s + alen, b, blen * sizeof *s);
  s[alen + blen] = L'\0';
  return s;
}

static void load_fonts(void) {
  wchar_t *dir = fonts_dir();
  int added = 0;
  if (dir) {
    size_t dlen = wcslen(dir);
    wchar_t *pat = wjoin(dir, dlen, L"*.ttf", 5);
    WIN32_FIND_DATAW fd;
    HANDLE h = FindFirstFileW(pat, &fd);
    if (h != INVALID_HANDLE_VALUE) {
      do {
        size_t flen = wcslen(fd.cFileName);
        wchar_t *file = wjoin(dir, dlen, fd.cFileName, flen);
        added += AddFontResourceExW(file, FR_PRIVATE, NULL) > 0;
        free(file);
      } while (FindNextFileW(h, &fd));
      FindClose(h);
    }
    free(pat);
    free(dir);
  }
  if (added == 0)
    fputs("kinerja: peringatan: folder \"fonts\" di samping kinerja.exe tidak ada atau kosong; "
          "teks grafik dapat tampil sebagai kotak.\n",
          stderr);
}

void kj_chart_fonts_init(void) { pthread_once(&fonts_once, load_fonts); }

#else

void kj_chart_fonts_init(void) {}

#endif
