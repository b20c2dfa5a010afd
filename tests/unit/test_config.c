/* Configuration files: every key, comments, quotes and BOM, errors with
 * their lines in both languages, sections matched by glob (later wins),
 * finding the file by walking up, and the XDG/HOME fallback. */
/* realpath(3) is X/Open in glibc's headers. */
#define _XOPEN_SOURCE 700

#include "pc_test.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pc_alloc.h"
#include "pc_config.h"
#include "pc_finding.h"
#include "pc_opts.h"
#include "pc_rule.h"

typedef struct report {
	char *path;
	int line;
	char *en, *zh;
} report;

typedef struct reports {
	report r[64];
	int n;
} reports;

static void
collect(const char *path, int line, const char *en, const char *zh,
    void *ctx)
{
	reports *rs = ctx;

	if (rs->n == 64)
		return;
	rs->r[rs->n].path = pc_xstrdup(path);
	rs->r[rs->n].line = line;
	rs->r[rs->n].en = pc_xstrdup(en);
	rs->r[rs->n].zh = pc_xstrdup(zh);
	rs->n++;
}

static void
reports_free(reports *rs)
{
	for (int i = 0; i < rs->n; i++) {
		free(rs->r[i].path);
		free(rs->r[i].en);
		free(rs->r[i].zh);
	}
	rs->n = 0;
}

static void
reports_print(const reports *rs)
{
	for (int i = 0; i < rs->n; i++)
		fprintf(stderr, "  %s:%d: %s / %s\n", rs->r[i].path,
		    rs->r[i].line, rs->r[i].en, rs->r[i].zh);
}

static const char *
datadir(void)
{
	const char *d = getenv("PC_TESTDATA");

	return d != NULL && *d != '\0' ? d : "tests/data";
}

static pc_config *
load_data(const char *name, reports *rs)
{
	char *p = pc_xasprintf("%s/config/%s", datadir(), name);
	pc_config *c = pc_config_load(p, collect, rs);

	free(p);
	return c;
}

static int
rule_level(const pc_settings *s, const char *id)
{
	for (int32_t i = s->nrules - 1; i >= 0; i--)
		if (strcmp(s->rules[i].rule, id) == 0)
			return s->rules[i].sev;
	return PC_RULE_DEFAULT;
}

static char *
print_settings(const pc_settings *s)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n);

	assert_non_null(fp);
	pc_settings_print(fp, s);
	assert_int_equal(fclose(fp), 0);
	return buf;
}

/* Files and directories for the path tests; removed deepest first. */
typedef struct tree {
	char *root;
	char *made[32];
	int n;
} tree;

static void
tree_init(tree *t)
{
	char *tmpl = pc_xasprintf("%s/pc-config-XXXXXX",
	    getenv("TMPDIR") != NULL && *getenv("TMPDIR") != '\0' ?
	    getenv("TMPDIR") : "/tmp");
	char buf[PATH_MAX];

	assert_non_null(mkdtemp(tmpl));
	/* Compare with what realpath makes of it ($TMPDIR may be a
	 * symlink). */
	assert_non_null(realpath(tmpl, buf));
	t->root = pc_xstrdup(buf);
	t->n = 0;
	free(tmpl);
}

static char *
tree_path(const tree *t, const char *rel)
{
	return pc_xasprintf("%s/%s", t->root, rel);
}

static void
tree_dir(tree *t, const char *rel)
{
	char *p = tree_path(t, rel);

	assert_int_equal(mkdir(p, 0755), 0);
	assert_true(t->n < 32);
	t->made[t->n++] = p;
}

static void
tree_file(tree *t, const char *rel, const char *data)
{
	char *p = tree_path(t, rel);
	FILE *fp = fopen(p, "wb");

	assert_non_null(fp);
	fputs(data, fp);
	assert_int_equal(fclose(fp), 0);
	assert_true(t->n < 32);
	t->made[t->n++] = p;
}

static void
tree_free(tree *t)
{
	while (t->n > 0) {
		char *p = t->made[--t->n];
		if (remove(p) != 0)
			fprintf(stderr, "cannot remove %s: %s\n", p,
			    strerror(errno));
		free(p);
	}
	rmdir(t->root);
	free(t->root);
}

