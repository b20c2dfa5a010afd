/* Unit tests for the Aho–Corasick automaton (src/pc_ac.c). */
#include "pc_test.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>

#include "pc_ac.h"

struct hit {
	int32_t start, end, id;
};

struct hits {
	struct hit *h;
	int32_t n, cap;
	int32_t stop_after;     /* stop when n reaches this; 0 never */
};

static int
collect(int32_t start, int32_t end, int32_t id, void *ctx)
{
	struct hits *hs = ctx;

	if (hs->n == hs->cap) {
		hs->cap = hs->cap ? hs->cap * 2 : 16;
		hs->h = realloc(hs->h, (size_t)hs->cap * sizeof(*hs->h));
		assert_non_null(hs->h);
	}
	hs->h[hs->n].start = start;
	hs->h[hs->n].end = end;
	hs->h[hs->n].id = id;
	hs->n++;
	return hs->stop_after > 0 && hs->n >= hs->stop_after;
}

/* UTF-8 literal to a fresh UTF-16 buffer. */
static UChar *
u16(const char *s, int32_t *len)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t n;
	UChar *buf;

	u_strFromUTF8(NULL, 0, &n, s, -1, &err);
	err = U_ZERO_ERROR;
	buf = malloc(((size_t)n + 1) * sizeof(UChar));
	assert_non_null(buf);
	u_strFromUTF8(buf, n + 1, NULL, s, -1, &err);
	assert_false(U_FAILURE(err));
	*len = n;
	return buf;
}

static void
add8(pc_ac *ac, const char *s, int32_t id)
{
	int32_t n;
	UChar *p = u16(s, &n);

	pc_ac_add(ac, p, n, id);
	free(p);
}

static struct hits
scan8(const pc_ac *ac, const char *text, int32_t stop_after, int *rc)
{
	struct hits hs = { NULL, 0, 0, stop_after };
	int32_t n;
	UChar *t = u16(text, &n);

	*rc = pc_ac_scan(ac, t, n, collect, &hs);
	free(t);
	return hs;
}

static void
expect(const struct hits *hs, const struct hit *want, int32_t n)
{
	int32_t i;

	assert_int_equal(hs->n, n);
	for (i = 0; i < n; i++) {
		assert_int_equal(hs->h[i].start, want[i].start);
		assert_int_equal(hs->h[i].end, want[i].end);
		assert_int_equal(hs->h[i].id, want[i].id);
	}
}

static void
test_classic(void **state)
{
	pc_ac *ac = pc_ac_new();
	struct hits hs;
	int rc;
	/* "ushers": she and he end together (longer first), then hers. */
	static const struct hit want[] = {
		{ 1, 4, 2 }, { 2, 4, 1 }, { 2, 6, 4 },
	};

	(void)state;
	add8(ac, "he", 1);
	add8(ac, "she", 2);
	add8(ac, "his", 3);
	add8(ac, "hers", 4);
	pc_ac_build(ac);
	assert_int_equal(pc_ac_count(ac), 4);
	hs = scan8(ac, "ushers", 0, &rc);
	assert_int_equal(rc, 0);
	expect(&hs, want, 3);
	free(hs.h);

	/* Failure to a state with output: "hishe" ends his, then she/he. */
	hs = scan8(ac, "hishe", 0, &rc);
	{
		static const struct hit w2[] = {
			{ 0, 3, 3 }, { 2, 5, 2 }, { 3, 5, 1 },
		};
		expect(&hs, w2, 3);
	}
	free(hs.h);
	pc_ac_free(ac);
}

