/* quote-check: a quotation attributed to a named document ("《…》提出
 * “…”") compared with that document's text, loaded with --ref.
 *
 * A quotation is attributed when a quote verb of the lexicon (提出, 强调,
 * 明确 …) ends the words between the 》 of a title and the opening “, with
 * no punctuation in between other than a note in brackets right after the
 * title ("（以下简称《纲要》）") and a colon, comma or 的 after the verb
 * ("所指出的，“"); or when it follows the 》 directly ("落实《纲要》“…”的
 * 要求") and is not a short term; a quotation joined to an attributed one
 * by "，[并]verb" has the same source. A title defined as an abbreviation
 * stands for its full name. Quotations of the draft's own plan are not
 * checked.
 *
 * The quotation is looked up in the reference text with blanks removed
 * (‘’ compare as “”, the marks of a quotation inside a quotation); an
 * ellipsis (……) splits it into pieces looked up one by one. A piece not
 * found is placed where its character bigrams agree best with a window of
 * its length, and aligned there (all of the piece against any stretch of
 * the reference, affine gaps) to say what is missing, extra or changed; a
 * piece with less than 60% of its characters in the passage has no close
 * passage. Without a matching reference text the quotation is a note:
 * unverified. */
#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_rule.h"
#include "pc_text.h"

enum {
	MAX_GAP = 20,           /* words between 》 and the quote verb */
	MIN_DIRECT = 8,         /* shortest quotation right after a 》 */
	MAX_ALIGN = 400,        /* longest piece aligned in detail */
	MAX_HUNKS = 3,          /* differences named in a message */
	CONTEXT = 6,            /* most matched characters shown before one */
	SHOW = 60,              /* longest passage shown whole */
	TAIL = 12,              /* most of the rest of its clause shown */
	SLACK = 10,             /* extra reference text aligned around the
	                           best window */
	LQ = 0x201C,            /* “ */
	RQ = 0x201D,            /* ” */
	LT = 0x300A,            /* 《 */
	RT = 0x300B             /* 》 */
};

typedef struct ustr {
	UChar *s;
	int32_t n;
} ustr;

static int
blank(UChar c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000;
}

/* s without blanks (and without 《》 when title is set). A quotation
 * inside a quotation turns “” into ‘’: both compare the same. */
static ustr
squeeze(const UChar *s, int32_t n, int title)
{
	ustr r;

	r.s = pc_xreallocarray(NULL, (size_t)n + 1, sizeof(UChar));
	r.n = 0;
	for (int32_t i = 0; i < n; i++)
		if (!blank(s[i]) && !(title && (s[i] == LT || s[i] == RT)))
			r.s[r.n++] = s[i] == 0x2018 ? LQ : s[i] == 0x2019 ?
			    RQ : s[i];
	r.s[r.n] = 0;
	return r;
}

static ustr
squeeze_utf8(const char *s)
{
	int32_t n = 0;
	UErrorCode ec = U_ZERO_ERROR;
	UChar *u;
	ustr r;

	u_strFromUTF8(NULL, 0, &n, s, -1, &ec);
	ec = U_ZERO_ERROR;
	u = pc_xreallocarray(NULL, (size_t)n + 1, sizeof(UChar));
	u_strFromUTF8(u, n + 1, &n, s, -1, &ec);
	for (int32_t i = 0; i < n; i++)
		u[i] = pc_fold_unit(u[i]);
	r = squeeze(u, n, 1);
	free(u);
	return r;
}

static int
ucontains(const ustr *hay, const ustr *needle)
{
	return needle->n > 0 && pc_find(hay->s, hay->n, needle->s,
	    needle->n) >= 0;
}

/* Does the text before `at` end with a quote verb? Returns its start, or
 * -1. */
static int32_t
verb_before(const pc_rule_ctx *c, int32_t lo, int32_t at)
{
	const pc_wordlist *wl = &c->ds->words[PC_W_QUOTE_VERB];
	const UChar *t = c->v->fold;
	int32_t best = -1;

	for (int32_t i = 0; i < wl->n; i++) {
		int32_t n = wl->w[i].ulen;
		if (n > 0 && at - n >= lo && memcmp(t + at - n, wl->w[i].u,
		    (size_t)n * sizeof(UChar)) == 0 && (best < 0 ||
		    at - n < best))
			best = at - n;
	}
	return best;
}

