/* Matching: one automaton for all terms, word-boundary filter, PCRE2
 * patterns, longest-wins within a plan. */
#include "pc_match.h"

#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>
#include <unicode/ustring.h>

#include "pc_ac.h"
#include "pc_alloc.h"
#include "pc_rule.h"

const pc_rule pc_rule_pattern_limit = {
	"pattern-limit", PC_SEV_WARNING, NULL,
	{ "a dictionary pattern was stopped by the PCRE2 match limit",
	  "词典正则表达式因 PCRE2 匹配上限而中止" },
	{ "Dictionary patterns are data, so every run of one is bounded by "
	  "PCRE2's match and depth limits. A pattern that backtracks without "
	  "end is stopped at the limit instead of hanging the check; its hits "
	  "in that paragraph are lost, and this warning (at 1:1) names the "
	  "item, so the dictionary can be fixed (plancheck dict lint finds "
	  "such patterns too). The limits are set with --pcre2-match-limit "
	  "and --pcre2-depth-limit.",
	  "词典中的正则表达式属于数据，每次运行都受 PCRE2 匹配和深度上限约束。"
	  "无限回溯的表达式会在上限处中止而不会使检查挂起；它在该段落中的命中"
	  "因此丢失，本警告（位置 1:1）指出相应条目，以便修正词典（plancheck "
	  "dict lint 也能发现此类表达式）。上限可用 --pcre2-match-limit 和 "
	  "--pcre2-depth-limit 设置。" },
};

/* Limit stops of one pattern in one file after which it is not run on
 * the rest of the file. */
#define PATTERN_STOPS_MAX 16

/* What an automaton pattern id stands for. */
typedef struct payload {
	const pc_item *item;   /* NULL: a segment word */
	int32_t term;
} payload;

typedef struct pattern {
	const pc_item *item;
	pcre2_code *re;
} pattern;

struct pc_matcher {
	const pc_dictset *ds;
	pc_ac *ac;
	payload *pl;
	int32_t npl;
	pattern *pats;
	int32_t npats;
	pcre2_match_context *mctx;
};


static void
add_term(pc_matcher *m, size_t *cap, const pc_str *t, const pc_item *item,
    int32_t term)
{
	UChar *f;

	if (t->ulen <= 0)
		return;
	f = pc_xreallocarray(NULL, (size_t)t->ulen, sizeof(UChar));
	for (int32_t i = 0; i < t->ulen; i++)
		f[i] = pc_fold_unit(t->u[i]);
	pc_grow(&m->pl, cap, (size_t)m->npl + 1, sizeof(*m->pl));
	m->pl[m->npl].item = item;
	m->pl[m->npl].term = term;
	pc_ac_add(m->ac, f, t->ulen, m->npl);
	m->npl++;
	free(f);
}

pc_matcher *
pc_matcher_new(const pc_dictset *ds, pc_dict_report report, void *ctx)
{
	pc_matcher *m = pc_xcalloc(1, sizeof(*m));
	size_t cap = 0, pcap = 0;

	m->ds = ds;
	m->ac = pc_ac_new();
	for (int32_t p = 0; p < ds->nplans; p++) {
		const pc_plan *plan = ds->plans[p];
		for (int32_t i = 0; i < plan->nitems; i++) {
			const pc_item *it = &plan->items[i];
			for (int32_t t = 0; t < it->nterms; t++)
				add_term(m, &cap, &it->terms[t], it, t);
			for (int32_t k = 0; k < it->npatterns; k++) {
				int err;
				PCRE2_SIZE eoff;
				UChar *u;
				int32_t ulen = 0;
				UErrorCode ec = U_ZERO_ERROR;
				pcre2_code *re;

				u_strFromUTF8(NULL, 0, &ulen, it->patterns[k],
				    -1, &ec);
				ec = U_ZERO_ERROR;
				u = pc_xreallocarray(NULL, (size_t)ulen + 1,
				    sizeof(UChar));
				u_strFromUTF8(u, ulen + 1, NULL,
				    it->patterns[k], -1, &ec);
				re = pcre2_compile((PCRE2_SPTR)u, (size_t)ulen,
				    PC_PATTERN_FLAGS, &err, &eoff,
				    NULL);
				free(u);
				if (re == NULL) {
					PCRE2_UCHAR buf[256];
					char msg[512];
					int n = pcre2_get_error_message(err, buf,
					    256);
					int j;
					for (j = 0; j < n && j < 255; j++)
						msg[j] = buf[j] < 128 ?
						    (char)buf[j] : '?';
					msg[j] = '\0';
					if (report != NULL) {
						char *s = pc_xasprintf("item "
						    "\"%s\": pattern does not "
						    "compile at offset %zu: %s",
						    it->id, (size_t)eoff, msg);
						report(plan->path, it->line, s,
						    ctx);
						free(s);
					}
					continue;
				}
				pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
				pc_grow(&m->pats, &pcap, (size_t)m->npats + 1,
				    sizeof(*m->pats));
				m->pats[m->npats].item = it;
				m->pats[m->npats].re = re;
				m->npats++;
			}
		}
	}
	{
		const pc_wordlist *wl = &ds->words[PC_W_SEGMENT];
		for (int32_t i = 0; i < wl->n; i++)
			add_term(m, &cap, &wl->w[i], NULL, -1);
	}
	pc_ac_build(m->ac);
	m->mctx = pcre2_match_context_create(NULL);
	pc_matcher_set_limits(m, 0, 0);
	return m;
}

