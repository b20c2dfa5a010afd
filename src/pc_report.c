/* The alignment report's content, built once from the results (see
 * pc_report.h): which sections, rows and charts there are, in which order,
 * with which labels. The writers only lay it out. */
#include "pc_report.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_rule.h"

#define HITS_SHOWN 3            /* hits quoted per item */

/* Labels, English and Chinese. */
enum {
	L_REPORT, L_GENERATED, L_VERSION, L_DICTS, L_PLAN, L_LEVEL, L_TITLE,
	L_PERIOD, L_SOURCES, L_FILE, L_ENCODING, L_OWN_PLAN, L_CHECKED,
	L_NONE_CHECKED, L_SUMMARY, L_COVERAGE, L_REQ_ITEMS, L_ALL_ITEMS,
	L_REQ_RATIO, L_ALL_RATIO, L_COUNTS, L_RULE, L_EXPLANATION, L_TOTAL,
	L_NO_FINDINGS, L_ALIGN, L_ALIGN_INTRO, L_ITEM_HEAD, L_WHERE_HEAD,
	L_STATUS_HEAD, L_REQUIRED, L_UNVERIFIED, L_MORE, L_GAPS, L_GAPS_INTRO,
	L_NO_GAPS, L_OPTIONAL_GAPS, L_ITEMS, L_GROUP, L_SOURCE, L_DRAFT_ONLY,
	L_DRAFT_ONLY_INTRO,
	L_CONTENT, L_POSITION, L_UNDER, L_NONE, L_FINDINGS, L_SEVERITY,
	L_MESSAGE, L_SENTENCE, L_GAP_NOTE, L_CHANGES, L_COMPARED, L_CHANGE,
	L_BEFORE, L_AFTER, L_NEWLY_COVERED, L_NEWLY_MISSING, L_STRONGER,
	L_WEAKER, L_FIXED, L_INTRODUCED, L_NO_CHANGES, L_SEVERAL,
	L_SEVERAL_INTRO, L_DRAFT, L_HEAT, L_NOT_CHECKED, L_CANNOT,
	L_DRAFT_N, L_ITEM_CHANGES,
	L_N
};

static const char *const labels[L_N][PC_NLANG] = {
	[L_REPORT] = { "Alignment report", "规划衔接对照报告" },
	[L_GENERATED] = { "Generated", "生成时间" },
	[L_VERSION] = { "plancheck version", "plancheck 版本" },
	[L_DICTS] = { "Dictionaries used", "使用的词典" },
	[L_PLAN] = { "Plan", "规划" },
	[L_LEVEL] = { "Level", "层级" },
	[L_TITLE] = { "Title", "标题" },
	[L_PERIOD] = { "Period", "规划期" },
	[L_SOURCES] = { "Sources", "来源" },
	[L_FILE] = { "File", "文件" },
	[L_ENCODING] = { "Encoding", "编码" },
	[L_OWN_PLAN] = { "The draft's own plan", "所属规划" },
	[L_CHECKED] = { "Checked against", "对照规划" },
	[L_NONE_CHECKED] = { "(none)", "（无）" },
	[L_SUMMARY] = { "Summary", "概要" },
	[L_COVERAGE] = { "Coverage by plan level", "各层级规划覆盖情况" },
	[L_REQ_ITEMS] = { "Required items", "必选事项" },
	[L_ALL_ITEMS] = { "All items", "全部事项" },
	[L_REQ_RATIO] = { "required items covered", "必选事项覆盖率" },
	[L_ALL_RATIO] = { "all items covered", "全部事项覆盖率" },
	[L_COUNTS] = { "Findings by rule and severity",
	    "问题统计（按规则和级别）" },
	[L_RULE] = { "Rule", "规则" },
	[L_EXPLANATION] = { "What it checks", "说明" },
	[L_TOTAL] = { "Total", "合计" },
	[L_NO_FINDINGS] = { "No findings.", "未发现问题。" },
	[L_ALIGN] = { "Alignment table (衔接对照表)", "衔接对照表" },
	[L_ALIGN_INTRO] = {
		"Each item of the higher-level plan, where the draft takes it "
		"up (heading and sentence) and how strongly: missing, "
		"mentioned, deployed, or deployed with targets. Missing "
		"required items come first in each group.",
		"逐项列出上级规划的事项、草稿落实的位置（标题和原句）及程度："
		"未涉及、提及、部署、量化部署。每组中未涉及的必选事项排在前面。"
	},
	[L_ITEM_HEAD] = { "Higher-level item", "上级规划事项" },
	[L_WHERE_HEAD] = { "Where the draft addresses it", "草稿落实位置" },
	[L_STATUS_HEAD] = { "Status and strength", "状态与强度" },
	[L_REQUIRED] = { "required", "必选" },
	[L_UNVERIFIED] = { "unverified", "未核实" },
	[L_MORE] = { "and {} more", "另有 {} 处" },
	[L_GAPS] = { "Gaps", "缺项" },
	[L_GAPS_INTRO] = {
		"Items of the higher-level plans the draft does not take up: "
		"the required ones, each with the source it comes from, then "
		"the optional ones by plan and group.",
		"草稿未涉及的上级规划事项：先列必选事项及其出处，"
		"再按规划和分组列出可选事项。"
	},
	[L_NO_GAPS] = { "No gaps.", "没有缺项。" },
	[L_OPTIONAL_GAPS] = { "Optional items not taken up",
	    "未涉及的可选事项" },
	[L_ITEMS] = { "Items", "事项" },
	[L_GROUP] = { "Group", "分组" },
	[L_SOURCE] = { "Source", "出处" },
	[L_DRAFT_ONLY] = { "Draft-only content", "草稿特有内容" },
	[L_DRAFT_ONLY_INTRO] = {
		"Industries and tasks the draft itself enumerates that none of "
		"the checked plans names.",
		"草稿自身列举、而所对照的上级规划均未提及的产业和任务。"
	},
	[L_CONTENT] = { "Content", "内容" },
	[L_POSITION] = { "Position", "位置" },
	[L_UNDER] = { "Under heading", "所在标题" },
	[L_NONE] = { "None.", "无。" },
	[L_FINDINGS] = { "Findings", "问题" },
	[L_SEVERITY] = { "Severity", "级别" },
	[L_MESSAGE] = { "Message", "说明" },
	[L_SENTENCE] = { "Sentence", "原句" },
	[L_GAP_NOTE] = {
		"coverage-gap: {} findings, listed under Gaps.",
		"coverage-gap：{} 条，见“缺项”。"
	},
	[L_CHANGES] = { "Changes since the previous draft",
	    "与上一稿相比的变化" },
	[L_COMPARED] = { "Compared with", "对比稿" },
	[L_CHANGE] = { "Change", "变化" },
	[L_BEFORE] = { "Before", "原" },
	[L_AFTER] = { "Now", "现" },
	[L_NEWLY_COVERED] = { "newly covered", "新覆盖" },
	[L_NEWLY_MISSING] = { "newly missing", "新缺失" },
	[L_STRONGER] = { "stronger", "增强" },
	[L_WEAKER] = { "weaker", "减弱" },
	[L_FIXED] = { "Findings fixed", "已解决的问题" },
	[L_INTRODUCED] = { "Findings introduced", "新出现的问题" },
	[L_NO_CHANGES] = { "No changes.", "没有变化。" },
	[L_SEVERAL] = { "Several drafts", "多稿对比" },
	[L_SEVERAL_INTRO] = {
		"Coverage of each plan by each draft (required items, then all "
		"items), and per plan a heat map of drafts × items.",
		"各草稿对各规划的覆盖率（必选事项、全部事项），以及每个规划的"
		"“草稿 × 事项”热力图。"
	},
	[L_DRAFT] = { "Draft", "草稿" },
	[L_HEAT] = { "Heat map: {}", "热力图：{}" },
	[L_NOT_CHECKED] = { "not checked", "未对照" },
	[L_CANNOT] = { "Could not be checked: {}", "无法检查：{}" },
	[L_DRAFT_N] = { "Draft {}: {}", "草稿 {}：{}" },
	[L_ITEM_CHANGES] = { "Items", "事项" },
};

