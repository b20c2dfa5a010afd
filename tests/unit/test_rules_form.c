/* Unit tests for the form rules: numbering, paired-punct, period-year,
 * separator-style and punct-width. Each test runs one rule on a small
 * draft built through the real source → doc → view → outline stages and
 * checks which findings it gives and where (by the text they point at). */
#include "pc_test.h"

#include "pc_testutil.h"

#include "pc_outline.h"
#include "pc_rule.h"
#include "pc_text.h"

struct run {
	pc_test_draft d;
	pc_outline o;
	pc_findings fs;
};

/* Findings in text order (rules may emit them in another). */
static int
cmp_finding(const void *a, const void *b)
{
	const pc_finding *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static void
run_rule(struct run *r, const pc_rule *rule, const char *utf8, int pstart,
    int pend)
{
	pc_rule_ctx c;

	assert_int_equal(pc_test_draft_init(&r->d, utf8), 0);
	pc_outline_build(r->d.view.fold, r->d.view.len, r->d.doc.paras,
	    r->d.doc.npara, r->d.view.flags, NULL, NULL, &r->o);
	memset(&r->fs, 0, sizeof(r->fs));
	memset(&c, 0, sizeof(c));
	c.v = &r->d.view;
	c.o = &r->o;
	c.period_start = pstart;
	c.period_end = pend;
	rule->run(&c, rule->sev, &r->fs);
	if (r->fs.n > 1)
		qsort(r->fs.f, (size_t)r->fs.n, sizeof(*r->fs.f), cmp_finding);
}

static void
run_free(struct run *r)
{
	pc_findings_free(&r->fs);
	pc_outline_free(&r->o);
	pc_test_draft_free(&r->d);
}

/* Print the findings, for a failing test's log. */
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

/* Finding i starts at the nth occurrence of needle. */
static void
assert_at(const struct run *r, int32_t i, const char *needle, int nth)
{
	int32_t off = pc_test_offset(&r->d, needle, nth);

	if (i >= r->fs.n || off < 0 || r->fs.f[i].start != off)
		dump(r);
	assert_true(i < r->fs.n);
	assert_int_equal(r->fs.f[i].start, off);
}

static void
assert_count(const struct run *r, int32_t n)
{
	if (r->fs.n != n)
		dump(r);
	assert_int_equal(r->fs.n, n);
}

static void
assert_msg(const struct run *r, int32_t i, int lang, const char *part)
{
	if (strstr(r->fs.f[i].msg[lang], part) == NULL)
		dump(r);
	assert_non_null(strstr(r->fs.f[i].msg[lang], part));
}

/* numbering */

static void
numbering_headings(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_numbering,
	    "标题\n一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n（三）子\n"
	    "四、丙\n", 0, 0);
	/* （一）（三） under 二、: a gap; 四、 after 二、: a gap */
	assert_count(&r, 2);
	assert_at(&r, 0, "（三）", 0);
	assert_msg(&r, 0, PC_LANG_EN, "expected \"（二）\" after \"（一）\"");
	assert_at(&r, 1, "四、", 0);
	assert_msg(&r, 1, PC_LANG_ZH, "“二、”之后应为“三、”，实为“四、”（跳号）");
	run_free(&r);
}

static void
numbering_one_typo_one_finding(void **state)
{
	struct run r;

	(void)state;
	/* 1 2 2 4: the typo is reported, 4 follows the expected 3 */
	run_rule(&r, &pc_rule_numbering,
	    "标题\n1.甲\n2.乙\n2.丙\n4.丁\n", 0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "2.丙", 0);
	assert_msg(&r, 0, PC_LANG_EN, "(a duplicate)");
	run_free(&r);
	/* 1 2 4 5: a real gap, 5 follows the 4 found */
	run_rule(&r, &pc_rule_numbering,
	    "标题\n1.甲\n2.乙\n4.丙\n5.丁\n", 0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "4.", 0);
	run_free(&r);
}

