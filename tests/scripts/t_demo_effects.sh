#!/usr/bin/env bash
# The planted effects of the default demo (seed 7, 4,800 employees; listed in
# doc/demo-data.md) are found by an independent re-implementation of the
# analytics.md tests (demo_effects.py, pure Python), each with the label the
# analysis should give it, and nothing unplanted is as strong. The lenient
# evaluator the command names is the one the check finds.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(dirname "$(readlink -f "$0")")
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" --db demo.db demo --csv-dir csv 2> log || fail "demo failed: $(tail -3 log)"
nip=$(sed -n 's/.*lenient evaluator: NIP \([0-9]\{18\}\)).*/\1/p' log)
[ -n "$nip" ] || fail "the command does not name the lenient evaluator"
/usr/bin/python3 "$here/demo_effects.py" csv > report || { cat report; fail "planted effects not found"; }
cat report
grep -q "^   $nip RSUD .* LONGGAR" report || fail "lenient evaluator $nip is not the one flagged"
echo "ok"
