/* Inline suppressions: find the plancheck-disable/-enable directives of a
 * plain-text draft, turn them into ranges of offsets per rule, and drop the
 * findings that start inside a range.
 *
 * Ranges are half-open, [start, end). A disable covers from the start of
 * its own line to the start of the line of the enable that closes it; one
 * that nothing closes ends past the end of the text, so that a finding
 * reported at the very end (an unclosed bracket) is covered too. A disable
 * in the head of the file — only blank lines and other directives before
 * it — starts at offset 0 and so also covers the findings about the whole
 * file (start == end == 0, such as coverage-gap). A disable-next-line
 * covers the next line, its line feed included.
 *
 * "enable RULE" inside a bare "disable" ends the bare range there and
 * opens one range per other rule of the rule table, so that only RULE
 * comes back. */
#include "pc_suppress.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"
#include "pc_rule.h"
#include "pc_text.h"

const pc_rule pc_rule_unused_suppression = {
	"unused-suppression", PC_SEV_WARNING, NULL,
	{ "a plancheck-disable comment suppresses nothing",
	  "plancheck-disable 注释未屏蔽任何问题" },
	{ "With --report-unused-suppressions, every <!-- plancheck-disable … --> "
	  "(or -disable-next-line) comment that suppressed no finding is "
	  "reported, naming the rules it names in vain, and a rule name no "
	  "rule has; so stale suppressions do not pile up in a draft.",
	  "使用 --report-unused-suppressions 时，未屏蔽任何问题的 "
	  "<!-- plancheck-disable … -->（或 -disable-next-line）注释会被报告，并"
	  "指出其中无效的规则名和不存在的规则名，避免草稿中堆积过时的屏蔽注释。" },
};

#define OPEN (-1)               /* end of a range not yet closed */

enum kind {
	D_DISABLE,
	D_ENABLE,
	D_NEXT_LINE
};

/* Longest first: "plancheck-disable" is a prefix of the next-line form. */
static const struct {
	const char *word;
	enum kind kind;
} words[] = {
	{ "plancheck-disable-next-line", D_NEXT_LINE },
	{ "plancheck-disable", D_DISABLE },
	{ "plancheck-enable", D_ENABLE },
};

/* The rule names of one directive. */
typedef struct names {
	char **v;
	int32_t n;
	size_t cap;
} names;

static void
names_free(names *nm)
{
	for (int32_t i = 0; i < nm->n; i++)
		free(nm->v[i]);
	free(nm->v);
	memset(nm, 0, sizeof(*nm));
}

static int
names_has(const names *nm, const char *s)
{
	for (int32_t i = 0; i < nm->n; i++)
		if (strcmp(nm->v[i], s) == 0)
			return 1;
	return 0;
}

static int
is_sep(UChar c)
{
	return c == ',' || pc_is_blank(c);
}

static int
has_ascii(const UChar *s, int32_t n, const char *lit)
{
	int32_t i;

	for (i = 0; lit[i] != '\0'; i++)
		if (i >= n || s[i] != (UChar)lit[i])
			return 0;
	return 1;
}

/* Parse the trimmed line s[0..n) as a directive: its kind and rule
 * names. Returns 0, or -1 if the line is not a directive. */
static int
parse_directive(const UChar *s, int32_t n, enum kind *kind, names *nm)
{
	size_t w;
	int32_t i, len = 0;

	if (n < 7 || !has_ascii(s, n, "<!--") ||
	    !has_ascii(s + n - 3, 3, "-->"))
		return -1;
	s += 4;
	n -= 7;
	while (n > 0 && pc_is_blank(*s)) {
		s++;
		n--;
	}
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
		len = (int32_t)strlen(words[w].word);
		if (has_ascii(s, n, words[w].word) &&
		    (len == n || pc_is_blank(s[len])))
			break;
	}
	if (w == sizeof(words) / sizeof(words[0]))
		return -1;
	*kind = words[w].kind;
	for (i = len; i < n;) {
		int32_t j;
		char *r;

		while (i < n && is_sep(s[i]))
			i++;
		for (j = i; j < n && !is_sep(s[j]); j++)
			continue;
		if (j == i)
			break;
		r = pc_utf8(s + i, j - i);
		if (names_has(nm, r))
			free(r);
		else {
			pc_grow(&nm->v, &nm->cap, (size_t)nm->n + 1,
			    sizeof(*nm->v));
			nm->v[nm->n++] = r;
		}
		i = j;
	}
	return 0;
}

