/* Dictionary linter. The dictionaries are loaded and matched exactly as a
 * check loads and matches them (pc_dictset_load, pc_matcher_new,
 * pc_matcher_run), so what the linter says about a term or an example is
 * what a check would do with it. Positions come from the loader (items,
 * examples) and, for terms and patterns, from a search of the file's own
 * lines, since the model keeps no line per alias. */
#include "pc_lint.h"

#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_dict.h"
#include "pc_doc.h"
#include "pc_finding.h"
#include "pc_match.h"
#include "pc_source.h"
#include "pc_view.h"

const char *const pc_lint_ids[] = {
	"lint-load", "lint-duplicate-id", "lint-alias-collision",
	"lint-alias-shared", "lint-shadowed", "lint-term", "lint-pattern",
	"lint-pattern-empty", "lint-example", "lint-provenance",
	"lint-unverified", "lint-formulation", NULL
};

/* Longest term worth matching, in characters: a longer one is a sentence,
 * not a name, and will not recur word for word in a draft. */
enum { MAX_TERM_CHARS = 64 };

/* A pattern is judged as a check with the default limits would run it
 * (PC_PATTERN_FLAGS, PC_MATCH_LIMIT_DEFAULT, PC_DEPTH_LIMIT_DEFAULT). */

/* Probe subjects for catastrophic backtracking: a run of one character
 * the pattern mentions, then a character that makes the match fail. */
enum { PROBE_RUN = 32, MAX_PROBES = 12 };

typedef struct diag {
	char *path;
	int line, col;         /* line 0: the file as a whole */
	pc_severity sev;
	const char *id;
	char *msg[PC_NLANG];
	int32_t seq;           /* keeps the order of one position stable */
} diag;

typedef struct lint {
	diag *d;
	int32_t n;
	size_t cap;
	int load_problems;
	int lang;
} lint;

/* A plan file's lines, to place terms and patterns. */
typedef struct srcfile {
	char *buf;
	size_t *off;           /* byte offset of each line; off[nlines] = end */
	int nlines;
} srcfile;

/* A term, folded as the matcher folds it. */
typedef struct termref {
	UChar *f;
	int32_t n;
	const pc_item *it;
	int32_t term;
} termref;

typedef struct pattern {
	const pc_item *it;
	int32_t k;             /* index into it->patterns */
	pcre2_code *re;
	int reported;          /* a limit problem already said */
} pattern;

typedef struct patterns {
	pattern *p;
	int32_t n;
	size_t cap;
	pcre2_match_context *mctx;
	pcre2_match_data *md;
} patterns;

/* s made fit for one diagnostic line: control characters and Unicode
 * line separators escaped. Takes s, returns a malloc'd string. */
static char *
oneline(char *s)
{
	size_t n = 0, k = 0;
	char *r;

	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		n += *p < 0x20 || *p == 0x7F ? 4 : *p == 0xE2 || *p == 0xC2 ?
		    6 : 1;
	r = pc_xmalloc(n + 1);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x20 || *p == 0x7F) {
			const char *e = *p == '\n' ? "\\n" : *p == '\t' ?
			    "\\t" : *p == '\r' ? "\\r" : NULL;

			k += (size_t)(e != NULL ? snprintf(r + k, n + 1 - k,
			    "%s", e) : snprintf(r + k, n + 1 - k, "\\x%02X",
			    *p));
		} else if (p[0] == 0xC2 && p[1] == 0x85) {
			k += (size_t)snprintf(r + k, n + 1 - k, "\\u0085");
			p++;
		} else if (p[0] == 0xE2 && p[1] == 0x80 &&
		    (p[2] == 0xA8 || p[2] == 0xA9)) {
			k += (size_t)snprintf(r + k, n + 1 - k, "\\u%04X",
			    p[2] == 0xA8 ? 0x2028 : 0x2029);
			p += 2;
		} else {
			r[k++] = (char)*p;
		}
	}
	r[k] = '\0';
	free(s);
	return r;
}

static void
add(lint *l, const char *path, int line, int col, pc_severity sev,
    const char *id, char *en, char *zh)
{
	diag *d;

	pc_grow(&l->d, &l->cap, (size_t)l->n + 1, sizeof(*l->d));
	d = &l->d[l->n];
	d->path = oneline(pc_xstrdup(path != NULL ? path : ""));
	d->line = line > 0 ? line : 0;
	d->col = line > 0 && col > 0 ? col : 1;
	d->sev = sev;
	d->id = id;
	d->msg[PC_LANG_EN] = oneline(en);
	d->msg[PC_LANG_ZH] = oneline(zh);
	d->seq = l->n++;
}

/* Chinese of the loader's messages; libxml2's own stay English behind a
 * Chinese lead-in. */
static char *
load_zh(const char *m)
{
	static const char *const fixed[][2] = {
		{ "cannot open the dictionary directory", "无法打开词典目录" },
		{ "cannot read the schema", "无法读取模式文件" },
		{ "cannot load the schema", "无法加载模式文件" },
		{ "cannot parse the file", "无法解析文件" },
		{ "a DOCTYPE is not allowed in a dictionary",
		    "词典中不允许文档类型声明（DOCTYPE）" },
		{ "does not match the schema", "不符合模式" },
		{ "the chain of parent plans loops", "上级规划链构成循环" },
	};
	char a[256], b[256];
	int ln;
	const char *s;

	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		if (strcmp(m, fixed[i][0]) == 0)
			return pc_xstrdup(fixed[i][1]);
	if (sscanf(m, "duplicate item id \"%255[^\"]\" (first at line %d)",
	    a, &ln) == 2)
		return pc_xasprintf("条目编号“%s”重复（首次出现在第 %d 行）",
		    a, ln);
	if (sscanf(m, "plan id \"%255[^\"]\"", a) == 1 &&
	    (s = strstr(m, "\" already defined in ")) != NULL)
		return pc_xasprintf("规划编号“%s”已在 %s 中定义", a,
		    s + strlen("\" already defined in "));
	if (sscanf(m, "plan \"%255[^\"]\": parent plan \"%255[^\"]\"", a,
	    b) == 2)
		return pc_xasprintf("规划“%s”的上级规划“%s”未加载", a, b);
	return pc_xasprintf("词典文件有误：%s", m);
}

