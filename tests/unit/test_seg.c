/* Unit tests of segmentation (src/pc_seg.c): ICU word boundaries computed
 * lazily per window, glue spans that join ICU tokens, masked spans as
 * breakers, bounded work on text without punctuation, and agreement of the
 * lazy windows with a whole-text ICU pass. */
#include "pc_test.h"

#include <unicode/ubrk.h>
#include <unicode/uclean.h>

#include "pc_seg.h"
#include "pc_testutil.h"

/* Boundaries of d at offsets 0..len, as a string of '|' (boundary) and
 * '.' (none), so a failing assertion shows the whole picture. */
static char *
bounds(pc_seg *s, const pc_test_draft *d)
{
	char *r = pc_xmalloc((size_t)d->src.len + 2);

	for (int32_t i = 0; i <= d->src.len; i++)
		r[i] = pc_seg_is_boundary(s, i) ? '|' : '.';
	r[d->src.len + 1] = '\0';
	return r;
}

static void
check_bounds(const char *text, const pc_span *glue, int32_t nglue,
    const char *expect)
{
	pc_test_draft d;
	pc_seg *s;
	char *got;

	assert_int_equal(pc_test_draft_init(&d, text), 0);
	s = pc_seg_new(&d.view, glue, nglue);
	got = bounds(s, &d);
	if (strcmp(got, expect) != 0)
		fail_msg("%s: boundaries %s, expected %s", text, got, expect);
	free(got);
	pc_seg_free(s);
	pc_test_draft_free(&d);
}

static void
test_no_boundary_inside_word(void **state)
{
	(void)state;
	/* 降低|空调: 低空 [1,3) starts inside a word */
	check_bounds("降低空调", NULL, 0, "|.|.|");
	check_bounds("降低空调能耗。", NULL, 0, "|.|.||||");
}

static void
test_glue(void **state)
{
	static const pc_span whole[] = { { 2, 7 } };
	static const pc_span inner[] = { { 1, 3 } };
	static const pc_span leftmost[] = { { 0, 3 }, { 1, 5 } };
	static const pc_span longest[] = { { 0, 5 }, { 0, 3 } };

	(void)state;
	/* ICU: 支持|发展|中|国家|。 */
	check_bounds("支持发展中国家。", NULL, 0, "|.|.||.||");
	/* glued as one word: nothing inside, so 中国 cannot match */
	check_bounds("支持发展中国家。", whole, 1, "|.|....||");
	/* glue whose start is not a boundary changes nothing: glue only
	 * joins, never splits an ICU token */
	check_bounds("降低空调", inner, 1, "|.|.|");
	/* ICU: 新|能源|汽车; leftmost first, an overlapping later span is
	 * skipped */
	check_bounds("新能源汽车", NULL, 0, "||.|.|");
	check_bounds("新能源汽车", leftmost, 2, "|..|.|");
	/* for one start the longest (listed first) wins */
	check_bounds("新能源汽车", longest, 2, "|....|");
}

static void
test_split_term_ends(void **state)
{
	pc_test_draft d;
	pc_seg *s;
	int32_t at;

	(void)state;
	/* ICU splits 具|身|智能 and 新|质|生产|力 ... */
	check_bounds("具身智能", NULL, 0, "|||.|");
	check_bounds("新质生产力", NULL, 0, "|||.||");
	/* ... but in a sentence the term's start and end are boundaries */
	assert_int_equal(pc_test_draft_init(&d, "培育具身智能产业，发展新质生产力。"),
	    0);
	s = pc_seg_new(&d.view, NULL, 0);
	at = pc_test_offset(&d, "具身智能", 0);
	assert_int_equal(at, 2);
	assert_true(pc_seg_is_boundary(s, at));
	assert_true(pc_seg_is_boundary(s, at + 4));
	at = pc_test_offset(&d, "新质生产力", 0);
	assert_true(pc_seg_is_boundary(s, at));
	assert_true(pc_seg_is_boundary(s, at + 5));
	pc_seg_free(s);
	pc_test_draft_free(&d);
}

/* Number of units whose window has been segmented. */
static int32_t
nseg(const pc_test_draft *d)
{
	int32_t n = 0;

	for (int32_t i = 0; i < d->view.len; i++)
		n += (d->view.flags[i] & PC_VF_SEG) != 0;
	return n;
}

