/* Unit tests of the DOCX reader: the seed converted by pandoc reads back
 * line for line as the text version; tables, runs, tracked changes and
 * heading styles; and the hostile files (truncated, corrupt, zip bombs,
 * XXE, billion laughs, 100,000 nested elements) fail cleanly and fast.
 * The fixtures are in $PC_TESTDATA/docx (made by make-fixtures.py). */
#include "pc_test.h"

#include <sys/resource.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <unicode/uclean.h>
#include <unicode/ustring.h>
#include <zip.h>

#include "pc_alloc.h"
#include "pc_docx.h"
#include "pc_testutil.h"

#define SEED "guangming-industrialization-15th-explanation.txt"

struct rd {
	pc_source src;
	pc_doc doc;
	pc_src_error err;
	int rc;
};

static pc_limits
limits(void)
{
	pc_limits l;

	pc_limits_default(&l);
	return l;
}

static char *
fixture_path(const char *name)
{
	return pc_xasprintf("%s/docx/%s", pc_test_datadir(), name);
}

static unsigned char *
fixture(const char *name, size_t *n)
{
	char *path = fixture_path(name);
	char *b = pc_test_slurp(path, n);

	if (b == NULL)
		fail_msg("cannot read %s", path);
	free(path);
	return (unsigned char *)b;
}

static void
rd_bytes(const unsigned char *b, size_t n, const pc_limits *lim,
    struct rd *r)
{
	memset(r, 0, sizeof(*r));
	r->rc = pc_docx_read("test.docx", b, n, lim, &r->src, &r->doc,
	    &r->err);
	if (r->rc == 0) {
		assert_ptr_equal(r->doc.src, &r->src);
		assert_string_equal(r->src.encoding, "DOCX");
		assert_string_equal(r->src.path, "test.docx");
		assert_non_null(r->src.text);
		assert_int_equal(r->src.text[r->src.len], 0);
		assert_true(r->src.nanchors >= 1);
		assert_int_equal(r->src.anchors[0].off, 0);
	} else {
		assert_int_equal(r->rc, -1);
		assert_null(r->src.text);
		assert_null(r->doc.paras);
	}
}

static void
rd_lim(const char *name, const pc_limits *lim, struct rd *r)
{
	size_t n;
	unsigned char *b = fixture(name, &n);

	rd_bytes(b, n, lim, r);
	free(b);
}

static void
rd(const char *name, struct rd *r)
{
	pc_limits lim = limits();

	rd_lim(name, &lim, r);
}

static void
rd_free(struct rd *r)
{
	pc_doc_free(&r->doc);
	pc_source_free(&r->src);
}

static char *
to_utf8(const UChar *s, int32_t n)
{
	UErrorCode ec = U_ZERO_ERROR;
	int32_t m = 0;
	char *out;

	u_strToUTF8(NULL, 0, &m, s, n, &ec);
	ec = U_ZERO_ERROR;
	out = pc_xmalloc((size_t)m + 1);
	u_strToUTF8(out, m + 1, &m, s, n, &ec);
	assert_true(U_SUCCESS(ec));
	return out;
}

static void
assert_text(const struct rd *r, const char *want)
{
	char *got = to_utf8(r->src.text, r->src.len);

	assert_string_equal(got, want);
	free(got);
}

/* anchors: pairs (line, off) */
static void
assert_anchors(const struct rd *r, const int32_t *want, int32_t n)
{
	assert_int_equal(r->src.nanchors, n);
	for (int32_t i = 0; i < n; i++) {
		assert_int_equal(r->src.anchors[i].line, want[2 * i]);
		assert_int_equal(r->src.anchors[i].off, want[2 * i + 1]);
	}
}

/* paragraphs: triples (start, end, style_level) */
static void
assert_paras(const struct rd *r, const int32_t *want, int32_t n)
{
	assert_int_equal(r->doc.npara, n);
	for (int32_t i = 0; i < n; i++) {
		assert_int_equal(r->doc.paras[i].start, want[3 * i]);
		assert_int_equal(r->doc.paras[i].end, want[3 * i + 1]);
		assert_int_equal(r->doc.paras[i].style_level, want[3 * i + 2]);
	}
}

static void
assert_error(const struct rd *r, pc_src_status st, int64_t off)
{
	if (r->rc == 0)
		fail_msg("read, expected status %d", (int)st);
	if (r->err.status != st)
		fail_msg("status %d (%s), expected %d", (int)r->err.status,
		    r->err.detail, (int)st);
	assert_int_equal(r->err.offset, off);
}