static const char *const strength_names[4][PC_NLANG] = {
	{ "missing", "未涉及" },
	{ "mentioned", "提及" },
	{ "deployed", "部署" },
	{ "deployed with targets", "量化部署" },
};

static const char *const level_names[4][PC_NLANG] = {
	{ "national", "国家级" },
	{ "provincial", "省级" },
	{ "municipal", "市级" },
	{ "district", "区级" },
};

static const char *const sev_names[3][PC_NLANG] = {
	{ "note", "提示" },
	{ "warning", "警告" },
	{ "error", "错误" },
};

typedef struct ctx {
	pc_report *r;
	const pc_report_in *in;
	int lang;
	int nobreak;             /* the next heading stays on its page */
} ctx;

static const char *
L(const ctx *c, int id)
{
	return labels[id][c->lang];
}

/* Label id with its "{}" places filled by a and b, in order. */
static char *
fill(const ctx *c, int id, const char *a, const char *b)
{
	const char *t = L(c, id), *args[2] = { a, b };
	size_t n = strlen(t) + 1;
	char *r, *w;
	int k = 0;

	n += (a ? strlen(a) : 0) + (b ? strlen(b) : 0);
	r = w = pc_xmalloc(n);
	while (*t != '\0') {
		if (t[0] == '{' && t[1] == '}' && k < 2) {
			const char *x = args[k++];

			if (x != NULL) {
				memcpy(w, x, strlen(x));
				w += strlen(x);
			}
			t += 2;
		} else {
			*w++ = *t++;
		}
	}
	*w = '\0';
	return r;
}

static char *
fill_int(const ctx *c, int id, int v, const char *b)
{
	char num[16];

	snprintf(num, sizeof(num), "%d", v);
	return fill(c, id, num, b);
}

const char *
pc_report_strength(int strength, int lang)
{
	if (strength < 0)
		strength = 0;
	if (strength > 3)
		strength = 3;
	return strength_names[strength][lang == PC_LANG_ZH];
}

time_t
pc_report_time(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long v;

	if (s != NULL && *s >= '0' && *s <= '9') {
		errno = 0;
		v = strtoll(s, &end, 10);
		if (errno == 0 && *end == '\0')
			return (time_t)v;
	}
	return time(NULL);
}

/* Building blocks. */

static void
run_add(pc_rp_cell *c, pc_rp_run_kind kind, const char *text)
{
	pc_rp_run *r;

	if (kind != PC_RUN_BREAK && (text == NULL || *text == '\0'))
		return;
	pc_grow(&c->runs, &c->cap, (size_t)c->nruns + 1, sizeof(*c->runs));
	r = &c->runs[c->nruns++];
	r->kind = kind;
	r->text = kind == PC_RUN_BREAK ? NULL : pc_xstrdup(text);
}

static void
run_addn(pc_rp_cell *c, pc_rp_run_kind kind, const char *text, size_t n)
{
	char *t = pc_xstrndup(text, n);

	run_add(c, kind, t);
	free(t);
}

