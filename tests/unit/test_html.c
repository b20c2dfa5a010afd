/* Unit tests of the HTML reader: paragraphs, heading levels and source
 * lines of a realistic page and of the seed as HTML, charsets (declared,
 * detected, forced, BOM), what is skipped, whitespace as a browser shows
 * it, hostile input (entities, deep nesting, 70,000+ lines) and sniffing.
 * Fixtures are in $PC_TESTDATA/html (see the README there). */
#include "pc_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <unicode/uclean.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_doc.h"
#include "pc_html.h"
#include "pc_source.h"

#define SEED "guangming-industrialization-15th-explanation.txt"

static const pc_limits limits = {
	.max_input = PC_MAX_INPUT_DEFAULT, .max_part = PC_MAX_PART_DEFAULT,
	.max_depth = PC_MAX_DEPTH_DEFAULT
};

static const char *
testdata(void)
{
	const char *d = getenv("PC_TESTDATA");

	return d != NULL && *d != '\0' ? d : "tests/data";
}

static unsigned char *
slurp(const char *path, size_t *np)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *b = NULL;
	size_t cap = 0, n = 0, r;

	if (fp == NULL)
		fprintf(stderr, "cannot open %s\n", path);
	assert_non_null(fp);
	for (;;) {
		pc_grow(&b, &cap, n + 4096, 1);
		r = fread(b + n, 1, cap - n, fp);
		n += r;
		if (r == 0)
			break;
	}
	fclose(fp);
	*np = n;
	return b;
}

static unsigned char *
fixture(const char *name, size_t *np, char **pathp)
{
	char *p = pc_xasprintf("%s/html/%s", testdata(), name);
	unsigned char *b = slurp(p, np);

	if (pathp != NULL)
		*pathp = p;
	else
		free(p);
	return b;
}

/* A page read from memory; the test fails if it does not read. */
struct page {
	pc_source src;
	pc_doc doc;
};

static int
read_bytes(struct page *pg, const unsigned char *b, size_t n,
    const char *enc, const pc_limits *lim, pc_src_error *err)
{
	memset(pg, 0, sizeof(*pg));
	return pc_html_read("page.html", b, n, enc, lim, &pg->src, &pg->doc,
	    err);
}

static void
read_ok(struct page *pg, const char *html, const char *enc)
{
	pc_src_error err;
	int rc = read_bytes(pg, (const unsigned char *)html, strlen(html), enc,
	    &limits, &err);

	if (rc != 0)
		fprintf(stderr, "status %d offset %lld %s\n", err.status,
		    (long long)err.offset, err.detail);
	assert_int_equal(rc, 0);
	assert_int_equal(err.status, PC_SRC_OK);
}

static void
page_free(struct page *pg)
{
	pc_doc_free(&pg->doc);
	pc_source_free(&pg->src);
}

/* Paragraph i as a fresh UTF-8 string. */
static char *
para(const struct page *pg, int32_t i)
{
	UErrorCode st = U_ZERO_ERROR;
	const pc_para *p = &pg->doc.paras[i];
	int32_t n = 0;
	char *s;

	u_strToUTF8(NULL, 0, &n, pg->src.text + p->start, p->end - p->start,
	    &st);
	st = U_ZERO_ERROR;
	s = pc_xmalloc((size_t)n + 1);
	u_strToUTF8(s, n + 1, NULL, pg->src.text + p->start,
	    p->end - p->start, &st);
	assert_true(U_SUCCESS(st));
	return s;
}

static int32_t
line_of(const pc_source *src, int32_t off)
{
	int32_t line, col;

	pc_source_pos(src, off, PC_UNIT_CHAR, &line, &col);
	return line;
}

static int32_t
col_of(const pc_source *src, int32_t off)
{
	int32_t line, col;

	pc_source_pos(src, off, PC_UNIT_CHAR, &line, &col);
	return col;
}

/* Paragraph i must read s, with heading level lvl, on source line line. */
static void
expect_para(const struct page *pg, int32_t i, const char *s, int lvl,
    int32_t line)
{
	char *t;

	assert_true(i < pg->doc.npara);
	t = para(pg, i);
	if (strcmp(t, s) != 0)
		fprintf(stderr, "paragraph %d: [%s], want [%s]\n", i, t, s);
	assert_string_equal(t, s);
	free(t);
	assert_int_equal(pg->doc.paras[i].style_level, lvl);
	assert_int_equal(line_of(&pg->src, pg->doc.paras[i].start), line);
	assert_int_equal(col_of(&pg->src, pg->doc.paras[i].start), 1);
}

/* The UTF-8 string s must not occur in the text. */
static void
assert_absent(const struct page *pg, const char *s)
{
	UChar w[256];
	int32_t wn = 0;
	UErrorCode st = U_ZERO_ERROR;

	u_strFromUTF8(w, 256, &wn, s, -1, &st);
	assert_true(U_SUCCESS(st));
	if (u_strFindFirst(pg->src.text, pg->src.len, w, wn) != NULL)
		fprintf(stderr, "found [%s] in the text\n", s);
	assert_null(u_strFindFirst(pg->src.text, pg->src.len, w, wn));
}

