/* term-variant: one referent named by several surface forms in one draft
 * (超高清视频显示 here, 超高清视频与显示 there).
 *
 * The dictionaries say which forms name one referent: the terms of one
 * item (its name and aliases). The draft's own plan speaks with most
 * authority: its items join forms that the plans above keep apart (光明区
 * calls 低空经济, 低空装备 and 低空装备与应用 one industry). An item of a
 * checked plan above the draft joins two forms only where no plan keeps
 * them apart as the names of two items of its own (national 机器人 lists
 * 智能机器人 as a variant, Shenzhen has both as clusters); a plan at the
 * draft's level (another district's) joins none.
 *
 * What stays silent: accepted aliases; a short form that is one conjunct
 * of a longer form and an item's name in its own right (人工智能 beside the
 * section title 人工智能与应用, 集成电路 beside 半导体与集成电路); a form
 * the text itself introduces as another's abbreviation ("A（以下简称B）",
 * "A（B）") or category ("A等B"); forms inside a quotation, which are
 * another document's words. */
#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_rule.h"
#include "pc_text.h"

enum {
	MAX_NAMES = 4,
	MIN_QUOTATION = 12      /* shortest “…” read as a quotation */
};

typedef struct form {
	int32_t start, end;     /* first occurrence */
	int32_t count;
	int32_t parent;         /* union-find over variant edges */
	int is_name;            /* the name (terms[0]) of an item */
	int edged;              /* has a variant edge */
} form;

typedef struct occ {
	int32_t start, end, form;
} occ;

typedef struct pair {
	int32_t a, b;
} pair;

typedef struct tv {
	const pc_rule_ctx *c;
	const UChar *fold;
	form *f;
	int32_t nf;
	size_t fcap;
	occ *o;
	int32_t no;
	size_t ocap;
	pair *ex;               /* pairs the text itself explains */
	int32_t nex;
	size_t excap;
	pair *edge;
	int32_t nedge;
	size_t edgecap;
} tv;

static int
candidate(const pc_selection *sel, const pc_plan *p)
{
	if (p == sel->self)
		return 1;
	for (int32_t i = 0; i < sel->n; i++)
		if (sel->plans[i] == p)
			return 1;
	return 0;
}

static int
is_formulation(const pc_item *it)
{
	return it->group != NULL && it->group->kind != NULL &&
	    strcmp(it->group->kind, "formulation") == 0;
}

/* A hit that names something: of a candidate plan, a term (not a
 * pattern), not an accepted alias, not a formulation. */
static int
counted(const pc_rule_ctx *c, const pc_hit *h)
{
	return h->term >= 0 && candidate(c->sel, h->item->plan) &&
	    !is_formulation(h->item) &&
	    h->item->kinds[h->term] != PC_ALIAS_ACCEPTED;
}

static int
ueq_fold(const UChar *a, int32_t an, const pc_str *t)
{
	if (an != t->ulen)
		return 0;
	for (int32_t i = 0; i < an; i++)
		if (a[i] != pc_fold_unit(t->u[i]))
			return 0;
	return 1;
}

static int32_t
form_find(const tv *t, const UChar *s, int32_t n)
{
	for (int32_t i = 0; i < t->nf; i++)
		if (t->f[i].end - t->f[i].start == n &&
		    memcmp(t->fold + t->f[i].start, s,
		    (size_t)n * sizeof(UChar)) == 0)
			return i;
	return -1;
}

static int32_t
form_of_term(const tv *t, const pc_str *term)
{
	for (int32_t i = 0; i < t->nf; i++)
		if (ueq_fold(t->fold + t->f[i].start,
		    t->f[i].end - t->f[i].start, term))
			return i;
	return -1;
}

static int32_t
uf_find(tv *t, int32_t i)
{
	while (t->f[i].parent != i) {
		t->f[i].parent = t->f[t->f[i].parent].parent;
		i = t->f[i].parent;
	}
	return i;
}

/* The occurrences: counted hits not inside a longer counted hit nor
 * inside a quotation (a quoted document names things its own way); hits
 * of several items on one span are one occurrence. */