static void
test_all_keys(void **state)
{
	reports rs = { .n = 0 };
	pc_config *c = load_data("all-keys.conf", &rs);
	pc_settings s;
	char *want_dicts = pc_xasprintf("%s/config/mydicts", datadir());
	char *out, *want;

	(void)state;
	assert_non_null(c);
	reports_print(&rs);
	assert_int_equal(rs.n, 0);
	pc_config_resolve(c, "whatever.txt", &s);
	assert_string_equal(s.plans, "cn-15th,gd-15th,sz-15th");
	assert_string_equal(s.self, "gm-15th");
	assert_string_equal(s.dicts, want_dicts);
	assert_int_equal(s.period_start, 2026);
	assert_int_equal(s.period_end, 2030);
	assert_int_equal(s.fail_on, PC_SEV_WARNING);
	assert_true(s.min_coverage == 62.5);
	assert_string_equal(s.encoding, "gb18030");
	assert_string_equal(s.input_format, "text");
	assert_int_equal(s.nrules, 3);
	assert_int_equal(rule_level(&s, "term-variant"), PC_RULE_OFF);
	assert_int_equal(rule_level(&s, "enum-count"), PC_SEV_NOTE);
	assert_int_equal(rule_level(&s, "abbrev"), PC_SEV_ERROR);
	assert_int_equal(rule_level(&s, "numbering"), PC_RULE_DEFAULT);

	/* Stable order: the keys, then the rules in rule-table order. */
	out = print_settings(&s);
	want = pc_xasprintf("plans = cn-15th,gd-15th,sz-15th\n"
	    "self = gm-15th\n"
	    "dicts = %s\n"
	    "period = 2026-2030\n"
	    "fail-on = warning\n"
	    "min-coverage = 62.5\n"
	    "encoding = gb18030\n"
	    "input-format = text\n"
	    "rule.enum-count = note\n"
	    "rule.term-variant = off\n"
	    "rule.abbrev = error\n", want_dicts);
	assert_string_equal(out, want);
	free(out);
	free(want);
	assert_string_equal(pc_config_path(c) + strlen(datadir()),
	    "/config/all-keys.conf");
	pc_settings_free(&s);
	/* Freed settings read as unset. */
	assert_null(s.plans);
	assert_int_equal(s.fail_on, PC_SET_UNSET);
	assert_true(s.min_coverage < 0);
	pc_config_free(c);
	free(want_dicts);
}

static void
test_print_unset_and_quoting(void **state)
{
	pc_settings s;
	pc_config *c;
	reports rs = { .n = 0 };
	char *out;

	(void)state;
	/* Resolving with no configuration gives every key unset. */
	pc_config_resolve(NULL, "x.txt", &s);
	out = print_settings(&s);
	assert_string_equal(out, "");
	free(out);
	s.fail_on = PC_FAIL_NEVER;
	s.min_coverage = 80;
	s.dicts = pc_xstrdup("my dicts");
	out = print_settings(&s);
	assert_string_equal(out, "dicts = my dicts\nfail-on = never\n"
	    "min-coverage = 80\n");
	free(out);
	pc_settings_free(&s);

	/* What --print-config writes reads back the same. */
	c = load_data("bom-crlf.conf", &rs);
	assert_non_null(c);
	reports_free(&rs);
	pc_config_resolve(c, "a.txt", &s);
	/* An absolute path, so that it reads back the same from elsewhere. */
	free(s.dicts);
	s.dicts = pc_xstrdup("/x/my dicts; #2 \"q\"");
	out = print_settings(&s);
	assert_string_equal(out, "plans = cn-15th\nself = gm-15th\n"
	    "dicts = \"/x/my dicts; #2 \"q\"\"\nfail-on = never\n"
	    "min-coverage = 80\nencoding = utf-8\n");
	{
		tree t;
		char *p, *again;
		pc_config *c2;
		pc_settings s2;

		tree_init(&t);
		tree_file(&t, "printed.conf", out);
		p = tree_path(&t, "printed.conf");
		c2 = pc_config_load(p, collect, &rs);
		assert_non_null(c2);
		reports_print(&rs);
		assert_int_equal(rs.n, 0);
		pc_config_resolve(c2, "b.txt", &s2);
		again = print_settings(&s2);
		assert_string_equal(again, out);
		free(again);
		pc_settings_free(&s2);
		pc_config_free(c2);
		free(p);
		tree_free(&t);
	}
	free(out);
	pc_settings_free(&s);
	pc_config_free(c);
}

