/* Unit tests for the outline (src/pc_outline.c): the seed drafting
 * explanation and small synthetic documents. */
#include "pc_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>

#include "pc_outline.h"

#define SEED "guangming-industrialization-15th-explanation.txt"

struct doc {
	UChar *text;
	int32_t len;
	pc_para *paras;
	int32_t npara;
	uint8_t *masked;
	pc_outline o;
};

static UChar *
u16(const char *s, int32_t n8, int32_t *len)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t n;
	UChar *buf;

	u_strFromUTF8(NULL, 0, &n, s, n8, &err);
	err = U_ZERO_ERROR;
	buf = malloc(((size_t)n + 1) * sizeof(UChar));
	assert_non_null(buf);
	u_strFromUTF8(buf, n + 1, NULL, s, n8, &err);
	assert_false(U_FAILURE(err));
	*len = n;
	return buf;
}

/* Mask every "[bookmark: …]" (Word export leftovers). */
static void
mask_bookmarks(struct doc *d)
{
	static const UChar tag[] = { '[', 'b', 'o', 'o', 'k', 'm', 'a', 'r',
	    'k', ':' };
	int32_t i, j, n = (int32_t)(sizeof(tag) / sizeof(tag[0]));

	d->masked = calloc((size_t)d->len + 1, 1);
	assert_non_null(d->masked);
	for (i = 0; i + n <= d->len; i++) {
		if (memcmp(d->text + i, tag, sizeof(tag)) != 0)
			continue;
		for (j = i; j < d->len && d->text[j] != ']' &&
		    d->text[j] != '\n'; j++)
			d->masked[j] = 1;
		if (j < d->len && d->text[j] == ']')
			d->masked[j] = 1;
	}
}

static int
is_sentence_end(UChar c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B;
}

/* Lines are paragraphs, but a line that ends inside an open 《 without
 * sentence-final punctuation continues on the next (the seed's title). */
static void
split_paras(struct doc *d, const int32_t *levels)
{
	int32_t i = 0, start, open = 0, cap = 16, li = 0;

	d->paras = malloc((size_t)cap * sizeof(pc_para));
	assert_non_null(d->paras);
	d->npara = 0;
	start = 0;
	for (i = 0; i <= d->len; i++) {
		if (i < d->len && d->text[i] == 0x300A)
			open++;
		else if (i < d->len && d->text[i] == 0x300B && open > 0)
			open--;
		if (i < d->len && d->text[i] != '\n')
			continue;
		if (i < d->len && open > 0 && i > start &&
		    !is_sentence_end(d->text[i - 1]))
			continue;
		if (i > start) {
			if (d->npara == cap) {
				cap *= 2;
				d->paras = realloc(d->paras,
				    (size_t)cap * sizeof(pc_para));
				assert_non_null(d->paras);
			}
			d->paras[d->npara].start = start;
			d->paras[d->npara].end = i;
			d->paras[d->npara].style_level = levels ?
			    levels[li] : 0;
			d->npara++;
		}
		li++;
		open = 0;
		start = i + 1;
	}
}

static int
contains(const UChar *s, int32_t n, const char *word)
{
	UChar w[16];
	int32_t wn, i;
	UErrorCode err = U_ZERO_ERROR;

	u_strFromUTF8(w, 16, &wn, word, -1, &err);
	for (i = 0; i + wn <= n; i++)
		if (memcmp(s + i, w, (size_t)wn * sizeof(UChar)) == 0)
			return 1;
	return 0;
}

static pc_skind
classify(const UChar *title, int32_t len, void *ctx)
{
	int *calls = ctx;

	(*calls)++;
	if (contains(title, len, "背景") || contains(title, len, "基础") ||
	    contains(title, len, "形势"))
		return PC_SK_BACKGROUND;
	if (contains(title, len, "目标") || contains(title, len, "定位") ||
	    contains(title, len, "指标"))
		return PC_SK_GOALS;
	if (contains(title, len, "产业") || contains(title, len, "任务") ||
	    contains(title, len, "布局"))
		return PC_SK_TASKS;
	if (contains(title, len, "保障"))
		return PC_SK_MEASURES;
	return PC_SK_NONE;
}