/* The title a quotation at `q` (its “; its ” at e) is attributed to:
 * [*ts, *te) is the inside of its 《》. Returns 0 if it is attributed to
 * none. A quotation right after the 》 ("落实《纲要》“…”的要求") needs no
 * verb, but MIN_DIRECT characters: shorter ones are terms (“3+9”). */
static int
attribution(const pc_rule_ctx *c, int32_t lo, int32_t q, int32_t e,
    int32_t *ts, int32_t *te)
{
	const UChar *t = c->v->fold;
	int32_t at = q, vs, i, depth = 0;

	if (q > lo && t[q - 1] == RT && e - q - 1 >= MIN_DIRECT)
		i = q - 1;
	else {
		if (at > lo && (t[at - 1] == 0xFF1A || t[at - 1] == ':' ||
		    t[at - 1] == 0xFF0C || t[at - 1] == ','))
			at--;
		if (at > lo && t[at - 1] == 0x7684)     /* 所指出的，“ */
			at--;
		if ((vs = verb_before(c, lo, at)) < 0)
			return 0;
		for (i = vs - 1; i >= lo && vs - 1 - i <= MAX_GAP; i--) {
			if (t[i] == RT)
				break;
			if (t[i] == 0xFF09 && i > lo) {
				/* a note after the title: （以下简称《纲要》） */
				int32_t k = i - 1;
				while (k > lo && t[k] != 0xFF08 && i - k < MAX_GAP)
					k--;
				if (t[k] == 0xFF08 && k > lo && t[k - 1] == RT) {
					i = k - 1;
					break;
				}
			}
			if (pc_is_cjk_punct(t[i]) || blank(t[i]) ||
			    t[i] == ',' || t[i] == '.' || t[i] == ';' ||
			    t[i] == '"')
				return 0;
		}
		if (i < lo || t[i] != RT)
			return 0;
	}
	*te = i;
	for (; i >= lo; i--) {
		if (t[i] == RT)
			depth++;
		else if (t[i] == LT && --depth == 0) {
			*ts = i + 1;
			return *te > *ts;
		}
	}
	return 0;
}

/* Does the quotation at q continue the one attributed before, which
 * ended at pe: "”，并明确“"? */
static int
chained(const pc_rule_ctx *c, int32_t pe, int32_t q)
{
	static const char *const links[] = { "并且", "同时", "进一步", "并",
	    "还", "也", "又" };
	const UChar *t = c->v->fold;
	int32_t at = q, vs, s = pe + 1;

	if (s >= q || (t[s] != 0xFF0C && t[s] != ','))
		return 0;
	s++;
	if (at > s && (t[at - 1] == 0xFF1A || t[at - 1] == ':' ||
	    t[at - 1] == 0xFF0C || t[at - 1] == ','))
		at--;
	if ((vs = verb_before(c, s, at)) < 0)
		return 0;
	if (vs == s)
		return 1;
	for (size_t i = 0; i < sizeof(links) / sizeof(links[0]); i++)
		if (pc_starts_with(t + s, vs - s, links[i]) &&
		    (int32_t)strlen(links[i]) / 3 == vs - s)
			return 1;
	return 0;
}

/* A title defined as an abbreviation: "《full》（以下简称《short》）";
 * spans of the insides of both 《》. */
typedef struct tdef {
	int32_t fs, fe, ss, se;
} tdef;