/* The source map's invariants: one anchor per paragraph at its start,
 * the first at 0, paragraphs separated by one LF. */
static void
assert_well_formed(const struct page *pg)
{
	int32_t i;

	assert_int_equal(pg->src.text[pg->src.len], 0);
	assert_true(pg->src.nanchors >= 1);
	assert_int_equal(pg->src.anchors[0].off, 0);
	if (pg->doc.npara == 0)
		return;
	assert_int_equal(pg->src.nanchors, pg->doc.npara);
	assert_int_equal(pg->doc.paras[0].start, 0);
	assert_int_equal(pg->doc.paras[pg->doc.npara - 1].end, pg->src.len);
	for (i = 0; i < pg->doc.npara; i++) {
		assert_int_equal(pg->src.anchors[i].off, pg->doc.paras[i].start);
		assert_true(pg->doc.paras[i].end > pg->doc.paras[i].start);
		if (i > 0) {
			assert_int_equal(pg->doc.paras[i].start,
			    pg->doc.paras[i - 1].end + 1);
			assert_int_equal(pg->src.text[pg->doc.paras[i].start - 1],
			    '\n');
		}
	}
}

/* UTF-8 to bytes of a named ICU encoding. */
static unsigned char *
encode(const char *cname, const char *s, size_t *np)
{
	UErrorCode st = U_ZERO_ERROR;
	UConverter *c;
	UChar *u;
	int32_t len = 0, n;
	char *b;

	u_strFromUTF8(NULL, 0, &len, s, -1, &st);
	st = U_ZERO_ERROR;
	u = pc_xreallocarray(NULL, (size_t)len + 1, sizeof(UChar));
	u_strFromUTF8(u, len + 1, NULL, s, -1, &st);
	assert_true(U_SUCCESS(st));
	c = ucnv_open(cname, &st);
	assert_true(U_SUCCESS(st));
	n = ucnv_fromUChars(c, NULL, 0, u, len, &st);
	st = U_ZERO_ERROR;
	b = pc_xmalloc((size_t)n + 1);
	ucnv_fromUChars(c, b, n + 1, u, len, &st);
	assert_true(U_SUCCESS(st));
	ucnv_close(c);
	free(u);
	*np = (size_t)n;
	return (unsigned char *)b;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- a realistic page ---- */

static void
test_gov_page(void **state)
{
	struct page pg;
	pc_src_error err;
	unsigned char *b;
	char *path;
	size_t n;
	int32_t off;

	(void)state;
	b = fixture("gov.html", &n, &path);
	memset(&pg, 0, sizeof(pg));
	assert_int_equal(pc_html_read(path, b, n, NULL, &limits, &pg.src,
	    &pg.doc, &err), 0);
	assert_string_equal(pg.src.path, path);
	assert_string_equal(pg.src.encoding, "UTF-8");
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 17);
	expect_para(&pg, 0, "深圳市光明区人民政府", 0, 17);
	expect_para(&pg, 1, "光明区加快推进新型工业化实施方案", 1, 22);
	/* &nbsp; stays U+00A0, as on screen. */
	expect_para(&pg, 2, "发布日期：2025-03-01\xC2\xA0\xC2\xA0来源：区工业和信息化局",
	    0, 23);
	expect_para(&pg, 3, "一、总体要求", 2, 24);
	expect_para(&pg, 4, "　　以习近平新时代中国特色社会主义思想为指导，完整、准确、"
	    "全面贯彻新发展理念，坚持“工业立区、制造强区”。", 0, 25);
	expect_para(&pg, 5, "（一）发展目标", 3, 26);
	/* A start tag over three lines counts from its '<'; inline b and
	 * span join the paragraph; the source line break between ， and 战
	 * vanishes (CJK), the <br> is a LF. */
	expect_para(&pg, 6, "到2030年，规上工业增加值达到1500亿元，战略性新兴产业增加值"
	    "占比达到70%。\n具体目标如下：", 0, 27);
	expect_para(&pg, 7, "指标", 0, 33);
	expect_para(&pg, 8, "2025年", 0, 33);
	expect_para(&pg, 9, "2030年", 0, 33);
	expect_para(&pg, 10, "规上工业增加值（亿元）", 0, 34);
	expect_para(&pg, 11, "1000", 0, 34);
	expect_para(&pg, 12, "1500", 0, 34);
	expect_para(&pg, 13, "二、重点任务", 2, 36);
	expect_para(&pg, 14, "培育壮大新一代电子信息产业集群。", 0, 38);
	expect_para(&pg, 15, "发展生物医药与高端医疗器械产业。", 0, 39);
	expect_para(&pg, 16, "附件：1. 重点项目清单", 0, 42);
	/* The title repeats the h1: no paragraph.  Nothing of head, style,
	 * script, nav, footer or a hidden div. */
	assert_absent(&pg, "门户网站");
	assert_absent(&pg, "样式表");
	assert_absent(&pg, "脚本里的段落");
	assert_absent(&pg, "alert");
	assert_absent(&pg, "首页");
	assert_absent(&pg, "版权所有");
	assert_absent(&pg, "隐藏的内容");
	assert_absent(&pg, "动态段落");
	assert_absent(&pg, "&ldquo;");
	/* Columns count within the paragraph, across its <br> too. */
	off = pg.doc.paras[6].start;
	assert_int_equal(line_of(&pg.src, off + 5), 27);
	assert_int_equal(col_of(&pg.src, off + 5), 6);
	assert_int_equal(col_of(&pg.src, pg.doc.paras[6].end), 50);
	page_free(&pg);
	free(path);
	free(b);
}

