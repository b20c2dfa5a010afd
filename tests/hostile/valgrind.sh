#!/bin/sh
# valgrind's memcheck over the golden tests' command lines: every
# tests/golden/cases/*.t is run as tests/golden/run.sh runs it (from the
# repository root, its args:, env: and stdin:, a fixed environment), under
#
#   valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
#
# with tests/hostile/valgrind.supp (PCRE2's JIT code, see there). A case
# fails if valgrind reports an error (invalid read or write, use of
# an uninitialised value, a definite leak …) or the run does not finish.
# The output is not compared: that is the golden tests' business.
#
#   sh tests/hostile/valgrind.sh PLANCHECK [NAME...]
#
# VALGRIND_EVERY=N runs every Nth case only (a sample; default 1, all);
# VALGRIND_TIMEOUT=S per case (default 600). Logs of failing cases are
# kept in build/valgrind/NAME.log (VALGRIND_OUT=DIR puts them elsewhere).
# Ends with exactly "N passed, N failed"; exit 1 if a case failed.
set -u

[ $# -ge 1 ] || { echo "usage: valgrind.sh PLANCHECK [NAME...]" >&2; exit 2; }
pc=$1
shift
case $pc in /*) ;; */*) pc=$(pwd)/$pc ;; esac
[ -x "$pc" ] || { echo "valgrind.sh: $pc: not an executable file" >&2; exit 2; }
command -v valgrind >/dev/null 2>&1 || { echo "valgrind.sh: valgrind not found" >&2; exit 2; }
if grep -q __asan_init "$pc" 2>/dev/null; then
	echo "valgrind.sh: $pc is a sanitizer build; valgrind needs a plain one" >&2
	exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
casedir=$root/tests/golden/cases
outdir=${VALGRIND_OUT:-$root/build/valgrind}
every=${VALGRIND_EVERY:-1}
limit=${VALGRIND_TIMEOUT:-600}
mkdir -p "$outdir" || exit 2

# Read the header of case file $1 into args, stdin_file, envs.
parse_case()
{
	args='' stdin_file='' envs='' have_args=0
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		---) break ;;
		args:*) args=${line#args:}; have_args=1 ;;
		stdin:*) stdin_file=${line#stdin:}
			 stdin_file=$(printf '%s' "$stdin_file" | sed 's/^[ 	]*//; s/[ 	]*$//') ;;
		env:*) envs=${line#env:} ;;
		esac
	done <"$1"
}

pass=0 fail=0 i=0
start=$(date +%s)
if [ $# -gt 0 ]; then
	set -- $(for n in "$@"; do echo "$casedir/$n.t"; done)
else
	set -- "$casedir"/*.t
fi
for t in "$@"; do
	[ -f "$t" ] || { echo "valgrind.sh: $t: no such case" >&2; exit 2; }
	i=$((i + 1))
	[ $(( (i - 1) % every )) -eq 0 ] || continue
	name=$(basename "$t" .t)
	parse_case "$t"
	[ "$have_args" = 1 ] || { echo "FAIL $name: no args: line"; fail=$((fail + 1)); continue; }
	log=$outdir/$name.log
	(
		cd "$root" || exit 125
		eval "set -- $args" || exit 125
		set -- valgrind -q --error-exitcode=99 --leak-check=full \
		    --errors-for-leak-kinds=definite \
		    --suppressions="$root/tests/hostile/valgrind.supp" \
		    --log-file="$log" \
		    "$pc" "$@"
		eval "set -- $envs \"\$@\"" || exit 125
		set -- env -i "PATH=$PATH" "HOME=${HOME:-/}" LANG=C.UTF-8 \
		    XDG_CONFIG_HOME=/nonexistent/plancheck-golden "$@"
		if command -v timeout >/dev/null 2>&1; then
			set -- timeout "$limit" "$@"
		fi
		if [ -n "$stdin_file" ]; then
			exec <"$stdin_file" || exit 125
		else
			exec </dev/null
		fi
		exec "$@" >/dev/null 2>&1
	)
	rc=$?
	case $rc in
	99)	fail=$((fail + 1))
		echo "FAIL $name: valgrind: $(grep -m 1 -E '== (Invalid|Conditional|Use of|Syscall|Mismatched|[0-9,]+ bytes in)' "$log" | sed 's/^==[0-9]*== //')"
		;;
	124|137)
		fail=$((fail + 1))
		echo "FAIL $name: did not finish within $limit s"
		;;
	125)	fail=$((fail + 1))
		echo "FAIL $name: cannot run the case"
		;;
	*)	if [ -s "$log" ]; then
			# valgrind's own complaints (not errors) stay visible
			fail=$((fail + 1))
			echo "FAIL $name: valgrind wrote: $(head -n 1 "$log")"
		else
			pass=$((pass + 1))
			rm -f "$log"
		fi
		;;
	esac
done
echo "valgrind: $((pass + fail)) cases in $(( $(date +%s) - start )) s"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
