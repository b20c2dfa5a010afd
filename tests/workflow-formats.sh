#!/bin/sh
# $M holds two words on purpose.
# shellcheck disable=SC2086
# Two-step checks of baselines that a golden case (one plancheck run) cannot
# make: --write-baseline then --baseline on the same draft; the committed
# baselines of tests/golden/data are what --write-baseline writes today (so
# the golden baseline-* cases test the real format); overwriting a baseline
# keeps its mode.
#
#   sh tests/workflow-formats.sh PLANCHECK
#
# Prints one "FAIL …" line per failing check and ends with
# "N passed, N failed"; exit 1 if a check failed, 2 on a usage error.

set -u

[ $# -eq 1 ] || { echo "usage: sh tests/workflow-formats.sh PLANCHECK" >&2; exit 2; }
pc=$1
case $pc in
/*) ;;
*/*) pc=$(pwd)/$pc ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plancheck-workflow.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
cd "$root" || exit 2

D=tests/golden/data
passed=0 failed=0

# pc ARGS...: plancheck in the golden tests' fixed environment; stdout in
# $tmp/out, stderr in $tmp/err, status in $rc.
run()
{
	env -i PATH="$PATH" HOME="${HOME:-/}" LANG=C.UTF-8 \
	    XDG_CONFIG_HOME="$tmp/no-config" "$pc" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# expect WHAT CONDITION...: count a check.
expect()
{
	what=$1
	shift
	if "$@"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $what"
		[ -s "$tmp/err" ] && sed 's/^/    stderr: /' "$tmp/err"
	fi
}

findings() { grep -c -E ':[0-9]+:[0-9]+: (error|warning|note): ' "$tmp/out"; }

M="--dicts $D/mini-dicts"
bl=$tmp/baseline.json

# 1. Record: exit 0 although the draft has an error; the findings are
#    printed as usual; the file is the committed baseline-draft.json.
run $M --write-baseline "$bl" $D/baseline-draft.txt
expect "--write-baseline exits 0 (rc $rc)" [ "$rc" = 0 ]
expect "--write-baseline still prints the 4 findings" [ "$(findings)" = 4 ]
expect "--write-baseline writes the committed $D/baseline-draft.json" \
    cmp -s "$bl" $D/baseline-draft.json

# 2. Apply what was recorded: nothing reported, exit 0.
run $M --baseline "$bl" $D/baseline-draft.txt
expect "--baseline of the recording exits 0 (rc $rc)" [ "$rc" = 0 ]
expect "--baseline of the recording leaves no finding" [ "$(findings)" = 0 ]
expect "--baseline of the recording keeps the coverage summary" \
    grep -q 'against mini-national' "$tmp/out"

# 3. The same from standard input, against the committed
#    baseline-stdin.json used by the golden baseline-moved/-new cases.
run $M --write-baseline "$bl" - <$D/baseline-draft.txt
expect "--write-baseline from stdin exits 0 (rc $rc)" [ "$rc" = 0 ]
expect "--write-baseline from stdin writes the committed $D/baseline-stdin.json" \
    cmp -s "$bl" $D/baseline-stdin.json

# 4. Record again over an existing file: replaced, its mode kept.
chmod 600 "$bl"
run $M --write-baseline "$bl" $D/fmt-clean.txt --plan mini-national
expect "--write-baseline over a file exits 0 (rc $rc)" [ "$rc" = 0 ]
expect "--write-baseline over a file replaces it (no finding left)" \
    grep -q '"findings": \[\]' "$bl"
mode=$(stat -c %a "$bl")
expect "--write-baseline over a file keeps its mode ($mode)" [ "$mode" = 600 ]
left=$(find "$tmp" -name 'baseline.json.*' | wc -l)
expect "--write-baseline leaves no temporary file ($left)" [ "$left" -eq 0 ]

# 5. A new finding after recording is reported, the recorded ones not.
run $M --write-baseline "$bl" - <$D/baseline-draft.txt
run $M --baseline "$bl" - <$D/baseline-new.txt
expect "--baseline reports only the 2 new findings" [ "$(findings)" = 2 ]
expect "--baseline with a new error exits 1 (rc $rc)" [ "$rc" = 1 ]

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
