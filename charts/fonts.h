/* fonts.h — the pango font map the charts draw with (internal to charts/).
 *
 * On Linux: pango's default, fontconfig finding DejaVu Sans
 * (fonts-dejavu-core). On Windows, pango 1.50's native backend lists only
 * the DirectWrite system fonts, and stock Windows has no DejaVu, so the
 * charts use pango's fontconfig + FreeType backend there too, configured by
 * the fonts.conf shipped in the "fonts" folder beside kinerja.exe with the
 * DejaVu TTFs: the same fonts and metrics as on Linux, nothing installed.
 */
#ifndef KJ_CHARTS_FONTS_H
#define KJ_CHARTS_FONTS_H

#include <pango/pangocairo.h>

/* The calling thread's font map for charts (not owned by the caller). On
 * Windows the first call also points FONTCONFIG_FILE at <exe dir>\fonts\
 * fonts.conf when that file exists. Never NULL. */
PangoFontMap *kj_chart_font_map(void);

#endif
