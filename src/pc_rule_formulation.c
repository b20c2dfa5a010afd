/* formulation: a fixed formulation (提法, an ordered list of parts stored
 * in the dictionaries) written as a near-match: the same parts in another
 * order, or one part changed or left out.
 *
 * Candidate lists are runs of items joined by 、, chains joined by a dash
 * (— or -), and runs of 化-words written without a separator
 * (高端化智能化绿色化). Inner items are taken as written; the first item is
 * the longest part the text before the first separator ends with, the last
 * the longest part the text after the last separator starts with (lists
 * sit inside clauses: "引导钟表等优势传统产业高端化、智能化、绿色化转型").
 *
 * A list that equals a formulation of any loaded plan (or an accepted
 * alias of one) is silent, so a district's own triad is not a misquote of
 * the national one. Near-matches are judged against the draft's own plan
 * and the checked plans above the draft. A change or a missing part is
 * reported only for formulations of four or more parts, or for a list in
 * quotation marks compared with a higher-level plan: with three parts, two
 * in common is too weak a sign (数字化、智能化、绿色化 is a formulation of
 * its own). A list closed by 等 may leave parts out. */
#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_rule.h"
#include "pc_text.h"

enum {
	MAX_ITEMS = 32,
	HUA = 0x5316,           /* 化 */
	DENG = 0x7B49,          /* 等 */
	DUN = 0x3001            /* 、 */
};

typedef struct span {
	int32_t s, e;
} span;

/* A formulation, folded. */
typedef struct fml {
	const pc_item *it;
	UChar **part;
	int32_t *plen;
	int32_t n;
	int rank;               /* preference: checked plans first, national
	                           first; the self plan last */
	int self;
	int near;               /* near-matches count (own or upper plan);
	                           else only an exact match silences */
	span **acc;             /* accepted aliases split into items, as spans
	                           into accs[k] */
	UChar **accs;
	int32_t *nacc;
	int32_t naccs;
} fml;

/* A list found in the text, before it is read against a formulation. */
typedef struct tlist {
	span seg[MAX_ITEMS];    /* segments; the first and last run to the
	                           clause edges */
	int32_t n;
	int chain;              /* joined by dashes */
	int nosep;              /* 化-words without separator: seg[0] ends
	                           at the first 化 */
	int quoted;
} tlist;

/* The list read against one formulation: up to one segment more than
 * the formulation has parts, and the last one may split at 和. */
typedef struct reading {
	span item[MAX_ITEMS + 2];
	int32_t part[MAX_ITEMS + 2];    /* part index, or -1 */
	int32_t n;
} reading;

typedef enum verdict {
	V_NONE,
	V_EXACT,
	V_ORDER,
	V_CHANGED,
	V_MISSING
} verdict;

typedef struct judged {
	verdict v;
	int order;              /* changed/missing and also reordered */
	int32_t changed_item;   /* item index written instead of a part */
	int32_t missing_part;   /* part index missing or replaced */
	int32_t common;
} judged;

typedef struct fctx {
	const pc_rule_ctx *c;
	const UChar *t;         /* folded text */
	fml *f;
	int32_t nf;
} fctx;

static UChar *
fold_str(const pc_str *s)
{
	UChar *u = pc_xreallocarray(NULL, (size_t)s->ulen + 1, sizeof(UChar));

	for (int32_t i = 0; i < s->ulen; i++)
		u[i] = pc_fold_unit(s->u[i]);
	u[s->ulen] = 0;
	return u;
}

static int
is_dash(UChar c)
{
	return c == 0x2014 || c == 0x2015 || c == 0x2013 || c == 0xFF0D ||
	    c == '-';
}

static int
is_boundary(const pc_view *v, int32_t i)
{
	UChar c = v->fold[i];

	if (v->flags[i] & PC_VF_MASK)
		return 1;
	return pc_is_clause_end(c) || c == '\n' || c == 0xFF1A || c == ':' ||
	    c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
	    c == 0x300A || c == 0x300B || c == 0xFF08 || c == 0xFF09 ||
	    c == '(' || c == ')' || c == 0x3010 || c == 0x3011 ||
	    c == 0x300C || c == 0x300D || c == 0x3002 || c == ' ' ||
	    c == 0x3000 || c == '\t';
}