static void
load_report(const char *path, int line, const char *msg, void *ctx)
{
	lint *l = ctx;
	const char *id = strncmp(msg, "duplicate item id ", 18) == 0 ?
	    "lint-duplicate-id" : "lint-load";

	l->load_problems++;
	add(l, path, line, 1, PC_SEV_ERROR, id, pc_xstrdup(msg),
	    load_zh(msg));
}

/* ---- Positions in a plan file ---- */

static void
src_read(srcfile *sf, const char *path)
{
	FILE *fp = fopen(path, "rb");
	size_t n = 0, cap = 0, r, ocap = 0;

	memset(sf, 0, sizeof(*sf));
	if (fp != NULL) {
		do {
			pc_grow(&sf->buf, &cap, n + 8193, 1);
			r = fread(sf->buf + n, 1, cap - n - 1, fp);
			n += r;
		} while (r > 0);
		fclose(fp);
	}
	if (sf->buf == NULL)
		sf->buf = pc_xstrdup("");
	sf->buf[n] = '\0';
	pc_grow(&sf->off, &ocap, 1, sizeof(*sf->off));
	sf->off[0] = 0;
	for (size_t i = 0; i < n; i++) {
		if (sf->buf[i] != '\n')
			continue;
		pc_grow(&sf->off, &ocap, (size_t)sf->nlines + 2,
		    sizeof(*sf->off));
		sf->off[++sf->nlines] = i + 1;
	}
	pc_grow(&sf->off, &ocap, (size_t)sf->nlines + 2, sizeof(*sf->off));
	sf->off[++sf->nlines] = n;
}

static void
src_free(srcfile *sf)
{
	free(sf->buf);
	free(sf->off);
}

/* Column (characters from 1) of byte b of line `line`. */
static int
src_col(const srcfile *sf, int line, size_t b)
{
	int col = 1;

	for (size_t i = sf->off[line - 1]; i < b; i++)
		col += ((unsigned char)sf->buf[i] & 0xC0) != 0x80;
	return col;
}

/* text as it is written in element content: &, < and > escaped (gt_raw:
 * > left as it is, which XML also allows). */
static char *
xml_escape(const char *s, int gt_raw)
{
	size_t n = 0, k = 0;
	char *r;

	for (const char *p = s; *p; p++)
		n += *p == '&' ? 5 : *p == '<' || *p == '>' ? 4 : 1;
	r = pc_xmalloc(n + 1);
	for (const char *p = s; *p; p++) {
		const char *e = *p == '&' ? "&amp;" : *p == '<' ? "&lt;" :
		    *p == '>' && !gt_raw ? "&gt;" : NULL;
		if (e != NULL) {
			memcpy(r + k, e, strlen(e));
			k += strlen(e);
		} else {
			r[k++] = *p;
		}
	}
	r[k] = '\0';
	return r;
}

/* Where an element of blank content (a name or alias that trims to
 * nothing) is, in lines [from, to]. */
static void
src_find_blank(const srcfile *sf, int from, int to, int *line, int *col)
{
	for (int l = from; l <= to; l++) {
		size_t a = sf->off[l - 1], b = sf->off[l];

		for (size_t i = a; i < b; i++) {
			size_t j = i + 1;

			if (sf->buf[i] != '>')
				continue;
			while (j < b && (sf->buf[j] == ' ' ||
			    sf->buf[j] == '\t'))
				j++;
			if (j + 2 < b && strncmp(sf->buf + j, "</", 2) == 0 &&
			    (strncmp(sf->buf + j + 2, "name>", 5) == 0 ||
			    strncmp(sf->buf + j + 2, "alias>", 6) == 0)) {
				*line = l;
				*col = src_col(sf, l, i + 1);
				return;
			}
		}
	}
}

/* Where element content `text` begins (">text<" on one line) in lines
 * [from, to]; *line = from and *col = 1 where it is not found. */
static void
src_find(const srcfile *sf, int from, int to, const char *text, int *line,
    int *col)
{
	*line = from;
	*col = 1;
	if (from < 1 || from > sf->nlines)
		return;
	if (to > sf->nlines)
		to = sf->nlines;
	if (*text == '\0') {
		src_find_blank(sf, from, to, line, col);
		return;
	}
	for (int raw = 0; raw < 2; raw++) {
		char *e = xml_escape(text, raw);
		/* content over several lines: its first line ends its line */
		size_t en = strcspn(e, "\n");
		int multi = e[en] == '\n';

		for (int l = from; l <= to; l++) {
			size_t a = sf->off[l - 1], b = sf->off[l];

			for (size_t i = a; i + 1 + en < b; i++) {
				char next = sf->buf[i + 1 + en];

				if (sf->buf[i] != '>' ||
				    strncmp(sf->buf + i + 1, e, en) != 0 ||
				    (multi ? next != '\n' && next != '\r' :
				    next != '<'))
					continue;
				*line = l;
				*col = src_col(sf, l, i + 1);
				free(e);
				return;
			}
		}
		free(e);
	}
}

/* The lines of an item: from its <item> to the line before the next. */
static int
item_last_line(const pc_item *it)
{
	const pc_plan *p = it->plan;

	if (it->index + 1 < p->nitems)
		return p->items[it->index + 1].line;
	return 1 << 30;
}

static void
item_pos(const srcfile *sf, const pc_item *it, int *line, int *col)
{
	*line = it->line;
	*col = 1;
	if (it->line >= 1 && it->line <= sf->nlines) {
		const char *s = sf->buf + sf->off[it->line - 1];
		const char *e = sf->buf + sf->off[it->line];
		for (const char *p = s; p + 5 <= e; p++) {
			if (strncmp(p, "<item", 5) == 0) {
				*col = src_col(sf, it->line,
				    (size_t)(p - sf->buf));
				break;
			}
		}
	}
}

static void
text_pos(const srcfile *sf, const pc_item *it, const char *text, int *line,
    int *col)
{
	src_find(sf, it->line, item_last_line(it), text, line, col);
	if (*col == 1 && *line == it->line)
		item_pos(sf, it, line, col);
}

/* ---- Helpers over terms ---- */

static UChar *
fold(const pc_str *t)
{
	UChar *f = pc_xreallocarray(NULL, (size_t)t->ulen + 1, sizeof(UChar));

	for (int32_t i = 0; i < t->ulen; i++)
		f[i] = pc_fold_unit(t->u[i]);
	f[t->ulen] = 0;
	return f;
}

