/* Unit tests of the source stage: encoding detection and forcing, error
 * offsets, binary input, line-end normalisation and the source map. */
#include "pc_test.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unicode/ucnv.h>
#include <unicode/uclean.h>
#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_source.h"

#define SEED "guangming-industrialization-15th-explanation.txt"

static const char *
testdata(void)
{
	const char *d = getenv("PC_TESTDATA");

	return d != NULL && *d != '\0' ? d : "tests/data";
}

static char *
enc_path(const char *name)
{
	return pc_xasprintf("%s/enc/%s", testdata(), name);
}

static char *
seed_path(void)
{
	return pc_xasprintf("%s/../../corpus/%s", testdata(), SEED);
}

/* Whole file into memory; fails the test if it cannot be read. */
static unsigned char *
slurp(const char *path, size_t *np)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *b = NULL;
	size_t cap = 0, n = 0, r;

	assert_non_null(fp);
	for (;;) {
		pc_grow(&b, &cap, n + 4096, 1);
		r = fread(b + n, 1, cap - n, fp);
		n += r;
		if (r == 0)
			break;
	}
	fclose(fp);
	*np = n;
	return b;
}

/* UTF-8 (valid, known) to a fresh UTF-16 string. */
static UChar *
u16(const char *s, size_t n, int32_t *lenp)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t len;
	UChar *u;

	u_strFromUTF8(NULL, 0, &len, s, (int32_t)n, &st);
	st = U_ZERO_ERROR;
	u = pc_xreallocarray(NULL, (size_t)len + 1, sizeof(UChar));
	u_strFromUTF8(u, len + 1, NULL, s, (int32_t)n, &st);
	assert_true(U_SUCCESS(st));
	*lenp = len;
	return u;
}

/* UTF-16 to bytes of a named ICU encoding. */
static unsigned char *
encode(const char *cname, const UChar *u, int32_t len, size_t *np)
{
	UErrorCode st = U_ZERO_ERROR;
	UConverter *c = ucnv_open(cname, &st);
	char *b;
	int32_t n;

	assert_true(U_SUCCESS(st));
	n = ucnv_fromUChars(c, NULL, 0, u, len, &st);
	st = U_ZERO_ERROR;
	b = pc_xmalloc((size_t)n + 1);
	ucnv_fromUChars(c, b, n + 1, u, len, &st);
	assert_true(U_SUCCESS(st));
	ucnv_close(c);
	*np = (size_t)n;
	return (unsigned char *)b;
}

static unsigned char *
encode_utf8(const char *cname, const char *s, size_t *np)
{
	int32_t len;
	UChar *u = u16(s, strlen(s), &len);
	unsigned char *b = encode(cname, u, len, np);

	free(u);
	return b;
}

/* src->text must equal the UTF-8 string s (n bytes). */
static void
assert_text(const pc_source *src, const char *s, size_t n)
{
	int32_t len;
	UChar *u = u16(s, n, &len);

	assert_int_equal(src->len, len);
	assert_memory_equal(src->text, u, (size_t)len * sizeof(UChar));
	assert_int_equal(src->text[src->len], 0);
	free(u);
}

/* Read tests/data/enc/name (encoding forced or NULL) and compare with the
 * UTF-8 file expect. */
static void
check_file(const char *name, const char *forced, const char *want_enc,
    const char *expect)
{
	pc_source src;
	pc_src_error err;
	char *p = enc_path(name), *q = enc_path(expect);
	unsigned char *e;
	size_t en;

	e = slurp(q, &en);
	assert_int_equal(pc_source_read(p, forced, PC_SOURCE_MAX_DEFAULT,
	    &src, &err), 0);
	assert_int_equal(err.status, PC_SRC_OK);
	assert_string_equal(src.encoding, want_enc);
	assert_string_equal(src.path, p);
	assert_text(&src, (const char *)e, en);
	/* utf8.txt: 7 lines, each ending in LF. */
	assert_int_equal(src.nanchors, 8);
	assert_int_equal(src.anchors[0].off, 0);
	assert_int_equal(src.anchors[3].line, 4);
	assert_int_equal(src.text[src.anchors[3].off], 0x4E00);	/* 一、 */
	assert_int_equal(src.text[src.anchors[3].off - 1], '\n');
	pc_source_free(&src);
	free(e);
	free(p);
	free(q);
}

