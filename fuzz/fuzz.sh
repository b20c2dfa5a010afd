#!/bin/sh
# Build the fuzz targets with clang's libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, and run each for a bounded time.
#
#   sh fuzz/fuzz.sh [-t SECONDS] [-o DIR] [-m] [TARGET...]
#
# -t  seconds per target (default 60; the figures in doc/robustness.md
#     come from -t 600)
# -o  build and work directory (default build/libfuzzer)
# -m  afterwards merge what the run found into fuzz/corpus/TARGET
#     (libFuzzer's -merge=1 keeps only inputs that add coverage)
# -b  build only
# -n  do not build (use what DIR holds)
#
# Each run starts from the saved corpus fuzz/corpus/TARGET and the seeds
# of the checkout (corpus/, tests/data, tests/golden/data, dicts/); new
# inputs go to DIR/work/TARGET, crashes to DIR/crashes/TARGET/, the log
# to DIR/log/TARGET.log. Prints one line per target and exits 1 if any
# target found something.
set -u

root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
secs=60 out=$root/build/libfuzzer merge=0 buildonly=0 nobuild=0
while getopts t:o:mbn opt; do
	case $opt in
	t) secs=$OPTARG ;;
	o) out=$OPTARG ;;
	m) merge=1 ;;
	b) buildonly=1 ;;
	n) nobuild=1 ;;
	*) echo "usage: fuzz.sh [-t SECONDS] [-o DIR] [-m] [-b|-n] [TARGET...]" >&2
	   exit 2 ;;
	esac
done
shift $((OPTIND - 1))
all="source seg outline numeral docx html dict check config list"
targets=${*:-$all}
CC=${FUZZ_CC:-clang}
command -v "$CC" >/dev/null 2>&1 || { echo "fuzz.sh: $CC not found" >&2; exit 2; }

PKGS="icu-uc icu-i18n libpcre2-16 libxml-2.0 jansson libzip nettle"
WARN="-Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wwrite-strings -Wimplicit-fallthrough -Wformat=2"
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all"
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -pthread $WARN -O1 -g -fno-omit-frame-pointer $SAN -DPC_VERSION=\"0.1.0\" $(pkg-config --cflags $PKGS)"
LIBS="$(pkg-config --libs $PKGS)"

mkdir -p "$out/obj" "$out/work" "$out/crashes" "$out/log" || exit 2

# Library objects, instrumented for coverage; rebuilt when the source is newer.
objs=
[ "$nobuild" = 1 ] || for c in "$root"/src/*.c; do
	n=$(basename "$c" .c)
	[ "$n" = main ] && continue
	o=$out/obj/$n.o
	if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find "$root/src" -name '*.h' -newer "$o" | head -n 1)" ]; then
		# shellcheck disable=SC2086
		$CC $CFLAGS -fsanitize=fuzzer-no-link -DPC_DICTDIR="\"$root/dicts\"" \
		    -c -o "$o" "$c" || exit 2
	fi
	objs="$objs $o"
done

[ "$nobuild" = 1 ] || for t in $targets; do
	[ -f "$root/fuzz/fuzz_$t.c" ] || { echo "fuzz.sh: no target $t" >&2; exit 2; }
	# shellcheck disable=SC2086
	$CC $CFLAGS -fsanitize=fuzzer -I"$root/src" -DPC_FUZZ_ROOT="\"$root\"" \
	    -o "$out/fuzz_$t" "$root/fuzz/fuzz_$t.c" "$root/fuzz/fuzz_util.c" \
	    $objs $LIBS || exit 2
done
[ "$buildonly" = 1 ] && exit 0

# Seed files of a target, one per line.
seeds()
{
	cd "$root" || return
	case $1 in
	source) ls corpus/*.txt tests/data/enc/* tests/data/html/*.html ;;
	seg|outline|list)
		ls corpus/*.txt tests/golden/data/*.txt tests/labelled/*.txt ;;
	numeral) ;;	# fuzz/corpus/numeral holds the seeds
	docx) ls tests/data/docx/*.docx tests/golden/data/*.docx ;;
	html) ls tests/data/html/*.html tests/golden/data/*.html ;;
	dict) find dicts tests/data/dicts tests/golden/data -name '*.xml' ;;
	check) ls corpus/*.txt tests/golden/data/*.txt tests/golden/data/*.html \
		tests/golden/data/*.docx tests/data/docx/*.docx ;;
	config) find tests/data/config tests/golden/data -name '*.conf' -o \
		-path '*/plancheck/config' ;;
	esac 2>/dev/null
}

maxlen()
{
	case $1 in
	numeral) echo 256 ;;
	config) echo 4096 ;;
	docx) echo 262144 ;;
	html|dict|check) echo 65536 ;;
	*) echo 16384 ;;
	esac
}

# Inputs are cut to this length when the corpus is merged, so that a
# saved corpus stays under 2 MB.
mergelen()
{
	case $1 in
	check) echo 8192 ;;
	list) echo 4096 ;;
	*) maxlen "$1" ;;
	esac
}

bad=0
for t in $targets; do
	w=$out/work/$t
	mkdir -p "$w" "$out/crashes/$t" "$root/fuzz/corpus/$t"
	seeds "$t" | while IFS= read -r f; do
		cp "$root/$f" "$w/seed-$(printf '%s' "$f" | tr '/' '_')"
	done
	log=$out/log/$t.log
	"$out/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	    -max_len="$(maxlen "$t")" -print_final_stats=1 \
	    -artifact_prefix="$out/crashes/$t/" \
	    "$w" "$root/fuzz/corpus/$t" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
	if [ "$rc" -ne 0 ]; then
		echo "$t: FOUND something after ${runs:-?} runs (exit $rc); see $log and $out/crashes/$t/"
		bad=1
		continue
	fi
	echo "$t: ${runs:-?} runs in ${took:-?} s, nothing found"
	if [ "$merge" = 1 ]; then
		m=$out/merged/$t
		rm -rf "$m"
		mkdir -p "$m"
		"$out/fuzz_$t" -merge=1 -timeout=10 -rss_limit_mb=2048 \
		    -max_len="$(mergelen "$t")" "$m" "$root/fuzz/corpus/$t" "$w" \
		    >>"$log" 2>&1 || { echo "$t: merge failed; see $log"; bad=1; continue; }
		rm -f "$root/fuzz/corpus/$t"/*
		cp "$m"/* "$root/fuzz/corpus/$t"/ 2>/dev/null
		echo "$t: corpus merged: $(ls "$root/fuzz/corpus/$t" | wc -l) inputs, $(du -sk --apparent-size "$root/fuzz/corpus/$t" | cut -f1) KB"
	fi
done
exit $bad
