/* Unit tests of option parsing (src/pc_opts.c): every option in its long,
 * short and --name=value forms, bad values (-1 and a message naming the
 * value in both languages), the `tokens` subcommand, `--` and `-`, the
 * language from the environment, and --help listing what the parser
 * accepts. */
#include "pc_test.h"

#include "pc_finding.h"
#include "pc_opts.h"
#include "pc_testutil.h"

/* An argv of copies (so nothing here is a string literal the parser could
 * write to); "plancheck" is argv[0]. Ends with a NULL argument. */
typedef struct args {
	char *v[64];
	int c;
} args;

static args *
mkargs(const char *first, ...)
{
	args *a = pc_xcalloc(1, sizeof(*a));
	va_list ap;

	a->v[a->c++] = pc_xstrdup("plancheck");
	va_start(ap, first);
	for (const char *s = first; s != NULL; s = va_arg(ap, const char *))
		a->v[a->c++] = pc_xstrdup(s);
	va_end(ap);
	return a;
}

static void
freeargs(args *a)
{
	for (int i = 0; i < a->c; i++)
		free(a->v[i]);
	free(a);
}

/* Parse; on success the caller gets o and must pc_opts_free it. */
static int
parse(args *a, pc_opts *o, char **en, char **zh)
{
	*en = *zh = NULL;
	return pc_opts_parse(o, a->c, a->v, en, zh);
}

/* Parsing must succeed. */
static void
ok(args *a, pc_opts *o)
{
	char *en, *zh;

	if (parse(a, o, &en, &zh) != 0)
		fail_msg("unexpected usage error: %s", en ? en : "(null)");
	assert_null(en);
	assert_null(zh);
}

/* Parsing must fail with a message in both languages naming `what`. */
static void
bad(const char *what, const char *first, ...)
{
	args *a = pc_xcalloc(1, sizeof(*a));
	va_list ap;
	pc_opts o;
	char *en, *zh;
	int rc;

	a->v[a->c++] = pc_xstrdup("plancheck");
	va_start(ap, first);
	for (const char *s = first; s != NULL; s = va_arg(ap, const char *))
		a->v[a->c++] = pc_xstrdup(s);
	va_end(ap);
	rc = parse(a, &o, &en, &zh);
	if (rc != -1) {
		static char what_arg[256];

		snprintf(what_arg, sizeof(what_arg), "%s %s", first,
		    a->c > 2 ? a->v[2] : "");
		pc_opts_free(&o);
		freeargs(a);
		fail_msg("%s: accepted, expected a usage error", what_arg);
	}
	assert_non_null(en);
	assert_non_null(zh);
	assert_null(strchr(en, '\n'));
	if (strstr(en, what) == NULL || strstr(zh, what) == NULL)
		fail_msg("message \"%s\" / \"%s\" does not name \"%s\"", en, zh,
		    what);
	free(en);
	free(zh);
	pc_opts_free(&o);
	freeargs(a);
}

static void
test_defaults(void **state)
{
	args *a = mkargs("draft.txt", (char *)NULL);
	pc_opts o;

	(void)state;
	ok(a, &o);
	assert_int_equal(o.command, PC_CMD_CHECK);
	assert_int_equal(o.format, PC_FMT_TEXT);
	assert_int_equal(o.unit, PC_UNIT_CHAR);
	assert_null(o.encoding);
	assert_null(o.dicts);
	assert_int_equal(o.nplans, 0);
	assert_null(o.self);
	assert_int_equal(o.fail_on, PC_SEV_ERROR);
	assert_true(o.min_coverage < 0);
	assert_true(o.limits.max_input == PC_SOURCE_MAX_DEFAULT);
	assert_true(o.limits.max_part == PC_MAX_PART_DEFAULT);
	assert_int_equal(o.limits.max_depth, PC_MAX_DEPTH_DEFAULT);
	assert_int_equal(o.limits.match_limit, PC_MATCH_LIMIT_DEFAULT);
	assert_int_equal(o.limits.depth_limit, PC_DEPTH_LIMIT_DEFAULT);
	assert_int_equal(o.limits.max_findings, PC_MAX_FINDINGS_DEFAULT);
	assert_int_equal(o.period_start, 0);
	assert_int_equal(o.nrefs, 0);
	assert_null(o.explain);
	assert_false(o.help);
	assert_false(o.version);
	assert_int_equal(o.ninputs, 1);
	/* inputs are argv's own strings */
	assert_ptr_equal(o.inputs[0], a->v[1]);
	pc_opts_free(&o);
	freeargs(a);
}