/* Split an accepted alias into items: on 、 or dashes, else greedily
 * into the parts. */
static void
split_alias(fml *f, int32_t k)
{
	const UChar *a = f->accs[k];
	int32_t an = u_strlen(a), s = 0, n = 0;
	span *sp = pc_xcalloc(MAX_ITEMS, sizeof(*sp));

	for (int32_t i = 0; i <= an && n < MAX_ITEMS; i++)
		if (i == an || a[i] == DUN || is_dash(a[i])) {
			if (i > s) {
				sp[n].s = s;
				sp[n].e = i;
				n++;
			}
			s = i + 1;
		}
	if (n == 1) {
		/* no separator: greedy longest part at each point */
		int32_t at = 0;

		n = 0;
		while (at < an && n < MAX_ITEMS) {
			int32_t best = 0;
			for (int32_t p = 0; p < f->n; p++)
				if (f->plen[p] > best && at + f->plen[p] <= an &&
				    memcmp(a + at, f->part[p], (size_t)f->plen[p] *
				    sizeof(UChar)) == 0)
					best = f->plen[p];
			if (best == 0) {
				n = 0;
				break;
			}
			sp[n].s = at;
			sp[n].e = at + best;
			n++;
			at += best;
		}
	}
	f->acc[k] = sp;
	f->nacc[k] = n;
}

static void
add_plan(fctx *x, size_t *cap, const pc_plan *p, int rank, int self,
    int near)
{
	for (int32_t i = 0; i < p->nitems; i++) {
		const pc_item *it = &p->items[i];
		fml *f;

		if (it->nparts < 2 || it->group == NULL ||
		    it->group->kind == NULL ||
		    strcmp(it->group->kind, "formulation") != 0)
			continue;
		pc_grow(&x->f, cap, (size_t)x->nf + 1, sizeof(*x->f));
		f = &x->f[x->nf++];
		memset(f, 0, sizeof(*f));
		f->it = it;
		f->rank = rank;
		f->self = self;
		f->near = near;
		f->n = it->nparts < MAX_ITEMS ? it->nparts : MAX_ITEMS;
		f->part = pc_xcalloc((size_t)f->n, sizeof(*f->part));
		f->plen = pc_xcalloc((size_t)f->n, sizeof(*f->plen));
		for (int32_t k = 0; k < f->n; k++) {
			f->part[k] = fold_str(&it->parts[k]);
			f->plen[k] = it->parts[k].ulen;
		}
		for (int32_t k = 0; k < it->nterms; k++)
			if (it->kinds[k] == PC_ALIAS_ACCEPTED)
				f->naccs++;
		f->accs = pc_xcalloc((size_t)f->naccs + 1, sizeof(*f->accs));
		f->acc = pc_xcalloc((size_t)f->naccs + 1, sizeof(*f->acc));
		f->nacc = pc_xcalloc((size_t)f->naccs + 1, sizeof(*f->nacc));
		f->naccs = 0;
		for (int32_t k = 0; k < it->nterms; k++)
			if (it->kinds[k] == PC_ALIAS_ACCEPTED) {
				f->accs[f->naccs] = fold_str(&it->terms[k]);
				split_alias(f, f->naccs);
				f->naccs++;
			}
	}
}

/* The formulations of every loaded plan: an exact match with any of them
 * silences a list, since it is a formulation in its own right. Near-matches
 * are judged against the draft's own plan and the checked plans above the
 * draft (above district level when the draft belongs to no plan), national
 * first: another district's lists are that district's own. */