static void
collect(tv *t)
{
	const pc_matches *mt = t->c->mt;
	int32_t max_end = -1, nq, k = 0;
	pc_span *q = pc_view_quotations(t->c->v, MIN_QUOTATION, &nq);

	for (int32_t i = 0; i < mt->n; ) {
		int32_t s = mt->hits[i].start, e = mt->hits[i].end, j, fi;
		int any = 0;

		for (j = i; j < mt->n && mt->hits[j].start == s &&
		    mt->hits[j].end == e; j++)
			if (counted(t->c, &mt->hits[j]))
				any = 1;
		i = j;
		if (!any)
			continue;
		while (k < nq && q[k].end <= s)
			k++;
		if (max_end >= e || (t->c->v->flags[s] & PC_VF_MASK) ||
		    (k < nq && q[k].start <= s && e <= q[k].end)) {
			if (e > max_end)
				max_end = e;
			continue;
		}
		max_end = e;
		fi = form_find(t, t->fold + s, e - s);
		if (fi < 0) {
			pc_grow(&t->f, &t->fcap, (size_t)t->nf + 1,
			    sizeof(*t->f));
			fi = t->nf++;
			memset(&t->f[fi], 0, sizeof(t->f[fi]));
			t->f[fi].start = s;
			t->f[fi].end = e;
			t->f[fi].parent = fi;
		}
		t->f[fi].count++;
		pc_grow(&t->o, &t->ocap, (size_t)t->no + 1, sizeof(*t->o));
		t->o[t->no].start = s;
		t->o[t->no].end = e;
		t->o[t->no].form = fi;
		t->no++;
	}
	free(q);
}

static void
explain(tv *t, int32_t a, int32_t b)
{
	if (a == b)
		return;
	pc_grow(&t->ex, &t->excap, (size_t)t->nex + 1, sizeof(*t->ex));
	t->ex[t->nex].a = a;
	t->ex[t->nex].b = b;
	t->nex++;
}

static int
explained(const tv *t, int32_t a, int32_t b)
{
	for (int32_t i = 0; i < t->nex; i++)
		if ((t->ex[i].a == a && t->ex[i].b == b) ||
		    (t->ex[i].a == b && t->ex[i].b == a))
			return 1;
	return 0;
}

/* Length of the introducer of an abbreviation at text[i..]: "（", then
 * optionally 以下简称, 简称, 下称, 以下称, 又称, 即, then optionally “. */
