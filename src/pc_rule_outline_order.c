/* Rule outline-order: an overview that enumerates the document's own parts
 * ("《规划》围绕A、B、C…六个方面展开") in another order than the headings
 * that follow it; and an overview item whose words (split on 和/与/及) do
 * not all appear in the heading it stands for.
 *
 * An overview is a counted list of words (pc_list, before or colon form)
 * whose items match the titles of the sibling headings that follow its
 * paragraph: at least two items fully (every word in the title) and two
 * thirds of them at all (a partial match shares two characters or more
 * besides a lone action verb: 主要任务 ~ 重点任务), or one fully and every
 * other partly, one item per heading. Items are matched to headings
 * greedily, best match first. When only the reading that splits the last
 * item at 和/与/及 gives the count ("空间布局、重点产业和保障措施五个
 * 方面"), that item is split.
 *
 * Severity: the order finding has the rule's severity (warning by default);
 * the wording finding is one level lower (a note by default, a warning if
 * the rule is raised to error, a note if lowered to note). */
#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_list.h"
#include "pc_numeral.h"
#include "pc_rule.h"
#include "pc_text.h"

#define MAX_ITEMS 32
#define MAX_HEADS 64
#define MAX_WORDS 8
#define FULL 1000

typedef struct span {
	int32_t s, e;
} span;

typedef struct ov {
	int32_t ni, nh;
	span item[MAX_ITEMS];
	span head[MAX_HEADS];       /* titles without 第X章 */
	int32_t hidx[MAX_HEADS];    /* heading index */
	int32_t score[MAX_ITEMS][MAX_HEADS];
	int32_t match[MAX_ITEMS];   /* heading slot, or -1 */
} ov;

/* Title start after a leading 第X章 (节, 篇, 编, 部分). */
static int32_t
strip_chapter(const UChar *f, int32_t s, int32_t e)
{
	int32_t n, v, k;

	if (s >= e || f[s] != 0x7B2C)           /* 第 */
		return s;
	if ((n = pc_numeral_parse(f + s + 1, e - s - 1, &v)) == 0)
		return s;
	k = s + 1 + n;
	if (k < e && (f[k] == 0x7AE0 || f[k] == 0x8282 || f[k] == 0x7BC7 ||
	    f[k] == 0x7F16))                    /* 章 节 篇 编 */
		return k + 1;
	if (pc_starts_with(f + k, e - k, "部分"))
		return k + 2;
	return s;
}

/* The words of an item: split at 和, 与, 及 and 以及. */
static int32_t
words(const UChar *f, span it, span *w)
{
	int32_t n = 0, s = it.s;

	for (int32_t p = it.s; p <= it.e && n < MAX_WORDS; p++) {
		int len = 0;

		if (p < it.e && p > it.s && p + 1 < it.e) {
			if (f[p] == 0x4EE5 && f[p + 1] == 0x53CA)  /* 以及 */
				len = 2;
			else if (f[p] == 0x548C || f[p] == 0x4E0E ||
			    f[p] == 0x53CA)                     /* 和 与 及 */
				len = 1;
		}
		if (p < it.e && len == 0)
			continue;
		if (p > s) {
			w[n].s = s;
			w[n].e = p;
			n++;
		}
		s = p + len;
		p += len > 0 ? len - 1 : 0;
	}
	return n;
}

/* Non-zero if the word w is in the title: as it is, or (four or more
 * characters, an even number) as two-character pieces in order with other
 * words between (绿色转型 in 推动绿色低碳转型). */
static int
contains(const UChar *f, span in, span w)
{
	int32_t n = w.e - w.s, p = in.s;

	if (pc_find(f + in.s, in.e - in.s, f + w.s, n) >= 0)
		return 1;
	if (n < 4 || n % 2 != 0)
		return 0;
	for (int32_t k = w.s; k < w.e; k += 2) {
		int32_t at = pc_find(f + p, in.e - p, f + k, 2);

		if (at < 0)
			return 0;
		p += at + 2;
	}
	return 1;
}

