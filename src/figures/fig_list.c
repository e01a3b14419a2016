/* fig_list.c — every chart of the `charts` command, in one list.
 *
 * The command writes the list to files and the workbooks pick figures from
 * it by stem, so both draw the same charts from the same specs. A chart the
 * data cannot support is skipped with its reason rather than drawn empty;
 * a builder failing for any other reason is a bug and stops the list.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analysis/bulanan.h"
#include "figures/fig_int.h"
#include "util/xalloc.h"

typedef struct list_b {
  kj_figure_list *l;
  int cap;
} list_b;

static kj_figure *slot(list_b *b) {
  if (b->l->n == b->cap) {
    b->cap = b->cap ? 2 * b->cap : 32;
    b->l->f = xreallocarray(b->l->f, (size_t)b->cap, sizeof *b->l->f);
  }
  return &b->l->f[b->l->n];
}

static void skip(kj_figure_list *l, const char *what, const char *why) {
  l->skipped = xreallocarray(l->skipped, (size_t)l->n_skipped + 1, sizeof *l->skipped);
  l->skipped[l->n_skipped++] = xasprintf("%s: %s", what, why);
}

/* Two unit codes can map to the same safe file name ("A/B", "A_B"), and
 * file systems may ignore case: number the later ones. */
static void unique_stem(kj_figure_list *l, kj_figure *f) {
  char base[sizeof f->stem];
  memcpy(base, f->stem, sizeof base);
  for (int k = 2;; k++) {
    int clash = 0;
    for (int i = 0; i < l->n && !clash; i++) clash = strcasecmp(l->f[i].stem, f->stem) == 0;
    if (!clash) return;
    snprintf(f->stem, sizeof f->stem, "%.80s_%d", base, k);
  }
}

/* Keeps the figure just built in slot(b), or records why there is none. */
static kj_status take(list_b *b, kj_status st, const char *what, kj_error *e, kj_error *err) {
  kj_figure *f = &b->l->f[b->l->n];
  if (st == KJ_OK) {
    unique_stem(b->l, f);
    b->l->n++;
    return KJ_OK;
  }
  kj_figure_free(f);
  if (st == KJ_DATA) {
    skip(b->l, what, e->msg);
    kj_error_clear(e);
    return KJ_OK;
  }
  return kj_fail(err, st, "%s", e->msg);
}

static kj_status city(list_b *b, const kj_analysis *r, kj_lang lang, kj_error *err) {
  kj_error e = {0};
  kj_status st = KJ_OK;
  if (st == KJ_OK)
    st = take(b, kj_fig_peringkat(r, KJ_UK_IKP, lang, slot(b), &e), "kota_peringkat_ikp", &e, err);
  if (st == KJ_OK)
    st = take(b, kj_fig_peringkat(r, KJ_UK_CAPAIAN, lang, slot(b), &e), "kota_peringkat_capaian",
              &e, err);
  if (st == KJ_OK)
    st = take(b, kj_fig_distribusi(r, lang, slot(b), &e), "kota_distribusi", &e, err);
  if (st == KJ_OK)
    st = take(b, kj_fig_tren(r, KJ_UK_IKP, lang, slot(b), &e), "kota_tren_ikp", &e, err);
  if (st == KJ_OK) st = take(b, kj_fig_heatmap(r, lang, slot(b), &e), "kota_heatmap", &e, err);
  if (st == KJ_OK) st = take(b, kj_fig_skm(r, -1, lang, slot(b), &e), "kota_skm", &e, err);
  if (st == KJ_OK) st = take(b, kj_fig_sebaran(r, lang, slot(b), &e), "kota_sebaran", &e, err);
  if (st == KJ_OK)
    st = take(b, kj_fig_kesetaraan(r, lang, slot(b), &e), "kota_kesetaraan", &e, err);
  return st;
}

kj_status kj_figures_all(const kj_analysis *r, kj_lang lang, kj_figure_list *out, kj_error *err) {
  memset(out, 0, sizeof *out);
  list_b b = {out, 0};
  kj_error e = {0};
  char what[160];
  kj_status st = city(&b, r, lang, err);
  for (int o = 0; o < r->n_opd && st == KJ_OK; o++) {
    if (!fig_opd_present(r, o)) {
      snprintf(what, sizeof what, "opd %s", r->opd[o].kode);
      char why[96];
      snprintf(why, sizeof why, "no employee in %d, no OPD chart", r->tahun);
      skip(out, what, why);
      continue;
    }
    snprintf(what, sizeof what, "opd %s profil", r->opd[o].kode);
    st = take(&b, kj_fig_profil(r, o, lang, slot(&b), &e), what, &e, err);
    if (st != KJ_OK) break;
    snprintf(what, sizeof what, "opd %s kurva", r->opd[o].kode);
    st = take(&b, kj_fig_kurva(r, o, lang, slot(&b), &e), what, &e, err);
  }
  for (size_t i = 0; i < r->n_skm_unit && st == KJ_OK; i++) {
    int u = r->skm_unit[i].unit;
    snprintf(what, sizeof what, "unit %s skm", r->unit[u].kode);
    st = take(&b, kj_fig_skm(r, u, lang, slot(&b), &e), what, &e, err);
  }
  if (st != KJ_OK) kj_figure_list_free(out);
  return st;
}

kj_status kj_figures_bulanan(const struct kj_bulanan *b, kj_lang lang, kj_figure_list *out,
                             kj_error *err) {
  memset(out, 0, sizeof *out);
  list_b lb = {out, 0};
  kj_error e = {0};
  char what[160];
  const kj_analysis *r = b->r;
  kj_status st = KJ_OK;
  for (int i = 0; i <= r->n_opd && st == KJ_OK; i++) {
    int o = i == 0 ? KJ_KOTA(r) : i - 1; /* the city first, then the OPD by code */
    snprintf(what, sizeof what, "%s%s kendali", o == KJ_KOTA(r) ? "kota" : "opd ",
             o == KJ_KOTA(r) ? "" : r->opd[o].kode);
    st = take(&lb, kj_fig_kendali(b, o, lang, slot(&lb), &e), what, &e, err);
  }
  if (st != KJ_OK) kj_figure_list_free(out);
  return st;
}

const kj_figure *kj_figure_list_find(const kj_figure_list *l, const char *stem) {
  for (int i = 0; l && stem && i < l->n; i++)
    if (strcmp(l->f[i].stem, stem) == 0) return &l->f[i];
  return NULL;
}

void kj_figure_list_free(kj_figure_list *l) {
  if (!l) return;
  for (int i = 0; i < l->n; i++) kj_figure_free(&l->f[i]);
  free(l->f);
  for (int i = 0; i < l->n_skipped; i++) free(l->skipped[i]);
  free(l->skipped);
  memset(l, 0, sizeof *l);
}
