/* Rule separator-style: a chain of three or more items (芯片设计—先进制造—
 * 模组封装) is joined by the dash — (一字线, GB/T 15834); a chain joined by
 * a hyphen (ASCII -, －, ‐, –) or by a mix of dash and hyphen is reported,
 * once per chain, with the corrected chain.
 *
 * Items are runs of Han characters, Latin letters and digits; every item
 * of a chain must hold a Han character, so "5G-A", "COVID-19", dates and
 * year ranges (2026—2030) are no chains. Two items joined by a hyphen are
 * a compound name (李松蓢-西田) and stay silent; an inner item must be a
 * short link without 和/与/及/或, so two compound names joined by 和 are
 * no chain either. —— is a 破折号 and ends a chain; ～ marks value ranges
 * and is no separator. */
#include "pc_rule.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_text.h"

#define CH_DASH 0x2014  /* — */
/* Characters of an outer item quoted in a message. */
#define ITEM_SHOW 10
/* Longest middle item of a chain (光刻胶配套材料, 竣工即投产). */
#define LINK_MAX 10

enum sep { SEP_NONE, SEP_DASH, SEP_HYPHEN };

struct item {
	int32_t s, e;
	int han;
	enum sep sep;           /* the separator before it */
};

static int
item_char(const pc_view *v, int32_t i)
{
	return !(v->flags[i] & PC_VF_MASK) &&
	    (pc_is_han(v->text[i]) || pc_is_ascii_alnum(v->fold[i]));
}

/* The separator at i and its length (blanks around it included). */
static enum sep
sep_at(const pc_view *v, int32_t i, int32_t pe, int32_t *len)
{
	const UChar *t = v->text;
	int32_t j = i;
	enum sep s;

	while (j < pe && pc_is_blank(t[j]))
		j++;
	if (j >= pe)
		return SEP_NONE;
	if (t[j] == CH_DASH || t[j] == 0x2015) {
		/* —— is a 破折号 */
		if ((j + 1 < pe && (t[j + 1] == CH_DASH || t[j + 1] == 0x2015))
		    || (j > 0 && (t[j - 1] == CH_DASH || t[j - 1] == 0x2015)))
			return SEP_NONE;
		s = SEP_DASH;
	} else if (t[j] == '-' || t[j] == 0xFF0D || t[j] == 0x2010 ||
	    t[j] == 0x2011 || t[j] == 0x2013) {
		if (j + 1 < pe && t[j + 1] == t[j])
			return SEP_NONE;
		s = SEP_HYPHEN;
	} else
		return SEP_NONE;
	j++;
	while (j < pe && pc_is_blank(t[j]))
		j++;
	*len = j - i;
	return s;
}

static int32_t
item_end(const pc_view *v, int32_t i, int32_t pe, int *han)
{
	*han = 0;
	while (i < pe && item_char(v, i)) {
		if (pc_is_han(v->text[i]))
			*han = 1;
		i++;
	}
	return i;
}

/* UTF-8 of the chain with every separator written as sep (NULL: as it
 * is), outer items shortened. */
static char *
chain_text(const pc_view *v, const struct item *it, size_t n,
    const char *sep)
{
	char *r = pc_xstrdup(""), *t, *x;

	for (size_t k = 0; k < n; k++) {
		int32_t s = it[k].s, e = it[k].e;
		const char *pre = "", *post = "";

		if (k == 0 && e - s > ITEM_SHOW) {
			s = e - ITEM_SHOW;
			if (U16_IS_TRAIL(v->text[s]))
				s++;
			pre = "…";
		}
		if (k == n - 1 && e - s > ITEM_SHOW) {
			e = s + ITEM_SHOW;
			if (U16_IS_TRAIL(v->text[e]))
				e--;
			post = "…";
		}
		t = pc_view_utf8(v, s, e);
		if (k == 0)
			x = pc_xasprintf("%s%s%s", pre, t, post);
		else if (sep != NULL)
			x = pc_xasprintf("%s%s%s%s", r, sep, t, post);
		else {
			char *g = pc_view_utf8(v, it[k - 1].e, it[k].s);
			x = pc_xasprintf("%s%s%s%s", r, g, t, post);
			free(g);
		}
		free(t);
		free(r);
		r = x;
	}
	return r;
}

static void
report(const pc_view *v, pc_severity sev, pc_findings *out,
    const struct item *it, size_t n, int dashes)
{
	char *as = chain_text(v, it, n, NULL);
	char *fix = chain_text(v, it, n, "—");
	char *hy = NULL, *en, *zh;

	/* the first hyphen, as written (-, －, ‐, –) */
	for (size_t k = 1; k < n && hy == NULL; k++)
		for (int32_t i = it[k - 1].e; i < it[k].s && hy == NULL; i++)
			if (it[k].sep == SEP_HYPHEN && !pc_is_blank(v->text[i]))
				hy = pc_view_utf8(v, i, i + 1);
	if (hy == NULL)
		hy = pc_xstrdup("-");
	if (dashes > 0) {
		en = pc_xasprintf("chain \"%s\" mixes the dash \"—\" with the "
		    "hyphen \"%s\"; use \"—\" throughout (GB/T 15834): "
		    "\"%s\"", as, hy, fix);
		zh = pc_xasprintf("链式结构“%s”混用一字线“—”和短横线“%s”，应统一"
		    "使用一字线“—”（GB/T 15834）：“%s”", as, hy, fix);
	} else {
		en = pc_xasprintf("chain \"%s\" is joined by the hyphen \"%s\"; "
		    "GB/T 15834 joins a chain with the dash \"—\": \"%s\"", as,
		    hy, fix);
		zh = pc_xasprintf("链式结构“%s”用短横线“%s”连接，应使用一字线“—”"
		    "（GB/T 15834）：“%s”", as, hy, fix);
	}
	free(hy);
	free(as);
	free(fix);
	pc_findings_add(out, pc_rule_separator_style.id, sev, it[0].s,
	    it[n - 1].e, en, zh);
}

