/* abbrev: an abbreviation defined with "（以下简称X）" (or 简称, 下称,
 * 以下称) and then the full name written again, or X written before its
 * definition.
 *
 * The full name is the 《》 title or “” quotation just before the
 * definition, else the words before it back to the last punctuation. Where
 * that run begins is unknown (a verb may lead it: 依托粤港澳大湾区), so a
 * later full name is recognised from its end: the shortest end of the run
 * that holds X's characters in order (区工信局 in 区工业和信息化局), and
 * when X is itself the end of the run (大湾区 in 粤港澳大湾区), X with the
 * character before it.
 *
 * Silent: a full name before the definition; a full name inside a 《》
 * title or inside a longer dictionary term (proper names keep the full
 * name: 《粤港澳大湾区发展规划纲要》); either inside a quotation (another
 * document's words); a plain X of one or two characters before the
 * definition (规划, 纲要 are everyday words); X in the title. */
#include <stdlib.h>
#include <string.h>

#include "pc_ac.h"
#include "pc_alloc.h"
#include "pc_rule.h"
#include "pc_text.h"

enum {
	MAX_RUN = 40,           /* longest full name read back */
	MAX_ABBR = 30,          /* longest abbreviation */
	MIN_QUOTATION = 12,     /* shortest “…” read as a quotation */
	MAX_TITLE = 256         /* longest 《》 or “” full name */
};

typedef struct def {
	int32_t open, close;    /* the （ and ） of the definition */
	int32_t as, ae;         /* X as searched (with 《》, without “”) */
	int32_t fs, fe;         /* the full name (inner text of 《》/“”, or
	                           the run before the definition) */
	int32_t ks, ke;         /* the key a later full name is found by */
	int32_t ks2, ke2;       /* a second key: a title without its
	                           trailing （征求意见稿）; ks2 < 0 if none */
	int titled;             /* full name was a 《》 title */
} def;

/* Where the run of words before a definition stops: punctuation, but not
 * the quotation marks and 书名号 inside a name (国家级专精特新“小巨人”企业). */
static int
ends_run(UChar c)
{
	if (c == 0x201C || c == 0x201D || c == 0x300A || c == 0x300B)
		return 0;
	return pc_is_cjk_punct(c) || c == '\n' || c == ' ' || c == '\t' ||
	    c == ',' || c == '.' || c == ';' || c == ':' || c == '(' ||
	    c == ')' || c == '"';
}

static int
is_open(UChar c)
{
	return c == 0xFF08 || c == '(';
}

static int
is_close(UChar c)
{
	return c == 0xFF09 || c == ')';
}

