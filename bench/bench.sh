#!/bin/sh
# The benchmark of issue 6 (`make bench`): one run, one table. On one corpus
# of at least 10 MB built from corpus/ by bench/mkcorpus.sh, plancheck is set
# beside the reference ICU word-break pass (bench/icu_ref.c), `grep -F -c -f`
# over every dictionary term and jieba (bench/jieba_cut.py); then the
# latency of checking the seed draft and its set-up share, the -j 2 speed-up
# on a batch of 200 drafts of about 50 KB, and peak memory on the corpus as
# one file and on batches of 1,000 and 10,000 small drafts. bench/README
# says how to read the table.
#
#   sh bench/bench.sh PLANCHECK
#
# Every time is wall clock, start to exit, taken by bench/rss.c (which also
# gives peak RSS and CPU time from wait4); throughput is the best of 3,
# latency the median of 21. Everything is written under build/bench/. POSIX
# sh, awk, coreutils and a C compiler; python3-jieba for the jieba row.

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

note()
{
	echo "bench: $*" >&2
}

[ $# -eq 1 ] || usage
pc_given=$1
case $pc_given in
/*) ;;
*/*) pc_given=$(pwd)/$pc_given ;;
esac
[ -f "$pc_given" ] && [ -x "$pc_given" ] || die "$pc_given: not an executable file"

root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
cd "$root" || exit 2
B=build/bench
mkdir -p "$B" || exit 2

# plancheck runs with the bundled dictionaries, English messages and no
# configuration file, whatever the caller's environment says.
unset PLANCHECK_DICTS LC_ALL LC_MESSAGES LANGUAGE
LANG=C.UTF-8
export LANG

# A copy, so that a rebuild during the run cannot change the program
# measured; the dictionary directory is compiled in as an absolute path.
pc=$B/plancheck
cp "$pc_given" "$pc" || die "cannot copy $pc_given"
libpc=$(dirname "$pc_given")/libplancheck.a
pcv=$("$pc" --version 2>/dev/null | head -n 1)

load_start=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null)

# --- helpers ------------------------------------------------------------------
cc=${CC:-cc}
warn="-std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Wshadow
    -Wstrict-prototypes -Wmissing-prototypes -Wwrite-strings
    -Wimplicit-fallthrough -Wformat=2"
command -v pkg-config >/dev/null 2>&1 || die "pkg-config not found"
# shellcheck disable=SC2086
$cc $warn -O2 -o "$B/rss" bench/rss.c || die "cannot build $B/rss"

icu_cflags=$(pkg-config --cflags icu-uc icu-i18n) || die "ICU not found by pkg-config"
icu_libs=$(pkg-config --libs icu-uc icu-i18n) || die "ICU not found by pkg-config"
# shellcheck disable=SC2086
$cc -O2 -Isrc $icu_cflags -o "$B/icu_ref" bench/icu_ref.c src/pc_alloc.c \
    $icu_libs || die "cannot build $B/icu_ref"

# Matching alone has no plancheck option: bench/match.c runs the stages
# through the library's public headers. If the library or its interface
# is not there, the row says n/a instead of failing the benchmark.
have_match=0
pkgs="icu-uc icu-i18n libpcre2-16 libxml-2.0 jansson libzip nettle"
if [ -f "$libpc" ]; then
	# shellcheck disable=SC2046,SC2086
	if $cc $warn -pthread -O2 -Isrc $(pkg-config --cflags $pkgs 2>/dev/null) \
	    -o "$B/match" bench/match.c "$libpc" \
	    $(pkg-config --libs $pkgs 2>/dev/null) 2>"$B/match.cc"; then
		have_match=1
	else
		note "bench/match.c does not build against $libpc (see $B/match.cc); matching alone: n/a"
	fi
else
	note "$libpc not found; matching alone: n/a"
fi

