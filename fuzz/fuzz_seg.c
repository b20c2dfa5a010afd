/* Fuzz target: text normalisation and segmentation. The decoded input is
 * folded (pc_view_init), segmented whole (pc_seg_all) with glue spans made
 * from the input, segmented again lazily in reverse order (the boundaries
 * must be the same: segmentation is by bounded windows, so order must not
 * matter), and matched against a small fixed dictionary set
 * (pc_matcher_run, pc_matcher_tokens). Hits must lie inside the text, in
 * the promised order. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "pc_alloc.h"
#include "pc_doc.h"
#include "pc_match.h"
#include "pc_seg.h"
#include "pc_source.h"
#include "pc_view.h"

/* Glue spans from the text itself: sorted by start, one per start. */
static pc_span *
make_glue(const pc_source *src, int32_t *n)
{
	pc_span *g = NULL;
	size_t cap = 0;

	*n = 0;
	for (int32_t i = 0; i < src->len; i += 3) {
		int32_t e = i + 2 + src->text[i] % 4;

		if (e > src->len)
			e = src->len;
		pc_grow(&g, &cap, (size_t)*n + 1, sizeof(*g));
		g[*n].start = i;
		g[*n].end = e;
		(*n)++;
	}
	return g;
}

static void
check_view(const pc_view *v)
{
	for (int32_t i = 0; i < v->len; i++) {
		if ((v->flags[i] & PC_VF_MASK) && v->fold[i] != 0x20)
			pc_fuzz_fail("masked unit not folded to a space");
		if (!(v->flags[i] & PC_VF_MASK) &&
		    v->fold[i] != pc_fold_unit(v->text[i]))
			pc_fuzz_fail("fold differs from pc_fold_unit");
	}
	for (int32_t off = 0; off < v->len; off += 1 + off / 8) {
		int32_t s, e;

		pc_view_clause(v, off, &s, &e);
		if (s < 0 || e > v->len || s > e)
			pc_fuzz_fail("clause out of bounds");
		pc_view_sentence(v, off, &s, &e);
		if (s < 0 || e > v->len || s > e)
			pc_fuzz_fail("sentence out of bounds");
		free(pc_view_utf8(v, s, e));
	}
}

static void
check_hits(const pc_matches *mt, int32_t len)
{
	for (int32_t i = 0; i < mt->n; i++) {
		const pc_hit *h = &mt->hits[i];

		if (h->start < 0 || h->end > len || h->start >= h->end)
			pc_fuzz_fail("hit out of bounds");
		if (h->item == NULL || h->term >= h->item->nterms)
			pc_fuzz_fail("hit without its item or term");
		if (i > 0 && (h->start < mt->hits[i - 1].start ||
		    (h->start == mt->hits[i - 1].start &&
		    h->end > mt->hits[i - 1].end)))
			pc_fuzz_fail("hits not sorted");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const pc_matcher *m;
	pc_source src;
	pc_doc doc;
	pc_view v1, v2;
	pc_seg *s1, *s2;
	pc_span *glue;
	int32_t nglue;
	pc_matches mt;

	pc_fuzz_small(&m);
	if (pc_source_from_bytes("fuzz", data, size, NULL, &src, NULL) != 0)
		return 0;
	pc_doc_from_text(&src, &doc);
	glue = make_glue(&src, &nglue);

	pc_view_init(&v1, &src, &doc);
	check_view(&v1);
	s1 = pc_seg_new(&v1, glue, nglue);
	pc_seg_all(s1);
	pc_view_init(&v2, &src, &doc);
	s2 = pc_seg_new(&v2, glue, nglue);
	for (int32_t off = src.len; off >= 0; off--)
		if (pc_seg_is_boundary(s1, off) != pc_seg_is_boundary(s2, off))
			pc_fuzz_fail("lazy segmentation differs from whole");
	pc_seg_free(s2);
	pc_seg_free(s1);
	pc_view_free(&v2);
	pc_view_free(&v1);
	free(glue);

	pc_view_init(&v1, &src, &doc);
	pc_matcher_run(m, &v1, &mt);
	check_hits(&mt, src.len);
	pc_matches_free(&mt);
	pc_view_free(&v1);
	pc_view_init(&v1, &src, &doc);
	pc_matcher_tokens(m, &v1);
	pc_view_free(&v1);

	pc_doc_free(&doc);
	pc_source_free(&src);
	return 0;
}
