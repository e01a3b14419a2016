-- ekinerja_ikp_any.sql — whether any weighted IKP (skp_ganda = bulan) is stored.
-- Parameters: none. Result: one row, 1 or 0.
SELECT EXISTS (SELECT 1 FROM penilaian_ikp);