static void
test_title(void **state)
{
	struct page pg;

	(void)state;
	/* No h1: the title is the first paragraph, on its own line. */
	read_ok(&pg, "<html>\n<head>\n<title>\n  关于印发\n  实施方案的通知 "
	    "</title>\n</head>\n<body>\n<h2>一、目标</h2>\n<p>正文。</p>\n"
	    "</body></html>\n", NULL);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 3);
	expect_para(&pg, 0, "关于印发实施方案的通知", 0, 3);
	expect_para(&pg, 1, "一、目标", 2, 8);
	expect_para(&pg, 2, "正文。", 0, 9);
	page_free(&pg);

	/* An h1 anywhere in the body: the title is left out. */
	read_ok(&pg, "<title>标题_网站</title><p>甲</p><h1>标题</h1>", NULL);
	assert_int_equal(pg.doc.npara, 2);
	expect_para(&pg, 0, "甲", 0, 1);
	expect_para(&pg, 1, "标题", 1, 1);
	page_free(&pg);

	/* An empty h1 does not count; only the first title does. */
	read_ok(&pg, "<title>标题</title><title>二</title><h1> </h1><p>甲</p>",
	    NULL);
	assert_int_equal(pg.doc.npara, 2);
	expect_para(&pg, 0, "标题", 0, 1);
	expect_para(&pg, 1, "甲", 0, 1);
	page_free(&pg);

	/* A title only. */
	read_ok(&pg, "<title>只有标题</title>", NULL);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 1);
	expect_para(&pg, 0, "只有标题", 0, 1);
	page_free(&pg);
}

/* ---- the seed as HTML ---- */

/* seed.html: the seed with one <p> per paragraph of the text reader, each
 * on the source line where the text has it (the wrapped title of lines
 * 1-2 is one <p> with a <br>), so every position must be the same. */
static void
test_seed(void **state)
{
	struct page pg;
	pc_source ts;
	pc_doc td;
	pc_src_error err;
	unsigned char *tb, *hb;
	char *tp;
	size_t tn, hn;
	int32_t i, k, plen, lf, checked = 0;

	(void)state;
	tp = pc_xasprintf("%s/../../corpus/%s", testdata(), SEED);
	tb = slurp(tp, &tn);
	assert_int_equal(pc_source_from_bytes(tp, tb, tn, NULL, &ts, &err), 0);
	pc_doc_from_text(&ts, &td);
	hb = fixture("seed.html", &hn, NULL);
	assert_int_equal(read_bytes(&pg, hb, hn, NULL, &limits, &err), 0);
	assert_well_formed(&pg);
	assert_string_equal(pg.src.encoding, "UTF-8");
	assert_int_equal(td.npara, 32);
	assert_int_equal(pg.doc.npara, td.npara);
	for (i = 0; i < td.npara; i++) {
		plen = td.paras[i].end - td.paras[i].start;
		assert_int_equal(pg.doc.paras[i].end - pg.doc.paras[i].start,
		    plen);
		assert_memory_equal(pg.src.text + pg.doc.paras[i].start,
		    ts.text + td.paras[i].start, (size_t)plen * sizeof(UChar));
		assert_int_equal(pg.doc.paras[i].style_level, 0);
		/* Same line and column for every position of the
		 * paragraph's first line. */
		for (lf = 0; lf < plen && ts.text[td.paras[i].start + lf] !=
		    '\n'; lf++)
			;
		for (k = 0; k <= lf; k++) {
			int32_t l1, c1, l2, c2;

			pc_source_pos(&ts, td.paras[i].start + k, PC_UNIT_CHAR,
			    &l1, &c1);
			pc_source_pos(&pg.src, pg.doc.paras[i].start + k,
			    PC_UNIT_CHAR, &l2, &c2);
			assert_int_equal(l2, l1);
			assert_int_equal(c2, c1);
			checked++;
		}
	}
	assert_true(checked > 4000);
	/* Paragraph 3 of the text is line 5. */
	assert_int_equal(line_of(&pg.src, pg.doc.paras[2].start), 5);
	page_free(&pg);
	pc_doc_free(&td);
	pc_source_free(&ts);
	free(tb);
	free(hb);
	free(tp);
}

/* ---- charsets ---- */

static void
read_fixture(struct page *pg, const char *name, const char *enc)
{
	pc_src_error err;
	unsigned char *b;
	size_t n;
	int rc;

	b = fixture(name, &n, NULL);
	rc = read_bytes(pg, b, n, enc, &limits, &err);
	if (rc != 0)
		fprintf(stderr, "%s: status %d\n", name, err.status);
	assert_int_equal(rc, 0);
	assert_well_formed(pg);
	free(b);
}

