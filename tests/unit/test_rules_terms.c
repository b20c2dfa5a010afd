/* Unit tests for the rules on names and wording: term-variant,
 * formulation, abbrev and quote-check. Each test runs one rule on a small
 * draft built through the real stages (source → doc → view → matches →
 * outline → selection, with the bundled dictionaries) and checks which
 * findings it gives, where (by the text they point at) and what their
 * messages quote. */
#include "pc_test.h"

#include "pc_testutil.h"

#include "pc_match.h"
#include "pc_outline.h"
#include "pc_rule.h"
#include "pc_select.h"
#include "pc_text.h"

static pc_dictset ds;
static pc_matcher *matcher;

struct run {
	pc_test_draft d;
	pc_matches mt;
	pc_outline o;
	pc_selection sel;
	pc_findings fs;
};

static int
group_setup(void **state)
{
	pc_test_reports rs = { NULL, 0, 0 };

	(void)state;
	memset(&ds, 0, sizeof(ds));
	if (pc_dictset_load(&ds, pc_test_dictsdir(), pc_test_dictsdir(),
	    pc_test_report_cb, &rs) != 0) {
		pc_test_reports_print(&rs);
		pc_test_reports_free(&rs);
		return -1;
	}
	matcher = pc_matcher_new(&ds, pc_test_report_cb, &rs);
	pc_test_reports_free(&rs);
	return matcher == NULL ? -1 : 0;
}

static int
group_teardown(void **state)
{
	(void)state;
	pc_matcher_free(matcher);
	pc_dictset_free(&ds);
	return 0;
}

static int
cmp_finding(const void *a, const void *b)
{
	const pc_finding *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static void
run_rule(struct run *r, const pc_rule *rule, const char *utf8,
    const pc_reftext *refs, int32_t nrefs)
{
	pc_rule_ctx c;

	assert_int_equal(pc_test_draft_init(&r->d, utf8), 0);
	pc_matcher_run(matcher, &r->d.view, &r->mt);
	pc_outline_build(r->d.view.fold, r->d.view.len, r->d.doc.paras,
	    r->d.doc.npara, r->d.view.flags, NULL, NULL, &r->o);
	pc_select(&ds, &r->d.view, NULL, NULL, 0, &r->sel);
	memset(&r->fs, 0, sizeof(r->fs));
	memset(&c, 0, sizeof(c));
	c.ds = &ds;
	c.v = &r->d.view;
	c.o = &r->o;
	c.mt = &r->mt;
	c.sel = &r->sel;
	c.refs = refs;
	c.nrefs = nrefs;
	rule->run(&c, rule->sev, &r->fs);
	if (r->fs.n > 1)
		qsort(r->fs.f, (size_t)r->fs.n, sizeof(*r->fs.f), cmp_finding);
}

static void
run_free(struct run *r)
{
	pc_findings_free(&r->fs);
	pc_selection_free(&r->sel);
	pc_outline_free(&r->o);
	pc_matches_free(&r->mt);
	pc_test_draft_free(&r->d);
}

static void
dump(const struct run *r)
{
	for (int32_t i = 0; i < r->fs.n; i++) {
		char *t = pc_utf8(r->d.view.text + r->fs.f[i].start,
		    r->fs.f[i].end - r->fs.f[i].start);
		fprintf(stderr, "  finding %d at %d \"%s\": %s\n", (int)i,
		    (int)r->fs.f[i].start, t, r->fs.f[i].msg[PC_LANG_EN]);
		free(t);
	}
}

static void
assert_count(const struct run *r, int32_t n)
{
	if (r->fs.n != n)
		dump(r);
	assert_int_equal(r->fs.n, n);
}

/* Finding i covers exactly the nth occurrence of needle. */
static void
assert_span(const struct run *r, int32_t i, const char *needle, int nth)
{
	int32_t off = pc_test_offset(&r->d, needle, nth);

	if (i >= r->fs.n || off < 0 || r->fs.f[i].start != off ||
	    r->fs.f[i].end != off + pc_test_u16len(needle))
		dump(r);
	assert_true(i < r->fs.n);
	assert_int_equal(r->fs.f[i].start, off);
	assert_int_equal(r->fs.f[i].end, off + pc_test_u16len(needle));
}

static void
assert_msg(const struct run *r, int32_t i, int lang, const char *part)
{
	assert_true(i < r->fs.n);
	if (strstr(r->fs.f[i].msg[lang], part) == NULL)
		fprintf(stderr, "  message \"%s\" lacks \"%s\"\n",
		    r->fs.f[i].msg[lang], part);
	assert_non_null(strstr(r->fs.f[i].msg[lang], part));
}

/* --- term-variant --- */

static void
tv_own_plan(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_term_variant,
	    "《光明区新兴产业“十五五”规划》\n"
	    "立足超高清视频显示产业基础。\n"
	    "一、超高清视频与显示\n"
	    "发展超高清视频与显示，布局人工智能终端和AI终端。\n", NULL, 0);
	assert_count(&r, 2);
	assert_span(&r, 0, "超高清视频与显示", 0);
	assert_msg(&r, 0, PC_LANG_EN, "超高清视频显示 (1×, first at 2:3)");
	assert_msg(&r, 0, PC_LANG_EN, "超高清视频与显示 (2×, first at 3:3)");
	assert_msg(&r, 0, PC_LANG_EN, "checked plans use 超高清视频显示");
	assert_msg(&r, 0, PC_LANG_ZH, "本规划词典（guangming-industry-15）用"
	    "“超高清视频与显示”");
	assert_span(&r, 1, "AI终端", 0);
	assert_int_equal(r.fs.f[1].sev, PC_SEV_WARNING);
	run_free(&r);
}