static void
add_range(pc_suppressions *out, int32_t start, int32_t end, const char *rule,
    int32_t directive)
{
	pc_suppression *s;

	out->s = pc_xreallocarray(out->s, (size_t)out->n + 1, sizeof(*out->s));
	s = &out->s[out->n++];
	s->start = start;
	s->end = end;
	s->rule = rule != NULL ? pc_xstrdup(rule) : NULL;
	s->directive = directive;
	s->used = 0;
}

/* Close the open ranges that nm re-enables (all of them if nm is empty)
 * at offset at. */
static void
enable(pc_suppressions *out, const names *nm, int32_t at)
{
	int32_t n = out->n;

	for (int32_t i = 0; i < n; i++) {
		pc_suppression *s = &out->s[i];
		int32_t directive = s->directive;

		if (s->end != OPEN)
			continue;
		if (nm->n == 0 || (s->rule != NULL && names_has(nm, s->rule))) {
			s->end = at;
			continue;
		}
		if (s->rule != NULL)
			continue;
		/* A bare disable: everything but the named rules stays off. */
		s->end = at;
		for (int r = 0; r < pc_nrules; r++)
			if (!names_has(nm, pc_rules[r]->id))
				add_range(out, at, OPEN, pc_rules[r]->id,
				    directive);
	}
}

void
pc_suppress_scan(const pc_view *v, pc_suppressions *out)
{
	const UChar *t = v->text;
	int32_t len = v->len, ls, le;
	int head = 1;

	memset(out, 0, sizeof(*out));
	for (ls = 0; ls <= len; ls = le + 1) {
		int32_t a = ls, b;
		enum kind kind;
		names nm = { NULL, 0, 0 };

		for (le = ls; le < len && t[le] != '\n'; le++)
			continue;
		while (a < le && pc_is_blank(t[a]))
			a++;
		for (b = le; b > a && pc_is_blank(t[b - 1]); b--)
			continue;
		if (parse_directive(t + a, b - a, &kind, &nm) != 0) {
			if (b > a)
				head = 0;
			continue;
		}
		switch (kind) {
		case D_DISABLE:
			if (nm.n == 0)
				add_range(out, head ? 0 : ls, OPEN, NULL, a);
			for (int32_t i = 0; i < nm.n; i++)
				add_range(out, head ? 0 : ls, OPEN, nm.v[i], a);
			break;
		case D_NEXT_LINE: {
			int32_t ns = le < len ? le + 1 : len, ne;

			/* The next line's line feed is included; at the end
			 * of the text, its end. */
			for (ne = ns; ne < len && t[ne] != '\n'; ne++)
				continue;
			ne = le < len ? ne + 1 : len;
			if (nm.n == 0)
				add_range(out, ns, ne, NULL, a);
			for (int32_t i = 0; i < nm.n; i++)
				add_range(out, ns, ne, nm.v[i], a);
			break;
		}
		case D_ENABLE:
			enable(out, &nm, ls);
			break;
		}
		names_free(&nm);
	}
	for (int32_t i = 0; i < out->n; i++)
		if (out->s[i].end == OPEN)
			out->s[i].end = len + 1;
}

static int
covers(const pc_suppression *s, const pc_finding *f)
{
	return f->start >= s->start && f->start < s->end &&
	    (s->rule == NULL || strcmp(s->rule, f->rule) == 0);
}