/* Every title abbreviation of the text, in one pass. */
static tdef *
title_defs(const pc_view *v, int32_t *n)
{
	static const char *const words[] = { "以下简称", "以下称", "简称",
	    "下称" };
	const UChar *t = v->fold;
	tdef *d = NULL;
	size_t cap = 0;

	*n = 0;
	for (int32_t i = 1; i < v->len; i++) {
		int32_t k, w = 0, j, e, depth = 0;

		if ((t[i] != 0xFF08 && t[i] != '(') || t[i - 1] != RT)
			continue;
		for (size_t x = 0; x < sizeof(words) / sizeof(words[0]); x++)
			if (pc_starts_with(t + i + 1, v->len - i - 1,
			    words[x])) {
				w = (int32_t)strlen(words[x]) / 3;
				break;
			}
		k = i + 1 + w;
		if (w == 0 || k >= v->len || t[k] != LT)
			continue;
		for (e = k + 1; e < v->len && e - k <= MAX_GAP && t[e] != RT &&
		    t[e] != '\n'; e++)
			;
		if (e >= v->len || t[e] != RT)
			continue;
		for (j = i - 1; j >= 0 && t[j] != '\n'; j--)
			if (t[j] == RT)
				depth++;
			else if (t[j] == LT && --depth == 0)
				break;
		if (j < 0 || t[j] != LT)
			continue;
		pc_grow(&d, &cap, (size_t)*n + 1, sizeof(*d));
		d[*n].fs = j + 1;
		d[*n].fe = i - 1;
		d[*n].ss = k + 1;
		d[*n].se = e;
		(*n)++;
	}
	return d;
}

/* The full title a short title stands for, squeezed; else the title. */
static ustr
resolve(const pc_view *v, const tdef *d, int32_t nd, int32_t ts, int32_t te)
{
	const UChar *t = v->fold;
	int32_t n = te - ts;

	for (int32_t i = 0; i < nd; i++)
		if (d[i].se - d[i].ss == n && memcmp(t + d[i].ss, t + ts,
		    (size_t)n * sizeof(UChar)) == 0)
			return squeeze(t + d[i].fs, d[i].fe - d[i].fs, 1);
	return squeeze(t + ts, n, 1);
}

/* The draft's own title (the first 《》 of the first paragraph), squeezed;
 * n = 0 if none. */
static ustr
own_title(const pc_view *v)
{
	ustr r = { NULL, 0 };

	if (v->doc->npara > 0) {
		const pc_para *p = &v->doc->paras[0];
		int32_t s = -1;

		for (int32_t i = p->start; i < p->end; i++)
			if (v->fold[i] == LT && s < 0)
				s = i + 1;
			else if (v->fold[i] == RT && s >= 0)
				return squeeze(v->fold + s, i - s, 1);
	}
	r.s = pc_xcalloc(1, sizeof(UChar));
	return r;
}

/* The reference text for a title, or NULL. */
static const pc_reftext *
find_ref(const pc_rule_ctx *c, const ustr *title)
{
	for (int32_t i = 0; i < c->nrefs; i++) {
		ustr rt = squeeze_utf8(c->refs[i].title);
		int ok = ucontains(&rt, title);

		free(rt.s);
		if (ok)
			return &c->refs[i];
	}
	return NULL;
}

/* --- placing a piece in the reference text --- */

typedef struct bigram {
	uint32_t key;
	int32_t need, have;
} bigram;

static uint32_t
bkey(const UChar *s)
{
	return ((uint32_t)s[0] << 16) | s[1];
}

static bigram *
bslot(bigram *tab, uint32_t mask, uint32_t key)
{
	uint32_t h = (key * 2654435761u) & mask;

	while (tab[h].need != 0 && tab[h].key != key)
		h = (h + 1) & mask;
	return &tab[h];
}

/* Start of the window of p's length in r whose bigrams agree best with
 * p's (multiset overlap). */
static int32_t
best_window(const ustr *p, const ustr *r)
{
	uint32_t size = 16, mask;
	bigram *tab;
	int32_t w = p->n, score = 0, best = -1, at = 0;

	if (r->n <= w)
		return 0;
	while (size < (uint32_t)w * 2 + 2)
		size *= 2;
	mask = size - 1;
	tab = pc_xcalloc(size, sizeof(*tab));
	for (int32_t i = 0; i + 1 < w; i++) {
		bigram *b = bslot(tab, mask, bkey(p->s + i));
		b->key = bkey(p->s + i);
		b->need++;
	}
	for (int32_t i = 0; i + 1 < r->n; i++) {
		bigram *b = bslot(tab, mask, bkey(r->s + i));

		if (b->need != 0 && ++b->have <= b->need)
			score++;
		if (i - w + 1 >= 0) {
			/* drop the bigram that left the window */
			bigram *d = bslot(tab, mask, bkey(r->s + i - w + 1));
			if (d->need != 0 && d->have-- <= d->need)
				score--;
		}
		if (i >= w - 2 && score > best) {
			best = score;
			at = i - w + 2;
		}
	}
	free(tab);
	return at;
}

