/* Outline: recognise heading markers at paragraph starts (and run-in
 * 第X章/第X节 after a sentence end), nest them with a stack of open
 * headings keyed by marker type, and answer "which section is this offset
 * in" by binary search. */
#include "pc_outline.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_numeral.h"

/* A paragraph-start heading whose rest has no sentence end and is at most
 * this long is all title, commas included ("坚持承上启下，明确发展方向"). */
#define TITLE_WHOLE_MAX 64

/* Arabic heading numbers longer than this are amounts or years. */
#define ARABIC_MAX_DIGITS 3

#define CH_DI           0x7B2C  /* 第 */
#define CH_ZHANG        0x7AE0  /* 章 */
#define CH_JIE          0x8282  /* 节 */
#define CH_JIE_T        0x7BC0  /* 節 (traditional) */
#define CH_DUN          0x3001  /* 、 */
#define CH_LPAREN       0xFF08  /* （ */
#define CH_RPAREN       0xFF09  /* ） */
#define CH_FW_DOT       0xFF0E  /* ． */
#define CH_CHAN         0x4EA7  /* 产 */

struct marker {
	pc_hmark mark;
	int32_t number;
	int32_t end;            /* offset just past the marker */
};

struct open {
	int32_t h;
	int32_t level;          /* style level, for PC_HM_STYLE */
};

struct builder {
	const UChar *text;
	int32_t len;
	const uint8_t *masked;
	pc_outline_classify classify;
	void *ctx;
	pc_heading *h;
	size_t n, cap;
	struct open *stack;
	size_t sp, capstack;
};

static int
is_space(UChar c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
	    c == 0x00A0 || c == 0x3000;
}

static int
is_sentence_end(UChar c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||
	    c == '!' || c == '?' || c == ';';
}

/* ，。：；！？ */
static int
is_title_stop(UChar c)
{
	return c == 0xFF0C || c == 0x3002 || c == 0xFF1A || c == 0xFF1B ||
	    c == 0xFF01 || c == 0xFF1F;
}

static int
is_digit(UChar c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* Only bit 0 means masked: pc_check passes the view's flags (PC_VF_MASK
 * = 1) whose other bits mark boundaries. */
static int
is_masked(const struct builder *b, int32_t i)
{
	return b->masked != NULL && (b->masked[i] & 1);
}

static int
skipped(const struct builder *b, int32_t i)
{
	return is_masked(b, i) || is_space(b->text[i]);
}

static int32_t
skip_fwd(const struct builder *b, int32_t i, int32_t end)
{
	while (i < end && skipped(b, i))
		i++;
	return i;
}

/* 第X章 / 第X节 at i. */
static int
parse_chapter(const UChar *t, int32_t i, int32_t end, struct marker *m)
{
	int32_t k, v;

	if (i + 2 >= end || t[i] != CH_DI)
		return 0;
	if ((k = pc_numeral_parse(t + i + 1, end - i - 1, &v)) == 0 || v < 1)
		return 0;
	i += 1 + k;
	if (i >= end || (t[i] != CH_ZHANG && t[i] != CH_JIE &&
	    t[i] != CH_JIE_T))
		return 0;
	m->mark = t[i] == CH_ZHANG ? PC_HM_CHAPTER : PC_HM_SECTION;
	m->number = v;
	m->end = i + 1;
	return 1;
}

/* （一） (一) （1） (1) at i. */
static int
parse_paren(const UChar *t, int32_t i, int32_t end, struct marker *m)
{
	int32_t k, v;
	int cn;

	if (i + 2 >= end || (t[i] != CH_LPAREN && t[i] != '('))
		return 0;
	i++;
	cn = !is_digit(t[i]);
	if ((k = pc_numeral_parse(t + i, end - i, &v)) == 0 || v < 1)
		return 0;
	i += k;
	if (i >= end || (t[i] != CH_RPAREN && t[i] != ')'))
		return 0;
	m->mark = cn ? PC_HM_CN_PAREN : PC_HM_ARABIC_PAREN;
	m->number = v;
	m->end = i + 1;
	return 1;
}

/* 一、 at i, but not the enumeration 一、二、三产业 or 一、二产业. */
static int
parse_cn(const UChar *t, int32_t i, int32_t end, struct marker *m)
{
	int32_t k, v, j, v2;

	if (!pc_numeral_is_cn(t[i]) && t[i] != 0x5EFF)
		return 0;
	if ((k = pc_numeral_parse(t + i, end - i, &v)) == 0 || v < 1)
		return 0;
	j = i + k;
	if (j >= end || t[j] != CH_DUN)
		return 0;
	m->end = ++j;
	while (j < end && is_space(t[j]))
		j++;
	if (j < end && pc_numeral_is_cn(t[j]) &&
	    (k = pc_numeral_parse(t + j, end - j, &v2)) > 0 && j + k < end &&
	    (t[j + k] == CH_DUN || t[j + k] == CH_CHAN))
		return 0;
	m->mark = PC_HM_CN;
	m->number = v;
	return 1;
}

/* 1. 1． 1、 at i, but not a decimal (1.5亿) or a list of years. */
static int
parse_arabic(const UChar *t, int32_t i, int32_t end, struct marker *m)
{
	int32_t k, v, j;

	if (!is_digit(t[i]))
		return 0;
	if ((k = pc_numeral_parse(t + i, end - i, &v)) == 0 || v < 1 ||
	    k > ARABIC_MAX_DIGITS)
		return 0;
	j = i + k;
	if (j >= end || (t[j] != '.' && t[j] != CH_FW_DOT && t[j] != CH_DUN))
		return 0;
	j++;
	if (j < end && is_digit(t[j]))
		return 0;
	m->mark = PC_HM_ARABIC;
	m->number = v;
	m->end = j;
	return 1;
}

