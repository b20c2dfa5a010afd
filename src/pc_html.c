/* HTML reader.  The bytes are decoded by the source stage (BOM, then a
 * declared charset, then --encoding, then detection), so HTML and text
 * share one decoder and one set of errors; the decoded text goes to
 * libxml2's HTML parser as UTF-8 with the page's own charset hint ignored.
 * The parser drives SAX callbacks and builds no tree: paragraphs are cut
 * while parsing, nothing recurses on the document's depth, and the depth
 * limit stops the parser early.  Source lines come from byte offsets into
 * the parser's input, not from libxml2's node lines (16 bits in 2.9). */
#include "pc_html.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "pc_alloc.h"

/* pc_html_sniff looks for markup in this many bytes after a BOM. */
#define SNIFF_WINDOW	1024

/* A <meta> charset is sought in this many bytes: more than HTML5's 1024,
 * since government CMS pages put long comments and scripts first. */
#define PRESCAN_WINDOW	(16 * 1024)

/* How far back from a start tag's '>' its '<' is sought; a tag longer than
 * this (a huge inline style or data URI) is placed on the line of its '>'. */
#define TAG_SCAN_BACK	(64 * 1024)

/* Element classes.  The low three bits hold a heading level. */
enum {
	E_LEVEL = 0x0007,
	E_BLOCK = 0x0008,	/* ends the paragraph before and after it */
	E_SKIP = 0x0010,	/* its content is not draft text */
	E_PRE = 0x0020,		/* whitespace kept */
	E_HEAD = 0x0040,	/* only the title inside counts */
	E_TITLE = 0x0080,
	E_BR = 0x0100,
	E_WHOLE = 0x0200,	/* html, body: their start line says nothing
				   about where a paragraph is */
	F_INERT = 0x0400,	/* frame inside a skipped element */
	F_CAPTURE = 0x0800	/* frame of the title being captured */
};

/* Sorted by name for bsearch.  nav, aside and footer are skipped too:
 * menus, side bars of other documents' titles and copyright lines are not
 * draft text and would only add false hits. */
static const struct elem {
	const char *name;
	unsigned flags;
} elems[] = {
	{ "address",	E_BLOCK },
	{ "applet",	E_SKIP },
	{ "article",	E_BLOCK },
	{ "aside",	E_BLOCK | E_SKIP },
	{ "audio",	E_SKIP },
	{ "blockquote",	E_BLOCK },
	{ "body",	E_BLOCK | E_WHOLE },
	{ "br",		E_BR },
	{ "button",	E_SKIP },
	{ "canvas",	E_SKIP },
	{ "caption",	E_BLOCK },
	{ "center",	E_BLOCK },
	{ "datalist",	E_SKIP },
	{ "dd",		E_BLOCK },
	{ "details",	E_BLOCK },
	{ "dialog",	E_BLOCK },
	{ "dir",	E_BLOCK },
	{ "div",	E_BLOCK },
	{ "dl",		E_BLOCK },
	{ "dt",		E_BLOCK },
	{ "fieldset",	E_BLOCK },
	{ "figcaption",	E_BLOCK },
	{ "figure",	E_BLOCK },
	{ "footer",	E_BLOCK | E_SKIP },
	{ "form",	E_BLOCK },
	{ "frameset",	E_BLOCK | E_SKIP },
	{ "h1",		E_BLOCK | 1 },
	{ "h2",		E_BLOCK | 2 },
	{ "h3",		E_BLOCK | 3 },
	{ "h4",		E_BLOCK | 4 },
	{ "h5",		E_BLOCK | 5 },
	{ "h6",		E_BLOCK | 6 },
	{ "head",	E_BLOCK | E_HEAD | E_WHOLE },
	{ "header",	E_BLOCK },
	{ "hgroup",	E_BLOCK },
	{ "hr",		E_BLOCK },
	{ "html",	E_BLOCK | E_WHOLE },
	{ "iframe",	E_SKIP },
	{ "legend",	E_BLOCK },
	{ "li",		E_BLOCK },
	{ "listing",	E_BLOCK | E_PRE },
	{ "main",	E_BLOCK },
	{ "math",	E_SKIP },
	{ "menu",	E_BLOCK },
	{ "nav",	E_BLOCK | E_SKIP },
	{ "noembed",	E_SKIP },
	{ "noframes",	E_SKIP },
	{ "noscript",	E_SKIP },
	{ "object",	E_SKIP },
	{ "ol",		E_BLOCK },
	{ "p",		E_BLOCK },
	{ "plaintext",	E_BLOCK | E_PRE },
	{ "pre",	E_BLOCK | E_PRE },
	{ "script",	E_SKIP },
	{ "section",	E_BLOCK },
	{ "select",	E_SKIP },
	{ "style",	E_SKIP },
	{ "summary",	E_BLOCK },
	{ "svg",	E_SKIP },
	{ "table",	E_BLOCK },
	{ "tbody",	E_BLOCK },
	{ "td",		E_BLOCK },
	{ "template",	E_SKIP },
	{ "textarea",	E_SKIP },
	{ "tfoot",	E_BLOCK },
	{ "th",		E_BLOCK },
	{ "thead",	E_BLOCK },
	{ "title",	E_TITLE },
	{ "tr",		E_BLOCK },
	{ "ul",		E_BLOCK },
	{ "video",	E_SKIP },
	{ "xmp",	E_BLOCK | E_PRE },
};

