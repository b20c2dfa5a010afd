#!/bin/sh
# The alignment report (--format html, md) end to end: the bundled corpus
# plus a draft with planted markup rendered to one page, checked with
# libxml2's XML parser, for references to anything outside itself and for
# its size; then rendered by headless Chromium (a screenshot that is not
# blank, a PDF of more than one page, the DOM with the 衔接对照表 rows of the
# national plan and the planted script as text that never ran); --since on
# two versions of the seed; reproducibility under SOURCE_DATE_EPOCH.
#
#   sh tests/report/run.sh [--update-screenshot] PLANCHECK
#
# Needs xmllint (libxml2-utils) and python3; the Chromium checks need
# /usr/bin/chromium (Debian package chromium; $CHROMIUM overrides) and are
# skipped, with a message, without it. pdfinfo (poppler-utils) is used when
# there. --update-screenshot copies the screenshot of the seed's report to
# doc/report.png. Output goes to build/report/ ($REPORT_OUT overrides).
# The last line is "N passed, N failed"; the exit status is 1 if a check
# failed, 2 on a usage error.

set -u

update=0
case ${1:-} in
--update-screenshot) update=1; shift ;;
esac
[ $# -eq 1 ] || { echo "usage: sh tests/report/run.sh [--update-screenshot] PLANCHECK" >&2; exit 2; }
pc=$1
case $pc in
/*) ;;
*/*) pc=$(pwd)/$pc ;;
esac
[ -x "$pc" ] || command -v "$pc" >/dev/null 2>&1 || { echo "run.sh: $pc: not executable" >&2; exit 2; }

root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
here=$root/tests/report
out=${REPORT_OUT:-$root/build/report}
chromium=${CHROMIUM:-/usr/bin/chromium}
mkdir -p "$out" || exit 2
cd "$root" || exit 2

passed=0 failed=0 skipped=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1${2:+: $2}"; }
skip() { skipped=$((skipped + 1)); echo "SKIP $1: $2"; }
check() {       # check NAME COMMAND...: pass if the command succeeds
	name=$1
	shift
	if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name"; fi
}

# A fixed environment, as the golden tests have: English messages, the
# bundled dictionaries, a fixed generation time.
export SOURCE_DATE_EPOCH=1767225600
unset LC_ALL LC_MESSAGES LANGUAGE PLANCHECK_DICTS
export LANG=C.UTF-8

seed=corpus/guangming-industrialization-15th-explanation.txt
html=$out/corpus.html

# 1. The page of the corpus and the planted draft, written with -o.
rm -f "$html" "$html".*
"$pc" --format html -o "$html" corpus "$here/planted.txt" 2>"$out/corpus.err"
rc=$?
if [ "$rc" -le 1 ] && [ -s "$html" ]; then
	pass "render the corpus (exit $rc)"
else
	fail "render the corpus" "exit $rc, see $out/corpus.err"
fi
leftover=$(find "$out" -name 'corpus.html.*' | wc -l)
check "-o leaves no temporary file" test "$leftover" -eq 0

check "XML parser: well-formed" xmllint --noout --nonet "$html"
check "doctype, namespace, lang, UTF-8" python3 - "$html" <<'EOF'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
assert s.startswith('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="')
assert 'charset=UTF-8' in s and 'xml:lang=' in s
assert '<svg xmlns="http://www.w3.org/2000/svg"' in s
EOF

# Nothing outside the page: no src/href/xlink:href attributes at all
# (there are no links), no url() or @import in the CSS, no scripts, and
# the strict policy.
attrs=$(xmllint --nonet --xpath 'count(//@*[local-name()="src" or local-name()="href" or local-name()="action" or local-name()="data" or local-name()="poster"])' "$html" 2>/dev/null)
check "no src/href attributes ($attrs)" test "$attrs" = 0
check "no tag with src= or href= (grep)" sh -c "! grep -Eq '<[A-Za-z][^<>]*[[:space:]](src|href|xlink:href)[[:space:]]*=' '$html'"
check "no url() or @import in the CSS" sh -c "! grep -o '<style>[^<]*</style>' '$html' | grep -Eq 'url\\(|@import'"
check "no script element" sh -c "! grep -Eqi '<script' '$html'"
check "Content-Security-Policy default-src 'none'" grep -q "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:" "$html"
size=$(wc -c <"$html")
check "size $size bytes < 2 MB" test "$size" -lt 2097152
check "planted script kept as text" grep -qF "&lt;script&gt;document.title='pwned'&lt;/script&gt;" "$html"
check "planted img kept as text" grep -qF "&lt;img src=x onerror=\"document.title='pwned'\"&gt;" "$html"