static void
doc_free(struct doc *d)
{
	pc_outline_free(&d->o);
	assert_null(d->o.h);
	assert_int_equal(d->o.n, 0);
	free(d->text);
	free(d->paras);
	free(d->masked);
}

/* Synthetic document: one paragraph per line of utf8. */
static void
doc_make(struct doc *d, const char *utf8, const int32_t *levels)
{
	memset(d, 0, sizeof(*d));
	d->text = u16(utf8, -1, &d->len);
	split_paras(d, levels);
	mask_bookmarks(d);
	pc_outline_build(d->text, d->len, d->paras, d->npara, d->masked,
	    NULL, NULL, &d->o);
}

static int
title_is(const struct doc *d, int32_t i, const char *want)
{
	int32_t n;
	UChar *w = u16(want, -1, &n);
	const pc_heading *h = &d->o.h[i];
	int ok = h->title_end - h->title_start == n && memcmp(d->text +
	    h->title_start, w, (size_t)n * sizeof(UChar)) == 0;

	if (!ok) {
		char got[512];
		int32_t gn;
		UErrorCode err = U_ZERO_ERROR;

		u_strToUTF8(got, sizeof(got), &gn, d->text + h->title_start,
		    h->title_end - h->title_start, &err);
		print_error("heading %d: title \"%.*s\", want \"%s\"\n",
		    (int)i, (int)gn, got, want);
	}
	free(w);
	return ok;
}

/* Offset of the n-th (from 0) occurrence of a UTF-8 string. */
static int32_t
find(const struct doc *d, const char *s, int nth)
{
	int32_t n, i;
	UChar *w = u16(s, -1, &n);

	for (i = 0; i + n <= d->len; i++)
		if (memcmp(d->text + i, w, (size_t)n * sizeof(UChar)) == 0 &&
		    nth-- == 0) {
			free(w);
			return i;
		}
	free(w);
	fail_msg("\"%s\" not found", s);
	return -1;
}

static char *
read_seed(size_t *n)
{
	const char *td = getenv("PC_TESTDATA");
	const char *dirs[] = { NULL, "corpus", "../corpus", "../../corpus" };
	char path[4096];
	FILE *f = NULL;
	char *buf;
	size_t i, cap = 1 << 16;

	if (td == NULL || *td == '\0')
		td = "tests/data";
	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]) && f == NULL; i++) {
		if (dirs[i] == NULL)
			snprintf(path, sizeof(path), "%s/../../corpus/%s", td,
			    SEED);
		else
			snprintf(path, sizeof(path), "%s/%s", dirs[i], SEED);
		f = fopen(path, "rb");
	}
	if (f == NULL)
		fail_msg("cannot open corpus/%s", SEED);
	buf = malloc(cap);
	assert_non_null(buf);
	*n = 0;
	while ((i = fread(buf + *n, 1, cap - *n, f)) > 0) {
		*n += i;
		if (*n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
	}
	fclose(f);
	return buf;
}

struct want {
	const char *title;
	pc_hmark mark;
	int32_t number;
	int32_t depth;
	int32_t parent;
	int run_in;
	pc_skind kind;
};