/* Charset labels of <meta>, after the WHATWG Encoding Standard, mapped to
 * what the source stage decodes.  GB2312 and GBK pages routinely use GBK
 * characters, so every GB label reads as GB18030, as browsers do; a UTF-16
 * label in an ASCII-readable page means UTF-8 (HTML5 says so). */
static const struct {
	const char *label;
	const char *enc;
} labels[] = {
	{ "utf-8",		"UTF-8" },
	{ "utf8",		"UTF-8" },
	{ "unicode-1-1-utf-8",	"UTF-8" },
	{ "utf-16",		"UTF-8" },
	{ "utf-16le",		"UTF-8" },
	{ "utf-16be",		"UTF-8" },
	{ "gb2312",		"GB18030" },
	{ "gbk",		"GB18030" },
	{ "gb18030",		"GB18030" },
	{ "x-gbk",		"GB18030" },
	{ "cp936",		"GB18030" },
	{ "ms936",		"GB18030" },
	{ "windows-936",	"GB18030" },
	{ "euc-cn",		"GB18030" },
	{ "x-euc-cn",		"GB18030" },
	{ "csgb2312",		"GB18030" },
	{ "gb_2312",		"GB18030" },
	{ "gb_2312-80",		"GB18030" },
	{ "chinese",		"GB18030" },
	{ "iso-ir-58",		"GB18030" },
	{ "csiso58gb231280",	"GB18030" },
	{ "big5",		"Big5" },
	{ "big5-hkscs",		"Big5" },
	{ "cn-big5",		"Big5" },
	{ "csbig5",		"Big5" },
	{ "x-x-big5",		"Big5" },
	{ "cp950",		"Big5" },
};

struct ubuf {
	UChar *s;
	size_t len, cap;
};

/* A run of ASCII blanks waiting for the next visible character, which
 * decides what the run becomes. */
struct blanks {
	int pending;
	int brk;		/* the run holds a line break */
};

struct frame {
	unsigned short flags;
	unsigned char level;	/* heading level in force, 0 none */
};

struct reader {
	htmlParserCtxtPtr ctxt;
	const char *in;		/* the parser's input (UTF-8) */
	size_t inlen;
	size_t lc_off;		/* line cursor: byte lc_off is on line */
	int64_t lc_line;	/* lc_line */

	struct frame *stack;
	size_t depth, stackcap, max_depth;
	int nskip, nhead, npre, capture;

	struct ubuf text;
	struct blanks bl;
	int open;		/* a paragraph is being built */
	size_t pstart;		/* its first unit */
	size_t psep;		/* text length before its separating LF */
	int32_t pline;
	int plevel;
	int blk_valid;		/* blk_line is where the open block starts */
	int32_t blk_line;
	int pre_fresh;		/* nothing seen yet since <pre> */

	pc_para *paras;
	pc_anchor *anchors;
	size_t npara, paracap, anchcap;

	struct ubuf title;
	struct blanks tbl;
	int title_done;
	int32_t title_line;
	int have_h1;

	int failed;
	pc_src_error *err;
};

/* ---- bytes: ASCII-only helpers, never <ctype.h> ---- */

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int
is_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Whether b[0..n) starts with lower-case ASCII word w, ignoring case. */
static int
ci_prefix(const unsigned char *b, size_t n, const char *w)
{
	size_t i;

	for (i = 0; w[i] != '\0'; i++)
		if (i >= n || lower(b[i]) != w[i])
			return 0;
	return 1;
}

/* Whether b[0..n) starts with tag name w followed by the end of a name. */
static int
is_tag(const unsigned char *b, size_t n, const char *w)
{
	size_t k = strlen(w);

	return ci_prefix(b, n, w) && (k == n || is_ws(b[k]) ||
	    b[k] == '>' || b[k] == '/');
}

static const unsigned char *
find(const unsigned char *b, size_t n, const char *w)
{
	size_t k = strlen(w), i;

	for (i = 0; i + k <= n; i++)
		if (b[i] == (unsigned char)w[0] && memcmp(b + i, w, k) == 0)
			return b + i;
	return NULL;
}

static const char *
label_encoding(const char *s)
{
	size_t i, k;

	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		for (k = 0; labels[i].label[k] != '\0' &&
		    lower((unsigned char)s[k]) == labels[i].label[k]; k++)
			;
		if (labels[i].label[k] == '\0' && s[k] == '\0')
			return labels[i].enc;
	}
	return NULL;
}

