-- atasan.sql — each employee's direct supervisor (leader of §10a, the
-- fallback evaluator of §14).
-- Parameters: none. Result: nip, nip_atasan (may be NULL); ordered by nip.
SELECT nip, nip_atasan FROM pegawai ORDER BY nip;
