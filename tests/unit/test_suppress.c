/* Inline suppressions: the ranges the directives make, findings at their
 * edges, next-line, enabling one rule of several, file-level findings, and
 * the unused-suppression warnings. */
#include "pc_test.h"

#include <stdlib.h>
#include <string.h>

#include "pc_testutil.h"
#include "pc_rule.h"
#include "pc_suppress.h"

/* A view of UTF-8 text: pc_suppress reads only text and len, so the tests
 * need no dictionaries. */
typedef struct tview {
	pc_view v;
	UChar *buf;
} tview;

static void
tview_init(tview *t, const char *utf8)
{
	int32_t n = 0;
	UErrorCode ec = U_ZERO_ERROR;

	memset(t, 0, sizeof(*t));
	u_strFromUTF8(NULL, 0, &n, utf8, -1, &ec);
	ec = U_ZERO_ERROR;
	t->buf = pc_xcalloc((size_t)n + 1, sizeof(UChar));
	u_strFromUTF8(t->buf, n + 1, &n, utf8, -1, &ec);
	assert_true(U_SUCCESS(ec));
	t->v.text = t->buf;
	t->v.len = n;
}

/* UTF-16 offset of the nth occurrence of needle. */
static int32_t
off(const tview *t, const char *needle, int nth)
{
	UChar w[128];
	int32_t wn = 0;
	UErrorCode ec = U_ZERO_ERROR;

	u_strFromUTF8(w, 128, &wn, needle, -1, &ec);
	assert_true(U_SUCCESS(ec) && wn > 0);
	for (int32_t i = 0; i + wn <= t->v.len; i++)
		if (memcmp(t->buf + i, w, (size_t)wn * sizeof(UChar)) == 0 &&
		    nth-- == 0)
			return i;
	fail_msg("\"%s\" not found", needle);
	return -1;
}

static void
add(pc_findings *fs, const char *rule, int32_t start, int32_t end)
{
	pc_findings_add(fs, rule, PC_SEV_ERROR, start, end,
	    pc_xasprintf("%s at %d", rule, (int)start),
	    pc_xasprintf("%s 于 %d", rule, (int)start));
}

/* Non-zero if a finding of rule at start survived. */
static int
kept(const pc_findings *fs, const char *rule, int32_t start)
{
	for (int32_t i = 0; i < fs->n; i++)
		if (strcmp(fs->f[i].rule, rule) == 0 && fs->f[i].start == start)
			return 1;
	return 0;
}

static int32_t
count_rule(const pc_findings *fs, const char *rule)
{
	int32_t n = 0;

	for (int32_t i = 0; i < fs->n; i++)
		n += strcmp(fs->f[i].rule, rule) == 0;
	return n;
}

static void
test_disable_enable(void **state)
{
	tview t;
	pc_suppressions sp;
	pc_findings fs = { 0 };
	int32_t a, b, c, en, dis;

	(void)state;
	tview_init(&t, "甲行文字\n"
	    "<!-- plancheck-disable term-variant -->\n"
	    "乙行文字\n"
	    "  <!--   plancheck-enable term-variant   -->\t\n"
	    "丙行文字\n");
	pc_suppress_scan(&t.v, &sp);
	dis = off(&t, "<!-- plancheck-disable", 0);
	en = off(&t, "  <!--", 0);
	assert_int_equal(sp.n, 1);
	assert_string_equal(sp.s[0].rule, "term-variant");
	assert_int_equal(sp.s[0].directive, dis);
	assert_int_equal(sp.s[0].start, dis);   /* its line's start */
	assert_int_equal(sp.s[0].end, en);      /* the enable line's start */
	assert_int_equal(sp.s[0].used, 0);

	a = off(&t, "甲", 0);
	b = off(&t, "乙", 0);
	c = off(&t, "丙", 0);
	add(&fs, "term-variant", a, a + 2);
	add(&fs, "term-variant", b, b + 2);
	add(&fs, "abbrev", b + 1, b + 2);
	add(&fs, "term-variant", b + 4, b + 5);  /* the line feed */
	add(&fs, "term-variant", c, c + 2);
	pc_suppress_apply(&sp, &fs, 1);
	assert_int_equal(fs.n, 3);
	assert_true(kept(&fs, "term-variant", a));
	assert_true(kept(&fs, "abbrev", b + 1));
	assert_true(kept(&fs, "term-variant", c));
	assert_int_equal(sp.s[0].used, 2);
	/* The survivors keep their messages, in order. */
	{
		char *want = pc_xasprintf("abbrev at %d", (int)(b + 1));
		assert_string_equal(fs.f[1].msg[PC_LANG_EN], want);
		free(want);
	}
	assert_int_equal(count_rule(&fs, "unused-suppression"), 0);
	pc_findings_free(&fs);
	pc_suppressions_free(&sp);
	free(t.buf);
}