# --- the corpus and the batches ---------------------------------------------
corpus=$B/corpus.txt
if [ ! -s "$corpus" ] ||
    [ -n "$(find corpus bench/mkcorpus.sh \( -type d -o -name '*.txt' -o -name '*.sh' \) \
    -newer "$corpus" 2>/dev/null | head -n 1)" ]; then
	note "building $corpus"
	sh bench/mkcorpus.sh "$corpus" 12 || die "cannot build $corpus"
fi
size=$(wc -c <"$corpus" | tr -d ' ')

# 200 drafts of about 50 KB: the corpus cut before the first line that
# follows an empty one (a draft's title, mostly) after 50,000 bytes, so every
# file is whole lines of valid UTF-8 that reads like a draft. The corpus is
# read a second time should it run out.
batch=$B/batch
if [ ! -f "$batch/.done" ] ||
    [ -n "$(find "$corpus" -newer "$batch/.done" 2>/dev/null)" ]; then
	note "cutting $batch/"
	rm -rf "$batch" && mkdir -p "$batch" || die "cannot create $batch"
	LC_ALL=C awk -v dir="$batch" -v want=200 -v min=50000 '
		function flush() {
			if (n == 0)
				return
			f = sprintf("%s/draft%03d.txt", dir, ++files)
			printf "%s", s >f
			close(f)
			s = ""; n = 0
			if (files == want)
				exit
		}
		n >= min && prev == "" && $0 != "" { flush() }
		{ s = s $0 "\n"; n += length($0) + 1; prev = $0 }
	' "$corpus" "$corpus" || die "cannot cut $batch"
	: >"$batch/.done"
fi
nbatch=$(find "$batch" -name 'draft*.txt' | wc -l | tr -d ' ')
batch_size=$(cat "$batch"/draft*.txt | wc -c | tr -d ' ')
[ "$nbatch" -eq 200 ] || note "only $nbatch drafts in $batch"

# 1,000 and 10,000 copies of a 2 KB draft: the seed's title and first
# section, whole lines up to the first 2,000 bytes.
seed=corpus/guangming-industrialization-15th-explanation.txt
small=$B/small.txt
LC_ALL=C awk '{ print; n += length($0) + 1 } n >= 2000 { exit }' "$seed" \
    >"$small" || die "cannot write $small"
small_size=$(wc -c <"$small" | tr -d ' ')
for k in 1000 10000; do
	d=$B/many$k
	if [ ! -f "$d/.done" ] || ! cmp -s "$small" "$d/draft00001.txt"; then
		note "writing $k copies of $small under $d/"
		rm -rf "$d" && mkdir -p "$d" || die "cannot create $d"
		LC_ALL=C awk -v dir="$d" -v k="$k" '
			{ s = s $0 "\n" }
			END {
				for (i = 1; i <= k; i++) {
					f = sprintf("%s/draft%05d.txt", dir, i)
					printf "%s", s >f
					close(f)
				}
			}' "$small" || die "cannot write $d"
		: >"$d/.done"
	fi
done

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
[ "$nterms" -gt 0 ] || note "no dictionary terms found in dicts/*.xml"
ndicts=$(find dicts -maxdepth 1 -name '*.xml' | wc -l | tr -d ' ')

# --- measuring ----------------------------------------------------------------
status=0

# measure OUT CMD…: one run of CMD under rss, stdout to OUT, stderr to
# $B/stderr; sets wall and cpu (ns), kb (peak RSS) and rc.
measure()
{
	o=$1
	shift
	: >"$B/rss.out"
	"$B/rss" "$B/rss.out" "$@" >"$o" 2>"$B/stderr"
	rc=$?
	wall='' kb='' cpu=''
	read -r wall kb ut st <"$B/rss.out" && cpu=$((ut + st))
	[ -n "$wall" ] || rc=127
}

# failed WHAT: report the last run's failure.
failed()
{
	note "$1 failed with status $rc:"
	head -n 5 "$B/stderr" >&2
	status=1
}

