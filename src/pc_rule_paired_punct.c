/* Rule paired-punct: “” ‘’ 《》 〈〉 （） 〔〕 【】 「」 『』 and ASCII () must
 * balance and nest within a paragraph (GB/T 15834). A paragraph is the
 * document stage's, so a title wrapped over two lines is one.
 *
 * One stack per paragraph. A closer that finds its opener under other
 * openers reports the ones in between once, as wrongly nested, and
 * remembers them, so that their own closers later on are not reported a
 * second time. A full-width bracket closed by its ASCII twin, （…), and
 * an opener closed by another kind of mark when its own closer never
 * follows (“…》: one mark mistyped) are one finding each, not two. */
#include "pc_rule.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_numeral.h"
#include "pc_text.h"

/* Characters of context quoted around a mark. */
#define EXCERPT 10

static const struct pair {
	UChar open, close;
	UChar twin;             /* the other width of a round bracket */
	const char *zh;         /* its name, GB/T 15834 */
} pairs[] = {
	{ 0x201C, 0x201D, 0, "双引号" },         /* “” */
	{ 0x2018, 0x2019, 0, "单引号" },         /* ‘’ */
	{ 0x300A, 0x300B, 0, "双书名号" },       /* 《》 */
	{ 0x3008, 0x3009, 0, "单书名号" },       /* 〈〉 */
	{ 0xFF08, 0xFF09, 1, "圆括号" },         /* （） */
	{ 0x3014, 0x3015, 0, "六角括号" },       /* 〔〕 */
	{ 0x3010, 0x3011, 0, "方头括号" },       /* 【】 */
	{ 0x300C, 0x300D, 0, "直角引号" },       /* 「」 */
	{ 0x300E, 0x300F, 0, "双直角引号" },     /* 『』 */
	{ '(', ')', 1, "半角圆括号" },
};
#define NPAIRS ((int)(sizeof(pairs) / sizeof(pairs[0])))
#define P_ROUND_FW 4
#define P_ROUND_ASCII (NPAIRS - 1)

struct mark {
	int32_t off;
	int type;
};

struct stack {
	struct mark *m;
	size_t n, cap;
};

static int
opener(UChar c)
{
	for (int t = 0; t < NPAIRS; t++)
		if (pairs[t].open == c)
			return t;
	return -1;
}

static int
closer(UChar c)
{
	for (int t = 0; t < NPAIRS; t++)
		if (pairs[t].close == c)
			return t;
	return -1;
}

