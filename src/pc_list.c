/* Declared counts and the lists they count (see pc_list.h for the forms).
 *
 * Everything works on the folded view (ASCII digits, masked Word leftovers
 * as blanks) within one paragraph at a time, except ordinal lists, which may
 * run on into paragraphs that start with the next marker, and the headings
 * and sum forms, which read the outline. Scans are bounded; the search
 * for the counts a sum adds up, or for the count that restates a heading's,
 * runs the finder once more without those two steps, so nothing nests
 * deeper than one level. */
#include "pc_list.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_numeral.h"
#include "pc_text.h"

#define CH_DUN          0x3001  /* 、 */
#define CH_COMMA        0xFF0C  /* ， */
#define CH_SEMI         0xFF1B  /* ； */
#define CH_COLON        0xFF1A  /* ： */
#define CH_LPAREN       0xFF08  /* （ */
#define CH_RPAREN       0xFF09  /* ） */
#define CH_DENG         0x7B49  /* 等 */
#define CH_HE           0x548C  /* 和 */
#define CH_JI           0x53CA  /* 及 */
#define CH_YU           0x4E0E  /* 与 */
#define CH_YI           0x4EE5  /* 以 */
#define CH_SHI          0x662F  /* 是 */
#define CH_DI           0x7B2C  /* 第 */
#define CH_NIAN         0x5EFF  /* 廿 */

/* How far a sum ("3+9"产业片区) looks for its parts: counts, text units. */
#define SUM_CANDIDATES  64
#define SUM_REACH       8192

/* Classifiers between a numeral and its noun; 方面 needs none (四方面). */
static const UChar CLASSIFIERS[] = u"大个项类";
static const UChar FANGMIAN[] = u"方面";
/* Right after a numeral: an approximation (十余项, 三十多个, 十几个). */
static const UChar APPROX_AFTER[] = u"余多几来";
/* Right before a numeral: an ordinal, approximation or anaphora (第三代,
 * 近十个, 这三大, 上述两个, 其中两个, 前三大). */
static const UChar NOT_BEFORE[] = u"第这那前后近约超逾数每各该此其述首头末上另";
/* Never part of the short modifier between classifier and noun
 * ("三个月内完成…任务" is no count of 任务). */
static const UChar NOT_MODIFIER[] = u"的之年月日天内以上下和与及等是为中左右";
/* Single-character prepositions that lead a list only at a clause head
 * ("并向A、B、C三大应用方向拓展"): anywhere else they are parts of words. */
static const UChar PREP1[] = u"从在向对将把即";
/* Adverbs that may stand before such a preposition (并向, 还从). */
static const UChar ADVERB1[] = u"并也还再要均都且";
/* Multi-character prepositions, and lead verbs that are no deployment
 * verbs (so not in the lexicon's action list), that lead a list. */
static const char *const PREPS[] = {
	"围绕", "基于", "依托", "包括", "涵盖", "覆盖", "涉及", "面向",
	"针对", "按照", "聚焦", "立足", "统筹", "坚持", "形成",
	"设置", "设立", "明确",
};
/* Verbs that link a list to something else than the count: "将A、B作为
 * 三大支柱" does not list the 支柱. */
static const char *const LINKS[] = {
	"作为", "成为", "列为", "列入", "纳入", "确定为", "打造成",
};

typedef struct scan {
	const pc_view *v;
	const UChar *f;         /* the fold */
	const pc_outline *o;
	const pc_list_lex *lx;
	int32_t least;          /* smallest count: 2, or 1 for a sum's parts */
} scan;

typedef struct ilist {
	pc_list_item *it;
	int32_t n;
	size_t cap;
} ilist;

static int
in_set(UChar c, const UChar *set)
{
	for (; *set != 0; set++)
		if (*set == c)
			return 1;
	return 0;
}

static int
is_digit(UChar c)
{
	return c >= '0' && c <= '9';
}

static int
is_colon(UChar c)
{
	return c == CH_COLON || c == ':';
}

static int
is_open(UChar c)
{
	return c == CH_LPAREN || c == '(' || c == 0x300A || c == 0x3008 ||
	    c == 0x201C || c == 0x2018 || c == 0x3010 || c == 0x3014 ||
	    c == 0x300C || c == 0x300E;
}

static int
is_close(UChar c)
{
	return c == CH_RPAREN || c == ')' || c == 0x300B || c == 0x3009 ||
	    c == 0x201D || c == 0x2019 || c == 0x3011 || c == 0x3015 ||
	    c == 0x300D || c == 0x300F;
}

/* Punctuation that may trail an item: clause ends, 、, colons, blanks. */
static int
is_trail(UChar c)
{
	return pc_is_clause_end(c) || is_colon(c) || c == CH_DUN ||
	    pc_is_blank(c);
}

static int32_t
skip_fwd(const UChar *f, int32_t p, int32_t e)
{
	while (p < e && pc_is_blank(f[p]))
		p++;
	return p;
}

static int32_t
skip_back(const UChar *f, int32_t s, int32_t p)
{
	while (p > s && pc_is_blank(f[p - 1]))
		p--;
	return p;
}

static void
il_add(ilist *l, int32_t mark, int32_t s, int32_t e, int32_t value)
{
	pc_list_item *it;

	pc_grow(&l->it, &l->cap, (size_t)l->n + 1, sizeof(*l->it));
	it = &l->it[l->n++];
	it->mark = mark;
	it->start = s;
	it->end = e;
	it->value = value;
}

static void
il_free(ilist *l)
{
	free(l->it);
	memset(l, 0, sizeof(*l));
}

/* Longest word of wl at s[0..n), or 0. */
static int32_t
word_at(const pc_wordlist *wl, const UChar *s, int32_t n)
{
	int32_t best = 0;

	if (wl == NULL)
		return 0;
	for (int32_t i = 0; i < wl->n; i++) {
		int32_t k = wl->w[i].ulen;

		if (k > best && k <= n &&
		    memcmp(s, wl->w[i].u, (size_t)k * sizeof(UChar)) == 0)
			best = k;
	}
	return best;
}

/* Non-zero if some word of wl ends exactly at s + n. */
static int
word_ends(const pc_wordlist *wl, const UChar *s, int32_t n)
{
	if (wl == NULL)
		return 0;
	for (int32_t i = 0; i < wl->n; i++) {
		int32_t k = wl->w[i].ulen;

		if (k > 0 && k <= n && memcmp(s + n - k, wl->w[i].u,
		    (size_t)k * sizeof(UChar)) == 0)
			return 1;
	}
	return 0;
}

