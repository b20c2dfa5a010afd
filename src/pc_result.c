/* Result building: offsets to positions, texts copied out. */
#include "pc_result.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"

/* glibc's obstack holds the string pool of a result (see pc_result.h) */
#define obstack_chunk_alloc pc_xmalloc
#define obstack_chunk_free free
#include <obstack.h>

#include "pc_draftonly.h"
#include "pc_git.h"

static int
finding_cmp(const void *a, const void *b)
{
	const pc_rfinding *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	if (strcmp(x->rule, y->rule) != 0)
		return strcmp(x->rule, y->rule);
	if (x->sev != y->sev)
		return x->sev > y->sev ? -1 : 1;        /* worst first */
	if (x->end_line != y->end_line)
		return x->end_line < y->end_line ? -1 : 1;
	if (x->end_col != y->end_col)
		return x->end_col < y->end_col ? -1 : 1;
	/* equal places: keep the order the analyses made them in */
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* "一、起草背景 > （一）…": the marker and title of each enclosing heading. */
static char *
heading_path(const pc_view *v, const pc_outline *o, int32_t h)
{
	char *parts[64];
	int32_t n = 0;
	size_t len = 1;
	char *r, *p;

	for (; h >= 0 && n < 64; h = o->h[h].parent) {
		parts[n] = pc_view_utf8(v, o->h[h].start, o->h[h].title_end);
		len += strlen(parts[n]) + 3;
		n++;
	}
	r = p = pc_xmalloc(len);
	*p = '\0';
	while (n-- > 0) {
		size_t k = strlen(parts[n]);
		memcpy(p, parts[n], k);
		p += k;
		if (n > 0) {
			memcpy(p, " > ", 3);
			p += 3;
		}
		free(parts[n]);
	}
	*p = '\0';
	return r;
}

/* The sentence around [s, e), at most PC_SENTENCE_MAX units, and where
 * [s, e) lies in its UTF-8 form. */
static char *
sentence(const pc_view *v, int32_t s, int32_t e, int32_t *hl_start,
    int32_t *hl_len)
{
	int32_t ss, se;
	char *pre, *mid, *r;

	pc_view_sentence(v, s, &ss, &se);
	if (se < e)
		se = e;
	if (se < v->len && pc_is_sentence_end(v->text[se]))
		se++;
	if (s - ss > PC_SENTENCE_MAX / 2)
		ss = s - PC_SENTENCE_MAX / 2;
	if (se - ss > PC_SENTENCE_MAX)
		se = ss + PC_SENTENCE_MAX > e ? ss + PC_SENTENCE_MAX : e;
	if (ss > 0 && U16_IS_TRAIL(v->text[ss]))
		ss--;
	if (se < v->len && U16_IS_TRAIL(v->text[se]))
		se++;
	pre = pc_view_utf8(v, ss, s);
	mid = pc_view_utf8(v, s, e);
	if (hl_start != NULL) {
		*hl_start = (int32_t)strlen(pre);
		*hl_len = (int32_t)strlen(mid);
	}
	free(pre);
	free(mid);
	r = pc_view_utf8(v, ss, se);
	return r;
}

static int
by_start(const void *a, const void *b)
{
	const pc_finding *x = *(const pc_finding *const *)a;
	const pc_finding *y = *(const pc_finding *const *)b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* glibc's obstack_finish aligns the object end with pointer arithmetic on
 * a null base, which clang's UndefinedBehaviorSanitizer reports (a known
 * idiom of obstack.h, not a bug here): that one check is off in here. */
__attribute__((no_sanitize("pointer-overflow")))
const char *
pc_rfile_str(pc_rfile *rf, const char *s)
{
	if (rf->pool == NULL) {
		rf->pool = pc_xmalloc(sizeof(*rf->pool));
		obstack_init(rf->pool);
		obstack_chunk_size(rf->pool) = 64 * 1024;
	}
	return obstack_copy0(rf->pool, s, strlen(s));
}

/* pc_rfile_str of s, which is freed. */
static const char *
pool_take(pc_rfile *rf, char *s)
{
	const char *r = pc_rfile_str(rf, s);

	free(s);
	return r;
}

void
pc_result_build(pc_rfile *rf, const pc_source *src, const pc_view *v,
    const pc_outline *o, const pc_findings *fs, const pc_cov_plan *cov,
    int32_t ncov, const pc_plan *self, const pc_draftonly *dro,
    pc_unit unit, int sentences)
{
	const pc_finding **order;
	pc_poscur cur = { 0, 0, 0, 0, PC_UNIT_CHAR };
	const char **paths, *none;

	memset(rf, 0, sizeof(*rf));
	rf->path = pc_xstrdup(src->path);
	rf->encoding = pc_xstrdup(src->encoding);
	rf->self = self;
	if (v->doc->npara > 0) {
		const pc_para *t = &v->doc->paras[0];
		int32_t e = t->end - t->start > PC_SENTENCE_MAX ?
		    t->start + PC_SENTENCE_MAX : t->end;
		char *raw = pc_view_utf8(v, t->start, e);
		size_t k = 0;

		/* a wrapped title is one paragraph: drop its line break */
		for (size_t j = 0; raw[j] != '\0'; j++)
			if (raw[j] != '\n')
				raw[k++] = raw[j];
		raw[k] = '\0';
		rf->title = raw;
	}
	/* resolve in offset order, so a long line is walked once */
	order = pc_xcalloc((size_t)fs->n + 1, sizeof(*order));
	for (int32_t i = 0; i < fs->n; i++)
		order[i] = &fs->f[i];
	pc_qsort(order, (size_t)fs->n, sizeof(*order), by_start);
	rf->findings = pc_xcalloc((size_t)fs->n, sizeof(*rf->findings));
	for (int32_t i = 0; i < fs->n; i++) {
		const pc_finding *f = order[i];
		pc_rfinding *r = &rf->findings[rf->nfindings++];
		pc_poscur ecur = cur;

		r->rule = f->rule;
		r->sev = f->sev;
		r->seq = (int32_t)(f - fs->f);
		pc_source_pos_at(src, &cur, f->start, unit, &r->line, &r->col);
		pc_source_pos_at(src, &ecur, f->end, unit, &r->end_line,
		    &r->end_col);
		for (int l = 0; l < PC_NLANG; l++)
			r->msg[l] = pc_xstrdup(f->msg[l]);
		r->text = pc_view_utf8(v, f->start, f->end - f->start >
		    PC_FINDING_TEXT_MAX ? f->start + PC_FINDING_TEXT_MAX :
		    f->end);
		r->sentence = f->start == 0 && f->end == 0 ? pc_xstrdup("") :
		    sentence(v, f->start, f->start, NULL, NULL);
	}
	free(order);
	pc_qsort(rf->findings, (size_t)rf->nfindings, sizeof(*rf->findings),
	    finding_cmp);

	if (dro != NULL && dro->n > 0) {
		rf->draft_only = pc_xcalloc((size_t)dro->n,
		    sizeof(*rf->draft_only));
		for (int32_t i = 0; i < dro->n; i++) {
			pc_rdraft *d = &rf->draft_only[rf->ndraft_only++];

			pc_source_pos(src, dro->d[i].start, unit, &d->line,
			    &d->col);
			d->text = pc_view_utf8(v, dro->d[i].start,
			    dro->d[i].end);
			d->heading = heading_path(v, o, dro->d[i].heading);
		}
	}
	/* one heading path per heading, shared by its hits */
	paths = pc_xcalloc((size_t)o->n + 1, sizeof(*paths));
	none = pc_rfile_str(rf, "");
	rf->plans = pc_xcalloc((size_t)ncov, sizeof(*rf->plans));
	for (int32_t p = 0; p < ncov; p++) {
		const pc_cov_plan *cp = &cov[p];
		pc_rplan *rp = &rf->plans[rf->nplans++];

		rp->plan = cp->plan;
		rp->covered = cp->covered;
		rp->total = cp->total;
		rp->req_covered = cp->req_covered;
		rp->req_total = cp->req_total;
		rp->items = pc_xcalloc((size_t)cp->nitems, sizeof(*rp->items));
		rp->nitems = cp->nitems;
		for (int32_t i = 0; i < cp->nitems; i++) {
			const pc_cov_item *ci = &cp->items[i];
			pc_ritem *ri = &rp->items[i];

			ri->item = ci->item;
			ri->strength = ci->strength;
			ri->nhits = ci->nhits;
			ri->hits = pc_xcalloc((size_t)ci->nhits,
			    sizeof(*ri->hits));
			for (int32_t k = 0; k < ci->nhits; k++) {
				const pc_cov_hit *ch = &ci->hits[k];
				pc_rhit *rh = &ri->hits[k];

				/* an item's hits come in text order */
				pc_source_pos_at(src, &cur, ch->hit->start,
				    unit, &rh->line, &rh->col);
				rh->text = pool_take(rf, pc_view_utf8(v,
				    ch->hit->start, ch->hit->end));
				if (ch->heading < 0)
					rh->heading = none;
				else if ((rh->heading = paths[ch->heading]) ==
				    NULL)
					rh->heading = paths[ch->heading] =
					    pool_take(rf, heading_path(v, o,
					    ch->heading));
				rh->sentence = sentences ? pool_take(rf,
				    sentence(v, ch->hit->start, ch->hit->end,
				    &rh->hl_start, &rh->hl_len)) : none;
				rh->strength = ch->strength;
			}
		}
	}
	free(paths);
}

void
pc_result_error(pc_rfile *rf, const char *path, char *en, char *zh)
{
	memset(rf, 0, sizeof(*rf));
	rf->path = pc_xstrdup(path);
	rf->error[PC_LANG_EN] = en;
	rf->error[PC_LANG_ZH] = zh;
}

void
pc_rfile_keep_lines(pc_rfile *rf, const pc_line_range *r, int32_t n)
{
	int32_t w = 0;

	for (int32_t i = 0; i < rf->nfindings; i++) {
		pc_rfinding *f = &rf->findings[i];
		int keep = 0;

		for (int32_t k = 0; k < n && !keep; k++)
			keep = f->line >= r[k].first && f->line <= r[k].last;
		if (keep) {
			rf->findings[w++] = *f;
		} else {
			pc_rfinding_free(f);
		}
	}
	rf->nfindings = w;
}

void
pc_rfinding_free(pc_rfinding *f)
{
	for (int l = 0; l < PC_NLANG; l++)
		free(f->msg[l]);
	free(f->text);
	free(f->sentence);
	memset(f, 0, sizeof(*f));
}

void
pc_rfile_free(pc_rfile *rf)
{
	for (int32_t i = 0; i < rf->nfindings; i++)
		pc_rfinding_free(&rf->findings[i]);
	free(rf->findings);
	for (int32_t p = 0; p < rf->nplans; p++) {
		pc_rplan *rp = &rf->plans[p];
		for (int32_t i = 0; i < rp->nitems; i++)
			free(rp->items[i].hits);
		free(rp->items);
	}
	free(rf->plans);
	for (int32_t i = 0; i < rf->ndraft_only; i++) {
		free(rf->draft_only[i].text);
		free(rf->draft_only[i].heading);
	}
	free(rf->draft_only);
	for (int l = 0; l < PC_NLANG; l++)
		free(rf->error[l]);
	free(rf->path);
	free(rf->encoding);
	free(rf->title);
	if (rf->pool != NULL) {
		obstack_free(rf->pool, NULL);
		free(rf->pool);
	}
	memset(rf, 0, sizeof(*rf));
}

int
pc_rfile_worst(const pc_rfile *rf)
{
	int w = -1;

	for (int32_t i = 0; i < rf->nfindings; i++)
		if ((int)rf->findings[i].sev > w)
			w = (int)rf->findings[i].sev;
	return w;
}

int
pc_rfile_below(const pc_rfile *rf, double min)
{
	if (min < 0)
		return 0;
	for (int32_t p = 0; p < rf->nplans; p++) {
		const pc_rplan *rp = &rf->plans[p];
		if (rp->req_total > 0 &&
		    100.0 * rp->req_covered / rp->req_total < min)
			return 1;
	}
	return 0;
}
