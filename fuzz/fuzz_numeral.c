/* Fuzz target: Chinese and Arabic numeral parsing (pc_numeral_parse) on
 * every suffix of the input (UTF-8 decoded; a leading 0x00 byte gives the
 * rest as raw UTF-16LE units, lone surrogates included). Checks the
 * contract: consumed within bounds, a value in 0..99999, and a prefix
 * parse never consuming more than the whole. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "pc_alloc.h"
#include "pc_numeral.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	UChar *u;
	int32_t n;

	if (size > 4096)
		return 0;
	if (size > 0 && data[0] == 0) {
		n = (int32_t)((size - 1) / 2);
		u = pc_xcalloc((size_t)n + 1, sizeof(*u));
		for (int32_t i = 0; i < n; i++)
			u[i] = (UChar)(data[1 + 2 * i] | data[2 + 2 * i] << 8);
	} else
		u = pc_fuzz_utf16(data, size, &n);
	for (int32_t i = 0; i <= n; i++) {
		int32_t v = -1, k;

		k = pc_numeral_parse(u + i, n - i, &v);
		if (k < 0 || k > n - i)
			pc_fuzz_fail("consumed out of bounds");
		if (k > 0 && (v < 0 || v > 99999))
			pc_fuzz_fail("value out of range");
		if (k > 0) {
			/* the same numeral, with nothing after it */
			int32_t v2 = -1, k2 = pc_numeral_parse(u + i, k, &v2);

			if (k2 < 0 || k2 > k)
				pc_fuzz_fail("prefix parse consumed too much");
		}
		if (i < n)
			(void)pc_numeral_is_cn(u[i]);
	}
	free(u);
	return 0;
}
