/* Rule punct-width: ASCII punctuation , . ; : ? ! ( ) " in Chinese text,
 * where GB/T 15834 wants the full-width forms.
 *
 * A mark is in Chinese text when the nearest visible character on either
 * side is Han or full-width punctuation; for '.' only the left one counts
 * (1.发展 is a heading marker, Co.公司 an abbreviation). ASCII brackets
 * count as a pair that encloses Chinese text ("(AI)" after Chinese is
 * left alone); ASCII quotes as a pair that encloses Chinese text or
 * stands next to it. Marks between Latin letters or digits (AI for
 * Science, 1.5, 10:30, 1,000, https://) are left alone, and so are
 * unmatched ASCII brackets, which paired-punct reports.
 *
 * One finding per paragraph, at the first mark, counting them all: a
 * draft typed with ASCII commas gets one warning per paragraph, not one
 * per comma. A paragraph with more Latin letters than Han characters is
 * English and left alone. */
#include "pc_rule.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_text.h"

/* Characters of context on each side of the first mark. */
#define CONTEXT 6

static const struct {
	UChar ascii;
	const char *shown;      /* in messages */
	const char *full;
} marks[] = {
	{ ',', ",", "，" }, { '.', ".", "。" }, { ';', ";", "；" },
	{ ':', ":", "：" }, { '?', "?", "？" }, { '!', "!", "！" },
	{ '(', "(…)", "（…）" }, { '"', "\"…\"", "“…”" },
};
#define NMARKS ((int)(sizeof(marks) / sizeof(marks[0])))

struct stack {
	struct open {
		int32_t off, zh;
	} *o;
	size_t n, cap;
};

struct para {
	const pc_view *v;
	int32_t ps, pe;
	int count[NMARKS];
	int32_t first;          /* offset of the first mark, or -1 */
};

static int
mark_index(UChar c)
{
	for (int k = 0; k < NMARKS; k++)
		if (marks[k].ascii == c)
			return k;
	return -1;
}

static int
visible(const pc_view *v, int32_t i)
{
	return !(v->flags[i] & PC_VF_MASK) && !pc_is_blank(v->text[i]);
}

/* The nearest visible character before (dir < 0) or after i, or 0. */
static UChar
neighbour(const struct para *p, int32_t i, int dir)
{
	for (i += dir; i >= p->ps && i < p->pe; i += dir)
		if (visible(p->v, i))
			return p->v->text[i];
	return 0;
}

static int
chinese(UChar c)
{
	return c != 0 && (pc_is_han(c) || pc_is_cjk_punct(c));
}

static int
has_chinese(const pc_view *v, int32_t s, int32_t e)
{
	for (int32_t i = s; i < e; i++)
		if (!(v->flags[i] & PC_VF_MASK) && chinese(v->text[i]))
			return 1;
	return 0;
}

static void
hit(struct para *p, int32_t i)
{
	p->count[mark_index(p->v->text[i])]++;
	if (p->first < 0 || i < p->first)
		p->first = i;
}

/* ASCII ( ) pairs enclosing Chinese text, in one pass: each open
 * bracket remembers how many Chinese characters came before it. */
static void
brackets(struct para *p, struct stack *st)
{
	const pc_view *v = p->v;
	int32_t zh = 0;

	st->n = 0;
	for (int32_t i = p->ps; i < p->pe; i++) {
		if (!visible(v, i))
			continue;
		if (v->text[i] == '(') {
			pc_grow(&st->o, &st->cap, st->n + 1, sizeof(*st->o));
			st->o[st->n].off = i;
			st->o[st->n++].zh = zh;
		} else if (v->text[i] == ')' && st->n > 0) {
			st->n--;
			if (zh > st->o[st->n].zh)
				hit(p, st->o[st->n].off);
		} else if (chinese(v->text[i]))
			zh++;
	}
	/* unmatched ( are paired-punct's */
}

/* ASCII " paired in order. */
static void
quotes(struct para *p)
{
	const pc_view *v = p->v;
	int32_t open = -1;

	for (int32_t i = p->ps; i < p->pe; i++) {
		if (v->text[i] != '"' || !visible(v, i))
			continue;
		if (open < 0) {
			open = i;
			continue;
		}
		if (has_chinese(v, open + 1, i) ||
		    chinese(neighbour(p, open, -1)) ||
		    chinese(neighbour(p, i, 1)))
			hit(p, open);
		open = -1;
	}
	if (open >= 0 && (chinese(neighbour(p, open, -1)) ||
	    chinese(neighbour(p, open, 1))))
		hit(p, open);
}

static void
singles(struct para *p)
{
	const pc_view *v = p->v;

	for (int32_t i = p->ps; i < p->pe; i++) {
		UChar c = v->text[i];

		if (!visible(v, i))
			continue;
		switch (c) {
		case '.':
			if (!chinese(neighbour(p, i, -1)))
				break;
			hit(p, i);
			while (i + 1 < p->pe && v->text[i + 1] == '.')
				i++;    /* ... is one mark */
			break;
		case ',':
		case ';':
		case ':':
		case '?':
		case '!':
			if (chinese(neighbour(p, i, -1)) ||
			    chinese(neighbour(p, i, 1)))
				hit(p, i);
			break;
		default:
			break;
		}
	}
}