# best3 OKMAX OUT CMD…: three runs; sets t (the best wall time, ns), c (CPU
# time of that run) and k (the largest peak RSS, KB) — or t, c and k empty
# if a run exited with a status above OKMAX.
best3()
{
	okmax=$1
	shift
	t='' c='' k=''
	for _i in 1 2 3; do
		measure "$@"
		if [ "$rc" -gt "$okmax" ]; then
			t='' c='' k=''
			return 1
		fi
		if [ -z "$t" ] || [ "$wall" -lt "$t" ]; then
			t=$wall
			c=$cpu
		fi
		if [ -z "$k" ] || [ "$kb" -gt "$k" ]; then
			k=$kb
		fi
	done
	return 0
}

# median21 OKMAX CMD…: 21 runs, stdout discarded; sets med and medc (the
# medians of wall and CPU time, ns), or both empty if a run exited with a
# status above OKMAX.
median21()
{
	okmax=$1
	shift
	: >"$B/times"
	for _i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21; do
		measure /dev/null "$@"
		if [ "$rc" -gt "$okmax" ]; then
			med='' medc=''
			return 1
		fi
		echo "$wall $cpu" >>"$B/times"
	done
	med=$(cut -d ' ' -f 1 "$B/times" | sort -n | sed -n 11p)
	medc=$(cut -d ' ' -f 2 "$B/times" | sort -n | sed -n 11p)
	return 0
}

# plancheck exits 1 when it has findings, its normal result: OKMAX 1.

note "plancheck --format json on the corpus (3 runs)"
best3 1 /dev/null "$pc" --no-config --format json "$corpus" ||
    failed "plancheck --format json"
t_pc=$t c_pc=$c k_pc=$k

note "reference ICU pass (3 runs)"
best3 0 "$B/icu.out" "$B/icu_ref" "$corpus" || failed "icu_ref"
t_icu=$t c_icu=$c k_icu=$k
boundaries=$(cat "$B/icu.out")

t_grep='' c_grep='' k_grep='' lines=''
if [ "$nterms" -gt 0 ]; then
	note "grep -F (3 runs)"
	if best3 1 "$B/grep.out" env LC_ALL=C grep -F -c -f "$terms" "$corpus"; then
		lines=$(cat "$B/grep.out")
	else
		failed "grep -F"
	fi
	t_grep=$t c_grep=$c k_grep=$k
fi

t_mat='' c_mat='' k_mat='' s_mat='' sc_mat='' hits=''
if [ "$have_match" -eq 1 ]; then
	note "matching alone, bench/match.c (3 runs)"
	# The stage time is the best of the three runs' own.
	for _i in 1 2 3; do
		measure "$B/match.out" "$B/match" "$corpus"
		if [ "$rc" -ne 0 ]; then
			failed "bench/match.c"
			t_mat='' c_mat='' k_mat='' s_mat='' sc_mat=''
			break
		fi
		read -r x x x v m hits mc <"$B/match.out"
		if [ -z "$t_mat" ] || [ "$wall" -lt "$t_mat" ]; then
			t_mat=$wall c_mat=$cpu
		fi
		if [ -z "$k_mat" ] || [ "$kb" -gt "$k_mat" ]; then
			k_mat=$kb
		fi
		if [ -z "$s_mat" ] || [ $((v + m)) -lt "$s_mat" ]; then
			s_mat=$((v + m)) sc_mat=$mc
		fi
	done
fi

note "plancheck tokens on the corpus (3 runs)"
best3 1 /dev/null "$pc" tokens --no-config "$corpus" || failed "plancheck tokens"
t_tok=$t c_tok=$c k_tok=$k

t_jb='' c_jb='' k_jb='' jbv=''
py=/usr/bin/python3
if [ -x "$py" ] && jbv=$("$py" -c 'import jieba; print(jieba.__version__)' 2>/dev/null); then
	note "jieba on the corpus (3 runs, the slow part)"
	best3 0 /dev/null "$py" bench/jieba_cut.py "$corpus" "$B" ||
	    failed "jieba_cut.py"
	t_jb=$t c_jb=$c k_jb=$k
