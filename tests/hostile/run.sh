#!/bin/sh
# The catalogue of hostile inputs (issue 7): each case runs plancheck on a
# hostile input together with a good draft and checks the exit status, the
# error line (it names the file and says what is wrong), that the good
# draft was still checked (its one planted finding is printed), that no
# output line is anything but a one-line diagnostic, and for the big inputs
# the time and the peak memory.
#
#   sh tests/hostile/run.sh [-v] [-k] PLANCHECK [CASE...]
#
# -v  print the output of failing cases; -k keep the temporary directory.
# Big inputs (100 MB, millions of characters, a DOCX inflating to 2 GB) are
# generated under a temporary directory by gen.py (python3), never
# committed; small ones are in tests/hostile/data/.
#
# Environment:
#   HOSTILE_SCALE=PCT   size of the big inputs in percent (default 100,
#                       under a sanitizer build too)
#   HOSTILE_SLOW=N      multiply time limits by N (default 1; 10 under ASan)
#   HOSTILE_RSS=N       multiply memory limits by N (default 1; 4 under ASan)
#
# Prints "ok NAME (…)" or "FAIL NAME: why" per case and ends with exactly
# "N passed, N failed". Exit status 1 if a case failed, 2 on a usage error.
set -u

verbose=0 keep=0
while [ $# -gt 0 ]; do
	case $1 in
	-v) verbose=1; shift ;;
	-k) keep=1; shift ;;
	--) shift; break ;;
	-*) echo "usage: run.sh [-v] [-k] PLANCHECK [CASE...]" >&2; exit 2 ;;
	*) break ;;
	esac
