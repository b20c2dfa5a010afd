/* Rule numbering: gaps, duplicates and misplaced restarts in numbered
 * sequences — the outline's headings (第X章, 第X节, 一、, （一）, 1., （1）,
 * and 第X章 opening a heading title, as in "（一）第一章…"), the run-in
 * ordinals 一是/二是 and the stages 第一阶段/第二阶段.
 *
 * Headings form one sequence per marker type and parent, as the outline
 * nests them; an appendix (附件) and the numbered lines after a 专栏 (box)
 * line number afresh, and a document whose sub-headings run on across
 * parents ("一、 1. 2. 二、 3. 4.", common in 若干措施) is checked so. Ordinals and stages form a sequence within one section and
 * one paragraph or consecutive paragraphs; 一是 (第一阶段) starts a new one
 * ("两大未来产业。一是…"), unless the marker after it continues the old
 * sequence, which makes the 一是 a misnumbered item.
 *
 * One wrong number gives one finding: after a mismatch the next marker may
 * continue either from the number found (a real gap) or from the number
 * expected (a typo). A sequence of a single marker is never reported, so
 * a stray "二是" or "进入第二阶段" in prose stays silent. */
#include "pc_rule.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_numeral.h"
#include "pc_text.h"

#define CH_DI           0x7B2C  /* 第 */
#define CH_ZHANG        0x7AE0  /* 章 */
#define CH_JIE          0x8282  /* 节 */
#define CH_SHI          0x662F  /* 是 */
#define CH_JIE2         0x9636  /* 阶 */
#define CH_JIE2_T       0x968E  /* 階 */
#define CH_DUAN         0x6BB5  /* 段 */

/* Sequence kinds besides the outline's marker types. */
enum {
	K_TITLE_CHAPTER = PC_HM_STYLE + 1,  /* 第X章 opening a heading title */
	K_TITLE_SECTION,
	K_ORDINAL,                          /* 一是 */
	K_STAGE                             /* 第一阶段 */
};

struct occ {
	int32_t start, end;     /* the marker */
	int32_t nstart, nlen;   /* its numeral */
	int32_t value;
	int32_t para;
	int32_t sect;           /* innermost heading, or -1 */
	int32_t idx;            /* document order */
};

struct occs {
	struct occ *o;
	size_t n, cap;
};

static void
push(struct occs *a, const struct occ *x)
{
	pc_grow(&a->o, &a->cap, a->n + 1, sizeof(*a->o));
	a->o[a->n] = *x;
	a->o[a->n].idx = (int32_t)a->n;
	a->n++;
}

/* Chinese numeral for 1..99 in UTF-8, else NULL. */
static char *
cn_numeral(int32_t v)
{
	static const char *const d[] = { "", "一", "二", "三", "四", "五",
	    "六", "七", "八", "九" };

	if (v < 1 || v > 99)
		return NULL;
	if (v < 10)
		return pc_xstrdup(d[v]);
	return pc_xasprintf("%s十%s", v >= 20 ? d[v / 10] : "", d[v % 10]);
}

/* The marker of x written with number v in the numeral style of x. */
static char *
render(const pc_view *v, const struct occ *x, int32_t val)
{
	char *pre = pc_view_utf8(v, x->start, x->nstart);
	char *post = pc_view_utf8(v, x->nstart + x->nlen, x->end);
	UChar c = v->text[x->nstart];
	char *num, *r;

	if (c >= '0' && c <= '9')
		num = pc_xasprintf("%d", (int)val);
	else if (c >= 0xFF10 && c <= 0xFF19) {
		/* full-width digits: U+FF10 + d is EF BC 90+d in UTF-8 */
		char buf[64], *p = buf + sizeof(buf);
		int32_t k = val;

		*--p = '\0';
		do {
			*--p = (char)(0x90 + k % 10);
			*--p = (char)0xBC;
			*--p = (char)0xEF;
			k /= 10;
		} while (k > 0 && p - buf >= 3);
		num = pc_xstrdup(p);
	} else if ((num = cn_numeral(val)) == NULL)
		num = pc_xasprintf("%d", (int)val);
	r = pc_xasprintf("%s%s%s", pre, num, post);
	free(pre);
	free(post);
	free(num);
	return r;
}

