/* Document stage for plain text: cut the decoded text into paragraphs.  A
 * paragraph is a line, but a title wrapped inside 《…》 or “…” (the seed's
 * first two lines) is joined back into one. */
#include "pc_doc.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "pc_alloc.h"
#include "pc_numeral.h"

/* A line may pull in at most this many following lines: an unclosed 《 is
 * far more often a typo than a title of five lines, and must not swallow
 * the rest of the document. */
#define MAX_CONTINUATION	3

/* Bracket balance of a paragraph being built. */
struct balance {
	int32_t book;	/* 《 minus 》 */
	int32_t quote;	/* “ minus ” */
};

static int
is_space(UChar c)
{
	return u_isUWhiteSpace(c) || c == 0xFEFF;
}

static int
is_sentence_final(UChar c)
{
	return c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ ||
	    c == 0xFF1F /* ？ */ || c == 0xFF1B /* ； */ ||
	    c == 0xFF1A /* ：, a line that introduces what follows */;
}

/* Does the line at [start, end) open with a heading marker (一、 （一）
 * 第X章 第X节 1.)? Such a line is never the second half of a title. */
static int
starts_heading(const UChar *t, int32_t start, int32_t end)
{
	int32_t v, n;

	while (start < end && is_space(t[start]))
		start++;
	if (start < end && (t[start] == 0xFF08 || t[start] == '('))
		return pc_numeral_parse(t + start + 1, end - start - 1, &v) > 0;
	if (start < end && t[start] == 0x7B2C /* 第 */) {
		n = pc_numeral_parse(t + start + 1, end - start - 1, &v);
		return n > 0 && start + 1 + n < end &&
		    (t[start + 1 + n] == 0x7AE0 /* 章 */ ||
		    t[start + 1 + n] == 0x8282 /* 节 */);
	}
	n = pc_numeral_parse(t + start, end - start, &v);
	return n > 0 && start + n < end && (t[start + n] == 0x3001 /* 、 */ ||
	    t[start + n] == '.' || t[start + n] == 0xFF0E);
}

/* End of the line starting at off: the offset of its LF, or len. */
static int32_t
line_end(const UChar *t, int32_t len, int32_t off)
{
	while (off < len && t[off] != '\n')
		off++;
	return off;
}

static int
is_blank(const UChar *t, int32_t start, int32_t end)
{
	for (; start < end; start++)
		if (!is_space(t[start]))
			return 0;
	return 1;
}

static void
count_brackets(const UChar *t, int32_t start, int32_t end, struct balance *b)
{
	for (; start < end; start++)
		switch (t[start]) {
		case 0x300A:	/* 《 */
			b->book++;
			break;
		case 0x300B:	/* 》 */
			b->book--;
			break;
		case 0x201C:	/* “ */
			b->quote++;
			break;
		case 0x201D:	/* ” */
			b->quote--;
			break;
		default:
			break;
		}
}

/* Whether the line [start, end) of a paragraph with balance b leaves the
 * paragraph open: inside 《 or “ and not ending a sentence. */
static int
continues(const UChar *t, int32_t start, int32_t end,
    const struct balance *b)
{
	if (b->book <= 0 && b->quote <= 0)
		return 0;
	while (end > start && is_space(t[end - 1]))
		end--;
	return end > start && !is_sentence_final(t[end - 1]);
}

/* Join paragraph i with the ones after it while it is a title wrapped
 * inside 《 or “ (see pc_doc.h); returns the index after the last one
 * joined. */
static int32_t
join_wrapped(const UChar *t, pc_para *p, int32_t n, int32_t i)
{
	struct balance b;
	int32_t k = i + 1;

	memset(&b, 0, sizeof(b));
	count_brackets(t, p[i].start, p[i].end, &b);
	for (int joined = 0; joined < MAX_CONTINUATION && k < n; joined++) {
		/* only the very next line: a blank line ends a title */
		if (p[k].start != p[i].end + 1 ||
		    !continues(t, p[i].start, p[i].end, &b) ||
		    starts_heading(t, p[k].start, p[k].end) ||
		    p[k].style_level != p[i].style_level)
			break;
		count_brackets(t, p[k].start, p[k].end, &b);
		p[i].end = p[k].end;
		k++;
	}
	return k;
}

void
pc_doc_join_wrapped(pc_doc *doc)
{
	int32_t w = 0;

	for (int32_t i = 0; i < doc->npara; ) {
		int32_t next = join_wrapped(doc->src->text, doc->paras,
		    doc->npara, i);
		doc->paras[w++] = doc->paras[i];
		i = next;
	}
	doc->npara = w;
}

void
pc_doc_from_text(const pc_source *src, pc_doc *doc)
{
	const UChar *t = src->text;
	int32_t len = src->len, off, end;
	size_t cap = 0, n = 0;
	pc_para *p = NULL;

	memset(doc, 0, sizeof(*doc));
	doc->src = src;
	for (off = 0; off < len; off = end + 1) {
		end = line_end(t, len, off);
		if (is_blank(t, off, end))
			continue;
		pc_grow(&p, &cap, n + 1, sizeof(*p));
		p[n].start = off;
		p[n].end = end;
		p[n].style_level = 0;
		n++;
	}
	if (n > INT32_MAX)
		abort();	/* cannot happen: n <= len */
	doc->paras = n > 0 ? pc_xreallocarray(p, n, sizeof(*p)) : p;
	doc->npara = (int32_t)n;
	pc_doc_join_wrapped(doc);
}

void
pc_doc_adopt(pc_doc *doc, const pc_source *src, pc_para *paras,
    int32_t npara)
{
	doc->src = src;
	doc->paras = paras;
	doc->npara = npara;
}

int32_t
pc_doc_para_at(const pc_doc *doc, int32_t off)
{
	int32_t lo = 0, hi = doc->npara - 1, mid;

	if (doc->npara <= 0 || off < doc->paras[0].start)
		return -1;
	/* The last paragraph starting at or before off. */
	while (lo < hi) {
		mid = lo + (hi - lo + 1) / 2;
		if (doc->paras[mid].start <= off)
			lo = mid;
		else
			hi = mid - 1;
	}
	return off < doc->paras[lo].end ? lo : -1;
}

void
pc_doc_free(pc_doc *doc)
{
	if (doc == NULL)
		return;
	free(doc->paras);
	memset(doc, 0, sizeof(*doc));
}
