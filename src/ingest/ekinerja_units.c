/* ekinerja_units.c — the units of an e-Kinerja export: each row names its
 * OPD (skp_unor_induk) and its unit (skp_unor) in words, never by code.
 *
 * A name is first matched to a unit already in the database, so a city that
 * imported its own unit.csv keeps its codes: the OPD by its name key (a
 * top-level unit preferred, else any unit whose name is unique), the unit by
 * its name key among the units under that OPD only — names such as "Sub
 * Bagian Umum dan Kepegawaian" repeat in every OPD. A name that matches
 * nothing becomes a new unit with a code derived from the names alone
 * (kj_ekinerja_unit_code), so the same export gives the same codes on any
 * machine, and importing it again finds the units it created by name.
 * Units are registered with the loader at once (later rows and the roster
 * refer to them); they are written to the database by ekj_units_write,
 * before any employee.
 */
#include "ingest/ekinerja_int.h"
#include "ingest/pipe.h"

#define KEY_CAP 256

static int is_alnum_ascii(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

void kj_ekinerja_name_key(const char *name, char *out, size_t cap) {
  size_t j = 0;
  int sep = 0;
  const unsigned char *p = (const unsigned char *)name;
  for (; *p && j + 3 < cap; p++) {
    if (p[0] == 0xC2 && p[1] == 0xA0) { /* no-break space */
      sep = 1;
      p++;
      continue;
    }
    if (!is_alnum_ascii(*p) && *p < 0x80) {
      sep = 1;
      continue;
    }
    if (sep && j) out[j++] = ' ';
    sep = 0;
    out[j++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
  }
  out[j] = '\0';
}

static uint32_t fnv1a(const char *s, uint32_t h) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    h ^= *p;
    h *= 16777619u;
  }
  return h;
}

void kj_ekinerja_unit_code(const char *name, const char *opd_name, char out[33]) {
  char key[KEY_CAP], slug[KEY_CAP];
  kj_ekinerja_name_key(name, key, sizeof key);
  size_t n = 0;
  for (const char *p = key; *p; p++) {
    if (is_alnum_ascii((unsigned char)*p))
      slug[n++] = *p;
    else if (*p == ' ' && n && slug[n - 1] != '_')
      slug[n++] = '_';
  }
  slug[n] = '\0';
  if (n > 23) { /* cut at the last word boundary, unless that leaves too little */
    size_t cut = 23;
    while (cut > 12 && slug[cut] != '_') cut--;
    n = slug[cut] == '_' ? cut : 23;
  }
  while (n && slug[n - 1] == '_') n--;
  slug[n] = '\0';
  uint32_t h = 2166136261u;
  if (opd_name) {
    char ok[KEY_CAP];
    kj_ekinerja_name_key(opd_name, ok, sizeof ok);
    h = fnv1a("/", fnv1a(ok, h));
  }
  h = fnv1a(key, h);
  snprintf(out, 33, "%.23s-%08X", n ? slug : "UNIT", (unsigned)h);
}

/* "OPD code\x1f" + key, the index of sub-units. */
static void sub_key(const ekj_state *S, int opd, const char *key, char *out, size_t cap) {
  snprintf(out, cap, "%s\x1f%s", S->L->units[opd].code, key);
}

static void register_name(ekj_state *S, int idx, const char *key) {
  kj_loader *L = S->L;
  int32_t cur;
  /* names arrive in code order: the first top-level unit of a name wins */
  if (L->units[idx].parent < 0 && !kj_strmap_get(&S->opd_by_name, key, &cur))
    kj_strmap_put(&S->opd_by_name, key, idx);
  if (!kj_strmap_get(&S->any_by_name, key, &cur))
    kj_strmap_put(&S->any_by_name, key, idx);
  else if (cur != idx)
    kj_strmap_put(&S->any_by_name, key, -2);
  int opd = kj_loader_opd_of(L, idx);
  if (opd != idx) {
    char k2[KEY_CAP + 40];
    sub_key(S, opd, key, k2, sizeof k2);
    if (!kj_strmap_get(&S->sub_by_name, k2, &cur)) kj_strmap_put(&S->sub_by_name, k2, idx);
  }
}