void
pc_matcher_set_limits(pc_matcher *m, uint32_t match_limit,
    uint32_t depth_limit)
{
	pcre2_set_match_limit(m->mctx, match_limit > 0 ? match_limit :
	    PC_MATCH_LIMIT_DEFAULT);
	pcre2_set_depth_limit(m->mctx, depth_limit > 0 ? depth_limit :
	    PC_DEPTH_LIMIT_DEFAULT);
}

void
pc_matcher_free(pc_matcher *m)
{
	if (m == NULL)
		return;
	pc_ac_free(m->ac);
	for (int32_t i = 0; i < m->npats; i++)
		pcre2_code_free(m->pats[i].re);
	free(m->pats);
	free(m->pl);
	pcre2_match_context_free(m->mctx);
	free(m);
}

/* Raw occurrences of one scan. */
typedef struct occ {
	int32_t start, end, id;
} occ;

typedef struct occs {
	occ *o;
	int32_t n;
	size_t cap;
} occs;

static int
collect(int32_t start, int32_t end, int32_t id, void *ctx)
{
	occs *oc = ctx;

	pc_grow(&oc->o, &oc->cap, (size_t)oc->n + 1, sizeof(*oc->o));
	oc->o[oc->n].start = start;
	oc->o[oc->n].end = end;
	oc->o[oc->n].id = id;
	oc->n++;
	return 0;
}

static int
span_cmp(const void *a, const void *b)
{
	const pc_span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : x->end < y->end;
}

/* Glue spans: occurrences of segment words (and, for tokens, of all
 * terms), sorted by start, longest first. */
static pc_span *
glue_spans(const pc_matcher *m, const occs *oc, int all, int32_t *n)
{
	pc_span *g = pc_xreallocarray(NULL, (size_t)oc->n + 1, sizeof(*g));
	int32_t k = 0;

	for (int32_t i = 0; i < oc->n; i++) {
		if (!all && m->pl[oc->o[i].id].item != NULL)
			continue;
		g[k].start = oc->o[i].start;
		g[k].end = oc->o[i].end;
		k++;
	}
	pc_qsort(g, (size_t)k, sizeof(*g), span_cmp);
	*n = k;
	return g;
}

static int
is_formulation(const pc_item *it)
{
	return it->group != NULL && it->group->kind != NULL &&
	    strcmp(it->group->kind, "formulation") == 0;
}

static int
hit_cmp(const void *a, const void *b)
{
	const pc_hit *x = a, *y = b;

	if (x->item->plan != y->item->plan)
		return x->item->plan < y->item->plan ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	if (x->item->index != y->item->index)
		return x->item->index < y->item->index ? -1 : 1;
	return x->term - y->term;
}

static int
hit_pos_cmp(const void *a, const void *b)
{
	const pc_hit *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	if (x->item->plan->level != y->item->plan->level)
		return (int)x->item->plan->level -
		    (int)y->item->plan->level;
	return strcmp(x->item->plan->id, y->item->plan->id) != 0 ?
	    strcmp(x->item->plan->id, y->item->plan->id) :
	    x->item->index - y->item->index;
}

static void
add_hit(pc_matches *out, size_t *cap, int32_t s, int32_t e,
    const pc_item *item, int32_t term)
{
	pc_grow(&out->hits, cap, (size_t)out->n + 1, sizeof(*out->hits));
	out->hits[out->n].start = s;
	out->hits[out->n].end = e;
	out->hits[out->n].item = item;
	out->hits[out->n].term = term;
	out->n++;
}