static void
run_addf(pc_rp_cell *c, pc_rp_run_kind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
run_addf(pc_rp_cell *c, pc_rp_run_kind kind, const char *fmt, ...)
{
	va_list ap;
	char *t;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	t = pc_xmalloc((size_t)(n < 0 ? 0 : n) + 1);
	va_start(ap, fmt);
	vsnprintf(t, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap);
	va_end(ap);
	run_add(c, kind, t);
	free(t);
}

static pc_rp_block *
block(ctx *c, pc_rp_kind kind)
{
	pc_rp_block *b;

	pc_grow(&c->r->b, &c->r->cap, (size_t)c->r->n + 1, sizeof(*c->r->b));
	b = &c->r->b[c->r->n++];
	memset(b, 0, sizeof(*b));
	b->kind = kind;
	return b;
}

static pc_rp_cell *
heading(ctx *c, int level, const char *text)
{
	pc_rp_block *b = block(c, PC_BLK_HEADING);

	b->level = level;
	b->nobreak = c->nobreak;
	c->nobreak = 0;
	run_add(&b->text, PC_RUN_TEXT, text);
	return &b->text;
}

static pc_rp_cell *
para(ctx *c, const char *text)
{
	pc_rp_block *b = block(c, PC_BLK_PARA);

	run_add(&b->text, PC_RUN_TEXT, text);
	return &b->text;
}

/* A table with ncols columns titled by the label ids or strings after
 * it (const char *, NULL-terminated). */
static pc_rp_table *
table(ctx *c, const char *kind, ...)
{
	pc_rp_block *b = block(c, PC_BLK_TABLE);
	pc_rp_table *t = &b->table;
	size_t cap = 0;
	va_list ap;
	const char *h;

	t->kind = kind;
	va_start(ap, kind);
	while ((h = va_arg(ap, const char *)) != NULL) {
		pc_grow(&t->head, &cap, (size_t)t->ncols + 1, sizeof(*t->head));
		t->head[t->ncols++] = pc_xstrdup(h);
	}
	va_end(ap);
	return t;
}

static pc_rp_row *
row(pc_rp_table *t, pc_rp_class cls)
{
	pc_rp_row *r;

	pc_grow(&t->rows, &t->cap, (size_t)t->nrows + 1, sizeof(*t->rows));
	r = &t->rows[t->nrows++];
	memset(r, 0, sizeof(*r));
	r->cls = cls;
	r->cells = pc_xcalloc((size_t)(t->ncols > 0 ? t->ncols : 1),
	    sizeof(*r->cells));
	return r;
}

/* The next cell of a row; a table's rows never get more cells than
 * columns. */
static pc_rp_cell *
cell(pc_rp_table *t, pc_rp_row *r, pc_rp_class cls)
{
	pc_rp_cell *c;

	if (r->ncells >= (t->ncols > 0 ? t->ncols : 1))
		return &r->cells[r->ncells - 1];
	c = &r->cells[r->ncells++];
	c->cls = cls;
	return c;
}

static pc_rp_cell *
cell_text(pc_rp_table *t, pc_rp_row *r, pc_rp_class cls, const char *text)
{
	pc_rp_cell *c = cell(t, r, cls);

	run_add(c, PC_RUN_TEXT, text);
	return c;
}

static void
fact(pc_rp_table *t, const char *label, pc_rp_run_kind kind,
    const char *value)
{
	pc_rp_row *r = row(t, PC_CL_NONE);

	cell_text(t, r, PC_CL_NONE, label);
	run_add(cell(t, r, PC_CL_NONE), kind, value);
}

static pc_rp_table *
facts(ctx *c)
{
	pc_rp_block *b = block(c, PC_BLK_FACTS);

	b->table.ncols = 2;
	b->table.kind = "facts";
	return &b->table;
}

/* Formatting helpers. */

static pc_rp_class
ratio_class(int32_t covered, int32_t total)
{
	double r = total > 0 ? (double)covered / total : 0;

	return r < 0.2 ? PC_CL_R0 : r < 0.4 ? PC_CL_R1 : r < 0.6 ? PC_CL_R2 :
	    r < 0.8 ? PC_CL_R3 : PC_CL_R4;
}

static char *
ratio_text(int32_t covered, int32_t total)
{
	if (total <= 0)
		return pc_xstrdup("—");
	return pc_xasprintf("%d/%d (%.1f%%)", (int)covered, (int)total,
	    100.0 * covered / total);
}

static pc_rp_class
strength_class(int strength, int required)
{
	switch (strength) {
	case 0:
		return required ? PC_CL_MISSING_REQ : PC_CL_MISSING;
	case 1:
		return PC_CL_S1;
	case 2:
		return PC_CL_S2;
	default:
		return PC_CL_S3;
	}
}

static const char *
level_name(const ctx *c, pc_level level)
{
	return level_names[level <= PC_LEVEL_DISTRICT ? level : 3][c->lang];
}

static const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s != NULL && s[1] != '\0' ? s + 1 : path;
}

/* "national-15 国家级 《title》" */
static char *
plan_label(const ctx *c, const pc_plan *p)
{
	return pc_xasprintf("%s %s《%s》", p->id, level_name(c, p->level),
	    p->title);
}

static const char *
draft_name(const ctx *c, const pc_rfile *rf)
{
	(void)c;
	return rf->title != NULL && *rf->title != '\0' ? rf->title :
	    base_name(rf->path);
}

/* The sentence with [hl_start, hl_start + hl_len) marked, if those are
 * byte offsets inside it on character boundaries. */
static void
marked(pc_rp_cell *c, const char *sentence, int32_t hs, int32_t hl)
{
	size_t n = strlen(sentence);

	const unsigned char *u = (const unsigned char *)sentence;

	if (hs < 0 || hl <= 0 || (size_t)hs + (size_t)hl > n ||
	    (u[hs] & 0xC0) == 0x80 || (u[hs + hl] & 0xC0) == 0x80) {
		run_add(c, PC_RUN_TEXT, sentence);
		return;
	}
	run_addn(c, PC_RUN_TEXT, sentence, (size_t)hs);
	run_addn(c, PC_RUN_MARK, sentence + hs, (size_t)hl);
	run_add(c, PC_RUN_TEXT, sentence + hs + hl);
}

/* The finding's words marked in its sentence where they occur in it. */
static void
marked_finding(pc_rp_cell *c, const pc_rfinding *f)
{
	const char *p = *f->text != '\0' ? strstr(f->sentence, f->text) :
	    NULL;

	if (p == NULL)
		run_add(c, PC_RUN_TEXT, f->sentence);
	else
		marked(c, f->sentence, (int32_t)(p - f->sentence),
		    (int32_t)strlen(f->text));
}

static void
position(pc_rp_cell *c, int32_t line, int32_t col)
{
	run_addf(c, PC_RUN_TEXT, "%d:%d", (int)line, (int)col);
}

/* The plans the run used: checked or own plans of any file, in the
 * dictset's order (national first); all of ds when none. */
static int
plan_used(const pc_report_in *in, const pc_plan *p)
{
	for (int32_t i = 0; i < in->n; i++) {
		const pc_rfile *rf = &in->files[i];

		if (rf->self != NULL && strcmp(rf->self->id, p->id) == 0)
			return 1;
		for (int32_t k = 0; k < rf->nplans; k++)
			if (strcmp(rf->plans[k].plan->id, p->id) == 0)
				return 1;
	}
	return 0;
}

/* Sections. */