static void
test_encoding_names(void **state)
{
	(void)state;
	assert_string_equal(pc_source_encoding_name("utf-8"), "UTF-8");
	assert_string_equal(pc_source_encoding_name("UTF8"), "UTF-8");
	assert_string_equal(pc_source_encoding_name("Utf-16LE"), "UTF-16LE");
	assert_string_equal(pc_source_encoding_name("utf-16be"), "UTF-16BE");
	assert_string_equal(pc_source_encoding_name("utf-16"), "UTF-16");
	assert_string_equal(pc_source_encoding_name("GBK"), "GB18030");
	assert_string_equal(pc_source_encoding_name("gb2312"), "GB18030");
	assert_string_equal(pc_source_encoding_name("cp936"), "GB18030");
	assert_string_equal(pc_source_encoding_name("GB18030"), "GB18030");
	assert_string_equal(pc_source_encoding_name("big5"), "Big5");
	assert_null(pc_source_encoding_name("latin1"));
	assert_null(pc_source_encoding_name("utf-8x"));
	assert_null(pc_source_encoding_name(""));
	assert_null(pc_source_encoding_name(NULL));
}

static void
test_detect_files(void **state)
{
	(void)state;
	check_file("utf8.txt", NULL, "UTF-8", "utf8.txt");
	check_file("utf8-bom.txt", NULL, "UTF-8", "utf8.txt");
	check_file("utf16le-bom.txt", NULL, "UTF-16LE", "utf8.txt");
	check_file("utf16be-bom.txt", NULL, "UTF-16BE", "utf8.txt");
	check_file("gb18030.txt", NULL, "GB18030", "utf8.txt");
	check_file("big5.txt", NULL, "Big5", "big5.utf8.txt");
}

/* A title of a few characters gives the detector little to go on; ICU
 * scores it 10 for both candidates and GB18030 comes first. */
static void
test_detect_short(void **state)
{
	static const char s[] = "一、起草背景\n";
	pc_source src;
	pc_src_error err;
	unsigned char *b;
	size_t n;

	(void)state;
	b = encode_utf8("GB18030", s, &n);
	assert_int_equal(pc_source_from_bytes("x", b, n, NULL, &src, &err), 0);
	assert_string_equal(src.encoding, "GB18030");
	assert_text(&src, s, strlen(s));
	pc_source_free(&src);
	free(b);
}

static void
test_forced_files(void **state)
{
	(void)state;
	check_file("gb18030.txt", "gbk", "GB18030", "utf8.txt");
	check_file("gb18030.txt", "GB18030", "GB18030", "utf8.txt");
	check_file("big5.txt", "BIG5", "Big5", "big5.utf8.txt");
	check_file("utf8-bom.txt", "utf-8", "UTF-8", "utf8.txt");
	check_file("utf16le-bom.txt", "utf-16", "UTF-16LE", "utf8.txt");
	check_file("utf16be-bom.txt", "utf-16", "UTF-16BE", "utf8.txt");
	check_file("utf16le-bom.txt", "utf-16le", "UTF-16LE", "utf8.txt");
}

/* BOM-less UTF-16 is never detected, but "utf-16" guesses its order. */
static void
test_forced_utf16_no_bom(void **state)
{
	static const char s[] = "Plan 2025：光明区\n";
	static const char *const order[] = { "UTF-16LE", "UTF-16BE" };
	pc_source src;
	pc_src_error err;
	unsigned char *b;
	size_t n;
	int i;

	(void)state;
	for (i = 0; i < 2; i++) {
		b = encode_utf8(order[i], s, &n);
		assert_int_equal(pc_source_from_bytes("x", b, n, "utf-16", &src,
		    &err), 0);
		assert_string_equal(src.encoding, order[i]);
		assert_text(&src, s, strlen(s));
		pc_source_free(&src);
		/* Not detected: the zero bytes make it binary. */
		assert_int_equal(pc_source_from_bytes("x", b, n, NULL, &src,
		    &err), -1);
		assert_int_equal(err.status, PC_SRC_BINARY);
		assert_int_equal(err.offset, i == 0 ? 1 : 0);
		assert_int_equal(err.byte, 0);
		free(b);
	}
	/* An odd byte count leaves a truncated unit at the end. */
	assert_int_equal(pc_source_from_bytes("x",
	    (const unsigned char *)"\xff\xfe" "a\0b", 5, NULL, &src, &err), -1);
	assert_int_equal(err.status, PC_SRC_UNDECODABLE);
	assert_int_equal(err.offset, 4);
	assert_string_equal(err.encoding, "UTF-16LE");
	/* An unpaired surrogate. */
	assert_int_equal(pc_source_from_bytes("x",
	    (const unsigned char *)"\xff\xfe" "a\0" "\0\xd8" "b\0", 8, NULL,
	    &src, &err), -1);
	assert_int_equal(err.status, PC_SRC_UNDECODABLE);
	assert_int_equal(err.offset, 4);
}

