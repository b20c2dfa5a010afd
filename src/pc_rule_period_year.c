/* Rule period-year: a target year outside the plan period.
 *
 * The period comes from --period, else from the title (a range such as
 * "（2026—2028年）", else a period name such as "十五五" → 2026–2030), else
 * from the draft's own plan (--self), else from the latest 十X五 the text
 * names. Without one the rule is silent.
 *
 * A target year is a year after 到 or 至 ("到2031年", "至2031年底") or
 * before 前 ("2035年前", "2030年底前"), or 年底/年末 after 力争, 争取,
 * 确保, 预计 or 计划. Everything else is not a target: 截至2025年底 and
 * 2021年至2025年 (history, a range), "十四五"期间, 较2025年, a year in a
 * background section, history told with 已 or 累计, a target another
 * document set ("《纲要》提出，到2035年…"), and a year past the period
 * in a sentence about the long-range vision (远景, 展望; 2035 with 基本
 * 实现, the national horizon). */
#include "pc_rule.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_numeral.h"
#include "pc_text.h"

#define CH_NIAN         0x5E74  /* 年 */
#define CH_DAO          0x5230  /* 到 */
#define CH_ZHI          0x81F3  /* 至 */
#define CH_QIAN         0x524D  /* 前 */
#define CH_DI3          0x5E95  /* 底 */
#define CH_MO           0x672B  /* 末 */
#define CH_SHI          0x5341  /* 十 */
#define CH_WU           0x4E94  /* 五 */
#define CH_DI           0x7B2C  /* 第 */

#define YEAR_MIN 1900
#define YEAR_MAX 2199
/* How far back a target verb may stand before 2031年底. */
#define VERB_WINDOW 8
/* How far the clause and sentence of a year are searched for 已, 远景 … */
#define WINDOW 160
/* How far after 》 a quote verb may stand (《纲要》明确提出) */
#define QUOTE_GAP 6

enum psrc { SRC_OPTION, SRC_TITLE_RANGE, SRC_TITLE_NAME, SRC_SELF,
	SRC_TEXT_NAME };

struct period {
	int start, end;
	enum psrc src;
	char *name;             /* what it was read from, UTF-8, or NULL */
};

static int
is_digit(UChar c)
{
	return c >= '0' && c <= '9';
}

/* A year at i in the folded text (2030 or 二〇三〇), not part of a longer
 * number; returns its length, 0 if none. */
static int32_t
year_at(const UChar *f, int32_t i, int32_t n, int *year)
{
	int32_t k, v;

	if (i > 0 && (is_digit(f[i - 1]) || pc_numeral_is_cn(f[i - 1]) ||
	    f[i - 1] == '.'))
		return 0;
	if (!is_digit(f[i]) && f[i] != 0x4E8C /* 二 */ && f[i] != 0x4E00)
		return 0;
	k = pc_numeral_parse(f + i, n - i, &v);
	if (k != 4 || v < YEAR_MIN || v > YEAR_MAX)
		return 0;
	*year = v;
	return k;
}

/* Number of the five-year plan 十X五 or 第十X个五年 at i, or 0. */
static int
period_name_at(const UChar *f, int32_t i, int32_t n, int32_t *len)
{
	int32_t k, v;

	if (i > 0 && pc_numeral_is_cn(f[i - 1]) && f[i - 1] != CH_DI)
		return 0;
	if (f[i] == CH_DI) {
		if ((k = pc_numeral_parse(f + i + 1, n - i - 1, &v)) == 0 ||
		    v < 3 || !pc_starts_with(f + i + 1 + k, n - i - 1 - k,
		    "个五年"))
			return 0;
		*len = k + 4;
		return v;
	}
	/* 十五五: 十 and a digit, then 五 */
	if (f[i] != CH_SHI || i + 2 >= n || f[i + 2] != CH_WU)
		return 0;
	if (pc_numeral_parse(f + i, 2, &v) != 2 || v < 11 || v > 19)
		return 0;
	if (i + 3 < n && pc_numeral_is_cn(f[i + 3]))
		return 0;
	*len = 3;
	return v;
}

/* The third and later five-year plans run 1966–1970, 1971–1975 … */
static int
plan_start(int ord)
{
	return 1966 + 5 * (ord - 3);
}