static long
maxrss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* ---- hostile inputs first, while the peak RSS is still low ---- */

static void
test_bomb_bounded(void **state)
{
	pc_limits lim = limits();
	struct rd r;
	long rss0 = maxrss_kb();
	double t0 = pc_test_now();

	(void)state;
	/* Headers claim 1000 bytes; the part inflates to 200 MB. The read
	 * stops one byte past the limit. */
	lim.max_part = 1024 * 1024;
	rd_lim("bomb-lying.docx", &lim, &r);
	assert_error(&r, PC_SRC_PART_TOO_LARGE, 1024 * 1024);
	assert_string_equal(r.err.detail, "word/document.xml");
	/* Headers telling the truth are believed: rejected unread. */
	rd_lim("bomb.docx", &lim, &r);
	assert_error(&r, PC_SRC_PART_TOO_LARGE, 1024 * 1024);
	lim = limits();
	rd_lim("bomb.docx", &lim, &r);
	assert_error(&r, PC_SRC_PART_TOO_LARGE, (int64_t)PC_MAX_PART_DEFAULT);
	assert_true(pc_test_now() - t0 < 1.0);
	/* Inflating all 200 MB would have shown. */
	assert_true(maxrss_kb() - rss0 < 48 * 1024);
}

/* The limit's exact edge while inflating, past what the headers claim. */
static void
test_part_limit_edge(void **state)
{
	pc_limits lim = limits();
	struct rd r;

	(void)state;
	lim.max_part = 264;
	rd_lim("lying-small.docx", &lim, &r);
	assert_error(&r, PC_SRC_PART_TOO_LARGE, 264);
	lim.max_part = 265;
	rd_lim("lying-small.docx", &lim, &r);
	assert_int_equal(r.rc, 0);
	assert_text(&r, "头部声称的大小是假的");
	rd_free(&r);
}

/* The edge on the path that trusts an honest header. */
static void
test_part_limit_stat(void **state)
{
	pc_limits lim = limits();
	char *path = fixture_path("runs.docx");
	zip_t *za;
	zip_stat_t st;
	int zerr;
	struct rd r;

	(void)state;
	za = zip_open(path, ZIP_RDONLY, &zerr);
	assert_non_null(za);
	assert_int_equal(zip_stat(za, "word/document.xml", 0, &st), 0);
	zip_discard(za);
	free(path);
	lim.max_part = (size_t)st.size - 1;
	rd_lim("runs.docx", &lim, &r);
	assert_error(&r, PC_SRC_PART_TOO_LARGE, (int64_t)st.size - 1);
	lim.max_part = (size_t)st.size;
	rd_lim("runs.docx", &lim, &r);
	assert_int_equal(r.rc, 0);
	rd_free(&r);
}

static void
test_xxe(void **state)
{
	struct rd r;

	(void)state;
	/* The DOCTYPE is on line 2; its entity names /etc/passwd. */
	rd("xxe.docx", &r);
	assert_error(&r, PC_SRC_ENTITY, 2);
	assert_null(strstr(r.err.detail, "root"));
	rd("xxe-styles.docx", &r);
	assert_error(&r, PC_SRC_ENTITY, 2);
	assert_string_equal(r.err.detail, "word/styles.xml");
}

static void
test_billion_laughs(void **state)
{
	struct rd r;
	double t0 = pc_test_now();

	(void)state;
	rd("laughs.docx", &r);
	assert_error(&r, PC_SRC_ENTITY, 2);
	assert_true(pc_test_now() - t0 < 1.0);
}

static void
test_deep(void **state)
{
	pc_limits lim = limits();
	struct rd r;

	(void)state;
	/* 100,000 nested w:sdt, all on line 2. */
	rd("deep.docx", &r);
	assert_error(&r, PC_SRC_TOO_DEEP, 2);
	/* With the limit raised above it, the document reads: the parse
	 * keeps no stack of its own. (A libxml2 that enforces its own limit
	 * of 256 in push mode too says TOO_DEEP, and no more.) */
	lim.max_depth = 1000000;
	rd_lim("deep.docx", &lim, &r);
	if (r.rc == 0) {
		assert_text(&r, "浅");
		assert_int_equal(r.doc.npara, 1);
		rd_free(&r);
	} else {
		assert_error(&r, PC_SRC_TOO_DEEP, 2);
	}
	/* The nested table's text is 11 deep: document, body, tbl, tr, tc,
	 * tbl, tr, tc, p, r, t. */
	lim.max_depth = 10;
	rd_lim("table.docx", &lim, &r);
	assert_error(&r, PC_SRC_TOO_DEEP, 2);
	lim.max_depth = 11;
	rd_lim("table.docx", &lim, &r);
	assert_int_equal(r.rc, 0);
	rd_free(&r);
}

