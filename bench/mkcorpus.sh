#!/bin/sh
# Build the benchmark corpus: one large UTF-8 file of realistic policy text
# made from the UTF-8 drafts in corpus/ (other encodings are skipped).
#
#   sh bench/mkcorpus.sh OUT [MB]      (MB in units of 10^6 bytes; default 12)
#
# Copy 0 of every draft is verbatim; later copies vary: district names are
# swapped from a list, numbers before a unit (亿元, 家, % …) are shifted, and
# within every section the paragraphs between headings are shuffled, so the
# outline stays well-formed. Drafts are emitted round-robin, copy by copy,
# until the file holds at least MB·10^6 bytes. The output is the same bytes on
# every run and with any awk: the shuffle uses its own Park–Miller generator,
# not awk's rand(), whose sequence differs between mawk and gawk.

set -u

usage()
{
	echo "usage: sh bench/mkcorpus.sh OUT [MB]" >&2
	exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
out=$1
mb=${2:-12}
case $mb in
'' | *[!0-9]* | 0) usage ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
set --
for f in "$root"/corpus/*.txt; do
	[ -f "$f" ] || continue
	if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then
		set -- "$@" "$f"
	else
		echo "mkcorpus: skipping ${f#"$root"/} (not UTF-8)" >&2
	fi
done
if [ $# -eq 0 ]; then
	echo "mkcorpus: no UTF-8 drafts in $root/corpus" >&2
	exit 1
fi

tmp=$out.tmp.$$
trap 'rm -f "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# C locale: awk works on bytes, identically in mawk and gawk. Multi-byte
# characters therefore appear only in literal strings and alternations,
# never inside bracket expressions.
LC_ALL=C awk -v target="$((mb * 1000000))" '
function lcg() {
	# Park–Miller minimal standard; products stay below 2^53, exact in doubles.
	seed = (seed * 16807) % 2147483647
	return seed
}

function replall(s, from, to,   i, r) {
	r = ""
	while ((i = index(s, from)) > 0) {
		r = r substr(s, 1, i - 1) to
		s = substr(s, i + length(from))
	}
	return r s
}

function shiftnums(s, d,   r, st, ln, m, num, pre) {
	r = ""
	while (match(s, NUMUNIT)) {
		st = RSTART; ln = RLENGTH
		pre = substr(s, 1, st - 1)
		m = substr(s, st, ln)
		match(m, /^[0-9]+/)
		num = substr(m, 1, RLENGTH)
		# Leave the fraction of a decimal (1.5%) alone.
		if (substr(pre, length(pre)) != ".")
			num = num + d
		r = r pre num substr(m, RLENGTH + 1)
		s = substr(s, st + ln)
	}
	return r s
}

function emit(s) {
	print s
	bytes += length(s) + 1
}

# Print copy k of draft f.
function variant(f, k,   i, j, n, s, t, a, lo, tmpl, nrun) {
	n = nl[f]
	for (i = 1; i <= n; i++)
		cur[i] = ln[f, i]
	if (k > 0) {
		# Shuffle each run of body lines between headings; keep the title.
		seed = 1 + (k * 7919 + f * 104729) % 2147483646
		i = 3
		while (i <= n) {
			if (cur[i] ~ HEAD) { i++; continue }
			lo = i
			while (i <= n && cur[i] !~ HEAD)
				i++
			nrun = i - lo
			for (j = nrun - 1; j > 0; j--) {
				a = lo + lcg() % (j + 1)
				t = cur[lo + j]; cur[lo + j] = cur[a]; cur[a] = t
			}
		}
	}
	for (i = 1; i <= n; i++) {
		s = cur[i]
		if (k > 0) {
			for (j = 1; j <= nsrc; j++)
				s = replall(s, pool[j], "\001" j "\001")
			for (j = 1; j <= nsrc; j++)
				s = replall(s, "\001" j "\001", pool[1 + (j - 1 + k) % npool])
			s = shiftnums(s, k % 10)
		}
		emit(s)
	}
	emit("")
}

BEGIN {
	cn = "(一|二|三|四|五|六|七|八|九|十|百|零|〇)+"
	HEAD = "^(第" cn "(章|节|篇)|" cn "、|（" cn "）|[0-9]+(\\.|．)|（[0-9]+）)"
	NUMUNIT = "[0-9]+(亿元|万元|亿|万千瓦|万单|万人|万|家|个|项|条|名|款|%|倍|平方公里)"
	# The first nsrc names occur in the drafts; the rest are stand-ins.
	nsrc = 4
	npool = split("光明区 青岚区 溪桥区 北渚区 澄湖区 柳汀区 云岫区 南漪区 东皋区", pool, " ")
	nf = 0
}

FNR == 1 {
	nf++
	sub(/^\357\273\277/, "")
}
{
	sub(/\r$/, "")
	ln[nf, FNR] = $0
	nl[nf] = FNR
}

END {
	if (nf == 0)
		exit 1
	for (k = 0; bytes < target; k++)
		for (f = 1; f <= nf && bytes < target; f++)
			variant(f, k)
}
' "$@" >"$tmp" || exit 1
mv "$tmp" "$out" || exit 1
trap - EXIT
