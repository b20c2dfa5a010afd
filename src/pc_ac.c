/* Aho–Corasick automaton over UTF-16 code units.
 *
 * Layout, chosen for CJK text: code units that occur in some pattern get a
 * dense symbol 1..A (all others are 0 and send the scan back to the root,
 * since no pattern can span them).  U+0000 never gets a symbol, so that A
 * fits 16 bits: the source stage rejects NUL, and a pattern holding one is
 * counted but never matches.  The trie lives in a double array: the
 * child of state s by symbol c is slot base[s] + c if check of that slot is
 * s.  Each slot also holds the failure link and the head of its output
 * chain, so one transition touches one 16-byte slot.  A complete DFA table
 * would be states × A × 4 bytes: some 10^4 × 3·10^3 × 4 = 120 MB for a
 * dictionary of a few thousand Chinese terms, far too big.
 *
 * Construction: patterns are sorted, the trie is built from the sorted list
 * (so a node's new child is always its last), then placed breadth first,
 * which also computes failure links and output chains.  No recursion. */
#include "pc_ac.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"

#define FREE_SLOT (-1)
/* Nodes with this many children are placed from where the last such node
 * went, not from the dense front: searching the front for a base that fits
 * a wide spread of symbols made construction quadratic (100 000 patterns
 * over 5 000 symbols: 4.5 s instead of 80 ms). */
#define WIDE_MIN 4

struct slot {
	int32_t base;   /* children at base + symbol */
	int32_t check;  /* owning state, FREE_SLOT if unused */
	int32_t fail;
	int32_t out;    /* first output record to report, or -1 */
};

/* Patterns ending in one state: ids[first .. first + n), each of length
 * len; then the records of the longest proper suffix state with output. */
struct outrec {
	int32_t first;
	int32_t n;
	int32_t len;
	int32_t next;
};

struct pat {
	int32_t off;    /* into units */
	int32_t len;
	int32_t id;
	int32_t seq;    /* insertion order, keeps duplicates' ids in order */
};

struct pc_ac {
	/* Collected by pc_ac_add. */
	UChar *units;
	size_t nunits, capunits;
	struct pat *pats;
	size_t npats, cappats;
	int32_t nadded;
	int built;

	/* Built. */
	uint16_t *sym;          /* code unit -> symbol, 0 if in no pattern */
	int32_t nsym;
	struct slot *slots;
	int32_t nslots;
	struct outrec *outs;
	int32_t *ids;
};

/* Construction-time trie. */
struct tnode {
	int32_t first_child;
	int32_t last_child;
	int32_t next_sibling;
	int32_t sym;
	int32_t depth;
	int32_t pfirst;         /* sorted pattern range ending here */
	int32_t pn;
};

pc_ac *
pc_ac_new(void)
{
	return pc_xcalloc(1, sizeof(pc_ac));
}

void
pc_ac_add(pc_ac *ac, const UChar *p, int32_t n, int32_t id)
{
	struct pat *pt;

	assert(!ac->built);
	assert(n > 0);
	ac->nadded++;
	if (n <= 0 || u_memchr(p, 0, n) != NULL)
		return;
	pc_grow(&ac->units, &ac->capunits, ac->nunits + (size_t)n,
	    sizeof(UChar));
	memcpy(ac->units + ac->nunits, p, (size_t)n * sizeof(UChar));
	pc_grow(&ac->pats, &ac->cappats, ac->npats + 1, sizeof(struct pat));
	pt = &ac->pats[ac->npats];
	pt->off = (int32_t)ac->nunits;
	pt->len = n;
	pt->id = id;
	pt->seq = (int32_t)ac->npats;
	ac->nunits += (size_t)n;
	ac->npats++;
}

int32_t
pc_ac_count(const pc_ac *ac)
{
	return ac->nadded;
}

/* qsort has no context argument; the unit buffer is passed through this. */
static const UChar *sort_units;