static void
test_bad_container(void **state)
{
	pc_limits lim = limits();
	static const unsigned char text[] = "《规划》起草说明\n";
	struct rd r;

	(void)state;
	rd("truncated.docx", &r);
	assert_error(&r, PC_SRC_BAD_CONTAINER, 0);
	assert_string_equal(r.err.detail, "not a zip archive");
	rd("nodoc.docx", &r);
	assert_error(&r, PC_SRC_BAD_CONTAINER, 0);
	assert_string_equal(r.err.detail, "no word/document.xml");
	rd("crc.docx", &r);
	assert_error(&r, PC_SRC_BAD_CONTAINER, 0);
	assert_string_equal(r.err.detail, "word/document.xml: CRC error");
	rd_bytes(text, sizeof(text) - 1, &lim, &r);
	assert_error(&r, PC_SRC_BAD_CONTAINER, 0);
	rd_bytes(text, 0, &lim, &r);
	assert_error(&r, PC_SRC_BAD_CONTAINER, 0);
	/* An empty file, as read into no buffer at all. */
	rd_bytes(NULL, 0, &lim, &r);
	assert_error(&r, PC_SRC_BAD_CONTAINER, 0);
}

static void
test_bad_markup(void **state)
{
	struct rd r;

	(void)state;
	rd("badxml.docx", &r);
	assert_error(&r, PC_SRC_BAD_MARKUP, 3);
	/* The first error, not what follows from it. */
	assert_non_null(strstr(r.err.detail, "word/document.xml: Opening and "
	    "ending tag mismatch"));
}

/* Every cut of a good file and a few hundred corrupted bytes: an error or
 * a document, never a crash (the sanitizers watch). */
static void
test_damage(void **state)
{
	pc_limits lim = limits();
	size_t n;
	unsigned char *b = fixture("seed.docx", &n), *c;
	uint32_t seed = 12345;
	struct rd r;
	int ok = 0;

	(void)state;
	for (size_t cut = 0; cut < n; cut += 211) {
		rd_bytes(b, cut, &lim, &r);
		assert_error(&r, PC_SRC_BAD_CONTAINER, 0);
	}
	c = pc_xmalloc(n);
	for (int i = 0; i < 300; i++) {
		memcpy(c, b, n);
		for (int k = 0; k < 1 + i % 4; k++) {
			seed = seed * 1103515245u + 12345u;
			c[(seed >> 8) % n] ^= (unsigned char)(1u << (seed % 8));
		}
		rd_bytes(c, n, &lim, &r);
		if (r.rc == 0) {
			ok++;
			rd_free(&r);
		} else {
			assert_true(r.err.status == PC_SRC_BAD_CONTAINER ||
			    r.err.status == PC_SRC_BAD_MARKUP);
		}
	}
	/* Flips in unread parts (the theme, fonts) leave it readable. */
	assert_true(ok > 0);
	free(c);
	free(b);
}

/* ---- content ---- */

/* pandoc's conversion, one w:p per line of the seed: the text is the seed
 * itself, the source map the text version's. */
static void
test_seed(void **state)
{
	char *path = pc_xasprintf("%s/../../corpus/%s", pc_test_datadir(),
	    SEED);
	size_t n = 0;
	char *seed = pc_test_slurp(path, &n), *got;
	pc_source ts;
	pc_src_error err;
	struct rd r;
	int32_t lt, ct, ld, cd, k = 0;

	(void)state;
	assert_non_null(seed);
	rd("seed.docx", &r);
	assert_int_equal(r.rc, 0);
	got = to_utf8(r.src.text, r.src.len);
	assert_string_equal(got, seed);
	free(got);
	assert_int_equal(pc_source_from_bytes("t", (unsigned char *)seed, n,
	    "utf-8", &ts, &err), 0);
	assert_int_equal(r.src.nanchors, 35);
	assert_int_equal(r.src.nanchors, ts.nanchors);
	for (int32_t i = 0; i < ts.nanchors; i++) {
		assert_int_equal(r.src.anchors[i].line, i + 1);
		assert_int_equal(r.src.anchors[i].off, ts.anchors[i].off);
	}
	for (int32_t off = 0; off <= ts.len; off++) {
		pc_source_pos(&ts, off, PC_UNIT_CHAR, &lt, &ct);
		pc_source_pos(&r.src, off, PC_UNIT_CHAR, &ld, &cd);
		assert_int_equal(ld, lt);
		assert_int_equal(cd, ct);
	}
	/* One paragraph per non-blank line (3 and 35 are blank), none with
	 * a heading level: pandoc gives body styles only. */
	assert_int_equal(r.doc.npara, 33);
	for (int32_t i = 0; i < r.src.nanchors; i++) {
		int32_t s = r.src.anchors[i].off;

		if (i == 2 || i == 34)
			continue;
		assert_int_equal(r.doc.paras[k].start, s);
		assert_int_equal(r.doc.paras[k].style_level, 0);
		assert_true(r.doc.paras[k].end == r.src.len ||
		    r.src.text[r.doc.paras[k].end] == '\n');
		k++;
	}
	assert_int_equal(k, 33);
	pc_source_free(&ts);
	rd_free(&r);
	free(seed);
	free(path);
}

