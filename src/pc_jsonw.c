/* Streaming JSON in jansson's layout. */
#include "pc_jsonw.h"

#include <string.h>

void
pc_jsonw_init(pc_jsonw *w, FILE *fp, int indent, int base)
{
	w->fp = fp;
	w->indent = indent;
	w->base = base;
	w->n = 0;
	w->after_key = 0;
	w->err = 0;
}

/* n spaces. */
static void
spaces(FILE *fp, int n)
{
	static const char sp[] = "                                ";

	for (; n > 0; n -= (int)sizeof(sp) - 1)
		fwrite(sp, 1, n < (int)sizeof(sp) - 1 ? (size_t)n :
		    sizeof(sp) - 1, fp);
}

/* A new line at depth d (nothing when compact). */
static void
newline(pc_jsonw *w, int d)
{
	if (w->indent == 0)
		return;
	fputc('\n', w->fp);
	spaces(w->fp, d * w->indent);
}

/* What comes before the next member of the innermost container. */
static void
member(pc_jsonw *w)
{
	int d = w->base + w->n - 1;

	if (w->n == 0)
		return;
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (!w->first[w->n - 1])
		fputc(',', w->fp);
	w->first[w->n - 1] = 0;
	newline(w, d + 1);
}

void
pc_jsonw_key(pc_jsonw *w, const char *key)
{
	member(w);
	/* the keys are the program's own ASCII names: nothing to escape */
	fprintf(w->fp, "\"%s\"%s", key, w->indent == 0 ? ":" : ": ");
	w->after_key = 1;
}

void
pc_jsonw_open(pc_jsonw *w, char c)
{
	member(w);
	if (w->n == PC_JSONW_DEPTH) {
		w->err = 1;
		return;
	}
	fputc(c, w->fp);
	w->first[w->n++] = 1;
}

void
pc_jsonw_close(pc_jsonw *w, char c)
{
	if (w->n == 0) {
		w->err = 1;
		return;
	}
	w->n--;
	if (!w->first[w->n])
		newline(w, w->base + w->n);
	fputc(c, w->fp);
}

/* json_dump_callback sink: the value's own lines, moved to its depth. */
typedef struct sink {
	FILE *fp;
	int pad;
} sink;

static int
put(const char *buf, size_t len, void *arg)
{
	sink *s = arg;
	const char *nl, *end = buf + len;

	while ((nl = memchr(buf, '\n', (size_t)(end - buf))) != NULL) {
		fwrite(buf, 1, (size_t)(nl + 1 - buf), s->fp);
		spaces(s->fp, s->pad);
		buf = nl + 1;
	}
	fwrite(buf, 1, (size_t)(end - buf), s->fp);
	return 0;
}

void
pc_jsonw_value(pc_jsonw *w, json_t *v)
{
	sink s = { w->fp, (w->base + w->n) * w->indent };
	size_t flags = JSON_PRESERVE_ORDER | JSON_ENCODE_ANY |
	    (w->indent == 0 ? JSON_COMPACT : JSON_INDENT(w->indent));

	member(w);
	if (v == NULL || json_dump_callback(v, put, &s, flags) != 0)
		w->err = 1;
	json_decref(v);
}

int
pc_jsonw_status(const pc_jsonw *w)
{
	return w->err || w->n != 0 || ferror(w->fp) ? -1 : 0;
}