/* The charset= of a Content-Type value, or NULL. */
static const char *
content_charset(const char *v)
{
	const unsigned char *p = (const unsigned char *)v;
	size_t n = strlen(v), i, j, k;
	char lab[64];
	int q;

	for (i = 0; i + 7 <= n; i++) {
		if (!ci_prefix(p + i, n - i, "charset"))
			continue;
		for (j = i + 7; j < n && is_ws(p[j]); j++)
			;
		if (j >= n || p[j] != '=')
			continue;
		for (j++; j < n && is_ws(p[j]); j++)
			;
		q = j < n && (p[j] == '"' || p[j] == '\'') ? p[j++] : 0;
		for (k = 0; j < n && k + 1 < sizeof(lab); j++) {
			if (q ? p[j] == q : (p[j] == ';' || is_ws(p[j])))
				break;
			lab[k++] = (char)p[j];
		}
		lab[k] = '\0';
		return label_encoding(lab);
	}
	return NULL;
}

/*
 * The attributes of a <meta> tag starting at b[i] (just after "<meta"):
 * the encoding its charset names, or that of http-equiv="Content-Type"
 * content="…; charset=…", or NULL.  *endp is where the tag ends.
 */
static const char *
meta_encoding(const unsigned char *b, size_t n, size_t i, size_t *endp)
{
	char name[16], val[128];
	const char *cs = NULL, *ccs = NULL;
	size_t k;
	int pragma = 0, q;

	for (;;) {
		while (i < n && (is_ws(b[i]) || b[i] == '/'))
			i++;
		if (i >= n || b[i] == '>')
			break;
		for (k = 0; i < n && !is_ws(b[i]) && b[i] != '=' &&
		    b[i] != '>' && b[i] != '/'; i++)
			if (k + 1 < sizeof(name))
				name[k++] = (char)lower(b[i]);
		name[k] = '\0';
		while (i < n && is_ws(b[i]))
			i++;
		k = 0;
		if (i < n && b[i] == '=') {
			i++;
			while (i < n && is_ws(b[i]))
				i++;
			q = i < n && (b[i] == '"' || b[i] == '\'') ? b[i++] : 0;
			for (; i < n; i++) {
				if (q ? b[i] == q : (is_ws(b[i]) || b[i] == '>'))
					break;
				if (k + 1 < sizeof(val))
					val[k++] = (char)b[i];
			}
			if (q && i < n)
				i++;
		}
		val[k] = '\0';
		if (strcmp(name, "charset") == 0 && cs == NULL) {
			for (k = 0; is_ws((unsigned char)val[k]); k++)
				;
			cs = label_encoding(val + k);
		} else if (strcmp(name, "http-equiv") == 0)
			pragma = ci_prefix((const unsigned char *)val,
			    strlen(val), "content-type");
		else if (strcmp(name, "content") == 0 && ccs == NULL)
			ccs = content_charset(val);
	}
	*endp = i;
	if (cs != NULL)
		return cs;
	return pragma ? ccs : NULL;
}

/* The encoding a <meta> near the start declares, or NULL. */
static const char *
declared_encoding(const unsigned char *b, size_t n)
{
	const unsigned char *p;
	const char *enc;
	size_t i, lim = n < PRESCAN_WINDOW ? n : PRESCAN_WINDOW;

	for (i = 0; i < lim; i++) {
		if (b[i] != '<')
			continue;
		if (ci_prefix(b + i, n - i, "<!--")) {
			p = find(b + i + 4, n - i - 4, "-->");
			if (p == NULL)
				return NULL;
			i = (size_t)(p - b) + 2;
		} else if (ci_prefix(b + i, n - i, "<meta") && i + 5 < n &&
		    (is_ws(b[i + 5]) || b[i + 5] == '/')) {
			enc = meta_encoding(b, n, i + 5, &i);
			if (enc != NULL)
				return enc;
		}
	}
	return NULL;
}

static int
has_bom(const unsigned char *b, size_t n)
{
	return (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) ||
	    (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) ||
	    (n >= 2 && b[0] == 0xFE && b[1] == 0xFF);
}

static int
has_non_ascii(const unsigned char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (b[i] >= 0x80)
			return 1;
	return 0;
}

/*
 * Decode the page: a BOM wins, then a declared charset, then the caller's
 * encoding, then detection as for text.  A page declared in a legacy
 * encoding whose bytes are valid UTF-8 with non-ASCII text was converted
 * to UTF-8 without its <meta> (common after a CMS migration): real GBK or
 * Big5 prose is never valid UTF-8, so UTF-8 is read.
 */
