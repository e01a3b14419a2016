/* fonts.h — making the theme's fonts available before pango looks for them
 * (internal to charts/).
 *
 * On Linux fontconfig finds DejaVu Sans (fonts-dejavu-core). Stock Windows
 * has no DejaVu, and pango's Windows backend would silently draw boxes for a
 * family it cannot find, so the Windows package ships the TTFs in a "fonts"
 * folder next to kinerja.exe and they are registered here for this process
 * only (no installation, no admin rights).
 */
#ifndef KJ_CHARTS_FONTS_H
#define KJ_CHARTS_FONTS_H

/* Registers the bundled fonts once per process; thread-safe, cheap after the
 * first call. Call before the first pango font map use. On Windows, warns on
 * stderr (once) when the fonts folder is missing or empty; no-op elsewhere. */
void kj_chart_fonts_init(void);

#endif
