#!/bin/sh
# Sharded runs merged give what one run gives: the corpus is split into
# shards checked by GNU parallel -j2 (as across hosts with
# --sshloginfile), each shard written as JSON Lines, and `plancheck merge`
# must then print the same JSON, text and CSV as a single run over all
# files. Prints "N passed, N failed".
#   sh tests/merge/run.sh PLANCHECK
set -u
pc=$1
case $pc in /*) ;; *) pc=$(pwd)/$pc ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plancheck-merge.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
export SOURCE_DATE_EPOCH=1780000000 LANG=C.UTF-8
unset LC_ALL LC_MESSAGES PLANCHECK_DICTS
pass=0 fail=0 skip=0
ls corpus/*.txt tests/golden/data/core-binary.txt > "$tmp/files"

if command -v parallel >/dev/null 2>&1; then
	# three files per shard, two shards at a time; {#} numbers the shard
	parallel --will-cite -j2 -N3 -a "$tmp/files" \
	    "$pc --format jsonl --fail-on never {} > $tmp/shard-{#}.jsonl 2>/dev/null; true"
else
	echo "merge: GNU parallel not installed; shards run one after another"
	skip=$((skip + 1))
	split -l 3 "$tmp/files" "$tmp/list-"
	for l in "$tmp"/list-*; do
		# shellcheck disable=SC2046
		"$pc" --format jsonl --fail-on never $(cat "$l") \
		    > "$l.jsonl" 2>/dev/null
	done
	mv "$tmp"/list-*.jsonl "$tmp/" 2>/dev/null
	for f in "$tmp"/list-*.jsonl; do mv "$f" "$tmp/shard-$(basename "$f")"; done
fi
nshards=$(ls "$tmp"/shard-*.jsonl | wc -l)
[ "$nshards" -ge 2 ] || { echo "FAIL: fewer than two shards"; fail=$((fail + 1)); }

for fmt in json text csv sarif html md; do
	# shellcheck disable=SC2046
	"$pc" --format $fmt --fail-on never $(cat "$tmp/files") \
	    > "$tmp/single.$fmt" 2>/dev/null
	single=$?
	"$pc" merge --format $fmt --fail-on never "$tmp"/shard-*.jsonl \
	    > "$tmp/merged.$fmt" 2>/dev/null
	merged=$?
	if cmp -s "$tmp/single.$fmt" "$tmp/merged.$fmt" && [ "$single" = "$merged" ]; then
		pass=$((pass + 1))
	else
		echo "FAIL: merged $fmt differs from a single run (rc $single vs $merged)"
		diff "$tmp/single.$fmt" "$tmp/merged.$fmt" | head -5
		fail=$((fail + 1))
	fi
done
# a damaged shard is an error naming the file and line, exit 2
printf '{"version":1,"file":\n' > "$tmp/bad.jsonl"
"$pc" merge "$tmp/bad.jsonl" > /dev/null 2> "$tmp/err"
rc=$?
if [ "$rc" = 2 ] && grep -q "bad.jsonl:1: error" "$tmp/err"; then
	pass=$((pass + 1))
else
	echo "FAIL: damaged shard: rc $rc, $(cat "$tmp/err")"
	fail=$((fail + 1))
fi
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