static int
ueq(const UChar *a, int32_t an, const UChar *b, int32_t bn)
{
	return an == bn && (an == 0 || memcmp(a, b, (size_t)an *
	    sizeof(UChar)) == 0);
}

/* Non-zero if a[0..an) lies strictly inside b[0..bn). */
static int
uinside(const UChar *a, int32_t an, const UChar *b, int32_t bn)
{
	if (an == 0 || an >= bn)
		return 0;
	for (int32_t i = 0; i + an <= bn; i++)
		if (memcmp(a, b + i, (size_t)an * sizeof(UChar)) == 0)
			return 1;
	return 0;
}

static int
is_formulation(const pc_item *it)
{
	return it->group != NULL && it->group->kind != NULL &&
	    strcmp(it->group->kind, "formulation") == 0;
}

static int
termref_cmp(const void *a, const void *b)
{
	const termref *x = a, *y = b;
	int32_t n = x->n < y->n ? x->n : y->n;
	int c = n > 0 ? memcmp(x->f, y->f, (size_t)n * sizeof(UChar)) : 0;

	if (c != 0)
		return c;
	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	if (x->it->plan != y->it->plan)
		return strcmp(x->it->plan->id, y->it->plan->id);
	if (x->it->index != y->it->index)
		return x->it->index < y->it->index ? -1 : 1;
	return x->term - y->term;
}

static const char *
term_role(const pc_item *it, int32_t t, int lang)
{
	if (lang == PC_LANG_ZH)
		return it->kinds[t] == PC_ALIAS_NAME ? "名称" : "别名";
	return it->kinds[t] == PC_ALIAS_NAME ? "name" : "alias";
}

/* ---- Checks of one item ---- */

/* Terms that can never match, or say nothing, as written. */
static void
check_terms(lint *l, const srcfile *sf, const pc_item *it)
{
	const char *path = it->plan->path;

	for (int32_t t = 0; t < it->nterms; t++) {
		const pc_str *s = &it->terms[t];
		int32_t chars = u_countChar32(s->u, s->ulen);
		int alnum = 0, ctrl = 0, line, col;
		UChar32 c;

		text_pos(sf, it, s->s, &line, &col);
		for (int32_t i = 0; i < s->ulen;) {
			U16_NEXT(s->u, i, s->ulen, c);
			alnum |= u_isalnum(c);
			ctrl |= c < 0x20 || c == 0x7F || c == 0x85 ||
			    c == 0x2028 || c == 0x2029;
		}
		if (s->ulen == 0) {
			add(l, path, line, col, PC_SEV_WARNING, "lint-term",
			    pc_xasprintf("item \"%s\": the %s is empty",
			    it->id, term_role(it, t, PC_LANG_EN)),
			    pc_xasprintf("条目“%s”的%s为空", it->id,
			    term_role(it, t, PC_LANG_ZH)));
			continue;
		}
		if (ctrl)
			add(l, path, line, col, PC_SEV_WARNING, "lint-term",
			    pc_xasprintf("item \"%s\": the %s “%s” holds a "
			    "line break or control character, which no "
			    "paragraph of a draft does", it->id,
			    term_role(it, t, PC_LANG_EN), s->s),
			    pc_xasprintf("条目“%s”的%s“%s”含换行或控制字符，"
			    "草稿段落中不会出现", it->id,
			    term_role(it, t, PC_LANG_ZH), s->s));
		else if (!alnum)
			add(l, path, line, col, PC_SEV_WARNING, "lint-term",
			    pc_xasprintf("item \"%s\": the %s “%s” has no "
			    "letter, digit or ideograph", it->id,
			    term_role(it, t, PC_LANG_EN), s->s),
			    pc_xasprintf("条目“%s”的%s“%s”不含文字或数字",
			    it->id, term_role(it, t, PC_LANG_ZH), s->s));
		if (chars > MAX_TERM_CHARS)
			add(l, path, line, col, PC_SEV_WARNING, "lint-term",
			    pc_xasprintf("item \"%s\": the %s is %d "
			    "characters long (more than %d): a sentence, not "
			    "a name", it->id, term_role(it, t, PC_LANG_EN),
			    (int)chars, MAX_TERM_CHARS),
			    pc_xasprintf("条目“%s”的%s长 %d 字（超过 %d 字），"
			    "是句子而不是名称", it->id,
			    term_role(it, t, PC_LANG_ZH), (int)chars,
			    MAX_TERM_CHARS));
	}
}

/* Terms of one item: listed twice, or one inside another. */
static void
check_item_terms(lint *l, const srcfile *sf, const pc_item *it)
{
	UChar **f = pc_xcalloc((size_t)it->nterms + 1, sizeof(*f));
	const char *path = it->plan->path;

	for (int32_t t = 0; t < it->nterms; t++)
		f[t] = fold(&it->terms[t]);
	for (int32_t t = 0; t < it->nterms; t++) {
		const pc_str *s = &it->terms[t];
		int line, col, dup = 0;

		if (s->ulen == 0)
			continue;
		text_pos(sf, it, s->s, &line, &col);
		for (int32_t u = 0; u < t && !dup; u++) {
			if (!ueq(f[t], s->ulen, f[u], it->terms[u].ulen))
				continue;
			dup = 1;
			add(l, path, line, col, PC_SEV_WARNING, "lint-term",
			    pc_xasprintf("item \"%s\": the %s “%s” repeats "
			    "the term “%s”", it->id,
			    term_role(it, t, PC_LANG_EN), s->s,
			    it->terms[u].s),
			    pc_xasprintf("条目“%s”的%s“%s”与“%s”重复",
			    it->id, term_role(it, t, PC_LANG_ZH), s->s,
			    it->terms[u].s));
		}
		for (int32_t u = 0; u < it->nterms && !dup; u++) {
			if (!uinside(f[t], s->ulen, f[u], it->terms[u].ulen))
				continue;
			add(l, path, line, col, PC_SEV_NOTE, "lint-shadowed",
			    pc_xasprintf("item \"%s\": the %s “%s” lies "
			    "inside its longer term “%s”: where that occurs, "
			    "the hit is the longer term", it->id,
			    term_role(it, t, PC_LANG_EN), s->s,
			    it->terms[u].s),
			    pc_xasprintf("条目“%s”的%s“%s”包含在同一条目更长"
			    "的词“%s”中：两者同现处，命中的是较长的词", it->id,
			    term_role(it, t, PC_LANG_ZH), s->s,
			    it->terms[u].s));
			break;
		}
	}
	for (int32_t t = 0; t < it->nterms; t++)
		free(f[t]);
	free(f);
}

