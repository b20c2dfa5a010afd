/* Fuzz target: DOCX reading (pc_docx_read: libzip, then libxml2), with
 * small limits so that size and depth errors are reached too. A text read
 * must satisfy what pc_source promises and have paragraphs in order. */
#include "fuzz.h"
#include "pc_docx.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	pc_limits lim = { .max_input = (size_t)64 << 20,
	    .max_part = (size_t)4 << 20, .max_depth = 64 };
	pc_source src;
	pc_doc doc;
	pc_src_error err;

	(void)pc_docx_sniff(data, size);
	if (pc_docx_read("fuzz.docx", data, size, &lim, &src, &doc,
	    &err) == 0) {
		pc_fuzz_check_read(&src, &doc);
		pc_doc_free(&doc);
		pc_source_free(&src);
	}
	return 0;
}