static void
dictionaries(ctx *c, int level)
{
	const pc_dictset *ds = c->in->ds;
	pc_rp_table *t;
	int any = 0;

	heading(c, level, L(c, L_DICTS));
	t = table(c, "dicts", L(c, L_PLAN), L(c, L_LEVEL), L(c, L_PERIOD),
	    "SHA-256", L(c, L_SOURCES), (const char *)NULL);
	for (int32_t i = 0; ds != NULL && i < ds->nplans; i++)
		any |= plan_used(c->in, ds->plans[i]);
	for (int32_t i = 0; ds != NULL && i < ds->nplans; i++) {
		const pc_plan *p = ds->plans[i];
		pc_rp_row *r;
		pc_rp_cell *src;

		if (any && !plan_used(c->in, p))
			continue;
		r = row(t, PC_CL_NONE);
		src = cell(t, r, PC_CL_NONE);
		run_add(src, PC_RUN_CODE, p->id);
		run_add(src, PC_RUN_BREAK, NULL);
		run_add(src, PC_RUN_SMALL, p->title);
		cell_text(t, r, PC_CL_NONE, level_name(c, p->level));
		run_addf(cell(t, r, PC_CL_NONE), PC_RUN_TEXT, "%d—%d",
		    p->start, p->end);
		run_add(cell(t, r, PC_CL_NONE), PC_RUN_CODE,
		    p->sha256 ? p->sha256 : "—");
		src = cell(t, r, PC_CL_NONE);
		for (int32_t k = 0; k < p->nsources; k++) {
			if (k > 0)
				run_add(src, PC_RUN_BREAK, NULL);
			run_add(src, PC_RUN_SMALL, p->source_urls[k]);
		}
	}
}

static void
draft_facts(ctx *c, const pc_rfile *rf, int with_run)
{
	pc_rp_table *t = facts(c);
	char when[64];
	struct tm tm;
	pc_rp_row *r;
	pc_rp_cell *v;

	if (rf != NULL) {
		fact(t, L(c, L_TITLE), PC_RUN_TEXT, rf->title ? rf->title :
		    "—");
		fact(t, L(c, L_FILE), PC_RUN_CODE, rf->path);
		if (rf->encoding != NULL)
			fact(t, L(c, L_ENCODING), PC_RUN_TEXT, rf->encoding);
		if (rf->self != NULL) {
			char *s = plan_label(c, rf->self);

			fact(t, L(c, L_OWN_PLAN), PC_RUN_TEXT, s);
			free(s);
		}
		if (rf->error[0] == NULL) {
			r = row(t, PC_CL_NONE);
			cell_text(t, r, PC_CL_NONE, L(c, L_CHECKED));
			v = cell(t, r, PC_CL_NONE);
			for (int32_t p = 0; p < rf->nplans; p++) {
				char *s = plan_label(c, rf->plans[p].plan);

				if (p > 0)
					run_add(v, PC_RUN_BREAK, NULL);
				run_add(v, PC_RUN_TEXT, s);
				free(s);
			}
			if (rf->nplans == 0)
				run_add(v, PC_RUN_TEXT, L(c, L_NONE_CHECKED));
		}
	}
	if (with_run) {
		gmtime_r(&c->in->when, &tm);
		strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S UTC", &tm);
		fact(t, L(c, L_GENERATED), PC_RUN_TEXT, when);
		fact(t, L(c, L_VERSION), PC_RUN_TEXT, PC_VERSION);
	}
}

static void
summary(ctx *c, const pc_rfile *rf, int level)
{
	pc_rp_block *b;
	pc_rp_table *t;
	int32_t counts[64][3], total[3] = { 0, 0, 0 };

	heading(c, level, L(c, L_SUMMARY));
	if (rf->nplans > 0) {
		heading(c, level + 1, L(c, L_COVERAGE));
		b = block(c, PC_BLK_BARS);
		b->bars.title = pc_xstrdup(L(c, L_COVERAGE));
		b->bars.legend[0] = pc_xstrdup(L(c, L_REQ_RATIO));
		b->bars.legend[1] = pc_xstrdup(L(c, L_ALL_RATIO));
		b->bars.b = pc_xcalloc((size_t)rf->nplans,
		    sizeof(*b->bars.b));
		for (int32_t p = 0; p < rf->nplans; p++) {
			const pc_rplan *rp = &rf->plans[p];
			pc_rp_bar *bar = &b->bars.b[b->bars.n++];
			char *rq = ratio_text(rp->req_covered, rp->req_total);
			char *al = ratio_text(rp->covered, rp->total);

			bar->label = pc_xasprintf("%s %s", level_name(c,
			    rp->plan->level), rp->plan->id);
			bar->note = pc_xasprintf("%s · %s", rq, al);
			bar->ratio = rp->req_total > 0 ?
			    (double)rp->req_covered / rp->req_total : 0;
			bar->ratio2 = rp->total > 0 ?
			    (double)rp->covered / rp->total : 0;
			free(rq);
			free(al);
		}
		t = table(c, "coverage", L(c, L_LEVEL), L(c, L_PLAN),
		    L(c, L_REQ_ITEMS), L(c, L_ALL_ITEMS), (const char *)NULL);
		for (int32_t p = 0; p < rf->nplans; p++) {
			const pc_rplan *rp = &rf->plans[p];
			pc_rp_row *r = row(t, PC_CL_NONE);
			char *rq = ratio_text(rp->req_covered, rp->req_total);
			char *al = ratio_text(rp->covered, rp->total);

			cell_text(t, r, PC_CL_NONE, level_name(c,
			    rp->plan->level));
			run_add(cell(t, r, PC_CL_NONE), PC_RUN_CODE,
			    rp->plan->id);
			cell_text(t, r, rp->req_total > 0 ? ratio_class(
			    rp->req_covered, rp->req_total) : PC_CL_NONE, rq);
			cell_text(t, r, ratio_class(rp->covered, rp->total),
			    al);
			free(rq);
			free(al);
		}
	}

	heading(c, level + 1, L(c, L_COUNTS));
	if (rf->nfindings == 0) {
		para(c, L(c, L_NO_FINDINGS));
		return;
	}
	memset(counts, 0, sizeof(counts));
	for (int32_t i = 0; i < rf->nfindings; i++) {
		const pc_rfinding *f = &rf->findings[i];

		for (int k = 0; k < pc_nrules && k < 64; k++)
			if (strcmp(pc_rules[k]->id, f->rule) == 0)
				counts[k][f->sev]++;
		total[f->sev]++;
	}
	t = table(c, "counts", L(c, L_RULE), L(c, L_EXPLANATION),
	    sev_names[2][c->lang], sev_names[1][c->lang],
	    sev_names[0][c->lang], L(c, L_TOTAL), (const char *)NULL);
	for (int k = 0; k < pc_nrules && k < 64; k++) {
		int32_t sum = counts[k][0] + counts[k][1] + counts[k][2];
		pc_rp_row *r;

		if (sum == 0)
			continue;
		r = row(t, PC_CL_NONE);
		run_add(cell(t, r, PC_CL_NONE), PC_RUN_CODE, pc_rules[k]->id);
		cell_text(t, r, PC_CL_NONE, pc_rules[k]->summary[c->lang]);
		for (int s = 2; s >= 0; s--)
			run_addf(cell(t, r, PC_CL_NUM), PC_RUN_TEXT, "%d",
			    (int)counts[k][s]);
		run_addf(cell(t, r, PC_CL_NUM), PC_RUN_TEXT, "%d", (int)sum);
	}
	{
		pc_rp_row *r = row(t, PC_CL_TOTAL);

		cell_text(t, r, PC_CL_NONE, L(c, L_TOTAL));
		cell_text(t, r, PC_CL_NONE, "");
		for (int s = 2; s >= 0; s--)
			run_addf(cell(t, r, PC_CL_NUM), PC_RUN_TEXT, "%d",
			    (int)total[s]);
		run_addf(cell(t, r, PC_CL_NUM), PC_RUN_TEXT, "%d",
		    (int)rf->nfindings);
	}
}