static int
pat_cmp(const void *a, const void *b)
{
	const struct pat *x = a, *y = b;
	const UChar *s = sort_units + x->off, *t = sort_units + y->off;
	int32_t i, n = x->len < y->len ? x->len : y->len;

	for (i = 0; i < n; i++)
		if (s[i] != t[i])
			return s[i] < t[i] ? -1 : 1;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Double-array slot allocation. */
struct placer {
	struct slot *slots;
	int32_t n;              /* slots in use so far (high-water mark) */
	size_t cap;
	int32_t next_check;     /* first position worth trying */
	int32_t wide_check;     /* where the last wide node went */
};

static void
placer_reserve(struct placer *pl, int32_t need)
{
	size_t old = pl->cap, i;

	if ((size_t)need <= pl->cap)
		return;
	pc_grow(&pl->slots, &pl->cap, (size_t)need, sizeof(struct slot));
	for (i = old; i < pl->cap; i++) {
		pl->slots[i].base = 0;
		pl->slots[i].check = FREE_SLOT;
		pl->slots[i].fail = 0;
		pl->slots[i].out = -1;
	}
}

/* Find a base for the sorted symbols c[0..k) so that every base + c[i] is
 * free.  Like darts, start from a position before which the array is
 * nearly full, so placement stays roughly linear. */
static int32_t
placer_find(struct placer *pl, const int32_t *c, int32_t k)
{
	int32_t pos, base, i, busy = 0;
	int wide = k >= WIDE_MIN;

	pos = pl->next_check;
	if (wide && pl->wide_check > pos)
		pos = pl->wide_check;
	if (pos < c[0])
		pos = c[0];
	for (;; pos++) {
		placer_reserve(pl, pos + c[k - 1] - c[0] + 1);
		if (pl->slots[pos].check != FREE_SLOT) {
			busy++;
			continue;
		}
		base = pos - c[0];
		for (i = 1; i < k; i++)
			if (pl->slots[base + c[i]].check != FREE_SLOT)
				break;
		if (i == k)
			break;
	}
	if (wide)
		pl->wide_check = pos;
	else if (busy * 20 >= (pos - pl->next_check + 1) * 19)
		pl->next_check = pos;
	return base;
}

void
pc_ac_build(pc_ac *ac)
{
	struct tnode *tn = NULL;
	size_t ntn = 0, captn = 0, i;
	int32_t *path = NULL, *queue, *slot_of, *csym = NULL;
	size_t cappath = 0, capcsym = 0;
	struct placer pl;
	struct outrec *outs;
	int32_t nouts = 0, qh, qt, prevlen = 0, k;
	uint16_t nsym;

	assert(!ac->built);
	ac->built = 1;

	/* Dense alphabet in code-unit order. */
	ac->sym = pc_xcalloc(65536, sizeof(uint16_t));
	for (i = 0; i < ac->nunits; i++)
		ac->sym[ac->units[i]] = 1;
	nsym = 0;
	for (i = 1; i < 65536; i++)
		if (ac->sym[i])
			ac->sym[i] = ++nsym;
	ac->nsym = nsym;

	sort_units = ac->units;
	if (ac->npats > 1)
		pc_qsort(ac->pats, ac->npats, sizeof(struct pat), pat_cmp);
	sort_units = NULL;

	/* Trie from the sorted patterns: a pattern shares its longest common
	 * prefix with the previous one, and its new nodes are last children. */
	pc_grow(&tn, &captn, 1, sizeof(struct tnode));
	memset(&tn[0], 0, sizeof(tn[0]));
	tn[0].first_child = tn[0].last_child = tn[0].next_sibling = -1;
	tn[0].pfirst = -1;
	ntn = 1;
	pc_grow(&path, &cappath, 1, sizeof(int32_t));
	path[0] = 0;
	for (i = 0; i < ac->npats; i++) {
		const struct pat *p = &ac->pats[i];
		const UChar *s = ac->units + p->off;
		int32_t lcp = 0, d, node;

		if (i > 0) {
			const UChar *t = ac->units + ac->pats[i - 1].off;
			int32_t m = p->len < prevlen ? p->len : prevlen;

			while (lcp < m && s[lcp] == t[lcp])
				lcp++;
		}
		pc_grow(&path, &cappath, (size_t)p->len + 1, sizeof(int32_t));
		node = path[lcp];
		for (d = lcp; d < p->len; d++) {
			struct tnode *c;

			pc_grow(&tn, &captn, ntn + 1, sizeof(struct tnode));
			c = &tn[ntn];
			c->first_child = c->last_child = c->next_sibling = -1;
			c->sym = ac->sym[s[d]];
			c->depth = d + 1;
			c->pfirst = -1;
			c->pn = 0;
			if (tn[node].last_child < 0)
				tn[node].first_child = (int32_t)ntn;
			else
				tn[tn[node].last_child].next_sibling =
				    (int32_t)ntn;
			tn[node].last_child = (int32_t)ntn;
			node = (int32_t)ntn++;
			path[d + 1] = node;
		}
		if (tn[node].pn == 0)
			tn[node].pfirst = (int32_t)i;
		tn[node].pn++;
		prevlen = p->len;
	}
	free(path);

	ac->ids = pc_xreallocarray(NULL, ac->npats, sizeof(int32_t));
	for (i = 0; i < ac->npats; i++)
		ac->ids[i] = ac->pats[i].id;
	outs = pc_xreallocarray(NULL, ntn, sizeof(struct outrec));

	/* Breadth-first placement.  A child's failure state is shallower than
	 * the child's parent, so its children are already placed. */
	memset(&pl, 0, sizeof(pl));
	placer_reserve(&pl, (int32_t)nsym + 2);
	pl.slots[0].check = -2;         /* the root; never a child slot */
	pl.slots[0].fail = 0;
	pl.next_check = 1;
	slot_of = pc_xreallocarray(NULL, ntn, sizeof(int32_t));
	queue = pc_xreallocarray(NULL, ntn, sizeof(int32_t));
	slot_of[0] = 0;
	qh = qt = 0;
	queue[qt++] = 0;
	while (qh < qt) {
		int32_t u = queue[qh++], su = slot_of[u], c, base, nc = 0;

		if (tn[u].first_child < 0) {
			pl.slots[su].base = 0;
			continue;
		}
		for (c = tn[u].first_child; c >= 0; c = tn[c].next_sibling) {
			pc_grow(&csym, &capcsym, (size_t)nc + 1,
			    sizeof(int32_t));
			csym[nc++] = tn[c].sym;
		}
		base = placer_find(&pl, csym, nc);
		pl.slots[su].base = base;
		for (c = tn[u].first_child; c >= 0; c = tn[c].next_sibling) {
			int32_t sc = base + tn[c].sym;

			pl.slots[sc].check = su;
			slot_of[c] = sc;
			queue[qt++] = c;
			if (sc + 1 > pl.n)
				pl.n = sc + 1;
		}
		for (c = tn[u].first_child; c >= 0; c = tn[c].next_sibling) {
			int32_t sc = slot_of[c], sy = tn[c].sym, f, t;

			f = 0;
			if (su != 0) {
				for (f = pl.slots[su].fail;; f =
				    pl.slots[f].fail) {
					/* f's children all lie below pl.n;
					 * base + sy of a node placed with
					 * smaller symbols may lie past the
					 * array (it grows to cover every
					 * base + symbol only at the end) */
					t = pl.slots[f].base + sy;
					if (t < pl.n && pl.slots[t].check == f) {
						f = t;
						break;
					}
					if (f == 0)
						break;
				}
			}
			pl.slots[sc].fail = f;
			if (tn[c].pn > 0) {
				outs[nouts].first = tn[c].pfirst;
				outs[nouts].n = tn[c].pn;
				outs[nouts].len = tn[c].depth;
				outs[nouts].next = pl.slots[f].out;
				pl.slots[sc].out = nouts++;
			} else
				pl.slots[sc].out = pl.slots[f].out;
		}
	}
	/* Leaves look up base 0 + symbol: keep every such slot in range. */
	k = pl.n;
	for (i = 0; i < (size_t)pl.n; i++)
		if (pl.slots[i].check != FREE_SLOT &&
		    pl.slots[i].base + (int32_t)nsym + 1 > k)
			k = pl.slots[i].base + (int32_t)nsym + 1;
	placer_reserve(&pl, k);
	ac->slots = pl.slots;
	ac->nslots = k;
	ac->outs = outs;

	free(csym);
	free(queue);
	free(slot_of);
	free(tn);
	free(ac->units);
	ac->units = NULL;
	ac->nunits = ac->capunits = 0;
}

int
pc_ac_scan(const pc_ac *ac, const UChar *text, int32_t len, pc_ac_cb cb,
    void *ctx)
{
	const struct slot *sl = ac->slots;
	const uint16_t *sym = ac->sym;
	int32_t i, s = 0, c, t, r, k;

	assert(ac->built);
	if (ac->npats == 0)
		return 0;
	for (i = 0; i < len; i++) {
		if ((c = sym[text[i]]) == 0) {
			s = 0;
			continue;
		}
		for (;;) {
			t = sl[s].base + c;
			if (sl[t].check == s) {
				s = t;
				break;
			}
			if (s == 0)
				break;
			s = sl[s].fail;
		}
		for (r = sl[s].out; r >= 0; r = ac->outs[r].next) {
			const struct outrec *o = &ac->outs[r];

			for (k = 0; k < o->n; k++)
				if (cb(i + 1 - o->len, i + 1,
				    ac->ids[o->first + k], ctx))
					return 1;
		}
	}
	return 0;
}

void
pc_ac_free(pc_ac *ac)
{
	if (ac == NULL)
		return;
	free(ac->units);
	free(ac->pats);
	free(ac->sym);
	free(ac->slots);
	free(ac->outs);
	free(ac->ids);
	free(ac);
}
