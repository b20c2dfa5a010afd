/* Unit tests of the document stage: plain-text paragraphs, the joining of
 * titles wrapped inside 《…》 or “…”, and paragraph lookup by offset. */
#include "pc_test.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uclean.h>
#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_doc.h"
#include "pc_source.h"

#define SEED "guangming-industrialization-15th-explanation.txt"

static void
load(const char *s, pc_source *src, pc_doc *doc)
{
	pc_src_error err;

	assert_int_equal(pc_source_from_bytes("t", (const unsigned char *)s,
	    strlen(s), NULL, src, &err), 0);
	pc_doc_from_text(src, doc);
	assert_ptr_equal(doc->src, src);
}

/* Paragraph i must read exactly as the UTF-8 string s. */
static void
assert_para(const pc_doc *doc, int32_t i, const char *s)
{
	UErrorCode st = U_ZERO_ERROR;
	UChar buf[512];
	int32_t len;

	assert_true(i < doc->npara);
	u_strFromUTF8(buf, 512, &len, s, -1, &st);
	assert_true(U_SUCCESS(st));
	assert_int_equal(doc->paras[i].end - doc->paras[i].start, len);
	assert_memory_equal(doc->src->text + doc->paras[i].start, buf,
	    (size_t)len * sizeof(UChar));
	assert_int_equal(doc->paras[i].style_level, 0);
}

static void
test_seed_title(void **state)
{
	const char *d = getenv("PC_TESTDATA");
	char *path = pc_xasprintf("%s/../../corpus/%s",
	    d != NULL && *d != '\0' ? d : "tests/data", SEED);
	pc_source src;
	pc_src_error err;
	pc_doc doc;
	int32_t line, col;

	(void)state;
	assert_int_equal(pc_source_read(path, NULL, PC_SOURCE_MAX_DEFAULT,
	    &src, &err), 0);
	pc_doc_from_text(&src, &doc);
	/* 35 lines: two of them the wrapped title, line 3 empty, and the last
	 * a single space after the final LF. */
	assert_int_equal(doc.npara, 32);
	assert_para(&doc, 0, "《光明区加快推进新型工业化“十五五”\n"
	    "规划（征求意见稿）》起草说明");
	pc_source_pos(&src, doc.paras[1].start, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 4);
	assert_int_equal(col, 1);
	assert_para(&doc, 2, "一、起草背景");
	pc_source_pos(&src, doc.paras[2].start, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 5);
	/* The last paragraph ends before the final LF. */
	assert_int_equal(doc.paras[doc.npara - 1].end, src.len - 2);
	assert_int_equal(src.text[src.len - 3], 0x3002);	/* 。 */
	pc_doc_free(&doc);
	assert_null(doc.paras);
	pc_source_free(&src);
	free(path);
}

static void
test_lines_and_blanks(void **state)
{
	pc_source src;
	pc_doc doc;

	(void)state;
	/* Blank lines, also of spaces, tabs and U+3000, make no paragraph. */
	load("\n第一段。\n\n  \t\n　　\n第二段\r\n  第三段  \n\n", &src, &doc);
	assert_int_equal(doc.npara, 3);
	assert_para(&doc, 0, "第一段。");
	assert_para(&doc, 1, "第二段");
	assert_para(&doc, 2, "  第三段  ");
	pc_doc_free(&doc);
	pc_source_free(&src);

	load("", &src, &doc);
	assert_int_equal(doc.npara, 0);
	assert_int_equal(pc_doc_para_at(&doc, 0), -1);
	pc_doc_free(&doc);
	pc_source_free(&src);

	/* No final LF. */
	load("甲\n乙", &src, &doc);
	assert_int_equal(doc.npara, 2);
	assert_para(&doc, 1, "乙");
	assert_int_equal(doc.paras[1].end, src.len);
	pc_doc_free(&doc);
	pc_source_free(&src);
}