static void
test_bad_encoding_name(void **state)
{
	pc_source src;
	pc_src_error err;
	char *p = enc_path("utf8.txt");

	(void)state;
	assert_int_equal(pc_source_from_bytes("x", (const unsigned char *)"a",
	    1, "latin1", &src, &err), -1);
	assert_int_equal(err.status, PC_SRC_BAD_ENCODING);
	assert_string_equal(err.encoding, "latin1");
	assert_null(src.text);
	assert_int_equal(pc_source_read(p, "shift_jis", PC_SOURCE_MAX_DEFAULT,
	    &src, &err), -1);
	assert_int_equal(err.status, PC_SRC_BAD_ENCODING);
	assert_string_equal(err.encoding, "shift_jis");
	free(p);
}

/* Strict UTF-8: each case is forced (UNDECODABLE) and detected
 * (UNDETECTED, since no candidate explains these bytes either). */
static void
test_invalid_utf8(void **state)
{
	static const struct {
		const char *b;
		size_t n;
		int64_t off;
	} c[] = {
		{ "ab\xed\xa0\x80z\xff", 7, 2 },	/* surrogate D800 */
		{ "ab\xc0\x80 \xff", 6, 2 },		/* overlong NUL */
		{ "\xe0\x80\xaf \xff", 5, 0 },		/* overlong '/' */
		{ "xy\xf4\x90\x80\x80 \xff", 8, 2 },	/* > U+10FFFF */
		{ "abc\x80\xff", 5, 3 },		/* stray continuation */
		{ "abc\xe4\xb8\xad\xe4\xb8", 8, 6 },	/* truncated at end */
		{ "\xe4\xb8\xad\xe4\xb8 \xff", 7, 3 },	/* truncated mid */
		{ "caf\xe9 \xff", 6, 3 },		/* Latin-1 */
		{ "a\xf8\x88\x80\x80\x80", 6, 1 },	/* 5-byte form */
	};
	pc_source src;
	pc_src_error err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		assert_int_equal(pc_source_from_bytes("x",
		    (const unsigned char *)c[i].b, c[i].n, "utf8", &src, &err),
		    -1);
		assert_int_equal(err.status, PC_SRC_UNDECODABLE);
		assert_int_equal(err.offset, c[i].off);
		assert_int_equal(err.byte, (unsigned char)c[i].b[c[i].off]);
		assert_string_equal(err.encoding, "UTF-8");
		assert_null(src.text);
		assert_int_equal(pc_source_from_bytes("x",
		    (const unsigned char *)c[i].b, c[i].n, NULL, &src, &err),
		    -1);
		assert_int_equal(err.status, PC_SRC_UNDETECTED);
		assert_int_equal(err.offset, c[i].off);
	}
}

/* Latin-1 prose: not UTF-8, and although some pairs look like GB18030 or
 * Big5 (C7 61), others do not (E0 20). */
static void
test_latin1_undetected(void **state)
{
	static const char s[] = "\xc7" "a co\xfbte tr\xe8s cher \xe0 No\xebl,"
	    " d\xe9j\xe0 \xe0 la f\xeate.\n";
	pc_source src;
	pc_src_error err;

	(void)state;
	assert_int_equal(pc_source_from_bytes("x", (const unsigned char *)s,
	    strlen(s), NULL, &src, &err), -1);
	assert_int_equal(err.status, PC_SRC_UNDETECTED);
	assert_int_equal(err.offset, 0);
	assert_int_equal(err.byte, 0xC7);
}