static void
test_chinese_overlap(void **state)
{
	pc_ac *ac = pc_ac_new();
	struct hits hs;
	int rc;
	static const struct hit want[] = {
		{ 0, 3, 30 },           /* 半导体 */
		{ 0, 8, 10 },           /* 半导体与集成电路 */
		{ 4, 8, 20 },           /* 集成电路 */
		{ 11, 14, 40 },         /* 新能源 */
		{ 12, 14, 50 },         /* 能源 */
	};

	(void)state;
	add8(ac, "半导体与集成电路", 10);
	add8(ac, "集成电路", 20);
	add8(ac, "半导体", 30);
	add8(ac, "新能源", 40);
	add8(ac, "能源", 50);
	pc_ac_build(ac);
	hs = scan8(ac, "半导体与集成电路，发展新能源。", 0, &rc);
	assert_int_equal(rc, 0);
	expect(&hs, want, 5);
	free(hs.h);
	pc_ac_free(ac);
}

static void
test_duplicates(void **state)
{
	pc_ac *ac = pc_ac_new();
	struct hits hs;
	int rc;
	static const struct hit want[] = {
		{ 0, 3, 9 }, { 1, 3, 7 }, { 1, 3, 3 },
	};

	(void)state;
	add8(ac, "能源", 7);
	add8(ac, "新能源", 9);
	add8(ac, "能源", 3);
	pc_ac_build(ac);
	assert_int_equal(pc_ac_count(ac), 3);
	hs = scan8(ac, "新能源", 0, &rc);
	expect(&hs, want, 3);
	free(hs.h);
	pc_ac_free(ac);
}

static void
test_stop(void **state)
{
	pc_ac *ac = pc_ac_new();
	struct hits hs;
	int rc;

	(void)state;
	add8(ac, "产业", 1);
	pc_ac_build(ac);
	hs = scan8(ac, "产业产业产业产业", 2, &rc);
	assert_int_equal(rc, 1);
	assert_int_equal(hs.n, 2);
	assert_int_equal(hs.h[1].start, 2);
	free(hs.h);
	hs = scan8(ac, "产业产业产业产业", 0, &rc);
	assert_int_equal(rc, 0);
	assert_int_equal(hs.n, 4);
	free(hs.h);
	pc_ac_free(ac);
}

static void
test_empty(void **state)
{
	pc_ac *ac = pc_ac_new();
	struct hits hs = { NULL, 0, 0, 0 };
	UChar t[1] = { 0x4E00 };

	(void)state;
	/* No patterns at all. */
	pc_ac_build(ac);
	assert_int_equal(pc_ac_count(ac), 0);
	assert_int_equal(pc_ac_scan(ac, t, 1, collect, &hs), 0);
	assert_int_equal(hs.n, 0);
	pc_ac_free(ac);

	ac = pc_ac_new();
	add8(ac, "一", 1);
	pc_ac_build(ac);
	assert_int_equal(pc_ac_scan(ac, t, 0, collect, &hs), 0);
	assert_int_equal(hs.n, 0);
	assert_int_equal(pc_ac_scan(ac, t, 1, collect, &hs), 0);
	assert_int_equal(hs.n, 1);
	free(hs.h);
	pc_ac_free(ac);
}

static void
test_non_bmp(void **state)
{
	pc_ac *ac = pc_ac_new();
	struct hits hs;
	int rc;
	/* 𠀀 (U+20000) and 𪚥 (U+2A6A5) are two code units each. */
	static const struct hit want[] = {
		{ 1, 4, 1 }, { 4, 7, 3 }, { 5, 7, 2 },
	};

	(void)state;
	add8(ac, "\xF0\xA0\x80\x80" "中", 1);
	add8(ac, "\xF0\xAA\x9A\xA5", 2);
	add8(ac, "国\xF0\xAA\x9A\xA5", 3);
	pc_ac_build(ac);
	/* 𠀁 (U+20001) shares its high surrogate with 𠀀 and must not match. */
	hs = scan8(ac, "一\xF0\xA0\x80\x80" "中国\xF0\xAA\x9A\xA5"
	    "\xF0\xA0\x80\x81", 0, &rc);
	assert_int_equal(rc, 0);
	/* Ends: 𠀀中 at 4; at 7 the longer 国𪚥 first. */
	expect(&hs, want, 3);
	free(hs.h);
	pc_ac_free(ac);
}