static void
test_bom_quotes_comments(void **state)
{
	reports rs = { .n = 0 };
	pc_config *c = load_data("bom-crlf.conf", &rs);
	pc_settings s;
	char *want_dicts = pc_xasprintf("%s/config/my dicts; #2", datadir());

	(void)state;
	assert_non_null(c);
	if (rs.n != 1)
		reports_print(&rs);
	/* Only the last line: "#" not after a blank starts no comment. */
	assert_int_equal(rs.n, 1);
	assert_int_equal(rs.r[0].line, 11);
	assert_non_null(strstr(rs.r[0].en, "note#not a comment start"));
	assert_non_null(strstr(rs.r[0].en, "rule.quote-check"));
	pc_config_resolve(c, "draft.md", &s);
	assert_string_equal(s.self, "gm-15th");
	assert_string_equal(s.plans, "cn-15th");
	assert_string_equal(s.encoding, "utf-8");
	assert_string_equal(s.dicts, want_dicts);
	assert_int_equal(s.fail_on, PC_FAIL_NEVER);
	assert_true(s.min_coverage < 0);        /* [*.txt] only */
	assert_int_equal(s.nrules, 0);
	pc_settings_free(&s);
	pc_config_resolve(c, "draft.txt", &s);
	assert_true(s.min_coverage == 80);
	pc_settings_free(&s);
	pc_config_free(c);
	reports_free(&rs);
	free(want_dicts);
}

static const report *
report_at(const reports *rs, int line)
{
	for (int i = 0; i < rs->n; i++)
		if (rs->r[i].line == line)
			return &rs->r[i];
	return NULL;
}

static void
expect(const reports *rs, int line, const char *en, const char *zh)
{
	const report *r = report_at(rs, line);

	if (r == NULL) {
		fprintf(stderr, "no report at line %d\n", line);
		reports_print(rs);
		fail();
	}
	if (strstr(r->en, en) == NULL || strstr(r->zh, zh) == NULL) {
		fprintf(stderr, "line %d: want \"%s\" / \"%s\"\n", line, en,
		    zh);
		reports_print(rs);
		fail();
	}
	assert_non_null(strstr(r->path, "config/errors.conf"));
}

static void
test_errors(void **state)
{
	reports rs = { .n = 0 };
	pc_config *c = load_data("errors.conf", &rs);
	pc_settings s;

	(void)state;
	assert_non_null(c);
	expect(&rs, 2, "unknown key \"colour\"", "未知配置项“colour”");
	expect(&rs, 3, "invalid value \"sometimes\" for fail-on",
	    "fail-on 的值“sometimes”无效");
	expect(&rs, 4, "unknown rule \"no-such-rule\"",
	    "未知规则“no-such-rule”");
	expect(&rs, 5, "invalid value \"loud\" for rule.abbrev",
	    "应为error、warning、note 或 off");
	expect(&rs, 6, "for period", "起始年-结束年");
	expect(&rs, 7, "expected \"key = value\"", "无法解析此行");
	expect(&rs, 8, "without closing \"]\"", "节标题缺少“]”");
	expect(&rs, 9, "for min-coverage", "0-100 的百分数");
	expect(&rs, 11, "dicts can only be set before the first section",
	    "dicts 只能在第一个节之前设置");
	expect(&rs, 12, "unterminated quoted value for plans",
	    "plans 的值缺少后引号");
	expect(&rs, 13, "empty section header", "节标题为空");
	expect(&rs, 14, "invalid value \"pdf\" for input-format",
	    "auto、text、docx 或 html");
	expect(&rs, 15, "invalid value \"latin-1\" for encoding", "gb18030");
	expect(&rs, 17, "invalid value \"a b\" for self", "一个规划标识");
	expect(&rs, 18, "unexpected text after \"]\"", "多余内容");
	assert_null(report_at(&rs, 1));
	assert_null(report_at(&rs, 10));
	assert_null(report_at(&rs, 16));
	assert_int_equal(rs.n, 15);

	/* The bad lines are ignored, the rest applies: line 16 is in the
	 * [*.md] section of line 10 (line 8's header was rejected, so line 9
	 * belonged to the root). */
	pc_config_resolve(c, "x.md", &s);
	assert_int_equal(s.fail_on, PC_SEV_NOTE);
	assert_null(s.plans);
	assert_null(s.dicts);
	assert_null(s.input_format);
	assert_int_equal(s.period_start, 0);
	assert_true(s.min_coverage < 0);
	assert_int_equal(s.nrules, 0);
	pc_settings_free(&s);
	pc_config_resolve(c, "x.txt", &s);
	assert_int_equal(s.fail_on, PC_SET_UNSET);
	pc_settings_free(&s);
	pc_config_free(c);
	reports_free(&rs);
}