static int
decode(const char *path, const unsigned char *b, size_t n,
    const char *encoding, pc_source *tmp, pc_src_error *err)
{
	pc_src_error e2;
	const char *enc;

	if (encoding != NULL && pc_source_encoding_name(encoding) == NULL) {
		memset(err, 0, sizeof(*err));
		err->status = PC_SRC_BAD_ENCODING;
		snprintf(err->encoding, sizeof(err->encoding), "%s", encoding);
		return -1;
	}
	if (has_bom(b, n))
		enc = NULL;
	else if ((enc = declared_encoding(b, n)) != NULL) {
		if (strcmp(enc, "UTF-8") != 0 && has_non_ascii(b, n) &&
		    pc_source_from_bytes(path, b, n, "UTF-8", tmp, &e2) == 0)
			return 0;
	} else
		enc = encoding;
	return pc_source_from_bytes(path, b, n, enc, tmp, err);
}

/*
 * Where a DOCTYPE with an internal subset or an <!ENTITY> declaration
 * starts, or -1.  libxml2's HTML parser expands neither, but such a page
 * is an attack or an XML file in disguise, not a draft.  Comments are
 * skipped; a declaration inside a script is still reported.
 */
static int64_t
find_dtd(const unsigned char *b, size_t n)
{
	const unsigned char *p;
	size_t i, j;
	int q;

	for (i = 0; i + 1 < n; i++) {
		if (b[i] != '<' || b[i + 1] != '!')
			continue;
		if (ci_prefix(b + i + 2, n - i - 2, "--")) {
			p = find(b + i + 4, n - i - 4, "-->");
			if (p == NULL)
				return -1;
			i = (size_t)(p - b) + 2;
		} else if (ci_prefix(b + i + 2, n - i - 2, "entity"))
			return (int64_t)i;
		else if (ci_prefix(b + i + 2, n - i - 2, "doctype")) {
			for (j = i + 9, q = 0; j < n; j++) {
				if (q) {
					if (b[j] == q)
						q = 0;
				} else if (b[j] == '"' || b[j] == '\'')
					q = b[j];
				else if (b[j] == '[')
					return (int64_t)i;
				else if (b[j] == '>')
					break;
			}
			i = j;
		}
	}
	return -1;
}

/* ---- positions ---- */

static size_t
cur_off(const struct reader *r)
{
	const xmlParserInput *in = r->ctxt->input;
	size_t off;

	if (in == NULL || in->cur == NULL || in->base == NULL)
		return 0;
	off = (size_t)in->consumed + (size_t)(in->cur - in->base);
	return off < r->inlen ? off : r->inlen;
}

/* Line of byte off of the input.  Queries move forward with the parser
 * (and a little back), so a cursor makes all of them cost O(n) together. */
static int32_t
line_at(struct reader *r, size_t off)
{
	const char *p;

	if (off > r->inlen)
		off = r->inlen;
	while (r->lc_off < off) {
		p = memchr(r->in + r->lc_off, '\n', off - r->lc_off);
		if (p == NULL) {
			r->lc_off = off;
			break;
		}
		r->lc_line++;
		r->lc_off = (size_t)(p - r->in) + 1;
	}
	while (r->lc_off > off)
		if (r->in[--r->lc_off] == '\n')
			r->lc_line--;
	return r->lc_line > INT32_MAX ? INT32_MAX : (int32_t)r->lc_line;
}

/*
 * Line of the start tag of element name, reported while the parser stands
 * at the tag's '>' (the line of a tag spread over lines is that of its
 * '<').  An element libxml2 implied (html, body, a p around stray text)
 * has no tag there: *real is then 0 and the current line is returned.
 */
static int32_t
elem_line(struct reader *r, const xmlChar *name, int *real)
{
	const unsigned char *in = (const unsigned char *)r->in;
	size_t off = cur_off(r), i, stop;

	stop = off > TAG_SCAN_BACK ? off - TAG_SCAN_BACK : 0;
	for (i = off; i > stop; i--)
		if (in[i - 1] == '<')
			break;
	*real = i > stop && is_tag(in + i, r->inlen - i, (const char *)name);
	return line_at(r, *real ? i - 1 : off);
}

/* ---- text ---- */

static void
ubuf_put(struct ubuf *b, UChar32 c)
{
	pc_grow(&b->s, &b->cap, b->len + 2, sizeof(UChar));
	if (c > 0xFFFF) {
		b->s[b->len++] = U16_LEAD(c);
		b->s[b->len++] = U16_TRAIL(c);
	} else
		b->s[b->len++] = (UChar)c;
}

/* Last code point of b after from, or -1. */
static UChar32
ubuf_last(const struct ubuf *b, size_t from)
{
	UChar32 c;
	size_t n = b->len;

	if (n <= from)
		return -1;
	c = b->s[n - 1];
	if (U16_IS_TRAIL(c) && n - 1 > from && U16_IS_LEAD(b->s[n - 2]))
		c = U16_GET_SUPPLEMENTARY(b->s[n - 2], c);
	return c;
}

/*
 * East Asian width of c for the segment break rule: 2 wide, full- or
 * half-width (not Hangul), 1 ambiguous, 0 other.  CSS (Text Level 3,
 * segment break transformation) drops a line break between two wide
 * characters instead of showing a space, so 新型\n工业化 stays one word;
 * ambiguous ones count when next to a wide one, since “ ” … — in Chinese
 * text are full-width punctuation.
 */