static void
test_gb2312_declared(void **state)
{
	struct page pg;

	(void)state;
	read_fixture(&pg, "gb2312.html", NULL);
	assert_string_equal(pg.src.encoding, "GB18030");
	assert_int_equal(pg.doc.npara, 3);
	expect_para(&pg, 0, "光明区制造业高质量发展行动计划", 1, 7);
	expect_para(&pg, 1, "为深入贯彻落实党中央、国务院关于推进新型工业化的决策部署，"
	    "加快建设现代化产业体系，制定本行动计划。", 0, 8);
	expect_para(&pg, 2, "到2027年，全区规模以上工业增加值年均增长百分之八以上。", 0,
	    9);
	page_free(&pg);

	/* Declared GB2312, written in GBK (镕 is not in GB2312): read as
	 * browsers read it. */
	read_fixture(&pg, "gbk-declared-gb2312.html", NULL);
	assert_string_equal(pg.src.encoding, "GB18030");
	assert_int_equal(pg.doc.npara, 2);
	expect_para(&pg, 0, "镕", 0, 1);
	expect_para(&pg, 1, "朱镕基同志强调，要坚持实事求是。", 0, 3);
	page_free(&pg);

	/* The declaration wins over the caller's encoding. */
	read_fixture(&pg, "gb2312.html", "big5");
	assert_string_equal(pg.src.encoding, "GB18030");
	expect_para(&pg, 0, "光明区制造业高质量发展行动计划", 1, 7);
	page_free(&pg);
}

static void
test_gb18030_undeclared(void **state)
{
	struct page pg;

	(void)state;
	read_fixture(&pg, "gb18030-undeclared.html", NULL);
	assert_string_equal(pg.src.encoding, "GB18030");
	assert_int_equal(pg.doc.npara, 6);
	expect_para(&pg, 0, "光明区加快推进新型工业化“十五五”规划（征求意见稿）起草说明",
	    0, 3);
	expect_para(&pg, 1, "一、起草背景", 2, 6);
	expect_para(&pg, 4, "二、编制过程", 2, 9);
	expect_para(&pg, 5, "区工业和信息化局成立规划编制工作专班，深入开展调查研究，"
	    "广泛征求各方面意见建议。", 0, 10);
	page_free(&pg);

	/* Undeclared: the caller's encoding applies. */
	read_fixture(&pg, "gb18030-undeclared.html", "gbk");
	assert_string_equal(pg.src.encoding, "GB18030");
	expect_para(&pg, 1, "一、起草背景", 2, 6);
	page_free(&pg);
}

static void
test_big5_declared(void **state)
{
	struct page pg;

	(void)state;
	read_fixture(&pg, "big5.html", NULL);
	assert_string_equal(pg.src.encoding, "Big5");
	assert_int_equal(pg.doc.npara, 2);
	expect_para(&pg, 0, "台灣產業創新條例", 0, 1);
	expect_para(&pg, 1, "為促進產業創新，改善產業環境，提升產業競爭力，特制定本條例。",
	    0, 3);
	page_free(&pg);
}

static void
test_charset_rules(void **state)
{
	static const char body[] = "<p>推进新型工业化</p>";
	struct page pg;
	pc_src_error err;
	unsigned char *b;
	char *s;
	size_t n;

	(void)state;
	/* http-equiv, in single quotes, upper case, after a long comment. */
	s = pc_xasprintf("<!-- %0*d -->\n<META HTTP-EQUIV='Content-Type' "
	    "CONTENT='text/html; Charset=GBK'>\n%s", 2000, 0, body);
	b = encode("GB18030", s, &n);
	assert_int_equal(read_bytes(&pg, b, n, NULL, &limits, &err), 0);
	assert_string_equal(pg.src.encoding, "GB18030");
	expect_para(&pg, 0, "推进新型工业化", 0, 3);
	page_free(&pg);
	free(b);
	free(s);

	/* A content charset without http-equiv is no declaration (HTML5),
	 * so the bytes decide. */
	s = pc_xasprintf("<meta content=\"text/html; charset=big5\">%s", body);
	b = encode("GB18030", s, &n);
	assert_int_equal(read_bytes(&pg, b, n, NULL, &limits, &err), 0);
	assert_string_equal(pg.src.encoding, "GB18030");
	expect_para(&pg, 0, "推进新型工业化", 0, 1);
	page_free(&pg);
	free(b);
	free(s);

	/* Declared GB2312 but saved as UTF-8 (a migrated CMS page). */
	read_ok(&pg, "<meta charset=\"gb2312\"><p>推进新型工业化</p>", NULL);
	assert_string_equal(pg.src.encoding, "UTF-8");
	expect_para(&pg, 0, "推进新型工业化", 0, 1);
	page_free(&pg);

	/* Declared UTF-8 wins over the caller's encoding. */
	read_ok(&pg, "<meta charset=utf-8><p>推进新型工业化</p>", "gb18030");
	assert_string_equal(pg.src.encoding, "UTF-8");
	expect_para(&pg, 0, "推进新型工业化", 0, 1);
	page_free(&pg);

	/* A meta inside a comment declares nothing; an unknown label
	 * neither: the bytes decide. */
	s = pc_xasprintf("<!-- <meta charset=big5> --><meta charset=koi8-r>%s",
	    body);
	b = encode("GB18030", s, &n);
	assert_int_equal(read_bytes(&pg, b, n, NULL, &limits, &err), 0);
	assert_string_equal(pg.src.encoding, "GB18030");
	expect_para(&pg, 0, "推进新型工业化", 0, 1);
	page_free(&pg);
	free(b);
	free(s);

	/* Regression (found by fuzzing): a content value cut off right after
	 * "charset" by the length limit, and one that ends in "charset". */
	s = pc_xasprintf("<meta http-equiv=Content-Type content=\"%0*dcharset"
	    "=big5 and more\"><meta http-equiv=content-type content=charset>"
	    "<meta http-equiv=content-type content=\"charset =\">%s", 120, 0,
	    body);
	read_ok(&pg, s, NULL);
	assert_string_equal(pg.src.encoding, "UTF-8");
	expect_para(&pg, 0, "推进新型工业化", 0, 1);
	page_free(&pg);
	free(s);

	/* A BOM wins over the declaration. */
	s = pc_xasprintf("\xEF\xBB\xBF<meta charset=gbk>\n%s", body);
	read_ok(&pg, s, NULL);
	assert_string_equal(pg.src.encoding, "UTF-8");
	expect_para(&pg, 0, "推进新型工业化", 0, 2);
	page_free(&pg);
	free(s);

	/* UTF-16LE with a BOM, CR LF line ends. */
	b = encode("UTF-16LE", "\xEF\xBB\xBF<html>\r\n<body>\r\n<h2>第一章"
	    "</h2>\r\n<p>推进新型工业化</p></body></html>", &n);
	assert_true(pc_html_sniff(b, n));
	assert_int_equal(read_bytes(&pg, b, n, NULL, &limits, &err), 0);
	assert_string_equal(pg.src.encoding, "UTF-16LE");
	assert_int_equal(pg.doc.npara, 2);
	expect_para(&pg, 0, "第一章", 2, 3);
	expect_para(&pg, 1, "推进新型工业化", 0, 4);
	page_free(&pg);
	free(b);
}