static void
report(const pc_rule_ctx *c, pc_severity sev, pc_findings *out,
    const struct occ *x, const struct occ *prev, int32_t expect)
{
	const pc_view *v = c->v;
	char *found = pc_view_utf8(v, x->start, x->end);
	char *want = render(v, x, expect);
	char *en, *zh;

	if (prev == NULL) {
		en = pc_xasprintf("out of sequence: expected the numbering "
		    "to start with \"%s\", found \"%s\"", want, found);
		zh = pc_xasprintf("序号应从“%s”开始，实为“%s”", want, found);
	} else {
		char *p = pc_view_utf8(v, prev->start, prev->end);
		const char *wen, *wzh;

		if (x->value == prev->value) {
			wen = "a duplicate";
			wzh = "重号";
		} else if (x->value < prev->value) {
			wen = "numbering goes back";
			wzh = "序号倒退";
		} else {
			wen = "a gap";
			wzh = "跳号";
		}
		en = pc_xasprintf("out of sequence: expected \"%s\" after \"%s\", "
		    "found \"%s\" (%s)", want, p, found, wen);
		zh = pc_xasprintf("序号不连续：“%s”之后应为“%s”，实为“%s”（%s）",
		    p, want, found, wzh);
		free(p);
	}
	free(found);
	free(want);
	pc_findings_add(out, pc_rule_numbering.id, sev, x->start, x->end, en,
	    zh);
}

/* Check one sequence, in document order. */
static void
check_seq(const pc_rule_ctx *c, pc_severity sev, pc_findings *out,
    struct occ *const *s, size_t n)
{
	int32_t expect = 1, alt = -1;

	if (n < 2)
		return;
	for (size_t i = 0; i < n; i++) {
		int32_t v = s[i]->value;

		if (v == expect || v == alt) {
			expect = v + 1;
			alt = -1;
			continue;
		}
		report(c, sev, out, s[i], i > 0 ? s[i - 1] : NULL, expect);
		/* the next may follow the number found or the one expected */
		alt = expect + 1;
		expect = v + 1;
	}
}

static int
is_blank_or_masked(const pc_view *v, int32_t i)
{
	UChar ch = v->text[i];

	return (v->flags[i] & PC_VF_MASK) || pc_is_blank(ch) || ch == '\r' ||
	    ch == 0x00A0;
}

/* Index of the last visible unit before i in [ps, i), or -1. */
static int32_t
prev_visible(const pc_view *v, int32_t ps, int32_t i)
{
	while (i > ps && is_blank_or_masked(v, i - 1))
		i--;
	return i > ps ? i - 1 : -1;
}

/* Where an ordinal may stand: at a paragraph start or after ：；。，！？. */
static int
clause_start(const pc_view *v, int32_t ps, int32_t i)
{
	int32_t p = prev_visible(v, ps, i);
	UChar ch;

	if (p < 0)
		return 1;
	ch = v->text[p];
	return pc_is_clause_end(ch) || ch == 0xFF1A || ch == ':';
}

/* Is the paragraph [ps, pe) a label line starting with one of the words
 * ("附件2：…表", "专栏1 重大工程")? A sentence that mentions 附件 or 专栏
 * is none. */
static int
label_line(const pc_view *v, int32_t ps, int32_t pe, const char *w1,
    const char *w2)
{
	while (ps < pe && is_blank_or_masked(v, ps))
		ps++;
	if (!pc_starts_with(v->fold + ps, pe - ps, w1) &&
	    !pc_starts_with(v->fold + ps, pe - ps, w2))
		return 0;
	for (int32_t i = ps; i < pe; i++)
		if (pc_is_clause_end(v->text[i]))
			return 0;
	return 1;
}