static void
test_seed(void **state)
{
	static const struct want w[] = {
		/*  0 */ { "起草背景", PC_HM_CN, 1, 0, -1, 0, PC_SK_BACKGROUND },
		/*  1 */ { "编制思路", PC_HM_CN, 2, 0, -1, 0, PC_SK_NONE },
		/*  2 */ { "坚持承上启下，明确发展方向", PC_HM_CN_PAREN, 1, 1, 1, 0,
		    PC_SK_NONE },
		/*  3 */ { "坚持因地制宜，突出独特禀赋", PC_HM_CN_PAREN, 2, 1, 1, 0,
		    PC_SK_NONE },
		/*  4 */ { "坚持问题导向，破解转型瓶颈", PC_HM_CN_PAREN, 3, 1, 1, 0,
		    PC_SK_NONE },
		/*  5 */ { "编制过程", PC_HM_CN, 3, 0, -1, 0, PC_SK_NONE },
		/*  6 */ { "主要内容", PC_HM_CN, 4, 0, -1, 0, PC_SK_NONE },
		/*  7 */ { "第一章发展基础与面临形势", PC_HM_CN_PAREN, 1, 1, 6, 0,
		    PC_SK_BACKGROUND },
		/*  8 */ { "发展基础", PC_HM_SECTION, 1, 2, 7, 0,
		    PC_SK_BACKGROUND },
		/*  9 */ { "面临形势", PC_HM_SECTION, 2, 2, 7, 1,
		    PC_SK_BACKGROUND },
		/* 10 */ { "第二章指导思想与发展目标", PC_HM_CN_PAREN, 2, 1, 6, 0,
		    PC_SK_GOALS },
		/* 11 */ { "指导思想", PC_HM_SECTION, 1, 2, 10, 0, PC_SK_GOALS },
		/* 12 */ { "发展原则", PC_HM_SECTION, 2, 2, 10, 1, PC_SK_GOALS },
		/* 13 */ { "目标定位", PC_HM_SECTION, 3, 2, 10, 1, PC_SK_GOALS },
		/* 14 */ { "指标体系", PC_HM_SECTION, 4, 2, 10, 1, PC_SK_GOALS },
		/* 15 */ { "第三章重点产业", PC_HM_CN_PAREN, 3, 1, 6, 0,
		    PC_SK_TASKS },
		/* 16 */ { "推动八大新兴产业发展壮大", PC_HM_SECTION, 1, 2, 15, 0,
		    PC_SK_TASKS },
		/* 17 */ { "支持两大未来产业成形成势", PC_HM_SECTION, 2, 2, 15, 0,
		    PC_SK_TASKS },
		/* 18 */ { "鼓励一批传统优势产业优化提升", PC_HM_SECTION, 3, 2, 15,
		    0, PC_SK_TASKS },
		/* 19 */ { "第四章空间布局", PC_HM_CN_PAREN, 4, 1, 6, 0,
		    PC_SK_TASKS },
		/* 20 */ { "产业空间布局结构", PC_HM_SECTION, 1, 2, 19, 0,
		    PC_SK_TASKS },
		/* 21 */ { "各片区功能布局", PC_HM_SECTION, 2, 2, 19, 1,
		    PC_SK_TASKS },
		/* 22 */ { "第五章重点任务", PC_HM_CN_PAREN, 5, 1, 6, 0,
		    PC_SK_TASKS },
		/* 23 */ { "第六章保障措施", PC_HM_CN_PAREN, 6, 1, 6, 0,
		    PC_SK_MEASURES },
	};
	const int32_t nw = (int32_t)(sizeof(w) / sizeof(w[0]));
	struct doc d;
	size_t n8;
	char *u8 = read_seed(&n8);
	int32_t i, off, k, calls = 0;
	const pc_heading *h;

	(void)state;
	memset(&d, 0, sizeof(d));
	d.text = u16(u8, (int32_t)n8, &d.len);
	free(u8);
	split_paras(&d, NULL);
	mask_bookmarks(&d);
	/* The wrapped title is one paragraph. */
	assert_int_equal(d.paras[0].start, 0);
	assert_int_equal(d.paras[1].start, find(&d, "[bookmark: _Toc1138]",
	    0));
	pc_outline_build(d.text, d.len, d.paras, d.npara, d.masked, classify,
	    &calls, &d.o);

	assert_int_equal(d.o.n, nw);
	assert_int_equal(calls, nw);
	for (i = 0; i < nw; i++) {
		h = &d.o.h[i];
		assert_true(title_is(&d, i, w[i].title));
		assert_int_equal(h->mark, w[i].mark);
		assert_int_equal(h->number, w[i].number);
		assert_int_equal(h->depth, w[i].depth);
		assert_int_equal(h->parent, w[i].parent);
		assert_int_equal(h->run_in, w[i].run_in);
		assert_int_equal(h->kind, w[i].kind);
		assert_true(h->start < h->title_start);
		assert_true(h->title_end <= h->end);
		assert_int_equal(pc_outline_at(&d.o, h->start), i);
		/* The last position may lie in its last descendant. */
		for (k = pc_outline_at(&d.o, h->end - 1); k > i;
		    k = d.o.h[k].parent)
			;
		assert_int_equal(k, i);
		assert_int_equal(d.paras[h->para].start <= h->start &&
		    h->start < d.paras[h->para].end, 1);
	}

	/* Markers and section ends. */
	assert_int_equal(d.o.h[0].start, find(&d, "一、起草背景", 0));
	assert_int_equal(d.o.h[0].end, d.o.h[1].start);
	assert_int_equal(d.o.h[1].end, d.o.h[5].start);
	assert_int_equal(d.o.h[4].end, d.o.h[5].start);
	assert_int_equal(d.o.h[6].end, d.len);
	assert_int_equal(d.o.h[23].end, d.len);
	assert_int_equal(d.o.h[9].start, find(&d, "第二节面临形势", 0));
	assert_int_equal(d.o.h[9].end, d.o.h[10].start);
	assert_int_equal(d.o.h[8].end, d.o.h[9].start);
	assert_int_equal(d.o.h[18].end, d.o.h[19].start);
	/* Masked bookmarks before the marker are skipped. */
	assert_int_equal(d.o.h[17].start, find(&d, "第二节支持", 0));
	assert_int_equal(d.o.h[22].start, find(&d, "（五）", 0));
	assert_int_equal(d.o.h[7].own_kind, PC_SK_BACKGROUND);
	assert_int_equal(d.o.h[11].own_kind, PC_SK_NONE);
	assert_int_equal(d.o.h[6].own_kind, PC_SK_NONE);

	/* Kinds of positions. */
	off = find(&d, "一是人工智能与应用", 0);
	k = pc_outline_at(&d.o, off);
	assert_int_equal(k, 16);
	assert_int_equal(d.o.h[k].kind, PC_SK_TASKS);
	off = find(&d, "明确以习近平新时代", 0);
	k = pc_outline_at(&d.o, off);
	assert_int_equal(k, 11);
	assert_int_equal(d.o.h[k].kind, PC_SK_GOALS);
	off = find(&d, "第一阶段", 0);
	assert_int_equal(pc_outline_at(&d.o, off), 5);
	assert_int_equal(pc_outline_at(&d.o, find(&d, "第三阶段", 0)), 5);
	/* Before the first heading. */
	assert_int_equal(pc_outline_at(&d.o, 0), -1);
	assert_int_equal(pc_outline_at(&d.o, d.o.h[0].start - 1), -1);
	assert_int_equal(pc_outline_at(&d.o, d.len), -1);
	/* The section text of 二、 between its title and （一）. */
	assert_int_equal(pc_outline_at(&d.o, d.o.h[2].start - 1), 1);
	doc_free(&d);
}