/* A middle item is a chain link only if short and not itself a list:
 * "东岭-西岭产业协作区和北岭-南湾港示范区" is two compound names. */
static int
link_item(const pc_view *v, const struct item *it)
{
	if (it->e - it->s > LINK_MAX)
		return 0;
	for (int32_t i = it->s; i < it->e; i++)
		if (v->text[i] == 0x548C /* 和 */ || v->text[i] == 0x4E0E ||
		    v->text[i] == 0x53CA /* 及 */ || v->text[i] == 0x6216)
			return 0;
	return 1;
}

/* Report each run of three or more items whose middle items are links
 * and whose separators include a hyphen. */
static void
runs(const pc_view *v, pc_severity sev, pc_findings *out,
    const struct item *it, size_t n)
{
	size_t a = 0, b;

	while (a + 2 < n) {
		int dashes = 0, hyphens = 0;

		for (b = a + 1; b + 1 < n && link_item(v, &it[b]); b++)
			;
		/* it[a..b] is a run */
		for (size_t k = a + 1; k <= b; k++) {
			if (it[k].sep == SEP_HYPHEN)
				hyphens++;
			else
				dashes++;
		}
		if (b - a >= 2 && hyphens > 0)
			report(v, sev, out, it + a, b - a + 1, dashes);
		a = b;
	}
}

static void
paragraph(const pc_view *v, pc_severity sev, pc_findings *out, int32_t ps,
    int32_t pe, struct item **itp, size_t *capp)
{
	int32_t i = ps;

	while (i < pe) {
		size_t n = 0;
		int han, all_han, hyphens = 0;
		int32_t j, len;
		enum sep s;

		if (!item_char(v, i)) {
			i++;
			continue;
		}
		j = item_end(v, i, pe, &han);
		pc_grow(itp, capp, n + 1, sizeof(**itp));
		(*itp)[n].s = i;
		(*itp)[n].e = j;
		(*itp)[n++].han = han;
		all_han = han;
		while ((s = sep_at(v, j, pe, &len)) != SEP_NONE &&
		    j + len < pe && item_char(v, j + len)) {
			int32_t k = item_end(v, j + len, pe, &han);

			pc_grow(itp, capp, n + 1, sizeof(**itp));
			(*itp)[n].s = j + len;
			(*itp)[n].e = k;
			(*itp)[n++].han = han;
			(*itp)[n - 1].sep = s;
			all_han &= han;
			if (s == SEP_HYPHEN)
				hyphens++;
			j = k;
		}
		if (n >= 3 && all_han && hyphens > 0)
			runs(v, sev, out, *itp, n);
		i = j;
	}
}

static void
run(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	const pc_view *v = c->v;
	const pc_doc *d = v->doc;
	struct item *it = NULL;
	size_t cap = 0;

	for (int32_t p = 0; p < d->npara; p++) {
		int32_t pe = d->paras[p].end < v->len ? d->paras[p].end :
		    v->len;

		paragraph(v, sev, out, d->paras[p].start, pe, &it, &cap);
	}
	free(it);
}

const pc_rule pc_rule_separator_style = {
	"separator-style", PC_SEV_WARNING, run,
	{ "a chain of three or more items joined by hyphens instead of the "
	  "dash —",
	  "三项以上的链式结构未使用一字线“—”连接" },
	{ "Checks chains of three or more items (芯片设计—先进制造—模组封装—"
	  "系统应用): GB/T 15834 joins them with the dash — (一字线). A chain "
	  "joined by hyphens (ASCII -, full-width －, ‐, –) or by a mix of — "
	  "and hyphens is reported once, with the corrected chain. Every item "
	  "must contain a Han character, and an inner item is short and holds "
	  "no 和, 与, 及 or 或. Silent: two items joined by a hyphen (a "
	  "compound name such as 李松蓢-西田, also two of them joined by 和: "
	  "东岭-西岭协作区和北岭-南湾港示范区), Latin and numeric tokens "
	  "(5G-A, COVID-19, 2026-03-31), ranges of years or places with — "
	  "(2026—2030年), value ranges with ～, and the 破折号 ——. Example: "
	  "\"构建“整机引领-系统突破-设施支撑”的全产业链生态\" gives: chain "
	  "\"整机引领-系统突破-设施支撑\" is joined by the hyphen \"-\"; "
	  "use \"整机引领—系统突破—设施支撑\".",
	  "检查三项及以上的链式结构（芯片设计—先进制造—模组封装—系统应用）："
	  "GB/T 15834 规定用一字线“—”连接。用短横线（半角 -、全角 －、‐、–）连接，"
	  "或一字线与短横线混用的，每条链报告一次，并给出改正后的写法。每一项都须"
	  "含汉字，中间项须简短且不含“和”“与”“及”“或”。不报告：两项之间的短横线"
	  "（复合名称，如李松蓢-西田，以及用“和”连接的两个复合名称，如东岭-西岭"
	  "协作区和北岭-南湾港示范区）、拉丁字母和"
	  "数字串（5G-A、COVID-19、2026-03-31）、用“—”表示的年份或地点范围"
	  "（2026—2030年）、用“～”表示的数值范围，以及破折号“——”。示例："
	  "“构建‘整机引领-系统突破-设施支撑’的全产业链生态”报告链式结构"
	  "“整机引领-系统突破-设施支撑”应改为“整机引领—系统突破—设施支撑”。" },
};