/* Length of the defining word at s (以下简称, 以下称, 简称, 下称), or 0. */
static int32_t
defining_word(const UChar *s, int32_t n)
{
	static const char *const words[] = { "以下简称", "以下称", "简称",
	    "下称" };

	for (size_t w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (pc_starts_with(s, n, words[w]))
			return (int32_t)strlen(words[w]) / 3;
	return 0;
}

/* The 《 that opens the title ending at close (the 》), within the
 * paragraph and MAX_TITLE units, or -1. */
static int32_t
title_open(const UChar *t, int32_t lo, int32_t close, UChar o, UChar c)
{
	int depth = 0;

	if (lo < close - MAX_TITLE)
		lo = close - MAX_TITLE;
	for (int32_t i = close; i >= lo; i--) {
		if (t[i] == c)
			depth++;
		else if (t[i] == o && --depth == 0)
			return i;
	}
	return -1;
}

/* Is x[0..xn) a subsequence of s[0..sn)? */
static int
subsequence(const UChar *x, int32_t xn, const UChar *s, int32_t sn)
{
	int32_t k = 0;

	for (int32_t i = 0; i < sn && k < xn; i++)
		if (s[i] == x[k])
			k++;
	return k == xn;
}

/* Fill d from the definition whose （ is at open; 0 if it is none. */
static int
read_def(const pc_view *v, int32_t lo, int32_t hi, int32_t open, def *d)
{
	const UChar *t = v->fold;
	int32_t w = defining_word(t + open + 1, hi - open - 1);
	int32_t as, ae, close;

	if (w == 0)
		return 0;
	as = open + 1 + w;
	if (as < hi && (t[as] == 0xFF1A || t[as] == ':'))
		as++;
	for (close = as; close < hi && close - as <= MAX_ABBR &&
	    !is_close(t[close]) && !pc_is_clause_end(t[close]); close++)
		;
	if (close >= hi || !is_close(t[close]))
		return 0;
	ae = close;
	if (ae - as >= 2 && (t[as] == 0x201C || t[as] == '"') &&
	    (t[ae - 1] == 0x201D || t[ae - 1] == '"')) {
		as++;
		ae--;
	}
	if (ae <= as)
		return 0;
	memset(d, 0, sizeof(*d));
	d->open = open;
	d->close = close;
	d->as = as;
	d->ae = ae;
	d->ks2 = -1;
	if (open > lo && (t[open - 1] == 0x300B || t[open - 1] == 0x201D)) {
		UChar o = t[open - 1] == 0x300B ? 0x300A : 0x201C;
		int32_t ts = title_open(t, lo, open - 1, o, t[open - 1]);

		if (ts < 0 || open - 1 - ts < 2)
			return 0;
		d->fs = d->ks = ts + 1;
		d->fe = d->ke = open - 1;
		d->titled = o == 0x300A;
		if (d->titled && is_close(t[d->fe - 1])) {
			for (int32_t i = d->fe - 2; i > d->fs; i--)
				if (is_open(t[i])) {
					if (i - d->fs >= 6) {
						d->ks2 = d->fs;
						d->ke2 = i;
					}
					break;
				}
		}
		return 1;
	}
	d->fe = open;
	for (d->fs = open; d->fs > lo && open - d->fs < MAX_RUN &&
	    !ends_run(t[d->fs - 1]); d->fs--)
		;
	if (d->fe - d->fs <= ae - as)
		return 1;       /* nothing longer than X to find */
	if (d->fe - (ae - as) >= d->fs && memcmp(t + d->fe - (ae - as),
	    t + as, (size_t)(ae - as) * sizeof(UChar)) == 0) {
		d->ks = d->fe - (ae - as) - 1;
		d->ke = d->fe;
		return 1;
	}
	for (int32_t s = d->fe - (ae - as) - 1; s >= d->fs; s--)
		if (subsequence(t + as, ae - as, t + s, d->fe - s)) {
			d->ks = s;
			d->ke = d->fe;
			return 1;
		}
	return 1;
}

/* Is [s, e) inside a 《…》 of its paragraph (of at most MAX_TITLE
 * units)? */
static int
in_title(const UChar *t, int32_t lo, int32_t s, int32_t e, int32_t hi)
{
	int32_t i;

	if (lo < s - MAX_TITLE)
		lo = s - MAX_TITLE;
	if (hi > e + MAX_TITLE)
		hi = e + MAX_TITLE;
	for (i = s - 1; i >= lo; i--)
		if (t[i] == 0x300A)
			break;
		else if (t[i] == 0x300B)
			return 0;
	if (i < lo)
		return 0;
	for (i = e; i < hi; i++)
		if (t[i] == 0x300B)
			return 1;
		else if (t[i] == 0x300A)
			return 0;
	return 0;
}

/* What the searches read: the view, its dictionary hits (sorted by start)
 * with the longest hit's length, and the quotations (in text order, not
 * overlapping). */
typedef struct ctx {
	const pc_rule_ctx *c;
	pc_severity sev;
	pc_findings *out;
	const pc_span *q;
	int32_t nq;
	int32_t maxhit;
	const def *defs;
	int32_t *last;          /* per key: end of its last occurrence */
} ctx;

/* Is [s, e) inside a longer dictionary hit (a proper name)? The hits
 * starting at s or up to maxhit units before it. */
static int
in_longer_term(const ctx *x, int32_t s, int32_t e)
{
	const pc_matches *mt = x->c->mt;

	for (int32_t i = pc_matches_from(mt, s + 1) - 1; i >= 0 &&
	    mt->hits[i].start >= e - x->maxhit; i--)
		if (mt->hits[i].end >= e && mt->hits[i].end - mt->hits[i].start >
		    e - s)
			return 1;
	return 0;
}

/* Is [s, e) inside a quotation? */
static int
quoted(const ctx *x, int32_t s, int32_t e)
{
	int32_t lo = 0, hi = x->nq;

	while (lo < hi) {       /* first quotation starting after s */
		int32_t mid = lo + (hi - lo) / 2;
		if (x->q[mid].start <= s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && e <= x->q[lo - 1].end;
}

static char *
pos(const pc_view *v, int32_t off)
{
	int32_t line, col;

	pc_source_pos(v->src, off, PC_UNIT_CHAR, &line, &col);
	return pc_xasprintf("%d:%d", (int)line, (int)col);
}

/* A later full name [s, e) of d, found by its key (pass 0) or its second
 * key (pass 1). */
static void
full_again(const ctx *x, const def *d, int pass, int32_t s, int32_t e)
{
	const pc_view *v = x->c->v;
	const UChar *t = v->fold;
	int32_t ks = pass == 0 ? d->ks : d->ks2, p, lo, hi;
	char *full, *abbr, *where;

	if (pass == 1 && e < v->len && is_open(t[e]))
		return;         /* the whole title: pass 0 */
	p = pc_doc_para_at(v->doc, s);
	if (p < 0 || (v->flags[s] & PC_VF_MASK))
		return;
	lo = v->doc->paras[p].start;
	hi = v->doc->paras[p].end;
	if ((!d->titled && (in_title(t, lo, s, e, hi) ||
	    in_longer_term(x, s, e))) || quoted(x, s, e))
		return;
	/* show as much of the full name as is written here */
	for (int32_t f = ks; !d->titled && s > lo && f > d->fs &&
	    t[s - 1] == t[f - 1]; f--)
		s--;
	full = pc_view_utf8(v, s, e);
	abbr = pc_view_utf8(v, d->as, d->ae);
	where = pos(v, d->open);
	pc_findings_add(x->out, pc_rule_abbrev.id, x->sev, s, e,
	    pc_xasprintf("full name “%s” written again after its abbreviation "
	    "“%s” was defined at %s; write “%s”", full, abbr, where, abbr),
	    pc_xasprintf("已于%s定义简称“%s”，此处仍写全称“%s”，应使用简称",
	    where, abbr, full));
	free(full);
	free(abbr);
	free(where);
}

/* X [s, s + n) of d before its definition, not as the end of the full
 * name. */
static void
used_before(const ctx *x, const def *d, int32_t s)
{
	const pc_view *v = x->c->v;
	const UChar *t = v->fold;
	int32_t n = d->ae - d->as;
	int bracketed = t[d->as] == 0x300A;
	char *abbr, *where;

	/* the title may name the document by its short name */
	if ((v->flags[s] & PC_VF_MASK) || (v->doc->npara > 0 &&
	    s < v->doc->paras[0].end))
		return;
	/* the end of the full name, not the abbreviation */
	if (d->ke == d->fe && d->ks >= 0 && d->ke - d->ks == n + 1 &&
	    s > 0 && t[s - 1] == t[d->ks])
		return;
	if ((!bracketed && in_longer_term(x, s, s + n)) ||
	    quoted(x, s, s + n))
		return;
	abbr = pc_view_utf8(v, d->as, d->ae);
	where = pos(v, d->open);
	pc_findings_add(x->out, pc_rule_abbrev.id, x->sev, s, s + n,
	    pc_xasprintf("abbreviation “%s” used before its definition at %s",
	    abbr, where),
	    pc_xasprintf("简称“%s”在定义（%s）之前使用", abbr, where));
	free(abbr);
	free(where);
}

/* Keys of the automaton: per definition, its key, its second key and X. */
enum { K_FULL, K_FULL2, K_ABBR, NKEYS };

/* An occurrence of a key: like a search from left to right, occurrences of
 * one key do not overlap. */
static int
found(int32_t s, int32_t e, int32_t id, void *arg)
{
	ctx *x = arg;
	const def *d = &x->defs[id / NKEYS];
	int kind = id % NKEYS;

	if (s < x->last[id])
		return 0;
	if (kind == K_ABBR) {
		if (e > d->open)
			return 0;
		x->last[id] = e;
		used_before(x, d, s);
	} else {
		if (s <= d->close)
			return 0;
		x->last[id] = e;
		full_again(x, d, kind == K_FULL ? 0 : 1, s, e);
	}
	return 0;
}

/* Definitions ordered by X, then by position: the first of each X. */
typedef struct byabbr {
	const UChar *s;
	int32_t n, i;
} byabbr;

static int
cmp_abbr(const void *a, const void *b)
{
	const byabbr *x = a, *y = b;
	int32_t n = x->n < y->n ? x->n : y->n;
	int c = memcmp(x->s, y->s, (size_t)n * sizeof(UChar));

	if (c != 0)
		return c;
	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

static void
run(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	const pc_view *v = c->v;
	def *defs = NULL;
	int32_t nd = 0;
	size_t cap = 0;
	ctx x;
	byabbr *order;
	pc_ac *ac;

	for (int32_t p = 0; p < v->doc->npara; p++) {
		int32_t lo = v->doc->paras[p].start, hi = v->doc->paras[p].end;

		for (int32_t i = lo; i < hi; i++) {
			def d;

			if (!is_open(v->fold[i]) || (v->flags[i] & PC_VF_MASK) ||
			    !read_def(v, lo, hi, i, &d))
				continue;
			pc_grow(&defs, &cap, (size_t)nd + 1, sizeof(*defs));
			defs[nd++] = d;
			i = d.close;
		}
	}
	if (nd == 0)
		return;
	memset(&x, 0, sizeof(x));
	x.c = c;
	x.sev = sev;
	x.out = out;
	x.defs = defs;
	x.q = pc_view_quotations(v, MIN_QUOTATION, &x.nq);
	for (int32_t i = 0; i < c->mt->n; i++)
		if (c->mt->hits[i].end - c->mt->hits[i].start > x.maxhit)
			x.maxhit = c->mt->hits[i].end - c->mt->hits[i].start;
	x.last = pc_xcalloc((size_t)nd * NKEYS, sizeof(*x.last));
	/* a second definition of the same X: only the first counts for "used
	 * before"; its full name is reported as written again */
	order = pc_xreallocarray(NULL, (size_t)nd, sizeof(*order));
	for (int32_t i = 0; i < nd; i++) {
		order[i].s = v->fold + defs[i].as;
		order[i].n = defs[i].ae - defs[i].as;
		order[i].i = i;
	}
	pc_qsort(order, (size_t)nd, sizeof(*order), cmp_abbr);
	ac = pc_ac_new();
	for (int32_t k = 0; k < nd; k++) {
		const def *d = &defs[order[k].i];
		int32_t id = order[k].i * NKEYS;

		if (k > 0 && cmp_abbr(&(byabbr){ order[k - 1].s,
		    order[k - 1].n, 0 }, &(byabbr){ order[k].s, order[k].n,
		    0 }) == 0)
			continue;
		if (d->ae - d->as >= (v->fold[d->as] == 0x300A ? 4 : 3))
			pc_ac_add(ac, v->fold + d->as, d->ae - d->as,
			    id + K_ABBR);
		if (d->ke > d->ks)
			pc_ac_add(ac, v->fold + d->ks, d->ke - d->ks,
			    id + K_FULL);
		if (d->ke > d->ks && d->ks2 >= 0)
			pc_ac_add(ac, v->fold + d->ks2, d->ke2 - d->ks2,
			    id + K_FULL2);
	}
	pc_ac_build(ac);
	pc_ac_scan(ac, v->fold, v->len, found, &x);
	pc_ac_free(ac);
	free(order);
	free(x.last);
	free((void *)x.q);
	free(defs);
}

const pc_rule pc_rule_abbrev = {
	"abbrev", PC_SEV_WARNING, run,
	{ "full name written after its abbreviation was defined, or "
	  "abbreviation used before its definition",
	  "定义简称后仍用全称，或简称先于定义使用" },
	{ "Reads definitions \"（以下简称X）\" (also 简称, 下称, 以下称) and "
	  "reports the full name written again after the definition, and X "
	  "written before it. The full name is the 《》 title or “” quotation "
	  "before the definition, else the words before it back to the last "
	  "punctuation. Silent: a full name before the definition; a full "
	  "name inside a 《》 title, a longer dictionary term (proper names "
	  "keep the full name) or a quotation of another document; X in the "
	  "document's title; a plain X of one "
	  "or two characters before its definition. Example: after "
	  "粤港澳大湾区（以下简称大湾区）, a later 推进粤港澳大湾区建设 is "
	  "reported.",
	  "读取“（以下简称X）”（及“简称”“下称”“以下称”）定义，报告定义"
	  "之后再次使用全称、以及定义之前使用简称X。全称取定义前的《》书名"
	  "或“”引文，否则取定义前至上一个标点的文字。不报告：定义之前的"
	  "全称；书名号内、较长的词典术语内（专有名称保留全称）或他文引文内的"
	  "全称；文件"
	  "标题中的简称；定义之前出现的一两个字的无标记简称。例：“粤港澳大湾区"
	  "（以下简称大湾区）”之后再写“推进粤港澳大湾区建设”，报告。" },
};