else
	note "python3-jieba not installed (apt-get install python3-jieba): jieba n/a"
	jbv=
fi

note "latency: the seed, an empty draft, /bin/true (21 runs each)"
median21 1 "$pc" --no-config "$seed" || failed "plancheck $seed"
lat_seed=$med clat_seed=$medc
: >"$B/empty.txt"
median21 1 "$pc" --no-config "$B/empty.txt" || failed "plancheck on an empty draft"
lat_empty=$med clat_empty=$medc
median21 0 /bin/true || failed "/bin/true"
lat_true=$med clat_true=$medc
seed_size=$(wc -c <"$seed" | tr -d ' ')

# The set-up stages inside the process, median of 21 runs each.
st_load='' st_comp=''
if [ "$have_match" -eq 1 ]; then
	: >"$B/stages"
	for _i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21; do
		measure "$B/match.out" "$B/match" "$seed"
		if [ "$rc" -ne 0 ]; then
			failed "bench/match.c on the seed"
			: >"$B/stages"
			break
		fi
		cat "$B/match.out" >>"$B/stages"
	done
	if [ -s "$B/stages" ]; then
		st_load=$(cut -d ' ' -f 1 "$B/stages" | sort -n | sed -n 11p)
		st_comp=$(cut -d ' ' -f 2 "$B/stages" | sort -n | sed -n 11p)
	fi
fi

note "cores: $nbatch drafts with -j 1 and -j 2 (3 runs each, alternating)"
# Alternating, so that other work on the machine weighs on both alike; every
# -j 2 output is compared with the -j 1 output just before it.
t_j1='' c_j1='' t_j2='' c_j2='' same=yes
for _i in 1 2 3; do
	for j in 1 2; do
		measure "$B/batch-j$j.out" "$pc" --no-config -j "$j" --format text "$batch"
		if [ "$rc" -gt 1 ]; then
			failed "plancheck -j $j"
			t_j1='' t_j2='' same=n/a
			break 2
		fi
		eval "tb=\$t_j$j"
		if [ -z "$tb" ] || [ "$wall" -lt "$tb" ]; then
			eval "t_j$j=\$wall c_j$j=\$cpu"
		fi
	done
	if ! cmp -s "$B/batch-j1.out" "$B/batch-j2.out"; then
		same=no
		note "the outputs of -j 1 and -j 2 differ: $B/batch-j1.out $B/batch-j2.out"
		status=1
		break
	fi
done

note "memory: 1,000 and 10,000 drafts of $small_size bytes (-j 1)"
measure /dev/null "$pc" --no-config -j 1 --format text "$B/many1000"
if [ "$rc" -le 1 ]; then
	k_1k=$kb t_1k=$wall
else
	failed "plancheck on $B/many1000"
	k_1k='' t_1k=''
fi
measure /dev/null "$pc" --no-config -j 1 --format text "$B/many10000"
if [ "$rc" -le 1 ]; then
	k_10k=$kb t_10k=$wall
else
	failed "plancheck on $B/many10000"
	k_10k='' t_10k=''
fi

load_end=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null)

