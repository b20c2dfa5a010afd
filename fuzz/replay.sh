#!/bin/sh
# Replay the saved fuzz corpora (fuzz/corpus/TARGET) and the regression
# inputs (tests/regressions/TARGET) through stand-alone builds of the fuzz
# targets: fuzz/driver.c instead of libFuzzer, gcc with the Makefile's
# flags, linked with BUILD_DIR/libplancheck.a. If that library was built
# with sanitizers (make check's build-san), the targets are too.
#
#   sh fuzz/replay.sh BUILD_DIR [TARGET...]
#
# Binaries go to BUILD_DIR/fuzz/. Prints one "FAIL TARGET: INPUT" line per
# failing input and ends with exactly "N passed, N failed" (inputs).
# Exit status 1 if an input failed, 2 if the targets cannot be built.
# REPLAY_CFLAGS / REPLAY_LDFLAGS override the detected flags.
set -u

[ $# -ge 1 ] || { echo "usage: replay.sh BUILD_DIR [TARGET...]" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
b=$1
shift
case $b in /*) ;; *) b=$(pwd)/$b ;; esac
lib=$b/libplancheck.a
[ -f "$lib" ] || { echo "replay.sh: $lib: no such file (make B=... all first)" >&2; exit 2; }
all="source seg outline numeral docx html dict check config list"
targets=${*:-$all}
CC=${CC:-cc}

PKGS="icu-uc icu-i18n libpcre2-16 libxml-2.0 jansson libzip nettle"
WARN="-Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wwrite-strings -Wimplicit-fallthrough -Wformat=2"
if nm "$lib" 2>/dev/null | grep -q '__asan_report'; then
	dflt="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"
	dfltld="-fsanitize=address,undefined"
else
	dflt="-O2 -g" dfltld=
fi
cflags=${REPLAY_CFLAGS:-$dflt}
ldflags=${REPLAY_LDFLAGS:-$dfltld}
mkdir -p "$b/fuzz" || exit 2

for t in $targets; do
	src=$root/fuzz/fuzz_$t.c
	bin=$b/fuzz/fuzz_$t
	[ -f "$src" ] || { echo "replay.sh: no target $t" >&2; exit 2; }
	if [ -f "$bin" ] && [ "$bin" -nt "$lib" ] && [ "$bin" -nt "$src" ] &&
	    [ "$bin" -nt "$root/fuzz/fuzz_util.c" ] &&
	    [ "$bin" -nt "$root/fuzz/fuzz.h" ] &&
	    [ "$bin" -nt "$root/fuzz/driver.c" ]; then
		continue
	fi
	# shellcheck disable=SC2046,SC2086
	$CC -std=c11 -D_POSIX_C_SOURCE=200809L -pthread $WARN $cflags \
	    $(pkg-config --cflags $PKGS) -I"$root/src" \
	    -DPC_FUZZ_ROOT="\"$root\"" $ldflags -o "$bin" "$src" \
	    "$root/fuzz/fuzz_util.c" "$root/fuzz/driver.c" "$lib" \
	    $(pkg-config --libs $PKGS) || exit 2
done

to=
command -v timeout >/dev/null 2>&1 && to="timeout ${REPLAY_TIMEOUT:-600}"
pass=0 fail=0
for t in $targets; do
	bin=$b/fuzz/fuzz_$t
	for d in "$root/fuzz/corpus/$t" "$root/tests/regressions/$t"; do
		[ -d "$d" ] || continue
		n=$(find "$d" -maxdepth 1 -type f ! -name '.*' | wc -l)
		[ "$n" -gt 0 ] || continue
		# one process for the directory; file by file only to name
		# the inputs that fail
		if $to "$bin" "$d" >/dev/null 2>&1; then
			pass=$((pass + n))
			continue
		fi
		for f in "$d"/*; do
			[ -f "$f" ] || continue
			if $to "$bin" "$f" >"$b/fuzz/$t.out" 2>&1; then
				pass=$((pass + 1))
			else
				fail=$((fail + 1))
				echo "FAIL $t: ${f#"$root"/} (output in $b/fuzz/$t.out)"
				cp "$b/fuzz/$t.out" "$b/fuzz/$t-$(basename "$f").out"
			fi
		done
	done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
