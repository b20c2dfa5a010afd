/* Fuzz target: byte decoding and charset detection (pc_source_from_bytes),
 * detected and forced, then the paragraphs and the source map. Checks what
 * the source stage promises every later stage: valid UTF-16, no CR, no
 * control character but TAB, LF and FF, sorted anchors, and positions that
 * the cursor and the plain lookup agree on. */
#include <stdlib.h>

#include <unicode/utf16.h>

#include "fuzz.h"
#include "pc_doc.h"
#include "pc_source.h"

static const char *const forced[] = {
	"utf-8", "gb18030", "big5", "utf-16le", "utf-16be", "utf-16"
};

static void
check_source(const pc_source *src)
{
	pc_poscur cur = { 0, 0, 0, 0, PC_UNIT_CHAR };
	pc_doc doc;

	pc_doc_from_text(src, &doc);
	pc_fuzz_check_read(src, &doc);
	for (int32_t i = 0; i < src->len; i++) {
		UChar c = src->text[i];

		if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C)
			pc_fuzz_fail("control character in decoded text");
		if (U16_IS_LEAD(c) && !(i + 1 < src->len &&
		    U16_IS_TRAIL(src->text[i + 1])))
			pc_fuzz_fail("lone lead surrogate");
		if (U16_IS_TRAIL(c) && !(i > 0 &&
		    U16_IS_LEAD(src->text[i - 1])))
			pc_fuzz_fail("lone trail surrogate");
	}
	/* The cursor must give what the plain lookup gives, unit by unit;
	 * the plain lookup costs a line per call, so only on short texts. */
	if (src->len <= 8192) {
		for (int32_t off = 0; off <= src->len; off++) {
			int32_t l1, c1, l2, c2;

			pc_source_pos(src, off, PC_UNIT_CHAR, &l1, &c1);
			pc_source_pos_at(src, &cur, off, PC_UNIT_CHAR, &l2, &c2);
			if (l1 < 1 || c1 < 1)
				pc_fuzz_fail("position before 1:1");
			if ((l1 != l2 || c1 != c2) && !pc_fuzz_known("posat"))
				pc_fuzz_fail("pc_source_pos_at disagrees");
		}
	}
	for (int32_t i = 0; i < doc.npara; i++)
		if (pc_doc_para_at(&doc, doc.paras[i].start) != i)
			pc_fuzz_fail("pc_doc_para_at");
	pc_doc_free(&doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	pc_source src;
	pc_src_error err;

	if (pc_source_from_bytes("fuzz", data, size, NULL, &src, &err) == 0) {
		check_source(&src);
		pc_source_free(&src);
	} else if (err.offset < 0 || (size > 0 && (size_t)err.offset > size))
		pc_fuzz_fail("error offset outside the input");
	/* the same bytes forced through one of the encodings */
	if (pc_source_from_bytes("fuzz", data, size,
	    forced[size % (sizeof(forced) / sizeof(forced[0]))], &src,
	    &err) == 0) {
		check_source(&src);
		pc_source_free(&src);
	}
	return 0;
}
