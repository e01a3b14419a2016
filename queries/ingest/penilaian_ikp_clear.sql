-- penilaian_ikp_clear.sql — an employee-period whose result now comes from one
-- SKP, or from a policy other than skp_ganda = bulan, loses its weighted IKP.
-- Parameters: ?1 nip, ?2 periode. Result: none.
DELETE FROM penilaian_ikp WHERE nip = ?1 AND periode = ?2;