static void
test_unreadable(void **state)
{
	reports rs = { .n = 0 };
	pc_config *c;
	tree t;

	(void)state;
	c = load_data("no-such-file.conf", &rs);
	assert_null(c);
	assert_int_equal(rs.n, 1);
	assert_int_equal(rs.r[0].line, 0);
	assert_non_null(strstr(rs.r[0].en, "cannot read the configuration"));
	assert_non_null(strstr(rs.r[0].zh, "无法读取配置文件"));
	reports_free(&rs);

	/* A directory reads as an error too, not as an empty file. */
	tree_init(&t);
	c = pc_config_load(t.root, collect, &rs);
	assert_null(c);
	assert_int_equal(rs.n, 1);
	reports_free(&rs);
	tree_free(&t);

	/* A NUL byte spoils its line only. */
	tree_init(&t);
	{
		char *p = tree_path(&t, "nul.conf");
		FILE *fp = fopen(p, "wb");
		pc_settings s;

		assert_non_null(fp);
		fwrite("self = a\0b\nplans = x\n", 1, 21, fp);
		assert_int_equal(fclose(fp), 0);
		t.made[t.n++] = pc_xstrdup(p);
		c = pc_config_load(p, collect, &rs);
		assert_non_null(c);
		assert_int_equal(rs.n, 1);
		assert_int_equal(rs.r[0].line, 1);
		pc_config_resolve(c, "x", &s);
		assert_null(s.self);
		assert_string_equal(s.plans, "x");
		pc_settings_free(&s);
		pc_config_free(c);
		free(p);
	}
	reports_free(&rs);
	tree_free(&t);
}

/* Sections: every matching one applies, in file order. */
static const char sections_conf[] =
    "fail-on = error\n"
    "rule.abbrev = warning\n"
    "plans = root\n"
    "[*.md]\n"
    "fail-on = warning\n"
    "[drafts/*]\n"
    "min-coverage = 50\n"
    "[drafts/old/*.md]\n"
    "fail-on = never\n"
    "rule.abbrev = off\n"
    "rule.numbering = note\n"
    "[ ./*.md ]\n"
    "plans = later\n"
    "[README.txt]\n"
    "self = readme\n";

typedef struct expect_set {
	const char *path;
	int fail_on;
	double min_cov;
	const char *plans;
	int abbrev;
	const char *self;
} expect_set;

static void
check_set(const pc_config *c, const expect_set *e)
{
	pc_settings s;

	pc_config_resolve(c, e->path, &s);
	if (s.fail_on != e->fail_on || s.min_coverage != e->min_cov ||
	    strcmp(s.plans != NULL ? s.plans : "", e->plans) != 0 ||
	    rule_level(&s, "abbrev") != e->abbrev ||
	    strcmp(s.self != NULL ? s.self : "", e->self) != 0) {
		fprintf(stderr, "%s: fail_on %d min %g plans %s abbrev %d "
		    "self %s\n", e->path, s.fail_on, s.min_coverage,
		    s.plans != NULL ? s.plans : "-", rule_level(&s, "abbrev"),
		    s.self != NULL ? s.self : "-");
		fail();
	}
	pc_settings_free(&s);
}

