/* commands.c — the registration table of subcommands (one cmd_*.c each). */
#include "cli/commands.h"

const kj_command kj_commands[] = {
    {"init", "create an empty database (or upgrade an older one)",
     "Usage: kinerja [--db FILE] init\n\n"
     "Creates the database with the current schema. An existing database made by\n"
     "an older kinerja is upgraded in one transaction; a newer one is refused.\n",
     kj_cmd_init},
    {"import", "load input files (CSV kinds of data.md, e-Kinerja exports)",
     "Usage: kinerja [--db FILE] [--config FILE] import [--kind K]\n"
     "                [--format native|ekinerja|skm-form] [--periode P] [--unit CODE]\n"
     "                [--dry-run] [--max-errors N] [--sheet NAME] FILE...\n\n"
     "Loads the files in one transaction: either every file loads or the database is\n"
     "left exactly as it was (exit status 2). The kind of each file (unit, pegawai,\n"
     "kinerja_organisasi, penilaian, capaian, perilaku, skm, umpan_balik) is detected\n"
     "from its header; files may be given in any order. Records whose key exists are\n"
     "replaced; importing the same files twice changes nothing.\n\n"
     "  --kind K          force the kind of every file\n"
     "  --format F        native (default: CSV files, or an .xlsx with one sheet per\n"
     "                    kind), ekinerja (e-Kinerja BKN .xlsx/.csv export) or skm-form\n"
     "                    (an SKM survey-form export, .xlsx/.csv)\n"
     "  --dry-run         validate and report, change nothing\n"
     "  --max-errors N    print at most N errors (default 20), then a count\n"
     "  --sheet NAME      the worksheet to read from an .xlsx file (default: the first)\n"
     "  --periode P       ekinerja: the evaluation period of every row (2025-04, 2025-TW2,\n"
     "                    2025); default from a bulan column, the 'Periode :' line, or\n"
     "                    the SKP dates. skm-form: the period of every response\n"
     "                    (default: the quarter of its timestamp)\n"
     "  --unit CODE       skm-form: the unit surveyed (default: a Unit column)\n\n"
     "e-Kinerja: several SKPs of one employee for one period (mutasi, promosi) are all\n"
     "kept; the period's result follows skp_ganda in kinerja.ini ([impor]).\n",
     kj_cmd_import},
    {"demo", "generate the demo dataset (a synthetic Kota Padangsidimpuan) and load it",
     "Usage: kinerja [--db FILE] demo [--seed N] [--employees N] [--from YYYY] [--to YYYY]\n"
     "                            [--csv-dir DIR] [--no-effects]\n\n"
     "Generates a realistic synthetic city government shaped like Kota Padangsidimpuan\n"
     "(34 OPD with schools, puskesmas, kelurahan and UPT; monthly and annual appraisals,\n"
     "indicators, BerAKHLAK scores, SKM surveys, feedback events, organisation\n"
     "predikat) with a few planted effects (doc/demo-data.md), writes it as CSV files\n"
     "in the data contract format, and imports them. The same options always give\n"
     "byte-identical files.\n\n"
     "  --seed N        random seed, 0..4294967295 (default 7)\n"
     "  --employees N   employees in the roster, 200..1000000 (default 4800)\n"
     "  --from YYYY     first year (default 2023; alone: a three-year window)\n"
     "  --to YYYY       last year (default 2025; alone: a three-year window)\n"
     "  --csv-dir DIR   where the CSV files go (default demo-data)\n"
     "  --no-effects    the same city with nothing planted: every OPD, unit, evaluator,\n"
     "                  year and group draws from one distribution (tests of false findings)\n",
     kj_cmd_demo},
    {"summary", "the key findings of a year on the terminal (or as JSON)",
     "Usage: kinerja [--db FILE] [--config FILE] summary [--year Y] [--json] [--lang id|en]\n"
     "                                                   [--min-group N]\n\n"
     "Prints the key findings of year Y (default: the latest year with appraisals):\n"
     "city figures, the OPD ranking, strengths and weaknesses, curve compliance,\n"
     "trends, public satisfaction, evaluators, data quality and leader feedback.\n"
     "Exit status 2 when the year has no appraisal data, 3 without a database.\n\n"
     "  --year Y        analysis year\n"
     "  --json          the same findings and their figures as one JSON document\n"
     "  --lang L        id (Bahasa Indonesia, default) or en\n"
     "  --min-group N   smallest group shown with figures (overrides min_kelompok)\n",
     kj_cmd_summary},
    {"export", "every computed table as tidy CSV (analytics.md section 12)",
     "Usage: kinerja [--db FILE] [--config FILE] export [--year Y] [--min-group N] --out DIR\n"
     "       kinerja [--db FILE] [--config FILE] export --periode YYYY-MM [--min-group N] --out DIR\n\n"
     "Writes one CSV file per table (pegawai_tahun, opd_ukuran, opd_predikat,\n"
     "kekuatan_kelemahan, tren, tahun_ke_tahun, kurva, skm, skm_ikp, penilai,\n"
     "teladan, pembinaan, kualitas_data, umpan_balik and a few more) into DIR:\n"
     "comma-separated, '.' decimals, full precision, empty cells for values that\n"
     "are not computed. Columns: doc/export-tables.md.\n\n"
     "  --year Y        analysis year (default: the latest year with appraisals)\n"
     "  --periode P     instead: the monthly monitoring tables bulanan_*.csv of month P\n"
     "                  (analytics.md section 14; alias --period; not with --year)\n"
     "  --out DIR       output directory (created when missing)\n"
     "  --min-group N   smallest group shown with figures (overrides min_kelompok)\n",
     kj_cmd_export},
    {"check", "data-quality findings on the terminal (exit 0 even with findings)",
     "Usage: kinerja [--db FILE] [--config FILE] check [--year Y] [--lang id|en] [--min-group N]\n\n"
     "Completeness and timeliness of appraisals per OPD and period, and the\n"
     "consistency findings (predikat that disagree with the matrix, self-rating,\n"
     "evaluators outside the roster, OPD without organisation predikat, SKM units\n"
     "under the minimum, employees without any appraisal). First it runs SQLite's\n"
     "PRAGMA integrity_check over the whole database; a damaged file exits 4.\n\n"
     "  --year Y        analysis year (default: the latest year with appraisals)\n"
     "  --lang L        id (default) or en\n"
     "  --min-group N   overrides min_kelompok\n",
     kj_cmd_check},
    {"template", "an Excel workbook for entering data by hand (one sheet per input kind)",
     "Usage: kinerja [--db FILE] template [--lang id|en] --out FILE.xlsx\n\n"
     "Writes a data-entry workbook: a Petunjuk sheet (what each sheet is for, the\n"
     "rules in plain words, an example row per kind) and one sheet per input kind\n"
     "headed with exactly its columns, each header cell with a note, NIP, unit and\n"
     "period columns formatted as text, dropdowns of the allowed values and range\n"
     "checks. With an existing database (--db) its units feed a dropdown on every\n"
     "unit column (sheet _unit). Fill it in and load it with kinerja import FILE.xlsx.\n\n"
     "  --lang id|en    language of the notes and the Petunjuk sheet (default id)\n"
     "  --out FILE      the workbook to write\n",
     kj_cmd_template},
    {"config", "print the effective parameters as a kinerja.ini file",
     "Usage: kinerja [--config FILE] config\n\n"
     "Prints every analysis parameter (analytics.md) with its effective value: the\n"
     "defaults, overridden by --config FILE or by ./kinerja.ini when present. The\n"
     "output is a valid INI file; save it as kinerja.ini to start your own.\n",
     kj_cmd_config},
    {"charts", "every chart of the analysis year as a PNG, SVG or PDF file",
     "Usage: kinerja [--db FILE] [--config FILE] charts [--year Y] [--format png|svg|pdf]\n"
     "                       [--lang id|en] [--min-group N] --out DIR\n\n"
     "Draws every chart of year Y into DIR: the OPD rankings (IKP, capaian), the\n"
     "predikat distribution against the required curve, the trend, the strengths\n"
     "and weaknesses heatmap, the city's SKM and the IKM-IKP scatter (kota_*),\n"
     "each OPD's BerAKHLAK profile and curve (opd_KODE_*), and the SKM of each\n"
     "service unit (unit_KODE_*). File names come from unit codes; every file is\n"
     "written to a temporary file and renamed into place. PNG is drawn at 2x scale.\n"
     "Charts the data cannot support (e.g. no SKM survey) are skipped and listed.\n\n"
     "  --year Y        analysis year (default: the latest year with appraisals)\n"
     "  --format F      png (default), svg or pdf\n"
     "  --lang L        id (default) or en: language of the text in the charts\n"
     "  --min-group N   smallest group shown with figures (default min_kelompok, 5)\n"
     "  --out DIR       where the files go (created when missing)\n",
     kj_cmd_charts},
    {"report", "the report workbooks (.xlsx): report briefing, opd, study, bulanan",
     "Usage: kinerja [--db FILE] [--config FILE] report KIND [OPTIONS]\n\n"
     "Writes a report workbook (reports.md). The file is written to a temporary file\n"
     "next to it and renamed into place, so an interrupted run never leaves a broken\n"
     "workbook and never damages an existing one. Text is in Bahasa Indonesia, or\n"
     "English with --lang en. The same database, config and options always give a\n"
     "byte-identical file (its date is the newest record's date, not the clock).\n\n"
     "kinerja report briefing [--year Y] [--lang id|en] [--anonymize] [--min-group N]\n"
     "                        --out FILE.xlsx\n"
     "  The leadership briefing (Briefing Pimpinan) of year Y for the Wali Kota, the\n"
     "  Sekda and the heads of OPD: summary with findings, OPD ranking, strengths and\n"
     "  weaknesses, trends, predikat distribution against the required curve, public\n"
     "  satisfaction, leader feedback, role models, coaching list, data quality and\n"
     "  methodology.\n"
     "  --year Y        analysis year (default: the latest year with appraisals)\n"
     "  --lang L        id (default) or en\n"
     "  --anonymize     replace names and NIPs of individuals by pseudonyms\n"
     "                  (\"Pegawai 0042\", the same for the same NIP)\n"
     "  --min-group N   smallest group shown with figures (default min_kelompok, 5)\n"
     "  --out FILE      the workbook to write (.xlsx)\n\n"
     "kinerja report opd --unit CODE | --all [--year Y] [--lang id|en] [--anonymize]\n"
     "                   [--min-group N] --out FILE.xlsx|DIR\n"
     "  The Rapor OPD of year Y for the head of one OPD (--unit) or of every OPD with\n"
     "  rated staff (--all, one workbook each): its figures next to the city's,\n"
     "  sub-units, BerAKHLAK profile, trend, weakest indicators, evaluators (named\n"
     "  unless --anonymize), role models, coaching list, SKM units, data quality.\n"
     "  --unit CODE     the OPD's code (any case)\n"
     "  --all           every OPD; --out is then a directory (created when missing)\n"
     "                  and the files are named rapor_<code>_<year>.xlsx\n"
     "  --out PATH      the workbook, or a directory to put rapor_<code>_<year>.xlsx in\n"
     "  (--year, --lang, --anonymize, --min-group as for briefing)\n\n"
     "kinerja report study [--from Y1] [--to Y2] [--lang id|en] [--anonymize]\n"
     "                     [--min-group N] --out FILE.xlsx\n"
     "  The annual evaluation study (Studi Evaluasi Tahunan): the years Y1..Y2 side by\n"
     "  side, city and OPD series (merged units under their successors), trends,\n"
     "  year-over-year tests, ANOVA and chi-square across OPD per year, curve\n"
     "  compliance, SKM and evaluators per year, and the export tables of every year\n"
     "  as appendix sheets.\n"
     "  --from Y1       first year (default: the first year with appraisals)\n"
     "  --to Y2         last year (default: the last year with appraisals)\n"
     "  (--lang, --anonymize, --min-group, --out FILE as for briefing)\n\n"
     "kinerja report bulanan [--periode YYYY-MM] [--lang id|en] [--anonymize]\n"
     "                       [--min-group N] --out FILE.xlsx|DIR\n"
     "  The monthly monitoring (Pemantauan Bulanan) of month P for the BKPSDM, run a\n"
     "  few days after each e-Kinerja export: completeness and timeliness per OPD\n"
     "  against the previous month and a year earlier, who is not yet rated and by\n"
     "  whom, evaluators late repeatedly, a control chart of monthly IKP per OPD,\n"
     "  early warnings, high performers without appreciation, and the five most\n"
     "  urgent actions (also printed on the terminal).\n"
     "  --periode P     the month (alias --period; default: the latest month with\n"
     "                  monthly appraisals)\n"
     "  --out PATH      the workbook, or an existing directory to put\n"
     "                  pemantauan_<YYYY-MM>.xlsx in (one file per month)\n"
     "  (--lang, --anonymize, --min-group as for briefing)\n",
     kj_cmd_report},
    {0},
};