static int
parse_para_marker(const UChar *t, int32_t i, int32_t end, struct marker *m)
{
	return parse_chapter(t, i, end, m) || parse_paren(t, i, end, m) ||
	    parse_cn(t, i, end, m) || parse_arabic(t, i, end, m);
}

/* End of the title starting at ts in a paragraph ending at pend. */
static int32_t
title_end(const struct builder *b, int32_t ts, int32_t pend, int whole_ok)
{
	const UChar *t = b->text;
	int32_t re = pend, i;

	while (re > ts && skipped(b, re - 1))
		re--;
	if (whole_ok && re - ts <= TITLE_WHOLE_MAX) {
		for (i = ts; i < re; i++)
			if (is_sentence_end(t[i]))
				break;
		if (i == re) {
			while (re > ts && (t[re - 1] == 0xFF1A ||
			    t[re - 1] == ':' || t[re - 1] == 0xFF0C ||
			    skipped(b, re - 1)))
				re--;
			return re;
		}
	}
	for (i = ts; i < re; i++)
		if (is_title_stop(t[i]))
			return i;
	return re;
}

static void
add_heading(struct builder *b, int32_t start, int32_t ts, int32_t te,
    pc_hmark mark, int32_t number, int32_t para, int run_in, int32_t level)
{
	pc_heading *h;
	size_t i, k = b->sp;
	int32_t idx = (int32_t)b->n;

	/* A marker type already open closes down to it (a sibling); a style
	 * heading also closes any deeper style level. */
	if (mark != PC_HM_STYLE) {
		for (i = b->sp; i-- > 0;)
			if (b->h[b->stack[i].h].mark == mark) {
				k = i;
				break;
			}
	} else {
		for (i = 0; i < b->sp; i++)
			if (b->h[b->stack[i].h].mark == PC_HM_STYLE &&
			    b->stack[i].level >= level) {
				k = i;
				break;
			}
	}
	for (i = k; i < b->sp; i++)
		b->h[b->stack[i].h].end = start;
	b->sp = k;

	pc_grow(&b->h, &b->cap, b->n + 1, sizeof(pc_heading));
	h = &b->h[b->n++];
	h->start = start;
	h->title_start = ts;
	h->title_end = te;
	h->end = b->len;
	h->mark = mark;
	h->number = number;
	h->depth = (int32_t)b->sp;
	h->parent = b->sp > 0 ? b->stack[b->sp - 1].h : -1;
	h->para = para;
	h->run_in = run_in;
	h->own_kind = b->classify != NULL ?
	    b->classify(b->text + ts, te - ts, b->ctx) : PC_SK_NONE;
	if (h->own_kind != PC_SK_NONE || h->parent < 0)
		h->kind = h->own_kind;
	else
		h->kind = b->h[h->parent].kind;

	pc_grow(&b->stack, &b->capstack, b->sp + 1, sizeof(struct open));
	b->stack[b->sp].h = idx;
	b->stack[b->sp].level = level;
	b->sp++;
}

/* Is j preceded, within the paragraph, by a sentence end? */
static int
after_sentence_end(const struct builder *b, int32_t pstart, int32_t j)
{
	while (j > pstart && skipped(b, j - 1))
		j--;
	return j > pstart && is_sentence_end(b->text[j - 1]);
}

void
pc_outline_build(const UChar *text, int32_t len, const pc_para *paras,
    int32_t npara, const uint8_t *masked, pc_outline_classify classify,
    void *ctx, pc_outline *out)
{
	struct builder b;
	struct marker m;
	int32_t p, q, pend, j;

	memset(&b, 0, sizeof(b));
	b.text = text;
	b.len = len;
	b.masked = masked;
	b.classify = classify;
	b.ctx = ctx;

	for (p = 0; p < npara; p++) {
		int32_t ps = paras[p].start, lvl = paras[p].style_level;

		pend = paras[p].end < len ? paras[p].end : len;
		if (ps < 0 || ps >= pend)
			continue;
		q = skip_fwd(&b, ps, pend);
		if (q >= pend)
			continue;
		j = q;
		if (parse_para_marker(text, q, pend, &m)) {
			int32_t ts = skip_fwd(&b, m.end, pend);

			add_heading(&b, q, ts, title_end(&b, ts, pend, 1),
			    m.mark, m.number, p, 0, lvl);
			j = m.end;
		} else if (lvl > 0)
			add_heading(&b, q, q, title_end(&b, q, pend, 1),
			    PC_HM_STYLE, 0, p, 0, lvl);

		/* Run-in 第X章 / 第X节 later in the paragraph. */
		for (; j < pend; j++) {
			int32_t ts;

			if (text[j] != CH_DI || is_masked(&b, j) ||
			    !after_sentence_end(&b, ps, j) ||
			    !parse_chapter(text, j, pend, &m))
				continue;
			ts = skip_fwd(&b, m.end, pend);
			add_heading(&b, j, ts, title_end(&b, ts, pend, 0),
			    m.mark, m.number, p, 1, 0);
			j = m.end - 1;
		}
	}
	free(b.stack);
	out->h = b.h;
	out->n = (int32_t)b.n;
}

int32_t
pc_outline_at(const pc_outline *o, int32_t off)
{
	int32_t lo = 0, hi = o->n, mid, i;

	/* Last heading starting at or before off; sections nest, so the
	 * innermost one containing off is it or one of its ancestors. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (o->h[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo - 1; i >= 0; i = o->h[i].parent)
		if (off < o->h[i].end)
			return i;
	return -1;
}

void
pc_outline_free(pc_outline *o)
{
	free(o->h);
	o->h = NULL;
	o->n = 0;
}