static int
width_class(UChar32 c)
{
	int w = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
	UErrorCode st = U_ZERO_ERROR;

	if (w == U_EA_AMBIGUOUS)
		return 1;
	if (w != U_EA_WIDE && w != U_EA_FULLWIDTH && w != U_EA_HALFWIDTH)
		return 0;
	return uscript_getScript(c, &st) != USCRIPT_HANGUL ? 2 : 0;
}

static int
joins_break(UChar32 a, UChar32 b)
{
	int wa, wb;

	if (a == 0x200B || b == 0x200B)
		return 1;
	wa = width_class(a);
	wb = width_class(b);
	return wa > 0 && wb > 0 && wa + wb >= 3;
}

/* Append visible c to b (text since from), first turning a pending run of
 * blanks into one space where a browser shows one. */
static void
put_visible(struct ubuf *b, size_t from, struct blanks *bl, UChar32 c)
{
	UChar32 before;

	if (bl->pending) {
		before = ubuf_last(b, from);
		if (before >= 0 && before != '\n' &&
		    !(bl->brk && joins_break(before, c)))
			ubuf_put(b, ' ');
	}
	bl->pending = bl->brk = 0;
	ubuf_put(b, c);
}

static int
is_uspace(UChar c)
{
	return u_isUWhiteSpace(c) || c == 0xFEFF;
}

static void
para_open(struct reader *r, size_t hint)
{
	r->psep = r->text.len;
	if (r->text.len > 0)
		ubuf_put(&r->text, '\n');
	r->pstart = r->text.len;
	r->pline = r->blk_valid ? r->blk_line : line_at(r, hint);
	r->plevel = r->depth > 0 ? r->stack[r->depth - 1].level : 0;
	r->open = 1;
	r->bl.pending = r->bl.brk = 0;
}

/* End the open paragraph: trailing blanks and line breaks go, and a
 * paragraph of nothing but white space (&nbsp; in Word's empty <o:p>)
 * is dropped with its separator. */
static void
para_close(struct reader *r)
{
	UChar *s = r->text.s;
	size_t e, i;

	if (!r->open)
		return;
	r->open = 0;
	r->bl.pending = r->bl.brk = 0;
	e = r->text.len;
	while (e > r->pstart && (s[e - 1] == ' ' || s[e - 1] == '\t' ||
	    s[e - 1] == '\n'))
		e--;
	for (i = r->pstart; i < e && is_uspace(s[i]); i++)
		;
	if (i == e) {
		r->text.len = r->psep;
		return;
	}
	r->text.len = e;
	pc_grow(&r->paras, &r->paracap, r->npara + 1, sizeof(*r->paras));
	pc_grow(&r->anchors, &r->anchcap, r->npara + 1, sizeof(*r->anchors));
	r->paras[r->npara].start = (int32_t)r->pstart;
	r->paras[r->npara].end = (int32_t)e;
	r->paras[r->npara].style_level = r->plevel;
	r->anchors[r->npara].off = (int32_t)r->pstart;
	r->anchors[r->npara].line = r->pline;
	r->npara++;
	if (r->plevel == 1)
		r->have_h1 = 1;
}

/* One character of body text; hint is its byte offset, near enough. */
static void
body_put(struct reader *r, UChar32 c, size_t hint)
{
	if (r->npre > 0) {
		if (c == '\r')
			c = '\n';
		if (r->pre_fresh) {
			/* As in browsers, a newline right after <pre>
			 * only lays out the source. */
			r->pre_fresh = 0;
			if (c == '\n')
				return;
		}
		if (!r->open)
			para_open(r, hint);
		ubuf_put(&r->text, c);
		return;
	}
	if (c < 0x80 && is_ws((int)c)) {
		if (r->open) {
			r->bl.pending = 1;
			if (c == '\n' || c == '\r')
				r->bl.brk = 1;
		}
		return;
	}
	if (!r->open)
		para_open(r, hint);
	put_visible(&r->text, r->pstart, &r->bl, c);
}

static void
title_put(struct reader *r, UChar32 c)
{
	if (c < 0x80 && is_ws((int)c)) {
		r->tbl.pending = 1;
		if (c == '\n' || c == '\r')
			r->tbl.brk = 1;
		return;
	}
	put_visible(&r->title, 0, &r->tbl, c);
}

/* ---- SAX callbacks ---- */

static void
fail(struct reader *r, pc_src_status st, int64_t line, const char *detail)
{
	if (r->failed)
		return;
	r->failed = 1;
	pc_src_error_detail(r->err, st, line, "%s", detail);
	xmlStopParser(r->ctxt);
}

static int
elem_cmp(const void *key, const void *e)
{
	return strcmp(key, ((const struct elem *)e)->name);
}