static UChar *
to_u16(const char *s, int32_t *n)
{
	UErrorCode ec = U_ZERO_ERROR;
	UChar *u;

	*n = 0;
	u_strFromUTF8(NULL, 0, n, s, -1, &ec);
	ec = U_ZERO_ERROR;
	u = pc_xreallocarray(NULL, (size_t)*n + 1, sizeof(UChar));
	u_strFromUTF8(u, *n + 1, NULL, s, -1, &ec);
	if (U_FAILURE(ec))
		*n = 0;
	u[*n] = 0;
	return u;
}

/* Whether re, run as pc_match.c runs it over subject[0..n), stops at a
 * match or depth limit. */
static int
hits_limit(patterns *ps, const pcre2_code *re, const UChar *subject,
    int32_t n)
{
	PCRE2_SIZE at = 0;
	uint32_t opts = 0;

	while (at <= (PCRE2_SIZE)n) {
		int rc = pcre2_match(re, (PCRE2_SPTR)subject, (PCRE2_SIZE)n,
		    at, opts, ps->md, ps->mctx);
		PCRE2_SIZE *ov;

		if (rc == PCRE2_ERROR_NOMATCH && opts != 0) {
			opts = 0;
			at++;
			if (at < (PCRE2_SIZE)n && U16_IS_TRAIL(subject[at]))
				at++;
			continue;
		}
		if (rc == PCRE2_ERROR_MATCHLIMIT ||
		    rc == PCRE2_ERROR_DEPTHLIMIT ||
		    rc == PCRE2_ERROR_HEAPLIMIT)
			return 1;
		if (rc < 0)
			return 0;
		ov = pcre2_get_ovector_pointer(ps->md);
		opts = ov[1] == ov[0] ?
		    PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0;
		at = ov[1];
	}
	return 0;
}

/* Whether re matches the empty string: at all (an empty subject), or,
 * where PCRE2 cannot bound its length from below, as the match it finds
 * at some position of one of the item's examples (lookarounds). */
static int
matches_empty(patterns *ps, const pcre2_code *re, const pc_item *it)
{
	static const UChar empty[1] = { 0 };
	uint32_t minlen = 1;

	if (pcre2_match(re, (PCRE2_SPTR)empty, 0, 0, 0, ps->md,
	    ps->mctx) >= 0)
		return 1;
	if (pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &minlen) != 0 ||
	    minlen > 0)
		return 0;
	for (int32_t e = 0; e < it->nexamples; e++) {
		const pc_str *x = &it->examples[e].text;
		UChar *f = fold(x);

		for (int32_t at = 0; at <= x->ulen; at++) {
			int rc = pcre2_match(re, (PCRE2_SPTR)f,
			    (PCRE2_SIZE)x->ulen, (PCRE2_SIZE)at,
			    PCRE2_ANCHORED, ps->md, ps->mctx);
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(ps->md);

			if (rc >= 0 && ov[0] == ov[1]) {
				free(f);
				return 1;
			}
		}
		free(f);
	}
	return 0;
}

/* A probe that sets off catastrophic backtracking in re, or NULL: a run
 * of one character the pattern names (or one that a character class
 * stands for), a character that stops the run, then every candidate once,
 * so that a pattern's required characters are all there and PCRE2 cannot
 * reject the subject before backtracking. */
static char *
redos_probe(patterns *ps, const pcre2_code *re, const UChar *src,
    int32_t n)
{
	static const UChar extra[] = { '1', 'a', 0x4E00 /* 一 */ };
	UChar cand[MAX_PROBES];
	UChar probe[PROBE_RUN + 1 + MAX_PROBES];
	int nc = 0, pn;

	for (int32_t i = 0; i < n && nc < MAX_PROBES - 3; i++) {
		UChar c = pc_fold_unit(src[i]);
		int seen = 0;

		if (U16_IS_SURROGATE(c) || !u_isalnum(c))
			continue;
		for (int k = 0; k < nc; k++)
			seen |= cand[k] == c;
		if (!seen)
			cand[nc++] = c;
	}
	for (size_t k = 0; k < sizeof(extra) / sizeof(extra[0]); k++) {
		int seen = 0;

		for (int j = 0; j < nc; j++)
			seen |= cand[j] == extra[k];
		if (!seen)
			cand[nc++] = extra[k];
	}
	for (int k = 0; k < nc; k++) {
		for (pn = 0; pn < PROBE_RUN; pn++)
			probe[pn] = cand[k];
		probe[pn++] = 0x3002;   /* 。 */
		for (int j = 0; j < nc; j++)
			probe[pn++] = cand[j];
		if (hits_limit(ps, re, probe, pn)) {
			size_t cap = 3 * (size_t)pn + 1;
			char *s = pc_xmalloc(cap);
			UErrorCode ec = U_ZERO_ERROR;

			u_strToUTF8(s, (int32_t)cap, NULL, probe, pn, &ec);
			if (U_FAILURE(ec))
				s[0] = '\0';
			return s;
		}
	}
	return NULL;
}

/* Compile the item's patterns as the matcher does: errors, empty matches
 * and catastrophic backtracking are reported; the compiled ones are kept
 * for the examples. */