static void
test_valid_utf8_edges(void **state)
{
	/* U+007F, U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFD,
	 * U+10000, U+10FFFF. */
	static const char s[] = "\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf"
	    "\xee\x80\x80\xef\xbf\xbd\xf0\x90\x80\x80\xf4\x8f\xbf\xbf";
	static const UChar want[] = { 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF,
	    0xE000, 0xFFFD, 0xD800, 0xDC00, 0xDBFF, 0xDFFF };
	pc_source src;
	pc_src_error err;

	(void)state;
	assert_int_equal(pc_source_from_bytes("x", (const unsigned char *)s,
	    strlen(s), NULL, &src, &err), 0);
	assert_string_equal(src.encoding, "UTF-8");
	assert_int_equal(src.len, 11);
	assert_memory_equal(src.text, want, sizeof(want));
	pc_source_free(&src);
}

/* Insert ins (k bytes) into b (n bytes) at offset at. */
static unsigned char *
splice(const unsigned char *b, size_t n, size_t at, const char *ins,
    size_t k, size_t *np)
{
	unsigned char *r = pc_xmalloc(n + k);

	memcpy(r, b, at);
	memcpy(r + at, ins, k);
	memcpy(r + at + k, b + at, n - at);
	*np = n + k;
	return r;
}

static void
expect_undecodable(const unsigned char *b, size_t n, const char *forced,
    const char *canon, int64_t off, unsigned byte)
{
	pc_source src;
	pc_src_error err;

	assert_int_equal(pc_source_from_bytes("x", b, n, forced, &src, &err),
	    -1);
	assert_int_equal(err.status, PC_SRC_UNDECODABLE);
	assert_string_equal(err.encoding, canon);
	assert_int_equal(err.offset, off);
	assert_int_equal(err.byte, byte);
	assert_null(src.text);
	assert_int_equal(src.len, 0);
}

static void
test_gb18030_illegal(void **state)
{
	unsigned char *g, *b;
	size_t gn, n, at;
	char *p = enc_path("gb18030.txt");
	const char *nl;

	(void)state;
	g = encode_utf8("GB18030", "规划起草说明", &gn);
	assert_int_equal(gn, 12);
	/* A lead byte followed by a byte that is no trail byte. */
	b = splice(g, gn, 6, "\x81\x20", 2, &n);
	expect_undecodable(b, n, "gb18030", "GB18030", 6, 0x81);
	free(b);
	/* A byte that is never legal. */
	b = splice(g, gn, 4, "\xff", 1, &n);
	expect_undecodable(b, n, "GBK", "GB18030", 4, 0xFF);
	free(b);
	/* A four-byte sequence cut short by the end of input. */
	b = splice(g, gn, 12, "\x81\x30\x81", 3, &n);
	expect_undecodable(b, n, "gb2312", "GB18030", 12, 0x81);
	free(b);
	free(g);

	/* The test file with an illegal byte at the start of line 4. */
	g = slurp(p, &gn);
	nl = (const char *)g;
	for (int i = 0; i < 3; i++)
		nl = (const char *)memchr(nl, '\n',
		    gn - (size_t)(nl - (const char *)g)) + 1;
	at = (size_t)(nl - (const char *)g);
	assert_int_equal(at, 67);	/* 37 + 29 + 1 bytes of lines 1-3 */
	b = splice(g, gn, at, "\xff", 1, &n);
	expect_undecodable(b, n, "gb18030", "GB18030", (int64_t)at, 0xFF);
	/* Undetected without --encoding: the first non-UTF-8 byte is 0. */
	{
		pc_source src;
		pc_src_error err;

		assert_int_equal(pc_source_from_bytes("x", b, n, NULL, &src,
		    &err), -1);
		assert_int_equal(err.status, PC_SRC_UNDETECTED);
		assert_int_equal(err.offset, 0);
		assert_int_equal(err.byte, 0xA1);	/* 《 is A1 B6 */
	}
	free(b);
	free(g);
	free(p);
}