static void
test_decoding_errors(void **state)
{
	static const char bad[] = "<meta charset=utf-8><p>a\xFF</p>";
	static const char nul[] = "<p>a\0b</p>";
	struct page pg;
	pc_src_error err;

	(void)state;
	assert_int_equal(read_bytes(&pg, (const unsigned char *)bad,
	    sizeof(bad) - 1, NULL, &limits, &err), -1);
	assert_int_equal(err.status, PC_SRC_UNDECODABLE);
	assert_int_equal(err.offset, 24);
	assert_null(pg.src.text);
	assert_null(pg.doc.paras);

	assert_int_equal(read_bytes(&pg, (const unsigned char *)nul,
	    sizeof(nul) - 1, NULL, &limits, &err), -1);
	assert_int_equal(err.status, PC_SRC_BINARY);
	assert_int_equal(err.offset, 4);

	assert_int_equal(read_bytes(&pg, (const unsigned char *)"<p>a</p>", 8,
	    "latin-9", &limits, &err), -1);
	assert_int_equal(err.status, PC_SRC_BAD_ENCODING);
	assert_string_equal(err.encoding, "latin-9");

	/* Empty, blank, or only markup: no paragraph, no error. */
	read_ok(&pg, "", NULL);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 0);
	assert_int_equal(pg.src.len, 0);
	page_free(&pg);
	read_ok(&pg, " \n\t<html><body><div> &nbsp; </div><p>\n</p>"
	    "<o:p>&nbsp;</o:p></body></html>", NULL);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 0);
	assert_int_equal(pg.src.len, 0);
	page_free(&pg);
}

/* ---- content ---- */

static void
test_skipped(void **state)
{
	struct page pg;

	(void)state;
	read_ok(&pg, "<html><head><script>alert(1)</script>"
	    "<style>p{}</style></head><body>\n"
	    "<p>甲<script>alert(1)</script>乙</p>\n"
	    "<noscript>请启用脚本</noscript>\n"
	    "<template><p>模板</p></template>\n"
	    "<iframe src=\"x.html\">框架</iframe>\n"
	    "<svg><text>矢量</text><title>图题</title></svg>\n"
	    "<math><mi>公式</mi></math>\n"
	    "<aside><p>相关文件</p></aside>\n"
	    "<select><option>网站导航</option></select>\n"
	    "<p hidden>隐藏一</p><div style=\"COLOR:red;Display :\n"
	    "None\">隐藏二</div><span style=\"display:none!important\">"
	    "隐藏三</span>\n"
	    "<p style=\"display:inline\">丙</p>\n"
	    "<script>document.write('<p>写入</p>')</script>"
	    "</body></html>", NULL);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 2);
	expect_para(&pg, 0, "甲乙", 0, 2);
	expect_para(&pg, 1, "丙", 0, 12);
	assert_absent(&pg, "alert");
	page_free(&pg);
}

