#!/bin/sh
# Docs are code: every option that --help lists is documented in
# plancheck(1) and vice versa, every rule has --explain text and a place in
# the man page, and both man pages pass mandoc -T lint.
#   sh tests/docs.sh PLANCHECK
set -u
pc=$1
root=$(cd "$(dirname "$0")/.." && pwd)
man=$root/man/plancheck.1
fail=0 n=0
help_opts=$("$pc" --help | sed -n 's/^ *\(-[A-Za-z], \)\{0,1\}--\([a-z-]*\).*/\2/p' | sort -u)
man_opts=$(sed -n 's/^\.It Fl \(. , \)\{0,1\}Fl -\([a-z-]*\).*/\2/p; s/^\.It Fl -\([a-z-]*\).*/\1/p' "$man" | sort -u)
for o in $help_opts; do
	n=$((n + 1))
	echo "$man_opts" | grep -qx -- "$o" || { echo "FAIL: --$o is in --help but not in plancheck(1)"; fail=$((fail + 1)); }
done
for o in $man_opts; do
	n=$((n + 1))
	echo "$help_opts" | grep -qx -- "$o" || { echo "FAIL: --$o is in plancheck(1) but not in --help"; fail=$((fail + 1)); }
done
rules=$("$pc" --explain '?' 2>&1 | sed -n 's/.*[:：]\(.*\)$/\1/p')
for r in $rules; do
	n=$((n + 1))
	"$pc" --explain "$r" >/dev/null 2>&1 || { echo "FAIL: --explain $r"; fail=$((fail + 1)); }
	"$pc" --explain "$r" | grep -q 'not yet implemented' && { echo "FAIL: rule $r has no documentation"; fail=$((fail + 1)); }
	n=$((n + 1))
	grep -q "^\.It Cm $r\$" "$man" || { echo "FAIL: rule $r is not described in plancheck(1)"; fail=$((fail + 1)); }
done
n=$((n + 1))
tmp=${TMPDIR:-/tmp}/plancheck-docs.$$
sh "$root/build-aux/man-rules.sh" "$pc" > "$tmp.gen"
sed -n '/^\.\\" BEGIN RULES/,/^\.\\" END RULES/p' "$man" > "$tmp.man"
if ! cmp -s "$tmp.gen" "$tmp.man"; then
	echo "FAIL: the RULES section of plancheck(1) is stale: run sh build-aux/man-rules.sh $pc --update"
	fail=$((fail + 1))
fi
rm -f "$tmp.gen" "$tmp.man"
if command -v mandoc >/dev/null 2>&1; then
	for m in "$root"/man/*.[0-9]; do
		n=$((n + 1))
		out=$(mandoc -T lint -W warning "$m" 2>&1 | grep -v 'referenced manual not found' | grep -v 'outdated mandoc.db')
		[ -z "$out" ] || { echo "FAIL: mandoc -T lint $m:"; echo "$out"; fail=$((fail + 1)); }
	done
else
	echo "docs: mandoc not installed, man pages not linted"
fi
echo "$((n - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