/* "2026—2028年" at i: a range of years. */
static int
range_at(const UChar *f, int32_t i, int32_t n, int *a, int *b)
{
	int32_t k, j;

	if ((k = year_at(f, i, n, a)) == 0)
		return 0;
	j = i + k;
	if (j < n && f[j] == CH_NIAN)
		j++;
	if (j >= n || (f[j] != 0x2014 && f[j] != 0x2013 && f[j] != '-' &&
	    f[j] != 0xFF5E && f[j] != '~' && f[j] != CH_ZHI &&
	    f[j] != CH_DAO && f[j] != 0x2015 && f[j] != 0xFF0D))
		return 0;
	j++;
	if (j < n && f[j] == 0x2014)
		j++;    /* —— */
	if ((k = year_at(f, j, n, b)) == 0 || j + k >= n ||
	    f[j + k] != CH_NIAN)
		return 0;
	return *b >= *a && *b - *a <= 15;
}

static int
find_period(const pc_rule_ctx *c, struct period *p)
{
	const pc_view *v = c->v;
	const UChar *f = v->fold;
	int32_t ts, te, i, k;
	int best = 0;

	memset(p, 0, sizeof(*p));
	if (c->period_start > 0 && c->period_end >= c->period_start) {
		p->start = c->period_start;
		p->end = c->period_end;
		p->src = SRC_OPTION;
		return 1;
	}
	if (v->doc->npara > 0) {
		ts = v->doc->paras[0].start;
		te = v->doc->paras[0].end;
		for (i = ts; i < te; i++) {
			int a, b;

			if (range_at(f, i, te, &a, &b)) {
				p->start = a;
				p->end = b;
				p->src = SRC_TITLE_RANGE;
				return 1;
			}
		}
		for (i = ts; i < te; i++) {
			int ord = period_name_at(f, i, te, &k);

			if (ord >= 3) {
				p->start = plan_start(ord);
				p->end = p->start + 4;
				p->src = SRC_TITLE_NAME;
				p->name = pc_view_utf8(v, i, i + k);
				return 1;
			}
		}
	}
	if (c->sel != NULL && c->sel->self != NULL &&
	    c->sel->self->start > 0 &&
	    c->sel->self->end >= c->sel->self->start) {
		p->start = c->sel->self->start;
		p->end = c->sel->self->end;
		p->src = SRC_SELF;
		p->name = pc_xstrdup(c->sel->self->id);
		return 1;
	}
	for (i = 0; i < v->len; i++) {
		int ord;

		if ((v->flags[i] & PC_VF_MASK) ||
		    (ord = period_name_at(f, i, v->len, &k)) < 3 ||
		    ord <= best)
			continue;
		best = ord;
		free(p->name);
		p->name = pc_view_utf8(v, i, i + k);
	}
	if (best == 0)
		return 0;
	p->start = plan_start(best);
	p->end = p->start + 4;
	p->src = SRC_TEXT_NAME;
	return 1;
}

/* Does s[0..n) contain the UTF-8 literal w (a short word)? */
static int
contains(const UChar *s, int32_t n, const char *w)
{
	UChar u[32];
	int32_t un = 0;
	UErrorCode ec = U_ZERO_ERROR;

	u_strFromUTF8(u, 32, &un, w, -1, &ec);
	return U_SUCCESS(ec) && un < 32 && pc_find(s, n, u, un) >= 0;
}

/* Is the year at [ys, ye) (ye just past 年) a target? Returns the start of
 * the phrase to report and stores its end in *end, or returns -1. */
static int32_t
target_at(const pc_view *v, int32_t ps, int32_t pe, int32_t ys, int32_t ye,
    int32_t *end)
{
	const UChar *f = v->fold;
	int32_t b = ys, k;

	*end = ye;
	while (b > ps && pc_is_blank(f[b - 1]))
		b--;
	if (b > ps && (f[b - 1] == CH_DAO || f[b - 1] == CH_ZHI)) {
		int32_t a = b - 1;

		/* 截至, 截止到: as of, history */
		if (a > ps && (f[a - 1] == 0x622A /* 截 */ ||
		    f[a - 1] == 0x6B62 /* 止 */))
			return -1;
		/* 2021年至2025年, 2021至2025年: the end of a range */
		if (a > ps && (f[a - 1] == CH_NIAN || is_digit(f[a - 1])))
			return -1;
		if (ye < pe && (f[ye] == CH_DI3 || f[ye] == CH_MO))
			*end = ye + 1;
		return a;
	}
	k = ye;
	if (k < pe && (f[k] == CH_DI3 || f[k] == CH_MO))
		k++;
	if (k < pe && f[k] == CH_QIAN) {
		/* 2020年前三季度 is a span of that year */
		if (k + 1 < pe && (pc_numeral_is_cn(f[k + 1]) ||
		    is_digit(f[k + 1]) || f[k + 1] == 0x51E0 /* 几 */))
			return -1;
		*end = k + 1;
		return ys;
	}
	if (k > ye) {
		static const char *const verbs[] = { "力争", "争取", "确保",
		    "预计", "计划" };
		int32_t from = ys - VERB_WINDOW > ps ? ys - VERB_WINDOW : ps;

		for (size_t j = 0; j < sizeof(verbs) / sizeof(verbs[0]); j++)
			if (contains(f + from, ys - from, verbs[j])) {
				*end = k;
				return ys;
			}
	}
	return -1;
}