typedef enum op {
	OP_SAME,
	OP_SUB,                 /* quote char for a reference char */
	OP_EXTRA,               /* quote char not in the reference */
	OP_MISSING              /* reference char not in the quote */
} op;

typedef struct alignment {
	int32_t same;           /* characters matched */
	int32_t rs, re;         /* matched passage in the region */
	op *ops;
	int32_t *qi, *ri;       /* positions per op */
	int32_t nops;
} alignment;

/* Align q against r: all of q, any stretch of r, with affine gaps
 * (Gotoh), so that the characters in common stay together and a long
 * omission reads as one ("建设全球" + "领先的重要的" missing + "先进制造业
 * 中心", not four changed characters). Ties put a gap as late as possible:
 * "航天强国、" then "交通强国、" missing. */
enum {
	SC_MATCH = 8,
	SC_MISMATCH = -8,
	SC_OPEN = -12,          /* the first character of a gap */
	SC_EXTEND = -2,         /* each further one */
	SC_NONE = -1000000000
};

static void
align(const UChar *q, int32_t m, const UChar *r, int32_t n, alignment *a)
{
	size_t cells = (size_t)(m + 1) * (size_t)(n + 1);
	int32_t *M = pc_xreallocarray(NULL, cells, sizeof(int32_t));
	int32_t *X = pc_xreallocarray(NULL, cells, sizeof(int32_t));
	int32_t *Y = pc_xreallocarray(NULL, cells, sizeof(int32_t));
	int32_t i, j, bj = 0, state, best;

#define AT(T, i, j) T[(size_t)(i) * (size_t)(n + 1) + (size_t)(j)]
#define SUB(i, j) (q[(i) - 1] == r[(j) - 1] ? SC_MATCH : SC_MISMATCH)
#define MAX3(a, b, c) ((a) >= (b) ? ((a) >= (c) ? (a) : (c)) : \
    ((b) >= (c) ? (b) : (c)))
	for (j = 0; j <= n; j++) {
		AT(M, 0, j) = 0;        /* free start anywhere in r */
		AT(X, 0, j) = AT(Y, 0, j) = SC_NONE;
	}
	for (i = 1; i <= m; i++) {
		AT(M, i, 0) = AT(Y, i, 0) = SC_NONE;
		AT(X, i, 0) = SC_OPEN + (i - 1) * SC_EXTEND;
		for (j = 1; j <= n; j++) {
			int32_t h = MAX3(AT(M, i - 1, j - 1), AT(X, i - 1, j - 1),
			    AT(Y, i - 1, j - 1));

			AT(M, i, j) = h == SC_NONE ? SC_NONE : h + SUB(i, j);
			AT(X, i, j) = MAX3(AT(M, i - 1, j) + SC_OPEN,
			    AT(X, i - 1, j) + SC_EXTEND,
			    AT(Y, i - 1, j) + SC_OPEN);
			AT(Y, i, j) = MAX3(AT(M, i, j - 1) + SC_OPEN,
			    AT(Y, i, j - 1) + SC_EXTEND,
			    AT(X, i, j - 1) + SC_OPEN);
			if (AT(X, i, j) < SC_NONE / 2)
				AT(X, i, j) = SC_NONE;
			if (AT(Y, i, j) < SC_NONE / 2)
				AT(Y, i, j) = SC_NONE;
		}
	}
	/* end anywhere in r, but not in a gap of r (that is ending earlier) */
	state = 0;
	for (j = 0, best = SC_NONE; j <= n; j++) {
		if (AT(M, m, j) > best) {
			best = AT(M, m, j);
			bj = j;
			state = 0;
		}
		if (AT(X, m, j) > best) {
			best = AT(X, m, j);
			bj = j;
			state = 1;
		}
	}
	a->re = bj;
	a->same = 0;
	a->ops = pc_xreallocarray(NULL, (size_t)(m + n + 1), sizeof(*a->ops));
	a->qi = pc_xreallocarray(NULL, (size_t)(m + n + 1), sizeof(*a->qi));
	a->ri = pc_xreallocarray(NULL, (size_t)(m + n + 1), sizeof(*a->ri));
	a->nops = 0;
	i = m;
	j = bj;
	/* state: 0 M, 1 X (extra quote character), 2 Y (missing one) */
	while (i > 0) {
		op o;
		int32_t v;

		if (state == 0) {
			o = q[i - 1] == r[j - 1] ? OP_SAME : OP_SUB;
			a->same += o == OP_SAME;
			v = AT(M, i, j) - SUB(i, j);
			i--;
			j--;
			if (i > 0)
				state = AT(Y, i, j) == v ? 2 :
				    AT(X, i, j) == v ? 1 : 0;
		} else if (state == 1) {
			o = OP_EXTRA;
			v = AT(X, i, j);
			i--;
			if (i > 0)
				state = AT(Y, i, j) + SC_OPEN == v ? 2 :
				    AT(X, i, j) + SC_EXTEND == v ? 1 : 0;
		} else {
			o = OP_MISSING;
			v = AT(Y, i, j);
			j--;
			state = AT(Y, i, j) + SC_EXTEND == v ? 2 :
			    AT(X, i, j) + SC_OPEN == v ? 1 : 0;
		}
		a->ops[a->nops] = o;
		a->qi[a->nops] = i;
		a->ri[a->nops] = j;
		a->nops++;
	}
	a->rs = j;
