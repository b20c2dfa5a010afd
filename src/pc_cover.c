/* Coverage: status and strength of every item of a checked plan. */
#include "pc_cover.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_numeral.h"
#include "pc_rule.h"

const pc_rule pc_rule_coverage_gap = {
	"coverage-gap", PC_SEV_WARNING, NULL,
	{ "a required item of a checked higher-level plan is not covered",
	  "未覆盖上级规划的必选项" },
	{ "For every plan the draft is checked against, items marked required "
	  "(the emerging and future industries of the national, provincial and "
	  "municipal plans) that the draft never names, by name or alias, are "
	  "reported once each at 1:1. Covered items and their strength are in "
	  "the coverage summary and the JSON output.",
	  "对照的每个上级规划中，标为必选（国家、省、市规划的新兴产业和未来产业）而"
	  "草稿从未以名称或别名提及的条目，各报告一次，位置为 1:1。已覆盖条目及其"
	  "强度见覆盖汇总和 JSON 输出。" },
};

pc_skind
pc_cover_classify(const UChar *title, int32_t len, void *ctx)
{
	const pc_dictset *ds = ctx;

	/* Measures and background words are the more specific ones:
	 * "保障措施" must not read as a task, "发展基础" not as a goal. */
	if (pc_words_find(ds, PC_W_MEASURES, title, len))
		return PC_SK_MEASURES;
	if (pc_words_find(ds, PC_W_BACKGROUND, title, len))
		return PC_SK_BACKGROUND;
	if (pc_words_find(ds, PC_W_GOALS, title, len))
		return PC_SK_GOALS;
	if (pc_words_find(ds, PC_W_TASKS, title, len))
		return PC_SK_TASKS;
	return PC_SK_NONE;
}

static int
is_digit(UChar c)
{
	return c >= '0' && c <= '9';
}

/* Does a unit of the lexicon start at t[j] (before e)? */
static int
unit_at(const pc_wordlist *units, const UChar *t, int32_t j, int32_t e)
{
	for (int32_t k = 0; k < units->n; k++) {
		const pc_str *u = &units->w[k];
		if (u->ulen > 0 && j + u->ulen <= e &&
		    memcmp(t + j, u->u, (size_t)u->ulen * sizeof(UChar)) == 0)
			return 1;
	}
	return 0;
}

/* Does fold[s..e) hold a number with a unit, or a target year? */
static int
has_quantity(const pc_dictset *ds, const UChar *t, int32_t s, int32_t e)
{
	const pc_wordlist *units = &ds->words[PC_W_UNIT];

	for (int32_t i = s; i < e; i++) {
		int32_t j = i, val = 0;

		/* Chinese numerals count as a quantity only in amounts
		 * (五百亿元, 三千万元, 一百家): a value of 100 or more, or
		 * followed by 万 or 亿; 三大领域 and 五是 stay counts. */
		if (pc_numeral_is_cn(t[i]) && (i == s ||
		    !pc_numeral_is_cn(t[i - 1]))) {
			int32_t n = pc_numeral_parse(t + i, e - i, &val);
			if (n > 0 && i + n < e && (t[i + n] == 0x4E07 /* 万 */ ||
			    t[i + n] == 0x4EBF /* 亿 */ ||
			    (val >= 100 && unit_at(units, t, i + n, e))))
				return 1;
			if (n > 0)
				i += n - 1;
			continue;
		}

		if (!is_digit(t[i]) || (i > s && (is_digit(t[i - 1]) ||
		    (t[i - 1] >= 'a' && t[i - 1] <= 'z') || t[i - 1] == '.')))
			continue;
		while (j < e && is_digit(t[j])) {
			if (val < 100000)
				val = val * 10 + (t[j] - '0');
			j++;
		}
		if (j - i == 4 && val >= 1990 && val <= 2100 && j < e &&
		    t[j] == 0x5E74 /* 年 */) {
			UChar prev = i > s ? t[i - 1] : 0;
			UChar next = j + 1 < e ? t[j + 1] : 0;
			if (prev == 0x5230 /* 到 */ || prev == 0x81F3 /* 至 */ ||
			    next == 0x524D /* 前 */ || next == 0x5E95 /* 底 */)
				return 1;
			i = j;
			continue;
		}
		if (j < e && t[j] == '.' && j + 1 < e && is_digit(t[j + 1]))
			for (j++; j < e && is_digit(t[j]); j++)
				;
		if (unit_at(units, t, j, e))
			return 1;
		i = j;
	}
	return 0;
}

static int
has_action(const pc_dictset *ds, const UChar *t, int32_t s, int32_t e)
{
	return e > s && pc_words_find(ds, PC_W_ACTION, t + s, e - s);
}

/* An enumerated item: its clause opens with an ordinal ("五是"), or it
 * stands in a list joined by 、 or closed by 等. */
