/* Unit tests for Chinese and Arabic numerals (src/pc_numeral.c). */
#include "pc_test.h"

#include <unicode/ustring.h>

#include "pc_numeral.h"

/* Parse the UTF-8 string s; check units consumed and, if any, the value. */
static void
check(const char *s, int32_t want_len, int32_t want_value)
{
	UChar buf[64];
	UErrorCode err = U_ZERO_ERROR;
	int32_t n, k, v = -12345;

	u_strFromUTF8(buf, 64, &n, s, -1, &err);
	assert_false(U_FAILURE(err));
	k = pc_numeral_parse(buf, n, &v);
	if (k != want_len || (k > 0 && v != want_value))
		print_error("\"%s\": got %d units value %d, want %d units "
		    "value %d\n", s, (int)k, (int)v, (int)want_len,
		    (int)want_value);
	assert_int_equal(k, want_len);
	if (k > 0)
		assert_int_equal(v, want_value);
	else
		assert_int_equal(v, -12345);    /* untouched */
}

static void
test_simple(void **state)
{
	(void)state;
	check("一", 1, 1);
	check("九", 1, 9);
	check("两", 1, 2);
	check("零", 1, 0);
	check("〇", 1, 0);
	check("十", 1, 10);
	check("十五", 2, 15);
	check("十九", 2, 19);
	check("二十", 2, 20);
	check("二十三", 3, 23);
	check("九十九", 3, 99);
	check("廿", 1, 20);
	check("廿五", 2, 25);
}

static void
test_hundreds(void **state)
{
	(void)state;
	check("一百", 2, 100);
	check("一百零五", 4, 105);
	check("一百一十五", 5, 115);
	check("两百", 2, 200);
	check("一百五", 3, 150);          /* colloquial 一百五十 */
	check("一千零五十", 5, 1050);
	check("一千零十", 4, 1010);
	check("九千九百九十九", 7, 9999);
	check("一百零", 2, 100);          /* trailing 零 is no part */
}

static void
test_stops(void **state)
{
	(void)state;
	check("十五五", 2, 15);           /* the caller handles 十X五 */
	check("三大", 1, 3);
	check("六大方向", 1, 6);
	check("五是", 1, 5);
	check("一二三", 1, 1);
	check("二十十", 2, 20);
	check("十百", 1, 10);
	check("第", 0, 0);
	check("第三章", 0, 0);
	check("百", 0, 0);
	check("千", 0, 0);
	check("", 0, 0);
	check("a1", 0, 0);
}

static void
test_digits(void **state)
{
	(void)state;
	check("1", 1, 1);
	check("12", 2, 12);
	check("2026年", 4, 2026);
	check("\xEF\xBC\x91\xEF\xBC\x92", 2, 12);        /* １２ */
	check("\xEF\xBC\x91" "2", 1, 1);          /* widths not mixed */
	check("1\xEF\xBC\x92", 1, 1);
	check("3三", 1, 3);                       /* no mixture */
	check("三3", 1, 3);
	check("99999", 5, 99999);
	check("100000", 0, 0);                    /* above the limit */
	check("007", 3, 7);
}

static void
test_positional(void **state)
{
	(void)state;
	check("二〇二六年", 4, 2026);
	check("二零三五", 4, 2035);
	check("二〇二六十", 1, 2);        /* a unit spoils digit reading */
}

static void
test_is_cn(void **state)
{
	(void)state;
	assert_true(pc_numeral_is_cn(0x4E00));  /* 一 */
	assert_true(pc_numeral_is_cn(0x4E24));  /* 两 */
	assert_true(pc_numeral_is_cn(0x3007));  /* 〇 */
	assert_true(pc_numeral_is_cn(0x96F6));  /* 零 */
	assert_true(pc_numeral_is_cn(0x5341));  /* 十 */
	assert_true(pc_numeral_is_cn(0x767E));  /* 百 */
	assert_true(pc_numeral_is_cn(0x5343));  /* 千 */
	assert_false(pc_numeral_is_cn(0x7B2C)); /* 第 */
	assert_false(pc_numeral_is_cn(0x4E07)); /* 万 */
	assert_false(pc_numeral_is_cn('1'));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_simple),
		cmocka_unit_test(test_hundreds),
		cmocka_unit_test(test_stops),
		cmocka_unit_test(test_digits),
		cmocka_unit_test(test_positional),
		cmocka_unit_test(test_is_cn),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