static void
test_arabic_nesting(void **state)
{
	struct doc d;
	const pc_heading *h;

	(void)state;
	doc_make(&d,
	    "保障措施\n"
	    "1. 加强组织领导。各部门要落实责任。\n"
	    "（1）健全机制\n"
	    "(2) 压实责任，定期调度\n"
	    "2．强化资金保障\n"
	    "（1）加大投入\n"
	    "3、完善考核评估\n", NULL);
	assert_int_equal(d.o.n, 6);
	h = d.o.h;
	assert_int_equal(h[0].mark, PC_HM_ARABIC);
	assert_true(title_is(&d, 0, "加强组织领导"));
	assert_int_equal(h[0].depth, 0);
	assert_int_equal(h[1].mark, PC_HM_ARABIC_PAREN);
	assert_int_equal(h[1].parent, 0);
	assert_int_equal(h[1].depth, 1);
	assert_int_equal(h[2].mark, PC_HM_ARABIC_PAREN);
	assert_int_equal(h[2].number, 2);
	assert_int_equal(h[2].parent, 0);
	assert_true(title_is(&d, 2, "压实责任，定期调度"));
	assert_int_equal(h[3].mark, PC_HM_ARABIC);
	assert_int_equal(h[3].number, 2);
	assert_int_equal(h[3].depth, 0);
	assert_int_equal(h[3].parent, -1);
	assert_int_equal(h[0].end, h[3].start);
	assert_int_equal(h[2].end, h[3].start);
	assert_int_equal(h[4].parent, 3);
	assert_int_equal(h[4].end, h[5].start);
	assert_int_equal(h[5].number, 3);
	assert_int_equal(h[5].depth, 0);
	assert_int_equal(h[5].end, d.len);
	assert_int_equal(h[1].para, 2);
	assert_int_equal(pc_outline_at(&d.o, find(&d, "各部门", 0)), 0);
	assert_int_equal(pc_outline_at(&d.o, find(&d, "定期", 0)), 2);
	assert_int_equal(pc_outline_at(&d.o, 1), -1);
	doc_free(&d);
}