# --- the table ----------------------------------------------------------------
cpu=$(sed -n 's/^model name[	 ]*:[	 ]*//p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo "plancheck benchmark (bench/bench.sh; bench/README explains the table)"
echo "date:      $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine:   $(uname -srm); ${cpu:-unknown CPU}; $(nproc 2>/dev/null || echo ?) cores;" \
    "load average ${load_start:-?} at start, ${load_end:-?} at end"
echo "plancheck: ${pcv:-unknown version}, $pc_given; $ndicts dictionary files, $nterms terms"
echo "corpus:    $corpus, $size bytes; $boundaries ICU boundaries;" \
    "grep -F matched ${lines:-?} lines, plancheck's matcher ${hits:-?} hits"

awk -v size="$size" -v nterms="$nterms" -v jbv="$jbv" \
    -v t_pc="$t_pc" -v c_pc="$c_pc" -v k_pc="$k_pc" \
    -v t_icu="$t_icu" -v c_icu="$c_icu" -v k_icu="$k_icu" \
    -v t_grep="$t_grep" -v c_grep="$c_grep" -v k_grep="$k_grep" \
    -v t_mat="$t_mat" -v c_mat="$c_mat" -v k_mat="$k_mat" \
    -v s_mat="$s_mat" -v sc_mat="$sc_mat" \
    -v t_tok="$t_tok" -v c_tok="$c_tok" -v k_tok="$k_tok" \
    -v t_jb="$t_jb" -v c_jb="$c_jb" -v k_jb="$k_jb" \
    -v seed="$seed" -v seed_size="$seed_size" \
    -v lat_seed="$lat_seed" -v lat_empty="$lat_empty" -v lat_true="$lat_true" \
    -v clat_seed="$clat_seed" -v clat_empty="$clat_empty" -v clat_true="$clat_true" \
    -v st_load="$st_load" -v st_comp="$st_comp" \
    -v nbatch="$nbatch" -v batch_size="$batch_size" -v t_j1="$t_j1" -v t_j2="$t_j2" -v c_j1="$c_j1" -v c_j2="$c_j2" \
    -v same="$same" -v small_size="$small_size" \
    -v k_1k="$k_1k" -v t_1k="$t_1k" -v k_10k="$k_10k" -v t_10k="$t_10k" '
function mb(kb) { return kb == "" ? "-" : sprintf("%.1f MB", kb * 1024 / 1e6) }
function ms(ns) { return ns == "" ? "n/a" : sprintf("%.1f ms", ns / 1e6) }
function row(name, t, c, k) {
	if (t == "") {
		printf "  %-48s %8s %8s %8s %10s\n", name, "n/a", "-", "-", "-"
		return
	}
	printf "  %-48s %8.3f %8s %8.2f %10s\n", name, t / 1e9,
	    c == "" ? "-" : sprintf("%.3f", c / 1e9), size / 1e6 / (t / 1e9), mb(k)
}
# target(name, value shown, ok: 1 met, 0 missed, "" n/a, target, by CPU)
function target(name, shown, ok, want, bycpu) {
	printf "  %-44s %10s   %-8s %-7s %s\n", name, shown, want,
	    ok == "" ? "n/a" : ok ? "met" : "MISSED", bycpu
}
# CPU/wall: how many processors the run had on average.
function jrow(name, t, c) {
	if (t == "") {
		printf "  %-48s %8s\n", name, "n/a"
		return
	}
	printf "  %-48s %8.3f %8.3f %8.2f %10.2f\n", name, t / 1e9, c / 1e9,
	    batch_size / 1e6 / (t / 1e9), c / t
}
function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "" : a / b }
function fmt(x, f) { return x == "" ? "n/a" : sprintf(f, x) }
BEGIN {
	print ""
	print "1. Throughput on the corpus (wall clock, start to exit, best of 3)"
	printf "  %-48s %8s %8s %8s %10s\n", "", "seconds", "CPU s", "MB/s", "peak RSS"
	row("plancheck --format json (every dict and rule)", t_pc, c_pc, k_pc)
	row("reference ICU pass (bench/icu_ref.c)", t_icu, c_icu, k_icu)
	row("grep -F -c -f terms (" nterms " terms, LC_ALL=C)", t_grep, c_grep, k_grep)
	row("matching alone (bench/match.c, whole process)", t_mat, c_mat, k_mat)
	row("  its matching stage (text view + matcher)", s_mat, sc_mat, "")
	row("plancheck tokens", t_tok, c_tok, k_tok)
	row("jieba.cut " (jbv == "" ? "(not installed)" : "(python3-jieba " jbv ")"), t_jb, c_jb, k_jb)

	print ""
	print "2. Editor latency (start to exit, median of 21)"
	printf "  %-48s %10s %10s\n", "", "wall", "CPU"
	printf "  %-48s %10s %10s\n", "seed, " seed_size " bytes", ms(lat_seed), ms(clat_seed)
	printf "  %-48s %10s %10s   share of the seed: %s (wall), %s (CPU)\n",
	    "empty draft (all set-up, no text)", ms(lat_empty), ms(clat_empty),
	    fmt(lat_empty == "" ? "" : ratio(100 * lat_empty, lat_seed), "%.0f%%"),
	    fmt(clat_empty == "" ? "" : ratio(100 * clat_empty, clat_seed), "%.0f%%")
	printf "  %-48s %10s\n", "  dictionary loading + RELAX NG validation", ms(st_load)
	printf "  %-48s %10s\n", "  automaton and pattern compilation", ms(st_comp)
	printf "  %-48s %10s %10s\n", "process start and exit (/bin/true)", ms(lat_true), ms(clat_true)

	print ""
	printf "3. Cores: %d drafts, %.1f MB, --format text (wall clock, best of 3, alternating)\n",
	    nbatch, batch_size / 1e6
	printf "  %-48s %8s %8s %8s %10s\n", "", "seconds", "CPU s", "MB/s", "CPU/wall"
	jrow("-j 1", t_j1, c_j1)
	jrow("-j 2", t_j2, c_j2)

	print ""
	print "4. Memory (peak RSS)"
	printf "  %-48s %10s\n", "corpus as one file (--format json)", mb(k_pc)
	printf "  %-48s %10s   %s\n", "1,000 drafts of " small_size " bytes (-j 1)", mb(k_1k),
	    t_1k == "" ? "" : sprintf("%.1f s", t_1k / 1e9)
	printf "  %-48s %10s   %s\n", "10,000 drafts of " small_size " bytes (-j 1)", mb(k_10k),
	    t_10k == "" ? "" : sprintf("%.1f s", t_10k / 1e9)

	print ""
	print "Targets of issue 6 (wall clock; CPU time beside it, steadier on a busy machine)"
	printf "  %-44s %10s   %-8s %-7s %s\n", "", "measured", "target", "", "by CPU time"
	r = ratio(t_pc, t_icu)
	target("plancheck json time / ICU pass time", fmt(r, "%.2f"), r == "" ? "" : r <= 1.0, "<= 1.0",
	    fmt(ratio(c_pc, c_icu), "%.2f"))
	r = ratio(s_mat, t_grep)
	target("matching stage time / grep -F time", fmt(r, "%.2f"), r == "" ? "" : r <= 3, "<= 3",
	    fmt(ratio(sc_mat, c_grep), "%.2f"))
	r = ratio(t_jb, t_tok)
	target("jieba time / plancheck tokens time", fmt(r, "%.1f"), r == "" ? "" : r >= 10, ">= 10",
	    fmt(ratio(c_jb, c_tok), "%.1f"))
	target("seed latency", ms(lat_seed), lat_seed == "" ? "" : lat_seed < 30e6, "< 30 ms",
	    ms(clat_seed))
	r = ratio(t_j1, t_j2)
	target("-j 1 time / -j 2 time", fmt(r, "%.2f"), r == "" ? "" : r >= 1.8, ">= 1.8", "")
	target("-j 1 and -j 2 outputs byte-identical", same, same == "n/a" ? "" : same == "yes", "yes", "")
	r = k_pc == "" ? "" : ratio(k_pc * 1024, size)
	target("peak RSS / corpus size", fmt(r, "%.1f"), r == "" ? "" : r < 6, "< 6", "")
	r = ratio(k_10k, k_1k)
	target("peak RSS 10,000 drafts / 1,000 drafts", fmt(r, "%.2f"), r == "" ? "" : r <= 1.1, "<= 1.1", "")
}'
exit $status