static void
numbering_run_on(void **state)
{
	struct run r;

	(void)state;
	/* 若干措施 numbered straight through the parts */
	run_rule(&r, &pc_rule_numbering,
	    "措施\n一、甲\n1.子\n2.子\n二、乙\n3.子\n4.子\n三、丙\n6.子\n",
	    0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "6.", 0);
	assert_msg(&r, 0, PC_LANG_EN, "expected \"5.\" after \"4.\"");
	run_free(&r);
}

static void
numbering_ordinals(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_numbering,
	    "标题\n两大任务。一是甲；二是乙。三大领域：一是丙，二是丁，四是戊。"
	    "坚持统一是前提，其一是要。一是一，二是二。\n", 0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "四是", 0);
	run_free(&r);
	/* 一是 typed for 三是: the item after it continues the list */
	run_rule(&r, &pc_rule_numbering,
	    "标题\n一是甲。二是乙。一是丙。四是丁。\n", 0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "一是", 1);
	assert_msg(&r, 0, PC_LANG_EN, "(numbering goes back)");
	run_free(&r);
	/* a lone 二是 or 第二阶段 is no sequence */
	run_rule(&r, &pc_rule_numbering,
	    "标题\n甲。二是乙。进入第二阶段后推广。\n", 0, 0);
	assert_count(&r, 0);
	run_free(&r);
}

static void
numbering_title_chapters(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_numbering,
	    "说明\n四、主要内容\n（一）第一章基础\n第一节甲。第二节乙。\n"
	    "（二）第二章目标\n第一节丙。\n（三）第四章任务\n", 0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "第四章", 0);
	run_free(&r);
}

static void
numbering_appendix(void **state)
{
	struct run r;

	(void)state;
	/* a sentence naming 附件 starts no appendix: 四、 is still a gap */
	run_rule(&r, &pc_rule_numbering,
	    "标题\n一、甲\n附件所列项目由各单位实施。\n二、乙\n四、丙\n"
	    "附件2：项目表\n一、丁\n二、戊\n", 0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "四、", 0);
	run_free(&r);
}

static void
numbering_box(void **state)
{
	struct run r;

	(void)state;
	/* the lines of a 专栏 number on their own */
	run_rule(&r, &pc_rule_numbering,
	    "规划\n一、甲\n（一）子\n1.甲\n2.乙\n专栏1 重大工程\n"
	    "1.智能制造工程。建设一批。\n2.数字化改造工程。推动一批。\n"
	    "（二）子\n1.丙\n3.丁\n", 0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "3.丁", 0);
	run_free(&r);
}

/* paired-punct */

static void
paired_balanced(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_paired_punct,
	    "《某某规划\n（征求意见稿）》\n落实“四个‘着力’”，首台（套），"
	    "China’s plan。\n1）甲；2）乙；a) 丙。\n", 0, 0);
	assert_count(&r, 0);
	run_free(&r);
}

static void
paired_errors(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_paired_punct,
	    "标题\n明确“智能化发展。\n规划纲要》提出。\n实施“揭榜挂帅》机制。\n"
	    "落实《关于“数字政府》建设的意见”。\n资金（每年)支持。\n", 0, 0);
	assert_count(&r, 5);
	assert_at(&r, 0, "“智能化", 0);
	assert_msg(&r, 0, PC_LANG_EN, "unbalanced “");
	assert_at(&r, 1, "》提出", 0);
	assert_at(&r, 2, "“揭榜", 0);
	assert_msg(&r, 2, PC_LANG_EN, "“ is closed by 》");
	/* wrongly nested: one finding, the later ” is not reported again */
	assert_at(&r, 3, "“数字", 0);
	assert_msg(&r, 3, PC_LANG_EN, "wrongly nested");
	assert_at(&r, 4, ")", 0);
	run_free(&r);
}

/* period-year */