static void
item_cell(pc_rp_table *t, pc_rp_row *r, const ctx *c, const pc_item *it)
{
	pc_rp_cell *x = cell(t, r, PC_CL_NONE);

	run_add(x, PC_RUN_TEXT, it->terms[0].s);
	if (it->required) {
		run_add(x, PC_RUN_BREAK, NULL);
		run_add(x, PC_RUN_SMALL, L(c, L_REQUIRED));
	}
}

static void
align_row(ctx *c, pc_rp_table *t, const pc_ritem *ri)
{
	pc_rp_row *r = row(t, PC_CL_NONE);
	pc_rp_cell *w, *s;

	int32_t shown[HITS_SHOWN], nshown = 0;

	/* the strongest hits first (the deployment before a mention in the
	 * background), each strength in document order */
	for (int st = 3; st >= 0 && nshown < HITS_SHOWN; st--)
		for (int32_t k = 0; k < ri->nhits && nshown < HITS_SHOWN; k++)
			if (ri->hits[k].strength == st)
				shown[nshown++] = k;
	item_cell(t, r, c, ri->item);
	w = cell(t, r, PC_CL_NONE);
	for (int32_t k = 0; k < nshown; k++) {
		const pc_rhit *h = &ri->hits[shown[k]];

		if (k > 0)
			run_add(w, PC_RUN_BREAK, NULL);
		run_addf(w, PC_RUN_SMALL, "%s%s%d:%d · %s", h->heading,
		    *h->heading != '\0' ? " · " : "", (int)h->line,
		    (int)h->col, pc_report_strength(h->strength, c->lang));
		run_add(w, PC_RUN_BREAK, NULL);
		marked(w, h->sentence, h->hl_start, h->hl_len);
	}
	if (ri->nhits > HITS_SHOWN) {
		char *m = fill_int(c, L_MORE, (int)(ri->nhits - HITS_SHOWN),
		    NULL);

		run_add(w, PC_RUN_BREAK, NULL);
		run_add(w, PC_RUN_SMALL, m);
		free(m);
	}
	s = cell(t, r, strength_class(ri->strength, ri->item->required));
	run_add(s, PC_RUN_TEXT, pc_report_strength(ri->strength, c->lang));
	run_add(s, PC_RUN_BREAK, NULL);
	run_add(s, PC_RUN_SMALL, ri->strength == 0 ? "○○○" :
	    ri->strength == 1 ? "●○○" : ri->strength == 2 ? "●●○" : "●●●");
}

/* One plan's 衔接对照表: its groups in plan order, within each the
 * missing required items first, then the others in plan order. */
static void
align_plan(ctx *c, const pc_rplan *rp, int level)
{
	char *h = plan_label(c, rp->plan);
	pc_rp_table *t;
	unsigned char *done = pc_xcalloc((size_t)rp->nitems + 1, 1);

	heading(c, level, h);
	free(h);
	t = table(c, "alignment", L(c, L_ITEM_HEAD), L(c, L_WHERE_HEAD),
	    L(c, L_STATUS_HEAD), (const char *)NULL);
	for (int32_t i = 0; i < rp->nitems; i++) {
		const pc_group *g = rp->items[i].item->group;
		pc_rp_row *gr;

		if (done[i])
			continue;
		gr = row(t, PC_CL_GROUP);
		cell_text(t, gr, PC_CL_GROUP, g != NULL ? g->name : "—");
		for (int pass = 0; pass < 2; pass++)
			for (int32_t k = i; k < rp->nitems; k++) {
				const pc_ritem *ri = &rp->items[k];
				int first = ri->strength == 0 &&
				    ri->item->required;

				if (done[k] || ri->item->group != g ||
				    (pass == 0 && !first))
					continue;
				done[k] = 1;
				align_row(c, t, ri);
			}
	}
	free(done);
}

/* The source of an item: its own, else its plan's first. */
static const char *
item_source(const pc_item *it)
{
	if (it->source != NULL)
		return it->source;
	return it->plan != NULL && it->plan->nsources > 0 ?
	    it->plan->source_urls[0] : NULL;
}

/* Required items one per row (all plans, national first); then, per
 * plan and group, the optional ones in one row with their distinct
 * sources: a district draft misses most optional items of a national
 * plan, and a row for each would bury the required ones. */