static int32_t
lit_at(const char *const *lits, size_t nlits, const UChar *s, int32_t n)
{
	int32_t best = 0;

	for (size_t i = 0; i < nlits; i++) {
		UChar w[16];
		int32_t k = 0;

		for (const unsigned char *p = (const unsigned char *)lits[i];
		    *p != 0 && k < 16; k++) {
			/* the literals are 3-byte UTF-8 Han characters */
			w[k] = (UChar)(((p[0] & 0x0F) << 12) |
			    ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
			p += 3;
		}
		if (k > best && k <= n &&
		    memcmp(s, w, (size_t)k * sizeof(UChar)) == 0)
			best = k;
	}
	return best;
}

/* Length of the lead word (verb or preposition) at s[0..n), or 0. */
static int32_t
lead_at(const scan *x, const UChar *s, int32_t n)
{
	int32_t k = word_at(x->lx->actions, s, n), m;

	if ((m = word_at(x->lx->verbs, s, n)) > k)
		k = m;
	if ((m = lit_at(PREPS, sizeof(PREPS) / sizeof(PREPS[0]), s, n)) > k)
		k = m;
	return k;
}

/* Non-zero if an action word or quote verb ends at s + n. */
static int
lead_ends(const scan *x, const UChar *s, int32_t n)
{
	return word_ends(x->lx->actions, s, n) ||
	    word_ends(x->lx->verbs, s, n);
}

static void
para_bounds(const scan *x, int32_t off, int32_t *ps, int32_t *pe)
{
	int32_t p = pc_doc_para_at(x->v->doc, off);

	if (p < 0) {
		*ps = off;
		*pe = off;
		return;
	}
	*ps = x->v->doc->paras[p].start;
	*pe = x->v->doc->paras[p].end;
}

/* --- counts ------------------------------------------------------------ */

static int
modifier_ok(UChar c)
{
	return pc_is_han(c) && !in_set(c, NOT_MODIFIER);
}

/* The counted noun at f[k..pe): up to four modifier characters, a count
 * noun, and a second count noun close behind (产业发展体系). */
static int
noun_at(const scan *x, int32_t k, int32_t pe, int32_t *endp)
{
	const UChar *f = x->f;
	const pc_wordlist *nouns = x->lx->nouns;

	for (int32_t m = 0; m <= 4 && k + m < pe; m++) {
		int32_t w, e;

		if (m > 0 && !modifier_ok(f[k + m - 1]))
			return 0;
		if ((w = word_at(nouns, f + k + m, pe - k - m)) == 0)
			continue;
		e = k + m + w;
		for (int t = 0; t < 2; t++) {
			int32_t d, w2 = 0;

			for (d = 0; d <= 2 && e + d < pe; d++) {
				if (d > 0 && (!modifier_ok(f[e + d - 1]) ||
				    lead_at(x, f + e + d - 1, pe - e - d + 1)))
					break;
				if ((w2 = word_at(nouns, f + e + d,
				    pe - e - d)) > 0)
					break;
			}
			if (w2 == 0)
				break;
			e += d + w2;
		}
		*endp = e;
		return 1;
	}
	return 0;
}

/* "3+9"产业片区: two to eight ASCII numbers joined by + (or ＋). */
static int
sum_at(const scan *x, int32_t i, int32_t ps, int32_t pe, pc_count *c)
{
	const UChar *f = x->f;
	int32_t p = i, total = 0, q, e;

	c->nparts = 0;
	for (;;) {
		int32_t v = 0, n = 0;

		while (p + n < pe && is_digit(f[p + n]) && n < 5)
			v = v * 10 + (f[p + n++] - '0');
		if (n == 0 || (p + n < pe && is_digit(f[p + n])))
			return 0;
		c->parts[c->nparts++] = v;
		total += v;
		p += n;
		if (c->nparts < 8 && p + 1 < pe &&
		    (f[p] == '+' || f[p] == 0xFF0B) && is_digit(f[p + 1]))
			p++;
		else
			break;
	}
	if (c->nparts < 2)
		return 0;
	q = p;
	if (q < pe && (is_close(f[q]) || f[q] == '"'))
		q++;
	if (q >= pe || !noun_at(x, q, pe, &e))
		return 0;
	c->start = i > ps && (is_open(f[i - 1]) || f[i - 1] == '"') ?
	    i - 1 : i;
	c->end = e;
	c->noun_start = q;
	c->noun_end = e;
	c->value = total;
	c->form = PC_LIST_SUM;
	return 1;
}

static int
numeral_start(const UChar *f, int32_t ps, int32_t i)
{
	UChar c = f[i], p;

	if (!is_digit(c) && !pc_numeral_is_cn(c) && c != CH_NIAN)
		return 0;
	if (i == ps)
		return 1;
	p = f[i - 1];
	if (is_digit(p) || pc_numeral_is_cn(p) || p == CH_NIAN)
		return 0;
	if (is_digit(c) && (pc_is_ascii_alnum(p) || p == '.' || p == '+' ||
	    p == 0xFF0B || p == '-'))
		return 0;
	return 1;
}

/* A count starting at f[i] (a numeral start), within [ps, pe). */
static int
count_at(const scan *x, int32_t i, int32_t ps, int32_t pe, pc_count *c)
{
	const UChar *f = x->f;
	int32_t n, val = 0, j, k, e;

	memset(c, 0, sizeof(*c));
	if (is_digit(f[i]) && sum_at(x, i, ps, pe, c))
		return 1;
	memset(c, 0, sizeof(*c));
	if ((n = pc_numeral_parse(f + i, pe - i, &val)) == 0 ||
	    val < x->least)
		return 0;
	j = i + n;
	if (j >= pe || is_digit(f[j]) || pc_numeral_is_cn(f[j]) ||
	    in_set(f[j], APPROX_AFTER))
		return 0;
	if (i > ps && in_set(f[i - 1], NOT_BEFORE))
		return 0;
	if (in_set(f[j], CLASSIFIERS))
		k = j + 1;
	else if (j + 1 < pe && f[j] == FANGMIAN[0] && f[j + 1] == FANGMIAN[1])
		k = j;
	else
		return 0;
	if (k >= pe || !noun_at(x, k, pe, &e))
		return 0;
	c->start = i;
	c->end = e;
	c->noun_start = k;
	c->noun_end = e;
	c->value = val;
	return 1;
}

/* Raw counts (no lists yet) of paragraph pi with start in [s, e), at most
 * max of them (max < 0: all). */
static void
raw_para(const scan *x, int32_t pi, int32_t s, int32_t e, int32_t max,
    pc_counts *out)
{
	int32_t ps = x->v->doc->paras[pi].start, pe = x->v->doc->paras[pi].end;

	for (int32_t i = ps > s ? ps : s; i < pe && i < e &&
	    (max < 0 || out->n < max); i++) {
		pc_count c;

		if (!numeral_start(x->f, ps, i) || !count_at(x, i, ps, pe, &c))
			continue;
		pc_grow(&out->c, &out->cap, (size_t)out->n + 1,
		    sizeof(*out->c));
		out->c[out->n++] = c;
		i = c.end - 1;
	}
}

/* --- ordinal lists ------------------------------------------------------ */

typedef struct omark {
	int kind;               /* 1 一是, 2 第一X, 3 （一） */
	UChar sfx;              /* kind 2: X; kind 3: digit style */
	int32_t value;
	int32_t len;            /* marker length */
} omark;

static int
mark_at(const UChar *f, int32_t p, int32_t pe, omark *m)
{
	int32_t n, v = 0;

	memset(m, 0, sizeof(*m));
	if (p >= pe)
		return 0;
	if (pc_numeral_is_cn(f[p]) && (n = pc_numeral_parse(f + p, pe - p,
	    &v)) > 0 && p + n < pe && f[p + n] == CH_SHI && v >= 1) {
		m->kind = 1;
		m->value = v;
		m->len = n + 1;
		return 1;
	}
	if (f[p] == CH_DI && p + 1 < pe && (n = pc_numeral_parse(f + p + 1,
	    pe - p - 1, &v)) > 0 && p + 1 + n < pe && v >= 1 &&
	    !is_digit(f[p + 1 + n]) && !pc_numeral_is_cn(f[p + 1 + n]) &&
	    (pc_is_han(f[p + 1 + n]) || f[p + 1 + n] == CH_COMMA ||
	    f[p + 1 + n] == CH_DUN)) {
		m->kind = 2;
		m->sfx = f[p + 1 + n];
		m->value = v;
		m->len = 1 + n;
		return 1;
	}
	if ((f[p] == CH_LPAREN || f[p] == '(') && p + 1 < pe &&
	    (n = pc_numeral_parse(f + p + 1, pe - p - 1, &v)) > 0 &&
	    p + 1 + n < pe && (f[p + 1 + n] == CH_RPAREN ||
	    f[p + 1 + n] == ')') && v >= 1) {
		m->kind = 3;
		m->sfx = is_digit(f[p + 1]) ? '1' : 0x4E00;
		m->value = v;
		m->len = n + 2;
		return 1;
	}
	return 0;
}

static int
same_kind(const omark *a, const omark *b)
{
	return a->kind == b->kind && a->sfx == b->sfx;
}

/* Non-zero if p starts a clause of the paragraph starting at ps. */
static int
clause_head(const UChar *f, int32_t ps, int32_t p)
{
	int32_t q = skip_back(f, ps, p);

	return q == ps || pc_is_clause_end(f[q - 1]) || is_colon(f[q - 1]);
}

/* Index of the first heading that starts at or after off (o->n if none):
 * headings are in document order, so this is a binary search — lists are
 * resolved per count, and a long draft has thousands of headings. */
static int32_t
first_heading_from(const pc_outline *o, int32_t off)
{
	int32_t lo = 0, hi = o->n;

	while (lo < hi) {
		int32_t mid = lo + (hi - lo) / 2;
		if (o->h[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Non-zero if a heading of the outline starts in (a, b) but not at skip. */
static int
heading_between(const scan *x, int32_t a, int32_t b, int32_t skip)
{
	if (x->o == NULL)
		return 0;
	for (int32_t k = first_heading_from(x->o, a + 1); k < x->o->n; k++) {
		int32_t s = x->o->h[k].start;

		if (s >= b)
			break;
		if (s != skip)
			return 1;
	}
	return 0;
}

/* End of the sentence containing p (at its 。！？, or the paragraph end). */
static int32_t
sentence_end(const UChar *f, int32_t p, int32_t pe)
{
	int depth = 0;

	for (; p < pe; p++) {
		if (is_open(f[p]))
			depth++;
		else if (is_close(f[p]) && depth > 0)
			depth--;
		else if (depth == 0 && pc_is_sentence_end(f[p]))
			return p;
	}
	return pe;
}

static int32_t
trim_item_end(const UChar *f, int32_t s, int32_t e)
{
	while (e > s && is_trail(f[e - 1]))
		e--;
	return e;
}

/* The ordinal list whose first marker (value 1) is at p0. Runs of markers
 * that restart at 1 are nested lists and are skipped; a duplicate or a gap
 * of one continues the run. */
static int
list_ordinal(const scan *x, pc_count *c, int32_t p0)
{
	const UChar *f = x->f;
	const pc_doc *d = x->v->doc;
	omark m0, m;
	int32_t stack[8], depth = 0, pi, ps, pe, p, last_end;
	int one_sentence = 1;
	ilist l = { NULL, 0, 0 };

	pi = pc_doc_para_at(d, p0);
	if (pi < 0 || !mark_at(f, p0, d->paras[pi].end, &m0) ||
	    m0.value != 1)
		return 0;
	ps = d->paras[pi].start;
	pe = d->paras[pi].end;
	stack[0] = 1;
	il_add(&l, p0, p0 + m0.len, pe, 0);
	p = p0 + m0.len;
	for (;;) {
		int bdepth = 0, stop = 0;

		for (; p < pe && !stop; p++) {
			int32_t dd;

			if (bdepth > 0 || !clause_head(f, ps, p) ||
			    !mark_at(f, p, pe, &m) || !same_kind(&m, &m0)) {
				if (is_open(f[p]))
					bdepth++;
				else if (is_close(f[p]) && bdepth > 0)
					bdepth--;
				continue;
			}
			if (heading_between(x, l.it[l.n - 1].mark, p + 1, p)) {
				stop = 1;
				break;
			}
			if (m.value == stack[depth] + 1) {
				stack[depth] = m.value;
			} else {
				for (dd = depth - 1; dd >= 0; dd--)
					if (m.value == stack[dd] + 1)
						break;
				if (dd >= 0) {
					depth = dd;
					stack[depth] = m.value;
				} else if (m.value == 1 && depth < 7) {
					stack[++depth] = 1;
				} else if (m.value == stack[depth] ||
				    (m.value > stack[depth] &&
				    m.value <= stack[depth] + 2)) {
					stack[depth] = m.value;
				} else {
					stop = 1;
					break;
				}
			}
			if (depth == 0) {
				if (sentence_end(f, l.it[l.n - 1].mark, p) < p)
					one_sentence = 0;
				l.it[l.n - 1].end = trim_item_end(f,
				    l.it[l.n - 1].start, p);
				il_add(&l, p, p + m.len, pe, 0);
			}
			p += m.len - 1;
		}
		if (stop || m0.kind == 3 || pi + 1 >= d->npara)
			break;
		/* the run may go on in the next paragraph */
		{
			int32_t q = skip_fwd(f, d->paras[pi + 1].start,
			    d->paras[pi + 1].end);

			if (!mark_at(f, q, d->paras[pi + 1].end, &m) ||
			    !same_kind(&m, &m0) || m.value == 1 ||
			    heading_between(x, q - 1, q + 1, -1))
				break;
			pi++;
			ps = d->paras[pi].start;
			pe = d->paras[pi].end;
			p = q;
			one_sentence = 0;
		}
	}
	{
		pc_list_item *it = &l.it[l.n - 1];
		int32_t ipe;

		para_bounds(x, it->mark, &ps, &ipe);
		last_end = one_sentence ? sentence_end(f, it->start, ipe) : ipe;
		it->end = trim_item_end(f, it->start, last_end);
		if (it->end < it->start)
			it->end = it->start;
	}
	c->form = PC_LIST_ORDINAL;
	c->items = l.it;
	c->nitems = l.n;
	c->lo = c->hi = l.n;
	c->list_start = p0;
	c->list_end = l.it[l.n - 1].end;
	return 1;
}

/* --- lists of words ----------------------------------------------------- */

/* Items of f[a..e) split at top-level sep, each trimmed of blanks and of a
 * leading joiner; the last (or only) one split at 以及. Returns the number
 * of optional joiners (和 及 与) inside the last item. */
static int32_t
split_items(const UChar *f, int32_t a, int32_t e, UChar sep, ilist *l)
{
	int depth = 0;
	int32_t s = a, nopt = 0;

	for (int32_t p = a; p <= e; p++) {
		int32_t is, ie;

		if (p < e) {
			if (is_open(f[p]))
				depth++;
			else if (is_close(f[p]) && depth > 0)
				depth--;
			if (depth > 0 || f[p] != sep)
				continue;
		}
		is = skip_fwd(f, s, p);
		ie = skip_back(f, is, p);
		if (ie - is > 2 && f[is] == CH_YI && f[is + 1] == CH_JI)
			is += 2;
		else if (ie - is > 1 && (f[is] == CH_HE || f[is] == CH_JI ||
		    f[is] == CH_YU))
			is++;
		if (ie > is)
			il_add(l, is, is, ie, 0);
		s = p + 1;
	}
	if (l->n == 0)
		return 0;
	/* the last item: 以及 always joins, 和/及/与 may */
	{
		pc_list_item last = l->it[--l->n];
		int32_t is = last.start;

		depth = 0;
		for (int32_t p = last.start; p < last.end; p++) {
			if (is_open(f[p]))
				depth++;
			else if (is_close(f[p]) && depth > 0)
				depth--;
			if (depth > 0 || p == last.start || p + 1 >= last.end)
				continue;
			if (f[p] == CH_YI && f[p + 1] == CH_JI &&
			    p + 2 < last.end) {
				if (p > is)
					il_add(l, is, is, p, 0);
				is = p + 2;
				p++;
			} else if (f[p] == CH_HE || f[p] == CH_YU ||
			    (f[p] == CH_JI && f[p - 1] != CH_YI)) {
				nopt++;
			}
		}
		il_add(l, is, is, last.end, 0);
	}
	return nopt;
}

static int
contains_link(const UChar *f, int32_t s, int32_t e)
{
	for (int32_t p = s + 1; p < e; p++)
		if (lit_at(LINKS, sizeof(LINKS) / sizeof(LINKS[0]), f + p,
		    e - p) > 0)
			return 1;
	return 0;
}

/* Top-level 等 inside f[s..e) (not at its end): the list closed earlier. */
static int
contains_deng(const UChar *f, int32_t s, int32_t e)
{
	int depth = 0;

	for (int32_t p = s; p + 1 < e; p++) {
		if (is_open(f[p]))
			depth++;
		else if (is_close(f[p]) && depth > 0)
			depth--;
		else if (depth == 0 && f[p] == CH_DENG)
			return 1;
	}
	return 0;
}

/* Skip an ordinal marker 一是 and blanks at a clause head. */
static int32_t
skip_head(const UChar *f, int32_t a, int32_t e)
{
	omark m;

	a = skip_fwd(f, a, e);
	if (mark_at(f, a, e, &m) && m.kind == 1)
		a = skip_fwd(f, a + m.len, e);
	return a;
}

/* Where the items of the first segment f[s..e) begin, after the lead word
 * (and the lead words chained to it, 加快推动). With verb-phrase items
 * (verb_items) the first action verb of the chain stays in the item
 * (提出加强统筹协调、… → 加强统筹协调). */
static int32_t
first_item_start(const scan *x, int32_t s, int32_t e, int last_lead,
    int verb_items)
{
	const UChar *f = x->f;
	int32_t found = -1, lastw = -1, end = -1, firstact = -1;

	if (s < e && in_set(f[s], PREP1) && s + 1 < e) {
		found = s;
		end = s + 1;
	} else if (s + 1 < e && in_set(f[s + 1], PREP1) &&
	    in_set(f[s], ADVERB1)) {
		found = s + 1;
		end = s + 2;
	}
	for (int32_t p = s; p < e; p++) {
		int32_t k = lead_at(x, f + p, e - p);

		if (k == 0)
			continue;
		if (found < 0 || last_lead) {
			found = p;
			end = p + k;
		}
		if (!last_lead)
			break;
		p += k - 1;
	}
	if (found < 0)
		return s;
	lastw = found;
	if (word_at(x->lx->actions, f + found, e - found) > 0)
		firstact = found;
	for (;;) {
		int32_t k = lead_at(x, f + end, e - end);

		if (k == 0)
			break;
		lastw = end;
		if (firstact < 0 && word_at(x->lx->actions, f + end,
		    e - end) > 0)
			firstact = end;
		end += k;
	}
	if (verb_items)
		return firstact >= 0 ? firstact : lastw;
	if (end < e && f[end] == 0x4E86)        /* 形成了 */
		end++;
	return end;
}

/* How many items from the second on start with an action verb (at_end 0:
 * how many items of all end with a lead verb). */
static int32_t
verb_share(const scan *x, const ilist *l, int at_start)
{
	int32_t n = 0;

	for (int32_t i = at_start ? 1 : 0; i < l->n; i++) {
		const UChar *s = x->f + l->it[i].start;
		int32_t len = l->it[i].end - l->it[i].start;

		if (at_start ? word_at(x->lx->actions, s, len) > 0 :
		    lead_ends(x, s, len))
			n++;
	}
	return n;
}

/* Non-zero if the count's noun is 方面 or 原则. */
static int
aspect_noun(const UChar *f, const pc_count *c)
{
	int32_t n = c->noun_end - c->noun_start;

	return n >= 2 && (pc_starts_with(f + c->noun_end - 2, 2, "方面") ||
	    pc_starts_with(f + c->noun_end - 2, 2, "原则"));
}

/* Parse f[a..e) as a list of words, into c. sep is 、 or ；. Returns 0 if
 * it does not look like a list (one item without joiner or 等). */
static int
words_list(const scan *x, pc_count *c, int32_t a, int32_t e, UChar sep,
    int lead, pc_list_form form)
{
	const UChar *f = x->f;
	ilist l = { NULL, 0, 0 };
	int32_t nopt, e2;
	int open = 0;

	e2 = skip_back(f, a, e);
	if (e2 > a && f[e2 - 1] == CH_DENG) {
		open = 1;
		e2--;
		if (e2 > a && f[e2 - 1] == CH_DENG)
			e2--;
		e2 = skip_back(f, a, e2);
	}
	a = skip_head(f, a, e2);
	if (e2 <= a)
		return 0;
	nopt = split_items(f, a, e2, sep, &l);
	if (l.n == 0)
		goto no;
	if (lead) {
		/* items begin after the lead word; lists of verb phrases
		 * keep their verbs */
		int multi = l.n > 1 && pc_find(f + a, e2 - a,
		    (const UChar *)u"、", 1) >= 0;
		int verb_items = multi && verb_share(x, &l, 1) * 2 >= l.n - 1;
		int32_t s0 = first_item_start(x, l.it[0].start, l.it[0].end,
		    !multi, verb_items);

		if (!multi) {
			/* one segment: start again after the last lead */
			il_free(&l);
			if (s0 >= e2)
				return 0;
			nopt = split_items(f, s0, e2, sep, &l);
			if (l.n == 0)
				goto no;
		} else {
			l.it[0].start = l.it[0].mark = s0;
			if (l.it[0].start >= l.it[0].end)
				goto no;
		}
		/* the last item must touch the count: no verb in between
		 * ("在深圳、广州建设三个平台"), unless most items end in one
		 * (新质驱动、融合赋能、…) or the count counts aspects, which
		 * no verb builds (…、空间布局六个方面) */
		{
			pc_list_item *z = &l.it[l.n - 1];

			if ((lead_ends(x, f + z->start, z->end - z->start) &&
			    verb_share(x, &l, 0) * 2 <= l.n &&
			    !aspect_noun(f, c)) ||
			    contains_link(f, z->start, z->end) ||
			    contains_deng(f, z->start, z->end))
				goto no;
		}
	}
	if (l.n < 2 && nopt == 0 && !open)
		goto no;
	c->form = form;
	c->open = open;
	c->items = l.it;
	c->nitems = l.n;
	c->lo = l.n;
	c->hi = l.n + nopt;
	c->list_start = l.it[0].start;
	c->list_end = l.it[l.n - 1].end;
	return 1;
no:
	il_free(&l);
	return 0;
}

/* The list right before the count, after the clause head and lo. Sets
 * *strong if it has a 、. */
static int
list_before(const scan *x, pc_count *c, int32_t lo, int *strong)
{
	const UChar *f = x->f;
	int32_t a = c->start, depth = 0;

	*strong = 0;
	while (a > lo) {
		UChar ch = f[a - 1];

		if (is_close(ch))
			depth++;
		else if (is_open(ch)) {
			if (depth == 0)
				break;
			depth--;
		} else if (depth == 0 && (pc_is_clause_end(ch) ||
		    is_colon(ch)))
			break;
		a--;
	}
	if (!words_list(x, c, a, c->start, CH_DUN, 1, PC_LIST_BEFORE))
		return 0;
	*strong = c->nitems > 1 && pc_find(f + c->list_start,
	    c->list_end - c->list_start, (const UChar *)u"、", 1) >= 0;
	return 1;
}

/* The first ordinal list in the paragraph after pi that starts at its
 * head, if the paragraph is no heading. */
static int
ordinal_next_para(const scan *x, pc_count *c, int32_t pi)
{
	const pc_doc *d = x->v->doc;
	int32_t q;
	omark m;

	if (pi < 0 || pi + 1 >= d->npara)
		return 0;
	q = skip_fwd(x->f, d->paras[pi + 1].start, d->paras[pi + 1].end);
	if (!mark_at(x->f, q, d->paras[pi + 1].end, &m) || m.kind == 3 ||
	    m.value != 1 || heading_between(x, q - 1, q + 1, -1))
		return 0;
	return list_ordinal(x, c, q);
}

/* A colon later in the count's clause (before limit), and the list after
 * it: ordinals, or words split at ； (when no 、 comes first) or 、. */
static int
list_colon(const scan *x, pc_count *c, int32_t limit, int32_t pe)
{
	const UChar *f = x->f;
	int32_t p, q, se, sc = -1, cc = -1, dc = -1, end;
	int depth = 0;
	omark m;

	for (p = c->end; p < limit && p < pe; p++) {
		if (is_open(f[p]))
			depth++;
		else if (is_close(f[p]) && depth > 0)
			depth--;
		else if (depth == 0 && is_colon(f[p]))
			break;
		else if (depth == 0 && pc_is_clause_end(f[p]))
			return 0;
	}
	if (p >= limit || p >= pe)
		return 0;
	q = skip_fwd(f, p + 1, pe);
	if (q >= pe) {
		if (ordinal_next_para(x, c, pc_doc_para_at(x->v->doc, p))) {
			c->colon = 1;
			return 1;
		}
		return 0;
	}
	if (mark_at(f, q, pe, &m) && m.value == 1) {
		if (!list_ordinal(x, c, q))
			return 0;
		c->colon = 1;
		return 1;
	}
	se = sentence_end(f, q, pe);
	depth = 0;
	for (p = q; p < se; p++) {
		if (is_open(f[p]))
			depth++;
		else if (is_close(f[p]) && depth > 0)
			depth--;
		else if (depth > 0)
			continue;
		else if (f[p] == CH_SEMI && sc < 0)
			sc = p;
		else if ((f[p] == CH_COMMA || f[p] == ',') && cc < 0)
			cc = p;
		else if (f[p] == CH_DUN && dc < 0)
			dc = p;
	}
	if (sc >= 0 && (dc < 0 || dc > sc)) {
		if (!words_list(x, c, q, se, CH_SEMI, 0, PC_LIST_COLON))
			return 0;
	} else {
		end = se;
		if (cc >= 0 && cc < end)
			end = cc;
		if (sc >= 0 && sc < end)
			end = sc;
		if (!words_list(x, c, q, end, CH_DUN, 0, PC_LIST_COLON))
			return 0;
	}
	c->colon = 1;
	return 1;
}

/* Ordinals right after the count: in its sentence after ，/：/；, at the
 * head of the next sentence, or of the next paragraph. */
static int
list_ordinal_after(const scan *x, pc_count *c, int32_t limit, int32_t pe)
{
	const UChar *f = x->f;
	int32_t p, q;
	int depth = 0;
	omark m;

	for (p = c->end; p < pe && p < limit; p++) {
		if (is_open(f[p]))
			depth++;
		else if (is_close(f[p]) && depth > 0)
			depth--;
		if (depth > 0)
			continue;
		if (pc_is_sentence_end(f[p]))
			break;
		if (f[p] == CH_COMMA || f[p] == CH_SEMI || is_colon(f[p])) {
			q = skip_fwd(f, p + 1, pe);
			if (q < limit && mark_at(f, q, pe, &m) && m.value == 1)
				return list_ordinal(x, c, q);
		}
	}
	if (p >= limit)
		return 0;
	if (p < pe) {
		q = skip_fwd(f, p + 1, pe);
		if (q < pe && q < limit && mark_at(f, q, pe, &m) &&
		    m.value == 1)
			return list_ordinal(x, c, q);
		if (q < pe)
			return 0;
	}
	return ordinal_next_para(x, c, pc_doc_para_at(x->v->doc, c->start));
}

/* Index of the heading whose title holds off, or -1. */
static int32_t
title_at(const scan *x, int32_t off)
{
	int32_t k;

	if (x->o == NULL)
		return -1;
	/* the last heading starting at or before off is the only one whose
	 * title can hold it: titles follow their markers and do not nest */
	k = first_heading_from(x->o, off + 1) - 1;
	if (k >= 0 && x->o->h[k].title_start <= off &&
	    off < x->o->h[k].title_end)
		return k;
	return -1;
}

/* Sub-headings: the children of the heading whose title holds the count,
 * or the headings that follow the paragraph the count ends. */
static int
list_headings(const scan *x, pc_count *c, int32_t htitle, int32_t limit,
    int32_t pe)
{
	const pc_outline *o = x->o;
	const UChar *f = x->f;
	int32_t first = -1, parent, tail = 0, named = 0;
	int intro = 0;
	ilist l = { NULL, 0, 0 };

	if (o == NULL)
		return 0;
	if (htitle >= 0) {
		if (htitle + 1 < o->n && o->h[htitle + 1].parent == htitle)
			first = htitle + 1;
		parent = htitle;
	} else {
		int32_t pi = pc_doc_para_at(x->v->doc, c->start);

		if (limit < pe)
			return 0;
		for (int32_t p = c->end; p < pe; p++)
			if (!pc_is_blank(f[p]))
				tail++;
		if (tail > 8)
			return 0;
		intro = pc_find(f + c->start, pe - c->start,
		    (const UChar *)u"如下", 2) >= 0 ||
		    pc_find(f + c->start, pe - c->start,
		    (const UChar *)u"以下", 2) >= 0;
		for (int32_t p = pe; p > c->end && !intro; p--)
			if (!pc_is_blank(f[p - 1])) {
				intro = is_colon(f[p - 1]);
				break;
			}
		{
			/* 以下 before the count: "重点研究以下五大领域" */
			int32_t ss = c->start;

			while (ss > 0 && !pc_is_sentence_end(f[ss - 1]) &&
			    c->start - ss < 40)
				ss--;
			if (pc_find(f + ss, c->start - ss,
			    (const UChar *)u"以下", 2) >= 0)
				intro = 1;
		}
		{
			int32_t k = first_heading_from(o, pe);
			if (k < o->n && o->h[k].para == pi + 1 &&
			    !o->h[k].run_in)
				first = k;
		}
		parent = pc_outline_at(o, c->start);
		if (first >= 0 && o->h[first].parent != parent)
			first = -1;
	}
	if (first < 0)
		return 0;
	for (int32_t k = first; k < o->n; k++) {
		const pc_heading *h = &o->h[k];

		if (h->depth < o->h[first].depth)
			break;
		if (h->parent != parent)
			continue;
		if (h->mark != o->h[first].mark)
			break;
		if (c->noun_end - c->noun_start >= 2 && pc_find(f +
		    h->title_start, h->title_end - h->title_start,
		    f + c->noun_end - 2, 2) >= 0)
			named++;
		il_add(&l, h->start, h->title_start, h->title_end, 0);
	}
	/* a paragraph's count must introduce the headings: it ends with a
	 * colon or says 如下/以下, or a heading names its noun (两大工程
	 * over （一）甲工程); "建成两个国家级平台。" over （一）经济目标
	 * does not */
	if (htitle < 0 && named == 0 && !intro) {
		il_free(&l);
		return 0;
	}
	c->form = PC_LIST_HEADINGS;
	c->items = l.it;
	c->nitems = c->lo = c->hi = l.n;
	c->list_start = o->h[first].start;
	c->list_end = l.it[l.n - 1].end;
	return 1;
}

/* The list of one count; prev_end and next_start bound it by the counts
 * around it in its paragraph [ps, pe). */
static void
resolve(const scan *x, pc_count *c, int32_t prev_end, int32_t next_start,
    int32_t ps, int32_t pe)
{
	int32_t lo = ps > prev_end ? ps : prev_end;
	int32_t ht = title_at(x, c->start);
	pc_count b;
	int strong = 0, have_b;

	if (ht >= 0 && x->o->h[ht].title_start > lo)
		lo = x->o->h[ht].title_start;
	b = *c;
	have_b = list_before(x, &b, lo, &strong);
	if (have_b && strong) {
		*c = b;
		return;
	}
	if (list_colon(x, c, next_start, pe) ||
	    (!have_b && list_ordinal_after(x, c, next_start, pe))) {
		if (have_b)
			free(b.items);
		return;
	}
	if (have_b) {
		*c = b;
		return;
	}
	list_headings(x, c, ht, next_start, pe);
}

/* Last n (at most 2) characters of the counted noun. */
static int
same_tail(const UChar *f, const pc_count *a, const pc_count *b, int32_t n)
{
	if (a->noun_end - a->noun_start < n || b->noun_end - b->noun_start < n)
		return 0;
	return memcmp(f + a->noun_end - n, f + b->noun_end - n,
	    (size_t)n * sizeof(UChar)) == 0;
}

static int
has_list(const pc_count *d)
{
	return d->form != PC_LIST_NONE && d->form != PC_LIST_SUM &&
	    d->form != PC_LIST_RESTATED;
}

/* c takes the list of d, which restates it. */
static void
restate_as(pc_count *c, const pc_count *d)
{
	c->form = PC_LIST_RESTATED;
	c->open = d->open;
	c->lo = d->lo;
	c->hi = d->hi;
	c->nitems = d->nitems;
	c->items = pc_xreallocarray(NULL, (size_t)d->nitems,
	    sizeof(*c->items));
	memcpy(c->items, d->items, (size_t)d->nitems * sizeof(*c->items));
	c->list_start = d->list_start;
	c->list_end = d->list_end;
	c->ref_start = d->start;
	c->ref_end = d->end;
	c->ref_value = d->value;
}

/* Non-zero if f[s..e) has more than n non-blank units (stops there). */
static int
filled_over(const UChar *f, int32_t s, int32_t e, int32_t n)
{
	for (; s < e; s++)
		if (!pc_is_blank(f[s]) && --n < 0)
			return 1;
	return 0;
}

/* A count with no list that ends its sentence, restated with a list in
 * the next sentence (d, the next count of the paragraph). Both scans stop
 * early (at the third non-blank unit, at d), so a paragraph of many counts
 * stays linear. */
static void
restated(const scan *x, pc_count *c, const pc_count *d, int32_t pe)
{
	const UChar *f = x->f;
	int32_t se, n = 0;
	int depth = 0;

	if (!has_list(d))
		return;
	/* the sentence end, at most two non-blank units after the count */
	for (se = c->end; se < pe; se++) {
		if (depth == 0 && pc_is_sentence_end(f[se]))
			break;
		if (!pc_is_blank(f[se]) && ++n > 2)
			return;
		if (is_open(f[se]))
			depth++;
		else if (is_close(f[se]) && depth > 0)
			depth--;
	}
	/* d starts in the next sentence */
	if (se >= pe || d->start <= se ||
	    sentence_end(f, se + 1, d->start) < d->start ||
	    !same_tail(f, c, d, 2))
		return;
	restate_as(c, d);
}

static void find(const scan *x, int32_t start, int32_t end, int sums,
    int restate, int32_t max, pc_counts *out);

/* A count with no list that ends a heading ("第一节做强三大支柱产业"),
 * restated with a list in the first sentence of the paragraph below it
 * ("聚焦A、B两大支柱产业"). */
static void
heading_restated(const scan *x, pc_count *c, int32_t pi)
{
	const pc_doc *d = x->v->doc;
	int32_t ps, pe;
	pc_counts next = { NULL, 0, 0 };

	if (c->form != PC_LIST_NONE || title_at(x, c->start) < 0 ||
	    pi + 1 >= d->npara ||
	    filled_over(x->f, c->end, d->paras[pi].end, 2))
		return;
	ps = d->paras[pi + 1].start;
	pe = d->paras[pi + 1].end;
	{
		int32_t k = first_heading_from(x->o, ps);
		if (k < x->o->n && x->o->h[k].para == pi + 1)
			return;
	}
	find(x, ps, sentence_end(x->f, ps, pe), 0, 0, -1, &next);
	if (next.n > 0 && has_list(&next.c[0]) &&
	    same_tail(x->f, c, &next.c[0], 2))
		restate_as(c, &next.c[0]);
	pc_counts_free(&next);
}

/* The end of the word the count's noun ends: the noun may be cut short by
 * the lexicon (一个产业核心区 has the noun 产业), so the Han characters right
 * after it (up to three, no particle, no verb) count. */
static int32_t
word_end(const scan *x, const pc_count *c)
{
	const UChar *f = x->f;
	int32_t ps, pe, e = c->noun_end;

	para_bounds(x, c->start, &ps, &pe);
	for (int k = 0; k < 3 && e < pe && pc_is_han(f[e]) &&
	    !in_set(f[e], NOT_MODIFIER) && lead_at(x, f + e, pe - e) == 0; k++)
		e++;
	return e;
}

/* Non-zero if d continues the part that c began: c is restated by d, or
 * both declare the same value (三大总部经济集聚区 … 三大总部集聚区). */
static int
same_part(const pc_count *c, const pc_count *d)
{
	return (c->form == PC_LIST_RESTATED && c->ref_start == d->start) ||
	    c->value == d->value;
}

/* The counts a sum (raw->c[si]) adds up: the counts after it, up to the end
 * of its paragraph or of its section (run-in headings do not end it),
 * whose word ends in the same character as the sum's (see word_end). A
 * count and its restatement are one part. With as many parts as summands,
 * a part agrees with its summand if any of its counts declares it or its
 * list has that many items. */
static void
resolve_sum(const scan *x, pc_counts *raw, int32_t si, int32_t pe)
{
	pc_count *c = &raw->c[si];
	int32_t send = pe, k, ng = 0;
	pc_counts later = { NULL, 0, 0 }, one = { NULL, 0, 0 };
	scan x1 = *x;
	int32_t pi, kept = 0;
	const pc_count *cand[SUM_CANDIDATES];
	int32_t nc = 0, gs[8], ge[8];
	ilist l = { NULL, 0, 0 };

	if (x->o != NULL && (k = pc_outline_at(x->o, c->start)) >= 0) {
		while (k >= 0 && x->o->h[k].run_in)
			k = x->o->h[k].parent;
		if (k >= 0 && x->o->h[k].end > pe)
			send = x->o->h[k].end;
	}
	/* the parts are near: at most SUM_CANDIDATES counts within SUM_REACH
	 * units, which keeps a document of many sums linear */
	if (send > c->end + SUM_REACH)
		send = c->end + SUM_REACH;
	/* a part may be one: "1+3" is 一个核心区 and 三大片区 */
	x1.least = 1;
	if (raw->n - si - 1 < SUM_CANDIDATES) {
		int32_t room = SUM_CANDIDATES - (raw->n - si - 1);

		pi = pc_doc_para_at(x->v->doc, c->start);
		if (pi >= 0)
			raw_para(&x1, pi, c->end, pe < send ? pe : send,
			    room, &one);
		if (send > pe)
			find(&x1, pe, send, 0, 0, room, &later);
	}
	for (int32_t i = si + 1; i < raw->n && nc < SUM_CANDIDATES; i++)
		cand[nc++] = &raw->c[i];
	for (int32_t j = 0; j < one.n && nc < SUM_CANDIDATES; j++) {
		int32_t at = nc;

		if (one.c[j].value != 1)
			continue;
		/* into text order */
		while (at > 0 && cand[at - 1]->start > one.c[j].start) {
			cand[at] = cand[at - 1];
			at--;
		}
		cand[at] = &one.c[j];
		nc++;
	}
	for (int32_t i = 0; i < later.n && nc < SUM_CANDIDATES; i++)
		cand[nc++] = &later.c[i];
	for (int32_t i = 0; i < nc; i++)
		if (cand[i]->form != PC_LIST_SUM &&
		    x->f[word_end(x, cand[i]) - 1] == x->f[word_end(x, c) - 1])
			cand[kept++] = cand[i];
	nc = kept;
	/* parts: runs of candidates [gs, ge) */
	for (int32_t i = 0; i < nc; i++) {
		if (i > 0 && same_part(cand[i - 1], cand[i])) {
			ge[ng - 1] = i + 1;
			continue;
		}
		if (ng == 8) {
			ng++;
			break;
		}
		gs[ng] = i;
		ge[ng++] = i + 1;
	}
	for (int32_t g = 0; g < ng && g < 8; g++) {
		const pc_count *first = cand[gs[g]];
		int32_t value = first->value;

		if (ng == c->nparts)
			for (int32_t i = gs[g]; i < ge[g]; i++) {
				const pc_count *d = cand[i];

				if (d->value == c->parts[g] ||
				    (d->form != PC_LIST_NONE && !d->open &&
				    d->lo == d->hi && d->lo == c->parts[g]))
					value = c->parts[g];
			}
		il_add(&l, first->start, first->start, word_end(x, first),
		    value);
	}
	pc_counts_free(&later);
	pc_counts_free(&one);
	c->items = l.it;
	c->nitems = c->lo = c->hi = ng > 8 ? 0 : l.n;
	if (ng > 8) {
		free(l.it);
		c->items = NULL;
	}
	if (c->nitems > 0) {
		c->list_start = l.it[0].start;
		c->list_end = l.it[l.n - 1].end;
	}
}

/* Counts starting in [start, end), with their lists; sums only if sums,
 * headings restated below only if restate (the counts a sum adds up and
 * the restating counts are found without either, so this goes one level
 * deep at most). With max >= 0, the search stops after max counts and
 * does not look past end for the count after the last one. */
static void
find(const scan *x, int32_t start, int32_t end, int sums, int restate,
    int32_t max, pc_counts *out)
{
	const pc_doc *d = x->v->doc;
	int32_t lo = 0, hi = d->npara;

	/* the first paragraph ending after start: this is called for small
	 * ranges too, and must not walk the document from its beginning */
	while (lo < hi) {
		int32_t mid = lo + (hi - lo) / 2;
		if (d->paras[mid].end <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (int32_t pi = lo; pi < d->npara && d->paras[pi].start < end &&
	    (max < 0 || out->n < max); pi++) {
		int32_t ps = d->paras[pi].start, pe = d->paras[pi].end;
		pc_counts raw = { NULL, 0, 0 };

		if (pe <= start)
			continue;
		/* the whole paragraph, for the counts around those in range */
		raw_para(x, pi, ps, max < 0 ? pe : end, max < 0 ? -1 :
		    max - out->n, &raw);
		for (int32_t i = 0; i < raw.n; i++)
			if (raw.c[i].form != PC_LIST_SUM)
				resolve(x, &raw.c[i], i > 0 ?
				    raw.c[i - 1].end : ps, i + 1 < raw.n ?
				    raw.c[i + 1].start : pe, ps, pe);
		for (int32_t i = 0; i + 1 < raw.n; i++)
			if (raw.c[i].form == PC_LIST_NONE)
				restated(x, &raw.c[i], &raw.c[i + 1], pe);
		for (int32_t i = 0; restate && i < raw.n; i++)
			heading_restated(x, &raw.c[i], pi);
		for (int32_t i = 0; i < raw.n; i++)
			if (raw.c[i].form == PC_LIST_SUM && sums &&
			    raw.c[i].start >= start && raw.c[i].start < end)
				resolve_sum(x, &raw, i, pe);
		for (int32_t i = 0; i < raw.n; i++) {
			if (raw.c[i].start < start || raw.c[i].start >= end ||
			    (raw.c[i].form == PC_LIST_SUM && !sums)) {
				free(raw.c[i].items);
				continue;
			}
			pc_grow(&out->c, &out->cap, (size_t)out->n + 1,
			    sizeof(*out->c));
			out->c[out->n++] = raw.c[i];
		}
		free(raw.c);
	}
}

/* --- public -------------------------------------------------------------- */

void
pc_list_lex_init(pc_list_lex *lx, const pc_dictset *ds)
{
	lx->nouns = &ds->words[PC_W_COUNT_NOUN];
	lx->actions = &ds->words[PC_W_ACTION];
	lx->verbs = &ds->words[PC_W_QUOTE_VERB];
}

void
pc_counts_find(const pc_view *v, const pc_outline *o, const pc_list_lex *lx,
    int32_t start, int32_t end, pc_counts *out)
{
	scan x = { v, v->fold, o, lx, 2 };

	if (start < 0)
		start = 0;
	if (end > v->len)
		end = v->len;
	find(&x, start, end, 1, 1, -1, out);
}

int
pc_count_fits(const pc_count *c)
{
	int fits = c->open ? c->value >= c->lo :
	    c->lo <= c->value && c->value <= c->hi;

	switch (c->form) {
	case PC_LIST_NONE:
		return 1;
	case PC_LIST_SUM:
		if (c->nitems != c->nparts)
			return 1;
		for (int32_t i = 0; i < c->nparts; i++)
			if (c->items[i].value != c->parts[i])
				return 0;
		return 1;
	case PC_LIST_RESTATED:
		return c->value == c->ref_value || fits;
	default:
		return fits;
	}
}

void
pc_counts_free(pc_counts *cs)
{
	for (int32_t i = 0; i < cs->n; i++)
		free(cs->c[i].items);
	free(cs->c);
	memset(cs, 0, sizeof(*cs));
}

const char *
pc_list_form_name(pc_list_form form)
{
	switch (form) {
	case PC_LIST_BEFORE:
		return "before";
	case PC_LIST_COLON:
		return "colon";
	case PC_LIST_ORDINAL:
		return "ordinal";
	case PC_LIST_HEADINGS:
		return "headings";
	case PC_LIST_RESTATED:
		return "restated";
	case PC_LIST_SUM:
		return "sum";
	case PC_LIST_NONE:
		break;
	}
	return "none";
}
