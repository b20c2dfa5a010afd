/* The reference ICU pass of the benchmark: the floor plancheck is measured
 * against. It does exactly what a tool that segments Chinese with ICU must
 * at least do, and nothing more: read the whole UTF-8 file, convert it to
 * UTF-16 with u_strFromUTF8, run one UBRK_WORD "zh" break iterator over the
 * whole text, walk every boundary with ubrk_next and print how many there
 * were (so the work cannot be optimised away and runs can be compared).
 * Its time is the process's wall time, start to exit. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include "pc_alloc.h"

static char *
slurp(const char *path, size_t *lenp)
{
	FILE *fp;
	char *buf = NULL;
	size_t cap = 0, len = 0, n;

	if ((fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "icu_ref: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	for (;;) {
		pc_grow(&buf, &cap, len + 65536, 1);
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		fprintf(stderr, "icu_ref: %s: read error\n", path);
		exit(2);
	}
	fclose(fp);
	*lenp = len;
	return buf;
}

int
main(int argc, char *argv[])
{
	UErrorCode status = U_ZERO_ERROR;
	UBreakIterator *bi;
	UChar *text;
	char *bytes;
	size_t blen;
	int32_t ulen = 0;
	long long count = 0;

	if (argc != 2) {
		fputs("usage: icu_ref FILE\n", stderr);
		return 2;
	}
	bytes = slurp(argv[1], &blen);
	if (blen > INT32_MAX) {
		fprintf(stderr, "icu_ref: %s: too large for one ICU string\n",
		    argv[1]);
		free(bytes);
		return 2;
	}

	/* Preflight for the length, then convert. */
	u_strFromUTF8(NULL, 0, &ulen, bytes, (int32_t)blen, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
		fprintf(stderr, "icu_ref: %s: not UTF-8: %s\n", argv[1],
		    u_errorName(status));
		free(bytes);
		return 2;
	}
	status = U_ZERO_ERROR;
	text = pc_xreallocarray(NULL, (size_t)ulen + 1, sizeof(*text));
	u_strFromUTF8(text, ulen + 1, &ulen, bytes, (int32_t)blen, &status);
	if (U_FAILURE(status)) {
		fprintf(stderr, "icu_ref: %s: not UTF-8: %s\n", argv[1],
		    u_errorName(status));
		free(bytes);
		free(text);
		return 2;
	}
	free(bytes);

	bi = ubrk_open(UBRK_WORD, "zh", text, ulen, &status);
	if (U_FAILURE(status)) {
		fprintf(stderr, "icu_ref: ubrk_open: %s\n", u_errorName(status));
		free(text);
		return 2;
	}
	while (ubrk_next(bi) != UBRK_DONE)
		count++;
	ubrk_close(bi);
	free(text);
	u_cleanup();

	printf("%lld\n", count);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fputs("icu_ref: write error\n", stderr);
		return 2;
	}
	return 0;
}