static void
period_from_title_range(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_period_year,
	    "某行动计划（2026—2028年）\n一、目标\n到2028年，甲。到2030年，乙。"
	    "2029年前建成丙。截至2025年底，丁。2021年至2025年，戊。"
	    "较2025年增长。2027年底前完成。\n", 0, 0);
	assert_count(&r, 2);
	assert_at(&r, 0, "到2030年", 0);
	assert_msg(&r, 0, PC_LANG_EN, "2026–2028 (from the years in the title)");
	assert_at(&r, 1, "2029年前", 0);
	run_free(&r);
}

static void
period_from_text_and_option(void **state)
{
	struct run r;

	(void)state;
	/* no period in the title: the latest 十X五 named */
	run_rule(&r, &pc_rule_period_year,
	    "某市若干措施\n“十四五”以来成效明显，“十五五”时期要到2031年建成。\n",
	    0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "到2031年", 0);
	assert_msg(&r, 0, PC_LANG_ZH, "依据文中提到的最近规划期“十五五”");
	run_free(&r);
	/* --period wins over the title */
	run_rule(&r, &pc_rule_period_year,
	    "某市“十五五”规划\n到2030年，甲。到2033年，乙。\n", 2031, 2035);
	assert_count(&r, 1);
	assert_at(&r, 0, "到2030年", 0);
	run_free(&r);
	/* no period at all: silent */
	run_rule(&r, &pc_rule_period_year, "某市通知\n到2040年，甲。\n", 0, 0);
	assert_count(&r, 0);
	run_free(&r);
}

static void
period_history_and_vision(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_period_year,
	    "某区“十五五”规划\n到2025年底，全区已建成甲。到2035年，基本实现"
	    "现代化。展望2035年，建成乙。到2035年，远景目标是丙。"
	    "2020年前三季度增速回落。到二〇三五年，建成丁。\n", 0, 0);
	assert_count(&r, 1);
	assert_at(&r, 0, "到二〇三五年", 0);
	run_free(&r);
}

/* separator-style */

static void
separator_chains(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_separator_style,
	    "标题\n构建“甲乙-丙丁-戊己”体系。完善“原料—加工-应用”链条。"
	    "形成“基础—攻关—转化”生态，建设李松蓢-西田片区和东岭-西岭协作区和"
	    "北岭-南湾港示范区，推广5G-A，2026—2030年，发展——关键——坚持。\n",
	    0, 0);
	assert_count(&r, 2);
	assert_at(&r, 0, "甲乙-", 0);
	assert_msg(&r, 0, PC_LANG_EN, "\"甲乙—丙丁—戊己\"");
	assert_at(&r, 1, "原料", 0);
	assert_msg(&r, 1, PC_LANG_EN, "mixes");
	run_free(&r);
}

/* punct-width */

static void
width_marks(void **state)
{
	struct run r;

	(void)state;
	run_rule(&r, &pc_rule_punct_width,
	    "标题\n培育数字创意,智能终端等产业;推进应用.\n"
	    "1.探索AI for Science，构建“3+3+1”体系，融入“20+8”，发展CRO/CDMO，"
	    "推进AI+医药，增长3.5%，10:30开会，投资1,000万元，推动人工智能(AI)。\n"
	    "开展\"云上展会\"活动(含线上)。\n", 0, 0);
	/* one finding per paragraph, at its first mark */
	assert_count(&r, 2);
	assert_at(&r, 0, ",智能", 0);
	assert_msg(&r, 0, PC_LANG_EN, ", ×1, . ×1, ; ×1");
	assert_at(&r, 1, "\"云上", 0);
	run_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(numbering_headings),
		cmocka_unit_test(numbering_one_typo_one_finding),
		cmocka_unit_test(numbering_run_on),
		cmocka_unit_test(numbering_ordinals),
		cmocka_unit_test(numbering_title_chapters),
		cmocka_unit_test(numbering_appendix),
		cmocka_unit_test(numbering_box),
		cmocka_unit_test(paired_balanced),
		cmocka_unit_test(paired_errors),
		cmocka_unit_test(period_from_title_range),
		cmocka_unit_test(period_from_text_and_option),
		cmocka_unit_test(period_history_and_vision),
		cmocka_unit_test(separator_chains),
		cmocka_unit_test(width_marks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