static int32_t
introducer(const UChar *s, int32_t n)
{
	static const char *const words[] = { "以下简称", "以下称", "简称",
	    "下称", "又称", "即" };
	int32_t k;

	if (n < 1 || (s[0] != 0xFF08 && s[0] != '('))
		return -1;
	k = 1;
	for (size_t w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (pc_starts_with(s + k, n - k, words[w])) {
			/* one CJK character is one UTF-16 unit here */
			k += (int32_t)strlen(words[w]) / 3;
			break;
		}
	if (k < n && (s[k] == 0x201C || s[k] == 0x300A))
		k++;
	return k;
}

/* Pairs of forms the text relates itself: "A（以下简称B）", "A（B）",
 * "A等B", "A、C等B". */
static void
find_explained(tv *t)
{
	const pc_view *v = t->c->v;

	for (int32_t i = 0; i < t->no; i++) {
		const occ *o = &t->o[i];
		/* the name may be quoted: “人工智能+”（AI+） */
		int32_t at = o->end < v->len && (v->fold[o->end] == 0x201D ||
		    v->fold[o->end] == 0x300B) ? o->end + 1 : o->end;
		int32_t k = introducer(v->fold + at, v->len - at);

		for (int32_t j = i + 1; k >= 0 && j < t->no &&
		    t->o[j].start <= at + k; j++)
			if (t->o[j].start == at + k)
				explain(t, o->form, t->o[j].form);
		if (o->start > 0 && v->fold[o->start - 1] == 0x7B49 /* 等 */) {
			int32_t cs, ce;

			pc_view_clause(v, o->start, &cs, &ce);
			for (int32_t j = i - 1; j >= 0 &&
			    t->o[j].start >= cs; j--)
				explain(t, t->o[j].form, o->form);
		}
	}
}

/* Is a (folded form text) one conjunct of b, split on 与 及 和 、? */
static int
conjunct(const UChar *a, int32_t an, const UChar *b, int32_t bn)
{
	int32_t s = 0;

	if (an >= bn)
		return 0;
	for (int32_t i = 0; i <= bn; i++) {
		if (i == bn || b[i] == 0x4E0E || b[i] == 0x53CA ||
		    b[i] == 0x548C || b[i] == 0x3001) {
			if (i - s == an && memcmp(b + s, a,
			    (size_t)an * sizeof(UChar)) == 0)
				return 1;
			s = i + 1;
		}
	}
	return 0;
}

/* Does some plan name a and b as two items of its own? Then it keeps
 * them apart. Any loaded plan counts: this is a fact of the vocabulary,
 * not of the plans chosen for the check. */
static int
kept_apart(const tv *t, int32_t a, int32_t b)
{
	const pc_dictset *ds = t->c->ds;
	const form *fa = &t->f[a], *fb = &t->f[b];

	for (int32_t p = 0; p < ds->nplans; p++) {
		const pc_plan *pl = ds->plans[p];
		const pc_item *ia = NULL, *ib = NULL;

		for (int32_t i = 0; i < pl->nitems; i++) {
			const pc_item *it = &pl->items[i];
			if (is_formulation(it) || it->nterms == 0)
				continue;
			if (ueq_fold(t->fold + fa->start, fa->end - fa->start,
			    &it->terms[0]))
				ia = it;
			if (ueq_fold(t->fold + fb->start, fb->end - fb->start,
			    &it->terms[0]))
				ib = it;
		}
		if (ia != NULL && ib != NULL && ia != ib)
			return 1;
	}
	return 0;
}

static void
add_edge(tv *t, int32_t a, int32_t b)
{
	int32_t ra = uf_find(t, a), rb = uf_find(t, b);

	t->f[a].edged = t->f[b].edged = 1;
	if (ra != rb)
		t->f[ra].parent = rb;
	pc_grow(&t->edge, &t->edgecap, (size_t)t->nedge + 1, sizeof(*t->edge));
	t->edge[t->nedge].a = a;
	t->edge[t->nedge].b = b;
	t->nedge++;
}

static int
has_edge(const tv *t, int32_t a, int32_t b)
{
	for (int32_t i = 0; i < t->nedge; i++)
		if ((t->edge[i].a == a && t->edge[i].b == b) ||
		    (t->edge[i].a == b && t->edge[i].b == a))
			return 1;
	return 0;
}

/* The present forms among an item's counted terms, deduplicated. */
static int32_t
item_forms(const tv *t, const pc_item *it, int32_t *out, int32_t max)
{
	int32_t n = 0;

	for (int32_t k = 0; k < it->nterms && n < max; k++) {
		int32_t fi, d;

		if (it->kinds[k] == PC_ALIAS_ACCEPTED)
			continue;
		fi = form_of_term(t, &it->terms[k]);
		if (fi < 0)
			continue;
		for (d = 0; d < n && out[d] != fi; d++)
			;
		if (d == n)
			out[n++] = fi;
	}
	return n;
}

static void
edges_of(tv *t, const pc_item *it)
{
	int32_t fs[32];
	int32_t n = item_forms(t, it, fs, 32);
	int own = it->plan == t->c->sel->self;

	for (int32_t x = 0; x < n; x++)
		for (int32_t y = x + 1; y < n; y++) {
			int32_t a = fs[x], b = fs[y];
			const form *fa = &t->f[a], *fb = &t->f[b];
			int32_t an = fa->end - fa->start;
			int32_t bn = fb->end - fb->start;

			if (has_edge(t, a, b) || explained(t, a, b))
				continue;
			if ((fa->is_name && conjunct(t->fold + fa->start, an,
			    t->fold + fb->start, bn)) ||
			    (fb->is_name && conjunct(t->fold + fb->start, bn,
			    t->fold + fa->start, an)))
				continue;
			if (!own && kept_apart(t, a, b))
				continue;
			add_edge(t, a, b);
		}
}

/* A checked plan above the draft: above the draft's own plan, or, when
 * the draft belongs to no plan, above district level. A sibling district's
 * dictionary speaks for that district only (光明区 calls 低空经济 its
 * 低空装备与应用 industry; another district need not). */
static int
upper(const pc_selection *sel, const pc_plan *p)
{
	return p != sel->self && p->level < (sel->self != NULL ?
	    sel->self->level : PC_LEVEL_DISTRICT);
}

/* Calls fn for every non-formulation item of the self plan and of the
 * checked plans above the draft, the self plan first. */
static void
each_item(tv *t, void (*fn)(tv *, const pc_item *))
{
	const pc_selection *sel = t->c->sel;

	if (sel->self != NULL)
		for (int32_t i = 0; i < sel->self->nitems; i++)
			if (!is_formulation(&sel->self->items[i]))
				fn(t, &sel->self->items[i]);
	for (int32_t p = 0; p < sel->n; p++) {
		if (!upper(sel, sel->plans[p]))
			continue;
		for (int32_t i = 0; i < sel->plans[p]->nitems; i++)
			if (!is_formulation(&sel->plans[p]->items[i]))
				fn(t, &sel->plans[p]->items[i]);
	}
}

/* Which forms are an item's name in their own right, in any loaded
 * plan (人工智能 is a Shenzhen cluster even when only the district plan is
 * checked). */
static void
mark_names(tv *t)
{
	const pc_dictset *ds = t->c->ds;

	for (int32_t p = 0; p < ds->nplans; p++)
		for (int32_t i = 0; i < ds->plans[p]->nitems; i++) {
			const pc_item *it = &ds->plans[p]->items[i];
			int32_t fi;

			if (!is_formulation(it) && it->nterms > 0 &&
			    (fi = form_of_term(t, &it->terms[0])) >= 0)
				t->f[fi].is_name = 1;
		}
}

/* Insertion sort by first occurrence (components are small). */
static void
sort_forms(const tv *t, int32_t *fs, int32_t n)
{
	for (int32_t i = 1; i < n; i++)
		for (int32_t j = i; j > 0 &&
		    t->f[fs[j - 1]].start > t->f[fs[j]].start; j--) {
			int32_t x = fs[j];
			fs[j] = fs[j - 1];
			fs[j - 1] = x;
		}
}

/* Does the item name any form of the component (root)? */
static int
names_component(tv *t, const pc_item *it, int32_t root)
{
	int32_t fs[32];
	int32_t n = item_forms(t, it, fs, 32);

	for (int32_t i = 0; i < n; i++)
		if (t->f[fs[i]].edged && uf_find(t, fs[i]) == root)
			return 1;
	return 0;
}

/* "name (plan, plan)" for each distinct name the checked plans give the
 * component, nearest level first. */
static void
checked_names(tv *t, int32_t root, pc_sbuf *en, pc_sbuf *zh)
{
	const pc_selection *sel = t->c->sel;
	const pc_item *seen[MAX_NAMES];
	int32_t nseen = 0;

	for (int32_t p = sel->n - 1; p >= 0; p--) {
		const pc_plan *pl = sel->plans[p];

		if (!upper(sel, pl))
			continue;
		for (int32_t i = 0; i < pl->nitems; i++) {
			const pc_item *it = &pl->items[i];
			int32_t d;

			if (is_formulation(it) || !names_component(t, it, root))
				continue;
			for (d = 0; d < nseen &&
			    strcmp(seen[d]->terms[0].s, it->terms[0].s) != 0;
			    d++)
				;
			if (d < nseen || nseen == MAX_NAMES)
				continue;
			seen[nseen++] = it;
		}
	}
	for (int32_t d = 0; d < nseen; d++) {
		const char *name = seen[d]->terms[0].s;
		int first = 1;

		pc_sbuf_add(en, d == 0 ? "; checked plans use " : ", ");
		pc_sbuf_add(zh, d == 0 ? "；上位规划用" : "、");
		pc_sbuf_take(en, pc_xasprintf("%s (", name));
		pc_sbuf_take(zh, pc_xasprintf("“%s”（", name));
		for (int32_t p = sel->n - 1; p >= 0; p--) {
			const pc_plan *pl = sel->plans[p];
			int uses = 0;

			if (!upper(sel, pl))
				continue;
			for (int32_t i = 0; i < pl->nitems && !uses; i++)
				uses = !is_formulation(&pl->items[i]) &&
				    strcmp(pl->items[i].terms[0].s, name) == 0 &&
				    names_component(t, &pl->items[i], root);
			if (!uses)
				continue;
			pc_sbuf_add(en, first ? "" : ", ");
			pc_sbuf_add(zh, first ? "" : "、");
			pc_sbuf_add(en, pl->id);
			pc_sbuf_add(zh, pl->id);
			first = 0;
		}
		pc_sbuf_add(en, ")");
		pc_sbuf_add(zh, "）");
	}
}

static void
own_name(tv *t, int32_t root, pc_sbuf *en, pc_sbuf *zh)
{
	const pc_plan *self = t->c->sel->self;

	if (self == NULL)
		return;
	for (int32_t i = 0; i < self->nitems; i++) {
		const pc_item *it = &self->items[i];

		if (is_formulation(it) || !names_component(t, it, root))
			continue;
		pc_sbuf_take(en, pc_xasprintf("; the draft's own plan (%s) uses %s",
		    self->id, it->terms[0].s));
		pc_sbuf_take(zh, pc_xasprintf("；本规划词典（%s）用“%s”", self->id,
		    it->terms[0].s));
		return;
	}
}

static void
report(tv *t, int32_t root, pc_severity sev, pc_findings *out)
{
	const pc_view *v = t->c->v;
	int32_t *fs = pc_xreallocarray(NULL, (size_t)t->nf, sizeof(*fs));
	int32_t n = 0, at = -1;
	pc_sbuf en = { NULL, 0, 0 }, zh = { NULL, 0, 0 };

	for (int32_t i = 0; i < t->nf; i++)
		if (t->f[i].edged && uf_find(t, i) == root)
			fs[n++] = i;
	sort_forms(t, fs, n);
	for (int32_t i = 1; i < n && at < 0; i++)
		for (int32_t j = 0; j < i && at < 0; j++)
			if (has_edge(t, fs[i], fs[j]))
				at = fs[i];
	if (at < 0)
		at = fs[1];
	pc_sbuf_take(&en, pc_xasprintf("one referent, %d names: ", (int)n));
	pc_sbuf_take(&zh, pc_xasprintf("同一对象有%d种名称：", (int)n));
	for (int32_t i = 0; i < n; i++) {
		const form *f = &t->f[fs[i]];
		char *w = pc_view_utf8(v, f->start, f->end);
		int32_t line, col;

		pc_source_pos(v->src, f->start, PC_UNIT_CHAR, &line, &col);
		pc_sbuf_take(&en, pc_xasprintf("%s%s (%d×, first at %d:%d)",
		    i ? ", " : "", w, (int)f->count, (int)line, (int)col));
		pc_sbuf_take(&zh, pc_xasprintf("%s“%s”（%d次，首见%d:%d）",
		    i ? "、" : "", w, (int)f->count, (int)line, (int)col));
		free(w);
	}
	checked_names(t, root, &en, &zh);
	own_name(t, root, &en, &zh);
	pc_findings_add(out, pc_rule_term_variant.id, sev, t->f[at].start,
	    t->f[at].end, pc_sbuf_done(&en), pc_sbuf_done(&zh));
	free(fs);
}

static void
run(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	tv t;
	int32_t *order;
	int32_t n = 0;

	memset(&t, 0, sizeof(t));
	t.c = c;
	t.fold = c->v->fold;
	collect(&t);
	if (t.nf >= 2) {
		find_explained(&t);
		mark_names(&t);
		each_item(&t, edges_of);
	}
	/* one finding per component, in order of where it is reported */
	order = pc_xreallocarray(NULL, (size_t)t.nf + 1, sizeof(*order));
	for (int32_t i = 0; i < t.nf; i++)
		if (t.f[i].edged && uf_find(&t, i) == i)
			order[n++] = i;
	for (int32_t i = 0; i < n; i++)
		report(&t, order[i], sev, out);
	free(order);
	free(t.f);
	free(t.o);
	free(t.ex);
	free(t.edge);
}

const pc_rule pc_rule_term_variant = {
	"term-variant", PC_SEV_WARNING, run,
	{ "one referent named by several forms",
	  "同一对象使用多种名称" },
	{ "Reports a referent (an item of the dictionaries: a name and its "
	  "aliases) that the draft names by two or more different forms, "
	  "once per referent, at the first occurrence of the second form. "
	  "The message lists every form with its count and first position, "
	  "the name the checked (higher-level) plans use and the name of the "
	  "draft's own plan. The draft's own plan decides which forms are one "
	  "referent; the aliases of a checked plan above the draft count "
	  "unless some plan keeps the two forms apart as two items; a plan at "
	  "the draft's own level (another district's) counts for nothing. "
	  "Silent: accepted aliases; a form that is one conjunct of a longer "
	  "form and an item's name in its own right (人工智能 beside "
	  "人工智能与应用); an abbreviation the text introduces "
	  "(\"A（以下简称B）\", \"A（B）\") or a category it names "
	  "(\"A等B\"); forms inside a quotation of another document. "
	  "Example: 立足超高清视频显示…… and later 二是超高清视频与显示 give "
	  "one warning naming both forms.",
	  "同一对象（词典中的一个条目：名称及其别名）在文中以两种以上不同"
	  "写法出现时报告，每个对象一条，位置为第二种写法首次出现处。消息"
	  "列出每种写法的次数和首次位置、上位规划的名称及本规划词典的名称。"
	  "哪些写法属于同一对象，以本规划词典为准；上位规划条目的别名也计入，"
	  "除非某一规划把两种写法列为各自独立的条目；与本稿同级的规划（如"
	  "其他区的规划）不计入。不报告：认可的别名（accepted）；作为较长"
	  "名称的一个并列成分且本身是条目名称的写法（“人工智能与应用”旁的"
	  "“人工智能”）；文中自行引入的简称（“A（以下简称B）”“A（B）”）或"
	  "类别（“A等B”）；他文引文中的写法。例：前文“立足超高清视频显示"
	  "……”，后文“二是超高清视频与显示”，报告一条，列出两种写法。" },
};