/* Longest common run of a and b, in code units, that is not an action
 * verb of the lexicon alone (发展, 建设 say nothing about which part). */
static int32_t
common(const pc_wordlist *verbs, const UChar *a, int32_t an, const UChar *b,
    int32_t bn)
{
	int32_t best = 0;

	for (int32_t i = 0; i < an; i++)
		for (int32_t j = 0; j < bn; j++) {
			int32_t k = 0;

			while (i + k < an && j + k < bn && a[i + k] == b[j + k])
				k++;
			if (k <= best)
				continue;
			for (int32_t w = 0; verbs != NULL && w < verbs->n; w++)
				if (verbs->w[w].ulen == k && memcmp(a + i,
				    verbs->w[w].u, (size_t)k * 2) == 0)
					k = 0;
			if (k > best)
				best = k;
		}
	return best;
}

/* FULL plus the words' length if every word is in the title; else the
 * longest run of characters the two share, if at least two; else 0. */
static int32_t
score(const pc_wordlist *verbs, const UChar *f, span it, span title)
{
	span w[MAX_WORDS];
	int32_t nw = words(f, it, w), len = 0, k;

	for (k = 0; k < nw; k++) {
		if (!contains(f, title, w[k]))
			break;
		len += w[k].e - w[k].s;
	}
	if (nw > 0 && k == nw)
		return FULL + len;
	k = common(verbs, f + it.s, it.e - it.s, f + title.s,
	    title.e - title.s);
	return k >= 2 ? k : 0;
}

/* The sibling headings after the count's paragraph, under the heading the
 * count is in. */
static int
heads(const pc_rule_ctx *x, const pc_count *c, ov *o)
{
	const pc_outline *ol = x->o;
	int32_t pi = pc_doc_para_at(x->v->doc, c->start), pe, first = -1;
	int32_t parent;

	if (pi < 0)
		return 0;
	pe = x->v->doc->paras[pi].end;
	for (int32_t k = 0; k < ol->n; k++)
		if (ol->h[k].start >= pe) {
			first = k;
			break;
		}
	parent = pc_outline_at(ol, c->start);
	if (first < 0 || ol->h[first].parent != parent)
		return 0;
	o->nh = 0;
	for (int32_t k = first; k < ol->n && o->nh < MAX_HEADS; k++) {
		const pc_heading *h = &ol->h[k];

		if (h->depth < ol->h[first].depth)
			break;
		if (h->parent != parent)
			continue;
		if (h->mark != ol->h[first].mark)
			break;
		o->head[o->nh].s = strip_chapter(x->v->fold, h->title_start,
		    h->title_end);
		o->head[o->nh].e = h->title_end;
		o->hidx[o->nh++] = k;
	}
	return o->nh >= 2;
}

/* Greedy one-to-one matching, best score first. Returns the number of
 * items matched; *nfull those matched fully. */
static int32_t
match(ov *o, int32_t *nfull)
{
	int32_t used[MAX_HEADS], n = 0;

	memset(used, 0, sizeof(used));
	*nfull = 0;
	for (int32_t i = 0; i < o->ni; i++)
		o->match[i] = -1;
	for (;;) {
		int32_t bi = -1, bj = -1, best = 0;

		for (int32_t i = 0; i < o->ni; i++) {
			if (o->match[i] >= 0)
				continue;
			for (int32_t j = 0; j < o->nh; j++)
				if (!used[j] && o->score[i][j] > best) {
					best = o->score[i][j];
					bi = i;
					bj = j;
				}
		}
		if (best == 0)
			break;
		o->match[bi] = bj;
		used[bj] = 1;
		n++;
		if (best >= FULL)
			(*nfull)++;
	}
	return n;
}

static char *
quote(const pc_view *v, span s)
{
	return pc_view_utf8(v, s.s, s.e);
}