/* Words that make a year history or a long-range vision, not a target of
 * this plan. */
static int
history(const pc_view *v, int32_t s, int32_t e)
{
	return contains(v->fold + s, e - s, "已") ||
	    contains(v->fold + s, e - s, "累计") ||
	    contains(v->fold + s, e - s, "累計");
}

/* 2035 is the national long-range horizon: "到2035年，基本实现新型工业化"
 * in a 十五五 plan restates it and sets no target of the plan. */
static int
vision(const pc_view *v, int32_t ss, int32_t se, int year)
{
	static const char *const w[] = { "远景", "展望", "远期", "长远",
	    "中长期", "社会主义现代化强国", "遠景", "遠期", "長遠", "中長期",
	    "社會主義現代化強國" };

	for (size_t j = 0; j < sizeof(w) / sizeof(w[0]); j++)
		if (contains(v->fold + ss, se - ss, w[j]))
			return 1;
	return year == 2035 && (contains(v->fold + ss, se - ss, "基本实现") ||
	    contains(v->fold + ss, se - ss, "基本實現"));
}

/* Does the sentence quote another document's target ("《纲要》提出，到
 * 2035年…")? A 《…》 closed shortly before a quote verb of the lexicon,
 * both before the year. */
static int
quoted(const pc_rule_ctx *c, int32_t ss, int32_t ys)
{
	const pc_view *v = c->v;

	if (c->ds == NULL)
		return 0;
	for (int32_t i = ys; i-- > ss;) {
		if (v->text[i] != 0x300B)       /* 》 */
			continue;
		return pc_words_find(c->ds, PC_W_QUOTE_VERB, v->fold + i + 1,
		    ys - i - 1 < QUOTE_GAP ? ys - i - 1 : QUOTE_GAP);
	}
	return 0;
}

/* The clause or sentence around off within [ps, pe), at most WINDOW
 * units to either side (a paragraph without punctuation stays cheap). */
static void
around(const pc_view *v, int32_t ps, int32_t pe, int32_t off,
    int (*end)(UChar), int32_t *s, int32_t *e)
{
	int32_t lo = off - WINDOW > ps ? off - WINDOW : ps;
	int32_t hi = off + WINDOW < pe ? off + WINDOW : pe;

	for (*s = off; *s > lo && !end(v->text[*s - 1]); (*s)--)
		;
	for (*e = off; *e < hi && !end(v->text[*e]); (*e)++)
		;
}

static void
report(const pc_rule_ctx *c, pc_severity sev, pc_findings *out,
    const struct period *p, int32_t s, int32_t e, int year)
{
	char *phrase = pc_view_utf8(c->v, s, e);
	const char *from_en, *from_zh;
	char *en, *zh;

	switch (p->src) {
	case SRC_OPTION:
		from_en = "--period or the configuration";
		from_zh = "--period 选项或配置文件";
		break;
	case SRC_TITLE_RANGE:
		from_en = "the years in the title";
		from_zh = "标题中的年份";
		break;
	case SRC_TITLE_NAME:
		from_en = "the title";
		from_zh = "标题";
		break;
	case SRC_SELF:
		from_en = "the draft's own plan";
		from_zh = "本规划";
		break;
	default:
		from_en = "the latest period the text names";
		from_zh = "文中提到的最近规划期";
		break;
	}
	if (p->name != NULL) {
		en = pc_xasprintf("target year %d (\"%s\") is outside the plan "
		    "period %d–%d (from %s: \"%s\")", year, phrase, p->start,
		    p->end, from_en, p->name);
		zh = pc_xasprintf("目标年份%d年（“%s”）超出规划期%d—%d年（依据%s"
		    "“%s”）", year, phrase, p->start, p->end, from_zh,
		    p->name);
	} else {
		en = pc_xasprintf("target year %d (\"%s\") is outside the plan "
		    "period %d–%d (from %s)", year, phrase, p->start, p->end,
		    from_en);
		zh = pc_xasprintf("目标年份%d年（“%s”）超出规划期%d—%d年（依据%s）",
		    year, phrase, p->start, p->end, from_zh);
	}
	free(phrase);
	pc_findings_add(out, pc_rule_period_year.id, sev, s, e, en, zh);
}