#undef MAX3
#undef SUB
#undef AT
	free(M);
	free(X);
	free(Y);
	/* operations were collected backwards */
	for (int32_t x = 0, y = a->nops - 1; x < y; x++, y--) {
		op o = a->ops[x];
		int32_t t = a->qi[x];
		a->ops[x] = a->ops[y];
		a->ops[y] = o;
		a->qi[x] = a->qi[y];
		a->qi[y] = t;
		t = a->ri[x];
		a->ri[x] = a->ri[y];
		a->ri[y] = t;
	}
}

static char *
u8(const UChar *s, int32_t n)
{
	return pc_utf8(s, n < 0 ? 0 : n);
}

/* Describe the differences: runs of operations other than OP_SAME, each
 * with up to CONTEXT matched characters before it. */
static void
describe(const alignment *a, const UChar *q, const UChar *r, pc_sbuf *en,
    pc_sbuf *zh)
{
	int32_t hunks = 0, more = 0;

	for (int32_t k = 0; k < a->nops; ) {
		int32_t e = k, qs, qe, rs, re, ctx = 0;
		char *qw, *rw, *before;

		if (a->ops[k] == OP_SAME) {
			k++;
			continue;
		}
		/* differences a character or two apart are one: 千行百 → 百行千 */
		for (;;) {
			int32_t g;
			while (e < a->nops && a->ops[e] != OP_SAME)
				e++;
			for (g = e; g < a->nops && a->ops[g] == OP_SAME &&
			    g - e < 3; g++)
				;
			if (g - e > 2 || g >= a->nops || a->ops[g] == OP_SAME)
				break;
			e = g;
		}
		if (hunks == MAX_HUNKS) {
			more++;
			k = e;
			continue;
		}
		/* context: the matched words before, back to a punctuation
		 * mark (kept only when it is the last character) */
		while (ctx < CONTEXT && k - ctx - 1 >= 0 &&
		    a->ops[k - ctx - 1] == OP_SAME &&
		    (ctx == 0 || !pc_is_cjk_punct(q[a->qi[k - ctx - 1]])))
			ctx++;
		qs = a->qi[k];
		rs = a->ri[k];
		qe = qs;
		re = rs;
		for (int32_t x = k; x < e; x++) {
			if (a->ops[x] != OP_MISSING)
				qe = a->qi[x] + 1;
			if (a->ops[x] != OP_EXTRA)
				re = a->ri[x] + 1;
		}
		before = u8(q + qs - ctx, ctx);
		pc_sbuf_add(en, hunks ? "; " : "");
		pc_sbuf_add(zh, hunks ? "；" : "");
		if (qe == qs) {
			rw = u8(r + rs, re - rs);
			pc_sbuf_take(en, pc_xasprintf("missing “%s”%s%s%s", rw,
			    ctx ? " after “" : "", before, ctx ? "”" : ""));
			pc_sbuf_take(zh, pc_xasprintf("%s%s%s缺少“%s”",
			    ctx ? "“" : "", before, ctx ? "”后" : "", rw));
		} else if (re == rs) {
			qw = u8(q + qs, qe - qs);
			pc_sbuf_take(en, pc_xasprintf("extra “%s”%s%s%s", qw,
			    ctx ? " after “" : "", before, ctx ? "”" : ""));
			pc_sbuf_take(zh, pc_xasprintf("%s%s%s多出“%s”",
			    ctx ? "“" : "", before, ctx ? "”后" : "", qw));
			free(qw);
			qw = NULL;
			rw = NULL;
		} else {
			qw = u8(q + qs - ctx, qe - qs + ctx);
			rw = u8(r + rs - ctx, re - rs + ctx);
			pc_sbuf_take(en, pc_xasprintf("“%s” instead of “%s”", qw,
			    rw));
			pc_sbuf_take(zh, pc_xasprintf("原文“%s”写成了“%s”", rw, qw));
			free(qw);
		}
		free(rw);
		free(before);
		hunks++;
		k = e;
	}
	if (more > 0) {
		pc_sbuf_take(en, pc_xasprintf("; %d more", (int)more));
		pc_sbuf_take(zh, pc_xasprintf("；另有%d处", (int)more));
	}
}