/* Deep into a longer file, through pc_source_read. */
static void
test_gb18030_illegal_file(void **state)
{
	char *sp = seed_path(), tmpl[] = "/tmp/pc_test_source_XXXXXX";
	unsigned char *u8, *g, *b;
	size_t u8n, gn, n, at;
	UChar *u;
	int32_t ulen;
	int fd;
	pc_source src;
	pc_src_error err;

	(void)state;
	u8 = slurp(sp, &u8n);
	u = u16((const char *)u8, u8n, &ulen);
	g = encode("GB18030", u, ulen, &gn);
	/* Just after the last LF but one: a character boundary. */
	at = gn - 1;
	while (g[at - 1] != '\n')
		at--;
	assert_true(at > 8000);
	b = splice(g, gn, at, "\x84\x31\xa5", 3, &n);	/* bad 3rd byte */
	fd = mkstemp(tmpl);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, b, n), (ssize_t)n);
	close(fd);
	assert_int_equal(pc_source_read(tmpl, "gb18030", PC_SOURCE_MAX_DEFAULT,
	    &src, &err), -1);
	assert_int_equal(err.status, PC_SRC_UNDECODABLE);
	assert_int_equal(err.offset, (int64_t)at);
	assert_int_equal(err.byte, 0x84);
	unlink(tmpl);
	free(b);
	free(g);
	free(u);
	free(u8);
	free(sp);
}

/* The seed converted to GB18030 decodes to exactly the UTF-8 original. */
static void
test_seed_gb18030(void **state)
{
	char *sp = seed_path();
	unsigned char *g, *u8;
	size_t gn, u8n;
	pc_source a, b;
	pc_src_error err;

	(void)state;
	assert_int_equal(pc_source_read(sp, NULL, PC_SOURCE_MAX_DEFAULT, &a,
	    &err), 0);
	assert_string_equal(a.encoding, "UTF-8");
	assert_int_equal(a.nanchors, 35);	/* 34 LFs, then a space */
	u8 = slurp(sp, &u8n);
	assert_text(&a, (const char *)u8, u8n);
	g = encode("GB18030", a.text, a.len, &gn);
	assert_int_equal(pc_source_from_bytes("seed.gb", g, gn, NULL, &b, &err),
	    0);
	assert_string_equal(b.encoding, "GB18030");
	assert_int_equal(b.len, a.len);
	assert_memory_equal(b.text, a.text, (size_t)a.len * sizeof(UChar));
	assert_int_equal(b.nanchors, a.nanchors);
	assert_memory_equal(b.anchors, a.anchors,
	    (size_t)a.nanchors * sizeof(pc_anchor));
	pc_source_free(&a);
	pc_source_free(&b);
	free(g);
	free(u8);
	free(sp);
}

/* Non-UTF-8 bytes only after 100 KB of ASCII: the detector must look near
 * them, and the whole input must still decode. */
static void
test_detect_late(void **state)
{
	char *sp = seed_path();
	unsigned char *u8, *g, *all;
	size_t u8n, gn, pre = 100 * 1024, i;
	UChar *u;
	int32_t ulen;
	pc_source src;
	pc_src_error err;

	(void)state;
	u8 = slurp(sp, &u8n);
	u = u16((const char *)u8, u8n, &ulen);
	g = encode("GB18030", u, ulen, &gn);
	all = pc_xmalloc(pre + gn);
	for (i = 0; i < pre; i++)
		all[i] = i % 64 == 63 ? '\n' : 'a' + (unsigned char)(i % 26);
	memcpy(all + pre, g, gn);
	assert_int_equal(pc_source_from_bytes("x", all, pre + gn, NULL, &src,
	    &err), 0);
	assert_string_equal(src.encoding, "GB18030");
	assert_int_equal(src.len, (int32_t)pre + ulen);
	assert_memory_equal(src.text + pre, u, (size_t)ulen * sizeof(UChar));
	assert_int_equal(src.nanchors, (int32_t)(pre / 64) + 35);
	pc_source_free(&src);
	free(all);
	free(g);
	free(u);
	free(u8);
	free(sp);
}

static void
expect_binary(const char *b, size_t n, const char *forced, int64_t off,
    unsigned byte)
{
	pc_source src;
	pc_src_error err;

	assert_int_equal(pc_source_from_bytes("x", (const unsigned char *)b, n,
	    forced, &src, &err), -1);
	assert_int_equal(err.status, PC_SRC_BINARY);
	assert_int_equal(err.offset, off);
	assert_int_equal(err.byte, byte);
	assert_null(src.text);
}