/* 第X章 / 第X节 at i: stores kind and the numeral; returns the end, or 0. */
static int32_t
title_chapter(const pc_view *v, int32_t i, int32_t end, struct occ *x,
    int32_t *kind)
{
	const UChar *f = v->fold;
	int32_t k, val;

	if (i + 2 >= end || f[i] != CH_DI)
		return 0;
	if ((k = pc_numeral_parse(f + i + 1, end - i - 1, &val)) == 0 ||
	    val < 1)
		return 0;
	if (f[i + 1 + k] != CH_ZHANG && f[i + 1 + k] != CH_JIE)
		return 0;
	*kind = f[i + 1 + k] == CH_ZHANG ? K_TITLE_CHAPTER : K_TITLE_SECTION;
	x->start = i;
	x->nstart = i + 1;
	x->nlen = k;
	x->value = val;
	x->end = i + 2 + k;
	return x->end;
}

/* The numeral of heading h: locate it after the marker's opening. */
static int
heading_occ(const pc_view *v, const pc_heading *h, struct occ *x)
{
	const UChar *f = v->fold;
	int32_t i = h->start, end = h->title_start, k, val;

	if (h->mark == PC_HM_STYLE)
		return 0;
	if (h->mark == PC_HM_CHAPTER || h->mark == PC_HM_SECTION ||
	    h->mark == PC_HM_CN_PAREN || h->mark == PC_HM_ARABIC_PAREN)
		i++;    /* 第 or the opening bracket */
	if (i >= end || (k = pc_numeral_parse(f + i, end - i, &val)) == 0)
		return 0;
	x->start = h->start;
	x->nstart = i;
	x->nlen = k;
	x->value = val;
	/* the marker ends at its closing character */
	x->end = i + k + 1 <= end ? i + k + 1 : end;
	return 1;
}

struct hocc {
	struct occ o;
	int32_t epoch;          /* appendix count, or -box for a 专栏 */
	int32_t parent, kind, depth;
};

/* Headings of one kind under one parent, and the chain it is checked in:
 * usually its own, but some documents number on across parents
 * ("一、… 1. 2. 3. 二、… 4. 5."). */
struct group {
	size_t from, to;        /* in the sorted array */
	int32_t first;          /* document order of its first heading */
	int32_t next;           /* next group of its chain, or -1 */
	int32_t tail;           /* for a chain's head: its last group */
	int32_t headof;         /* the first group of its chain */
};

static int
cmp_hocc(const void *a, const void *b)
{
	const struct hocc *x = *(const struct hocc *const *)a;
	const struct hocc *y = *(const struct hocc *const *)b;

	if (x->epoch != y->epoch)
		return x->epoch < y->epoch ? -1 : 1;
	if (x->parent != y->parent)
		return x->parent < y->parent ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->o.idx < y->o.idx ? -1 : x->o.idx > y->o.idx;
}