static void
gaps(ctx *c, const pc_rfile *rf, int level)
{
	pc_rp_table *t = NULL;
	int32_t nreq = 0, nopt = 0;

	heading(c, level, L(c, L_GAPS));
	for (int32_t p = 0; p < rf->nplans; p++)
		for (int32_t i = 0; i < rf->plans[p].nitems; i++)
			if (rf->plans[p].items[i].strength == 0) {
				if (rf->plans[p].items[i].item->required)
					nreq++;
				else
					nopt++;
			}
	if (nreq + nopt == 0) {
		para(c, L(c, L_NO_GAPS));
		return;
	}
	para(c, L(c, L_GAPS_INTRO));
	if (nreq > 0)
		t = table(c, "gaps", L(c, L_ITEM_HEAD), L(c, L_PLAN),
		    L(c, L_GROUP), L(c, L_SOURCE), (const char *)NULL);
	for (int32_t p = 0; p < rf->nplans && nreq > 0; p++)
		for (int32_t i = 0; i < rf->plans[p].nitems; i++) {
			const pc_ritem *ri = &rf->plans[p].items[i];
			const pc_item *it = ri->item;
			const char *src = item_source(it);
			pc_rp_row *r;
			pc_rp_cell *sc;

			if (ri->strength != 0 || !it->required)
				continue;
			r = row(t, PC_CL_MISSING_REQ);
			item_cell(t, r, c, it);
			run_add(cell(t, r, PC_CL_NONE), PC_RUN_CODE,
			    rf->plans[p].plan->id);
			cell_text(t, r, PC_CL_NONE, it->group != NULL ?
			    it->group->name : "—");
			sc = cell(t, r, PC_CL_NONE);
			run_add(sc, PC_RUN_SMALL, src != NULL ? src : "—");
			if (!it->verified) {
				run_add(sc, PC_RUN_BREAK, NULL);
				run_add(sc, PC_RUN_SMALL, L(c, L_UNVERIFIED));
			}
		}
	if (nopt == 0)
		return;
	heading(c, level + 1, L(c, L_OPTIONAL_GAPS));
	t = table(c, "gaps", L(c, L_PLAN), L(c, L_GROUP), L(c, L_ITEMS),
	    L(c, L_SOURCE), (const char *)NULL);
	for (int32_t p = 0; p < rf->nplans; p++) {
		const pc_rplan *rp = &rf->plans[p];
		unsigned char *done = pc_xcalloc((size_t)rp->nitems + 1, 1);

		for (int32_t i = 0; i < rp->nitems; i++) {
			const pc_group *g = rp->items[i].item->group;
			pc_rp_row *r = NULL;
			pc_rp_cell *ic = NULL, *sc = NULL;
			const char *srcs[16];
			int nsrc = 0;

			for (int32_t k = i; k < rp->nitems; k++) {
				const pc_ritem *ri = &rp->items[k];
				const char *src;
				int seen = 0;

				if (done[k] || ri->item->group != g ||
				    ri->strength != 0 || ri->item->required)
					continue;
				done[k] = 1;
				if (r == NULL) {
					r = row(t, PC_CL_NONE);
					run_add(cell(t, r, PC_CL_NONE),
					    PC_RUN_CODE, rp->plan->id);
					cell_text(t, r, PC_CL_NONE, g != NULL ?
					    g->name : "—");
					ic = cell(t, r, PC_CL_NONE);
					sc = cell(t, r, PC_CL_NONE);
				} else {
					run_add(ic, PC_RUN_TEXT, c->lang ?
					    "、" : ", ");
				}
				run_add(ic, PC_RUN_TEXT, ri->item->terms[0].s);
				if ((src = item_source(ri->item)) == NULL)
					continue;
				for (int m = 0; m < nsrc && !seen; m++)
					seen = strcmp(srcs[m], src) == 0;
				if (seen || nsrc == 16)
					continue;
				if (nsrc > 0)
					run_add(sc, PC_RUN_BREAK, NULL);
				run_add(sc, PC_RUN_SMALL, src);
				srcs[nsrc++] = src;
			}
		}
		free(done);
	}
}

static void
draft_only(ctx *c, const pc_rfile *rf, int level)
{
	pc_rp_table *t;

	heading(c, level, L(c, L_DRAFT_ONLY));
	para(c, L(c, L_DRAFT_ONLY_INTRO));
	if (rf->ndraft_only == 0) {
		para(c, L(c, L_NONE));
		return;
	}
	t = table(c, "draft-only", L(c, L_CONTENT), L(c, L_POSITION),
	    L(c, L_UNDER), (const char *)NULL);
	for (int32_t i = 0; i < rf->ndraft_only; i++) {
		const pc_rdraft *d = &rf->draft_only[i];
		pc_rp_row *r = row(t, PC_CL_NONE);

		cell_text(t, r, PC_CL_NONE, d->text);
		position(cell(t, r, PC_CL_NUM), d->line, d->col);
		cell_text(t, r, PC_CL_NONE, d->heading);
	}
}

static pc_rp_class
sev_class(pc_severity s)
{
	return s == PC_SEV_ERROR ? PC_CL_ERROR : s == PC_SEV_WARNING ?
	    PC_CL_WARNING : PC_CL_NOTE;
}

static void
finding_row(ctx *c, pc_rp_table *t, const pc_rfinding *f, int with_rule)
{
	pc_rp_row *r = row(t, PC_CL_NONE);

	position(cell(t, r, PC_CL_NUM), f->line, f->col);
	if (with_rule)
		run_add(cell(t, r, PC_CL_NONE), PC_RUN_CODE, f->rule);
	cell_text(t, r, sev_class(f->sev), sev_names[f->sev][c->lang]);
	cell_text(t, r, PC_CL_NONE, f->msg[c->lang]);
	marked_finding(cell(t, r, PC_CL_NONE), f);
}

static void
findings(ctx *c, const pc_rfile *rf, int level)
{
	int32_t gaps_n = 0;

	heading(c, level, L(c, L_FINDINGS));
	for (int32_t i = 0; i < rf->nfindings; i++)
		gaps_n += strcmp(rf->findings[i].rule,
		    pc_rule_coverage_gap.id) == 0;
	if (rf->nfindings == 0) {
		para(c, L(c, L_NO_FINDINGS));
		return;
	}
	if (gaps_n > 0) {
		char *m = fill_int(c, L_GAP_NOTE, (int)gaps_n, NULL);

		para(c, m);
		free(m);
	}
	for (int k = 0; k < pc_nrules; k++) {
		const pc_rule *rule = pc_rules[k];
		pc_rp_table *t = NULL;

		if (rule == &pc_rule_coverage_gap)
			continue;
		for (int32_t i = 0; i < rf->nfindings; i++) {
			const pc_rfinding *f = &rf->findings[i];

			if (strcmp(f->rule, rule->id) != 0)
				continue;
			if (t == NULL) {
				heading(c, level + 1, rule->id);
				para(c, rule->summary[c->lang]);
				t = table(c, "findings", L(c, L_POSITION),
				    L(c, L_SEVERITY), L(c, L_MESSAGE),
				    L(c, L_SENTENCE), (const char *)NULL);
			}
			finding_row(c, t, f, 0);
		}
	}
	/* rules unknown to this table (none today) still show */
	for (int32_t i = 0; i < rf->nfindings; i++)
		if (pc_rule_find(rf->findings[i].rule) == NULL) {
			pc_rp_table *t = table(c, "findings", L(c, L_POSITION),
			    L(c, L_RULE), L(c, L_SEVERITY), L(c, L_MESSAGE),
			    L(c, L_SENTENCE), (const char *)NULL);

			for (; i < rf->nfindings; i++)
				if (pc_rule_find(rf->findings[i].rule) == NULL)
					finding_row(c, t, &rf->findings[i], 1);
		}
}