static void
test_every_option(void **state)
{
	args *a = mkargs("--format", "json", "--lang", "zh", "--column-unit",
	    "byte", "--encoding", "gbk", "--dicts", "/tmp/d", "--plan",
	    "national-15,shenzhen-15", "--self", "guangming-industry-15",
	    "--fail-on", "warning", "--min-coverage", "62.5",
	    "--max-input-size", "4096", "--max-part-size", "8192",
	    "--max-depth", "12", "--pcre2-match-limit", "5000",
	    "--pcre2-depth-limit", "50", "--max-findings", "0",
	    "--period", "2026-2030", "--ref",
	    "建议=ref.txt", "--ref", "other.txt", "a.txt", "b.txt",
	    (char *)NULL);
	pc_opts o;

	(void)state;
	ok(a, &o);
	assert_int_equal(o.format, PC_FMT_JSON);
	assert_int_equal(o.lang, PC_LANG_ZH);
	assert_int_equal(o.unit, PC_UNIT_BYTE);
	assert_string_equal(o.encoding, "gbk");
	assert_string_equal(o.dicts, "/tmp/d");
	assert_int_equal(o.nplans, 2);
	assert_string_equal(o.plans[0], "national-15");
	assert_string_equal(o.plans[1], "shenzhen-15");
	assert_string_equal(o.self, "guangming-industry-15");
	assert_int_equal(o.fail_on, PC_SEV_WARNING);
	assert_true(o.min_coverage == 62.5);
	assert_true(o.limits.max_input == 4096);
	assert_true(o.limits.max_part == 8192);
	assert_int_equal(o.limits.max_depth, 12);
	assert_int_equal(o.limits.match_limit, 5000);
	assert_int_equal(o.limits.depth_limit, 50);
	assert_int_equal(o.limits.max_findings, 0);
	assert_int_equal(o.period_start, 2026);
	assert_int_equal(o.period_end, 2030);
	assert_int_equal(o.nrefs, 2);
	assert_string_equal(o.refs[0], "建议=ref.txt");
	assert_string_equal(o.refs[1], "other.txt");
	assert_int_equal(o.ninputs, 2);
	assert_string_equal(o.inputs[0], "a.txt");
	assert_string_equal(o.inputs[1], "b.txt");
	pc_opts_free(&o);
	freeargs(a);
}

static void
test_short_and_equals(void **state)
{
	args *a = mkargs("-f", "json", "-e", "big5", "-d", "dd", "-p", "x",
	    "-p", "y,z", "--lang=en", "--column-unit=utf16", "--fail-on=never",
	    "--plan=w", "--min-coverage=0", "--period=2021:2025", "f",
	    (char *)NULL);
	pc_opts o;

	(void)state;
	ok(a, &o);
	assert_int_equal(o.format, PC_FMT_JSON);
	assert_string_equal(o.encoding, "big5");
	assert_string_equal(o.dicts, "dd");
	/* --plan accumulates */
	assert_int_equal(o.nplans, 4);
	assert_string_equal(o.plans[0], "x");
	assert_string_equal(o.plans[2], "z");
	assert_string_equal(o.plans[3], "w");
	assert_int_equal(o.lang, PC_LANG_EN);
	assert_int_equal(o.unit, PC_UNIT_UTF16);
	assert_int_equal(o.fail_on, PC_FAIL_NEVER);
	assert_true(o.min_coverage == 0);
	assert_int_equal(o.period_start, 2021);
	assert_int_equal(o.period_end, 2025);
	pc_opts_free(&o);
	freeargs(a);

	/* empty list members are dropped */
	a = mkargs("--plan", ",a,,b,", "f", (char *)NULL);
	ok(a, &o);
	assert_int_equal(o.nplans, 2);
	assert_string_equal(o.plans[0], "a");
	assert_string_equal(o.plans[1], "b");
	pc_opts_free(&o);
	freeargs(a);

	/* fail-on levels, column units, text format, the last one wins */
	a = mkargs("--fail-on", "note", "--column-unit", "char", "-f", "json",
	    "-f", "text", "f", (char *)NULL);
	ok(a, &o);
	assert_int_equal(o.fail_on, PC_SEV_NOTE);
	assert_int_equal(o.unit, PC_UNIT_CHAR);
	assert_int_equal(o.format, PC_FMT_TEXT);
	pc_opts_free(&o);
	freeargs(a);
}

static void
test_flags_without_input(void **state)
{
	static const char *const flags[] = { "--help", "-h", "--version",
	    "-V" };
	pc_opts o;

	(void)state;
	for (size_t i = 0; i < 4; i++) {
		args *a = mkargs(flags[i], (char *)NULL);
		ok(a, &o);
		assert_true(o.help || o.version);
		assert_true(i < 2 ? o.help : o.version);
		assert_int_equal(o.ninputs, 0);
		pc_opts_free(&o);
		freeargs(a);
	}
	{
		args *a = mkargs("--explain", "count-mismatch", (char *)NULL);
		ok(a, &o);
		assert_string_equal(o.explain, "count-mismatch");
		pc_opts_free(&o);
		freeargs(a);
	}
}