/* [start, end): the first unit in, the last unit in, the first unit out;
 * an open disable runs past the end of the text. */
static void
test_edges(void **state)
{
	tview t;
	pc_suppressions sp;
	pc_findings fs = { 0 };
	int32_t s, e;

	(void)state;
	tview_init(&t, "x\n<!-- plancheck-disable -->\ny\n"
	    "<!-- plancheck-enable -->\nz\n<!-- plancheck-disable abbrev -->\n"
	    "w");
	pc_suppress_scan(&t.v, &sp);
	assert_int_equal(sp.n, 2);
	assert_null(sp.s[0].rule);
	s = sp.s[0].start;
	e = sp.s[0].end;
	assert_int_equal(s, 2);
	assert_int_equal(e, off(&t, "<!-- plancheck-enable", 0));
	assert_string_equal(sp.s[1].rule, "abbrev");
	assert_int_equal(sp.s[1].end, t.v.len + 1);
	add(&fs, "numbering", s - 1, s);        /* the LF before: kept */
	add(&fs, "numbering", s, s + 1);
	add(&fs, "paired-punct", e - 1, e);
	add(&fs, "paired-punct", e, e + 1);     /* kept */
	add(&fs, "abbrev", t.v.len - 1, t.v.len);
	add(&fs, "abbrev", t.v.len, t.v.len);   /* at the very end */
	add(&fs, "numbering", t.v.len, t.v.len);        /* kept */
	pc_suppress_apply(&sp, &fs, 1);
	assert_int_equal(fs.n, 3);
	assert_true(kept(&fs, "numbering", s - 1));
	assert_true(kept(&fs, "paired-punct", e));
	assert_true(kept(&fs, "numbering", t.v.len));
	assert_int_equal(sp.s[0].used, 2);
	assert_int_equal(sp.s[1].used, 2);
	pc_findings_free(&fs);
	pc_suppressions_free(&sp);
	free(t.buf);
}

static void
test_next_line(void **state)
{
	tview t;
	pc_suppressions sp;
	pc_findings fs = { 0 };
	int32_t l1, l2, l3;

	(void)state;
	tview_init(&t, "<!-- plancheck-disable-next-line enum-count,numbering"
	    " -->\n第一行\n第二行\n<!-- plancheck-disable-next-line -->");
	pc_suppress_scan(&t.v, &sp);
	l1 = off(&t, "第一行", 0);
	l2 = off(&t, "第二行", 0);
	l3 = off(&t, "<!--", 1);
	assert_int_equal(sp.n, 3);
	assert_string_equal(sp.s[0].rule, "enum-count");
	assert_string_equal(sp.s[1].rule, "numbering");
	assert_int_equal(sp.s[0].start, l1);
	assert_int_equal(sp.s[0].end, l2);      /* its LF included */
	assert_int_equal(sp.s[0].directive, 0);
	/* On the last line: covers nothing. */
	assert_null(sp.s[2].rule);
	assert_int_equal(sp.s[2].start, sp.s[2].end);
	assert_int_equal(sp.s[2].directive, l3);

	add(&fs, "enum-count", l1, l1 + 1);
	add(&fs, "numbering", l1 + 3, l1 + 3);  /* at the LF */
	add(&fs, "abbrev", l1 + 1, l1 + 2);     /* another rule: kept */
	add(&fs, "enum-count", l2, l2 + 1);     /* the line after: kept */
	add(&fs, "coverage-gap", 0, 0);         /* not file-level */
	pc_suppress_apply(&sp, &fs, 1);
	assert_true(kept(&fs, "abbrev", l1 + 1));
	assert_true(kept(&fs, "enum-count", l2));
	assert_true(kept(&fs, "coverage-gap", 0));
	assert_false(kept(&fs, "enum-count", l1));
	assert_false(kept(&fs, "numbering", l1 + 3));
	/* The bare one on the last line is unused. */
	assert_int_equal(count_rule(&fs, "unused-suppression"), 1);
	assert_int_equal(fs.n, 4);
	pc_findings_free(&fs);
	pc_suppressions_free(&sp);
	free(t.buf);
}