static void
test_table(void **state)
{
	static const int32_t anchors[] = {
		1, 0, 2, 3, 3, 6, 4, 9, 5, 13, 6, 16, 7, 19, 8, 22, 9, 26,
		10, 27
	};
	static const int32_t paras[] = {
		0, 2, 0, 3, 5, 0, 6, 8, 0, 9, 12, 0, 13, 15, 0, 16, 18, 0,
		19, 21, 0, 22, 25, 0, 27, 29, 0
	};
	struct rd r;
	int32_t line, col;

	(void)state;
	rd("table.docx", &r);
	assert_int_equal(r.rc, 0);
	/* Cells in row order; a nested table in place; the empty cell's
	 * w:p is a line but no paragraph. */
	assert_text(&r, "表前\n甲1\n乙1\n乙1b\n甲2\n内A\n内B\n甲2后\n\n表后");
	assert_anchors(&r, anchors, 10);
	assert_paras(&r, paras, 9);
	pc_source_pos(&r.src, 17, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 6);
	assert_int_equal(col, 2);
	rd_free(&r);
}

static void
test_runs(void **state)
{
	static const int32_t paras[] = {
		0, 8, 0, 9, 13, 0, 14, 22, 0, 23, 25, 0, 26, 32, 0, 33, 36, 0,
		37, 40, 0, 41, 49, 0, 54, 57, 0
	};
	struct rd r;
	int32_t line, col;

	(void)state;
	rd("runs.docx", &r);
	assert_int_equal(r.rc, 0);
	assert_text(&r,
	    "a\tb\nc\nde\n"		/* tab, line break, CR; page break */
	    "x-yz\n"			/* noBreakHyphen; softHyphen, sym */
	    "79链接标记控件\n"		/* field results, not codes */
	    "注释\n"			/* no note or comment references */
	    "框前后备框后\n"		/* mc:Fallback, not the text box */
	    "块控件\n"
	    "自定义\n"
	    "<甲>乙&\n丙注\n"		/* CDATA, references, ruby base */
	    " \u3000\t\n"		/* blank: a line, not a paragraph */
	    "\xf0\xa0\xae\xb7字");
	assert_int_equal(r.src.nanchors, 10);
	assert_paras(&r, paras, 9);
	/* An LF inside a paragraph counts as a column: the line stays the
	 * paragraph's number. */
	pc_source_pos(&r.src, 6, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 7);
	/* Columns in characters: U+20BB7 is one, two UTF-16 units. */
	pc_source_pos(&r.src, 56, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 10);
	assert_int_equal(col, 2);
	pc_source_pos(&r.src, 56, PC_UNIT_UTF16, &line, &col);
	assert_int_equal(col, 3);
	rd_free(&r);
}

static void
test_tracked(void **state)
{
	/* 5 and 6 join 7 and start where it does; 3 joins 4; 8 joins
	 * neither the table after it nor 9 the next cell. */
	static const int32_t anchors[] = {
		1, 0, 2, 9, 3, 14, 4, 16, 5, 19, 6, 19, 7, 20, 8, 22, 9, 25,
		10, 28, 11, 31
	};
	static const int32_t paras[] = {
		0, 8, 0, 9, 13, 0, 14, 18, 1, 19, 21, 0, 22, 24, 0, 25, 27, 0,
		28, 30, 0, 31, 32, 0
	};
	struct rd r;
	int32_t line, col;

	(void)state;
	rd("tracked.docx", &r);
	assert_int_equal(r.rc, 0);
	assert_text(&r, "发展壮大新兴产业\n甲新位置\n前半后半\n移接\n表前\n格一\n"
	    "格二\n末");
	assert_anchors(&r, anchors, 11);
	/* The joined paragraph has the surviving mark's style (Heading1). */
	assert_paras(&r, paras, 8);
	/* 后半 is where paragraph 4 was. */
	pc_source_pos(&r.src, 17, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 4);
	assert_int_equal(col, 2);
	rd_free(&r);
}

