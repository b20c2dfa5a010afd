/* Plan selection: recognise the draft's own plan from its title. */
#include "pc_select.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"

enum { TITLE_MAX = 200 };

static int
contains(const UChar *t, int32_t n, const UChar *w, int32_t wn)
{
	return wn > 0 && wn <= n && u_strFindFirst(t, n, w, wn) != NULL;
}

static int
contains_utf8(const UChar *t, int32_t n, const char *s)
{
	UChar w[64];
	int32_t wn = 0;
	UErrorCode ec = U_ZERO_ERROR;

	u_strFromUTF8(w, 64, &wn, s, -1, &ec);
	return U_SUCCESS(ec) && wn < 64 && contains(t, n, w, wn);
}

/* Chinese numeral for 1..99 as policy text writes it (十五, 二十一). */
static void
cn_number(int n, char *buf, size_t size)
{
	static const char *const d[] = { "", "一", "二", "三", "四", "五",
	    "六", "七", "八", "九" };

	if (n < 10)
		snprintf(buf, size, "%s", d[n]);
	else
		snprintf(buf, size, "%s十%s", n >= 20 ? d[n / 10] : "",
		    d[n % 10]);
}

/* Does the title name the five-year period starting in `start`? */
static int
names_period(const UChar *t, int32_t n, int start)
{
	char num[32], w[64];
	int ord;

	if (start < 1953)
		return 0;
	ord = (start - 1953) / 5 + 1;   /* 1953–1957 was the first */
	if (ord > 99)
		return 0;
	cn_number(ord, num, sizeof(num));
	snprintf(w, sizeof(w), "%s五", num);
	if (contains_utf8(t, n, w))
		return 1;
	snprintf(w, sizeof(w), "第%s个五年", num);
	if (contains_utf8(t, n, w))
		return 1;
	snprintf(w, sizeof(w), "%d", start);
	return contains_utf8(t, n, w);
}

static int
names_region(const pc_plan *p, const UChar *t, int32_t n)
{
	for (int32_t i = 0; i < p->nregion_names; i++)
		if (contains(t, n, p->region_names[i].u,
		    p->region_names[i].ulen))
			return 1;
	return p->region != NULL && contains_utf8(t, n, p->region);
}

const pc_plan *
pc_select_recognise(const pc_dictset *ds, const UChar *title, int32_t n)
{
	const pc_plan *best = NULL;

	for (int32_t i = 0; i < ds->nplans; i++) {
		const pc_plan *p = ds->plans[i];
		if (!names_period(title, n, p->start) ||
		    !names_region(p, title, n))
			continue;
		if (best == NULL || p->level > best->level)
			best = p;
	}
	return best;
}

static void
push(pc_selection *out, size_t *cap, const pc_plan *p)
{
	for (int32_t i = 0; i < out->n; i++)
		if (out->plans[i] == p)
			return;
	pc_grow(&out->plans, cap, (size_t)out->n + 1, sizeof(*out->plans));
	out->plans[out->n++] = p;
}

static int
level_cmp(const void *a, const void *b)
{
	const pc_plan *p = *(const pc_plan *const *)a;
	const pc_plan *q = *(const pc_plan *const *)b;

	if (p->level != q->level)
		return (int)p->level - (int)q->level;
	return strcmp(p->id, q->id);
}

void
pc_select(const pc_dictset *ds, const pc_view *v, const char *self_id,
    char *const *plan_ids, int32_t nplan_ids, pc_selection *out)
{
	size_t cap = 0;

	memset(out, 0, sizeof(*out));
	if (self_id != NULL) {
		out->self = pc_dictset_plan(ds, self_id);
	} else if (v->doc->npara > 0) {
		const pc_para *t = &v->doc->paras[0];
		int32_t n = t->end - t->start;
		out->self = pc_select_recognise(ds, v->fold + t->start,
		    n < TITLE_MAX ? n : TITLE_MAX);
	}
	if (nplan_ids > 0) {
		for (int32_t i = 0; i < nplan_ids; i++) {
			const pc_plan *p = pc_dictset_plan(ds, plan_ids[i]);
			if (p != NULL)
				push(out, &cap, p);
		}
	} else if (out->self != NULL) {
		for (const pc_plan *p = out->self->parent; p; p = p->parent)
			push(out, &cap, p);
	} else {
		for (int32_t i = 0; i < ds->nplans; i++)
			push(out, &cap, ds->plans[i]);
	}
	pc_qsort(out->plans, (size_t)out->n, sizeof(*out->plans), level_cmp);
}

void
pc_selection_free(pc_selection *sel)
{
	free(sel->plans);
	memset(sel, 0, sizeof(*sel));
}