/* The passage to show: all of it when short, else around the first
 * difference; then the rest of its clause (up to TAIL characters), so a
 * part the quotation moved shows where the reference has it. r[0..rn) is
 * the reference, the alignment is relative to r + off. */
static char *
passage(const alignment *a, const UChar *r, int32_t rn, int32_t off)
{
	int32_t s = a->rs, e = a->re, first = s, tail;
	char *body, *out;

	if (e - s > SHOW) {
		for (int32_t k = 0; k < a->nops; k++)
			if (a->ops[k] != OP_SAME) {
				first = a->ri[k];
				break;
			}
		s = first - SHOW / 2 > a->rs ? first - SHOW / 2 : a->rs;
		e = s + SHOW < a->re ? s + SHOW : a->re;
	}
	tail = e;
	if (e == a->re)
		while (off + tail < rn && tail - e < TAIL &&
		    !pc_is_clause_end(r[off + tail]))
			tail++;
	if (tail - e == TAIL)
		tail = e;       /* no clause end near: keep the passage */
	body = u8(r + off + s, tail - s);
	out = pc_xasprintf("%s%s%s", s > a->rs ? "…" : "", body,
	    e < a->re ? "…" : "");
	free(body);
	return out;
}

/* Check one piece; returns 1 and fills the messages if it differs. */
static int
check_piece(const ustr *p, const ustr *ref, const char *title, char **en,
    char **zh)
{
	int32_t w, rs, re;
	alignment a;
	pc_sbuf ben = { NULL, 0, 0 }, bzh = { NULL, 0, 0 };
	char *pass;

	if (pc_find(ref->s, ref->n, p->s, p->n) >= 0)
		return 0;
	if (p->n > MAX_ALIGN || ref->n == 0) {
		*en = pc_xasprintf("quotation not found in the reference text "
		    "of 《%s》", title);
		*zh = pc_xasprintf("引文在《%s》参考文本中未找到", title);
		return 1;
	}
	w = best_window(p, ref);
	/* room on both sides for text the quotation left out */
	rs = w - p->n - SLACK > 0 ? w - p->n - SLACK : 0;
	re = w + 2 * p->n + SLACK < ref->n ? w + 2 * p->n + SLACK : ref->n;
	memset(&a, 0, sizeof(a));
	align(p->s, p->n, ref->s + rs, re - rs, &a);
	if (a.same * 10 < p->n * 6) {
		*en = pc_xasprintf("quotation not found in the reference text "
		    "of 《%s》 (no close passage)", title);
		*zh = pc_xasprintf("引文在《%s》参考文本中未找到相近段落", title);
	} else {
		describe(&a, p->s, ref->s + rs, &ben, &bzh);
		pass = passage(&a, ref->s, ref->n, rs);
		*en = pc_xasprintf("quotation differs from 《%s》: %s; the "
		    "reference reads “%s”", title, ben.s ? ben.s : "", pass);
		*zh = pc_xasprintf("引文与《%s》原文不一致：%s；原文为“%s”", title,
		    bzh.s ? bzh.s : "", pass);
		free(pass);
	}
	free(ben.s);
	free(bzh.s);
	free(a.ops);
	free(a.qi);
	free(a.ri);
	return 1;
}