static void
tv_silent(void **state)
{
	struct run r;

	(void)state;
	/* one conjunct and an item's name; two Shenzhen clusters; an
	 * introduced abbreviation; a category; names inside a quotation */
	run_rule(&r, &pc_rule_term_variant,
	    "《光明区新兴产业“十五五”规划》\n"
	    "发展人工智能，一是人工智能与应用。\n"
	    "发展机器人和智能机器人。\n"
	    "布局第六代移动通信（6G），推动6G应用。\n"
	    "布局氢能和核聚变能等未来能源。\n"
	    "《深圳市纲要》提出“巩固拓展智能网联汽车等优势产业集群”，"
	    "发展智能网联新能源汽车。\n", NULL, 0);
	assert_count(&r, 0);
	run_free(&r);
}

static void
tv_sibling_district(void **state)
{
	struct run r;

	(void)state;
	/* the Guangming dictionary speaks for Guangming drafts only */
	run_rule(&r, &pc_rule_term_variant,
	    "澄川市新兴产业发展规划\n"
	    "推动人工智能终端研发，扩大AI终端应用。\n"
	    "发展低空经济，培育低空装备与应用企业。\n", NULL, 0);
	assert_count(&r, 0);
	run_free(&r);
}

/* --- formulation --- */

static void
fm_order_and_silence(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_formulation,
	    "澄川市制造业发展规划\n"
	    "坚持绿色化、智能化、融合化方向。\n"
	    "坚持智能化、绿色化、融合化方向，推动高端化智能化绿色化。\n"
	    "推动数字化、智能化、绿色化转型，统筹算力、数据等资源。\n"
	    "推动传统产业绿色化智能化高端化改造。\n"
	    "加快培育新模式、新产业和新动能。\n", NULL, 0);
	assert_count(&r, 3);
	assert_span(&r, 0, "绿色化、智能化、融合化", 0);
	assert_msg(&r, 0, PC_LANG_EN, "“智能化、绿色化、融合化” "
	    "(national-15) written in another order");
	assert_span(&r, 1, "绿色化智能化高端化", 0);
	assert_span(&r, 2, "新模式、新产业和新动能", 0);
	run_free(&r);
}

static void
fm_changed_missing(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_formulation,
	    "澄川市制造业发展规划\n"
	    "加快建设制造强国、质量强国、航天强国、数字强国、网络强国。\n"
	    "推动更高质量、更有效率、更加公平、更可持续的发展。\n"
	    "落实“智能化、绿色化、数字化”要求。\n"
	    "加快建设教育强国、科技强国、文化强国。\n"
	    "推动更高质量、更有效率、更加公平、更可持续等方面发展。\n",
	    NULL, 0);
	assert_count(&r, 3);
	assert_msg(&r, 0, PC_LANG_EN, "with “数字强国” instead of “交通强国”");
	assert_msg(&r, 0, PC_LANG_ZH, "“交通强国”写成了“数字强国”");
	assert_msg(&r, 1, PC_LANG_EN, "without “更为安全”");
	assert_span(&r, 2, "智能化、绿色化、数字化", 0);
	run_free(&r);
}

static void
fm_long_lists(void **state)
{
	struct run r;
	char *s = pc_xstrdup("澄川市规划\n推动");

	(void)state;
	/* more items than a list holds, and 化 runs of every length */
	for (int i = 0; i < 40; i++) {
		char *t = pc_xasprintf("%s%s智能化", s, i ? "、" : "");
		free(s);
		s = t;
	}
	{
		char *t = pc_xasprintf("%s。\n化化化智能化绿色化化、—-—、\n", s);
		free(s);
		s = t;
	}
	run_rule(&r, &pc_rule_formulation, s, NULL, 0);
	assert_count(&r, 0);
	run_free(&r);
	free(s);
}

/* --- abbrev --- */

static void
ab_full_and_before(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_abbrev,
	    "澄川市工作方案\n"
	    "区工信局牵头。\n"
	    "参与粤港澳大湾区（以下简称大湾区）建设，青禾区工业和信息化局"
	    "（以下简称区工信局）负责。\n"
	    "推动粤港澳大湾区协同，区工业和信息化局统筹，推进大湾区建设。\n"
	    "落实《粤港澳大湾区发展规划纲要》，“推动粤港澳大湾区产业协同和"
	    "科技创新”。\n", NULL, 0);
	assert_count(&r, 3);
	assert_span(&r, 0, "区工信局", 0);
	assert_msg(&r, 0, PC_LANG_EN, "used before its definition at 3:");
	assert_span(&r, 1, "粤港澳大湾区", 1);
	assert_msg(&r, 1, PC_LANG_EN, "write “大湾区”");
	assert_span(&r, 2, "区工业和信息化局", 1);
	run_free(&r);
}

