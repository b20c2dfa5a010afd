/* Changes between two results of the same draft (see pc_compare.h).
 *
 * Items are matched by plan id and item id, so the two results may come
 * from different loads of the dictionaries; plans checked in only one of
 * them are left out (every item of such a plan would otherwise "change").
 * Findings are matched as multisets by rule, English message and text;
 * positions written inside a message ("first at 26:385") are masked before
 * comparing, since an edit above them moves them without changing the
 * finding. */
#include "pc_compare.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"

static const pc_rplan *
find_plan(const pc_rfile *rf, const pc_plan *p)
{
	for (int32_t i = 0; i < rf->nplans; i++)
		if (rf->plans[i].plan == p ||
		    strcmp(rf->plans[i].plan->id, p->id) == 0)
			return &rf->plans[i];
	return NULL;
}

static const pc_ritem *
find_item(const pc_rplan *rp, const pc_item *it)
{
	for (int32_t i = 0; i < rp->nitems; i++)
		if (rp->items[i].item == it ||
		    strcmp(rp->items[i].item->id, it->id) == 0)
			return &rp->items[i];
	return NULL;
}

/* The message with every "digits:digits" replaced by "#:#". */
static char *
mask_positions(const char *s)
{
	char *r = pc_xmalloc(strlen(s) + 1), *w = r;

	while (*s != '\0') {
		const char *p = s;

		while (*p >= '0' && *p <= '9')
			p++;
		if (p > s && *p == ':' && p[1] >= '0' && p[1] <= '9') {
			p++;
			while (*p >= '0' && *p <= '9')
				p++;
			memcpy(w, "#:#", 3);
			w += 3;
			s = p;
		} else if (p > s) {
			memcpy(w, s, (size_t)(p - s));
			w += p - s;
			s = p;
		} else {
			*w++ = *s++;
		}
	}
	*w = '\0';
	return r;
}

typedef struct key {
	const pc_rfinding *f;
	char *msg;               /* masked English message */
	int used;
} key;

static int
key_cmp(const void *a, const void *b)
{
	const key *x = a, *y = b;
	int c;

	if ((c = strcmp(x->f->rule, y->f->rule)) != 0)
		return c;
	if ((c = strcmp(x->msg, y->msg)) != 0)
		return c;
	return strcmp(x->f->text, y->f->text);
}

/* Equal keys stay in position order, so duplicates pair first with
 * first. */
static int
key_sort_cmp(const void *a, const void *b)
{
	const key *x = a, *y = b;
	int c = key_cmp(a, b);

	if (c != 0)
		return c;
	return x->f < y->f ? -1 : x->f > y->f;
}

static key *
keys_of(const pc_rfile *rf)
{
	key *k = pc_xcalloc((size_t)rf->nfindings + 1, sizeof(*k));

	for (int32_t i = 0; i < rf->nfindings; i++) {
		k[i].f = &rf->findings[i];
		k[i].msg = mask_positions(rf->findings[i].msg[PC_LANG_EN]);
	}
	pc_qsort(k, (size_t)rf->nfindings, sizeof(*k), key_sort_cmp);
	return k;
}

static void
keys_free(key *k, int32_t n)
{
	for (int32_t i = 0; i < n; i++)
		free(k[i].msg);
	free(k);
}

/* Pair equal keys of a and b (both sorted); mark the paired ones used. */
static void
pair(key *a, int32_t na, key *b, int32_t nb)
{
	int32_t i = 0, j = 0;

	while (i < na && j < nb) {
		int c = key_cmp(&a[i], &b[j]);

		if (c == 0) {
			a[i++].used = 1;
			b[j++].used = 1;
		} else if (c < 0) {
			i++;
		} else {
			j++;
		}
	}
}

static int
finding_pos_cmp(const void *a, const void *b)
{
	const pc_rfinding *x = *(const pc_rfinding *const *)a;
	const pc_rfinding *y = *(const pc_rfinding *const *)b;

	/* findings sit in one array per result: its order is position order */
	return x < y ? -1 : x > y;
}

static void
unpaired(const key *k, int32_t n, const pc_rfinding ***out, int32_t *nout)
{
	*out = pc_xcalloc((size_t)n + 1, sizeof(**out));
	*nout = 0;
	for (int32_t i = 0; i < n; i++)
		if (!k[i].used)
			(*out)[(*nout)++] = k[i].f;
	pc_qsort(*out, (size_t)*nout, sizeof(**out), finding_pos_cmp);
}

void
pc_compare(const pc_rfile *old, const pc_rfile *cur, pc_changes *out)
{
	size_t cap = 0;
	key *ko, *kc;

	memset(out, 0, sizeof(*out));
	for (int32_t p = 0; p < cur->nplans; p++) {
		const pc_rplan *rc = &cur->plans[p];
		const pc_rplan *ro = find_plan(old, rc->plan);

		if (ro == NULL)
			continue;
		for (int32_t i = 0; i < rc->nitems; i++) {
			const pc_ritem *ic = &rc->items[i];
			const pc_ritem *io = find_item(ro, ic->item);
			int os = io != NULL ? io->strength : 0;
			pc_item_change *ch;

			if (os == ic->strength)
				continue;
			pc_grow(&out->items, &cap, (size_t)out->nitems + 1,
			    sizeof(*out->items));
			ch = &out->items[out->nitems++];
			ch->plan = rc->plan;
			ch->item = ic->item;
			ch->old_strength = os;
			ch->new_strength = ic->strength;
		}
	}
	ko = keys_of(old);
	kc = keys_of(cur);
	pair(ko, old->nfindings, kc, cur->nfindings);
	unpaired(ko, old->nfindings, &out->fixed, &out->nfixed);
	unpaired(kc, cur->nfindings, &out->introduced, &out->nintroduced);
	keys_free(ko, old->nfindings);
	keys_free(kc, cur->nfindings);
}

void
pc_changes_free(pc_changes *c)
{
	free(c->items);
	free(c->fixed);
	free(c->introduced);
	memset(c, 0, sizeof(*c));
}