static void
check_patterns(lint *l, const srcfile *sf, const pc_item *it, patterns *ps)
{
	const char *path = it->plan->path;

	for (int32_t k = 0; k < it->npatterns; k++) {
		const char *src = it->patterns[k];
		int32_t n, err, line, col;
		PCRE2_SIZE eoff;
		UChar *u = to_u16(src, &n);
		pcre2_code *re;
		char *probe;

		text_pos(sf, it, src, &line, &col);
		re = pcre2_compile((PCRE2_SPTR)u, (PCRE2_SIZE)n, PC_PATTERN_FLAGS,
		    &err, &eoff, NULL);
		if (re == NULL) {
			PCRE2_UCHAR buf[256];
			char msg[256];
			int m = pcre2_get_error_message(err, buf, 256), j;

			for (j = 0; j < m && j < 255; j++)
				msg[j] = buf[j] < 128 ? (char)buf[j] : '?';
			msg[j] = '\0';
			add(l, path, line, col, PC_SEV_ERROR, "lint-pattern",
			    pc_xasprintf("item \"%s\": pattern “%s” does not "
			    "compile at offset %zu: %s", it->id, src,
			    (size_t)eoff, msg),
			    pc_xasprintf("条目“%s”的模式“%s”无法编译（位置 "
			    "%zu）：%s", it->id, src, (size_t)eoff, msg));
			free(u);
			continue;
		}
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		if (matches_empty(ps, re, it))
			add(l, path, line, col, PC_SEV_WARNING,
			    "lint-pattern-empty",
			    pc_xasprintf("item \"%s\": pattern “%s” can match "
			    "the empty string (empty matches are never hits)",
			    it->id, src),
			    pc_xasprintf("条目“%s”的模式“%s”可匹配空串（空匹配"
			    "从不计为命中）", it->id, src));
		probe = redos_probe(ps, re, u, n);
		pc_grow(&ps->p, &ps->cap, (size_t)ps->n + 1, sizeof(*ps->p));
		ps->p[ps->n].it = it;
		ps->p[ps->n].k = k;
		ps->p[ps->n].re = re;
		ps->p[ps->n].reported = probe != NULL;
		ps->n++;
		if (probe != NULL) {
			add(l, path, line, col, PC_SEV_ERROR, "lint-pattern",
			    pc_xasprintf("item \"%s\": pattern “%s” "
			    "backtracks catastrophically: it hits the PCRE2 "
			    "match limit on “%s”, and a check abandons it on "
			    "such text", it->id, src, probe),
			    pc_xasprintf("条目“%s”的模式“%s”存在灾难性回溯：在"
			    "“%s”上触及 PCRE2 匹配上限，检查时遇到此类文本会"
			    "放弃该模式", it->id, src, probe));
			free(probe);
		}
		free(u);
	}
}

/* Name and parts of a formulation (and parts where none are used). */
static void
check_formulation(lint *l, const srcfile *sf, const pc_item *it)
{
	/* the separators plancheck-dict(5) allows: 、 in a list, a dash in
	 * a chain; longest first */
	static const char *const seps[] = { "、", "——", "—", "–", "－", "-" };
	const char *path = it->plan->path;
	const char *name = it->terms[0].s;
	const char *sep = NULL;
	size_t n0;
	int line, col, ok;

	item_pos(sf, it, &line, &col);
	if (!is_formulation(it)) {
		if (it->nparts > 0)
			add(l, path, line, col, PC_SEV_WARNING,
			    "lint-formulation",
			    pc_xasprintf("item \"%s\" has <part>s but its "
			    "group \"%s\" is of kind %s, not formulation: "
			    "they are not used", it->id, it->group->id,
			    it->group->kind),
			    pc_xasprintf("条目“%s”有 <part>，但所在组“%s”的"
			    "类型是 %s 而非 formulation，<part> 不起作用",
			    it->id, it->group->id, it->group->kind));
		return;
	}
	if (it->nparts < 2) {
		add(l, path, line, col, PC_SEV_WARNING, "lint-formulation",
		    it->nparts == 0 ?
		    pc_xasprintf("formulation \"%s\" has no <part>s: the "
		    "formulation rule cannot recognise it in another order",
		    it->id) :
		    pc_xasprintf("formulation \"%s\" has one <part>: a "
		    "formulation lists at least two", it->id),
		    it->nparts == 0 ?
		    pc_xasprintf("提法“%s”没有 <part>，提法规则无法识别其"
		    "变序写法", it->id) :
		    pc_xasprintf("提法“%s”只有一个 <part>，提法至少列出两项",
		    it->id));
		return;
	}
	n0 = strlen(it->parts[0].s);
	ok = strncmp(name, it->parts[0].s, n0) == 0;
	for (size_t k = 0; ok && sep == NULL && k < sizeof(seps) /
	    sizeof(seps[0]); k++)
		if (strncmp(name + n0, seps[k], strlen(seps[k])) == 0)
			sep = seps[k];
	if (sep != NULL) {
		const char *p = name;

		for (int32_t k = 0; ok && k < it->nparts; k++) {
			size_t m = strlen(it->parts[k].s);

			if (k > 0) {
				ok = strncmp(p, sep, strlen(sep)) == 0;
				p += ok ? strlen(sep) : 0;
			}
			ok = ok && strncmp(p, it->parts[k].s, m) == 0;
			p += ok ? m : 0;
		}
		ok = ok && *p == '\0';
	}
	if (sep == NULL || !ok) {
		char *want = pc_xstrdup(it->parts[0].s);

		for (int32_t k = 1; k < it->nparts; k++) {
			char *w = pc_xasprintf("%s%s%s", want,
			    sep != NULL ? sep : "、", it->parts[k].s);
			free(want);
			want = w;
		}
		text_pos(sf, it, name, &line, &col);
		add(l, path, line, col, PC_SEV_WARNING, "lint-formulation",
		    pc_xasprintf("formulation \"%s\": the name “%s” is not "
		    "its parts joined in order (“%s”)", it->id, name, want),
		    pc_xasprintf("提法“%s”的名称“%s”不是其各 <part> 依次"
		    "连接而成（“%s”）", it->id, name, want));
		free(want);
	}
}

static int
plan_has_url(const pc_plan *p)
{
	for (int32_t i = 0; i < p->nsources; i++)
		if (p->source_urls[i] != NULL &&
		    strstr(p->source_urls[i], "://") != NULL)
			return 1;
	return 0;
}

static int
plan_has_source(const pc_plan *p, const char *url)
{
	for (int32_t i = 0; i < p->nsources; i++)
		if (p->source_urls[i] != NULL &&
		    strcmp(p->source_urls[i], url) == 0)
			return 1;
	return 0;
}