static void
test_sections(void **state)
{
	tree t;
	reports rs = { .n = 0 };
	pc_config *c;
	char *p, *cwd = NULL, buf[PATH_MAX];
	int W = PC_SEV_WARNING, E = PC_SEV_ERROR, OFF = PC_RULE_OFF;

	(void)state;
	tree_init(&t);
	tree_file(&t, ".plancheck.conf", sections_conf);
	tree_file(&t, "a.md", "x");
	tree_file(&t, "a.txt", "x");
	tree_file(&t, "README.txt", "x");
	tree_dir(&t, "drafts");
	tree_file(&t, "drafts/b.txt", "x");
	tree_dir(&t, "drafts/old");
	tree_file(&t, "drafts/old/c.md", "x");
	tree_dir(&t, "sub");
	tree_file(&t, "sub/d.md", "x");
	tree_file(&t, "sub/README.txt", "x");
	p = tree_path(&t, ".plancheck.conf");
	c = pc_config_load(p, collect, &rs);
	free(p);
	assert_non_null(c);
	reports_print(&rs);
	assert_int_equal(rs.n, 0);

	{
		char *a_txt = tree_path(&t, "a.txt");
		char *a_md = tree_path(&t, "a.md");
		char *b = tree_path(&t, "drafts/b.txt");
		char *cm = tree_path(&t, "drafts/old/c.md");
		char *d = tree_path(&t, "sub/d.md");
		char *rd = tree_path(&t, "README.txt");
		char *srd = tree_path(&t, "sub/README.txt");
		char *ghost = tree_path(&t, "drafts/new.txt");
		char *ghost2 = tree_path(&t, "nowhere/drafts/x.md");
		char *dotdot = tree_path(&t, "sub/../drafts/./b.txt");
		expect_set es[] = {
			{ a_txt, E, -1, "root", W, "" },
			{ a_md, W, -1, "later", W, "" },
			{ b, E, 50, "root", W, "" },
			/* The drafts/old section after the first "*.md":
			 * never wins; the last "*.md" sets plans. */
			{ cm, PC_FAIL_NEVER, 50, "later", OFF, "" },
			/* "*" crosses "/": sub/d.md matches *.md. */
			{ d, W, -1, "later", W, "" },
			/* A glob without "/" matches the name anywhere. */
			{ rd, E, -1, "root", W, "readme" },
			{ srd, E, -1, "root", W, "readme" },
			/* Files that do not exist yet. */
			{ ghost, E, 50, "root", W, "" },
			{ ghost2, W, -1, "later", W, "" },
			{ dotdot, E, 50, "root", W, "" },
			/* Standard input: the root section only. */
			{ "-", E, -1, "root", W, "" },
		};

		for (size_t i = 0; i < sizeof(es) / sizeof(es[0]); i++)
			check_set(c, &es[i]);
		free(a_txt);
		free(a_md);
		free(b);
		free(cm);
		free(d);
		free(rd);
		free(srd);
		free(ghost);
		free(ghost2);
		free(dotdot);
	}

	/* Relative paths, from the cwd. */
	if (getcwd(buf, sizeof(buf)) != NULL)
		cwd = pc_xstrdup(buf);
	assert_non_null(cwd);
	assert_int_equal(chdir(t.root), 0);
	{
		expect_set es[] = {
			{ "a.md", W, -1, "later", W, "" },
			{ "./a.md", W, -1, "later", W, "" },
			{ "drafts/old/c.md", PC_FAIL_NEVER, 50, "later", OFF,
			    "" },
			{ "drafts/old/../b.txt", E, 50, "root", W, "" },
			{ ".//drafts//b.txt", E, 50, "root", W, "" },
		};

		for (size_t i = 0; i < sizeof(es) / sizeof(es[0]); i++)
			check_set(c, &es[i]);
	}
	assert_int_equal(chdir("sub"), 0);
	{
		expect_set es[] = {
			{ "../drafts/b.txt", E, 50, "root", W, "" },
			{ "d.md", W, -1, "later", W, "" },
			/* Outside the configuration's directory, a glob
			 * with a "/" does not match. */
			{ "drafts/z.txt", E, -1, "root", W, "" },
		};

		for (size_t i = 0; i < sizeof(es) / sizeof(es[0]); i++)
			check_set(c, &es[i]);
	}
	assert_int_equal(chdir(cwd), 0);
	free(cwd);
	pc_config_free(c);
	tree_free(&t);
}

/* A glob starting with "/" is matched against the absolute path; a config
 * named by a relative path still matches by its directory. */
