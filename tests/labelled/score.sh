#!/bin/sh
# Precision and recall of each consistency rule on the labelled cases.
#
#   sh tests/labelled/score.sh PLANCHECK [--check]
#
# A labelled case is a draft tests/labelled/NAME.txt (or any file plancheck
# reads) with NAME.expect beside it: one line "LINE RULE" per finding a
# careful reviewer wants reported, "#" comments. A case with an empty
# .expect is a negative: every finding on it is a false alarm. Findings are
# matched by rule and line; coverage-gap is not scored here (it is about
# coverage, not consistency). Extra options for a case go on a line
# "#args: ..." in its .expect; "#file: PATH" names a draft kept elsewhere.
#
# Prints a table: rule, TP, FP, FN, precision, recall. With --check, exits 1
# if any rule's precision or recall is below the floor in
# tests/labelled/floors (lines "RULE PRECISION RECALL").
set -u
LC_ALL=C
export LC_ALL
pc=$1
check=${2:-}
dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$dir/../.." && pwd)
tmp=${TMPDIR:-/tmp}/plancheck-score.$$
mkdir -p "$tmp" || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
: > "$tmp/all"
for exp in "$dir"/*.expect; do
	[ -f "$exp" ] || continue
	name=$(basename "$exp" .expect)
	# "#file: PATH" (from the repository root) labels a draft kept
	# elsewhere, such as the real seed in corpus/
	draft=$(sed -n 's/^#file: *//p' "$exp" | head -n 1)
	[ -n "$draft" ] && draft=$root/$draft
	[ -n "$draft" ] || draft=$(ls "$dir/$name".* 2>/dev/null | grep -v '\.expect$' | head -n 1)
	[ -n "$draft" ] || { echo "score.sh: no draft for $exp" >&2; exit 2; }
	args=$(sed -n 's/^#args: *//p' "$exp" | head -n 1)
	# shellcheck disable=SC2086
	(cd "$root" && env LANG=C.UTF-8 "$pc" --fail-on never $args "$draft") \
	    > "$tmp/out" 2>/dev/null
	sed -n 's/^[^:]*:\([0-9][0-9]*\):[0-9][0-9]*: [a-z]*: .* \[\([a-z-]*\)\]$/\1 \2/p' \
	    "$tmp/out" | grep -v ' coverage-gap$' | sort > "$tmp/got"
	grep -v '^#' "$exp" | sed '/^[[:space:]]*$/d' | awk '{print $1, $2}' | sort > "$tmp/want"
	# multiset comparison: TP = common lines
	comm -12 "$tmp/got" "$tmp/want" | awk -v c="$name" '{print "TP", $2, c, $1}' >> "$tmp/all"
	comm -23 "$tmp/got" "$tmp/want" | awk -v c="$name" '{print "FP", $2, c, $1}' >> "$tmp/all"
	comm -13 "$tmp/got" "$tmp/want" | awk -v c="$name" '{print "FN", $2, c, $1}' >> "$tmp/all"
	awk '{print "RULE", $2}' "$tmp/want" >> "$tmp/all"
done
awk -v floors="$dir/floors" -v check="$check" '
BEGIN {
	while ((getline l < floors) > 0) {
		split(l, f, " ")
		if (f[1] != "" && substr(f[1], 1, 1) != "#") { fp[f[1]] = f[2]; fr[f[1]] = f[3] }
	}
}
$1 == "RULE" { seen[$2] = 1; next }
{ n[$1, $2]++; seen[$2] = 1; if ($1 != "TP") miss[++k] = $0 }
END {
	printf "%-16s %4s %4s %4s %9s %7s\n", "rule", "TP", "FP", "FN", "precision", "recall"
	bad = 0
	for (r in seen) rules[++m] = r
	for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (rules[j] < rules[i]) { t = rules[i]; rules[i] = rules[j]; rules[j] = t }
	for (i = 1; i <= m; i++) {
		r = rules[i]; tp = n["TP", r] + 0; fpn = n["FP", r] + 0; fn = n["FN", r] + 0
		p = tp + fpn ? tp / (tp + fpn) : 1; rc = tp + fn ? tp / (tp + fn) : 1
		printf "%-16s %4d %4d %4d %9.3f %7.3f\n", r, tp, fpn, fn, p, rc
		if (check != "" && (r in fp) && (p < fp[r] || rc < fr[r])) { bad = 1; printf "below floor: %s\n", r }
	}
	for (i = 1; i <= k; i++) print "  " miss[i]
	exit bad
}' "$tmp/all"
