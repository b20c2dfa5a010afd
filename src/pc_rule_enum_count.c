/* Rule enum-count: a declared count ("六大方向", "13项指标", "3+9") that no
 * reading of its list agrees with. The lists are found by pc_list; this
 * module only decides what to report and says it in both languages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf16.h>

#include "pc_alloc.h"
#include "pc_list.h"
#include "pc_rule.h"
#include "pc_text.h"

#define MAX_SHOWN 12            /* items quoted in a message */
#define LABEL_LEN 12            /* characters of an ordinal item quoted */

/* Append s to the growing string *buf. */
static void
cat(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t n = strlen(s);

	pc_grow(buf, cap, *len + n + 1, 1);
	memcpy(*buf + *len, s, n + 1);
	*len += n;
}

/* What to quote of an item: the words; for ordinals the marker and the
 * first clause, shortened. */
static char *
label(const pc_view *v, const pc_count *c, const pc_list_item *it)
{
	int32_t s = it->start, e = it->end;

	if (c->form == PC_LIST_ORDINAL || c->form == PC_LIST_HEADINGS) {
		int32_t k = s, n = 0;

		s = it->mark;
		while (k < e && !pc_is_clause_end(v->text[k]) &&
		    v->text[k] != 0xFF1A && n < LABEL_LEN) {
			if (!U16_IS_TRAIL(v->text[k]))
				n++;
			k++;
		}
		if (k < e && !pc_is_clause_end(v->text[k]) &&
		    v->text[k] != 0xFF1A) {
			char *t = pc_view_utf8(v, s, k);
			char *r = pc_xasprintf("%s…", t);

			free(t);
			return r;
		}
		e = k;
	}
	return pc_view_utf8(v, s, e);
}

/* The items joined by 、, at most MAX_SHOWN of them. */
static char *
items_text(const pc_view *v, const pc_count *c)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;

	cat(&buf, &len, &cap, "");
	for (int32_t i = 0; i < c->nitems && i < MAX_SHOWN; i++) {
		char *t = label(v, c, &c->items[i]);

		if (i > 0)
			cat(&buf, &len, &cap, "、");
		cat(&buf, &len, &cap, t);
		free(t);
	}
	if (c->nitems > MAX_SHOWN)
		cat(&buf, &len, &cap, "、…");
	return buf;
}

static void
report_sum(const pc_rule_ctx *x, pc_severity sev, const pc_count *c,
    pc_findings *out)
{
	const pc_view *v = x->v;
	char *what = pc_view_utf8(v, c->start, c->end);
	char *sum = NULL, *en, *zh;
	size_t sl = 0, sc = 0, el, ec, zl, zc;

	cat(&sum, &sl, &sc, "");
	for (int32_t i = 0; i < c->nparts; i++) {
		char num[16];

		snprintf(num, sizeof(num), i > 0 ? "+%d" : "%d",
		    (int)c->parts[i]);
		cat(&sum, &sl, &sc, num);
	}
	if (c->start < c->noun_start && !pc_is_ascii_alnum(v->fold[c->start])) {
		/* already in quotes: “3+9”产业片区 */
		en = pc_xasprintf("%s adds up %s, but the counts of its parts "
		    "that follow are", what, sum);
		zh = pc_xasprintf("%s为 %s，但其后各分项的数量为", what, sum);
	} else {
		en = pc_xasprintf("\"%s\" adds up %s, but the counts of its "
		    "parts that follow are", what, sum);
		zh = pc_xasprintf("“%s”为 %s，但其后各分项的数量为", what,
		    sum);
	}
	el = strlen(en);
	ec = el + 1;
	zl = strlen(zh);
	zc = zl + 1;
	for (int32_t i = 0; i < c->nitems; i++) {
		char *t = pc_view_utf8(v, c->items[i].start, c->items[i].end);
		char *a = pc_xasprintf("%s \"%s\" (%d)", i == 0 ? "" :
		    i + 1 == c->nitems ? " and" : ",", t,
		    (int)c->items[i].value);
		char *b = pc_xasprintf("%s“%s”（%d）", i == 0 ? "" : "、", t,
		    (int)c->items[i].value);

		cat(&en, &el, &ec, a);
		cat(&zh, &zl, &zc, b);
		free(a);
		free(b);
		free(t);
	}
	free(sum);
	free(what);
	pc_findings_add(out, pc_rule_enum_count.id, sev, c->start, c->end,
	    en, zh);
}