static void
check_provenance(lint *l, const srcfile *sf, const pc_item *it)
{
	int line, col;

	item_pos(sf, it, &line, &col);
	if (it->source != NULL && !plan_has_source(it->plan, it->source))
		add(l, it->plan->path, line, col, PC_SEV_WARNING,
		    "lint-provenance",
		    pc_xasprintf("item \"%s\": its source %s is not one of "
		    "the plan's <source>s, which say what it is and when it "
		    "was seen", it->id, it->source),
		    pc_xasprintf("条目“%s”的来源 %s 不在所在规划的 <source> "
		    "中（<source> 说明来源是什么、何时核对）", it->id,
		    it->source));
	if (it->source == NULL && !plan_has_url(it->plan))
		add(l, it->plan->path, line, col, PC_SEV_WARNING,
		    "lint-provenance",
		    pc_xasprintf("item \"%s\" has no source URL, and no "
		    "<source> of its plan has one", it->id),
		    pc_xasprintf("条目“%s”没有来源网址，所在规划的 <source> "
		    "也都没有", it->id));
	if (!it->verified)
		add(l, it->plan->path, line, col, PC_SEV_NOTE,
		    "lint-unverified",
		    pc_xasprintf("item \"%s\" (“%s”) is not verified: check "
		    "it against an official source (see its note)", it->id,
		    it->terms[0].s),
		    pc_xasprintf("条目“%s”（“%s”）未经核实：请对照官方来源"
		    "核对（见其 note）", it->id, it->terms[0].s));
}

/* ---- Terms across items ---- */

static void
collect_terms(const pc_plan *p, termref **tr, int32_t *n, size_t *cap)
{
	for (int32_t i = 0; i < p->nitems; i++) {
		const pc_item *it = &p->items[i];

		for (int32_t t = 0; t < it->nterms; t++) {
			termref *r;
			int dup = 0;

			if (it->terms[t].ulen == 0)
				continue;
			/* a term repeated in its item is lint-term's */
			for (int32_t u = 0; u < t && !dup; u++) {
				UChar *a = fold(&it->terms[t]);
				UChar *b = fold(&it->terms[u]);
				dup = ueq(a, it->terms[t].ulen, b,
				    it->terms[u].ulen);
				free(a);
				free(b);
			}
			if (dup)
				continue;
			pc_grow(tr, cap, (size_t)*n + 1, sizeof(**tr));
			r = &(*tr)[(*n)++];
			r->f = fold(&it->terms[t]);
			r->n = it->terms[t].ulen;
			r->it = it;
			r->term = t;
		}
	}
}

/* One term, two items of one plan. Within a plan the first item in file
 * order takes the hits of a shared term (formulations apart): fn is called
 * for each later item's term (b) with the item that takes it (a), and the
 * message in both languages. */
typedef void (*collision_fn)(const termref *a, const termref *b, char *en,
    char *zh, void *arg);

static void
each_collision(const pc_plan *p, collision_fn fn, void *arg)
{
	termref *tr = NULL;
	int32_t n = 0;
	size_t cap = 0;

	collect_terms(p, &tr, &n, &cap);
	pc_qsort(tr, (size_t)n, sizeof(*tr), termref_cmp);
	for (int32_t i = 1; i < n; i++) {
		const termref *a, *b = &tr[i];
		int32_t j = i - 1;
		int both;

		while (j > 0 && ueq(tr[j - 1].f, tr[j - 1].n, b->f, b->n))
			j--;
		a = &tr[j];
		if (!ueq(a->f, a->n, b->f, b->n) || a->it == b->it)
			continue;
		both = is_formulation(a->it) || is_formulation(b->it);
		fn(a, b, pc_xasprintf("item \"%s\": “%s” is also a term of item "
		    "\"%s\" (line %d)%s", b->it->id,
		    b->it->terms[b->term].s, a->it->id, a->it->line,
		    both ? "; a draft's use of it counts for both" :
		    "; its hits all go to that item, none to this one"),
		    pc_xasprintf("条目“%s”的“%s”也是条目“%s”（第 %d 行）的词"
		    "%s", b->it->id, b->it->terms[b->term].s, a->it->id,
		    a->it->line, both ? "，草稿中出现一次即同时计入两者" :
		    "，命中全部归于该条目，本条目得不到命中"), arg);
	}
	for (int32_t i = 0; i < n; i++)
		free(tr[i].f);
	free(tr);
}

typedef struct collision_lint {
	lint *l;
	const srcfile *sf;
} collision_lint;

static void
lint_collision(const termref *a, const termref *b, char *en, char *zh,
    void *arg)
{
	collision_lint *c = arg;
	int line, col;

	(void)a;
	text_pos(c->sf, b->it, b->it->terms[b->term].s, &line, &col);
	add(c->l, b->it->plan->path, line, col, PC_SEV_WARNING,
	    "lint-alias-collision", en, zh);
}

static void
check_collisions(lint *l, const srcfile *sf, const pc_plan *p)
{
	collision_lint c = { l, sf };

	each_collision(p, lint_collision, &c);
}

typedef struct collision_warn {
	pc_lint_warn warn;
	void *ctx;
} collision_warn;

static void
warn_collision(const termref *a, const termref *b, char *en, char *zh,
    void *arg)
{
	collision_warn *c = arg;

	/* formulations count for both items: nothing is lost in a check */
	if (!is_formulation(a->it) && !is_formulation(b->it))
		c->warn(b->it->plan->path, b->it->line, en, zh, c->ctx);
	free(en);
	free(zh);
}

void
pc_lint_collisions(const pc_dictset *ds, pc_lint_warn warn, void *ctx)
{
	collision_warn c = { warn, ctx };

	for (int32_t p = 0; p < ds->nplans; p++)
		each_collision(ds->plans[p], warn_collision, &c);
}

static int
plan_order(const pc_dictset *ds, const pc_plan *p)
{
	for (int32_t i = 0; i < ds->nplans; i++)
		if (ds->plans[i] == p)
			return (int)i;
	return -1;
}

/* A term of item b that is also a term of item a of another plan. */
typedef struct shared {
	const pc_item *b, *a;
	int ob, oa;            /* plan orders */
	int32_t term;          /* index into b->terms */
} shared;

static int
shared_cmp(const void *x, const void *y)
{
	const shared *p = x, *q = y;

	if (p->ob != q->ob)
		return p->ob - q->ob;
	if (p->b->index != q->b->index)
		return p->b->index < q->b->index ? -1 : 1;
	if (p->oa != q->oa)
		return p->oa - q->oa;
	if (p->a->index != q->a->index)
		return p->a->index < q->a->index ? -1 : 1;
	return p->term - q->term;
}