static void
load(fctx *x)
{
	const pc_selection *sel = x->c->sel;
	const pc_dictset *ds = x->c->ds;
	pc_level lv = sel->self != NULL ? sel->self->level : PC_LEVEL_DISTRICT;
	size_t cap = 0;

	for (int32_t p = 0; p < ds->nplans; p++) {
		const pc_plan *pl = ds->plans[p];
		int32_t rank = -1;

		for (int32_t i = 0; i < sel->n && rank < 0; i++)
			if (sel->plans[i] == pl)
				rank = i;
		if (pl == sel->self)
			add_plan(x, &cap, pl, sel->n, 1, 1);
		else
			add_plan(x, &cap, pl, rank < 0 ? sel->n + 1 : rank, 0,
			    rank >= 0 && pl->level < lv);
	}
}

static void
unload(fctx *x)
{
	for (int32_t i = 0; i < x->nf; i++) {
		fml *f = &x->f[i];
		for (int32_t k = 0; k < f->n; k++)
			free(f->part[k]);
		for (int32_t k = 0; k < f->naccs; k++) {
			free(f->accs[k]);
			free(f->acc[k]);
		}
		free(f->part);
		free(f->plen);
		free(f->accs);
		free(f->acc);
		free(f->nacc);
	}
	free(x->f);
}

static int
eq(const UChar *t, span s, const UChar *p, int32_t pn)
{
	return s.e - s.s == pn && memcmp(t + s.s, p,
	    (size_t)pn * sizeof(UChar)) == 0;
}

/* Longest part that text[s..e) ends with (end) or starts with (!end). */
static int32_t
edge_part(const fctx *x, const fml *f, span seg, int end)
{
	int32_t best = -1;

	for (int32_t p = 0; p < f->n; p++) {
		int32_t l = f->plen[p];
		if (l > seg.e - seg.s || (best >= 0 && l <= f->plen[best]))
			continue;
		if (memcmp(x->t + (end ? seg.e - l : seg.s), f->part[p],
		    (size_t)l * sizeof(UChar)) == 0)
			best = p;
	}
	return best;
}

static int32_t
part_of(const fctx *x, const fml *f, span s)
{
	for (int32_t p = 0; p < f->n; p++)
		if (eq(x->t, s, f->part[p], f->plen[p]))
			return p;
	return -1;
}

/* Length of a joiner 和 及 与 以及 at t[i..]. */
static int32_t
joiner(const UChar *t, int32_t i, int32_t e)
{
	if (i < e && (t[i] == 0x548C || t[i] == 0x53CA || t[i] == 0x4E0E))
		return 1;
	if (i + 1 < e && t[i] == 0x4EE5 && t[i + 1] == 0x53CA)
		return 2;
	return 0;
}

/* Read segments a..b of the list as items of f. */
static void
read_window(const fctx *x, const fml *f, const tlist *l, int32_t a,
    int32_t b, reading *r)
{
	r->n = 0;
	for (int32_t i = a; i <= b; i++) {
		span seg = l->seg[i], it = seg;
		int32_t p = -1;

		if (i == a) {
			p = edge_part(x, f, seg, 1);
			if (p >= 0)
				it.s = seg.e - f->plen[p];
		} else if (i == b && !(i == l->n - 1 && l->nosep)) {
			p = edge_part(x, f, seg, 0);
			if (p >= 0) {
				int32_t j;
				it.e = seg.s + f->plen[p];
				j = joiner(x->t, it.e, seg.e);
				if (j > 0) {
					span rest = { it.e + j, seg.e };
					int32_t q = edge_part(x, f, rest, 0);
					if (q >= 0) {
						r->item[r->n] = it;
						r->part[r->n++] = p;
						it.s = rest.s;
						it.e = rest.s + f->plen[q];
						p = q;
					}
				}
			}
		} else
			p = part_of(x, f, seg);
		r->item[r->n] = it;
		r->part[r->n++] = p;
	}
}