/* Whether style says display: none (any case, any spacing). */
static int
style_hides(const unsigned char *s)
{
	size_t n = strlen((const char *)s), i, j;

	for (i = 0; i + 7 <= n; i++) {
		if (!ci_prefix(s + i, n - i, "display"))
			continue;
		for (j = i + 7; j < n && is_ws(s[j]); j++)
			;
		if (j >= n || s[j] != ':')
			continue;
		for (j++; j < n && is_ws(s[j]); j++)
			;
		if (is_tag(s + j, n - j, "none") || ci_prefix(s + j, n - j,
		    "none;") || ci_prefix(s + j, n - j, "none!"))
			return 1;
	}
	return 0;
}

static int
is_hidden(const xmlChar **atts)
{
	size_t i;

	for (i = 0; atts != NULL && atts[i] != NULL; i += 2) {
		if (strcmp((const char *)atts[i], "hidden") == 0)
			return 1;
		if (strcmp((const char *)atts[i], "style") == 0 &&
		    atts[i + 1] != NULL && style_hides(atts[i + 1]))
			return 1;
	}
	return 0;
}

static void
on_start(void *ud, const xmlChar *name, const xmlChar **atts)
{
	struct reader *r = ud;
	const struct elem *e;
	struct frame *f;
	unsigned flags;
	int32_t line;
	int real;
	char what[64];

	if (r->failed)
		return;
	if (r->depth >= r->max_depth) {
		line = elem_line(r, name, &real);
		snprintf(what, sizeof(what), "<%s> nested deeper than %zu",
		    (const char *)name, r->max_depth);
		fail(r, PC_SRC_TOO_DEEP, line, what);
		return;
	}
	e = bsearch(name, elems, sizeof(elems) / sizeof(elems[0]),
	    sizeof(elems[0]), elem_cmp);
	flags = e != NULL ? e->flags : 0;
	if (is_hidden(atts))
		flags |= E_SKIP;
	pc_grow(&r->stack, &r->stackcap, r->depth + 1, sizeof(*r->stack));
	f = &r->stack[r->depth];
	f->level = (unsigned char)((flags & E_LEVEL) != 0 ? flags & E_LEVEL :
	    r->depth > 0 ? r->stack[r->depth - 1].level : 0);
	r->depth++;
	if (r->nskip > 0) {
		f->flags = (unsigned short)(F_INERT | (flags & E_SKIP));
		if (flags & E_SKIP)
			r->nskip++;
		return;
	}
	f->flags = (unsigned short)flags;
	if (flags & E_BLOCK) {
		para_close(r);
		line = elem_line(r, name, &real);
		r->blk_valid = real && !(flags & E_WHOLE);
		r->blk_line = line;
	}
	if (flags & E_SKIP) {
		r->nskip++;
		return;
	}
	if (flags & E_HEAD)
		r->nhead++;
	if ((flags & E_TITLE) && !r->title_done && !r->capture) {
		r->capture = 1;
		f->flags |= F_CAPTURE;
		r->title_line = elem_line(r, name, &real);
	}
	if (flags & E_PRE) {
		r->npre++;
		r->pre_fresh = 1;
	}
	if ((flags & E_BR) && r->nhead == 0 && !r->capture && r->open) {
		r->bl.pending = r->bl.brk = 0;
		ubuf_put(&r->text, '\n');
	}
}

static void
on_end(void *ud, const xmlChar *name)
{
	struct reader *r = ud;
	struct frame f;

	(void)name;	/* libxml2 closes elements in order */
	if (r->failed || r->depth == 0)
		return;
	f = r->stack[--r->depth];
	if (f.flags & E_SKIP)
		r->nskip--;
	if (f.flags & F_INERT)
		return;
	if (!(f.flags & E_SKIP)) {
		if (f.flags & E_HEAD)
			r->nhead--;
		if (f.flags & F_CAPTURE) {
			r->capture = 0;
			r->title_done = 1;
		}
		if (f.flags & E_PRE)
			r->npre--;
	}
	if (f.flags & E_BLOCK) {
		para_close(r);
		r->blk_valid = 0;
	}
}

static void
on_text(void *ud, const xmlChar *ch, int len)
{
	struct reader *r = ud;
	const uint8_t *s = ch;
	int32_t i = 0, at;
	size_t end;
	UChar32 c;

	if (r->failed || r->nskip > 0 || len <= 0)
		return;
	if (r->capture) {
		while (i < len) {
			U8_NEXT(s, i, len, c);
			title_put(r, c < 0 ? 0xFFFD : c);
		}
		return;
	}
	if (r->nhead > 0)
		return;
	/* The parser reports text when it stands at its end. */
	end = cur_off(r);
	while (i < len) {
		at = i;
		U8_NEXT(s, i, len, c);
		body_put(r, c < 0 ? 0xFFFD : c,
		    end > (size_t)(len - at) ? end - (size_t)(len - at) : 0);
	}
}

static void
on_ignore(void *ud, const xmlChar *ch, int len)
{
	(void)ud;
	(void)ch;
	(void)len;
}