static void
report_order(const pc_rule_ctx *x, pc_severity sev, const ov *o,
    int32_t a, int32_t b, pc_findings *out)
{
	const pc_view *v = x->v;
	const pc_heading *ha = &x->o->h[o->hidx[o->match[a]]];
	const pc_heading *hb = &x->o->h[o->hidx[o->match[b]]];
	char *ia = quote(v, o->item[a]), *ib = quote(v, o->item[b]);
	char *ta = pc_view_utf8(v, ha->title_start, ha->title_end);
	char *tb = pc_view_utf8(v, hb->title_start, hb->title_end);

	pc_findings_add(out, pc_rule_outline_order.id, sev, o->item[a].s,
	    o->item[b].e,
	    pc_xasprintf("the overview lists \"%s\" before \"%s\", but the "
	    "headings that follow put \"%s\" before \"%s\"", ia, ib, tb, ta),
	    pc_xasprintf("概述中“%s”列在“%s”之前，但其后的标题“%s”在“%s”"
	    "之前", ia, ib, tb, ta));
	free(ia);
	free(ib);
	free(ta);
	free(tb);
}

static void
report_words(const pc_rule_ctx *x, pc_severity sev, const ov *o, int32_t i,
    pc_findings *out)
{
	const pc_view *v = x->v;
	const UChar *f = v->fold;
	span w[MAX_WORDS];
	int32_t nw = words(f, o->item[i], w), j = o->match[i];
	char *it = quote(v, o->item[i]), *en, *zh;
	char *men = pc_xstrdup(""), *mzh = pc_xstrdup("");

	for (int32_t k = 0; k < nw; k++) {
		char *t, *a, *b;

		if (j >= 0 && contains(f, o->head[j], w[k]))
			continue;
		t = quote(v, w[k]);
		a = pc_xasprintf("%s%s\"%s\"", men, *men ? ", " : "", t);
		b = pc_xasprintf("%s%s“%s”", mzh, *mzh ? "、" : "", t);
		free(men);
		free(mzh);
		free(t);
		men = a;
		mzh = b;
	}
	if (j >= 0) {
		const pc_heading *h = &x->o->h[o->hidx[j]];
		char *ti = pc_view_utf8(v, h->title_start, h->title_end);

		en = pc_xasprintf("overview item \"%s\" does not match its "
		    "heading \"%s\": %s not in it", it, ti, men);
		zh = pc_xasprintf("概述项“%s”与对应标题“%s”不一致：标题中"
		    "没有%s", it, ti, mzh);
		free(ti);
	} else {
		en = pc_xasprintf("overview item \"%s\" matches none of the "
		    "headings that follow", it);
		zh = pc_xasprintf("概述项“%s”在其后的标题中没有对应", it);
	}
	pc_findings_add(out, pc_rule_outline_order.id, sev, o->item[i].s,
	    o->item[i].e, en, zh);
	free(men);
	free(mzh);
	free(it);
}