static void
test_continuation(void **state)
{
	pc_source src;
	pc_doc doc;

	(void)state;
	/* Open “ ending a sentence: the next line is its own paragraph. */
	load("他强调“坚持工业立市。\n下一段。\n", &src, &doc);
	assert_int_equal(doc.npara, 2);
	assert_para(&doc, 0, "他强调“坚持工业立市。");
	pc_doc_free(&doc);
	pc_source_free(&src);

	/* The other sentence-final marks, with trailing spaces. */
	load("《甲！\n乙\n“丙？ \n丁\n《戊；\n己\n", &src, &doc);
	assert_int_equal(doc.npara, 6);
	pc_doc_free(&doc);
	pc_source_free(&src);

	/* A comma does not end a sentence: joined. */
	load("《深圳市国民经济和社会发展，\n第十五个五年规划纲要》提出\n", &src,
	    &doc);
	assert_int_equal(doc.npara, 1);
	pc_doc_free(&doc);
	pc_source_free(&src);

	/* Closed brackets: no joining. */
	load("《规划》\n起草说明\n“十五五”\n时期\n", &src, &doc);
	assert_int_equal(doc.npara, 4);
	pc_doc_free(&doc);
	pc_source_free(&src);

	/* A blank line ends a wrapped title all the same. */
	load("《光明区规划\n\n起草说明》\n", &src, &doc);
	assert_int_equal(doc.npara, 2);
	assert_para(&doc, 0, "《光明区规划");
	assert_para(&doc, 1, "起草说明》");
	pc_doc_free(&doc);
	pc_source_free(&src);

	/* Nested: the 》 closes 《 but “ is still open. */
	load("《“十五五\n规划》\n说明”\n", &src, &doc);
	assert_int_equal(doc.npara, 1);
	assert_para(&doc, 0, "《“十五五\n规划》\n说明”");
	pc_doc_free(&doc);
	pc_source_free(&src);
}

/* An unclosed 《 pulls in at most three more lines. */
static void
test_continuation_cap(void **state)
{
	pc_source src;
	pc_doc doc;

	(void)state;
	load("《一\n二\n三\n四\n五\n六\n", &src, &doc);
	assert_int_equal(doc.npara, 3);
	assert_para(&doc, 0, "《一\n二\n三\n四");
	assert_para(&doc, 1, "五");
	assert_para(&doc, 2, "六");
	pc_doc_free(&doc);
	pc_source_free(&src);
}

static void
test_para_at(void **state)
{
	/* 0-1 甲乙, 2 LF, 3 LF, 4-5 《丙, 6 LF, 7-8 丁》, 9 LF, 10 戊. */
	static const char s[] = "甲乙\n\n《丙\n丁》\n戊";
	pc_source src;
	pc_doc doc;

	(void)state;
	load(s, &src, &doc);
	assert_int_equal(src.len, 11);
	assert_int_equal(doc.npara, 3);
	assert_int_equal(pc_doc_para_at(&doc, 0), 0);
	assert_int_equal(pc_doc_para_at(&doc, 1), 0);
	assert_int_equal(pc_doc_para_at(&doc, 2), -1);	/* the LF */
	assert_int_equal(pc_doc_para_at(&doc, 3), -1);	/* blank line */
	assert_int_equal(pc_doc_para_at(&doc, 4), 1);
	assert_int_equal(pc_doc_para_at(&doc, 6), 1);	/* LF inside */
	assert_int_equal(pc_doc_para_at(&doc, 8), 1);
	assert_int_equal(pc_doc_para_at(&doc, 9), -1);
	assert_int_equal(pc_doc_para_at(&doc, 10), 2);
	assert_int_equal(pc_doc_para_at(&doc, 11), -1);	/* end of text */
	assert_int_equal(pc_doc_para_at(&doc, -1), -1);
	assert_int_equal(doc.paras[1].start, 4);
	assert_int_equal(doc.paras[1].end, 9);
	pc_doc_free(&doc);
	pc_source_free(&src);
}

static void
test_adopt(void **state)
{
	pc_source src;
	pc_doc doc;
	pc_para *p = pc_xmalloc(2 * sizeof(*p));

	(void)state;
	load("标题\n正文\n", &src, &doc);
	pc_doc_free(&doc);
	p[0].start = 0;
	p[0].end = 2;
	p[0].style_level = 1;
	p[1].start = 3;
	p[1].end = 5;
	p[1].style_level = 0;
	pc_doc_adopt(&doc, &src, p, 2);
	assert_int_equal(doc.npara, 2);
	assert_int_equal(pc_doc_para_at(&doc, 4), 1);
	assert_int_equal(doc.paras[0].style_level, 1);
	pc_doc_free(&doc);
	pc_source_free(&src);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_title),
		cmocka_unit_test(test_lines_and_blanks),
		cmocka_unit_test(test_continuation),
		cmocka_unit_test(test_continuation_cap),
		cmocka_unit_test(test_para_at),
		cmocka_unit_test(test_adopt),
	};
	int rc;

	rc = cmocka_run_group_tests(tests, NULL, NULL);
	u_cleanup();
	return rc;
}