static void
on_error(void *ud, xmlErrorPtr e)
{
	/* HTML in the wild is full of what libxml2 calls errors; none of
	 * them is the reader's concern, and none may reach stderr. */
	(void)ud;
	(void)e;
}

/* ---- the reader ---- */

/* The input as UTF-8 for libxml2, or NULL if it would not fit an int. */
static char *
to_utf8(const pc_source *tmp, size_t *np)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t n = 0;
	char *u8;

	u_strToUTF8WithSub(NULL, 0, &n, tmp->text, tmp->len, 0xFFFD, NULL,
	    &st);
	if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
		return NULL;
	if (n >= INT_MAX)
		return NULL;
	u8 = pc_xmalloc((size_t)n + 1);
	st = U_ZERO_ERROR;
	u_strToUTF8WithSub(u8, n + 1, NULL, tmp->text, tmp->len, 0xFFFD, NULL,
	    &st);
	if (U_FAILURE(st)) {
		free(u8);
		return NULL;
	}
	*np = (size_t)n;
	return u8;
}

static void
parse(struct reader *r)
{
	htmlParserCtxtPtr c;
	htmlSAXHandler *sax;
	size_t end;

	xmlInitParser();
	if ((c = htmlCreateMemoryParserCtxt(r->in, (int)r->inlen)) == NULL) {
		pc_src_error_detail(r->err, PC_SRC_BAD_MARKUP, 1,
		    "cannot start the HTML parser");
		r->failed = 1;
		return;
	}
	r->ctxt = c;
	sax = c->sax;
	memset(sax, 0, sizeof(*sax));
	/* The SAX2 mark only routes errors to serror; the HTML parser calls
	 * startElement whatever it says. */
	sax->initialized = XML_SAX2_MAGIC;
	sax->startElement = on_start;
	sax->endElement = on_end;
	sax->characters = on_text;
	sax->ignorableWhitespace = on_text;
	sax->cdataBlock = on_ignore;	/* script and style */
	sax->serror = on_error;
	c->userData = r;
	/* The input is UTF-8, whatever a <meta> says: without this, 2.9
	 * reads non-ASCII bytes as Latin-1, and with it a <meta> would still
	 * switch the decoder half way unless IGNORE_ENC. */
	xmlSwitchEncoding(c, XML_CHAR_ENCODING_UTF8);
	htmlCtxtUseOptions(c, HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC);
	htmlParseDocument(c);
	if (!r->failed) {
		end = cur_off(r);
		/* libxml2 halts on some resource limits without a word
		 * to SAX; a silently truncated draft must not pass. */
		if (end < r->inlen) {
			const xmlError *xe = xmlCtxtGetLastError(c);
			char msg[128];
			size_t k;

			snprintf(msg, sizeof(msg), "%s", xe != NULL &&
			    xe->message != NULL ? xe->message :
			    "the HTML parser stopped early");
			k = strlen(msg);
			while (k > 0 && (msg[k - 1] == '\n' ||
			    msg[k - 1] == ' '))
				msg[--k] = '\0';
			fail(r, PC_SRC_BAD_MARKUP, line_at(r, end), msg);
		}
	}
	r->ctxt = NULL;
	htmlFreeParserCtxt(c);
}

/* Put the title first as a paragraph of its own. */
static void
prepend_title(struct reader *r)
{
	size_t tl = r->title.len, add, i;
	UChar *t;

	add = tl + (r->text.len > 0 ? 1 : 0);
	t = pc_xreallocarray(NULL, r->text.len + add + 1, sizeof(UChar));
	memcpy(t, r->title.s, tl * sizeof(UChar));
	if (r->text.len > 0) {
		t[tl] = '\n';
		memcpy(t + add, r->text.s, r->text.len * sizeof(UChar));
	}
	free(r->text.s);
	r->text.s = t;
	r->text.len += add;
	r->text.cap = r->text.len + 1;
	for (i = 0; i < r->npara; i++) {
		r->paras[i].start += (int32_t)add;
		r->paras[i].end += (int32_t)add;
		r->anchors[i].off += (int32_t)add;
	}
	pc_grow(&r->paras, &r->paracap, r->npara + 1, sizeof(*r->paras));
	pc_grow(&r->anchors, &r->anchcap, r->npara + 1, sizeof(*r->anchors));
	memmove(r->paras + 1, r->paras, r->npara * sizeof(*r->paras));
	memmove(r->anchors + 1, r->anchors, r->npara * sizeof(*r->anchors));
	r->paras[0].start = 0;
	r->paras[0].end = (int32_t)tl;
	r->paras[0].style_level = 0;
	r->anchors[0].off = 0;
	r->anchors[0].line = r->title_line;
	r->npara++;
}

static void
reader_free(struct reader *r)
{
	free(r->stack);
	free(r->text.s);
	free(r->title.s);
	free(r->paras);
	free(r->anchors);
}