static int
change_rank(const pc_item_change *ch)
{
	return ch->old_strength == 0 ? 0 : ch->new_strength == 0 ? 1 : 2;
}

static void
changes(ctx *c, int level)
{
	const pc_changes *ch = c->in->changes;
	const pc_rfile *old = c->in->old;
	pc_rp_table *t;
	pc_rp_cell *p;

	heading(c, level, L(c, L_CHANGES));
	p = para(c, L(c, L_COMPARED));
	run_add(p, PC_RUN_TEXT, c->lang == PC_LANG_ZH ? "：" : ": ");
	run_add(p, PC_RUN_CODE, old->path);
	if (old->title != NULL) {
		run_add(p, PC_RUN_TEXT, " ");
		run_add(p, PC_RUN_TEXT, old->title);
	}
	if (old->error[0] != NULL) {
		char *s = fill(c, L_CANNOT, old->error[c->lang], NULL);

		para(c, s);
		free(s);
		return;
	}
	if (ch->nitems + ch->nfixed + ch->nintroduced == 0) {
		para(c, L(c, L_NO_CHANGES));
		return;
	}
	if (ch->nitems > 0) {
		heading(c, level + 1, L(c, L_ITEM_CHANGES));
		t = table(c, "changes", L(c, L_CHANGE), L(c, L_PLAN),
		    L(c, L_ITEM_HEAD), L(c, L_BEFORE), L(c, L_AFTER),
		    (const char *)NULL);
		for (int rank = 0; rank < 3; rank++)
			for (int32_t i = 0; i < ch->nitems; i++) {
				const pc_item_change *x = &ch->items[i];
				pc_rp_row *r;
				int lbl;

				if (change_rank(x) != rank)
					continue;
				lbl = rank == 0 ? L_NEWLY_COVERED : rank == 1 ?
				    L_NEWLY_MISSING : x->new_strength >
				    x->old_strength ? L_STRONGER : L_WEAKER;
				r = row(t, PC_CL_NONE);
				cell_text(t, r, strength_class(x->new_strength,
				    x->item->required), L(c, lbl));
				run_add(cell(t, r, PC_CL_NONE), PC_RUN_CODE,
				    x->plan->id);
				item_cell(t, r, c, x->item);
				cell_text(t, r, strength_class(x->old_strength,
				    x->item->required), pc_report_strength(
				    x->old_strength, c->lang));
				cell_text(t, r, strength_class(x->new_strength,
				    x->item->required), pc_report_strength(
				    x->new_strength, c->lang));
			}
	}
	for (int which = 0; which < 2; which++) {
		const pc_rfinding *const *fs = which ? ch->introduced :
		    ch->fixed;
		int32_t n = which ? ch->nintroduced : ch->nfixed;

		if (n == 0)
			continue;
		heading(c, level + 1, L(c, which ? L_INTRODUCED : L_FIXED));
		t = table(c, "findings", L(c, L_POSITION), L(c, L_RULE),
		    L(c, L_SEVERITY), L(c, L_MESSAGE), L(c, L_SENTENCE),
		    (const char *)NULL);
		for (int32_t i = 0; i < n; i++)
			finding_row(c, t, fs[i], 1);
	}
}

static void
one_draft(ctx *c, const pc_rfile *rf, int level, int first)
{
	if (rf->error[0] != NULL) {
		char *s = fill(c, L_CANNOT, rf->error[c->lang], NULL);

		para(c, s);
		free(s);
		return;
	}
	summary(c, rf, level);
	heading(c, level, L(c, L_ALIGN));
	para(c, L(c, L_ALIGN_INTRO));
	if (rf->nplans == 0)
		para(c, L(c, L_NONE_CHECKED));
	for (int32_t p = 0; p < rf->nplans; p++)
		align_plan(c, &rf->plans[p], level + 1);
	gaps(c, rf, level);
	draft_only(c, rf, level);
	findings(c, rf, level);
	if (first && c->in->old != NULL && c->in->changes != NULL)
		changes(c, level);
}

/* Several drafts: the plans any of them was checked against, national
 * first. */
static int32_t
run_plans(const ctx *c, const pc_plan ***out)
{
	const pc_plan **ps = NULL;
	size_t cap = 0;
	int32_t n = 0;

	for (int32_t i = 0; i < c->in->n; i++)
		for (int32_t p = 0; p < c->in->files[i].nplans; p++) {
			const pc_plan *pl = c->in->files[i].plans[p].plan;
			int32_t k;

			for (k = 0; k < n; k++)
				if (strcmp(ps[k]->id, pl->id) == 0)
					break;
			if (k < n)
				continue;
			pc_grow(&ps, &cap, (size_t)n + 1, sizeof(*ps));
			/* insertion by level, then id */
			for (k = n; k > 0 && (ps[k - 1]->level > pl->level ||
			    (ps[k - 1]->level == pl->level &&
			    strcmp(ps[k - 1]->id, pl->id) > 0)); k--)
				ps[k] = ps[k - 1];
			ps[k] = pl;
			n++;
		}
	*out = ps;
	return n;
}

static const pc_rplan *
file_plan(const pc_rfile *rf, const pc_plan *p)
{
	for (int32_t i = 0; i < rf->nplans; i++)
		if (strcmp(rf->plans[i].plan->id, p->id) == 0)
			return &rf->plans[i];
	return NULL;
}