static void
test_enable_one_of_several(void **state)
{
	tview t;
	pc_suppressions sp;
	pc_findings fs = { 0 };
	int32_t a, b, c;

	(void)state;
	tview_init(&t, "<!-- plancheck-disable abbrev, numbering  punct-width"
	    " -->\n甲\n<!-- plancheck-enable numbering -->\n乙\n"
	    "<!-- plancheck-enable -->\n丙\n");
	pc_suppress_scan(&t.v, &sp);
	a = off(&t, "甲", 0);
	b = off(&t, "乙", 0);
	c = off(&t, "丙", 0);
	assert_int_equal(sp.n, 3);
	assert_int_equal(sp.s[1].end, off(&t, "<!-- plancheck-enable", 0));
	assert_int_equal(sp.s[0].end, off(&t, "<!-- plancheck-enable", 1));
	assert_int_equal(sp.s[2].end, sp.s[0].end);
	for (int i = 0; i < 3; i++) {
		int32_t at = i == 0 ? a : i == 1 ? b : c;
		add(&fs, "abbrev", at, at + 1);
		add(&fs, "numbering", at, at + 1);
		add(&fs, "punct-width", at, at + 1);
	}
	pc_suppress_apply(&sp, &fs, 1);
	assert_false(kept(&fs, "abbrev", a));
	assert_false(kept(&fs, "numbering", a));
	assert_false(kept(&fs, "punct-width", a));
	assert_false(kept(&fs, "abbrev", b));
	assert_true(kept(&fs, "numbering", b));
	assert_false(kept(&fs, "punct-width", b));
	assert_true(kept(&fs, "abbrev", c));
	assert_true(kept(&fs, "numbering", c));
	assert_true(kept(&fs, "punct-width", c));
	assert_int_equal(fs.n, 4);
	pc_findings_free(&fs);
	pc_suppressions_free(&sp);
	free(t.buf);
}

/* A bare disable, then "enable RULE": only that rule comes back. */
static void
test_enable_inside_bare(void **state)
{
	tview t;
	pc_suppressions sp;
	pc_findings fs = { 0 };
	int32_t a, b;

	(void)state;
	tview_init(&t, "正文\n<!-- plancheck-disable -->\n甲\n"
	    "<!-- plancheck-enable abbrev -->\n乙\n");
	pc_suppress_scan(&t.v, &sp);
	a = off(&t, "甲", 0);
	b = off(&t, "乙", 0);
	/* The bare range, then one per other rule of the table. */
	assert_int_equal(sp.n, 1 + pc_nrules - 1);
	for (int32_t i = 1; i < sp.n; i++) {
		assert_non_null(sp.s[i].rule);
		assert_string_not_equal(sp.s[i].rule, "abbrev");
		assert_int_equal(sp.s[i].directive, sp.s[0].directive);
		assert_int_equal(sp.s[i].end, t.v.len + 1);
	}
	add(&fs, "abbrev", a, a + 1);
	add(&fs, "numbering", a, a + 1);
	add(&fs, "abbrev", b, b + 1);
	add(&fs, "numbering", b, b + 1);
	add(&fs, "quote-check", b, b + 1);
	pc_suppress_apply(&sp, &fs, 1);
	assert_int_equal(fs.n, 1);
	assert_true(kept(&fs, "abbrev", b));
	pc_findings_free(&fs);
	pc_suppressions_free(&sp);
	free(t.buf);
}

