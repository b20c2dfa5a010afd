/* Text view: fold, masks, clause and sentence spans. */
#include "pc_view.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "pc_alloc.h"
#include "pc_text.h"

UChar
pc_fold_unit(UChar c)
{
	if (c >= 'A' && c <= 'Z')
		return (UChar)(c + 32);
	if (c >= 0xFF21 && c <= 0xFF3A)         /* Ａ-Ｚ */
		return (UChar)(c - 0xFF21 + 'a');
	if (c >= 0xFF41 && c <= 0xFF5A)         /* ａ-ｚ */
		return (UChar)(c - 0xFF41 + 'a');
	if (c >= 0xFF10 && c <= 0xFF19)         /* ０-９ */
		return (UChar)(c - 0xFF10 + '0');
	return c;
}

static int
is_ascii_lower(UChar c)
{
	return c >= 'a' && c <= 'z';
}

/* Mask "[word: …]" spans (pandoc/Word plain-text export leftovers) within
 * one line: '[' + 2..20 ASCII letters + ':' + anything but ']' and LF + ']'. */
static void
mask_leftovers(pc_view *v)
{
	const UChar *t = v->fold;

	for (int32_t i = 0; i < v->len; i++) {
		int32_t j, k;

		if (t[i] != '[')
			continue;
		for (j = i + 1; j < v->len && j - i <= 21 &&
		    is_ascii_lower(t[j]); j++)
			;
		if (j - i - 1 < 2 || j >= v->len || t[j] != ':')
			continue;
		for (k = j + 1; k < v->len && t[k] != ']' && t[k] != '\n' &&
		    k - j < 1024; k++)
			;
		if (k >= v->len || t[k] != ']')
			continue;
		for (int32_t m = i; m <= k; m++) {
			v->flags[m] |= PC_VF_MASK;
			v->fold[m] = ' ';
		}
		i = k;
	}
}

/* Mask "<!-- … -->" comments within one line: suppression directives and
 * other comments of Markdown drafts are not draft text. */
static void
mask_comments(pc_view *v)
{
	const UChar *t = v->fold;

	for (int32_t i = 0; i + 3 < v->len; i++) {
		int32_t k;

		if (!(t[i] == '<' && t[i + 1] == '!' && t[i + 2] == '-' &&
		    t[i + 3] == '-'))
			continue;
		for (k = i + 4; k + 2 < v->len && t[k] != '\n'; k++)
			if (t[k] == '-' && t[k + 1] == '-' && t[k + 2] == '>')
				break;
		if (k + 2 >= v->len || t[k] == '\n') {
			/* no "-->" on this line: no later "<!--" on it has one */
			i = k;
			continue;
		}
		for (int32_t m = i; m < k + 3; m++) {
			v->flags[m] |= PC_VF_MASK;
			v->fold[m] = ' ';
		}
		i = k + 2;
	}
}

void
pc_view_init(pc_view *v, const pc_source *src, const pc_doc *doc)
{
	v->src = src;
	v->doc = doc;
	v->text = src->text;
	v->len = src->len;
	/* padded: PCRE2's JIT reads up to 16 code units past the subject
	 * end with vector loads (harmless, but memcheck sees it) */
	v->fold = pc_xcalloc((size_t)src->len + 1 + 16, sizeof(UChar));
	v->flags = pc_xcalloc((size_t)src->len + 1, 1);
	for (int32_t i = 0; i < src->len; i++)
		v->fold[i] = pc_fold_unit(src->text[i]);
	v->fold[src->len] = 0;
	mask_leftovers(v);
	mask_comments(v);
}

void
pc_view_free(pc_view *v)
{
	free(v->fold);
	free(v->flags);
	memset(v, 0, sizeof(*v));
}

int
pc_is_sentence_end(UChar c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' ||
	    c == '?';
}

int
pc_is_clause_end(UChar c)
{
	return pc_is_sentence_end(c) || c == 0xFF0C || c == 0xFF1B ||
	    c == ',' || c == ';';
}

/* A clause or sentence is looked for at most this far on either side of
 * off: in text without punctuation every lookup would otherwise scan the
 * whole paragraph, and a lookup per hit would be quadratic. */
#define SPAN_MAX 1024

static void
span(const pc_view *v, int32_t off, int (*end)(UChar), int32_t *s,
    int32_t *e)
{
	int32_t p = pc_doc_para_at(v->doc, off);
	int32_t lo = 0, hi = v->len;

	if (p >= 0) {
		lo = v->doc->paras[p].start;
		hi = v->doc->paras[p].end;
	}
	if (off - lo > SPAN_MAX) {
		lo = off - SPAN_MAX;
		if (U16_IS_TRAIL(v->text[lo]))
			lo++;
	}
	if (hi - off > SPAN_MAX) {
		hi = off + SPAN_MAX;
		if (hi < v->len && U16_IS_TRAIL(v->text[hi]))
			hi++;
	}
	*s = off;
	while (*s > lo && !end(v->text[*s - 1]))
		(*s)--;
	*e = off;
	while (*e < hi && !end(v->text[*e]))
		(*e)++;
}

void
pc_view_clause(const pc_view *v, int32_t off, int32_t *s, int32_t *e)
{
	span(v, off, pc_is_clause_end, s, e);
}

void
pc_view_sentence(const pc_view *v, int32_t off, int32_t *s, int32_t *e)
{
	span(v, off, pc_is_sentence_end, s, e);
}

pc_span *
pc_view_quotations(const pc_view *v, int32_t min_len, int32_t *n)
{
	pc_span *q = NULL;
	size_t cap = 0;

	*n = 0;
	for (int32_t p = 0; p < v->doc->npara; p++) {
		int32_t lo = v->doc->paras[p].start, hi = v->doc->paras[p].end;
		int32_t open = -1, depth = 0;

		for (int32_t i = lo; i < hi; i++) {
			if (v->fold[i] == 0x201C && depth++ == 0)
				open = i;
			else if (v->fold[i] == 0x201D && depth > 0 &&
			    --depth == 0 && i - open - 1 >= min_len) {
				pc_grow(&q, &cap, (size_t)*n + 1, sizeof(*q));
				q[*n].start = open + 1;
				q[*n].end = i;
				(*n)++;
			}
		}
	}
	return q;
}

char *
pc_view_utf8(const pc_view *v, int32_t s, int32_t e)
{
	return pc_utf8(v->text + s, e - s);
}
