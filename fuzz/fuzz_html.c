/* Fuzz target: HTML reading (pc_html_read: charset, libxml2's HTML
 * parser, blocks to paragraphs), detected and with a forced encoding,
 * with a small depth limit so that the depth error is reached too. */
#include "fuzz.h"
#include "pc_html.h"

static void
check_read(const pc_source *src, const pc_doc *doc)
{
	if (src->text == NULL || src->text[src->len] != 0)
		pc_fuzz_fail("text not NUL-terminated");
	if (src->nanchors < 1 || src->anchors[0].off != 0)
		pc_fuzz_fail("first anchor not at 0");
	for (int32_t i = 1; i < src->nanchors; i++)
		if (src->anchors[i].off < src->anchors[i - 1].off ||
		    src->anchors[i].off > src->len)
			pc_fuzz_fail("anchors not sorted or past the end");
	for (int32_t i = 0; i < doc->npara; i++)
		if (doc->paras[i].start < 0 ||
		    doc->paras[i].start > doc->paras[i].end ||
		    doc->paras[i].end > src->len ||
		    (i > 0 && doc->paras[i].start < doc->paras[i - 1].end) ||
		    doc->paras[i].style_level < 0 ||
		    doc->paras[i].style_level > 9)
			pc_fuzz_fail("paragraphs out of order");
	if (src->len > 0) {
		int32_t l, c;

		pc_source_pos(src, src->len, PC_UNIT_CHAR, &l, &c);
		if (l < 1 || c < 1)
			pc_fuzz_fail("position before 1:1");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const enc[] = { NULL, NULL, "gb18030", "big5" };
	pc_limits lim = { .max_input = (size_t)64 << 20,
	    .max_part = (size_t)4 << 20, .max_depth = 64 };
	pc_source src;
	pc_doc doc;
	pc_src_error err;

	(void)pc_html_sniff(data, size);
	if (pc_html_read("fuzz.html", data, size, enc[size % 4], &lim, &src,
	    &doc, &err) == 0) {
		check_read(&src, &doc);
		pc_doc_free(&doc);
		pc_source_free(&src);
	}
	return 0;
}