static void
report(const pc_rule_ctx *x, pc_severity sev, const pc_count *c,
    pc_findings *out)
{
	const pc_view *v = x->v;
	char *what = pc_view_utf8(v, c->start, c->end);
	char *list = items_text(v, c);
	char *nen, *nzh, *en, *zh;

	if (c->lo == c->hi || c->open) {
		nen = pc_xasprintf("%d item%s", (int)c->lo,
		    c->lo == 1 ? "" : "s");
		nzh = pc_xasprintf("%d 项", (int)c->lo);
	} else {
		nen = pc_xasprintf("%d to %d items (reading 和/及/与 as "
		    "joining two items or not)", (int)c->lo, (int)c->hi);
		nzh = pc_xasprintf("%d～%d 项（“和/及/与”可作连接或属项内）",
		    (int)c->lo, (int)c->hi);
	}
	switch (c->form) {
	case PC_LIST_ORDINAL:
		en = pc_xasprintf("declared \"%s\" (%d) but the ordinals after "
		    "it list %s: %s", what, (int)c->value, nen, list);
		zh = pc_xasprintf("声明“%s”（%d 项），但其后序数列出 %s：%s",
		    what, (int)c->value, nzh, list);
		break;
	case PC_LIST_HEADINGS:
		en = pc_xasprintf("declared \"%s\" (%d) but %d sub-heading%s "
		    "follow: %s", what, (int)c->value, (int)c->nitems,
		    c->nitems == 1 ? "" : "s", list);
		zh = pc_xasprintf("声明“%s”（%d 项），但其下有 %d 个小标题：%s",
		    what, (int)c->value, (int)c->nitems, list);
		break;
	case PC_LIST_RESTATED: {
		char *ref = pc_view_utf8(v, c->ref_start, c->ref_end);

		en = pc_xasprintf("declared \"%s\" (%d) but the next sentence "
		    "declares \"%s\" (%d) and lists %s: %s", what,
		    (int)c->value, ref, (int)c->ref_value, nen, list);
		zh = pc_xasprintf("声明“%s”（%d 项），但下一句为“%s”（%d 项），"
		    "列出 %s：%s", what, (int)c->value, ref,
		    (int)c->ref_value, nzh, list);
		free(ref);
		break;
	}
	default:
		if (c->open) {
			en = pc_xasprintf("declared \"%s\" (%d) but lists %s "
			    "before 等: %s", what, (int)c->value, nen, list);
			zh = pc_xasprintf("声明“%s”（%d 项），但“等”之前已列出 "
			    "%s：%s", what, (int)c->value, nzh, list);
		} else {
			en = pc_xasprintf("declared \"%s\" (%d) but lists %s: "
			    "%s", what, (int)c->value, nen, list);
			zh = pc_xasprintf("声明“%s”（%d 项），但列出 %s：%s",
			    what, (int)c->value, nzh, list);
		}
		break;
	}
	free(nen);
	free(nzh);
	free(list);
	free(what);
	pc_findings_add(out, pc_rule_enum_count.id, sev, c->start, c->end,
	    en, zh);
}

static void
run(const pc_rule_ctx *x, pc_severity sev, pc_findings *out)
{
	const pc_counts *cs = x->counts;

	for (int32_t i = 0; cs != NULL && i < cs->n; i++) {
		const pc_count *c = &cs->c[i];

		if (pc_count_fits(c))
			continue;
		if (c->form == PC_LIST_SUM)
			report_sum(x, sev, c, out);
		else
			report(x, sev, c, out);
	}
}

const pc_rule pc_rule_enum_count = {
	"enum-count", PC_SEV_ERROR, run,
	{
		"a declared count disagrees with the list it counts",
		"声明的数量与所列项目数不符",
	},
	{
		"Checks every declared count (\"六大方向\", \"三大领域\", "
		"\"四个原则\", \"13项指标\", \"N个方面\", \"N类\"; Chinese "
		"or Arabic numerals) against the list it counts: items "
		"joined by 、 before it, after the nearest clause break or "
		"lead verb (\"围绕A、B、C六大方向\"); a list after a colon "
		"(\"三大领域：A、B、C\"); ordinals after it (\"一是…二是…\", "
		"\"第一阶段…\"); the sub-headings under it (\"三、实施五大"
		"工程\" over （一）…（五）); or the same count restated with "
		"a list in the next sentence. 和, 及 and 与 may join two "
		"items or belong to one (基础和形势, 内容及标准), so a count "
		"is reported only when no reading gives it: \"A、B和C三大"
		"产业\" is right, \"A、B和C四大产业\" is not. A list closed "
		"by 等 is open: a count larger than the items shown is right "
		"(\"GDP比重等13项指标\"). Sums such as \"3+9\"产业片区 are "
		"checked against the counts of the same kind that follow "
		"them. Silent on numbers that count no list (第十五个五年, "
		"二十大, 十五五, 第三代半导体, 六维力, 两业融合, 一城三区, "
		"未来五年, 一批, 三四个, 这三大) and on a count with no list "
		"to compare (\"建设两个国家级平台\"). Example: \"围绕A、B、"
		"C、D、E六大方向\" declares six and lists five.",
		"检查每个声明的数量（“六大方向”“三大领域”“四个原则”“13项指标”"
		"“N个方面”“N类”，汉字或阿拉伯数字）与其所列项目是否一致。所列"
		"项目可以是：数量之前以顿号连接的项目（从最近的分句或引导动词"
		"之后算起，如“围绕A、B、C六大方向”）；冒号之后的列举（“三大领域"
		"：A、B、C”）；其后的序数（“一是……二是……”“第一阶段……”）；其下"
		"的小标题（“三、实施五大工程”下的（一）至（五））；或下一句以"
		"列举重述的同类数量。“和”“及”“与”既可连接两项，也可属于一项"
		"之内（基础和形势、内容及标准），只有任何读法都对不上时才报告："
		"“A、B和C三大产业”正确，“A、B和C四大产业”错误。以“等”结尾的"
		"列举是开放的，数量多于所列项目不算错（“GDP比重等13项指标”）。"
		"“3+9”产业片区一类的加和，与其后同类数量核对。不计数的数字不"
		"报告（第十五个五年、二十大、十五五、第三代半导体、六维力、两业"
		"融合、一城三区、未来五年、一批、三四个、这三大），没有列举可比"
		"的数量也不报告（“建设两个国家级平台”）。例：“围绕A、B、C、D、E"
		"六大方向”声明六项，只列出五项。",
	},
};
