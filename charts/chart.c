/* chart.c — the chart module's common entry points and its kind table.
 *
 * The kinds are one file each (peringkat.c … profil.c) behind the same
 * signature; the table below maps their names to their render functions so
 * the `charts` command and the gallery can loop over all of them. Also here:
 * the result record's lifetime and number formatting for charts.
 */
#include "charts/chart.h"

#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const format_ext[KJ_CHART_FORMAT_N] = {"png", "svg", "pdf"};

const char *kj_chart_format_ext(kj_chart_format f) {
  return (int)f >= 0 && f < KJ_CHART_FORMAT_N ? format_ext[f] : "?";
}

int kj_chart_format_parse(const char *s) {
  for (int i = 0; s && i < KJ_CHART_FORMAT_N; i++)
    if (strcasecmp(s, format_ext[i]) == 0) return i;
  return -1;
}

void kj_chart_result_free(kj_chart_result *r) {
  if (!r) return;
  free(r->data);
  free(r->order);
  free(r->muted);
  free(r->flagged);
  free(r->marks);
  for (int i = 0; i < r->n_texts; i++) free(r->texts[i]);
  free(r->texts);
  memset(r, 0, sizeof *r);
}

int kj_chart_result_has_text(const kj_chart_result *r, const char *s) {
  for (int i = 0; r && s && i < r->n_texts; i++)
    if (strcmp(r->texts[i], s) == 0) return 1;
  return 0;
}

char *kj_chart_num(char *out, size_t cap, double v, int decimals, kj_lang lang) {
  char tmp[64];
  kj_fmt_num(tmp, sizeof tmp, v, decimals, lang);
  if (tmp[0] == '-')
    snprintf(out, cap, "\xE2\x88\x92%s", tmp + 1); /* U+2212 MINUS SIGN */
  else
    snprintf(out, cap, "%s", tmp);
  return out;
}

/* ---- the kinds ---- */

typedef kj_status (*render_fn)(const void *spec, const kj_chart_out *o, kj_chart_result *res,
                               kj_error *err);

#define KIND_ADAPTER(kind)                                                                         \
  static kj_status render_##kind(const void *spec, const kj_chart_out *o, kj_chart_result *res,    \
                                 kj_error *err) {                                                  \
    return kj_chart_##kind((const kj_##kind##_spec *)spec, o, res, err);                           \
  }
KIND_ADAPTER(peringkat)
KIND_ADAPTER(distribusi)
KIND_ADAPTER(kurva)
KIND_ADAPTER(tren)
KIND_ADAPTER(heatmap)
KIND_ADAPTER(skm)
KIND_ADAPTER(sebaran)
KIND_ADAPTER(profil)
KIND_ADAPTER(kendali)
KIND_ADAPTER(kesetaraan)
#undef KIND_ADAPTER

static const struct {
  const char *name;
  render_fn render;
} kinds[KJ_CHART_KIND_N] = {
    [KJ_CHART_PERINGKAT] = {"peringkat", render_peringkat},
    [KJ_CHART_DISTRIBUSI] = {"distribusi", render_distribusi},
    [KJ_CHART_KURVA] = {"kurva", render_kurva},
    [KJ_CHART_TREN] = {"tren", render_tren},
    [KJ_CHART_HEATMAP] = {"heatmap", render_heatmap},
    [KJ_CHART_SKM] = {"skm", render_skm},
    [KJ_CHART_SEBARAN] = {"sebaran", render_sebaran},
    [KJ_CHART_PROFIL] = {"profil", render_profil},
    [KJ_CHART_KENDALI] = {"kendali", render_kendali},
    [KJ_CHART_KESETARAAN] = {"kesetaraan", render_kesetaraan},
};

const char *kj_chart_kind_name(kj_chart_kind k) {
  return (int)k >= 0 && k < KJ_CHART_KIND_N ? kinds[k].name : "?";
}

int kj_chart_kind_parse(const char *name) {
  for (int i = 0; name && i < KJ_CHART_KIND_N; i++)
    if (strcmp(name, kinds[i].name) == 0) return i;
  return -1;
}

kj_status kj_chart_render(kj_chart_kind k, const void *spec, const kj_chart_out *o,
                          kj_chart_result *res, kj_error *err) {
  if ((int)k < 0 || k >= KJ_CHART_KIND_N)
    return kj_fail(err, KJ_INTERNAL, "chart: unknown kind %d", (int)k);
  if (!spec) return kj_fail(err, KJ_INTERNAL, "chart %s: no spec", kinds[k].name);
  return kinds[k].render(spec, o, res, err);
}