static int
same_name(const pc_item *a, const pc_item *b)
{
	UChar *x = fold(&a->terms[0]), *y = fold(&b->terms[0]);
	int r = ueq(x, a->terms[0].ulen, y, b->terms[0].ulen);

	free(x);
	free(y);
	return r;
}

/* Terms naming differently named items in two plans. Sharing 新能源
 * across plans is normal and silent; a term whose items have different
 * canonical names may be one plan's broader or narrower word. Said once
 * per item, at the plan later in the order (national first), naming the
 * items of earlier plans and the terms shared with each. */
static void
check_shared(lint *l, const pc_dictset *ds, srcfile *sfs)
{
	termref *tr = NULL;
	shared *sh = NULL;
	int32_t n = 0, nsh = 0;
	size_t cap = 0, csh = 0;

	for (int32_t p = 0; p < ds->nplans; p++)
		collect_terms(ds->plans[p], &tr, &n, &cap);
	pc_qsort(tr, (size_t)n, sizeof(*tr), termref_cmp);
	for (int32_t i = 0, j; i < n; i = j) {
		for (j = i; j < n && ueq(tr[j].f, tr[j].n, tr[i].f, tr[i].n);)
			j++;
		for (int32_t b = i; b < j; b++) {
			for (int32_t a = i; a < j; a++) {
				int ob = plan_order(ds, tr[b].it->plan);
				int oa = plan_order(ds, tr[a].it->plan);

				if (oa >= ob || same_name(tr[a].it, tr[b].it))
					continue;
				pc_grow(&sh, &csh, (size_t)nsh + 1,
				    sizeof(*sh));
				sh[nsh].b = tr[b].it;
				sh[nsh].a = tr[a].it;
				sh[nsh].ob = ob;
				sh[nsh].oa = oa;
				sh[nsh].term = tr[b].term;
				nsh++;
			}
		}
	}
	pc_qsort(sh, (size_t)nsh, sizeof(*sh), shared_cmp);
	for (int32_t i = 0, j; i < nsh; i = j) {
		const pc_item *b = sh[i].b;
		char *lst[PC_NLANG];
		int32_t first = b->nterms;
		int line, col;

		lst[PC_LANG_EN] = pc_xstrdup("");
		lst[PC_LANG_ZH] = pc_xstrdup("");
		for (j = i; j < nsh && sh[j].b == b;) {
			const pc_item *a = sh[j].a;
			char *terms = pc_xstrdup(""), *t;
			int32_t k;

			for (k = j; k < nsh && sh[k].b == b && sh[k].a == a;
			    k++) {
				t = pc_xasprintf("%s%s“%s”", terms, k > j ?
				    "、" : "", b->terms[sh[k].term].s);
				free(terms);
				terms = t;
			}
			t = pc_xasprintf("%s%s%s with \"%s\" (“%s”) of %s, "
			    "line %d", lst[PC_LANG_EN], j > i ? "; " : "",
			    terms, a->id, a->terms[0].s, a->plan->id, a->line);
			free(lst[PC_LANG_EN]);
			lst[PC_LANG_EN] = t;
			t = pc_xasprintf("%s%s%s与 %s 的“%s”（“%s”，第 %d 行）",
			    lst[PC_LANG_ZH], j > i ? "；" : "", terms,
			    a->plan->id, a->id, a->terms[0].s, a->line);
			free(lst[PC_LANG_ZH]);
			lst[PC_LANG_ZH] = t;
			free(terms);
			j = k;
		}
		for (int32_t k = i; k < j; k++)
			first = sh[k].term < first ? sh[k].term : first;
		text_pos(&sfs[sh[i].ob], b, b->terms[first].s, &line, &col);
		add(l, b->plan->path, line, col, PC_SEV_NOTE,
		    "lint-alias-shared",
		    pc_xasprintf("item \"%s\" (“%s”) shares terms with items "
		    "of other plans named otherwise: %s", b->id, b->terms[0].s,
		    lst[PC_LANG_EN]),
		    pc_xasprintf("条目“%s”（“%s”）与其他规划中名称不同的条目共用"
		    "词：%s", b->id, b->terms[0].s, lst[PC_LANG_ZH]));
		free(lst[PC_LANG_EN]);
		free(lst[PC_LANG_ZH]);
	}
	free(sh);
	for (int32_t i = 0; i < n; i++)
		free(tr[i].f);
	free(tr);
}

/* ---- Examples ---- */

static char *
hits_text(const pc_matches *mt, const pc_view *v)
{
	char *s = pc_xstrdup("");

	for (int32_t i = 0; i < mt->n; i++) {
		const pc_hit *h = &mt->hits[i];
		char *w = pc_view_utf8(v, h->start, h->end);
		char *t = pc_xasprintf("%s%s%s/%s “%s”", s, i ? ", " : "",
		    h->item->plan->id, h->item->id, w);

		free(w);
		free(s);
		s = t;
	}
	return s;
}

/* The patterns that stop at a limit on an example, said once each. */
static void
blame_limits(lint *l, srcfile *sfs, const pc_dictset *ds, patterns *ps,
    const pc_view *v, const pc_item *it, const pc_example *ex)
{
	for (int32_t k = 0; k < ps->n; k++) {
		pattern *pt = &ps->p[k];
		int line, col, o;

		if (pt->reported || !hits_limit(ps, pt->re, v->fold, v->len))
			continue;
		pt->reported = 1;
		o = plan_order(ds, pt->it->plan);
		text_pos(&sfs[o], pt->it, pt->it->patterns[pt->k], &line,
		    &col);
		add(l, pt->it->plan->path, line, col, PC_SEV_ERROR,
		    "lint-pattern",
		    pc_xasprintf("item \"%s\": pattern “%s” hits the PCRE2 "
		    "match limit on the example of item \"%s\" (%s:%d), and "
		    "a check abandons it on such text", pt->it->id,
		    pt->it->patterns[pt->k], it->id, it->plan->path,
		    ex->line),
		    pc_xasprintf("条目“%s”的模式“%s”在条目“%s”的例句（%s:%d）"
		    "上触及 PCRE2 匹配上限，检查时遇到此类文本会放弃该模式",
		    pt->it->id, pt->it->patterns[pt->k], it->id,
		    it->plan->path, ex->line));
	}
}