static int
cmp_group(const void *a, const void *b)
{
	const struct group *x = a, *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

/* Same epoch, kind and depth: groups whose numbering may run on. */
static int
same_level(const struct hocc *a, const struct hocc *b)
{
	return a->epoch == b->epoch && a->kind == b->kind &&
	    a->depth == b->depth;
}

static void
check_groups(const pc_rule_ctx *c, pc_severity sev, pc_findings *out,
    struct hocc **ps, size_t n)
{
	struct group *g = pc_xcalloc(n + 1, sizeof(*g));
	int32_t *prev = pc_xcalloc(n + 1, sizeof(*prev));
	int on[K_STAGE + 1], restart[K_STAGE + 1];
	struct occ **seq = pc_xcalloc(n + 1, sizeof(*seq));
	int32_t *last;          /* last group of each kind and depth */
	size_t ng = 0, i, j, maxdepth = 0;

	for (i = 0; i < n; i++)
		if ((size_t)ps[i]->depth > maxdepth)
			maxdepth = (size_t)ps[i]->depth;
	last = pc_xcalloc((size_t)(K_STAGE + 1) * (maxdepth + 1),
	    sizeof(*last));
	for (i = 0; i < (size_t)(K_STAGE + 1) * (maxdepth + 1); i++)
		last[i] = -1;

	for (i = 0; i < n; i = j) {
		for (j = i; j < n && ps[j]->epoch == ps[i]->epoch &&
		    ps[j]->parent == ps[i]->parent &&
		    ps[j]->kind == ps[i]->kind; j++)
			;
		g[ng].from = i;
		g[ng].to = j;
		g[ng].first = ps[i]->o.idx;
		g[ng].next = -1;
		ng++;
	}
	qsort(g, ng, sizeof(*g), cmp_group);

	/* Does the document number on across parents? Count the groups
	 * that continue the previous one and those that restart at 1. */
	memset(on, 0, sizeof(on));
	memset(restart, 0, sizeof(restart));
	for (i = 0; i < ng; i++) {
		const struct hocc *h = ps[g[i].from];
		size_t slot = (size_t)h->kind * (maxdepth + 1) +
		    (size_t)h->depth;

		prev[i] = last[slot];
		if (prev[i] >= 0 && !same_level(ps[g[prev[i]].from], h))
			prev[i] = -1;   /* another epoch */
		last[slot] = (int32_t)i;
		if (prev[i] < 0)
			continue;
		if (h->o.value == 1)
			restart[h->kind]++;
		else if (h->o.value ==
		    ps[g[prev[i]].to - 1]->o.value + 1)
			on[h->kind]++;
	}
	for (i = 0; i < ng; i++) {
		const struct hocc *h = ps[g[i].from];
		int32_t hd;

		g[i].headof = (int32_t)i;
		g[i].tail = (int32_t)i;
		if (prev[i] < 0 || h->o.value == 1 || on[h->kind] == 0 ||
		    on[h->kind] < restart[h->kind])
			continue;
		/* the previous group is the last of its chain: append */
		hd = g[prev[i]].headof;
		g[g[hd].tail].next = (int32_t)i;
		g[hd].tail = (int32_t)i;
		g[i].headof = hd;
	}
	for (i = 0; i < ng; i++) {
		size_t m = 0;

		if (g[i].headof != (int32_t)i)
			continue;
		for (int32_t k = (int32_t)i; k >= 0; k = g[k].next)
			for (j = g[k].from; j < g[k].to; j++)
				seq[m++] = &ps[j]->o;
		check_seq(c, sev, out, seq, m);
	}
	free(last);
	free(seq);
	free(prev);
	free(g);
}

static void
check_headings(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	const pc_view *v = c->v;
	const pc_doc *d = v->doc;
	const pc_outline *o = c->o;
	struct hocc *hs, **ps;
	size_t n = 0, i;
	int32_t p = 0, epoch = 0, box = 0, box_kind = -1;
	int in_box = 0;

	if (o->n == 0)
		return;
	hs = pc_xcalloc((size_t)o->n * 2, sizeof(*hs));
	for (int32_t k = 0; k < o->n; k++) {
		const pc_heading *h = &o->h[k];
		struct occ x;
		int32_t kind, ep;

		/* An appendix numbers afresh; so do the headings of one kind
		 * that follow a 专栏 (box) line, until another kind comes. */
		for (; p < d->npara && d->paras[p].start <= h->start; p++) {
			int32_t s0 = d->paras[p].start, e0 = d->paras[p].end;

			if (label_line(v, s0, e0, "附件", "附表")) {
				epoch++;
				in_box = 0;
			} else if (label_line(v, s0, e0, "专栏", "專欄")) {
				in_box = 1;
				box++;
				box_kind = -1;
			}
		}
		ep = epoch;
		if (in_box) {
			if (box_kind < 0)
				box_kind = (int32_t)h->mark;
			if ((int32_t)h->mark == box_kind)
				ep = -box;
			else
				in_box = 0;
		}
		memset(&x, 0, sizeof(x));
		if (heading_occ(v, h, &x)) {
			hs[n].o = x;
			hs[n].o.idx = (int32_t)n;
			hs[n].epoch = ep;
			hs[n].parent = h->parent;
			hs[n].kind = (int32_t)h->mark;
			hs[n].depth = 2 * h->depth;
			n++;
		}
		if (h->mark != PC_HM_CHAPTER && h->mark != PC_HM_SECTION &&
		    title_chapter(v, h->title_start, h->title_end, &x,
		    &kind)) {
			hs[n].o = x;
			hs[n].o.idx = (int32_t)n;
			hs[n].epoch = ep;
			hs[n].parent = h->parent;
			hs[n].kind = kind;
			hs[n].depth = 2 * h->depth + 1;
			n++;
		}
	}
	ps = pc_xcalloc(n + 1, sizeof(*ps));
	for (i = 0; i < n; i++)
		ps[i] = &hs[i];
	qsort(ps, n, sizeof(*ps), cmp_hocc);
	check_groups(c, sev, out, ps, n);
	free(ps);
	free(hs);
}

/* 一是 … 九十九是 at a clause start. */
static int
ordinal_at(const pc_view *v, int32_t ps, int32_t pe, int32_t i,
    struct occ *x)
{
	const UChar *f = v->fold;
	int32_t k, val, k2, val2;

	if (!pc_numeral_is_cn(f[i]) || f[i] == 0x4E24 /* 两 */ ||
	    (v->flags[i] & PC_VF_MASK) || !clause_start(v, ps, i))
		return 0;
	if ((k = pc_numeral_parse(f + i, pe - i, &val)) == 0 || val < 1 ||
	    i + k >= pe || f[i + k] != CH_SHI)
		return 0;
	/* 一是一，二是二: an idiom, not a list */
	k2 = pc_numeral_parse(f + i + k + 1, pe - i - k - 1, &val2);
	if (k2 > 0 && val2 == val && i + k + 1 + k2 < pe &&
	    pc_is_clause_end(f[i + k + 1 + k2]))
		return 0;
	x->start = i;
	x->nstart = i;
	x->nlen = k;
	x->value = val;
	x->end = i + k + 1;
	return 1;
}

/* 第X阶段 anywhere. */
static int
stage_at(const pc_view *v, int32_t pe, int32_t i, struct occ *x)
{
	const UChar *f = v->fold;
	int32_t k, val;

	if (f[i] != CH_DI || (v->flags[i] & PC_VF_MASK) || i + 3 >= pe)
		return 0;
	if ((k = pc_numeral_parse(f + i + 1, pe - i - 1, &val)) == 0 ||
	    val < 1 || i + 2 + k >= pe || (f[i + 1 + k] != CH_JIE2 &&
	    f[i + 1 + k] != CH_JIE2_T) || f[i + 2 + k] != CH_DUAN)
		return 0;
	x->start = i;
	x->nstart = i + 1;
	x->nlen = k;
	x->value = val;
	x->end = i + 3 + k;
	return 1;
}

static int
same_scope(const struct occ *a, const struct occ *b)
{
	return a->sect == b->sect && b->para <= a->para + 1;
}

/* Cut the ordinals (or stages) of the document into sequences. */
static void
check_runs(const pc_rule_ctx *c, pc_severity sev, pc_findings *out,
    struct occs *a)
{
	struct occ **seq = pc_xcalloc(a->n + 1, sizeof(*seq));
	size_t start = 0, m = 0;

	for (size_t i = 0; i <= a->n; i++) {
		int fresh = i == a->n || i == 0 ||
		    !same_scope(&a->o[i - 1], &a->o[i]);

		if (!fresh && a->o[i].value == 1) {
			/* A 一是 after 二是 whose successor is 四是 is a
			 * misnumbered 三是, not a new list. */
			int32_t last = a->o[i - 1].value;
			int cont = i + 1 < a->n &&
			    same_scope(&a->o[i], &a->o[i + 1]) &&
			    a->o[i + 1].value == last + 2;

			fresh = !cont;
		}
		if (fresh && i > start) {
			check_seq(c, sev, out, seq, m);
			m = 0;
			start = i;
		}
		if (i < a->n)
			seq[m++] = &a->o[i];
	}
	free(seq);
}

static void
check_text(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	const pc_view *v = c->v;
	const pc_doc *d = v->doc;
	struct occs ord = { NULL, 0, 0 }, stg = { NULL, 0, 0 };

	for (int32_t p = 0; p < d->npara; p++) {
		int32_t ps = d->paras[p].start, pe = d->paras[p].end;

		if (pe > v->len)
			pe = v->len;
		for (int32_t i = ps; i < pe; i++) {
			struct occ x;

			memset(&x, 0, sizeof(x));
			if (ordinal_at(v, ps, pe, i, &x)) {
				x.para = p;
				x.sect = pc_outline_at(c->o, i);
				push(&ord, &x);
				i = x.end - 1;
			} else if (stage_at(v, pe, i, &x)) {
				x.para = p;
				x.sect = pc_outline_at(c->o, i);
				push(&stg, &x);
				i = x.end - 1;
			}
		}
	}
	check_runs(c, sev, out, &ord);
	check_runs(c, sev, out, &stg);
	free(ord.o);
	free(stg.o);
}

static void
run(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	check_headings(c, sev, out);
	check_text(c, sev, out);
}

const pc_rule pc_rule_numbering = {
	"numbering", PC_SEV_ERROR, run,
	{ "numbered headings, ordinals (一是) or stages (第一阶段) out of "
	  "sequence",
	  "标题序号、“一是”类序数或“第一阶段”类序号不连续" },
	{ "Checks that numbered sequences run 1, 2, 3 … without a gap, a "
	  "duplicate or a restart out of place: headings (第X章, 第X节, 一、, "
	  "（一）, 1., （1）) within their parent heading, as the document "
	  "nests them, and a 第X章 that opens a heading's title "
	  "(\"（一）第一章…\"); the ordinals 一是, 二是 … within a paragraph or "
	  "consecutive paragraphs of one section; 第一阶段, 第二阶段 … likewise. "
	  "A new parent heading, an appendix (附件), the numbered lines of a "
	  "专栏 box or a new 一是 after a counted lead (\"两大未来产业。一是…\") "
	  "start numbering afresh; numbering that runs on across parents "
	  "(若干措施 whose items run 1–15 across 一、…四、) is recognised as "
	  "such. "
	  "One wrong number is reported once, at the marker, with the number "
	  "expected. Silent: a lone marker with no sequence around it "
	  "(\"进入第二阶段\"), ordinals not at a clause start (其一是, 统一是), "
	  "the idiom 一是一、二是二, and 第十五个五年, 二十大, 第三代 and "
	  "other numbers that are not markers. Example: \"一是…。二是…。四是…\" "
	  "gives: expected \"三是\" after \"二是\", found \"四是\" (a gap).",
	  "检查编号序列是否按 1、2、3……连续，有无跳号、重号或不应有的重新编号："
	  "各级标题（第X章、第X节、一、（一）、1.、（1））在其上级标题之内按文档实际"
	  "层级检查，标题文字以“第X章”开头的（如“（一）第一章……”）也检查；"
	  "“一是、二是……”在同一段落或同一标题下相邻段落内检查；“第一阶段、第二阶段……”"
	  "同样。新的上级标题、附件、专栏内的编号行，或计数引语后新的“一是”"
	  "（“两大未来产业。一是……”）重新编号；跨上级标题连续编号的（如若干措施"
	  "在一、至四、之下连续编为1.至15.）按连续编号检查。一个错号只报告一次，位置在该序号处，并给出应有序号。不报告："
	  "前后没有同类序号的单个序号（“进入第二阶段”）、不在分句开头的“一是”"
	  "（其一是、统一是）、“一是一、二是二”等习语，以及第十五个五年、二十大、"
	  "第三代等不是序号的数字。示例：“一是……。二是……。四是……”报告：“二是”"
	  "之后应为“三是”，实为“四是”（跳号）。" },
};