static void
test_binary(void **state)
{
	static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
	static const char u16nul[] = "\xff\xfe" "a\0b\0\0\0c\0";
	static const char u16ctl[] = "\xfe\xff" "\0a\0\x01";
	unsigned char elf[4096];
	uint32_t x = 12345;
	size_t i;

	(void)state;
	expect_binary("abc\0def", 7, NULL, 3, 0);
	expect_binary("abc\0def", 7, "gbk", 3, 0);
	expect_binary("abc\0def", 7, "utf-8", 3, 0);
	expect_binary("\xe5\x85\x89 \x1b[0m", 8, NULL, 4, 0x1B);
	expect_binary("a\x1a" "b", 3, NULL, 1, 0x1A);
	expect_binary(png, sizeof(png) - 1, NULL, 6, 0x1A);
	expect_binary(u16nul, sizeof(u16nul) - 1, NULL, 6, 0);
	expect_binary(u16ctl, sizeof(u16ctl) - 1, NULL, 4, 1);

	/* An ELF header followed by noise: binary, not undetected. */
	memcpy(elf, "\x7f" "ELF\x02\x01\x01\0", 8);
	for (i = 8; i < sizeof(elf); i++) {
		x = x * 1103515245 + 12345;
		elf[i] = (unsigned char)(x >> 16);
	}
	expect_binary((const char *)elf, sizeof(elf), NULL, 4, 2);
	/* The noise alone, past a text-like start. */
	memset(elf, 'a', 64);
	for (i = 64; i < sizeof(elf) && (elf[i] >= 0x20 || elf[i] == '\t' ||
	    elf[i] == '\n' || elf[i] == '\f' || elf[i] == '\r'); i++)
		;
	expect_binary((const char *)elf, sizeof(elf), NULL, (int64_t)i,
	    elf[i]);
}

/* TAB, FF and a final DOS EOF mark are text. */
static void
test_allowed_controls(void **state)
{
	static const char s[] = "a\tb\fc\n\x1a";
	pc_source src;
	pc_src_error err;

	(void)state;
	assert_int_equal(pc_source_from_bytes("x", (const unsigned char *)s,
	    sizeof(s) - 1, NULL, &src, &err), 0);
	assert_text(&src, "a\tb\fc\n", 6);
	pc_source_free(&src);
}

static void
test_crlf(void **state)
{
	static const char s[] = "a\r\nb\rc\n\r\nd\r";
	static const pc_anchor want[] = { {0, 1}, {2, 2}, {4, 3}, {6, 4},
	    {7, 5}, {9, 6} };
	pc_source src;
	pc_src_error err;
	unsigned char *b;
	size_t n;
	int32_t line, col;

	(void)state;
	assert_int_equal(pc_source_from_bytes("x", (const unsigned char *)s,
	    sizeof(s) - 1, NULL, &src, &err), 0);
	assert_text(&src, "a\nb\nc\n\nd\n", 9);
	assert_int_equal(src.nanchors, 6);
	assert_memory_equal(src.anchors, want, sizeof(want));
	pc_source_pos(&src, 7, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 5);
	assert_int_equal(col, 1);
	pc_source_pos(&src, 8, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 5);
	assert_int_equal(col, 2);
	pc_source_free(&src);

	/* The same through a decoder, with a BOM to drop first. */
	b = encode_utf8("UTF-16BE", "\xef\xbb\xbf" "光\r\n明\r区", &n);
	assert_int_equal(pc_source_from_bytes("x", b, n, NULL, &src, &err), 0);
	assert_string_equal(src.encoding, "UTF-16BE");
	assert_text(&src, "光\n明\n区", strlen("光\n明\n区"));
	assert_int_equal(src.nanchors, 3);
	assert_int_equal(src.anchors[2].off, 4);
	pc_source_free(&src);
	free(b);
}

static void
expect_pos(const pc_source *src, int32_t off, int32_t line, int32_t cchar,
    int32_t cbyte, int32_t cutf16)
{
	int32_t l, c;

	pc_source_pos(src, off, PC_UNIT_CHAR, &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, cchar);
	pc_source_pos(src, off, PC_UNIT_BYTE, &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, cbyte);
	pc_source_pos(src, off, PC_UNIT_UTF16, &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, cutf16);
}

