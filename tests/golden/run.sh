#!/bin/sh
# Golden tests of the plancheck command line, after pcre2's RunGrepTest and
# mandoc's regress: one case is one file tests/golden/cases/NAME.t holding
# the command line, optional stdin and environment, the expected exit status
# and the expected output (stdout, then stderr lines prefixed "stderr: ").
# See tests/golden/README.md.
#
#   sh tests/golden/run.sh [-v] PLANCHECK [NAME...]
#   sh tests/golden/run.sh --update PLANCHECK [NAME...]
#
# Cases run from the repository root in a fixed environment. The last line
# printed is "N passed, N failed" (read by CI); the exit status is 1 if any
# case failed, 2 on a usage error.

set -u

usage()
{
	echo "usage: sh tests/golden/run.sh [-v] PLANCHECK [NAME...]" >&2
	echo "       sh tests/golden/run.sh --update PLANCHECK [NAME...]" >&2
	exit 2
}

update=0
verbose=0
while [ $# -gt 0 ]; do
	case $1 in
	--update) update=1; shift ;;
	-v) verbose=1; shift ;;
	--) shift; break ;;
	-*) usage ;;
	*) break ;;
	esac
done
[ $# -ge 1 ] || usage
pc=$1
shift

# Cases run from the root, so a relative PLANCHECK must be made absolute
# first; a bare name is left to PATH.
case $pc in
/*) ;;
*/*) pc=$(pwd)/$pc ;;
esac
case $pc in
*/*) [ -f "$pc" ] && [ -x "$pc" ] || { echo "run.sh: $pc: not an executable file" >&2; exit 2; } ;;
*) command -v "$pc" >/dev/null 2>&1 || { echo "run.sh: $pc: command not found" >&2; exit 2; } ;;
esac

root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
casedir=$root/tests/golden/cases
outdir=${GOLDEN_OUT:-$root/build/golden}
mkdir -p "$outdir" || exit 2

# Trim leading and trailing blanks.
trim()
{
	t=$1
	t=${t#"${t%%[! 	]*}"}
	t=${t%"${t##*[! 	]}"}
	printf '%s' "$t"
}

# Read the header of case file $1 into args, stdin_file, envs, rc_exp.
# On a malformed header, set bad to the reason.
parse_case()
{
	args='' stdin_file='' envs='' rc_exp='' bad=''
	have_args=0 lineno=0 seen_sep=0
	while IFS= read -r line || [ -n "$line" ]; do
		lineno=$((lineno + 1))
		case $line in
		---) seen_sep=1; break ;;
		'#'|'# '*|'') ;;
		args:*) args=${line#args:}; have_args=1 ;;
		stdin:*) stdin_file=$(trim "${line#stdin:}") ;;
		env:*) envs=${line#env:} ;;
		rc:*) rc_exp=$(trim "${line#rc:}") ;;
		*) bad="line $lineno: unknown header line"; return ;;
		esac
	done <"$1"
	[ "$have_args" = 1 ] || { bad="no args: line"; return; }
	[ "$update" = 1 ] || [ "$seen_sep" = 1 ] || { bad="no --- line"; return; }
	case $rc_exp in
	'') rc_exp=0 ;;
	*[!0-9]*) bad="rc: is not a number"; return ;;
	esac
	if [ -n "$stdin_file" ] && [ ! -r "$root/$stdin_file" ]; then
		bad="stdin: $stdin_file: not readable"
	fi
}

# Run the parsed case; leave the combined output in $o.out, the status in rc.
run_case()
{
	(
		cd "$root" || exit 125
		eval "set -- $args" || exit 125
		set -- "$pc" "$@"
		eval "set -- $envs \"\$@\"" || exit 125
		# Sanitizer settings pass through; nothing else of the caller's
		# environment (locale, PLANCHECK_DICTS, SOURCE_DATE_EPOCH …) does.
		for v in TMPDIR ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
			eval "if [ -n \"\${$v+set}\" ]; then set -- \"$v=\${$v}\" \"\$@\"; fi"
		done
		# a caller's ~/.config/plancheck/config must not leak in either
		set -- env -i "PATH=$PATH" "HOME=${HOME:-/}" LANG=C.UTF-8 \
		    XDG_CONFIG_HOME=/nonexistent/plancheck-golden "$@"
		if command -v timeout >/dev/null 2>&1; then
			set -- timeout "${GOLDEN_TIMEOUT:-120}" "$@"
		fi
		if [ -n "$stdin_file" ]; then
			exec <"$stdin_file" || exit 125
		else
			exec </dev/null
		fi
		exec "$@"
	) >"$o.stdout" 2>"$o.stderr"
	rc=$?
	{
		cat "$o.stdout"
		if [ -s "$o.stdout" ] && [ "$(tail -c 1 "$o.stdout" | wc -l)" -eq 0 ]; then
			echo
			echo "(no newline at end of stdout)"
		fi
		LC_ALL=C awk '{ print "stderr: " $0 }' "$o.stderr"
		if [ -s "$o.stderr" ] && [ "$(tail -c 1 "$o.stderr" | wc -l)" -eq 0 ]; then
			echo "(no newline at end of stderr)"
		fi
	} >"$o.out"
	rm -f "$o.stdout" "$o.stderr"
}

# Rewrite case file $1 with the actual rc and output, keeping its header.
update_case()
{
	LC_ALL=C awk -v rc="$rc" '
		!sep && /^---$/ { if (!done) print "rc: " rc; print; sep = 1; exit }
		/^rc:/ { if (!done) print "rc: " rc; done = 1; next }
		{ print }
		END { if (!sep) { if (!done) print "rc: " rc; print "---" } }
	' "$1" >"$o.new" && cat "$o.out" >>"$o.new" || return 1
	if cmp -s "$o.new" "$1"; then
		rm -f "$o.new"
		unchanged=$((unchanged + 1))
	else
		mv "$o.new" "$1" || return 1
		echo "updated $name (rc $rc)"
		updated=$((updated + 1))
	fi
}

if [ $# -eq 0 ]; then
	for f in "$casedir"/*.t; do
		[ -e "$f" ] || continue
		n=${f##*/}
		set -- "$@" "${n%.t}"
	done