static void
test_bad_values(void **state)
{
	(void)state;
	bad("xml", "--format", "xml", "f", (char *)NULL);
	bad("fr", "--lang", "fr", "f", (char *)NULL);
	bad("line", "--column-unit", "line", "f", (char *)NULL);
	bad("latin1", "--encoding", "latin1", "f", (char *)NULL);
	bad("fatal", "--fail-on", "fatal", "f", (char *)NULL);
	bad("101", "--min-coverage", "101", "f", (char *)NULL);
	bad("-1", "--min-coverage", "-1", "f", (char *)NULL);
	bad("50%", "--min-coverage", "50%", "f", (char *)NULL);
	bad("--min-coverage", "--min-coverage=", "f", (char *)NULL);
	bad("0", "--max-input-size", "0", "f", (char *)NULL);
	bad("1k", "--max-input-size", "1k", "f", (char *)NULL);
	bad("0", "--pcre2-match-limit", "0", "f", (char *)NULL);
	bad("4294967296", "--pcre2-match-limit", "4294967296", "f",
	    (char *)NULL);
	bad("1x", "--pcre2-depth-limit", "1x", "f", (char *)NULL);
	bad("-1", "--max-findings", "-1", "f", (char *)NULL);
	bad("2147483648", "--max-findings", "2147483648", "f", (char *)NULL);
	bad("1000001", "--max-depth", "1000001", "f", (char *)NULL);
	bad("2030-2026", "--period", "2030-2026", "f", (char *)NULL);
	bad("2026", "--period", "2026", "f", (char *)NULL);
	bad("1900-1905", "--period", "1900-1905", "f", (char *)NULL);
	bad("2026-2030x", "--period", "2026-2030x", "f", (char *)NULL);
}

/* Values strtod and strtoull accept that are no percentage or size. */
static void
test_bad_nan(void **state)
{
	(void)state;
	/* NaN compares false with both bounds */
	bad("nan", "--min-coverage", "nan", "f", (char *)NULL);
}

static void
test_bad_negative_size(void **state)
{
	(void)state;
	/* strtoull negates "-5" into a huge size */
	bad("-5", "--max-input-size", "-5", "f", (char *)NULL);
}

static void
test_usage_errors(void **state)
{
	(void)state;
	bad("--frobnicate", "--frobnicate", "f", (char *)NULL);
	bad("-x", "-x", "f", (char *)NULL);
	/* a short flag takes no attached value; a bad attached value is
	 * still checked */
	bad("-hx", "-hx", "f", (char *)NULL);
	bad("xml", "-fxml", "f", (char *)NULL);
	bad("--format", "f", "--format", (char *)NULL);
	bad("--help=yes", "--help=yes", (char *)NULL);
	bad("plancheck --help", (char *)NULL);
	bad("plancheck --help", "--format", "json", (char *)NULL);
	bad("plancheck --help", "tokens", (char *)NULL);
}

static void
test_attached_value(void **state)
{
	args *a = mkargs("-fjson", "-j2", "x.txt", (char *)NULL);
	pc_opts o;

	(void)state;
	ok(a, &o);
	assert_int_equal(o.format, PC_FMT_JSON);
	assert_int_equal(o.jobs, 2);
	assert_int_equal(o.ninputs, 1);
	pc_opts_free(&o);
	freeargs(a);
}

static void
test_tokens_and_files(void **state)
{
	args *a = mkargs("tokens", "-e", "utf-8", "x.txt", (char *)NULL);
	pc_opts o;

	(void)state;
	ok(a, &o);
	assert_int_equal(o.command, PC_CMD_TOKENS);
	assert_string_equal(o.encoding, "utf-8");
	assert_int_equal(o.ninputs, 1);
	assert_string_equal(o.inputs[0], "x.txt");
	pc_opts_free(&o);
	freeargs(a);

	/* only as the first argument: elsewhere it is a file name */
	a = mkargs("x.txt", "tokens", (char *)NULL);
	ok(a, &o);
	assert_int_equal(o.command, PC_CMD_CHECK);
	assert_int_equal(o.ninputs, 2);
	assert_string_equal(o.inputs[1], "tokens");
	pc_opts_free(&o);
	freeargs(a);

	/* "-" is stdin, an input; after "--" everything is an input */
	a = mkargs("-", "-f", "json", "--", "-f", "--help", "-", (char *)NULL);
	ok(a, &o);
	assert_int_equal(o.format, PC_FMT_JSON);
	assert_false(o.help);
	assert_int_equal(o.ninputs, 4);
	assert_string_equal(o.inputs[0], "-");
	assert_string_equal(o.inputs[1], "-f");
	assert_string_equal(o.inputs[2], "--help");
	assert_string_equal(o.inputs[3], "-");
	pc_opts_free(&o);
	freeargs(a);

	/* "--" alone leaves no input */
	bad("plancheck --help", "--", (char *)NULL);
}