static void
test_not_headings(void **state)
{
	struct doc d;

	(void)state;
	doc_make(&d,
	    "1.5亿元投资项目落地。\n"
	    "2026年实现目标。\n"
	    "2025、2026年连续增长。\n"
	    "2.0版本上线。\n"
	    "一、二、三产业融合发展。\n"
	    "一、二产业协同。\n"
	    "第一阶段深入学习。第二阶段专题研究。\n"
	    "《纲要》提出。第十五个五年规划。第三代半导体材料。\n"
	    "明确第一章的内容，第二节面临形势。\n"
	    "一是人工智能。二是新能源。\n"
	    "（2025年）数据。\n"
	    "0. 零号\n"
	    "第零章\n", NULL);
	assert_int_equal(d.o.n, 0);
	assert_int_equal(pc_outline_at(&d.o, 3), -1);
	doc_free(&d);
}

static void
test_chapters(void **state)
{
	struct doc d;
	const pc_heading *h;

	(void)state;
	doc_make(&d,
	    "第一章 总则\n"
	    "第一节 目的\n"
	    "正文。\n"
	    "第二节 范围\n"
	    "第二章 发展目标\n"
	    "第一节 指标。到2030年，实现目标。第二节发展路径，分三步：一是。\n"
	    "第3章 附则\n", NULL);
	assert_int_equal(d.o.n, 7);
	h = d.o.h;
	assert_int_equal(h[0].mark, PC_HM_CHAPTER);
	assert_true(title_is(&d, 0, "总则"));
	assert_int_equal(h[1].mark, PC_HM_SECTION);
	assert_int_equal(h[1].parent, 0);
	assert_int_equal(h[2].parent, 0);
	assert_int_equal(h[2].number, 2);
	assert_int_equal(h[1].end, h[2].start);
	assert_int_equal(h[3].mark, PC_HM_CHAPTER);
	assert_int_equal(h[3].depth, 0);
	assert_int_equal(h[0].end, h[3].start);
	assert_int_equal(h[2].end, h[3].start);
	assert_int_equal(h[4].parent, 3);
	assert_int_equal(h[4].number, 1);
	assert_true(title_is(&d, 4, "指标"));
	assert_int_equal(h[5].parent, 3);
	assert_int_equal(h[5].run_in, 1);
	assert_int_equal(h[5].para, h[4].para);
	assert_true(title_is(&d, 5, "发展路径"));
	assert_int_equal(h[4].end, h[5].start);
	assert_int_equal(h[6].number, 3);
	assert_int_equal(h[6].depth, 0);
	assert_int_equal(h[5].end, h[6].start);
	assert_int_equal(pc_outline_at(&d.o, find(&d, "正文", 0)), 1);
	assert_int_equal(pc_outline_at(&d.o, find(&d, "到2030年", 0)), 4);
	assert_int_equal(pc_outline_at(&d.o, find(&d, "分三步", 0)), 5);
	doc_free(&d);
}

