#!/bin/sh
# The first benchmark (`make bench`): plancheck against the reference ICU
# word-break pass (bench/icu_ref.c) and against `grep -F -c -f` over every
# dictionary term, on one corpus of at least 10 MB built from corpus/ by
# bench/mkcorpus.sh; then the latency of checking the seed draft.
#
#   sh bench/bench.sh PLANCHECK
#
# Times are wall clock, start to exit, best of 3 (latency: median of 21),
# taken with `date +%s%N`. Everything is written under build/bench/.
# POSIX sh, awk and coreutils only.

set -u

usage()
{
	echo "usage: sh bench/bench.sh PLANCHECK" >&2
	exit 2
}

die()
{
	echo "bench: $*" >&2
	exit 2
}

[ $# -eq 1 ] || usage
pc=$1
case $pc in
/*) ;;
*/*) pc=$(pwd)/$pc ;;
esac
[ -f "$pc" ] && [ -x "$pc" ] || die "$pc: not an executable file"

root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
cd "$root" || exit 2
B=build/bench
mkdir -p "$B" || exit 2

# plancheck runs with the bundled dictionaries and English messages,
# whatever the caller's environment says.
unset PLANCHECK_DICTS LC_ALL LC_MESSAGES LANGUAGE
LANG=C.UTF-8
export LANG

case $(date +%s%N) in
*[!0-9]*) die "date +%N is not supported: need GNU coreutils date" ;;
esac

# --- the reference ICU pass -------------------------------------------------
command -v pkg-config >/dev/null 2>&1 || die "pkg-config not found"
icu_cflags=$(pkg-config --cflags icu-uc icu-i18n) || die "ICU not found by pkg-config"
icu_libs=$(pkg-config --libs icu-uc icu-i18n) || die "ICU not found by pkg-config"
# shellcheck disable=SC2086
${CC:-cc} -O2 -Isrc $icu_cflags -o "$B/icu_ref" bench/icu_ref.c src/pc_alloc.c \
    $icu_libs || die "cannot build $B/icu_ref"

# --- the corpus ---------------------------------------------------------------
corpus=$B/corpus.txt
if [ ! -s "$corpus" ] ||
    [ -n "$(find corpus bench/mkcorpus.sh \( -type d -o -name '*.txt' -o -name '*.sh' \) \
    -newer "$corpus" 2>/dev/null | head -n 1)" ]; then
	sh bench/mkcorpus.sh "$corpus" 12 || die "cannot build $corpus"
fi
size=$(wc -c <"$corpus" | tr -d ' ')