static void
test_source_map(void **state)
{
	/* 𠀀 is U+20000: one character, four UTF-8 bytes, two UTF-16 units. */
	static const char s[] = "A𠀀中b\r\nxy\n\n¢z";
	pc_source src;
	pc_src_error err;

	(void)state;
	assert_int_equal(pc_source_from_bytes("x", (const unsigned char *)s,
	    sizeof(s) - 1, NULL, &src, &err), 0);
	assert_int_equal(src.len, 12);
	assert_int_equal(src.text[1], 0xD840);
	assert_int_equal(src.text[2], 0xDC00);
	expect_pos(&src, 0, 1, 1, 1, 1);	/* A */
	expect_pos(&src, 1, 1, 2, 2, 2);	/* 𠀀 */
	expect_pos(&src, 3, 1, 3, 6, 4);	/* 中 */
	expect_pos(&src, 4, 1, 4, 9, 5);	/* b */
	expect_pos(&src, 5, 1, 5, 10, 6);	/* the LF */
	expect_pos(&src, 6, 2, 1, 1, 1);	/* x */
	expect_pos(&src, 7, 2, 2, 2, 2);	/* y */
	expect_pos(&src, 9, 3, 1, 1, 1);	/* empty line */
	expect_pos(&src, 11, 4, 2, 3, 2);	/* z after ¢ */
	expect_pos(&src, 12, 4, 3, 4, 3);	/* end of text */
	pc_source_free(&src);
}

/* Positions in the seed: "一、起草背景" is line 5. */
static void
test_seed_positions(void **state)
{
	static const UChar heading[] = { 0x4E00, 0x3001, 0x8D77, 0x8349 };
	char *sp = seed_path();
	pc_source src;
	pc_src_error err;
	int32_t i, line, col;

	(void)state;
	assert_int_equal(pc_source_read(sp, NULL, PC_SOURCE_MAX_DEFAULT, &src,
	    &err), 0);
	for (i = 0; i + 4 <= src.len; i++)
		if (memcmp(src.text + i, heading, sizeof(heading)) == 0)
			break;
	assert_true(i + 4 <= src.len);
	pc_source_pos(&src, i, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 5);
	assert_int_equal(col, 1);
	/* 起 of 起草说明 on line 2, after 规划（征求意见稿）》: 11th char. */
	pc_source_pos(&src, src.anchors[1].off + 10, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 11);
	assert_int_equal(src.text[src.anchors[1].off + 10], 0x8D77);
	pc_source_pos(&src, src.anchors[1].off + 10, PC_UNIT_BYTE, &line, &col);
	assert_int_equal(col, 31);
	pc_source_free(&src);
	free(sp);
}

