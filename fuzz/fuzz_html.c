/* Fuzz target: HTML reading (pc_html_read: charset, libxml2's HTML
 * parser, blocks to paragraphs), detected and with a forced encoding,
 * with a small depth limit so that the depth error is reached too. */
#include "fuzz.h"
#include "pc_html.h"

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
		pc_fuzz_check_read(&src, &doc);
		pc_doc_free(&doc);
		pc_source_free(&src);
	}
	return 0;
}
