/* Draft-only content: the industries and tasks a draft enumerates that no
 * checked plan names (see pc_draftonly.h).
 *
 * Three sources of enumerated items, all inside sections of kind tasks:
 * the lists of counts whose noun is an industry or a task ("三大产业",
 * "八大新兴产业", "五大重点任务"; not 领域, 方向, 要素: those split one
 * industry further), as pc_list finds them; the sub-headings of a heading
 * that names industries or tasks ("三、重点任务" over （一）…（四）); and
 * 一是…二是… runs that no count declares, under such a heading. A
 * sub-heading with such items below it is their group, not an item; a
 * count of places (特色产业片区) counts no industries. Ordinal and heading
 * items are cut to their first clause: "推动产业创新提质，…" is the task
 * "推动产业创新提质". */
#include "pc_draftonly.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/utf16.h>

#include "pc_alloc.h"
#include "pc_list.h"
#include "pc_numeral.h"
#include "pc_text.h"

#define ITEM_MAX 40             /* characters of an item kept */

typedef struct acc {
	pc_draftonly *out;
	size_t cap;
} acc;

/* Words that make a counted noun or a heading title one of industries or
 * tasks: 产业 集群 任务 工程 行动 赛道 业态. */
static const UChar kind_words[][2] = {
	{ 0x4EA7, 0x4E1A }, { 0x96C6, 0x7FA4 }, { 0x4EFB, 0x52A1 },
	{ 0x5DE5, 0x7A0B }, { 0x884C, 0x52A8 }, { 0x8D5B, 0x9053 },
	{ 0x4E1A, 0x6001 },
};

static int
has_kind_word(const UChar *s, int32_t n)
{
	for (size_t i = 0; i < sizeof(kind_words) / sizeof(kind_words[0]);
	    i++)
		if (pc_find(s, n, kind_words[i], 2) >= 0)
			return 1;
	return 0;
}

/* The counted noun names industries or tasks: it ends in such a word
 * ("新兴产业", not "特色产业片区", which counts places). */
static int
kind_noun(const pc_view *v, int32_t s, int32_t e)
{
	return e - s >= 2 && has_kind_word(v->fold + e - 2, 2);
}

static int
kind_heading(const pc_view *v, const pc_heading *h)
{
	return h->title_end > h->title_start &&
	    has_kind_word(v->fold + h->title_start,
	    h->title_end - h->title_start);
}

/* Some heading on the path to h names industries or tasks. */
static int
under_kind_heading(const pc_view *v, const pc_outline *o, int32_t h)
{
	for (int32_t depth = 0; h >= 0 && depth < 64;
	    h = o->h[h].parent, depth++)
		if (kind_heading(v, &o->h[h]))
			return 1;
	return 0;
}

static int
in_tasks(const pc_outline *o, int32_t off)
{
	int32_t h = pc_outline_at(o, off);

	return h >= 0 && o->h[h].kind == PC_SK_TASKS;
}

/* Cut [s, e) to its first clause, without blanks around it and at most
 * ITEM_MAX characters. */
static void
first_clause(const pc_view *v, int32_t *s, int32_t *e)
{
	int32_t a = *s, b = *s, n = 0;

	while (a < *e && pc_is_blank(v->text[a]))
		a++;
	b = a;
	while (b < *e && !pc_is_clause_end(v->text[b]) &&
	    v->text[b] != 0xFF1A && v->text[b] != ':' && v->text[b] != '\n') {
		if (!U16_IS_TRAIL(v->text[b]) && ++n > ITEM_MAX)
			break;
		b++;
	}
	while (b > a && pc_is_blank(v->text[b - 1]))
		b--;
	*s = a;
	*e = b;
}

/* The heading an item lies under; a heading's own title is under its
 * parent. */
static int32_t
heading_of(const pc_outline *o, int32_t off)
{
	int32_t h = pc_outline_at(o, off);

	if (h >= 0 && off >= o->h[h].start && off < o->h[h].title_end)
		h = o->h[h].parent;
	return h;
}

