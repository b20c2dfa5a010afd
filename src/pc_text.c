/* Shared character classes and helpers. */
#include "pc_text.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"

int
pc_is_han(UChar c)
{
	return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || U16_IS_SURROGATE(c) ||
	    c == 0x3007 /* 〇 */;
}

int
pc_is_ascii_alnum(UChar c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

int
pc_is_cjk_punct(UChar c)
{
	if (c >= 0x3000 && c <= 0x303F)
		return c != 0x3007;
	if ((c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
	    (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65))
		return 1;
	return c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
	    c == 0x2014 || c == 0x2026 || c == 0x00B7;
}

int
pc_is_blank(UChar c)
{
	return c == ' ' || c == '\t' || c == 0x3000;
}

int
pc_starts_with(const UChar *s, int32_t n, const char *lit)
{
	UChar w[64];
	int32_t wn = 0;
	UErrorCode ec = U_ZERO_ERROR;

	u_strFromUTF8(w, 64, &wn, lit, -1, &ec);
	if (U_FAILURE(ec) || wn > n || wn >= 64)
		return 0;
	return memcmp(s, w, (size_t)wn * sizeof(UChar)) == 0;
}

int32_t
pc_find(const UChar *s, int32_t n, const UChar *w, int32_t wn)
{
	const UChar *p;

	if (wn <= 0 || wn > n)
		return -1;
	p = u_strFindFirst(s, n, w, wn);
	return p ? (int32_t)(p - s) : -1;
}

char *
pc_utf8(const UChar *s, int32_t n)
{
	UErrorCode ec = U_ZERO_ERROR;
	int32_t k = 0;
	char *r;

	u_strToUTF8(NULL, 0, &k, s, n, &ec);
	ec = U_ZERO_ERROR;
	r = pc_xmalloc((size_t)k + 1);
	u_strToUTF8WithSub(r, k + 1, &k, s, n, 0xFFFD, NULL, &ec);
	r[k] = '\0';
	return r;
}

void
pc_sbuf_add(pc_sbuf *b, const char *s)
{
	size_t k = strlen(s);

	pc_grow(&b->s, &b->cap, b->n + k + 1, 1);
	memcpy(b->s + b->n, s, k + 1);
	b->n += k;
}

void
pc_sbuf_take(pc_sbuf *b, char *s)
{
	pc_sbuf_add(b, s);
	free(s);
}

char *
pc_sbuf_done(pc_sbuf *b)
{
	if (b->s == NULL)
		pc_sbuf_add(b, "");
	return b->s;
}