static void
test_styles(void **state)
{
	static const int32_t levels[] = {
		1,	/* outlineLvl 0 in the style */
		3,	/* named "heading 3" */
		2,	/* named "标题 2" */
		3,	/* based on the "heading 3" style */
		4,	/* outlineLvl 3 in the style */
		0,	/* "heading 2" with outlineLvl 9: body text */
		0,	/* a basedOn cycle */
		0,	/* an undefined style: the default one */
		2,	/* direct outlineLvl 1 */
		0,	/* direct outlineLvl 9 over a heading style */
		0,	/* "heading 10" is no level */
		0,
	};
	struct rd r;

	(void)state;
	rd("styles.docx", &r);
	assert_int_equal(r.rc, 0);
	assert_int_equal(r.doc.npara, 12);
	for (int32_t i = 0; i < 12; i++)
		if (r.doc.paras[i].style_level != levels[i])
			fail_msg("paragraph %d: level %d, expected %d", i + 1,
			    r.doc.paras[i].style_level, levels[i]);
	rd_free(&r);
}

/* pandoc's "#" headings (Heading1 … with outline levels in styles.xml). */
static void
test_headings(void **state)
{
	static const int32_t paras[] = {
		0, 6, 1, 7, 13, 0, 14, 21, 2, 22, 28, 0, 29, 33, 3, 34, 40, 0
	};
	struct rd r;

	(void)state;
	rd("headings.docx", &r);
	assert_int_equal(r.rc, 0);
	assert_text(&r, "一、起草背景\n正文第一段。\n（一）政策依据\n正文第二段。\n"
	    "1.细则\n正文第三段。");
	assert_paras(&r, paras, 6);
	rd_free(&r);
}

static void
test_strict_and_empty(void **state)
{
	static const int32_t paras[] = { 0, 2, 2, 3, 7, 0 };
	struct rd r;

	(void)state;
	rd("strict.docx", &r);
	assert_int_equal(r.rc, 0);
	assert_text(&r, "严格\n命名空间");
	assert_paras(&r, paras, 2);
	rd_free(&r);
	rd("empty.docx", &r);
	assert_int_equal(r.rc, 0);
	assert_int_equal(r.src.len, 0);
	assert_int_equal(r.doc.npara, 0);
	assert_int_equal(r.src.nanchors, 1);
	rd_free(&r);
}

static void
test_sniff(void **state)
{
	static const unsigned char text[] = "《规划》起草说明\n";
	static const unsigned char pk[] = "PK\3\4";
	size_t n;
	unsigned char *b;

	(void)state;
	b = fixture("seed.docx", &n);
	assert_true(pc_docx_sniff(b, n));
	/* The local headers at the start are enough. */
	assert_true(pc_docx_sniff(b, 200));
	assert_false(pc_docx_sniff(b, 20));
	b[0] = 'Q';
	assert_false(pc_docx_sniff(b, n));
	free(b);
	b = fixture("truncated.docx", &n);
	assert_true(pc_docx_sniff(b, n));
	free(b);
	assert_false(pc_docx_sniff(text, sizeof(text) - 1));
	assert_false(pc_docx_sniff(pk, 4));
	assert_false(pc_docx_sniff(pk, 0));
}

static int
teardown(void **state)
{
	(void)state;
	xmlCleanupParser();
	u_cleanup();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bomb_bounded),
		cmocka_unit_test(test_part_limit_edge),
		cmocka_unit_test(test_part_limit_stat),
		cmocka_unit_test(test_xxe),
		cmocka_unit_test(test_billion_laughs),
		cmocka_unit_test(test_deep),
		cmocka_unit_test(test_bad_container),
		cmocka_unit_test(test_bad_markup),
		cmocka_unit_test(test_damage),
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_runs),
		cmocka_unit_test(test_tracked),
		cmocka_unit_test(test_styles),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_strict_and_empty),
		cmocka_unit_test(test_sniff),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