static void
run_patterns(const pc_matcher *m, const pc_view *v, pc_seg *seg,
    pc_matches *out, size_t *cap)
{
	pcre2_match_data *md;

	if (m->npats == 0)
		return;
	md = pcre2_match_data_create(1, NULL);
	for (int32_t k = 0; k < m->npats; k++) {
		int32_t stops = 0;

		/* A pattern that hits the limit again and again would cost
		 * the limit on every paragraph: give it up for this file. */
		for (int32_t p = 0; p < v->doc->npara &&
		    stops < PATTERN_STOPS_MAX; p++) {
			const pc_para *pa = &v->doc->paras[p];
			PCRE2_SIZE at = (PCRE2_SIZE)pa->start;
			uint32_t opts = 0;

			while (at <= (PCRE2_SIZE)pa->end) {
				int rc = pcre2_match(m->pats[k].re,
				    (PCRE2_SPTR)v->fold, (PCRE2_SIZE)pa->end,
				    at, opts, md, m->mctx);
				PCRE2_SIZE *ov;

				if (rc == PCRE2_ERROR_NOMATCH && opts != 0) {
					/* empty match retry failed: step on */
					opts = 0;
					at++;
					if (at < (PCRE2_SIZE)pa->end &&
					    U16_IS_TRAIL(v->fold[at]))
						at++;
					continue;
				}
				if (rc < 0) {
					if (rc != PCRE2_ERROR_NOMATCH) {
						if (out->limit_errors++ == 0)
							out->limit_item =
							    m->pats[k].item;
						stops++;
					}
					break;
				}
				ov = pcre2_get_ovector_pointer(md);
				if (ov[1] > ov[0] &&
				    pc_seg_is_boundary(seg, (int32_t)ov[0]) &&
				    pc_seg_is_boundary(seg, (int32_t)ov[1]))
					add_hit(out, cap, (int32_t)ov[0],
					    (int32_t)ov[1], m->pats[k].item,
					    -1);
				opts = ov[1] == ov[0] ?
				    PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0;
				at = ov[1];
			}
		}
	}
	pcre2_match_data_free(md);
}

void
pc_matcher_run(const pc_matcher *m, pc_view *v, pc_matches *out)
{
	occs oc = { NULL, 0, 0 };
	pc_span *glue;
	int32_t nglue, w = 0;
	pc_seg *seg;
	size_t cap = 0;

	memset(out, 0, sizeof(*out));
	pc_ac_scan(m->ac, v->fold, v->len, collect, &oc);
	glue = glue_spans(m, &oc, 0, &nglue);
	seg = pc_seg_new(v, glue, nglue);
	for (int32_t i = 0; i < oc.n; i++) {
		const payload *pl = &m->pl[oc.o[i].id];
		if (pl->item == NULL)
			continue;
		if (!pc_seg_is_boundary(seg, oc.o[i].start) ||
		    !pc_seg_is_boundary(seg, oc.o[i].end))
			continue;
		add_hit(out, &cap, oc.o[i].start, oc.o[i].end, pl->item,
		    pl->term);
	}
	run_patterns(m, v, seg, out, &cap);
	pc_seg_free(seg);
	free(glue);
	free(oc.o);

	/* Within one plan the longest hit wins: sort by plan, then start,
	 * longest first, and drop hits overlapping a kept one. Formulations
	 * (ordered lists of terms) neither hide nor are hidden: the terms
	 * they are made of are items in their own right. */
	pc_qsort(out->hits, (size_t)out->n, sizeof(*out->hits), hit_cmp);
	for (int32_t i = 0, last_end = 0; i < out->n; i++) {
		const pc_hit *h = &out->hits[i];
		const pc_plan *prev = w > 0 ? out->hits[w - 1].item->plan : NULL;

		if (prev != h->item->plan)
			last_end = 0;
		if (w > 0 && out->hits[w - 1].item == h->item &&
		    out->hits[w - 1].start == h->start &&
		    out->hits[w - 1].end == h->end)
			continue;       /* a name and a pattern on one span */
		if (is_formulation(h->item)) {
			out->hits[w++] = *h;
			continue;
		}
		if (h->start < last_end)
			continue;
		out->hits[w++] = *h;
		if (h->end > last_end)
			last_end = h->end;
	}
	out->n = w;
	pc_qsort(out->hits, (size_t)out->n, sizeof(*out->hits), hit_pos_cmp);
}

void
pc_matcher_tokens(const pc_matcher *m, pc_view *v)
{
	occs oc = { NULL, 0, 0 };
	pc_span *glue;
	int32_t nglue;
	pc_seg *seg;

	pc_ac_scan(m->ac, v->fold, v->len, collect, &oc);
	glue = glue_spans(m, &oc, 1, &nglue);
	seg = pc_seg_new(v, glue, nglue);
	pc_seg_all(seg);
	pc_seg_free(seg);
	free(glue);
	free(oc.o);
}

int32_t
pc_matches_from(const pc_matches *mt, int32_t off)
{
	int32_t lo = 0, hi = mt->n;

	while (lo < hi) {
		int32_t mid = lo + (hi - lo) / 2;

		if (mt->hits[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
pc_matches_free(pc_matches *mt)
{
	free(mt->hits);
	memset(mt, 0, sizeof(*mt));
}