# --- every dictionary term, one a line, for grep -F -f ------------------------
# The <name> and <alias> of every <item>; never an empty line, which grep -F
# would match everywhere.
terms=$B/terms.txt
for x in dicts/*.xml; do
	[ -f "$x" ] || continue
	if command -v xmllint >/dev/null 2>&1; then
		xmllint --xpath '//*[local-name()="item"]/*[local-name()="name" or local-name()="alias"]' "$x" 2>/dev/null
		echo
	else
		# Without xmllint: comments removed, then the name and alias
		# elements between an <item and its </item>.
		LC_ALL=C awk '
			{ s = s $0 "\n" }
			END {
				while ((i = index(s, "<!--")) > 0) {
					j = index(substr(s, i), "-->")
					s = substr(s, 1, i - 1) (j ? substr(s, i + j + 2) : "")
				}
				n = split(s, part, "</item>")
				for (p = 1; p < n; p++) {
					t = part[p]
					while ((i = index(t, "<item")) > 0)
						t = substr(t, i + 5)
					while (match(t, /<(name|alias)[ >][^<]*<\/(name|alias)>/)) {
						print substr(t, RSTART, RLENGTH)
						t = substr(t, RSTART + RLENGTH)
					}
				}
			}' "$x"
	fi
done | LC_ALL=C awk '
	{
		gsub(/<[^>]*>/, "\n")
		gsub(/&lt;/, "<"); gsub(/&gt;/, ">"); gsub(/&quot;/, "\"")
		gsub(/&apos;/, "\047"); gsub(/&amp;/, "\\&")
		print
	}' | LC_ALL=C awk '
	{ sub(/^[ \t]+/, ""); sub(/[ \t]+$/, "") }
	$0 != ""' | LC_ALL=C sort -u >"$terms"
nterms=$(wc -l <"$terms" | tr -d ' ')
[ "$nterms" -gt 0 ] || echo "bench: no dictionary terms found in dicts/*.xml" >&2

# --- timing -------------------------------------------------------------------
# best3 OUT CMD…: run CMD three times with stdout to OUT; sets best (ns) and
# rc (the exit status of the last run).
best3()
{
	o=$1
	shift
	best=
	n=0
	while [ $n -lt 3 ]; do
		t0=$(date +%s%N)
		"$@" >"$o" 2>"$B/stderr"
		rc=$?
		t1=$(date +%s%N)
		d=$((t1 - t0))
		if [ -z "$best" ] || [ "$d" -lt "$best" ]; then
			best=$d
		fi
		n=$((n + 1))
	done
}

# median21 CMD…: median wall time of 21 runs in ns, stdout discarded; sets
# med and rc (the worst exit status seen).
median21()
{
	: >"$B/times"
	rc=0
	n=0
	while [ $n -lt 21 ]; do
		t0=$(date +%s%N)
		"$@" >/dev/null 2>"$B/stderr"
		r=$?
		t1=$(date +%s%N)
		[ "$r" -gt "$rc" ] && rc=$r
		echo $((t1 - t0)) >>"$B/times"
		n=$((n + 1))
	done
	med=$(sort -n "$B/times" | sed -n 11p)
}

status=0
# A plancheck status of 1 means findings, which is its normal output.
pc_ok()
{
	if [ "$rc" -ge 2 ]; then
		echo "bench: $1 exited with status $rc:" >&2
		head -n 5 "$B/stderr" >&2
		status=1
		return 1
	fi
	return 0
}

best3 /dev/null "$pc" --format json "$corpus"
t_pc=$best
pc_ok "plancheck --format json" || t_pc=

best3 "$B/icu.out" "$B/icu_ref" "$corpus"
t_icu=$best
if [ "$rc" -ne 0 ]; then
	echo "bench: icu_ref failed:" >&2
	head -n 5 "$B/stderr" >&2
	exit 1
fi
boundaries=$(cat "$B/icu.out")

t_grep=
lines=
if [ "$nterms" -gt 0 ]; then
	best3 "$B/grep.out" env LC_ALL=C grep -F -c -f "$terms" "$corpus"
	if [ "$rc" -le 1 ]; then
		t_grep=$best
		lines=$(cat "$B/grep.out")
	else
		echo "bench: grep failed" >&2
		status=1
	fi
fi

seed=corpus/guangming-industrialization-15th-explanation.txt
median21 "$pc" "$seed"
lat_seed=$med
pc_ok "plancheck $seed" || lat_seed=
: >"$B/empty.txt"
median21 "$pc" "$B/empty.txt"
lat_empty=$med
pc_ok "plancheck on an empty draft" || lat_empty=
median21 /bin/true
lat_true=$med

# --- report -------------------------------------------------------------------
cpu=$(sed -n 's/^model name[	 ]*:[	 ]*//p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo "machine: $(uname -srm), ${cpu:-unknown CPU}, $(nproc 2>/dev/null || echo ?) cores"
echo "date:    $(date -u +%Y-%m-%dT%H:%MZ)"
echo "corpus:  $corpus, $size bytes ($(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }') MB)," \
    "ICU boundaries $boundaries; $nterms dictionary terms, ${lines:-?} lines matched by grep"
echo
awk -v size="$size" -v pc="$t_pc" -v icu="$t_icu" -v gr="$t_grep" '
function row(name, ns) {
	if (ns == "") {
		printf "%-34s %9s %9s %9s\n", name, "failed", "-", "-"
		return
	}
	printf "%-34s %9.3f %9.2f %9.2f\n", name, ns / 1e9, size / 1e6 / (ns / 1e9), ns / icu
}
BEGIN {
	printf "%-34s %9s %9s %9s\n", "tool (best of 3, wall clock)", "seconds", "MB/s", "time/ICU"
	row("plancheck --format json", pc)
	row("ICU word-break pass (icu_ref)", icu)
	row("grep -F -c -f terms (LC_ALL=C)", gr)
}'
echo
awk -v s="$lat_seed" -v e="$lat_empty" -v t="$lat_true" '
function ms(ns) { return ns == "" ? "failed" : sprintf("%.1f ms", ns / 1e6) }
BEGIN {
	printf "seed latency (median of 21, start to exit): %s\n", ms(s)
	printf "  empty draft (dictionaries, set-up, exit):  %s\n", ms(e)
	printf "  timer floor (/bin/true):                   %s\n", ms(t)
}'
exit $status