static int
enumerated(const pc_view *v, const pc_hit *h, int32_t cs)
{
	const UChar *t = v->fold;
	int32_t i = cs, val, n;

	while (i < h->start && (t[i] == ' ' || t[i] == 0x3000))
		i++;
	n = pc_numeral_parse(t + i, h->start - i, &val);
	if (n > 0 && i + n < h->start && t[i + n] == 0x662F /* 是 */)
		return 1;
	if (h->start > 0 && t[h->start - 1] == 0x3001 /* 、 */)
		return 1;
	if (h->end < v->len && (t[h->end] == 0x3001 || t[h->end] == 0x7B49
	    /* 等 */))
		return 1;
	return 0;
}

static int
hit_strength(const pc_dictset *ds, const pc_view *v, const pc_outline *o,
    const pc_hit *h, int32_t hd)
{
	pc_skind kind = hd >= 0 ? o->h[hd].kind : PC_SK_NONE;
	int32_t cs, ce, ss, se;
	int deployed;

	if (kind != PC_SK_GOALS && kind != PC_SK_TASKS)
		return 1;
	pc_view_clause(v, h->start, &cs, &ce);
	deployed = has_action(ds, v->fold, cs, ce);
	pc_view_sentence(v, h->start, &ss, &se);
	if (!deployed && enumerated(v, h, cs)) {
		int32_t ps = ss, pe = ss;
		const pc_heading *hh = &o->h[hd];

		/* the lead: the heading's title, the sentence itself and the
		 * sentence before it in the paragraph */
		if (ss > 0 && pc_doc_para_at(v->doc, ss - 1) ==
		    pc_doc_para_at(v->doc, ss))
			pc_view_sentence(v, ss - 1, &ps, &pe);
		deployed = has_action(ds, v->fold, hh->title_start,
		    hh->title_end) || has_action(ds, v->fold, ss, se) ||
		    has_action(ds, v->fold, ps, pe);
	}
	if (!deployed)
		return 1;
	return has_quantity(ds, v->fold, ss, se) ? 3 : 2;
}

void
pc_cover_plan(const pc_plan *plan, const pc_dictset *ds,
    const pc_matches *mt, const pc_view *v, const pc_outline *o,
    pc_cov_plan *out)
{
	int32_t *slot = pc_xreallocarray(NULL, (size_t)plan->nitems + 1,
	    sizeof(*slot));
	size_t *cap = pc_xcalloc((size_t)plan->nitems + 1, sizeof(*cap));

	memset(out, 0, sizeof(*out));
	out->plan = plan;
	out->items = pc_xcalloc((size_t)plan->nitems, sizeof(*out->items));
	for (int32_t i = 0; i < plan->nitems; i++) {
		const pc_item *it = &plan->items[i];

		slot[i] = -1;
		if (it->group != NULL && it->group->superseded)
			continue;
		slot[i] = out->nitems;
		out->items[out->nitems++].item = it;
	}
	for (int32_t k = 0; k < mt->n; k++) {
		const pc_hit *h = &mt->hits[k];
		pc_cov_item *ci;
		pc_cov_hit *ch;
		int32_t s;

		if (h->item->plan != plan || (s = slot[h->item->index]) < 0)
			continue;
		ci = &out->items[s];
		pc_grow(&ci->hits, &cap[s], (size_t)ci->nhits + 1,
		    sizeof(*ci->hits));
		ch = &ci->hits[ci->nhits++];
		ch->hit = h;
		ch->heading = pc_outline_at(o, h->start);
		ch->strength = hit_strength(ds, v, o, h, ch->heading);
		if (ch->strength > ci->strength)
			ci->strength = ch->strength;
	}
	for (int32_t i = 0; i < out->nitems; i++) {
		const pc_cov_item *ci = &out->items[i];

		out->total++;
		if (ci->strength > 0)
			out->covered++;
		if (ci->item->required) {
			out->req_total++;
			if (ci->strength > 0)
				out->req_covered++;
		}
	}
	free(slot);
	free(cap);
}

void
pc_cover_gaps(const pc_cov_plan *cp, pc_severity sev, pc_findings *fs)
{
	for (int32_t i = 0; i < cp->nitems; i++) {
		const pc_cov_item *ci = &cp->items[i];
		const pc_item *it = ci->item;
		const char *g = it->group && it->group->name ?
		    it->group->name : "";

		if (!it->required || ci->strength > 0)
			continue;
		pc_findings_add(fs, pc_rule_coverage_gap.id, sev, 0, 0,
		    pc_xasprintf("not covered: \"%s\", a required item of %s "
		    "(%s)", it->terms[0].s, cp->plan->id, g),
		    pc_xasprintf("未覆盖《%s》的必选项“%s”（%s）",
		    cp->plan->title ? cp->plan->title : cp->plan->id,
		    it->terms[0].s, g));
	}
}

void
pc_cov_plan_free(pc_cov_plan *cp)
{
	for (int32_t i = 0; i < cp->nitems; i++)
		free(cp->items[i].hits);
	free(cp->items);
	memset(cp, 0, sizeof(*cp));
}