static void
test_env_lang(void **state)
{
	static const struct {
		const char *lc_all, *lc_messages, *lang;
		int want;
	} cases[] = {
		{ NULL, NULL, NULL, PC_LANG_EN },
		{ "zh_CN.UTF-8", NULL, NULL, PC_LANG_ZH },
		{ "C", NULL, "zh_CN.UTF-8", PC_LANG_EN },
		{ "", "zh_TW.UTF-8", "en_US.UTF-8", PC_LANG_ZH },
		{ NULL, NULL, "zh_HK", PC_LANG_ZH },
		{ NULL, NULL, "en_GB.UTF-8", PC_LANG_EN },
	};
	const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	char *saved[3];

	(void)state;
	for (int k = 0; k < 3; k++) {
		const char *v = getenv(names[k]);
		saved[k] = v ? pc_xstrdup(v) : NULL;
	}
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *vals[] = { cases[i].lc_all, cases[i].lc_messages,
		    cases[i].lang };
		for (int k = 0; k < 3; k++) {
			if (vals[k] != NULL)
				setenv(names[k], vals[k], 1);
			else
				unsetenv(names[k]);
		}
		assert_int_equal(pc_opts_env_lang(), cases[i].want);
		if (cases[i].want == PC_LANG_ZH) {
			/* the parser starts from it; --lang overrides */
			args *a = mkargs("f", (char *)NULL);
			pc_opts o;

			ok(a, &o);
			assert_int_equal(o.lang, PC_LANG_ZH);
			pc_opts_free(&o);
			freeargs(a);
			a = mkargs("--lang", "en", "f", (char *)NULL);
			ok(a, &o);
			assert_int_equal(o.lang, PC_LANG_EN);
			pc_opts_free(&o);
			freeargs(a);
		}
	}
	for (int k = 0; k < 3; k++) {
		if (saved[k] != NULL)
			setenv(names[k], saved[k], 1);
		else
			unsetenv(names[k]);
		free(saved[k]);
	}
}

/* --help names every option the parser accepts, in both languages. */
static void
test_help(void **state)
{
	static const char *const longs[] = { "format", "lang", "column-unit",
	    "encoding", "dicts", "plan", "self", "fail-on", "min-coverage",
	    "max-input-size", "period", "ref", "explain", "help", "version" };
	static const char shorts[] = "fedphV";

	(void)state;
	for (int lang = PC_LANG_EN; lang <= PC_LANG_ZH; lang++) {
		char *buf = NULL;
		size_t n = 0;
		FILE *fp = open_memstream(&buf, &n);

		assert_non_null(fp);
		pc_opts_help(fp, lang);
		fclose(fp);
		assert_non_null(strstr(buf, "tokens"));
		for (size_t i = 0; i < sizeof(longs) / sizeof(longs[0]);
		    i++) {
			char *w = pc_xasprintf("--%s", longs[i]);
			if (strstr(buf, w) == NULL)
				fail_msg("--help (lang %d) lacks %s", lang, w);
			free(w);
		}
		for (size_t i = 0; shorts[i] != '\0'; i++) {
			char w[4] = { '-', shorts[i], ',', '\0' };
			if (strstr(buf, w) == NULL)
				fail_msg("--help (lang %d) lacks %s", lang, w);
		}
		free(buf);
	}
	/* and the parser accepts each of them */
	for (size_t i = 0; i < sizeof(longs) / sizeof(longs[0]); i++) {
		char *w = pc_xasprintf("--%s", longs[i]);
		args *a = mkargs(w, "2026-2030", "f", (char *)NULL);
		pc_opts o;
		char *en, *zh;
		int rc = parse(a, &o, &en, &zh);

		/* a bad value is fine here; an unknown option is not */
		if (rc != 0 && strstr(en, "unknown option") != NULL)
			fail_msg("%s is in --help but not accepted", w);
		free(en);
		free(zh);
		pc_opts_free(&o);
		freeargs(a);
		free(w);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_every_option),
		cmocka_unit_test(test_short_and_equals),
		cmocka_unit_test(test_flags_without_input),
		cmocka_unit_test(test_bad_values),
		cmocka_unit_test(test_bad_nan),
		cmocka_unit_test(test_bad_negative_size),
		cmocka_unit_test(test_usage_errors),
		cmocka_unit_test(test_attached_value),
		cmocka_unit_test(test_tokens_and_files),
		cmocka_unit_test(test_env_lang),
		cmocka_unit_test(test_help),
	};

	/* the parser's language default must not come from the caller */
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "C", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