static int
is_latin(UChar c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
skip(const pc_view *v, int32_t i)
{
	return (v->flags[i] & PC_VF_MASK) != 0;
}

/* A paragraph with more Latin letters than Han characters is English;
 * its ASCII brackets are wrapped with its lines in plain text and are left
 * alone. */
static int
english(const pc_view *v, int32_t ps, int32_t pe)
{
	int32_t latin = 0, han = 0;

	for (int32_t i = ps; i < pe; i++) {
		if (is_latin(v->fold[i]))
			latin++;
		else if (pc_is_han(v->text[i]))
			han++;
	}
	return latin > han;
}

/* "1）", "a)", "一）" opening a clause: a list marker without an opener. */
static int
list_marker(const pc_view *v, int32_t ps, int32_t i)
{
	int32_t j = i, k = 0;

	while (j > ps && k < 4 && (pc_is_ascii_alnum(v->fold[j - 1]) ||
	    pc_numeral_is_cn(v->fold[j - 1]))) {
		j--;
		k++;
	}
	if (k == 0 || k > 3)
		return 0;
	while (j > ps && (pc_is_blank(v->text[j - 1]) || skip(v, j - 1)))
		j--;
	return j == ps || pc_is_clause_end(v->text[j - 1]) ||
	    v->text[j - 1] == 0xFF1A || v->text[j - 1] == ':';
}

/* Text after (dir > 0) or before the mark at i, for the message. */
static char *
excerpt(const pc_view *v, int32_t ps, int32_t pe, int32_t i, int dir)
{
	int32_t s, e, k;
	char *t, *r;

	if (dir > 0) {
		s = i;
		for (e = i + 1, k = 0; e < pe && k < EXCERPT; e++, k++)
			if (U16_IS_LEAD(v->text[e]) && e + 1 < pe)
				e++;
		t = pc_view_utf8(v, s, e);
		r = pc_xasprintf("%s%s", t, e < pe ? "…" : "");
	} else {
		e = i + 1;
		for (s = i, k = 0; s > ps && k < EXCERPT; s--, k++)
			if (U16_IS_TRAIL(v->text[s - 1]) && s - 1 > ps)
				s--;
		t = pc_view_utf8(v, s, e);
		r = pc_xasprintf("%s%s", s > ps ? "…" : "", t);
	}
	free(t);
	return r;
}

static char *
ch(UChar c)
{
	return pc_utf8(&c, 1);
}

static void
add(pc_findings *out, pc_severity sev, int32_t off, char *en, char *zh)
{
	pc_findings_add(out, pc_rule_paired_punct.id, sev, off, off + 1, en,
	    zh);
}

static void
unclosed(const pc_view *v, pc_severity sev, pc_findings *out, int32_t ps,
    int32_t pe, const struct mark *m, const struct mark *outer)
{
	char *o = ch(pairs[m->type].open), *cl = ch(pairs[m->type].close);
	char *x = excerpt(v, ps, pe, m->off, 1);
	char *en, *zh;

	if (outer == NULL) {
		en = pc_xasprintf("unbalanced %s: no closing %s in this "
		    "paragraph (at \"%s\")", o, cl, x);
		zh = pc_xasprintf("前%s%s未闭合：本段内没有与之配对的后%s%s"
		    "（%s）", pairs[m->type].zh, o, pairs[m->type].zh, cl, x);
	} else {
		char *oo = ch(pairs[outer->type].open);
		char *oc = ch(pairs[outer->type].close);

		en = pc_xasprintf("wrongly nested %s: %s closes %s before "
		    "%s closes it (at \"%s\")", o, oc, oo, cl, x);
		zh = pc_xasprintf("前%s%s嵌套错误：与之配对的%s出现之前，%s已先"
		    "闭合了外层的%s（%s）", pairs[m->type].zh, o, cl, oc, oo,
		    x);
		free(oo);
		free(oc);
	}
	add(out, sev, m->off, en, zh);
	free(o);
	free(cl);
	free(x);
}

static void
unmatched(const pc_view *v, pc_severity sev, pc_findings *out, int32_t ps,
    int32_t pe, int32_t off, int type)
{
	char *o = ch(pairs[type].open), *cl = ch(pairs[type].close);
	char *x = excerpt(v, ps, pe, off, -1);

	add(out, sev, off,
	    pc_xasprintf("unbalanced %s: no opening %s before it in this "
	    "paragraph (at \"%s\")", cl, o, x),
	    pc_xasprintf("后%s%s没有配对：本段内其前没有对应的前%s%s（%s）",
	    pairs[type].zh, cl, pairs[type].zh, o, x));
	free(o);
	free(cl);
	free(x);
}

static void
mismatch(const pc_view *v, pc_severity sev, pc_findings *out, int32_t ps,
    int32_t pe, const struct mark *m, int32_t off)
{
	char *o = ch(pairs[m->type].open), *cl = ch(pairs[m->type].close);
	char *got = ch(v->text[off]);
	char *x = excerpt(v, ps, pe, m->off, 1);

	add(out, sev, m->off,
	    pc_xasprintf("%s is closed by %s; expected %s (at \"%s\")", o,
	    got, cl, x),
	    pc_xasprintf("前%s%s与%s不配对，应以后%s%s闭合（%s）",
	    pairs[m->type].zh, o, got, pairs[m->type].zh, cl, x));
	free(o);
	free(cl);
	free(got);
	free(x);
}

static void
paragraph(const pc_view *v, pc_severity sev, pc_findings *out, int32_t ps,
    int32_t pe, struct stack *st)
{
	/* closers of each type still ahead, and openers reported as wrongly
	 * nested whose own closer may still come: both per type, so that
	 * every step is O(1) but for the stack search */
	int32_t ahead[NPAIRS], orphans[NPAIRS], open[NPAIRS];
	int t;

	st->n = 0;
	memset(ahead, 0, sizeof(ahead));
	memset(orphans, 0, sizeof(orphans));
	memset(open, 0, sizeof(open));
	int ascii = !english(v, ps, pe);

	for (int32_t i = ps; i < pe; i++)
		if (!skip(v, i) && (t = closer(v->text[i])) >= 0)
			ahead[t]++;
	for (int32_t i = ps; i < pe; i++) {
		UChar c = v->text[i];
		size_t k;

		if (skip(v, i) || (!ascii && (c == '(' || c == ')')))
			continue;
		if ((t = opener(c)) >= 0) {
			pc_grow(&st->m, &st->cap, st->n + 1, sizeof(*st->m));
			st->m[st->n].off = i;
			st->m[st->n++].type = t;
			open[t]++;
			continue;
		}
		if ((t = closer(c)) < 0)
			continue;
		ahead[t]--;
		if (st->n > 0 && st->m[st->n - 1].type == t) {
			open[t]--;
			st->n--;
			continue;
		}
		/* ’ between Latin letters is an apostrophe (China’s) */
		if (c == 0x2019 && i > ps && is_latin(v->text[i - 1]))
			continue;
		if (open[t] > 0) {
			/* openers above t's were never closed before it;
			 * they leave the stack, so the search is linear
			 * over the paragraph */
			for (k = st->n; k-- > 0;)
				if (st->m[k].type == t)
					break;
			for (size_t j = k + 1; j < st->n; j++) {
				unclosed(v, sev, out, ps, pe, &st->m[j],
				    &st->m[k]);
				orphans[st->m[j].type]++;
				open[st->m[j].type]--;
			}
			open[t]--;
			st->n = k;
			continue;
		}
		if ((t == P_ROUND_FW || t == P_ROUND_ASCII) &&
		    list_marker(v, ps, i))
			continue;
		if (pairs[t].twin && st->n > 0 &&
		    pairs[st->m[st->n - 1].type].twin) {
			char *o = ch(pairs[st->m[st->n - 1].type].open);
			char *cl = ch(c);
			char *want = ch(pairs[st->m[st->n - 1].type].close);

			add(out, sev, i,
			    pc_xasprintf("%s is closed by %s of the other "
			    "width; expected %s", o, cl, want),
			    pc_xasprintf("%s用另一宽度的%s闭合，应为%s",
			    o, cl, want));
			free(o);
			free(cl);
			free(want);
			open[st->m[--st->n].type]--;
			continue;
		}
		if (st->n > 0 && ahead[st->m[st->n - 1].type] == 0) {
			/* 《…” or “…》: one mark typed for another */
			mismatch(v, sev, out, ps, pe, &st->m[st->n - 1], i);
			open[st->m[--st->n].type]--;
			continue;
		}
		if (orphans[t] > 0) {
			/* its opener was reported as wrongly nested */
			orphans[t]--;
			continue;
		}
		unmatched(v, sev, out, ps, pe, i, t);
	}
	for (size_t j = 0; j < st->n; j++)
		unclosed(v, sev, out, ps, pe, &st->m[j], NULL);
}

static void
run(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	const pc_view *v = c->v;
	const pc_doc *d = v->doc;
	struct stack st = { NULL, 0, 0 };

	for (int32_t p = 0; p < d->npara; p++) {
		int32_t ps = d->paras[p].start, pe = d->paras[p].end;

		paragraph(v, sev, out, ps, pe < v->len ? pe : v->len, &st);
	}
	free(st.m);
}

const pc_rule pc_rule_paired_punct = {
	"paired-punct", PC_SEV_ERROR, run,
	{ "unbalanced or wrongly nested quotation marks, 书名号 or brackets",
	  "引号、书名号或括号不配对、嵌套错误" },
	{ "Checks that the paired marks “” ‘’ 《》 〈〉 （） 〔〕 【】 「」 『』 and "
	  "ASCII () open and close within one paragraph and nest properly "
	  "(GB/T 15834). Reported, at the mark: an opener never closed, a "
	  "closer with no opener, an opener that an outer pair closes before "
	  "it is closed (《…“…》), an opener closed by another kind of mark "
	  "when its own closer never follows (“…》), and a full-width bracket "
	  "closed by its ASCII twin (（…)), each once. A title wrapped over two lines is one "
	  "paragraph, so its 《 may close on the next line. Silent: an "
	  "apostrophe ’ after a Latin letter (China’s), a list marker such as "
	  "\"1）\" or \"a)\" at the start of a clause, ASCII \" (see "
	  "punct-width), ASCII () in an English paragraph (more Latin letters "
	  "than Han characters), and Word export leftovers. Example: "
	  "\"明确“智能化、绿色化发展方向\" gives: unbalanced “: no closing ” in "
	  "this paragraph.",
	  "检查成对标点“” ‘’ 《》 〈〉 （） 〔〕 【】 「」 『』及半角 () 是否在同一"
	  "段落内开闭配对、嵌套正确（GB/T 15834）。在标点处报告：未闭合的前标点、"
	  "没有前标点的后标点、外层先闭合而内层未闭合（《……“……》）、前标点被另一种"
	  "后标点闭合且其本应配对的后标点不再出现（“……》）、全角括号用半角闭合"
	  "（（……)），各报告一次。跨两行的标题算一个段落，其“《”可在下一行"
	  "闭合。不报告：拉丁字母后的撇号’（China’s）、分句开头的“1）”“a)”等"
	  "列项符号、半角\"（见 punct-width）、英文段落（拉丁字母多于汉字）中的"
	  "半角 ()，以及 Word 导出残留。示例："
	  "在句子「明确“智能化、绿色化发展方向。」中报告：前双引号“未闭合："
	  "本段内没有与之配对的后双引号”。" },
};