static void
test_absolute_glob(void **state)
{
	tree t;
	reports rs = { .n = 0 };
	pc_config *c;
	char *conf, *cwd, buf[PATH_MAX];
	pc_settings s;

	(void)state;
	tree_init(&t);
	tree_dir(&t, "cfg");
	tree_dir(&t, "docs");
	tree_file(&t, "docs/a.txt", "x");
	conf = pc_xasprintf("[%s/docs/*]\nself = abs\n[docs/*]\nplans = rel\n"
	    "dicts = d\n", t.root);
	tree_file(&t, "cfg/my.conf", conf);
	free(conf);
	assert_non_null(getcwd(buf, sizeof(buf)));
	cwd = pc_xstrdup(buf);
	assert_int_equal(chdir(t.root), 0);
	c = pc_config_load("cfg/my.conf", collect, &rs);
	assert_non_null(c);
	/* dicts in a section is refused, line 5. */
	assert_int_equal(rs.n, 1);
	assert_int_equal(rs.r[0].line, 5);
	reports_free(&rs);
	pc_config_resolve(c, "docs/a.txt", &s);
	assert_string_equal(s.self, "abs");
	/* docs/ is not under cfg/: the relative glob does not match. */
	assert_null(s.plans);
	pc_settings_free(&s);
	pc_config_free(c);

	/* dicts relative to a configuration named by a relative path. */
	tree_file(&t, "cfg/d.conf", "dicts = ../mydicts\n");
	c = pc_config_load("cfg/d.conf", collect, &rs);
	assert_non_null(c);
	assert_int_equal(rs.n, 0);
	pc_config_resolve(c, "-", &s);
	assert_string_equal(s.dicts, "cfg/../mydicts");
	pc_settings_free(&s);
	pc_config_free(c);
	tree_file(&t, "d.conf", "dicts = /abs/dicts\n");
	c = pc_config_load("d.conf", collect, &rs);
	assert_non_null(c);
	pc_config_resolve(c, "-", &s);
	assert_string_equal(s.dicts, "/abs/dicts");
	pc_settings_free(&s);
	pc_config_free(c);
	tree_file(&t, "e.conf", "dicts = rel\n");
	c = pc_config_load("e.conf", collect, &rs);
	assert_non_null(c);
	pc_config_resolve(c, "-", &s);
	assert_string_equal(s.dicts, "rel");
	pc_settings_free(&s);
	pc_config_free(c);
	assert_int_equal(chdir(cwd), 0);
	free(cwd);
	tree_free(&t);
}