static const pc_finding *
unused_at(const pc_findings *fs, int32_t directive, int nth)
{
	for (int32_t i = 0; i < fs->n; i++)
		if (strcmp(fs->f[i].rule, "unused-suppression") == 0 &&
		    fs->f[i].start == directive && nth-- == 0)
			return &fs->f[i];
	return NULL;
}

static void
test_unused(void **state)
{
	tview t;
	pc_suppressions sp;
	pc_findings fs = { 0 };
	int32_t d[5], x;
	const pc_finding *f;

	(void)state;
	tview_init(&t, "标题\n"
	    "<!-- plancheck-disable-next-line abbrev, numbering -->\n"
	    "甲\n"
	    "<!-- plancheck-disable-next-line no-such-rule abbrev quote-check"
	    " -->\n"
	    "乙\n"
	    "<!-- plancheck-disable -->\n"
	    "<!-- plancheck-enable -->\n"
	    "<!-- plancheck-disable-next-line -->\n"
	    "丙\n"
	    "<!-- plancheck-disable term-variant -->\n"
	    "丁\n");
	for (int i = 0; i < 5; i++)
		d[i] = off(&t, "<!-- plancheck-disable", i);
	x = off(&t, "丙", 0);
	pc_suppress_scan(&t.v, &sp);
	add(&fs, "abbrev", off(&t, "甲", 0), off(&t, "甲", 0) + 1);
	add(&fs, "abbrev", off(&t, "乙", 0), off(&t, "乙", 0) + 1);
	add(&fs, "abbrev", x, x + 1);
	add(&fs, "term-variant", off(&t, "丁", 0), off(&t, "丁", 0) + 1);

	/* Not asked for: nothing added. */
	{
		pc_suppressions sp2;
		pc_findings fs2 = { 0 };

		pc_suppress_scan(&t.v, &sp2);
		add(&fs2, "abbrev", 0, 1);
		pc_suppress_apply(&sp2, &fs2, 0);
		assert_int_equal(fs2.n, 1);
		pc_findings_free(&fs2);
		pc_suppressions_free(&sp2);
	}

	pc_suppress_apply(&sp, &fs, 1);
	/* Every finding suppressed; four warnings. */
	assert_int_equal(fs.n, 4);
	/* 1: abbrev used, numbering not. */
	f = unused_at(&fs, d[0], 0);
	assert_non_null(f);
	assert_int_equal(f->sev, PC_SEV_WARNING);
	assert_int_equal(f->end, d[0] + 4);
	assert_string_equal(f->msg[PC_LANG_EN],
	    "unused suppression: no numbering finding here to suppress");
	assert_string_equal(f->msg[PC_LANG_ZH],
	    "多余的抑制指令：此处没有可抑制的 numbering 问题");
	assert_null(unused_at(&fs, d[0], 1));
	/* 2: an unknown rule and an unused one, two warnings. */
	f = unused_at(&fs, d[1], 0);
	assert_non_null(f);
	assert_string_equal(f->msg[PC_LANG_EN],
	    "unused suppression: no rule is called no-such-rule");
	assert_non_null(strstr(f->msg[PC_LANG_ZH], "no-such-rule"));
	f = unused_at(&fs, d[1], 1);
	assert_non_null(f);
	assert_non_null(strstr(f->msg[PC_LANG_EN], "no quote-check finding"));
	/* 3: a bare disable closed at once. */
	f = unused_at(&fs, d[2], 0);
	assert_non_null(f);
	assert_string_equal(f->msg[PC_LANG_EN],
	    "unused suppression: no finding here to suppress");
	assert_string_equal(f->msg[PC_LANG_ZH],
	    "多余的抑制指令：此处没有可抑制的问题");
	/* 4 and 5 were used. */
	assert_null(unused_at(&fs, d[3], 0));
	assert_null(unused_at(&fs, d[4], 0));
	assert_true(kept(&fs, "abbrev", off(&t, "甲", 0)) == 0);
	pc_findings_free(&fs);
	pc_suppressions_free(&sp);
	free(t.buf);
}

/* Findings about the whole file (start == end == 0) are suppressed by a
 * disable in the file's head. */