static void
test_lazy(void **state)
{
	pc_test_draft d;
	pc_seg *s;
	int32_t second;

	(void)state;
	assert_int_equal(pc_test_draft_init(&d,
	    "发展新能源产业。降低空调能耗。"), 0);
	s = pc_seg_new(&d.view, NULL, 0);
	assert_int_equal(nseg(&d), 0);
	/* a question inside the first sentence segments that window only */
	assert_false(pc_seg_is_boundary(s, 1));
	assert_int_equal(nseg(&d), 7);
	second = pc_test_offset(&d, "降低", 0);
	for (int32_t i = second; i < d.view.len; i++)
		assert_false(d.view.flags[i] & PC_VF_SEG);
	assert_true(pc_seg_is_boundary(s, second + 2));
	assert_int_equal(nseg(&d), 13);
	pc_seg_free(s);
	pc_test_draft_free(&d);
}

static void
test_long_run(void **state)
{
	static const char word[] = "发展新能源产业";   /* 7 units */
	size_t wl = strlen(word);
	int32_t nw = 5000 / 7 + 1, len, prev, maxgap = 0, nb = 0;
	char *text = pc_xmalloc(wl * (size_t)nw + 1);
	pc_test_draft d;
	pc_seg *s;
	double t0 = pc_test_now();

	(void)state;
	for (int32_t i = 0; i < nw; i++)
		memcpy(text + wl * (size_t)i, word, wl);
	text[wl * (size_t)nw] = '\0';
	assert_int_equal(pc_test_draft_init(&d, text), 0);
	len = d.view.len;
	assert_true(len >= 5000);
	s = pc_seg_new(&d.view, NULL, 0);

	/* one question in the middle segments one bounded window */
	pc_seg_is_boundary(s, len / 2);
	assert_true(nseg(&d) > 0);
	assert_true(nseg(&d) <= PC_SEG_WINDOW);

	/* every offset answers; boundaries are everywhere words are */
	prev = 0;
	for (int32_t i = 1; i <= len; i++) {
		if (!pc_seg_is_boundary(s, i))
			continue;
		nb++;
		if (i - prev > maxgap)
			maxgap = i - prev;
		prev = i;
	}
	assert_int_equal(nseg(&d), len);
	assert_true(nb >= len / 4);
	assert_true(maxgap <= 4);
	/* and away from the window edges they are ICU's: 发展|新|能源|产业 */
	for (int32_t k = 200; k < 210; k++) {
		int32_t o = 7 * k;
		assert_true(pc_seg_is_boundary(s, o));
		assert_true(pc_seg_is_boundary(s, o + 2));
		assert_true(pc_seg_is_boundary(s, o + 3));
		assert_false(pc_seg_is_boundary(s, o + 4));
		assert_true(pc_seg_is_boundary(s, o + 5));
		assert_false(pc_seg_is_boundary(s, o + 6));
	}
	assert_true(pc_test_now() - t0 < 10.0);
	pc_seg_free(s);
	pc_test_draft_free(&d);
	free(text);
}

static void
test_mask_breaks(void **state)
{
	pc_test_draft d;
	pc_seg *s;
	int32_t ms, me;

	(void)state;
	assert_int_equal(pc_test_draft_init(&d,
	    "降低[image: 降低空调bookmark]空调。"), 0);
	ms = pc_test_offset(&d, "[", 0);
	me = pc_test_offset(&d, "]", 0) + 1;
	assert_int_equal(ms, 2);
	assert_true(d.view.flags[ms] & PC_VF_MASK);
	assert_true(d.view.flags[me - 1] & PC_VF_MASK);
	assert_false(d.view.flags[me] & PC_VF_MASK);
	s = pc_seg_new(&d.view, NULL, 0);
	/* a boundary at every masked offset: 降低 and bookmark inside the
	 * mask are no words */
	for (int32_t i = ms; i <= me; i++)
		if (!pc_seg_is_boundary(s, i))
			fail_msg("no boundary at masked offset %d", i);
	/* the text around keeps its own words */
	assert_false(pc_seg_is_boundary(s, 1));
	assert_false(pc_seg_is_boundary(s, me + 1));
	/* windows stop at the mask */
	for (int32_t i = ms; i < me; i++)
		assert_false(d.view.flags[i] & PC_VF_SEG);
	pc_seg_free(s);
	pc_test_draft_free(&d);
}

/* ICU's boundaries over the whole text, as a flag per offset. */
static uint8_t *
icu_bounds(const pc_test_draft *d)
{
	uint8_t *b = pc_xcalloc((size_t)d->src.len + 1, 1);
	UErrorCode ec = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", d->src.text,
	    d->src.len, &ec);

	assert_true(U_SUCCESS(ec));
	for (int32_t p = ubrk_first(bi); p != UBRK_DONE; p = ubrk_next(bi))
		b[p] = 1;
	ubrk_close(bi);
	return b;
}

/* Windowed boundaries equal a whole-text ICU pass on Han text with
 * punctuation (runs shorter than a window). */