static int
exact_window(const fctx *x, const reading *r, UChar *const *items,
    const int32_t *lens, const span *sp, const UChar *base, int32_t n)
{
	if (r->n != n)
		return 0;
	for (int32_t k = 0; k < n; k++) {
		const UChar *p = items ? items[k] : base + sp[k].s;
		int32_t pl = items ? lens[k] : sp[k].e - sp[k].s;
		if (!eq(x->t, r->item[k], p, pl))
			return 0;
	}
	return 1;
}

static int
is_exact(const fctx *x, const fml *f, const reading *r)
{
	if (exact_window(x, r, f->part, f->plen, NULL, NULL, f->n))
		return 1;
	for (int32_t k = 0; k < f->naccs; k++)
		if (f->nacc[k] > 0 && exact_window(x, r, NULL, NULL, f->acc[k],
		    f->accs[k], f->nacc[k]))
			return 1;
	return 0;
}

static judged
judge(const fctx *x, const fml *f, const tlist *l, const reading *r)
{
	judged j = { V_NONE, 0, -1, -1, 0 };
	int used[MAX_ITEMS] = { 0 };
	int32_t prev = -1, nunk = 0;
	int open;
	/* a quotation quotes a higher-level plan, not the draft's own list */
	int quoted = l->quoted && !f->self;

	if (r->n != f->n && r->n != f->n - 1)
		return j;
	for (int32_t i = 0; i < r->n; i++) {
		int32_t p = r->part[i];
		if (p < 0 || used[p]) {
			j.changed_item = i;
			nunk++;
			continue;
		}
		used[p] = 1;
		j.common++;
		if (p < prev)
			j.order = 1;
		prev = p;
	}
	for (int32_t p = 0; p < f->n; p++)
		if (!used[p]) {
			j.missing_part = p;
			break;
		}
	open = r->item[r->n - 1].e < x->c->v->len &&
	    x->t[r->item[r->n - 1].e] == DENG;
	if (r->n == f->n && j.common == f->n && j.order)
		j.v = V_ORDER;
	else if (r->n == f->n && j.common == f->n - 1 && nunk == 1 &&
	    j.common >= 2 && (f->n >= 4 || quoted))
		j.v = V_CHANGED;
	else if (r->n == f->n - 1 && j.common == r->n && j.common >= 2 &&
	    (f->n >= 4 || quoted) && !open)
		j.v = V_MISSING;
	return j;
}

/* Shown text of item i when it was not read as a part: an edge segment
 * is cut to the length of the part it replaces. */
static span
shown(const reading *r, int32_t i, int32_t len)
{
	span s = r->item[i];

	if (len > 0 && s.e - s.s > len) {
		if (i == 0)
			s.s = s.e - len;
		else if (i == r->n - 1)
			s.e = s.s + len;
	}
	return s;
}

/* The text span a reading is reported on. */
static span
reading_span(const fml *f, const reading *r,
    const judged *j)
{
	int32_t mlen = j->missing_part >= 0 ? f->plen[j->missing_part] : 0;
	span first = j->changed_item == 0 ? shown(r, 0, mlen) : r->item[0];
	span last = j->changed_item == r->n - 1 ?
	    shown(r, r->n - 1, mlen) : r->item[r->n - 1];
	span s = { first.s, last.e };

	return s;
}