done
[ $# -ge 1 ] || { echo "usage: run.sh [-v] [-k] PLANCHECK [CASE...]" >&2; exit 2; }
pc=$1
shift
case $pc in /*) ;; *) pc=$(pwd)/$pc ;; esac
[ -x "$pc" ] || { echo "run.sh: $pc: not an executable file" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
here=$root/tests/hostile
data=$here/data
command -v python3 >/dev/null 2>&1 || { echo "run.sh: python3 is needed to generate the inputs" >&2; exit 2; }

# A sanitizer build is slower and bigger: the same inputs, looser limits.
if grep -q __asan_init "$pc" 2>/dev/null; then
	san=1
else
	san=0
fi
if [ "$san" = 1 ]; then
	scale=${HOSTILE_SCALE:-100} slow=${HOSTILE_SLOW:-10} rssx=${HOSTILE_RSS:-4}
else
	scale=${HOSTILE_SCALE:-100} slow=${HOSTILE_SLOW:-1} rssx=${HOSTILE_RSS:-1}
fi
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
	have_time=1
else
	have_time=0
	echo "note: /usr/bin/time (GNU) not found: peak memory is not checked"
fi
have_timeout=0
command -v timeout >/dev/null 2>&1 && have_timeout=1
[ "$have_timeout" = 1 ] || echo "note: timeout(1) not found: a hang hangs this script"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/plancheck-hostile.XXXXXX") || exit 2
if [ "$keep" = 1 ]; then
	echo "note: keeping $tmp"
else
	trap 'rm -rf "$tmp"' EXIT
	trap 'rm -rf "$tmp"; exit 2' INT TERM
fi
cd "$tmp" || exit 2
cp "$data/good.txt" "$data/good-gb18030.txt" "$data/hostile.conf" . || exit 2
gen()
{
	python3 "$here/gen.py" "$@" || { echo "run.sh: gen.py $* failed" >&2; exit 2; }
}

# What the good draft prints when it was checked: its planted finding.
GOOD='^good.txt:3:23: error: declared "六大产业" \(6\) but lists 4 items'
GOODGB='^good-gb18030.txt:3:23: error: declared "六大产业" \(6\) but lists 4 items'

pass=0 fail=0 check_format=1

# ---- the case machinery ------------------------------------------------

# begin NAME: start a case; false if cases were named and NAME is not one.
sel="$*"
begin()
{
	name=$1 why='' secs=0 rss=0
	[ -z "$sel" ] && return 0
	for s in $sel; do
		[ "$s" = "$1" ] && return 0
	done
	return 1
}

# pc_run LIMIT_SECONDS ARGS...: run plancheck (from $tmp, a fixed
# environment, no configuration file but hostile.conf unless the args say
# otherwise) within LIMIT * HOSTILE_SLOW seconds. Leaves out, err, rc,
# secs and rss (KB).
pc_run()
{
	lim=$(( $1 * slow ))
	shift
	set -- env -i "PATH=$PATH" "HOME=${HOME:-/}" LANG=C.UTF-8 \
	    XDG_CONFIG_HOME=/nonexistent/plancheck-hostile \
	    ${ASAN_OPTIONS+"ASAN_OPTIONS=$ASAN_OPTIONS"} \
	    ${UBSAN_OPTIONS+"UBSAN_OPTIONS=$UBSAN_OPTIONS"} \
	    ${LSAN_OPTIONS+"LSAN_OPTIONS=$LSAN_OPTIONS"} \
	    "$pc" "$@"
	[ "$have_timeout" = 1 ] && set -- timeout -k 5 "$lim" "$@"
	if [ "$have_time" = 1 ]; then
		/usr/bin/time -o "$tmp/.time" -f '%e %M' "$@" >"$tmp/.out" 2>"$tmp/.err"
		rc=$?
		# GNU time notes a non-zero status on a line of its own
		set -- $(tail -n 1 "$tmp/.time")
		secs=${1:-0} rss=${2:-0}
	else
		"$@" >"$tmp/.out" 2>"$tmp/.err"
		rc=$?
	fi
	if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
		why="$why; did not finish within $lim s"
	fi
	# Every line a one-line diagnostic: stdout "path:line:col: sev: … [rule]"
	# (text format) and stderr "path[:line]: sev: …". A message broken over
	# two lines shows as a line that is neither.
	if [ "${check_format:-1}" = 1 ]; then
		bad=$(LC_ALL=C grep -v -E '^[^ ].*:[0-9]+:[0-9]+: (error|warning|note): .* \[[a-z0-9-]+\]$' "$tmp/.out" | head -n 1)
		[ -n "$bad" ] && why="$why; stdout line that is not a diagnostic: \"$bad\""
		bad=$(LC_ALL=C grep -v -E '^[^ ].*: (error|warning|note): ' "$tmp/.err" | head -n 1)
		[ -n "$bad" ] && why="$why; stderr line that is not a diagnostic: \"$bad\""
	fi
	# sanitizer reports
	if LC_ALL=C grep -q -E '^(==[0-9]+==ERROR|SUMMARY: (Address|Undefined|Leak)Sanitizer)|runtime error:' "$tmp/.err"; then
		why="$why; sanitizer report: $(LC_ALL=C grep -m 1 -E 'ERROR|runtime error' "$tmp/.err")"
	fi
	return 0
}

want_rc()
{
	[ "$rc" = "$1" ] || why="$why; exit status $rc, expected $1"
}

# want_err ERE: a stderr line matches
want_err()
{
	LC_ALL=C grep -q -E -- "$1" "$tmp/.err" || why="$why; no stderr line matching /$1/"
}

# want_out ERE: a stdout line matches
want_out()
{
	LC_ALL=C grep -q -E -- "$1" "$tmp/.out" || why="$why; no stdout line matching /$1/"
}

# want_none STRING: neither stdout nor stderr holds the fixed string
want_none()
{
	if LC_ALL=C grep -q -F -- "$1" "$tmp/.out" "$tmp/.err"; then
		why="$why; output holds \"$1\""
	fi
}

# want_quiet FILE: no line names FILE (it was read without complaint)
want_quiet()
{
	if LC_ALL=C grep -q -F -- "$1:" "$tmp/.err"; then
		why="$why; unexpected: $(LC_ALL=C grep -m 1 -F -- "$1:" "$tmp/.err")"
	fi
}

# want_rss MB: peak memory at most MB * HOSTILE_RSS megabytes
want_rss()
{
	[ "$have_time" = 1 ] || return 0
	lim=$(( $1 * rssx * 1024 ))
	[ "$rss" -le "$lim" ] || why="$why; peak memory $((rss / 1024)) MB > $((lim / 1024)) MB"
}

end()
{
	m=''
	[ "$have_time" = 1 ] && m=" ($secs s, $((rss / 1024)) MB)"
	if [ -z "$why" ]; then
		pass=$((pass + 1))
		echo "ok $name$m"
	else
		fail=$((fail + 1))
		echo "FAIL $name${m}: ${why#; }"
		if [ "$verbose" = 1 ]; then
			echo "--- stdout"; head -n 20 "$tmp/.out"
			echo "--- stderr"; head -n 20 "$tmp/.err"
		fi
	fi
}

# MB of a file, for memory limits proportional to the input
mb()
{
	echo $(( ($(wc -c <"$1") + 1048575) / 1048576 ))
}

Q="-q --fail-on never --config hostile.conf"

# ---- byte-level inputs ---------------------------------------------------

if begin empty; then
	: >empty.txt
	printf '  \n\n\t\n' >blank.txt
	pc_run 30 $Q empty.txt blank.txt good.txt
	want_rc 0
	want_quiet empty.txt
	want_quiet blank.txt
	want_out "$GOOD"
	end
fi

if begin binary; then
	printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\001\000' >image.png
	head -c 8192 "$pc" >program.bin
	pc_run 30 $Q image.png program.bin good.txt
	want_rc 2
	want_err '^image.png: error: not a text document: control byte 0x1A at byte offset 6$'
	want_err '^program.bin: error: not a text document: control byte 0x[0-9A-F]{2} at byte offset [0-9]+$'
	want_out "$GOOD"
	end
fi

if begin invalid-utf8; then
	cp "$data/bad-utf8.txt" .
	pc_run 30 $Q bad-utf8.txt good.txt
	want_rc 2
	want_err '^bad-utf8.txt: error: cannot decode: not UTF-8 \(invalid byte at offset 12\)'
	want_out "$GOOD"
	end
fi

if begin invalid-utf8-forced; then
	cp "$data/bad-utf8.txt" .
	pc_run 30 $Q --encoding utf-8 bad-utf8.txt good.txt
	want_rc 2
	want_err '^bad-utf8.txt: error: invalid UTF-8 byte sequence at byte offset 12$'
	want_out "$GOOD"
	end
fi

if begin invalid-gb18030; then
	cp "$data/bad-gb18030.txt" .
	pc_run 30 $Q --encoding gb18030 bad-gb18030.txt good-gb18030.txt
	want_rc 2
	want_err '^bad-gb18030.txt: error: invalid GB18030 byte sequence at byte offset 23$'
	want_out "$GOODGB"
	end
fi

if begin nul-bytes; then
	cp "$data/nul.txt" "$data/nul-utf16.txt" .
	pc_run 30 $Q nul.txt nul-utf16.txt good.txt
	want_rc 2
	want_err '^nul.txt: error: not a text document: control byte 0x00 at byte offset 6$'
	want_err '^nul-utf16.txt: error: not a text document: control byte 0x00 at byte offset 6$'
	want_out "$GOOD"
	end
fi

# ---- size ----------------------------------------------------------------

# 100 MB on one line is under the default limit (256 MiB): it is read and
# checked, in bounded time and memory. With the limit lowered it is refused
# before it is read (the file's size is known), and from a pipe as soon as
# the limit is passed.
bigline=$((104857600 / 100 * scale))
if begin line-100mb; then
	gen line line.txt "$bigline"
	pc_run 300 $Q line.txt good.txt
	want_rc 0
	want_quiet line.txt
	want_out "$GOOD"
	want_rss $(( 40 * $(mb line.txt) ))
	end
fi
if begin line-over-limit; then
	[ -f line.txt ] || gen line line.txt "$bigline"
	pc_run 30 $Q --max-input-size 1048576 line.txt good.txt
	want_rc 2
	want_err '^line.txt: error: larger than the input size limit of 1048576 bytes$'
	want_out "$GOOD"
	want_rss 100
	end
fi
if begin line-over-limit-stdin; then
	[ -f line.txt ] || gen line line.txt "$bigline"
	pc_run 30 $Q --max-input-size 1048576 - <line.txt
	want_rc 2
	want_err '^-: error: larger than the input size limit of 1048576 bytes$'
	want_rss 100
	end
fi
rm -f line.txt

# One paragraph of millions of Han characters and no punctuation at all:
# segmentation works in bounded windows and every per-hit lookup (the
# sentence of a hit) must be bounded too.
if begin han-run; then
	gen han han.txt $((3000000 / 100 * scale))
	pc_run 120 $Q han.txt good.txt
	want_rc 0
	want_quiet han.txt
	want_out "$GOOD"
	want_rss $(( 40 * $(mb han.txt) ))
	end
	rm -f han.txt
fi

# The same with the formats that quote each hit's sentence (jsonl, html,
# md): a term every 300 characters, 10,000 sentence lookups in one
# paragraph of 3 million characters.
if begin han-run-sentences; then
	gen han-sparse han.txt $((3000000 / 100 * scale)) 300
	check_format=0
	pc_run 120 -f jsonl --fail-on never --config hostile.conf han.txt good.txt
	check_format=1
	want_rc 0
	want_out '"path": *"good.txt".*declared [^ ]*六大产业[^ ]* \(6\) but lists 4'
	want_rss $(( 40 * $(mb han.txt) ))
	end
	rm -f han.txt
fi

if begin paragraphs-1m; then
	gen paras paras.txt $((1000000 / 100 * scale))
	pc_run 120 $Q paras.txt good.txt
	want_rc 0
	want_quiet paras.txt
	want_out "$GOOD"
	want_rss $(( 40 * $(mb paras.txt) ))
	end
	rm -f paras.txt
fi

# ---- DOCX ----------------------------------------------------------------

if begin docx-corrupt; then
	for f in truncated nodoc crc badxml; do
		cp "$root/tests/data/docx/$f.docx" .
	done
	gen docx-garbage garbage.docx
	pc_run 30 $Q truncated.docx nodoc.docx crc.docx badxml.docx garbage.docx good.txt
	want_rc 2
	want_err '^truncated.docx: error: not a readable DOCX: not a zip archive$'
	want_err '^nodoc.docx: error: not a readable DOCX: no word/document.xml$'
	want_err '^crc.docx: error: not a readable DOCX: word/document.xml: CRC error$'
	want_err '^badxml.docx: error: markup error at line 3: word/document.xml: Opening and ending tag mismatch'
	want_err '^garbage.docx: error: markup error at line 1: '
	want_out "$GOOD"
	end
fi

# libxml2's message for invalid UTF-8 has a second line ("Bytes: 0x…"):
# the error must still be one line.
if begin docx-invalid-utf8; then
	gen docx-badutf8 badutf8.docx
	pc_run 30 $Q badutf8.docx good.txt
	want_rc 2
	want_err '^badutf8.docx: error: markup error at line 2: word/document.xml: Input is not proper UTF-8'
	want_out "$GOOD"
	end
fi

# A document part inflating to 2 GB (2 MB on disk), with honest headers and
# with headers claiming 1000 bytes: refused from the header, or stopped
# while inflating at the limit (64 MiB by default, or --max-part-size).
if begin docx-bomb; then
	gen docx-bomb bomb.docx 2000000000
	gen docx-bomb bomb-lying.docx 2000000000 lie
	pc_run 60 $Q bomb.docx bomb-lying.docx good.txt
	want_rc 2
	want_err '^bomb.docx: error: a part of the document expands beyond the limit of 67108864 bytes \(word/document.xml\)$'
	want_err '^bomb-lying.docx: error: a part of the document expands beyond the limit of 67108864 bytes \(word/document.xml\)$'
	want_out "$GOOD"
	want_rss 300
	end
fi
if begin docx-bomb-limit; then
	[ -f bomb-lying.docx ] || gen docx-bomb bomb-lying.docx 2000000000 lie
	pc_run 60 $Q --max-part-size 1048576 bomb-lying.docx good.txt
	want_rc 2
	want_err '^bomb-lying.docx: error: a part of the document expands beyond the limit of 1048576 bytes \(word/document.xml\)$'
	want_out "$GOOD"
	want_rss 100
	end
fi
rm -f bomb.docx bomb-lying.docx

# ---- external entities: a planted file must never be read -----------------

marker="PLANCHECK-XXE-MARKER-$$-$(date +%s)"
mkdir -p secret
echo "$marker" >secret/marker.txt
printf '<!ENTITY leak SYSTEM "file://%s/secret/marker.txt">\n' "$tmp" >secret/leak.dtd

if begin xxe-html; then
	gen html-xxe xxe.html "$tmp/secret/marker.txt"
	gen html-xxe-param xxe-param.html "$tmp/secret/marker.txt"
	gen html-xxe-dtd xxe-dtd.html "$tmp/secret/leak.dtd"
	pc_run 30 $Q xxe.html xxe-param.html xxe-dtd.html good.txt
	want_rc 2
	want_err '^xxe.html: error: document type declaration or entity at line 1 is not allowed \(never expanded\)$'
	want_err '^xxe-param.html: error: document type declaration or entity at line 1 is not allowed \(never expanded\)$'
	want_quiet xxe-dtd.html    # an external DTD is not loaded: read as it is
	want_out "$GOOD"
	want_none "$marker"
	check_format=0
	pc_run 30 -f json --fail-on never --config hostile.conf xxe.html xxe-param.html xxe-dtd.html
	check_format=1
	want_none "$marker"
	end
fi

if begin xxe-docx; then
	gen docx-xxe xxe.docx "$tmp/secret/marker.txt" document
	gen docx-xxe xxe-styles.docx "$tmp/secret/marker.txt" styles
	pc_run 30 $Q xxe.docx xxe-styles.docx good.txt
	want_rc 2
	want_err '^xxe.docx: error: document type declaration or entity at line 2 is not allowed \(never expanded\)$'
	want_err '^xxe-styles.docx: error: document type declaration or entity at line 2 is not allowed \(never expanded\)$'
	want_out "$GOOD"
	want_none "$marker"
	end
fi

# dictdir NAME FILE...: a dictionary directory holding the bundled lexicon,
# the good plan and the given files (.in templates get the marker paths).
dictdir()
{
	d=$1
	shift
	rm -rf "$d"
	mkdir -p "$d"
	cp "$root/dicts/lexicon.xml" "$data/dicts/good.xml" "$d/"
	for f in "$@"; do
		if [ -f "$data/dicts/$f" ]; then
			cp "$data/dicts/$f" "$d/"
		else
			sed -e "s|@MARKER@|$tmp/secret/marker.txt|" \
			    -e "s|@DTD@|$tmp/secret/leak.dtd|" \
			    "$data/dicts/$f.in" >"$d/$f"
		fi
	done
}

if begin xxe-dict; then
	dictdir dx xxe-entity.xml xxe-param.xml xxe-dtd.xml xinclude.xml
	pc_run 30 $Q --dicts dx good.txt
	want_rc 2
	want_err '^dx/xxe-entity.xml:2: error: a DOCTYPE is not allowed in a dictionary'
	want_err '^dx/xxe-param.xml:2: error: a DOCTYPE is not allowed in a dictionary'
	want_err '^dx/xxe-dtd.xml:2: error: a DOCTYPE is not allowed in a dictionary'
	want_err '^dx/xinclude.xml:3: error: '
	want_out "$GOOD"
	want_none "$marker"
	end
fi

# ---- entity expansion (billion laughs) -----------------------------------

if begin laughs; then
	gen html-lol lol.html
	gen docx-lol lol.docx
	dictdir dl lol.xml
	pc_run 30 $Q --dicts dl lol.html lol.docx good.txt
	want_rc 2
	want_err '^lol.html: error: document type declaration or entity at line 1 is not allowed \(never expanded\)$'
	want_err '^lol.docx: error: document type declaration or entity at line 2 is not allowed \(never expanded\)$'
	want_err '^dl/lol.xml:2: error: a DOCTYPE is not allowed in a dictionary'
	want_out "$GOOD"
	want_rss 200
	end
fi

# ---- nesting -------------------------------------------------------------

if begin html-nested; then
	gen html-nest div.html 100000 div
	gen html-nest b.html 100000 b
	gen html-nest open.html 100000 div open
	gen html-nest table.html 30000 table
	pc_run 30 $Q div.html b.html open.html table.html good.txt
	want_rc 2
	for f in div b open table; do
		want_err "^$f.html: error: markup nested too deeply at line 1\$"
	done
	want_out "$GOOD"
	want_rss 200
	end
fi
# With the limit raised past the nesting, readers must not recurse into a
# stack overflow: the pages are read.
if begin html-nested-no-limit; then
	[ -f div.html ] || gen html-nest div.html 100000 div
	cp "$root/tests/data/docx/deep.docx" .
	pc_run 60 $Q --max-depth 1000000 div.html deep.docx good.txt
	want_rc 0
	want_quiet div.html
	want_quiet deep.docx
	want_out "$GOOD"
	want_rss 500
	end
fi

# ---- dictionaries ----------------------------------------------------------

if begin dict-malformed; then
	dictdir dm malformed.xml
	pc_run 30 $Q --dicts dm good.txt
	want_rc 2
	want_err '^dm/malformed.xml:8: error: Opening and ending tag mismatch: item line 7 and group'
	want_out "$GOOD"
	end
fi

if begin dict-schema; then
	dictdir ds schema.xml
	pc_run 30 $Q --dicts ds good.txt
	want_rc 2
	want_err '^ds/schema.xml:9: error: Did not expect element colour there'
	want_out "$GOOD"
	end
fi

if begin dict-invalid-utf8; then
	dictdir du badutf8.xml
	pc_run 30 $Q --dicts du good.txt
	want_rc 2
	want_err '^du/badutf8.xml:2: error: Input is not proper UTF-8'
	want_out "$GOOD"
	end
fi

if begin dict-duplicate-ids; then
	dictdir dd dupid.xml dupplan.xml
	pc_run 30 $Q --dicts dd good.txt
	want_rc 2
	want_err '^dd/dupid.xml:8: error: duplicate item id "x" \(first at line 7\)'
	want_err '^dd/(good|dupplan).xml:[0-9]+: error: plan id "hostile-15" already defined in dd/(good|dupplan).xml'
	want_out "$GOOD"
	end
fi

# Two items claim the same alias. A check loads the dictionary without a
# word (exit 0) and the hits all go to the first item; `plancheck dict
# lint` is where the collision is reported, naming the file, the line and
# both items.
if begin dict-alias-claimed-twice; then
	dictdir da alias.xml
	pc_run 30 $Q --dicts da good.txt
	want_rc 0
	want_err '^da/alias.xml:11: warning: item "frontier-materials": “材料” is also a term of item "materials" \(line 7\); its hits all go to that item, none to this one \[dict\]$'
	want_out "$GOOD"
	pc_run 30 dict lint da
	want_rc 1
	want_out '^da/alias.xml:13:[0-9]+: warning: item "frontier-materials": “材料” is also a term of item "materials" \(line 7\).*\[lint-alias-collision\]$'
	end
fi

# A dictionary of 60,000 items, 180,000 lines: loading it stays linear
# (duplicate ids are found by sorting; comparing each id with every
# earlier one took 10 s here), and a problem past line 65,535 is
# reported at its own line (libxml2 keeps big line numbers only with
# XML_PARSE_BIG_LINES, and then only on text nodes).
if begin dict-big; then
	rm -rf dg
	mkdir dg
	cp "$root/dicts/lexicon.xml" dg/
	gen bigdict dg/big.xml 60000
	pc_run 5 $Q --dicts dg good.txt
	want_rc 2
	want_err '^dg/big.xml:180004: error: duplicate item id "i59998" \(first at line 180001\) \[dict\]$'
	want_out "$GOOD"
	end
fi

# Catastrophic backtracking: the pattern hits PCRE2's match limit on
# every line of the draft. That must end quickly and be reported once per
# draft, naming the dictionary file, line and item, not pass silently.
if begin dict-redos; then
	dictdir dr redos.xml
	gen lines redos.txt 2000 "$(printf '%040d!' 0 | tr 0 a)"
	pc_run 60 $Q --dicts dr redos.txt good.txt
	want_rc 0
	want_out '^redos.txt:[0-9]+:[0-9]+: warning: .*PCRE2 match limit.*"catastrophic".*dr/redos.xml:9\) \[pattern-limit\]$'
	n=$(LC_ALL=C grep -c 'limit' "$tmp/.out")
	[ "$n" -le 1 ] || why="$why; the limit is reported $n times, not once"
	want_out "$GOOD"
	end
fi
# The limit bounds each run, not their number: a pattern that hits it on
# every one of 200,000 lines must not cost 200,000 limits' worth of time.
if begin dict-redos-many-lines; then
	dictdir dr redos.xml
	gen lines redos.txt $((200000 / 100 * scale)) "$(printf '%040d!' 0 | tr 0 a)"
	pc_run 30 $Q --dicts dr redos.txt good.txt
	want_out "$GOOD"
	end
fi

# The PCRE2 limits are settable: a pattern that fails within the default
# limit on a short line hits a lowered one; a bad value is a usage error.
if begin dict-redos-limit; then
	dictdir dr redos.xml
	printf 'aaaaaaaa!\n' >short.txt
	pc_run 30 $Q --dicts dr short.txt good.txt
	want_rc 0
	if LC_ALL=C grep -q 'pattern-limit' "$tmp/.out"; then
		why="$why; the default limit was hit on a short line"
	fi
	want_out "$GOOD"
	pc_run 30 $Q --dicts dr --pcre2-match-limit 5 short.txt good.txt
	want_rc 0
	want_out '^short.txt:1:1: warning: 1 pattern run\(s\) stopped at the PCRE2 match limit, first for item "catastrophic" of redos \(dr/redos.xml:9\) \[pattern-limit\]$'
	want_out "$GOOD"
	check_format=0
	pc_run 30 $Q --dicts dr --pcre2-match-limit 0 short.txt good.txt
	check_format=1
	want_rc 2
	want_err '^plancheck: --pcre2-match-limit needs a whole number from 1 to 4294967295 / 需要 1 至 4294967295 的整数: 0$'
	end
fi

# ---- one-line diagnostics --------------------------------------------------

# A quotation mark left open at a line end that the paragraph continues
# past: the message quotes the text after it, which must stay on one line.
if begin message-one-line; then
	cp "$root/tests/regressions/check/paired-punct-newline.txt" open-quote.txt
	pc_run 30 $Q open-quote.txt good.txt
	want_rc 0
	want_out '^open-quote.txt:1:4: error: unbalanced “'
	want_out "$GOOD"
	end
fi

# ---- scaling: inputs that made one stage quadratic ------------------------
# Each is a few MB of one construct (most in one paragraph); a linear
# pass takes about a second at most, a quadratic one minutes.

big()
{
	# big NAME LIMIT KIND N [UNIT]: gen.py KIND of N (scaled) units, run
	# with the good draft within LIMIT seconds and 40 bytes of memory per
	# input byte
	if begin "$1"; then
		gen "$3" "$1.txt" $(($4 / 100 * scale)) ${5+"$5"}
		check_format=0
		pc_run "$2" $Q "$1.txt" good.txt
		check_format=1
		want_out "$GOOD"
		want_rss $(( 40 * $(mb "$1.txt") + 100 ))
		end
		rm -f "$1.txt"
	fi
}
big scale-sums 60 repeat 1000000 '“3+9”产业片区。'
big scale-counts 60 repeat 2000000 '六大方向'
big scale-comments 60 repeat 2000000 '<!-- '
big scale-quotes 60 repeat 1000000 '“'
# ... and its findings stop at --max-findings (default 1000) with one note
if begin scale-quotes-findings; then
	gen repeat quotes.txt $((1000000 / 100 * scale)) '“'
	pc_run 60 $Q quotes.txt good.txt
	n=$(LC_ALL=C grep -c '^quotes.txt:.*\[paired-punct\]$' "$tmp/.out")
	[ "$n" = 1000 ] || why="$why; $n paired-punct findings, expected 1000"
	want_out '^quotes.txt:1:1001: note: [0-9]+ more paired-punct finding\(s\) in this file not shown \(at most 1000 per rule; --max-findings\) \[finding-limit\]$'
	want_out "$GOOD"
	end
	rm -f quotes.txt
fi
# 200,000 sections of a tasks chapter: each section heading is weighed as
# an item the draft enumerates; that must not compare every heading with
# every count and item (80,000 took 10 s that way).
big scale-sections 10 sections 200000
# 300,000 lines each defining the same abbreviation: every later line
# writes the full name again
big scale-abbrev 60 lines 300000 '集成电路（以下简称“集成”）。'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