kj_status ekj_units_load(ekj_state *S, kj_error *err) {
  kj_stmt *q = NULL;
  kj_status s = kj_store_prepare_query(S->L->store, "ingest/known_unit_names", &q, err);
  if (s != KJ_OK) return s;
  kj_step r;
  char key[KEY_CAP];
  while ((r = kj_stmt_step(q, err)) == KJ_STEP_ROW) {
    int idx = kj_loader_find_unit(S->L, kj_stmt_text(q, 0));
    kj_ekinerja_name_key(kj_stmt_text(q, 1), key, sizeof key);
    if (idx >= 0 && key[0]) register_name(S, idx, key);
  }
  kj_stmt_free(q);
  return r == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static int guess_jenis(const char *name) {
  int j = kj_enum_parse(&kj_enum_jenis_unit, name);
  if (j >= 0) return j;
  char w[40];
  size_t n = strcspn(name, " \t");
  snprintf(w, sizeof w, "%.*s", (int)(n < sizeof w - 1 ? n : sizeof w - 1), name);
  return kj_enum_parse(&kj_enum_jenis_unit, w);
}

static int create(ekj_state *S, const char *name, const char *key, const char *opd_name,
                  int parent) {
  kj_loader *L = S->L;
  char code[33];
  kj_ekinerja_unit_code(name, opd_name, code);
  int idx = kj_loader_find_unit(L, code);
  if (idx < 0) { /* else: made by an earlier import from this name, renamed since */
    idx = kj_loader_add_unit(L, code, parent, 0);
    if (S->nnew == S->new_cap) {
      S->new_cap = S->new_cap ? S->new_cap * 2 : 64;
      S->newunits = xreallocarray(S->newunits, (size_t)S->new_cap, sizeof *S->newunits);
    }
    S->newunits[S->nnew++] = (ekj_newunit){idx, xstrdup(name), guess_jenis(name)};
  }
  if (parent < 0) {
    kj_strmap_put(&S->opd_by_name, key, idx);
  } else {
    char k2[KEY_CAP + 40];
    sub_key(S, kj_loader_opd_of(L, parent), key, k2, sizeof k2);
    kj_strmap_put(&S->sub_by_name, k2, idx);
  }
  return idx;
}

int ekj_unit_of(ekj_state *S, const char *induk, const char *unor) {
  char ik[KEY_CAP], uk[KEY_CAP], k2[KEY_CAP + 40];
  if (induk) kj_ekinerja_name_key(induk, ik, sizeof ik);
  if (!induk || !ik[0]) { /* no OPD given: the unit stands alone */
    induk = unor;
    unor = NULL;
    if (!induk) return -1;
    kj_ekinerja_name_key(induk, ik, sizeof ik);
    if (!ik[0]) return -1;
  }
  int32_t opd;
  if (!kj_strmap_get(&S->opd_by_name, ik, &opd) &&
      !(kj_strmap_get(&S->any_by_name, ik, &opd) && opd >= 0))
    opd = create(S, induk, ik, NULL, -1);
  if (unor) kj_ekinerja_name_key(unor, uk, sizeof uk);
  if (!unor || !uk[0] || strcmp(uk, ik) == 0) return opd;
  int32_t u;
  sub_key(S, kj_loader_opd_of(S->L, opd), uk, k2, sizeof k2);
  if (kj_strmap_get(&S->sub_by_name, k2, &u)) return u;
  return create(S, unor, uk, induk, opd);
}

kj_status ekj_units_write(ekj_state *S, long *created, kj_error *err) {
  kj_loader *L = S->L;
  *created = 0;
  if (!S->nnew) return KJ_OK;
  kj_status s = L->pipe ? kj_pipe_drain(L->pipe, err) : KJ_OK;
  kj_upsert up;
  if (s == KJ_OK) s = kj_upsert_prepare(L->store, "unit", 7, &up, err);
  if (s != KJ_OK) return s;
  kj_import_file_result counts = {0}, *saved = L->res;
  L->res = &counts;
  for (int i = 0; s == KJ_OK && i < S->nnew; i++) {
    const ekj_newunit *n = &S->newunits[i];
    int parent = L->units[n->idx].parent;
    kj_value v[7] = {kj_v_text(L->units[n->idx].code),
                     kj_v_text(n->name),
                     kj_v_null(),
                     n->jenis >= 0 ? kj_v_text(kj_enum_canon(&kj_enum_jenis_unit, n->jenis))
                                   : kj_v_null(),
                     parent >= 0 ? kj_v_text(L->units[parent].code) : kj_v_null(),
                     kj_v_null(),
                     kj_v_null()};
    s = kj_upsert_run(L, &up, v, err);
  }
  if (L->pipe) {
    kj_status ds = kj_pipe_drain(L->pipe, s == KJ_OK ? err : NULL);
    if (s == KJ_OK) s = ds;
  }
  kj_upsert_free(&up);
  L->res = saved;
  *created = counts.inserted;
  return s;
}

void ekj_units_free(ekj_state *S) {
  for (int i = 0; i < S->nnew; i++) free(S->newunits[i].name);
  free(S->newunits);
  kj_strmap_free(&S->opd_by_name);
  kj_strmap_free(&S->any_by_name);
  kj_strmap_free(&S->sub_by_name);
}