/* Compare a quotation, split at ellipses, with the reference. */
static void
check_quote(const pc_rule_ctx *c, int32_t qs, int32_t qe,
    const pc_reftext *rt, const ustr *ref, pc_severity sev,
    pc_findings *out)
{
	const UChar *t = c->v->fold;

	for (int32_t s = qs; s < qe; ) {
		int32_t e = s;
		ustr p;
		char *en, *zh;
		int bad;

		while (e < qe && t[e] != 0x2026 && !(t[e] == '.' &&
		    e + 2 < qe && t[e + 1] == '.' && t[e + 2] == '.'))
			e++;
		p = squeeze(t + s, e - s, 0);
		bad = p.n >= 2 && check_piece(&p, ref, rt->title, &en, &zh);
		free(p.s);
		if (bad) {
			pc_findings_add(out, pc_rule_quote_check.id, sev, qs, qe,
			    en, zh);
			break;
		}
		while (e < qe && (t[e] == 0x2026 || t[e] == '.'))
			e++;
		s = e;
	}
}

/* The “ of f[lo..hi) in order, each with the ” that closes it (-1 if
 * none): one pass with a stack, so a paragraph of many unclosed “ is
 * linear. ops, cls and stack are reused across paragraphs. */
typedef struct quotes {
	int32_t *ops, *cls, *stack;
	size_t cap;
	int32_t n;
} quotes;

static void
pair_quotes(const UChar *t, int32_t lo, int32_t hi, quotes *qs)
{
	int32_t top = 0;

	qs->n = 0;
	for (int32_t i = lo; i < hi; i++) {
		if (t[i] == LQ) {
			size_t cap = qs->cap;

			pc_grow(&qs->ops, &cap, (size_t)qs->n + 1,
			    sizeof(*qs->ops));
			if (cap != qs->cap) {
				qs->cls = pc_xreallocarray(qs->cls, cap,
				    sizeof(*qs->cls));
				qs->stack = pc_xreallocarray(qs->stack, cap,
				    sizeof(*qs->stack));
				qs->cap = cap;
			}
			qs->ops[qs->n] = i;
			qs->cls[qs->n] = -1;
			qs->stack[top++] = qs->n++;
		} else if (t[i] == RQ && top > 0)
			qs->cls[qs->stack[--top]] = i;
	}
}

/* The last “ of qs before e, from k on: the quotation k ends at e, the
 * search goes on after it. */
static int32_t
after(const quotes *qs, int32_t k, int32_t e)
{
	while (k + 1 < qs->n && qs->ops[k + 1] < e)
		k++;
	return k;
}

