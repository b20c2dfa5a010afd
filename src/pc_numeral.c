/* Chinese and Arabic numerals as they occur in policy text.
 *
 * Chinese numerals follow the spoken grammar ([d]千 [零] [d]百 [零] [d]十 [d]),
 * with the colloquial shortening 一百五 = 150, a leading bare 十 (十五) and
 * 廿 = 20; a digit-by-digit run containing 〇 or 零 (二〇二六) reads
 * positionally.  The parse stops at the first unit that does not fit, so
 * "十五五" yields 十五 and leaves the period pattern to the caller. */
#include "pc_numeral.h"

#define PC_NUMERAL_MAX 99999

/* Value of a Chinese digit character (零〇 = 0, 两 = 2), or -1. */
static int
cn_digit(UChar c)
{
	switch (c) {
	case 0x96F6: /* 零 */
	case 0x3007: /* 〇 */
		return 0;
	case 0x4E00: /* 一 */
		return 1;
	case 0x4E8C: /* 二 */
	case 0x4E24: /* 两 */
		return 2;
	case 0x4E09: /* 三 */
		return 3;
	case 0x56DB: /* 四 */
		return 4;
	case 0x4E94: /* 五 */
		return 5;
	case 0x516D: /* 六 */
		return 6;
	case 0x4E03: /* 七 */
		return 7;
	case 0x516B: /* 八 */
		return 8;
	case 0x4E5D: /* 九 */
		return 9;
	default:
		return -1;
	}
}

/* Value of a Chinese unit character, or 0. */
static int
cn_unit(UChar c)
{
	switch (c) {
	case 0x5341: /* 十 */
		return 10;
	case 0x767E: /* 百 */
		return 100;
	case 0x5343: /* 千 */
		return 1000;
	default:
		return 0;
	}
}

static int
is_zero(UChar c)
{
	return c == 0x96F6 || c == 0x3007;
}

int
pc_numeral_is_cn(UChar c)
{
	return cn_digit(c) >= 0 || cn_unit(c) != 0;
}

/* Digit run of one width only: ASCII or full-width, never both. */
static int32_t
parse_digits(const UChar *s, int32_t n, int32_t *value)
{
	UChar lo, hi;
	int32_t i;
	long v = 0;

	if (s[0] >= '0' && s[0] <= '9') {
		lo = '0';
		hi = '9';
	} else {
		lo = 0xFF10;
		hi = 0xFF19;
	}
	for (i = 0; i < n && s[i] >= lo && s[i] <= hi; i++) {
		v = v * 10 + (s[i] - lo);
		if (v > PC_NUMERAL_MAX)
			return 0;
	}
	*value = (int32_t)v;
	return i;
}

/* 二〇二六: digits only (no 两, no units), at least one zero, two or more. */
static int32_t
parse_positional(const UChar *s, int32_t n, int32_t *value)
{
	int32_t i;
	long v = 0;
	int zero = 0, d;

	for (i = 0; i < n; i++) {
		if (s[i] == 0x4E24 || (d = cn_digit(s[i])) < 0)
			break;
		if (d == 0)
			zero = 1;
		v = v * 10 + d;
		if (v > PC_NUMERAL_MAX)
			return 0;
	}
	if (i < 2 || !zero || (i < n && cn_unit(s[i]) != 0))
		return 0;
	*value = (int32_t)v;
	return i;
}

static int32_t
parse_cn(const UChar *s, int32_t n, int32_t *value)
{
	int32_t i, best = 0, bestv = 0, total = 0;
	int pend = -1, last = 0, zero = 0, d, u;

	if (n >= 2 && cn_digit(s[0]) >= 0 && cn_digit(s[1]) >= 0 &&
	    (best = parse_positional(s, n, value)) > 0)
		return best;
	if (is_zero(s[0])) {
		*value = 0;
		return 1;
	}

	for (i = 0; i < n; i++) {
		if (s[i] == 0x5EFF) { /* 廿 */
			if (i != 0)
				break;
			total = 20;
			last = 10;
		} else if (is_zero(s[i])) {
			if (pend >= 0 || last == 0 || last == 10)
				break;
			zero = 1;
			continue;       /* never ends a numeral */
		} else if ((d = cn_digit(s[i])) >= 0) {
			if (pend >= 0)
				break;
			pend = d;
			/* 一百五 = 150, 一千二 = 1200; after 零 or 十 the digit
			 * counts ones. */
			if (last >= 100 && !zero)
				bestv = total + d * (last / 10);
			else
				bestv = total + d;
			best = i + 1;
			continue;
		} else if ((u = cn_unit(s[i])) != 0) {
			if (last != 0 && u >= last)
				break;
			if (pend < 0) {
				/* A bare 十 opens a numeral or follows 零
				 * (一千零十); bare 百 and 千 are not numerals. */
				if (u != 10 || (i != 0 && !zero))
					break;
				pend = 1;
			}
			total += pend * u;
			pend = -1;
			last = u;
			zero = 0;
		} else
			break;
		bestv = total;
		best = i + 1;
	}
	*value = bestv;
	return best;
}

int32_t
pc_numeral_parse(const UChar *s, int32_t n, int32_t *value)
{
	int32_t k, v = 0;

	if (n <= 0)
		return 0;
	if ((s[0] >= '0' && s[0] <= '9') || (s[0] >= 0xFF10 && s[0] <= 0xFF19))
		k = parse_digits(s, n, &v);
	else if (pc_numeral_is_cn(s[0]) || s[0] == 0x5EFF)
		k = parse_cn(s, n, &v);
	else
		k = 0;
	if (k > 0)
		*value = v;
	return k;
}
