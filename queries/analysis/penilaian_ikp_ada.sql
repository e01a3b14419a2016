-- penilaian_ikp_ada.sql — whether any record of the years has a weighted IKP
-- of several SKPs (skp_ganda = bulan), i.e. whether analysis/penilaian.sql
-- needs its join.
-- Parameters: ?1 first year, ?2 last year. Result: one row, 0 or 1.
SELECT EXISTS (SELECT 1 FROM penilaian_ikp WHERE tahun BETWEEN ?1 AND ?2);
