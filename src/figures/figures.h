/* figures.h — chart specs built from analysis results: the layout decisions
 * between the analytics engine (src/analysis) and the chart library
 * (charts/).
 *
 * A figure is one chart ready to draw: its kind, its spec (the plain struct
 * of charts/chart_spec.h), the text around it (title, subtitle with period
 * and scope, data source, note) and a file stem. Figures decide which OPD a
 * chart shows, in what order, with which labels and short names, which
 * thresholds come from the parameters and the curve rules, which groups are
 * greyed (n < min_kelompok, as the engine suppressed them) and in which
 * language; they compute no statistics: every number comes from kj_analysis.
 *
 * kj_figures_all lists every chart of the `charts` command (city charts,
 * one profil and kurva per OPD, one skm per service unit), so the command
 * and the workbooks, which embed the same PNGs from memory, share one source
 * of truth.
 *
 * Ownership: a figure owns everything its spec points at (rows, names,
 * labels are copied), so it stays valid after the kj_analysis it was built
 * from is freed. Release it with kj_figure_free; a list with
 * kj_figure_list_free. The analysis is borrowed for the call only.
 */
#ifndef KJ_FIGURES_H
#define KJ_FIGURES_H

#include <stddef.h>

#include "analysis/analysis.h"
#include "charts/chart.h"
#include "util/status.h"
#include "util/text.h"

typedef struct kj_figure {
  kj_chart_kind kind;
  char stem[96];    /* file name without extension, only [A-Za-z0-9._-]: "kota_peringkat_ikp",
                       "opd_DINKES_profil", "unit_PKM.WEKI_skm" */
  int opd;          /* OPD index the chart is about, KJ_KOTA(r) for city charts, -1 unit charts */
  int unit;         /* unit index for per-unit charts (skm), else -1 */
  kj_lang lang;     /* language of every text of the figure */
  char *title;      /* owned; never NULL */
  char *subtitle;   /* owned; period and scope; never NULL */
  char *source;     /* owned; data source line (the chart prefixes "Sumber:") */
  char *note;       /* owned; definitions and caveats; may be NULL */
  char date[16];    /* "YYYY-MM-DD" of the newest dated record (PDF creation date) */
  char author[160]; /* the agency (PDF metadata) */
  union {
    kj_peringkat_spec peringkat;
    kj_distribusi_spec distribusi;
    kj_kurva_spec kurva;
    kj_tren_spec tren;
    kj_heatmap_spec heatmap;
    kj_skm_spec skm;
    kj_sebaran_spec sebaran;
    kj_profil_spec profil;
    kj_kendali_spec kendali;
    kj_kesetaraan_spec kesetaraan;
  } spec;     /* the member named by kind */
  void **own; /* allocations the spec and texts point into (internal) */
  size_t n_own, cap_own;
} kj_figure;

/* Every builder below fills *out (which it first zeroes) and returns KJ_OK,
 * or returns KJ_DATA with a message when the analysis has nothing the chart
 * could honestly show (e.g. no SKM data in the year) and KJ_INTERNAL for an
 * argument out of range (a bug); *out is then empty and safe to free.
 * Names come from the analysis (OPD nama, singkatan as short name). */

/* Peringkat: one bar per OPD of measure `ukuran` (KJ_UK_IKP, KJ_UK_CAPAIAN or
 * KJ_UK_NILAI + kj_nilai) with its 95 % CI, sorted by the mean, the city mean
 * as a reference line; OPD with n below min_kelompok (or no value) greyed.
 * OPD without any employee in Y are left out. Stem "kota_peringkat_<name>". */
kj_status kj_fig_peringkat(const kj_analysis *r, int ukuran, kj_lang lang, kj_figure *out,
                           kj_error *err);

/* Kesetaraan: the adjusted IKP gap of every fairness contrast of §13 with
 * its 95 % CI, the kesetaraan_min band, TIDAK_SETARA gaps highlighted.
 * KJ_DATA when no contrast could be computed. Stem "kota_kesetaraan". */
kj_status kj_fig_kesetaraan(const kj_analysis *r, kj_lang lang, kj_figure *out, kj_error *err);

/* Distribusi: 100 % stacked predikat bars of every OPD with employees in Y,
 * the rules of its organisation predikat (from r->params.kurva) with
 * PASS/FAIL and the minimum changes of the engine; ordered by the share of
 * Sangat Baik (highest first, ties by code). Stem "kota_distribusi". */
kj_status kj_fig_distribusi(const kj_analysis *r, kj_lang lang, kj_figure *out, kj_error *err);

/* Kurva of OPD `opd` (0..n_opd-1): its predikat counts against its required
 * curve and the city's shares; the chi-square against the city in the note.
 * Stem "opd_<kode>_kurva". */
kj_status kj_fig_kurva(const kj_analysis *r, int opd, kj_lang lang, kj_figure *out, kj_error *err);