# Reproducible: a second run gives the same bytes.
"$pc" --format html -o "$out/corpus2.html" corpus "$here/planted.txt" 2>/dev/null
check "two runs give identical files" cmp -s "$html" "$out/corpus2.html"

# 2. Headless Chromium: screenshot, PDF, DOM.
chrome()
{
	ud=$(mktemp -d "${TMPDIR:-/tmp}/pc-chromium.XXXXXX") || return 1
	if command -v timeout >/dev/null 2>&1; then
		t="timeout 120"
	else
		t=
	fi
	$t "$chromium" --headless --no-sandbox --disable-gpu \
	    --disable-dev-shm-usage --user-data-dir="$ud" \
	    --disable-background-networking --disable-component-update \
	    --disable-sync --no-first-run --hide-scrollbars \
	    --no-pdf-header-footer "$@" 2>>"$out/chromium.err"
	st=$?
	rm -rf "$ud"
	return $st
}

if [ ! -x "$chromium" ]; then
	for c in "screenshot not blank" "PDF of more than one page" \
	    "DOM: national-15 rows of the 衔接对照表" \
	    "DOM: planted script did not run" "screenshot of the seed's report"; do
		skip "$c" "no $chromium (Debian package chromium)"
	done
else
	: >"$out/chromium.err"
	png=$out/corpus.png pdf=$out/corpus.pdf dom=$out/corpus.dom.html
	rm -f "$png" "$pdf" "$dom"
	chrome --screenshot="$png" --window-size=1280,2000 "file://$html" >/dev/null
	stats=$(python3 "$here/png.py" stats "$png" 2>/dev/null)
	# width height colours non-white-percent
	set -- $stats
	if [ $# -eq 4 ] && [ "$1" -eq 1280 ] && [ "$3" -gt 64 ] &&
	    [ "$(echo "$4" | cut -d. -f1)" -ge 5 ] && [ "$(wc -c <"$png")" -gt 20000 ]; then
		pass "screenshot not blank ($stats: ${3} colours, ${4}% non-white)"
	else
		fail "screenshot not blank" "${stats:-no PNG}"
	fi

	chrome --print-to-pdf="$pdf" "file://$html" >/dev/null
	pages=0
	if [ -s "$pdf" ] && command -v pdfinfo >/dev/null 2>&1; then
		pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
	elif [ -s "$pdf" ]; then
		# one "/Type /Page" per page, beside the "/Type /Pages" nodes
		pages=$(LC_ALL=C grep -ao '/Type */Pages*' "$pdf" | grep -c 'Page$')
	fi
	check "PDF of more than one page (${pages:-0})" test "${pages:-0}" -gt 1

	chrome --dump-dom "file://$html" >"$dom"
	check "DOM: national-15 rows of the 衔接对照表" python3 - "$dom" <<'EOF'
# In the seed's section: the national plan's table with its groups and
# rows, 新能源 deployed with the term marked in its sentence.
import sys
from html.parser import HTMLParser

class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.path, self.heading, self.cur = [], [], '', None
        self.in_h, self.cell, self.row = False, None, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ('h3', 'h4'):
            self.in_h, self.heading = True, ''
        elif tag == 'table' and a.get('class') == 'alignment':
            self.cur = {'heading': self.heading, 'rows': []}
            self.tables.append(self.cur)
        elif tag == 'tr' and self.cur is not None:
            self.row = []
        elif tag in ('td', 'th') and self.row is not None:
            self.cell = ''
        elif tag == 'mark' and self.cell is not None:
            self.cell += '['
    def handle_endtag(self, tag):
        if tag in ('h3', 'h4'):
            self.in_h = False
        elif tag == 'mark' and self.cell is not None:
            self.cell += ']'
        elif tag in ('td', 'th') and self.row is not None and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == 'tr' and self.row is not None:
            self.cur['rows'].append(self.row)
            self.row = None
        elif tag == 'table':
            self.cur = None
    def handle_data(self, d):
        if self.in_h:
            self.heading += d
        if self.cell is not None:
            self.cell += d

p = P()
p.feed(open(sys.argv[1], encoding='utf-8').read())
nat = [t for t in p.tables if t['heading'].startswith('national-15 ')]
assert len(nat) >= 8, len(nat)          # one per draft checked against it
for t in nat:
    items = [r for r in t['rows'] if len(r) == 3 and r[0] != '上级规划事项'
             and r[0] != 'Higher-level item']
    assert len(items) >= 60, len(items)
seed = [t for t in nat if any('[新能源]' in r[1] for r in t['rows'] if len(r) == 3)
        and any(r[0].startswith('量子科技') for r in t['rows'] if len(r) == 3)]
assert seed, 'no national table with 新能源 marked'
rows = {r[0]: r for t in seed[:1] for r in t['rows'] if len(r) == 3}
assert any(k.startswith('新能源') and v[2].startswith('deployed') for k, v in rows.items())
assert any(k.startswith('航空航天') and v[2].startswith('missing') for k, v in rows.items())
EOF
	check "DOM: planted script did not run" python3 - "$dom" <<'EOF'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
title = re.search(r'<title>(.*?)</title>', s, re.S).group(1)
assert 'pwned' not in title and title == 'Alignment report', title
assert not re.search(r'<script\b', s, re.I)
assert not re.search(r'<img\b', s, re.I)
assert not re.search(r'<a\b', s, re.I)
assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in s
EOF

	# The screenshot for the README: the top of the seed's report.
	"$pc" --format html --lang zh -o "$out/seed.html" "$seed" 2>/dev/null
	chrome --screenshot="$out/report.png" --window-size=1280,2000 "file://$out/seed.html" >/dev/null
	shot=$(wc -c <"$out/report.png" 2>/dev/null || echo 0)
	if [ "$shot" -gt 20000 ] && [ "$shot" -lt 512000 ]; then
		pass "screenshot of the seed's report ($shot bytes)"
		if [ "$update" = 1 ]; then
			mkdir -p doc && cp "$out/report.png" doc/report.png &&
			    echo "updated doc/report.png"
		fi
	else
		fail "screenshot of the seed's report" "$shot bytes"
	fi
fi

# 3. --since on two versions of the seed: exactly the changes made.
changes()       # changes OLD NEW: the Markdown section of the changes
{
	"$pc" --format md --since "$1" "$2" 2>/dev/null |
	    awk '/^## /{ on = ($0 == "## Changes since the previous draft") } on'
}
changes "$seed" "$here/seed-added.txt" >"$out/since-added.md"
check "--since: one future industry added" python3 - "$out/since-added.md" <<'EOF'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
rows = [l for l in s.splitlines() if l.startswith('| newly') or l.startswith('| stronger')
        or l.startswith('| weaker')]
want = ['| newly covered | %s | 量子科技<br>*required* | missing | deployed |' % p
        for p in ('national-15', 'guangdong-15', 'shenzhen-15')]
assert sorted(rows) == sorted(want), rows
assert '### Findings fixed' in s and '### Findings introduced' not in s
fixed = s.split('### Findings fixed', 1)[1]
frows = [l for l in fixed.splitlines() if l.startswith('| 1:1 |')]
assert len(frows) == 3 and all('coverage-gap' in l and '量子科技' in l for l in frows), frows
EOF
changes "$seed" "$here/seed-removed.txt" >"$out/since-removed.md"
check "--since: one industry removed" python3 - "$out/since-removed.md" <<'EOF'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
rows = [l for l in s.splitlines() if l.startswith('| newly') or l.startswith('| stronger')
        or l.startswith('| weaker')]
assert rows == ['| newly missing | shenzhen-15 | 高端医疗器械<br>*required* | deployed | missing |'], rows
assert '### Findings introduced' in s and '### Findings fixed' not in s
intro = s.split('### Findings introduced', 1)[1]
frows = [l for l in intro.splitlines() if l.startswith('| 1:1 |')]
assert len(frows) == 1 and '高端医疗器械' in frows[0], frows
EOF
"$pc" --format html --since "$seed" -o "$out/since.html" "$here/seed-added.txt" 2>/dev/null
check "--since in the page" sh -c "xmllint --noout '$out/since.html' && grep -q 'Changes since the previous draft' '$out/since.html'"

echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