static void
run(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	const pc_view *v = c->v;
	const UChar *t = v->fold;
	ustr own = own_title(v), self = { NULL, 0 };
	int32_t ndefs;
	tdef *defs = title_defs(v, &ndefs);
	ustr *refs = pc_xcalloc((size_t)c->nrefs + 1, sizeof(*refs));
	quotes qs = { NULL, NULL, NULL, 0, 0 };

	if (c->sel->self != NULL && c->sel->self->title != NULL)
		self = squeeze_utf8(c->sel->self->title);
	for (int32_t p = 0; p < v->doc->npara; p++) {
		int32_t lo = v->doc->paras[p].start, hi = v->doc->paras[p].end;

		int32_t pe = -1, pts = 0, pte = 0, k = 0;

		pair_quotes(t, lo, hi, &qs);
		for (; k < qs.n; k++) {
			int32_t q = qs.ops[k], e = qs.cls[k], ts, te;
			ustr title;
			const pc_reftext *rt;

			if ((v->flags[q] & PC_VF_MASK) || e < 0)
				continue;
			if (!attribution(c, lo, q, e, &ts, &te)) {
				if (pe < 0 || !chained(c, pe, q))
					continue;
				ts = pts;
				te = pte;
			}
			pe = e;
			pts = ts;
			pte = te;
			title = resolve(v, defs, ndefs, ts, te);
			if (title.n == 0 || (own.n > 0 && (ucontains(&title,
			    &own) || ucontains(&own, &title))) ||
			    ucontains(&title, &self)) {
				free(title.s);
				k = after(&qs, k, e);
				continue;
			}
			rt = find_ref(c, &title);
			if (rt != NULL) {
				/* blanks out of each reference once */
				int32_t r = (int32_t)(rt - c->refs);
				if (refs[r].s == NULL)
					refs[r] = squeeze(rt->text, rt->len, 0);
				check_quote(c, q + 1, e, rt, &refs[r], sev, out);
			}
			else {
				char *tn = pc_utf8(title.s, title.n);
				pc_findings_add(out, pc_rule_quote_check.id,
				    PC_SEV_NOTE, q + 1, e,
				    pc_xasprintf("unverified quotation of 《%s》: "
				    "no reference text (give one with --ref)", tn),
				    pc_xasprintf("引文未核对：未提供《%s》的参考文本"
				    "（可用 --ref 指定）", tn));
				free(tn);
			}
			free(title.s);
			k = after(&qs, k, e);
		}
	}
	for (int32_t k = 0; k < c->nrefs; k++)
		free(refs[k].s);
	free(refs);
	free(qs.ops);
	free(qs.cls);
	free(qs.stack);
	free(own.s);
	free(self.s);
	free(defs);
}

const pc_rule pc_rule_quote_check = {
	"quote-check", PC_SEV_WARNING, run,
	{ "a quotation that differs from the document it is attributed to",
	  "引文与所引文件原文不一致" },
	{ "Finds quotations attributed to a named document (《…》提出/强调/"
	  "明确/指出“…”, quote verbs from the lexicon; also 《…》所指出的，"
	  "“…”, a note in brackets after the title, and 落实《…》“…”的要求) "
	  "and compares each with that document's reference text, given with "
	  "--ref FILE (the title is the file's first line) or --ref "
	  "TITLE=FILE; a reference matches when its title equals or contains "
	  "the cited title, and a title defined as an abbreviation "
	  "(（以下简称《纲要》）) stands for its full name. A quotation that is "
	  "not in the reference text is reported with the closest passage and "
	  "what differs (missing, extra or changed characters); an ellipsis "
	  "(……) splits a quotation into pieces checked one by one, and ‘’ "
	  "inside a quotation compare as “”. Without a reference text each "
	  "quotation gives a note \"unverified\". Quotations of the draft's "
	  "own plan are not checked. Example: 《深圳市…纲要》提出“建设全球先进"
	  "制造业中心”, checked against a reference reading 建设全球领先的重要"
	  "的先进制造业中心, reports 领先的重要的 missing.",
	  "查找注明出处的引文（《…》提出/强调/明确/指出“…”，引述动词取自词表；"
	  "也包括《…》所指出的，“…”，书名后带括注，以及落实《…》“…”的要求），"
	  "与所引文件的参考文本比较。参考文本用 --ref 文件（文件第一行为标题）"
	  "或 --ref 标题=文件 指定；参考文本标题等于或包含所引标题即视为同一"
	  "文件，以“（以下简称《纲要》）”定义的简称按全称查找。引文不见于参考"
	  "文本时，报告最接近的原文段落及差异（缺少、多出或改动的文字）；引文"
	  "中的省略号（……）将其分段逐段核对，引文内的‘’与“”视为相同。未提供"
	  "参考文本时，每条引文给出“未核对”提示（note）。本规划自身的引文不"
	  "核对。例：《深圳市…纲要》提出“建设全球先进制造业中心”，参考文本为"
	  "“建设全球领先的重要的先进制造业中心”，报告缺少“领先的重要的”。" },
};