fi

passed=0 failed=0 updated=0 unchanged=0
for name in "$@"; do
	name=${name##*/}
	name=${name%.t}
	f=$casedir/$name.t
	o=$outdir/$name
	if [ ! -f "$f" ]; then
		echo "FAIL $name: no such case ($f)"
		failed=$((failed + 1))
		continue
	fi
	parse_case "$f"
	if [ -n "$bad" ]; then
		echo "FAIL $name: malformed case: $bad"
		failed=$((failed + 1))
		continue
	fi
	run_case
	if [ "$update" = 1 ]; then
		update_case "$f" || { echo "FAIL $name: cannot rewrite $f"; failed=$((failed + 1)); }
		rm -f "$o.out"
		continue
	fi
	LC_ALL=C awk 'sep { print } !sep && /^---$/ { sep = 1 }' "$f" >"$o.expected"
	why=
	if ! diff -u "$o.expected" "$o.out" >"$o.diff"; then
		why="output differs (see ${o#"$root"/}.diff)"
	fi
	if [ "$rc" != "$rc_exp" ]; then
		[ -n "$why" ] && why="$why, "
		why="${why}exit status $rc, expected $rc_exp"
		[ "$rc" = 124 ] && why="$why (timed out?)"
	fi
	if [ -z "$why" ]; then
		passed=$((passed + 1))
		rm -f "$o.expected" "$o.out" "$o.diff"
		continue
	fi
	failed=$((failed + 1))
	echo "FAIL $name: $why"
	if [ "$verbose" = 1 ] && [ -s "$o.diff" ]; then
		sed 's/^/    /' "$o.diff"
	fi
done

if [ "$update" = 1 ]; then
	echo "$updated updated, $unchanged unchanged, $failed failed"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