static void
test_whitespace(void **state)
{
	struct page pg;

	(void)state;
	/* Blanks collapse, ends are trimmed; a line break inside Latin text
	 * is a space, between two CJK characters nothing; spaces typed
	 * between CJK characters stay one space. */
	read_ok(&pg, "<p>  Made \t in\n  China  </p>"
	    "<p>新型\n   工业化\n(2025)</p>"
	    "<p>新型  工业化</p>"
	    "<p>A<b> b </b> c<br> d <br><br>\n</p>"
	    "<p>甲&nbsp;&nbsp;乙&#x3000;丙&#x200B;\n丁</p>"
	    "<p>\xF0\x9F\x98\x80\n\xE4\xB8\x80</p>", NULL);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 6);
	expect_para(&pg, 0, "Made in China", 0, 1);
	expect_para(&pg, 1, "新型工业化 (2025)", 0, 2);
	expect_para(&pg, 2, "新型 工业化", 0, 4);
	expect_para(&pg, 3, "A b c\nd", 0, 4);
	expect_para(&pg, 4, "甲\xC2\xA0\xC2\xA0乙\xE3\x80\x80丙\xE2\x80\x8B丁", 0,
	    5);
	/* U+1F600 is wide: a supplementary character is looked at whole. */
	expect_para(&pg, 5, "\xF0\x9F\x98\x80\xE4\xB8\x80", 0, 6);
	page_free(&pg);

	/* Ambiguous-width “ ” join a break next to a wide character, not
	 * next to Latin; a break next to Hangul is a space. */
	read_ok(&pg, "<p>坚持\n“工业立区”\n。</p><p>Alpha\n“x”\n</p>"
	    "<p>한국\n어</p>", NULL);
	assert_int_equal(pg.doc.npara, 3);
	expect_para(&pg, 0, "坚持“工业立区”。", 0, 1);
	expect_para(&pg, 1, "Alpha “x”", 0, 3);
	expect_para(&pg, 2, "한국 어", 0, 5);
	page_free(&pg);

	/* pre keeps everything but its first newline and trailing blanks. */
	read_ok(&pg, "<pre>\n  第一行  \n\n\t第二<b>行</b>\n</pre>"
	    "<pre>\n\n x</pre><pre>   \n  </pre>", NULL);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 2);
	expect_para(&pg, 0, "  第一行  \n\n\t第二行", 0, 1);
	expect_para(&pg, 1, "\n x", 0, 5);
	page_free(&pg);
}

static void
test_blocks_and_lines(void **state)
{
	struct page pg;

	(void)state;
	/* Text mixed with blocks forms its own paragraphs; text at the start
	 * of a block is on the block's line, text after a block on its own
	 * line; stray text in body and a list inside a list item. */
	read_ok(&pg, "<!DOCTYPE html>\n<html>\n<body>\n"
	    "正文前的字\n"
	    "<div class=\"a\">\n  第一段\n  <p>第二段</p>\n  第三段\n</div>\n"
	    "<ul>\n<li>条目\n<ul><li>子条目</li></ul></li>\n</ul>\n"
	    "<blockquote>引文</blockquote><hr>末尾\n"
	    "<h4><span>（1）</span>小标题</h4><h6>六级</h6>\n"
	    "<table><caption>表1</caption><tr><td>甲<br>乙</td></tr></table>\n"
	    "<dl><dt>术语</dt><dd>释义</dd></dl>\n"
	    "</body></html>\n", NULL);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 14);
	expect_para(&pg, 0, "正文前的字", 0, 4);
	expect_para(&pg, 1, "第一段", 0, 5);
	expect_para(&pg, 2, "第二段", 0, 7);
	expect_para(&pg, 3, "第三段", 0, 8);
	expect_para(&pg, 4, "条目", 0, 11);
	expect_para(&pg, 5, "子条目", 0, 12);
	expect_para(&pg, 6, "引文", 0, 14);
	expect_para(&pg, 7, "末尾", 0, 14);
	expect_para(&pg, 8, "（1）小标题", 4, 15);
	expect_para(&pg, 9, "六级", 6, 15);
	expect_para(&pg, 10, "表1", 0, 16);
	expect_para(&pg, 11, "甲\n乙", 0, 16);
	expect_para(&pg, 12, "术语", 0, 17);
	expect_para(&pg, 13, "释义", 0, 17);
	page_free(&pg);
}

/* ---- hostile input ---- */

static void
test_big_lines(void **state)
{
	struct page pg;
	pc_src_error err;
	char *s;
	size_t n = 0, cap = 0;
	int i;

	(void)state;
	s = NULL;
	pc_grow(&s, &cap, 4 * 1024 * 1024, 1);
	n += (size_t)sprintf(s + n, "<html><body>\n<p>第一段</p>\n");
	for (i = 3; i < 70000; i++)
		n += (size_t)sprintf(s + n, "<!-- %d -->\n", i);
	/* Line 70000; then a tag over lines 70001-70003; then line 100000
	 * and 131073 (2^17 + 1, to catch 16- and 17-bit wrap-around). */
	n += (size_t)sprintf(s + n, "<p>第二段</p>\n<p\nclass=\"x\"\n>第三段</p>\n");
	for (i = 70004; i < 100000; i++)
		n += (size_t)sprintf(s + n, "\n");
	n += (size_t)sprintf(s + n, "<h2>第四段</h2>\n");
	for (i = 100001; i < 131073; i++)
		n += (size_t)sprintf(s + n, "\n");
	n += (size_t)sprintf(s + n, "第五段</body></html>\n");
	assert_int_equal(read_bytes(&pg, (unsigned char *)s, n, NULL, &limits,
	    &err), 0);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 5);
	expect_para(&pg, 0, "第一段", 0, 2);
	expect_para(&pg, 1, "第二段", 0, 70000);
	expect_para(&pg, 2, "第三段", 0, 70001);
	expect_para(&pg, 3, "第四段", 2, 100000);
	expect_para(&pg, 4, "第五段", 0, 131073);
	page_free(&pg);
	free(s);
}

