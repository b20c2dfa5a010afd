/* Fuzz target: outline recognition (pc_outline_build) on the decoded and
 * folded input, with the bundled lexicon's section classifier. Checks the
 * outline's shape: headings in document order, parents before children
 * and enclosing them, depths one more than the parent's, sections and
 * titles inside the text, and pc_outline_at agreeing with the sections. */
#include <stdlib.h>

#include "fuzz.h"
#include "pc_cover.h"
#include "pc_doc.h"
#include "pc_outline.h"
#include "pc_source.h"
#include "pc_view.h"

static void
check_outline(const pc_outline *o, const pc_doc *doc, int32_t len)
{
	for (int32_t i = 0; i < o->n; i++) {
		const pc_heading *h = &o->h[i];

		if (h->start < 0 || h->start > h->title_start ||
		    h->title_start > h->title_end || h->title_end > h->end ||
		    h->end > len)
			pc_fuzz_fail("heading spans out of order");
		if (i > 0 && h->start <= o->h[i - 1].start)
			pc_fuzz_fail("headings not in document order");
		if (h->para < 0 || h->para >= doc->npara)
			pc_fuzz_fail("heading paragraph out of range");
		if (h->parent >= i)
			pc_fuzz_fail("parent after its child");
		if (h->parent < 0 && h->depth != 0)
			pc_fuzz_fail("top heading not at depth 0");
		if (h->parent >= 0) {
			const pc_heading *p = &o->h[h->parent];

			if (h->depth != p->depth + 1)
				pc_fuzz_fail("depth not parent's + 1");
			if (h->start < p->start || h->end > p->end)
				pc_fuzz_fail("child outside its parent");
		}
		if (pc_outline_at(o, h->start) < i)
			pc_fuzz_fail("pc_outline_at misses a heading");
	}
	for (int32_t off = 0; off <= len; off += 1 + off / 4) {
		int32_t k = pc_outline_at(o, off);

		if (k < -1 || k >= o->n)
			pc_fuzz_fail("pc_outline_at out of range");
		if (k >= 0 && (o->h[k].start > off || off >= o->h[k].end))
			pc_fuzz_fail("pc_outline_at outside the section");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const pc_dictset *ds = pc_fuzz_bundled(NULL);
	pc_source src;
	pc_doc doc;
	pc_view v;
	pc_outline o;

	if (pc_source_from_bytes("fuzz", data, size, NULL, &src, NULL) != 0)
		return 0;
	pc_doc_from_text(&src, &doc);
	pc_view_init(&v, &src, &doc);
	pc_outline_build(v.fold, v.len, doc.paras, doc.npara, v.flags,
	    pc_cover_classify, (void *)ds, &o);
	check_outline(&o, &doc, v.len);
	pc_outline_free(&o);
	/* without the mask and the classifier, as other callers use it */
	pc_outline_build(v.fold, v.len, doc.paras, doc.npara, NULL, NULL,
	    NULL, &o);
	check_outline(&o, &doc, v.len);
	pc_outline_free(&o);
	pc_view_free(&v);
	pc_doc_free(&doc);
	pc_source_free(&src);
	return 0;
}