static void
report(const struct para *p, pc_severity sev, pc_findings *out)
{
	const pc_view *v = p->v;
	int32_t s = p->first - CONTEXT, e = p->first + 1 + CONTEXT;
	char *ctx, *len = pc_xstrdup(""), *lzh = pc_xstrdup("");
	char *fix = pc_xstrdup(""), *x;
	char *en, *zh;
	int total = 0, kinds = 0, last = 0;

	if (s < p->ps)
		s = p->ps;
	if (e > p->pe)
		e = p->pe;
	if (s > p->ps && U16_IS_TRAIL(v->text[s]))
		s++;
	if (e < p->pe && U16_IS_TRAIL(v->text[e]))
		e++;
	ctx = pc_view_utf8(v, s, e);
	for (int k = 0; k < NMARKS; k++) {
		if (p->count[k] == 0)
			continue;
		total += p->count[k];
		kinds++;
		last = k;
		x = pc_xasprintf("%s%s%s ×%d", len, *len ? ", " : "",
		    marks[k].shown, p->count[k]);
		free(len);
		len = x;
		x = pc_xasprintf("%s%s%s %d处", lzh, *lzh ? "，" : "",
		    marks[k].shown, p->count[k]);
		free(lzh);
		lzh = x;
		x = pc_xasprintf("%s%s%s", fix, *fix ? " " : "",
		    marks[k].full);
		free(fix);
		fix = x;
	}
	if (total == 1 && kinds == 1) {
		en = pc_xasprintf("ASCII %s in Chinese text at \"%s\"; use the "
		    "full-width %s", marks[last].shown, ctx, fix);
		zh = pc_xasprintf("中文中使用了半角标点“%s”（在“%s”中），应使用"
		    "全角“%s”", marks[last].shown, ctx, fix);
	} else {
		en = pc_xasprintf("ASCII punctuation in Chinese text: %s; the "
		    "first at \"%s\"; use the full-width %s", len, ctx, fix);
		zh = pc_xasprintf("中文中使用了半角标点：%s；第一处在“%s”，应使用"
		    "全角%s", lzh, ctx, fix);
	}
	free(ctx);
	free(len);
	free(lzh);
	free(fix);
	pc_findings_add(out, pc_rule_punct_width.id, sev, p->first,
	    p->first + 1, en, zh);
}

/* A paragraph with more Latin letters than Han characters is English
 * (an abstract, a reference list): its ASCII punctuation is right. */
static int
english(const pc_view *v, int32_t ps, int32_t pe)
{
	int32_t latin = 0, han = 0;

	for (int32_t i = ps; i < pe; i++) {
		UChar c = v->fold[i];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			latin++;
		else if (pc_is_han(v->text[i]))
			han++;
	}
	return latin > han;
}

static void
run(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	const pc_view *v = c->v;
	const pc_doc *d = v->doc;
	struct stack st = { NULL, 0, 0 };

	for (int32_t q = 0; q < d->npara; q++) {
		struct para p;

		memset(&p, 0, sizeof(p));
		p.v = v;
		p.ps = d->paras[q].start;
		p.pe = d->paras[q].end < v->len ? d->paras[q].end : v->len;
		p.first = -1;
		if (english(v, p.ps, p.pe))
			continue;
		brackets(&p, &st);
		quotes(&p);
		singles(&p);
		if (p.first >= 0)
			report(&p, sev, out);
	}
	free(st.o);
}

const pc_rule pc_rule_punct_width = {
	"punct-width", PC_SEV_WARNING, run,
	{ "ASCII punctuation in Chinese text",
	  "中文中使用了半角标点" },
	{ "Checks for ASCII punctuation in Chinese text (comma, full stop, "
	  "semicolon, colon, question and exclamation marks, brackets and "
	  "double quotes), where GB/T 15834 uses the full-width ，。；：？！（）“”. "
	  "A mark counts when the nearest character on either side is Han or "
	  "full-width punctuation (for a full stop only the one before it); a "
	  "pair of "
	  "ASCII brackets counts when it encloses Chinese text, a pair of ASCII "
	  "quotes when it encloses Chinese text or stands next to it. One warning per paragraph, at the first mark, counting "
	  "all. Silent: marks inside Latin or numeric tokens (AI for Science, "
	  "1.5, 10:30, 1,000, https://), heading markers such as \"1.\" before "
	  "a title, abbreviations (Co.), brackets around Latin or digits "
	  "(\"(AI)\", \"(1)\"), + and / (3+3+1, AI+医药, CRO/CDMO), unmatched "
	  "ASCII brackets (reported by paired-punct), paragraphs with more "
	  "Latin letters than Han characters (English text), and Word export "
	  "leftovers. Example: \"培育人工智能,大数据等产业\" gives: ASCII , "
	  "in Chinese text at \"培育人工智能,大数据等产\"; use the full-width ，.",
	  "检查中文中的半角标点 , . ; : ? ! ( ) \"，GB/T 15834 要求使用全角"
	  "，。；：？！（）“”。标点任一侧最近的字符为汉字或全角标点即算中文语境"
	  "（句点只看其前一字符）；半角括号括住中文时、半角引号括住或紧邻中文时"
	  "报告。每段"
	  "报告一次，位置在第一处，并统计全部。不报告：拉丁字母或数字串中的标点"
	  "（AI for Science、1.5、10:30、1,000、https://）、标题前的“1.”等序号、"
	  "缩写（Co.）、括住字母或数字的括号（“(AI)”“(1)”）、+ 和 /（3+3+1、"
	  "AI+医药、CRO/CDMO）、不配对的半角括号（由 paired-punct 报告）、拉丁"
	  "字母多于汉字的段落（英文）以及 Word 导出残留。示例：“培育人工智能,"
	  "大数据等产业”报告：中文中使用了半角标点“,”，应使用全角“，”。" },
};
