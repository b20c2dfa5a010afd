/* Segmentation: lazy ICU word breaks per window plus lexicon glue. */
#include "pc_seg.h"

#include <stdlib.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include "pc_alloc.h"

struct pc_seg {
	pc_view *v;
	const pc_span *glue;
	int32_t nglue;
	UBreakIterator *bi;
};

pc_seg *
pc_seg_new(pc_view *v, const pc_span *glue, int32_t nglue)
{
	pc_seg *s = pc_xcalloc(1, sizeof(*s));
	UErrorCode ec = U_ZERO_ERROR;

	s->v = v;
	s->glue = glue;
	s->nglue = nglue;
	s->bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &ec);
	if (U_FAILURE(ec))
		s->bi = NULL;
	return s;
}

void
pc_seg_free(pc_seg *s)
{
	if (s == NULL)
		return;
	if (s->bi != NULL)
		ubrk_close(s->bi);
	free(s);
}

static int
is_breaker(const pc_view *v, int32_t i)
{
	UChar c = v->text[i];

	if (v->flags[i] & PC_VF_MASK)
		return 1;
	if (c < 0x80)
		return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '+' || c == '_');
	if (U16_IS_SURROGATE(c))
		return 0;
	return u_ispunct(c) || u_isUWhiteSpace(c);
}

/* The window containing unit i, which is not a breaker. */
static void
window(const pc_view *v, int32_t i, int32_t *ws, int32_t *we)
{
	int32_t a = i, b = i + 1;
	int found_a = 0, found_b = 0;

	while (a > 0 && i - a < PC_SEG_WINDOW) {
		if (is_breaker(v, a - 1)) {
			found_a = 1;
			break;
		}
		a--;
	}
	if (a == 0)
		found_a = 1;
	/* <= so that a run of exactly PC_SEG_WINDOW units is seen whole
	 * from every unit of it, its first included */
	while (b < v->len && b - i <= PC_SEG_WINDOW) {
		if (is_breaker(v, b)) {
			found_b = 1;
			break;
		}
		b++;
	}
	if (b == v->len)
		found_b = 1;
	if (found_a && found_b && b - a <= PC_SEG_WINDOW) {
		*ws = a;
		*we = b;
		return;
	}
	/* A long run: aligned chunks, clipped to the run. */
	{
		int32_t c = i - i % PC_SEG_WINDOW;
		*ws = found_a && a > c ? a : c;
		*we = c + PC_SEG_WINDOW;
		if (found_b && b < *we)
			*we = b;
		if (*we > v->len)
			*we = v->len;
	}
}

static void
glue_window(pc_seg *s, int32_t ws, int32_t we)
{
	uint8_t *f = s->v->flags;
	int32_t lo = 0, hi = s->nglue, last = ws;

	while (lo < hi) {
		int32_t mid = lo + (hi - lo) / 2;
		if (s->glue[mid].start < ws)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (int32_t k = lo; k < s->nglue && s->glue[k].start < we; k++) {
		const pc_span *g = &s->glue[k];

		if (g->start < last || g->end > we)
			continue;
		if (!(f[g->start] & PC_VF_BOUND))
			continue;
		if (g->end < we && !(f[g->end] & PC_VF_BOUND))
			continue;
		for (int32_t m = g->start + 1; m < g->end; m++)
			f[m] &= (uint8_t)~PC_VF_BOUND;
		last = g->end;
	}
}

static void
segment(pc_seg *s, int32_t ws, int32_t we)
{
	pc_view *v = s->v;
	UErrorCode ec = U_ZERO_ERROR;

	for (int32_t m = ws; m < we; m++)
		v->flags[m] |= PC_VF_SEG;
	v->flags[ws] |= PC_VF_BOUND;
	if (we < v->len)
		v->flags[we] |= PC_VF_BOUND;
	if (s->bi == NULL)
		return;
	ubrk_setText(s->bi, v->text + ws, we - ws, &ec);
	if (U_FAILURE(ec))
		return;
	for (int32_t b = ubrk_first(s->bi); b != UBRK_DONE;
	    b = ubrk_next(s->bi)) {
		if (b > 0 && b < we - ws)
			v->flags[ws + b] |= PC_VF_BOUND;
	}
	ubrk_setText(s->bi, NULL, 0, &ec);
	glue_window(s, ws, we);
}

static void
ensure(pc_seg *s, int32_t i)
{
	int32_t ws, we;

	if (s->v->flags[i] & PC_VF_SEG)
		return;
	window(s->v, i, &ws, &we);
	segment(s, ws, we);
}

int
pc_seg_is_boundary(pc_seg *s, int32_t off)
{
	const pc_view *v = s->v;

	if (off <= 0 || off >= v->len)
		return 1;
	if (is_breaker(v, off) || is_breaker(v, off - 1))
		return 1;
	ensure(s, off);
	return (v->flags[off] & PC_VF_BOUND) != 0;
}

void
pc_seg_all(pc_seg *s)
{
	for (int32_t i = 0; i < s->v->len; i++) {
		if (is_breaker(s->v, i)) {
			s->v->flags[i] |= PC_VF_BOUND;
			if (i + 1 < s->v->len)
				s->v->flags[i + 1] |= PC_VF_BOUND;
			continue;
		}
		ensure(s, i);
	}
}
