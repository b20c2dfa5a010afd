#!/bin/sh
# $M holds two words and ${mode#valid} none or three, on purpose.
# shellcheck disable=SC2086
# Validate plancheck --format sarif against the SARIF 2.1.0 JSON schema
# (tests/sarif/sarif-2.1.0.json, vendored: see tests/sarif/README) on
# several runs: findings, an input error, no findings, Chinese messages,
# notes, a real draft with the bundled dictionaries, a DOCX, no input at
# all, --column-unit. Each run's exit status is checked too. Then a valid
# log is broken on purpose in many ways, and each breakage must be
# rejected, so the test can fail.
#
#   sh tests/sarif/validate.sh PLANCHECK
#
# Needs python3 with jsonschema (Debian: python3-jsonschema); $PYTHON
# names the interpreter. Prints one "FAIL …" line per failing check and
# ends with "N passed, N failed"; exit 1 if a check failed, 2 on a usage
# error or a missing dependency.

set -u

[ $# -eq 1 ] || { echo "usage: sh tests/sarif/validate.sh PLANCHECK" >&2; exit 2; }
pc=$1
case $pc in
/*) ;;
*/*) pc=$(pwd)/$pc ;;
esac
root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
here=$root/tests/sarif
schema=$here/sarif-2.1.0.json

# The interpreter: $PYTHON, else the first python3 that has jsonschema
# (a python3 first in PATH, such as pyenv's, may lack Debian's module).
py=
for p in ${PYTHON:-python3 /usr/bin/python3}; do
	if "$p" -c 'import jsonschema' 2>/dev/null; then
		py=$p
		break
	fi
done
[ -n "$py" ] || { echo "validate.sh: no python3 with jsonschema (Debian: python3-jsonschema)" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/plancheck-sarif.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

cd "$root" || exit 2
D=tests/golden/data
M="--dicts $D/mini-dicts"
passed=0 failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

# check NAME RC MODE PLANCHECK-ARGS...: run plancheck in a fixed
# environment, expect exit status RC (any: 0, 1 or 2, where it depends on
# rules still changing), validate stdout (MODE: valid, or
# "columns RULE CP U16").
n=0
check()
{
	name=$1 rc_exp=$2 mode=$3
	shift 3
	n=$((n + 1))
	out=$tmp/$n.sarif
	env -i PATH="$PATH" HOME="${HOME:-/}" LANG=C.UTF-8 "$pc" --format sarif "$@" \
	    >"$out" 2>"$tmp/$n.err" </dev/null
	rc=$?
	case $rc in
	0|1|2) ;;
	*) fail "$name: exit status $rc (crashed?)"; return ;;
	esac
	if [ "$rc_exp" != any ] && [ "$rc" != "$rc_exp" ]; then
		fail "$name: exit status $rc, expected $rc_exp"
		return
	fi
	case $mode in
	valid) set -- ;;
	columns*) set -- --columns; mode=${mode#columns } ;;
	esac
	if "$py" "$here/validate.py" "$@" "$schema" "$out" \
	    ${mode#valid} >"$tmp/$n.val" 2>&1; then
		pass
	else
		fail "$name: $(head -n 3 "$tmp/$n.val" | tr '\n' ' ')"
	fi
}

check "findings, an odd file name and an input error" 2 valid $M \
    $D/fmt-draft.txt "$D/fmt-odd name,a:b%.txt" $D/no-such-draft.txt
check "findings" 1 valid $M $D/fmt-draft.txt
check "no findings" 0 valid $M --plan mini-national $D/fmt-clean.txt
check "Chinese messages and rule texts" 1 valid $M --lang zh $D/fmt-draft.txt
check "notes and raised levels from a configuration" 1 valid \
    $D/cfg-rules/draft.txt
check "unused-suppression warnings" 1 valid $M --report-unused-suppressions \
    $D/suppress-draft.txt
check "a real draft, bundled dictionaries" any valid \
    corpus/guangming-industrialization-15th-explanation.txt
check "a DOCX draft" any valid --plan national-15 $D/docx-seed-enum.docx
check "only input errors" 2 valid $M $D/no-such-draft.txt $D/core-binary.txt
mkdir "$tmp/empty"
check "no input at all (an empty directory)" 0 valid $M "$tmp/empty"
check "columns under --column-unit utf16 agree with columnKind" 1 \
    "columns paired-punct 3 5" $M --column-unit utf16 tests/sarif/astral.txt
check "columns under --column-unit byte agree with columnKind" 1 \
    "columns paired-punct 3 5" $M --column-unit byte tests/sarif/astral.txt

# Breakages of a valid log must each be rejected.
good=$tmp/1.sarif
if [ -s "$good" ]; then
	"$py" "$here/validate.py" --broken "$schema" "$good" >"$tmp/broken" 2>&1
	while IFS= read -r line; do
		case $line in
		rejected:*) pass ;;
		ACCEPTED:*) fail "a broken log was accepted: ${line#ACCEPTED: }" ;;
		*) fail "breakages: $line" ;;
		esac
	done <"$tmp/broken"
else
	fail "breakages: no valid log to break"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