static void
test_deep_nesting(void **state)
{
	struct page pg;
	pc_src_error err;
	pc_limits deep = limits;
	char *s;
	size_t n = 0, cap = 0;
	double t0;
	int i;

	(void)state;
	s = NULL;
	pc_grow(&s, &cap, 1300000, 1);
	n += (size_t)sprintf(s + n, "<html><body>\n");
	for (i = 0; i < 100000; i++)
		n += (size_t)sprintf(s + n, "<div>\n");
	n += (size_t)sprintf(s + n, "深处");
	for (i = 0; i < 100000; i++)
		n += (size_t)sprintf(s + n, "</div>");
	n += (size_t)sprintf(s + n, "</body></html>\n");

	/* html, body and 254 divs fit in 256; div 255 is on line 256. */
	t0 = now();
	assert_int_equal(read_bytes(&pg, (unsigned char *)s, n, NULL, &limits,
	    &err), -1);
	assert_true(now() - t0 < 2.0);
	assert_int_equal(err.status, PC_SRC_TOO_DEEP);
	assert_int_equal(err.offset, 256);
	assert_non_null(strstr(err.detail, "<div>"));
	assert_null(pg.src.text);

	deep.max_depth = 10;
	assert_int_equal(read_bytes(&pg, (unsigned char *)s, n, NULL, &deep,
	    &err), -1);
	assert_int_equal(err.status, PC_SRC_TOO_DEEP);
	assert_int_equal(err.offset, 10);

	/* With room for all of them: read, and quickly. */
	deep.max_depth = 200000;
	t0 = now();
	assert_int_equal(read_bytes(&pg, (unsigned char *)s, n, NULL, &deep,
	    &err), 0);
	assert_true(now() - t0 < 5.0);
	assert_int_equal(pg.doc.npara, 1);
	expect_para(&pg, 0, "深处", 0, 100001);	/* the innermost div */
	page_free(&pg);
	free(s);

	/* Unclosed: the parser's own closing at the end is no problem. */
	s = pc_xmalloc(700000);
	for (i = 0, n = 0; i < 100000; i++)
		n += (size_t)sprintf(s + n, "<span>");
	assert_int_equal(read_bytes(&pg, (unsigned char *)s, n, NULL, &limits,
	    &err), -1);
	assert_int_equal(err.status, PC_SRC_TOO_DEEP);
	assert_int_equal(err.offset, 1);
	free(s);
}

static void
test_entities(void **state)
{
	static const char xxe[] = "<!DOCTYPE html [\n"
	    "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
	    "<html><body><p>&xxe;</p></body></html>\n";
	static const char lol[] = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
	    " <!ENTITY lol \"lol\">\n"
	    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
	    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
	    "]>\n<html><p>&lol2;</p></html>\n";
	static const char island[] = "<html><body>\n<p>正文</p>\n"
	    "<svg><!ENTITY e SYSTEM \"/etc/hostname\"><text>&e;</text></svg>\n"
	    "</body></html>\n";
	struct page pg;
	pc_src_error err;
	char *dir, *secret, *s;
	FILE *fp;

	(void)state;
	assert_int_equal(read_bytes(&pg, (const unsigned char *)xxe,
	    strlen(xxe), NULL, &limits, &err), -1);
	assert_int_equal(err.status, PC_SRC_ENTITY);
	assert_int_equal(err.offset, 1);
	assert_null(pg.src.text);

	assert_int_equal(read_bytes(&pg, (const unsigned char *)lol,
	    strlen(lol), NULL, &limits, &err), -1);
	assert_int_equal(err.status, PC_SRC_ENTITY);
	assert_int_equal(err.offset, 2);

	assert_int_equal(read_bytes(&pg, (const unsigned char *)island,
	    strlen(island), NULL, &limits, &err), -1);
	assert_int_equal(err.status, PC_SRC_ENTITY);
	assert_int_equal(err.offset, 3);

	/* A DOCTYPE naming a local file as its DTD is an ordinary HTML 4
	 * doctype: read, but the file is never opened; references to
	 * undeclared entities stay text. */
	dir = pc_xasprintf("%s/pc-html-XXXXXX", getenv("TMPDIR") != NULL ?
	    getenv("TMPDIR") : "/tmp");
	assert_non_null(mkdtemp(dir));
	secret = pc_xasprintf("%s/secret.dtd", dir);
	fp = fopen(secret, "w");
	assert_non_null(fp);
	fputs("<!ENTITY xxe \"SECRET-CONTENT\">\nSECRET-CONTENT\n", fp);
	fclose(fp);
	s = pc_xasprintf("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" "
	    "\"file://%s\">\n<p>甲&xxe;乙 &amp; &ldquo;丙&rdquo; &nosuch</p>\n"
	    "<!-- <!ENTITY in a comment> -->\n", secret);
	read_ok(&pg, s, NULL);
	assert_int_equal(pg.doc.npara, 1);
	expect_para(&pg, 0, "甲&xxe;乙 & “丙” &nosuch", 0, 2);
	assert_absent(&pg, "SECRET");
	page_free(&pg);
	free(s);
	unlink(secret);
	rmdir(dir);
	free(secret);
	free(dir);
}

