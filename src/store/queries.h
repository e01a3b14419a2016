/* queries.h — SQL embedded from queries/ at build time.
 *
 * cmake/embed_sql.cmake turns queries/NAME.sql into an entry {"NAME", text};
 * sub-directories keep their path ("analysis/ikp_pegawai").
 */
#ifndef KJ_QUERIES_H
#define KJ_QUERIES_H

typedef struct kj_query_entry {
  const char *name; /* path under queries/ without ".sql" */
  const char *sql;  /* NUL-terminated file contents */
} kj_query_entry;

extern const kj_query_entry kj_query_table[]; /* ends with {NULL, NULL} */

/* The text of queries/NAME.sql, or NULL when there is no such file. */
const char *kj_query(const char *name);

#endif