static void
report(const fctx *x, const fml *f, const reading *r, const judged *j,
    pc_severity sev, pc_findings *out)
{
	const pc_view *v = x->c->v;
	const char *name = f->it->terms[0].s, *plan = f->it->plan->id;
	int32_t mlen = j->missing_part >= 0 ? f->plen[j->missing_part] : 0;
	span at = reading_span(f, r, j);
	char *written = pc_view_utf8(v, at.s, at.e);
	char *en_what, *zh_what, *en_plan, *zh_plan;

	if (f->self) {
		en_plan = pc_xasprintf("the draft's own plan %s", plan);
		zh_plan = pc_xasprintf("本规划词典 %s", plan);
	} else {
		en_plan = pc_xstrdup(plan);
		zh_plan = pc_xstrdup(plan);
	}
	if (j->v == V_ORDER) {
		en_what = pc_xstrdup("in another order");
		zh_what = pc_xstrdup("顺序不同");
	} else if (j->v == V_CHANGED) {
		span s = shown(r, j->changed_item, mlen);
		char *w = pc_view_utf8(v, s.s, s.e);
		const char *m = f->it->parts[j->missing_part].s;
		en_what = pc_xasprintf("with “%s” instead of “%s”%s", w, m,
		    j->order ? " and in another order" : "");
		zh_what = pc_xasprintf("“%s”写成了“%s”%s", m, w,
		    j->order ? "，且顺序不同" : "");
		free(w);
	} else {
		const char *m = f->it->parts[j->missing_part].s;
		en_what = pc_xasprintf("without “%s”%s", m,
		    j->order ? " and in another order" : "");
		zh_what = pc_xasprintf("缺少“%s”%s", m,
		    j->order ? "，且顺序不同" : "");
	}
	pc_findings_add(out, pc_rule_formulation.id, sev, at.s, at.e,
	    pc_xasprintf("fixed formulation “%s” (%s) written %s: “%s”",
	    name, en_plan, en_what, written),
	    pc_xasprintf("固定提法“%s”（%s）%s，此处写作“%s”", name, zh_plan,
	    zh_what, written));
	free(written);
	free(en_what);
	free(zh_what);
	free(en_plan);
	free(zh_plan);
}

/* A near-match found in a list, before overlaps are resolved. */
typedef struct cand {
	const fml *f;
	reading r;
	judged j;
	span at;
} cand;

typedef struct cands {
	cand *c;
	int32_t n;
	size_t cap;
	span *exact;
	int32_t nexact;
	size_t ecap;
} cands;

static int
overlaps(span a, span b)
{
	return a.s < b.e && b.s < a.e;
}

/* Where may a list of f's parts start and end inside this list? At its
 * edges, and in a segment that holds more than a part: one list ends and
 * the next begins there ("内衣三大产业智能化、高端化、品牌化"). */
static void
read_against(const fctx *x, const fml *f, const tlist *l, cands *cs)
{
	int starts[MAX_ITEMS], ends[MAX_ITEMS];
	reading r;

	for (int32_t k = 0; k < l->n; k++) {
		int exact = part_of(x, f, l->seg[k]) >= 0;
		starts[k] = k == 0 || (!exact &&
		    edge_part(x, f, l->seg[k], 1) >= 0);
		ends[k] = k == l->n - 1 || (!exact &&
		    edge_part(x, f, l->seg[k], 0) >= 0);
	}
	for (int32_t a = 0; a < l->n; a++)
		for (int32_t b = a + 1; b < l->n && b - a <= f->n; b++) {
			int natural = starts[a] && ends[b];
			judged j;

			for (int32_t k = a + 1; k < b && natural; k++)
				natural = !starts[k] && !ends[k];
			read_window(x, f, l, a, b, &r);
			if (is_exact(x, f, &r)) {
				pc_grow(&cs->exact, &cs->ecap,
				    (size_t)cs->nexact + 1, sizeof(span));
				cs->exact[cs->nexact].s = r.item[0].s;
				cs->exact[cs->nexact].e = r.item[r.n - 1].e;
				cs->nexact++;
				continue;
			}
			if (!natural || !f->near)
				continue;
			j = judge(x, f, l, &r);
			if (j.v == V_NONE)
				continue;
			pc_grow(&cs->c, &cs->cap, (size_t)cs->n + 1,
			    sizeof(*cs->c));
			cs->c[cs->n].f = f;
			cs->c[cs->n].r = r;
			cs->c[cs->n].j = j;
			cs->c[cs->n].at = reading_span(f, &r, &j);
			cs->n++;
		}
}

/* Report the near-matches no exact match overlaps, the preferred one
 * where several overlap: checked plans first, then more parts in
 * common. */