int
pc_html_read(const char *path, const unsigned char *bytes, size_t n,
    const char *encoding, const pc_limits *lim, pc_source *src, pc_doc *doc,
    pc_src_error *err)
{
	struct reader r;
	pc_source tmp;
	pc_src_error dummy;
	char *u8, *enc;
	size_t u8len = 0, i;
	int64_t dtd;

	if (err == NULL)
		err = &dummy;
	memset(err, 0, sizeof(*err));
	memset(src, 0, sizeof(*src));
	memset(doc, 0, sizeof(*doc));
	if (bytes == NULL)
		n = 0;
	if (decode(path, bytes, n, encoding, &tmp, err) != 0)
		return -1;
	u8 = to_utf8(&tmp, &u8len);
	/* Only the name is needed now; the text would double the memory
	 * held while parsing. */
	enc = pc_xstrdup(tmp.encoding);
	pc_source_free(&tmp);
	if (u8 == NULL) {
		pc_src_error_detail(err, PC_SRC_TOO_LARGE, INT_MAX, "%s", "");
		free(enc);
		return -1;
	}

	memset(&r, 0, sizeof(r));
	r.in = u8;
	r.inlen = u8len;
	r.lc_line = 1;
	r.err = err;
	r.max_depth = lim != NULL && lim->max_depth > 0 ?
	    (size_t)lim->max_depth : PC_MAX_DEPTH_DEFAULT;

	if ((dtd = find_dtd((const unsigned char *)u8, u8len)) >= 0) {
		pc_src_error_detail(err, PC_SRC_ENTITY, line_at(&r, (size_t)dtd),
		    "%s", "DTD or entity declaration");
		r.failed = 1;
	} else if (u8len > 0)
		parse(&r);
	free(u8);
	if (r.failed) {
		reader_free(&r);
		free(enc);
		return -1;
	}
	para_close(&r);
	for (i = 0; i < r.title.len && is_uspace(r.title.s[i]); i++)
		;
	if (!r.have_h1 && i < r.title.len)
		prepend_title(&r);
	if (r.text.len >= INT32_MAX) {
		pc_src_error_detail(err, PC_SRC_TOO_LARGE, INT32_MAX - 1, "%s", "");
		reader_free(&r);
		free(enc);
		return -1;
	}
	ubuf_put(&r.text, 0);
	r.text.len--;
	pc_source_adopt(src, path, enc, r.text.s, (int32_t)r.text.len,
	    r.anchors, (int32_t)r.npara);
	pc_doc_adopt(doc, src, r.paras, (int32_t)r.npara);
	free(enc);
	free(r.stack);
	free(r.title.s);
	return 0;
}

/* ---- sniffing ---- */

/* Tag name w with what ends it inside the window: "<p" cut off at the end
 * may be "<pre" or "<param". */
static int
sniff_tag(const unsigned char *b, size_t n, const char *w)
{
	return strlen(w) < n && is_tag(b, n, w);
}

int
pc_html_sniff(const unsigned char *bytes, size_t n)
{
	unsigned char a[SNIFF_WINDOW];
	const unsigned char *b = bytes;
	const unsigned char *p;
	size_t i = 0, k;
	int le;

	if (bytes == NULL)
		return 0;
	if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) ||
	    (b[0] == 0xFE && b[1] == 0xFF))) {
		/* UTF-16: look at its ASCII, non-ASCII as 0x80. */
		le = b[0] == 0xFF;
		for (k = 0, i = 2; i + 1 < n && k < sizeof(a); i += 2) {
			unsigned hi = b[le ? i + 1 : i], lo = b[le ? i : i + 1];
			a[k++] = hi == 0 && lo < 0x80 ? (unsigned char)lo : 0x80;
		}
		b = a;
		n = k;
		i = 0;
	} else if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
		i = 3;
	if (n - i > SNIFF_WINDOW)
		n = i + SNIFF_WINDOW;
	/* Blanks, comments ("saved from url") and an XML declaration may
	 * come first; after them a page starts with markup. */
	for (;;) {
		while (i < n && is_ws(b[i]))
			i++;
		if (ci_prefix(b + i, n - i, "<!--"))
			p = find(b + i + 4, n - i - 4, "-->");
		else if (ci_prefix(b + i, n - i, "<?"))
			p = find(b + i + 2, n - i - 2, ">");
		else
			break;
		if (p == NULL)
			return 0;
		i = (size_t)(p - b) + (b[i + 1] == '!' ? 3 : 1);
	}
	if (i >= n || b[i] != '<')
		return 0;
	if (ci_prefix(b + i, n - i, "<!doctype html"))
		return 1;
	for (; i < n; i++)
		if (b[i] == '<' && (sniff_tag(b + i + 1, n - i - 1, "html") ||
		    sniff_tag(b + i + 1, n - i - 1, "head") ||
		    sniff_tag(b + i + 1, n - i - 1, "body") ||
		    sniff_tag(b + i + 1, n - i - 1, "p") ||
		    sniff_tag(b + i + 1, n - i - 1, "div")))
			return 1;
	return 0;
}