/* Tren of measure `ukuran`: the city's period means with their 95 % CI band
 * and up to four OPD: the highest and the lowest mean in Y, and the most
 * significant falling and rising trend (so a declining OPD shows up),
 * without repeats. Periods: those of the city's series type (monthly in
 * e-Kinerja practice) with city data. KJ_DATA when no period has data.
 * Stem "kota_tren_<name>". */
kj_status kj_fig_tren(const kj_analysis *r, int ukuran, kj_lang lang, kj_figure *out,
                      kj_error *err);

/* Heatmap of Cohen's d, OPD (rows, by name) x dimension (the nine measures,
 * then the SKM unsur when any OPD has survey data), with the KEKUATAN /
 * KELEMAHAN labels of the engine. Stem "kota_heatmap". */
kj_status kj_fig_heatmap(const kj_analysis *r, kj_lang lang, kj_figure *out, kj_error *err);

/* SKM: NRR per unsur with its 95 % interval and the grade thresholds (IKM
 * cut-offs converted to the NRR scale with skm_bobot) for service unit
 * `unit` (index into r->unit, with
 * an entry in skm_unit), or for the city when unit < 0 (skm_opd[KOTA]).
 * KJ_DATA when that unit (or the city) has no survey in Y. Stems
 * "kota_skm" and "unit_<kode>_skm". */
kj_status kj_fig_skm(const kj_analysis *r, int unit, kj_lang lang, kj_figure *out, kj_error *err);

/* Sebaran: IKM against mean IKP of every unit in r->skm_ikp, flagged units
 * labelled, the OLS line and the flag cut-offs (IKP z = +1, IKM z = -1) of
 * r->skm_garis, Pearson r with its CI and Spearman rho of the engine's
 * association "skm_ikm_ikp". KJ_DATA without any such unit.
 * Stem "kota_sebaran". */
kj_status kj_fig_sebaran(const kj_analysis *r, kj_lang lang, kj_figure *out, kj_error *err);

/* Profil of OPD `opd`: its mean BerAKHLAK scores with 95 % CI against the
 * city's; greyed when the OPD is under min_kelompok. KJ_DATA when the city
 * has no BerAKHLAK scores in Y. Stem "opd_<kode>_profil". */
kj_status kj_fig_profil(const kj_analysis *r, int opd, kj_lang lang, kj_figure *out, kj_error *err);

/* Draws figure f in format fmt: to path (written atomically) when path is
 * not NULL, else into res->data. res may be NULL when path is set; what it
 * receives is released with kj_chart_result_free. Returns the chart
 * library's status (KJ_DATA for a spec it rejects, KJ_IO, KJ_INTERNAL). */
struct kj_bulanan;
/* The control chart (kind kendali) of OPD o (KJ_KOTA(b->r) for the city) of a
 * monthly monitoring result (analysis/bulanan.h): months P-12 .. P. */
kj_status kj_fig_kendali(const struct kj_bulanan *b, int o, kj_lang lang, kj_figure *out,
                         kj_error *err);
kj_status kj_figure_render(const kj_figure *f, kj_chart_format fmt, const char *path,
                           kj_chart_result *res, kj_error *err);

/* Releases what f owns and zeroes it. NULL-safe; accepts a half-built or
 * already freed figure. */
void kj_figure_free(kj_figure *f);

/* ---- every chart ------------------------------------------------------- */

typedef struct kj_figure_list {
  int n;
  kj_figure *f; /* city charts first (peringkat IKP and capaian, distribusi, tren, heatmap,
                   skm of the city, sebaran), then per OPD by code (profil, kurva), then
                   per SKM unit by code (skm); stems are unique (case-insensitively) */
  int n_skipped;
  char **skipped; /* one line per chart not drawn and why ("kota_sebaran: no unit has ...") */
} kj_figure_list;

/* Builds every chart of the `charts` command in lang. A chart the data
 * cannot support (no SKM survey, no BerAKHLAK scores) is not an error: it
 * goes to out->skipped with the reason. OPD without employees in Y get no
 * per-OPD chart. Returns KJ_OK, or the first builder error other than
 * KJ_DATA (a bug); out is then empty. */
kj_status kj_figures_all(const kj_analysis *r, kj_lang lang, kj_figure_list *out, kj_error *err);

/* The control charts of a monthly monitoring result: the city's, then each
 * OPD's by code (stems kota_kendali, opd_<kode>_kendali); an OPD with no
 * month of at least min_kelompok rated employees is skipped with the reason. */
kj_status kj_figures_bulanan(const struct kj_bulanan *b, kj_lang lang, kj_figure_list *out,
                             kj_error *err);

/* The figure with this stem, or NULL. */
const kj_figure *kj_figure_list_find(const kj_figure_list *l, const char *stem);

/* Releases the list and its figures and zeroes it. NULL-safe. */
void kj_figure_list_free(kj_figure_list *l);

#endif