static void
heat(ctx *c, const pc_plan *p, int level)
{
	const pc_rplan *model = NULL;
	pc_rp_block *b;
	pc_rp_heat *h;
	char *title;
	int32_t nrows = 0;

	for (int32_t i = 0; i < c->in->n; i++) {
		const pc_rplan *rp = file_plan(&c->in->files[i], p);

		if (rp != NULL) {
			if (model == NULL)
				model = rp;
			nrows++;
		}
	}
	if (model == NULL || model->nitems == 0)
		return;
	title = fill(c, L_HEAT, p->id, NULL);
	heading(c, level, title);
	b = block(c, PC_BLK_HEAT);
	h = &b->heat;
	h->title = title;
	h->ncols = model->nitems;
	h->cols = pc_xcalloc((size_t)h->ncols, sizeof(*h->cols));
	h->required = pc_xcalloc((size_t)h->ncols, 1);
	for (int32_t k = 0; k < h->ncols; k++) {
		h->cols[k] = pc_xstrdup(model->items[k].item->terms[0].s);
		h->required[k] = (unsigned char)model->items[k].item->required;
	}
	h->rows = pc_xcalloc((size_t)nrows, sizeof(*h->rows));
	h->v = pc_xcalloc((size_t)nrows * (size_t)h->ncols, 1);
	for (int32_t i = 0; i < c->in->n; i++) {
		const pc_rplan *rp = file_plan(&c->in->files[i], p);

		if (rp == NULL)
			continue;
		for (int32_t k = 0; k < h->ncols; k++) {
			const pc_item *it = model->items[k].item;
			signed char v = -1;

			for (int32_t j = 0; j < rp->nitems; j++)
				if (strcmp(rp->items[j].item->id, it->id) ==
				    0)
					v = (signed char)rp->items[j].strength;
			h->v[(size_t)h->nrows * (size_t)h->ncols +
			    (size_t)k] = v;
		}
		h->rows[h->nrows++] = pc_xstrdup(base_name(
		    c->in->files[i].path));
	}
	for (int s = 0; s < 4; s++)
		h->legend[s] = pc_xstrdup(pc_report_strength(s, c->lang));
	h->legend[4] = pc_xstrdup(L(c, L_NOT_CHECKED));
}

static void
several(ctx *c, int level)
{
	const pc_plan **ps;
	int32_t np = run_plans(c, &ps);
	pc_rp_block *b;
	pc_rp_table *t;

	heading(c, level, L(c, L_SEVERAL));
	para(c, L(c, L_SEVERAL_INTRO));
	b = block(c, PC_BLK_TABLE);
	t = &b->table;
	t->kind = "matrix";
	t->ncols = np + 1;
	t->head = pc_xcalloc((size_t)np + 1, sizeof(*t->head));
	t->head[0] = pc_xstrdup(L(c, L_DRAFT));
	for (int32_t p = 0; p < np; p++)
		t->head[p + 1] = pc_xasprintf("%s %s", level_name(c,
		    ps[p]->level), ps[p]->id);
	for (int32_t i = 0; i < c->in->n; i++) {
		const pc_rfile *rf = &c->in->files[i];
		pc_rp_row *r;
		pc_rp_cell *d;

		if (rf->error[0] != NULL)
			continue;
		r = row(t, PC_CL_NONE);
		d = cell(t, r, PC_CL_NONE);
		run_add(d, PC_RUN_TEXT, draft_name(c, rf));
		run_add(d, PC_RUN_BREAK, NULL);
		run_add(d, PC_RUN_SMALL, base_name(rf->path));
		for (int32_t p = 0; p < np; p++) {
			const pc_rplan *rp = file_plan(rf, ps[p]);
			pc_rp_cell *x;
			char *a, *al;

			if (rp == NULL) {
				run_add(cell(t, r, PC_CL_NONE), PC_RUN_SMALL,
				    L(c, L_NOT_CHECKED));
				continue;
			}
			a = ratio_text(rp->req_covered, rp->req_total);
			al = ratio_text(rp->covered, rp->total);
			x = cell(t, r, rp->req_total > 0 ? ratio_class(
			    rp->req_covered, rp->req_total) :
			    ratio_class(rp->covered, rp->total));
			run_add(x, PC_RUN_TEXT, a);
			run_add(x, PC_RUN_BREAK, NULL);
			run_addf(x, PC_RUN_SMALL, "%s %s",
			    L(c, L_ALL_ITEMS), al);
			free(a);
			free(al);
		}
	}
	for (int32_t p = 0; p < np; p++)
		heat(c, ps[p], level + 1);
	free(ps);
}

void
pc_report_build(pc_report *r, const pc_report_in *in)
{
	ctx c;
	int multi = in->n > 1;

	memset(r, 0, sizeof(*r));
	c.r = r;
	c.in = in;
	c.lang = in->lang == PC_LANG_ZH;
	c.nobreak = 0;
	r->lang = c.lang ? "zh-CN" : "en";
	if (in->n == 1)
		r->title = pc_xasprintf("%s — %s", L(&c, L_REPORT),
		    draft_name(&c, &in->files[0]));
	else
		r->title = pc_xstrdup(L(&c, L_REPORT));

	heading(&c, 1, r->title);
	draft_facts(&c, multi || in->n == 0 ? NULL : &in->files[0], 1);
	/* the header, the dictionaries and the first section share the
	 * first page */
	c.nobreak = 1;
	dictionaries(&c, 2);
	c.nobreak = 1;
	if (!multi) {
		if (in->n == 1)
			one_draft(&c, &in->files[0], 2, 1);
		return;
	}
	several(&c, 2);
	for (int32_t i = 0; i < in->n; i++) {
		char *h = fill_int(&c, L_DRAFT_N, (int)i + 1,
		    draft_name(&c, &in->files[i]));

		heading(&c, 2, h);
		free(h);
		draft_facts(&c, &in->files[i], 0);
		one_draft(&c, &in->files[i], 3, i == 0);
	}
}

static void
cell_free(pc_rp_cell *c)
{
	for (int32_t i = 0; i < c->nruns; i++)
		free(c->runs[i].text);
	free(c->runs);
}

void
pc_report_free(pc_report *r)
{
	for (int32_t i = 0; i < r->n; i++) {
		pc_rp_block *b = &r->b[i];

		cell_free(&b->text);
		for (int32_t k = 0; k < b->table.ncols && b->table.head; k++)
			free(b->table.head[k]);
		free(b->table.head);
		for (int32_t k = 0; k < b->table.nrows; k++) {
			for (int32_t j = 0; j < b->table.rows[k].ncells; j++)
				cell_free(&b->table.rows[k].cells[j]);
			free(b->table.rows[k].cells);
		}
		free(b->table.rows);
		free(b->bars.title);
		for (int k = 0; k < 2; k++)
			free(b->bars.legend[k]);
		for (int32_t k = 0; k < b->bars.n; k++) {
			free(b->bars.b[k].label);
			free(b->bars.b[k].note);
		}
		free(b->bars.b);
		free(b->heat.title);
		for (int32_t k = 0; k < b->heat.nrows; k++)
			free(b->heat.rows[k]);
		free(b->heat.rows);
		for (int32_t k = 0; k < b->heat.ncols; k++)
			free(b->heat.cols[k]);
		free(b->heat.cols);
		free(b->heat.required);
		free(b->heat.v);
		for (int k = 0; k < 5; k++)
			free(b->heat.legend[k]);
	}
	free(r->b);
	free(r->title);
	memset(r, 0, sizeof(*r));
}
