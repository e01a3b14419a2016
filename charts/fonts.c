/* fonts.c — the charts' font map, with the Windows case (see fonts.h).
 *
 * pango's default font map is per thread, so on Windows each thread that
 * draws replaces its default once with a FreeType (fontconfig) font map.
 * FONTCONFIG_FILE is set before the first one is made, overriding an
 * inherited value only when the bundled fonts.conf exists: the zip then
 * always draws with its own DejaVu, and a build run from elsewhere (the
 * unit tests) uses whatever FONTCONFIG_FILE names.
 */
#include "charts/fonts.h"

#ifdef _WIN32
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "util/platform.h"
#include "util/xalloc.h"

static pthread_once_t conf_once = PTHREAD_ONCE_INIT;

/* FONTCONFIG_FILE = <folder of kinerja.exe>\fonts\fonts.conf, if it exists.
 * The manifest makes the A calls UTF-8, as fontconfig expects. */
static void set_fontconfig_file(void) {
  char exe[MAX_PATH * 4];
  DWORD n = GetModuleFileNameA(NULL, exe, sizeof exe);
  if (n == 0 || n >= sizeof exe) return;
  char *base = exe + n;
  while (base > exe && !kj_is_path_sep(base[-1])) base--;
  *base = '\0';
  char *env = xasprintf("FONTCONFIG_FILE=%sfonts\\fonts.conf", exe);
  const char *conf = env + strlen("FONTCONFIG_FILE=");
  DWORD a = GetFileAttributesA(conf);
  if (a != INVALID_FILE_ATTRIBUTES && !(a & FILE_ATTRIBUTE_DIRECTORY))
    _putenv(env); /* msvcrt copies the string */
  free(env);
}

PangoFontMap *kj_chart_font_map(void) {
  static _Thread_local int ready;
  if (!ready) {
    pthread_once(&conf_once, set_fontconfig_file);
    PangoFontMap *fm = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (fm) {
      pango_cairo_font_map_set_default(PANGO_CAIRO_FONT_MAP(fm)); /* takes a reference */
      g_object_unref(fm);
    }
    ready = 1;
  }
  return pango_cairo_font_map_get_default();
}

#else

PangoFontMap *kj_chart_font_map(void) { return pango_cairo_font_map_get_default(); }

#endif
