/* Fuzz target: the list parser (pc_counts_find) on the decoded input with
 * its outline and the bundled lexicon, as the enum-count and outline-order
 * rules use it. Checks each count's spans and bounds: inside the text,
 * in text order, items inside their list, lo <= hi. */
#include <stdlib.h>

#include "fuzz.h"
#include "pc_cover.h"
#include "pc_doc.h"
#include "pc_list.h"
#include "pc_outline.h"
#include "pc_source.h"
#include "pc_view.h"

static void
check_counts(const pc_counts *cs, int32_t len)
{
	for (int32_t i = 0; i < cs->n; i++) {
		const pc_count *c = &cs->c[i];

		if (c->start < 0 || c->start >= c->end || c->end > len)
			pc_fuzz_fail("count out of bounds");
		if (i > 0 && c->start < cs->c[i - 1].start)
			pc_fuzz_fail("counts not in text order");
		if (c->nparts < 0 || c->nparts > 8 || c->nitems < 0)
			pc_fuzz_fail("bad number of parts or items");
		if (c->form != PC_LIST_NONE && c->lo > c->hi)
			pc_fuzz_fail("lo > hi");
		if (c->list_start < 0 || c->list_end > len ||
		    c->list_start > c->list_end)
			pc_fuzz_fail("list out of bounds");
		for (int32_t k = 0; k < c->nitems; k++) {
			const pc_list_item *it = &c->items[k];

			if (it->start < 0 || it->end > len ||
			    it->start > it->end)
				pc_fuzz_fail("list item out of bounds");
		}
		(void)pc_count_fits(c);
		(void)pc_list_form_name(c->form);
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
	pc_list_lex lx;
	pc_counts cs = { NULL, 0, 0 };

	if (pc_source_from_bytes("fuzz", data, size, NULL, &src, NULL) != 0)
		return 0;
	pc_doc_from_text(&src, &doc);
	pc_view_init(&v, &src, &doc);
	pc_outline_build(v.fold, v.len, doc.paras, doc.npara, v.flags,
	    pc_cover_classify, (void *)ds, &o);
	pc_list_lex_init(&lx, ds);
	pc_counts_find(&v, &o, &lx, 0, v.len, &cs);
	check_counts(&cs, v.len);
	pc_counts_free(&cs);
	/* without headings, over the second half only */
	pc_counts_find(&v, NULL, &lx, v.len / 2, v.len, &cs);
	check_counts(&cs, v.len);
	for (int32_t i = 0; i < cs.n; i++)
		if (cs.c[i].start < v.len / 2)
			pc_fuzz_fail("count before the range");
	pc_counts_free(&cs);
	pc_outline_free(&o);
	pc_view_free(&v);
	pc_doc_free(&doc);
	pc_source_free(&src);
	return 0;
}