static void
ab_titles(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_abbrev,
	    "《澄川市规划》起草说明\n"
	    "编制了《澄川市数字经济发展规划（征求意见稿）》（以下简称"
	    "《规划》）。\n"
	    "《规划》明确目标，《澄川市数字经济发展规划》提出任务。\n"
	    "（以下简称\n", NULL, 0);
	assert_count(&r, 1);
	assert_span(&r, 0, "澄川市数字经济发展规划", 1);
	run_free(&r);
}

/* --- quote-check --- */

static UChar *
fold_utf8(const char *s, int32_t *n)
{
	UChar *u;
	UErrorCode ec = U_ZERO_ERROR;

	u_strFromUTF8(NULL, 0, n, s, -1, &ec);
	ec = U_ZERO_ERROR;
	u = pc_xreallocarray(NULL, (size_t)*n + 1, sizeof(UChar));
	u_strFromUTF8(u, *n + 1, n, s, -1, &ec);
	for (int32_t i = 0; i < *n; i++)
		u[i] = pc_fold_unit(u[i]);
	return u;
}

static void
qc_against_ref(void **state)
{
	struct run r;
	pc_reftext ref;

	(void)state;
	ref.title = pc_xstrdup("深圳市国民经济和社会发展第十五个五年规划纲要");
	ref.text = fold_utf8("深圳市国民经济和社会发展第十五个五年规划纲要\n"
	    "要坚持工业立市，推动制造业高质量发展，建设全球领先的重要的先进制造业"
	    "中心。\n全面实施“人工智能+”行动。\n", &ref.len);
	run_rule(&r, &pc_rule_quote_check,
	    "澄川市规划起草说明\n"
	    "《深圳市国民经济和社会发展第十五个五年规划纲要》提出“建设全球先进"
	    "制造业中心”，并强调“全面实施‘人工智能+’行动”。\n"
	    "《深圳市国民经济和社会发展第十五个五年规划纲要》（以下简称"
	    "《市纲要》）提出“要坚持工业立市，……建设全球领先的重要的先进制造业"
	    "中心”。\n"
	    "《市纲要》明确“推动制造业高品质发展”。\n"
	    "《广东省纲要》提出“强化科技创新支撑作用”。\n"
	    "将集成电路列为“新产业新赛道”。\n", &ref, 1);
	assert_count(&r, 3);
	assert_span(&r, 0, "建设全球先进制造业中心", 0);
	assert_int_equal(r.fs.f[0].sev, PC_SEV_WARNING);
	assert_msg(&r, 0, PC_LANG_EN, "missing “领先的重要的” after “建设全球”");
	assert_msg(&r, 0, PC_LANG_EN, "the reference reads “建设全球领先的"
	    "重要的先进制造业中心”");
	assert_span(&r, 1, "推动制造业高品质发展", 0);
	assert_msg(&r, 1, PC_LANG_ZH, "原文“推动制造业高质量”写成了“推动制造业"
	    "高品质”");
	assert_span(&r, 2, "强化科技创新支撑作用", 0);
	assert_int_equal(r.fs.f[2].sev, PC_SEV_NOTE);
	assert_msg(&r, 2, PC_LANG_EN, "unverified quotation of 《广东省纲要》");
	run_free(&r);
	free(ref.title);
	free(ref.text);
}

static void
qc_degenerate(void **state)
{
	struct run r;
	pc_reftext ref;
	char *q = pc_xstrdup("");

	(void)state;
	for (int i = 0; i < 60; i++) {
		char *t = pc_xasprintf("%s推动产业高质量发展", q);
		free(q);
		q = t;
	}
	ref.title = pc_xstrdup("测试纲要");
	ref.text = fold_utf8("", &ref.len);
	{
		char *draft = pc_xasprintf("说明\n《测试纲要》提出“%s”。\n"
		    "《测试纲要》提出“……”。\n《测试纲要》提出“", q);
		run_rule(&r, &pc_rule_quote_check, draft, &ref, 1);
		free(draft);
	}
	assert_count(&r, 1);
	assert_msg(&r, 0, PC_LANG_EN, "not found in the reference text");
	run_free(&r);
	free(ref.title);
	free(ref.text);
	free(q);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tv_own_plan),
		cmocka_unit_test(tv_silent),
		cmocka_unit_test(tv_sibling_district),
		cmocka_unit_test(fm_order_and_silence),
		cmocka_unit_test(fm_changed_missing),
		cmocka_unit_test(fm_long_lists),
		cmocka_unit_test(ab_full_and_before),
		cmocka_unit_test(ab_titles),
		cmocka_unit_test(qc_against_ref),
		cmocka_unit_test(qc_degenerate),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