static void
test_titles_and_skips(void **state)
{
	struct doc d;
	const pc_heading *h;

	(void)state;
	doc_make(&d,
	    "一、主要内容：\n"
	    "\xE3\x80\x80\xE3\x80\x80（一）总体要求\n"
	    "[bookmark: _Toc1][bookmark: _Toc2]  （二）坚持创新驱动，"
	    "强化科技支撑。全面提升。\n"
	    "[bookmark: _Toc3]\n"
	    "二、保障措施\n", NULL);
	assert_int_equal(d.o.n, 4);
	h = d.o.h;
	assert_true(title_is(&d, 0, "主要内容"));
	assert_int_equal(h[1].start, find(&d, "（一）", 0));
	assert_true(title_is(&d, 1, "总体要求"));
	assert_int_equal(h[1].parent, 0);
	assert_int_equal(h[2].start, find(&d, "（二）", 0));
	assert_true(title_is(&d, 2, "坚持创新驱动"));
	assert_int_equal(h[2].parent, 0);
	assert_int_equal(h[3].depth, 0);
	assert_int_equal(h[2].end, h[3].start);
	doc_free(&d);
}

static void
test_style(void **state)
{
	struct doc d;
	const pc_heading *h;
	static const int32_t lv[] = { 1, 2, 0, 2, 1, 3, 2, 2 };

	(void)state;
	doc_make(&d,
	    "总体要求\n"
	    "指导思想\n"
	    "正文。\n"
	    "基本原则\n"
	    "重点任务\n"
	    "细项\n"
	    "一、中间\n"
	    "附录\n", lv);
	assert_int_equal(d.o.n, 7);
	h = d.o.h;
	assert_int_equal(h[0].mark, PC_HM_STYLE);
	assert_int_equal(h[0].number, 0);
	assert_true(title_is(&d, 0, "总体要求"));
	assert_int_equal(h[1].parent, 0);
	assert_int_equal(h[2].parent, 0);       /* h2 after h2: sibling */
	assert_int_equal(h[1].end, h[2].start);
	assert_int_equal(h[3].depth, 0);        /* h1 closes h1 and h2 */
	assert_int_equal(h[0].end, h[3].start);
	assert_int_equal(h[4].parent, 3);       /* h3 under h1 */
	assert_int_equal(h[5].mark, PC_HM_CN);  /* a marker wins */
	assert_int_equal(h[5].parent, 4);       /* new marker type: child */
	assert_int_equal(h[6].mark, PC_HM_STYLE);
	assert_int_equal(h[6].parent, 3);       /* h2 closes the deeper h3 */
	assert_int_equal(h[6].depth, 1);
	assert_int_equal(h[4].end, h[6].start);
	assert_int_equal(h[5].end, h[6].start);
	assert_int_equal(h[6].end, d.len);
	doc_free(&d);
}

/* Bit 0 of the mask is what counts: the view's flags are passed as is. */
static void
test_mask_bits(void **state)
{
	struct doc d;
	int32_t i;

	(void)state;
	memset(&d, 0, sizeof(d));
	d.text = u16("[bookmark: _Toc1]一、总体要求\n正文。第一节任务，。\n", -1,
	    &d.len);
	split_paras(&d, NULL);
	mask_bookmarks(&d);
	for (i = 0; i < d.len; i++)
		d.masked[i] = (uint8_t)(d.masked[i] | 6);
	pc_outline_build(d.text, d.len, d.paras, d.npara, d.masked, NULL,
	    NULL, &d.o);
	assert_int_equal(d.o.n, 2);
	assert_int_equal(d.o.h[0].start, find(&d, "一、", 0));
	assert_true(title_is(&d, 1, "任务"));
	assert_int_equal(d.o.h[1].run_in, 1);
	doc_free(&d);
}

static void
test_empty(void **state)
{
	pc_outline o;
	UChar t[1] = { 0x4E00 };

	(void)state;
	pc_outline_build(t, 0, NULL, 0, NULL, NULL, NULL, &o);
	assert_int_equal(o.n, 0);
	assert_int_equal(pc_outline_at(&o, 0), -1);
	pc_outline_free(&o);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_arabic_nesting),
		cmocka_unit_test(test_not_headings),
		cmocka_unit_test(test_chapters),
		cmocka_unit_test(test_titles_and_skips),
		cmocka_unit_test(test_style),
		cmocka_unit_test(test_mask_bits),
		cmocka_unit_test(test_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