static void
test_file_level(void **state)
{
	static const struct {
		const char *text;
		int suppressed;
	} cases[] = {
		{ "<!-- plancheck-disable coverage-gap -->\n正文\n", 1 },
		{ "\n  \n<!-- plancheck-disable-next-line abbrev -->\n"
		  "<!-- plancheck-disable coverage-gap -->\n正文\n", 1 },
		{ "<!-- plancheck-disable -->\n正文\n", 1 },
		{ "标题\n<!-- plancheck-disable coverage-gap -->\n", 0 },
		{ "<!-- plancheck-disable numbering -->\n正文\n", 0 },
		{ "<!-- plancheck-disable-next-line coverage-gap -->\n正文\n",
		  0 },
		{ "<!-- plancheck-disable coverage-gap -->\n"
		  "<!-- plancheck-enable -->\n正文\n", 1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		tview t;
		pc_suppressions sp;
		pc_findings fs = { 0 };

		tview_init(&t, cases[i].text);
		pc_suppress_scan(&t.v, &sp);
		add(&fs, "coverage-gap", 0, 0);
		pc_suppress_apply(&sp, &fs, 0);
		if (kept(&fs, "coverage-gap", 0) == cases[i].suppressed)
			fail_msg("case %zu", i);
		pc_findings_free(&fs);
		pc_suppressions_free(&sp);
		free(t.buf);
	}
}

static void
test_not_directives(void **state)
{
	static const char *const texts[] = {
		"正文 <!-- plancheck-disable --> 正文\n",
		"<!-- plancheck-disabled -->\n",
		"<!-- plancheck-disable\n-->\n",
		"<!-- other comment -->\n",
		"<!--plancheck-disable abbrev->\n",
		"<!-->\n",
		"plancheck-disable\n",
		"<!-- PLANCHECK-DISABLE -->\n",
		"",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		tview t;
		pc_suppressions sp;

		tview_init(&t, texts[i]);
		pc_suppress_scan(&t.v, &sp);
		if (sp.n != 0)
			fail_msg("text %zu made %d ranges", i, (int)sp.n);
		pc_suppressions_free(&sp);
		free(t.buf);
	}
}

static void
test_blanks_and_separators(void **state)
{
	tview t;
	pc_suppressions sp;

	(void)state;
	/* Full-width spaces around the line, no blank before "-->", commas
	 * and blanks mixed, a name twice. */
	tview_init(&t, "\xE3\x80\x80<!--plancheck-disable abbrev,,numbering ,"
	    "abbrev\tquote-check-->\xE3\x80\x80\n");
	pc_suppress_scan(&t.v, &sp);
	assert_int_equal(sp.n, 3);
	assert_string_equal(sp.s[0].rule, "abbrev");
	assert_string_equal(sp.s[1].rule, "numbering");
	assert_string_equal(sp.s[2].rule, "quote-check");
	assert_int_equal(sp.s[0].directive, 1);
	assert_int_equal(sp.s[0].start, 0);
	pc_suppressions_free(&sp);
	free(t.buf);
}

/* Through the real source, document and view: the directive lines are
 * masked, and the ranges are the same. */
static void
test_real_view(void **state)
{
	pc_test_draft d;
	pc_suppressions sp;
	int32_t dis;

	(void)state;
	assert_int_equal(pc_test_draft_init(&d, "标题\r\n"
	    "<!-- plancheck-disable abbrev -->\r\n正文\r\n"), 0);
	pc_suppress_scan(&d.view, &sp);
	dis = pc_test_offset(&d, "<!--", 0);
	assert_int_equal(sp.n, 1);
	assert_int_equal(sp.s[0].directive, dis);
	assert_int_equal(sp.s[0].start, dis);
	assert_int_equal(sp.s[0].end, d.view.len + 1);
	for (int32_t i = dis; i < dis + 33; i++)
		assert_true(d.view.flags[i] & PC_VF_MASK);
	pc_suppressions_free(&sp);
	pc_test_draft_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_disable_enable),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_next_line),
		cmocka_unit_test(test_enable_one_of_several),
		cmocka_unit_test(test_enable_inside_bare),
		cmocka_unit_test(test_unused),
		cmocka_unit_test(test_file_level),
		cmocka_unit_test(test_not_directives),
		cmocka_unit_test(test_blanks_and_separators),
		cmocka_unit_test(test_real_view),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