static void
test_windows_agree_with_icu(void **state)
{
	static const char *const words[] = { "发展", "新能源", "产业", "集群",
	    "降低", "空调", "具身", "智能", "推动", "高质量", "中国", "国家",
	    "制造", "电路", "集成", "的", "和", "在" };
	static const char *const punct[] = { "，", "。", "、", "；" };
	uint32_t seed = 12345;
	char *text = pc_xmalloc(64 * 1024);
	size_t n = 0;
	pc_test_draft d;
	pc_seg *s;
	uint8_t *ref;

	(void)state;
	for (int i = 0; i < 3000; i++) {
		const char *w;

		seed = seed * 1103515245u + 12345u;
		w = (seed >> 16) % 9 == 0 ? punct[(seed >> 8) % 4] :
		    words[(seed >> 16) % (sizeof(words) / sizeof(words[0]))];
		memcpy(text + n, w, strlen(w));
		n += strlen(w);
	}
	text[n] = '\0';
	assert_int_equal(pc_test_draft_init(&d, text), 0);
	ref = icu_bounds(&d);
	s = pc_seg_new(&d.view, NULL, 0);
	/* ask backwards, to exercise windows met from their right end */
	for (int32_t i = d.src.len; i >= 0; i--)
		if (pc_seg_is_boundary(s, i) != ref[i])
			fail_msg("offset %d: window %d, ICU %d", i,
			    pc_seg_is_boundary(s, i), ref[i]);
	pc_seg_free(s);
	free(ref);
	pc_test_draft_free(&d);
	free(text);
}

/* pc_seg_all (the `tokens` view) gives the boundaries that questions one
 * by one give, also for a run of exactly PC_SEG_WINDOW units that starts
 * off a window alignment. */
static void
test_seg_all_agrees(void **state)
{
	char *text = pc_xmalloc(4 * 1024 + 16);
	pc_test_draft a, b;
	pc_seg *sa, *sb;
	size_t n = 0;
	int32_t bad = -1;
	int all = 0, one = 0;

	(void)state;
	memcpy(text, "。", 3);
	n = 3;
	for (int i = 0; i < PC_SEG_WINDOW / 2; i++) {
		memcpy(text + n, "发展", 6);
		n += 6;
	}
	memcpy(text + n, "。", 4);
	assert_int_equal(pc_test_draft_init(&a, text), 0);
	assert_int_equal(pc_test_draft_init(&b, text), 0);
	assert_int_equal(a.src.len, PC_SEG_WINDOW + 2);
	sa = pc_seg_new(&a.view, NULL, 0);
	sb = pc_seg_new(&b.view, NULL, 0);
	pc_seg_all(sa);
	for (int32_t i = 1; i < a.src.len && bad < 0; i++) {
		all = (a.view.flags[i] & PC_VF_BOUND) != 0;
		one = pc_seg_is_boundary(sb, i);
		if (all != one)
			bad = i;
	}
	pc_seg_free(sa);
	pc_seg_free(sb);
	pc_test_draft_free(&a);
	pc_test_draft_free(&b);
	free(text);
	if (bad >= 0)
		fail_msg("offset %d: pc_seg_all says %d, pc_seg_is_boundary "
		    "%d (发展 words start at odd offsets)", bad, all, one);
}

static void
test_edges(void **state)
{
	pc_test_draft d;
	pc_seg *s;

	(void)state;
	assert_int_equal(pc_test_draft_init(&d, "集成电路"), 0);
	s = pc_seg_new(&d.view, NULL, 0);
	assert_true(pc_seg_is_boundary(s, 0));
	assert_true(pc_seg_is_boundary(s, 2));
	assert_false(pc_seg_is_boundary(s, 1));
	assert_true(pc_seg_is_boundary(s, 4));
	pc_seg_free(s);
	pc_test_draft_free(&d);

	/* Latin with Han, and a surrogate pair (never split) */
	assert_int_equal(pc_test_draft_init(&d, "推广AI终端𠀀"), 0);
	s = pc_seg_new(&d.view, NULL, 0);
	assert_true(pc_seg_is_boundary(s, 2));
	assert_false(pc_seg_is_boundary(s, 3));
	assert_true(pc_seg_is_boundary(s, 4));
	assert_false(pc_seg_is_boundary(s, 7));
	pc_seg_free(s);
	pc_test_draft_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_boundary_inside_word),
		cmocka_unit_test(test_glue),
		cmocka_unit_test(test_split_term_ends),
		cmocka_unit_test(test_lazy),
		cmocka_unit_test(test_long_run),
		cmocka_unit_test(test_mask_breaks),
		cmocka_unit_test(test_windows_agree_with_icu),
		cmocka_unit_test(test_seg_all_agrees),
		cmocka_unit_test(test_edges),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	u_cleanup();
	return rc;
}