static void
run(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	const pc_view *v = c->v;
	const pc_doc *d = v->doc;
	const UChar *f = v->fold;
	struct period p;

	if (!find_period(c, &p))
		return;
	for (int32_t q = 0; q < d->npara; q++) {
		int32_t ps = d->paras[q].start, pe = d->paras[q].end;

		if (pe > v->len)
			pe = v->len;
		/* the title names the period; it sets no target */
		if (q == 0)
			continue;
		for (int32_t i = ps; i < pe; i++) {
			int32_t k, s, e, cs, ce, ss, se, h;
			int year;

			if ((v->flags[i] & PC_VF_MASK) ||
			    (k = year_at(f, i, pe, &year)) == 0 ||
			    i + k >= pe || f[i + k] != CH_NIAN)
				continue;
			s = target_at(v, ps, pe, i, i + k + 1, &e);
			if (s < 0 || (year >= p.start && year <= p.end))
				continue;
			h = pc_outline_at(c->o, i);
			if (h >= 0 && c->o->h[h].kind == PC_SK_BACKGROUND)
				continue;
			around(v, ps, pe, i, pc_is_clause_end, &cs, &ce);
			around(v, ps, pe, i, pc_is_sentence_end, &ss, &se);
			/* an earlier year is history if its sentence says so
			 * ("到2025年底，中心城区已基本消除…") */
			if (history(v, year < p.start ? ss : cs,
			    year < p.start ? se : i) ||
			    (year > p.end && vision(v, ss, se, year)) ||
			    quoted(c, ss, i))
				continue;
			report(c, sev, out, &p, s, e, year);
			i += k;
		}
	}
	free(p.name);
}

const pc_rule pc_rule_period_year = {
	"period-year", PC_SEV_WARNING, run,
	{ "a target year outside the plan period",
	  "目标年份超出规划期" },
	{ "Checks that target years lie within the plan period. The period "
	  "comes from --period, else from the title (a range of years such as "
	  "\"（2026—2028年）\", else a period name: \"十五五\" is 2026–2030), "
	  "else from the draft's own plan (--self), else from the latest "
	  "十X五 the text names; without one the rule is silent. A target "
	  "year is one after 到 or 至 (\"到2031年\", \"至2031年底\"), one before "
	  "前 (\"2035年前\", \"2030年底前\"), or 年底/年末 after 力争, 争取, "
	  "确保, 预计 or 计划. Silent: history and ranges (\"十四五\"期间, "
	  "截至2025年底, 2021年至2025年, 较2025年, 2020年前三季度), years in "
	  "the title or in a background section, history told with 已 or 累计, "
	  "a target quoted from another document (\"《纲要》提出，到2035年…\"), "
	  "and a year after the period in a sentence about the long-range "
	  "vision (远景, 展望, or 2035 with 基本实现: \"到2035年，基本实现"
	  "新型工业化\" restates the national horizon). Example: in a "
	  "\"十五五\" plan, \"到2035年，产业规模突破千亿元\" gives: target year "
	  "2035 is outside the plan period 2026–2030.",
	  "检查目标年份是否在规划期内。规划期依次取自 --period 选项、标题（年份"
	  "区间如“（2026—2028年）”，否则规划期名称，如“十五五”即2026—2030年）、"
	  "本规划（--self），或文中提到的最近的“十X五”；都没有则不检查。目标年份"
	  "指“到”“至”之后的年份（“到2031年”“至2031年底”）、“前”之前的年份"
	  "（“2035年前”“2030年底前”），以及“力争”“争取”“确保”“预计”“计划”"
	  "之后的“X年底/年末”。不报告：历史和区间（“十四五”期间、截至2025年底、"
	  "2021年至2025年、较2025年、2020年前三季度），标题和背景部分中的年份，"
	  "用“已”“累计”讲述的历史，引述其他文件的目标（“《纲要》提出，到2035年……”），以及谈远景的句子中规划期之后的年份（远景、展望、"
	  "2035年与“基本实现”同句，即重申国家远景目标，如“到2035年，基本实现"
	  "新型工业化”）。示例：“十五五”规划中的“到2035年，产业规模"
	  "突破千亿元”报告：目标年份2035年超出规划期2026—2030年。" },
};