static void
test_empty(void **state)
{
	char tmpl[] = "/tmp/pc_test_source_XXXXXX";
	pc_source src;
	pc_src_error err;
	int32_t line, col;
	int fd;

	(void)state;
	assert_int_equal(pc_source_from_bytes("e", NULL, 0, NULL, &src, &err),
	    0);
	assert_int_equal(src.len, 0);
	assert_non_null(src.text);
	assert_int_equal(src.text[0], 0);
	assert_int_equal(src.nanchors, 1);
	assert_int_equal(src.anchors[0].off, 0);
	assert_int_equal(src.anchors[0].line, 1);
	assert_string_equal(src.encoding, "UTF-8");
	pc_source_pos(&src, 0, PC_UNIT_BYTE, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	pc_source_free(&src);

	/* A BOM alone is empty text too. */
	assert_int_equal(pc_source_from_bytes("e",
	    (const unsigned char *)"\xff\xfe", 2, NULL, &src, &err), 0);
	assert_int_equal(src.len, 0);
	assert_string_equal(src.encoding, "UTF-16LE");
	pc_source_free(&src);

	fd = mkstemp(tmpl);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(pc_source_read(tmpl, NULL, PC_SOURCE_MAX_DEFAULT,
	    &src, &err), 0);
	assert_int_equal(src.len, 0);
	assert_int_equal(src.nanchors, 1);
	pc_source_free(&src);
	unlink(tmpl);
}

static void
test_open_errors(void **state)
{
	pc_source src;
	pc_src_error err;
	char *p = enc_path("no-such-file.txt"), *d = enc_path("");

	(void)state;
	assert_int_equal(pc_source_read(p, NULL, PC_SOURCE_MAX_DEFAULT, &src,
	    &err), -1);
	assert_int_equal(err.status, PC_SRC_OPEN);
	assert_int_equal(err.sys_errno, ENOENT);
	assert_null(src.text);
	assert_int_equal(pc_source_read(d, NULL, PC_SOURCE_MAX_DEFAULT, &src,
	    &err), -1);
	assert_int_equal(err.status, PC_SRC_IS_DIR);
	assert_null(src.text);
	free(p);
	free(d);
}

static void
test_too_large(void **state)
{
	pc_source src;
	pc_src_error err;
	char *p = enc_path("utf8.txt");

	(void)state;
	assert_int_equal(pc_source_read(p, NULL, 100, &src, &err), -1);
	assert_int_equal(err.status, PC_SRC_TOO_LARGE);
	assert_int_equal(err.offset, 100);
	/* utf8.txt is 631 bytes: exactly the limit is fine. */
	assert_int_equal(pc_source_read(p, NULL, 631, &src, &err), 0);
	pc_source_free(&src);
	assert_int_equal(pc_source_read(p, NULL, 630, &src, &err), -1);
	assert_int_equal(err.status, PC_SRC_TOO_LARGE);
	free(p);
}

static void
test_stdin(void **state)
{
	pc_source src;
	pc_src_error err;
	char *p = enc_path("gb18030.txt"), *q = enc_path("utf8.txt");
	unsigned char *e;
	size_t en;
	int fd, saved;

	(void)state;
	saved = dup(STDIN_FILENO);
	fd = open(p, O_RDONLY);
	assert_true(fd >= 0 && saved >= 0);
	assert_int_equal(dup2(fd, STDIN_FILENO), STDIN_FILENO);
	close(fd);
	assert_int_equal(pc_source_read("-", NULL, PC_SOURCE_MAX_DEFAULT, &src,
	    &err), 0);
	dup2(saved, STDIN_FILENO);
	close(saved);
	assert_string_equal(src.path, "-");
	assert_string_equal(src.encoding, "GB18030");
	e = slurp(q, &en);
	assert_text(&src, (const char *)e, en);
	pc_source_free(&src);
	free(e);
	free(p);
	free(q);
}

static void
test_adopt(void **state)
{
	pc_source src;
	UChar *t = pc_xreallocarray(NULL, 4, sizeof(UChar));
	pc_anchor *a = pc_xmalloc(2 * sizeof(*a));
	int32_t line, col;

	(void)state;
	t[0] = 'a';
	t[1] = 'b';
	t[2] = 'c';
	t[3] = 0;
	/* A DOCX reader: paragraph 7 starts at offset 2. */
	a[0].off = 0;
	a[0].line = 6;
	a[1].off = 2;
	a[1].line = 7;
	pc_source_adopt(&src, "d.docx", "UTF-8", t, 3, a, 2);
	assert_string_equal(src.path, "d.docx");
	assert_string_equal(src.encoding, "UTF-8");
	pc_source_pos(&src, 1, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 6);
	assert_int_equal(col, 2);
	pc_source_pos(&src, 3, PC_UNIT_CHAR, &line, &col);
	assert_int_equal(line, 7);
	assert_int_equal(col, 2);
	pc_source_free(&src);
	assert_null(src.text);

	/* No anchors given: one is made. */
	t = pc_xreallocarray(NULL, 2, sizeof(UChar));
	t[0] = 'x';
	t[1] = 0;
	pc_source_adopt(&src, "h.html", NULL, t, 1, NULL, 0);
	assert_int_equal(src.nanchors, 1);
	pc_source_pos(&src, 1, PC_UNIT_UTF16, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 2);
	pc_source_free(&src);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_encoding_names),
		cmocka_unit_test(test_detect_files),
		cmocka_unit_test(test_detect_short),
		cmocka_unit_test(test_forced_files),
		cmocka_unit_test(test_forced_utf16_no_bom),
		cmocka_unit_test(test_bad_encoding_name),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_latin1_undetected),
		cmocka_unit_test(test_valid_utf8_edges),
		cmocka_unit_test(test_gb18030_illegal),
		cmocka_unit_test(test_gb18030_illegal_file),
		cmocka_unit_test(test_seed_gb18030),
		cmocka_unit_test(test_detect_late),
		cmocka_unit_test(test_binary),
		cmocka_unit_test(test_allowed_controls),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_source_map),
		cmocka_unit_test(test_seed_positions),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_open_errors),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_stdin),
		cmocka_unit_test(test_adopt),
	};
	int rc;

	rc = cmocka_run_group_tests(tests, NULL, NULL);
	u_cleanup();
	return rc;
}
