@echo off
rem jalankan-demo.bat - menjalankan kinerja pada data demo (Kota Padangsidimpuan
rem sintetis, seed 7), sama seperti ./run.sh di Linux. Semua hasil ditulis ke
rem folder "hasil-demo" di samping file ini; briefing pimpinan dibuka di akhir.
setlocal
rem "if errorlevel 1" after each step rather than "||": older cmd versions
rem (and wine's) do not always carry the exit status through "||".
chcp 65001 >nul
cd /d "%~dp0"
set "HASIL=%~dp0hasil-demo"
if not exist "%HASIL%" mkdir "%HASIL%"
set "KINERJA_DB=%HASIL%\kinerja.db"
for %%F in ("%KINERJA_DB%" "%KINERJA_DB%-wal" "%KINERJA_DB%-shm") do if exist %%F del %%F

echo [1/7] Menyiapkan basis data...
kinerja.exe init
if errorlevel 1 goto gagal
echo [2/7] Membuat dan memuat data demo...
kinerja.exe demo --seed 7 --csv-dir "%HASIL%\data-demo"
if errorlevel 1 goto gagal
kinerja.exe summary
if errorlevel 1 goto gagal
echo [3/7] Tabel ekspor (CSV)...
kinerja.exe --quiet export --out "%HASIL%\tabel"
if errorlevel 1 goto gagal
echo [4/7] Grafik...
kinerja.exe --quiet charts --out "%HASIL%\grafik"
if errorlevel 1 goto gagal
echo [5/7] Studi tahunan...
kinerja.exe report study --out "%HASIL%\studi.xlsx"
if errorlevel 1 goto gagal
echo [6/7] Contoh Rapor OPD (DLH)...
kinerja.exe report opd --unit DLH --out "%HASIL%\rapor_DLH.xlsx"
if errorlevel 1 goto gagal
echo [7/7] Briefing pimpinan...
kinerja.exe report briefing --out "%HASIL%\briefing.xlsx"
if errorlevel 1 goto gagal

echo.
echo Selesai. Hasil ada di folder: %HASIL%
if not defined KINERJA_TANPA_BUKA start "" "%HASIL%\briefing.xlsx"
if not defined KINERJA_TANPA_BUKA pause
exit /b 0

:gagal
set "KODE=%ERRORLEVEL%"
echo.
echo GAGAL (kode %KODE%). Baca pesan di atas; lihat juga README-Windows.txt.
if not defined KINERJA_TANPA_BUKA pause
exit /b %KODE%
