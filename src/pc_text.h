/* Character classes and small helpers over UTF-16 text that several
 * analyses share. Pure functions; the locale never matters. */
#ifndef PC_TEXT_H
#define PC_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

/* Han ideograph (BMP blocks; surrogates count as Han for our purposes,
 * since the supplementary planes we meet are CJK extensions). */
int pc_is_han(UChar c);
/* ASCII letter or digit (the folded view has only lower case). */
int pc_is_ascii_alnum(UChar c);
/* Full-width or CJK punctuation (U+3000–U+303F, U+FF01–U+FF0F, U+FF1A–
 * U+FF20, U+FF3B–U+FF40, U+FF5B–U+FF65, “”‘’—…·). */
int pc_is_cjk_punct(UChar c);
/* Blank: space, tab, U+3000. */
int pc_is_blank(UChar c);

/* Non-zero if s[0..n) starts with the NUL-terminated UTF-8 literal lit
 * (ASCII or CJK; converted once per call — use for short literals). */
int pc_starts_with(const UChar *s, int32_t n, const char *lit);

/* Index of the first occurrence of w[0..wn) in s[0..n), or -1. */
int32_t pc_find(const UChar *s, int32_t n, const UChar *w, int32_t wn);

/* A growing UTF-8 string (for messages). Start zeroed; pc_sbuf_done
 * hands the string to the caller (never NULL), who frees it. */
typedef struct pc_sbuf {
	char *s;
	size_t n, cap;
} pc_sbuf;

void pc_sbuf_add(pc_sbuf *b, const char *s);
/* Append s and free it. */
void pc_sbuf_take(pc_sbuf *b, char *s);
char *pc_sbuf_done(pc_sbuf *b);

/* UTF-8 copy of s[0..n); the caller frees it. */
char *pc_utf8(const UChar *s, int32_t n);

#endif