/* "a, b" and "a、b" for the messages. */
static void
join(const names *nm, char **en, char **zh)
{
	size_t n = 1;
	char *e, *z;

	for (int32_t i = 0; i < nm->n; i++)
		n += strlen(nm->v[i]) + 3;
	e = *en = pc_xmalloc(n);
	z = *zh = pc_xmalloc(n);
	*e = *z = '\0';
	for (int32_t i = 0; i < nm->n; i++) {
		if (i > 0) {
			strcat(e, ", ");
			strcat(z, "、");
		}
		strcat(e, nm->v[i]);
		strcat(z, nm->v[i]);
	}
}

/* The unused-suppression warnings of the directive of range i. */
static void
report_directive(const pc_suppressions *sp, int32_t i, pc_findings *fs)
{
	int32_t d = sp->s[i].directive, used = 0;
	int bare = 0;
	names unused = { NULL, 0, 0 }, unknown = { NULL, 0, 0 };
	char *en, *zh;

	for (int32_t k = i; k < sp->n; k++)
		if (sp->s[k].directive == d) {
			used += sp->s[k].used;
			bare |= sp->s[k].rule == NULL;
		}
	/* The span is the comment's opening "<!--": where the directive ends
	 * is not recorded. */
	if (bare) {
		if (used == 0)
			pc_findings_add(fs, pc_rule_unused_suppression.id,
			    PC_SEV_WARNING, d, d + 4,
			    pc_xstrdup("unused suppression: no finding here "
			    "to suppress"),
			    pc_xstrdup("多余的抑制指令：此处没有可抑制的问题"));
		return;
	}
	for (int32_t k = i; k < sp->n; k++) {
		const pc_suppression *s = &sp->s[k];
		names *nm;

		if (s->directive != d || s->used > 0)
			continue;
		nm = pc_rule_find(s->rule) == NULL ? &unknown : &unused;
		pc_grow(&nm->v, &nm->cap, (size_t)nm->n + 1, sizeof(*nm->v));
		nm->v[nm->n++] = pc_xstrdup(s->rule);
	}
	if (unknown.n > 0) {
		join(&unknown, &en, &zh);
		pc_findings_add(fs, pc_rule_unused_suppression.id, PC_SEV_WARNING, d,
		    d + 4, pc_xasprintf("unused suppression: no rule is "
		    "called %s", en), pc_xasprintf("多余的抑制指令：没有名为 "
		    "%s 的规则", zh));
		free(en);
		free(zh);
	}
	if (unused.n > 0) {
		join(&unused, &en, &zh);
		pc_findings_add(fs, pc_rule_unused_suppression.id, PC_SEV_WARNING, d,
		    d + 4, pc_xasprintf("unused suppression: no %s finding "
		    "here to suppress", en), pc_xasprintf("多余的抑制指令：此处"
		    "没有可抑制的 %s 问题", zh));
		free(en);
		free(zh);
	}
	names_free(&unused);
	names_free(&unknown);
}

void
pc_suppress_apply(pc_suppressions *sp, pc_findings *fs, int report_unused)
{
	int32_t w = 0;

	/* Every range that covers a finding counts it, so that of two
	 * overlapping directives neither is called unused. */
	for (int32_t i = 0; i < fs->n; i++) {
		pc_finding *f = &fs->f[i];
		int hit = 0;

		for (int32_t k = 0; k < sp->n; k++)
			if (covers(&sp->s[k], f)) {
				sp->s[k].used++;
				hit = 1;
			}
		if (hit) {
			free(f->msg[PC_LANG_EN]);
			free(f->msg[PC_LANG_ZH]);
			continue;
		}
		fs->f[w++] = *f;
	}
	fs->n = w;
	if (!report_unused)
		return;
	for (int32_t i = 0; i < sp->n; i++) {
		int32_t k;

		for (k = 0; k < i; k++)
			if (sp->s[k].directive == sp->s[i].directive)
				break;
		if (k == i)
			report_directive(sp, i, fs);
	}
}

void
pc_suppressions_free(pc_suppressions *sp)
{
	for (int32_t i = 0; i < sp->n; i++)
		free(sp->s[i].rule);
	free(sp->s);
	memset(sp, 0, sizeof(*sp));
}