static void
check_examples(lint *l, srcfile *sfs, const pc_dictset *ds,
    const pc_matcher *m, patterns *ps, const pc_item *it)
{
	const srcfile *sf = &sfs[plan_order(ds, it->plan)];
	const char *path = it->plan->path;

	for (int32_t e = 0; e < it->nexamples; e++) {
		const pc_example *ex = &it->examples[e];
		pc_source src;
		pc_src_error err;
		pc_doc doc;
		pc_view v;
		pc_matches mt;
		int32_t nh = 0;
		int line, col;

		src_find(sf, ex->line, ex->line, ex->text.s, &line, &col);
		if (pc_source_from_bytes("example",
		    (const unsigned char *)ex->text.s, strlen(ex->text.s),
		    "utf-8", &src, &err) != 0) {
			add(l, path, line, col, PC_SEV_ERROR, "lint-example",
			    pc_xasprintf("item \"%s\": the example cannot "
			    "be read as a draft", it->id),
			    pc_xasprintf("条目“%s”的例句无法作为草稿读取",
			    it->id));
			continue;
		}
		pc_doc_from_text(&src, &doc);
		pc_view_init(&v, &src, &doc);
		pc_matcher_run(m, &v, &mt);
		for (int32_t k = 0; k < mt.n; k++)
			nh += mt.hits[k].item == it;
		if (mt.limit_errors > 0)
			blame_limits(l, sfs, ds, ps, &v, it, ex);
		if ((nh > 0) != (ex->match != 0)) {
			char *h = hits_text(&mt, &v);

			add(l, path, line, col, PC_SEV_ERROR, "lint-example",
			    ex->match ?
			    pc_xasprintf("item \"%s\": example match=\"true\" "
			    "gives no hit of the item (hits: %s)", it->id,
			    *h ? h : "none") :
			    pc_xasprintf("item \"%s\": example match=\"false\" "
			    "gives %d hit%s of the item (hits: %s)", it->id,
			    (int)nh, nh == 1 ? "" : "s", h),
			    ex->match ?
			    pc_xasprintf("条目“%s”的正例（match=\"true\"）没有命"
			    "中该条目（命中：%s）", it->id, *h ? h : "无") :
			    pc_xasprintf("条目“%s”的反例（match=\"false\"）命中"
			    "该条目 %d 次（命中：%s）", it->id, (int)nh, h));
			free(h);
		}
		pc_matches_free(&mt);
		pc_view_free(&v);
		pc_doc_free(&doc);
		pc_source_free(&src);
	}
}

/* ---- Output ---- */

static int
diag_cmp(const void *a, const void *b)
{
	const diag *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	if (c != 0)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int
print(lint *l, FILE *out)
{
	int worst = -1;

	pc_qsort(l->d, (size_t)l->n, sizeof(*l->d), diag_cmp);
	for (int32_t i = 0; i < l->n; i++) {
		const diag *d = &l->d[i];

		if (d->line > 0)
			fprintf(out, "%s:%d:%d: %s: %s [%s]\n", d->path,
			    d->line, d->col, pc_severity_name(d->sev),
			    d->msg[l->lang], d->id);
		else
			fprintf(out, "%s: %s: %s [%s]\n", d->path,
			    pc_severity_name(d->sev), d->msg[l->lang], d->id);
		if ((int)d->sev > worst)
			worst = (int)d->sev;
	}
	return worst;
}

int
pc_lint_run(const char *dir, const char *schema_dir, int lang, FILE *out)
{
	lint l;
	pc_dictset ds;
	pc_matcher *m;
	patterns ps;
	srcfile *sfs;
	int worst, status;

	memset(&l, 0, sizeof(l));
	memset(&ps, 0, sizeof(ps));
	l.lang = lang == PC_LANG_ZH ? PC_LANG_ZH : PC_LANG_EN;
	pc_dictset_load(&ds, dir, schema_dir, load_report, &l);
	if (ds.nplans == 0 && l.load_problems == 0) {
		l.load_problems++;
		add(&l, dir, 0, 0, PC_SEV_ERROR, "lint-load",
		    pc_xstrdup("no plan dictionary in the directory"),
		    pc_xstrdup("目录中没有规划词典"));
	}
	/* pattern errors are reported below, in both languages */
	m = pc_matcher_new(&ds, NULL, NULL);
	ps.mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(ps.mctx, PC_MATCH_LIMIT_DEFAULT);
	pcre2_set_depth_limit(ps.mctx, PC_DEPTH_LIMIT_DEFAULT);
	ps.md = pcre2_match_data_create(1, NULL);
	sfs = pc_xcalloc((size_t)ds.nplans + 1, sizeof(*sfs));
	for (int32_t p = 0; p < ds.nplans; p++) {
		const pc_plan *plan = ds.plans[p];

		src_read(&sfs[p], plan->path);
		for (int32_t i = 0; i < plan->nitems; i++) {
			const pc_item *it = &plan->items[i];

			check_terms(&l, &sfs[p], it);
			check_item_terms(&l, &sfs[p], it);
			check_patterns(&l, &sfs[p], it, &ps);
			check_formulation(&l, &sfs[p], it);
			check_provenance(&l, &sfs[p], it);
		}
		check_collisions(&l, &sfs[p], plan);
	}
	check_shared(&l, &ds, sfs);
	for (int32_t p = 0; m != NULL && p < ds.nplans; p++)
		for (int32_t i = 0; i < ds.plans[p]->nitems; i++)
			check_examples(&l, sfs, &ds, m, &ps,
			    &ds.plans[p]->items[i]);

	worst = print(&l, out);
	status = l.load_problems > 0 ? 2 : worst >= (int)PC_SEV_WARNING ?
	    1 : 0;

	for (int32_t i = 0; i < ps.n; i++)
		pcre2_code_free(ps.p[i].re);
	free(ps.p);
	pcre2_match_data_free(ps.md);
	pcre2_match_context_free(ps.mctx);
	for (int32_t p = 0; p < ds.nplans; p++)
		src_free(&sfs[p]);
	free(sfs);
	pc_matcher_free(m);
	pc_dictset_free(&ds);
	for (int32_t i = 0; i < l.n; i++) {
		free(l.d[i].path);
		free(l.d[i].msg[PC_LANG_EN]);
		free(l.d[i].msg[PC_LANG_ZH]);
	}
	free(l.d);
	return status;
}