static void
add(acc *a, const pc_outline *o, int32_t s, int32_t e)
{
	pc_dspan *d;

	if (e <= s)
		return;
	pc_grow(&a->out->d, &a->cap, (size_t)a->out->n + 1,
	    sizeof(*a->out->d));
	d = &a->out->d[a->out->n++];
	d->start = s;
	d->end = e;
	d->heading = heading_of(o, s);
}

static void
from_counts(acc *a, const pc_view *v, const pc_outline *o,
    const pc_counts *cs)
{
	for (int32_t i = 0; i < cs->n; i++) {
		const pc_count *c = &cs->c[i];

		if (c->form == PC_LIST_NONE || c->form == PC_LIST_SUM ||
		    !in_tasks(o, c->start) ||
		    !kind_noun(v, c->noun_start, c->noun_end))
			continue;
		for (int32_t k = 0; k < c->nitems; k++) {
			int32_t s = c->items[k].start, e = c->items[k].end;

			if (c->form == PC_LIST_ORDINAL ||
			    c->form == PC_LIST_HEADINGS)
				first_clause(v, &s, &e);
			add(a, o, s, e);
		}
	}
}

static int
span_cmp(const void *a, const void *b)
{
	const pc_dspan *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : x->end < y->end;
}

/* An item of d[0..n) (sorted by start) lies in [s, e). */
static int
holds_item(const pc_dspan *d, int32_t n, int32_t s, int32_t e)
{
	int32_t lo = 0, hi = n;

	while (lo < hi) {
		int32_t mid = lo + (hi - lo) / 2;

		if (d[mid].start < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && d[lo].start < e;
}

/* The lists of the counts, sorted by start, with the greatest end of
 * each prefix: an offset is inside some list if the lists starting at or
 * before it reach past it. */
typedef struct lists {
	pc_dspan *l;
	int32_t n;
	int32_t *reach;
} lists;

static void
lists_init(lists *ls, const pc_counts *cs)
{
	ls->l = pc_xreallocarray(NULL, (size_t)cs->n + 1, sizeof(*ls->l));
	ls->reach = pc_xreallocarray(NULL, (size_t)cs->n + 1,
	    sizeof(*ls->reach));
	ls->n = 0;
	for (int32_t i = 0; i < cs->n; i++)
		if (cs->c[i].form != PC_LIST_NONE) {
			ls->l[ls->n].start = cs->c[i].list_start;
			ls->l[ls->n++].end = cs->c[i].list_end;
		}
	pc_qsort(ls->l, (size_t)ls->n, sizeof(*ls->l), span_cmp);
	for (int32_t i = 0; i < ls->n; i++)
		ls->reach[i] = i > 0 && ls->reach[i - 1] > ls->l[i].end ?
		    ls->reach[i - 1] : ls->l[i].end;
}

/* Inside the list of some count. */
static int
in_counted_list(const lists *ls, int32_t off)
{
	int32_t lo = 0, hi = ls->n;

	while (lo < hi) {       /* first list starting after off */
		int32_t mid = lo + (hi - lo) / 2;

		if (ls->l[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && ls->reach[lo - 1] > off;
}

static void
from_headings(acc *a, const pc_view *v, const pc_outline *o,
    const lists *ls)
{
	int32_t nitems;

	/* the items found so far, in order; the headings' own items go
	 * after them and lie before every later heading's body, so the
	 * search needs only these */
	pc_qsort(a->out->d, (size_t)a->out->n, sizeof(*a->out->d), span_cmp);
	nitems = a->out->n;
	for (int32_t k = 0; k < o->n; k++) {
		const pc_heading *h = &o->h[k];
		int32_t p = h->parent, s, e;

		if (p < 0 || o->h[p].own_kind != PC_SK_TASKS ||
		    !kind_heading(v, &o->h[p]) || h->kind != PC_SK_TASKS)
			continue;
		/* a heading over enumerated items is a group of them, not an
		 * item ("第一节推动八大新兴产业发展壮大") */
		if (holds_item(a->out->d, nitems, h->title_end, h->end) ||
		    in_counted_list(ls, h->start))
			continue;
		s = h->title_start;
		e = h->title_end;
		first_clause(v, &s, &e);
		add(a, o, s, e);
	}
}

/* "N是" with N a Chinese numeral at off, at the start of a paragraph or
 * after a clause break or colon; its value, or 0. */
static int32_t
ordinal_at(const pc_view *v, int32_t off, int32_t para_start, int32_t *end)
{
	int32_t val = 0, k;
	UChar prev;

	if (!pc_numeral_is_cn(v->fold[off]))
		return 0;
	prev = off > para_start ? v->fold[off - 1] : 0;
	if (prev != 0 && !pc_is_clause_end(prev) && prev != 0xFF1A &&
	    prev != ':' && !pc_is_blank(prev))
		return 0;
	k = pc_numeral_parse(v->fold + off, v->len - off, &val);
	if (k == 0 || val < 1 || off + k >= v->len || v->fold[off + k] !=
	    0x662F /* 是 */)
		return 0;
	*end = off + k + 1;
	return val;
}

static void
from_ordinals(acc *a, const pc_view *v, const pc_outline *o,
    const lists *ls)
{
	const pc_doc *doc = v->doc;

	for (int32_t p = 0; p < doc->npara; p++) {
		int32_t ps = doc->paras[p].start, pe = doc->paras[p].end;
		int32_t marks[64], ends[64], n = 0;

		if (!in_tasks(o, ps) ||
		    !under_kind_heading(v, o, pc_outline_at(o, ps)))
			continue;
		for (int32_t i = ps; i < pe && n < 64; i++) {
			int32_t e, val = ordinal_at(v, i, ps, &e);

			if (val != n + 1 || in_counted_list(ls, i))
				continue;
			marks[n] = i;
			ends[n++] = e;
			i = e - 1;
		}
		/* one 一是 alone is no sequence */
		for (int32_t k = 0; n >= 2 && k < n; k++) {
			int32_t s = ends[k], e = k + 1 < n ? marks[k + 1] : pe;

			first_clause(v, &s, &e);
			add(a, o, s, e);
		}
	}
}

/* A hit of a checked plan lies inside the span or covers it. */
static int
named(const pc_matches *mt, const pc_selection *sel, const pc_dspan *d)
{
	/* hits are sorted by start; one that covers d starts at most a
	 * term's length before it */
	for (int32_t i = pc_matches_from(mt, d->start - 256); i < mt->n; i++) {
		const pc_hit *h = &mt->hits[i];
		int checked = 0;

		if (h->start >= d->end)
			break;
		if (!((h->start >= d->start && h->end <= d->end) ||
		    (h->start <= d->start && h->end >= d->end)))
			continue;
		for (int32_t k = 0; k < sel->n && !checked; k++)
			checked = h->item->plan == sel->plans[k];
		if (checked)
			return 1;
	}
	return 0;
}

void
pc_draftonly_find(const pc_counts *cs, const pc_view *v,
    const pc_outline *o, const pc_matches *mt, const pc_selection *sel,
    pc_draftonly *out)
{
	acc a;
	lists ls;
	int32_t w = 0, last_end = -1;

	memset(out, 0, sizeof(*out));
	a.out = out;
	a.cap = 0;
	lists_init(&ls, cs);
	from_counts(&a, v, o, cs);
	from_ordinals(&a, v, o, &ls);
	from_headings(&a, v, o, &ls);
	free(ls.l);
	free(ls.reach);

	/* one entry per place: lists restated or found twice overlap */
	pc_qsort(out->d, (size_t)out->n, sizeof(*out->d), span_cmp);
	for (int32_t i = 0; i < out->n; i++) {
		if (out->d[i].start < last_end)
			continue;
		last_end = out->d[i].end;
		if (!named(mt, sel, &out->d[i]))
			out->d[w++] = out->d[i];
	}
	out->n = w;
}

void
pc_draftonly_free(pc_draftonly *d)
{
	free(d->d);
	d->d = NULL;
	d->n = 0;
}