static void
check_list(const fctx *x, const tlist *l, pc_severity sev, pc_findings *out)
{
	cands cs;

	memset(&cs, 0, sizeof(cs));
	for (int32_t i = 0; i < x->nf; i++)
		read_against(x, &x->f[i], l, &cs);
	for (;;) {
		int32_t best = -1;

		for (int32_t i = 0; i < cs.n; i++) {
			const cand *c = &cs.c[i];
			int32_t k;

			if (c->f == NULL)
				continue;
			for (k = 0; k < cs.nexact &&
			    !overlaps(c->at, cs.exact[k]); k++)
				;
			if (k < cs.nexact) {
				cs.c[i].f = NULL;
				continue;
			}
			if (best < 0 || c->f->rank < cs.c[best].f->rank ||
			    (c->f->rank == cs.c[best].f->rank &&
			    c->j.common > cs.c[best].j.common))
				best = i;
		}
		if (best < 0)
			break;
		report(x, cs.c[best].f, &cs.c[best].r, &cs.c[best].j, sev, out);
		for (int32_t i = 0; i < cs.n; i++)
			if (i != best && cs.c[i].f != NULL &&
			    overlaps(cs.c[i].at, cs.c[best].at))
				cs.c[i].f = NULL;
		cs.c[best].f = NULL;
	}
	free(cs.c);
	free(cs.exact);
}

/* A list of at least two parts of some formulation? Cheap filter before
 * reading the list against every formulation. */
static int
worth_reading(const fctx *x, const tlist *l)
{
	int32_t hits = 0;

	for (int32_t i = 0; i < l->n && hits < 2; i++) {
		int found = 0;
		for (int32_t k = 0; k < x->nf && !found; k++) {
			const fml *f = &x->f[k];
			if (i == 0 || i == l->n - 1)
				found = edge_part(x, f, l->seg[i], i == 0) >= 0 ||
				    part_of(x, f, l->seg[i]) >= 0;
			else
				found = part_of(x, f, l->seg[i]) >= 0;
		}
		hits += found;
	}
	return hits >= 2;
}

static void
emit(const fctx *x, tlist *l, int32_t cs, int32_t ce, pc_severity sev,
    pc_findings *out)
{
	const UChar *t = x->t;

	if (l->n < 2)
		return;
	l->quoted = cs > 0 && ce < x->c->v->len &&
	    ((t[cs - 1] == 0x201C && t[ce] == 0x201D) ||
	    (t[cs - 1] == 0x300C && t[ce] == 0x300D));
	if (worth_reading(x, l))
		check_list(x, l, sev, out);
}

/* Separator-joined lists: 、 where the clause has one, else dashes (a
 * run of —, or an ASCII - between Han characters, not between digits). */
static int
sep_list(const fctx *x, int32_t cs, int32_t ce, tlist *l)
{
	const UChar *t = x->t;
	int dun = 0;
	int32_t s = cs, i = cs;

	memset(l, 0, sizeof(*l));
	for (int32_t k = cs; k < ce; k++)
		if (t[k] == DUN)
			dun = 1;
	while (i < ce && l->n < MAX_ITEMS - 1) {
		int32_t k = i;

		if (dun) {
			if (t[i] == DUN)
				k = i + 1;
		} else if (i > cs && is_dash(t[i])) {
			int ascii = 1;

			while (k < ce && is_dash(t[k]))
				ascii &= t[k++] == '-';
			if (k >= ce || (ascii ? !pc_is_han(t[i - 1]) ||
			    !pc_is_han(t[k]) : (t[i - 1] >= '0' &&
			    t[i - 1] <= '9') || (t[k] >= '0' && t[k] <= '9')))
				k = i;
			else
				l->chain = 1;
		}
		if (k == i) {
			i++;
			continue;
		}
		if (i > s) {
			l->seg[l->n].s = s;
			l->seg[l->n].e = i;
			l->n++;
		}
		s = i = k;
	}
	if (ce > s) {
		l->seg[l->n].s = s;
		l->seg[l->n].e = ce;
		l->n++;
	}
	return l->n >= 2 && (dun || l->chain);
}