static void
check(const pc_rule_ctx *x, pc_severity sev, const pc_count *c, ov *o,
    pc_findings *out)
{
	pc_severity note = sev > PC_SEV_NOTE ? (pc_severity)(sev - 1) :
	    PC_SEV_NOTE;
	int32_t nfull, nm, maxi = -1;

	if (c->nitems < 2 || c->nitems > MAX_ITEMS - MAX_WORDS ||
	    !heads(x, c, o))
		return;
	o->ni = c->nitems;
	for (int32_t i = 0; i < o->ni; i++) {
		o->item[i].s = c->items[i].start;
		o->item[i].e = c->items[i].end;
	}
	if (c->hi > c->lo && c->value == c->hi) {
		span w[MAX_WORDS];
		int32_t nw = words(x->v->fold, o->item[o->ni - 1], w);

		o->ni--;
		for (int32_t k = 0; k < nw; k++)
			o->item[o->ni++] = w[k];
	}
	if (o->ni < 3)
		return;
	for (int32_t i = 0; i < o->ni; i++) {
		for (int32_t j = 0; j < o->nh; j++)
			o->score[i][j] = score(&x->ds->words[PC_W_ACTION],
			    x->v->fold, o->item[i], o->head[j]);
	}
	nm = match(o, &nfull);
	if (!(nfull >= 2 && nm * 3 >= o->ni * 2) &&
	    !(nfull >= 1 && nm == o->ni && o->ni == o->nh))
		return;
	for (int32_t i = 0; i < o->ni; i++) {
		if (o->match[i] < 0)
			continue;
		if (maxi >= 0 && o->match[i] < o->match[maxi]) {
			report_order(x, sev, o, maxi, i, out);
			break;
		}
		maxi = i;
	}
	for (int32_t i = 0; i < o->ni; i++)
		if (o->match[i] < 0 || o->score[i][o->match[i]] < FULL)
			report_words(x, note, o, i, out);
}

static void
run(const pc_rule_ctx *x, pc_severity sev, pc_findings *out)
{
	const pc_counts *cs = x->counts;
	ov *o;

	if (cs == NULL || x->o == NULL || x->o->n == 0)
		return;
	o = pc_xcalloc(1, sizeof(*o));
	for (int32_t i = 0; i < cs->n; i++)
		if (cs->c[i].form == PC_LIST_BEFORE ||
		    cs->c[i].form == PC_LIST_COLON)
			check(x, sev, &cs->c[i], o, out);
	free(o);
}

const pc_rule pc_rule_outline_order = {
	"outline-order", PC_SEV_WARNING, run,
	{
		"an overview lists the document's parts in another order or "
		"wording than its headings",
		"概述所列各部分的顺序或名称与标题不一致",
	},
	{
		"Finds overviews that enumerate the document's own parts "
		"(\"《规划》围绕A、B、C…六个方面展开\": a counted list whose "
		"items match the titles of the sibling headings that follow "
		"it) and reports, with the rule's severity, an overview whose "
		"order differs from the headings'; and, one severity level "
		"lower (a note by default), each overview item whose words, "
		"split on 和/与/及, do not all appear in the heading it stands "
		"for (other words may stand inside a word there: 绿色转型 is "
		"in 推动绿色低碳转型), or that stands for no heading. Titles "
		"are compared without their 第X章 prefix. Silent on lists "
		"that are no overview: fewer than two items match their "
		"headings fully, or fewer than two thirds match at all "
		"(unless one matches fully and each of the others partly, "
		"as many items as headings). Example: an overview listing "
		"主要任务 before 空间布局 above the chapters 第四章空间布局 "
		"and 第五章重点任务 gives a warning (order) and a note "
		"(主要任务 is not in 重点任务); 基础和形势 for "
		"发展基础与面临形势 is fine, both words appear.",
		"查找列举本文件各部分的概述（如“《规划》围绕A、B、C……六个"
		"方面展开”：所列项目与其后同级标题相对应的计数列举），概述"
		"顺序与标题顺序不同时按本规则级别报告；概述项按“和/与/及”"
		"拆分后的词语未全部出现在对应标题中（词中可插入其他词语，"
		"如“绿色转型”见于“推动绿色低碳转型”），或没有对应标题的，"
		"低一级报告（默认为提示）。比较时去掉标题的“第X章”前缀。"
		"与标题完全对应少于两项、或能对应的不足三分之二的列举，不视"
		"为概述（项数与标题数相同、一项完全对应且其余各项部分对应的"
		"除外）。例：概述先列“主要任务”后列“空间布局”，而其后为"
		"“第四章空间布局”“第五章重点任务”，报告顺序警告，并提示"
		"“主要任务”不在“重点任务”中；“基础和形势”对应“发展基础与"
		"面临形势”则无问题，两个词都在标题中。",
	},
};