static void
test_odd_markup(void **state)
{
	struct page pg;

	(void)state;
	/* Unclosed and stray tags, a comment left open, Word's o:p, a
	 * misplaced DOCTYPE: the parser's repairs, never a failure. */
	read_ok(&pg, "</p></div>起<p>甲<p>乙<div>丙</span></b>丁\n"
	    "<o:p>戊</o:p><!DOCTYPE html><p class=\"x\n", NULL);
	assert_well_formed(&pg);
	assert_int_equal(pg.doc.npara, 4);
	expect_para(&pg, 0, "起", 0, 1);
	expect_para(&pg, 1, "甲", 0, 1);
	expect_para(&pg, 2, "乙", 0, 1);
	expect_para(&pg, 3, "丙丁戊", 0, 1);
	page_free(&pg);

	read_ok(&pg, "<p>甲</p><!-- 乙 <p>丙</p>", NULL);
	assert_int_equal(pg.doc.npara, 1);
	expect_para(&pg, 0, "甲", 0, 1);
	page_free(&pg);

	/* Character references: supplementary, invalid and control ones. */
	read_ok(&pg, "<p>&#x1F600;&#20013;&#0;&#1;&#xD800;&#x110000;文</p>",
	    NULL);
	expect_para(&pg, 0, "\xF0\x9F\x98\x80中文", 0, 1);
	page_free(&pg);
}

/* ---- sniffing ---- */

static int
sniff(const char *s)
{
	return pc_html_sniff((const unsigned char *)s, strlen(s));
}

static void
test_sniff(void **state)
{
	char *s;
	unsigned char *b;
	size_t n;

	(void)state;
	assert_true(sniff("<!DOCTYPE html>\n<title>x</title>"));
	assert_true(sniff("\xEF\xBB\xBF \n<!doctype HTML PUBLIC \"-//W3C\">"));
	assert_true(sniff("<html>"));
	assert_true(sniff("<HTML lang=zh>"));
	assert_true(sniff("  <head><meta charset=utf-8>"));
	assert_true(sniff("<body>"));
	assert_true(sniff("<p>一段</p>"));
	assert_true(sniff("<div class=x>一段</div>"));
	assert_true(sniff("<!-- saved from url=(0014)about:internet -->\n"
	    "<html>"));
	assert_true(sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE html>"));
	assert_true(sniff("<meta charset=\"utf-8\">\n<p>一段</p>"));

	assert_false(sniff(""));
	assert_false(sniff("一、总体要求\n<p>在正文里</p>"));
	assert_false(sniff("<!-- plancheck-disable numbering -->\n一、总体要求"));
	assert_false(sniff("<!-- unterminated"));
	assert_false(sniff("<pre>x</pre>"));
	assert_false(sniff("<paragraph>"));
	assert_false(sniff("<htmlx>"));
	assert_false(sniff("《规划》<p>"));
	assert_false(pc_html_sniff(NULL, 0));
	assert_false(pc_html_sniff((const unsigned char *)"<p>", 2));

	/* Only the first KB is looked at. */
	s = pc_xasprintf("<span>%0*d</span><div>", 1100, 0);
	assert_false(sniff(s));
	free(s);

	b = encode("UTF-16BE", "\xEF\xBB\xBF<html><body>文</body></html>", &n);
	assert_true(pc_html_sniff(b, n));
	free(b);
	b = encode("UTF-16LE", "\xEF\xBB\xBF一、总体要求<p>", &n);
	assert_false(pc_html_sniff(b, n));
	free(b);

	/* The fixtures. */
	b = fixture("gov.html", &n, NULL);
	assert_true(pc_html_sniff(b, n));
	free(b);
	b = fixture("gb2312.html", &n, NULL);
	assert_true(pc_html_sniff(b, n));
	free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gov_page),
		cmocka_unit_test(test_title),
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_gb2312_declared),
		cmocka_unit_test(test_gb18030_undeclared),
		cmocka_unit_test(test_big5_declared),
		cmocka_unit_test(test_charset_rules),
		cmocka_unit_test(test_decoding_errors),
		cmocka_unit_test(test_skipped),
		cmocka_unit_test(test_whitespace),
		cmocka_unit_test(test_blocks_and_lines),
		cmocka_unit_test(test_big_lines),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_odd_markup),
		cmocka_unit_test(test_sniff),
	};
	int rc;

	rc = cmocka_run_group_tests(tests, NULL, NULL);
	xmlCleanupParser();
	u_cleanup();
	return rc;
}