static void
hua_flush(const fctx *x, tlist *l, pc_severity sev, pc_findings *out)
{
	if (l->n >= 2) {
		l->nosep = 1;
		emit(x, l, l->seg[0].s, l->seg[l->n - 1].e, sev, out);
	}
	memset(l, 0, sizeof(*l));
}

/* Runs of 化-words written together: a 化 every two to six Han
 * characters. The first word starts where the Han run starts; it is cut
 * to a part when read. */
static void
hua_lists(const fctx *x, int32_t cs, int32_t ce, pc_severity sev,
    pc_findings *out)
{
	const UChar *t = x->t;
	int32_t run = cs, prev = -1;
	tlist l;

	memset(&l, 0, sizeof(l));
	for (int32_t i = cs; i <= ce; i++) {
		if (i == ce || !pc_is_han(t[i])) {
			hua_flush(x, &l, sev, out);
			run = i + 1;
			prev = -1;
			continue;
		}
		if (t[i] != HUA)
			continue;
		if (prev >= 0 && i - prev >= 2 && i - prev <= 6 &&
		    l.n < MAX_ITEMS) {
			l.seg[l.n].s = prev + 1;
		} else {
			hua_flush(x, &l, sev, out);
			l.seg[0].s = prev >= 0 ? prev + 1 : run;
		}
		l.seg[l.n].e = i + 1;
		l.n++;
		prev = i;
	}
}

static void
run(const pc_rule_ctx *c, pc_severity sev, pc_findings *out)
{
	fctx x;
	const pc_view *v = c->v;

	memset(&x, 0, sizeof(x));
	x.c = c;
	x.t = v->fold;
	load(&x);
	if (x.nf == 0) {
		unload(&x);
		return;
	}
	for (int32_t p = 0; p < v->doc->npara; p++) {
		int32_t ps = v->doc->paras[p].start, pe = v->doc->paras[p].end;

		for (int32_t cs = ps; cs < pe; ) {
			int32_t ce = cs;
			tlist l;

			while (ce < pe && !is_boundary(v, ce))
				ce++;
			if (ce > cs) {
				if (sep_list(&x, cs, ce, &l))
					emit(&x, &l, cs, ce, sev, out);
				else
					hua_lists(&x, cs, ce, sev, out);
			}
			cs = ce + 1;
		}
	}
	unload(&x);
}

const pc_rule pc_rule_formulation = {
	"formulation", PC_SEV_WARNING, run,
	{ "a fixed formulation written in another order or with a part "
	  "changed or missing",
	  "固定提法顺序颠倒或个别表述改动、缺失" },
	{ "Compares lists in the text (items joined by 、, chains joined by "
	  "a dash, 化-words written together) with the fixed formulations "
	  "(提法) of the checked plans above the draft and of the draft's own "
	  "plan, stored in the dictionaries as ordered parts. Reports a list "
	  "with the same parts in another order; and, for formulations of "
	  "four or more parts, or a list in quotation marks compared with a "
	  "higher-level plan, a list with one part changed or missing. "
	  "Silent: a list that equals a formulation of any plan in the "
	  "dictionaries, or an accepted alias (高端化智能化绿色化); a list "
	  "closed by 等 that "
	  "leaves parts out; another district's lists. Example: "
	  "坚持绿色化、智能化、融合化方向 is reported against the national "
	  "智能化、绿色化、融合化.",
	  "将文中的并列项（以顿号连接、以破折号连接的链条、连写的“×化”）"
	  "与词典中上位规划及本规划的固定提法（有序各项）比较。各项相同而"
	  "顺序不同即报告；四项及以上的提法、或加引号并对照上位规划的并列"
	  "项，改动或缺少一项也报告。不报告：与任一规划的提法完全一致（含"
	  "认可的写法，如“高端化智能化绿色化”）；以“等”收尾而省略部分项；"
	  "其他区规划的并列项。例：“坚持绿色化、智能化、融合化方向”对照国家"
	  "提法“智能化、绿色化、融合化”报告。" },
};