static void
test_whole_text(void **state)
{
	pc_ac *ac = pc_ac_new();
	struct hits hs;
	int rc;
	static const struct hit want[] = { { 0, 6, 5 } };

	(void)state;
	add8(ac, "智能化绿色化", 5);
	add8(ac, "智能化绿色化融合化", 6);
	pc_ac_build(ac);
	hs = scan8(ac, "智能化绿色化", 0, &rc);
	expect(&hs, want, 1);
	free(hs.h);
	pc_ac_free(ac);
}

static void
test_nul_pattern(void **state)
{
	pc_ac *ac = pc_ac_new();
	struct hits hs = { NULL, 0, 0, 0 };
	UChar p[2] = { 'a', 0 }, t[3] = { 'a', 0, 'a' };

	(void)state;
	pc_ac_add(ac, p, 2, 1);
	pc_ac_add(ac, p, 1, 2);
	pc_ac_build(ac);
	assert_int_equal(pc_ac_count(ac), 2);
	assert_int_equal(pc_ac_scan(ac, t, 3, collect, &hs), 0);
	assert_int_equal(hs.n, 2);
	assert_int_equal(hs.h[0].id, 2);
	assert_int_equal(hs.h[1].start, 2);
	free(hs.h);
	pc_ac_free(ac);
}

/* Deterministic generator, independent of the C library. */
static uint32_t
rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static void
test_random(void **state)
{
	/* A small alphabet (with a surrogate pair) makes overlaps dense. */
	static const UChar alpha[] = { 0x4EA7, 0x4E1A, 'a', 0xD840, 0xDC00,
	    0x65B0 };
	enum { NPAT = 300, MAXLEN = 7, TLEN = 3000, ROUNDS = 5 };
	UChar pats[NPAT][MAXLEN], text[TLEN];
	int32_t plen[NPAT], r, i, e, L, k, n;
	uint32_t seed = 0x9E3779B9u;
	struct hits hs;
	pc_ac *ac;

	(void)state;
	for (r = 0; r < ROUNDS; r++) {
		ac = pc_ac_new();
		for (i = 0; i < NPAT; i++) {
			plen[i] = 1 + (int32_t)(rnd(&seed) % MAXLEN);
			for (k = 0; k < plen[i]; k++)
				pats[i][k] = alpha[rnd(&seed) % 6];
			/* Some exact duplicates with other ids. */
			if (i > 0 && rnd(&seed) % 10 == 0) {
				plen[i] = plen[i - 1];
				memcpy(pats[i], pats[i - 1],
				    sizeof(UChar) * (size_t)plen[i]);
			}
			pc_ac_add(ac, pats[i], plen[i], 1000 + i);
		}
		pc_ac_build(ac);
		for (i = 0; i < TLEN; i++)
			text[i] = alpha[rnd(&seed) % (r == 0 ? 6 : 3 + r % 4)];
		memset(&hs, 0, sizeof(hs));
		assert_int_equal(pc_ac_scan(ac, text, TLEN, collect, &hs), 0);

		/* Naive order: end ascending, length descending, then the
		 * order of addition. */
		n = 0;
		for (e = 1; e <= TLEN; e++)
			for (L = MAXLEN; L >= 1; L--) {
				if (L > e)
					continue;
				for (i = 0; i < NPAT; i++) {
					if (plen[i] != L || memcmp(pats[i],
					    text + e - L, sizeof(UChar) *
					    (size_t)L) != 0)
						continue;
					assert_true(n < hs.n);
					assert_int_equal(hs.h[n].start, e - L);
					assert_int_equal(hs.h[n].end, e);
					assert_int_equal(hs.h[n].id, 1000 + i);
					n++;
				}
			}
		assert_int_equal(hs.n, n);
		assert_true(n > 100);
		free(hs.h);
		pc_ac_free(ac);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_classic),
		cmocka_unit_test(test_chinese_overlap),
		cmocka_unit_test(test_duplicates),
		cmocka_unit_test(test_stop),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_non_bmp),
		cmocka_unit_test(test_whole_text),
		cmocka_unit_test(test_nul_pattern),
		cmocka_unit_test(test_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