static void
expect_found(const char *checked, const char *want)
{
	char *got = pc_config_find(checked);

	if (want == NULL) {
		if (got != NULL)
			fprintf(stderr, "%s: found %s\n", checked, got);
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

/* Non-zero if a .plancheck.conf lies in dir or above it (then "nothing
 * found" cannot be tested here). */
static int
ancestor_has_config(const char *dir)
{
	char *d = pc_xstrdup(dir), *sl;
	int found = 0;

	for (;;) {
		char *p = pc_xasprintf("%s/.plancheck.conf", d);
		struct stat st;

		found = stat(p, &st) == 0;
		free(p);
		if (found || (sl = strrchr(d, '/')) == NULL || sl == d)
			break;
		*sl = '\0';
	}
	if (!found) {
		struct stat st;
		found = stat("/.plancheck.conf", &st) == 0;
	}
	free(d);
	return found;
}

static void
save_env(const char *name, char **saved)
{
	const char *v = getenv(name);

	*saved = v != NULL ? pc_xstrdup(v) : NULL;
}

static void
restore_env(const char *name, char *saved)
{
	if (saved != NULL)
		setenv(name, saved, 1);
	else
		unsetenv(name);
	free(saved);
}

static void
test_find(void **state)
{
	tree t;
	char *top, *mid, *f1, *f2, *f3, *f4, *cwd, buf[PATH_MAX];
	char *xdg, *home;

	(void)state;
	save_env("XDG_CONFIG_HOME", &xdg);
	save_env("HOME", &home);
	tree_init(&t);
	/* No user configuration gets in the way. */
	setenv("XDG_CONFIG_HOME", t.root, 1);
	tree_dir(&t, "a");
	tree_dir(&t, "a/b");
	tree_dir(&t, "a/b/c");
	tree_dir(&t, "a/b/.plancheck.conf.d");
	tree_dir(&t, "a/x");
	tree_dir(&t, "a/x/.plancheck.conf");   /* a directory: not it */
	tree_file(&t, ".plancheck.conf", "");
	tree_file(&t, "a/b/.plancheck.conf", "");
	tree_file(&t, "a/b/c/draft.txt", "");
	tree_file(&t, "a/x/y.txt", "");
	top = tree_path(&t, ".plancheck.conf");
	mid = tree_path(&t, "a/b/.plancheck.conf");
	f1 = tree_path(&t, "a/b/c/draft.txt");
	f2 = tree_path(&t, "a/x/y.txt");
	f3 = tree_path(&t, "a/b/c/ghost.txt");
	f4 = tree_path(&t, "a/b/c/../../draft.txt");
	expect_found(f1, mid);
	expect_found(f2, top);
	expect_found(f3, mid);
	/* a/draft.txt: above a/b, so the top one. */
	expect_found(f4, top);

	assert_non_null(getcwd(buf, sizeof(buf)));
	cwd = pc_xstrdup(buf);
	assert_int_equal(chdir(t.root), 0);
	expect_found("a/b/c/draft.txt", mid);
	expect_found("./a/x/y.txt", top);
	assert_int_equal(chdir("a/b/c"), 0);
	/* Standard input: from the cwd. */
	expect_found("-", mid);
	expect_found("../../x/y.txt", top);
	assert_int_equal(chdir(cwd), 0);
	free(cwd);
	free(top);
	free(mid);
	free(f1);
	free(f2);
	free(f3);
	free(f4);
	tree_free(&t);
	restore_env("XDG_CONFIG_HOME", xdg);
	restore_env("HOME", home);
}

static void
test_find_user_config(void **state)
{
	tree t;
	char *xdg, *home, *file, *xconf, *hconf;

	(void)state;
	tree_init(&t);
	if (ancestor_has_config(t.root)) {
		tree_free(&t);
		skip();
	}
	save_env("XDG_CONFIG_HOME", &xdg);
	save_env("HOME", &home);
	tree_dir(&t, "xdg");
	tree_dir(&t, "xdg/plancheck");
	tree_file(&t, "xdg/plancheck/config", "self = xdg\n");
	tree_dir(&t, "home");
	tree_dir(&t, "home/.config");
	tree_dir(&t, "home/.config/plancheck");
	tree_file(&t, "home/.config/plancheck/config", "self = home\n");
	tree_dir(&t, "work");
	tree_file(&t, "work/draft.txt", "");
	file = tree_path(&t, "work/draft.txt");
	xconf = tree_path(&t, "xdg/plancheck/config");
	hconf = tree_path(&t, "home/.config/plancheck/config");

	{
		char *xdir = tree_path(&t, "xdg");
		char *hdir = tree_path(&t, "home");
		char *wdir = tree_path(&t, "work");

		setenv("XDG_CONFIG_HOME", xdir, 1);
		setenv("HOME", hdir, 1);
		expect_found(file, xconf);
		/* Unset, empty or relative XDG_CONFIG_HOME: ~/.config. */
		unsetenv("XDG_CONFIG_HOME");
		expect_found(file, hconf);
		setenv("XDG_CONFIG_HOME", "", 1);
		expect_found(file, hconf);
		setenv("XDG_CONFIG_HOME", "relative/dir", 1);
		expect_found(file, hconf);
		/* XDG_CONFIG_HOME without the file: none (no mixing). */
		setenv("XDG_CONFIG_HOME", wdir, 1);
		expect_found(file, NULL);
		unsetenv("XDG_CONFIG_HOME");
		unsetenv("HOME");
		expect_found(file, NULL);
		{
			char cwd[PATH_MAX];

			assert_non_null(getcwd(cwd, sizeof(cwd)));
			assert_int_equal(chdir(wdir), 0);
			expect_found("-", NULL);
			assert_int_equal(chdir(cwd), 0);
		}
		setenv("XDG_CONFIG_HOME", xdir, 1);
		free(xdir);
		free(hdir);
		free(wdir);
	}

	/* A .plancheck.conf on the way up wins over the user's. */
	tree_file(&t, "work/.plancheck.conf", "");
	{
		char *near = tree_path(&t, "work/.plancheck.conf");
		expect_found(file, near);
		free(near);
	}
	free(file);
	free(xconf);
	free(hconf);
	tree_free(&t);
	restore_env("XDG_CONFIG_HOME", xdg);
	restore_env("HOME", home);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_all_keys),
		cmocka_unit_test(test_print_unset_and_quoting),
		cmocka_unit_test(test_bom_quotes_comments),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_sections),
		cmocka_unit_test(test_absolute_glob),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_find_user_config),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
